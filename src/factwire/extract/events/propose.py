"""Candidates: every token the lexicon, the CAMEO verb dictionary or its argument structure
marks as a possible event, with the syntactic checks that fold a trigger into another's
argument and the stated-intent, demand and threat readings.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from factwire.extract._common import indefinite, token_span
from factwire.extract.actors import SPEECH_VERBS
from factwire.extract.events import implicit
from factwire.extract.events.lexicon import (
    _WORDS,
    BACKGROUND_PREPS,
    BORDER_NOUNS,
    INTENT_NOUNS,
    LOCATIVE_PREPS,
    MODALITY,
    MOTIVE_NOUNS,
    PEOPLE_NOUNS,
    RELATIVE_WORDS,
    Lexicon,
    TriggerRule,
    _builtin,
)
from factwire.extract.events.modality import _inside_quote_of, _local_status
from factwire.extract.events.register import OPINION_VERBS, WISH_VERBS, public_wish
from factwire.extract.events.roles import (
    Resolver,
    _actors_own,
    _addressee,
    _names_a_harm,
    _participants,
    _phrase_entities,
)
from factwire.extract.events.score import Scorer
from factwire.extract.events.syntax import (
    CLAUSE_BREAKS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    _agent_participle,
    _conjuncts,
    _depth,
    _has_particle,
    _is_light,
    _is_passive,
    _means_lemmas,
    _modifier_lemmas,
    _negated,
    _object_heads,
    _objects,
    _of_owner,
    _preps,
    _purpose_lemmas,
    _ruled_out,
    _subject_tokens,
    _to_infinitive,
    joined_infinitive,
    misread_participle,
    set_aside_mark,
    with_shared_subject,
)
from factwire.model import (
    Entity,
    Event,
    Mention,
)

# Verbs too general to be an event on their own, however many actors stand around them.
NON_EVENT_VERBS = frozenset(_WORDS["non_event_verbs"])
# Acts whose participles tell the same act on (its casualties, its chants, its charges).
CONTINUOUS_TYPES = {"ASSAULT", "PROTEST", "ACCUSE"}
# Verbal acts whose adverbial clauses spell out what was said, not further events.
CONTENT_TYPES = {"REQUEST", "THREATEN", "AGREE", "REJECT"}
# What one may be told to feel, not to do ("told residents they should not panic").
STATES_OF_MIND = frozenset(_builtin()["classes"]["states_of_mind"])
DEPICTIONS = frozenset(_builtin()["classes"]["depictions"])


def _done_by_nature(token: Token, lexicon: Lexicon) -> bool:
    """Is the doer a force of nature or a disease (``hazards``): the by-phrase of a passive
    or the subject of a verb ("destroyed by the cyclone", "the flood swept away homes")? For
    any type; ``register.natural_cause`` rules out harm alone, by a wider list of causes."""
    doers = [g for _p, g in _preps(token, {"by"})] + [
        c for c in token.children if c.dep_ in SUBJECTS]
    return any(d.lemma_.lower() in lexicon.classes["hazards"] for d in doers)


def _has_patient(verb: Token) -> bool:
    """Does someone undergo the act: an object or a passive subject on the verb or a verb
    joined to it ("arresting and detaining suspects"), or the noun a relative clause or a
    participle describes ("the activists police detained", "the men detained on Monday")?"""
    return any(_objects(t) or _is_passive(t) or t.dep_ in ("relcl", "acl")
               for t in (verb, *verb.conjuncts))


def _rule_matches(rule: TriggerRule, token: Token, resolver: Resolver) -> bool:
    if rule.prt and not _has_particle(token, rule.prt):
        return False
    if rule.prt and any(c.dep_ == "prt" and c.lower_ != rule.prt.split()[0]
                        for c in token.children):
        return False  # "called the file up on his laptop": "call up", not "call on"
    if rule.compound and rule.compound not in _modifier_lemmas(token):
        return False
    if rule.no_predicate and any(
        c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"} for h in [token, *_objects(token)]
        for c in h.children
    ):
        return False
    if rule.predicate and not _verdict(token):
        return False
    if rule.patient and token.pos_ == "VERB" and not _has_patient(token):
        return False  # "are arresting and detaining without warrants": no one undergoes it
    if rule.verdict_words or rule.verdict_not:
        words = {w.lemma_.lower() for w in _verdict_heads(token)}
        if rule.verdict_words and not words & set(rule.verdict_words):
            return False
        if words & set(rule.verdict_not):
            return False
    if rule.comp_aux and not any(
        comp.dep_ in {"ccomp", "xcomp"} and any(a.dep_ == "aux" and a.lower_ in rule.comp_aux
                                                for a in comp.children)
        and not any(w.tag_ in ("WRB", "WP") for w in comp.children if w.i < comp.i)
        and (not _thing_obliged(comp, resolver) or _addressee(token, resolver) is not None)
        and comp.lemma_.lower() not in STATES_OF_MIND
        for comp in token.children  # ("told them how to apply" is no demand; "told residents
    ):  # they should not panic" reassures)
        return False
    if rule.mod and not ((_modifier_lemmas(token) | _means_lemmas(token)) & set(rule.mod)):
        return False
    if rule.purpose and not _purpose_lemmas(token) & set(rule.purpose):
        return False
    parties = {p.lemma_.lower() for p in _parties(token)} if rule.parties or rule.parties_not \
        else set()
    if rule.parties and not parties & set(rule.parties):
        return False
    if parties & set(rule.parties_not):
        return False
    # the objects of the rule's own preposition: "look into X", "was called on stage",
    # "took two men into custody", "was taken into custody"
    own = [o for _p, o in _preps(token, {rule.prt.split()[0]})] if rule.prt else []
    if rule.obj_not and any(head.lemma_.lower() in rule.obj_not for head in (
            _object_heads(token) + own if rule.prt else _objects(token))):
        return False
    if rule.obj or rule.obj_entity or rule.obj_kinds:
        heads = _object_heads(token) if token.pos_ in {"VERB", "AUX"} else [token]
        if token.pos_ in {"VERB", "AUX"}:
            heads += [o for o in own if o not in heads]
        ok = False
        for head in heads:
            lemmas = {head.lemma_.lower()} | _described_by(head)
            amount = head.pos_ in ("NUM", "SYM") or head.like_num  # "$400 million in aid"
            depiction = head.lemma_.lower() in DEPICTIONS  # "a video of the hostages"
            for _p, inner in [] if depiction else _preps(head, {"of", "in"} if amount
                                                            else {"of"}):
                lemmas |= {inner.lemma_.lower()} | _described_by(inner)
            if rule.obj and lemmas & set(rule.obj):
                ok = True
            if rule.obj_entity or rule.obj_kinds:
                entity = resolver.entity_of(head)
                if entity is not None and (not rule.obj_kinds or entity.kind in rule.obj_kinds):
                    ok = True
        if not ok:
            return False
    return True


def _parties(token: Token) -> list[Token]:
    """The trigger's subject and the heads of its from- and by-phrases: who does it or
    undergoes it. A noun after a preposition takes those of the verb it hangs on ("troops
    came under fire from militants")."""
    words = [token]
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "VERB":
        words.append(token.head.head)
    return [c for w in words for c in w.children if c.dep_ in {"nsubj", "nsubjpass"}] + [
        o for w in words for _p, o in _preps(w, {"from", "by"})]


def _described_by(head: Token) -> set[str]:
    """The modifiers that may say what an object is ("food aid", "political prisoners"). A
    word for people before another noun describes it ("student protests", "a farmer survey"):
    the protests are held, not the students."""
    modifiers = _modifier_lemmas(head)
    return modifiers if head.lemma_.lower() in PEOPLE_NOUNS else modifiers - PEOPLE_NOUNS


def _verdict(token: Token) -> bool:
    """Does the verb say what its object is ("called the seizure illegal", "branded the law a
    disgrace", "described the strikes as a provocation")? Not an infinitive ("called on X to
    free"): that is a request."""
    return bool(_objects(token)) and (any(
        c.dep_ in {"oprd", "acomp"} or (c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"ADJ", "NOUN"})
        for h in [token, *_objects(token)] for c in h.children) or any(
        _stray_predicates(o) for o in _objects(token)) or any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children)
        for c in token.children)) or any(  # a small clause: "found [the manager guilty]"
        c.dep_ == "ccomp" and c.pos_ == "ADJ" and any(g.dep_ == "nsubj" for g in c.children)
        for c in token.children)


