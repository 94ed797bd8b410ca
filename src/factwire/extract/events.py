"""Events: who did what to whom, coded in PLOVER, with date, place, size and status.

A trigger lexicon (``data/events_lexicon.json``, optionally widened by a user-supplied CAMEO
verb dictionary) names the verbs and nouns that report an action. For each trigger the
dependency parse gives the actor (subject, passive agent, possessor of a nominalisation) and the
recipient (object, or a to/with/against/on... phrase), and the entities, times, quantities and
claims found by the earlier extract steps give the rest. Precision comes first: a trigger only
becomes an event when its participants resolve to entities with a country, one trigger gives at
most one event, and a trigger inside the argument of another trigger ("called for an end to its
support") is part of that event, not a second one.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from factwire.extract._common import data_json, span_root
from factwire.model import (
    Claim,
    Document,
    Entity,
    Event,
    EventDate,
    Location,
    Quantity,
    Size,
    TimeExpr,
    Trigger,
)

VERBS_DICT_ENV = "FACTWIRE_VERBS_DICT"
SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj", "dative", "attr", "oprd"}
# Dependencies that start a new action of their own: a trigger below one of these is not
# folded into a trigger above it.
CLAUSE_BREAKS = {"conj", "advcl", "relcl", "parataxis", "acl"}
# Where entity search below a phrase stops: a relative or subordinate clause is another action.
PHRASE_BREAKS = {"relcl", "acl", "advcl", "ccomp", "parataxis", "conj", "xcomp"}
# Verbal acts whose adverbial clauses spell out what was said, not further events.
CONTENT_TYPES = {"REQUEST", "THREATEN", "AGREE", "REJECT"}
# Types whose object is the thing moved or given ("sent troops"), never the recipient.
THEME_TYPES = {"AID", "MOBILIZE", "RETREAT"}
ANTECEDENT_SENTENCES = 5  # how far back a pronoun looks for its entity


# --- the lexicon -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TriggerRule:
    """One lexicon entry: a lemma and part of speech that report a PLOVER action."""

    lemma: str
    pos: str
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    prt: str | None = None  # particle or preposition that must hang on the trigger
    obj: tuple[str, ...] = ()  # lemmas the object (or the noun's own phrase) must contain
    obj_entity: bool = False  # the object must be an entity
    obj_person: bool = False  # the object must be a person entity
    mod: tuple[str, ...] = ()  # lemmas one of the trigger's modifiers must have
    compound: str | None = None
    comp_aux: tuple[str, ...] = ()  # its clausal complement must have one ("said X must ...")
    no_predicate: bool = False  # no predicative complement ("called the sanctions illegal")
    reverse: bool = False  # the subject receives, the from-phrase gives ("receive aid from")
    stative: bool = False  # "is opposed to": the passive-looking subject is the actor
    recipient_type: tuple[str, str | None] | None = None  # type, mode when a recipient is found
    source: str = "lexicon"


@dataclass
class Lexicon:
    rules: dict[tuple[str, str], list[TriggerRule]]
    mode_words: dict[str, dict[str, set[str]]]
    recipient_required: set[str]
    actor_required: set[str]
    symmetric: set[str]
    recipient_preps: set[str]
    place_recipient_types: set[str]
    place_preps: set[str]
    hypothetical_threat_types: set[str]
    possible_modals: set[str]
    expected_modals: set[str]
    expected_governors: set[str]
    conditional_marks: set[str]
    light_verbs: set[str]
    intent_modals: set[str] = field(default_factory=set)
    intent_governors: set[str] = field(default_factory=set)
    intent_recode: dict[str, str] = field(default_factory=dict)  # type → AGREE | THREATEN
    refusal_types: set[str] = field(default_factory=set)  # "will not meet" → REJECT
    threat_marks: set[str] = field(default_factory=set)  # "... unless": a threat whatever the step
    classes: dict[str, set[str]] = field(default_factory=dict)

    def lookup(self, lemma: str, pos: str) -> list[TriggerRule]:
        return self.rules.get((lemma, pos), [])


def _expand_obj(value, classes: dict[str, set[str]]) -> tuple[tuple[str, ...], bool, bool]:
    """An ``obj`` constraint as lemmas, plus whether it asks for an entity or a person."""
    if value is None:
        return (), False, False
    names = [value] if isinstance(value, str) else list(value)
    lemmas: list[str] = []
    entity = person = False
    for name in names:
        if name == "entity":
            entity = True
        elif name == "person":
            person = True
        elif name in classes:
            lemmas.extend(sorted(classes[name]))
        else:
            lemmas.append(name)
    return tuple(lemmas), entity, person


def _rule_from_json(item: dict, classes: dict[str, set[str]]) -> TriggerRule:
    obj, obj_entity, obj_person = _expand_obj(item.get("obj"), classes)
    rt = item.get("recipient_type")
    return TriggerRule(
        lemma=item["lemma"].lower(),
        pos=item["pos"],
        type=item["type"],
        mode=item.get("mode"),
        context=tuple(item.get("context", ())),
        prt=item.get("prt"),
        obj=obj,
        obj_entity=obj_entity,
        obj_person=obj_person,
        mod=tuple(item.get("mod", ())),
        compound=item.get("compound"),
        comp_aux=tuple(item.get("comp_aux", ())),
        no_predicate=bool(item.get("no_predicate", False)),
        reverse=bool(item.get("reverse", False)),
        stative=bool(item.get("stative", False)),
        recipient_type=(rt["type"], rt.get("mode")) if rt else None,
    )


@functools.cache
def _builtin() -> dict:
    return data_json("events_lexicon.json")


# Closed word lists (events_lexicon.json "words"; what each is for is told there).
_WORDS = _builtin()["words"]
PHRASE_PREPS = frozenset(_WORDS["phrase_preps"])
BACKGROUND_PREPS = frozenset(_WORDS["background_preps"])
RELATIVE_WORDS = frozenset(_WORDS["relative_words"])
PERSON_PRONOUNS = frozenset(_WORDS["person_pronouns"])
THING_PRONOUNS = frozenset(_WORDS["thing_pronouns"])
GROUP_PRONOUNS = frozenset(_WORDS["group_pronouns"])
FIRST_PERSON = frozenset(_WORDS["first_person"])
DEFINITE_ACTOR_NOUNS = frozenset(_WORDS["definite_actor_nouns"])


def build_lexicon(extra: Iterable[TriggerRule] = ()) -> Lexicon:
    """The built-in lexicon, with extra rules (from a verb dictionary) after the built-in ones."""
    data = _builtin()
    classes = {k: set(v) for k, v in data["classes"].items()}
    rules: dict[tuple[str, str], list[TriggerRule]] = {}
    for item in data["triggers"]:
        rule = _rule_from_json(item, classes)
        rules.setdefault((rule.lemma, rule.pos), []).append(rule)
    for rule in extra:
        rules.setdefault((rule.lemma, rule.pos), []).append(rule)
    tr = data["type_rules"]
    cues = data["status_cues"]
    return Lexicon(
        rules=rules,
        mode_words={t: {m: set(ws) for m, ws in modes.items()}
                    for t, modes in data["mode_words"].items()},
        recipient_required=set(tr["recipient_required"]),
        actor_required=set(tr["actor_required"]),
        symmetric=set(tr["symmetric"]),
        recipient_preps=set(tr["recipient_preps"]),
        place_recipient_types=set(tr["place_recipient_types"]),
        place_preps=set(tr["place_preps"]),
        hypothetical_threat_types=set(tr["hypothetical_threat_types"]),
        possible_modals=set(cues["possible_modals"]),
        expected_modals=set(cues["expected_modals"]),
        expected_governors=set(cues["expected_governors"]),
        conditional_marks=set(cues["conditional_marks"]),
        light_verbs=set(data["light_verbs"]),
        intent_modals=set(data["intent"]["modals"]),
        intent_governors=set(data["intent"]["governors"]),
        intent_recode={**{t: "AGREE" for t in data["intent"]["to_agree"]},
                       **{t: "THREATEN" for t in data["intent"]["to_threaten"]}},
        refusal_types=set(data["intent"]["to_reject"]),
        threat_marks=set(data["intent"]["threat_marks"]),
        classes=classes,
    )


_config: dict[str, str | None] = {"verbs_dict": None}


def configure(verbs_dict: str | os.PathLike | None = None) -> None:
    """Use a CAMEO verb dictionary (Phoenix ``CAMEO.2.0.txt`` format) beside the lexicon.

    The CAMEO codes are mapped to PLOVER with the crosswalk ``cameo2plover_2021.csv`` found in
    the dictionary's folder. ``None`` goes back to the built-in lexicon alone. Also sets
    ``$FACTWIRE_VERBS_DICT`` so worker processes started afterwards use the same dictionary.
    """
    if verbs_dict is not None:
        path = Path(verbs_dict)
        if not path.is_file():
            from factwire.model import FactwireError

            raise FactwireError(str(path), "no such CAMEO verb dictionary", "extract")
    _config["verbs_dict"] = str(verbs_dict) if verbs_dict else None
    if verbs_dict:
        os.environ[VERBS_DICT_ENV] = str(verbs_dict)
    else:
        os.environ.pop(VERBS_DICT_ENV, None)


def configured_verbs_dict() -> str | None:
    """The user-supplied CAMEO verb dictionary in force (configure(), else the env var)."""
    return _config["verbs_dict"] or os.environ.get(VERBS_DICT_ENV) or None


def current_lexicon() -> Lexicon:
    return _lexicon_for(configured_verbs_dict())


@functools.cache
def _lexicon_for(verbs_dict: str | None) -> Lexicon:
    if not verbs_dict:
        return build_lexicon()
    from factwire.extract.events_cameo import load_verb_rules

    return build_lexicon(load_verb_rules(Path(verbs_dict)))


# --- participants ------------------------------------------------------------------------------


class Resolver:
    """Finds the entity a token refers to: by mention span, else by pronoun or "the country"."""

    def __init__(self, doc: Document, parsed: Doc):
        self.doc = doc
        self.parsed = parsed
        mentions = []
        for entity in doc.entities:
            for m in entity.mentions:
                mentions.append((m.span[0], m.span[1], entity))
        self.mentions = sorted(mentions, key=lambda x: x[0])

    def entity_of(self, token: Token, exclude: set[str] = frozenset()) -> Entity | None:
        """The entity mentioned by this token (its own span), resolving pronouns."""
        span = (token.idx, token.idx + len(token.text))
        entity = self.doc.entity_at(*span)
        if entity is not None:
            # a countryless group ("troops", "reports") is no participant we can code
            if not entity.country and entity.kind not in {"person", "organization"}:
                return None
            return entity
        lower = token.lower_
        if token.pos_ == "PRON" or lower in PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS:
            if lower in FIRST_PERSON:
                return self._speaker(token)
            return self._antecedent(token, lower, exclude)
        if token.lemma_.lower() in DEFINITE_ACTOR_NOUNS and any(
            c.lower_ in {"the", "this"} for c in token.children
        ):
            return self._antecedent(token, "the", exclude,
                                    kinds={"country", "person", "organization"})
        return None

    def _speaker(self, token: Token) -> Entity | None:
        """The speaker of the direct quote around a token (reported speech keeps "it" free)."""
        for quote in self.doc.quotes:
            if quote.kind == "indirect":
                continue
            if quote.span[0] <= token.idx < quote.span[1] and quote.speaker:
                return self.doc.entity(quote.speaker)
        return None

    def _antecedent(self, token: Token, pronoun: str, exclude: set[str],
                    kinds: set[str] | None = None) -> Entity | None:
        """Nearest earlier mention of a fitting entity, within the last few sentences."""
        if kinds is None:
            if pronoun in PERSON_PRONOUNS:
                kinds = {"person"}
            elif pronoun in THING_PRONOUNS:
                kinds = {"country", "organization", "group"}
            else:
                kinds = {"country", "organization", "group", "person"}
        sent_starts = [s.start_char for s in self.parsed.sents if s.start_char <= token.idx]
        floor = sent_starts[-min(ANTECEDENT_SENTENCES, len(sent_starts))] if sent_starts else 0
        excluded = set(exclude)
        speaker = self._speaker(token)
        if speaker is not None:  # inside a quote "he" is not the one speaking
            excluded.add(speaker.id)
        # "its support of Russia": an entity inside the pronoun's own phrase is not its referent
        phrase = token.head if token.dep_ == "poss" else token
        excluded |= {e.id for t in phrase.subtree if t.i != token.i
                     for e in [self.doc.entity_at(t.idx, t.idx + len(t.text))] if e}
        nearest: Entity | None = None
        for start, end, entity in reversed(self.mentions):
            if start >= token.idx or start < floor:
                continue
            if entity.kind in kinds and entity.id not in excluded and entity.country:
                if pronoun == "it" and self._thing_between(end, token):
                    return nearest  # "... the deal, while Germany and Spain support it"
                if self._is_subject(start, end):
                    return entity  # a subject or possessor is the salient antecedent
                nearest = nearest or entity
        return nearest

    def _thing_between(self, after: int, token: Token) -> bool:
        """Is there a non-entity noun phrase (a thing) between a candidate and "it"?"""
        for chunk in self.parsed.noun_chunks:
            if not (after <= chunk.start_char and chunk.end_char <= token.idx):
                continue
            root = chunk.root
            if root.pos_ != "NOUN" or root.tag_ in {"NNS", "NNPS"}:
                continue
            if self.doc.entity_at(chunk.start_char, chunk.end_char) is None:
                return True
        return False

    def _is_subject(self, start: int, end: int) -> bool:
        root = span_root(self.parsed, start, end)
        return root is not None and root.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"poss"}


def _phrase_entities(head: Token, resolver: Resolver, exclude: set[str],
                     depth: int = 3) -> list[Entity]:
    """Entities a noun phrase refers to: its head, else its possessor/compound/modifier, else an
    of/from-phrase inside it (breadth first, so "its support of Russia" gives "its")."""
    found: list[Entity] = []
    for member in [head, *_conjuncts(head)]:
        entity = _first_entity(member, resolver, exclude, depth)
        if entity is not None and entity.id not in {e.id for e in found}:
            found.append(entity)
    return found


def _conjuncts(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _first_entity(head: Token, resolver: Resolver, exclude: set[str], depth: int) -> Entity | None:
    frontier = [head]
    for _ in range(depth + 1):
        nxt: list[Token] = []
        for tok in frontier:
            entity = resolver.entity_of(tok, exclude)
            if entity is not None and entity.id not in exclude:
                if not entity.country:  # "its foreign minister": whose minister
                    for poss in (c for c in tok.children if c.dep_ == "poss"):
                        owner = resolver.entity_of(poss, exclude)
                        if owner is not None and owner.country and owner.id not in exclude:
                            return owner
                return entity
            for child in tok.children:
                if child.dep_ in PHRASE_BREAKS or child.dep_ in {"det", "punct", "cc"}:
                    continue
                if child.dep_ == "prep" and child.lower_ not in PHRASE_PREPS:
                    continue
                nxt.append(child)
        frontier = nxt
        if not frontier:
            break
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)


def _subject_tokens(verb: Token) -> list[Token]:
    """The subject of a verb, inherited through xcomp/conj/participles when it has none."""
    seen = 0
    while verb is not None and seen < 6:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects
        if _is_passive(verb):
            agents = [g for c in verb.children if c.dep_ == "agent"
                      for g in c.children if g.dep_ == "pobj"]
            return agents
        if verb.dep_ in {"xcomp", "conj"} or (verb.dep_ in {"advcl", "acl"} and verb.tag_ == "VBG"):
            governor = verb.head
            if verb.dep_ == "xcomp" and _is_passive(governor):
                # "Pyongyang is expected to receive": the raised subject acts.
                return [c for c in governor.children if c.dep_ in PASSIVE_SUBJECTS]
            verb = governor
            continue
        if verb.dep_ == "acomp" or (verb.pos_ == "ADJ" and verb.dep_ != "ROOT"):
            verb = verb.head  # "France is ready to contribute": the copula's subject
            continue
        if verb.dep_ == "pcomp":  # "by shelling X": the governing verb's subject
            verb = verb.head.head
            continue
        return []
    return []


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
    if any(c.lower_ == words[0] for c in kids):
        return True
    # "call on X to": the preposition may hang on the object instead
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.lower_ == words[0]


def _modifier_lemmas(token: Token) -> set[str]:
    return {c.lemma_.lower() for c in token.children
            if c.dep_ in {"amod", "compound", "nmod", "npadvmod", "poss"}}


def _object_heads(token: Token) -> list[Token]:
    """What a trigger acts on: its direct objects, or its prepositional objects, with conjuncts."""
    heads = _objects(token)
    if token.pos_ == "VERB" and _is_passive(token):
        heads = heads + [c for c in token.children if c.dep_ in PASSIVE_SUBJECTS]
    if not heads:
        heads = [g for c in token.children if c.dep_ == "prep"
                 for g in c.children if g.dep_ == "pobj"]
    return heads + [c for h in heads for c in _conjuncts(h)]


def _rule_matches(rule: TriggerRule, token: Token, resolver: Resolver) -> bool:
    if rule.prt and not _has_particle(token, rule.prt):
        return False
    if rule.compound and rule.compound not in _modifier_lemmas(token):
        return False
    if rule.no_predicate and any(
        c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"} for h in [token, *_objects(token)]
        for c in h.children
    ):
        return False
    if rule.comp_aux and not any(
        comp.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in rule.comp_aux
                                     for a in comp.children)
        for comp in token.children
    ):
        return False
    if rule.mod and not (_modifier_lemmas(token) & set(rule.mod)):
        return False
    if rule.obj or rule.obj_entity or rule.obj_person:
        heads = _object_heads(token) if token.pos_ in {"VERB", "AUX"} else [token]
        ok = False
        for head in heads:
            lemmas = {head.lemma_.lower()} | _modifier_lemmas(head)
            for _p, inner in _preps(head, {"of"}):  # "part of a military aid program"
                lemmas |= {inner.lemma_.lower()} | _modifier_lemmas(inner)
            if rule.obj and lemmas & set(rule.obj):
                ok = True
            if rule.obj_entity or rule.obj_person:
                entity = resolver.entity_of(head)
                if entity is not None and (not rule.obj_person or entity.kind == "person"):
                    ok = True
        if not ok:
            return False
    return True


def match_trigger(token: Token, lexicon: Lexicon, resolver: Resolver) -> TriggerRule | None:
    """The first lexicon rule whose lemma, part of speech and constraints fit this token."""
    if token.pos_ in {"VERB", "AUX"}:
        pos = "VERB"
    elif token.pos_ in {"NOUN", "PROPN"}:
        pos = "NOUN"
    elif token.pos_ == "ADJ":
        pos = "ADJ"
    else:
        return None
    if pos == "VERB" and token.pos_ == "AUX" and token.dep_ in {"aux", "auxpass"}:
        return None
    lemma = token.lemma_.lower()
    for rule in lexicon.lookup(lemma, pos):
        if _rule_matches(rule, token, resolver):
            return rule
    return None


# --- the extractor -----------------------------------------------------------------------------


@dataclass
class Candidate:
    token: Token
    rule: TriggerRule
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    implicit: bool = False  # participants taken from the previous sentence
    threat: bool = False  # a coercive step floated by a quoted speaker: coded THREATEN
    intent_type: str | None = None  # AGREE or THREATEN when the actor states a future step
    demand: bool = False  # an obligation stated by someone: coded REQUEST
    context_extra: str | None = None


def _participants(token: Token, rule: TriggerRule, resolver: Resolver,
                  lexicon: Lexicon) -> tuple[list[Entity], list[Entity]]:
    """Actor and recipient entities of a trigger, from its dependency neighbourhood."""
    actor_heads: list[Token] = []
    recipient_heads: list[Token] = []
    if token.pos_ in {"VERB", "AUX"} or rule.stative:
        if rule.stative:
            actor_heads = _passive_subjects(token) or _subject_tokens(token)
            recipient_heads = []
        elif _is_passive(token):
            actor_heads = [g for c in token.children if c.dep_ == "agent"
                           for g in c.children if g.dep_ == "pobj"]
            recipient_heads = [c for c in token.children if c.dep_ in PASSIVE_SUBJECTS]
        else:
            actor_heads = _subject_tokens(token)
            recipient_heads = _objects(token)
        if rule.type in THEME_TYPES:  # "sent troops", "withdraw its troops": the theme
            recipient_heads = [h for h in recipient_heads
                               if resolver.entity_of(h) is not None
                               and not ({h.lemma_.lower()} | _modifier_lemmas(h)) & set(rule.obj)]
        if rule.reverse:
            givers = [o for (_p, o) in _preps(token, {"from"})]
            givers += [o for h in _objects(token) for (_p, o) in _preps(h, {"from"})]
            actor_heads, recipient_heads = givers, actor_heads
    else:
        actor_heads, recipient_heads = _noun_heads(_anchor(token), lexicon)
    actors = [e for h in actor_heads for e in _phrase_entities(h, resolver, set())]
    actor_ids = {e.id for e in actors}
    recipients = [e for h in recipient_heads
                  for e in _phrase_entities(h, resolver, actor_ids)]
    if not recipients and not rule.reverse:
        recipients = _prep_recipients(_anchor(token), rule, resolver, lexicon, actor_ids)
    if not recipients and token.pos_ in {"VERB", "AUX"}:
        recipients = _complement_recipients(token, rule, resolver, lexicon, actor_ids)
    recipients = [e for e in _unique(recipients) if e.id not in actor_ids]
    if rule.type not in lexicon.place_recipient_types:  # a place is no one to accuse or meet
        recipients = [e for e in recipients if e.kind != "location"]
    return _unique(actors), recipients


def _complement_recipients(token: Token, rule: TriggerRule, resolver: Resolver,
                           lexicon: Lexicon, exclude: set[str]) -> list[Entity]:
    """The recipient of an action stated through its complement: "demanded that the US
    cancel ..." (the complement's own subject), "threatened to ban voting in East Jerusalem"
    (whom the threatened step would hit)."""
    for comp in token.children:
        if comp.dep_ not in {"xcomp", "ccomp"} or comp.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in comp.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
        found = [e for s in subjects for e in _phrase_entities(s, resolver, exclude)]
        if found:
            return found
        found = [e for o in _objects(comp) for e in _phrase_entities(o, resolver, exclude)]
        if found:
            return found
        found = _prep_recipients(comp, rule, resolver, lexicon, exclude)
        if found:
            return found
        found = _complement_recipients(comp, rule, resolver, lexicon, exclude)
        if found:
            return found
        for cond in comp.children:  # "... a strike unless Israel rescinded ...": the one pressed
            if cond.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"unless", "if"}
                                           for m in cond.children):
                found = [e for c in cond.children if c.dep_ in SUBJECTS
                         for e in _phrase_entities(c, resolver, exclude)]
                if found:
                    return found
    return []


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


def _noun_heads(token: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Nominalisation: possessor or by-phrase acts; of-phrase (or the governing verb's object)
    receives; a light verb ("imposed sanctions on") lends its subject."""
    actor_heads = [c for c in token.children if c.dep_ == "poss"]
    actor_heads += [o for (_p, o) in _preps(token, {"by"})]
    # "Palestinian riots", "US sanctions": a modifier naming an actor, when nothing else does
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}
                 and c.pos_ in {"ADJ", "PROPN"}]
    if token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"}:
        actor_heads += [c for c in token.head.children if c.dep_ == "poss"]
    recipient_heads: list[Token] = []
    of_objs = [o for (_p, o) in _preps(token, {"of"})]
    if actor_heads:
        recipient_heads = of_objs
    elif of_objs:
        # "the deployment of troops": of-phrase is what is moved; entity there is an actor
        # only for "support/aid of X" readings, so it is kept as recipient.
        recipient_heads = of_objs
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:  # "banking or secondary sanctions"
        first = first.head
    head = first.head
    if first.dep_ in {"pobj"} and head.dep_ == "prep":
        head = head.head
    if first.dep_ in {"dobj", "pobj", "nsubjpass", "attr"} and head.pos_ in {"VERB", "AUX"}:
        if _is_light(head, lexicon) and not actor_heads:
            if _is_passive(head):
                actor_heads = [g for c in head.children if c.dep_ == "agent"
                               for g in c.children if g.dep_ == "pobj"]
            else:
                actor_heads = _subject_tokens(head)
        elif _is_passive(head) and not recipient_heads:
            # "he has to be dealt with ... through sanctions": the passive subject is the target
            recipient_heads = _passive_subjects(head)
    return actor_heads or modifiers, recipient_heads


