"""RSS and Atom feeds (feedparser): each item becomes one input.

An item whose own content (``content:encoded``, or the summary) is a full article is used as
it is; otherwise its link is fetched through the same safe URL fetcher. The item's date is the
document's publication date, its title the document's title. Items are named ``feed.xml#N``.

feedparser raises on a numeric character reference outside Unicode (``&#xFFFFFF;``: ``chr()
arg not in range``), so such references are replaced by U+FFFD before parsing and the items are
kept; anything else feedparser raises on becomes an error naming the feed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator

import feedparser

from factwire.ingest.html import as_document
from factwire.model import FactwireError, InputError, RawInput

FULL_ARTICLE_WORDS = 150  # an item's own content at least this long is taken as the article
_TAG = re.compile(r"<[^>]+>")
_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _safe_charrefs(data: bytes) -> bytes:
    """Numeric character references that name no character (past U+10FFFF, surrogates, NUL)
    replaced by ``&#xFFFD;``."""
    def fix(match: re.Match[bytes]) -> bytes:
        hex_digits, digits = match.groups()
        code = int(hex_digits, 16) if hex_digits else int(digits)
        bad = code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF
        return b"&#xFFFD;" if bad else match.group(0)

    return _CHARREF.sub(fix, data)


def read_feed(name: str, data: bytes, *, fetch_page: Callable[[str, str], RawInput],
              path: str | None = None, url: str | None = None,
              min_words: int = FULL_ARTICLE_WORDS) -> Iterator[RawInput | InputError]:
    """Yield a RawInput (or InputError) per feed item."""
    try:  # bytes: parsed as a document, never fetched
        parsed = feedparser.parse(_safe_charrefs(data))
    except Exception as err:  # feedparser has more crashes on hostile markup than this one
        raise FactwireError(name, f"cannot parse feed ({type(err).__name__}: {err})") from None
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise FactwireError(name, f"feed has no items{why}")
    publisher = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        item_name = f"{name}#{number}"
        try:
            raw = _item(item_name, entry, fetch_page, min_words)
            raw.path, raw.title = path, entry.get("title") or raw.title
            raw.url = entry.get("link") or raw.url or url
            raw.published = _date(entry) or raw.published
            raw.publisher = raw.publisher or publisher
            raw.authors = raw.authors or [a["name"] for a in entry.get("authors", [])
                                          if a.get("name")]
        except FactwireError as err:
            yield err.record()
            continue
        except Exception as err:  # one odd item must not end the feed
            yield InputError(item_name, f"cannot read feed item ({type(err).__name__}: {err})")
            continue
        yield raw


def _item(name: str, entry, fetch_page: Callable[[str, str], RawInput],
          min_words: int) -> RawInput:
    bodies = [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]
    body = max(bodies, key=_words)
    link = entry.get("link")
    if _words(body) >= min_words or (body.strip() and not link):
        is_html = bool(_TAG.search(body))
        raw = RawInput(name=name, kind="feed", content=as_document(body) if is_html else body,
                       is_html=is_html)
        if _words(body) < min_words:
            raw.warnings.append(f"feed item has only a {_words(body)}-word summary and no link")
        return raw
    if not link:
        raise FactwireError(name, "feed item has no content and no link")
    raw = fetch_page(f"{name} ({link})", link)
    raw.name, raw.kind = name, "feed"
    return raw


def _words(html: str) -> int:
    return len(_TAG.sub(" ", html).split())


def _date(entry) -> str | None:
    """The item's publication (else update) date as an ISO date, from feedparser's UTC tuple."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.UTC).date().isoformat()
