"""User-supplied actor and agent dictionaries (PETRARCH format) that define states and role
nouns the built-in gazetteer does not know. The dictionary snippets are fictional."""

from __future__ import annotations

import pytest

from factwire.extract import actors, events
from factwire.extract.actors import find_entities
from factwire.extract.actors_phoenix import agent_sectors, load_records, parse_file
from factwire.model import Document

ACTORS = """<!-- TEST ACTOR DICTIONARY -->
VELDORIA_  [VLD]
+VELDORIAN
KARSTON [KRS]
+PORT_KARSTON
NOBODY_IN_PARTICULAR  [---]
ZEMBLANIA [ZEM]
RUSSIA [RUX]
+THE_BEAR_STATE
+SAINT_PETERSBURG
MARLOVIA [MAR]
OSTRAVIAN_REFORM_PARTY [VLDPTY]
"""

AGENTS = """<!-- TEST AGENTS DICTIONARY -->
!PERSON! = MAN, MEN, WOMAN, WOMEN
CONSTABLE [~COP]
PATROL!PERSON! [~MILPAT]
OPPOSITION_COALITION {} [~OPP]
HARBOUR_WARDEN {HARBOUR_WARDENS} [~GOV]
"""


@pytest.fixture()
def dictionary(tmp_path):
    folder = tmp_path / "dictionaries"
    folder.mkdir()
    (folder / "Test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "Test.agents.txt").write_text(AGENTS, encoding="utf-8")
    actors.configure(folder)
    yield folder
    actors.configure(None)


def _code(nlp, text: str) -> dict[str, tuple]:
    parsed = nlp(text)
    found = find_entities(Document(id="t", text=text, published="2024-05-02"), parsed)
    return {m.text: (e.country, e.sector, e.kind) for e in found for m in e.mentions}


def test_parse_keeps_null_codes_and_notes_apart(dictionary):
    records = parse_file(dictionary / "Test.actors.txt")
    names = [phrases for phrases, _ in records]
    assert ["VELDORIA", "VELDORIAN"] in names
    # "[---]" closes its record: Zemblania is not one more name of "Nobody in particular"
    assert ["ZEMBLANIA"] in names
    assert not any("TEST ACTOR" in p for phrases in names for p in phrases)


def test_only_codes_the_gazetteer_lacks_become_countries(dictionary):
    level = {phrases[0]: actor.country_level for phrases, actor in load_records(str(dictionary))}
    assert level["VELDORIA"] and level["KARSTON"] and level["ZEMBLANIA"]
    assert level["OSTRAVIAN REFORM PARTY"] is False  # a coded body, as before
    # the gazetteer knows Russia: its code (RUS) stands, its own names and places stay
    # with it, and only the dictionary's other names are added
    russia = next(a for p, a in load_records(str(dictionary)) if "THE BEAR STATE" in p)
    names = next(p for p, a in load_records(str(dictionary)) if a is russia)
    assert names == ["THE BEAR STATE"] and russia.code_at(None) == "RUS"
    assert level["MARLOVIA"]  # a state of the user's own, though MAR is also Morocco's code


def test_fictional_states_get_their_codes(nlp, dictionary):
    coded = _code(nlp, "Veldoria accused Karston of shelling its border villages on Sunday.")
    assert coded["Veldoria"][:1] == ("VLD",)
    assert coded["Karston"][:1] == ("KRS",)
    assert coded["Veldoria"][2] == "country"


def test_builtin_knowledge_wins_for_real_countries(nlp, dictionary):
    coded = _code(nlp, "Russia and Veldoria signed a trade agreement in Moscow.")
    assert coded["Russia"][0] == "RUS"  # not the dictionary's RUX
    assert coded["Veldoria"][0] == "VLD"
    assert _code(nlp, "Marlovia closed its embassy.")["Marlovia"][0] == "MAR"
    coded = _code(nlp, "The Bear State fired shells at Veldoria.")
    assert [v[0] for k, v in coded.items() if "Bear State" in k] == ["RUS"]


def test_without_the_dictionary_fictional_states_stay_uncoded(nlp):
    coded = _code(nlp, "Veldoria accused Karston of shelling its border villages on Sunday.")
    assert all(code is None for code, _, _ in coded.values())


def test_agents_file_gives_sectors_with_a_country(nlp, dictionary):
    sectors = agent_sectors(str(dictionary))
    assert sectors["constable"] == "COP"
    assert sectors["patrolmen"] == "MIL" and sectors["patrolwoman"] == "MIL"
    assert sectors["harbour wardens"] == "GOV"
    coded = _code(nlp, "Veldorian constables detained two Karston patrolmen near the border.")
    constables = next(v for k, v in coded.items() if "constables" in k)
    patrol = next(v for k, v in coded.items() if "patrolmen" in k)
    assert constables[:2] == ("VLD", "COP")
    assert patrol[:2] == ("KRS", "MIL")


def test_agents_never_code_a_bare_role_noun_or_override_builtin_roles(nlp, dictionary):
    coded = _code(nlp, "Harbour wardens arrived at the market after the riot.")
    assert not any(sector == "GOV" for _, sector, _ in coded.values())
    # "opposition" is a built-in role noun: the dictionary's longer term is left to it
    coded = _code(nlp, "The Veldorian opposition coalition rejected the budget.")
    opposition = next(v for k, v in coded.items() if "opposition" in k)
    assert opposition[:2] == ("VLD", "OPP")


def test_events_between_fictional_states_pass_the_country_gate(nlp, dictionary):
    from factwire.extract import annotate

    text = "Veldoria accused Karston of shelling its border villages on Sunday."
    doc = annotate(Document(id="e", text=text, published="2024-05-02"), nlp(text))
    accused = [e for e in doc.events if e.type == "ACCUSE"]
    assert accused
    assert doc.entity(accused[0].actor[0]).country == "VLD"
    assert doc.entity(accused[0].recipient[0]).country == "KRS"


RECORDS = """<Sentences>
<Sentence id="T-1" date="20240502" category="DEMO">
  <EventCoding sourcecode="VLDGOV" targetcode="KRS" eventcode="111" />
  <Text>The Veldoria government denigrated Karston on Thursday.</Text>
</Sentence>
<Sentence id="T-2" date="20240502" category="DEMO">
  <EventCoding sourcecode="KUWGOV" targetcode="VLD" eventcode="111" />
  <Text>The Kuwaiti government denigrated Veldoria on Friday.</Text>
</Sentence>
<Sentence id="T-3" date="20240502" category="DEMO">
  <EventCoding noevents="True" />
  <Text>The weather in Karston was mild on Saturday.</Text>
</Sentence>
</Sentences>
"""


def test_petrarch_eval_uses_the_sets_own_dictionaries(shared, tmp_path, monkeypatch):
    from factwire.evaluate import events as scorer

    monkeypatch.setenv("FACTWIRE_CAMEO_CROSSWALK",
                       str(shared / "dictionaries" / "phoenix" / "cameo2plover_2021.csv"))
    folder = tmp_path / "dictionaries"
    folder.mkdir()
    (folder / "Set.actors.txt").write_text(ACTORS + "KUWAIT [KUW]\n", encoding="utf-8")
    (folder / "Set.verbs.txt").write_text("--- DENIGRATE  [111] ---\nDENIGRATE\n",
                                          encoding="utf-8")
    (tmp_path / "records.xml").write_text(RECORDS, encoding="utf-8")
    before = (actors._dictionary_path(), events.configured_verbs_dict())
    result = scorer.evaluate_petrarch(tmp_path)
    assert (actors._dictionary_path(), events.configured_verbs_dict()) == before  # restored
    assert result["actors_dict"] == str(folder)
    assert result["code_aliases"].get("KUW") == "KWT"  # the set's code for a real country
    assert result["n"] == 2 and result["noevent_n"] == 1
    with_verbs = result["with_verbs_dict"]
    assert with_verbs["verbs_dict"].endswith("Set.verbs.txt")
    # "denigrate" is only in the set's verb dictionary: agreement comes with it
    assert with_verbs["type_agreement"] > result["type_agreement"]
    assert with_verbs["dyad_agreement"] == 1.0
    assert with_verbs["noevent_agreement"] == 1.0
    assert "with verbs dict" in scorer.headline(result)


def test_dictionary_states_inside_names_and_lists(nlp, dictionary):
    coded = _code(nlp, "The Veldoria Ministry of Fisheries accused Karston of overfishing.")
    ministry = [v for k, v in coded.items() if "Ministry" in k]
    assert ministry and ministry[0][0] == "VLD"
    from spacy.tokens import Span

    text = "Veldoria, Karston and Zemblania signed a fisheries treaty on Monday."
    parsed = nlp(text)
    parsed.ents = [Span(parsed, 0, 5, label="ORG")]  # the tagger's slip: one name for a list
    found = find_entities(Document(id="l", text=text, published="2024-05-02"), parsed)
    assert {e.country for e in found} >= {"VLD", "KRS", "ZEM"}
    assert not any("," in m.text for e in found for m in e.mentions)


def test_ingest_workers_use_the_dictionary_given_on_the_command_line(tmp_path, monkeypatch):
    """--actors-dict reaches the worker processes of `factwire ingest --workers 2`."""
    import duckdb
    from typer.testing import CliRunner

    from factwire.cli import app

    monkeypatch.delenv(actors.ENV_DICT, raising=False)
    folder = tmp_path / "dictionaries"
    folder.mkdir()
    (folder / "Test.actors.txt").write_text(ACTORS, encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, place in enumerate(["Karston", "Zemblania"]):
        (inputs / f"{i}.txt").write_text(
            f"Veldoria recalls envoy\n\nVeldoria recalled its ambassador from {place} on "
            f"Monday after a border incident, the foreign ministry said.\n", encoding="utf-8")
    db = tmp_path / "f.duckdb"
    try:
        result = CliRunner().invoke(app, [
            "ingest", str(inputs), "--db", str(db), "--workers", "2", "--quiet",
            "--published", "2024-05-02", "--actors-dict", str(folder)])
    finally:
        actors.configure(None)
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(db), read_only=True)
    codes = {row[0] for row in con.execute("SELECT country FROM entities").fetchall()}
    con.close()
    assert {"VLD", "KRS", "ZEM"} <= codes


def test_a_person_long_out_of_every_dated_office_is_a_former_office_holder():
    """The knowledge base's ranges often end when it was last updated; years past the last
    one, a minister is a former minister (ELI) of that country, not its government."""
    from factwire.extract.actors_phoenix import DatedCode, PhoenixActor

    minister = PhoenixActor("Ana Ruiz", (DatedCode("BRAGOV", "2003-01-01", "2006-05-31"),),
                            person=True)
    assert minister.code_at("2005-01-01") == "BRAGOV"
    assert minister.code_at("2008-01-01") == "BRAGOV"  # the range may just be stale
    assert minister.code_at("2019-01-01") == "BRAELI"
    firm = PhoenixActor("Acme", (DatedCode("BRABUS", "2003-01-01", "2006-05-31"),),
                        person=False)
    assert firm.code_at("2019-01-01") == "BRABUS"


@pytest.mark.parametrize("published, sector", [("2005-05-01", "GOV"), ("2019-05-01", "ELI")])
def test_the_bundled_knowledge_base_codes_a_minister_by_the_publication_date(nlp, published,
                                                                            sector):
    text = "Celso Amorim said the talks had failed."
    ent = find_entities(Document(id="t", text=text, published=published), nlp(text))[0]
    assert (ent.country, ent.sector) == ("BRA", sector)
