"""Implicit participants: who did it when a passive sentence does not say, and whom it was
done to when the text names them without a code.

"Two shopkeepers were abducted on Nov. 9", "the contractors were each sentenced to three
years": the text names the victims and not the agent. Event coders (ACLED, PLOVER) code such
an event with the unnamed agent of the country where it happened: the authorities for an
arrest, a charge or a sentence, unidentified assailants for an attack or a kidnapping
(``implicit_actors`` in events_lexicon.json). The entity is marked inferred (``country_source``
"context"), and its mentions are the triggers it was read from, so every such actor points at
the words that imply it.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from factwire.extract import actors_context, actors_lexicon
from factwire.extract._common import token_span
from factwire.extract.events.lexicon import IMPLICIT_RECIPIENTS, _builtin, people_sector
from factwire.extract.events.register import BUSINESS_SECTORS, HARM_TYPES, natural_cause
from factwire.extract.events.roles import OBJECT_PRONOUNS, RECEIVING_VERBS, Resolver
from factwire.extract.events.syntax import (
    _is_passive,
    _passive_subjects,
    _preps,
    document_phrases,
)
from factwire.model import Document, Entity, Event, Mention

IMPLICIT_ACTORS: dict[str, dict] = _builtin()["implicit_actors"]
IMPLIED_ACTOR_MARK = "actor implied"  # the evidence line an implied agent leaves
STORY_RECIPIENTS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in _builtin()["story_recipients"].items() if not k.startswith("_")}


def from_below(actors: list[Entity]) -> bool:
    """Are these actors groups or bodies that are not the state (a union, farmers, a
    movement), whose threat that names no one is aimed at their own authorities? One person's
    threat (a kidnapper's threat to hurt a family) is aimed at whoever the clause names."""
    return bool(actors) and all(a.kind not in ("country", "person") and a.sector not in
                                STORY_RECIPIENTS["state_sectors"] for a in actors)


def demand_from_below(actors: list[Entity]) -> bool:
    """Are these actors bodies or groups of civil society (teachers, nurses, students, a
    union: ``demand_sectors``), whose demand that names no one is on their own country's
    authorities? Fans, analysts and firms make demands of firms, kidnappers of a family."""
    return from_below(actors) and all(a.sector in STORY_RECIPIENTS["demand_sectors"]
                                      for a in actors)


def agentless_passive(token: Token) -> bool:
    """A passive verb with no "by" agent: "were abducted", "was sentenced"; or an act named
    by its noun with its victim and no doer ("the arrest of X", not "Russia's arrest of X")."""
    if token.pos_ == "NOUN":
        return any(p.lower_ == "of" for p in token.children if p.dep_ == "prep") and not any(
            (c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON"))
            or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))  # "the Russian arrest of"
            or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children)
    passive = _is_passive(token) or (token.tag_ == "VBN" and token.dep_ in ("acl", "relcl"))
    # "was convicted by a court … and sentenced": a bare conjunct shares its head's agent
    bare_conjunct = token.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in token.children)
    holders = [token, token.head] if bare_conjunct else [token]
    return passive and not any(c.dep_ == "agent" for h in holders for c in h.children)


def undergone(token: Token) -> bool:
    """An act named by a noun its subject receives from no one named ("faces 12 corruption
    charges", "received a fine"): someone did it to the subject. Only for acts a rule names by
    their lemmas: "faces deportation" is a risk, no deportation done."""
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in \
        RECEIVING_VERBS["object"] and not any(
            c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
            for c in [*token.children, *token.head.children])


def _place_country(doc: Document, tokens) -> str | None:
    """The country of the first of ``tokens`` that names a country or a place."""
    for t in tokens:
        entity = doc.entity_at(*token_span(t))
        if entity is not None and entity.country and entity.kind in ("country", "location"):
            return entity.country
    return None


def _from_where(doc: Document, token: Token) -> str | None:
    """The country an attack came from: "was fired on from across the border with
    Tajikistan", "shelled from Syrian territory"."""
    return _place_country(doc, (
        t for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "from"
        for t in prep.subtree if t.pos_ in ("PROPN", "ADJ")))