def _passive_subjects(verb: Token) -> list[Token]:
    """Who undergoes a passive verb, raised through "has to be dealt with"."""
    own = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    if own or verb.dep_ != "xcomp":
        return own
    return [c for c in verb.head.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]


def _prep_recipients(token: Token, rule: TriggerRule, resolver: Resolver, lexicon: Lexicon,
                     exclude: set[str]) -> list[Entity]:
    preps = set(lexicon.recipient_preps)
    if rule.type in lexicon.place_recipient_types:
        preps |= lexicon.place_preps
    if token.pos_ == "NOUN" or rule.reverse:
        preps.discard("of")
    holders = [token] + _objects(token)
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubjpass"} and (
        _is_light(token.head, lexicon)
    ):
        holders.append(token.head)  # "imposed sanctions on Iran"
    found: list[Entity] = []
    for holder in holders:
        for _prep, obj in _preps(holder, preps):
            found.extend(_phrase_entities(obj, resolver, exclude))
    if not found:
        # purpose clause: "sent troops to assist Russia", "began a hunger strike to protest X"
        for holder in holders:
            for child in holder.children:
                if child.dep_ in {"advcl", "xcomp"} and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children
                ):
                    for obj in _objects(child):
                        found.extend(_phrase_entities(obj, resolver, exclude))
                    for _prep, obj in _preps(child, {"against", "on", "to", "with", "from"}):
                        found.extend(_phrase_entities(obj, resolver, exclude))
                    if not found:  # "to help defend Saudi Arabia"
                        found = _complement_recipients(child, rule, resolver, lexicon, exclude)
    if not found and token.dep_ in {"advcl", "acl"} and token.tag_ == "VBG":
        # "shared a message addressed to Putin, criticizing ...": the message's addressee
        for obj in _objects(token.head):
            for sub in obj.subtree:
                if sub.lower_ == "to" and sub.dep_ in {"prep", "dative"}:
                    for pobj in sub.children:
                        if pobj.dep_ == "pobj":
                            found.extend(_phrase_entities(pobj, resolver, exclude))
    return found


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


