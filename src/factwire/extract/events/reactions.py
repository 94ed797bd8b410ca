"""A reaction's recipient is whoever did what it reacts to.

"Police arrested three reporters on Friday. … The union condemned the arrests": the
condemnation names no one, but the text has already said who arrested. A reaction (the types
in the lexicon's ``reaction_types``: ACCUSE, PROTEST, SUPPORT, REJECT) whose object is an
event noun and that has no recipient takes the actors of the latest earlier event the noun
names: the same lemma ("arrests" ← "arrested"), else the type the lexicon gives the noun, else,
for a decision ("the ruling", "the verdict"), the latest act of a deciding type. An object
the lexicon gives the reaction's own type is that act ("the union called the strike"), not
one it reacts to. A state does not react to its own acts: an earlier act of the reactor's
own state ("Norway ordered … the Norwegian minister rejected the demand") is passed over.
A reaction to a harm ("condemned the killing of X by Y") is never against X, to whom it was
done: against Y, or the doers of an earlier act.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factwire.extract.actors_context import STATE_SECTORS
from factwire.extract.events.lexicon import Lexicon
from factwire.extract.events.syntax import _objects, _preps
from factwire.model import Document, Event


def react(event: Event, token: Token, earlier: list[Event], parsed: Doc,
          lexicon: Lexicon, doc: Document) -> None:
    """Give ``event`` (triggered by ``token``) the doers of the act it reacts to, if it is a
    reaction with no recipient (or only the victims of the harm it reacts to) and ``earlier``
    (events before it, in text order) has that act."""
    if event.type not in lexicon.reaction_types:
        return
    _victims_to_doers(event, token, lexicon, doc)
    if event.recipient:
        return
    for noun, types in _acts_reacted_to(token, lexicon):
        lemma = noun.lemma_.lower()
        if event.type in types:
            continue  # "called the strike": the object is this act, not one it reacts to
        if not types and lemma in lexicon.classes["decisions"]:
            types = lexicon.decision_acts  # "rejected the ruling": whoever ruled
        if not types:
            continue
        act = _latest(earlier, parsed, event, lemma, types, doc)
        if act is not None:
            event.recipient = [i for i in act.actor if i not in event.actor]
            if event.recipient:
                event.evidence.append(f"recipient: the doers of {act.id} ({act.type}, "
                                      f"{act.trigger.text!r}), which it reacts to")
            return


HARMS = frozenset({"ASSAULT", "COERCE"})  # the acts whose of-phrase names who suffered them


def _victims_to_doers(event: Event, token: Token, lexicon: Lexicon, doc: Document) -> None:
    """"condemned the killing of X by Y": a reaction to a harm (an act the lexicon types as
    an assault or coercion) is against whoever did it (its by-phrase, else the doers of an
    earlier act), never against X, to whom it was done."""
    for noun, types in _acts_reacted_to(token, lexicon):
        if not HARMS & types:
            continue
        victims = _entities_in(doc, [o for _p, o in _preps(noun, {"of", "on", "against"})])
        if event.recipient and set(event.recipient) <= victims:
            doers = _entities_in(doc, [o for _p, o in _preps(noun, {"by"})]) - set(event.actor)
            event.recipient = sorted(doers)
            event.evidence.append(f"recipient: not those the {noun.text!r} was done to" + (
                ", but who did it" if doers else ""))
            return


def _acts_reacted_to(token: Token, lexicon: Lexicon) -> list[tuple[Token, set[str]]]:
    """The nouns a reaction takes as its object ("condemned the arrests", "protested against
    the ruling"), each with the types the lexicon gives it as a trigger."""
    nouns = _objects(token) + [o for _p, o in _preps(token, {"against", "over"})]
    return [(n, {r.type for r in lexicon.rules.get((n.lemma_.lower(), "NOUN"), [])})
            for n in nouns if n.pos_ == "NOUN"]


def _entities_in(doc: Document, heads: list[Token]) -> set[str]:
    """The ids of the entities mentioned in these phrases."""
    return {e.id for head in heads for t in head.subtree
            for e in [doc.entity_at(t.idx, t.idx + len(t))] if e is not None}


def _latest(earlier: list[Event], parsed: Doc, event: Event, lemma: str,
            types: set[str], doc: Document) -> Event | None:
    """The latest event of ``earlier`` with actors other than ``event``'s, and not all of its
    state, whose trigger has the word ``lemma``, else the latest such event of one of
    ``types``."""
    own = _states(doc, event.actor)
    of_type = None
    for act in reversed(earlier):
        others = [i for i in act.actor if i not in event.actor]
        if not others or (own and _states(doc, others) == own):
            continue
        span = parsed.char_span(*act.trigger.span, alignment_mode="expand")
        if span is not None and any(t.lemma_.lower() == lemma for t in span):
            return act
        if of_type is None and act.type in types:
            of_type = act
    return of_type


def _states(doc: Document, ids: list[str]) -> set[str] | None:
    """The one country all of these actors speak for as a state (the country itself, its
    government, forces, courts or police), or None when any is no state's."""
    entities = [doc.entity(i) for i in ids]
    if not entities or not all(e.country and (e.kind == "country" or e.sector in STATE_SECTORS)
                               for e in entities):
        return None
    return {e.country for e in entities}
