"""Claims: what each clause states, according to whom, and how firmly.

Status comes from an explicit cue lexicon (``data/claim_cues.json``) read against the
dependency parse, so a cue governs its own clause and that clause's complements — never the
whole paragraph. ``cues_for_token`` walks from a token up its dependency path and collects
every cue that governs it; ``status_for_token`` picks one status by the lexicon's priority.
Both serve the event extractor and the factuality evaluation as well as ``find_claims``.

A claim is one clause: each sentence's main clause, plus every embedded clause whose status or
source differs from the clause it sits in (so "While agencies suspected X, the government
confirmed Y" gives a suspected and a confirmed claim). Claims can nest; for a character offset
take the innermost (shortest) claim containing it (``claim_at``). Speech frames ("Analysts
warn that …") are not claims of their own: their content is, sourced to the speaker.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from factwire.extract._common import according_to_object, data_json
from factwire.extract.quotes import lexicon as quote_lexicon
from factwire.extract.quotes import resolve_speaker, speaker_token, subject_of
from factwire.model import Claim, Document, Quote, Status

Range = tuple[int, int]

_CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "conj", "parataxis", "relcl", "xcomp", "csubj"}
_TRANSFER_DEPS = {"xcomp", "acomp", "attr", "oprd"}  # the head's modals/negation reach down
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd"}
# A verb's object makes its own clause confirmed/suspected/denied/reported ("denied the
# allegations"), but "agreed new sanctions" or "blocked roads" stay asserted acts.
_OBJECT_SELF = {"confirmed", "suspected", "denied", "reported"}
_EPISTEMIC = {"possible", "suspected"}  # the statuses that say how sure, not when


@functools.cache
def lexicon() -> dict:
    """The claim cue lexicon (data/claim_cues.json), loaded once."""
    data = data_json("claim_cues.json")
    data["rank"] = {status: n for n, status in enumerate(data["priority"])}
    data["future_lemmas"] = frozenset(data["future_modals"] + data["future_governors"]
                                      + data["future_stance"] + data["future_conditionals"])
    for key in ("negation", "negating_prepositions", "negative_arguments", "complement_deps",
                "hedged_certainty", "linking_verbs", "negated_attribution_classes",
                "evidence_hedges", "negative_clause_governors", "result_governors",
                "result_verbs", "affecting_verbs", "near_miss_adverbs", "negative_determiners",
                "partitive_heads", "negated_possibility_modals"):
        data[key] = frozenset(data[key])
    return data


@dataclass(frozen=True)
class Cue:
    """One cue that governs a token: its status, the cue words and where they are."""

    status: str
    text: str
    span: Range
    source: Token | None = None  # "according to X": the X
    # "infinitive" (token level only), "conditional" ("if …"), "counterfactual" ("if … had"),
    # "question", "purpose" ("in order to …", "so that …")
    kind: str = ""
    lemma: str = ""  # the cue word's lemma

    @property
    def future(self) -> bool:
        """Does the cue put its event ahead in time? Expectations do, and so do modals of
        possibility ("may have an impact") and open conditions ("if prices rise"), as
        MEANTIME's time=FUTURE reads them; a past counterfactual does not."""
        return self.status == "expected" or self.kind == "purpose" or (
            self.lemma in lexicon()["future_lemmas"] and self.kind != "counterfactual")


def _cue(status: str | None, tok: Token, text: str | None = None,
         source: Token | None = None, kind: str = "") -> list[Cue]:
    if not status:
        return []
    span = (tok.idx, tok.idx + len(tok))
    if text and text != tok.text:  # "according to": the span is the cue's text
        doc, last = tok.doc, tok
        while last.idx + len(last) - tok.idx < len(text) and last.i + 1 < len(doc):
            last = doc[last.i + 1]
        words = doc[tok.i: last.i + 1].text
        # the cue as the text writes it ("According to"); where the words are split apart
        # (a line break between them) the first word alone, so a cue is always its span's text
        matched = " ".join(words.split()).lower() == text.lower()
        span, text = ((tok.idx, last.idx + len(last)), words) if matched else (span, tok.text)
    return [Cue(status, text or tok.text, span, source, kind, tok.lemma_.lower())]


def _phrase_cue(status: str | None, first: Token, last: Token) -> list[Cue]:
    """A cue of several words ("reports say", "do not indicate"), its text exactly its span;
    when the words lie far apart, the last one alone."""
    if not status:
        return []
    if not 0 <= last.i - first.i <= 4:
        first = last
    text = last.doc[first.i: last.i + 1].text
    return [Cue(status, text, (first.idx, last.idx + len(last)), None, "", last.lemma_.lower())]


