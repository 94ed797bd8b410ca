"""Dependency-parse helpers shared by the proposer, the role finder and the assembler: subjects,
objects, prepositions, passives, clause membership, negation.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from factwire.extract.actors import SPEECH_VERBS
from factwire.extract.events.lexicon import (
    AIM_HOLDING_VERBS,
    INTENT_NOUNS,
    NEGATIVE_GOVERNORS,
    SET_ASIDE_MARKS,
    Lexicon,
)
from factwire.model import (
    Entity,
)

SUBJECTS = {"nsubj", "csubj"}


PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}

# Verbal acts a speaker does after reporting a state of things ("said ... were stranded and
# asked", "and urged"): with a reported clause whose subject is a thing, the speaker's.
ASKING_VERBS = SPEECH_VERBS | {"ask", "urge", "call", "demand", "appeal", "press", "accuse",
                               "blame", "criticise", "criticize", "condemn", "warn"}


OBJECTS = {"dobj", "obj", "dative", "attr", "oprd"}


# Dependencies that start a new action of their own: a trigger below one of these is not
# folded into a trigger above it.
CLAUSE_BREAKS = {"conj", "advcl", "relcl", "parataxis", "acl"}


# Where entity search below a phrase stops: a relative or subordinate clause is another action.
PHRASE_BREAKS = {"relcl", "acl", "advcl", "ccomp", "parataxis", "conj", "xcomp"}


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj" or _listed_apposition(token, child):
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _listed_apposition(token: Token, child: Token) -> bool:
    """A name the parser hangs on the first of a list as its apposition ("Brazil, the European
    Union and South Africa pledged"): a proper name that itself goes on with "and"/"or" and
    another name is the list's next member, not a second name for the first."""
    return child.dep_ == "appos" and token.pos_ == "PROPN" and child.pos_ == "PROPN" and \
        any(c.dep_ == "cc" for c in child.children) and \
        any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in child.children)


def _reporting_verb(verb: Token) -> Token | None:
    """The reporting verb a past-tense conjunct belongs with when the parser joined it to the
    reported clause instead ("said the commission would be independent and accused the
    channels", "told reporters the scheme would empty the countryside and accused the
    minister"): the conjunct is past and the clause it is joined to is a modal one, or a
    passive one told of things, the conjunct a verbal act ("said lorries were stranded and
    asked Bolivia to")."""
    head = verb.head
    clause = head.head if head.dep_ == "acomp" else head
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    # "said 600 lorries were stranded and asked the authorities to": a thing undergoes the
    # reported clause, a verb of speaking or asking is the speaker's
    undergone = verb.lemma_.lower() in ASKING_VERBS and verb.tag_ == "VBD" and any(
        c.dep_ in PASSIVE_SUBJECTS and c.pos_ == "NOUN" for c in clause.children)
    if verb.tag_ not in {"VBD", "VBN"} or not (modal or undergone) or head.tag_ == verb.tag_:
        return None  # "had attacked the post and killed two guards": one clause
    speaker = clause.head
    if clause.dep_ != "ccomp" or speaker.tag_ != "VBD" or \
            speaker.lemma_.lower() not in SPEECH_VERBS:
        return None
    return speaker