def _folded_under(cand: Candidate, kept: dict[int, Candidate]) -> bool:
    """Is this trigger inside the argument of a kept trigger of the same clause, or a
    participle that tells the outcome of one ("attacked Kyiv, killing 12")?"""
    cur = cand.token
    while cur.head.i != cur.i:
        if cur.dep_ in CLAUSE_BREAKS and not _content_clause(cur):
            head = kept.get(cur.head.i) or next(  # or the light verb's noun: "staged rallies"
                (k for k in kept.values() if k.token.head.i == cur.head.i
                 and k.token.dep_ in {"dobj", "nsubjpass"}), None)
            if cur.dep_ != "advcl" or head is None:
                return False
            if _event_type(head) in CONTENT_TYPES:  # "refused to meet X, saying he would ..."
                return True
            # "attacked Kyiv, killing 12"; "staged rallies ..., saying he must resign"
            return head.rule.type == cand.rule.type or (
                cur.tag_ == "VBG" and cand.rule.type == "REQUEST")
        cur = cur.head
        if cur.i in kept:
            return True
    return False


def _background(token: Token) -> bool:
    """Is the trigger background to the sentence: in a relative clause ("a helicopter that was
    captured"), a participle ("property seized by"), or, for a noun, a temporal phrase?"""
    cur = token
    while cur.head.i != cur.i:
        if cur.dep_ == "relcl" and any(c.lower_ in RELATIVE_WORDS for c in cur.children
                                       if c.i < cur.i):
            return True
        if cur.dep_ == "acl" and cur.tag_ == "VBN":
            return True
        if (token.pos_ == "NOUN" and cur.dep_ == "pobj"
                and cur.head.lower_ in BACKGROUND_PREPS):
            return True
        if cur.dep_ in {"ccomp", "conj", "advcl", "parataxis"}:
            return False
        cur = cur.head
    return False