def own_cues(tok: Token, clause: bool = False) -> list[Cue]:
    """Cues attached directly to a token: modals, negation, hedging adverbs, "according to",
    "no"/"planned"/"alleged" on an event noun, an unrealised "to"-infinitive. ``clause`` adds
    clause-only cues ("there is no evidence that …" negates the clause, not the noun)."""
    lex = lexicon()
    hits: list[Cue] = _question(tok) + _purpose(tok)
    for child in tok.children:
        low, dep = child.lower_, child.dep_
        if _across_quote(tok, child):
            continue  # 'He answered "absolutely not"': the quoted "not" is not his act's
        if dep in ("aux", "auxpass") and low in lex["modal_aux"]:
            if low in lex["negated_possibility_modals"] and _negated(tok):
                continue  # "could not pay": not possible, a plain negative
            if low == "can" and _stated_capacity(tok):
                continue  # "the ferry can carry 400 passengers": a fact
            hits += _cue(lex["modal_aux"][low], child)
        elif dep == "aux" and low == "to" and tok.pos_ in ("VERB", "AUX"):
            # "refused to X", "the failure to X": settled (negated by the governor), not ahead
            governor = tok.head.lemma_.lower()
            if not _realised_infinitive(tok) and governor not in lex[
                    "negative_clause_governors"] and lex["noun_governors"].get(governor) not in (
                    "negated", "denied"):
                hits += _cue(lex["infinitive"], child, f"to {tok.text}", kind="infinitive")
        elif dep == "mark" and low in lex["conditional_marks"]:
            past = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
            hits += _cue(lex["conditional_marks"][low], child,  # "if the talks had failed"
                         kind="counterfactual" if past else "conditional")
        elif dep == "neg" or (dep in ("det", "advmod") and low in lex["negation"]):
            hits += _cue("negated", child)
        elif dep == "advmod" and low == "longer" and any(c.lower_ == "no" for c in child.children):
            hits += [Cue("negated", "no longer", (child.idx - 3, child.idx + len(child)))]
        elif dep == "advmod" and low in lex["near_miss_adverbs"] and tok.pos_ == "VERB":
            hits += _cue("negated", child)  # "the ferry nearly sank": it did not
        elif dep == "advmod" and low in lex["adverbs"]:
            hits += _cue(lex["adverbs"][low], child)
        elif dep in ("amod", "compound") and tok.pos_ in ("NOUN", "PROPN"):
            hits += _cue(lex["noun_modifiers"].get(low), child)
        elif dep == "acl" and child.tag_ == "VBN" and tok.pos_ in ("NOUN", "PROPN"):
            hits += _cue(lex["noun_modifiers"].get(low), child)  # "the final cancelled by rain"
        elif dep in ("nsubj", "nsubjpass", "dobj") and low in lex["negative_arguments"]:
            hits += _cue("negated", child)
        elif clause and dep == "attr" and _there_is_no(tok, child):
            hits += [_no_phrase(child)]  # "there is no evidence that …"
        elif dep in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and _no_phrase(child):
            hits += [_no_phrase(child)]  # "no decision was made", "no shots were fired"
        hits += _source_preposition(child)
        if dep in ("aux", "auxpass"):  # "According to X, … stayed shut": hung on the auxiliary
            for grandchild in child.children:
                hits += _source_preposition(grandchild)
    return hits


def _stated_capacity(verb: Token) -> bool:
    """Is "can" + ``verb`` a thing's stated capacity: a verb of capacity (``capacity_verbs``)
    with a count in its object or passive subject ("can carry 400 passengers", "60 hours can
    be stored")?"""
    if verb.lemma_.lower() not in lexicon()["capacity_verbs"]:
        return False
    counted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.like_num for c in counted for t in c.subtree)


_QUOTE_MARKS = {'"', "\u201c", "\u201d", "``", "''", "\u201e", "\u00ab", "\u00bb"}


def _across_quote(a: Token, b: Token) -> bool:
    """Are two tokens on different sides of a quotation mark (an odd number between them)?"""
    lo, hi = sorted((a.i, b.i))
    if hi - lo < 2:
        return False
    before = _quote_marks_before(a.doc)
    return (before[hi] - before[lo + 1]) % 2 == 1


def _quote_marks_before(doc: Doc) -> list[int]:
    """For each token index i, how many quotation marks come before it: counted once a Doc
    and kept in its ``user_data`` (as ``quantities.lowered`` keeps its arrays), so every pair
    of tokens is answered without walking the tokens between them."""
    cached = doc.user_data.get("factwire_quote_marks_before")
    if cached is None or len(cached) != len(doc) + 1:
        cached, n = [], 0
        for t in doc:
            cached.append(n)
            n += t.text in _QUOTE_MARKS
        cached.append(n)
        doc.user_data["factwire_quote_marks_before"] = cached
    return cached


def _purpose(verb: Token) -> list[Cue]:
    """ "so that X", "so as to X", "in order to X": X is an aim, possible and ahead."""
    phrases = lexicon()["purpose_phrases"]
    doc = verb.doc
    first = last = None
    for mark in verb.children:
        if (mark.dep_ == "mark" and mark.i + 1 < len(doc)
                and doc[mark.i + 1].lower_ in phrases.get(mark.lower_, ())):
            first, last = mark, doc[mark.i + 1]  # "so that", "so as"
    head = verb.head
    if (verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.i == head.i - 1
            and head.lower_ in phrases.get(head.head.lower_, ())):
        first, last = head.head, head  # "in order"
    if first is None or last is None:
        return []
    return [Cue("possible", doc[first.i: last.i + 1].text, (first.idx, last.idx + len(last)),
                kind="purpose")]


