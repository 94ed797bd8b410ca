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

from factwire.extract._common import data_json, span_root
from factwire.model import Document, Entity, Quote

Range = tuple[int, int]

# Dependents that are not part of a speaker's name ("Jim Press, who ..." → "Jim Press").
_NP_DROP = {"relcl", "appos", "acl", "punct", "cc", "conj", "advcl"}


@functools.cache
def lexicon() -> dict:
    """The quote cue lexicon (data/quote_cues.json), loaded once."""
    data = data_json("quote_cues.json")
    for key in ("speech_verbs", "indirect_speech_verbs", "generic_speakers", "medium_nouns",
                "medium_prepositions", "tell_verbs", "group_pronouns"):
        data[key] = frozenset(data[key])
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


def _mark_kind(text: str, i: int) -> str:
    marks = lexicon()["quote_marks"]
    char = text[i]
    if char in marks["open"]:
        return "open"
    if char in marks["close"]:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-":
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-":
        return "close"
    return "straight"


def find_segments(text: str) -> list[Segment]:
    """Pair quotation marks; unbalanced quotes are cut at their paragraph end, never beyond."""
    lex = lexicon()
    chars = set(lex["quote_marks"]["open"] + lex["quote_marks"]["close"]
                + lex["quote_marks"]["straight"])
    paras = paragraphs(text)
    marks = [[(i, _mark_kind(text, i)) for i in range(s, e) if text[i] in chars] for s, e in paras]
    segments: list[Segment] = []
    open_at: int | None = None
    inner_start = 0
    inner: list[Range] = []
    span_paras = 0
    for p, (p_start, p_end) in enumerate(paras):
        for i, kind in marks[p]:
            if kind == "straight":
                kind = "close" if open_at is not None else "open"
            if kind == "open":
                continuing = open_at is not None and i == p_start + _indent(text, p_start)
                if continuing:
                    inner_start = i + 1
                    continue
                if open_at is not None:  # a second opening: the first was never closed
                    segments.append(Segment(open_at, _rstrip(text, inner_start, i), False,
                                            inner + [(inner_start, _rstrip(text, inner_start, i))]))
                open_at, inner_start, inner, span_paras = i, i + 1, [], 0
            elif open_at is not None:
                segments.append(Segment(open_at, i + 1, True, inner + [(inner_start, i)]))
                open_at, inner = None, []
        if open_at is None:
            continue
        span_paras += 1
        nxt = marks[p + 1] if p + 1 < len(paras) else []
        reopens = bool(nxt) and nxt[0][0] == paras[p + 1][0] + _indent(text, paras[p + 1][0])
        closes_first = bool(nxt) and _mark_kind(text, nxt[0][0]) in ("close", "straight")
        if (reopens or closes_first) and span_paras < lex["max_paragraphs"]:
            inner.append((inner_start, p_end))
            inner_start = paras[p + 1][0]
            continue
        segments.append(Segment(open_at, p_end, False, inner + [(inner_start, p_end)]))
        open_at, inner = None, []
    return segments


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
    return tok.lemma_.lower() in lexicon()["speech_verbs"] and tok.pos_ in ("VERB", "AUX")


def subject_of(verb: Token) -> Token | None:
    """The speaker slot of a speech verb: its subject, or the subject of the verb it hangs on
    ("… and added", "…, saying"), or the agent of a passive ("was quoted by")."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    return verb.head  # "the leader, who said …" → the leader
                return child
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ in (
                "NOUN", "PROPN"):
            return verb.head  # "reports stating that …"
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "justified it by saying …"
            verb, seen = verb.head.head, seen + 1
            continue
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            verb, seen = verb.head, seen + 1
            continue
        return None
    return None


def noun_phrase(tok: Token) -> Range:
    """Character span of a speaker's noun phrase without relative clauses or appositions."""
    keep = [tok]
    stack = [c for c in tok.children if c.dep_ not in _NP_DROP]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "appos", "acl", "advcl"))
    keep = [t for t in keep if not t.is_punct or t.i not in (min(k.i for k in keep),
                                                            max(k.i for k in keep))]
    ids = sorted(t.i for t in keep)
    # keep the contiguous run around the head only
    lo = hi = tok.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    doc = tok.doc
    return (doc[lo].idx, doc[hi].idx + len(doc[hi]))