def _verdict_heads(token: Token) -> list[Token]:
    """The words a verb of calling says its object is ("a breakthrough", "a fraud",
    "illegal", "as president", "an act of aggression"), with their modifiers ("a 34-year-old
    teacher")."""
    heads = [c for h in [token, *_objects(token)] for c in h.children
             if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}]
    heads += [p for o in _objects(token) for p in _stray_predicates(o)]
    heads += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ == "pobj"]
    heads += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]  # "an act of aggression"
    modifiers = [m for h in heads for m in h.children if m.dep_ in {"amod", "compound"}]
    return heads + modifiers + [c for m in modifiers for c in m.conjuncts]  # "bold and dynamic"


def _stray_predicates(obj: Token) -> list[Token]:
    """What the object is called where the parser hangs it on the object itself ("called the
    senator's speech [a disgrace]", "the court's ruling [a travesty]"): an indefinite noun
    right after it."""
    return [c for c in obj.children if c.dep_ in {"npadvmod", "dobj"} and c.pos_ == "NOUN"
            and c.i > obj.i and indefinite(c)]


def _trigger_pos(token: Token) -> str | None:
    if token.pos_ in {"VERB", "AUX"}:
        if token.pos_ == "AUX" and token.dep_ in {"aux", "auxpass"}:
            return None
        return "VERB"
    if token.pos_ in {"NOUN", "PROPN"}:
        return "NOUN"
    if token.pos_ == "ADJ":
        return "ADJ"
    return None


def matching_rules(token: Token, lexicon: Lexicon, resolver: Resolver) -> list[TriggerRule]:
    """Every lexicon (and verb dictionary) rule whose lemma, part of speech and constraints fit
    this token, built-in ones first. Where a built-in rule with a constraint fits ("ban" with
    an object of trade: SANCTION), the built-in rules of the bare word ("ban": COERCE) give
    way: the more specific reading is the evidence."""
    pos = _trigger_pos(token)
    if pos is None:
        return []
    fit = [rule for rule in lexicon.lookup(token.lemma_.lower(), pos)
           if _rule_matches(rule, token, resolver)]
    named = _object_names(token)
    if any(r.obj and named & set(r.obj) for r in fit):  # "send military aid": aid is sent,
        fit = [r for r in fit if not r.obj or named & set(r.obj)]  # its modifier no troops
    if any(r.source == "lexicon" and _constrained(r) for r in fit):
        fit = [r for r in fit if r.source != "lexicon" or _constrained(r)]
    return fit