def _question(verb: Token) -> list[Cue]:
    """A direct question asserts nothing: "Will the ceasefire hold?" (the main verb of a
    sentence that ends in a question mark)."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return []
    words = [t for t in verb.sent if not t.is_space and t.text not in _QUOTE_MARKS]
    if not words or words[-1].text != "?" or _across_quote(verb, words[-1]):
        return []  # 'He asked: "Will they pay?"' — the asking is asserted
    mark = words[-1]
    return [Cue(lexicon()["question"], "?", (mark.idx, mark.idx + 1), kind="question")]


def adjective_status(adj: Token) -> str | None:
    """What an epistemic adjective says: "likely", "unclear" from the lexicon; a certainty
    adjective under a degree hedge ("almost certain", "nearly inevitable") is only possible."""
    lex = lexicon()
    status = lex["adjective_predicates"].get(adj.lower_)
    if status is None and adj.lower_ in lex["adjective_predicates"]:
        hedged = any(c.dep_ == "advmod" and c.lower_ in lex["hedged_certainty"]
                     for c in adj.children)
        return "possible" if hedged else None
    return status


def _headline_infinitive(verb: Token) -> bool:
    """ "Mexico to host summit in June": a sentence whose main verb is a to-infinitive with its
    own subject, the headline form of the future."""
    return verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _realised_infinitive(verb: Token) -> bool:
    """ "managed to X", "the first woman to X", "fell 2% to close at Y": infinitives that
    assert X happened."""
    lex = lexicon()
    head = verb.head
    if head.lemma_.lower() in lex["realised_governors"]:
        return True
    if (head.lemma_.lower() in lex["result_governors"] and verb.dep_ in ("advcl", "xcomp")
            and verb.lemma_.lower() in lex["result_verbs"]):
        return True  # a value that moved and landed: the landing is a result, not an aim
    return verb.dep_ in ("relcl", "acl") and any(
        c.lower_ in lex["realised_noun_modifiers"] for c in head.children
        if c.dep_ in ("amod", "advmod", "nummod"))


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lexicon()["negation"])
               for c in verb.children)


def _no_phrase(noun: Token) -> Cue | None:
    """ "no evidence", "no decision", "neither side": the cue text and span from the
    determiner to the noun."""
    det = next((c for c in noun.children if c.dep_ in ("det", "neg")
                and c.lower_ in lexicon()["negative_determiners"] and c.i < noun.i), None)
    if det is None:
        return None
    return Cue("negated", noun.doc[det.i: noun.i + 1].text, (det.idx, noun.idx + len(noun)),
               lemma=noun.lemma_.lower())


def _there_is_no(verb: Token, attr: Token) -> bool:
    return (verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children)
            and any(c.lower_ == "no" for c in attr.children if c.dep_ in ("det", "neg")))


def _source_preposition(child: Token) -> list[Cue]:
    """ "according to X" / "citing X" attached to a clause head."""
    lex = lexicon()["source_prepositions"]
    low = child.lower_
    if child.dep_ == "prep" and low == "according":
        obj = according_to_object(child)
        if obj is not None:
            return _cue(lex["according to"], child, "according to", obj)
    if low in ("citing", "per") and child.dep_ in ("advcl", "prep"):
        obj = next((c for c in child.children if c.dep_ in ("dobj", "pobj")), None)
        if obj is not None and _source_like(obj):
            return _cue(lex[low], child, low, obj)
    return []


def _source_like(tok: Token) -> bool:
    """Can this noun be a source ("citing officials", "citing a report"), not a reason
    ("citing major flaws")? A name, or a noun of the speaker or report kinds."""
    lemma = tok.lemma_.lower()
    return (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or lemma in lexicon()["report_subjects"]
            or lemma in quote_lexicon()["generic_speakers"]
            or lemma in lexicon()["source_nouns"])


def governing_cues(head: Token, dep: str) -> list[Cue]:
    """What a head word says about a complement hanging on it by ``dep``: "suspected X",
    "is expected to X", "is likely to X", "plans to X", "reports say X", "refused to X"."""
    lex = lexicon()
    lemma = head.lemma_.lower()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    hits: list[Cue] = []
    if head.pos_ in ("VERB", "AUX"):
        if lemma in lex["progressive_future"] and head.tag_ == "VBG" and dep == "xcomp" and any(
                c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
            hits += _cue("expected", head)  # "is going to close"
        if lemma in lex["negative_governors"] and dep in ("xcomp", "dobj", "nsubjpass") and (
                dep != "xcomp" or lemma in lex["negative_clause_governors"]):
            hits += _cue(lex["negative_governors"][lemma], head)
        raised = dep == "nsubjpass" and any(c.dep_ == "xcomp" for c in head.children)
        if passive and lemma in lex["passive_report_verbs"] and (
                dep in ("xcomp", "ccomp") or raised):  # "the auction is set to start": the auction
            hits += _cue(lex["passive_report_verbs"][lemma], head)
        elif lemma in lex["governing_verbs"] and dep in lex["complement_deps"]:
            hits += _cue(lex["governing_verbs"][lemma], head)
        elif lemma in lex["object_governors"] and dep == "dobj":
            hits += _cue(lex["object_governors"][lemma], head)
        if lemma in quote_lexicon()["source_verbs"]:
            if dep == "ccomp" and _negated(head) and quote_lexicon()["attribution"].get(
                    lemma) in lex["negated_attribution_classes"]:
                neg = min((c for c in head.children if c.dep_ == "neg" or (
                    c.dep_ == "advmod" and c.lower_ in lex["negation"])), key=lambda c: c.i)
                hits += _phrase_cue("negated", neg, head)  # "reports do not indicate"
            subj = subject_of(head)
            if subj is not None and subj.lemma_.lower() in lex["report_subjects"]:
                hits += _phrase_cue(lex["report_subjects"][subj.lemma_.lower()], subj, head)
    elif head.pos_ == "ADJ" and dep == "xcomp":
        hits += _cue(adjective_status(head), head)
    # "it is unclear whether X"; "a strike is likely", "bankruptcy becomes almost certain"
    if head.pos_ in ("VERB", "AUX") and (
            dep == "ccomp" or (dep == "nsubj" and lemma in lex["linking_verbs"])):
        for adj in head.children:
            status = adjective_status(adj) if adj.dep_ == "acomp" else None
            if dep == "ccomp" or status in _EPISTEMIC or any(  # not "this is due to …"
                    c.dep_ == "xcomp" for c in adj.children):  # but "X is due to begin"
                hits += _cue(status, adj)
    # "plans to X", "fears of X", "worries that X"
    elif head.pos_ in ("NOUN", "PROPN") and dep in ("acl", "pobj", "pcomp", "xcomp", "ccomp"):
        hits += _cue(lex["noun_governors"].get(head.lemma_.lower()), head)
        if dep in ("acl", "ccomp"):
            hits += _cue(lex["noun_clause_governors"].get(head.lemma_.lower()), head)
            hits += _evidence_cues(head)
    return hits


def _evidence_cues(noun: Token) -> list[Cue]:
    """ "no evidence that X" (negated), "no guarantee that X", "little evidence that X"
    (possible): the noun's determiner decides what its clause is worth."""
    status = lexicon()["evidence_nouns"].get(noun.lemma_.lower())
    if status is None:
        return []
    no = _no_phrase(noun)
    if no is not None:
        return [Cue(status, no.text, no.span, lemma=no.lemma)]
    hedge = next((c for c in noun.children if c.lower_ in lexicon()["evidence_hedges"]
                  and c.i < noun.i), None)
    if hedge is not None:
        return [Cue("possible", noun.doc[hedge.i: noun.i + 1].text,
                    (hedge.idx, noun.idx + len(noun)), lemma=noun.lemma_.lower())]
    return []


