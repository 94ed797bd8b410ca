"""Actors on the defining example (North Korean troops in Russia) and the PLOVER evaluation."""

from __future__ import annotations

import json

import pytest

from factwire.extract.actors import find_entities

PUBLISHED = "2025-04-30"


@pytest.fixture(scope="module")
def example_entities(example_path, nlp):
    """The example, ingested and cleaned by the pipeline, then through the actors module only."""
    from factwire.pipeline import extract

    doc = extract(str(example_path), PUBLISHED, with_nlp=False)
    doc.entities = find_entities(doc, nlp(doc.text))
    return doc


def entity(doc, name):
    found = [e for e in doc.entities if e.name == name]
    assert len(found) == 1, f"{name!r}: {[(e.name, e.country, e.sector) for e in doc.entities]}"
    return found[0]


def mentions(ent):
    return [m.text for m in ent.mentions]


def test_example_countries_with_their_other_names(example_entities):
    nk = entity(example_entities, "North Korea")
    assert (nk.kind, nk.country) == ("country", "PRK")
    assert {"Pyongyang", "North Korean government", "the country"} <= set(mentions(nk))
    russia = entity(example_entities, "Russia")
    assert russia.country == "RUS"
    assert {"Moscow", "Russian Federation"} <= set(mentions(russia))
    assert entity(example_entities, "United States").country == "USA"
    assert entity(example_entities, "Ukraine").country == "UKR"
    assert entity(example_entities, "South Korea").country == "KOR"


def test_example_people_institutions_and_media(example_entities):
    expected = {
        "Kim Jong Un": ("person", "PRK", "GOV"),
        "Donald Trump": ("person", "USA", "GOV"),
        "Vladimir Putin": ("person", "RUS", "GOV"),
        "State Department": ("organization", "USA", "GOV"),
        "The Independent": ("media", "GBR", "MED"),
        "Press Association": ("media", "GBR", "MED"),
        "Russian armed forces": ("organization", "RUS", "MIL"),
    }
    for name, codes in expected.items():
        ent = entity(example_entities, name)
        assert (ent.kind, ent.country, ent.sector) == codes, name
    trump = entity(example_entities, "Donald Trump")
    assert mentions(trump).count("Trump") >= 2
    assert "Putin" in mentions(entity(example_entities, "Vladimir Putin"))


def test_example_kursk_is_a_place_and_sources_are_kept(example_entities):
    kursk = entity(example_entities, "Kursk")
    assert (kursk.kind, kursk.country, kursk.sector) == ("location", "RUS", None)
    names = {e.name.lower(): e for e in example_entities.entities}
    assert names["intelligence agencies"].sector == "SPY"
    assert names["analysts"].country is None
    assert names["state media"].sector == "MED"


def test_example_entity_lookup_by_span(example_entities):
    doc = example_entities
    start = doc.text.index("the US State Department")
    found = doc.entity_at(start + 4, start + len("the US State Department"))
    assert found is not None and found.name == "State Department"
    ids = [e.id for e in doc.entities]
    assert ids == [f"e{n}" for n in range(1, len(ids) + 1)]


def test_phoenix_dictionary_adds_dated_codes(shared, nlp, monkeypatch):
    from factwire.extract import actors
    from factwire.model import Document

    text = "Boris Yeltsin met Jiang Zemin in Beijing to discuss the border."
    # the bundled knowledge base (Phoenix, dated) codes them without --actors-dict
    plain = find_entities(Document(id="p", text=text, published="1997-04-23"), nlp(text))
    bundled = next(e for e in plain if e.name == "Boris Yeltsin")
    assert (bundled.country, bundled.sector, bundled.country_source) == ("RUS", "GOV",
                                                                         "dictionary")
    before = find_entities(Document(id="p", text=text, published="1985-01-01"), nlp(text))
    assert next(e for e in before if e.name == "Boris Yeltsin").sector == "ELI"
    monkeypatch.delenv(actors.ENV_DICT, raising=False)
    try:
        actors.configure(actors_dict=shared / "dictionaries" / "phoenix")
        import os

        assert os.environ[actors.ENV_DICT].endswith("phoenix")
        coded = find_entities(Document(id="p", text=text, published="1997-04-23"), nlp(text))
    finally:
        actors.configure(actors_dict=None)
    yeltsin = next(e for e in coded if "Yeltsin" in e.name)
    assert (yeltsin.country, yeltsin.sector) == ("RUS", "GOV")
    jiang = next(e for e in coded if "Jiang" in e.name)
    assert jiang.country == "CHN"


def test_phoenix_codes_follow_the_document_date(tmp_path):
    from factwire.extract.actors_phoenix import load_records as _load
    from factwire.extract.actors_phoenix import split_code

    path = tmp_path / "people.actors.txt"
    path.write_text(
        "JANE_DOE_  # CountryInfo.txt\n+PRESIDENT_JANE_DOE_\n"
        "\t[FRAELI 700101-990809]\n\t[FRAGOV >990809]\n\t[FRAELI]\n"
        "REBEL_FRONT_ [IMGREB]\n",
        encoding="utf-8",
    )
    (phrases, jane), (_, front) = _load(str(path))
    assert phrases == ["JANE DOE", "PRESIDENT JANE DOE"] and jane.person
    assert jane.code_at("1995-01-01") == "FRAELI"
    assert jane.code_at("2005-06-01") == "FRAGOV"
    assert split_code(front.code_at(None)) == (None, "REB")
    assert split_code("IGOUNO") == ("UNO", "IGO")
    # a territory inside the code is no sector: the governor of an overseas territory is GOV
    assert split_code("GBRFLKGOV") == ("GBR", "GOV")
    assert split_code("DNKFRO") == ("DNK", None)
    with pytest.raises(FileNotFoundError):
        _load(str(tmp_path / "missing"))


def test_eval_on_a_small_slice(shared, tmp_path):
    from factwire.evaluate.actors import evaluate, headline

    gold = json.loads((shared / "eval/events/plover-gsr-cameo/PLOVER_GSR_CAMEO.dev.json")
                      .read_text(encoding="utf-8"))
    piece = tmp_path / "slice.json"
    piece.write_text(json.dumps(gold[:25]), encoding="utf-8")  # includes the DOCUMENT record
    result = evaluate(piece)
    assert result["records"] == 24
    assert result["n"] > 30
    assert 0.6 <= result["country_accuracy"] <= 1.0
    assert result["country_sector_accuracy"] <= result["country_accuracy"]
    assert set(result["errors"]) <= {"gold-text-not-found", "no-entity", "no-country",
                                     "wrong-country", "no-sector", "wrong-sector"}
    assert headline(result).startswith("actors: country=")


def test_eval_rejects_a_folder_without_gold(tmp_path):
    from factwire.evaluate.actors import load_records

    with pytest.raises(FileNotFoundError, match="no PLOVER"):
        load_records(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json"):
        load_records(bad)
