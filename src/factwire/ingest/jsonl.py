"""JSONL: one document per line, an object with any of text, html, url, title, published.

A bad line becomes an error named ``file.jsonl:LINE``; the other lines go on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from factwire.ingest.html import as_document
from factwire.model import FactwireError, InputError, RawInput

FIELDS = ("text", "html", "url", "title", "published")


def read_jsonl(name: str, text: str, *, fetch_page: Callable[[str, str], RawInput],
               path: str | None = None) -> Iterator[RawInput | InputError]:
    """Yield one RawInput (or InputError) per non-blank line."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        line_name = f"{name}:{number}"
        try:
            yield _document(line_name, line, fetch_page, path)
        except FactwireError as err:
            yield err.record()


def _document(name: str, line: str, fetch_page: Callable[[str, str], RawInput],
              path: str | None) -> RawInput:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise FactwireError(name, f"invalid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(obj, dict):
        raise FactwireError(name, f"expected a JSON object, got {type(obj).__name__}")
    values = {key: obj.get(key) for key in FIELDS}
    for key, value in values.items():
        if value is not None and not isinstance(value, str):
            raise FactwireError(name, f"field {key!r} must be a string")
    if values["html"] and values["html"].strip():
        raw = RawInput(name=name, kind="jsonl", content=as_document(values["html"]),
                       is_html=True)
    elif values["text"] and values["text"].strip():
        raw = RawInput(name=name, kind="jsonl", content=values["text"])
    elif values["url"]:
        raw = fetch_page(name, values["url"])
        raw.kind = "jsonl"
    else:
        raise FactwireError(name, "no text, html or url on this line")
    raw.path = path
    raw.url = values["url"] or raw.url
    raw.title = values["title"] or raw.title
    raw.published = values["published"] or raw.published
    return raw
