"""Quotes: direct, mixed (partial) and indirect speech, each with speaker, cue and medium.

Quotation marks are paired per paragraph first (so one stray mark never swallows the article):
a quote left open at a paragraph end continues only when the next paragraph reopens it (the
newswire convention) or closes it before opening anything (a removed stray line in between),
and never over more than ``max_paragraphs``. The frame around each quoted segment is then read
from the dependency parse: the speech verb (cue) whose subtree reaches into the quote, its
subject (speaker) and its "in a statement to …" / "told state media" channel (medium).
Speakers resolve to entities: pronouns to the nearest fitting actor outside quotes, and a bare
"a spokesperson" / "an official" to the institution named just before. Knowledge (verbs,
generic speaker nouns, medium nouns) lives in ``data/quote_cues.json``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from factwire.extract import actors_resolve
from factwire.extract._common import according_to_object, data_json, span_root
from factwire.extract.actors_resolve import person_named, pronoun_gender
from factwire.extract.datelines import find_dateline
from factwire.model import Document, Entity, Quote

Range = tuple[int, int]

# Dependents that are not part of a speaker's name ("Jim Press, who ..." → "Jim Press").
_NP_DROP = {"relcl", "appos", "acl", "punct", "cc", "conj", "advcl"}


@functools.cache
def lexicon() -> dict:
    """The quote cue lexicon (data/quote_cues.json), loaded once."""
    data = data_json("quote_cues.json")
    table, classes = data["speech_verbs"], data["attribution_classes"]
    data["attribution"] = table  # lemma -> class (speech, writing, manner, cognition, ...)
    data["speech_verbs"] = [v for v, c in table.items() if c in classes["quote_frames"]]
    data["source_verbs"] = [v for v, c in table.items() if c in classes["claim_sources"]]
    for key in ("speech_verbs", "source_verbs", "indirect_speech_verbs", "generic_speakers",
                "medium_nouns", "medium_prepositions", "tell_verbs", "group_pronouns",
                "singular_pronouns"):
        data[key] = frozenset(data[key])
    titles = data["title_cues"]
    for key in ("label_words", "small_words"):
        titles[key] = frozenset(titles[key])
    return data


@dataclass
class Segment:
    """A stretch of text between quotation marks; ``balanced`` is False when bounded by us."""

    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph end when unbalanced)
    balanced: bool = True
    inner: list[Range] = field(default_factory=list)  # the quoted text, one range a paragraph


@dataclass
class Speaker:
    entity: str | None
    text: str | None
    span: Range | None


# --- pairing quotation marks ----------------------------------------------------------------


def paragraphs(text: str) -> list[Range]:
    """Paragraph spans: runs of text between line breaks."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _mark_kind(text: str, i: int, width: int = 1) -> str:
    marks = lexicon()["quote_marks"]
    char = text[i:i + width]
    if char in marks["open"] or char == "``":
        return "open"
    if char in marks["close"]:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace() or before in "([{—–-":
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-":
        return "close"
    return "straight"


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """(offset, kind, width) of the double quotation marks of one paragraph: the characters
    of the lexicon and the two-character ``''`` convention of some archives."""
    lex = lexicon()["quote_marks"]
    chars = set(lex["open"] + lex["close"] + lex["straight"]) - set(lex["single"])
    found = []
    i = start
    while i < end:
        if text[i:i + 2] in lex["double_apostrophe"]:
            found.append((i, _mark_kind(text, i, 2), 2))
            i += 2
            continue
        if text[i] in chars:
            found.append((i, _mark_kind(text, i), 1))
        i += 1
    return found


def find_segments(text: str) -> list[Segment]:
    """Pair quotation marks; unbalanced quotes are cut at their paragraph end, never beyond.
    British single quotes are paired afterwards, only where no double quote is."""
    lex = lexicon()
    paras = paragraphs(text)
    marks = [_double_marks(text, s, e) for s, e in paras]
    segments: list[Segment] = []
    open_at: int | None = None
    inner_start = 0
    inner: list[Range] = []
    span_paras = 0
    for p, (p_start, p_end) in enumerate(paras):
        for i, kind, width in marks[p]:
            if kind == "straight":
                kind = "close" if open_at is not None else "open"
            if kind == "open":
                continuing = open_at is not None and i == p_start + _indent(text, p_start)
                if continuing:
                    inner_start = i + width
                    continue
                if open_at is not None:  # a second opening: the first was never closed
                    segments.append(Segment(open_at, _rstrip(text, inner_start, i), False,
                                            inner + [(inner_start, _rstrip(text, inner_start, i))]))
                open_at, inner_start, inner, span_paras = i, i + width, [], 0
            elif open_at is not None:
                segments.append(Segment(open_at, i + width, True, inner + [(inner_start, i)]))
                open_at, inner = None, []
        if open_at is None:
            continue
        span_paras += 1
        nxt = marks[p + 1] if p + 1 < len(paras) else []
        reopens = bool(nxt) and nxt[0][0] == paras[p + 1][0] + _indent(text, paras[p + 1][0])
        closes_first = bool(nxt) and nxt[0][1] in ("close", "straight")
        near = p + 1 < len(paras) and text.count("\n", p_end, paras[p + 1][0]) <= 2
        if (reopens or closes_first) and near and span_paras < lex["max_paragraphs"]:
            inner.append((inner_start, p_end))
            inner_start = paras[p + 1][0]
            continue
        segments.append(Segment(open_at, p_end, False, inner + [(inner_start, p_end)]))
        open_at, inner = None, []
    taken = [(s.start, s.end) for s in segments]
    singles = [s for s in _single_segments(text, paras)
               if not any(a < s.end and s.start < b for a, b in taken)]
    return sorted(segments + singles, key=lambda s: s.start)


def _single_open(text: str, i: int, start: int) -> bool:
    """An opening single mark: ‘ at a word's start, or a straight ' before a letter at a
    word's start (not the elision of "'90s")."""
    opening = lexicon()["quote_marks"]["single"][0]
    after = text[i + 1] if i + 1 < len(text) else " "
    starts_word = i == start or not text[i - 1].isalnum()
    if text[i] == opening:
        return starts_word
    return text[i] == lexicon()["quote_marks"]["single_straight"] and starts_word and \
        after.isalpha()