def medium_of(verb: Token, doc: Document) -> str | None:
    """The channel of a speech act: "in a statement to X" → "a statement to X"; "told X"."""
    lex = lexicon()
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
    compound = " ".join(t.lower_ for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i)
    if words & lex["medium_nouns"] or compound in lex["medium_nouns"]:
        return True
    ent = doc.entity_at(tok.idx, tok.idx + len(tok))
    return ent is not None and ent.kind == "media"


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
    if lower in lex["personal_pronouns"] or lower in lex["group_pronouns"]:
        kinds = ("person",) if lower in lex["personal_pronouns"] else (
            "group", "organization", "country", "media")
        ent = _nearest_before(doc, start, quoted, kinds)
        return Speaker(ent.id if ent else None, text, (start, end))
    head = doc.entity_at(subj.idx, subj.idx + len(subj))
    ent = head or doc.entity_at(start, end)
    kind = lex["anaphoric_nouns"].get(subj.lemma_.lower())
    if ent is None and kind and any(c.lower_ == "the" for c in subj.children):
        ent = _nearest_before(doc, start, quoted, (kind,))  # "the country" → North Korea
    if _is_generic(subj) and not _specific(subj) and (ent is None or ent.kind in (
            "group", "person")):
        inside = [e for e in _entities_in(doc, start, end) if e.kind not in ("group", "person")]
        institution = inside[0] if inside else _institution_near(doc, subj, quoted)
        if institution is not None:
            ent = institution
    return Speaker(ent.id if ent else None, text, (start, end))


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


def _nearest_before(doc: Document, offset: int, quoted: list[Range],
                    kinds: tuple[str, ...]) -> Entity | None:
    for _, ent in _mentions_before(doc, offset, quoted, 1500):
        if ent.kind in kinds:
            return ent
    return None


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


def _is_subject_at(parsed: Doc, offset: int) -> bool:
    tok = span_root(parsed, offset, offset + 1)
    if tok is None:
        return False
    while tok.dep_ in ("compound", "amod", "det", "poss") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


# --- the extractor --------------------------------------------------------------------------


def _cue_for_segment(parsed: Doc, seg: Segment, segments: list[Segment]) -> Token | None:
    """The speech verb framing a quoted segment: one whose subtree reaches into it, else the
    nearest speech verb right after the closing mark or before the opening mark."""
    spans = [(s.start, s.end) for s in segments]
    inside = _tokens_in(parsed, seg.start, seg.end)
    if not inside:
        return None
    for tok in inside:
        cur, hops = tok, 0
        while cur.head.i != cur.i and hops < 12:
            cur, hops = cur.head, hops + 1
            if not _inside(cur, spans) and is_speech_verb(cur):
                return cur
    after_sent = inside[-1].sent
    after = [t for t in parsed[inside[-1].i + 1: after_sent.end] if not _inside(t, spans)]
    if inside[-1].i + 1 < len(parsed) and parsed[inside[-1].i + 1].sent.start != after_sent.start:
        after = []
    for tok in after[:8]:
        if is_speech_verb(tok):
            return tok
    before_sent = inside[0].sent
    before = [t for t in parsed[before_sent.start: inside[0].i] if not _inside(t, spans)]
    if before and before[-1].text in (",", ":", "—", "–", "-"):
        for tok in reversed(before):
            if is_speech_verb(tok):
                return tok
    return None


def _is_embedded(parsed: Doc, seg: Segment) -> bool:
    """True when the quote sits inside a sentence of the reporter's (a partial quote)."""
    toks = _tokens_in(parsed, seg.start, seg.end)
    if not toks:
        return False
    first = toks[0]
    sent = first.sent
    prefix = [t for t in parsed[sent.start: first.i] if not t.is_space]
    return bool(prefix) and prefix[-1].text not in (",", ":", "—", "–", "-", "\u201c", '"')