def _hedges(cues: list[Cue]) -> list[Cue]:
    """The cues of a head that its xcomp, coordinated verb or noun arguments share: modals,
    adverbs and sources, not negation ("was not reported" does not negate the glitch)."""
    return [c for c in cues if c.status != "negated"]


def cues_for_token(tok: Token, include_self: bool = False) -> list[Cue]:
    """Every cue governing ``tok``, walking up its dependency path: complements take their
    governor's meaning ("suspected X", "plans to X"), xcomps, coordinated verbs and event nouns
    share their verb's modals ("may decide to send", "may announce cuts"); the walk stops at
    adverbial and relative clauses, which carry their own cues.

    ``include_self`` also counts the token's own governing meaning ("suspected" in "agencies
    suspected X" makes that clause a suspected claim); events leave it off (the suspecting
    itself is certain)."""
    lex = lexicon()
    hits = own_cues(tok, clause=include_self)
    if include_self:
        hits += _self_governing(tok)
        hits += _adjective_self(tok)
    cur = tok
    nominal = _nominal(tok)
    for hop in range(12):
        head, dep = cur.head, cur.dep_
        if head.i == cur.i:
            break
        noun = _nominal(cur)
        noun_head = head.pos_ in ("NOUN", "PROPN")
        if nominal and hop > 0 and dep not in ("conj", "xcomp"):
            # an event noun takes what its own verb says ("suspected Pyongyang's support")
            # and that verb's modals, not the aims of clauses above ("fighting to stem a crash")
            hits += [h for h in governing_cues(head, dep) if h.status == "negated"]
            break
        if dep == "acl" and cur.tag_ == "VBN" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in cur.children):
            break  # "the plans announced in May": a participle describes its noun as it is
        if dep == "conj" and nominal and hop == 0 and _nominal(head):
            # "withdraw troops and tanks": the second noun takes what the first one's verb
            # says, not the first one's own modifiers ("the cancelled flights and the hotel")
            first = own_cues(head)
            hits += [h for h in cues_for_token(head) if h not in first]
            break
        if dep == "conj":
            hits += _alternative_conj(cur, head)
            own = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cur.children)
            hits += [h for h in own_cues(head) if h.source is not None or
                     (not own and h.status != "negated")]
        elif dep in _TRANSFER_DEPS or (dep in _ARGUMENT_DEPS and noun):
            found = governing_cues(head, dep) + _hedges(own_cues(head))
            if dep in ("acomp", "attr") and head.lemma_.lower() in lex["linking_verbs"]:
                found += [h for h in own_cues(head) if h.status == "negated"]  # "was not a success"
            if nominal and _changed_patient(cur, head):
                hits += [h for h in found if not _ahead(h)]
                break  # "will cut 1,500 jobs": the cutting lies ahead, the jobs do not
            hits += found
        elif dep in lex["complement_deps"] or dep in ("acl", "pcomp"):
            if dep == "pcomp":
                hits += _negating_preposition(head)  # "without paying", "instead of cutting"
            hits += governing_cues(head, dep)
            # "the scrapped plan to X"; an evidence noun's "no" is read by _evidence_cues
            negated_noun = (dep == "acl" and noun_head
                            and head.lemma_.lower() not in lex["evidence_nouns"])
            hits += [h for h in own_cues(head) if h.source is not None or (
                negated_noun and h.status == "negated")]
        elif dep == "pobj" and head.dep_ == "prep":
            hits += _negating_preposition(head)
            holder = head.head
            if head.lower_ == "of" and _partitive(holder):
                # "a third of the job losses will fall"; "not all of the claims" negates the share
                quantifier = own_cues(holder)
                hits += [h for h in cues_for_token(holder) if h not in quantifier and not (
                    h.status == "negated" and holder.lower_ in lex["negative_arguments"])]
            elif holder.pos_ in ("AUX", "VERB") and holder.lemma_ == "be":
                hits += own_cues(holder)  # the predicate of "be": "will be on leave"
            elif holder.pos_ in ("NOUN", "PROPN"):
                hits += governing_cues(holder, "pobj")
            elif lex["request_prepositions"].get(holder.lemma_.lower()) == head.lower_:
                hits += _cue("expected", holder)  # "applied for court protection"
            break  # "for their hard work": a prepositional object keeps its own status
        elif dep != "prep":
            break
        cur = head
    return hits