def _single_close(text: str, i: int, start: int, end: int) -> bool:
    """A closing single mark: ’ or ' at a word's end, not an apostrophe inside a word
    ("We’ve", "won't"). A plural possessive before a lower-case word ("residents’ anger",
    "the drivers' union") looks the same as "the plan 'reckless' and": it closes only when
    no other closing mark follows before the next opening in the paragraph."""
    if not _single_end(text, i, end):
        return False
    if not _possessive(text, i):
        return True
    for j in range(i + 1, end):
        if _single_open(text, j, start):
            return True
        if _single_end(text, j, end) and not _possessive(text, j):
            return False
    return True


def _single_end(text: str, i: int, end: int) -> bool:
    marks = lexicon()["quote_marks"]
    if text[i] not in (marks["single"][1], marks["single_straight"]):
        return False
    after = text[i + 1] if i + 1 < end else " "
    return not (after.isalnum() or i == 0 or text[i - 1].isspace())


def _possessive(text: str, i: int) -> bool:
    return text[i - 1] == "s" and text[i + 1:i + 2] == " " and text[i + 2:i + 3].islower()


def _single_segments(text: str, paras: list[Range]) -> list[Segment]:
    """ ‘…’ and '…' pairs. A quote runs into the next paragraph only when that paragraph
    reopens with a single mark (the newspaper convention); an opening never closed and not
    so continued is dropped, since a lone mark is as often a slip or an elision as a quote."""
    found: list[Segment] = []
    max_paragraphs = lexicon()["max_paragraphs"]
    open_at: int | None = None
    inner: list[Range] = []
    inner_start = 0
    for p, (start, end) in enumerate(paras):
        for i in range(start, end):
            if _single_open(text, i, start):
                if open_at is not None and inner and i == start + _indent(text, start):
                    inner_start = i + 1  # the reopening of a quote carried over
                    continue
                open_at, inner_start, inner = i, i + 1, []
            elif open_at is not None and i > inner_start and _single_close(text, i, start, end):
                found.append(Segment(open_at, i + 1, True, inner + [(inner_start, i)]))
                open_at, inner = None, []
        if open_at is None:
            continue
        nxt = p + 1 < len(paras) and paras[p + 1]
        reopens = bool(nxt) and _single_open(text, nxt[0] + _indent(text, nxt[0]), nxt[0])
        if reopens and len(inner) + 1 < max_paragraphs:
            inner.append((inner_start, _rstrip(text, inner_start, end)))
            continue
        if inner:  # carried over at least once: the convention shows it is a quote
            found.append(Segment(open_at, end, False, inner + [(inner_start, end)]))
        open_at, inner = None, []
    return found


def _indent(text: str, start: int) -> int:
    n = 0
    while start + n < len(text) and text[start + n] in " \t":
        n += 1
    return n


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def segment_text(text: str, seg: Segment) -> str:
    return " ".join(" ".join(text[s:e].split()) for s, e in seg.inner if text[s:e].strip())


# --- frames: cue, speaker, medium -----------------------------------------------------------


def _inside(tok: Token, ranges: list[Range]) -> bool:
    return any(s <= tok.idx < e for s, e in ranges)


def _tokens_in(parsed: Doc, start: int, end: int) -> list[Token]:
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if start <= t.idx and t.idx + len(t) <= end]


def is_speech_verb(tok: Token) -> bool:
    """A verb that frames speech; a manner verb only when it does nothing else ('"…," he
    continued'; not "the bank continued to lend", "troops fired shells")."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if lemma not in lex["speech_verbs"] or tok.pos_ not in ("VERB", "AUX"):
        return False
    keeping = lemma in lex["keeping_senses"]
    if lex["attribution"][lemma] != "manner" and not keeping:
        return True
    # the quote itself may be parsed as the object ('protesters chanted, "No more cuts"')
    deps = {c.dep_ for c in tok.children if not (
        c.dep_ == "dobj" and any(t.is_quote for t in tok.doc[max(c.left_edge.i - 1, 0):
                                                            c.left_edge.i + 1]))}
    if keeping:  # 'maintaining his "tough on crime" record': keeping a thing, saying nothing
        return "dobj" not in deps
    # '"…," joked the mayor': the parser may take an inverted frame's speaker for an object
    return "xcomp" not in deps and not ("dobj" in deps and deps & {"nsubj", "nsubjpass"})


def _who_antecedent(pronoun: Token, noun: Token) -> Token:
    """What "who" stands for: the noun its clause hangs on, but not a place the parser hung
    it on ("X, a world champion from Sweden, who wrote …": the champion, not Sweden)."""
    while pronoun.lower_ == "who" and noun.ent_type_ in ("GPE", "LOC", "FAC") and \
            noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun


def subject_of(verb: Token) -> Token | None:
    """The speaker slot of a speech verb: its subject, or the subject of the verb it hangs on
    ("… and added", "…, saying"), or the agent of a passive ("was quoted by")."""
    seen = 0
    while verb is not None and seen < 4:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        # two subjects ("Prices, the minister said, rose"; "Haldane, the coach said, tore"):
        # the one next to the verb is its own, the other the reported clause's
        before = [c for c in subjects if c.i < verb.i]
        for child in before[-1:] or subjects[:1]:
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return _who_antecedent(child, verb.head)  # "the leader, who said …"
            return _behind_medium(child)
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ in (
                "NOUN", "PROPN"):
            if _medium_noun(verb.head) and verb.head.dep_ in ("dobj", "pobj", "conj"):
                verb, seen = verb.head.head, seen + 1  # "released a statement saying …"
                while verb.dep_ == "prep" and verb.head.i != verb.i:
                    verb = verb.head
                continue
            return verb.head  # "reports stating that …"
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "justified it by saying …"
            verb, seen = verb.head.head, seen + 1
            quoted_as = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            if verb.lemma_.lower() == "quote" and quoted_as:
                return quoted_as[0]  # "the paper quoted Djamal as saying" → Djamal
            continue
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            verb, seen = verb.head, seen + 1
            continue
        return None
    return None


def _medium_noun(tok: Token) -> bool:
    lex = lexicon()
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in lex["medium_nouns"]
                                   or tok.lower_ in lex["medium_nouns"])


def _behind_medium(subj: Token) -> Token:
    """ "A statement from the palace said …": the palace speaks, the statement is the medium."""
    if not _medium_noun(subj):
        return subj
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    return subj


def noun_phrase(tok: Token) -> Range:
    """Character span of a speaker's noun phrase without relative clauses or appositions."""
    keep = [tok]
    stack = [c for c in tok.children if (c.dep_ not in _NP_DROP or _joined_speaker(c))
             and not _cue_as_modifier(c)]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "appos", "acl", "advcl")
                     and not _cue_as_modifier(c))
    keep = [t for t in keep if not t.is_punct or t.i not in (min(k.i for k in keep),
                                                            max(k.i for k in keep))]
    ids = sorted(t.i for t in keep)
    # keep the contiguous run around the head only
    lo = hi = tok.i
    doc = tok.doc
    while True:  # the contiguous run, and a word glued by hyphens before it as one word
        while lo - 1 in ids:  # whatever the parse made of it ("Okonkwo-Bassey", "the
            lo -= 1  # 64-year-old")
        if not (lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_
                and not doc[lo - 2].whitespace_ and (doc[lo - 2].is_alpha or doc[lo - 2].like_num)):
            break
        lo -= 2
    while hi + 1 in ids:
        hi += 1
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ \
            and not doc[hi + 1].whitespace_ and doc[hi + 2].is_alpha:
        hi += 2
    return (doc[lo].idx, doc[hi].idx + len(doc[hi]))