def _object_names(token: Token) -> set[str]:
    """The lemmas of what the object's head itself names (and an of-phrase after a quantity
    or container: "a shipment of weapons"), not its modifiers."""
    heads = _object_heads(token) if token.pos_ in {"VERB", "AUX"} else [token]
    return {head.lemma_.lower() for head in heads} | {
        inner.lemma_.lower() for head in heads for _p, inner in _preps(head, {"of"})}


def _constrained(rule: TriggerRule) -> bool:
    """Does the rule ask more of the word than its lemma and part of speech?"""
    return bool(rule.prt or rule.obj or rule.obj_entity or rule.obj_kinds or rule.obj_not
                or rule.mod or rule.parties or rule.parties_not or rule.compound or rule.comp_aux
                or rule.predicate or rule.purpose)


def match_trigger(token: Token, lexicon: Lexicon, resolver: Resolver) -> TriggerRule | None:
    """The first lexicon rule whose lemma, part of speech and constraints fit this token."""
    rules = matching_rules(token, lexicon, resolver)
    return rules[0] if rules else None


def _actor_like(token: Token, resolver: Resolver) -> bool:
    """A verb none of the rules know, with an entity (or a proper name) as subject, object,
    agent or prepositional object: a possible event the type scorer may name."""
    if _trigger_pos(token) != "VERB" or token.lemma_.lower() in NON_EVENT_VERBS:
        return False
    for child in with_shared_subject(token):  # "X said …, but warned that …": X
        heads = [child]
        if child.dep_ in {"prep", "agent"}:
            heads = [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ not in SUBJECTS | PASSIVE_SUBJECTS | {"dobj", "dative"}:
            continue
        for head in heads:
            if head.pos_ == "PROPN" or resolver.entity_of(head) is not None:
                return True
    return False


def propose(sent: Span, lexicon: Lexicon, resolver: Resolver,
            generic: bool = True) -> list[Candidate]:
    """Candidate triggers of a sentence: lexicon and dictionary matches, and (``generic``)
    verbs with an actor-like argument."""
    found = []
    for token in sent:
        rules = matching_rules(token, lexicon, resolver)
        if rules:
            found.append(Candidate(token, rules[0], rules=rules))
        elif generic and _actor_like(token, resolver):
            found.append(Candidate(token, None, rules=[]))
    return found


@dataclass
class Candidate:
    token: Token
    rule: TriggerRule | None  # the rule of the decided type (None until scored, if generic)
    rules: list[TriggerRule] = field(default_factory=list)  # every rule that fired
    score: float | None = None
    evidence: list[str] = field(default_factory=list)
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    implicit: bool = False  # participants taken from the previous sentence
    # demanded | floated | promised | threatened | refused (the modality table's rows)
    modality: str | None = None


def _folded_under(cand: Candidate, kept: dict[int, Candidate]) -> bool:
    """Is this trigger inside the argument of a kept trigger of the same clause, or a
    participle that tells the outcome of one ("attacked Kyiv, killing 12")? The second act of
    an infinitive ("threatened to beat and kill") is in the same argument as the first."""
    cur = cand.token
    while cur.head.i != cur.i:
        if cur.dep_ in CLAUSE_BREAKS and not _content_clause(cur) and not joined_infinitive(cur):
            head = kept.get(cur.head.i) or next(  # or the light verb's noun: "staged rallies"
                (k for k in kept.values() if k.token.head.i == cur.head.i
                 and k.token.dep_ in {"dobj", "nsubjpass"}), None)
            if cur.dep_ != "advcl" or head is None:
                return False
            if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in cur.children):
                return False  # "..., days after its agency arrested two men": its own clause
            if _event_type(head) in CONTENT_TYPES:  # "refused to meet X, saying he would ..."
                return True
            # "attacked Kyiv, killing 12", "marched ..., chanting": the same act told on;
            # "staged rallies ..., saying he must resign": what the act demands. Other acts
            # in a participle are acts of their own ("raided a network, arresting 31")
            same = head.rule.type == cand.rule.type and cand.rule.type in CONTINUOUS_TYPES
            return same or (cur.tag_ == "VBG" and cand.rule.type == "REQUEST")
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
                                       if c.i < cur.i) and not _own_doer(cur) \
                and not _relative_doer(cur):
            return True
        if cur.dep_ == "acl" and cur.tag_ == "VBN" and not misread_participle(cur) and \
                not _agent_participle(cur):
            return True  # "property seized in the raid"
        if (token.pos_ == "NOUN" and cur.dep_ == "pobj"
                and cur.head.lower_ in BACKGROUND_PREPS):
            return True
        if cur.dep_ in {"ccomp", "conj", "advcl", "parataxis"}:
            return False
        cur = cur.head
    return False


def _own_doer(clause: Token) -> bool:
    """Does a relative clause name its own doer ("in which gunmen killed three officers",
    "who was arrested by the anti-graft agency")? Then it tells an act of its own."""
    return any((c.dep_ in SUBJECTS and c.lower_ not in RELATIVE_WORDS and c.pos_ != "PRON")
               or c.dep_ == "agent" for c in clause.children)