def _nominal(tok: Token) -> bool:
    """A noun, a pronoun, or the head of a share ("a third of the job losses")."""
    return tok.pos_ in ("NOUN", "PROPN", "PRON") or _partitive(tok)


def _partitive(tok: Token) -> bool:
    """ "half of", "most of", "two of": a share whose "of" phrase names what it is of."""
    return (tok.lower_ in lexicon()["partitive_heads"] or tok.pos_ == "NUM") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _negating_preposition(prep: Token) -> list[Cue]:
    """ "without X", "instead of X", "rather than X": X is the act not taken."""
    if prep.lower_ in lexicon()["negating_prepositions"]:
        return _cue("negated", prep)
    adverb = next((c for c in prep.children if c.dep_ == "advmod"
                   and lexicon()["alternative_phrases"].get(c.lower_) == prep.lower_), None)
    return _phrase_cue("negated", adverb, prep) if adverb is not None else []


def _alternative_conj(conj: Token, head: Token) -> list[Cue]:
    """ "sell the unit rather than close it", parsed as two coordinated verbs with the empty
    "rather than" between them: the second is the act not taken."""
    for prep in head.children:
        if prep.dep_ == "prep" and head.i < prep.i < conj.i and not any(
                c.dep_ in ("pobj", "pcomp") for c in prep.children):
            found = _negating_preposition(prep)
            if found:
                return found
    return []


def _changed_patient(noun: Token, verb: Token) -> bool:
    """Is ``noun`` what a verb of reducing, ending or meeting acts on ("cut jobs", "costs were
    reduced")? It exists already, so the verb's modals and aims do not put it ahead."""
    return (noun.dep_ in ("dobj", "nsubjpass")
            and verb.lemma_.lower() in lexicon()["affecting_verbs"])


def _ahead(cue: Cue) -> bool:
    """A cue about whether or when an act happens (a modal, an aim, an infinitive)."""
    return cue.status in ("expected", "possible") or cue.future


def _self_governing(verb: Token) -> list[Cue]:
    """A clause headed by a cue verb takes the cue when the verb governs content in it:
    "agencies suspected X", "is expected to X"; not "the EU agreed new sanctions"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    deps = {c.dep_ for c in verb.children}
    hits = []
    efforts = lexicon()["future_governors"]
    clause_only = lexicon()["clause_only_governors"]
    for dep in ("ccomp", "xcomp", "dobj"):
        if dep in deps:  # an attempt is itself a fact ("rebels were trying to raid …")
            hits += [c for c in governing_cues(verb, dep)
                     if (dep != "dobj" or (c.status in _OBJECT_SELF
                                           and c.lemma not in clause_only))
                     and c.lemma not in efforts]
    if not hits and "nsubjpass" in deps:
        hits += [c for c in governing_cues(verb, "nsubjpass") if c.status in _OBJECT_SELF]
    return hits


def _adjective_self(tok: Token) -> list[Cue]:
    """ "X is likely to …" heads its clause with "is"; the adjective carries the status."""
    for child in tok.children:
        if child.dep_ == "acomp" and any(c.dep_ == "xcomp" for c in child.children):
            return _cue(adjective_status(child), child)
    return []


def pick(cues: list[Cue]) -> Cue | None:
    """The deciding cue by the lexicon's explicit priority (first listed wins)."""
    rank = lexicon()["rank"]
    return min(cues, key=lambda c: rank.get(c.status, 99), default=None)


def status_for_token(tok: Token) -> Status:
    """The status of an event at ``tok`` (its governing cues; "asserted" when none)."""
    best = pick(cues_for_token(tok))
    return best.status if best else "asserted"  # type: ignore[return-value]


def claim_at(doc: Document, start: int, end: int | None = None) -> Claim | None:
    """The innermost claim containing [start, end) — what an event at that trigger sits in."""
    end = start + 1 if end is None else end
    inside = [c for c in doc.claims if c.span[0] <= start and end <= c.span[1]]
    return min(inside, key=lambda c: c.span[1] - c.span[0], default=None)


# --- claims ---------------------------------------------------------------------------------


@dataclass(eq=False)  # clauses are compared by identity
class _Clause:
    head: Token
    parent: _Clause | None
    cue: Cue | None
    source: tuple  # (entity id, text, span, cue text, cue span), all None when unsourced
    status: str
    frame: bool = False