def _joined_speaker(tok: Token) -> bool:
    """A second speaker joined to the first ("said Ana Ruiz and Tomas Bell", "the widow and
    her lawyer said"): a noun conjunct, or the "and" before one; a verb conjunct ("… and
    added") joins no speaker."""
    if tok.dep_ == "cc":
        return any(c.dep_ == "conj" and _joined_speaker(c) for c in tok.head.children)
    return tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and tok.i > tok.head.i


def _cue_as_modifier(tok: Token) -> bool:
    """A speech verb the parser hung on the speaker's name ('…?" asked councillor Rajiv
    Menon'): not part of the name."""
    return tok.dep_ in ("amod", "compound") and tok.i < tok.head.i and is_speech_verb(tok)


def medium_of(verb: Token, doc: Document) -> str | None:
    """The channel of a speech act: "in a statement to X" → "a statement to X"; "told X"."""
    lex = lexicon()
    if verb.dep_ == "acl" and _medium_noun(verb.head):  # "issued a statement saying …"
        return _np_text(verb.head, skip=verb)
    if verb.dep_ == "advcl":  # "put out a statement on Friday saying …"
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and _medium_noun(c)), None)
        if obj is not None:
            return _np_text(obj, skip=verb)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and _medium_noun(subj) and _behind_medium(subj).i != subj.i:
        return _np_text(subj, skip=_behind_medium(subj).head)  # "A statement from X said"
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in lex["medium_prepositions"]:
            for obj in child.children:
                if obj.dep_ == "pobj" and _is_medium(obj, doc):
                    return _subtree_text(obj)
        if child.dep_ in ("dobj", "dative") and verb.lemma_.lower() in lex["tell_verbs"]:
            target = child
            if child.dep_ == "dative":  # "said to reporters"
                target = next((c for c in child.children if c.dep_ == "pobj"), child)
            if _is_medium(target, doc):
                return _subtree_text(target)
        if child.dep_ == "dative" and child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj" and _is_medium(obj, doc):
                    return _subtree_text(obj)
    return None


def _is_medium(tok: Token, doc: Document) -> bool:
    lex = lexicon()
    words = {tok.lemma_.lower(), tok.lower_}
    parts = [t for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i
             or (t.is_punct and t.head.i == tok.i and t.i < tok.i)]
    compound = " ".join(t.lower_ for t in parts if not t.is_punct)
    joined = tok.doc[parts[0].i: tok.i + 1].text.lower()  # "op-ed"
    if words & lex["medium_nouns"] or {compound, joined} & lex["medium_nouns"]:
        return True
    ent = doc.entity_at(tok.idx, tok.idx + len(tok))
    return ent is not None and ent.kind == "media"


def _np_text(tok: Token, skip: Token) -> str:
    """A noun phrase without one of its dependents (and what hangs on that)."""
    dropped = {t.i for t in skip.subtree}
    toks = [t for t in tok.subtree if t.i not in dropped]
    while toks and toks[-1].is_punct:
        toks.pop()
    lo = hi = tok.i
    ids = {t.i for t in toks}
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    return tok.doc[lo: hi + 1].text


def _subtree_text(tok: Token) -> str:
    toks = [t for t in tok.subtree]
    while toks and toks[-1].is_punct:
        toks.pop()
    return tok.doc[toks[0].i: toks[-1].i + 1].text


# --- speaker resolution ---------------------------------------------------------------------


def resolve_speaker(doc: Document, subj: Token, quoted: list[Range]) -> Speaker:
    """The entity behind a subject token, as written and as resolved (see module doc)."""
    lex = lexicon()
    start, end = noun_phrase(subj)
    text = doc.text[start:end]
    lower = subj.lower_
    kinds = _pronoun_kinds(lower)
    if kinds:
        ent = _pronoun_antecedent(doc, subj.doc, start, quoted, kinds,
                                  pronoun_gender(lower))
        return Speaker(ent.id if ent else None, text, (start, end))
    named = _named_in_apposition(doc, subj, quoted)
    if named is not None:  # "Its spokeswoman, Rosa Condori, said": her, not the body
        return Speaker(named.id, text, (start, end))
    head = doc.entity_at(subj.idx, subj.idx + len(subj))
    nouns = [subj] + [o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"]  # "Some of X's defenders"
    if head is None and any(n.lemma_.lower() in lex["stance_nouns"] for n in nouns):
        # "Some of Adler's defenders", "critics of the governor": not Adler, not the governor
        return Speaker(None, text, (start, end))
    ent = head or doc.entity_at(start, end)
    if ent is None and subj.pos_ == "PROPN":  # a short name the actor step left untagged
        ent = person_named(doc, subj.text)
    kind = lex["anaphoric_nouns"].get(subj.lemma_.lower())
    if ent is None and kind and any(c.lower_ == "the" for c in subj.children):
        ent = _anaphor_antecedent(doc, subj.doc, start, quoted, kind)  # "the country" →
        # North Korea
    if _is_generic(subj) and not _specific(subj) and (ent is None or ent.kind in (
            "group", "person")):
        inside = [e for e in _entities_in(doc, start, end) if e.kind not in ("group", "person")]
        institution = inside[0] if inside else _institution_near(doc, subj, quoted)
        if institution is not None:
            ent = institution
    return Speaker(ent.id if ent else None, text, (start, end))


def _named_in_apposition(doc: Document, subj: Token, quoted: list[Range]) -> Entity | None:
    """The person a description stands for when the name follows in apposition ("The city's
    transport commissioner, Ruth Okonjo-Blake, testified"; "One of them, Daniel Ashcroft,
    said")."""
    for child in subj.children:
        if child.dep_ == "appos" and child.i > subj.i and child.pos_ == "PROPN" and \
                not _inside(child, quoted):
            ent = doc.entity_at(child.idx, child.idx + len(child))
            if ent is not None and ent.kind == "person":
                return ent
    return None


def _is_generic(tok: Token) -> bool:
    generic = lexicon()["generic_speakers"]
    compound = " ".join(t.lower_ for t in tok.children if t.dep_ == "compound")
    return (tok.lemma_.lower() in generic or tok.lower_ in generic
            or f"{compound} {tok.lower_}".strip() in generic)


def _specific(tok: Token) -> bool:
    """ "Ukrainian officials", "a police spokeswoman": a modifier already says whose; only a
    bare "a spokesperson" (or "a ministry spokesman") is resolved from the context."""
    generic = lexicon()["generic_speakers"]
    return any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.lower_ not in generic
               and c.lemma_.lower() not in generic and not c.is_stop and c.pos_ != "ADJ"
               or (c.dep_ == "amod" and c.text[:1].isupper()) for c in tok.children)


