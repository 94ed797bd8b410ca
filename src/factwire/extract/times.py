"""Time expressions of a document: DATE, TIME, DURATION and SET, normalised to TIMEX3 values.

Candidates come from our own token patterns (``data/time_patterns.json``, a spaCy ``Matcher``
whose word lists come from ``data/time_lexicon.json``) and from spaCy's DATE/TIME entities,
which find many expressions but also over-extend ("on April 28", "last year's") and mislabel
ages. Longest candidates first, each is trimmed of prepositions and possessives (modifiers
such as "almost" stay, as in TimeML) and kept when the normaliser (``timex``) can give it a
value. The tense of its clause decides open directions ("in March", "on Monday"). Relative
expressions count from the publication date; inside reported speech whose verb carries its
own date ("..., he said on Monday") they count from that day. Then neighbours combine: a clock
time takes the date of its clause, a bare hour beside a part of the day becomes a clock time,
"two weeks before May 13" becomes one date.
"""

from __future__ import annotations

import email.utils
import functools
import re
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from factwire.extract import timex
from factwire.extract._common import data_json
from factwire.model import Document, TimeExpr

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HOUR = re.compile(r"^(1[0-2]|[1-9])(?:[:.]([0-5]\d))?$")
PART_OF_DAY = re.compile(r"^(.*)T(MO|AF|EV|NI)$")
DAY_OR_WEEKDAY = re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-WXX-\d)$")  # "Tuesdays at 9am"
# Closed word lists from time_lexicon.json: words before or after a clock time ("at 9",
# "around 10"), words ending a relational phrase ("two days before"), words of "until", and
# vague counts ("a few days").
AROUND = frozenset(timex.lexicon()["around_clock"])
RELATIONAL = frozenset(timex.lexicon()["relational_after"])
UNTIL = frozenset(timex.lexicon()["until_words"])
CLOCK = re.compile(r"^(XXXX-XX-XX|\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}.*)$")
NUMBERISH = frozenset(timex.lexicon()["numberish"])


