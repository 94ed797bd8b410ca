"""The events scorer: its arithmetic on hand-made documents, and small slices of the gold."""

from __future__ import annotations

import json

import pytest

from factwire.evaluate import events as scorer
from factwire.extract.events_cameo import cameo_to_plover, load_crosswalk
from factwire.model import Document, Entity, Event, Mention, Trigger


def _doc(text, coded):
    """A Document with one entity per code and the given (actor, type, recipient) events."""
    doc = Document(id=text[:8], text=text)
    codes = sorted({c for a, _t, r in coded for c in (a, r) if c})
    doc.entities = [Entity(f"e{i}", code, "country", code, None, [Mention((0, 1), "x")])
                    for i, code in enumerate(codes, 1)]
    ids = {e.country: e.id for e in doc.entities}
    doc.events = [Event(f"ev{i}", etype, Trigger((0, 1), "x"), (0, len(text)),
                        actor=[ids[a]] if a else [], recipient=[ids[r]] if r else [])
                  for i, (a, etype, r) in enumerate(coded, 1)]
    return doc


def _record(text, event, source, target=None):
    record = {"text": text, "event": event, "source": [{"code": source}]}
    if target:
        record["target"] = [{"code": target}]
    return record


def test_plover_scores_on_hand_made_predictions():
    records = [
        _record("A.", "DEMAND", "FRA", "IRQ"),       # → REQUEST, found, both sides right
        _record("B.", "DISAPPROVE", "ALB", "SRB"),   # → ACCUSE, found, recipient wrong
        _record("C.", "FIGHT", "ISR", "LBN"),        # → ASSAULT, missed; a spurious COERCE
        _record("D.", "AGREE", "JPN"),               # AGREE found, no target to score
    ]
    docs = {
        "A.": _doc("A.", [("FRA", "REQUEST", "IRQ")]),
        "B.": _doc("B.", [("ALB", "ACCUSE", "MNE")]),
        "C.": _doc("C.", [("ISR", "COERCE", "LBN")]),
        "D.": _doc("D.", [("JPN", "AGREE", None)]),
    }
    result = scorer.score_plover(records, docs)
    assert result["n"] == 4
    assert result["type_accuracy"] == 0.75
    assert result["actor_accuracy"] == 1.0 and result["actor_n"] == 3
    assert result["recipient_accuracy"] == 0.5 and result["recipient_n"] == 2
    assert result["spurious_rate"] == 0.25
    # REQUEST, ACCUSE, AGREE: F1 1; ASSAULT: 0 (missed); COERCE: 0 (spurious)
    assert result["type_macro_f1"] == pytest.approx(3 / 5, abs=1e-4)
    assert result["per_type"]["ASSAULT"]["recall"] == 0.0


def test_headlines_name_their_figures():
    plover = {"type_macro_f1": 0.5, "type_accuracy": 0.5, "actor_accuracy": 1.0,
              "recipient_accuracy": 1.0, "spurious_rate": 0.1, "n": 3}
    assert scorer.headline(plover).startswith("events: type_macro_f1=0.500")
    petrarch = {"set": "petrarch2-unittest-cameo", "dyad_agreement": 0.25,
                "type_agreement": 0.5, "noevent_agreement": 1.0, "n": 4}
    assert "dyad_agreement=0.250" in scorer.headline(petrarch)


def test_unknown_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="neither PLOVER"):
        scorer.evaluate(tmp_path)


def test_crosswalk_mapping(shared):
    crosswalk = load_crosswalk(shared / "dictionaries" / "phoenix" / "cameo2plover_2021.csv")
    assert cameo_to_plover("042", crosswalk) == ("CONSULT", "visit")
    assert cameo_to_plover("0813", crosswalk)[0] == "RETREAT"
    assert cameo_to_plover("081", crosswalk)[0] == "CONCEDE"
    assert cameo_to_plover("176", crosswalk)[0] == "COERCE"  # not listed: its root
    assert cameo_to_plover("20", crosswalk)[0] == "ASSAULT"
    assert cameo_to_plover("010", crosswalk) is None  # statements are dropped by PLOVER