def _agent_participle(token: Token) -> bool:
    """A participle that names its doer ("fishermen detained by Cameroonian gendarmes"): an
    act of its own, done to the noun it modifies."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and any(
        c.dep_ == "agent" for c in token.children)


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children):
        return True
    # "was convicted … and sentenced": a bare participle joined to a passive shares its voice
    # (the tagger may read the participle as a past tense: "was evicted and sentenced")
    return (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(
        c.dep_ in OBJECTS or c.dep_ in ("ccomp", "xcomp") for c in verb.children))) and \
        verb.dep_ == "conj" and \
        verb.head.i != verb.i and \
        not any(c.dep_ in SUBJECTS or c.dep_ == "aux" for c in verb.children) and \
        _is_passive(verb.head)


def _by_agents(verb: Token) -> list[Token]:
    """The objects of a verb's by-phrase of agency ("was detained by police": police)."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _of_owner(token: Token) -> Token | None:
    """The word whose of-phrase the token heads ("dozens of them": dozens), or None."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep":
        return token.head.head
    return None


def _ruled_out(noun: Token) -> bool:
    """Does "no" determine the noun ("no intention", "no plans")?"""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _aim_of(verb: Token) -> Token | None:
    """The aim noun a to-infinitive tells, when the aim is the object of a verb whose subject
    holds it ("has no intention to negotiate", "announced plans to expel")."""
    noun = verb.head
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return noun if noun.lemma_.lower() in INTENT_NOUNS and noun.dep_ in OBJECTS and \
        noun.head.lemma_.lower() in AIM_HOLDING_VERBS else None


def _subject_tokens(verb: Token) -> list[Token]:
    """The subject of a verb, inherited through xcomp/conj/participles when it has none."""
    seen = 0
    via = None  # the relation the subject is being inherited through
    while verb is not None and seen < 6:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects
        agents = _by_agents(verb)
        if _is_passive(verb):
            if via == "conj":  # "X was received by Y and later met Z": X meets, not Y
                return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
            return agents
        if agents:  # a conjunct with its own by-phrase: "… and signed by the president"
            return agents
        if verb.dep_ in {"xcomp", "conj"} or _purpose(verb) or (
                verb.dep_ in {"advcl", "acl"} and verb.tag_ == "VBG"):
            governor, via = verb.head, verb.dep_
            if verb.dep_ == "conj" and (speaker := _reporting_verb(verb)) is not None:
                governor = speaker  # "X said the plan would fail and accused Y"
            if verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
                # "demanded the release of X, accusing its neighbour": a participle set off by
                # a comma tells of the clause's subject, wherever the parser hung it
                while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
                    governor = governor.head
            if verb.dep_ == "xcomp" and _is_passive(governor):
                # "Pyongyang is expected to receive": the raised subject acts.
                return [c for c in governor.children if c.dep_ in PASSIVE_SUBJECTS]
            verb = governor
            continue
        if verb.dep_ == "acomp" or (verb.pos_ == "ADJ" and verb.dep_ != "ROOT"):
            verb = verb.head  # "Peru is keen to help": the copula's subject
            continue
        if verb.dep_ == "pcomp":  # "by shelling X": the governing verb's subject
            verb = verb.head.head
            continue
        if (aim := _aim_of(verb)) is not None:  # "has no intention to negotiate": the
            verb = aim.head  # subject of the verb that holds the aim
            continue
        if misread_participle(verb):
            return [verb.head]  # "X's minister, Y, condemned the attack": the noun acts
        return []
    return []


def _to_infinitive(verb: Token) -> bool:
    """Does the verb carry the infinitive marker ("to free", "to protest")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _purpose(verb: Token) -> bool:
    """"drove tractors into Paris to protest": a "to" infinitive of purpose hung on a verb,
    done by that verb's subject."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.head.pos_ in {"VERB", "AUX"} \
        and _to_infinitive(verb)


def misread_participle(verb: Token) -> bool:
    """A past form the parser hung on a noun as a participle although it is the main verb,
    the noun its subject: it takes an object (after an apposition: "the minister, Anna
    Nowak, condemned the attack"), or the noun is left as the sentence's root with no verb
    above it ("Turkey, which hosts refugees, called on Iraq to ...") and no by-phrase."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    kids = [c.dep_ for c in verb.children]
    if "dobj" in kids:
        return True
    return verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"} and \
        "agent" not in kids


def _objects(token: Token) -> list[Token]:
    """Direct and indirect objects ("gave Tanzania a grant"); a dative "to" is a preposition."""
    return [c for c in token.children if c.dep_ in OBJECTS and c.pos_ != "ADP"]


def _preps(token: Token, names: set[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging on a token; "up to", "away from" keep the last word."""
    out = []
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in names:
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if not objects:  # "asylum to five Panamanian officers holed up": a parser slip
                objects = _next_noun(child)
            out.extend((child.lower_, g) for g in objects)
    return out


def document_phrases(verb: Token, preps: set[str],
                     nouns: frozenset[str] | set[str] | None = None
                     ) -> list[tuple[Token, list[Token]]]:
    """The documents a verbal act was made in ("demanded in a note handed to the embassy",
    "rejected in a statement from the ministry"), each with the words that can carry its
    parties: the document and the participles on it. ``nouns`` restricts the documents."""
    return [(noun, [noun, *(c for c in noun.children if c.dep_ == "acl")])
            for _p, noun in _preps(verb, preps)
            if nouns is None or noun.lemma_.lower() in nouns]


def _next_noun(prep: Token) -> list[Token]:
    """The head noun of the few words after a preposition left without an object."""
    doc = prep.doc
    for i in range(prep.i + 1, min(prep.i + 7, len(doc))):
        tok = doc[i]
        if tok.pos_ in {"VERB", "AUX", "PUNCT", "ADP", "SCONJ"}:
            return []
        if tok.pos_ in {"NOUN", "PROPN"}:  # its mention covers the phrase's entity
            return [tok]
    return []


def _has_particle(token: Token, prt: str) -> bool:
    words = prt.split()
    kids = [c for c in token.children if c.dep_ in {"prt", "prep", "agent", "dative"}]
    # "charged the suspects with fraud": the parser may hang the preposition on the object
    kids += [c for o in token.children if o.dep_ == "dobj"
             for c in o.children if c.dep_ == "prep" and c.i > o.i]
    if any(c.lower_ == words[0] and not _dated(c) for c in kids):
        return True
    # "call on X to": the preposition may hang on the object instead
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.lower_ == words[0]


def _dated(prep: Token) -> bool:
    """A preposition of time ("on Tuesday", "by March"), never a verb's particle."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in {"DATE", "TIME"} for g in objects)


def _modifier_lemmas(token: Token) -> set[str]:
    return {c.lemma_.lower() for c in token.children
            if c.dep_ in {"amod", "compound", "nmod", "npadvmod", "poss"}}


def _purpose_lemmas(token: Token) -> set[str]:
    """What a trigger is done for: its to-infinitive ("gathered to oppose the quarry") or an
    "in"-phrase ("gathered in protest")."""
    return {c.lemma_.lower() for c in token.children if c.dep_ in ("advcl", "xcomp")
            and _to_infinitive(c)} | {o.lemma_.lower() for _p, o in _preps(token, {"in"})}


def _means_lemmas(token: Token) -> set[str]:
    """What a trigger is done by or over ("spoke to her by telephone", "over the phone")."""
    return {o.lemma_.lower() for _p, o in _preps(token, {"by", "over", "via"})}


def _object_heads(token: Token) -> list[Token]:
    """What a trigger acts on: its direct objects, or its prepositional objects, with conjuncts."""
    heads = _objects(token)
    if token.pos_ == "VERB" and _is_passive(token):
        heads = heads + [c for c in token.children if c.dep_ in PASSIVE_SUBJECTS]
    if not heads:
        heads = [g for c in token.children if c.dep_ == "prep"
                 for g in c.children if g.dep_ == "pobj"]
    return heads + [c for h in heads for c in _conjuncts(h)]


def _is_light(verb: Token, lexicon: Lexicon) -> bool:
    """A light verb ("staged rallies", "imposed sanctions"); the tagger's lemma can be off
    ("staged" → "stag"), so plain -d/-ed/-s endings are tried too."""
    low = verb.lower_
    forms = {verb.lemma_.lower(), low, low[:-1], low[:-2], low[:-3]}
    return bool(forms & lexicon.light_verbs)


def _anchor(token: Token) -> Token:
    """A noun trigger used as a modifier ("a mediation effort between X and Y") speaks
    through the phrase it modifies."""
    if token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"}:
        return token.head
    return token


def _passive_subjects(verb: Token) -> list[Token]:
    """Who undergoes a passive verb, raised through "needs to be punished", shared with the
    verb it is joined to ("appeared in court and were charged", "was convicted and
    sentenced") or with the clause it modifies ("returned after being deported")."""
    own = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    if not own and verb.dep_ in ("advcl", "pcomp") and not any(
            c.dep_ in SUBJECTS for c in verb.children):
        # "returned home after being deported", "arrived, having been expelled by Libya":
        # a passive clause with no subject of its own is done to the governing verb's subject
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
        for _ in range(3):  # "returned home broke after being deported": up the clauses
            if governor.pos_ not in ("VERB", "AUX"):
                return []
            subjects = [c for c in governor.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            if subjects or governor.dep_ not in ("advcl", "conj", "xcomp") or \
                    governor.head.i == governor.i:
                return subjects
            governor = governor.head
    if own or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
        return own
    if verb.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]


def _unique(entities: Iterable[Entity]) -> list[Entity]:
    seen: set[str] = set()
    out = []
    for e in entities:
        if e.id not in seen:
            seen.add(e.id)
            out.append(e)
    return out


def _depth(token: Token) -> int:
    d = 0
    while token.head.i != token.i and d < 100:
        token = token.head
        d += 1
    return d


def _clause_tokens(token: Token) -> list[Token]:
    """The trigger's own phrase: its subtree without nested clauses."""
    out = []
    stack = [token]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(c for c in cur.children if c.dep_ not in PHRASE_BREAKS)
    return out


def _clause_verb(token: Token) -> Token:
    cur = token
    while cur.pos_ not in {"VERB", "AUX"} and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _belongs_to_clause(tok: Token, trigger: Token) -> bool:
    """Does a token (of a time, place or quantity) attach to the trigger's clause?"""
    if trigger.i in {a.i for a in tok.ancestors} and not any(
        a.dep_ in PHRASE_BREAKS for a in _path_up(tok, trigger)
    ):
        return True
    clause = _clause_verb(trigger)
    return _clause_verb(tok.head if tok.pos_ in {"VERB", "AUX"} else tok).i == clause.i


def _path_up(tok: Token, stop: Token) -> list[Token]:
    out = []
    cur = tok
    while cur.i != stop.i and cur.head.i != cur.i:
        out.append(cur)
        cur = cur.head
    return out


def _set_aside(token: Token) -> bool:
    """Is the act the one set aside for another ("instead of conducting raids", "instead of
    bombing the depot")? Read up through the verb whose object the event noun is."""
    verb = token.head if token.dep_ == "dobj" else token
    return verb.dep_ in ("pcomp", "pobj") and set_aside_mark(verb.head)


def set_aside_mark(prep: Token) -> bool:
    """Is this preposition the one that sets an act aside ("instead of")?"""
    return any(c.lower_ in SET_ASIDE_MARKS.get(prep.lower_, ()) for c in prep.children)


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children) or _set_aside(token):
        return True
    if token.pos_ == "NOUN":
        return any(c.lower_ in {"no", "without"} for c in token.children)
    cur = token
    while cur.dep_ in {"xcomp"} and cur.head.i != cur.i:
        cur = cur.head
        if any(c.dep_ == "neg" for c in cur.children):
            return True
        if cur.lemma_.lower() in NEGATIVE_GOVERNORS:
            return True  # "were unable to meet", "failed to reach a deal"
    return False


def with_shared_subject(token: Token) -> list[Token]:
    """The token's dependents, and for a coordinated verb with no subject of its own the
    subject it shares with the verb before it ("X said …, but warned that …"), each with its
    own dependency label, as the proposer and the type features read them (``_subject_tokens``
    resolves a doer further: through xcomps, participles and by-phrases)."""
    children = list(token.children)
    if token.dep_ == "conj" and not any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS
                                        for c in children):
        children += [c for c in token.head.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    return children


def joined_infinitive(token: Token) -> bool:
    """Is the verb the second of two infinitives under one "to" ("vowed to capture and
    execute"; also where the parser takes the first for a noun after "to": "threatening to
    stab and murder"), with no subject of its own? A past tense is a verb of its own ("urged
    X to settle and offered to send an envoy")."""
    first = token.head
    shared = first.dep_ == "xcomp" or (first.dep_ == "pobj" and first.head.lower_ == "to")
    return token.dep_ == "conj" and token.tag_ == "VB" and shared and \
        not any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in token.children)