def anchor_date(published: str | None) -> date | None:
    """The document creation date from an ISO 8601 string; None when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        pass
    try:  # feeds write RFC 2822 dates: "Wed, 30 Apr 2025 10:00:00 GMT"
        return email.utils.parsedate_to_datetime(published).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    parsed = dateparser.parse(published, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


@functools.cache
def _matchers(vocab_id: int, vocab) -> tuple[Matcher, PhraseMatcher]:
    """Token patterns for time expressions (``data/time_patterns.json``), built once per
    vocabulary, with their word lists filled in from the lexicon."""
    lex = timex.lexicon()
    spec = data_json("time_patterns.json")
    lists = word_lists()
    tokens = spec["tokens"]

    def expand(obj):
        if isinstance(obj, str) and obj.startswith("$"):
            return expand(tokens[obj[1:]])
        if isinstance(obj, str):
            return re.sub(r"<<(\w+)>>", lambda m: "|".join(map(re.escape, lists[m.group(1)])), obj)
        if isinstance(obj, list):
            out = []
            for item in obj:
                if isinstance(item, str) and item.startswith("@"):
                    out.extend(lists[item[1:]])
                else:
                    out.append(expand(item))
            return out
        if isinstance(obj, dict):
            return {k: expand(v) for k, v in obj.items()}
        return obj

    matcher = Matcher(vocab)
    for name, patterns in spec["patterns"].items():
        matcher.add(name, [expand(p) for p in patterns])
    matcher.add("holiday", holiday_patterns(expand(tokens["year"])))
    phrases = PhraseMatcher(vocab, attr="LOWER")
    refs = [r for r in lex["references"] if r not in lex["ambiguous_references"]]
    phrases.add("reference", [vocab_tokenize(vocab, r) for r in refs])
    return matcher, phrases


def word_lists() -> dict[str, list[str]]:
    """The named word lists the patterns use: every list (or dict's keys) of the lexicon,
    and a few combinations of them."""
    lex = timex.lexicon()
    lists = {k: list(v) for k, v in lex.items() if isinstance(v, (list, dict))}
    units = [u for u in lex["units"] if not u.startswith("_")]
    lists["units"] = units + [u + "s" for u in units] + list(lex["unit_plurals"])
    lists["cues"] = lex["past_cues"] + lex["next_cues"] + lex["this_cues"]
    lists["numberish"] = sorted(NUMBERISH)
    lists["weekday_plurals"] = [d + "s" for d in lex["weekdays"] if len(d) > 3]
    lists["unambiguous_months"] = [m for m in lex["months"] if m not in lex["ambiguous_months"]]
    return lists


def holiday_patterns(year: dict) -> list[list[dict]]:
    """Named holidays as token patterns (first word capitalised: 'Christmas', 'Black Friday'),
    with an optional year after them."""
    from factwire.nlp import blank

    lex = timex.lexicon()
    names = [n for n in list(lex["holidays_fixed"]) + list(lex["holidays_rules"]) if n[0] != "_"]
    tokenizer = blank().tokenizer
    out = []
    for name in names:
        words = [t.lower_ for t in tokenizer(name)]
        first = {"LOWER": words[0], "IS_TITLE": True} if words[0] != "the" else {"LOWER": "the"}
        out.append([first, *({"LOWER": w} for w in words[1:]), {**year, "OP": "?"}])
    return out


@functools.cache
def trigger_words() -> frozenset[str]:
    """Words without which no token pattern can match (digits are checked apart)."""
    lex = timex.lexicon()
    words: set[str] = set()
    for key in (
        "months",
        "weekdays",
        "units",
        "unit_plurals",
        "seasons",
        "parts_of_day",
        "day_words",
        "set_adverbs",
        "named_times",
        "decade_words",
        "frequency_words",
    ):
        words |= {w for w in lex[key] if not w.startswith("_")}
    words |= {u + "s" for u in lex["units"]} | {d + "s" for d in lex["weekdays"]}
    words |= set(lex["extra_trigger_words"])
    words |= set(lex["fiscal_words"])
    for name in list(lex["holidays_fixed"]) + list(lex["holidays_rules"]):
        words |= {w for w in name.lower().split() if w not in STOP_WORDS}  # not "of", "the"
    return frozenset(words)


def vocab_tokenize(vocab, text: str) -> Doc:
    return Doc(vocab, words=text.split())


@functools.cache
def pattern_reach() -> int:
    """Tokens in the longest token pattern (none repeats a token: no "*" or "+")."""
    patterns = [p for ps in data_json("time_patterns.json")["patterns"].values() for p in ps]
    patterns += holiday_patterns({})
    if any(isinstance(t, dict) and t.get("OP") in ("*", "+") for p in patterns for t in p):
        raise ValueError("time_patterns.json: a repeated token (* or +) has no bounded reach")
    return max(len(p) for p in patterns)


def trigger_windows(parsed: Doc) -> list[tuple[int, int]]:
    """Token ranges where a pattern can match: every match holds a time word or a digit and
    is at most ``pattern_reach()`` tokens long, so the tokens that far either side of each
    such word, inside its sentence, hold every match. Running the matcher there alone, not
    over whole sentences, spares most of its work and finds the same spans."""
    triggers, reach = trigger_words(), pattern_reach()
    return unions([(max(sent.start, t.i - reach + 1), min(sent.end, t.i + reach))
                   for sent in parsed.sents for t in sent
                   if t.lower_ in triggers or any(c.isdigit() for c in t.text)])


def candidate_spans(parsed: Doc) -> list[tuple[int, int]]:
    """Token ranges that may be time expressions: our patterns and spaCy's DATE/TIME entities."""
    matcher, phrases = _matchers(id(parsed.vocab), parsed.vocab)
    found = []
    for start, end in trigger_windows(parsed):  # the token patterns only near a time word
        found += [(start + s, start + e) for _, s, e in matcher(parsed[start:end])]
    found += [(s, e) for _, s, e in phrases(parsed)]
    ents = [(ent.start, ent.end) for ent in parsed.ents if ent.label_ in ("DATE", "TIME")]
    return sorted(set(found + ents + unions(found + ents)), key=lambda se: (se[0] - se[1], se[0]))


def unions(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The unions of overlapping ranges ('Monday' + 'April 28' → 'Monday, April 28')."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def trim(span: Span) -> Span | None:
    """The candidate without what TimeML leaves outside a time expression."""
    if span.text.lower() in timex.lexicon()["references"]:
        return span  # "at present" is one reference, not a preposition and a word
    return trim_edges(span)


def trim_edges(span: Span) -> Span | None:
    """Drop leading prepositions, trailing punctuation and possessives; keep modifiers of a
    number or adverb, as TimeML does ('almost two years', 'over a decade', 'very soon')."""
    lex = timex.lexicon()
    lead = set(lex["strip_leading"]) | set(lex["approx_modifiers"])
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    while start < end and (doc[start].lower_ in lead or doc[start].is_punct) and end - start > 1:
        if modifies_amount(doc, start, end) or (
            doc[start].text in ("'", "’") and re.fullmatch(r"\d\d", doc[start + 1].text)
        ):
            break  # "almost two years", "'87"
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "’s")
    ):
        end -= 1
    if (
        end - start > 1
        and doc[end - 1].lower_ in RELATIONAL
        and end < len(doc)
        and not doc[end].is_punct
    ):
        end -= 1  # "two days before the launch": the duration, not a date
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if end > start else None


