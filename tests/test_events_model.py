"""The learned event coder: the numpy scorers, reproducible training on a small fixture corpus
written for these tests, and behaviour of the shipped model on sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from factwire.extract import events
from factwire.extract.events.score import LinearModel, load_model, shipped_model_dir
from factwire.extract.events.train import digest, load_corpus, train
from factwire.model import Dateline, FactwireError
from test_events import annotated, coded, make_doc, names, no_events_of, triggered

SEED = Path(__file__).parent / "fixtures" / "events_seed.jsonl"


@pytest.fixture(autouse=True)
def default_settings():
    events.configure(None)
    yield
    events.configure(None)


def shipped():
    model = load_model()
    if model is None:
        pytest.skip("no event model shipped yet (run `factwire train events`)")
    return model


# --- the scorers ------------------------------------------------------------------------------


def with_shipped_model(nlp, text):
    """The whole extract stage on one text with the shipped model (skips without one)."""
    shipped()
    return annotated(nlp, text)


def assert_no_events(nlp, text):
    """The whole extract stage with the shipped model finds no event in ``text``."""
    doc = with_shipped_model(nlp, text)
    assert not doc.events, coded(doc, doc.events)


def first_of(doc, etype):
    """The document's first event of ``etype``; the test fails, listing the events, if none."""
    found = [e for e in doc.events if e.type == etype]
    assert found, coded(doc, doc.events)
    return found[0]


def test_linear_model_gives_a_distribution_pushed_by_its_features():
    model = LinearModel(labels=["AID", "none"], vocab={"lemma=send": 0, "lemma=win": 1},
                        weights=np.array([[2.0, -1.0], [-2.0, 2.0]], dtype=np.float32),
                        bias=np.zeros(2, dtype=np.float32))
    send = model.probs(["lemma=send", "unknown-feature"])
    win = model.probs(["lemma=win"])
    assert send.sum() == pytest.approx(1.0) and win.sum() == pytest.approx(1.0)
    assert send[0] > 0.9 and win[1] > 0.9
    assert model.top(["lemma=send", "lemma=win"], "AID") == ["lemma=send (+2.00)"]


def test_training_is_reproducible_and_fits_its_fixture(tmp_path):
    first = train(SEED, tmp_path / "a", log=lambda _m: None)
    second = train(SEED, tmp_path / "b", log=lambda _m: None)
    assert first["digest"] == second["digest"] == digest(tmp_path / "a")
    model = load_model(str(tmp_path / "a"))
    assert set(model.type.labels) >= {"AID", "ASSAULT", "COERCE", "none"}
    assert model.role.labels == ["actor", "recipient", "none"]
    assert (tmp_path / "a" / "weights.npz").stat().st_size < 50_000_000
    with np.load(tmp_path / "a" / "weights.npz", allow_pickle=False) as npz:
        assert all(npz[k].dtype == np.float32 for k in npz.files)


def test_a_fixture_model_codes_its_own_kind_of_sentence(nlp, tmp_path):
    train(SEED, tmp_path / "m", log=lambda _m: None)
    settings = events.EventSettings(model=str(tmp_path / "m"), min_score=0.3,
                                      generic_min_score=0.3)
    doc, parsed = make_doc(nlp, "Brazil sent doctors to Bolivia.",
                           [(["Brazil"], "country", "BRA"), (["Bolivia"], "country", "BOL")])
    found = events.find_events(doc, parsed, settings)
    assert coded(doc, found) == [(("Brazil",), "AID", ("Bolivia",))]
    assert 0.3 <= found[0].score <= 1.0
    assert any("type AID" in item for item in found[0].evidence)


def test_bad_training_line_names_the_line(tmp_path):
    corpus = tmp_path / "train.jsonl"
    corpus.write_text(json.dumps({"text": "Peru met Chile.", "events": [
        {"type": "CONSULT", "trigger": "visited"}]}) + "\n", encoding="utf-8")
    with pytest.raises(FactwireError, match="train.jsonl:1"):
        load_corpus(corpus)


def test_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FactwireError, match="no such event model folder"):
        events.configure(model=tmp_path / "nope")


# --- the shipped model on sentences of our own --------------------------------------------------

COUNTRIES = [(["Spain"], "country", "ESP"), (["Italy"], "country", "ITA"),
             (["Japan", "Japanese"], "country", "JPN"), (["China"], "country", "CHN"),
             (["Philippines"], "country", "PHL"), (["MANILA"], "location", "PHL"),
             (["Reuters"], "media", None), (["Kenya"], "country", "KEN"),
             (["U.S."], "country", "USA"), (["Syria"], "country", "SYR"),
             (["Brazil"], "country", "BRA"), (["Samsung"], "organization", "KOR")]


@pytest.mark.parametrize("text", [
    "Spain beat Italy 2-0 in Saturday's qualifier.",
    "Samsung's quarterly output beat forecasts, and its shares rose in Seoul.",
    "A spokesperson for Japan declined to comment when asked by Reuters.",
    "Kenya's economy continued to decline through the dry season.",
    "The visit to Brazil offers a reminder of how much the region has changed.",
    "Italy's coach said his side would attack from the first whistle against Spain.",
])
def test_sports_markets_and_figures_of_speech_give_no_event(nlp, text):
    shipped()
    doc, parsed = make_doc(nlp, text, COUNTRIES)
    assert events.find_events(doc, parsed) == []


@pytest.mark.parametrize("text,etype", [
    ("Germany welcomed the ruling on Tuesday.", "SUPPORT"),
    ("Poland backed the proposal at the summit in Brussels.", "SUPPORT"),
    ("Turkey rejected the findings of the inquiry.", "REJECT"),
])
def test_a_stance_on_a_decision_leaves_its_maker_unnamed(nlp, text, etype):
    shipped()
    """Welcoming, backing or rejecting a decision is a stance towards whoever made it; the
    text does not name them here, so the recipient stays unnamed."""
    doc, parsed = make_doc(nlp, text)
    found = coded(doc, events.find_events(doc, parsed))
    assert [(f[1], f[2]) for f in found] == [(etype, ())], found


@pytest.mark.parametrize("text", [
    "Italy welcomed the sunshine after a week of storms.",
    "France attacked the plan in a debate on Tuesday.",
])
def test_a_stance_on_a_thing_or_a_figurative_attack_is_no_event(nlp, text):
    shipped()
    doc, parsed = make_doc(nlp, text)
    assert events.find_events(doc, parsed) == []


def test_a_dateline_is_never_an_actor(nlp):
    shipped()
    text = ("MANILA, Philippines (AP) \u2014 Japan's foreign minister accused China on Monday "
            "of harassing fishing boats.")
    doc, parsed = make_doc(nlp, text, COUNTRIES)
    found = events.find_events(doc, parsed)
    assert [e.type for e in found] == ["ACCUSE"]
    philippines = {e.id for e in doc.entities if e.country == "PHL"}
    assert not philippines & set(found[0].actor + found[0].recipient)
    doc.dateline = Dateline((0, 26), "Manila", "AP")  # the actors stage's own dateline
    assert not philippines & {i for e in events.find_events(doc, parsed) for i in e.actor}


@pytest.mark.parametrize("text, first_word", [
    ("ACCRA - Ghana's cocoa farmers urged the government on Monday to raise the farm-gate "
     "price.", "Ghana's"),
    ("LIMA - Peruvian miners accused the energy ministry of ignoring their safety.",
     "Peruvian"),
])
def test_a_capital_town_and_a_bare_hyphen_are_a_dateline_not_part_of_the_actor(nlp, text,
                                                                                first_word):
    """"ACCRA - Ghana's cocoa farmers": the parser runs the dateline into the noun phrase;
    the actor starts after the dash."""
    doc = with_shipped_model(nlp, text)
    assert doc.dateline is not None
    event = doc.events[0] if doc.events else None
    assert event is not None and event.actor, coded(doc, doc.events)
    assert {doc.entity(i).name.split()[0] for i in event.actor} == {first_word}, \
        coded(doc, doc.events)


def test_a_passive_gives_the_receiving_side(nlp):
    shipped()
    doc, parsed = make_doc(nlp, "A U.S. helicopter was shot down over Syria on Monday.",
                           COUNTRIES)
    (event,) = events.find_events(doc, parsed)
    assert event.type == "ASSAULT"
    usa = next(e.id for e in doc.entities if e.country == "USA")
    assert usa in event.recipient and usa not in event.actor


def test_a_year_stays_a_year(nlp):
    shipped()
    text = "Brazil sent 300 soldiers to Haiti in 2004."
    doc, parsed = make_doc(nlp, text, COUNTRIES + [(["Haiti"], "country", "HTI")],
                           times=[("2004", "2004")])
    (event,) = events.find_events(doc, parsed)
    assert (event.date.value, event.date.precision) == ("2004", "year")
    doc, parsed = make_doc(nlp, "Brazil sent 300 soldiers to Haiti.",
                           COUNTRIES + [(["Haiti"], "country", "HTI")])
    (event,) = events.find_events(doc, parsed)
    assert (event.date.value, event.date.precision) == ("2025-04-30", "publication")


def test_the_same_report_twice_is_one_event_with_mentions(nlp):
    shipped()
    text = ("Japan accused China of harassing its fishing boats. Tokyo's complaint came a day "
            "after Japan again accused China of the same conduct.")
    doc, parsed = make_doc(nlp, text, COUNTRIES)
    found = [e for e in events.find_events(doc, parsed) if e.type == "ACCUSE"]
    assert len(found) == 1 and len(found[0].mentions) >= 1


def test_every_event_has_a_score_and_evidence(nlp):
    model = shipped()
    doc, parsed = make_doc(nlp, "Kenya sent food aid to Syria.", COUNTRIES)
    (event,) = events.find_events(doc, parsed)
    assert model.threshold <= event.score <= 1.0
    assert event.evidence and event.evidence[0].startswith("proposed by")
    strict = events.EventSettings(min_score=0.999999)
    assert events.find_events(doc, parsed, strict) == []


def test_the_shipped_model_is_safe_and_small():
    shipped()
    folder = shipped_model_dir()
    assert sorted(p.name for p in folder.iterdir()) == ["model.json", "weights.npz"]
    assert sum(p.stat().st_size for p in folder.iterdir()) < 50_000_000


def test_a_flat_curve_gives_the_middle_of_its_best_stretch():
    """Thresholds within the tolerance of the best F1 are equal: the middle one wins, not the
    edge a hair's difference picks."""
    from factwire.extract.events.train import plateau_middle

    flat = {0.3: 0.8057, 0.35: 0.8063, 0.4: 0.8074, 0.45: 0.8074, 0.5: 0.8084, 0.55: 0.8092,
            0.6: 0.8034, 0.2: 0.8036}
    assert plateau_middle(flat) == 0.4
    assert plateau_middle({0.3: 0.70, 0.4: 0.80, 0.5: 0.75}) == 0.4


def test_the_written_negatives_break_a_tie_among_equally_good_thresholds():
    """The hand-coded articles are dense with events and flat over a wide stretch; the written
    held-out sentences, half of them hard negatives, narrow it: of the thresholds the articles
    count as equal, those the sentences also count as equal, and their middle."""
    from factwire.extract.events.train import plateau_middle

    articles = {0.15: 0.810, 0.2: 0.814, 0.25: 0.814, 0.3: 0.816, 0.35: 0.815, 0.4: 0.817,
                0.45: 0.815, 0.5: 0.811}
    sentences = {0.15: 0.614, 0.2: 0.622, 0.25: 0.630, 0.3: 0.635, 0.35: 0.637, 0.4: 0.640,
                 0.45: 0.641, 0.5: 0.638}
    assert plateau_middle(articles) == 0.3
    assert plateau_middle(articles, sentences) == 0.4
    # The sentences never move the threshold off the articles' plateau.
    assert plateau_middle({0.3: 0.80, 0.4: 0.70}, {0.3: 0.60, 0.4: 0.70}) == 0.3


