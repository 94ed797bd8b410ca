"""The public Python API of DESIGN.md: factwire.extract, Pipeline, JSON round trip."""

from __future__ import annotations

import importlib

import factwire
from factwire.model import Document, Entity, Event, Mention, Trigger


def test_extract_stays_the_function_after_the_stage_modules_are_imported():
    importlib.import_module("factwire.extract.actors")
    importlib.import_module("factwire.extract.events")
    from factwire.extract import annotate

    assert callable(annotate)
    assert factwire.extract is factwire.pipeline.extract


def test_extract_one_text_file_without_nlp(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Rebels seize border town\n\n"
        "Rebel fighters seized the border town of Amara on Tuesday after two days of clashes "
        "with government troops, local officials said.\n\n"
        "The army said it would retake the town within a week.\n",
        encoding="utf-8",
    )
    doc = factwire.extract(str(path), published="2025-03-05", with_nlp=False)
    assert doc.title == "Rebels seize border town"
    assert doc.text.startswith("Rebel fighters seized")
    assert doc.published == "2025-03-05"
    assert doc.source.kind == "text"


def test_document_json_round_trip_keeps_nested_records_and_spans():
    text = "Russia condemned the strike."
    doc = Document(
        id=factwire.model.document_id(text),
        text=text,
        entities=[Entity("e1", "Russia", "country", "RUS", "GOV", [Mention((0, 6), "Russia")])],
        events=[Event("ev1", "ACCUSE", Trigger((7, 16), "condemned"), (0, 28), actor=["e1"])],
    )
    back = Document.from_json(doc.to_json())
    assert back == doc
    assert back.entities[0].mentions[0].span == (0, 6)
    assert back.entity_at(2, 4).name == "Russia"
    assert back.entity_at(7, 16) is None


def test_document_id_ignores_whitespace_layout_only():
    a = factwire.model.document_id("North Korea sent troops.\n\nMore text.")
    b = factwire.model.document_id("North Korea  sent troops.\nMore text.")
    c = factwire.model.document_id("North Korea sent more troops.")
    assert a == b != c