def modifies_amount(doc: Doc, i: int, end: int) -> bool:
    """Whether token ``i`` starts a modifier kept in the time expression: 'almost' before
    'two years', 'more than' before 'a decade', 'very' before 'soon' (not 'just', 'only')."""
    lex = timex.lexicon()
    if doc[i].lower_ not in lex["approx_modifiers"] or doc[i].lower_ in ("to", "at", "than"):
        return False
    if doc[i].lower_ in ("just", "only") and doc[i + 1].like_num:
        return False
    j = i + 1
    while j < end and doc[j].lower_ in ("than", "to", "least"):
        j += 1
    return j < end and (doc[j].like_num or doc[j].lower_ in lex["modified_by"])


def is_age_or_measure(span: Span) -> bool:
    """'63 years old', 'a 10-year-old', 'at 63': ages are not time expressions."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in ("million", "billion", "trillion", "thousand", "hundred"):
        return True  # "a quarter million"
    last = doc[span.end - 1].lower_
    if (
        after == "of"
        and last in ("quarter", "quarters", "half", "halves")
        and not any(
            t.lower_ in timex.lexicon()["ordinal_words"]
            or t.lower_ == "the"
            or timex.unit_of(t.lower_) not in (None, "quarter")  # "two years and a half of"
            for t in span
        )
    ):
        return True  # "three quarters of the vote": a fraction
    lex = timex.lexicon()
    name = span.text.lower()
    if (name in lex["holidays_fixed"] or name in lex["holidays_rules"]) and span.end < len(doc):
        nxt = doc[span.end]
        if nxt.is_title and nxt.pos_ == "PROPN" and nxt.lower_ not in trigger_words():
            return True  # "Easter Island", "Christmas Island": a name
    if after in timex.lexicon()["not_time_after"] or (
        after == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "old"
    ):
        return True
    if after == "of" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "age":
        return True
    return span.text.strip().isdigit() and not re.fullmatch(r"(1[5-9]|20)\d\d", span.text.strip())


def clause_tense(span: Span) -> timex.Tense:
    """The tense of the clause a time expression sits in: 'past', 'present', 'future' or None."""
    verb = governing_verb(span.root)
    if verb is None:
        return None
    lex = timex.lexicon()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in lex["future_auxiliaries"] or a.lemma_ in ("will", "shall") for a in auxes):
        return "future"
    if any(a.lower_ in lex["noncommittal_modals"] for a in auxes):
        return None
    past_aux = any(a.tag_ == "VBD" for a in auxes)
    if (
        verb.lemma_ in lex["future_verbs"]
        and not past_aux
        and any(a.dep_ == "auxpass" for a in auxes)
    ):
        return "future"  # "is scheduled for", "has been scheduled for"
    if verb.tag_ == "VBD" or past_aux:
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    if verb.tag_ == "VB" and verb.head.i != verb.i and verb.head.lemma_ in lex["future_verbs"]:
        return "future"
    if verb.lemma_ in lex["future_verbs"] and any(
        c.dep_ in ("xcomp", "auxpass") for c in verb.children
    ):  # "plans to", "is scheduled for", "is expected to"
        return "future"
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` in the parse."""
    seen = 0
    while seen < 50:
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
        seen += 1
    return None


def speech_date(sent: Span, times: list[tuple[Span, str]]) -> tuple[Token, str] | None:
    """A speech verb of the sentence whose own clause carries a full date ('he said on Monday')."""
    verbs = set(timex.lexicon()["speech_verbs"])
    for span, value in times:
        if not FULL_DATE.match(value):
            continue
        verb = governing_verb(span.root)
        if verb is not None and verb.lemma_ in verbs and verb.sent == sent:
            return verb, value
    return None


def find_times(doc: Document, parsed: Doc) -> list[TimeExpr]:
    """Every time expression in the parsed document, with its TIMEX3 type and value."""
    anchor = anchor_date(doc.published)
    found: list[tuple[Span, str, str, timex.Tense]] = []
    taken = [False] * len(parsed)
    for start, end in candidate_spans(parsed):  # longest first; keep those we can read
        span = trim(parsed[start:end])
        if span is None or any(taken[span.start : span.end]) or is_age_or_measure(span):
            continue
        tense = clause_tense(span)
        before = parsed[span.start - 1].lower_ if span.start > 0 else ""
        if before in UNTIL and tense != "past":
            tense = "future"  # "closed until Friday"
        elif before in ("since", "ago"):
            tense = "past"  # "the best week since November"
        said = f"in {span.text}" if before == "in" else span.text  # "(will leave) in two weeks"
        typ, value = timex.normalise(said, anchor, tense)
        if value is None:
            continue
        taken[span.start : span.end] = [True] * len(span)
        found.append((span, typ, value, tense))
    found.sort(key=lambda f: f[0].start)
    found = date_clock_times(reanchor_reported(join_offsets(found, anchor)))
    found = hours_of_day(found)
    return [
        TimeExpr(span=(s.start_char, s.end_char), text=s.text, type=typ, value=value)
        for s, typ, value, _ in found
    ]


