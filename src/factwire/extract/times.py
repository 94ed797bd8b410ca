"""Time expressions of a document: DATE, TIME, DURATION and SET, normalised to TIMEX3 values.

Candidates come from our own token patterns (a spaCy ``Matcher`` built from the word lists in
``data/time_lexicon.json``) and from spaCy's DATE/TIME entities, which find many expressions
but also over-extend ("on April 28", "last year's") and mislabel ages. Candidates are merged,
trimmed of prepositions and possessives, and kept only when the normaliser (``timex``) can
give them a value. Relative expressions count from the publication date; inside reported
speech whose verb carries its own date ("..., he said on Monday") they count from that day.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from factwire.extract import timex
from factwire.model import Document, TimeExpr

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DAY_OR_WEEKDAY = re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-WXX-\d)$")  # "Tuesdays at 9am"
RELATIONAL = {"before", "after", "prior", "earlier", "later"}
UNTIL = {"until", "till", "by", "before"}
CLOCK = re.compile(r"^(XXXX-XX-XX|\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}.*)$")
NUMBERISH = {"few", "several", "many", "couple", "a", "an", "half", "one"}


def anchor_date(published: str | None) -> date | None:
    """The document creation date from an ISO 8601 string; None when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


@functools.cache
def _matchers(vocab_id: int, vocab) -> tuple[Matcher, PhraseMatcher]:
    """Token patterns for time expressions, built once per vocabulary from the lexicon."""
    lex = timex.lexicon()
    months = list(lex["months"])
    weekdays = list(lex["weekdays"])
    units = [u for u in lex["units"] if not u.startswith("_")]
    units += [u + "s" for u in units] + list(lex["unit_plurals"])
    seasons = list(lex["seasons"])
    parts = list(lex["parts_of_day"])
    cues = lex["past_cues"] + lex["next_cues"] + lex["this_cues"]
    ordinals = list(lex["ordinal_words"])
    before_month = lex["before_ambiguous_month"]
    before_season = lex["before_season"]
    before_day_month = lex["before_day_month"]
    day_num = {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)?$"}}
    year = {"TEXT": {"REGEX": r"^(1[5-9]|20)\d\d$"}}
    month = {"LOWER": {"IN": months}}
    comma = {"ORTH": ",", "OP": "?"}
    dot = {"ORTH": ".", "OP": "?"}
    number = {"LIKE_NUM": True}
    count = {"LOWER": {"IN": sorted(NUMBERISH)}}
    unit = {"LOWER": {"IN": units}}
    hyphen = {"ORTH": {"IN": ["-", "–"]}, "OP": "?"}
    the = {"LOWER": "the", "OP": "?"}
    patterns = {
        "calendar": [
            [month, dot, day_num, comma, year],
            [month, dot, day_num],
            [month, dot, comma, year],
            [day_num, month, dot, comma, year],
            [day_num, month],
            [
                {"LOWER": "the"},
                {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)$"}},
                {"LOWER": "of"},
                month,
            ],
            [{"LOWER": "the"}, {"LOWER": {"IN": ordinals}}, {"LOWER": "of"}, month],
            [{"LOWER": {"IN": weekdays}}, comma, month, dot, day_num, comma, year],
            [{"LOWER": {"IN": weekdays}}, comma, month, dot, day_num],
            [{"LOWER": {"IN": weekdays}}, comma, day_num, month],
            [{"LOWER": {"IN": weekdays}}, {"LOWER": {"IN": parts}, "OP": "?"}],
            [{"LOWER": {"IN": ["in", "during"]}}, {"LOWER": "the"}, {"LOWER": {"IN": parts}}],
            [
                {"LOWER": {"IN": weekdays}},
                {"LOWER": "of"},
                the,
                {"LOWER": {"IN": cues}},
                {"LOWER": "week"},
            ],
            [{"LOWER": {"IN": cues}}, {"LOWER": "week"}, {"LOWER": {"IN": weekdays}}],
            [{"LOWER": {"IN": [d + "s" for d in weekdays if len(d) > 3]}}],
            [{"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)$"}}, {"LOWER": "of"}, month],
            [{"LOWER": {"IN": [m for m in months if m not in ("may", "march")]}, "IS_TITLE": True}],
            [{"LOWER": {"IN": ["may", "march"]}, "POS": "PROPN"}],
            [
                {"LOWER": {"IN": before_month}},
                {"LOWER": {"IN": ["may", "march"]}, "IS_TITLE": True},
            ],
            [{"LOWER": {"IN": before_season}}, {"LOWER": {"IN": seasons}}],
            [{"LOWER": {"IN": seasons}}, {"ORTH": {"IN": ["of"]}, "OP": "?"}, year],
            [{"LOWER": {"IN": lex["fiscal_words"]}}, {"LOWER": "year", "OP": "?"}, year],
            [{"TEXT": {"REGEX": r"^\d{4}-\d{2}-\d{2}$"}}],
            [{"TEXT": {"REGEX": r"^\d{1,2}/\d{1,2}/\d{2,4}$"}}],
            [
                {"LOWER": {"IN": before_day_month + weekdays}},
                {"TEXT": {"REGEX": r"^\d{1,2}/\d{1,2}$"}},
            ],
            [{"LOWER": {"REGEX": r"^(" + "|".join(months) + r")/\d{1,4}$"}}],
            [{"LOWER": {"REGEX": r"^\d{1,2}-(" + "|".join(months) + r")-\d{4}$"}}],
            [
                {"TEXT": {"REGEX": r"^(?i:q[1-4])$"}},
                {"TEXT": {"REGEX": r"^(1[5-9]|20)\d\d$"}, "OP": "?"},
            ],
        ],
        "year": [[year]],
        "relative": [
            [the, {"LOWER": {"IN": cues}}, {"LOWER": {"IN": units + weekdays + seasons + parts}}],
            [the, {"LOWER": {"IN": cues}}, {"LOWER": {"IN": months}, "IS_TITLE": True}],
            [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": {"IN": ["today", "tonight"]}}],
            [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "this"}, {"LOWER": {"IN": units}}],
            [{"LOWER": {"IN": list(lex["day_words"])}}, {"LOWER": {"IN": parts}, "OP": "?"}],
        ],
        "ago": [
            [
                {"LIKE_NUM": True, "OP": "+"},
                hyphen,
                unit,
                {"LOWER": {"IN": lex["ago_cues"] + lex["later_cues"]}},
            ],
            [count, unit, {"LOWER": {"IN": lex["ago_cues"] + ["later"]}}],
            [{"LIKE_NUM": True, "OP": "+"}, unit, {"LOWER": "from"}, {"LOWER": "now"}],
        ],
        "modified": [
            [
                {
                    "LOWER": {
                        "IN": [
                            "nearly",
                            "almost",
                            "approximately",
                            "roughly",
                            "about",
                            "around",
                            "over",
                            "under",
                            "some",
                            "barely",
                            "just",
                            "well",
                        ]
                    }
                },
                {"LIKE_NUM": True, "OP": "+"},
                hyphen,
                unit,
            ],
            [
                {"LOWER": {"IN": ["more", "less"]}},
                {"LOWER": "than"},
                {"LIKE_NUM": True, "OP": "+"},
                unit,
            ],
            [{"LOWER": "up"}, {"LOWER": "to"}, {"LIKE_NUM": True, "OP": "+"}, unit],
            [{"LOWER": "at"}, {"LOWER": "least"}, {"LIKE_NUM": True, "OP": "+"}, unit],
            [
                {"LOWER": {"IN": ["very", "more", "most", "only", "just"]}},
                {"LOWER": {"IN": ["recently", "soon", "lately"]}},
            ],
        ],
        "duration": [
            [{"LIKE_NUM": True, "OP": "+"}, hyphen, unit],
            [number, {"LOWER": "and"}, {"LOWER": "a"}, {"LOWER": "half"}, unit],
            [
                count,
                {"LOWER": {"IN": ["few", "couple"]}, "OP": "?"},
                {"LOWER": "of", "OP": "?"},
                unit,
            ],
            [
                {"LOWER": "the"},
                {"LOWER": {"IN": cues + ["first"]}},
                {"LOWER": {"IN": ["few", "several", "couple"]}, "OP": "?"},
                {"LIKE_NUM": True, "OP": "*"},
                unit,
            ],
            [{"LOWER": {"IN": ["decades", "years", "months", "weeks", "centuries"]}}],
            [
                {"LOWER": {"IN": ["in", "for", "within", "over", "after"]}},
                {"LOWER": {"IN": ["days", "hours", "minutes", "seconds"]}},
            ],
            [{"LOWER": "single"}, hyphen, unit],
        ],
        "set": [
            [
                {"LOWER": {"IN": ["every", "each"]}},
                {"LOWER": "other", "OP": "?"},
                {"LIKE_NUM": True, "OP": "?"},
                {"LOWER": {"IN": units + weekdays + months + parts}},
            ],
            [{"LOWER": {"IN": list(lex["set_adverbs"])}}],
            [
                {"LOWER": {"IN": list(lex["frequency_words"])}},
                {"LOWER": {"IN": ["a", "an", "per", "every", "each"]}},
                unit,
            ],
        ],
        "clock": [
            [
                {"TEXT": {"REGEX": r"^\d{1,2}([:.]\d{2})?$"}},
                {"LOWER": {"IN": list(lex["am_pm"]) + ["o'clock"]}},
                {"LOWER": {"IN": lex["utc_zones"] + ["local"]}, "OP": "?"},
            ],
            [{"TEXT": {"REGEX": r"^\d{1,2}([:.]\d{2})?(am|pm|AM|PM|a|p)$"}}],
            [
                {"TEXT": {"REGEX": r"^\d{1,2}:\d{2}$"}},
                {"LOWER": {"IN": lex["utc_zones"] + list(lex["am_pm"])}, "OP": "?"},
            ],
            [
                {"TEXT": {"REGEX": r"^\d{4}$"}},
                {"LOWER": {"IN": lex["utc_zones"] + ["hours", "hrs"]}},
            ],
            [{"LOWER": {"IN": list(lex["named_times"])}}],
        ],
        "decade": [
            [the, {"TEXT": {"REGEX": r"^\d{3}0s$"}}],
            [the, {"ORTH": {"IN": ["'", "’"]}, "OP": "?"}, {"TEXT": {"REGEX": r"^'?\d0s$"}}],
            [{"LOWER": "the"}, {"LOWER": {"IN": list(lex["decade_words"])}}],
            [
                the,
                {"TEXT": {"REGEX": r"^(?i:\d{1,2}(st|nd|rd|th)|" + "|".join(ordinals) + r")$"}},
                {"LOWER": "century"},
            ],
            [the, {"LOWER": {"IN": cues}}, {"LOWER": {"IN": ["decade", "century"]}}],
        ],
        "quarter": [
            [
                the,
                {"LOWER": {"IN": ordinals + ["1st", "2nd", "3rd", "4th"]}},
                {"LOWER": {"IN": ["quarter", "half"]}},
                {"LOWER": "of"},
                {"LOWER": {"IN": cues}},
                {"LOWER": "year"},
            ],
            [
                the,
                {"LOWER": {"IN": ordinals + ["1st", "2nd", "3rd", "4th"]}},
                {"LOWER": {"IN": ["quarter", "half"]}},
                {"LOWER": "of", "OP": "?"},
                year,
            ],
            [
                {"LOWER": "the"},
                {"LOWER": {"IN": ordinals + ["1st", "2nd", "3rd", "4th"]}},
                {"LOWER": {"IN": ["quarter", "half"]}},
            ],
        ],
        "position": [
            [
                {"LOWER": "the"},
                {"LOWER": {"IN": ["start", "beginning", "end", "middle", "close"]}},
                {"LOWER": "of"},
                the,
                {"LOWER": {"IN": cues}, "OP": "?"},
                {
                    "LOWER": {
                        "IN": ["year", "month", "week", "decade", "century"] + months + seasons
                    }
                },
            ],
            [
                {"LOWER": "the"},
                {"LOWER": {"IN": ["start", "beginning", "end", "middle", "close"]}},
                {"LOWER": "of"},
                {"LOWER": {"IN": months}, "OP": "?"},
                year,
            ],
            [
                {"LOWER": {"IN": ["early", "late", "mid"]}},
                hyphen,
                {"LOWER": {"IN": cues}, "OP": "?"},
                {"LOWER": {"IN": ["year", "month", "week"] + months + [m for m in seasons]}},
            ],
            [{"LOWER": {"IN": ["early", "late", "mid"]}}, hyphen, year],
        ],
    }
    patterns["holiday"] = holiday_patterns(year)
    matcher = Matcher(vocab)
    for name, pats in patterns.items():
        matcher.add(name, pats)
    phrases = PhraseMatcher(vocab, attr="LOWER")
    refs = [r for r in lex["references"] if r not in lex["ambiguous_references"]]
    phrases.add("reference", [vocab_tokenize(vocab, r) for r in refs])
    return matcher, phrases


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
    words |= {"quarter", "half", "now", "recently", "currently", "soon", "lately"}
    words |= set(lex["fiscal_words"])
    for name in list(lex["holidays_fixed"]) + list(lex["holidays_rules"]):
        words |= set(name.split())
    return frozenset(words)


def vocab_tokenize(vocab, text: str) -> Doc:
    return Doc(vocab, words=text.split())


def candidate_spans(parsed: Doc) -> list[tuple[int, int]]:
    """Token ranges that may be time expressions: our patterns and spaCy's DATE/TIME entities."""
    matcher, phrases = _matchers(id(parsed.vocab), parsed.vocab)
    triggers = trigger_words()
    found = []
    for sent in parsed.sents:  # the token patterns only where a time word or digit occurs
        if any(t.lower_ in triggers or any(c.isdigit() for c in t.text) for t in sent):
            found += [(sent.start + s, sent.start + e) for _, s, e in matcher(sent)]
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
    while start < end and (doc[start].lower_ in lead or doc[start].is_punct) and end - start > 1:
        if modifies_amount(doc, start, end):
            break
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
    'two years', 'more than' before 'a decade', 'very' before 'soon'."""
    lex = timex.lexicon()
    if doc[i].lower_ not in lex["approx_modifiers"] or doc[i].lower_ in ("to", "at", "than"):
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