def _entities_in(doc: Document, start: int, end: int) -> list[Entity]:
    return [e for e in doc.entities if any(start <= m.span[0] and m.span[1] <= end
                                           for m in e.mentions)]


def _mentions_before(doc: Document, offset: int, quoted: list[Range], window: int):
    """(start, entity) of mentions before ``offset`` and outside quotes, nearest first."""
    found = [(m.span[0], e) for e in doc.entities for m in e.mentions
             if offset - window <= m.span[0] and m.span[1] <= offset
             and not any(s <= m.span[0] < q for s, q in quoted)]
    return sorted(found, key=lambda x: -x[0])


def _pronoun_kinds(pronoun: str) -> tuple[str, ...]:
    """The kinds of entity a pronoun may stand for: a person for "he"/"she", a body, country
    or outlet for "it", and a group too for "they"/"we"; none for another word."""
    lex = lexicon()
    if pronoun in lex["personal_pronouns"]:
        return ("person",)
    if pronoun in lex["singular_pronouns"]:
        return ("organization", "country", "media")
    if pronoun in lex["group_pronouns"]:
        return ("group", "organization", "country", "media")
    return ()


def _nearest_before(doc: Document, offset: int, quoted: list[Range],
                    kinds: tuple[str, ...], gender: str | None = None) -> Entity | None:
    """The nearest entity of a fitting kind before ``offset``; for "he"/"she" one whose
    gender, where the text shows it, agrees."""
    for _, ent in _mentions_before(doc, offset, quoted, 1500):
        if ent.kind in kinds and (
                gender is None or actors_resolve.gender(ent, doc.text) in (None, gender)):
            return ent
    return None


def _anaphor_antecedent(doc: Document, parsed: Doc, offset: int, quoted: list[Range],
                        kind: str) -> Entity | None:
    """What "the agency" / "the country" refers to: of the bodies of that kind named in the
    last ``antecedent_window`` characters, one in subject position ("State police reported
    that people entered the Assembly building, but the agency …"), else the nearest."""
    near = [(start, ent) for start, ent in _mentions_before(
        doc, offset, quoted, lexicon()["antecedent_window"]) if ent.kind == kind]
    subjects = [ent for start, ent in near if _is_subject_at(parsed, start)]
    if subjects:
        return subjects[0]
    return _nearest_before(doc, offset, quoted, (kind,))


def _pronoun_antecedent(doc: Document, parsed: Doc, offset: int, quoted: list[Range],
                        kinds: tuple[str, ...], gender: str | None) -> Entity | None:
    """What "he"/"she"/"they" refers to: among fitting entities mentioned in the last
    ``antecedent_window`` characters, one whose gender the text shows to agree, else one in
    subject position, else the nearest; further back, the nearest that does not disagree."""
    window = lexicon()["antecedent_window"]
    near = [(start, ent) for start, ent in _mentions_before(doc, offset, quoted, window)
            if ent.kind in kinds]
    if gender is not None:
        near = [(s, e) for s, e in near if actors_resolve.gender(e, doc.text) in (None, gender)]
        agreeing = [(s, e) for s, e in near  # (the census lists' sex of a given name too)
                    if actors_resolve.likely_gender(e, doc.text) == gender]
        paragraph_start = doc.text.rfind("\n", 0, offset) + 1
        # the last subject of the paragraph ('"Who pays?" Menon asked. "…," he said') carries
        # on over a man or woman named nearer as an object or an owner ("Rao beat Fisk",
        # "He turned to Mr. Brennan's report"): a subject is what a pronoun picks up
        carried = [(s, e) for s, e in near if s >= paragraph_start and _is_subject_at(parsed, s)]
        if not carried:  # none yet in this paragraph: the last one's subjects carry on
            previous = doc.text.rfind("\n", 0, max(paragraph_start - 1, 0)) + 1
            while previous > 0 and not doc.text[previous:paragraph_start].strip():
                previous = doc.text.rfind("\n", 0, previous - 1) + 1
            carried = [(s, e) for s, e in near
                       if previous <= s < paragraph_start and _is_subject_at(parsed, s)]
        # a pronoun that speaks ("…," he said) or is its sentence's own subject picks up a
        # sentence's own subject before one of a clause inside it ("X declined to say whether
        # Y slept the night Z died"); one inside a clause ("whether he believes") the nearest
        pronoun = span_root(parsed, offset, offset + 1)
        framing = pronoun is not None and pronoun.dep_ == "nsubj" and (
            is_speech_verb(pronoun.head) or _is_subject_at(parsed, offset, main_only=True))
        main = [(s, e) for s, e in carried if _is_subject_at(parsed, s, main_only=True)] \
            if framing else []
        if main or carried:
            return (main or carried)[0][1]
        if agreeing:
            return agreeing[0][1]
    subjects = [e for s, e in near if _is_subject_at(parsed, s)]
    if subjects:
        return subjects[0]
    if near:
        return near[0][1]
    return _nearest_before(doc, offset, quoted, kinds, gender)