def test_the_threshold_is_the_middle_of_the_best_on_hand_coded_articles(tmp_path):
    """With article folders, training codes them with the new model and keeps the middle of
    the thresholds about as good as the best type F1; the table covers every threshold
    tried."""
    from factwire.extract.events.train import (
        THRESHOLD_TOLERANCE,
        THRESHOLDS,
        choose_threshold_on_articles,
    )

    articles = tmp_path / "articles"
    articles.mkdir()
    source = Path(__file__).parent / "fixtures" / "event_articles"
    for path in sorted(source.glob("*.json"))[:2]:
        (articles / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    result = train(SEED, tmp_path / "m", log=lambda _m: None, articles=[articles])
    threshold, table = choose_threshold_on_articles(tmp_path / "m", [articles])
    assert set(table) == set(THRESHOLDS)
    assert table[threshold] >= max(table.values()) - THRESHOLD_TOLERANCE
    assert result["threshold"] == threshold == load_model(str(tmp_path / "m")).threshold


@pytest.mark.parametrize("text,expected", [
    ("Brazil crushed Italy 4-1 on Tuesday night.", []),
    ("Syria said rebels attacked Brazil's embassy, killing 10-12 guards.", ["ASSAULT"]),
])
def test_a_scoreline_after_the_object_makes_a_figurative_verb_play(nlp, text, expected):
    shipped()
    doc, parsed = make_doc(nlp, text, COUNTRIES)
    assert [e.type for e in events.find_events(doc, parsed)][:1] == expected


def test_a_stated_hostile_step_with_no_one_to_threaten_is_the_step_expected(nlp):
    """"said it would deploy two more warships to the area": nobody is threatened, so the
    mobilisation itself is coded, as expected; with a target it is a threat."""
    shipped()
    doc, parsed = make_doc(nlp, "Japan's navy said it would deploy two more warships to the "
                                "disputed area.", COUNTRIES)
    found = events.find_events(doc, parsed)
    assert [(e.type, e.status) for e in found] == [("MOBILIZE", "expected")]
    doc, parsed = make_doc(nlp, "China said it would impose sanctions on Japan unless the "
                                "patrols stopped.", COUNTRIES)
    assert [e.type for e in events.find_events(doc, parsed)] == ["THREATEN"]


def test_where_aid_is_sent_from_is_no_recipient(nlp):
    shipped()
    doc, parsed = make_doc(nlp, "Japan sent a surveillance aircraft from Kenya to help assess "
                                "the damage on the outer islands.", COUNTRIES)
    found = coded(doc, events.find_events(doc, parsed))
    assert not [f for f in found if "Kenya" in f[2]], found


@pytest.mark.parametrize("text,trigger", [
    ("The Chadian army prepared to resume shelling rebel positions near the Sudanese border.",
     "shelling"),
    ("Militants in Mali endeavoured to seize the airport at Gao before dawn.", "seize"),
    ("Venezuela invited the Colombian foreign minister to visit Caracas next month.",
     "invited"),
])
def test_a_verb_that_only_carries_a_known_act_gives_way_to_it(nlp, text, trigger):
    """"prepared to resume shelling", "endeavoured to seize": the act is the infinitive's, not
    the verb that carries it; a verb with an object of its own ("invited X to visit") stays."""
    shipped()
    assert [e.trigger.text for e in annotated(nlp, text).events] == [trigger]


def test_a_person_without_a_role_takes_the_country_of_the_storys_people(nlp):
    """An undated column on one country's politics that names another country most: a person
    the text gives no role is one of the column's own people, not of the country discussed."""
    shipped()
    text = ("Donald Trump spent the week on the defensive over Ukraine. The Senate "
            "Republicans stood by Donald Trump, and the Democrats in the Senate said they would "
            "press on. Ukraine's leaders said nothing. Marla Quentin accused Donald Trump of "
            "pressuring Ukraine, and Ukraine denied any pressure. Ukraine remains at the centre "
            "of the row.")
    doc = annotated(nlp, text, published="2019-11-19")
    accusers = {doc.entity(i).name: doc.entity(i).country for e in doc.events
                if e.type == "ACCUSE" for i in e.actor}
    assert accusers.get("Marla Quentin") in (None, "USA"), accusers


@pytest.mark.parametrize("text, trigger, code", [
    ("HARARE, Zimbabwe (Agency) — Drought has left four million Zimbabweans short of food, "
     "the United Nations said on Monday. Zimbabwe declared a national disaster last week. "
     "Botswana offered to send veterinary teams, and Norway said it would give $3 million.",
     "offered", "ZWE"),
    ("ASUNCIÓN, Paraguay (Agency) — Hundreds of Paraguayan teachers marched through the "
     "capital on Friday, the third protest this month. Paraguay's education minister said "
     "talks would resume on Monday.", "marched", "PRY"),
    ("YEREVAN, Armenia (Agency) — Azerbaijani troops shelled two Armenian villages near the "
     "border overnight, Armenia's defence ministry said. Armenian forces returned fire, the "
     "ministry added. Azerbaijan's defence ministry gave no account of the clash.",
     "returned fire", "AZE"),
    ("LUSAKA, Zambia (Agency) — Anti-corruption officers searched houses in two districts "
     "of the capital on Wednesday and took away boxes of files, the commission said.",
     "searched", "ZMB"),
    ("MANILA, Philippines (Agency) — The Philippine senate rejected the proposed budget on "
     "Thursday after a long night of debate.", "rejected", "PHL"),
    ("TBILISI, Georgia (Agency) — Georgia's deputy justice minister resigned on Friday after "
     "a week of pressure over a prison scandal.", "resigned", "GEO"),
])
def test_an_act_with_no_one_named_to_receive_it_is_done_to_the_storys_other_side(
        nlp, text, trigger, code):
    """A foreign donor's pledge with no recipient is to the country the story is set in; a
    domestic protest, search, refusal or resignation is towards that country; the home side's
    return of fire is at the story's other country. The recipient is marked as implied in the
    evidence."""
    doc = with_shipped_model(nlp, text)
    found = [e for e in doc.events if e.trigger.text.startswith(trigger.split()[0])]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    assert [doc.entity(i).country for i in found[0].recipient] == [code], coded(doc, found)
    assert any("recipient implied" in line for line in found[0].evidence)


def test_in_a_sports_report_players_and_coaches_disputes_and_transfers_are_no_events(nlp):
    """A coach protesting a call, a player turning down a club's offer, a manager declining
    to comment: the quarrels and deals of sport code nothing; the police arresting fans after
    the match are still an event."""
    shipped()
    text = ("Hapoel Marom beat Tavor 88-81 in the league final on Sunday, a win sealed by a "
            "run of nine points in the final minute. Tavor coach Eitan Sela protested loudly "
            "against a foul called on his captain and was given a technical. He declined to "
            "discuss the referees after the game. Off the court, Marom confirmed that its "
            "guard Noam Peretz had turned down an offer from an Italian club and signed a new "
            "two-year deal with the team. Police arrested 14 fans after fights broke out "
            "outside the arena.")
    doc = annotated(nlp, text)
    assert {e.type for e in doc.events} <= {"COERCE", "ASSAULT"}, coded(doc, doc.events)
    assert any(e.type == "COERCE" for e in doc.events), coded(doc, doc.events)


def test_a_side_the_argument_scorer_fills_is_its_likeliest_entity_not_every_one(nlp):
    """"…, and 23 people were arrested": with no doer in its clause the scorer picks who
    arrested them; a body named in a relative clause elsewhere in the sentence is not one."""
    shipped()
    text = ("KAMPALA, Uganda (Agency) — Riot police fired tear gas at a crowd that had stoned a "
            "bus belonging to the Kenyan embassy, a police spokesman said, and 23 people were "
            "arrested.")
    doc = annotated(nlp, text)
    arrest = first_of(doc, "COERCE")
    assert "KEN" not in {doc.entity(i).country for i in arrest.actor}, coded(doc, [arrest])


def test_a_foreign_condemnation_that_names_no_one_is_addressed_to_the_storys_country(nlp):
    """"In Berlin, Germany's foreign ministry criticised the heavy-handed response", in a story
    filed from Belgrade: the criticism is of Serbia, though the sentence names no one."""
    shipped()
    text = ("BELGRADE, Serbia (Agency) — Police arrested 25 students at a sit-in outside Serbia's "
            "parliament on Monday. In Berlin, Germany's foreign ministry criticised the "
            "heavy-handed response and urged restraint.")
    doc = annotated(nlp, text)
    criticism = first_of(doc, "ACCUSE")
    assert [doc.entity(i).country for i in criticism.recipient] == ["SRB"], \
        coded(doc, [criticism])


@pytest.mark.parametrize("text, trigger, etype", [
    ("NAIROBI, Kenya (Agency) — Kenya's interior ministry opened an inquiry into the conduct "
     "of Ugandan border guards on Monday.", "inquiry", "ACCUSE"),
    ("SKOPJE (Agency) — The ombudsman's office said it had asked police to hand over the "
     "footage from the van.", "asked", "REQUEST"),
])
def test_an_inquiry_is_an_investigation_and_an_ombudsman_an_actor(nlp, text, trigger, etype):
    doc = with_shipped_model(nlp, text)
    # a light verb may carry the noun's event ("opened an inquiry")
    assert etype in [e.type for e in doc.events if e.trigger.text in (trigger, "opened")], \
        coded(doc, doc.events)


def test_a_ban_on_trade_is_a_sanction_not_a_restriction(nlp):
    """"banned the export of drone engines to Iran": the rule for "ban" with an object of
    trade (SANCTION) is more specific than the one for the bare word (COERCE), which gives
    way."""
    shipped()
    text = ("The European Union banned the export of drone engines and navigation parts to "
            "Iran on Monday.")
    doc = annotated(nlp, text)
    assert [e.type for e in doc.events if e.trigger.text == "banned"] == ["SANCTION"], \
        coded(doc, doc.events)


@pytest.mark.parametrize("text, released", [
    ("MANILA, Philippines (Agency) — The fishermen were released on Tuesday and flown home.",
     True),
    ("DHAKA, Bangladesh (Agency) — Police released the two students without charge on Friday.",
     True),
    ("ACCRA, Ghana (Agency) — Eleven fishermen held on the seized trawler were freed after "
     "three days.", True),
    ("The band released a new album on Friday.", False),
    ("NAIROBI, Kenya (Agency) — The health ministry released the survey results on Monday.",
     False),
])
def test_releasing_people_is_a_retreat_releasing_a_thing_is_not(nlp, text, released):
    """Detainees let go ("the fishermen were released", "freed the crew") are a release,
    whoever they are; a record, a report or a product released is no event."""
    doc = with_shipped_model(nlp, text)
    assert any(e.type == "RETREAT" for e in doc.events) == released, coded(doc, doc.events)


@pytest.mark.parametrize("text, etype, present", [
    ("LA PAZ, Bolivia (Agency) — The union said the strike would go on until the detained "
     "teachers were released.", "RETREAT", False),
    ("LIMA, Peru (Agency) — The drivers' federation said it would block the main road if any "
     "more of its members were arrested.", "COERCE", False),
    ("SOFIA, Bulgaria (Agency) — The opposition said it would return to parliament only once "
     "the three detained activists were freed.", "RETREAT", False),
    ("DHAKA, Bangladesh (Agency) — Police held the two students for a week until a magistrate "
     "released them on Friday.", "RETREAT", True),
    ("HARARE, Zimbabwe (Agency) — Police arrested the organisers before the march began.",
     "COERCE", True),
])
def test_an_act_in_the_condition_of_a_future_step_is_no_event(nlp, text, etype, present):
    """"would go on until the teachers were released", "would block the road if more were
    arrested": the release and the arrests are conditions of a step still to come, not acts
    that happened; the same clause under a past act tells what happened."""
    doc = with_shipped_model(nlp, text)
    assert any(e.type == etype for e in doc.events) == present, coded(doc, doc.events)


@pytest.mark.parametrize("text, etype", [
    ("Italy sent two air defence batteries to Romania on Monday.", "AID"),
    ("WARSAW, Poland (Agency) — Japan said it would send 40 more armoured vehicles to Poland "
     "by December.", "AGREE"),
    ("LILONGWE, Malawi (Agency) — Norway sent a team of engineers to Malawi to repair the "
     "flood-damaged bridges.", "AID"),
    ("LA PAZ, Bolivia (Agency) — The interior minister defended the police operation on "
     "Tuesday, saying the highway had to be reopened.", "SUPPORT"),
    ("SEOUL, South Korea (Agency) — The ruling party defended the new security law against "
     "criticism from rights groups.", "SUPPORT"),
])
def test_what_is_sent_or_defended_gives_the_act_its_type(nlp, text, etype):
    """Arms and experts sent to a country are aid (a promise of them is an agreement);
    defending an operation, a law or a crackdown is support for it."""
    doc = with_shipped_model(nlp, text)
    assert any(e.type == etype for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "The club sent a team of scouts to Brazil to watch the under-20 championship.",
    "The goalkeeper defended his position well in the second half.",
])
def test_sending_scouts_or_defending_a_position_on_the_pitch_is_no_event(nlp, text):
    assert_no_events(nlp, text)


@pytest.mark.parametrize("text, code", [
    ("LIMA, Peru (Agency) — The mining union warned it would strike if the wage talks failed.",
     "PER"),
    ("LA PAZ, Bolivia (Agency) — The federation of neighbourhood councils warned that it would "
     "block the road to the airport.", "BOL"),
    ("ACCRA, Ghana (Agency) — Cocoa farmers threatened to stop deliveries to the state buyer "
     "unless prices were raised.", "GHA"),
])
def test_a_threat_by_a_union_or_movement_that_names_no_one_is_towards_its_country(
        nlp, text, code):
    """A union's or a movement's warning that it will strike or block roads is a threat to
    its own country's authorities, though the sentence names none."""
    doc = with_shipped_model(nlp, text)
    threat = first_of(doc, "THREATEN")
    assert [doc.entity(i).country for i in threat.recipient] == [code], coded(doc, [threat])


def test_a_warning_of_a_risk_is_no_threat(nlp):
    """"Aid groups warned that the shortage could lead to outbreaks": the warned-of harm is
    no step of theirs."""
    shipped()
    doc = annotated(nlp, "SUVA, Fiji (Agency) — Relief groups warned that the lack of clean "
                         "water could cause outbreaks of cholera in the camps.")
    no_events_of(doc, "THREATEN")


def test_a_state_body_threat_that_names_no_one_is_not_towards_its_own_country(nlp):
    shipped()
    doc = annotated(nlp, "BISHKEK, Kyrgyzstan (Agency) — The defence ministry warned that it "
                         "would respond with force to any further incursion.")
    for e in doc.events:
        if e.type == "THREATEN":
            assert "KGZ" not in {doc.entity(i).country for i in e.recipient}, coded(doc, [e])


@pytest.mark.parametrize("text, country", [
    ("PORT MORESBY, Papua New Guinea (Agency) — The arrest of opposition MP John Kaupa on "
     "Monday sparked protests in the capital.", "PNG"),
    ("TUNIS, Tunisia (Agency) — The detention of the union leader Sami Trabelsi has drawn "
     "criticism from rights groups.", "TUN"),
])
def test_an_arrest_named_by_its_noun_with_no_doer_is_the_authorities(nlp, text, country):
    """"The arrest of X" names its victim, not who arrested: as for "X was arrested", the
    authorities of the country where it happened."""
    doc = with_shipped_model(nlp, text)
    arrest = first_of(doc, "COERCE")
    assert [(doc.entity(i).name, doc.entity(i).country) for i in arrest.actor] == [
        ("authorities", country)], coded(doc, [arrest])


def test_an_arrest_named_with_its_doer_keeps_the_doer(nlp):
    shipped()
    doc = annotated(nlp, "TBILISI, Georgia (Agency) — Russia's arrest of two Georgian "
                         "shepherds near the boundary line drew a protest from Tbilisi.")
    arrest = first_of(doc, "COERCE")
    assert "RUS" in {doc.entity(i).country for i in arrest.actor}, coded(doc, [arrest])


@pytest.mark.parametrize("text, etype", [
    ("KANO, Nigeria (Agency) — The state government deployed 1,500 soldiers to the northern "
     "districts on Monday.", "MOBILIZE"),
    ("LIMA, Peru (Agency) — Peru also deployed 200 police officers to its side of the border "
     "crossing, the ministry said.", "MOBILIZE"),
    ("Russia deployed 3,000 troops to Belarus for joint exercises.", "AID"),
])
def test_the_troops_sent_are_not_the_recipient_of_their_deployment(nlp, text, etype):
    """"deployed 1,500 soldiers to the northern districts": the soldiers are what is sent; a
    deployment within the country is a mobilisation, to another country military aid."""
    doc = with_shipped_model(nlp, text)
    found = [e for e in doc.events if e.trigger.text == "deployed"]
    assert found and found[0].type == etype, coded(doc, doc.events)
    assert not any(doc.entity(i).kind == "group" for i in found[0].recipient), coded(doc, found)


@pytest.mark.parametrize("text, etype, present", [
    ("OSLO, Norway (Agency) — Nordvik Shipping agreed to buy its rival Halden Lines for $2 "
     "billion, the companies said.", "AGREE", False),
    ("The chief executive of Marlow Foods met the head of Castellan Holdings to discuss a merger.",
     "CONSULT", False),
    ("OSLO, Norway (Agency) — The competition authority fined Nordvik Shipping 40 million "
     "kroner for price fixing.", "SANCTION", True),
    ("OSLO, Norway (Agency) — Nordvik Shipping's chief executive met the trade minister on "
     "Monday to discuss the port strike.", "CONSULT", True),
])
def test_deals_and_meetings_between_companies_alone_are_no_event(nlp, text, etype, present):
    """Company news (one firm buying another, executives meeting) is no political event;
    a company fined by a regulator or meeting a minister is."""
    doc = with_shipped_model(nlp, text)
    assert any(e.type == etype for e in doc.events) == present, coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "SOFIA, Bulgaria (Agency) — The former interior minister died of a heart attack at his "
    "home on Sunday, his family said.",
    "LIMA, Peru (Agency) — The senator was taken to hospital after suffering a panic attack "
    "during the debate.",
    "Retailers in Manila said overwhelming consumer demand had emptied the shelves.",
])
def test_a_word_an_illness_or_a_market_makes_no_event(nlp, text):
    """"a heart attack", "a panic attack", "consumer demand": the modifier gives the noun a
    sense that is no act of anyone (``non_event_modifiers``)."""
    assert_no_events(nlp, text)


@pytest.mark.parametrize("text", [
    "WASHINGTON (Agency) — The minister's remarks struck me as odd, the senator told reporters.",
    "WASHINGTON (Agency) — That struck her as unusual for a routine briefing, her lawyer said.",
    "BERLIN, Germany (Agency) — What struck observers most was the silence of the opposition.",
    "NAIROBI, Kenya (Agency) — The idea hit him as he walked home from parliament.",
])
def test_something_that_strikes_someone_as_odd_is_no_attack(nlp, text):
    """"struck me as odd", "what struck observers most": an impression, no assault."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "ASSAULT")


def test_a_drone_that_struck_a_convoy_is_still_an_attack(nlp):
    shipped()
    doc = annotated(nlp, "MOGADISHU, Somalia (Agency) — A drone that struck a convoy of "
                         "al-Shabaab fighters killed 12 of them, the army said.")
    assert [e for e in doc.events if e.type == "ASSAULT"], coded(doc, doc.events)


@pytest.mark.parametrize("text, etype, present", [
    ("NAIROBI, Kenya (Agency) — Kenya and Uganda are seeking an agreement on fishing rights "
     "in Lake Victoria.", "AGREE", False),
    ("ADDIS ABABA, Ethiopia (Agency) — The two governments are working towards a ceasefire "
     "in the border region.", "RETREAT", False),
    ("DOHA, Qatar (Agency) — Both delegations have been pursuing a deal on prisoner exchanges "
     "for months.", "AGREE", False),
    ("NAIROBI, Kenya (Agency) — Kenya and Uganda reached an agreement on fishing rights in "
     "Lake Victoria on Monday.", "AGREE", True),
])
def test_an_agreement_sought_is_not_an_agreement_made(nlp, text, etype, present):
    """"seeking an agreement", "working towards a ceasefire": the act is a goal, not done."""
    doc = with_shipped_model(nlp, text)
    assert any(e.type == etype for e in doc.events) == present, coded(doc, doc.events)


@pytest.mark.parametrize("text, etype, place", [
    ("ALBANY, New York (Agency) — A Brooklyn man threatened a state senator in a string of "
     "emails last month, prosecutors said on Monday.", "THREATEN", "Brooklyn"),
    ("HOUSTON, Texas (Agency) — Two Galveston teenagers attacked a bus driver on Friday, "
     "police said.", "ASSAULT", "Galveston"),
])
def test_the_town_a_person_comes_from_is_not_the_doer(nlp, text, etype, place):
    """"A Syracuse man threatened …": the town says where the man is from; it did nothing."""
    doc = with_shipped_model(nlp, text)
    for e in doc.events:
        if e.type == etype:
            assert place not in {doc.entity(i).name for i in e.actor}, coded(doc, [e])


@pytest.mark.parametrize("text, etype", [
    ("HONG KONG (Agency) — Thousands of students staged protests across the city on Sunday. "
     "Officials said the protests had cost shops millions of dollars.", "PROTEST"),
    ("DHAKA, Bangladesh (Agency) — Police arrested 20 garment workers on Monday. Lawyers said "
     "the arrests were unlawful.", "COERCE"),
])
def test_the_act_named_again_by_its_noun_is_the_same_event(nlp, text, etype):
    """"staged protests … the protests had cost": the definite noun takes up the act already
    told; it is a second mention, not a second event with guessed sides."""
    doc = with_shipped_model(nlp, text)
    found = [e for e in doc.events if e.type == etype]
    assert len(found) == 1, coded(doc, found)


@pytest.mark.parametrize("text, etype", [
    ("ABUJA, Nigeria (Agency) — Nigeria sent 3,000 soldiers to Borno state after the attacks.",
     "MOBILIZE"),
    ("NEW DELHI, India (Agency) — India deployed extra troops to Kashmir on Monday.",
     "MOBILIZE"),
    ("ABUJA, Nigeria (Agency) — Nigeria sent 300 soldiers to Niger to help fight the "
     "insurgents.", "AID"),
    ("MAPUTO, Mozambique (Agency) — Floods have cut off much of central Mozambique. Zimbabwe "
     "sent two army helicopters and 40 soldiers to help with the rescue.", "AID"),
    ("MAPUTO, Mozambique (Agency) — Zimbabwe sent two army helicopters and 40 soldiers to "
     "help with the rescue.", "AID"),
])
def test_forces_sent_within_the_own_country_are_a_mobilisation(nlp, text, etype):
    """Troops sent to a region of the sender's own country are a mobilisation; to another
    country, or by a foreign state to the country of the story, military aid."""
    doc = with_shipped_model(nlp, text)
    found = [e for e in doc.events if e.trigger.text in ("sent", "deployed")]
    assert found and found[0].type == etype, coded(doc, doc.events)


@pytest.mark.parametrize("text, etype, who, code", [
    ("MASERU, Lesotho (Agency) — Police fired rubber bullets at a crowd outside the border "
     "post on Tuesday.", "ASSAULT", "crowd", "LSO"),
    ("CARACAS, Venezuela (Agency) — National guard troops opened fire on protesters in the "
     "capital on Monday night.", "ASSAULT", "protesters", "VEN"),
    ("HONG KONG (Agency) — Police threatened to use live rounds on the students holed up "
     "inside the campus.", "THREATEN", "students", "HKG"),
])
def test_people_an_attack_or_threat_is_aimed_at_are_its_recipient(nlp, text, etype, who,
                                                                  code):
    """"fired rubber bullets at a crowd", "opened fire on protesters", "threatened to use live
    rounds on the students": the people aimed at are the recipient, of the country where it
    happened, not the story's other side."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, etype)
    got = [(doc.entity(i).name, doc.entity(i).country) for i in event.recipient]
    assert any(who in n and c == code for n, c in got), coded(doc, [event])


