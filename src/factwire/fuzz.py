"""A fuzz harness for ``extract``: generated and mutated inputs through ingest → clean → nlp →
extract, each with a time limit, checked for exceptions, slowness and spans.

Every case is bytes with a file name, so the readers' sniffing and decoding are fuzzed too
(text, HTML, feeds, JSONL, gzip, UTF-16). Case ``i`` of seed ``s`` is generated from its own
``random.Random(f"{s}:{i}")``, so any finding can be replayed alone (``case_bytes``). Kinds:
random unicode, control characters, long tokens, symbol runs (glued and spaced), lone and
nested quote marks, huge paragraphs, news prose with odd punctuation, hostile feeds and JSONL,
and real pages (the bundled examples and test fixtures) mutated.

A case fails when a stage raises anything but a ``FactwireError`` (a refusal with a reason is
the right answer to garbage), when it takes over ``slow_after`` seconds, when the worker running
it dies or is killed at ``kill_after``, or when an extracted item's span lies outside the text or
its stated text differs from the text at its span. A case's time is the CPU time it used
(on a shared machine wall time measures the neighbours); the kill limit is wall time. Cases
run in worker processes
(``scale.WorkerPool``: the model is loaded once per worker; a stuck case has its worker
replaced), or in this process for the test suite's slice.
"""

from __future__ import annotations

import gzip
import json
import random
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from factwire.model import Document, FactwireError, InputError, RawInput

SLOW_AFTER = 10.0  # seconds: a case slower than this is a finding
KILL_AFTER = 60.0  # seconds: a case still running then has its worker killed
BATCH = 4  # cases per worker task

_PROSE = ("the army said on Monday that talks with the ministry would resume in Geneva after "
          "officials from Kenya and the United Nations met President Ruto who told reporters "
          "that 3,000 troops had withdrawn from the border town of Mandera last week while "
          "rebels attacked a convoy killing 12 people according to police")
WORDS = tuple(_PROSE.split(" "))
QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』"
SYMBOLS = "$%&*+-=~^|\\/#@!?.,;:<>()[]{}_`'\"“”‘’«»…–—•·§¶©®™°±×÷€£¥"
SCRIPTS = [(0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF),
           (0x590, 0x5FF), (0x600, 0x6FF), (0x900, 0x97F), (0xE00, 0xE7F), (0x1100, 0x11FF),
           (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2190, 0x21FF), (0x2500, 0x257F),
           (0x3000, 0x303F), (0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3),
           (0xE000, 0xF8FF), (0xFB00, 0xFDFF), (0xFE00, 0xFE0F), (0xFE70, 0xFEFF),
           (0xFF00, 0xFFFF), (0x1F300, 0x1FAFF), (0x10000, 0x1007F), (0xE0000, 0xE007F)]
ODD = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" \
      "\u2028\u2029\u0085\u00a0\u00ad\ufeff\ufffd\u180e\u3000\u2060"


# --- generators -------------------------------------------------------------------------------

Gen = Callable[[random.Random, bool], tuple[str, bytes]]  # (file name, bytes)


def _sentence(rng: random.Random, words: int | None = None) -> str:
    n = words or rng.randint(5, 25)
    text = " ".join(rng.choice(WORDS) for _ in range(n))
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "!", "?", ""])


def _prose(rng: random.Random, sentences: int, paragraph: int = 3) -> str:
    out = []
    for i in range(sentences):
        out.append(_sentence(rng))
        out.append("\n\n" if (i + 1) % paragraph == 0 else " ")
    return "".join(out).strip()


def _char(rng: random.Random) -> str:
    low, high = rng.choice(SCRIPTS)
    code = rng.randint(low, high)
    return chr(code) if not 0xD800 <= code <= 0xDFFF else "?"