def _relative_doer(clause: Token) -> bool:
    """Is the relative clause active with "who" or "which" as its subject ("teachers who had
    blocked the highway", "the party, which had threatened to quit")? Then it tells what its
    noun did: an act of its own."""
    return not _is_passive(clause) and any(
        c.dep_ in SUBJECTS and c.lower_ in {"who", "which"} for c in clause.children)


def _content_clause(clause: Token) -> bool:
    """A clause that is part of the action above it: its condition ("... unless Baghdad
    accepted", "opposed it until their demands are met") or an infinitival content or
    purpose ("an ultimatum to halt attacks"). An "until" clause told in the past under an act
    with no modal says what happened next ("held them until a magistrate released them"):
    an act of its own."""
    if clause.dep_ not in {"advcl", "acl"}:
        return False
    kids = list(clause.children)
    marks = {c.lower_ for c in kids if c.dep_ == "mark"}
    if clause.dep_ == "advcl" and marks & {"if", "unless"}:
        return True
    if clause.dep_ == "advcl" and "until" in marks:
        past = clause.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in
                                           {"was", "were", "had"} for c in kids)
        return not past or any(c.tag_ == "MD" for c in clause.head.children)
    return clause.tag_ == "VB" and _to_infinitive(clause)


def _sentence_candidates(sent: Span, lexicon: Lexicon, resolver: Resolver,
                         previous: list[tuple[Candidate, Event]],
                         scorer: Scorer | None = None) -> Iterator[Candidate]:
    if scorer is None:  # the lexicon alone decides: its first fitting rule
        found = [c for c in propose(sent, lexicon, resolver, generic=False)]
        for cand in found:
            cand.evidence = [f"{cand.rule.source}: {cand.rule.lemma} {cand.rule.pos} → "
                             f"{cand.rule.type}"]
    else:
        found = [c for c in propose(sent, lexicon, resolver)
                 if scorer.decide_type(c, sent, resolver.entity_of)]
        mentions = resolver.sentence_mentions(sent)
    found.sort(key=lambda c: (_depth(c.token), c.token.i))
    kept: dict[int, Candidate] = {}
    matched = {c.token.i for c in found}
    listed = {c.token.i for c in found if c.rules}
    found = [c for c in found if not _carrier(c, listed, lexicon)]
    for cand in found:
        if _folded_under(cand, kept) or _background(cand.token):
            _threat_promised(cand, kept, lexicon)
            continue
        tok = cand.token
        if tok.dep_ == "compound" and tok.head.lemma_.lower() not in lexicon.classes["effort"]:
            continue  # "invasion forces", "protest leaders": a modifier, not an action
        cand.actors, cand.recipients = _participants(cand.token, cand.rule, resolver, lexicon)
        if not cand.actors and not cand.recipients:
            _inherit(cand, previous)
        _quoted_speaker_acts(cand, sent, resolver)
        if scorer is not None:  # what the actor calls its own ("its troops") is no party,
            # nor, whoever did it, where the act comes from ("deported from Mexico") or the
            # source it is cited from ("according to reports received by X")
            actor_ids = {e.id for e in cand.actors}
            scorer.decide_roles(cand, _event_type(cand), [
                (e, root) for e, root in mentions
                if not (_origin(root, cand, lexicon) or _cited_source(root, cand.token) or (
                    actor_ids and _actors_own(root, e, resolver, actor_ids))
                        or _acts_against(root, cand.token, lexicon)
                        or _made_of_a_side(root, cand, resolver) or _names_a_place(root)
                        or _told_of_another(root, cand.token)
                        or _reporter_only(root, e, cand))])
        _host_recipient(cand, resolver, lexicon)
        if _future_condition(cand.token, lexicon):
            continue  # "would go on until the teachers were released": not done yet
        if public_wish(cand.token, OPINION_VERBS):
            continue  # "most voters support the president's stance": an opinion polled
        if _obligation(cand.token) and not _demanded(cand, matched, resolver):
            continue  # "that it must cooperate": an obligation, not something that happened
        _floated_threat(cand, sent, lexicon, resolver)
        cand.modality = cand.modality or _stated_intent(cand, lexicon) or _promise_recoded(
            cand, lexicon)
        if not _viable(cand, lexicon, matched) and not _undirected_act(cand, lexicon, matched) \
                and not _towards_the_story(cand, lexicon, resolver):
            continue
        kept[cand.token.i] = cand
    yield from sorted(kept.values(), key=lambda c: c.token.i)


def _threat_promised(cand: Candidate, kept: dict[int, Candidate], lexicon: Lexicon) -> None:
    """A promise whose infinitive is a hostile step of the promiser ("pledged to impose
    sanctions on Bolivia", ``intent.to_threaten``) is a threat, as PLOVER codes it; a promise
    to help stays an agreement."""
    base = _base_type(cand)  # (the scorer may already read the step as the threat)
    if base != "THREATEN" and lexicon.intent_recode.get(base) != "threatened":
        return
    cur = cand.token
    if cur.pos_ not in {"VERB", "AUX"} and cur.dep_ in {"dobj", "nsubjpass"}:
        cur = cur.head  # "to impose sanctions": the light verb's clause
    while cur.dep_ == "xcomp":
        cur = cur.head
        promise = kept.get(cur.i)
        if promise is not None:
            if (cur.lemma_.lower() in lexicon.promise_verbs and not promise.modality
                    and _event_type(promise) == "AGREE"):
                promise.modality = "threatened"
            return