def _institution_near(doc: Document, subj: Token, quoted: list[Range]) -> Entity | None:
    """The institution a bare "a spokesperson" speaks for: an organization in the same or up to
    three earlier sentences (subjects first), else a country; never one inside a quote."""
    sents = list(subj.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= subj.i < s.end)
    window = sents[max(0, here - 3): here + 1][::-1]
    for kinds in (("organization",), ("country",)):
        for sent in window:
            stop = subj.idx if sent.start <= subj.i < sent.end else sent.end_char
            cands = [(m.span[0], e) for e in doc.entities if e.kind in kinds for m in e.mentions
                     if sent.start_char <= m.span[0] < stop
                     and not any(s <= m.span[0] < q for s, q in quoted)]
            if not cands:
                continue
            subjects = [c for c in cands if _is_subject_at(subj.doc, c[0])]
            return subjects[0][1] if subjects else max(cands, key=lambda c: c[0])[1]
    return None


def _is_subject_at(parsed: Doc, offset: int, main_only: bool = False) -> bool:
    """Is the mention at ``offset`` a subject (with ``main_only``, of its sentence's main
    verb or a verb coordinated with it)?"""
    tok = span_root(parsed, offset, offset + 1)
    if tok is None:
        return False
    while tok.dep_ in ("compound", "amod", "det", "poss") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    while main_only and verb.dep_ == "conj":
        verb = verb.head
    return not main_only or verb.dep_ == "ROOT"


# --- the extractor --------------------------------------------------------------------------


def _cue_for_segment(parsed: Doc, seg: Segment, segments: list[Segment]) -> Token | None:
    """The speech verb framing a quoted segment: one whose subtree reaches into it, else the
    nearest speech verb right after the closing mark or before the opening mark."""
    spans = [(s.start, s.end) for s in segments]
    inside = _tokens_in(parsed, seg.start, seg.end)
    if not inside:
        return None
    lead = [t for t in parsed[max(inside[0].sent.start, inside[0].i - 2): inside[0].i]
            if not _inside(t, spans)]
    if len(lead) == 2 and lead[1].text in (",", ":") and is_speech_verb(lead[0]):
        return lead[0]  # 'protesters chanted, "No more cuts," in a corridor': right before it
    for tok in inside:
        if tok.is_punct:  # a mark's head is often the last sentence's verb ('… sue. ''We …')
            continue
        cur, hops = tok, 0
        while cur.head.i != cur.i and hops < 12:
            cur, hops = cur.head, hops + 1
            if not _inside(cur, spans) and is_speech_verb(cur):
                return cur
    after_sent = inside[-1].sent
    after = [t for t in parsed[inside[-1].i + 1: after_sent.end] if not _inside(t, spans)]
    nxt = inside[-1].i + 1
    # 'X was blunt: "…"' is framed by the colon (Doc.text is rebuilt on each access: avoid)
    colon = inside[0].i > 0 and parsed[inside[0].i - 1].text == ":"
    if nxt < len(parsed) and parsed[nxt].sent.start != after_sent.start and not colon:
        # '"Why now?" Dr. Cole said.': the parser ends the sentence inside the marks; a short
        # frame opening the next sentence still belongs to the quote
        after = _frame_after(parsed, parsed[nxt].sent, spans)
    for tok in after[:8]:
        if is_speech_verb(tok):
            return tok
    before_sent = inside[0].sent
    before = [t for t in parsed[before_sent.start: inside[0].i] if not _inside(t, spans)]
    if before and before[-1].text in (",", ":", "—", "–", "-"):
        for tok in reversed(before):
            if is_speech_verb(tok):
                return tok
    return _label_verb(before)


def _label_verb(before: list[Token]) -> Token | None:
    """'who called the levy "a tax on …"': a speech verb just before the mark, with only its
    object between, frames the quote whatever the parser attached it to; so does a verb of
    naming with "as" ('introduced her as "…"', 'views privacy as "…"')."""
    as_verbs = lexicon()["title_cues"]["as_label_verbs"]
    seen_as = False
    for gap, tok in enumerate(reversed(before)):
        if is_speech_verb(tok) or (seen_as and tok.lemma_.lower() in as_verbs
                                   and tok.pos_ == "VERB"):
            return tok
        seen_as = seen_as or tok.lower_ == "as"
        if gap >= 4 or tok.is_punct or (tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ")
                                         and tok.lower_ != "as"):
            return None
    return None


def _frame_after(parsed: Doc, sent, spans: list[Range]) -> list[Token]:
    """The tokens of a sentence that is only a speech frame ("X said.", "asked Y, a nurse"):
    no quote inside and no reported clause of its own."""
    toks = [t for t in sent if not t.is_space]
    verbs = [t for t in toks[:8] if is_speech_verb(t)]
    if not verbs or any(_inside(t, spans) for t in toks):
        return []  # a quote of its own in the sentence: the frame is that quote's
    if any(c.dep_ in ("ccomp", "xcomp") and not _inside(c, spans) for c in verbs[0].children):
        return []
    return toks


def _is_embedded(parsed: Doc, seg: Segment) -> bool:
    """True when the quote sits inside a sentence of the reporter's (a partial quote)."""
    toks = _tokens_in(parsed, seg.start, seg.end)
    if not toks:
        return False
    first = toks[0]
    sent = first.sent
    prefix = [t for t in parsed[sent.start: first.i] if not t.is_space]
    return bool(prefix) and prefix[-1].text not in (",", ":", "—", "–", "-", "\u201c", '"',
                                                    ".", "!", "?")