def _content_clause(clause: Token) -> bool:
    """A clause that is part of the action above it: its condition ("... unless Baghdad
    accepted") or an infinitival content or purpose ("an ultimatum to halt attacks")."""
    if clause.dep_ not in {"advcl", "acl"}:
        return False
    kids = list(clause.children)
    if clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in kids
    ):
        return True
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)


def _mode(rule: TriggerRule, token: Token, lexicon: Lexicon, etype: str) -> str | None:
    if rule.mode:
        return rule.mode
    words = lexicon.mode_words.get(etype)
    if not words:
        return None
    near = {t.lemma_.lower() for t in _clause_tokens(token)}
    if token.dep_ in {"dobj", "nsubjpass"}:  # "launched a drone attack": the light verb's clause
        near |= {t.lemma_.lower() for t in _clause_tokens(token.head)}
    for mode, lemmas in words.items():
        if near & lemmas:
            return mode
    return None


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


def _date(token: Token, sent: Span, doc: Document, parsed: Doc) -> EventDate:
    # An event happens at a point or day, never "for two years" (DURATION) or "every week" (SET).
    times = [t for t in doc.times if sent.start_char <= t.span[0] < sent.end_char
             and t.type in ("DATE", "TIME")]
    best: TimeExpr | None = None
    for t in times:
        root = span_root(parsed, *t.span)
        if root is not None and _belongs_to_clause(root, token):
            best = t
            break
    if best is None and len(times) == 1 and _clause_verb(token).i == sent.root.i:
        best = times[0]
    if best is not None and best.value:
        return EventDate(best.value, best.text)
    return EventDate(doc.published, None)