def _promise_recoded(cand: Candidate, lexicon: Lexicon) -> str | None:
    """A promise whose infinitive is a hostile step no rule types ("vowed to punish Armenia",
    "pledged to retaliate against", ``intent.hostile_steps``), also through a causative ("swore
    to make Eritrea pay"), is a threat; "pledged to pay compensation" stays a promise. A promise
    not to act ("vowed never to recognise") is a refusal."""
    token = cand.token
    if token.lemma_.lower() not in lexicon.promise_verbs:
        return None
    for step in (c for c in token.children if c.dep_ == "xcomp"):
        lemma = step.lemma_.lower()
        if any(c.dep_ == "neg" for c in step.children):  # "vowed never to recognise",
            # "pledged not to return"; a promise not to attack reassures, no refusal
            hostile = lemma in lexicon.hostile_steps or any(
                lexicon.intent_recode.get(r.type) == "threatened"
                for r in lexicon.rules.get((lemma, "VERB"), ()))
            return None if hostile else "refused"
        if _event_type(cand) != "AGREE":
            continue
        results = lexicon.causatives.get(lemma, set())
        if lemma in lexicon.hostile_steps or any(
                g.dep_ in {"ccomp", "xcomp"} and g.lemma_.lower() in results
                for g in step.children):
            return "threatened"
    return None


def _carrier(cand: Candidate, listed: AbstractSet[int], lexicon: Lexicon) -> bool:
    """A verb no lexicon rule knows whose own subject does what its infinitive says
    ("attempted to assassinate", "prepared to resume shelling") only carries that known
    trigger, which is the event. With an object the verb is an act of its own ("invited the
    minister to visit")."""
    kids = list(cand.token.children)
    if cand.rules or cand.token.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ in {"dobj", "dative"} for c in kids):
        return False
    return any(_carries(c, listed, lexicon) for c in kids if c.dep_ == "xcomp")


def _carries(verb: Token, listed: AbstractSet[int], lexicon: Lexicon) -> bool:
    """Is the verb a known trigger, or a light verb whose object or infinitive is one
    ("to resume shelling")?"""
    return verb.i in listed or _is_light(verb, lexicon) and any(
        c.i in listed for c in verb.children if c.dep_ in {"dobj", "xcomp"})


def _cited_source(root: Token, trigger: Token) -> bool:
    """Is this mention the source the act is cited from ("killed, according to reports
    received by Amnesty International"; "…, detaining two editors, a Swiss diplomat in the
    capital told reporters"), which is no party to it?"""
    for t in root.ancestors:
        if t.i == trigger.i:
            return False
        if t.lower_ == "according":
            return True
        if t.pos_ in {"VERB", "AUX"} and _speaker_after(t, root, trigger):
            return True
    return False


