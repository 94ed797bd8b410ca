"""WARC and WARC.gz archives (warcio): every HTML response record becomes one input.

Each record is named ``crawl.warc.gz#N`` (N counts records from 1), carries its
WARC-Target-URI as URL and its WARC-Date — the capture time — as the fallback date, used only
when the page itself has none. A truncated or corrupt record yields an error for that record;
the records read before it are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from factwire.ingest.decode import declared_charset, decode_bytes
from factwire.model import FactwireError, InputError, RawInput

HTML_TYPES = ("text/html", "application/xhtml+xml")


class TruncatedRecord(FactwireError):
    """A record whose payload ends before its Content-Length: the archive was cut off."""


def read_warc(name: str, stream: BinaryIO, *, max_bytes: int,
              path: str | None = None) -> Iterator[RawInput | InputError]:
    """Yield a RawInput per HTML response record, or an InputError for a bad record."""
    number, found = 0, 0
    records = iter(ArchiveIterator(stream, arc2warc=True))
    while True:
        record_name = f"{name}#{number + 1}"
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as err:  # warcio raises assorted errors on cut-off archives
            yield InputError(record_name, f"truncated or corrupt WARC record ({_why(err)})")
            return
        number += 1
        try:
            raw = _read_record(record_name, record, max_bytes, path)
        except FactwireError as err:
            yield err.record()
            if isinstance(err, TruncatedRecord):  # nothing after it can be read
                return
            continue
        except Exception as err:
            yield InputError(record_name, f"truncated or corrupt WARC record ({_why(err)})")
            return
        if raw is not None:
            found += 1
            yield raw
    if not found and number:
        yield InputError(name, f"no HTML response records among {number} WARC records")
    elif not number:
        yield InputError(name, "no WARC records found")


def _why(err: Exception) -> str:
    return f"{type(err).__name__}: {err}" if str(err) else type(err).__name__


def _read_record(name: str, record, max_bytes: int, path: str | None) -> RawInput | None:
    """A RawInput for an HTML response (or resource) record; None for any other record."""
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        media = record.http_headers.get_header("Content-Type") or ""
        if not status.startswith("2"):
            return None
    elif record.rec_type == "resource":
        media = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if media.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        raise FactwireError(name, f"record is over the {max_bytes:,}-byte limit")
    if getattr(record.raw_stream, "limit", 0):
        raise TruncatedRecord(name, f"truncated WARC record (only {len(body):,} bytes of the "
                              "payload present)")
    charset = None
    if "charset=" in media.lower():
        charset = media.lower().split("charset=")[1].split(";")[0].strip(" \"'")
    decoded = decode_bytes(name, body, charset or declared_charset(body))
    return RawInput(
        name=name, kind="warc", content=decoded.text, is_html=True, path=path,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        fallback_published=record.rec_headers.get_header("WARC-Date"),
        warnings=list(decoded.warnings),
    )