def reanchor_reported(
    found: list[tuple[Span, str, str, timex.Tense]],
) -> list[tuple[Span, str, str, timex.Tense]]:
    """Relative expressions in speech reported with its own date count from that date:
    '"We will leave tomorrow," he said on Monday' → tomorrow = Monday + 1."""
    by_sent: dict[int, list[int]] = {}
    for i, (span, *_rest) in enumerate(found):
        by_sent.setdefault(span.sent.start, []).append(i)
    out = list(found)
    for indices in by_sent.values():
        if len(indices) < 2:
            continue
        sent = found[indices[0]][0].sent
        said = speech_date(sent, [(found[i][0], found[i][2]) for i in indices])
        if said is None:
            continue
        verb, value = said
        said_on = date.fromisoformat(value)
        for i in indices:
            span, typ, old, tense = found[i]
            if governing_verb(span.root) is verb:
                continue
            typ, new = timex.normalise(span.text, said_on, tense)
            out[i] = (span, typ, new or old, tense)
    return out


def date_clock_times(
    found: list[tuple[Span, str, str, timex.Tense]],
) -> list[tuple[Span, str, str, timex.Tense]]:
    """A clock time next to a date takes that date: '3 p.m. on Friday', 'Monday at 9:30'."""
    out = list(found)
    for i, (span, typ, value, tense) in enumerate(found):
        clock = CLOCK.match(value) if typ == "TIME" else None
        if not clock:
            continue
        verb = governing_verb(span.root)
        for j in sorted(range(len(found)), key=lambda j: abs(j - i)):
            other = found[j]
            if j == i or not DAY_OR_WEEKDAY.match(other[2]) or other[0].sent != span.sent:
                continue
            gap = span.doc[min(span.end, other[0].end) : max(span.start, other[0].start)]
            beside = len(gap) <= 2 and all(t.lower_ in ("on", "at", ",", "of") for t in gap)
            if beside or (verb is not None and governing_verb(other[0].root) == verb):
                # "3 p.m. on Friday"; "flew Tuesday in Everett at 18:00 UTC" (same verb)
                out[i] = (span, typ, other[2] + clock.group(2), tense)
                break
    return out


def join_offsets(
    found: list[tuple[Span, str, str, timex.Tense]], anchor: date | None
) -> list[tuple[Span, str, str, timex.Tense]]:
    """'two weeks before May 13, 1999', 'three days after Monday': a duration next to a date
    is one date, moved."""
    out: list[tuple[Span, str, str, timex.Tense]] = []
    for item in found:
        prev = out[-1] if out else None
        if prev is not None and prev[1] == "DURATION" and item[1] == "DATE":
            doc = item[0].doc
            gap = doc[prev[0].end : item[0].start]
            if len(gap) == 1 and gap[0].lower_ in ("before", "after", "from"):
                joined = doc[prev[0].start : item[0].end]
                typ, value = timex.normalise(joined.text, anchor, item[3])
                if value is not None and typ == "DATE":
                    out[-1] = (joined, typ, value, item[3])
                    continue
        out.append(item)
    return out


def hours_of_day(
    found: list[tuple[Span, str, str, timex.Tense]],
) -> list[tuple[Span, str, str, timex.Tense]]:
    """A bare hour next to a part of the day is a clock time: 'tonight around 7' → 19:00,
    'at 8 this morning' → 08:00, 'last night at 11' → 23:00."""
    out = []
    for span, typ, value, tense in found:
        part = PART_OF_DAY.match(value) if typ == "TIME" else None
        doc = span.doc
        joined = None
        if part:
            after, before = span.end, span.start - 2
            if (
                after + 1 < len(doc)
                and doc[after].lower_ in AROUND
                and HOUR.match(doc[after + 1].text)
            ):
                joined = (span.start, after + 2, doc[after + 1].text)
            elif before >= 0 and doc[before].lower_ in AROUND and HOUR.match(doc[before + 1].text):
                joined = (before + 1, span.end, doc[before + 1].text)  # "8 this morning"
        if joined is None:
            out.append((span, typ, value, tense))
            continue
        m = HOUR.match(joined[2])
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        code = part.group(2)
        if code in ("AF", "EV") or (code == "NI" and hour >= 6):
            hour = hour % 12 + 12
        elif code == "MO" and hour == 12:
            hour = 0
        text_span = doc[joined[0] : joined[1]]
        out.append((text_span, "TIME", f"{part.group(1)}T{hour:02d}:{minute:02d}", tense))
    return out