def _extracted(tmp_path, text: str):
    """One text through the whole pipeline (quotes, claims, the shipped model)."""
    from factwire.pipeline import extract

    page = tmp_path / "page.txt"
    page.write_text(text + "\n", encoding="utf-8")
    return extract(str(page), published="2024-05-01")


def test_a_thing_as_subject_is_not_replaced_by_the_speaker(tmp_path):
    """The argument scorer fills a side the syntax left empty, but not the doer of a clause
    whose subject is a thing: "the union said the strike threatened Velcor's output" has no
    THREATEN by the union (the whole pipeline, shipped model)."""
    doc = _extracted(tmp_path, "The Chilean mining union said the strike threatened Velcor's "
                               "output at the mine.")
    assert not [e for e in doc.events if e.type == "THREATEN"], doc.events



@pytest.mark.parametrize("text, actor, recipient", [
    ("The Arab League told Baghdad to extradite both men before the end of March.",
     "IGO", "IRQ"),
    ("Poland's foreign minister told Belarus to stop pushing migrants towards the border.",
     "POL", "BLR"),
])
def test_telling_someone_to_act_is_a_request(nlp, text, actor, recipient):
    """"told X to do Y" asks X to act, as "urged X to" does: a REQUEST from the teller to X,
    not the act Y done by the teller."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "REQUEST")
    actors = {(doc.entity(i).country, doc.entity(i).sector) for i in event.actor}
    assert any(actor in pair for pair in actors), coded(doc, [event])
    assert recipient in {doc.entity(i).country for i in event.recipient}, coded(doc, [event])
    assert not [e for e in doc.events if e.type in {"RETREAT", "ASSAULT"}], coded(doc, doc.events)


def test_telling_reporters_what_to_expect_is_no_request(nlp):
    """"told reporters to expect a ruling" is a statement to the press, not a demand on it."""
    doc = with_shipped_model(nlp, "The Greek prime minister told reporters to expect a "
                                  "decision on the port sale within days.")
    no_events_of(doc, "REQUEST")


@pytest.mark.parametrize("text, etype", [
    ("Nurses demonstrated outside the hospital in Nairobi on Friday over unpaid wages.",
     "PROTEST"),
    ("The UN called on Myanmar to free all political prisoners.", "REQUEST"),
    ("Ethiopia agreed with Kenya on a plan to reopen the border crossing.", "AGREE"),
    ("Police forced hundreds of families out of their homes in the capital.", "COERCE"),
    ("Kenya asked Uganda to hand over the two suspects.", "REQUEST"),
    ("The United States backed Ukraine's request for more air defences.", "SUPPORT"),
])
def test_the_same_words_as_acts_stay_events(nlp, text, etype):
    """The acts beside them: demonstrating in the street, calling on a state to act,
    agreeing with another state on a plan, forcing people out of their homes, asking a state
    to act, backing a request."""
    doc = with_shipped_model(nlp, text)
    first_of(doc, etype)


def test_thousands_of_people_protesting_are_the_protest_s_actor(nlp):
    """"Thousands of people demonstrated in Lyon": a protest by people of the country where
    it happened, though "people" alone names no actor."""
    doc = with_shipped_model(nlp, "Thousands of people demonstrated against the pension reform "
                                  "in Lyon on Saturday.")
    event = first_of(doc, "PROTEST")
    assert [(doc.entity(i).name, doc.entity(i).country) for i in event.actor] == [
        ("people", "FRA")], coded(doc, [event])


def test_a_minister_meeting_a_company_stays_an_event(nlp):
    """A participant with a public role keeps the exchange: a minister meeting a chief
    executive is a meeting."""
    doc = with_shipped_model(nlp, "Kenya's health minister met the chief executive of "
                                  "Safaricom in Nairobi on Monday.")
    first_of(doc, "CONSULT")


def test_calling_up_reservists_is_a_mobilisation(nlp):
    """"called up 300,000 reservists": troops mobilised, not a call to anyone."""
    doc = with_shipped_model(nlp, "Russia called up 300,000 reservists in September.")
    first_of(doc, "MOBILIZE")


@pytest.mark.parametrize("text, etype", [
    ("He needed a week in hospital, the consequence of torture in a Nairobi police cell.",
     "ASSAULT"),
    ("The Kenyan opposition leader was placed under house arrest in Nairobi.", "COERCE"),
])
def test_an_act_that_happened_stays_an_event(nlp, text, etype):
    """"the consequence of torture in a police cell", "placed under house arrest": acts done."""
    first_of(with_shipped_model(nlp, text), etype)


def test_a_state_s_protest_is_a_diplomatic_accusation(nlp):
    """"Kenya protested against the arrest of its citizens": a diplomatic protest, which
    PLOVER codes ACCUSE (disapprove); people protesting in the street stay PROTEST."""
    doc = with_shipped_model(nlp, "Kenya protested against the arrest of its citizens in "
                                  "Uganda.")
    event = first_of(doc, "ACCUSE")
    assert event.mode == "disapprove", coded(doc, [event])
    no_events_of(doc, "PROTEST")
    street = with_shipped_model(nlp, "Teachers protested outside the education ministry in "
                                     "Nairobi on Monday.")
    first_of(street, "PROTEST")


def test_a_foreign_professor_does_not_make_his_country_a_side_of_the_story(tmp_path):
    """A story about Kenya quoting a British economist twice: Kenya's president's promise is
    made to no one, not to Britain."""
    doc = _extracted(tmp_path, (
        "NAIROBI - Maize prices in Kenya hit a record this month.\n\n"
        "Jonah Mwangi, an economist at Oxford University in Britain, said the failed rains were "
        "the main cause. Mwangi said traders were hoarding stocks.\n\n"
        "Kenyan President William Ruto promised to build 200 new dams by 2030."))
    promises = [e for e in doc.events if e.type == "AGREE"]
    assert promises, coded(doc, doc.events)
    assert not [doc.entity(i).country for e in promises for i in e.recipient
                if doc.entity(i).country == "GBR"], coded(doc, promises)


NO_EVENT_TEXTS = [
    # a view shared, an opinion offered, a thing shown, a naming, a file called up, a
    # feeling that strikes, a post lost, a fact accepted, a question asked, backing off
    "Asked about the rate rise, the Kenyan finance minister said she agreed with the "
    "central bank governor.",
    "At cabinet meetings, Prime Minister Ivo Marek would offer his two cents while staring "
    "at the ceiling.",
    "The chief economist of Halden Bank offered a blunt assessment of the merger.",
    "Orvane engineers demonstrated how the app streams live television to tablets.",
    "The Kenyan president called the new agency Kenya Connect.",
    "The clerk called the file up on his laptop while the judge waited.",
    "Opposition leader Raila Odinga was struck with a vision of a united party.",
    "The founder of Velcor Mining was forced out of the company in 1998.",
    "\"We must accept that prices will stay high for years,\" the Kenyan energy minister said.",
    "At the briefing, Kenyan reporters asked the interior minister what the police had found.",
    "The Kenyan opposition leader asked the chief justice whether the count would be reopened.",
    "Regulators in Kenya are already backing off their attempts to tighten the rules on "
    "mobile lenders.",
    # words between private people and companies only
    "After the premiere, the director Judd Ellison asked the actress Mara Quinlan to write a "
    "script for him.",
    "The two founders met a group of investors at a café in Palo Alto in 1998.",
    "The chief executive of Halden Foods turned down the offer from Brightmoor Audio.",
    # an act named as a kind or a description
    "Journalists in Kenya work under constant fear of arrest.",
    "The Kenyan attorney general said his office must identify a suspect prior to arrest.",
    "The Kenyan rule would stop employers from checking the records of convicted felons.",
    # a trait shown, tradeoffs accepted
    "Tokyo distrusts the Korean minister's erratic style, as demonstrated by his sudden "
    "walkout from the fisheries talks in March.",
    "Many mayors in Brazil seem ready to accept the costs of fast industrial growth.",
]


@pytest.mark.parametrize("text", NO_EVENT_TEXTS)
def test_words_that_tell_no_act_give_no_event(nlp, text):
    """Agreeing with a view, offering an opinion, showing how a thing works, naming a thing,
    calling a file up, being struck by an idea, losing a post, accepting a fact, asking a
    question, backing off, private people's and companies' exchanges, an act named as a kind
    ("fear of arrest", "convicted felons"), a trait "demonstrated by" an act and accepting
    tradeoffs: no event a political event coder records."""
    assert_no_events(nlp, text)


@pytest.mark.parametrize("text", [
    "Nearly 200 Kenyans returned home on Friday after being deported from Saudi Arabia.",
    "Forty Ghanaian migrants arrived in Accra on Tuesday, having been expelled by Libya.",
    "Nearly 150 Kenyans returned home broke on Monday after being deported for overstaying "
    "their visas in Malaysia.",
])
def test_people_who_were_deported_are_the_recipient_not_the_actor(nlp, text):
    """The subject of "returned ... after being deported" suffered the act: the passive
    participle clause makes it the recipient; the unnamed authorities who deport people are
    not of the deportees' own country."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "COERCE")
    countries = {e.id: e.country for e in doc.entities}
    assert {countries[i] for i in event.recipient} & {"KEN", "GHA"}, coded(doc, [event])
    assert not {countries[i] for i in event.actor} & {"KEN", "GHA"}, coded(doc, [event])


def test_a_title_case_dateline_with_a_long_dash_is_no_actor(nlp):
    doc = with_shipped_model(
        nlp, "Mombasa – Hundreds of dock workers marched through the city on Monday to "
             "demand higher pay from the Kenya Ports Authority.")
    assert doc.dateline is not None and doc.dateline.place == "Mombasa"
    names = {e.id: e.name for e in doc.entities}
    assert doc.events, "no event"
    for event in doc.events:
        assert "Mombasa" not in {names[i] for i in event.actor}, coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    # refusing to say is no refusal of anyone
    "The Brazilian foreign ministry refused to say whether the ambassador had been recalled.",
    "Asked about the talks, Kenya's foreign minister Amina Odhiambo declined to say when "
    "they would resume.",
    "The Chilean senator's refusal to say how she would vote drew groans from the audience.",
    # a conviction that describes a person, not one handed down
    "Her ties to the convicted fraudster Marco Bellini are under investigation by Italian "
    "police.",
    # a race won
    "In the 200 metre freestyle, Okafor was beaten out by Mensah for first place at the "
    "national championships in Accra.",
    # a word inside a name
    "The Kenyan space agency's Lake Turkana Investigating Survey mission will start in 2026.",
    "Members of the Coalition Against Forced Evictions met in Lima on Tuesday.",
    # a thing that promises a quantity
    "The new Peruvian engine is lighter. That promises 300 horsepower and a range of 500 "
    "kilometres.",
])
def test_refusing_to_say_names_and_promising_things_are_no_event(nlp, text):
    """"refused to say whether", "his refusal to say", a trigger word inside an organisation's
    or a mission's name, "that promises 300 horsepower", "the convicted fraudster", "beaten
    out for first place": no act of one side on another (the investigation of the fraudster's
    ties is one, and is left alone)."""
    doc = with_shipped_model(nlp, text)
    assert not [e for e in doc.events if e.type != "ACCUSE" or e.mode != "investigate"], \
        coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "Chinese shoppers spent a record amount on Singles Day in China. Regulators in Beijing "
    "fined two Chinese retailers last month, and China's commerce ministry said it would "
    "watch prices. Veltro Telecom CEO Marcus Hale is to step down at the end of June.",
    "Andina Copper, a Peruvian miner, said its chief executive would step down in March.",
    "Ten things in tech today. Chinese shoppers spent a record amount on Singles Day in "
    "China, and regulators in Beijing fined two Chinese retailers. - Halvard Mobile CEO Ian "
    "Brook will step down at the end of June.",
])
def test_a_company_chief_stepping_down_is_no_event(nlp, text):
    """A firm's head leaving the firm is company news, not a retreat towards anyone: no
    recipient is implied for a business actor's own acts."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "RETREAT")


@pytest.mark.parametrize("text, etype, actor, recipient", [
    ("The Brazilian president drew sharp condemnation from Argentina after his remarks.",
     "ACCUSE", "ARG", "BRA"),
    ("On Tuesday Chile faced sharp criticism from Peru for shutting the border crossing.",
     "ACCUSE", "PER", "CHL"),
    ("The Kenyan embassy in Kampala came under attack from Ugandan soldiers on Sunday.",
     "ASSAULT", "UGA", "KEN"),
])
def test_who_faces_or_draws_an_act_is_its_recipient(nlp, text, etype, actor, recipient):
    """"X drew condemnation from Y", "X faced criticism from Y", "X came under attack from
    Y": the subject of a verb of receiving undergoes the act, the from-phrase does it."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, etype)
    countries = {e.id: e.country for e in doc.entities}
    assert [countries[i] for i in event.actor] == [actor], coded(doc, [event])
    assert [countries[i] for i in event.recipient] == [recipient], coded(doc, [event])


@pytest.mark.parametrize("text", [
    "Since January, the Kenyan opposition has done nothing but attack the president.",
    "Opposition leaders in Nairobi attacked the finance minister over the new tax.",
    "The Peruvian senator Rosa Quispe attacked her rival's record on crime during the debate.",
])
def test_politicians_attacking_a_person_is_an_accusation_not_an_assault(nlp, text):
    """Parties, lawmakers and politicians "attack" a rival, a minister or a record in words:
    with no weapon, blow or casualty in the sentence it is ACCUSE, not ASSAULT."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "ASSAULT")


@pytest.mark.parametrize("text, country", [
    ("Kenya's president ordered the release of 50 Ugandan fishermen held since March.", "UGA"),
    ("Peru's interior minister ordered the arrest of three Bolivian smugglers.", "BOL"),
])
def test_those_whose_release_or_arrest_is_ordered_are_the_recipient(nlp, text, country):
    """"ordered the release of X": X is released, the one ordering acts."""
    doc = with_shipped_model(nlp, text)
    event = next((e for e in doc.events if e.type in ("RETREAT", "COERCE")), None)
    assert event is not None, coded(doc, doc.events)
    countries = {e.id: e.country for e in doc.entities}
    assert [countries[i] for i in event.recipient] == [country], coded(doc, [event])


@pytest.mark.parametrize("text, kept", [
    ("Thousands of people visited the cathedral in Lima on Sunday.", False),
    ("The company's new phones sold out in Nairobi, where people queued for hours.", False),
    ("Thousands of people marched through Lima on Sunday to protest against the new tax.",
     True),
])
def test_generic_people_are_actors_only_when_they_act_or_speak(nlp, text, kept):
    """"people", "the company" named by a generic noun are no actors when no event, quote or
    claim has them as a side or a source; people who march are."""
    doc = with_shipped_model(nlp, text)
    generic = [e for e in doc.entities if e.name.lower() in ("people", "company")]
    assert bool(generic) == kept, ([(e.name, e.kind) for e in doc.entities],
                                   coded(doc, doc.events))


@pytest.mark.parametrize("text, thing", [
    ("The Peruvian government will invite foreign architects to design the new parliament.",
     "parliament"),
    ("Kenya asked Chinese engineers to repair the Mombasa port.", "port"),
])
def test_what_a_purpose_clause_makes_or_mends_is_no_recipient(nlp, text, thing):
    """"invite architects to design the new parliament": the building designed is a thing
    made, not the side the act is done to."""
    doc = with_shipped_model(nlp, text)
    names = {e.id: e.name for e in doc.entities}
    for event in doc.events:
        assert not [i for i in event.recipient if thing in names[i].lower()], \
            coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "UN observers arrived in Abyei to oversee the ceasefire agreed by Sudan and South Sudan.",
    "African Union observers will monitor the truce between the two Sudans.",
    "Kenyan officials said removing the sanctions on Eritrea is out of the question.",
])
def test_a_truce_watched_or_sanctions_removed_are_no_new_act(nlp, text):
    """"oversee a ceasefire", "monitor the truce": a truce already agreed that others watch;
    "removing the sanctions" is no sanction nor threat of one."""
    doc = with_shipped_model(nlp, text)
    assert not [e for e in doc.events if e.type in ("RETREAT", "THREATEN", "SANCTION",
                                                     "AGREE")], coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "A member of the Kenyan parliament started a hunger strike to protest the president's "
    "failure to reform the police.",
    "Several thousand students marched across central Nairobi to protest against fee rises.",
])
def test_a_protest_and_its_purpose_to_protest_are_one_event(nlp, text):
    """"started a hunger strike to protest X", "marched to protest against X": the purpose
    names the same act again, one event."""
    doc = with_shipped_model(nlp, text)
    assert len([e for e in doc.events if e.type == "PROTEST"]) == 1, coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "Doctors offered to run a clinic at the Kenyan immigration service's processing and "
    "detention facility in Mombasa.",
    "Police cleared the protest camp outside the Chilean parliament's library in Valparaíso "
    "last year, a museum guide said.",
    "Norwegian prosecutors closed their investigation into fraud claims against the Kenyan "
    "businessman Peter Otieno.",
])
def test_facilities_named_by_an_act_and_cases_dropped_are_no_event(nlp, text):
    """"a detention facility", "the protest camp": the act's noun names a place; "dropped an
    investigation": the case is closed, no investigation begun."""
    doc = with_shipped_model(nlp, text)
    assert not [e for e in doc.events if e.type in ("COERCE", "PROTEST", "ACCUSE") and
                e.trigger.text.lower() in ("detention", "protest", "investigation")], \
        coded(doc, doc.events)




