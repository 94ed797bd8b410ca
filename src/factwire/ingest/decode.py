"""Bytes to text, and what kind of input the bytes are.

News inputs arrive in every encoding the web ever used, so decoding tries, in order: a byte
order mark, UTF-16 without one (recognised by its NUL bytes in every other place), strict
UTF-8, the charset the input declares (HTTP header or ``<meta>``), UTF-8
with a few corrupt bytes, and finally charset detection (charset_normalizer) with a
preference for cp1252, the usual legacy encoding of English news. Binary input is refused
with a reason instead of being decoded into noise.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from factwire.model import FactwireError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of binary formats people are likely to feed by mistake.
_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x7fELF": "executable",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ": "xz archive",
    b"RIFF": "RIFF media file",
}
# WHATWG: labels that mean windows-1252 in practice.
_CP1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
                   "windows-1252", "cp1252", "x-cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_HINT = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|span|br|h[1-6])[\s/>]",
    re.I,
)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".arc": "warc",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
KNOWN_EXTENSIONS = frozenset(_EXTENSIONS) | {".gz"}


@dataclass
class Decoded:
    """Text decoded from bytes, with the encoding used and anything worth a warning."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def refuse_binary(name: str, data: bytes) -> None:
    """Raise a FactwireError if ``data`` is empty or binary (a known format or NUL bytes)."""
    if not data.strip():
        raise FactwireError(name, "empty input (nothing but whitespace)" if data else "empty file")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise FactwireError(name, f"binary file ({what}), not text, HTML, feed, WARC or JSONL")
    head = data[:8192]
    if any(head.startswith(bom) for bom, enc in _BOMS if enc in ("utf-16", "utf-32")):
        return
    if utf16_without_bom(data):
        return
    if b"\x00" in head:
        raise FactwireError(name, "binary file (NUL bytes), not text, HTML, feed, WARC or JSONL")


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes look like UTF-16 text without a BOM.

    Text in Latin script stored as UTF-16 has a NUL in every other byte (the high byte of each
    code unit) and almost none in the others; binary files have NULs scattered both ways. The
    head must also decode cleanly.
    """
    head = data[:4096]
    head = head[: len(head) // 2 * 2]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.6 * len(zeros) and others.count(0) <= 0.02 * len(others):
            try:
                head.decode(codec)
            except UnicodeDecodeError:
                continue
            return codec
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first few kilobytes, if any."""
    head = data[:4096]
    if m := _META_CHARSET.search(head):
        return m.group(1).decode("ascii", "ignore")
    if m := re.match(rb"""\s*<\?xml[^>]*encoding=["']([A-Za-z0-9_.:-]+)""", head):
        return m.group(1).decode("ascii", "ignore")
    return None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _CP1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(name: str, data: bytes, declared: str | None = None) -> Decoded:
    """Decode bytes robustly (see module docstring); raise FactwireError if it is not text."""
    refuse_binary(name, data)
    decoded = _decode(data, declared)
    if not decoded.text.strip():
        raise FactwireError(name, "empty input (nothing but whitespace)")
    controls = len(_CONTROL.findall(decoded.text[:20000]))
    if controls > max(8, len(decoded.text[:20000]) // 100):
        raise FactwireError(name, "binary file (control characters), not text")
    return decoded


def _decode(data: bytes, declared: str | None) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, "replace"), encoding)
    if codec := utf16_without_bom(data):
        return Decoded(data[: len(data) // 2 * 2].decode(codec, "replace"), codec,
                       [f"decoded as {codec} (no byte order mark)"])
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if (codec := _codec(declared)) and codec != "utf-8":
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            pass
    # Mostly valid UTF-8 with a few corrupt bytes: keep UTF-8, replace the bad bytes.
    lenient = data.decode("utf-8", "replace")
    bad = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte > bad:
        return Decoded(lenient, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced"])
    return _legacy(data)


def _legacy(data: bytes) -> Decoded:
    """A legacy single/multi-byte encoding: cp1252 unless detection finds a non-Latin script."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    non_ascii = sum(1 for b in data if b > 0x7F)
    if best is not None and non_ascii >= 20:
        latin = all("Latin" in a or "Punctuation" in a or "Control" in a for a in best.alphabets)
        if not latin:
            return Decoded(str(best), best.encoding, [f"decoded as {best.encoding} (detected)"])
    try:
        return Decoded(data.decode("cp1252"), "cp1252", ["decoded as cp1252 (not UTF-8)"])
    except UnicodeDecodeError:
        if best is not None:
            return Decoded(str(best), best.encoding, [f"decoded as {best.encoding} (detected)"])
        return Decoded(data.decode("latin-1"), "latin-1", ["decoded as latin-1 (not UTF-8)"])


def gunzip(name: str, data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data with a cap on the decompressed size."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as err:
        raise FactwireError(name, f"corrupt gzip data ({err})") from None
    if len(out) > max_bytes:
        raise FactwireError(name, f"over the size limit of {max_bytes:,} bytes once decompressed")
    return out


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def kind_from_name(name: str) -> str | None:
    """The kind an input's extension suggests (``a.warc.gz`` → warc, ``a.html.gz`` → html)."""
    suffixes = [s.lower() for s in PurePosixPath(name.split("?")[0]).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return _EXTENSIONS.get(suffixes[-1]) if suffixes else None


def sniff_kind(name: str, data: bytes) -> str:
    """What the (decompressed) bytes are: warc, feed, jsonl, html or text.

    Content wins over the extension when it is unambiguous (a WARC, a feed root element, HTML
    tags); the extension decides between the rest.
    """
    if data.lstrip()[:5] == b"WARC/":
        return "warc"
    codec = utf16_without_bom(data) or "utf-8"
    head = data[:4096].decode(codec, "ignore").lstrip("\ufeff \t\r\n")
    if _FEED_ROOT.search(head[:1024]) and not re.search(r"<html[\s>]", head[:1024], re.I):
        return "feed"
    hinted = kind_from_name(name)
    if hinted == "jsonl" or (hinted is None and _looks_like_jsonl(head)):
        return "jsonl"
    if hinted == "feed":  # .xml that is not a feed: treat as markup
        return "html"
    if hinted in ("html", "text"):
        if hinted == "text" and _HTML_HINT.search(head[:1024]) and head.startswith("<"):
            return "html"
        return hinted
    return "html" if _HTML_HINT.search(head) else "text"


def _looks_like_jsonl(head: str) -> bool:
    """A first line that opens a JSON object (it may be cut off by the 4 KB head)."""
    first = head.split("\n", 1)[0].strip()
    return first.startswith("{") and re.match(r'\{\s*"[^"]*"\s*:', first) is not None