def _clause_heads(sent) -> list[Token]:
    heads = []
    for tok in sent:
        if tok.dep_ == "ROOT" or (tok.dep_ in _CLAUSE_DEPS and tok.pos_ in ("VERB", "AUX")):
            heads.append(tok)
        elif tok.dep_ == "acl" and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            heads.append(tok)  # "no evidence that the driver had been drinking"
    return heads


def _quote_at(quotes: list[Quote], tok: Token) -> Quote | None:
    inside = [q for q in quotes if q.span[0] <= tok.idx < q.span[1]
              and q.kind not in ("indirect", "title")]
    return min(inside, key=lambda q: q.span[1] - q.span[0], default=None)


def _source(doc: Document, head: Token, cues: list[Cue], quotes: list[Quote],
            quoted: list[Range]):
    """Who stands behind a clause: "according to X", the quote it is in, the subject of the
    speech/cognition verb it is the complement of, or of its own cue verb."""
    for cue in cues:
        if cue.source is not None:
            return _resolve(doc, cue.source, quoted, cue.text, cue.span)
    quote = _quote_at(quotes, head)
    if quote is not None and (quote.speaker or quote.speaker_text):
        return (quote.speaker, quote.speaker_text, quote.speaker_span, quote.cue, quote.cue_span)
    lex = lexicon()
    speech = quote_lexicon()["source_verbs"]
    attribution = quote_lexicon()["attribution"]
    chain = [head]
    while chain[-1].dep_ in ("ccomp", "xcomp", "conj", "dobj", "acl") and len(chain) < 6:
        if chain[-1].dep_ == "conj" and subject_of_own(chain[-1]):
            break  # "Witnesses said X, but police put …": police's own statement
        chain.append(chain[-1].head)
    # the speaker of an enclosing speech act first ("France said it will reject …"), then
    # the subject of the clause's own cue verb ("the government confirmed …")
    own_cue = any(c.span == (head.idx, head.idx + len(head))
                  and (c.status in _OBJECT_SELF or c.lemma not in lex["future_governors"])
                  for c in cues)  # "agencies suspected X"; not "Trump is working to …"
    speech_head = head.lemma_.lower() in speech and _says_something(head)
    below = {c.i: c for c in chain[:-1]}  # each chain member's child on the path
    for cur in chain[1:] + ([head] if own_cue or speech_head else []):
        lemma = cur.lemma_.lower()
        step = next((c for c in below.values() if c.head.i == cur.i and c.i != cur.i), None)
        via = step.dep_ if step is not None else ""
        if via == "conj" and step.lemma_.lower() not in speech:
            continue  # "She wrote the songs and sent them to a lawyer": a second act, not content
        # beliefs, expectations and intentions are attributed to their holder ("analysts
        # expect that …", "Chrysler wants to …"); efforts are not ("Trump is working to …")
        if (lemma in speech
                or (via == "ccomp" and attribution.get(lemma) == "manner")  # "joked that"
                or lex["governing_verbs"].get(lemma) in _OBJECT_SELF
                or (lemma in lex["governing_verbs"]
                    and (via == "ccomp" or lemma not in lex["future_governors"]))):
            subj = speaker_token(doc, cur, quoted)
            if subj is not None:
                return _resolve(doc, subj, quoted, cur.text, (cur.idx, cur.idx + len(cur)))
    aside = _parenthetical_frame(head, speech)
    if aside is not None:  # "The plant will close in May, the company said, and …"
        subj = speaker_token(doc, aside, quoted)
        if subj is not None:
            return _resolve(doc, subj, quoted, aside.text, (aside.idx, aside.idx + len(aside)))
    frame = _misread_frame(head, speech)
    if frame is not None:  # "X will ban Y, the state's health minister announced."
        return _resolve(doc, frame.head, quoted, frame.text, (frame.idx, frame.idx + len(frame)))
    return (None, None, None, None, None)


def _says_something(verb: Token) -> bool:
    """Does a speech verb carry what is said: a clause, or an object where the verb is no
    evidential one ("announced the sale"; not "has shown little sign of retreating", nor "the
    strike was called by the union")?"""
    deps = {c.dep_ for c in verb.children}
    if deps & {"ccomp", "xcomp", "parataxis"} or any(  # "told staff in a letter that …"
            t.dep_ in ("ccomp", "acl", "relcl") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in t.children)
            for t in verb.subtree):
        return True
    lemma = verb.lemma_.lower()
    # thought with a noun for object, and writing that makes a thing, are acts of their
    # own: "could not realise their dream", "felt the tremor", "are writing new software"
    # (not "posted gains", "tweeted a photo")
    if (lemma in lexicon()["clause_only_sources"] or lemma in lexicon()["making_verbs"]
            or quote_lexicon()["attribution"].get(lemma) == "cognition"):
        return False
    return bool(deps & {"dobj", "oprd", "attr"}) or any(  # "called for new elections" (not
        c.dep_ == "prep" and c.lower_ in lexicon()["content_prepositions"] and any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
        for c in verb.children)  # "on Monday")


def _parenthetical_frame(head: Token, speech: frozenset[str]) -> Token | None:
    """A speech verb set off inside or after the clause ("X will close, the company said, and
    …"), which the parser hangs on the clause as ``parataxis``."""
    return next((c for c in head.children if _set_off_frame(c, speech)), None)


