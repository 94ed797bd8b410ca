"""HTML inputs: decoded with the charset the page (or its server) declares.

Extraction of the main content is the clean stage's job; here the page only becomes text.
"""

from __future__ import annotations

from factwire.ingest.decode import declared_charset, decode_bytes
from factwire.model import RawInput, SourceKind


def read_html(name: str, data: bytes, *, kind: SourceKind = "html", path: str | None = None,
              url: str | None = None, declared: str | None = None) -> RawInput:
    """Decode an HTML page; the HTTP charset wins over the page's own ``<meta charset>``."""
    decoded = decode_bytes(name, data, declared or declared_charset(data))
    return RawInput(name=name, kind=kind, content=decoded.text, is_html=True, path=path, url=url,
                    warnings=list(decoded.warnings))