def _location(token: Token, sent: Span, doc: Document, parsed: Doc,
              place_preps: set[str]) -> Location | None:
    """The place of the trigger's clause: an entity of kind location, with its country, or a
    country named as where it happened ("shelled villages in Afghanistan")."""
    country_place: Location | None = None
    for entity in doc.entities:
        if entity.kind not in {"location", "country"}:
            continue
        for m in entity.mentions:
            if not (sent.start_char <= m.span[0] < sent.end_char):
                continue
            root = span_root(parsed, *m.span)
            if root is None or not _belongs_to_clause(root, token):
                continue
            if entity.kind == "location":
                return Location(entity.name, entity.country)
            if (country_place is None and root.dep_ == "pobj"
                    and root.head.lower_ in place_preps):
                country_place = Location(entity.name, entity.country)
    return country_place


def _size(token: Token, etype: str, sent: Span, doc: Document, parsed: Doc) -> Size | None:
    """The quantity of the action: what its object counts, or who was killed, hurt, held."""
    quantities: list[Quantity] = [q for q in doc.quantities
                                  if sent.start_char <= q.span[0] < sent.end_char]
    scope = set()
    for head in _object_heads(token) + [token]:
        scope |= {t.i for t in head.subtree if not any(
            a.dep_ in PHRASE_BREAKS for a in _path_up(t, head))}
    if etype in {"ASSAULT", "COERCE", "PROTEST"}:
        for child in token.children:
            if child.dep_ in {"advcl", "conj"} and child.lemma_.lower() in {
                "kill", "wound", "injure", "arrest", "detain", "leave"
            }:
                scope |= {t.i for t in child.subtree}
    for q in quantities:
        root = span_root(parsed, *q.span)
        if q.low is None and q.high is None:
            continue
        if root is not None and root.i in scope and root.i != token.i:
            return Size(q.low, q.high, q.unit)
    return None


