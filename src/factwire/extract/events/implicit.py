"""Implicit actors: who did it when a passive sentence does not say.

"Two shopkeepers were abducted on Nov. 9", "the contractors were each sentenced to three
years": the text names the victims and not the agent. Event coders (ACLED, PLOVER) code such
an event with the unnamed agent of the country where it happened: the authorities for an
arrest, a charge or a sentence, unidentified assailants for an attack or a kidnapping
(``implicit_actors`` in events_lexicon.json). The entity is marked inferred (``country_source``
"context"), and its mentions are the triggers it was read from, so every such actor points at
the words that imply it.
"""

from __future__ import annotations

from spacy.tokens import Token

from factwire.extract.events.lexicon import _builtin
from factwire.extract.events.register import natural_cause
from factwire.model import Document, Entity, Event, Mention

IMPLICIT_ACTORS: dict[str, dict] = _builtin()["implicit_actors"]


def agentless_passive(token: Token) -> bool:
    """A passive verb with no "by" agent: "were abducted", "was sentenced"."""
    children = list(token.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or (
        token.tag_ == "VBN" and token.dep_ in ("acl", "relcl"))
    return passive and not any(c.dep_ == "agent" for c in children)


def _from_where(doc: Document, token: Token) -> str | None:
    """The country an attack came from: "was fired on from across the border with
    Tajikistan", "shelled from Syrian territory"."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
        for t in prep.subtree:
            entity = doc.entity_at(t.idx, t.idx + len(t.text)) if t.pos_ in ("PROPN", "ADJ") \
                else None
            if entity is not None and entity.country and entity.kind in ("country", "location"):
                return entity.country
    return None


def add_implicit_actor(doc: Document, event: Event, token: Token,
                       context: str | None) -> None:
    """Give ``event`` its implied agent when it has none and its trigger is an agentless
    passive of a type in ``IMPLICIT_ACTORS``; one entity per kind and country in a document."""
    rule = IMPLICIT_ACTORS.get(event.type)
    if rule is None or event.actor or not agentless_passive(token) or natural_cause(token):
        return
    victims = [doc.entity(i) for i in event.recipient]
    country = _from_where(doc, token) or next(
        (e.country for e in victims if e is not None and e.country), None) or context
    if country is None:
        return
    mention = Mention(tuple(event.trigger.span), event.trigger.text)
    entity = next((e for e in doc.entities if e.name == rule["name"] and e.country == country
                   and e.country_source == "context" and e.kind == "group"), None)
    if entity is None:
        entity = Entity(id=f"e{len(doc.entities) + 1}", name=rule["name"], kind="group",
                        country=country, sector=rule["sector"], country_source="context")
        doc.entities.append(entity)
    if mention not in entity.mentions:
        entity.mentions.append(mention)
    event.actor = [entity.id]
