"""HTML inputs: decoded with the charset the page (or its server) declares.

Extraction of the main content is the clean stage's job; here the page only becomes text.
"""

from __future__ import annotations

import re

from factwire.ingest.decode import declared_charset, decode_bytes
from factwire.model import RawInput, SourceKind

_DOCUMENT = re.compile(r"<html[\s>]|<body[\s>]", re.I)


def read_html(name: str, data: bytes, *, kind: SourceKind = "html", path: str | None = None,
              url: str | None = None, declared: str | None = None) -> RawInput:
    """Decode an HTML page; the HTTP charset wins over the page's own ``<meta charset>``."""
    decoded = decode_bytes(name, data, declared or declared_charset(data))
    return RawInput(name=name, kind=kind, content=decoded.text, is_html=True, path=path, url=url,
                    warnings=list(decoded.warnings))


def as_document(markup: str) -> str:
    """An HTML fragment (a feed item's content, a JSONL ``html`` field) as a whole document.

    trafilatura cannot load some bare fragments (a single ``<p>``), so fragments are wrapped
    in ``<html><body><article>``.
    """
    if _DOCUMENT.search(markup[:2048]):
        return markup
    return f"<html><body><article>{markup}</article></body></html>"