def _claim_for(token: Token, doc: Document) -> Claim | None:
    """The smallest claim around the trigger, unless the trigger is that claim's own cue
    ("accusing Tehran of ...", "rejected the accusation": the act is not what is claimed)."""
    best: Claim | None = None
    for claim in doc.claims:
        if claim.cue and claim.cue.lower().split()[0] == token.lower_:
            continue
        if claim.span[0] <= token.idx < claim.span[1] and (
            best is None or claim.span[1] - claim.span[0] < best.span[1] - best.span[0]
        ):
            best = claim
    return best


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if token.pos_ == "NOUN":
        return any(c.lower_ in {"no", "without"} for c in token.children)
    cur = token
    while cur.dep_ in {"xcomp"} and cur.head.i != cur.i:
        cur = cur.head
        if any(c.dep_ == "neg" for c in cur.children):
            return True
    return False


def _local_status(token: Token, sent: Span, lexicon: Lexicon) -> str | None:
    """Hypothetical ("if", "may", a question) or expected ("will", "is expected to") wording."""
    chain = [token]
    governors = []  # what the trigger is the complement of: "is expected to receive"
    cur = token
    while cur.head.i != cur.i and cur.dep_ not in {"ccomp", "relcl", "parataxis", "advcl", "acl"}:
        if cur.dep_ == "xcomp":
            governors.append(cur.head)
        cur = cur.head
        chain.append(cur)
    for tok in chain:
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "mark" and low in lexicon.conditional_marks:
                return "possible"
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in lexicon.conditional_marks for g in child.children
            ):
                return "possible"  # "will impose sanctions if Iran refuses"
            if child.dep_ in {"aux", "advmod"} and low in lexicon.possible_modals:
                return "possible"
    if sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        return "possible"
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in lexicon.expected_modals:
                return "expected"
    if any(g.lemma_.lower() in lexicon.expected_governors for g in governors):
        return "expected"
    return None