def _speaker_after(verb: Token, root: Token, trigger: Token) -> bool:
    """Is the mention in the subject of a verb of saying that follows the act ("…, a Swiss
    diplomat in the capital told reporters")? The one who tells of it afterwards takes no
    part in it; a speaker before it ("Ukraine said Russian missiles hit Kyiv") may."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return verb.lemma_.lower() in SPEECH_VERBS and verb.i > trigger.i and any(
        trigger.i < s.left_edge.i <= root.i <= s.right_edge.i for s in subjects)


def _origin(root: Token, cand: Candidate, lexicon: Lexicon) -> bool:
    """Is this mention where the thing sent comes from ("sent an aircraft from New
    Caledonia"), which is no recipient of aid or of a deployment?"""
    return lexicon.from_is_origin(_base_type(cand), cand.rule.mode) and \
        root.dep_ == "pobj" and root.head.lower_ == "from"


def _names_a_place(root: Token) -> bool:
    """Is this mention a word that says which place a locative phrase means ("near the
    Namibian border", "along the Somali border", "in Ugandan waters")? It says where, and is
    no side."""
    place = root.head
    return root.dep_ in {"amod", "compound"} and place.lemma_.lower() in BORDER_NOUNS and \
        place.dep_ == "pobj" and place.head.lower_ in LOCATIVE_PREPS


def _told_of_another(root: Token, trigger: Token) -> bool:
    """Is this mention inside a relative clause that tells about someone, not about the act
    ("a man who arrived from Pakistan was arrested", "detained a teenager who had travelled
    from Algeria"), or inside an act set aside ("instead of sending troops, Chad sent
    supplies to Niger")? What the clause tells of is no side of an act outside it."""
    return any((a.dep_ == "relcl" or (a.dep_ == "prep" and set_aside_mark(a)))
               and trigger not in a.subtree for a in root.ancestors)


FORCE_SECTORS = frozenset(_builtin()["force_sectors"])


def _reporter_only(root: Token, entity: Entity, cand: Candidate) -> bool:
    """Is this mention the speaker of a verb of saying whose complement tells an act the
    syntax found no doer for ("Kenya's health ministry said 40 people had been wounded",
    "the minister said the freeing of the sailors was welcome"), and is it of no sector that uses
    force (``force_sectors``: "the army said 20 militants were killed" may be its own act)?
    Then it reports the act: no side of it. A country may be either, and stays. The speaker
    may be named inside the subject ("Peru's ombudsman's office", "a spokesman for X")."""
    subject = root
    while subject.dep_ in {"poss", "compound", "pobj", "prep"}:
        subject = subject.head
    verb = subject.head
    if cand.actors or subject.dep_ not in SUBJECTS or verb.lemma_.lower() not in SPEECH_VERBS \
            or entity.sector is None or entity.sector in FORCE_SECTORS \
            or not _doerless(cand.token):
        return False
    return any(c.dep_ == "ccomp" and cand.token in c.subtree for c in verb.children)


def _doerless(token: Token) -> bool:
    """Is the act told with no place for a doer: a passive with no by-phrase ("had been
    wounded"), or a noun no one owns and no clause's subject does ("the freeing of the sailors
    was welcome")? An active verb shares its subject ("said it had asked police", "urged X
    and called on Y"), and so does the object of one ("it had raised tariffs")."""
    if token.pos_ in {"VERB", "AUX"}:
        return _is_passive(token) and not any(c.dep_ == "agent" for c in token.children)
    if token.pos_ != "NOUN" or any(c.dep_ == "poss" for c in token.children):
        return False
    return not (token.dep_ in {"dobj", "pobj"} and token.head.pos_ in {"VERB", "AUX"}
                and any(c.dep_ == "nsubj" for c in token.head.children))


def _made_of_a_side(root: Token, cand: Candidate, resolver: Resolver) -> bool:
    """Is this mention the of-phrase of a side the rules found ("a group of young people were
    invited": the group is the young people)? It is that side again, never the other one."""
    of = _of_owner(root)
    owner = resolver.entity_of(of) if of is not None else None
    return owner is not None and owner.id in {e.id for e in cand.actors + cand.recipients}


def _acts_against(root: Token, noun: Token, lexicon: Lexicon) -> bool:
    """Is this mention the doer of a verb of force whose object is the event noun ("police
    suppressed the protests", "fired on the march")? It acts against that event and takes
    no part in it (``acts_against_types``)."""
    if noun.pos_ != "NOUN":
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "cracked down on the protests", "fired on the march"
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    lends = _is_light(verb, lexicon) and not _names_a_harm(verb, noun, lexicon)
    if verb.pos_ != "VERB" or lends or not any(
            rule.type in lexicon.acts_against_types
            for rule in lexicon.lookup(verb.lemma_.lower(), "VERB")):
        return False  # (a light verb lends the noun its subject: "launched an attack")
    # (a passive verb's subject tokens are its by-phrase: "was crushed by troops")
    return any(root.i == d.i or root.i in {c.i for c in _conjuncts(d)}
               for d in _subject_tokens(verb))


def _host_recipient(cand: Candidate, resolver: Resolver, lexicon: Lexicon) -> None:
    """Foreign aid with no recipient named, sent or pledged, goes to the country the story is
    set in ("Japan has sent tents", "pledged 2 million dollars" filed from Accra); the
    country's own aid names no recipient."""
    if cand.recipients or not cand.actors or not _hosted(cand, lexicon):
        return
    home = resolver.context
    if home is None or not all(a.country and a.country != home for a in cand.actors):
        return
    # the story's country, named in the text or only in its dateline ("MAPUTO, Mozambique —
    # Zimbabwe sent two army helicopters")
    host = resolver.host or implicit.country_entity(
        resolver.doc, home, Mention(token_span(cand.token), cand.token.text), "GOV")
    cand.recipients = [host]
    cand.evidence.append(f"recipient {host.name}: the country the story is set in")


def _hosted(cand: Candidate, lexicon: Lexicon) -> bool:
    """Is this aid sent, or a pledge whose object is aid ("pledged 2 million dollars")?"""
    rt = cand.rule.recipient_type
    if _base_type(cand) in lexicon.host_recipient_types or (
            rt and rt[0] in lexicon.host_recipient_types  # "sent helicopters": aid if abroad
            and cand.rule.lemma in lexicon.classes["sending_verbs"]):  # ("deployed": no)
        return True
    return _event_type(cand) in lexicon.host_pledge_types and any(
        o.lemma_.lower() in lexicon.classes["aid"] for o in _object_heads(cand.token))


def _future_condition(token: Token, lexicon: Lexicon) -> bool:
    """Is the trigger in a clause that states the condition of a step still to come ("would
    go on until the teachers were released", "would return once they were freed")? Its act
    has not happened. Under a past verb the same clause does tell what happened ("held them
    until a magistrate released them")."""
    clause = token if token.pos_ in {"VERB", "AUX"} else token.head
    while clause.dep_ in {"conj", "xcomp", "dobj", "nsubjpass", "nsubj"} and \
            clause.head.i != clause.i:
        clause = clause.head  # "… were released and flown home", "… imposed a curfew"
    if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in lexicon.condition_marks for c in clause.children):
        return False
    governor = clause.head
    governors = [governor] + ([governor.head] if governor.dep_ in {"xcomp", "conj"} else [])
    return any(c.dep_ == "aux" and c.lower_ in lexicon.condition_modals
               for g in governors for c in g.children)


# words for people, who may be asked to act even when no entity codes them ("residents")
PEOPLE_WORDS = frozenset(_builtin()["classes"]["human_groups"]) | PEOPLE_NOUNS


