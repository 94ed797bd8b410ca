"""Events: who did what to whom, coded in PLOVER, with date, place, size, status and a score.

propose → score → assemble: ``propose`` turns lexicon, CAMEO-dictionary and argument-structure
matches into candidates; ``score`` applies the trained type and argument scorers
(``factwire/models/events``, numpy only); ``assemble`` adds mode, date, place, size and status.
``find_events(doc, parsed, settings)`` is the entry point; ``EventSettings`` carries every
setting.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factwire.extract.actors_context import give_context_country
from factwire.extract.events import implicit, reactions, register
from factwire.extract.events.assemble import _make_event, merge_mentions
from factwire.extract.events.implicit import drop_idle_implied
from factwire.extract.events.lexicon import Lexicon, TriggerRule, build_lexicon
from factwire.extract.events.propose import Candidate, _sentence_candidates, match_trigger
from factwire.extract.events.roles import Resolver
from factwire.extract.events.score import Scorer, load_model
from factwire.extract.events.settings import (
    VERBS_DICT_ENV,
    EventSettings,
    configure,
    configured_verbs_dict,
    current_lexicon,
    current_settings,
)
from factwire.model import Document, Event

__all__ = ["VERBS_DICT_ENV", "EventSettings", "Lexicon", "TriggerRule", "build_lexicon",
           "configure", "configured_verbs_dict", "current_lexicon", "current_settings",
           "drop_idle_implied", "find_events", "match_trigger"]


def find_events(doc: Document, parsed: Doc, settings: EventSettings | None = None) -> list[Event]:
    """Events of a document, one per trigger, each with resolved actor or recipient."""
    settings = settings or current_settings()
    lexicon = settings.lexicon()
    scorer = _scorer(settings)
    resolver = Resolver(doc, parsed)
    events: list[Event] = []
    to_persons: set[str] = set()  # events whose object is "him", "me": no story recipient
    previous: list[tuple[Candidate, Event]] = []
    sports = register.sports_report(parsed)
    for sent in parsed.sents:
        current: list[tuple[Candidate, Event]] = []
        for cand in _sentence_candidates(sent, lexicon, resolver, previous, scorer):
            event = _make_event(cand, sent, doc, parsed, lexicon, len(events) + 1)
            if event is not None and event.type in register.HARM_TYPES and \
                    register.natural_cause(cand.token):
                continue  # "40 people were killed in floods": harm no one did
            if event is not None and register.no_act(cand.token, event.type, lexicon.classes):
                continue  # "attacked the plan", "continued to decline", "a heart attack"
            if event is not None and (register.asked_a_question(cand.token, doc)
                                      or register.writers_question(cand.token, doc)):
                continue  # "“Will you resign?” a reporter asked", "Will China invade?"
            verbal = register.verbal_type(event, cand.token, doc) if event is not None \
                else None
            if verbal is not None:  # "attacked Paris in a speech": an accusation in words
                event.type, event.mode = verbal
                event.evidence.append(f"done in words: {verbal[0]} ({verbal[1]})")
            if event is not None and register.diplomatic_protest(event, doc, cand.token):
                event.type, event.mode = "ACCUSE", "disapprove"  # "Kenya protested against"
                event.evidence.append("a state's protest: ACCUSE (disapprove)")
            if event is not None and not register.figurative(cand.token, event.type, sports):
                reactions.react(event, cand.token, events, parsed, lexicon, doc)
                implicit.add_implicit_actor(doc, event, cand.token, resolver.context, events)
                implicit.add_implicit_recipient(doc, event, cand.token, resolver)
                events.append(event)
                current.append((cand, event))
                if implicit.addressed_to_a_person(cand.token):
                    to_persons.add(event.id)
        previous = current
    off_politics = register.off_politics(doc)
    events = [e for e in events if not register.sport_only(e, doc, sports)
              and not register.company_news(e, doc) and not register.private_exchange(e, doc)
              and not register.private_page_event(e, doc, off_politics)]
    give_context_country([doc.entity(i) for e in events for i in e.actor + e.recipient],
                         resolver.context, resolver.people)
    events = [e for e in events if not register.home_visit(e, doc)]  # once sides have countries
    implicit.add_story_recipients(doc, events, resolver.context, frozenset(to_persons))
    return merge_mentions(events, parsed)


def _scorer(settings: EventSettings) -> Scorer | None:
    """The trained scorers (loaded once per process), or None: the lexicon alone decides."""
    if not settings.use_model:
        return None
    model = load_model(settings.model)
    if model is None:
        return None
    return Scorer(model, settings.min_score, settings.generic_min_score)