def gen_unicode(rng: random.Random, small: bool) -> tuple[str, bytes]:
    parts = []
    for _ in range(rng.randint(5, 60 if small else 400)):
        roll = rng.random()
        if roll < 0.4:
            parts.append(_sentence(rng))
        elif roll < 0.8:
            parts.append("".join(_char(rng) for _ in range(rng.randint(1, 40))))
        else:
            parts.append("".join(rng.choice(ODD) for _ in range(rng.randint(1, 8))))
        parts.append(rng.choice([" ", " ", "\n", "\n\n", ""]))
    return "soup.txt", "".join(parts).encode("utf-8")


def gen_controls(rng: random.Random, small: bool) -> tuple[str, bytes]:
    text = list(_prose(rng, rng.randint(3, 10 if small else 40)))
    for _ in range(rng.randint(1, max(2, len(text) // rng.choice([5, 50, 500])))):
        text.insert(rng.randrange(len(text) + 1), chr(rng.choice(
            [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)])))
    return rng.choice(["ctl.txt", "ctl.html", "ctl"]), "".join(text).encode("utf-8")


def gen_long_tokens(rng: random.Random, small: bool) -> tuple[str, bytes]:
    top = 3_000 if small else 60_000
    alphabets = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "ABCDEFabcdef0123456789+/=",
                 "abc.def-", "Aa1$_", "http://x.example/a?b=c&d=" + "e/"]
    parts = [_sentence(rng)]
    for _ in range(rng.randint(1, 4)):
        alphabet = rng.choice(alphabets)
        token = "".join(rng.choice(alphabet) for _ in range(rng.randint(100, top)))
        parts.append(rng.choice(["", "Officials said ", "(", "“"]) + token)
        parts.append(_sentence(rng))
    return "tokens.txt", " ".join(parts).encode("utf-8")


def gen_symbol_runs(rng: random.Random, small: bool) -> tuple[str, bytes]:
    top = 2_000 if small else 20_000
    parts = [_sentence(rng)]
    for _ in range(rng.randint(1, 4)):
        n = rng.randint(5, top)
        style = rng.randrange(4)
        if style == 0:  # one symbol glued
            run = rng.choice(SYMBOLS) * n
        elif style == 1:  # mixed symbols glued
            run = "".join(rng.choice(SYMBOLS) for _ in range(n))
        elif style == 2:  # spaced: thousands of one-symbol tokens in one sentence
            run = (rng.choice(SYMBOLS) + " ") * min(n, 1_500 if small else 4_000)
        else:  # symbols glued to letters
            run = "".join(rng.choice(SYMBOLS + "ab") for _ in range(n))
        parts.append("Officials said the army would " + run + " withdraw on Monday.")
    return "runs.txt", " ".join(parts).encode("utf-8")


def gen_quotes(rng: random.Random, small: bool) -> tuple[str, bytes]:
    parts = []
    for _ in range(rng.randint(3, 20 if small else 80)):
        roll = rng.random()
        body = _sentence(rng)
        if roll < 0.3:  # lone mark somewhere
            cut = rng.randrange(len(body) + 1)
            body = body[:cut] + rng.choice(QUOTE_MARKS) + body[cut:]
        elif roll < 0.6:  # nested or unbalanced pairs
            opening, closing = rng.choice(["“”", "‘’", "«»", '""', "''", "„“", "「」", "‹›"])
            inner = rng.choice(["“", "‘", "«", '"', ""]) + _sentence(rng)
            body = f"{opening}{inner}{rng.choice([closing, '', closing * 2])} " + \
                f"{rng.choice(['said', 'told reporters', 'added'])} {rng.choice(WORDS).title()}."
        elif roll < 0.7:
            body = "".join(rng.choice(QUOTE_MARKS) for _ in range(rng.randint(1, 200)))
        parts.append(body)
        parts.append(rng.choice([" ", "\n", "\n\n"]))
    return "quotes.txt", "".join(parts).encode("utf-8")


def gen_huge_paragraph(rng: random.Random, small: bool) -> tuple[str, bytes]:
    n = rng.randint(100, 300) if small else rng.randint(500, 2_500)
    text = " ".join(_sentence(rng) for _ in range(max(1, n // 15)))
    if rng.random() < 0.5:
        text = text.replace(". ", ", ")  # one endless sentence
    return "paragraph.txt", text.encode("utf-8")


def gen_news(rng: random.Random, small: bool) -> tuple[str, bytes]:
    text = _prose(rng, rng.randint(3, 12 if small else 40))
    tweaks = [lambda t: t.replace(". ", "."), lambda t: t.upper(), lambda t: t.lower(),
              lambda t: t.replace(" ", "  "), lambda t: t.replace(" ", "\n"),
              lambda t: t.replace(",", " , "), lambda t: "KABUL (AP) — " + t,
              lambda t: t + " " + " ".join(str(rng.randint(-10**9, 10**12)) for _ in range(20)),
              lambda t: t.replace("Monday", "Monday, 31 February 20255"),
              lambda t: t.replace("troops", "troops (from 9,500 to 14,000,000,000,000)")]
    for tweak in rng.sample(tweaks, rng.randint(1, 3)):
        text = tweak(text)
    return "news.txt", text.encode("utf-8")


def gen_feed_or_jsonl(rng: random.Random, small: bool) -> tuple[str, bytes]:
    items = [_prose(rng, rng.randint(1, 6)) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.5:
        refs = ["&#xFFFFFF;", "&#0;", "&#55296;", "&#x110000;", "&amp;", "&#8220;", "&bogus;"]
        body = "".join(
            f"<item><title>{rng.choice(refs)}{text[:30]}</title>"
            f"<description>{rng.choice(['', '<![CDATA[<p>'])}{text}</description>"
            f"<pubDate>{rng.choice(['Mon, 99 Foo 2025', 'Wed, 12 Jun 2024 09:15:00 GMT', ''])}"
            "</pubDate></item>" for text in items)
        feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{body}'
        if rng.random() < 0.7:
            feed += "</channel></rss>"
        return "feed.xml", feed.encode("utf-8")
    lines = []
    for text in items:
        obj: Any = rng.choice([{"text": text}, {"html": f"<p>{text}</p>"}, {"text": 5},
                               [text], {"title": text}, {"text": text, "published": "2025-99-99"}])
        lines.append(json.dumps(obj) if rng.random() < 0.85 else "{" + text[:20])
    return "lines.jsonl", "\n".join(lines).encode("utf-8")


@dataclass(frozen=True)
class _Page:
    name: str
    data: bytes


def _pages() -> list[_Page]:
    """Real pages to mutate: the bundled examples and, in a checkout, the test fixtures."""
    pages = []
    examples = resources.files("factwire") / "examples"
    for item in examples.iterdir():
        if item.name.endswith((".html", ".txt")):
            pages.append(_Page(item.name, item.read_bytes()))
    fixtures = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "ingest"
    if fixtures.is_dir():
        pages += [_Page(p.name, p.read_bytes()) for p in sorted(fixtures.glob("*.html"))]
    return pages


_PAGE_CACHE: list[_Page] = []


def gen_mutated_page(rng: random.Random, small: bool) -> tuple[str, bytes]:
    if not _PAGE_CACHE:
        _PAGE_CACHE.extend(_pages())
    page = rng.choice(_PAGE_CACHE)
    text = page.data.decode("utf-8", "replace")
    for _ in range(rng.randint(1, 4)):
        text = rng.choice(_MUTATIONS)(rng, text, small)
    name = page.name
    data = text.encode("utf-8", "replace")
    roll = rng.random()
    if roll < 0.08:
        data, name = gzip.compress(data), name + ".gz"
    elif roll < 0.14:
        data = text.encode(rng.choice(["utf-16-le", "utf-16-be", "utf-16"]), "replace")
    elif roll < 0.2:
        data = text.encode("cp1252", "replace")
    elif roll < 0.25:
        name = "page"  # no extension: sniffed
    return name, data


def _cut(rng: random.Random, text: str) -> tuple[int, int]:
    a = rng.randrange(len(text) + 1)
    return a, min(len(text), a + rng.randint(0, max(1, len(text) // 4)))


def _m_delete(rng, text, small):
    a, b = _cut(rng, text)
    return text[:a] + text[b:]


def _m_duplicate(rng, text, small):
    a, b = _cut(rng, text)
    return text[:b] + text[a:b] * rng.randint(1, 3 if small else 10) + text[b:]


def _m_insert(rng, text, small):
    at = rng.randrange(len(text) + 1)
    junk = rng.choice([
        lambda: "".join(_char(rng) for _ in range(rng.randint(1, 300))),
        lambda: rng.choice(SYMBOLS) * rng.randint(10, 3_000 if small else 30_000),
        lambda: "".join(rng.choice(QUOTE_MARKS) for _ in range(rng.randint(1, 50))),
        lambda: "<div>" * rng.randint(100, 2_000 if small else 12_000),
        lambda: "".join(rng.choice(ODD) for _ in range(rng.randint(1, 50))),
        lambda: rng.choice(["&#xFFFFFF;", "&#0;", "&#xD800;", "<![CDATA[", "<!--", "<script>",
                            "</html>", "<p", "\x00", "\r", "<meta charset=utf-16>"]),
    ])()
    return text[:at] + junk + text[at:]


def _m_truncate(rng, text, small):
    return text[: rng.randrange(len(text) + 1)]


def _m_strip_tags(rng, text, small):
    import re

    return re.sub(r"</?(p|div|article|body)[^>]*>", "", text, count=rng.randint(1, 500))


def _m_shuffle_lines(rng, text, small):
    lines = text.split("\n")
    rng.shuffle(lines)
    return "\n".join(lines)


_MUTATIONS = [_m_delete, _m_duplicate, _m_insert, _m_insert, _m_truncate, _m_strip_tags,
              _m_shuffle_lines]

GENERATORS: dict[str, Gen] = {
    "unicode": gen_unicode, "controls": gen_controls, "long_tokens": gen_long_tokens,
    "symbol_runs": gen_symbol_runs, "quotes": gen_quotes, "huge_paragraph": gen_huge_paragraph,
    "news": gen_news, "feed_jsonl": gen_feed_or_jsonl, "mutated_page": gen_mutated_page,
}


@dataclass
class Case:
    """One generated input: which seed and index made it, its kind, name and bytes."""

    seed: int
    index: int
    kind: str
    name: str
    data: bytes


def make_case(seed: int, index: int, *, small: bool = False) -> Case:
    """Case ``index`` of ``seed``: the same arguments always give the same bytes."""
    rng = random.Random(f"{seed}:{index}")
    kind = rng.choice(sorted(GENERATORS))
    name, data = GENERATORS[kind](rng, small)
    return Case(seed, index, kind, name, data)


# --- checking one case ------------------------------------------------------------------------


def span_problems(doc: Document) -> list[str]:
    """Every extracted item whose span is outside the text or whose stated text differs from
    the text at its span. A quote's text is the words inside its marks, white space squashed
    and the pieces around an inserted "he said" joined: its words must appear in its span, in
    order."""
    text = doc.text
    problems: list[str] = []

    def check(what: str, span, stated: str | None = None, quote: bool = False) -> None:
        if span is None:
            return
        start, end = span
        if not (0 <= start <= end <= len(text)):
            problems.append(f"{what}: span {start}-{end} outside the text ({len(text)} chars)")
            return
        if stated is None:
            return
        found = text[start:end]
        if quote and not _drawn_from(stated, found):
            problems.append(f"{what}: text {stated[:60]!r} is not the words of its span "
                            f"{found[:60]!r}")
        elif not quote and found != stated:
            problems.append(f"{what}: text {stated[:60]!r} but the span holds {found[:60]!r}")

    for span in doc.sentences:
        check("sentence", span)
    for entity in doc.entities:
        for mention in entity.mentions:
            check("entity mention", mention.span, mention.text)
    for q in doc.quotes:
        check("quote", q.span, q.text, quote=True)
        check("quote speaker", q.speaker_span, q.speaker_text)
        check("quote cue", q.cue_span, q.cue)
    for c in doc.claims:
        check("claim", c.span)
        check("claim source", c.source_span, c.source_text)
        check("claim cue", c.cue_span, c.cue)
        check("claim source cue", c.source_cue_span, c.source_cue)
    for e in doc.events:
        check("event sentence", e.sentence)
        check("event trigger", e.trigger.span, e.trigger.text)
        for m in e.mentions:
            check("event mention", m.span, m.text)
    for t in doc.times:
        check("time", t.span, t.text)
    for q in doc.quantities:
        check("quantity", q.span, q.text)
    if doc.dateline is not None:
        check("dateline", doc.dateline.span)
    return problems


def _drawn_from(stated: str, found: str) -> bool:
    """Whether every word of ``stated`` occurs in ``found``, in order."""
    at = 0
    for word in stated.split():
        at = found.find(word, at)
        if at < 0:
            return False
        at += len(word)
    return True


@dataclass
class CaseResult:
    """What one case did: documents made, refusals, seconds, and any findings."""

    seed: int
    index: int
    kind: str
    name: str
    size: int
    seconds: float = 0.0  # CPU seconds of this process (wall time depends on the machine's load)
    wall_seconds: float = 0.0
    documents: int = 0
    refused: int = 0
    exception: str | None = None  # "stage: Type: message" and the last traceback lines
    spans: list[str] = field(default_factory=list)


def run_case(case: Case) -> CaseResult:
    """Read, clean, parse and extract every input in the case's bytes; never raises."""
    from factwire import nlp
    from factwire.clean import clean
    from factwire.extract import annotate
    from factwire.store.rows import document_rows

    result = CaseResult(case.seed, case.index, case.kind, case.name, len(case.data))
    started, cpu = time.perf_counter(), time.process_time()
    stage = "ingest"
    try:
        for raw in _read(case):
            if isinstance(raw, InputError):
                result.refused += 1
                continue
            stage = "clean"
            try:
                doc = clean(raw)
            except FactwireError:
                result.refused += 1
                continue
            if nlp.too_long(doc.text):
                result.refused += 1
                continue
            stage = "nlp"
            parsed = nlp.parse(doc.text)
            stage = "extract"
            annotate(doc, parsed)
            stage = "store"
            Document.from_json(doc.to_json())
            document_rows(doc)
            result.documents += 1
            result.spans += span_problems(doc)
    except Exception as err:  # noqa: BLE001 - the finding itself
        lines = traceback.format_exception(err)
        result.exception = f"{stage}: {type(err).__name__}: {err}"[:500] + "\n" + \
            "".join(lines[-4:])[-1500:]
    result.seconds = time.process_time() - cpu
    result.wall_seconds = time.perf_counter() - started
    return result


def _read(case: Case) -> Iterator[RawInput | InputError]:
    """The case's bytes through the same readers ``factwire ingest`` uses (no network)."""
    from factwire.ingest import DEFAULT_MAX_BYTES, _Reader

    reader = _Reader(allow_private=False, max_bytes=DEFAULT_MAX_BYTES, timeout=1.0)
    try:
        yield from reader._bytes(case.name, case.data, path=case.name)
    except FactwireError as err:
        yield err.record()


_WARM: list[bool] = []


def warm_up() -> None:
    """Run one small case once per process, so lazy loads (language identifier, dictionaries,
    lexicons) are not timed as the first case's."""
    if not _WARM:
        text = ("KABUL (AP) — The army said on Monday that 3,000 troops would withdraw, "
                "“as agreed,” officials told reporters.")
        run_case(Case(0, -1, "warm-up", "warm.txt", text.encode()))
        _WARM.append(True)


def _fuzz_batch(cases: list[Case]) -> tuple[int, float, list[CaseResult]]:
    """Worker task: run a batch of cases."""
    import os

    from factwire.scale import _peak_rss_mb

    warm_up()
    return os.getpid(), _peak_rss_mb(), [run_case(case) for case in cases]


# --- the run --------------------------------------------------------------------------------


@dataclass
class FuzzReport:
    """The outcome of a fuzz run; ``failures`` is 0 when nothing was found."""

    cases: int
    seed: int
    slow_after: float
    seconds: float = 0.0
    documents: int = 0
    refused: int = 0
    exceptions: list[dict[str, Any]] = field(default_factory=list)
    slow: list[dict[str, Any]] = field(default_factory=list)
    killed: list[dict[str, Any]] = field(default_factory=list)
    bad_spans: list[dict[str, Any]] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)
    max_seconds: float = 0.0
    max_wall_seconds: float = 0.0
    run: int = 0  # cases run (fewer than ``cases`` when the time budget ran out)
    command: str = ""

    @property
    def failures(self) -> int:
        return len(self.exceptions) + len(self.slow) + len(self.killed) + len(self.bad_spans)

    def add(self, r: CaseResult) -> None:
        where = {"seed": r.seed, "index": r.index, "kind": r.kind, "name": r.name,
                 "bytes": r.size, "seconds": round(r.seconds, 2),
                 "wall_seconds": round(r.wall_seconds, 2)}
        self.run += 1
        self.max_wall_seconds = max(self.max_wall_seconds, r.wall_seconds)
        self.documents += r.documents
        self.refused += r.refused
        self.kinds[r.kind] = self.kinds.get(r.kind, 0) + 1
        self.max_seconds = max(self.max_seconds, r.seconds)
        if r.exception:
            self.exceptions.append({**where, "exception": r.exception})
        if r.seconds > self.slow_after:
            self.slow.append(where)
        if r.spans:
            self.bad_spans.append({**where, "problems": r.spans[:10], "count": len(r.spans)})

    def summary(self) -> str:
        return (f"{self.run} cases (seed {self.seed}) in {self.seconds:.0f}s: "
                f"{self.documents} documents, {self.refused} inputs refused with a reason; "
                f"{len(self.exceptions)} exceptions, {len(self.slow)} over "
                f"{self.slow_after:g} s, {len(self.killed)} killed, {len(self.bad_spans)} "
                f"with bad spans; slowest case {self.max_seconds:.1f} s CPU "
                f"({self.max_wall_seconds:.1f} s wall)")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["failures"] = self.failures
        data["span_problem_kinds"] = dict(Counter(
            p.split(":", 1)[0] for case in self.bad_spans for p in case["problems"]))
        return data


def run_fuzz(cases: int, seed: int, *, slow_after: float = SLOW_AFTER,
             kill_after: float = KILL_AFTER, workers: int = 1, small: bool = False,
             in_process: bool = False, budget: float | None = None,
             progress: Callable[[int], None] | None = None) -> FuzzReport:
    """Run ``cases`` generated cases; ``in_process`` runs them here (no time limit: for the
    test suite's small slice), else in ``workers`` worker processes. ``budget``: seconds after
    which no new case starts (``report.run`` says how many ran)."""
    report = FuzzReport(cases=cases, seed=seed, slow_after=slow_after)
    started = time.perf_counter()
    stop = started + budget if budget else None

    def done(result: CaseResult) -> None:
        report.add(result)
        if progress is not None:
            progress(1)

    generated = (make_case(seed, i, small=small) for i in range(cases)
                 if stop is None or time.perf_counter() < stop)
    if in_process:
        warm_up()
        for case in generated:
            done(run_case(case))
    else:
        from factwire.scale import Split, WorkerPool

        batches = _chunks(generated, BATCH)
        with WorkerPool(workers, {}, load_nlp=True, timeout=kill_after) as pool:
            for batch, outcome in pool.map(_fuzz_batch, batches):
                parts = outcome.parts if isinstance(outcome, Split) else [(batch, outcome)]
                for part, result in parts:
                    if isinstance(result, Exception):
                        for case in part:
                            report.run += 1
                            report.killed.append({"seed": case.seed, "index": case.index,
                                                  "kind": case.kind, "name": case.name,
                                                  "reason": str(result)})
                            report.kinds[case.kind] = report.kinds.get(case.kind, 0) + 1
                        if progress is not None:
                            progress(len(part))
                        continue
                    for r in result:
                        done(r)
    report.seconds = time.perf_counter() - started
    return report


def _chunks(items, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