def _thing_obliged(clause: Token, resolver: Resolver) -> bool:
    """"said the new law should send a message": the clause's subject is a thing (a common
    noun no entity codes and no word for people), which no one can be asked to make act."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and resolver.entity_of(s) is None and s.lemma_.lower() not in PEOPLE_WORDS
        for s in subjects)


def _obligation(token: Token) -> bool:
    """A complement clause saying what someone must or should do, or what someone wants
    another to do ("want Congress to investigate": the wish of the wanter, not an act)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    kids = list(token.children)
    if token.dep_ in {"ccomp", "acl"} and any(
            c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in kids):
        return True
    return token.dep_ in {"ccomp", "xcomp"} and token.head.lemma_.lower() in WISH_VERBS and \
        _to_infinitive(token) and \
        any(c.dep_ in SUBJECTS for c in kids)


def _demanded(cand: Candidate, matched: set[int], resolver: Resolver) -> bool:
    """Code an obligation as the demand of whoever states it ("told Peru that it must hand
    over the files" → REQUEST to Peru); False when a trigger above already covers it or
    nobody can be named."""
    if any(a.i in matched for a in cand.token.ancestors):
        return False
    governor = cand.token.head
    if governor.pos_ in {"NOUN", "PROPN"}:  # "a reminder that ..."
        governor = governor.head
    if public_wish(governor):
        return False
    demanders = [e for s in _subject_tokens(governor)
                 for e in _phrase_entities(s, resolver, set())]
    obliged = cand.actors  # who must act: the obliged clause's subject
    if not demanders or not obliged:
        return False
    cand.modality = "demanded"
    cand.actors, cand.recipients = demanders, [e for e in obliged
                                               if e.id not in {d.id for d in demanders}]
    return bool(cand.recipients)


def _inherit(cand: Candidate, previous: list[tuple[Candidate, Event]]) -> None:
    """A passive report with no agent that continues the previous sentence's action of the same
    kind ("a further 500 police were flown in") takes its participants from it."""
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
    """'"... has to stop," an aide said': when the saying verb is a quote's cue and the
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
    cand.modality = "floated"
    cand.actors = [speaker]
    cand.recipients = [e for e in cand.recipients if e.id != speaker.id]


def _viable(cand: Candidate, lexicon: Lexicon, matched: AbstractSet[int]) -> bool:
    """Structural gate: the sides this type needs are there (whatever their country: a
    domestic event is an event; the score says how sure the coder is). A recipient may stay
    unnamed (``_unnamed_recipient``); an event named as the object ("condemned the shelling")
    is then folded under this one."""
    etype = _event_type(cand)
    if _done_by_nature(cand.token, lexicon):
        return False  # "schools destroyed by the cyclone": no one did it
    if cand.token.pos_ == "VERB" and any(
            r.patient for r in lexicon.rules.get((cand.token.lemma_.lower(), "VERB"), ())) \
            and not _has_patient(cand.token) and not any(
            r.source == "lexicon" and not r.patient for r in cand.rules):
        return False  # a verb the lexicon knows needs a patient, used with none, whatever
        # proposed it ("have been detaining and deporting at will"), unless a lexicon rule
        # for its use without one fits ("a car bomb blew up")
    # "three men were charged", "X was detained … and has been charged": the text names no
    # doer, but the authorities charged someone
    implied = implicit.implied_actor(etype, cand.token) is not None and (
        bool(cand.recipients) or implicit.people_patient(cand.token, etype))
    if not cand.actors and not cand.recipients and not implied:
        return False
    if _state_motive(cand):
        return False  # "fired missiles in protest of the drills": the firing is the act
    tok = cand.token
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "to seize and hold"
        tok = tok.head
    if not cand.actors and tok.dep_ in {"advcl", "xcomp"} and _to_infinitive(tok):
        return False  # a purpose ("sent to annihilate ...") whose doer is unknown
    base = _base_type(cand)
    for kind in {etype, base}:  # a promised meeting still needs someone to meet
        if kind in lexicon.actor_required and not cand.actors and not implied:
            return False
        if kind in lexicon.recipient_required and not cand.recipients and not (
            kind in lexicon.symmetric and len(cand.actors) >= 2
            and not any(o.pos_ == "PRON" for o in _objects(cand.token))  # "support it"
        ) and not ((cand.actors or implied)
                   and _unnamed_recipient(cand.token, kind, matched, lexicon)):
            return False
    return True


def _state_motive(cand: Candidate) -> bool:
    """Is the trigger a motive noun in "in X of/at …" ("in protest of the drills") whose
    actors are all states? A state's protest is coded by what it did."""
    tok = cand.token
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in MOTIVE_NOUNS and \
        tok.dep_ == "pobj" and tok.head.lower_ == "in" and bool(cand.actors) and all(
            a.kind == "country" or a.sector in implicit.STORY_RECIPIENTS["state_sectors"]
            for a in cand.actors)


CLAUSE_HEAD_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})