def _inside_quote_of(token: Token, doc: Document) -> str | None:
    for quote in doc.quotes:
        if quote.span[0] <= token.idx < quote.span[1]:
            return quote.speaker
    return None


def find_events(doc: Document, parsed: Doc) -> list[Event]:
    """Events of a document, one per trigger, each with resolved actor or recipient."""
    if not doc.entities:
        return []
    lexicon = current_lexicon()
    resolver = Resolver(doc, parsed)
    events: list[Event] = []
    previous: list[tuple[Candidate, Event]] = []
    for sent in parsed.sents:
        current: list[tuple[Candidate, Event]] = []
        for cand in _sentence_candidates(sent, lexicon, resolver, previous):
            event = _make_event(cand, sent, doc, parsed, lexicon, len(events) + 1)
            if event is not None:
                events.append(event)
                current.append((cand, event))
        previous = current
    return events


def _sentence_candidates(sent: Span, lexicon: Lexicon, resolver: Resolver,
                         previous: list[tuple[Candidate, Event]]) -> Iterator[Candidate]:
    found = []
    for token in sent:
        rule = match_trigger(token, lexicon, resolver)
        if rule is not None:
            found.append(Candidate(token, rule))
    found.sort(key=lambda c: (_depth(c.token), c.token.i))
    kept: dict[int, Candidate] = {}
    matched = {c.token.i for c in found}
    for cand in found:
        if _folded_under(cand, kept) or _background(cand.token):
            continue
        tok = cand.token
        if tok.dep_ == "compound" and tok.head.lemma_.lower() not in lexicon.classes["effort"]:
            continue  # "invasion forces", "protest leaders": a modifier, not an action
        cand.actors, cand.recipients = _participants(cand.token, cand.rule, resolver, lexicon)
        if not cand.actors and not cand.recipients:
            _inherit(cand, previous)
        _quoted_speaker_acts(cand, sent, resolver)
        if _obligation(cand.token) and not _demanded(cand, matched, resolver):
            continue  # "that it must cooperate": an obligation, not something that happened
        _floated_threat(cand, sent, lexicon, resolver)
        cand.intent_type = _stated_intent(cand, lexicon)
        if not _viable(cand, lexicon):
            continue
        kept[cand.token.i] = cand
    yield from sorted(kept.values(), key=lambda c: c.token.i)


def _obligation(token: Token) -> bool:
    """A complement clause saying what someone must or should do."""
    return token.pos_ in {"VERB", "AUX"} and token.dep_ in {"ccomp", "acl"} and any(
        c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in token.children)


def _demanded(cand: Candidate, matched: set[int], resolver: Resolver) -> bool:
    """Code an obligation as the demand of whoever states it ("issued a reminder to Iraq that
    it must cooperate" → REQUEST to Iraq); False when a trigger above already covers it or
    nobody can be named."""
    if any(a.i in matched for a in cand.token.ancestors):
        return False
    governor = cand.token.head
    if governor.pos_ in {"NOUN", "PROPN"}:  # "a reminder that ..."
        governor = governor.head
    demanders = [e for s in _subject_tokens(governor)
                 for e in _phrase_entities(s, resolver, set())]
    obliged = cand.actors  # who must act: the obliged clause's subject
    if not demanders or not obliged:
        return False
    cand.context_extra = cand.rule.type.lower()
    cand.demand = True
    cand.actors, cand.recipients = demanders, [e for e in obliged
                                               if e.id not in {d.id for d in demanders}]
    return bool(cand.recipients)


def _inherit(cand: Candidate, previous: list[tuple[Candidate, Event]]) -> None:
    """A passive report with no agent that continues the previous sentence's action of the same
    kind ("another 3,000 troops were sent") takes its participants from it."""
    tok = cand.token
    if tok.pos_ not in {"VERB", "AUX"} or not _is_passive(tok):
        return
    kinds = {cand.rule.type}
    if cand.rule.recipient_type:
        kinds.add(cand.rule.recipient_type[0])
    for prev, event in previous:
        if event.type in kinds and not prev.implicit:
            cand.actors = list(prev.actors)
            cand.recipients = list(prev.recipients)
            cand.implicit = True
            return


def _quoted_speaker_acts(cand: Candidate, sent: Span, resolver: Resolver) -> None:
    """'"... must end," a spokesperson said': when the saying verb is a quote's cue and the
    quotes stage knows whose spokesperson it is, that coded speaker is the actor."""
    if cand.actors and any(e.country for e in cand.actors):
        return
    for quote in resolver.doc.quotes:
        if not (quote.cue and quote.speaker and quote.cue.lower() == cand.token.lower_):
            continue
        if not (sent.start_char <= quote.span[0] < sent.end_char
                or sent.start_char < quote.span[1] <= sent.end_char):
            continue
        speaker = resolver.doc.entity(quote.speaker)
        if speaker is not None and speaker.country:
            cand.actors = [speaker]
            cand.recipients = [e for e in cand.recipients if e.id != speaker.id]
            return