@pytest.mark.parametrize("text, etype", [
    # appeals, relief, attacks, criticism, tariffs, agreements and backing that are acts
    ("Kenya appealed to the United Nations for emergency food aid.", "REQUEST"),
    ("The United Nations sent relief supplies to flood victims in Pakistan.", "AID"),
    ("Government troops beat back a rebel attack near Goma.", "ASSAULT"),
    ("Kenya's president criticised the striking doctors on Friday.", "ACCUSE"),
    ("Kenya imposed new tariffs on Ugandan sugar.", "SANCTION"),
    ("Uganda agreed to a joint border patrol with Kenya.", "AGREE"),
    ("Brazil supports Argentina's bid to host the summit.", "SUPPORT"),
    # refusals and promises of acts, a minister resigning
    ("Kenya declined to attend the summit in Kampala.", "REJECT"),
    ("The Brazilian foreign ministry refused to recall its ambassador from Caracas.", "REJECT"),
    ("The Peruvian president promised to withdraw the troops from the border with Ecuador.",
     "AGREE"),
    ("Kenya's finance minister resigned on Friday after weeks of protests in Nairobi.",
     "RETREAT"),
    # attacks with arms or blows, or on a country
    ("Gunmen attacked the governor's convoy near Maiduguri, killing two guards.", "ASSAULT"),
    ("A man attacked the mayor of Gdansk with a knife on stage.", "ASSAULT"),
    ("Rebels attacked an army post in North Kivu on Sunday.", "ASSAULT"),
    ("President Vladimir Putin attacked Ukraine in February 2022.", "ASSAULT"),
    # visits abroad, demands, commitments and threats made, a state invited to talks
    ("Kenya's president William Ruto visited Kampala on Sunday.", "CONSULT"),
    ("Kenyan nurses demanded that the health ministry pay their wages.", "REQUEST"),
    ("Kenya committed to a meeting with the rebels in Arusha.", "AGREE"),
    ("The Kenyan army threatened the rebels with air strikes.", "THREATEN"),
    ("Kenya invited Uganda to talks on the disputed island.", "AGREE"),
])
def test_the_same_words_done_as_acts_stay_events(nlp, text, etype):
    """Beside each family of words that tell no act, the acts the same words name: the
    rules must leave these alone."""
    doc = with_shipped_model(nlp, text)
    first_of(doc, etype)


@pytest.mark.parametrize("text", [
    # appeal as the pull a thing has
    "The land reform holds little appeal for farmers in western Kenya.",
    "The senator's promise of cheaper fuel has broad appeal among young voters in Brazil.",
    "The mayor's promise of free buses holds little appeal to pensioners across Jalisco.",
    # levies lifted or standing, not imposed
    "Peru wants Chile to eliminate the 10% tariffs on Peruvian fruit.",
    "The Kenyan government maintains existing tariffs on imported sugar for leverage.",
    # relief from a levy or a measure, not relief sent to people
    "The court ruling gives Chilean importers some relief from the higher steel duties.",
    "Ghana's cocoa farmers will get relief from the export tax next year.",
    # an act avoided is an act not done
    "Kenya's president has avoided direct criticism of the striking doctors.",
    "The Peruvian government has so far avoided any confrontation with the miners' union.",
    # votes won in an election
    "The opposition candidate beat the incumbent governor of Lagos State by ten points.",
    "Labour defeated the ruling Conservatives in Thursday's general election in Britain.",
    # a view backed
    "On Monday the committee's two guests, a retired general and a former Chilean envoy, "
    "backed up the report's assessment.",
    # an act someone would like to see
    "Some Kenyan officials would like to see Uganda agree to a joint border patrol.",
    "Kenyan health officials support the view that the outbreak has peaked.",
    # a place at home visited
    "Rep. Dana Whitfield visited the U.S.-Canada border near Buffalo, New York, on Friday.",
    "Kenya's president William Ruto visited flood-hit areas of Garissa county on Sunday.",
    # questions put in an interview
    "The BBC presenter repeatedly demanded how the prince could be so sure of the date.",
    # an impression
    "\"Those remarks about firms like Halden Foods and its owner struck me as partisan,\" "
    "Ochieng said.",
    # reluctance: the act is not done
    "The Kenyan government has been reluctant to agree to a meeting with the rebels.",
    "Officials in Lima were wary of offering concessions to the miners' union.",
    "Brazil is unwilling to send troops to the border with Venezuela.",
    # a danger, not a threat made
    "Rising food prices are a serious threat to the Chilean cabinet.",
    "Smuggling across the border poses a threat to Kenya's security, the report said.",
    "The Kenyan government will invite contractors to bid for the new port in Lamu.",
    "Chile has invited architects to send designs for a new national library.",
    "Hopes of a ceasefire between Sudan and South Sudan faded on Monday.",
    "The meeting paved the way for talks between Kenya and Somalia.",
    "The chances of an agreement between Peru and Chile are slim.",
    "Kenya's tariffs on Ugandan sugar will be removed next year.",
])
def test_words_of_acts_used_for_no_act_give_no_event(nlp, text):
    """Words of requests, aid, sanctions, attacks, accusations, support, visits, demands,
    agreements and truces used for no act of one side on another:
    - A policy's "appeal" to voters, tariffs to be removed or already in place, "relief
      from" a duty, "avoided criticism", an election "beat" or "defeated", "backed up that
      assessment", "would like to see Uganda agree": the words of requests, sanctions, aid,
      accusations, attacks, support and agreement, used for no act of one side on another.
    - A politician touring a place of his own country meets no one; "demanded how" asks a
      question; "struck me as political" is an impression, whatever the parser makes of
      "as".
    - "reluctant to commit", "wary of offering", "unwilling to send": an act held back is
      not done; "X is a threat to Y", "poses a threat to": a danger named, no threat made.
    - A state inviting contractors, architects or bids is buying, no agreement with anyone.
    - "hopes of a ceasefire", "the way for talks", "the chances of an agreement": an act
      hoped for or made possible is not done (``goal_nouns``); tariffs that "will be
      removed" are no sanction imposed.
    """
    assert_no_events(nlp, text)


@pytest.mark.parametrize("text, etype, expected", [
    # a warning is a threat only when its clause states a step
    ("Kenya's defence ministry cautioned that no date had been fixed for the pullout of the "
     "troops.", "THREATEN", False),
    ("Kenya's defence ministry warned that no date had been fixed for the pullout of the "
     "troops.", "THREATEN", False),
    ("The European Union warned that sanctions would follow if Belarus held the vote.",
     "THREATEN", True),
    ("Kenya warned Somalia that it would close the border unless the raids stopped.",
     "THREATEN", True),
    ("The Ghanaian labour minister warned that nurses who stayed away for a week could lose "
     "their jobs.", "THREATEN", True),
    # what a thing should do is asked of no one
    ("\"The new law should send a clear message to smugglers,\" the Peruvian interior minister "
     "said.", "REQUEST", False),
    ("\"The building's new role as a police station should mark a fresh start,\" Interior "
     "Minister Amina Odhiambo of Kenya said.", "REQUEST", False),
    ("\"Uganda should withdraw its troops from the border,\" the Kenyan foreign minister said.",
     "REQUEST", True),
    ("\"The government must resign,\" the Kenyan opposition leader said.", "REQUEST", True),
])
def test_warnings_and_obligations_threaten_or_demand_only_a_step(nlp, text, etype, expected):
    """"warned that no date had been fixed" states a fact; a warning is a threat when its
    clause is the warner's own step ("that it would close the border"), a condition, a
    punitive measure ("that sanctions would follow") or a penalty. "Said the new law should
    send a message": a thing that should do something is asked of no one; a state or a
    government that should act is (the stater's demand)."""
    doc = with_shipped_model(nlp, text)
    assert bool([e for e in doc.events if e.type == etype]) == expected, \
        coded(doc, doc.events)


def countries_of(doc, ids):
    """The countries of the entities with these ids."""
    return {doc.entity(i).country for i in ids}


@pytest.mark.parametrize("text", [
    # a star's quarrel with her former manager, told on social media
    "In a long post on Instagram, the pop singer Lena Marsh accused her former manager Tom "
    "Reyes of years of bullying and of keeping her old recordings from her.",
    # a player on a teammate
    "After the game the Hawks quarterback Dion Carter said he did not blame his teammate "
    "Jalen Ross for the fumble.",
    # a founder on a rival company
    "Orvane's founder Priya Natarajan slammed the rival start-up Velcor Labs over its hiring "
    "of her engineers.",
])
def test_words_of_blame_between_private_people_and_firms_are_no_event(nlp, text):
    """Accusations in words (accuse, blame, slam, criticise) between private people and
    companies only are gossip, feuds and rivalry, not political events; no public body, party
    or country takes part."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "ACCUSE")


@pytest.mark.parametrize("text, actor", [
    ("Halden Foods, a Danish food group, sued Brightmoor Audio in a Delaware court on Monday "
     "for breach of contract.", "Halden Foods"),
    ("The singer Lena Marsh filed a lawsuit against her former manager Tom Reyes on "
     "Thursday, seeking $3 million in unpaid royalties.", "Lena Marsh"),
])
def test_a_lawsuit_between_private_parties_stays_an_event(nlp, text, actor):
    """Going to court is an act a coder takes even between private parties; a lawsuit that
    is "filed" is as legal as one that is brought ("sued"): the light verb's event takes its
    object's mode and context."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "ACCUSE")
    assert actor in {doc.entity(i).name for i in event.actor}, coded(doc, [event])
    assert event.mode == "allege" and "legal" in event.context, (event.mode, event.context)


@pytest.mark.parametrize("text, etype", [
    ("LONDON - Britain's Conservative Party renamed its press account during a televised "
     "debate. The social network Chirper pledged to take firm action against similar tricks "
     "in the future.", "AGREE"),
    ("NASHVILLE - The country singer Mae Dalton has fallen out with her former label. In a "
     "blog post last spring she accused him of bullying her for a decade.", "ACCUSE"),
    ("DUBAI - Industry analysts called the order a costly blunder by the carrier.",
     "ACCUSE"),
])
def test_a_private_act_towards_no_one_named_is_no_event(nlp, text, etype):
    """A firm's pledge, a singer's accusation of someone the text does not name, analysts'
    verdict: words of private people and companies with no recipient are addressed to no
    state, so the story's country is not made their recipient and no event is coded."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, etype)


@pytest.mark.parametrize("text, country", [
    ("NAIROBI - Kenyan teachers demanded higher pay on Monday.", "KEN"),
    ("ACCRA (Agency) - Nurses at Ghana's public hospitals demanded better working conditions "
     "on Tuesday.", "GHA"),
    ("LIMA - Peruvian students demanded the reopening of their campus after a week of "
     "closures.", "PER"),
    ("SANTIAGO (Reuters) - Chilean truckers demanded a cap on fuel prices on Thursday.", "CHL"),
    ("ANTWERP (Agency) - Belgian dockworkers demanded a new pension deal on Friday.", "BEL"),
    ("LAGOS - Nigerian lecturers demanded the payment of months of salary arrears.", "NGA"),
])
def test_a_demand_of_workers_or_students_that_names_no_one_is_towards_their_country(
        nlp, text, country):
    """Teachers, nurses or students who demand pay, conditions or a reopening name no one,
    but their demand is on their own country's authorities, as a union's threat is."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "REQUEST")
    assert countries_of(doc, event.actor) == {country}, coded(doc, [event])
    assert countries_of(doc, event.recipient) == {country}, coded(doc, [event])


@pytest.mark.parametrize("text", [
    "LONDON - Fans demanded refunds after the band cancelled its stadium concert.",
    "NAIROBI - Market analysts demanded more detail on the merger from the two banks' "
    "boards.",
])
def test_a_demand_of_fans_or_analysts_is_no_event(nlp, text):
    """Fans after a cancelled concert, analysts after a merger: private people's demands on
    firms are no political event."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "REQUEST")


@pytest.mark.parametrize("text", [
    "The Kenyan museum board also rejected a rumour, spread online, that the old tower had "
    "started to lean after the earthquake.",
    "Peru's interior ministry rejected speculation that the police chief would resign.",
    "The Ghanaian mining company dismissed suggestions that its licence was at risk.",
])
def test_rejecting_a_rumour_or_speculation_is_no_rejection_of_anyone(nlp, text):
    """A rumour, speculation or a suggestion turned down is a statement about facts, not a
    proposal, demand or offer of another side refused: no REJECT."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "REJECT")


@pytest.mark.parametrize("text, etype, side, country", [
    # the words of a private side's appeal, from a public body: towards its own country
    ("NAIROBI - Kenya's health ministry urged people to boil drinking water after the "
     "floods.", "REQUEST", "recipient", "KEN"),
    # a proposal turned down, unlike a rumour
    ("Kenya rejected Uganda's proposal for joint border patrols on Tuesday.", "REJECT",
     "actor", "KEN"),
])
def test_the_same_words_about_a_public_act_stay_an_event(nlp, text, etype, side, country):
    """A ministry's appeal to the public and a proposal rejected are events, whatever the
    private appeals and the rumours rejected are."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, etype)
    assert countries_of(doc, getattr(event, side)) == {country}, coded(doc, [event])


@pytest.mark.parametrize("text, etype, country", [
    ("LONDON (Agency) - Lung disease linked to feather bedding is rare in Britain. A doctor "
     "gave the patient in the report steroids and told him to throw the duvet away.",
     "REQUEST", "GBR"),
    ("ACCRA (Agency) - \"Why can't you just support me?\" the Ghanaian singer asked her "
     "father in the film.", "SUPPORT", "GHA"),
])
def test_an_act_addressed_to_an_unnamed_person_is_not_towards_the_country(nlp, text, etype,
                                                                          country):
    """"told him", "support me": the act is addressed to a person the text does not code,
    so the story's country is not made its recipient."""
    doc = with_shipped_model(nlp, text)
    assert not [e for e in doc.events if e.type == etype and
                country in countries_of(doc, e.recipient)], coded(doc, doc.events)


def test_an_arrest_of_him_is_still_in_the_story_country(nlp):
    """Force on an unnamed person keeps the story's country: "police arrested him"."""
    doc = with_shipped_model(nlp, "NAIROBI (Agency) - A man stole a police car on Sunday. "
                                  "Kenyan police arrested him on Monday.")
    event = first_of(doc, "COERCE")
    assert countries_of(doc, event.recipient) == {"KEN"}, coded(doc, [event])


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister called the vote a turning point for the region.",
    "Peru's president described the election as a test of the country's democracy.",
    "Ghana's trade minister called the new port the start of a new chapter for Tema.",
])
def test_calling_a_thing_a_turning_point_or_a_test_is_no_accusation(nlp, text):
    """"called the vote a turning point", "described the election as a test": a neutral
    verdict, neither disapproval nor praise."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "ACCUSE")


def test_calling_a_raid_a_violation_stays_an_accusation(nlp):
    doc = with_shipped_model(nlp, "Kenya's foreign minister called the Ugandan raid a "
                                  "violation of Kenyan sovereignty.")
    first_of(doc, "ACCUSE")


@pytest.mark.parametrize("text, actor", [
    ("Ugandan troops laid siege to the rebel-held town of Kasese on Monday.", "UGA"),
    ("Malian army units besieged the northern town of Gao for three weeks.", "MLI"),
    ("Police in Hong Kong besieged a campus overnight, trapping hundreds of students "
     "inside.", "HKG"),
])
def test_a_siege_is_a_coercive_act(nlp, text, actor):
    """Laying siege to a town or besieging it restricts who comes and goes: COERCE."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "COERCE")
    assert actor in countries_of(doc, event.actor), coded(doc, [event])


@pytest.mark.parametrize("text, recipient", [
    ("France regretted Washington's decision to leave the climate accord.", "USA"),
    ("Germany regretted Russia's decision not to extend the arms treaty.", "RUS"),
])
def test_a_state_that_regrets_another_states_decision_disapproves_of_it(nlp, text, recipient):
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "ACCUSE")
    assert recipient in countries_of(doc, event.recipient), coded(doc, [event])


@pytest.mark.parametrize("text", [
    "Kenya's president said he regretted his remarks about the Ugandan election.",
    "The Japanese minister said she regretted not visiting Seoul earlier.",
    "In Accra, the Ghanaian government said it regretted the tension on the border with Togo.",
])
def test_regretting_ones_own_words_or_acts_accuses_no_one(nlp, text):
    """"regretted his remarks", "regretted not visiting": the speaker's own act, no
    disapproval of another side."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Egypt said the talks laid the groundwork for a ceasefire between Israel and Hamas.",
    "Jordan said the settlements were the main obstacle to a peace agreement between Israel "
    "and the Palestinians.",
    "Norway said the meeting created a framework for talks between Colombia and the rebels.",
])
def test_groundwork_or_an_obstacle_for_an_act_is_no_act(nlp, text):
    """The groundwork, a framework or a basis for a ceasefire, an obstacle to an agreement:
    the act is not done (as "hopes of a ceasefire" is not)."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "RETREAT", "AGREE", "CONSULT")