def _towards_the_story(cand: Candidate, lexicon: Lexicon, resolver: Resolver) -> bool:
    """A foreign actor's condemnation or demand that names no one ("the EU condemned the
    use of force" in a story filed from Tbilisi) is addressed to the country the story is set
    in, which ``implicit.add_story_recipients`` then makes its recipient; so is a union's or
    a movement's threat that names no one, at its own country's authorities, and the demand
    of workers, teachers or students ("demanded higher pay")."""
    home = resolver.context
    etype = _event_type(cand)
    if not (home and cand.actors and not cand.recipients):
        return False
    if cand.token.pos_ == "VERB" and cand.token.dep_ in CLAUSE_HEAD_DEPS and \
            implicit.states_counterpart(cand.actors, etype, home,
                                        implicit.other_side(resolver.doc, home)) is not None:
        return True  # "Ghana's foreign minister demanded an explanation": of Togo (the verb
        # of a clause of its own: not "to address pressing needs")
    if etype in implicit.STORY_RECIPIENTS["threats_from_below"] and implicit.from_below(
            cand.actors) and all(a.country in (None, home) for a in cand.actors) \
            and _own_step(cand.token):
        return True  # "the union warned it would strike": at its own authorities
    if etype in implicit.STORY_RECIPIENTS["demands_from_below"] and cand.token.pos_ == "VERB" \
            and cand.token.dep_ != "amod" and implicit.demand_from_below(cand.actors) and all(
                a.country in (None, home) for a in cand.actors):
        return True  # "teachers demanded higher pay": of their own authorities ("the union's
        # demand was unaffordable" names one made before)
    return etype in implicit.STORY_RECIPIENTS["addressed"] and all(
        a.country and a.country != home for a in cand.actors)


def _own_step(token: Token) -> bool:
    """Does a warning state a step of the warner's own ("warned it would strike", "threatened
    to stop deliveries"), not a risk ("warned that the shortage could lead to outbreaks")?"""
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return not clauses or any(s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ == "PRON"
                              for c in clauses for s in c.children)


def _undirected_act(cand: Candidate, lexicon: Lexicon, matched: AbstractSet[int]) -> bool:
    """A stated step recoded as a threat that names no one to threaten stays the act itself
    ("would send two more patrol ships to the area": MOBILIZE, expected)."""
    if cand.recipients or not cand.modality or not MODALITY[cand.modality].undirected_is_act:
        return False
    modality, cand.modality = cand.modality, None
    if _viable(cand, lexicon, matched):
        return True
    cand.modality = modality
    return False


def _unnamed_recipient(token: Token, kind: str, matched: AbstractSet[int],
                       lexicon: Lexicon) -> bool:
    """Does the trigger have a recipient that no entity codes: an event it reacts to
    ("condemned the shelling"), a pronoun ("charged them"), people named by a common noun
    ("urged partners", "called on all sides", "evacuated 1,200 people", "charged the
    suspects", "the 14"), or, for a stance, a decision someone made ("welcomed the ruling",
    "rejected the findings")?"""
    heads = _objects(token) + [g for _p, g in _preps(token, {"on", "upon", "to"})]
    groups = lexicon.classes["human_groups"]
    if kind in lexicon.stance_types:
        groups = groups | lexicon.classes["decisions"]
    return any((o.i in matched and o.pos_ == "NOUN") or o.pos_ == "PRON"
               or (o.pos_ == "NOUN" and o.lemma_.lower() in groups)
               for o in heads) or implicit.people_patient(token, kind)


def _stated_intent(cand: Candidate, lexicon: Lexicon) -> str | None:
    """promised, threatened or refused when the actor states a future or conditional step of
    its own (the modality table says what each becomes)."""
    base = _base_type(cand)
    recode = lexicon.intent_recode.get(base)
    if cand.modality or not cand.actors:
        return None
    if base in lexicon.refusal_types and _aim_denied(cand.token):
        return "refused"  # "has no intention to negotiate"
    if _negated(cand.token):
        if base not in lexicon.refusal_types:
            return None
        if cand.token.lemma_.lower() in lexicon.acceptance_verbs:
            return "refused"  # "did not accept Chile's proposal": a refusal in any tense
        recode = "refused"  # "will not meet", "would not accept": a refusal of a step ahead
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
        if recode != "refused" and any(m & lexicon.threat_marks for m in conditions):
            return "threatened"  # "will withdraw ... unless": coercive whatever the step
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


def _aim_denied(token: Token) -> bool:
    """Is the step the complement of a stated aim with "no" ("has no intention to negotiate",
    "no plans to meet", "no intention of talking")?"""
    noun = token.head
    if token.dep_ == "pcomp" and noun.lower_ == "of":
        noun = noun.head
    elif token.dep_ not in {"acl", "xcomp", "relcl"}:
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in INTENT_NOUNS and _ruled_out(noun)


def _base_type(cand: Candidate) -> str:
    """The act's own type: the rule's, or its with-a-recipient type ("deployed to") when the
    recipient is someone else's ("sent troops to Borno state", in the sender's own country,
    is a mobilisation)."""
    if cand.rule.recipient_type and _foreign_recipient(cand):
        return cand.rule.recipient_type[0]
    return cand.rule.type


def _foreign_recipient(cand: Candidate) -> bool:
    own = {a.country for a in cand.actors}
    if not cand.recipients or not own or None in own:
        return bool(cand.recipients)
    return any(r.country is None or r.country not in own for r in cand.recipients)


def _event_type(cand: Candidate) -> str:
    """The coded type: the modality table's when a modality recodes the act."""
    if cand.modality:
        return MODALITY[cand.modality].type
    return _base_type(cand)