def _where(doc: Document, token: Token) -> str | None:
    """The country of the place an act happened in ("were arrested in Thailand", "faces
    charges in the United States"): its authorities did it, whoever it was done to."""
    heads = [token, token.head] if token.pos_ == "NOUN" and token.dep_ == "dobj" else [token]
    return _place_country(doc, (
        g for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "in"
        for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"))


def _other_country(doc: Document, event: Event, own: str | None) -> str | None:
    """The first country or place of the event's sentence that is not ``own``: "deported for
    entering the United States" names the state that deported them."""
    start, end = event.sentence
    found = sorted((m.span[0], e.country) for e in doc.entities
                   if e.kind in ("country", "location") and e.country and e.country != own
                   for m in e.mentions if start <= m.span[0] < end)
    return found[0][1] if found else None


def implied_actor(etype: str, token: Token) -> dict | None:
    """The rule of ``IMPLICIT_ACTORS`` that names the unnamed agent of an agentless passive
    trigger of this type ("were charged": the authorities), or of an act its subject
    undergoes ("faces charges"), or None."""
    rule = IMPLICIT_ACTORS.get(etype)
    if rule is None or not (agentless_passive(token) or (
            rule.get("lemmas") and undergone(token))) or (
            etype in HARM_TYPES and natural_cause(token)):
        return None
    if rule.get("lemmas") and not lemma_keys(token) & set(rule["lemmas"]):
        return None
    if rule.get("posts_only") and not _handed_to_a_post(token):
        return None
    return rule


DIPLOMATIC_POSTS = frozenset(_builtin()["classes"]["diplomatic_posts"])


def _handed_to_a_post(verb: Token) -> bool:
    """Was the act made in a document handed or sent to an embassy or an envoy ("demanded in
    a note handed to the Fijian high commission")?"""
    return any(
        noun.lemma_.lower() in DIPLOMATIC_POSTS or any(
            f"{m.lower_} {noun.lemma_.lower()}" in DIPLOMATIC_POSTS for m in noun.children
            if m.dep_ in {"amod", "compound"})
        for _document, holders in document_phrases(verb, {"in"})
        for holder in holders
        for _q, noun in _preps(holder, {"to"}))


def lemma_keys(token: Token) -> set[str]:
    """The verb's lemma, alone and with each particle it takes ("call", "call in")."""
    lemma = token.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "prt"}


def _holding_act(event: Event, earlier: list[Event], acts: set[str]) -> Event | None:
    """The latest earlier act of holding (``acts``, "TYPE/mode") done to one of the event's
    recipients by someone named: "Soldiers detained four journalists … The journalists were
    released" — by the soldiers."""
    freed = set(event.recipient)
    return next((before for before in reversed(earlier)
                 if f"{before.type}/{before.mode}" in acts and freed & set(before.recipient)
                 and before.actor), None)


def add_implicit_actor(doc: Document, event: Event, token: Token,
                       context: str | None, earlier: list[Event]) -> None:
    """Give ``event`` its implied agent when it has none and its trigger is an agentless
    passive of a type in ``IMPLICIT_ACTORS``; one entity per kind and country in a document.
    A release is by whoever the story said held them; otherwise its country is where the
    attack came from, else where the act happened, else that of those it was done to, else
    the story's."""
    rule = implied_actor(event.type, token)
    if rule is None or event.actor:
        return
    held = _holding_act(event, earlier, set(rule.get("holders", ())))
    if held is not None:
        event.actor = list(held.actor)
        event.evidence.append(f"done by whoever held them ({held.id}: {held.trigger.text})")
        return
    victims = [doc.entity(i) for i in event.recipient]
    own = next((e.country for e in victims if e is not None and e.country), None)
    if lemma_keys(token) & set(rule.get("foreign_lemmas", ())):
        country = _from_where(doc, token) or _other_country(doc, event, own) or (
            context if context != own else None) or (other_side(doc, own) if own else None)
    else:
        country = _from_where(doc, token) or _where(doc, token) or own or context
    if country is None:
        return
    mention = Mention(tuple(event.trigger.span), event.trigger.text)
    entity = next((e for e in doc.entities if _implied_agent(e) and e.name == rule["name"]
                   and e.country == country), None)
    if entity is None:
        entity = Entity(id=f"e{len(doc.entities) + 1}", name=rule["name"], kind="group",
                        country=country, sector=rule["sector"], country_source="context")
        doc.entities.append(entity)
    if mention not in entity.mentions:
        entity.mentions.append(mention)
    event.actor = [entity.id]
    event.evidence.append(f"{IMPLIED_ACTOR_MARK}: {entity.name}")


IMPLIED_AGENT_NAMES = frozenset(rule["name"] for rule in IMPLICIT_ACTORS.values())


def _implied_agent(entity: Entity) -> bool:
    """Is this entity one ``add_implicit_actor`` made ("unidentified assailants" of a
    country, from the story's context)?"""
    return entity.kind == "group" and entity.name in IMPLIED_AGENT_NAMES and \
        entity.country_source == "context"


def drop_idle_implied(doc: Document) -> None:
    """An implied agent made for a trigger that ended as a mention of another event ("were
    killed when their post was fired on from across the border") stands for no one: dropped
    when no event, quote or claim refers to it (ids are kept)."""
    triggers = {tuple(m.span) for e in doc.events for m in [e.trigger, *e.mentions]}
    used = doc.referenced_ids()
    doc.entities = [e for e in doc.entities if e.id in used or not (
        _implied_agent(e) and all(tuple(m.span) in triggers for m in e.mentions))]


def actor_implied(event: Event) -> bool:
    """Is the event's actor the implied agent of an agentless passive ("were killed")?"""
    return any(line.startswith(IMPLIED_ACTOR_MARK) for line in event.evidence)


def add_implicit_recipient(doc: Document, event: Event, token: Token,
                           resolver: Resolver) -> None:
    """Give ``event`` the people it was done to when it has no recipient and the text names
    them without anything to code them by ("arrested a man", "evacuated 800 people", "two
    women were detained", "charged them" after "three teenagers"): the phrase is the
    recipient, of the country where it happened, marked inferred (``implicit_recipients`` in
    events_lexicon.json)."""
    who = IMPLICIT_RECIPIENTS["types"].get(event.type)
    # a place is only where it happened when the people it was done to are named
    # ("detained a teenager in Kherson")
    if who is None or any(doc.entity(i).kind != "location" for i in event.recipient):
        return
    for head in _patients(token):
        entity = resolver.entity_of(head, set(event.actor))
        if entity is not None and entity.kind != "location" and entity.id not in event.actor:
            event.recipient = [entity.id]  # a subject shared with the verb before it
            return
        found = _people_phrase(head, resolver, set(event.actor))
        if found is None:
            continue
        span, sector = found
        if not _counted(who, sector):
            continue
        country = (event.location.country if event.location else None) or resolver.context
        if country is None:
            return
        entity = _people_entity(doc, span, sector, country)
        pronoun = Mention(token_span(head), head.text)
        if head.pos_ == "PRON" and pronoun not in entity.mentions:
            entity.mentions.append(pronoun)
        event.recipient = [entity.id]
        return


AIMED_AT = {"at", "on", "against"}  # "fired rubber bullets at a crowd"


def _patients(token: Token) -> list[Token]:
    """Who undergoes the act: the object ("arrested a man"), the passive subject ("two women
    were detained"), a noun's of-phrase ("the arrest of a man"), or whom it is aimed at
    ("fired rubber bullets at a crowd", "opened fire on protesters")."""
    if token.pos_ in {"VERB", "AUX"}:
        if _is_passive(token) or agentless_passive(token):  # (or a participle: "men detained")
            return _passive_subjects(token)
        objects = [c for c in token.children if c.dep_ == "dobj"]
        aimed = [o for h in [token, *objects] for _p, o in _preps(h, AIMED_AT)]
        return objects + aimed
    return [o for _p, o in _preps(token, {"of"})]


def people_patient(token: Token, etype: str) -> bool:
    """Is what a trigger of this type is done to people the text names by a common noun
    ("the suspects", "three men", "nine of the farmers"), a number that counts them again
    ("the 14") or an object pronoun: someone to act on, though no code may mark them? Only
    for the types of ``implicit_recipients``, and for aid only civilians."""
    who = IMPLICIT_RECIPIENTS["types"].get(etype)
    if who is None:
        return False
    for head in _patients(token):
        if head.lower_ in OBJECT_PRONOUNS or _recount(head):
            return True
        noun = _people_head(head)
        if noun is not None and _counted(who, people_sector(noun.lemma_.lower())[1]):
            return True
    return False


def _counted(who: str, sector: str | None) -> bool:
    """Do people of this sector count for a type's ``who`` ("anyone" | "civilians")?"""
    return who != "civilians" or sector in IMPLICIT_RECIPIENTS["civilian_sectors"]


def _people_head(head: Token) -> Token | None:
    """The people noun of a patient: itself, or what a number counts ("nine of the
    farmers")."""
    if head.pos_ == "NOUN" and people_sector(head.lemma_.lower())[0]:
        return head
    if head.pos_ == "NUM":
        return next((o for _p, o in _preps(head, {"of"})
                     if o.pos_ == "NOUN" and people_sector(o.lemma_.lower())[0]), None)
    return None


def _recount(head: Token) -> bool:
    """"the 14", "all 12": a bare number with "the" or "all", counting people named
    before."""
    return head.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ in ("the", "all")
                                      for c in head.children) and not _preps(head, {"of"})


