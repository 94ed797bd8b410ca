"""Our text-level residue cleaner: what scrapers and extractors leave around an article.

It works on any plain text — trafilatura's output or a flattened page such as the bundled
example — in units: the paragraphs when the text has blank lines between them, else its lines.

- The headline is split off as the title (the first short unit without a final period), or,
  when the title is known, a first unit repeating it is removed.
- Stray copies of the headline (or a long prefix of it) inside the body are removed and the
  paragraph they broke is rejoined (an open quotation continued after the copy).
- Teaser blocks ("Related Posts", "You may also like", ...) and truncated teasers ending in
  "…" are removed and kept as ``related`` {title, snippet}; one-line "Read more: ..." links too.
- Share, subscribe, advertisement and other boilerplate lines are removed.
- Words glued by concatenated blocks are separated, conservatively: only where a known teaser
  title starts glued to a lower-case letter ("the talks endedPrime Minister Names..."), and where a
  sentence end runs into the next ("the war.Its"), never inside names like McDonald or iPhone.

Every removed piece goes to ``residue`` with its reason — verbatim, so no word is ever lost.
The cue phrases live in ``data/residue.json``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from factwire.model import Related, Residue, ResidueReason

ELLIPSES = ("…", "...")
_FINAL = ".,;:!?…"  # a unit ending in one of these is not a headline
_SENTENCE_END = ".!?…:\"”’)]"
_SENTENCE_GLUE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_BULLET = re.compile(r"^[-–•*·▪►]\s+")
_TRUNCATED = re.compile(r"\w[\w’'\"”)]*\s?(…|\.\.\.)$")


@dataclass(frozen=True)
class Cues:
    """The compiled contents of ``data/residue.json``."""

    headings: re.Pattern[str]
    inline_teasers: tuple[re.Pattern[str], ...]
    lines: tuple[tuple[ResidueReason, re.Pattern[str]], ...]
    max_title_words: int
    max_line_words: int


@cache
def cues() -> Cues:
    data = json.loads((resources.files("factwire.clean") / "data" / "residue.json").read_text())
    flags = re.IGNORECASE
    return Cues(
        headings=re.compile("(?:" + "|".join(data["headings"]) + r")\s*(?::|…|\.\.\.)?", flags),
        inline_teasers=tuple(re.compile(p, flags) for p in data["inline_teasers"]),
        lines=tuple((reason, re.compile(p, flags))
                    for reason, patterns in data["lines"].items() for p in patterns),
        max_title_words=data["max_title_words"],
        max_line_words=data["max_line_words"],
    )


@dataclass
class Cleaned:
    """The body without residue, the title found, and everything removed."""

    text: str
    title: str | None = None
    residue: list[Residue] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)


@dataclass
class _Unit:
    lines: list[str]
    original: str
    keep: bool = True
    rejoin: bool = False  # its start followed a removed headline copy: maybe rejoin

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split())


def clean_text(text: str, title: str | None = None, *, find_headline: bool = True) -> Cleaned:
    """Remove residue from ``text``; ``title`` is the known headline, else one is looked for."""
    units = _units(text)
    out = Cleaned("", title)
    if title is None and find_headline and len(units) > 1 and _headline_like(units[0].text):
        out.title = squash(units.pop(0).text)
    if out.title:
        _remove_headline_copies(units, out)
    _remove_blocks_and_lines(units, out)
    _remove_trailing_teasers(units, out)
    out.text = "\n\n".join(_rejoined(units))
    return out


def _units(text: str) -> list[_Unit]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paragraphs) == 1:  # no blank lines (trafilatura's output): every line is a unit
        paragraphs = [line for line in text.split("\n") if line.strip()]
    units = []
    for paragraph in paragraphs:
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        units.append(_Unit(lines, "\n".join(lines)))
    return units


def _words(text: str) -> int:
    return len(text.split())


def _headline_like(text: str) -> bool:
    """A short single line without a final period: a headline or a teaser title."""
    line = squash(text)
    return ("\n" not in text and 2 <= _words(line) <= cues().max_title_words
            and len(line) <= 250 and not line.endswith(tuple(_FINAL)) and not _is_cue(line))


def _truncated(text: str) -> bool:
    """A teaser snippet cut off mid-sentence: ends in an ellipsis right after a word."""
    return _TRUNCATED.search(text.rstrip()) is not None and not text.rstrip().endswith("....")


def _teaser_like(text: str) -> bool:
    return _headline_like(text) or _truncated(text)


def _is_cue(line: str) -> bool:
    c = cues()
    return _words(line) <= c.max_line_words and (
        c.headings.fullmatch(line) is not None
        or any(p.fullmatch(line) for _, p in c.lines))


def _is_headline_copy(line: str, title: str) -> bool:
    """The whole headline, or a long prefix of it, standing alone on a line."""
    copy = squash(line).rstrip("…").rstrip(".").strip().casefold()
    headline = squash(title).casefold()
    if copy == headline:
        return True
    enough = max(3, math.ceil(_words(headline) / 2))
    return headline.startswith(copy) and _words(copy) >= enough and (
        len(copy) == len(headline) or not headline[len(copy)].isalnum())


def _remove_headline_copies(units: list[_Unit], out: Cleaned) -> None:
    for index, unit in enumerate(units):
        kept = []
        for position, line in enumerate(unit.lines):
            if _is_headline_copy(line, out.title or ""):
                out.residue.append(Residue(line, "repeated-headline"))
                if position == len(kept):  # nothing kept before it: the unit's start is broken
                    unit.rejoin = True
            else:
                kept.append(line)
        if len(kept) < len(unit.lines):
            unit.lines = kept
            if not kept:
                unit.keep = False
                if index + 1 < len(units):
                    units[index + 1].rejoin = True


def _remove_blocks_and_lines(units: list[_Unit], out: Cleaned) -> None:
    """Teaser blocks after a cue heading, one-line teaser links, boilerplate lines."""
    c = cues()
    index = 0
    while index < len(units):
        unit = units[index]
        index += 1
        line = _BULLET.sub("", squash(unit.text))
        if not unit.keep or _words(line) > c.max_line_words + 25:
            continue
        if _words(line) <= c.max_line_words and c.headings.fullmatch(line):
            block, end = [], index
            while end < len(units) and (not units[end].keep or _teaser_like(units[end].text)):
                if units[end].keep:
                    block.append(units[end])
                end += 1
            if block or not any(u.keep for u in units[end:]):  # teasers follow, or nothing
                unit.keep = False
                out.residue.append(Residue(unit.original, "related-posts"))
                _take_teasers(block, "related-posts", out)
                index = end
            continue
        if teaser := _inline_teaser(line):
            unit.keep = False
            out.residue.append(Residue(unit.original, "related-posts"))
            out.related.append(Related(teaser))
            while index < len(units) and _BULLET.match(units[index].text) and \
                    _headline_like(units[index].text):  # a list of further links under it
                units[index].keep = False
                out.residue.append(Residue(units[index].original, "related-posts"))
                out.related.append(Related(_BULLET.sub("", squash(units[index].text))))
                index += 1
            continue
        if _words(line) <= c.max_line_words:
            reason = next((r for r, p in c.lines if p.fullmatch(line)), None)
            if reason:
                unit.keep = False
                out.residue.append(Residue(unit.original, reason))


def _inline_teaser(line: str) -> str | None:
    for pattern in cues().inline_teasers:
        if (m := pattern.fullmatch(line)) and _headline_like(m.group("title").rstrip("…")):
            return m.group("title").strip()
    return None


def _remove_trailing_teasers(units: list[_Unit], out: Cleaned) -> None:
    """Teaser titles and truncated snippets left at the end of the text, after the article."""
    kept = [u for u in units if u.keep]
    start = len(kept)
    while start > 1 and _teaser_like(kept[start - 1].text):
        start -= 1
    run = kept[start:]
    if len(run) >= 2 and any(_truncated(u.text) for u in run):
        _take_teasers(run, "teaser", out)


def _take_teasers(block: list[_Unit], reason: ResidueReason, out: Cleaned) -> None:
    """Remove a block of teaser units; pair titles with their snippets into ``related``."""
    titles = [squash(u.text).rstrip("…. ") for u in block if _headline_like(u.text)]
    current: Related | None = None
    for unit in block:
        unit.keep = False
        out.residue.append(Residue(unit.original, reason))
        for piece in _split_glued_titles(squash(unit.text), titles):
            stem = piece.rstrip("…. ")
            if current and current.title != stem and current.title.startswith(stem):
                continue  # a truncated copy of the teaser title just seen
            short = _words(piece) <= cues().max_title_words and not piece.endswith(".")
            if current is not None and not current.snippet and (not short or _truncated(piece)):
                current.snippet = piece
            elif short:
                current = Related(piece)
                out.related.append(current)
            else:
                current = Related("", piece)
                out.related.append(current)


def _split_glued_titles(text: str, titles: list[str]) -> list[str]:
    """Split text where a known teaser title starts glued to a lower-case letter."""
    starts = {" ".join(t.split()[:3]) for t in titles if _words(t) >= 3}
    if not starts:
        return [text]
    glue = re.compile(r"(?<=[a-z])(?=(?:" + "|".join(map(re.escape, starts)) + "))")
    return [p.strip() for p in glue.split(text) if p.strip()]


def _separate_sentence_glue(text: str) -> str:
    """'the war.Its' → 'the war. Its', but never inside a URL, an e-mail or a file name."""
    def fix(token: re.Match[str]) -> str:
        word = token.group()
        if "/" in word or "@" in word or word.lower().startswith("www"):
            return word
        return _SENTENCE_GLUE.sub(" ", word)

    return re.sub(r"\S+", fix, text)


def _continues(before: str, after: str) -> bool:
    """Whether ``after`` continues the paragraph ``before`` (broken by a removed copy)."""
    opened = before.count("“") - before.count("”") + before.count('"') % 2
    closed = after.count("”") - after.count("“") + after.count('"') % 2
    if opened > 0 and closed > 0:
        return True
    return not before.rstrip().endswith(tuple(_SENTENCE_END)) and after[:1].islower()


def _rejoined(units: list[_Unit]) -> list[str]:
    """The kept units as paragraphs, rejoining a paragraph that a headline copy broke."""
    paragraphs: list[str] = []
    for unit in units:
        if not unit.keep or not unit.lines:
            continue
        text = _separate_sentence_glue(unit.text)
        if unit.rejoin and paragraphs and _continues(paragraphs[-1], text):
            paragraphs[-1] = paragraphs[-1].rstrip() + " " + text.lstrip()
        else:
            paragraphs.append(text)
    return paragraphs