def _floated_threat(cand: Candidate, sent: Span, lexicon: Lexicon, resolver: Resolver) -> None:
    """A sanction or attack that a quoted speaker only floats ("maybe ... through sanctions?")
    is the speaker's threat: THREATEN, with the speaker as actor when the text names none."""
    if cand.rule.type not in lexicon.hypothetical_threat_types or _negated(cand.token):
        return
    if _local_status(cand.token, sent, lexicon) != "possible":
        return
    speaker_id = _inside_quote_of(cand.token, resolver.doc)
    speaker = resolver.doc.entity(speaker_id)
    if speaker is None or (cand.actors and cand.actors[0].id != speaker.id):
        return
    cand.threat = True
    cand.actors = [speaker]
    cand.recipients = [e for e in cand.recipients if e.id != speaker.id]


def _viable(cand: Candidate, lexicon: Lexicon) -> bool:
    """Precision gate: the sides this type needs are there, and one side has a country."""
    etype = _event_type(cand)
    if not cand.actors and not cand.recipients:
        return False
    tok = cand.token
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "to annihilate and wipe out"
        tok = tok.head
    if not cand.actors and tok.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    ):
        return False  # a purpose ("sent to annihilate ...") whose doer is unknown
    if not any(e.country for e in cand.actors + cand.recipients):
        return False
    base = cand.rule.recipient_type[0] if cand.rule.recipient_type and cand.recipients \
        else cand.rule.type
    for kind in {etype, base}:  # a promised meeting still needs someone to meet
        if kind in lexicon.actor_required and not cand.actors:
            return False
        if kind in lexicon.recipient_required and not cand.recipients and not (
            kind in lexicon.symmetric and len(cand.actors) >= 2
            and not any(o.pos_ == "PRON" for o in _objects(cand.token))  # "support it"
        ):
            return False
    return True


def _stated_intent(cand: Candidate, lexicon: Lexicon) -> str | None:
    """AGREE or THREATEN when the actor states a future or conditional step of its own."""
    base = cand.rule.type
    if cand.rule.recipient_type and cand.recipients:
        base = cand.rule.recipient_type[0]
    recode = lexicon.intent_recode.get(base)
    if cand.threat or cand.demand or not cand.actors:
        return None
    if _negated(cand.token):
        if base not in lexicon.refusal_types:
            return None
        recode = "REJECT"  # "will not meet", "would not accept": a refusal
    if recode is None:
        return None
    cur = cand.token
    if cur.pos_ not in {"VERB", "AUX"}:  # "will impose a curfew": the light verb's clause
        if cur.dep_ not in {"dobj", "nsubjpass"}:
            return None
        cur = cur.head
    for _ in range(4):
        conditions = [{g.lower_ for g in c.children if g.dep_ == "mark"}
                      for c in cur.children if c.dep_ == "advcl"]
        if recode != "REJECT" and any(m & lexicon.threat_marks for m in conditions):
            return "THREATEN"  # "will withdraw ... unless": coercive whatever the step
        if any(m & lexicon.conditional_marks for m in conditions) or any(
            c.dep_ == "aux" and c.lower_ in lexicon.intent_modals for c in cur.children
        ):
            return recode
        if cur.dep_ != "xcomp":
            return None
        cur = cur.head
        if cur.lemma_.lower() in lexicon.intent_governors:
            return recode
    return None


def _event_type(cand: Candidate) -> str:
    if cand.demand:
        return "REQUEST"
    if cand.threat:
        return "THREATEN"
    if cand.intent_type:
        return cand.intent_type
    if cand.rule.recipient_type and cand.recipients:
        return cand.rule.recipient_type[0]
    return cand.rule.type


def _make_event(cand: Candidate, sent: Span, doc: Document, parsed: Doc, lexicon: Lexicon,
                number: int) -> Event | None:
    token = cand.token
    rule = cand.rule
    etype = _event_type(cand)
    mode = rule.mode
    if rule.recipient_type and cand.recipients:
        mode = rule.recipient_type[1]
    if mode is None:
        mode = _mode(rule, token, lexicon, etype)
    claim = _claim_for(token, doc)
    status = claim.status if claim is not None else "asserted"
    negated = _negated(token)
    local = _local_status(token, sent, lexicon)
    if local and status in {"asserted", "reported", "confirmed"}:
        status = local
    if negated and status in {"asserted", "reported", "confirmed"}:
        status = "negated"
    actors = list(cand.actors)
    context = list(rule.context)
    if cand.demand:
        context.append(cand.context_extra or rule.type.lower())
        mode = None
    elif cand.threat or cand.intent_type:
        base = rule.type
        if rule.recipient_type and cand.recipients:
            base = rule.recipient_type[0]
        context.append(base.lower())
        mode = None
        if cand.intent_type and status in {"expected", "possible"} and claim is None:
            status = "asserted"  # the promise or threat itself was made
    if etype in lexicon.actor_required and not actors:
        return None
    span = (token.idx, token.idx + len(token.text))
    return Event(
        id=f"ev{number}",
        type=etype,
        mode=mode,
        context=context,
        trigger=Trigger(span, token.text),
        sentence=(sent.start_char, sent.end_char),
        actor=[e.id for e in actors],
        recipient=[e.id for e in cand.recipients],
        date=_date(token, sent, doc, parsed),
        location=_location(token, sent, doc, parsed, lexicon.place_preps),
        size=_size(token, etype, sent, doc, parsed),
        status=status,
        claim=claim.id if claim is not None else None,
        negated=negated,
    )