def find_quotes(doc: Document, parsed: Doc) -> list[Quote]:
    """Direct, mixed and indirect quotes of ``doc`` with speaker, cue and medium."""
    text = doc.text
    segments = find_segments(text)
    segments += dash_segments(text, parsed, segments)
    segments.sort(key=lambda s: s.start)
    quoted = [(s.start, s.end) for s in segments]
    found: list[Quote] = []
    for seg in segments:
        words = len(segment_text(text, seg).split())
        cue = _cue_for_segment(parsed, seg, segments)
        embedded = _is_embedded(parsed, seg)
        sentence = not embedded and segment_text(text, seg).rstrip().endswith((".", "!", "?"))
        content = segment_text(text, seg)
        # '"I abstain," she said', '"Dad, I'm safe," the message read': framed speech
        framed = not embedded and (cue is not None or content.rstrip().endswith(","))
        if _is_title(text, seg, cue, embedded, parsed):
            title = Quote(id="", text=content.rstrip(","), span=(seg.start, seg.end),
                          kind="title")
            if cue is not None:  # a label someone gave: 'she referred to him as "the Devil"'
                _fill_frame(doc, title, cue, quoted)
            found.append(title)
            continue
        # a word of the speaker's inside reported speech ('said the deal was "survivable"',
        # 'called it "small-minded"'), not a label ('called the plan a "giveaway"')
        reported = embedded and cue is not None and not (
            cue.lemma_.lower() in lexicon()["title_cues"]["label_verbs"]
            and _labelled_outside(text, seg.start))
        if not sentence and not framed and not reported and (
                words < lexicon()["min_quote_words"] or (
                    cue is None and words < lexicon()["min_scare_quote_words"])):
            continue  # a fragment, not speech ("We lost." is)
        if not embedded:  # '"We will win," he said': the comma belongs to the frame
            content = content.rstrip(",")
        quote = Quote(id="", text=content, span=(seg.start, seg.end),
                      kind="mixed" if embedded else "direct")
        if cue is not None:
            _fill_frame(doc, quote, cue, quoted)
        elif not _according_frame(doc, parsed, quote, quoted):
            _colon_frame(doc, parsed, quote, quoted)
        found.append(quote)
    found = _merge_split(doc, found)
    _inherit_speakers(text, parsed, found)
    _lead_in_speakers(doc, parsed, found, quoted)
    found += _indirect(doc, parsed, found, quoted)
    found.sort(key=lambda q: q.span)
    for n, quote in enumerate(found, 1):
        quote.id = f"q{n}"
    return found


def _is_title(text: str, seg: Segment, cue: Token | None, embedded: bool,
              parsed: Doc) -> bool:
    """A title, slogan, nickname or scare quote, not speech: a short span without a sentence
    end inside, not framed by a speech verb after it, that is title-like ("host of “The
    Press Pool”", a “Make America Great Again” hat), follows a label word (so-called,
    dubbed, known as, referred to … as) or is a bare word or two inside a sentence."""
    cues = lexicon()["title_cues"]
    content = segment_text(text, seg).strip().rstrip(",").strip()
    words = content.split()
    if not words or len(words) > cues["max_words"]:
        return False
    if _on_a_sign(text, seg.start):
        return True  # placards reading "No beds, no care!", however it ends
    if content.endswith((".", "!", "?", ":")):
        return False
    if _modifies_next_noun(parsed, seg):
        return True  # a 'one site fits all' approach
    lead = text[:seg.start].rstrip()
    opens = not lead or lead[-1] in ".!?:;\n" or lead[-1] in _closing_marks()
    if cue is not None and cue.idx > seg.start and not embedded and opens:
        return False  # '"Thank You Arizona," he wrote': speech framed after the quote
    before = text[max(0, seg.start - 40):seg.start].lower().split()
    while before and before[-1] in ("the", "a", "an"):
        before.pop()
    last = before[-1] if before else ""
    label = last in cues["label_words"] or " ".join(before[-2:]) in cues["label_words"]
    if text[:seg.start].rstrip().endswith(":") and not label:
        return False  # 'Senator Vance: "…"': a quote introduced by a colon
    small = cues["small_words"]
    big = [w for w in words if w.lower() not in small]
    title_like = bool(big) and all(w[:1].isupper() or not w[:1].isalpha() for w in big)
    # "called it 'small-minded'", "described the closure as 'a false economy'": a speaker's
    # own words; "call a 'slush fund'", "so-called 'peace plan'": a label
    naming_words = {phrase.split()[0] for phrase in cues["label_words"]}
    naming = any(w in naming_words and w not in cues["calling_words"]
                 for w in before[-4:])  # "known to supporters as"
    own_words = last in cues["calling_words"] and not naming and \
        not _labelled_outside(text, seg.start)
    if title_like or (label and not own_words and len(words) <= cues["label_max_words"]):
        return True
    return embedded and cue is None and len(words) < lexicon()["min_scare_quote_words"]


@functools.cache
def _closing_marks() -> frozenset[str]:
    """Every character that can close a quote: the table's closing, straight and single marks."""
    marks = lexicon()["quote_marks"]
    return frozenset(marks["close"] + marks["straight"] + marks["single"][1:]
                     + [marks["single_straight"]])


def _labelled_outside(text: str, start: int) -> bool:
    """Is there an article right before the opening mark ('call it a "giveaway"')? The quoted
    words are then a label inside the writer's phrase, not a stretch of someone's speech."""
    return bool(re.search(r"\b(?:a|an|the)\s*$", text[max(0, start - 5):start], re.I))


def _on_a_sign(text: str, start: int) -> bool:
    """Words a banner, placard or sign reads ("placards reading", "a banner that read")."""
    cues = lexicon()["title_cues"]
    words = re.findall(r"[\w-]+", text[max(0, start - 80):start].lower())
    if words[-2:] == ["such", "as"]:  # "banners with slogans such as, "…""
        return any(w in cues["sign_nouns"] or w in cues["sign_contents"] for w in words[-6:-2])
    before = words[-4:]
    if not before or before[-1] not in cues["sign_verbs"]:
        return False
    return any(w in cues["sign_nouns"] for w in before[:-1])


def _modifies_next_noun(parsed: Doc, seg: Segment) -> bool:
    """Quoted words between an article and the noun they modify ("a ‘hub and spoke’
    model"): a label, not speech. The parse says the quoted words hang on that noun."""
    inside = _tokens_in(parsed, seg.start, seg.end)
    words = [t for t in inside if not t.is_punct]
    if not words or words[0].i < 1:
        return False
    article = parsed[inside[0].i - 1] if inside[0].i >= 1 else None
    nxt = inside[-1].i + 1
    if article is None or article.lower_ not in ("a", "an") or nxt >= len(parsed):
        return False
    noun = parsed[nxt]
    return noun.pos_ == "NOUN" and noun.is_lower and words[-1].head.i == noun.i