def _set_off_frame(verb: Token, speech: frozenset[str]) -> bool:
    """Is ``verb`` a parenthetical frame: a speech verb in ``parataxis``, set off by a comma,
    dash or closing quote mark, with nothing said of its own (not a verb that merely follows,
    as in "marked so that you see whether …")?"""
    lemma = verb.lemma_.lower()
    tell = quote_lexicon()["tell_verbs"]
    if verb.dep_ != "parataxis" or lemma not in speech or any(
            c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and lemma not in tell)
            for c in verb.children):  # a dobj of "tell" is the hearer ("told the inquiry")
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    edge = subjects[-1].left_edge.i if subjects else verb.i  # where the speaker starts
    before = verb.doc[edge - 1] if edge > 0 else None
    return before is not None and (before.text in (",", "\u2014", "\u2013", "-")
                                   or before.is_quote)  # '…,” Reyes said,'


def _misread_frame(head: Token, speech: frozenset[str]) -> Token | None:
    """A frame after the content that the parser read as a noun's modifier ("…, the state's
    health minister announced on Thursday": "announced" an ``acl`` of "minister", "minister"
    the clause's object): the speech verb, whose noun is then the speaker."""
    for tok in head.subtree:
        noun = tok.head
        if tok.dep_ == "acl" and tok.lemma_.lower() in speech and noun.i > head.i and \
                noun.pos_ in ("NOUN", "PROPN") and noun.left_edge.i > 0 and \
                head.doc[noun.left_edge.i - 1].text == "," and not any(
                    c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
            return tok
    return None


def _describes_speaker(head: Token, source: tuple) -> bool:
    """A relative clause on the speaker ("an official, who was not authorised to speak,
    said …"; "the union, which represents 3,200 drivers, said …") is the reporter's
    description, not part of what the speaker said."""
    span = source[2]
    if span is None or head.dep_ not in ("relcl", "acl"):
        return False
    return span[0] <= head.head.idx < span[1]


def subject_of_own(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _resolve(doc: Document, tok: Token, quoted: list[Range], cue_text: str, cue_span: Range):
    speaker = resolve_speaker(doc, tok, quoted)
    return (speaker.entity, speaker.text, speaker.span, cue_text, cue_span)


def _speech_content(clause: _Clause, quoted: list[Range]) -> bool:
    """The reported content of a speech verb outside quotes ("Analysts warn that X"): always
    a claim of its own, so that the frame around it can be left out."""
    head = clause.head
    return (head.dep_ == "ccomp" and clause.parent is not None
            and clause.parent.head.i == head.head.i
            and _is_frame(head.head, [clause], quoted))


def _is_frame(head: Token, children: list[_Clause], quoted: list[Range]) -> bool:
    """A speech verb whose content is a claim or a quote of its own: "Trump said", "Analysts
    warn that". A verb inside a quotation is content, never a frame."""
    lemma = head.lemma_.lower()
    comps = [c for c in head.children if c.dep_ in ("ccomp", "xcomp")]
    if any(s <= head.idx < e for s, e in quoted):
        return False
    if lemma not in quote_lexicon()["source_verbs"]:
        # '"…," she gushed': a manner verb frames a quote, never a claim of its own
        return lemma in quote_lexicon()["speech_verbs"] and any(
            any(s <= c.idx < e for s, e in quoted) for c in comps)
    if _set_off_frame(head, frozenset([lemma])):
        return True  # "…, the company said, …": the frame of the clause it is set in
    if any(c.i in {k.head.i for k in children} for c in comps):
        return True
    return any(any(s <= c.idx < e for s, e in quoted) for c in comps)


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 200:
        tok, depth = tok.head, depth + 1
    return depth


def _span(clause: _Clause, carved: list[_Clause], text: str) -> Range | None:
    """The clause's characters: its subtree minus child claims at its edges, trimmed, and
    never across a paragraph break (the parser sometimes glues a heading to a sentence)."""
    head = clause.head
    para_start = text.rfind("\n", 0, head.idx) + 1
    para_end = text.find("\n", head.idx)
    para_end = len(text) if para_end < 0 else para_end
    toks = [t for t in head.subtree if para_start <= t.idx < para_end]
    removed = set()
    for child in carved:
        removed |= {t.i for t in child.head.subtree}
    keep = [t for t in toks if t.i not in removed]
    while keep and (keep[0].is_punct or keep[0].dep_ in ("mark", "cc") or keep[0].is_space):
        keep.pop(0)
    while keep and (keep[-1].is_punct or keep[-1].dep_ in ("mark", "cc") or keep[-1].is_space):
        if keep[-1].text in (".", "!", "?") and len(keep) > 1:
            break
        keep.pop()
    if not keep:
        return None
    return (keep[0].idx, keep[-1].idx + len(keep[-1]))


def find_claims(doc: Document, parsed: Doc) -> list[Claim]:
    """One claim per clause that states something, with status, source and cue."""
    quotes = doc.quotes
    quoted = [q.span for q in quotes if q.kind not in ("indirect", "title")]
    cue_starts = {q.cue_span[0] for q in quotes if q.cue_span and q.kind != "title"}
    dateline_end = doc.dateline.span[1] if doc.dateline else 0
    claims: list[Claim] = []
    for sent in parsed.sents:
        if not any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue  # headings, datelines, fragments
        heads = _clause_heads(sent)
        head_ids = {h.i for h in heads}
        clauses: dict[int, _Clause] = {}
        for head in sorted(heads, key=lambda h: _depth(h)):
            anc = head
            while anc.head.i != anc.i:
                anc = anc.head
                if anc.i in head_ids:
                    break
            parent = clauses.get(anc.i) if anc.i != head.i else None
            if parent is not None and "\n" in doc.text[min(anc.idx, head.idx):
                                                            max(anc.idx, head.idx)]:
                parent = None  # a heading glued to the next sentence by the parser
            # the purpose of a done act is not "expected" ("came to help"); a headline's
            # infinitive is ("Mexico to host talks")
            cues = [c for c in cues_for_token(head, include_self=True)
                    if c.kind != "infinitive" or _headline_infinitive(head)]
            cue = pick([c for c in cues if c.status != "asserted"])
            source = _source(doc, head, cues, quotes, quoted)
            if (source[0] is None and source[1] is None and parent is not None
                    and not (head.dep_ == "conj" and subject_of_own(head))
                    and not _describes_speaker(head, parent.source)):
                source = parent.source  # an adverbial or relative clause of reported content
            clauses[head.i] = _Clause(head, parent, cue, source,
                                      cue.status if cue else "asserted")
        own = [c for c in clauses.values()
               if c.parent is None or _differs(c, c.parent) or _speech_content(c, quoted)]
        for clause in own:
            children = [c for c in own if c is not clause and _under(c, clause, own)]
            clause.frame = _is_frame(clause.head, children, quoted) or (
                clause.head.idx in cue_starts  # '"Who pays?" Furlong asked.': a quote's frame
                and not any(c.dep_ == "ccomp" for c in clause.head.children))
        for clause in own:
            if clause.frame:
                continue
            children = [c for c in own if c is not clause and _under(c, clause, own)]
            span = _span(clause, children, doc.text)
            if span is None:
                continue
            if span[0] < dateline_end < span[1]:  # "BRUSSELS (Reuters) — Ministers agreed …"
                start = dateline_end
                while start < span[1] and doc.text[start].isspace():
                    start += 1
                span = (start, span[1])
            words = [t for t in parsed.char_span(*span, alignment_mode="expand") or []
                     if not t.is_punct and not t.is_space]
            if len(words) <= 2 and (children or clause.parent is not None):
                continue  # a bare frame ("It makes (me think)") or a fragment ("to use")
            if _anonymity(clause.head) or _asks_anonymity(clause.head):
                continue  # "who asked not to be named": the story's bookkeeping
            src_id, src_text, src_span, src_cue, src_cue_span = clause.source
            claims.append(Claim(
                id="", span=span, status=clause.status,  # type: ignore[arg-type]
                source=src_id, source_text=src_text, source_span=src_span,
                cue=clause.cue.text if clause.cue else src_cue,
                cue_span=clause.cue.span if clause.cue else src_cue_span,
                source_cue=src_cue, source_cue_span=src_cue_span,
            ))
    claims.sort(key=lambda c: c.span)
    for n, claim in enumerate(claims, 1):
        claim.id = f"c{n}"
    return claims


def _anonymity(head: Token) -> bool:
    """Is the clause a source's anonymity ("not to be named", "her name not be used", "was
    not authorized to speak publicly")?"""
    words = lexicon()["anonymity"]
    lemma = head.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in head.children)
    if passive and lemma in words["naming_verbs"]:
        return True
    if passive and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in words["named_nouns"]
                       for c in head.children):
        return True  # "that her name not be used"
    if passive and lemma in words["permission_verbs"]:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in words["speaking_verbs"]
                   for c in head.children)
    return head.dep_ == "xcomp" and lemma in words["speaking_verbs"] and \
        head.head.lemma_.lower() in words["permission_verbs"]