@pytest.mark.parametrize("text, country", [
    ("NAIROBI (Agency) - The former minister faces 12 corruption charges.", "KEN"),
    ("LIMA (Agency) - Two Peruvian activists face terrorism charges after the protest.",
     "PER"),
])
def test_facing_criminal_charges_is_being_accused_by_the_authorities(nlp, text, country):
    """"faces 12 corruption charges": the authorities charged the subject (ACCUSE, allege),
    as "was charged" says."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "ACCUSE")
    assert countries_of(doc, event.recipient) == {country}, coded(doc, [event])


@pytest.mark.parametrize("text", [
    "The minister in charge of the police resigned on Monday.",
    "Entry to the museum is free of charge until March.",
    "The Kenyan bank added a service charge of 50 shillings.",
])
def test_a_charge_that_is_a_duty_or_a_fee_is_no_accusation(nlp, text):
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "ACCUSE")


@pytest.mark.parametrize("text, etype, actor, recipient", [
    ("WASHINGTON (Agency) - The Commerce Department blacklisted Orvane Technologies, a "
     "Chinese chipmaker, on Tuesday.", "SANCTION", "USA", "CHN"),
    ("BRUSSELS (Agency) - The European Union blacklisted three Russian shipping firms for "
     "carrying arms.", "SANCTION", "EUR", "RUS"),
    ("WASHINGTON (Agency) - Velcor Motors, the Detroit carmaker, lobbied Congress to extend "
     "electric car tax credits.", "REQUEST", "USA", "USA"),
    ("OTTAWA (Agency) - Canadian farmers lobbied the government for drought relief.",
     "REQUEST", "CAN", "CAN"),
])
def test_blacklisting_a_firm_and_lobbying_a_government_are_events(nlp, text, etype, actor,
                                                                  recipient):
    """Blacklisting a firm is a SANCTION of the state on the firm; lobbying a legislature or
    a government is a REQUEST. (An "entity list" or a "sanctions list" a firm is added to is
    not coded yet: the scorer turns the noun down.)"""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, etype)
    assert actor in countries_of(doc, event.actor), coded(doc, [event])
    assert recipient in countries_of(doc, event.recipient), coded(doc, [event])


@pytest.mark.parametrize("text, etype, mode", [
    ("TORONTO (Agency) - Unifor, the Canadian autoworkers' union, called a strike against "
     "Velcor Motors, the Detroit carmaker.", "PROTEST", "strike"),
    ("WASHINGTON (Agency) - The US government bailed out Halden Bank, a New York lender, "
     "with a $45 billion rescue package.", "AID", "economic"),
])
def test_a_strike_called_and_a_bank_bailed_out_are_events(nlp, text, etype, mode):
    """A union calling a strike is a protest; a government bailing out a firm is economic
    aid."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, etype)
    assert event.mode == mode, coded(doc, [event])


def test_a_strike_called_off_is_no_protest(nlp):
    doc = with_shipped_model(nlp, "TORONTO (Agency) - Unifor, the Canadian autoworkers' "
                                  "union, called off its strike against Velcor Motors.")
    no_events_of(doc, "PROTEST")


@pytest.mark.parametrize("text, etype, mode, actor", [
    ("CARACAS (Agency) - Venezuela's government nationalised Sidor, the country's largest "
     "steelmaker, on Tuesday.", "COERCE", "seize", "VEN"),
    ("LA PAZ (Agency) - Bolivia expropriated the local unit of a Spanish power company.",
     "COERCE", "seize", "BOL"),
    ("MOSCOW (Agency) - Russian censors blocked access to a popular messaging app across the "
     "country.", "COERCE", "censor", "RUS"),
    ("SEOUL (Agency) - North Korean hackers launched a cyberattack on three South Korean "
     "banks on Wednesday.", "COERCE", "cyber", "PRK"),
])
def test_seizing_firms_censoring_and_cyberattacks_are_coercion(nlp, text, etype, mode, actor):
    """Nationalising or expropriating a firm is COERCE seize; blocking access to a service is
    censorship, no protesters' roadblock; a cyberattack is COERCE cyber (the PLOVER mode)."""
    doc = with_shipped_model(nlp, text)
    found = [e for e in doc.events if e.type == etype and e.mode == mode]
    assert found and actor in countries_of(doc, found[0].actor), coded(doc, doc.events)


@pytest.mark.parametrize("text, authorities", [
    ("The Australian activist now faces nine espionage charges in the United States.",
     "USA"),
    ("Two British tourists were arrested in Thailand on Sunday.", "THA"),
    ("A Kenyan journalist was detained in Uganda for three days.", "UGA"),
])
def test_the_unnamed_authorities_are_of_the_place_the_act_happened_in(nlp, text,
                                                                      authorities):
    """"faces charges in the United States", "were arrested in Thailand": the authorities who
    did it are that country's, not the country of the people it was done to."""
    doc = with_shipped_model(nlp, text)
    found = [e for e in doc.events if e.type in ("ACCUSE", "COERCE")]
    assert found and countries_of(doc, found[0].actor) == {authorities}, coded(doc, doc.events)


def test_an_envoy_in_a_story_about_the_country_he_is_sent_to_is_not_of_it(nlp):
    """The events' context country (the one a story names most) codes the police and the
    courts; an envoy "to Ukraine" is a guest there, not Ukrainian."""
    doc = with_shipped_model(nlp, "Kurt Hallorann, the former envoy to Ukraine, "
                                  "accused the ministers of blocking the aid. Ukraine "
                                  "denied the claim, and officials in Ukraine said Ukraine had "
                                  "never asked for help. Hallorann said Ukraine needed support.")
    envoy = [doc.entity(i) for e in doc.events for i in e.actor + e.recipient
             if "Hallorann" in doc.entity(i).name]
    assert envoy, coded(doc, doc.events)
    assert all(e.country != "UKR" for e in envoy), [(e.name, e.country) for e in envoy]


@pytest.mark.parametrize("text", [
    "DETROIT - Harwell Motors will offer the new sedan in nine colours when it reaches "
    "dealers in March, the company said.",
    "SEOUL - Daerim Telecom offered a cheaper subscription to students on Monday.",
])
def test_offering_a_product_or_a_service_is_no_agreement(nlp, text):
    """A maker offering a car in nine colours or a cheaper plan to customers promises
    nothing to anyone the event data is about: offering help, talks or troops stays AGREE."""
    no_events_of(with_shipped_model(nlp, text), "AGREE")


def test_offering_talks_stays_an_agreement(nlp):
    doc = with_shipped_model(nlp, "KINSHASA - The government offered talks to the rebels on "
                                  "Tuesday.")
    first_of(doc, "AGREE")



@pytest.mark.parametrize("text", [
    "The sheriffs' association said officers in the county are arresting and detaining "
    "without warrants, a practice it wants ended.",
    "Rights groups say the border guards have been detaining and deporting at will for "
    "years.",
])
def test_arresting_or_deporting_no_one_in_particular_is_no_event(nlp, text):
    """"are arresting and detaining without warrants": what someone habitually does, with no
    one arrested named or counted, is no arrest; "arrested 12 people", "three men were
    detained" are."""
    no_events_of(with_shipped_model(nlp, text), "COERCE")


@pytest.mark.parametrize("text", [
    "LAGOS - Police arrested 12 people on Monday after the clashes.",
    "LAGOS - Three men were detained overnight, police said.",
    "LAGOS - Police arrested and charged two suspects on Monday.",
])
def test_an_arrest_of_someone_stays(nlp, text):
    first_of(with_shipped_model(nlp, text), "COERCE")


def test_an_arrest_told_in_a_relative_clause_stays(nlp):
    """The people a relative clause describes are the ones who underwent the arrest."""
    first_of(with_shipped_model(nlp, "LAGOS - Lawyers for the two activists whom police "
                                     "detained last week asked for their release."), "COERCE")


@pytest.mark.parametrize("text, giver, taker", [
    ("KATHMANDU - Nepal accepted a loan of 20 million dollars from India on Monday to rebuild "
     "bridges.", "India", "Nepal"),
    ("SUVA - Fiji's government said it had accepted emergency food aid from Japan.", "Japan",
     "Fiji"),
])
def test_accepting_aid_from_someone_is_their_aid(nlp, text, giver, taker):
    """"accepted a loan from India": the from-phrase gives, the subject receives (as with
    "received aid from")."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "AID")
    assert any(giver in n for n in names(doc, event.actor)), coded(doc, [event])
    assert any(taker in n for n in names(doc, event.recipient)), coded(doc, [event])


@pytest.mark.parametrize("text, etype, mode", [
    ("DAKAR - Port police impounded a trawler and its catch on Tuesday.", "COERCE", "seize"),
    ("MANILA - The crew of the seized trawler were held overnight at the port, officials "
     "said.", "COERCE", "arrest"),
    ("HARARE, Zimbabwe (Agency) — Two opposition activists were granted bail by a magistrate "
     "on Tuesday.", "RETREAT", "release"),
    ("CONAKRY, Guinea (Agency) — Police dispersed the protesters with batons on Monday.",
     "COERCE", None),
    ("KAMPALA, Uganda (Agency) — Opposition lawmakers tabled a motion of no confidence in the "
     "prime minister on Tuesday.", "REQUEST", "change"),
])
def test_seizures_detentions_bail_dispersals_and_no_confidence_motions(nlp, text, etype,
                                                                      mode):
    """Impounding a ship seizes it; a crew held overnight is detained (the authorities
    implied, a crew being people); bail granted is a release; dispersing protesters is
    coercion; a motion of no confidence demands a change of leadership."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, etype)
    assert event.mode == mode, coded(doc, [event])


def test_an_until_clause_in_the_present_is_a_condition_even_under_a_past_act(nlp):
    """"boycotted the talks until its leaders are freed": the release has not happened,
    though the boycott has ("held them until a magistrate released them" tells both)."""
    doc = with_shipped_model(nlp, "ABUJA, Nigeria (Agency) — The opposition boycotted the "
                                  "budget debate until its detained leaders are freed.")
    assert not any(e.type == "RETREAT" for e in doc.events), coded(doc, doc.events)


def test_holding_pictures_of_people_is_no_detention(nlp):
    doc = with_shipped_model(nlp, "PHNOM PENH, Cambodia (Agency) — Hundreds of people gathered "
                                  "outside the court, holding photographs of the detained "
                                  "farmers.")
    assert not any(e.type == "COERCE" and e.trigger.text == "holding" for e in doc.events), \
        coded(doc, doc.events)




def test_speaking_by_telephone_is_a_phone_consultation(nlp):
    doc = with_shipped_model(nlp, "ACCRA, Ghana (Agency) — The foreign minister spoke by "
                                  "telephone with her Togolese counterpart on Monday.")
    assert first_of(doc, "CONSULT").mode == "phone"


@pytest.mark.parametrize("text, actor, recipient", [
    ("ROME - The Italian prime minister spoke to her Greek counterpart by telephone on "
     "Tuesday.", "ITA", "GRC"),
    ("NAIROBI - Kenya's president talked to the Ugandan leader over the phone on Sunday.",
     "KEN", "UGA"),
])
def test_speaking_to_someone_by_telephone_is_a_phone_consultation(nlp, text, actor, recipient):
    """"spoke to her counterpart by telephone": a call between the two, as "spoke by
    telephone with" is."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "CONSULT")
    assert countries_of(doc, event.actor) == {actor}, coded(doc, [event])
    assert countries_of(doc, event.recipient) == {recipient}, coded(doc, [event])


@pytest.mark.parametrize("text", [
    "ROME - The Italian prime minister spoke to reporters by telephone on Tuesday.",
    "ROME - The Italian prime minister spoke to the nation on television on Tuesday.",
])
def test_speaking_to_the_press_or_the_nation_is_no_consultation(nlp, text):
    """Twins: words to reporters or to a nation are statements, not a call with a party."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "CONSULT")


@pytest.mark.parametrize("text, country", [
    ("SKOPJE - Hundreds of residents gathered outside the town hall on Sunday to oppose the "
     "new quarry.", "MKD"),
    ("LIMA - Thousands of miners assembled in the main square of the capital to demand higher "
     "royalties.", "PER"),
])
def test_a_crowd_gathered_to_oppose_or_demand_is_a_demonstration(nlp, text, country):
    """People who gather to oppose, denounce or demand something demonstrate."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "PROTEST")
    assert countries_of(doc, event.actor) == {country}, coded(doc, [event])


@pytest.mark.parametrize("text", [
    "KYIV - Families gathered at the airport on Sunday to welcome the returning soldiers.",
    "SKOPJE - Mourners gathered outside the cathedral on Sunday for the funeral of the "
    "former mayor.",
    "BRUSSELS - European leaders gathered in Brussels on Thursday to condemn the attack.",
])
def test_a_crowd_gathered_to_welcome_or_mourn_is_no_demonstration(nlp, text):
    """Twins: a welcome, a funeral, leaders meeting to condemn: no demonstration."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "PROTEST")


def test_coming_under_fire_from_someone_is_their_criticism(nlp):
    """"came under fire from opposition lawmakers": the from-phrase criticises the
    subject (no shots fired)."""
    doc = with_shipped_model(nlp, "NAIROBI, Kenya (Agency) — Kenya's health minister came under "
                                  "fire from opposition lawmakers on Tuesday over the drug "
                                  "shortages.")
    event = first_of(doc, "ACCUSE")
    assert any("lawmakers" in n for n in names(doc, event.actor)), coded(doc, [event])
    assert any("minister" in n for n in names(doc, event.recipient)), coded(doc, [event])
    assert not any(e.type == "ASSAULT" for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "APIA, Samoa (Agency) — Samoa has accepted Australian assistance to rebuild bridges "
    "destroyed by the cyclone.",
    "DHAKA, Bangladesh (Agency) — The flood swept away 300 homes in the north on Monday.",
])
def test_what_a_storm_or_a_flood_destroys_is_no_attack(nlp, text):
    no_events_of(with_shipped_model(nlp, text), "ASSAULT")


def test_handing_in_or_tendering_a_resignation_is_a_resignation(nlp):
    """"tendered his resignation" is a resignation; "would hand in their resignations" a
    stated step of their own (the modality table's promise), never a threat."""
    doc = with_shipped_model(nlp, "ZAGREB, Croatia (Agency) — The deputy prime minister "
                                  "tendered his resignation on Monday.")
    assert first_of(doc, "RETREAT").mode == "resign"
    doc = with_shipped_model(nlp, "ZAGREB, Croatia (Agency) — The two junior ministers would "
                                  "hand in their resignations on Friday, the party said.")
    assert {e.type for e in doc.events} & {"RETREAT", "AGREE"}, coded(doc, doc.events)
    assert not any(e.type == "THREATEN" for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text, trigger", [
    ("ABUJA, Nigeria (Agency) — Student protests were held in three cities on Sunday, police "
     "said.", "held"),
    ("LIMA, Peru (Agency) — Farmer assemblies were held across the highlands last week.",
     "held"),
    ("NAIROBI, Kenya (Agency) — The education ministry released a student survey on Monday "
     "showing that fees had risen.", "released"),
])
def test_a_people_noun_before_another_noun_is_not_who_is_held_or_freed(nlp, text, trigger):
    """"student protests were held": the protests are held, not students; a word for people
    that describes another noun ("a student survey") is not the one who undergoes the act."""
    doc = with_shipped_model(nlp, text)
    assert not any(e.trigger.text == trigger and e.type in ("COERCE", "RETREAT")
                   for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "LAGOS, Nigeria (Agency) — Police held three opposition activists overnight, their lawyer "
    "said.",
    "MINSK, Belarus (Agency) — Security forces held two Polish nationals for questioning on "
    "Friday.",
    "ASMARA, Eritrea (Agency) — Soldiers held four foreign journalists at a checkpoint for "
    "six hours.",
])
def test_activists_nationals_and_journalists_held_are_detained(nlp, text):
    doc = with_shipped_model(nlp, text)
    assert first_of(doc, "COERCE").mode == "arrest", coded(doc, doc.events)