def dash_segments(text: str, parsed: Doc, taken: list[Segment]) -> list[Segment]:
    """Dash-introduced quotes ("— We stay out, said the steward."): a paragraph opening with
    a dash and no quotation mark is speech up to a closing ", <speech frame>", if any."""
    found = []
    for start, end in paragraphs(text):
        lead = start + _indent(text, start)
        if text[lead:lead + 1] not in ("—", "–") or any(start <= s.start < end for s in taken):
            continue
        inner_start = lead + 1 + _indent(text, lead + 1)
        inner_end = _rstrip(text, inner_start, end)
        for tok in _tokens_in(parsed, inner_start, end):
            if tok.text == "," and any(is_speech_verb(t) for t in tok.doc[tok.i + 1: tok.i + 7]
                                       if t.idx < end):
                inner_end = tok.idx  # ", said Olena Kravets, a nurse": the frame
        if inner_end > inner_start:
            found.append(Segment(lead, inner_end, True, [(inner_start, inner_end)]))
    return found


def _fill_frame(doc: Document, quote: Quote, cue: Token, quoted: list[Range]) -> None:
    quote.cue = cue.text
    quote.cue_span = (cue.idx, cue.idx + len(cue))
    subj = speaker_token(doc, cue, quoted)
    if subj is not None:
        speaker = resolve_speaker(doc, subj, quoted)
        if subj.i > cue.i:
            speaker = _name_after_title(doc, subj, speaker)
        quote.speaker, quote.speaker_text, quote.speaker_span = (
            speaker.entity, speaker.text, speaker.span)
    quote.medium = medium_of(cue, doc)


def speaker_token(doc: Document, cue: Token, quoted: list[Range]) -> Token | None:
    """Who speaks by a cue: its subject, unless that is inside a quote ("Thanks, everyone")
    or in the dateline; else, in an inverted frame ('"…," joked the mayor'), the noun
    right after the verb whatever label the parser gave it."""
    subj = subject_of(cue)
    rejected = subj is not None and (_inside(subj, quoted) or in_dateline(doc, subj.idx))
    if subj is not None and not rejected:
        return subj
    if any(c.dep_ == "nsubjpass" for c in cue.children):
        return None  # "was described as …" without "by": the subject is not the speaker
    others = [c for c in cue.children if c.dep_ == "nsubj" and (subj is None or c.i != subj.i)]
    if others:  # "NAIROBI (AP) — … said farmer Joseph Mwangi": the second subject speaks
        other = _behind_medium(others[-1])
        return None if _inside(other, quoted) or in_dateline(doc, other.idx) else other
    if rejected and not _inside(subj, quoted):  # "GENEVA (AP) — The agency said …"
        named = [c for c in subj.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                 and not in_dateline(doc, c.idx) and not _inside(c, quoted)]
        if named:
            return named[0]
    for child in cue.rights:
        if child.i > cue.i + 6 or _inside(child, quoted):
            break
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd", "nsubj", "appos") and (
                child.pos_ in ("NOUN", "PROPN") and not _medium_noun(child)):
            return child
    head = cue.head  # '…?" asked councillor Rajiv Menon.': the verb parsed as the name's modifier
    while head.dep_ == "compound" and cue.i < head.i < head.head.i:
        head = head.head
    if _cue_as_modifier(cue) and head.i <= cue.i + 6 and (
            head.pos_ in ("NOUN", "PROPN") and not _medium_noun(head)
            and not _inside(head, quoted)):
        return head
    return None


def in_dateline(doc: Document, offset: int) -> bool:
    """Is ``offset`` inside the document's dateline ("BERLIN (Reuters) —")? The one the
    dateline step found (read here when this extractor runs on its own)."""
    dateline = doc.dateline or find_dateline(doc)
    return dateline is not None and dateline.span[0] <= offset < dateline.span[1]


def _name_after_title(doc: Document, subj: Token, speaker: Speaker) -> Speaker:
    """ '"…," said national finance director Dana Roe': after the verb, a lower-case job
    description before the name is not part of the speaker's name."""
    if speaker.span is None:
        return speaker
    toks = [t for t in subj.doc.char_span(*speaker.span, alignment_mode="expand") or []]
    run = 0
    while run < len(toks) and toks[len(toks) - 1 - run].pos_ == "PROPN":
        run += 1
    described = any(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in toks[:len(toks) - run])
    if not run or not described:
        return speaker
    first = toks[len(toks) - run]
    span = (first.idx, speaker.span[1])
    return Speaker(speaker.entity, doc.text[span[0]:span[1]], span)


def _according_frame(doc: Document, parsed: Doc, quote: Quote, quoted: list[Range]) -> bool:
    """ "According to X, “…”": the quote right after the phrase and its comma is X's, with
    the cue "according to"; True when the frame is there."""
    before = doc.text[:quote.span[0]].rstrip()
    if not before.endswith(","):
        return False
    last = span_root(parsed, len(before) - 1, len(before))
    if last is None:
        return False
    according = next((t for t in parsed[last.sent.start:last.i] if t.lower_ == "according"),
                     None)
    noun = according_to_object(according) if according is not None else None
    if noun is None or _inside(noun, quoted):
        return False
    speaker = resolve_speaker(doc, noun, quoted)
    to = noun.head
    quote.cue, quote.cue_span = "according to", (according.idx, to.idx + len(to))
    quote.speaker, quote.speaker_text, quote.speaker_span = (
        speaker.entity, speaker.text, speaker.span)
    return True


def _colon_frame(doc: Document, parsed: Doc, quote: Quote, quoted: list[Range]) -> None:
    """ "The mayor was blunt: “…”": a quote introduced by a colon belongs to the subject of
    the clause before the colon, even without a speech verb ("replied:" is also its cue);
    a verbless label line ("Dana Roe, The Daily: “…”", a headline "Senator Vance: “…”")
    names the speaker before its first comma."""
    before = doc.text[:quote.span[0]].rstrip()
    if not before.endswith(":"):
        return
    cur = span_root(parsed, len(before) - 2, len(before) - 1)
    if cur is None:
        return
    # cur is the word before the colon; climb to the clause that has a subject
    subj = None
    for _ in range(6):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or cur.head.i == cur.i or _inside(cur.head, quoted):
            break
        cur = cur.head
    if subj is not None and _inside(subj, quoted):
        subj = None
    label = _label_speaker(doc, parsed, len(before) - 1)
    if label is not None and (subj is None or subj.idx >= label[0]):
        ent = doc.entity_at(*label)
        quote.speaker, quote.speaker_text, quote.speaker_span = (
            ent.id if ent else None, doc.text[label[0]:label[1]], label)
        return
    if subj is None:
        return
    speaker = resolve_speaker(doc, subj, quoted)
    quote.speaker, quote.speaker_text, quote.speaker_span = (
        speaker.entity, speaker.text, speaker.span)
    if is_speech_verb(cur) and cur.idx < quote.span[0]:
        quote.cue, quote.cue_span = cur.text, (cur.idx, cur.idx + len(cur))
        quote.medium = medium_of(cur, doc)