def _people_phrase(head: Token, resolver: Resolver,
                   actors: set[str]) -> tuple[Span, str | None] | None:
    """The noun phrase for people without a code that ``head`` is, or that the object pronoun
    or number ``head`` takes up, with the sector its noun gives."""
    parsed = head.doc
    if _recount(head):
        found = resolver.people_recounted(head)
        chunk = parsed.char_span(*found) if found else None
        return (chunk, people_sector(chunk.root.lemma_.lower())[1]) if chunk else None
    if head.pos_ == "NUM":
        noun = _people_head(head)
        if noun is None or resolver.doc.entity_at(*token_span(noun)):
            return None
        return parsed[head.left_edge.i:head.right_edge.i + 1], people_sector(
            noun.lemma_.lower())[1]
    if head.pos_ == "PRON":
        found = resolver.people_antecedent(head)
        if found is None or resolver.entity_of(head, actors) is not None:
            return None
        chunk = parsed.char_span(*found)
        if chunk is None:
            return None
        head = chunk.root
    elif head.pos_ != "NOUN" or resolver.doc.entity_at(*token_span(head)) is not None:
        return None
    is_people, sector = people_sector(head.lemma_.lower())
    if not is_people:
        return None
    chunk = resolver.chunk_of_root.get(head.i)
    return (chunk if chunk is not None else parsed[head.i:head.i + 1]), sector