@pytest.mark.parametrize("text, attacker", [
    ("GAZA CITY (Agency) — An aid convoy came under artillery fire from Israeli forces on "
     "Monday, the United Nations said.", "Israeli"),
    ("DONETSK, Ukraine (Agency) — Ukrainian positions near the town came under rocket attack "
     "from Russian troops overnight.", "Russian"),
])
def test_coming_under_weapons_fire_is_an_attack_by_the_shooters(nlp, text, attacker):
    """"came under artillery fire from Israeli forces": shots, not criticism; the from-phrase
    attacks the subject (as "came under fire from lawmakers" is their criticism)."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "ASSAULT")
    assert any(attacker in n for n in names(doc, event.actor)), coded(doc, [event])
    assert not any(e.type == "ACCUSE" for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text, trigger", [
    ("HANOI, Vietnam (Agency) — The minister insisted that the new dam posed no danger to "
     "farmers downstream.", "insisted"),
    ("QUITO, Ecuador (Agency) — The central bank governor insisted the currency was stable "
     "despite the protests.", "insisted"),
])
def test_insisting_that_something_is_so_is_no_demand(nlp, text, trigger):
    """"insisted that the dam posed no danger" asserts a fact; "insisted on his release" and
    "insisted that the council must publish" demand."""
    doc = with_shipped_model(nlp, text)
    assert not any(e.type == "REQUEST" and e.trigger.text == trigger for e in doc.events), \
        coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "BOGOTA, Colombia (Agency) — The union insisted on the release of the detained leaders.",
    "DHAKA, Bangladesh (Agency) — The opposition insisted that the election commission must "
    "resign before the vote.",
])
def test_insisting_on_a_step_is_a_demand(nlp, text):
    doc = with_shipped_model(nlp, text)
    assert first_of(doc, "REQUEST"), coded(doc, doc.events)


def test_hacked_to_death_is_an_assault_not_a_cyber_attack(nlp):
    doc = with_shipped_model(nlp, "DHAKA, Bangladesh (Agency) — A secular blogger was hacked to "
                                  "death by unknown assailants in Sylhet on Tuesday, police "
                                  "said.")
    assert first_of(doc, "ASSAULT"), coded(doc, doc.events)
    assert not any(e.type == "COERCE" for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text, etype", [
    ("\"Both governments are going to want to turn down the rhetoric,\" the former envoy "
     "said.", "REJECT"),
    ("LIMA (Agency) — The defence minister played down the threat on the floor of Congress "
     "as the vote neared.", "THREATEN"),
    ("SEOUL, South Korea (Agency) — The carmaker deployed a software update to 40,000 "
     "vehicles last week.", "MOBILIZE"),
])
def test_turning_down_rhetoric_playing_down_a_threat_and_deploying_software(nlp, text,
                                                                            etype):
    """Lowering the volume is no refusal, a threat played down is a danger talked about, and
    software deployed is no force mobilised."""
    doc = with_shipped_model(nlp, text)
    assert not any(e.type == etype for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text, etype", [
    ("LA PAZ, Bolivia (Agency) — The government turned down the union's offer of talks on "
     "Monday.", "REJECT"),
    ("JUBA, South Sudan (Agency) — The army deployed 2,000 troops to the border town on "
     "Sunday.", "MOBILIZE"),
])
def test_turning_down_an_offer_and_deploying_troops_stay_events(nlp, text, etype):
    doc = with_shipped_model(nlp, text)
    assert first_of(doc, etype), coded(doc, doc.events)


@pytest.mark.parametrize("text, etype", [
    ("SANTIAGO, Chile (Agency) — Chile has promised to impose sanctions on Bolivia if the "
     "talks fail.", "THREATEN"),
    ("SANTIAGO, Chile (Agency) — Chile has promised to impose sanctions on Bolivia.",
     "THREATEN"),
    ("SANTIAGO, Chile (Agency) — Chile has pledged to send food aid to Bolivia.", "AGREE"),
])
def test_a_promise_of_a_hostile_step_is_a_threat(nlp, text, etype):
    """PLOVER: a threat is a promise of a hostile act; "pledged to impose sanctions" threatens,
    "pledged to send aid" agrees."""
    doc = with_shipped_model(nlp, text)
    assert first_of(doc, etype), coded(doc, doc.events)
    other = {"THREATEN": "AGREE", "AGREE": "THREATEN"}[etype]
    assert not any(e.type == other for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "SEATTLE (Agency) — The commissioner described the halibut stock as stable but declining "
    "after a decade of quotas.",
    "OTTAWA (Agency) — The finance minister described the economy as resilient in a speech "
    "to bankers on Monday.",
    "WASHINGTON (Agency) — In 2009 the senator called the stimulus bill a responsible mix of "
    "tax cuts and investments.",
])
def test_describing_something_in_neutral_or_kind_words_is_no_accusation(nlp, text):
    """"described the stock as stable": a description, no disapproval; a verdict needs words
    of censure ("described the strikes as a provocation")."""
    doc = with_shipped_model(nlp, text)
    assert not any(e.type == "ACCUSE" for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "TBILISI, Georgia (Agency) — Georgia's foreign ministry described Russia's border closure "
    "as a provocation on Tuesday.",
    "CARACAS (Agency) — President Maduro described the U.S. sanctions as an act of economic "
    "aggression.",
])
def test_describing_an_act_in_words_of_censure_is_disapproval(nlp, text):
    doc = with_shipped_model(nlp, text)
    assert first_of(doc, "ACCUSE"), coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "DHAKA, Bangladesh (Agency) — The opposition leader seized the moment to rally her "
    "supporters.",
    "SAO PAULO, Brazil (Agency) — The exhibition captured the imagination of the city's "
    "students.",
])
def test_seizing_the_moment_is_no_seizure(nlp, text):
    doc = with_shipped_model(nlp, text)
    assert not any(e.type == "COERCE" for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text, etype", [
    ("LILONGWE, Malawi (Agency) — The World Food Programme began handing out maize to flood "
     "survivors in the south on Monday.", "AID"),
    ("NUKU'ALOFA, Tonga (Agency) — New Zealand began flying emergency supplies to Tonga on "
     "Sunday after the eruption.", "AID"),
    ("SUVA, Fiji (Agency) — Fiji's government invited Tongan officials to talks on the "
     "fisheries dispute.", "AGREE"),
    ("BISHKEK, Kyrgyzstan (Agency) — The defence ministry raised the alert level along the "
     "border with Tajikistan on Friday.", "MOBILIZE"),
])
def test_aid_handed_out_or_flown_in_invitations_and_raised_alerts(nlp, text, etype):
    """Acts no argument structure alone should have to find: aid handed out or flown in, an
    invitation to talks (an intent to meet: AGREE), a raised alert level (MOBILIZE)."""
    doc = with_shipped_model(nlp, text)
    assert first_of(doc, etype), coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "WASHINGTON (Agency) — Few foreign leaders so openly stand up to the American president, "
    "analysts said.",
    "LONDON (Agency) — The cuts would help absorb the cost of the new pension scheme, the "
    "Treasury said.",
])
def test_weak_readings_of_unlisted_verbs_are_no_events(nlp, text):
    """A verb no rule lists ("stand up to", "absorb") needs a sure score to be an event."""
    assert_no_events(nlp, text)


@pytest.mark.parametrize("text, demander, asked", [
    ("WASHINGTON (Agency) — The United States wants China to release the detained activists.",
     "United States", "China"),
    ("LIMA, Peru (Agency) — Peru's opposition wants Congress to investigate the president.",
     "opposition", "Congress"),
])
def test_wanting_another_to_act_is_a_request_not_the_act(nlp, text, demander, asked):
    """"wants China to release the activists": nobody has released anyone; the wanter asks
    it of China (as "told Peru that it must")."""
    doc = with_shipped_model(nlp, text)
    assert {e.type for e in doc.events} == {"REQUEST"}, coded(doc, doc.events)
    event = first_of(doc, "REQUEST")
    assert any(demander in n for n in names(doc, event.actor)), coded(doc, [event])
    assert any(asked in n for n in names(doc, event.recipient)), coded(doc, [event])


@pytest.mark.parametrize("text, published, trigger, mode", [
    ("JERUSALEM (Agency) — Israel seized the territories in the 1967 war, the report recalled.",
     "2019-11-20", "seized", "historical"),
    ("DHAKA, Bangladesh (Agency) — Police did not arrest the protest leaders on Monday.",
     "2024-05-01", "arrest", "negation"),
    ("GOMA, Congo (Agency) — The rebels could attack the town within days, officials said.",
     "2024-05-01", "attack", "hypothetical"),
])
def test_plover_auxiliary_modes_are_in_the_context(nlp, text, published, trigger, mode):
    """PLOVER's auxiliary modes (historical, future, hypothetical, negation) go in the
    event's context, so a user can keep or drop such events."""
    shipped()
    doc = annotated(nlp, text, published)
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found and mode in found[0].context, [(e.trigger.text, e.context) for e in doc.events]


def test_an_event_of_this_year_is_not_historical(nlp):
    shipped()
    doc = annotated(nlp, "KABUL (Agency) — Gunmen attacked a police post in Kabul on 3 March, "
                         "officials said.", "2024-05-01")
    assert doc.events and all("historical" not in e.context for e in doc.events)


@pytest.mark.parametrize("text, trigger", [
    ("PORT HARCOURT, Nigeria (Agency) — Special forces mounted a mission to free the "
     "kidnapped oil workers, but it failed.", "free"),
    ("LAGOS, Nigeria (Agency) — Opposition lawmakers unveiled a plan to impeach the governor "
     "on Tuesday.", "impeach"),
    ("ADDIS ABABA (Agency) — Mediators said the prospects for any kind of truce in the north "
     "had faded.", "truce"),
])
def test_a_plan_s_purpose_or_a_deal_s_prospects_are_no_act_done(nlp, text, trigger):
    """"a mission to free the kidnapped workers" frees no one; "the prospects for any kind of
    truce" is no truce. (An attempt is an act: "an attempt to assassinate X was thwarted".)"""
    doc = with_shipped_model(nlp, text)
    assert not any(e.trigger.text == trigger for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "SAN DIEGO (Agency) — Border officials did not accept the doctors' offer of free "
    "vaccines.",
    "BRUSSELS (Agency) — Hungary will not accept the European Union's offer of talks.",
])
def test_not_accepting_is_a_refusal_made(nlp, text):
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "REJECT")
    assert event.status == "asserted" and not event.negated, (event.status, event.negated)
    assert not any(e.type == "AGREE" for e in doc.events), coded(doc, doc.events)


def test_an_attempted_assassination_is_an_assault(nlp):
    doc = with_shipped_model(nlp, "MOSCOW (Agency) — An attempt to assassinate a regional "
                                  "governor was thwarted in Kazan, police said.")
    assert first_of(doc, "ASSAULT"), coded(doc, doc.events)


@pytest.mark.parametrize("text, etype", [
    ("LONDON (Agency) — An explanation was offered by the ministry on Monday, but it satisfied "
     "nobody.", "AGREE"),
    ("WASHINGTON (Agency) — The palace released a short medical record to answer doubts "
     "over the king's health.", "AID"),
    ("HONG KONG (Agency) — The riots are a mortal danger and a grave threat to the "
     "Communist Party's rule, analysts say.", "THREATEN"),
])
def test_explanations_records_and_dangers_are_no_offer_aid_or_threat(nlp, text, etype):
    """An explanation offered (a passive subject) and a record provided are words for the
    press; "X is a grave threat to Y" says what X is, no threat made."""
    doc = with_shipped_model(nlp, text)
    assert not any(e.type == etype for e in doc.events), coded(doc, doc.events)


def test_intelligence_provided_to_a_state_stays_aid(nlp):
    doc = with_shipped_model(nlp, "KYIV, Ukraine (Agency) — Britain provided Ukraine with "
                                  "intelligence on Russian troop movements.")
    assert first_of(doc, "AID"), coded(doc, doc.events)


def test_moving_a_destroyer_is_a_mobilisation(nlp):
    doc = with_shipped_model(nlp, "MANAMA, Bahrain (Agency) — The US Navy moved a guided-missile "
                                  "destroyer into the strait on Thursday.")
    assert first_of(doc, "MOBILIZE"), coded(doc, doc.events)


def test_asking_after_reporting_a_state_of_things_is_the_speaker_s_request(nlp):
    """"said 600 lorries were stranded and asked the Bolivian authorities to": the lorries
    undergo the reported clause; the ministry asks."""
    doc = with_shipped_model(nlp, "LA PAZ, Bolivia (Agency) — Peru's foreign ministry said more "
                                  "than 600 lorries were stranded at the crossing and asked "
                                  "the Bolivian authorities to guarantee safe passage.")
    event = first_of(doc, "REQUEST")
    assert any("ministry" in n for n in names(doc, event.actor)), coded(doc, [event])


@pytest.mark.parametrize("text, demand", [
    ("NAIROBI (Agency) — The minister told the farmers that they should not panic over the "
     "late rains.", False),
    ("WASHINGTON (Agency) — The envoy told the Ukrainians that they should not worry about "
     "the delay.", False),
    ("WASHINGTON (Agency) — The envoy told the Ukrainians that they must release the detained "
     "sailors.", True),
])
def test_being_told_not_to_worry_is_no_demand(nlp, text, demand):
    """"told the farmers they should not panic" reassures; "told them they must release"
    demands."""
    doc = with_shipped_model(nlp, text)
    assert any(e.type == "REQUEST" for e in doc.events) == demand, coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "WASHINGTON (Agency) — The president withheld military aid to Ukraine for two months.",
    "WASHINGTON (Agency) — The administration froze $400 million in security assistance to "
    "Ukraine.",
])
def test_aid_withheld_is_a_sanction_not_aid(nlp, text):
    doc = with_shipped_model(nlp, text)
    assert first_of(doc, "SANCTION"), coded(doc, doc.events)
    assert not any(e.type == "AID" for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text, place", [
    ("\"Two weeks later I tried again, but officers caught me near the fence and I was "
     "deported from Arizona within a week,\" he said.", "Arizona"),
    ("Officials said the men were deported from Mexico last week.", "Mexico"),
])
def test_the_place_a_deportation_is_from_is_no_recipient(nlp, text, place):
    """"deported from Arizona": where they were sent away from, not whom the act is done to
    (the deported are)."""
    doc = with_shipped_model(nlp, text)
    deport = first_of(doc, "COERCE")
    assert place not in names(doc, deport.recipient), coded(doc, [deport])


@pytest.mark.parametrize("text, trigger, etype, other", [
    ("ACCRA, Ghana (Agency) — Togolese soldiers detained six Ghanaian traders near the Aflao "
     "crossing on Sunday, and Togo's army said the traders had entered the country illegally. "
     "On Monday Ghana's foreign minister, Ama Boateng, demanded an explanation within 48 "
     "hours. Togo has not replied, and Togolese officials said the case was for the courts.",
     "demanded", "REQUEST", "TGO"),
    ("YEREVAN, Armenia (Agency) — Georgia introduced a transit fee for foreign lorries on "
     "Friday, and Georgia's customs service said it would be charged at every crossing. "
     "Armenia's transport ministry condemned the fee as unlawful. Tbilisi did not comment, "
     "and Georgian officials said the fee would stay.",
     "condemned", "ACCUSE", "GEO"),
])
def test_a_states_demand_or_accusation_in_a_two_country_story_is_at_the_other_side(
        nlp, text, trigger, etype, other):
    """A state's demand, accusation or refusal that names no state, in a story about it and
    one other country, is addressed to that other country: an event with that recipient,
    marked implied."""
    doc = with_shipped_model(nlp, text)
    found = triggered(doc, trigger)
    assert found and found[0].type == etype, coded(doc, doc.events)
    assert [doc.entity(i).country for i in found[0].recipient] == [other], coded(doc, found)
    assert any("recipient implied" in line for line in found[0].evidence)


def test_a_states_demand_in_a_story_with_no_clear_other_country_stays_no_event(nlp):
    """A ministry's order to its own hospitals, in a story that names a foreign country
    once, is addressed to no foreign state."""
    doc = with_shipped_model(nlp, (
        "LIMA, Peru (Agency) — Peru's health ministry demanded on Monday that public hospitals "
        "report every new case of dengue within a day. A shipment of insecticide from Chile "
        "arrived in Lima last week, the ministry said."))
    assert not [e for e in triggered(doc, "demanded") if "CHL" in countries_of(doc, e.recipient)], \
        coded(doc, doc.events)


def test_a_verb_coordinated_after_said_shares_its_subject(nlp):
    """"X said …, but warned that …": the second verb has no subject of its own; it is X's
    act all the same, proposed and typed as the same verb with X as subject would be."""
    doc = with_shipped_model(nlp, (
        "BAKU (Agency) — Azerbaijan's defence minister, Elnur Mammadov, said his country wanted "
        "calm on the border, but warned that its troops would open fire if Armenian units "
        "advanced any further."))
    warning = triggered(doc, "warned")
    assert warning and warning[0].type == "THREATEN", coded(doc, doc.events)
    assert [doc.entity(i).country for i in warning[0].actor] == ["AZE"], coded(doc, warning)


def test_the_source_an_act_is_cited_from_is_no_party_to_it(nlp):
    """"shot dead, according to figures gathered by Human Rights Watch": the body the
    figures come from did not kill anyone."""
    doc = with_shipped_model(nlp, "At least 40 protesters were shot dead last week, according to "
                                  "figures gathered by Human Rights Watch.")
    killing = first_of(doc, "ASSAULT")
    assert "Human Rights Watch" not in names(doc, killing.actor + killing.recipient), \
        coded(doc, [killing])


@pytest.mark.parametrize("text, actor, recipient", [
    ("OSLO (Agency) — Norway's ambassador was summoned to the foreign ministry in Moscow on "
     "Monday.", "RUS", "NOR"),
    ("MOSCOW (Agency) — Russia accused Norway of piracy. The Norwegian ambassador was summoned "
     "on Monday and handed a protest note.", "RUS", "NOR"),
    ("TEGUCIGALPA (Agency) — Honduras closed its border crossings on Tuesday. El Salvador's "
     "ambassador was summoned to the foreign ministry on Wednesday.", "HND", "SLV"),
])
def test_an_envoy_summoned_is_summoned_by_the_other_state(nlp, text, actor, recipient):
    """"The Norwegian ambassador was summoned": no one is named as summoning, but an envoy
    is summoned by the state that hosts him (another country or place its sentence names,
    "the foreign ministry in Moscow", else the country the story is set in, never the envoy's
    own), as PLOVER codes the summons: ACCUSE."""
    doc = with_shipped_model(nlp, text)
    summons = triggered(doc, "summoned")
    assert summons and summons[0].type == "ACCUSE", coded(doc, doc.events)
    assert countries_of(doc, summons[0].actor) == {actor}, coded(doc, summons)
    assert countries_of(doc, summons[0].recipient) == {recipient}, coded(doc, summons)


# --- stop 44: false events of real pages, and their political contrasts ------------------------


@pytest.mark.parametrize("text, etype", [
    ("The governor's office did not provide the Valley Courier with further information about "
     "the contract.", "AID"),
    ("The interior ministry declined to provide journalists with figures on the number of "
     "detainees.", "REJECT"),
    ("The Chilean senator's office sent the newspaper a copy of the audit on Friday.", "AID"),
])
def test_information_given_or_withheld_from_the_press_is_no_aid_or_refusal(nlp, text, etype):
    """Information, figures or a copy of a document given to a newspaper or reporters is no
    aid, and declining to give it is silence, not a refusal of another side."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, etype)


@pytest.mark.parametrize("text", [
    "Skoda India offers almost every model in its range locally.",
    "The carmaker offers a hybrid version of the sedan in Brazil from next month.",
])
def test_products_offered_for_sale_are_no_agreement(nlp, text):
    """A firm offering its models, versions or services sells them; PLOVER's AGREE is an offer
    to act towards another side."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "AGREE")