def test_plover_gold_slice(shared):
    data = shared / "eval" / "events" / "plover-gsr-cameo" / "PLOVER_GSR_CAMEO.dev.json"
    records = [r for r in json.loads(data.read_text(encoding="utf-8"))
               if r.get("event") != "DOCUMENT"][::20]
    docs = scorer.annotate_texts(r["text"] for r in records)
    result = scorer.score_plover(records, docs)
    assert result["n"] == len(records) >= 10
    for key in ("type_accuracy", "type_macro_f1", "actor_accuracy", "recipient_accuracy",
                "spurious_rate"):
        assert 0.0 <= result[key] <= 1.0
    assert result["type_accuracy"] > 0.3  # the coder finds events, not nothing


def test_petrarch_gold_slice(shared):
    data = shared / "eval" / "events" / "petrarch2-unittest-cameo" / \
        "PETR.UnitTest.records.dev.xml"
    sentences = scorer.load_petrarch(data)
    assert len(sentences) > 150
    assert any(s["noevents"] for s in sentences)
    crosswalk = load_crosswalk(shared / "dictionaries" / "phoenix" / "cameo2plover_2021.csv")
    part = sentences[:12]
    result = scorer.score_petrarch(part, scorer.annotate_texts(s["text"] for s in part),
                                   crosswalk)
    assert result["n"] > 0
    assert 0.0 <= result["dyad_agreement"] <= result["type_agreement"] <= 1.0


def _article_doc(text, predicted):
    """A Document with the given (trigger, type, actor code, recipient code) predictions."""
    doc = Document(id="a", text=text)
    codes = sorted({c for _t, _e, a, r in predicted for c in (a, r) if c})
    doc.entities = [Entity(f"e{i}", code, "country", code, None, [Mention((0, 1), "x")])
                    for i, code in enumerate(codes, 1)]
    ids = {e.country: e.id for e in doc.entities}
    for n, (trigger, etype, a, r) in enumerate(predicted, 1):
        start = text.index(trigger)
        sent_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
        sent_end = text.find(".", start) + 1
        doc.events.append(Event(f"ev{n}", etype, Trigger((start, start + len(trigger)), trigger),
                                (sent_start, sent_end), actor=[ids[a]] if a else [],
                                recipient=[ids[r]] if r else []))
    return doc