def _label_speaker(doc: Document, parsed: Doc, colon: int) -> Range | None:
    """The name opening a verbless line that ends in the colon before a quote."""
    line_start = doc.text.rfind("\n", 0, colon) + 1
    toks = [t for t in _tokens_in(parsed, line_start, colon) if not t.is_space]
    sent_ends = [i for i, t in enumerate(toks) if t.text in (".", "!", "?") and i < len(toks) - 1]
    if sent_ends:
        toks = toks[sent_ends[-1] + 1:]
    if not toks or len(toks) > 12 or not toks[0].text[:1].isupper():
        return None
    if any(t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper() for t in toks):
        return None
    name = []
    for t in toks:
        if t.text in (",", "(", "—", "–"):
            break
        name.append(t)
    if not name or not any(t.pos_ in ("PROPN", "NOUN") for t in name):
        return None
    return (name[0].idx, name[-1].idx + len(name[-1]))


def _merge_split(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """'"…," he said, "…"' → one direct quote spanning both parts, text joined."""
    merged: list[Quote] = []
    for q in quotes:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.kind == "direct" and q.kind in ("direct", "mixed")
                and prev.cue_span is not None and q.cue_span in (None, prev.cue_span)):
            gap = doc.text[prev.span[1]: q.span[0]]
            if ("\n" not in gap and len(gap.split()) <= 8 and gap.rstrip().endswith((",", ":"))
                    and prev.cue_span[0] >= prev.span[1]
                    and doc.text[prev.span[0]:prev.span[1]].rstrip("\u201d\"' ").endswith(",")):
                prev.text = prev.text.rstrip().rstrip(",") + " " + q.text
                prev.span = (prev.span[0], q.span[1])
                continue
        merged.append(q)
    return merged


def _inherit_speakers(text: str, parsed: Doc, quotes: list[Quote]) -> None:
    """An unattributed quote keeps the speaker of the quote just before it when nothing but
    that quote's frame stands between: the next paragraph goes on quoting, or
    '"A," the general told reporters. "B."', or a quote paragraph after a paragraph that ends
    with the last quote's frame ('"A," said X, a spokesperson.' / '"B."')."""
    said = [q for q in quotes if q.kind != "title"]  # a nickname in the frame is no turn
    for prev, q in zip(said, said[1:], strict=False):
        if q.cue is None and q.speaker_text is None and prev.speaker_text and q.kind == "direct":
            gap = text[prev.span[1]: q.span[0]]
            continues = len(gap.split()) == 0  # the next paragraph goes on quoting
            inner = gap.strip()
            framed = (prev.cue_span is not None and prev.span[1] <= prev.cue_span[0] < q.span[0]
                      and inner.endswith((".", "!", "?")) and "\n" not in inner
                      and not _other_sentence(parsed, prev.span[1], q.span[0], prev.cue_span))
            if continues or framed:
                q.speaker, q.speaker_text, q.speaker_span = prev.speaker, prev.speaker_text, None


def _other_sentence(parsed: Doc, start: int, end: int, frame: Range) -> bool:
    """Does a sentence other than the frame's begin between ``start`` and ``end``?"""
    return any(
        not tok.is_space and all(t.is_space for t in parsed[tok.sent.start:tok.i])
        and not tok.sent.start_char <= frame[0] < tok.sent.end_char
        for tok in _tokens_in(parsed, start, end))


def _lead_in_speakers(doc: Document, parsed: Doc, quotes: list[Quote],
                      quoted: list[Range]) -> None:
    """'Senator Adler returned to the subject. "Who signed off?"': a quote sentence with no
    frame, right after a sentence of the same paragraph about one person (who said something
    in it, or its subject), is that person's. Never an institution's or a thing's."""
    for q in quotes:
        if q.kind != "direct" or q.cue is not None or q.speaker_text is not None:
            continue
        first = span_root(parsed, q.span[0], q.span[0] + 1)
        if first is None or first.sent.start == 0:
            continue
        before = parsed[first.sent.start - 1].sent
        if "\n" in doc.text[before.start_char:q.span[0]] or any(
                s < before.end_char and e > before.start_char for s, e in quoted):
            continue
        speaker = _person_of_sentence(doc, before, quoted)
        if speaker is not None:
            q.speaker, q.speaker_text, q.speaker_span = speaker.entity, speaker.text, None


def _person_of_sentence(doc: Document, sent, quoted: list[Range]) -> Speaker | None:
    """The person a sentence is about: who speaks in it, else its active subject."""
    verbs = [t for t in sent if is_speech_verb(t)]
    subjects = [speaker_token(doc, v, quoted) for v in verbs]
    subjects += [c for c in sent.root.children if c.dep_ == "nsubj"]
    for subj in subjects:
        if subj is None:
            continue
        speaker = resolve_speaker(doc, subj, quoted)
        entity = doc.entity(speaker.entity) if speaker.entity else None
        if entity is not None and entity.kind == "person":
            return speaker
    return None


def _indirect(doc: Document, parsed: Doc, direct: list[Quote], quoted: list[Range]) -> list[Quote]:
    """'X said (that) …', 'X told state media …': the reported clause, as an indirect quote;
    a partial quote inside that clause turns it into one mixed quote."""
    lex = lexicon()
    out: list[Quote] = []
    for tok in parsed:
        if tok.lemma_.lower() not in lex["indirect_speech_verbs"]:
            continue
        if tok.pos_ not in ("VERB", "AUX") or _inside(tok, quoted):
            continue
        comps = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        if not comps or _inside(comps[0], quoted):
            continue
        clause = list(comps[0].subtree)
        while clause and (clause[0].dep_ == "mark" or clause[0].is_punct):
            clause.pop(0)
        while clause and clause[-1].is_punct and clause[-1].text not in ("\u201d", '"'):
            clause.pop()
        if not clause:
            continue
        start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
        partial = [q for q in direct if start <= q.span[0] < end and q.kind == "mixed"]
        if partial:
            end = max(end, max(q.span[1] for q in partial))
            for q in partial:
                direct.remove(q)
        quote = Quote(id="", text=doc.text[start:end], span=(start, end),
                      kind="mixed" if partial else "indirect")
        _fill_frame(doc, quote, tok, quoted)
        out.append(quote)
    return out