@pytest.mark.parametrize("text, etype, actor, recipient", [
    ("Japan provided the Philippines with ten coast guard vessels.", "AID", "JPN", "PHL"),
    ("Japan provided a number of patrol boats to the Philippines.", "AID", "JPN", "PHL"),
    ("Israel offered a number of concessions to the Palestinians.", "AGREE", "ISR", None),
    ("Most EU members want Turkey to withdraw its troops from Cyprus.", "REQUEST", None,
     "TUR"),
    ("Qatar offered to host talks between Ethiopia and Eritrea.", "AGREE", "QAT", None),
    ("Britain pressed Iran to release the detained tanker crew.", "REQUEST", "GBR", "IRN"),
    ("The opposition Social Democrats called on the Bundestag to investigate the deal.",
     "REQUEST", None, "DEU"),
])
def test_the_political_senses_of_the_same_verbs_stay_events(nlp, text, etype, actor,
                                                            recipient):
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, etype)
    if actor:
        assert actor in countries_of(doc, event.actor), coded(doc, [event])
    if recipient:
        assert recipient in countries_of(doc, event.recipient), coded(doc, [event])


@pytest.mark.parametrize("text, actor, recipient", [
    ("The defence minister of Azerbaijan pledged to punish Armenia for the shelling.", "AZE",
     "ARM"),
    ("Pakistan's army chief vowed to retaliate against India for the raid on the border post.",
     "PAK", "IND"),
    ("The Ethiopian prime minister swore to make Eritrea pay for the attack.", "ETH", "ERI"),
])
def test_a_promise_to_punish_or_retaliate_is_a_threat(nlp, text, actor, recipient):
    """Pledging, vowing or swearing to punish, retaliate against or make another side pay
    is a threat (PLOVER THREATEN), not an agreement."""
    doc = with_shipped_model(nlp, text)
    threat = first_of(doc, "THREATEN")
    assert actor in countries_of(doc, threat.actor), coded(doc, [threat])
    assert recipient in countries_of(doc, threat.recipient), coded(doc, [threat])
    no_events_of(doc, "AGREE")


@pytest.mark.parametrize("text", [
    "Japan pledged to help rebuild schools in Nepal.",
    "Japan vowed to help rebuild the flooded towns of Nepal.",
])
def test_a_promise_to_help_stays_an_agreement(nlp, text):
    """A vow or a pledge to help is a promise (AGREE), however the verb is worded; "was sworn
    in" takes office and promises nothing."""
    doc = with_shipped_model(nlp, text)
    assert [e.type for e in doc.events] == ["AGREE"], coded(doc, doc.events)
    assert_no_events(nlp, "The new president of Nepal was sworn in on Monday.")


@pytest.mark.parametrize("text, recipient", [
    ("Turkish troops came under fire from Kurdish militants near the Iraqi border.", "TUR"),
    ("A Nigerian army convoy came under fire near Maiduguri on Sunday.", "NGA"),
])
def test_troops_under_fire_from_armed_men_are_attacked(nlp, text, recipient):
    """Coming under fire from militants, or a convoy or patrol coming under fire, is gunfire
    (ASSAULT) on the subject; from critics it is their disapproval (below)."""
    doc = with_shipped_model(nlp, text)
    attack = first_of(doc, "ASSAULT")
    assert recipient in countries_of(doc, attack.recipient), coded(doc, [attack])
    no_events_of(doc, "ACCUSE")


def test_a_ministry_under_fire_from_critics_is_criticised(nlp):
    doc = with_shipped_model(nlp, "The health ministry of Peru came under fire from opposition "
                                  "parties over the vaccine rollout.")
    assert [e.type for e in doc.events] == ["ACCUSE"], coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "Polls show most Germans want the Bundestag to investigate the deal.",
    "Two thirds of Kenyans want parliament to impeach the governor, according to a survey.",
    "Most voters in the poll want the council to scrap the parking charges.",
])
def test_what_the_public_wants_in_a_poll_is_no_request(nlp, text):
    """A nation's or the voters' wishes as a poll finds them are opinion, not a request one
    side makes of another."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "REQUEST")


@pytest.mark.parametrize("text", [
    "In the radio interview, the presenter pressed the Kenyan finance minister on the missing "
    "funds.",
    "The premier pressed his own ministers to cut spending further, aides said.",
])
def test_an_interviewer_or_a_leader_pressing_his_own_staff_makes_no_request(nlp, text):
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "REQUEST")


@pytest.mark.parametrize("text", [
    "Two Gulf monarchies with embassies in Tehran - Qatar and Oman - also condemned the British "
    "decision.",
    "The only two Gulf monarchies to have embassies in Tehran - Qatar and Oman - also sharply "
    "condemned the British decision.",
])
def test_a_dash_apposition_of_the_subject_names_the_actors(nlp, text):
    """"Two Gulf monarchies … – Qatar and Oman – also condemned the decision": the names
    between the dashes are who condemned, whatever the parser hangs them on (the second
    sentence's subject is parsed as the infinitive's)."""
    doc = with_shipped_model(nlp, text)
    condemned = first_of(doc, "ACCUSE")
    assert countries_of(doc, condemned.actor) >= {"QAT", "OMN"}, coded(doc, [condemned])
    assert "GBR" in countries_of(doc, condemned.recipient), coded(doc, [condemned])


def test_a_clause_between_dashes_is_no_apposition(nlp):
    """"Russia – which invaded Ukraine in 2022 – condemned …": a relative clause set off by
    dashes names no one who condemned."""
    doc = with_shipped_model(nlp, "Russia - which invaded Ukraine in 2022 - condemned the "
                                  "British decision.")
    condemned = first_of(doc, "ACCUSE")
    assert countries_of(doc, condemned.actor) == {"RUS"}, coded(doc, [condemned])


@pytest.mark.parametrize("text", [
    "Would the senator have pleaded for secrecy if the caller had been one of his own party?",
    "What would the reaction have been had Germany sent tanks to Poland in 2012?",
    "Could Serbia send troops into Kosovo this winter?",
])
def test_an_unquoted_question_tells_no_event(nlp, text):
    """A question the writer asks (a rhetorical question, a headline's "Will X invade Y?")
    asserts nothing happened; no event is coded from it."""
    assert_no_events(nlp, text)


def test_a_quoted_question_keeps_the_act_it_presupposes(nlp):
    doc = with_shipped_model(nlp, "“Why did the police arrest my son?” his mother asked "
                                  "reporters in Nairobi on Monday.")
    assert "COERCE" in [e.type for e in doc.events], coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "The rebels released a video of the two kidnapped engineers on Sunday.",
    "Weeks later the militants released photographs of them looking pale and thin.",
])
def test_a_video_or_photo_of_captives_released_is_no_release_of_them(nlp, text):
    """Releasing a video, photographs or footage of people publishes a depiction of them;
    only the people themselves released is PLOVER's RETREAT (release)."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "RETREAT")


@pytest.mark.parametrize("text, recipient", [
    ("LIMA, Peru (Agency) — Prosecutors charged three trawler captains with fishing inside the "
     "marine reserve.", "three trawler captains"),
    ("MANILA (Agency) — Police detained two skippers and a deckhand on Tuesday.",
     "two skippers"),
])
def test_people_named_by_what_they_do_can_be_charged_or_held(nlp, text, recipient):
    """Captains, skippers and other people the text names only by what they do are the
    recipient of a charge or an arrest, of the country where it happened."""
    doc = with_shipped_model(nlp, text)
    assert doc.events and any(recipient in n for e in doc.events
                              for n in names(doc, e.recipient)), coded(doc, doc.events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("MOSCOW (Agency) — Russia accused Norway of piracy on Monday. The Norwegian ambassador "
     "was called in at the foreign ministry the same afternoon.", "RUS", "NOR"),
    ("OSLO (Agency) — Russia's ambassador was called in to the Norwegian foreign ministry on "
     "Tuesday.", "NOR", "RUS"),
    ("OSLO (Agency) — Russia seized a Norwegian trawler in the Barents Sea on Sunday and "
     "accused its crew of poaching. Moscow demanded a fine. The Norwegian ambassador was "
     "called in on Monday.",
     "RUS", "NOR"),
])
def test_an_envoy_called_in_is_summoned_by_the_host(nlp, text, actor, recipient):
    """"was called in" is "was summoned" said another way (ACCUSE by the host state). With no
    other country in its sentence and the story filed from the envoy's own, the host is the
    story's other side."""
    doc = with_shipped_model(nlp, text)
    summons = triggered(doc, "called")
    assert summons and summons[0].type == "ACCUSE", coded(doc, doc.events)
    assert countries_of(doc, summons[0].actor) == {actor}, coded(doc, summons)
    assert countries_of(doc, summons[0].recipient) == {recipient}, coded(doc, summons)


@pytest.mark.parametrize("text", [
    "The opposition seized on the minister's remarks to demand his resignation.",
    "Critics in Nairobi pounced upon the gaffe within minutes.",
])
def test_seizing_on_words_takes_them_up_and_holds_no_one(nlp, text):
    """"seized on the remarks", "pounced upon the gaffe": taking something up to use it, no
    seizure and no attack; what it is used for may still be an act."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "COERCE", "ASSAULT")


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Kidal on Friday night.",
    "Peruvian police seized two tonnes of cocaine on a ship in Callao.",
])
def test_seizing_something_on_a_day_or_aboard_stays_a_seizure(nlp, text):
    """The twins of "seized on the remarks": a seizure with an object of its own, whatever
    "on"-phrase follows (a day, a place), is one."""
    doc = with_shipped_model(nlp, text)
    assert "COERCE" in {e.type for e in doc.events}, coded(doc, doc.events)


@pytest.mark.parametrize("text, trigger, etype, actor, recipient", [
    ("ANKARA (Agency) — Greece demanded the withdrawal of a survey ship. The demand was "
     "rejected in a statement from the foreign ministry in Ankara.", "rejected", "REJECT",
     "TUR", None),
    ("BAMAKO (Agency) — France was condemned in a communique issued by the Malian junta on "
     "Friday.", "condemned", "ACCUSE", "MLI", "FRA"),
    ("ATHENS (Agency) — Turkey sent a survey ship into the disputed waters. The ship's "
     "withdrawal was demanded in a note handed to the Turkish embassy on Monday.", "demanded",
     "REQUEST", None, "TUR"),
    ("SUVA (Agency) — Tonga seized a Fijian longliner on Tuesday. Its release was demanded in "
     "a note delivered to the Tongan high commission the next day.", "demanded", "REQUEST",
     "FJI", "TON"),
])
def test_a_verbal_act_in_the_passive_is_done_by_the_author_of_its_document(
        nlp, text, trigger, etype, actor, recipient):
    """"was rejected in a statement from the foreign ministry in Ankara", "condemned in a
    communique issued by the junta": no by-phrase, but the statement or note the act was made
    in names who made it, and the one it was handed or sent to receives it."""
    doc = with_shipped_model(nlp, text)
    found = [e for e in triggered(doc, trigger) if e.type == etype]
    assert found, coded(doc, doc.events)
    if actor:
        assert actor in countries_of(doc, found[0].actor), coded(doc, found)
    if recipient:
        assert recipient in countries_of(doc, found[0].recipient), coded(doc, found)


def test_a_vow_not_to_act_is_a_refusal(nlp):
    """"vowed never to recognise Kosovo": a promise not to do something another side wants
    is a refusal (REJECT), not an agreement."""
    doc = with_shipped_model(nlp, "Serbia's president vowed never to recognise Kosovo's "
                                  "independence.")
    no_events_of(doc, "AGREE")
    refusal = first_of(doc, "REJECT")
    assert "SRB" in countries_of(doc, refusal.actor), coded(doc, [refusal])


@pytest.mark.parametrize("text", [
    "The teachers' union rally in Denver was the largest protest in Colorado since 2019.",
    "The teachers' union strike in Denver became the longest protest Colorado had seen.",
    "The teachers' union rally in Denver represented Colorado's biggest protest in a decade.",
])
def test_what_an_act_is_said_to_be_is_one_act_with_the_model(nlp, text):
    """The model proposes the restating noun as a second protest; it is the same act
    (``assemble._restated``)."""
    doc = with_shipped_model(nlp, text)
    assert len([e for e in doc.events if e.type == "PROTEST"]) == 1, coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "Kenya's opposition described the arrests as an attack on democracy.",
    "The ministry regards the sanctions as an attack on its sovereignty.",
])
def test_an_attack_something_is_called_is_no_assault_with_the_model(nlp, text):
    """The model reads "as an attack" as an assault; a verb of regarding makes it a view
    (``register.regarded_as``)."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "ASSAULT")



@pytest.mark.parametrize("text, other", [
    ("The interior minister of Ecuador resigned on Tuesday, and President Noboa named a "
     "retired admiral to the post.", "Noboa"),
    ("Mongolia's prime minister resigned after weeks of protests, and President Khurelsukh "
     "asked parliament to choose a new cabinet.", "Khurelsukh"),
    ("The central bank governor of Sri Lanka resigned, and President Wickremesinghe thanked "
     "him for his service.", "Wickremesinghe"),
])
def test_the_subject_of_a_clause_of_its_own_is_no_recipient(nlp, text, other):
    """"X resigned, and President Y named Z": the subject of a coordinated clause with a
    verb of its own is that clause's doer; the argument scorer does not make it the
    recipient of the first act."""
    doc = with_shipped_model(nlp, text)
    retreat = first_of(doc, "RETREAT")
    assert other not in names(doc, retreat.recipient), coded(doc, [retreat])


def test_a_coordinated_object_of_the_act_is_still_its_recipient(nlp):
    """The twin: a second object of the same verb stays a recipient."""
    doc = with_shipped_model(nlp, "Ecuador's army withdrew its troops from Peru's border "
                                  "posts and from Colombia's, the ministry said.")
    retreat = first_of(doc, "RETREAT")
    assert retreat.recipient, coded(doc, [retreat])


def test_duties_raised_on_a_countrys_goods_are_a_sanction_with_the_model(nlp):
    """"raised duties on $12 billion of American goods": the model codes duties on goods as
    it codes tariffs (the lexicon's "duty ... on" row)."""
    doc = with_shipped_model(nlp, "Mexico said on Monday it had raised duties on $12 billion "
                                  "of American farm goods.")
    sanction = first_of(doc, "SANCTION")
    assert countries_of(doc, sanction.actor) == {"MEX"}, coded(doc, [sanction])


@pytest.mark.parametrize("text", [
    "KYIV, Ukraine (AP) — Ukraine's parliament met on Monday. US Senator Ana Ruiz, asked "
    "about the aid to Ukraine, looked into the camera for a long moment before answering.",
    "LIMA, Peru (AP) — Peru's congress met on Monday. The Chilean president looked into the "
    "crowd in Lima and waved.",
])
def test_looking_into_the_cameras_is_no_investigation_with_the_model(nlp, text):
    """"Looks into the cameras", "looked into the crowd": a look, no inquiry (the
    lexicon's "look into" row rules out things one sees)."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Volkswagen said the SUV's driver package, with intersection assistance and parking "
    "assistance, will be optional in the United States.",
])
def test_a_cars_driving_aids_are_no_aid_with_the_model(nlp, text):
    """"Intersection assistance", "parking assistance": a car's features, no aid to anyone."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "AID")


def test_aid_named_for_its_kind_is_still_aid_with_the_model(nlp):
    """The twin: military or emergency assistance to a country is aid."""
    doc = with_shipped_model(nlp, "Germany sent emergency assistance to Turkey after the "
                                  "earthquake.")
    assert [e for e in doc.events if e.type == "AID"], coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "The mayor said a diverse group of young people were invited to speak at the rally in "
    "Denver.",
])
def test_a_group_and_those_it_is_made_of_are_one_side(nlp, text):
    """"a group of young people were invited": the group and the young people are the same
    people; the scorer may not make the one the other's actor or recipient."""
    doc = with_shipped_model(nlp, text)
    for e in doc.events:
        actors = {doc.entity(i).name for i in e.actor}
        recipients = {doc.entity(i).name for i in e.recipient}
        sides = actors | recipients
        assert not (actors and recipients and {"diverse group", "small group"} & sides
                    and {"students", "young people"} & sides), (e.type, actors, recipients)


@pytest.mark.parametrize("text, crusher", [
    ("Security forces crushed protests in several cities across Iran last week.",
     "Security forces"),
    ("Police in Tehran suppressed the protests with live fire on Saturday.", "Police"),
])
def test_the_scorer_makes_no_crusher_a_protester(nlp, text, crusher):
    """"Security forces crushed protests": the scorer may not give the protest the forces that
    crushed it as its actor (``acts_against_types``)."""
    doc = with_shipped_model(nlp, text)
    assert not [e for e in doc.events if e.type == "PROTEST"
                and crusher in {doc.entity(i).name for i in e.actor}]


@pytest.mark.parametrize("text, trigger, mention, cited", [
    ("The junta declared a curfew on Friday, arresting opposition figures, a spokesman for "
     "the French embassy said.", "arresting", "embassy", True),
    ("Troops shelled the border town overnight, the Defence Ministry of Ruritania said.",
     "shelled", "Ministry", True),
    # twins: a speaker before the act may take part in it; so may anyone not a speaker
    ("Ukraine said Russian missiles hit Kyiv overnight.", "hit", "Ukraine", False),
    ("The junta declared a curfew on Friday, arresting officials of the French embassy.",
     "arresting", "embassy", False),
])
def test_who_tells_of_an_act_afterwards_is_no_party_the_scorer_may_pick(
        nlp, text, trigger, mention, cited):
    """"…, arresting opposition figures, a spokesman for the French embassy said": the one
    who tells of the act after it (the subject of the verb of saying that ends the sentence)
    is a source, not a side the argument scorer may choose."""
    from factwire.extract.events.propose import _cited_source

    parsed = nlp(text)
    trig = next(t for t in parsed if t.text == trigger)
    root = next(t for t in parsed if t.text == mention)
    assert _cited_source(root, trig) is cited