def find_quotes(doc: Document, parsed: Doc) -> list[Quote]:
    """Direct, mixed and indirect quotes of ``doc`` with speaker, cue and medium."""
    text = doc.text
    segments = find_segments(text)
    quoted = [(s.start, s.end) for s in segments]
    found: list[Quote] = []
    for seg in segments:
        words = len(segment_text(text, seg).split())
        cue = _cue_for_segment(parsed, seg, segments)
        embedded = _is_embedded(parsed, seg)
        sentence = not embedded and segment_text(text, seg).rstrip().endswith((".", "!", "?"))
        if not sentence and (words < lexicon()["min_quote_words"] or (
                cue is None and words < lexicon()["min_scare_quote_words"])):
            continue  # a scare quote ("a “giveaway”") or a title, not speech ("We lost." is)
        content = segment_text(text, seg)
        if not embedded:  # '"We will win," he said': the comma belongs to the frame
            content = content.rstrip(",")
        quote = Quote(id="", text=content, span=(seg.start, seg.end),
                      kind="mixed" if embedded else "direct")
        if cue is not None:
            _fill_frame(doc, quote, cue, quoted)
        else:
            _colon_frame(doc, parsed, quote, quoted)
        found.append(quote)
    found = _merge_split(doc, found)
    _inherit_speakers(text, found)
    found += _indirect(doc, parsed, found, quoted)
    found.sort(key=lambda q: q.span)
    for n, quote in enumerate(found, 1):
        quote.id = f"q{n}"
    return found


def _fill_frame(doc: Document, quote: Quote, cue: Token, quoted: list[Range]) -> None:
    quote.cue = cue.text
    quote.cue_span = (cue.idx, cue.idx + len(cue))
    subj = subject_of(cue)
    if subj is not None:
        speaker = resolve_speaker(doc, subj, quoted)
        quote.speaker, quote.speaker_text, quote.speaker_span = (
            speaker.entity, speaker.text, speaker.span)
    quote.medium = medium_of(cue, doc)


def _colon_frame(doc: Document, parsed: Doc, quote: Quote, quoted: list[Range]) -> None:
    """ "The mayor was blunt: “…”": a quote introduced by a colon belongs to the subject of
    the clause before the colon, even without a speech verb."""
    before = doc.text[:quote.span[0]].rstrip()
    if not before.endswith(":"):
        return
    cur = span_root(parsed, len(before) - 2, len(before) - 1)
    if cur is None:
        return
    # cur is the word before the colon; climb to the clause that has a subject
    for _ in range(6):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or cur.head.i == cur.i or _inside(cur.head, quoted):
            break
        cur = cur.head
    if subj is None or _inside(subj, quoted):
        return
    speaker = resolve_speaker(doc, subj, quoted)
    quote.speaker, quote.speaker_text, quote.speaker_span = (
        speaker.entity, speaker.text, speaker.span)


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


def _inherit_speakers(text: str, quotes: list[Quote]) -> None:
    """An unattributed quote paragraph right after a quote keeps that quote's speaker."""
    for prev, q in zip(quotes, quotes[1:], strict=False):
        if q.cue is None and q.speaker_text is None and prev.speaker_text and q.kind == "direct":
            gap = text[prev.span[1]: q.span[0]]
            continues = len(gap.split()) == 0  # the next paragraph goes on quoting
            # '"A," the general told reporters. "B."': the frame between them is A's
            framed = ("\n" not in gap and prev.cue_span is not None
                      and prev.span[1] <= prev.cue_span[0] < q.span[0]
                      and gap.rstrip().endswith((".", "!", "?")))
            if continues or framed:
                q.speaker, q.speaker_text, q.speaker_span = prev.speaker, prev.speaker_text, None


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
