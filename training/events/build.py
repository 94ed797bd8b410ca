"""Build the synthetic PLOVER training corpus from hand-written frames and slot fillers.

Why: a learned event coder memorises whatever its training text keeps constant, so the corpus is
generated from many hand-written sentence frames (``frames/*.txt``) whose actors, places, numbers
and trigger words vary, with every event's trigger, actor and recipient marked in the frame.
Deterministic (fixed seed, sorted inputs): the same inputs give byte-identical outputs.

Run: ``python training/events/build.py`` (writes ``train.jsonl`` and ``heldout.jsonl`` beside it
and prints the counts). See README.md for the frame syntax and the grid.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fillers  # noqa: E402  (the slot-filler tables live beside this script)

SEED = 20260302
HELDOUT_SHARE = 0.15
NEAR_DUP = 0.8
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
STATUSES = {"asserted", "confirmed", "reported", "suspected", "possible", "expected", "denied",
            "negated"}
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "AID": {"economic", "military", "humanitarian", "asylum"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
# How many sentences each frame yields before near-duplicate removal.
PER_FRAME = {"pos": 16, "neg": 18, "fixed": 1}

_ALT = re.compile(r"\[([^\[\]]*)\]")
_TOKEN = re.compile(r"\{([^{}]+)\}|<([^<>]+)>")
_SLOT = re.compile(r"^(?P<name>[a-z][a-z0-9]*)(?::(?P<kind>[a-z_]+))?"
                   r"(?P<rel>[@!][a-z][a-z0-9]*|~)?$")
_LITERAL = re.compile(r"^(?P<name>[a-z][a-z0-9]*)=(?P<text>[^;{}]+)"
                      r"(?:;(?P<iso>[A-Z]{3,4}|-))?(?:;(?P<sec>[A-Z]{3}|-))?$")
_SPEC = re.compile(r"^(?P<type>[A-Z]+)(?:/(?P<mode>[a-z-]+))?\s+(?P<actor>[a-z0-9_]+)>"
                   r"(?P<recipient>[a-z0-9_]+)(?P<rest>(?:\s+[a-z]+)*)$")


_ATTRIBUTED_END = re.compile(r"\b(said|says|reported|told|according to|show|showed|suggest)\b")
_REPORTING_LEAD = re.compile(
    r"^(?:said|says|announced|announces|declared) (?:it|he|she|they|that) ")


class FrameError(ValueError):
    """A frame that cannot be read or rendered, named by file and line."""


@dataclass
class EventSpec:
    type: str
    mode: str | None
    actor: str | None
    recipient: str | None
    status: str
    negated: bool


@dataclass
class Frame:
    where: str
    batch: str
    events: list[EventSpec]
    template: str
    kind: str  # pos | neg | fixed


@dataclass
class Rendered:
    text: str
    events: list[dict] = field(default_factory=list)


def parse_spec(spec: str, where: str) -> EventSpec:
    """One event header, e.g. ``ASSAULT/aerial a>b reported`` or ``ARREST _>b neg``."""
    m = _SPEC.match(spec.strip())
    if not m:
        raise FrameError(f"{where}: bad event spec {spec!r}")
    etype, mode = m["type"], m["mode"]
    if etype not in TYPES:
        raise FrameError(f"{where}: unknown type {etype}")
    if mode and mode not in MODES.get(etype, set()):
        raise FrameError(f"{where}: mode {mode} is not a {etype} mode")
    flags = m["rest"].split()
    negated = "neg" in flags
    status = [f for f in flags if f in STATUSES]
    unknown = [f for f in flags if f not in STATUSES and f != "neg"]
    if unknown:
        raise FrameError(f"{where}: unknown flags {unknown}")
    return EventSpec(etype, mode, None if m["actor"] == "_" else m["actor"],
                     None if m["recipient"] == "_" else m["recipient"],
                     status[0] if status else ("negated" if negated else "asserted"), negated)


def read_frames(folder: Path) -> list[Frame]:
    """All frames of ``folder/*.txt`` in file and line order."""
    frames: list[Frame] = []
    for path in sorted(folder.glob("*.txt")):
        batch = None
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            line = line.rstrip()
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("=="):
                batch = line[2:].strip()
                continue
            if batch is None:
                raise FrameError(f"{where}: frame before any '== batch' line")
            if "||" not in line:
                raise FrameError(f"{where}: no '||' between header and template")
            head, template = (part.strip() for part in line.split("||", 1))
            if head in ("NONE", "FIXED"):
                kind = "fixed" if head == "FIXED" else "neg"
                events = []
            else:
                kind = "pos"
                events = [parse_spec(s, where) for s in head.split(";")]
            frames.append(Frame(where, batch, events, template, kind))
    return frames


def _expand_alternatives(template: str, rng: random.Random) -> str:
    """Replace each innermost ``[a|b|c]`` by one option until none is left."""
    while True:
        m = _ALT.search(template)
        if not m:
            break
        option = rng.choice(m[1].split("|"))
        template = template[:m.start()] + option + template[m.end():]
    # An empty option leaves a double space or a space before punctuation.
    template = re.sub(r" {2,}", " ", template)
    return re.sub(r" ([,.;:])", r"\1", template)


def render(frame: Frame, rng: random.Random) -> Rendered:
    """One sentence from a frame, with spans of every slot and trigger."""
    template = _expand_alternatives(frame.template, rng)
    pieces: list[tuple[str, str]] = []  # (literal|slot|trigger, content)
    pos = 0
    for m in _TOKEN.finditer(template):
        pieces.append(("literal", template[pos:m.start()]))
        pieces.append(("slot", m[1]) if m[1] is not None else ("trigger", m[2]))
        pos = m.end()
    pieces.append(("literal", template[pos:]))
    # Resolve slot definitions: unconstrained first, then those tied to another slot.
    defs: dict[str, tuple[str | None, str | None]] = {}
    values: dict[str, fillers.Entity] = {}
    for kind, content in pieces:
        if kind != "slot":
            continue
        literal = _LITERAL.match(content)
        if literal:  # {a=Police in Nakuru;KEN;COP}: a hand-written side with its codes
            if literal["name"] in values:
                raise FrameError(f"{frame.where}: slot {literal['name']} defined twice")
            code = {"-": None, None: None}
            values[literal["name"]] = fillers.Entity(
                literal["text"], code.get(literal["iso"], literal["iso"]),
                code.get(literal["sec"], literal["sec"]))
            continue
        m = _SLOT.match(content)
        if not m:
            raise FrameError(f"{frame.where}: bad slot {{{content}}}")
        if m["kind"]:
            if m["name"] in defs:
                raise FrameError(f"{frame.where}: slot {m['name']} defined twice")
            defs[m["name"]] = (m["kind"], m["rel"])
    pending = dict(defs)
    for _ in range(len(pending) + 1):
        for name, (kind, rel) in list(pending.items()):
            other = rel[1:] if rel and rel[0] in "@!" else None
            if other and other not in defs and other not in values:
                # The slot it refers to sat in an alternative not taken: fill it freely.
                if not re.search(r"\{" + other + r":", frame.template):
                    raise FrameError(f"{frame.where}: slot {name} refers to unknown {other}")
                other = None
            if other and other not in values:
                continue
            used = {v.country for v in values.values() if v.country}
            values[name] = fillers.fill(kind, rel, values.get(other), used, rng)
            del pending[name]
    if pending:
        raise FrameError(f"{frame.where}: circular slot references {sorted(pending)}")
    out: list[str] = []
    length = 0
    spans: dict[str, tuple[int, int]] = {}
    triggers: dict[int, tuple[int, int]] = {}
    for kind, content in pieces:
        if kind == "literal":
            piece = content
        elif kind == "slot":
            name = (_LITERAL.match(content) or _SLOT.match(content))["name"]
            if name not in values:
                raise FrameError(f"{frame.where}: slot {name} used but never defined")
            piece = values[name].text
            spans.setdefault(name, (length, length + len(piece)))
        else:
            options = content.split("|")
            m = re.match(r"(\d+):", options[0])
            index = int(m[1]) if m else 1
            piece = re.sub(r"^\d+:", "", rng.choice(options))
            if index in triggers:
                raise FrameError(f"{frame.where}: trigger {index} marked twice")
            # "said it would withdraw": the reporting verb is not the event's word.
            lead = _REPORTING_LEAD.match(piece)
            skip = lead.end() if lead else 0
            triggers[index] = (length + skip, length + len(piece))
        out.append(piece)
        length += len(piece)
    raw = "".join(out)
    shift, raw, attributed = _frame_sentence(frame, raw, values, spans, rng)
    spans = {k: (a + shift, b + shift) for k, (a, b) in spans.items()}
    triggers = {k: (a + shift, b + shift) for k, (a, b) in triggers.items()}
    text = _tidy(raw)
    if len(text) != len(raw):
        raise FrameError(f"{frame.where}: tidy changed the length")
    result = Rendered(text)
    if len(triggers) != len(frame.events):
        raise FrameError(f"{frame.where}: {len(frame.events)} events but "
                         f"{len(triggers)} triggers")
    for i, spec in enumerate(frame.events, 1):
        if i not in triggers:
            raise FrameError(f"{frame.where}: no trigger for event {i}")
        event = {"type": spec.type, "mode": spec.mode}
        event.update(_role(text, "trigger", triggers[i]))
        for role, name in (("actor", spec.actor), ("recipient", spec.recipient)):
            if name is None or name not in spans:  # none, or in an alternative not taken
                event.update({role: None, f"{role}_span": None, f"{role}_country": None,
                              f"{role}_sector": None})
                continue
            event.update(_role(text, role, spans[name]))
            event[f"{role}_country"] = values[name].country
            event[f"{role}_sector"] = values[name].sector
        event["negated"] = spec.negated
        event["status"] = "reported" if attributed and spec.status == "asserted" else spec.status
        result.events.append(event)
    return result


def _frame_sentence(frame: Frame, raw: str, values: dict, spans: dict,
                    rng: random.Random) -> tuple[int, str, bool]:
    """Sometimes add a dateline, a neutral lead-in or a neutral closing clause.

    Why: the same additions go to event and no-event sentences alike, so that datelines,
    attributions and background clauses carry no label, sentences reach news length, and a
    dateline place (never an actor) sits before many actors. Returns (prefix length, text,
    whether an attribution such as "officials said" was added: asserted events become reported).
    """
    if frame.kind == "fixed" or not raw.endswith(".") or raw.startswith(("Update", "LIVE")):
        return 0, raw, False
    if "— " in raw[:60] or ") - " in raw[:60]:
        return 0, raw, False  # the frame has its own dateline
    prefix = ""
    attributed = False
    roll = rng.random()
    if roll < 0.22:
        countries = [v.country for v in values.values() if v.country in fillers.BY_ISO]
        place = fillers.BY_ISO[rng.choice(countries)] if countries and rng.random() < 0.8 \
            else rng.choice(fillers.COUNTRIES)
        prefix = fillers.dateline(place, rng)
    elif roll < 0.34:
        prefix = fillers.fill("lead", None, None, set(), rng).text + " "
        attributed = prefix.rstrip() in fillers.ATTRIBUTING
    if prefix and raw[:1].isupper() and not _keeps_capital(raw, values, spans):
        raw = raw[0].lower() + raw[1:]
    if rng.random() < 0.2 and not _ATTRIBUTED_END.search(raw[-45:]):
        tail = fillers.fill("tail", None, None, set(), rng).text
        attributed = attributed or tail in fillers.ATTRIBUTING
        raw = raw[:-1] + tail + "."
    return len(prefix), prefix + raw, attributed


def _keeps_capital(raw: str, values: dict, spans: dict) -> bool:
    """Whether the sentence's first word is a name (a slot filled with a capitalised text)."""
    for name, (start, _) in spans.items():
        if start == 0:
            return values[name].text[:1].isupper()
    first = raw.split(" ", 1)[0]
    return first not in fillers.LOWERABLE


def _tidy(text: str) -> str:
    """Capitalise the sentence start and the word after a dateline dash (length-preserving)."""
    chars = list(text)
    starts = [0] + [m.end() for m in re.finditer(r"— |\) - |: ", text)]
    for start in starts:
        if start < len(chars) and chars[start].islower():
            chars[start] = chars[start].upper()
    return "".join(chars)


def _occurrence(text: str, sub: str, start: int) -> tuple[int, int]:
    """(1-based occurrence of ``sub`` at ``start``, total occurrences) in ``text``."""
    nth = total = 0
    i = text.find(sub)
    while i != -1:
        total += 1
        if i == start:
            nth = total
        i = text.find(sub, i + 1)
    return nth, total


def _role(text: str, role: str, span: tuple[int, int]) -> dict:
    """The role's string, its span and (when the string recurs) its occurrence number."""
    sub = text[span[0]:span[1]]
    if not sub.strip() or sub != sub.strip():
        raise FrameError(f"empty or padded {role} {sub!r} in {text!r}")
    nth, total = _occurrence(text, sub, span[0])
    found = {role: sub}
    if total > 1:
        found[f"{role}_nth"] = nth
    found[f"{role}_span"] = [span[0], span[1]]
    return found


def check_line(line: dict) -> None:
    """Fail unless every marked substring is found where its span says (by search and nth)."""
    text = line["text"]
    for event in line["events"]:
        for role in ("trigger", "actor", "recipient"):
            sub = event.get(role)
            if sub is None:
                continue
            nth = event.get(f"{role}_nth", 1)
            start = -1
            for _ in range(nth):
                start = text.find(sub, start + 1)
            total = _occurrence(text, sub, start)[1] if start >= 0 else 0
            if start < 0 or (total > 1 and f"{role}_nth" not in event):
                raise FrameError(f"{line['id']}: {role} {sub!r} missing or ambiguous")
            if event[f"{role}_span"] != [start, start + len(sub)]:
                raise FrameError(f"{line['id']}: {role} span does not match its search")


def shingles(text: str) -> set[bytes]:
    """Lower-cased word 5-grams, as factwire.store.stories computes them."""
    words = re.findall(r"\w+", text.lower())
    if len(words) <= 5:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + 5]).encode() for i in range(len(words) - 4)}


def dedupe(lines: list[dict]) -> tuple[list[dict], int]:
    """Drop lines whose MinHash (word 5-grams) is ≥ NEAR_DUP similar to an earlier line."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=NEAR_DUP, num_perm=128)
    kept, dropped, seen = [], 0, set()
    for line in lines:
        key = line["text"].lower()
        if key in seen:
            dropped += 1
            continue
        mh = MinHash(num_perm=128, seed=1)
        mh.update_batch(sorted(shingles(line["text"])))
        if lsh.query(mh):
            dropped += 1
            continue
        lsh.insert(line["id"], mh)
        seen.add(key)
        kept.append(line)
    return kept, dropped


def family(batch: str) -> str:
    """The type family of a batch: its name up to the first hyphen (``assault-wire`` → assault)."""
    return batch.split("-", 1)[0]


def choose_heldout(lines: list[dict]) -> set[str]:
    """About HELDOUT_SHARE of the lines, whole batches by hash order; each family keeps one."""
    sizes = Counter(line["batch"] for line in lines)
    per_family = Counter(family(b) for b in sizes)
    order = sorted(sizes, key=lambda b: hashlib.sha1(f"{SEED}:{b}".encode()).hexdigest())
    held: set[str] = set()
    taken = Counter()
    total = sum(sizes.values())
    for batch in order:
        if sum(sizes[b] for b in held) >= HELDOUT_SHARE * total:
            break
        fam = family(batch)
        if per_family[fam] - taken[fam] <= 1:
            continue
        held.add(batch)
        taken[fam] += 1
    return held


def build(frames: list[Frame]) -> list[dict]:
    """Render every frame PER_FRAME times with its own seeded generator."""
    lines: list[dict] = []
    counters: Counter = Counter()
    errors: list[str] = []
    for frame in frames:
        try:
            lines.extend(_render_frame(frame, counters))
        except FrameError as exc:
            errors.append(str(exc))
    if errors:
        raise FrameError("\n".join(errors))
    return lines


def _render_frame(frame: Frame, counters: Counter) -> list[dict]:
    """The lines one frame yields (ids numbered within its batch)."""
    lines: list[dict] = []
    rng = random.Random(f"{SEED}:{frame.batch}:{frame.template}")
    fixed = not ("[" in frame.template or re.search(r"\{[a-z0-9]+:", frame.template)
                 or re.search(r"<[^>]*\|", frame.template))
    for _ in range(1 if fixed else PER_FRAME[frame.kind]):
        rendered = render(frame, rng)
        counters[frame.batch] += 1
        line = {"id": f"{frame.batch}-{counters[frame.batch]:04d}", "batch": frame.batch,
                "text": rendered.text, "events": rendered.events}
        check_line(line)
        lines.append(line)
    return lines


_AUXILIARIES = {"would", "will", "is", "are", "was", "were", "has", "have", "had", "be", "to",
                "not", "could", "may", "might", "a", "an", "the", "its", "it"}


def trigger_word(trigger: str) -> str:
    """The head word of a trigger string for the share report (first non-auxiliary word)."""
    words = [w for w in trigger.lower().split() if w not in _AUXILIARIES]
    return (words or trigger.lower().split())[0]


def report(train: list[dict], held: list[dict], dropped: int, held_batches: set[str]) -> str:
    """Counts per type, mode, batch, top-trigger share and countries, as printed."""
    rows = []
    everything = train + held
    positives = [x for x in everything if x["events"]]
    rows.append(f"sentences: {len(everything)} (train {len(train)}, heldout {len(held)}); "
                f"with events {len(positives)}, negatives {len(everything) - len(positives)}; "
                f"near-duplicates dropped {dropped}")
    rows.append(f"events: {sum(len(x['events']) for x in everything)}; sentences with 2+ events: "
                f"{sum(1 for x in everything if len(x['events']) > 1)}")
    by_type = Counter(e["type"] for x in everything for e in x["events"])
    triggers = defaultdict(Counter)
    modes = defaultdict(Counter)
    statuses = Counter()
    countries = set()
    domestic = 0
    for x in everything:
        for e in x["events"]:
            triggers[e["type"]][trigger_word(e["trigger"])] += 1
            modes[e["type"]][e["mode"] or "-"] += 1
            statuses[e["status"]] += 1
            for role in ("actor", "recipient"):
                if e[f"{role}_country"] in fillers.BY_ISO:
                    countries.add(e[f"{role}_country"])
            if (e["actor_country"] and e["actor_country"] == e["recipient_country"]):
                domestic += 1
    rows.append("type        events  distinct-triggers  top-trigger (share)")
    for t in TYPES:
        top, n = triggers[t].most_common(1)[0] if triggers[t] else ("-", 0)
        share = n / by_type[t] if by_type[t] else 0
        rows.append(f"{t:<11} {by_type[t]:>6}  {len(triggers[t]):>17}  {top} ({share:.1%})")
    rows.append("modes:")
    for t in TYPES:
        rows.append(f"  {t}: " + ", ".join(f"{m} {n}" for m, n in sorted(modes[t].items())))
    rows.append("status: " + ", ".join(f"{s} {n}" for s, n in sorted(statuses.items())))
    rows.append(f"countries (ISO alpha-3 in actor/recipient codes): {len(countries)}; "
                f"events with both sides in one country: {domestic}")
    per_batch = Counter(x["batch"] for x in everything)
    rows.append(f"batches: {len(per_batch)} ({len(held_batches)} held out: "
                f"{', '.join(sorted(held_batches))})")
    rows.append("per batch: " + ", ".join(f"{b} {n}" for b, n in sorted(per_batch.items())))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the JSONL files")
    args = parser.parse_args(argv)
    lines = build(read_frames(HERE / "frames"))
    lines, dropped = dedupe(lines)
    held_batches = choose_heldout(lines)
    train = [x for x in lines if x["batch"] not in held_batches]
    held = [x for x in lines if x["batch"] in held_batches]
    args.out.mkdir(parents=True, exist_ok=True)
    for name, part in (("train.jsonl", train), ("heldout.jsonl", held)):
        with open(args.out / name, "w", encoding="utf-8", newline="\n") as f:
            for line in part:
                f.write(json.dumps(line, ensure_ascii=False, sort_keys=False) + "\n")
    print(report(train, held, dropped, held_batches))
    return 0


if __name__ == "__main__":
    sys.exit(main())
