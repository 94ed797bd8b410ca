"""The extract stage: from a clean ``Document`` and its spaCy parse to actors, quotes, claims,
events, times and quantities — each item with character spans into ``Document.text``.

The order matters and runs one way: entities and times/quantities first, then quotes (whose
speakers are entities), claims (whose sources are entities and quotes), and events last (which
use all of them); last, event places are geocoded offline (``geocode``).
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from factwire.model import Document

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Said of a document in another language, whose fields stay empty.
SKIPPED_NON_ENGLISH = ("extraction skipped: the actors, quotes, claims, events, times and "
                       "quantities are read with English models and lexicons")


def annotate(doc: Document, parsed: Doc, events_settings=None) -> Document:
    """Fill every extracted field of ``doc`` from its parse; returns the same Document. A
    document cleaning found to be in another language keeps only its sentences: English
    lexicons read a Portuguese page as a list of persons named "Vitórias" and "Piloto".
    ``events_settings`` (an EventSettings) codes the events with another model or threshold
    than the process default, in the one pass (events add implied actors to the entities)."""
    from factwire.clean.language import flagged_non_english
    from factwire.extract import (
        actors,
        claims,
        datelines,
        events,
        geocode,
        quantities,
        quotes,
        times,
    )

    doc.sentences = [(s.start_char, s.end_char) for s in parsed.sents]
    if flagged_non_english(doc.warnings):
        if SKIPPED_NON_ENGLISH not in doc.warnings:
            doc.warnings.append(SKIPPED_NON_ENGLISH)
        return doc
    doc.dateline = datelines.find_dateline(doc)  # before actors: a dateline is no actor
    doc.entities = actors.find_entities(doc, parsed, late_steps=False)
    doc.times = times.find_times(doc, parsed)
    doc.quantities = quantities.find_quantities(doc, parsed)
    doc.quotes = quotes.find_quotes(doc, parsed)
    actors.drop_titled(doc)  # names only inside titles of works are no actors
    doc.claims = claims.find_claims(doc, parsed)
    doc.events = events.find_events(doc, parsed, events_settings)
    actors.finish_entities(doc, parsed)  # after the events, which read the text's own entities
    actors.drop_idle_generics(doc)  # "people", "the company" that take no part in anything
    events.drop_idle_implied(doc)  # an implied agent whose trigger became a mention
    geocode.geocode_events(doc)  # event places -> coordinates, offline
    return doc


# A short wire sentence that runs every extractor, so each loads its lexicons and models.
_WARM_UP_TEXT = ("LYON, France (AP) — French police arrested two men in Lyon on Monday after "
                 "gunmen attacked a bank, President Alvarez said.")


def warm_up() -> None:
    """Load every resource the extractors load lazily, once, so that a worker's first document
    costs what the others cost (and a benchmark times the steady state)."""
    from factwire import nlp
    from factwire.extract import geocode

    doc = Document(id="warm-up", text=_WARM_UP_TEXT, published="2025-01-06")
    annotate(doc, nlp.parse(doc.text))
    geocode.gazetteer()  # built only when an event has a place
    # The model, lexicons, knowledge base and gazetteer live as long as the process: moved out
    # of the cyclic collector's reach, so its collections stop rescanning millions of objects
    # that never die (they had come to cost a fifth of the extractors' time).
    gc.collect()
    gc.freeze()