def _people_entity(doc: Document, span: Span, sector: str | None, country: str) -> Entity:
    """One entity per phrase: "a man" taken up again by "him" is the same man, and people an
    entity already names ("14 traders", counted again as "the 14") are that entity."""
    mention = Mention((span.start_char, span.end_char), span.text)
    entity = next((e for e in doc.entities if mention in e.mentions), None) or \
        doc.entity_at(*token_span(span.root))
    if entity is None:
        kind = "group" if span.root.tag_ == "NNS" else "person"
        entity = Entity(id=f"e{len(doc.entities) + 1}", name=span.text, kind=kind,
                        country=country, sector=sector, country_source="context",
                        mentions=[mention])
        doc.entities.append(entity)
    return entity


PERSON_PRONOUNS = frozenset(STORY_RECIPIENTS["person_pronouns"])


def addressed_to_a_person(token: Token) -> bool:
    """Is the act's object a personal pronoun ("told him to", "support me")? Words to a person
    the text does not code are not towards the story's country."""
    return any(c.dep_ in ("dobj", "dative", "iobj") and c.lower_ in PERSON_PRONOUNS
               for c in token.children)


def add_story_recipients(doc: Document, events: list[Event], home: str | None,
                         to_persons: frozenset[str] = frozenset()) -> None:
    """Give an event the text names no recipient for the side of the story it is done to
    (``story_recipients`` in events_lexicon.json): a foreign actor's pledge, aid, arrest or
    attack is to the country the story is set in (``home``: its dateline, else its
    most-named country); a home actor's protest, concession, arrest, resignation, demand or
    refusal is towards its own country;
    its agreement or return of fire is towards the one other country the story is about.
    Words addressed to a person by a pronoun (``to_persons``: event ids) get none.
    The evidence says so; an event whose actor has no country, or several, is left alone."""
    if home is None:
        return
    other = other_side(doc, home)
    two_sided = other is not None and not _state_counts(doc, home).keys() - {other}
    for event in events:
        if event.recipient or not event.actor or (
                event.id in to_persons and event.type in STORY_RECIPIENTS[
                    "person_addressed_types"]):
            continue  # ("his doctor told him to": no one the story's country stands for)
        actors = [doc.entity(i) for i in event.actor]
        countries = {a.country for a in actors}
        if len(countries) != 1 or None in countries:
            continue
        country = countries.pop()
        sector: str | None = "GOV"  # a state's act is towards the other state
        counterpart = states_counterpart(actors, event.type, home, other)
        if counterpart is not None:
            target, why = counterpart, ("the other country the story is about"
                                        if counterpart != home else
                                        "the country the story is set in")
        elif country != home and event.type in STORY_RECIPIENTS["foreign_actor"] and not (
                event.type in STORY_RECIPIENTS["addressed"] and not _state_level(actors)):
            target, why = home, "the country the story is set in"
        elif country == home and event.type in STORY_RECIPIENTS["own_country"] and not (
                event.type in STORY_RECIPIENTS["own_country_not_by_the_state"]
                and any(a.kind == "country" for a in actors)) and not (
                event.type in STORY_RECIPIENTS["own_country_not_by_business"]
                and all(a.sector in BUSINESS_SECTORS for a in actors)):
            # (a firm's chief leaving is towards no one; its refusal of a ruling is not)
            # towards its own country: its people as much as its government
            target, why, sector = home, "the actor's own country", None
        elif country == home and event.type in STORY_RECIPIENTS["threats_from_below"] and \
                from_below(actors):
            target, why, sector = home, "the authorities of the actor's own country", "GOV"
        elif country == home and other and event.type in STORY_RECIPIENTS["other_side"] and (
                event.type not in STORY_RECIPIENTS["other_side_if_two"] or two_sided) and \
                not all(a.sector in STORY_RECIPIENTS["home_only_sectors"] for a in actors):
            target, why = other, "the other country the story is about"
        else:
            continue
        entity = country_entity(doc, target, Mention(tuple(event.trigger.span),
                                                     event.trigger.text), sector)
        event.recipient = [entity.id]
        event.evidence.append(f"recipient implied: {entity.name}, {why}")


