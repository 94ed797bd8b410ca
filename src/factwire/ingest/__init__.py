"""Ingest: any news input to ``RawInput`` records (one module per source kind).

``iter_inputs`` takes what the user named — files, directories, globs, URLs, ``-`` for stdin —
finds what kind each input is (by extension and by sniffing the bytes: HTML, text, RSS/Atom
feed, WARC(.gz), JSONL, gzip-compressed any of these), decodes it robustly and yields a
``RawInput`` per document. An input that cannot be read yields an ``InputError`` with a
one-line reason naming it, and the batch goes on: ``iter_inputs`` never raises (a reader that
crashes on hostile bytes ends that source with an InputError; the next source is read).
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factwire.ingest.decode import (
    KNOWN_EXTENSIONS,
    decode_bytes,
    gunzip,
    is_gzip,
    refuse_binary,
    sniff_kind,
)
from factwire.ingest.feed import read_feed
from factwire.ingest.html import read_html
from factwire.ingest.jsonl import read_jsonl
from factwire.ingest.text import read_text
from factwire.ingest.url import fetch, is_url
from factwire.ingest.warc import read_warc
from factwire.model import FactwireError, InputError, RawInput, SourceKind

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "expand_sources", "iter_inputs"]

# per file, URL response or WARC record; $FACTWIRE_MAX_BYTES sets it for the command line
DEFAULT_MAX_BYTES = int(os.environ.get("FACTWIRE_MAX_BYTES") or 20_000_000)
DEFAULT_TIMEOUT = 20.0  # seconds, per network operation
_GLOB_CHARS = set("*?[")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")


def iter_inputs(sources: list[str], *, published: str | None = None,
                allow_private: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                timeout: float = DEFAULT_TIMEOUT) -> Iterator[RawInput | InputError]:
    """Yield a RawInput for every document found in ``sources``, or an InputError per failure.

    ``published`` becomes each input's ``fallback_published``: it applies only when neither
    the page nor its container (feed item, JSONL line, WARC record) carries a date.
    """
    reader = _Reader(allow_private=allow_private, max_bytes=max_bytes, timeout=timeout)
    for source in sources:
        for item in reader.source(source):
            if isinstance(item, RawInput):
                item.fallback_published = item.fallback_published or published
            yield item


@dataclass
class _Reader:
    allow_private: bool
    max_bytes: int
    timeout: float

    def source(self, source: str) -> Iterator[RawInput | InputError]:
        """Everything one named source expands to; errors become InputError records."""
        try:
            if source == "-":
                data = sys.stdin.buffer.read(self.max_bytes + 1)
                self._check_size("-", len(data))
                yield from self._bytes("-", data)
            elif is_url(source):
                yield from self._url(source, source)
            elif scheme := _SCHEME.match(source):
                raise FactwireError(source, f"unsupported scheme {scheme.group(1)}:// (give a "
                                    "file, a folder, an http(s) URL or -)")
            else:
                yield from self._path(source)
        except FactwireError as err:
            yield err.record()
        except Exception as err:  # a reader library crashing on hostile bytes: this source only
            yield InputError(source, f"cannot read ({type(err).__name__}: {err})")

    def _path(self, source: str) -> Iterator[RawInput | InputError]:
        for one in _expand(source):
            try:
                yield from self._file(one)
            except FactwireError as err:
                yield err.record()
            except Exception as err:  # this file only; the folder's other files go on
                yield InputError(str(one), f"cannot read ({type(err).__name__}: {err})")

    def _file(self, path: Path) -> Iterator[RawInput | InputError]:
        name = str(path)
        try:
            with path.open("rb") as stream:
                head = stream.read(8)
                if _is_warc(stream, head):  # WARCs are streamed: the cap applies per record
                    stream.seek(0)
                    yield from read_warc(name, stream, max_bytes=self.max_bytes, path=name)
                    return
                self._check_size(name, path.stat().st_size)
                stream.seek(0)
                data = stream.read()
        except OSError as err:
            raise FactwireError(name, f"cannot read: {err.strerror or err}") from None
        yield from self._bytes(name, data, path=name)

    def _check_size(self, name: str, size: int) -> None:
        if size > self.max_bytes:
            raise FactwireError(name, f"input of {size:,} bytes is over the size limit of "
                                f"{self.max_bytes:,} bytes")

    def _bytes(self, name: str, data: bytes, *, path: str | None = None, url: str | None = None,
               declared: str | None = None,
               kind: SourceKind | None = None) -> Iterator[RawInput | InputError]:
        """Sniff what the bytes are and hand them to the reader of that kind."""
        if is_gzip(data):
            data = gunzip(name, data, self.max_bytes)
        refuse_binary(name, data)
        found = sniff_kind(url or name, data)
        if found == "warc":
            yield from read_warc(name, io.BytesIO(data), max_bytes=self.max_bytes, path=path)
        elif found == "feed":
            yield from read_feed(name, data, fetch_page=self.page, path=path, url=url)
        elif found == "jsonl":
            text = decode_bytes(name, data, declared).text
            yield from read_jsonl(name, text, fetch_page=self.page, path=path)
        else:
            read = read_html if found == "html" else read_text
            yield read(name, data, kind=kind or found, path=path, url=url, declared=declared)

    def _url(self, name: str, url: str) -> Iterator[RawInput | InputError]:
        """Fetch a URL and read what it returns; errors are named ``name``."""
        try:
            fetched = fetch(url, allow_private=self.allow_private, max_bytes=self.max_bytes,
                            timeout=self.timeout)
        except FactwireError as err:  # a feed item's or JSONL line's name, not the link's
            raise FactwireError(name, err.reason) from None
        yield from self._bytes(name, fetched.data, url=fetched.url, declared=fetched.charset,
                               kind="url")

    def page(self, name: str, url: str) -> RawInput:
        """Fetch one article page (a feed item's or JSONL line's link) as a RawInput."""
        items = list(self._url(name, url))
        if len(items) == 1 and isinstance(items[0], RawInput):
            return items[0]
        raise FactwireError(name, f"{url} is not a single article page")


def _is_warc(stream, head: bytes) -> bool:
    """Whether an open file is a WARC (plain or gzip), looking only at its first bytes."""
    if head.startswith(b"WARC/"):
        return True
    if is_gzip(head):
        stream.seek(0)
        try:
            with gzip.GzipFile(fileobj=stream) as unzipped:
                return unzipped.read(5) == b"WARC/"
        except (OSError, EOFError):
            return False
    return False


def expand_sources(sources: list[str]) -> list[str]:
    """Folders and globs become the files ``iter_inputs`` would read from them, so a caller
    can split them (e.g. into shards); URLs, ``-`` and names that expand to nothing stay as
    they are, so reading them reports why."""
    names: list[str] = []
    for source in sources:
        if source == "-" or is_url(source) or _SCHEME.match(source):
            names.append(source)
            continue
        try:
            names.extend(str(p) for p in _expand(source))
        except FactwireError:
            names.append(source)
    return names


def _expand(source: str) -> list[Path]:
    """The files a path, folder or glob names; FactwireError naming it when there are none."""
    path = Path(source)
    if path.is_dir():
        paths = _walk(path)
        if not paths:
            raise FactwireError(source, "directory holds no readable inputs")
        return paths
    if path.exists():
        return [path]
    if _GLOB_CHARS & set(source):
        paths = []
        for match in sorted(glob.glob(source, recursive=True)):
            paths += _walk(Path(match)) if Path(match).is_dir() else [Path(match)]
        if not paths:
            raise FactwireError(source, "no files match this pattern")
        return paths
    raise FactwireError(source, "no such file or directory")


def _walk(folder: Path) -> list[Path]:
    """Files under a folder with a known extension (or none), hidden ones skipped, sorted."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and (not p.suffix or p.suffix.lower() in KNOWN_EXTENSIONS)
    )