def _asks_anonymity(head: Token) -> bool:
    """An asking or declining verb whose only complement is anonymity ("declined to be
    identified", "asked that his name not be used")."""
    complements = [c for c in head.children if c.dep_ in ("xcomp", "ccomp")]
    return head.lemma_.lower() in lexicon()["anonymity"]["asking_verbs"] and bool(
        complements) and all(_anonymity(c) for c in complements)


def _differs(clause: _Clause, parent: _Clause) -> bool:
    root = parent
    while root.parent is not None and not _differs_raw(root, root.parent):
        root = root.parent
    return _differs_raw(clause, root)


def _differs_raw(a: _Clause, b: _Clause) -> bool:
    return a.status != b.status or a.source[:2] != b.source[:2]


def _under(child: _Clause, clause: _Clause, own: list[_Clause]) -> bool:
    """Is ``child`` the nearest own-claim below ``clause``?"""
    anc = child.parent
    while anc is not None and anc not in own:
        anc = anc.parent
    return anc is clause


@Language.factory("factwire_attribution")
def make_attribution_component(nlp: Language, name: str):
    """``nlp.add_pipe("factwire_attribution")`` after the parser (and after
    ``factwire_actors`` if speakers should resolve to entities): sets ``doc._.quotes`` and
    ``doc._.claims``."""
    from factwire.extract.quotes import find_quotes

    for attr in ("quotes", "claims"):
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)

    def component(parsed: Doc) -> Doc:
        entities = parsed._.actors if Doc.has_extension("actors") else None
        doc = Document(id="", text=parsed.text, entities=list(entities or []))
        doc.quotes = parsed._.quotes = find_quotes(doc, parsed)
        parsed._.claims = find_claims(doc, parsed)
        return parsed

    return component