def states_counterpart(actors: list[Entity], etype: str, home: str | None,
                       other: str | None) -> str | None:
    """"Ghana's foreign minister demanded an explanation", in a story of Ghana and Togo
    (``home`` and its ``other_side``): a state's demand, accusation or refusal that names no
    one (``states_words``) is addressed to the story's other side, and that side's to the
    country the story is set in. None when the actors are no one state of the two, or the
    story has no clear other side."""
    if home is None or other is None or etype not in STORY_RECIPIENTS["states_words"] or \
            not actors or not all(a.kind == "country" or a.sector in
                                  STORY_RECIPIENTS["state_sectors"] for a in actors):
        return None
    countries = {a.country for a in actors}
    if len(countries) != 1 or not countries <= {home, other}:
        return None
    return other if countries == {home} else home


def _state_level(actors: list[Entity]) -> bool:
    """Do these actors speak for a state or an international body (a country, a government,
    its forces or courts, the UN), whose demand or condemnation names a country by default?
    A foreign academic's advice to the public is addressed to no state."""
    lex = actors_lexicon.lexicon()
    return bool(actors) and all(
        a.kind == "country" or a.sector in actors_context.STATE_SECTORS or a.sector == "IGO"
        or a.country in lex.igo_codes or lex.capitals.get(a.name) == a.country  # "Riyadh asked"
        for a in actors)


def other_side(doc: Document, home: str) -> str | None:
    """The country other than ``home`` that the story names most, by the mentions of it as
    a state (its name, its government, forces, courts or police), when it clearly leads
    (twice at least, ahead of the next): a professor or a firm of another country does not
    make that country a side of the story."""
    return actors_context.leading(_state_counts(doc, home))


def _state_counts(doc: Document, home: str) -> Counter[str]:
    """Mentions, per country other than ``home``, of that country as a state (its name, its
    government, forces, courts or police; international bodies aside)."""
    igo = actors_lexicon.lexicon().igo_codes
    counts: Counter[str] = Counter()
    for entity in doc.entities:
        if entity.country and entity.country != home and entity.country not in igo and (
                entity.kind == "country" or entity.sector in actors_context.STATE_SECTORS):
            counts[entity.country] += len(entity.mentions)
    return counts


def country_entity(doc: Document, code: str, trigger: Mention, sector: str | None) -> Entity:
    """The document's entity for country ``code``, or one made for it (with ``sector``)
    whose mention is the trigger it was read from, its country inferred from the context."""
    found = next((e for e in doc.entities if e.kind == "country" and e.country == code), None)
    if found is not None:
        return found
    name = actors_lexicon.lexicon().country_names.get(code, code)
    entity = Entity(id=f"e{len(doc.entities) + 1}", name=name, kind="country", country=code,
                    sector=sector, country_source="context",
                    mentions=[trigger])
    doc.entities.append(entity)
    return entity