@pytest.mark.parametrize("text, judge", [
    ("In an interview with Reuters, Rina Malik called her brother’s killing “a global act of "
     "terrorism”.", "Rina Malik"),
])
def test_who_judges_a_killing_did_not_kill(nlp, text, judge):
    """"called her brother's killing an act of terror", "condemned the killing": the one who
    judges the act takes no part in it, neither by the rules (no light verb) nor by the
    scorer (``acts_against_types``)."""
    doc = with_shipped_model(nlp, text)
    assert not [e for e in doc.events if e.type == "ASSAULT"
                and judge in {doc.entity(i).name for i in e.actor}], coded(doc, doc.events)


@pytest.mark.parametrize("text, word", [
    ("Belarus has carried out a string of missile tests in apparent protest of the joint "
     "drills by Poland and the United States.", "protest"),
    ("Iran has held naval exercises in the Gulf in protest at the deployment of two US "
     "carriers.", "protest"),
])
def test_in_protest_of_is_a_motive_not_a_protest(nlp, text, word):
    """"carried out missile tests in protest of the drills", "held naval exercises in protest
    at": what a state did is the event; "in protest" gives its motive, no demonstration."""
    doc = with_shipped_model(nlp, text)
    assert not triggered(doc, word), [(e.type, e.trigger.text) for e in doc.events]


def test_people_who_act_in_protest_still_protest(nlp):
    doc = with_shipped_model(nlp, "Hundreds of students occupied the rector's office in protest "
                                  "at the fee rise.")
    assert any(e.type == "PROTEST" for e in doc.events), coded(doc, doc.events)


@pytest.mark.parametrize("text, country", [
    ("Kenya deployed 200 police officers to villages along the Somali border.", "SOM"),
])
def test_a_country_naming_a_border_is_no_recipient(nlp, text, country):
    """"near the Namibian border", "along the Somali border": the demonym says where, on
    one's own side of a border; that country receives nothing."""
    doc = with_shipped_model(nlp, text)
    assert not [i for e in doc.events for i in e.recipient
                if doc.entity(i).country == country], coded(doc, doc.events)


def test_a_country_helped_across_its_border_still_receives(nlp):
    doc = with_shipped_model(nlp, "Botswana sent two army helicopters to Namibia to help "
                                  "families stranded by the floods.")
    assert any(doc.entity(i).country == "NAM" for e in doc.events for i in e.recipient), \
        coded(doc, doc.events)


# --- stop 53: inability, silences and drawn weapons with the model -----------------------------


@pytest.mark.parametrize("text, etype", [
    ("Ukrainian negotiators were unable to meet their Russian counterparts in Istanbul.",
     "CONSULT"),
    ("Red Cross staff have not been able to visit the detainees in Sinai since March.",
     "CONSULT"),
])
def test_an_act_one_could_not_do_keeps_its_type_negated_with_the_model(nlp, text, etype):
    """Being unable to meet is no promise to meet (AGREE): the act keeps its type, negated."""
    doc = with_shipped_model(nlp, text)
    assert doc.events and all((e.type, e.status) == (etype, "negated") for e in doc.events), \
        coded(doc, doc.events)


def test_willing_to_meet_is_still_a_promise_with_the_model(nlp):
    doc = with_shipped_model(nlp, "Ukraine said it was willing to meet Russian negotiators in "
                                  "Istanbul next week.")
    assert first_of(doc, "AGREE")


@pytest.mark.parametrize("text", [
    "Spokesman Tim Olsen declined to offer details about the investigation.",
    "A passenger pulled out a revolver during the argument, police said.",
])
def test_details_withheld_and_weapons_drawn_are_no_events_with_the_model(nlp, text):
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "REJECT", "RETREAT")


@pytest.mark.parametrize("text, country", [
    ("A man who arrived from Pakistan in 2011 was arrested on Monday after a gunfight with the "
     "police in Newark.", "PAK"),
    ("Police in Lyon detained a teenager who had travelled from Algeria in March.", "DZA"),
])
def test_a_country_in_a_relative_clause_of_a_side_is_no_side(nlp, text, country):
    """"a man who arrived from Pakistan was arrested": the relative clause tells about the
    man; a country named in it takes no part in the arrest."""
    doc = with_shipped_model(nlp, text)
    assert doc.events and not [i for e in doc.events for i in e.actor + e.recipient
                               if doc.entity(i).country == country], coded(doc, doc.events)


def test_the_doer_of_an_act_in_a_relative_clause_keeps_it(nlp):
    doc = with_shipped_model(nlp, "Turkish police arrested a journalist who had criticised "
                                  "Azerbaijan's president.")
    criticism = first_of(doc, "ACCUSE")
    assert countries_of(doc, criticism.recipient) == {"AZE"}, coded(doc, doc.events)


def test_what_was_set_aside_is_no_side_of_the_act_done(nlp):
    """"Instead of sending troops, Chad sent medical supplies to Niger": the troops set aside
    receive nothing."""
    doc = with_shipped_model(nlp, "Instead of sending troops, Chad sent medical supplies to "
                                  "Niger.")
    aid = first_of(doc, "AID")
    assert countries_of(doc, aid.recipient) == {"NER"}, coded(doc, doc.events)


def test_the_implied_agent_of_a_trigger_told_again_is_no_entity(nlp):
    """Once "were killed" is a mention of the attack "fired on from across the border with
    Tajikistan", the unnamed Kyrgyz "assailants" made for it stand for no one."""
    doc = with_shipped_model(nlp, "BISHKEK, Kyrgyzstan (Agency) — Two Kyrgyz border guards "
                                  "were killed on Thursday when their post near the village of "
                                  "Kok-Tash was fired on from across the border with Tajikistan, "
                                  "the border service said.")
    implied = [e for e in doc.entities if e.name == "unidentified assailants"]
    assert [e.country for e in implied] == ["TJK"], [(e.name, e.country) for e in implied]
    assault = next(e for e in doc.events if e.type == "ASSAULT")
    assert [doc.entity(i).country for i in assault.actor] == ["TJK"], coded(doc, doc.events)


# --- common news vocabulary (stop 54): plain verbs and nouns of each type ----------------------


@pytest.mark.parametrize("text, etype, actor, recipient", [
    ("KADUNA, Nigeria (Agency) — Gunmen murdered seven villagers in a night raid on a farming "
     "settlement, Nigerian police said on Monday.", "ASSAULT", None, "NGA"),
    ("A knifeman stabbed two Belgian soldiers outside a Brussels railway station on Friday, "
     "prosecutors said.", "ASSAULT", None, "BEL"),
    ("Suspected cartel members slew a Mexican mayor and two of his bodyguards in Guerrero "
     "state.", "ASSAULT", None, "MEX"),
    ("A mob lynched a Bangladeshi man accused of stealing a goat in a village near Dhaka, "
     "police said.", "ASSAULT", None, "BGD"),
    ("Rebels strangled a Congolese nurse and dumped her body near Beni, local officials said.",
     "ASSAULT", None, "COD"),
    ("The murder of the Maltese journalist by a car bomb shocked Europe.", "ASSAULT", None,
     "MLT"),
    ("The kidnapping of 40 Nigerian schoolboys by bandits in Katsina drew protests.",
     "ASSAULT", None, "NGA"),
    ("Witnesses described the stabbing of a Swedish imam by a masked attacker in Malmo.",
     "ASSAULT", None, "SWE"),
    ("A jury in Ohio returned a guilty verdict against the former Cincinnati councilman on "
     "bribery charges.", "SANCTION", "USA", "USA"),
    ("German prosecutors prosecuted a former Syrian intelligence officer for crimes against "
     "humanity.", "ACCUSE", "DEU", "SYR"),
    ("The Italian president lauded the Albanian rescue teams for their work after the "
     "earthquake.", "SUPPORT", "ITA", "ALB"),
    ("The Thai army chief reprimanded two Thai generals for speaking to the press.", "ACCUSE",
     "THA", "THA"),
])
def test_plain_news_vocabulary_codes_its_type(nlp, text, etype, actor, recipient):
    """The plain words news uses for each kind of act (murdered, stabbed, lynched, a guilty
    verdict returned, prosecuted, lauded, reprimanded) are events of their type, with the
    sides' countries."""
    doc = with_shipped_model(nlp, text)
    found = [e for e in doc.events if e.type == etype
             and (actor is None or actor in countries_of(doc, e.actor))
             and (recipient is None or recipient in countries_of(doc, e.recipient))]
    assert found, coded(doc, doc.events)


@pytest.mark.parametrize("text, etype", [
    ("The band murdered their old hit in a shambolic encore at the festival in Leeds.",
     "ASSAULT"),
    ("The crew finished the shooting of the film in Lagos two weeks early.", "ASSAULT"),
    ("Critics delivered a harsh verdict on the new musical in London.", "SANCTION"),
    ("The march of technology has left many Kenyan typists without work.", "PROTEST"),
    ("The striker rescued a point for Napoli with a header in stoppage time.", "AID"),
    ("Heavy rain lashed the Philippine capital for a third day.", "ACCUSE"),
    ("Pensioners in Athens queued for hours to withdraw cash from the Greek banks.", "RETREAT"),
    ("The Spanish director is shooting a film in Almeria with a British cast.", "ASSAULT"),
    ("The Kenyan senator said his former allies had stabbed him in the back.", "ASSAULT"),
    ("The Irish singer was called on stage by the crowd in Dublin.", "REQUEST"),
    ("The Australian swimmer defended her title in Budapest.", "SUPPORT"),
])
def test_figurative_uses_of_that_vocabulary_are_not_that_act(nlp, text, etype):
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, etype)


@pytest.mark.parametrize("text", [
    "A jury in Leeds found the former care home manager guilty of manslaughter on Friday.",
    "A Texas jury convicted the former Houston police officer of murder on Thursday.",
])
def test_a_jury_is_the_court_side_of_a_conviction(nlp, text):
    """A jury that convicts or finds someone guilty is an actor (JUD) of the conviction."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, "SANCTION")
    assert any(doc.entity(i).sector == "JUD" for i in event.actor), coded(doc, doc.events)


# --- acts told but not done, and unnamed people who act (stop 55) ------------------------------


@pytest.mark.parametrize("text, etype", [
    ("A Bolton man admitted threatening to stab and murder a council housing officer, "
     "prosecutors told the court.", "ASSAULT"),
    ("The gang's leader threatened to beat and kill the shopkeeper's brothers, a prosecutor "
     "in Palermo said.", "ASSAULT"),
    ("Militia commanders vowed to capture and execute the provincial governor of Ituri.",
     "ASSAULT"),
])
def test_every_act_of_a_threat_or_vow_is_threatened_not_done(nlp, text, etype):
    """A threat or vow of two acts joined by "and" ("threatened to beat and kill") names two
    acts that did not happen: the second is part of the threat as much as the first."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, etype)


@pytest.mark.parametrize("text", [
    "The holiday homes are built on occupied Cypriot land, the Nicosia government said.",
    "The settlements are illegal because they sit on occupied Lebanese land, the envoy said.",
    "The two hotels were put up on occupied Syrian land near Quneitra, a monitor said.",
])
def test_land_described_as_occupied_is_no_seizure(nlp, text):
    """A participle that says what state a piece of land is in ("occupied territory",
    "annexed land") describes it; nothing was seized in the story."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "COERCE", "ASSAULT")


@pytest.mark.parametrize("text, etype", [
    ("A man threatened to shoot his former employer in Swansea, Welsh police said on "
     "Monday.", "THREATEN"),
    ("A woman threatened staff at a pharmacy in Limerick with a syringe, Irish police said.",
     "THREATEN"),
])
def test_an_unnamed_person_who_acts_is_its_actor(nlp, text, etype):
    """"A man", "a woman" who does the act is its actor: no name needed to threaten, any
    more than to attack (a threat with no actor is dropped)."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, etype)
    assert event.actor, coded(doc, doc.events)


def test_a_threat_of_two_acts_reaches_whom_the_second_names(nlp):
    """"threatened to shoot and kill X": X is the one threatened, though the parser hangs X on
    the second verb only."""
    doc = with_shipped_model(nlp, "Prosecutors in Valparaiso said a local man had threatened "
                                  "to shoot and kill Deputy Rocio Fuentes in voice messages.")
    threat = first_of(doc, "THREATEN")
    assert "Rocio Fuentes" in names(doc, threat.recipient), coded(doc, doc.events)
    no_events_of(doc, "ASSAULT")


@pytest.mark.parametrize("text", [
    "A video of the Peruvian mayor singing at a wedding blew up online over the weekend.",
    "The Dutch coach blew up at reporters after the defeat in Rotterdam on Sunday.",
])
def test_blowing_up_with_nothing_blown_up_is_no_attack(nlp, text):
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The Kenyan tea board expects demand for black tea to recover in Pakistan and Egypt.",
])
def test_demand_as_a_quantity_is_no_request(nlp, text):
    """A request is counted ("a demand", "its demands"); bare in the singular "demand" is a
    quantity bought and sold."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "REQUEST")


@pytest.mark.parametrize("text", [
    "The mayor called the late activist an inspiration to the whole city.",
    "The musicians' union called Adebayo \"a powerful and dynamic singer on every stage.\"",
])
def test_praise_is_no_accusation(nlp, text):
    """Calling someone an inspiration, an icon or a dynamic singer praises them: no ACCUSE,
    whatever the parser makes of the words."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Law Society called the minister's decision a disgrace to the profession.",
    "Rights groups called the court's ruling a travesty of justice.",
])
def test_a_disgrace_named_after_the_object_is_an_accusation(nlp, text):
    """"called the speech a disgrace": the parser may hang "a disgrace" on the object as an
    adverbial noun; it is still what the speech is called."""
    doc = with_shipped_model(nlp, text)
    first_of(doc, "ACCUSE")


@pytest.mark.parametrize("text, speaker", [
    ("Peru's ombudsman's office said another 12 people had been injured in the clashes.",
     "ombudsman"),
    ("Kenya's health ministry said 40 people had been wounded in the riots in Kisumu.",
     "health ministry"),
    ("Mexico's human rights commission said the detention of the migrants was illegal.",
     "commission"),
    ("The Norwegian foreign minister said the release of the two aid workers was welcome "
     "news.", "foreign minister"),
])
def test_who_reports_an_act_with_no_doer_did_not_do_it(nlp, text, speaker):
    """A ministry, an ombudsman or a minister who says people were hurt, or judges an arrest
    reports the act: with no doer in the clause, the speaker is not made its actor. (Armed
    forces and police, who speak of what they did, may be.)"""
    doc = with_shipped_model(nlp, text)
    assert not any(speaker in n for e in doc.events for n in names(doc, e.actor)), \
        coded(doc, doc.events)


@pytest.mark.parametrize("text, actor", [
    ("The Nigerian army said 20 militants were killed in the raid near Maiduguri.",
     "Nigerian army"),
    ("Peruvian police said two men were arrested after the robbery in Cusco.",
     "Peruvian police"),
])
def test_armed_forces_or_police_reporting_their_act_stay_its_actor(nlp, text, actor):
    doc = with_shipped_model(nlp, text)
    assert any(actor in n for e in doc.events for n in names(doc, e.actor)), \
        coded(doc, doc.events)


@pytest.mark.parametrize("text, etype", [
    ("Most voters in Taiwan support the president's tough stance on the talks with Beijing.",
     "SUPPORT"),
    ("Two thirds of Chileans oppose the government's new pension law, according to the "
     "latest survey.", "REJECT"),
])
def test_what_the_public_backs_is_opinion_not_an_act(nlp, text, etype):
    """Voters or a share of people who support or oppose something, as a poll finds it, hold
    an opinion: no act of support or rejection by one side towards another."""
    doc = with_shipped_model(nlp, text)
    no_events_of(doc, etype)


@pytest.mark.parametrize("text, etype, mode", [
    ("Gunmen shot and killed two security guards at a bank in Kano on Tuesday, Nigerian police "
     "said.", "ASSAULT", None),  # (two acts done: both happened)
    ("Turkish troops occupied the town of Afrin on Sunday, Syrian Kurdish officials said.",
     "COERCE", None),  # (occupied in the story: a seizure)
    ("A car bomb blew up outside the Somali interior ministry in Mogadishu on Monday, police "
     "said.", "ASSAULT", None),  # (a bomb blows up with nothing named as blown up)
    ("Rebels blew up a railway bridge near the Colombian town of Tibu, the army said.",
     "ASSAULT", None),
    ("The Kenyan teachers' union repeated its demand for a pay rise from the government in "
     "Nairobi on Monday.", "REQUEST", None),  # (a demand made: counted, owned)
    ("The Dutch government supports the Ukrainian president's plan for peace talks.",
     "SUPPORT", None),  # (a state's support is no poll)
    ("Unknown attackers hurled a grenade into a crowded bar in the Burundian capital on "
     "Saturday, police said.", "ASSAULT", None),
    ("A Turkish navy ship brought medicine, flour and tents to the Libyan port of Derna on "
     "Friday, officials in Ankara said.", "AID", None),
    ("The suspect was taken into custody in Lyon on Monday after a brief chase, French police "
     "said.", "COERCE", "arrest"),
    ("Kenyan police took two opposition activists into custody outside parliament in "
     "Nairobi.", "COERCE", "arrest"),
    ("Two men are facing charges of fraud after the raid in Nairobi, Kenyan police said.",
     "ACCUSE", None),
    ("The Ecowas chairman urged both governments to settle the dispute through dialogue and "
     "offered to send an envoy to Bamako.", "AGREE", None),  # (a past tense after an
    # infinitive is an act of its own, no second infinitive)
])
def test_acts_told_plainly_keep_their_type(nlp, text, etype, mode):
    """Acts done, beside the rules above that set others aside: two acts both done, land
    occupied in the story, a bomb that blows up, a demand someone makes, a state's support, a
    grenade hurled, aid brought, a suspect taken into custody, charges of a crime faced."""
    doc = with_shipped_model(nlp, text)
    event = first_of(doc, etype)
    assert mode is None or event.mode == mode, coded(doc, doc.events)