def test_article_scores_match_by_trigger_or_type_in_the_sentence():
    text = ("Peru recalled its envoy from Chile. Lima also froze talks on the border. "
            "Chilean police detained two Peruvian fishermen. The match ended level.")
    gold = {"id": "x", "events": [
        {"sentence": "Peru recalled its envoy from Chile.", "trigger": "recalled",
         "type": "SANCTION", "actor_country": "PER", "recipient_country": "CHL"},
        {"sentence": "Lima also froze talks on the border.", "trigger": "froze",
         "type": "SANCTION", "actor_country": "PER", "recipient_country": "CHL",
         "optional": True},
        {"sentence": "Chilean police detained two Peruvian fishermen.", "trigger": "detained",
         "type": "COERCE", "actor_country": "CHL", "recipient_country": "PER"},
    ]}
    doc = _article_doc(text, [
        ("recalled", "SANCTION", "PER", "CHL"),  # trigger and type: strict hit
        ("froze", "SANCTION", "PER", None),      # matches an optional event: not counted
        ("police", "COERCE", "CHL", "CHL"),      # other trigger, same type and sentence
        ("ended", "ASSAULT", None, None),        # spurious
    ])
    result = scorer.score_articles([(gold, doc)])
    assert result["gold_events"] == 2 and result["predicted_events"] == 3
    assert result["detection"]["tp"] == 2
    assert result["type"]["tp"] == 2
    assert result["strict"]["tp"] == 1  # the arrest's recipient country is wrong
    assert result["detection"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["strict"]["recall"] == 0.5


def test_a_predicted_list_of_actors_finds_the_gold_events_coded_one_per_member():
    """PLOVER codes "Britain and Japan pledged aid to Malawi" as one event whose actor is a
    list; a gold set coded dyad by dyad has two. The list event finds both (recall), and
    counts once as a prediction; a third gold event by someone outside the list stays
    missed. The one-to-one figures are kept beside."""
    text = "Britain and Japan pledged aid to Malawi on Friday, and Norway pledged tents."
    sentence = text
    gold = {"id": "x", "events": [
        {"sentence": sentence, "trigger": "pledged", "type": "AGREE", "actor": "Britain",
         "actor_country": "GBR", "recipient": "Malawi", "recipient_country": "MWI"},
        {"sentence": sentence, "trigger": "pledged", "type": "AGREE", "actor": "Japan",
         "actor_country": "JPN", "recipient": "Malawi", "recipient_country": "MWI"},
        {"sentence": sentence, "trigger": "pledged tents", "type": "AGREE", "actor": "Norway",
         "actor_country": "NOR", "recipient": None, "recipient_country": "MWI"},
    ]}
    doc = Document(id="a", text=text)
    doc.entities = [Entity(f"e{i}", name, "country", code, None,
                           [Mention((text.index(name), text.index(name) + len(name)), name)])
                    for i, (name, code) in enumerate(
                        [("Britain", "GBR"), ("Japan", "JPN"), ("Malawi", "MWI")], 1)]
    start = text.index("pledged")
    doc.events = [Event("ev1", "AGREE", Trigger((start, start + 7), "pledged"),
                        (0, len(text)), actor=["e1", "e2"], recipient=["e3"])]
    result = scorer.score_articles([(gold, doc)])
    assert result["predicted_events"] == 1 and result["strict"]["precision"] == 1.0
    assert result["strict"]["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["one_to_one"]["strict"]["recall"] == pytest.approx(1 / 3, abs=1e-4)


def test_a_reciprocal_event_finds_the_gold_coded_in_both_directions():
    """"Peru and Chile agreed": PLOVER puts both in the actor list with no recipient; a gold
    set coded dyad by dyad has Peru → Chile and Chile → Peru, both found, strictly. A
    one-sided type with two actors and no recipient is not reciprocal."""
    text = "Peru and Chile agreed on Friday to reopen the crossing."
    gold = {"id": "x", "events": [
        {"sentence": text, "trigger": "agreed", "type": "AGREE", "actor": "Peru",
         "actor_country": "PER", "recipient": "Chile", "recipient_country": "CHL"},
        {"sentence": text, "trigger": "agreed", "type": "AGREE", "actor": "Chile",
         "actor_country": "CHL", "recipient": "Peru", "recipient_country": "PER"},
    ]}
    doc = Document(id="a", text=text)
    doc.entities = [Entity(f"e{i}", name, "country", code, None,
                           [Mention((text.index(name), text.index(name) + len(name)), name)])
                    for i, (name, code) in enumerate([("Peru", "PER"), ("Chile", "CHL")], 1)]
    start = text.index("agreed")
    doc.events = [Event("ev1", "AGREE", Trigger((start, start + 6), "agreed"), (0, len(text)),
                        actor=["e1", "e2"])]
    result = scorer.score_articles([(gold, doc)])
    assert result["strict"]["recall"] == 1.0 and result["strict"]["precision"] == 1.0
    doc.events[0].type = gold["events"][0]["type"] = gold["events"][1]["type"] = "ACCUSE"
    assert scorer.score_articles([(gold, doc)])["strict"]["recall"] == 0.0


def test_article_gold_sentence_missing_from_the_text_is_a_clear_error():
    doc = _article_doc("Peru recalled its envoy.", [])
    gold = {"events": [{"sentence": "Chile recalled its envoy.", "trigger": "recalled",
                        "type": "SANCTION"}]}
    with pytest.raises(ValueError, match="sentence not found"):
        scorer.score_articles([(gold, doc)])


def test_heldout_sentences_give_type_macro_f1_and_false_alarms():
    records = [{"text": "A.", "events": [{"type": "AID"}]},
               {"text": "B.", "events": []}, {"text": "C.", "events": []}]
    docs = {"A.": _doc("A.", [("FRA", "AID", "MLI")]), "B.": _doc("B.", [("FRA", "ASSAULT", None)]),
            "C.": _doc("C.", [])}
    result = scorer.score_sentences(records, docs)
    assert result["per_type"]["AID"]["f1"] == 1.0
    assert result["per_type"]["ASSAULT"]["f1"] == 0.0
    assert result["type_macro_f1"] == 0.5
    assert result["false_alarm_rate"] == 0.5
