"""Plain-text inputs: the whole decoded file is the article (headline first, if any)."""

from __future__ import annotations

from factwire.ingest.decode import decode_bytes
from factwire.model import RawInput, SourceKind


def read_text(name: str, data: bytes, *, kind: SourceKind = "text", path: str | None = None,
              url: str | None = None, declared: str | None = None) -> RawInput:
    """Decode a text input; raises FactwireError naming the input if it is not text."""
    decoded = decode_bytes(name, data, declared)
    return RawInput(name=name, kind=kind, content=decoded.text, is_html=False, path=path, url=url,
                    warnings=list(decoded.warnings))
