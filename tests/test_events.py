"""Event coding on news sentences, with hand-built entities, times, quantities and claims on
Documents made here (so these tests do not depend on the other extractors), and the real
spaCy parse."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from factwire.extract import events
from factwire.model import (
    Claim,
    Document,
    Entity,
    Mention,
    Quantity,
    Quote,
    TimeExpr,
)

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}

ACTORS = [
    (["North Korea", "Pyongyang"], "country", "PRK"),
    (["Russia", "Moscow"], "country", "RUS"),
    (["United States", "Washington"], "country", "USA"),
    (["Ukraine"], "country", "UKR"),
    (["Israel"], "country", "ISR"),
    (["Gaza"], "location", "PSE"),
    (["Hamas"], "group", "PSE"),
    (["Iran"], "country", "IRN"),
    (["France"], "country", "FRA"),
    (["Germany"], "country", "DEU"),
    (["Japan"], "country", "JPN"),
    (["China"], "country", "CHN"),
    (["Poland"], "country", "POL"),
    (["Kyiv"], "location", "UKR"),
    (["Syria"], "country", "SYR"),
    (["Mali"], "country", "MLI"),
    (["Turkey"], "country", "TUR"),
    (["Iraq"], "country", "IRQ"),
    (["Vladimir Putin", "Putin"], "person", "RUS"),
    (["Donald Trump", "Trump"], "person", "USA"),
]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def make_doc(nlp, text, actors=ACTORS, times=(), quantities=(), claims=(), quotes=(),
             published="2025-04-30"):
    """A Document with entities found by exact name, plus the given times/quantities/claims."""
    parsed = nlp(text)
    doc = Document(id="test", text=text, published=published)
    doc.sentences = [(s.start_char, s.end_char) for s in parsed.sents]
    for number, (names, kind, country) in enumerate(actors, 1):
        mentions = [Mention((m.start(), m.end()), m.group())
                    for name in names
                    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        if mentions:
            doc.entities.append(Entity(f"e{number}", names[0], kind, country, None, mentions))
    doc.times = [TimeExpr(_span(text, t), t, "DATE", v) for t, v in times]
    doc.quantities = [Quantity(_span(text, t), t, lo, hi, unit)
                      for t, lo, hi, unit in quantities]
    doc.claims = [Claim(f"c{i}", _span(text, t), status, source)
                  for i, (t, status, source) in enumerate(claims, 1)]
    doc.quotes = [Quote(f"q{i}", t, _span(text, t), "direct", speaker)
                  for i, (t, speaker) in enumerate(quotes, 1)]
    return doc, parsed



def annotated(nlp, text, published="2024-11-20"):
    """The whole extract stage on one text (in this module the lexicon alone codes events)."""
    from factwire.extract import annotate

    return annotate(Document(id="t", text=text, published=published), nlp(text))


def no_events_of(doc, *etypes):
    """Fail, listing the document's events, if any is of one of ``etypes``."""
    found = [e for e in doc.events if e.type in etypes]
    assert not found, coded(doc, doc.events)


def names(doc, ids):
    """The names of the entities ``ids``."""
    return [doc.entity(i).name for i in ids]


def triggered(doc, word):
    """The document's events whose trigger begins with ``word``."""
    return [e for e in doc.events if e.trigger.text.startswith(word)]


def coded(doc, found):
    """Events as (actor names, type, recipient names) for readable assertions."""
    return [(tuple(names(doc, e.actor)), e.type, tuple(names(doc, e.recipient)))
            for e in found]


@pytest.fixture(autouse=True)
def builtin_lexicon(monkeypatch):
    """Every test starts from the built-in lexicon alone, its first fitting rule deciding the
    type (``EventSettings(use_model=False)``): these tests are about roles, modality, dates,
    places and sizes, which the trained scorers leave to the rules (tests/test_events_model.py
    covers the scorers)."""
    monkeypatch.delenv(events.VERBS_DICT_ENV, raising=False)
    monkeypatch.setattr(events, "_scorer", lambda settings: None)
    events.configure(None)
    yield
    events.configure(None)


def test_deployment_with_recipient_is_military_aid_with_size_and_date(nlp):
    text = "North Korea deployed between 10,000 and 12,000 soldiers to Russia last year."
    doc, parsed = make_doc(nlp, text, times=[("last year", "2024")],
                           quantities=[("between 10,000 and 12,000 soldiers", 10000, 12000,
                                        "soldiers")])
    (event,) = events.find_events(doc, parsed)
    assert coded(doc, [event]) == [(("North Korea",), "AID", ("Russia",))]
    assert event.mode == "military"
    assert (event.size.low, event.size.high, event.size.unit) == (10000, 12000, "soldiers")
    assert (event.date.value, event.date.text) == ("2024", "last year")
    assert event.trigger.text == "deployed"
    assert text[event.sentence[0]:event.sentence[1]] == text


def test_deployment_without_recipient_is_mobilisation_and_date_falls_back(nlp):
    doc, parsed = make_doc(nlp, "Russia deployed thousands of troops along its border.")
    (event,) = events.find_events(doc, parsed)
    assert (event.type, event.mode) == ("MOBILIZE", "troops")
    assert (event.date.value, event.date.text) == ("2025-04-30", None)


def test_a_duration_is_never_the_event_date(nlp):
    text = "Russia has shelled Ukraine for two years."
    doc, parsed = make_doc(nlp, text)
    doc.times = [TimeExpr(_span(text, "two years"), "two years", "DURATION", "P2Y")]
    (event,) = events.find_events(doc, parsed)
    assert event.type == "ASSAULT"
    assert (event.date.value, event.date.text) == ("2025-04-30", None)


def test_passive_agent_is_the_actor(nlp):
    doc, parsed = make_doc(nlp, "Ukraine was shelled by Russia on Monday.")
    found = events.find_events(doc, parsed)
    assert coded(doc, found) == [(("Russia",), "ASSAULT", ("Ukraine",))]
    assert found[0].mode == "heavy-weapons"


def test_passive_condemnation(nlp):
    doc, parsed = make_doc(nlp, "Iran's missile test was condemned by France on Tuesday.")
    assert coded(doc, events.find_events(doc, parsed)) == [(("France",), "ACCUSE", ("Iran",))]


def test_nominalisation_with_possessive_pronoun_folds_into_the_demand(nlp):
    text = ("North Korea has sent troops to Russia. Japan called for an immediate end to its "
            "military support of Russia.")
    doc, parsed = make_doc(nlp, text)
    found = events.find_events(doc, parsed)
    assert coded(doc, found) == [
        (("North Korea",), "AID", ("Russia",)),
        (("Japan",), "REQUEST", ("North Korea",)),  # "its" is North Korea; no second AID
    ]


def test_nominal_trigger_with_possessor_and_to_phrase(nlp):
    text = "North Korea's deployment to Russia began in October."
    doc, parsed = make_doc(nlp, text)
    found = events.find_events(doc, parsed)
    assert coded(doc, found) == [(("North Korea",), "AID", ("Russia",))]
    assert found[0].mode == "military"


def test_coordinated_actors_make_one_event(nlp):
    doc, parsed = make_doc(nlp, "France and Germany agreed to hold talks on trade.")
    found = events.find_events(doc, parsed)
    assert coded(doc, found) == [(("France", "Germany"), "AGREE", ())]


def test_negated_event_is_kept_and_marked(nlp):
    doc, parsed = make_doc(nlp, "Russia did not attack Ukraine on Sunday.")
    (event,) = events.find_events(doc, parsed)
    assert event.type == "ASSAULT"
    assert event.negated is True
    assert event.status == "negated"


def test_conditional_sanction_is_a_threat(nlp):
    text = "If Iran refuses, the United States will impose sanctions on Iran."
    doc, parsed = make_doc(nlp, text)
    found = events.find_events(doc, parsed)
    threats = [e for e in found if e.type == "THREATEN"]
    assert coded(doc, threats) == [(("United States",), "THREATEN", ("Iran",))]
    assert "sanction" in threats[0].context
    assert not [e for e in found if e.type == "SANCTION"]


def test_expected_event_is_marked_expected(nlp):
    text = "China is expected to send humanitarian aid to Ukraine next month."
    doc, parsed = make_doc(nlp, text, times=[("next month", "2025-05")])
    (event,) = events.find_events(doc, parsed)
    assert coded(doc, [event]) == [(("China",), "AID", ("Ukraine",))]
    assert event.mode == "humanitarian"
    assert event.status == "expected"
    assert event.date.value == "2025-05"


def test_hedged_event_is_possible(nlp):
    doc, parsed = make_doc(nlp, "Moscow may provide Pyongyang with advanced military technology.")
    (event,) = events.find_events(doc, parsed)
    assert coded(doc, [event]) == [(("Russia",), "AID", ("North Korea",))]
    assert (event.mode, event.status) == ("military", "possible")


def test_claim_gives_status_and_id(nlp):
    text = "North Korea is reportedly supplying Russia with large quantities of weapons."
    doc, parsed = make_doc(nlp, text, claims=[(text, "reported", "e1")])
    (event,) = events.find_events(doc, parsed)
    assert (event.type, event.mode, event.status, event.claim) == ("AID", "military",
                                                                   "reported", "c1")


def test_location_and_size_of_arrests(nlp):
    text = "Israel arrested 40 Hamas members in Gaza on Tuesday."
    doc, parsed = make_doc(nlp, text, quantities=[("40 Hamas members", 40, 40, "members")])
    (event,) = events.find_events(doc, parsed)
    assert coded(doc, [event]) == [(("Israel",), "COERCE", ("Hamas",))]
    assert event.mode == "arrest"
    assert (event.location.name, event.location.country) == ("Gaza", "PSE")
    assert event.size.low == 40


def test_country_named_as_the_place(nlp):
    doc, parsed = make_doc(nlp, "Russia shelled villages in Ukraine on Friday.")
    (event,) = events.find_events(doc, parsed)
    assert coded(doc, [event]) == [(("Russia",), "ASSAULT", ("Ukraine",))]
    assert (event.location.name, event.location.country) == ("Ukraine", "UKR")


def test_casualty_participle_folds_into_the_attack(nlp):
    text = "Russia launched a drone attack on Kyiv, injuring 5 civilians."
    doc, parsed = make_doc(nlp, text, quantities=[("5 civilians", 5, 5, "civilians")])
    found = events.find_events(doc, parsed)
    assert [(e.type, e.mode) for e in found] == [("ASSAULT", "drone")]  # PLOVER: not aerial
    assert found[0].size is not None and found[0].size.low == 5


def test_no_resolved_participant_no_event(nlp):
    doc, parsed = make_doc(nlp, "Protesters marched through the capital and troops were sent "
                                "to the border on Saturday.")
    assert doc.entities == []
    assert events.find_events(doc, parsed) == []


def test_countryless_sides_are_kept_as_a_domestic_event(nlp):
    """No "a side must have a country" gate: a domestic event is still an event."""
    actors = [(["the rebels"], "group", None), (["the soldiers"], "group", None)]
    doc, parsed = make_doc(nlp, "Yesterday the rebels attacked the soldiers.", actors=actors)
    assert coded(doc, events.find_events(doc, parsed)) == [(("the rebels",), "ASSAULT",
                                                            ("the soldiers",))]


def test_demand_needs_a_recipient(nlp):
    doc, parsed = make_doc(nlp, "France demanded answers on Monday.")
    assert events.find_events(doc, parsed) == []


def test_demand_through_complement_subject(nlp):
    text = "Germany demanded that Iran release the detained journalists."
    doc, parsed = make_doc(nlp, text)
    assert coded(doc, events.find_events(doc, parsed)) == [(("Germany",), "REQUEST", ("Iran",))]


def test_quoted_speaker_floating_sanctions_is_a_hypothetical_threat(nlp):
    text = ("Putin keeps firing at cities. Trump said: \"Maybe he has to be dealt with "
            "differently, through banking or secondary sanctions?\"")
    quote = ("\"Maybe he has to be dealt with differently, through banking or secondary "
             "sanctions?\"")
    doc, parsed = make_doc(nlp, text, quotes=[(quote, "trump")])
    doc.quotes[0].speaker = next(e.id for e in doc.entities if e.name == "Donald Trump")
    threats = [e for e in events.find_events(doc, parsed) if e.type == "THREATEN"]
    assert coded(doc, threats) == [(("Donald Trump",), "THREATEN", ("Vladimir Putin",))]
    assert threats[0].status == "possible"


def test_passive_continuation_takes_participants_of_the_previous_sentence(nlp):
    text = ("North Korea deployed 10,000 soldiers to Russia last year. In recent weeks, "
            "another 3,000 troops were sent.")
    doc, parsed = make_doc(nlp, text, times=[("recent weeks", "PAST_REF")])
    found = events.find_events(doc, parsed)
    assert coded(doc, found) == [(("North Korea",), "AID", ("Russia",))] * 2
    assert found[1].date.text == "recent weeks"


def test_stated_future_steps_are_promises_threats_and_refusals(nlp):
    text = ("France will send troops to Mali next year. Turkey will withdraw its troops from "
            "Iraq unless Baghdad disarms the militias. Japan said it would not meet China's "
            "envoy.")
    doc, parsed = make_doc(nlp, text, actors=ACTORS + [(["Baghdad"], "country", "IRQ")])
    found = events.find_events(doc, parsed)
    assert coded(doc, found) == [
        (("France",), "AGREE", ("Mali",)),     # a promised deployment
        (("Turkey",), "THREATEN", ("Iraq",)),  # "... unless": coercive whatever the step
        (("Japan",), "REJECT", ("China",)),    # "would not meet": a refusal
    ]
    assert "aid" in found[0].context


def test_threat_target_is_the_one_pressed_in_the_condition(nlp):
    text = "Syria threatened to hold a general strike unless Israel rescinded the law."
    doc, parsed = make_doc(nlp, text)
    assert coded(doc, events.find_events(doc, parsed)) == [(("Syria",), "THREATEN",
                                                            ("Israel",))]


def test_stative_opposition_is_a_rejection(nlp):
    actors = [(["Israel"], "country", "ISR"), (["France", "French"], "country", "FRA"),
              (["Syria"], "country", "SYR")]
    doc, parsed = make_doc(nlp, "Israel is opposed to French mediation in the talks with Syria.",
                           actors=actors)
    found = events.find_events(doc, parsed)
    assert coded(doc, found) == [(("Israel",), "REJECT", ("France",))]


def test_quoted_demand_is_made_by_the_coded_speaker(nlp):
    text = ("The United States repeated its position. \u201cNorth Korea must end its "
            "deployment to Russia,\u201d a spokesperson said.")
    quote = "\u201cNorth Korea must end its deployment to Russia,\u201d"
    actors = ACTORS + [(["spokesperson"], "person", None)]
    doc, parsed = make_doc(nlp, text, actors=actors, quotes=[(quote, None)])
    doc.quotes[0].speaker = next(e.id for e in doc.entities if e.name == "United States")
    doc.quotes[0].cue = "said"
    found = events.find_events(doc, parsed)
    assert coded(doc, found) == [(("United States",), "REQUEST", ("North Korea",))]
    assert found[0].trigger.text == "said"  # the deployment is what is demanded, not an event


def test_obligation_is_the_stater_s_demand_not_a_fact(nlp):
    text = "France issued a stern reminder to Iran that it must cooperate with Germany."
    doc, parsed = make_doc(nlp, text)
    found = events.find_events(doc, parsed)
    assert coded(doc, found) == [(("France",), "REQUEST", ("Iran",))]
    assert "cooperate" in found[0].context


def test_what_a_refusal_says_is_part_of_it(nlp):
    text = ("Japan refused to meet China's envoy, saying it would only welcome him after an "
            "apology.")
    doc, parsed = make_doc(nlp, text)
    assert [e.type for e in events.find_events(doc, parsed)] == ["REJECT"]


def test_lexicon_uses_plover_types_only():
    data = json.loads((resources.files("factwire.extract") / "data" /
                       "events_lexicon.json").read_text(encoding="utf-8"))
    types = {t["type"] for t in data["triggers"]}
    assert types == PLOVER_TYPES  # every one of the 16 types has triggers
    for entry in data["triggers"]:
        obj = entry.get("obj")
        names = [obj] if isinstance(obj, str) else []
        for name in names:
            assert name in data["classes"] or name in {"entity", "person"} or " " not in name


def test_user_verb_dictionary_adds_triggers(nlp, tmp_path, monkeypatch):
    (tmp_path / "cameo2plover_2021.csv").write_text(
        "cameo_code,plover_event,plover_mode,plover_context,cameo_description,source_section,"
        "source_line\n111,ACCUSE,disapprove,,Criticize or denounce,11: ACCUSE,1\n"
        "010,,,,Make statement,01,2\n", encoding="utf-8")
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("####### VERB PATTERNS #######\n\n---  CHASTISE   [111]  ---\n"
                     "CHASTISE\nUPBRAID\n- * (OVER) [111] # CHASTISE\n", encoding="utf-8")
    text = "Germany upbraided Poland over the border dispute."
    doc, parsed = make_doc(nlp, text)
    assert events.find_events(doc, parsed) == []  # not in the built-in lexicon
    events.configure(verbs)
    assert coded(doc, events.find_events(doc, parsed)) == [(("Germany",), "ACCUSE",
                                                            ("Poland",))]
    events.configure(None)
    monkeypatch.setenv(events.VERBS_DICT_ENV, str(verbs))
    assert [e.type for e in events.find_events(doc, parsed)] == ["ACCUSE"]


def test_missing_verb_dictionary_is_a_clear_error(tmp_path):
    from factwire.model import FactwireError

    with pytest.raises(FactwireError, match="no such CAMEO verb dictionary"):
        events.configure(tmp_path / "nope.txt")


@pytest.mark.parametrize("text", [
    "", "Russia.", "!!! ??? …", "Russia Russia Russia Russia", "🇷🇺 → 🇺🇦 ✈️✈️",
    "Russia attacked", "attacked by by by Russia to to Ukraine",
])
def test_odd_text_never_crashes(nlp, text):
    doc, parsed = make_doc(nlp, text)
    found = events.find_events(doc, parsed)
    assert all(e.type in PLOVER_TYPES for e in found)


@pytest.mark.parametrize("text, actor", [
    ("Ms. Kaur, the Indian envoy, and Pakistan's ambassador Imran Qureshi met in Geneva. "
     "He criticised India's dam project.", "Imran Qureshi"),
    ("Anna Kowalska, Poland's deputy minister, and Germany's Thomas Weber signed the deal. "
     "He later accused Warsaw of delays.", "Thomas Weber"),
])
def test_he_and_she_skip_a_person_the_text_shows_to_be_of_the_other_gender(nlp, text, actor):
    doc = annotated(nlp, text, "2024-01-01")
    accuse = [ev for ev in doc.events if ev.type == "ACCUSE"]
    assert accuse and names(doc, accuse[0].actor) == [actor]


@pytest.mark.parametrize("text", [
    "France condemned the shelling of Kyiv on Monday.",
    "Germany strongly denounced the bombing on Sunday.",
])
def test_condemning_an_event_is_an_accusation_with_the_doer_unnamed(nlp, text):
    """The object is an event, not a party: the accusation stands with its recipient unnamed,
    and the condemned event is not the condemner's own act."""
    doc, parsed = make_doc(nlp, text)
    found = coded(doc, events.find_events(doc, parsed))
    assert found and found[0][1] == "ACCUSE" and found[0][2] == (), found
    assert not [f for f in found if f[1] == "ASSAULT" and f[0] == found[0][0]], found


def test_they_is_never_one_person(nlp):
    doc, parsed = make_doc(nlp, "Vladimir Putin spoke on Monday. They accused Ukraine of "
                                "shelling the plant.")
    assert not [e for e in coded(doc, events.find_events(doc, parsed))
                if e[0] == ("Vladimir Putin",)]


def test_them_after_an_uncoded_plural_subject_is_that_group_not_an_earlier_party(nlp):
    """"Two students were arrested in Turkey ... Prosecutors charged them": "them" are the
    students (named without a code, so inferred of the country it happened in), not Turkey,
    named only as the place."""
    actors = [(["Turkey"], "country", "TUR"), (["Prosecutors"], "group", "TUR")]
    doc, parsed = make_doc(nlp, "Two students were arrested in Turkey on Friday. Prosecutors "
                                "charged them with insulting the president.", actors=actors)
    accusations = [e for e in coded(doc, events.find_events(doc, parsed)) if e[1] == "ACCUSE"]
    assert accusations == [(("Prosecutors",), "ACCUSE", ("Two students",))]


def test_the_dateline_country_codes_countryless_participants_over_the_most_named_one(nlp):
    actors = [(["The police", "police"], "group", None), (["Burkina Faso"], "country", "BFA")]
    text = ("ACCRA, Ghana (Agency) — The police arrested two smugglers on Monday. Burkina "
            "Faso has closed its side of the border, and traders said Burkina Faso would "
            "reopen it next week.")
    doc, parsed = make_doc(nlp, text, actors=actors)
    found = events.find_events(doc, parsed)
    assert [e.type for e in found][:1] == ["COERCE"]
    police = doc.entity(found[0].actor[0])
    assert (police.name, police.country, police.country_source) == ("The police", "GHA",
                                                                    "context")


def test_an_earlier_act_in_a_clause_of_its_own_is_an_event_of_its_own(nlp):
    """"Police detained X, days after officers arrested Y": the arrest has its own subject, so
    it is no outcome of the detention folded into it."""
    actors = [(["Police"], "group", "TUR"), (["a journalist"], "person", "TUR"),
              (["officers"], "group", "TUR"), (["two activists"], "group", "TUR")]
    doc, parsed = make_doc(nlp, "Police detained a journalist on Monday, days after officers "
                                "arrested two activists.", actors=actors)
    assert coded(doc, events.find_events(doc, parsed)) == [
        (("Police",), "COERCE", ("a journalist",)), (("officers",), "COERCE", ("two activists",))]


def test_he_reaches_a_titled_person_the_text_gives_no_country(nlp):
    """A local story may name no country: "Mayor X said he had asked the council ..." is
    still the mayor's request."""
    doc = Document(id="t", text="Mayor Owen Carraway said he had asked the council to meet "
                                "later this week.")
    parsed = nlp(doc.text)
    doc.sentences = [(s.start_char, s.end_char) for s in parsed.sents]
    text = doc.text
    doc.entities = [
        Entity("e1", "Owen Carraway", "person", None, "GOV",
               [Mention(_span(text, "Owen Carraway"), "Owen Carraway")]),
        Entity("e2", "council", "organization", None, "GOV",
               [Mention(_span(text, "council"), "council")]),
    ]
    assert coded(doc, events.find_events(doc, parsed)) == [(("Owen Carraway",), "REQUEST",
                                                            ("council",))]


@pytest.mark.parametrize("text,etype", [
    ("France urged partners to send more air defence systems.", "REQUEST"),
    ("Germany called on all sides to respect the ceasefire.", "REQUEST"),
])
def test_people_named_by_a_common_noun_are_an_unnamed_recipient(nlp, text, etype):
    """Those urged are no one to code (people an act is done to are: see
    test_an_uncoded_person_acted_on_is_the_recipient_where_it_happened)."""
    doc, parsed = make_doc(nlp, text)
    found = coded(doc, events.find_events(doc, parsed))
    assert [(f[1], f[2]) for f in found] == [(etype, ())], found


def test_a_thing_demanded_is_no_recipient(nlp):
    doc, parsed = make_doc(nlp, "France urged restraint on Monday.")
    assert events.find_events(doc, parsed) == []


def test_every_mode_the_lexicon_gives_is_a_mode_of_its_type():
    """A mode is read against its type (PLOVER_MANUAL's mode tables): "seize" is a COERCE
    mode, so an ASSAULT that destroys property is "destroy", never "seize"."""
    from factwire.extract.events import current_lexicon

    lexicon = current_lexicon()
    assert set(lexicon.modes) == PLOVER_TYPES - {"AGREE", "CONCEDE", "COOPERATE", "SUPPORT"}
    assert lexicon.modes["ASSAULT"] >= {"destroy", "primitive", "targeted", "drone"}
    assert "seize" not in lexicon.modes["ASSAULT"]
    given = [(rule.type, rule.mode) for rules in lexicon.rules.values() for rule in rules]
    given += [rule.recipient_type for rules in lexicon.rules.values() for rule in rules
              if rule.recipient_type]
    given += [(etype, mode) for etype, words in lexicon.mode_words.items() for mode in words]
    wrong = sorted({(t, m) for t, m in given if m and m not in lexicon.modes.get(t, ())})
    assert not wrong


@pytest.mark.parametrize("text,mode", [
    ("Israeli bulldozers demolished twelve homes in Gaza on Monday.", "destroy"),
    ("Hamas gunmen set fire to a police post in Gaza.", "primitive"),
    ("Russian drones struck a power station near Kyiv overnight.", "drone"),
    ("Russia was accused of assassinating a defector in Turkey.", "targeted"),
])
def test_an_assault_gets_a_mode_of_its_own_type(nlp, text, mode):
    actors = ACTORS + [(["Israeli bulldozers"], "group", "ISR"), (["Hamas gunmen"], "group",
                                                                  "PSE"),
                       (["Russian drones"], "group", "RUS")]
    doc, parsed = make_doc(nlp, text, actors=actors)
    modes = {e.mode for e in events.find_events(doc, parsed) if e.type == "ASSAULT"}
    assert modes == {mode}


def test_a_rule_mode_of_another_type_is_not_carried_over(nlp):
    """A user's dictionary (or the crosswalk) may pair a mode with a type the model then
    overrules; the event keeps only a mode of its own type."""
    from factwire.extract.events import current_lexicon
    from factwire.extract.events.assemble import _mode_for
    from factwire.extract.events.lexicon import TriggerRule

    lexicon = current_lexicon()
    parsed = nlp("Soldiers shelled the town.")
    rule = TriggerRule("shell", "VERB", "ASSAULT", mode="seize")
    assert _mode_for(rule, parsed[1], lexicon, "ASSAULT") == "heavy-weapons"
    assert _mode_for(TriggerRule("shell", "VERB", "ASSAULT", mode="aerial"), parsed[1],
                     lexicon, "ASSAULT") == "aerial"


@pytest.mark.parametrize("text,expected", [
    ("Russian drones struck a fuel depot near Kyiv overnight.", "ASSAULT"),
    ("Israeli missiles hit an army base in Syria on Sunday.", "ASSAULT"),
    ("Poland has shut a border crossing with Belarus to freight traffic.", "SANCTION"),
    ("The speech by the French minister struck a chord in Germany.", None),
    ("Shares in Japan hit a record high on Friday.", None),
])
def test_strikes_on_targets_and_closed_crossings(nlp, text, expected):
    actors = ACTORS + [(["Russian drones"], "group", "RUS"), (["Israeli missiles"], "group",
                                                               "ISR"),
                       (["Belarus"], "country", "BLR"), (["French minister"], "person", "FRA")]
    doc, parsed = make_doc(nlp, text, actors=actors)
    types = [e.type for e in events.find_events(doc, parsed)]
    assert types == ([expected] if expected else []), types


SPORTS_REPORT = (
    "Croatia beat Serbia 3-1 in Zagreb on Saturday to reach the final of the tournament, with "
    "striker Luka Petrić scoring twice in the second half. Serbia's attack never recovered "
    "after the opening goal, and their coach said the side had been punished for every "
    "mistake. The match drew a crowd of 30,000, and the team will play the final in Vienna "
    "next week, when the winner lifts the cup. Croatia's goalkeeper made four saves in the "
    "last ten minutes as the visitors pushed for a second goal.")


def test_a_sports_report_codes_no_violence_from_its_figures_of_speech(nlp):
    actors = ACTORS + [(["Croatia"], "country", "HRV"), (["Serbia"], "country", "SRB")]
    doc, parsed = make_doc(nlp, SPORTS_REPORT, actors=actors)
    assert [e for e in events.find_events(doc, parsed) if e.type == "ASSAULT"] == []


def test_the_same_verbs_in_a_war_report_are_assaults(nlp):
    actors = ACTORS + [(["Croatia"], "country", "HRV"), (["Serbia"], "country", "SRB")]
    doc, parsed = make_doc(nlp, "Croatia attacked Serbia on Saturday, and Croatian jets "
                                "struck a fuel depot near Belgrade.", actors=actors)
    assert "ASSAULT" in [e.type for e in events.find_events(doc, parsed)]


@pytest.mark.parametrize("text,expected", [
    ("The French president spoke by phone with Vladimir Putin on Monday.", "CONSULT"),
    ("Turkey returned fire after shells landed near the border post, Syria said.", "ASSAULT"),
    ("A court in Tehran fined Iran's largest carmaker over faulty brakes.", "SANCTION"),
    ("Japan thanked France for its help after the earthquake.", "SUPPORT"),
])
def test_phone_calls_returned_fire_fines_and_thanks(nlp, text, expected):
    actors = ACTORS + [(["French president"], "person", "FRA"), (["A court in Tehran"],
                                                                  "organization", "IRN"),
                       (["Iran's largest carmaker"], "organization", "IRN")]
    doc, parsed = make_doc(nlp, text, actors=actors)
    assert expected in [e.type for e in events.find_events(doc, parsed)]


def test_an_arrest_told_as_a_participle_of_a_raid_is_an_event_of_its_own(nlp):
    actors = [(["Police"], "group", "MEX"), (["a gang"], "group", "MEX"),
              (["31 suspects"], "group", "MEX")]
    doc, parsed = make_doc(nlp, "Police raided a gang's hideout in Monterrey on Wednesday, "
                                "arresting 31 suspects.", actors=actors)
    found = coded(doc, events.find_events(doc, parsed))
    assert (("Police",), "COERCE", ("31 suspects",)) in found, found


@pytest.mark.parametrize("text, media, expected", [
    ("The Halden Courier sued the interior ministry over the raid on its offices.",
     "The Halden Courier", (("The Halden Courier",), "ACCUSE", ("the interior ministry",))),
    ("The government shut down the Halden Courier on Tuesday.", "the Halden Courier",
     (("The government",), "COERCE", ("the Halden Courier",))),
    ("Police raided Kestrel TV on Tuesday and seized its computers.", "Kestrel TV",
     (("Police",), "COERCE", ("Kestrel TV",))),
])
def test_a_news_outlet_the_text_places_nowhere_takes_part_in_events(nlp, text, media,
                                                                     expected):
    """A newspaper or broadcaster with no country of its own is still a side of what is done
    to it or by it (raided, shut down, suing the state), as a countryless group is; press
    freedom is much of what analysts code."""
    actors = [([media], "media", None), (["the interior ministry"], "organization", None),
              (["The government"], "organization", None), (["Police"], "group", None)]
    doc, parsed = make_doc(nlp, text, actors=actors)
    for entity in doc.entities:
        entity.sector = {"media": "MED", "group": "COP"}.get(entity.kind, "GOV")
    found = coded(doc, events.find_events(doc, parsed))
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Police closed the road to the stadium on Tuesday.",
    "The company shut its plant in the north after the floods.",
    "The broadcaster closed its bureau in the capital to save money.",
])
def test_closing_a_road_a_plant_or_one_s_own_bureau_is_no_censorship(nlp, text):
    actors = [(["Police"], "group", None), (["The company"], "organization", None),
              (["The broadcaster"], "media", None)]
    doc, parsed = make_doc(nlp, text, actors=actors)
    assert not [e for e in events.find_events(doc, parsed) if e.mode == "censor"]


def test_she_is_the_woman_named_not_a_role_of_unknown_sex(nlp):
    """"Carla Boyd … a defence lawyer … asked her": a given name the census lists give to
    women marks the person "her" takes up, before a role noun nearer that says no sex."""
    actors = [(["Senator Carla Boyd"], "person", "USA"), (["a defence lawyer"], "person", "USA"),
              (["the governor"], "person", "USA")]
    doc, parsed = make_doc(nlp, "Senator Carla Boyd met a defence lawyer on Monday. Later the "
                                "governor asked her to lead the inquiry.", actors=actors)
    found = coded(doc, events.find_events(doc, parsed))
    assert (("the governor",), "REQUEST", ("Senator Carla Boyd",)) in found, found


@pytest.mark.parametrize("text, actor, kept", [
    ("Halvard Systems deployed its new AI model across Europe on Tuesday.", "Halvard Systems",
     False),
    ("In the 1960s Moscow deployed a vast programme of housing in the Eastern bloc.",
     "Moscow", False),
    ("The ministry deployed a new strategy against smuggling.", "The ministry", False),
    # twins: forces, their arms and their means
    ("Moscow deployed 3,000 troops to the border on Friday.", "Moscow", True),
    ("Police deployed water cannon outside parliament on Monday.", "Police", True),
    ("The ministry deployed riot officers around parliament.", "The ministry", True),
    ("Moscow deployed warships to the strait.", "Moscow", True),
])
def test_deploying_anything_but_forces_or_their_means_is_no_mobilisation(nlp, text, actor,
                                                                         kept):
    """MOBILIZE is forces and their arms and means put in place; a product, a programme or a
    strategy "deployed" is a figure of speech."""
    actors = [([actor], "organization", "RUS" if actor == "Moscow" else None),
              (["protesters"], "group", "GEO")]
    doc, parsed = make_doc(nlp, text, actors=actors)
    for entity in doc.entities:
        entity.sector = entity.sector or ("COP" if actor == "Police" else "GOV")
    found = [e for e in events.find_events(doc, parsed) if e.type == "MOBILIZE"]
    assert bool(found) == kept, found


@pytest.mark.parametrize("text, kept", [
    ("The medical record that the ministry provided to the governor was incomplete.", False),
    ("The ministry provided video footage of the crash to the governor.", False),
    # twins: aid sent or provided, also through a relative clause
    ("The ministry sent 40 tonnes of medical supplies to the governor on Monday.", True),
    ("The aid that the ministry provided to the governor arrived on Monday.", True),
    ("The ministry provided satellite images and other intelligence to the governor.", True),
])
def test_a_letter_a_record_or_footage_given_is_no_aid(nlp, text, kept):
    """Papers, records and pictures sent or handed over are correspondence or disclosure, not
    aid; the object of a relative clause is the noun it describes ("the record that X
    provided")."""
    actors = [(["The ministry", "the ministry"], "organization", "KEN"),
              (["the governor"], "person", "UGA")]
    doc, parsed = make_doc(nlp, text, actors=actors)
    found = [e for e in events.find_events(doc, parsed) if e.type == "AID"]
    assert bool(found) == kept, found


@pytest.mark.parametrize("text, count", [
    ("The teachers' union rally in Denver represented Colorado's biggest protest in a decade.",
     1),
    # twin: two acts in one sentence
    ("The teachers' union held a rally in Denver and staged another protest in Boulder.", 2),
])
def test_what_an_act_is_said_to_be_is_the_same_act(nlp, text, count):
    """"The march was the largest protest since 2019": the predicate restates the march (a
    noun after "be", "become", "represent", "mark" whose subject is the act), no second
    protest (with the shipped model too: ``test_events_model``)."""
    doc = annotated(nlp, text)
    found = [e for e in doc.events if e.type == "PROTEST"]
    assert len(found) == count, [(e.trigger.text, e.mentions) for e in found]


@pytest.mark.parametrize("text, reactor, doer_countries", [
    ("A Norwegian coast guard vessel ordered the Russian trawler Polar Star to stop for "
     "inspection on Monday. Russia's foreign ministry called the boarding piracy, and Moscow "
     "handed Norway's ambassador a note on Tuesday. In Oslo, the Norwegian fisheries minister "
     "rejected the demand.", "fisheries minister", {None, "RUS"}),
    # twin: a party rejects its own government's proposal
    ("The Kenyan government proposed a new fuel tax on Monday. The opposition Orange "
     "Democratic Movement rejected the proposal.", "Orange Democratic Movement", {"KEN"}),
])
def test_a_state_rejects_no_demand_of_its_own(nlp, text, reactor, doer_countries):
    """A reaction takes the doers of the act it reacts to, but a state does not reject its
    own demand: an earlier act of the reactor's own state is passed over (no recipient is
    better than Norway rejecting Norway); a party still rejects its own government's."""
    doc = annotated(nlp, text)
    found = [e for e in doc.events if e.type == "REJECT"
             and any(reactor in doc.entity(a).name for a in e.actor)]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    countries = {doc.entity(r).country for r in found[0].recipient} or {None}
    assert countries <= doer_countries, \
        [(doc.entity(r).name, doc.entity(r).country) for r in found[0].recipient]


@pytest.mark.parametrize("text, etype", [
    ("The ministry regards the sanctions as an attack on its sovereignty.", "ASSAULT"),
])
def test_an_act_something_is_called_is_no_act(nlp, text, etype):
    """"Described the arrests as an attack on democracy": a noun after "as" that a verb of
    regarding (describe, regard, see, read, brand …) puts on something is how it is seen,
    not an act of that type (with the shipped model too: ``test_events_model``)."""
    doc = annotated(nlp, text)
    assert not [e for e in doc.events if e.type == etype], \
        [(e.type, e.trigger.text) for e in doc.events]


def test_the_act_of_calling_it_so_stays(nlp):
    doc = annotated(nlp, "Beijing condemned the visit as an attack on its sovereignty.")
    assert [e.type for e in doc.events] == ["ACCUSE"], [(e.type, e.trigger.text)
                                                         for e in doc.events]


@pytest.mark.parametrize("text, etype, place, kept", [
    ("Kyrgyzstan's president ordered additional units to the Batken region on Thursday.",
     "MOBILIZE", "Batken", False),
    ("In Lesotho, taxi drivers blocked the road into Maseru on Wednesday in protest at South "
     "Africa's new permit rules.", "PROTEST", "Maseru", False),
    # twins: a place abroad is whom a withdrawal or a deployment is towards
    ("Russian troops withdrew from Kherson on Friday.", "RETREAT", "Kherson", True),
    # and force threatened on a place at home is towards its people
    ("Zambia's president threatened to impose a curfew in Lusaka after two nights of looting.",
     "THREATEN", "Lusaka", True),
])
def test_a_place_of_the_actors_own_country_is_no_recipient(nlp, text, etype, place, kept):
    """Troops sent to one's own region, a road blocked in one's own capital: the place is
    where it happens, not whom it is towards (an attack, a raid or a curfew threatened on a
    place still is)."""
    doc = annotated(nlp, text)
    found = [e for e in doc.events if e.type == etype]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    names = [doc.entity(r).name for r in found[0].recipient]
    assert (place in names) == kept, names


@pytest.mark.parametrize("text, recipient", [
    ("Opposition leader Raila Odinga told President William Ruto that the law should be "
     "withdrawn.", "William Ruto"),
    ("Opposition leader Raila Odinga said in a letter to President William Ruto that the law "
     "must be withdrawn.", "William Ruto"),
    # twin: a thing that should do something, said to no one, is no demand
    ("Opposition leader Raila Odinga said the new law should send a message to investors.",
     None),
])
def test_what_must_be_done_told_to_someone_is_a_demand_of_them(nlp, text, recipient):
    """"Told the president that the law should be withdrawn": a passive obligation names no
    one who must act, but the one it is said to is asked; said to no one, a thing that
    should do something is no demand."""
    doc = annotated(nlp, text)
    found = [e for e in doc.events if e.type == "REQUEST"]
    if recipient is None:
        assert not found, [(e.trigger.text, e.recipient) for e in found]
        return
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    names = [doc.entity(r).name for r in found[0].recipient]
    assert any(recipient in n for n in names), names


def test_a_visitor_received_by_a_host_is_the_one_who_then_meets(nlp):
    """"X was received by Y and later met Z": the passive's subject carries on, not its agent."""
    actors = [(["The Jordanian envoy"], "person", "JOR"), (["the foreign minister"], "person",
                                                            "IRQ"),
              (["the prime minister"], "person", "IRQ")]
    doc, parsed = make_doc(nlp, "The Jordanian envoy was received by the foreign minister and "
                                "later met the prime minister.", actors=actors)
    found = coded(doc, events.find_events(doc, parsed))
    assert (("The Jordanian envoy",), "CONSULT", ("the prime minister",)) in found, found


def test_it_in_a_paraphrase_with_a_quoted_fragment_is_the_speaker(nlp):
    text = ('Germany accused Russia of jamming signals. Poland also said it had deployed two '
            'more frigates to the area and would keep them there "for as long as it takes."')
    doc, parsed = make_doc(nlp, text)
    fragment = 'it had deployed two more frigates to the area and would keep them there "for ' \
               'as long as it takes."'
    poland = next(e.id for e in doc.entities if e.name == "Poland")
    doc.quotes = [Quote("q1", fragment, _span(text, fragment), "mixed", poland)]
    found = coded(doc, events.find_events(doc, parsed))
    assert [f for f in found if f[1] == "MOBILIZE"] == [(("Poland",), "MOBILIZE", ())], found


def test_what_is_sent_from_a_place_does_not_go_to_it(nlp):
    actors = ACTORS + [(["Qatar"], "country", "QAT")]
    doc, parsed = make_doc(nlp, "Japan sent tents and water purification kits from Qatar to "
                                "Turkey on Sunday.", actors=actors)
    found = coded(doc, events.find_events(doc, parsed))
    assert [f for f in found if f[1] == "AID"] == [(("Japan",), "AID", ("Turkey",))], found


def test_a_condemnation_of_arrests_is_aimed_at_whoever_arrested(nlp):
    actors = [(["Police"], "group", "UGA"), (["three reporters"], "group", "UGA"),
              (["The Uganda Journalists Association"], "organization", "UGA")]
    doc, parsed = make_doc(nlp, "Police arrested three reporters in Gulu on Friday. The Uganda "
                                "Journalists Association condemned the arrests on Saturday.",
                           actors=actors)
    found = events.find_events(doc, parsed)
    accuse = [e for e in found if e.type == "ACCUSE"]
    assert coded(doc, accuse) == [(("The Uganda Journalists Association",), "ACCUSE",
                                   ("Police",))], coded(doc, found)
    assert any("reacts to" in item for item in accuse[0].evidence)


def test_a_condemnation_with_nothing_told_before_names_no_one(nlp):
    actors = [(["The Uganda Journalists Association"], "organization", "UGA")]
    doc, parsed = make_doc(nlp, "The Uganda Journalists Association condemned the arrests on "
                                "Saturday.", actors=actors)
    assert [e.recipient for e in events.find_events(doc, parsed) if e.type == "ACCUSE"] == [[]]


def test_a_relative_clause_with_its_own_doer_is_an_act_of_its_own(nlp):
    """"Two reporters, who were detained by Turkish police in May, ...": the clause names who
    did it, so it is an event; "a drone that was shot down" names nobody: background."""
    actors = ACTORS + [(["Turkish police"], "group", "TUR"), (["Two reporters"], "group", None)]
    doc, parsed = make_doc(nlp, "Two reporters, who were detained by Turkish police in May, "
                                "went on trial in Istanbul on Friday.", actors=actors)
    found = coded(doc, events.find_events(doc, parsed))
    assert (("Turkish police",), "COERCE", ("Two reporters",)) in found, found
    doc, parsed = make_doc(nlp, "Iran displayed a drone that was shot down over Iraq.")
    assert not [f for f in coded(doc, events.find_events(doc, parsed)) if f[1] == "ASSAULT"]


def test_a_verb_misread_as_a_participle_still_acts_when_it_has_an_object(nlp):
    """After an apposition the parser may read the main verb as a participle of the noun
    ("Poland's foreign minister, Anna Nowak, condemned ..."): with an object it is the act."""
    actors = ACTORS + [(["foreign minister", "Anna Nowak"], "person", "POL"),
                       (["gunmen"], "group", None),
                       (["Ivorian customs officers"], "group", "CIV")]
    doc, parsed = make_doc(nlp, "Poland's foreign minister, Anna Nowak, condemned last week's "
                                "attack on a border post near Mali, in which gunmen killed "
                                "three Ivorian customs officers.", actors=actors)
    found = coded(doc, events.find_events(doc, parsed))
    assert [f[1] for f in found if f[0] == ("foreign minister",)] == ["ACCUSE"], found
    assert (("gunmen",), "ASSAULT", ("Ivorian customs officers",)) in found
    doc, parsed = make_doc(nlp, "Turkey, which hosts millions of refugees, called on Iraq to "
                                "share the burden.")
    assert coded(doc, events.find_events(doc, parsed)) == [(("Turkey",), "REQUEST", ("Iraq",))]


@pytest.mark.parametrize("text,expected", [
    ("ACCRA, Ghana (Agency) — Floods in Ghana have displaced 30,000 people. Japan has sent "
     "40 tonnes of medicine and 2,000 tents, the embassy said on Monday.",
     [(("Japan",), "AID", ("Ghana",))]),
    ("ACCRA, Ghana (Agency) — Ghana has sent 40 tonnes of medicine and 2,000 tents to the "
     "flooded north.", []),
    ("ACCRA, Ghana (Agency) — Floods in Ghana have displaced 30,000 people. Japan pledged "
     "2 million dollars in aid on Monday.", [(("Japan",), "AGREE", ("Ghana",))]),
    ("Japan has sent 40 tonnes of medicine and 2,000 tents, the embassy said on Monday.", []),
])
def test_aid_sent_with_no_recipient_goes_to_the_country_the_story_is_set_in(nlp, text,
                                                                           expected):
    """Foreign aid with no recipient named goes to the country the story is filed from; the
    country's own aid, or a story with no such country, names no recipient."""
    actors = ACTORS + [(["Ghana"], "country", "GHA")]
    doc, parsed = make_doc(nlp, text, actors=actors)
    assert [f for f in coded(doc, events.find_events(doc, parsed))
            if f[1] in ("AID", "AGREE")] == expected


def test_a_local_us_story_gives_its_countryless_participants_the_usa_inferred(nlp):
    actors = [(["Ridgeview City Council"], "organization", None),
              (["Mark Dolan"], "person", None)]
    text = ("The Ridgeview City Council sued Police Chief Mark Dolan on Tuesday over a "
            "$400,000 contract for body cameras. The suit was filed in Hale County Superior "
            "Court.")
    doc, parsed = make_doc(nlp, text, actors=actors)
    found = events.find_events(doc, parsed)
    assert found, coded(doc, found)
    council = doc.entity(found[0].actor[0])
    assert (council.name, council.country, council.country_source) == (
        "Ridgeview City Council", "USA", "context")


@pytest.mark.parametrize("second, etype", [
    ("Market traders welcomed the raid on Tuesday.", "SUPPORT"),
    ("Market traders rejected the ruling on Tuesday.", "REJECT"),
])
def test_a_stance_on_an_act_told_before_is_towards_its_doer(nlp, second, etype):
    """"Police raided ... Traders welcomed the raid": the support is for the police; a ruling
    is the act of whoever ruled before it (here the court that fined)."""
    actors = [(["Police"], "group", "KEN"), (["a market"], "organization", "KEN"),
              (["The High Court"], "organization", "KEN"), (["Market traders"], "group", "KEN"),
              (["two importers"], "group", "KEN")]
    first = ("Police raided a market in Kisumu on Monday." if etype == "SUPPORT" else
             "The High Court fined two importers in Kisumu on Monday.")
    doc, parsed = make_doc(nlp, f"{first} {second}", actors=actors)
    doer = "Police" if etype == "SUPPORT" else "The High Court"
    found = coded(doc, events.find_events(doc, parsed))
    assert (("Market traders",), etype, (doer,)) in found, found


def test_an_agentless_passive_arrest_or_attack_has_an_implied_actor(nlp):
    """"were abducted", "was sentenced": no agent in the text, so the unnamed agent of the
    country where it happened, marked inferred, with the trigger as its mention; an agent the
    text names ("by police") is kept."""
    def coded(text):
        doc = annotated(nlp, text)
        return [(e.type, [doc.entity(i) for i in e.actor]) for e in doc.events]

    events = coded("Three journalists were detained in Tbilisi, Georgia, on Friday.")
    (etype, actors), = [e for e in events if e[0] == "COERCE"]
    assert [(a.name, a.country, a.sector, a.country_source) for a in actors] == [
        ("authorities", "GEO", "GOV", "context")]
    assert actors[0].mentions[0].text == "detained"
    events = coded("The protesters were arrested by police in Lagos.")
    assert [a.name for _, actors in events for a in actors] == ["police"]


@pytest.mark.parametrize("text", [
    "Cyclone Mala tore through Vanuatu's northern islands on Thursday, destroying homes and "
    "cutting power to thousands.",
    "Floodwaters destroyed hundreds of homes in Sylhet, Bangladesh, on Monday.",
    "The earthquake killed at least 30 people in Herat, Afghanistan.",
])
def test_harm_done_by_weather_or_a_quake_is_no_attack(nlp, text):
    """A storm, a flood or a quake as the doer is harm no one did."""
    doc = annotated(nlp, text)
    assert not [e for e in doc.events if e.type == "ASSAULT"], [
        (e.type, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize("text", [
    "At least 40 people were killed in floods in Sindh, Pakistan, on Monday.",
    "Five miners were killed when a tunnel collapsed in Zambia.",
    "Two people were injured in a car crash in Nairobi, Kenya.",
])
def test_harm_from_a_natural_cause_is_no_attack(nlp, text):
    doc = annotated(nlp, text)
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_bombing_keeps_its_implied_assailants(nlp):
    text = ("Three soldiers were killed when a car bomb exploded near the base in Mogadishu, "
            "Somalia.")
    doc = annotated(nlp, text)
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert assaults and doc.entity(assaults[0].actor[0]).name == "unidentified assailants"


@pytest.mark.parametrize("text", [
    "Lithuania attacked the proposal in a debate on Wednesday.",
    "The summit offers a glimpse of how far the two sides have come.",
])
def test_an_object_that_makes_the_act_a_figure_of_speech_gives_no_event(nlp, text):
    doc = annotated(nlp, text)
    assert not [e for e in doc.events if e.type in ("ASSAULT", "AGREE")]


def _recipients(nlp, text, etype):
    """(name, country, country_source) of the recipients of the first event of ``etype``."""
    doc = annotated(nlp, text)
    found = [e for e in doc.events if e.type == etype]
    assert found, [(e.type, e.trigger.text) for e in doc.events]
    return [(r.name, r.country, r.country_source)
            for r in (doc.entity(i) for i in found[0].recipient)]


@pytest.mark.parametrize("text, etype, expected", [
    ("MANILA, Philippines (Agency) — Police in Quezon City arrested a man suspected of "
     "robbing three pawnshops, officials said on Tuesday.", "COERCE",
     [("a man", "PHL", "context")]),
    ("KARACHI, Pakistan (Agency) — Army rescue teams evacuated about 800 people from "
     "villages cut off by floodwater near Sukkur overnight.", "AID",
     [("about 800 people", "PAK", "context")]),
    ("Two women were detained in Kano, Nigeria, on Friday after the market fire.", "COERCE",
     [("Two women", "NGA", "context")]),
    ("Russian soldiers detained a teenager in Kherson, Ukraine, on Sunday, the regional "
     "governor said.", "COERCE", [("a teenager", "UKR", "context")]),
])
def test_an_uncoded_person_acted_on_is_the_recipient_where_it_happened(nlp, text, etype,
                                                                     expected):
    """"arrested a man", "evacuated 800 people": the person or people an event is done to,
    though no name or code marks them, are its recipient, of the country where it happened
    (the place in the clause, else the story's), marked inferred."""
    assert _recipients(nlp, text, etype) == expected


@pytest.mark.parametrize("text, etype", [
    ("CAIRO, Egypt (Agency) — The defence ministry sent 300 soldiers to the border town on "
     "Monday.", "MOBILIZE"),
    ("QUITO, Ecuador (Agency) — Police seized 12 rifles and 40,000 dollars in cash in a raid "
     "on Tuesday.", "COERCE"),
])
def test_what_is_sent_or_seized_is_no_implied_recipient(nlp, text, etype):
    """Troops sent and goods seized are what the act moves or takes, not whom it is done to
    (a search or seizure with no one named is towards the country itself, no one in it)."""
    doc = annotated(nlp, text)
    assert all(doc.entity(i).kind == "country" for e in doc.events if e.type == etype
               for i in e.recipient), [(e.type, names(doc, e.recipient)) for e in doc.events]


def test_them_after_uncoded_suspects_is_those_suspects(nlp):
    """"Police detained three teenagers ... Prosecutors charged them": "them" takes up the
    nearest fitting people, though the text gives them no code."""
    text = ("BOGOTA, Colombia (Agency) — Police detained three teenagers after a bus was set "
            "on fire in the city centre. Prosecutors charged them with arson on Thursday.")
    assert _recipients(nlp, text, "ACCUSE") == [("three teenagers", "COL", "context")]


@pytest.mark.parametrize("text, etype, recipient", [
    ("Police in Quito detained two radio reporters covering a march on Friday. They were "
     "released on Saturday without charge.", "RETREAT", "radio reporters"),
    ("Border guards in western Ukraine detained 12 Moldovan fishermen on Monday. They were "
     "released on Wednesday after paying a fine.", "RETREAT", "Moldovan fishermen"),
    ("Coast guard officers in Sri Lanka seized a trawler and arrested its 14 Indian crew "
     "members near Jaffna. They were freed after talks between the two navies.", "RETREAT",
     "Indian crew members"),
])
def test_a_passive_pronoun_takes_up_those_the_act_before_was_done_to(nlp, text, etype,
                                                                      recipient):
    """"Police detained two reporters. They were released": the pronoun that undergoes the
    second act takes up the ones who underwent the first (an object), not the police who
    did it (role parallelism)."""
    assert recipient in [name for name, _c, _s in _recipients(nlp, text, etype)]


@pytest.mark.parametrize("text, holder, country", [
    ("Coast guard officers in Sri Lanka seized a trawler and arrested its 14 Indian crew "
     "members near Jaffna. They were freed after talks between the two navies.",
     "Coast guard officers", "LKA"),
    ("Soldiers in Niamey detained four French journalists at the airport on Monday. The "
     "journalists were released on Wednesday.", "Soldiers", "NER"),
])
def test_those_released_with_no_agent_were_freed_by_whoever_held_them(nlp, text, holder,
                                                                       country):
    """A release with no "by" is the act of whoever held them, when the story told who did:
    not the freed people's own authorities."""
    doc = annotated(nlp, text)
    freed = [e for e in doc.events if e.type == "RETREAT"]
    assert freed, [(e.type, e.trigger.text) for e in doc.events]
    assert [(doc.entity(i).name, doc.entity(i).country) for i in freed[0].actor] == [
        (holder, country)]


def test_a_release_no_one_is_told_to_have_held_is_the_authorities_of_where(nlp):
    """Twin: with no earlier act of holding them, the authorities of the place free them."""
    doc = annotated(nlp, "Two radio reporters were released in Quito on Saturday after a "
                         "night in custody.")
    freed = [e for e in doc.events if e.type == "RETREAT"]
    assert freed and [(doc.entity(i).name, doc.entity(i).country) for i in freed[0].actor] == [
        ("authorities", "ECU")]


@pytest.mark.parametrize("text, etype, recipient", [
    ("Students in Dhaka marched on the education ministry on Monday. Dozens of them were later "
     "arrested by police.", "COERCE", "Students"),
    ("Police in Lagos detained 40 market traders during a raid on Friday. Some of them were "
     "released on Saturday.", "RETREAT", "market traders"),
])
def test_some_of_them_takes_up_whom_them_would(nlp, text, etype, recipient):
    """"Dozens of them were arrested": a pronoun counted by a quantity plays the quantity's
    part in the clause, and the quantity is no other group standing in between."""
    assert recipient in [name for name, _c, _s in _recipients(nlp, text, etype)]


def test_a_pronoun_freed_is_the_recipient_of_the_release(nlp):
    """"released them": those a release frees are its recipients, not a theme it moves
    (as "sent troops" is)."""
    text = ("Police in Quito detained two radio reporters covering a march on Friday. They "
            "later released them without charge.")
    assert [name for name, _c, _s in _recipients(nlp, text, "RETREAT")] == ["radio reporters"]


def test_a_passive_pronoun_after_no_one_acted_upon_is_the_subject_before(nlp):
    """Twin: with no one acted upon before it, the passive pronoun keeps the subject."""
    text = ("Students in Dhaka marched on the education ministry on Monday. They were later "
            "arrested by police.")
    assert [name for name, _c, _s in _recipients(nlp, text, "COERCE")] == ["Students"]


def test_it_as_the_doer_of_an_act_is_the_body_before_not_a_thing_in_between(nlp):
    """"A court … sentenced the former mayor to six years in prison. It also fined him": the
    subject "it" of an act takes up the body that acted before, whatever things ("prison")
    lie in between; "it" as an object still stops at such a thing."""
    text = ("A district court in Medan, Indonesia, on Monday sentenced the former mayor to six "
            "years in prison for taking bribes. It also fined him 300 million rupiah.")
    doc = annotated(nlp, text)
    fines = [e for e in doc.events if e.trigger.text == "fined"]
    assert fines and names(doc, fines[0].actor) == ["district court"], [
        (e.type, e.trigger.text, e.actor) for e in doc.events]


@pytest.mark.parametrize("text, etype, actor", [
    ("The Rural Alliance party, the largest partner in the coalition, said it would not accept "
     "any cut to diesel subsidies.", "REJECT", "Rural Alliance"),
    ("Ghana's Maritime Workers Union, the country's biggest labour body, said it had "
     "rejected the pay offer.", "REJECT", "Maritime Workers Union"),
])
def test_it_after_a_body_with_an_apposition_is_that_body(nlp, text, etype, actor):
    """"The X party, the largest partner, said it would not accept …": the apposition
    describes the body; it is no other thing for "it" to take up."""
    doc = annotated(nlp, text)
    found = [e for e in doc.events if e.type == etype]
    assert found and any(actor in n for n in names(doc, found[0].actor)), [
        (e.type, e.trigger.text, names(doc, e.actor)) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("LUSAKA, Zambia (Agency) — Police charged the suspects with fraud on Friday.",
     (["Police"], "ACCUSE", ["the suspects"])),
    ("LUSAKA, Zambia (Agency) — Three men were charged with fraud on Friday.",
     (["authorities"], "ACCUSE", ["Three men"])),
    ("HARARE, Zimbabwe (Agency) — Police arrested 14 vendors at the bus terminus on Monday. "
     "Prosecutors charged the 14 with public violence on Tuesday.",
     (["Prosecutors"], "ACCUSE", ["14 vendors"])),
    ("HARARE, Zimbabwe (Agency) — Police arrested 12 vendors at the market on Monday. All 12 "
     "were charged with public violence on Wednesday.",
     (["authorities"], "ACCUSE", ["12 vendors"])),
    ("HARARE, Zimbabwe (Agency) — Police arrested nine vendors on Monday. Prosecutors "
     "charged all nine with public violence on Tuesday.",
     (["Prosecutors"], "ACCUSE", ["nine vendors"])),
])
def test_an_act_on_people_named_without_a_code_is_an_event(nlp, text, expected):
    """"charged the suspects", "three men were charged": the people acted on are the
    recipient even with no code of their own, so the act is no less an event; a charge with
    no agent is the authorities' (as an arrest is), and "the 14" or "all 12" takes up the
    people counted before."""
    doc = annotated(nlp, text)
    found = [(names(doc, e.actor), e.type, names(doc, e.recipient)) for e in doc.events]
    assert expected in found, found


@pytest.mark.parametrize("text, etype, recipient", [
    ("LUSAKA, Zambia (Agency) — The suspects appeared before a magistrate in Ndola on Monday "
     "and were charged with forgery.", "ACCUSE", "The suspects"),
    ("LUSAKA, Zambia (Agency) — In May a trader from Kabwe was convicted of fraud and "
     "sentenced to four years in prison.", "COERCE", "trader"),
    ("QUITO, Ecuador (Agency) — Mayor Ana Ruiz was detained by anti-corruption police in "
     "Cuenca on Monday and has been charged with embezzlement.", "ACCUSE", "Ana Ruiz"),
])
def test_a_passive_conjunct_acts_on_the_subject_it_shares(nlp, text, etype, recipient):
    """"The suspects appeared … and were charged", "was convicted … and sentenced": a verb
    joined to another with no subject of its own is done to that verb's subject."""
    doc = annotated(nlp, text)
    found = [(e.type, names(doc, e.recipient)) for e in doc.events]
    assert (etype, [recipient]) in found, found


@pytest.mark.parametrize("text, coerce", [
    ("HARARE, Zimbabwe (Agency) — Police searched the home of an opposition lawmaker on "
     "Monday and took away two computers.", True),
    ("HARARE, Zimbabwe (Agency) — Rescue teams searched the riverbank for the missing boy on "
     "Monday.", False),
])
def test_a_search_of_premises_is_coercion_a_search_for_someone_is_not(nlp, text, coerce):
    """PLOVER COERCE `seize` includes executing a search: "searched the home of"; searching a
    riverbank for a missing boy is no act on anyone."""
    doc = annotated(nlp, text)
    assert any(e.type == "COERCE" for e in doc.events) is coerce, [
        (e.type, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize("text, etype, recipient", [
    ("LUSAKA, Zambia (Agency) — The man was remanded in custody on Monday.", "COERCE",
     "The man"),
    ("HARARE, Zimbabwe (Agency) — A magistrate remanded the two women in custody until "
     "Friday.", "COERCE", "the two women"),
])
def test_a_remand_holds_the_people_named(nlp, text, etype, recipient):
    """Remanding someone in custody is holding them (COERCE), whoever does it."""
    doc = annotated(nlp, text)
    found = [(e.type, names(doc, e.recipient)) for e in doc.events]
    assert (etype, [recipient]) in found, found


@pytest.mark.parametrize("text, kept", [
    ("Kenya's coffee exports continued to decline through the dry season.", False),
    ("Kenya declined an offer of military help from Uganda on Monday.", True),
])
def test_a_verb_of_amount_with_no_object_is_no_act(nlp, text, kept):
    """"exports continued to decline" is a change of amount; "declined an offer" a refusal."""
    doc, parsed = make_doc(nlp, text, ACTORS + [(["Kenya"], "country", "KEN"),
                                                (["Uganda"], "country", "UGA")])
    assert bool([e for e in events.find_events(doc, parsed) if e.type == "REJECT"]) is kept


@pytest.mark.parametrize("text", [
    "France, the European Union and South Africa pledged new aid to Mali on Monday.",
    "Germany, the United Nations and Japan sent relief supplies to Syria after the quake.",
])
def test_every_member_of_a_list_the_parser_reads_as_an_apposition_acts(nlp, text):
    """"X, the European Union and Y pledged": the parser hangs the second name on the first as
    its apposition; all three still pledged."""
    actors = ACTORS + [(["European Union"], "igo", "EUR"), (["South Africa"], "country", "ZAF"),
                       (["United Nations"], "igo", "UNO")]
    doc, parsed = make_doc(nlp, text, actors)
    found = coded(doc, events.find_events(doc, parsed))
    assert len(found) == 1 and len(found[0][0]) == 3, found


@pytest.mark.parametrize("text,expected", [
    ("Poland called the closure of the border crossing by Germany illegal on Monday.",
     [(("Poland",), "ACCUSE", ("Germany",))]),
    ("Iran described Turkey's naval drills as a dangerous provocation.",
     [(("Iran",), "ACCUSE", ("Turkey",))]),
    ("Vladimir Putin called Donald Trump on Tuesday.",
     [(("Vladimir Putin",), "CONSULT", ("Donald Trump",))]),
    ("France called on Germany to reopen the border crossing.",
     [(("France",), "REQUEST", ("Germany",))]),
])
def test_a_verdict_in_a_verb_of_naming_is_criticism(nlp, text, expected):
    """"called X illegal", "described X as a provocation": a verdict on what the other side
    did; "called" with no verdict stays a phone call."""
    doc, parsed = make_doc(nlp, text)
    found = coded(doc, events.find_events(doc, parsed))
    assert [f for f in found if f[1] in ("ACCUSE", "CONSULT", "REQUEST")] == expected, found


def test_a_reaction_to_detentions_names_who_detained(nlp):
    text = ("Turkey detained the crew of the fishing boat on Sunday. Iran condemned the "
            "detentions on Monday.")
    doc, parsed = make_doc(nlp, text)
    found = coded(doc, events.find_events(doc, parsed))
    assert (("Iran",), "ACCUSE", ("Turkey",)) in found, found


@pytest.mark.parametrize("text, victim, doer", [
    ("NAIROBI, Kenya (Agency) — The United States condemned the killing of Kenyan soldiers by "
     "Somali militants on Sunday.", "Kenyan soldiers", "Somali militants"),
    ("NAIROBI, Kenya (Agency) — Kenya's interior minister condemned the killing of a radio "
     "reporter in Mombasa.", "radio reporter", None),
    ("NAIROBI, Kenya (Agency) — Police arrested three reporters on Friday. The U.S. embassy "
     "condemned the arrest of the reporters on Saturday.", "reporters", "Police"),
])
def test_a_condemned_harm_is_held_against_its_doers_not_its_victims(nlp, text, victim, doer):
    """"condemned the killing of X by Y": the condemnation is of Y, never of X, to whom the
    harm was done; with no doer named there or before, X is still not its recipient."""
    doc = annotated(nlp, text)
    accusations = [e for e in doc.events if e.type == "ACCUSE"]
    assert accusations, [(e.type, names(doc, e.actor), names(doc, e.recipient))
                         for e in doc.events]
    recipients = names(doc, accusations[-1].recipient)
    assert victim not in recipients
    assert doer is None or recipients == [doer]


@pytest.mark.parametrize("text", [
    "KAMPALA, Uganda (Agency) — The national journalists' union condemned the arrest of two "
    "reporters on Monday.",
    "The Nigeria Union of Journalists condemned the detention of a newspaper editor in Abuja "
    "on Tuesday.",
])
def test_a_union_of_a_private_trade_is_no_private_party(nlp, text):
    """A union speaks for its members to those in power, whatever trade they are in: a
    journalists' union condemning an arrest is an accusation, not a feud between papers."""
    doc = annotated(nlp, text)
    assert [e.type for e in doc.events] == ["ACCUSE"], [(e.type, e.trigger.text)
                                                         for e in doc.events]


def test_a_paper_against_a_paper_stays_private(nlp):
    """Twin: a newspaper accusing a rival newspaper is a feud, no event."""
    doc = annotated(nlp, "KAMPALA, Uganda (Agency) — The Daily Monitor accused a rival "
                         "newspaper of copying its stories on Monday.")
    assert not doc.events


@pytest.mark.parametrize("text, recipient", [
    ("NAIROBI, Kenya (Agency) — Kenya condemned Uganda over the killing of two fishermen on "
     "Lake Victoria.", ["Uganda"]),
    ("NAIROBI, Kenya (Agency) — The journalists' union condemned the interior ministry's "
     "decision on Monday.", ["interior ministry"]),
])
def test_a_condemnation_that_names_whom_it_condemns_keeps_them(nlp, text, recipient):
    """Twins: an explicit object, or a decision (no harm done to anyone), keep the recipient."""
    doc = annotated(nlp, text)
    accusations = [e for e in doc.events if e.type == "ACCUSE"]
    assert accusations and names(doc, accusations[-1].recipient) == recipient


def test_a_participle_that_names_its_doer_is_an_act_of_its_own(nlp):
    """"fishermen detained by French coastguards": the by-phrase names who detained them, so
    the detention is coded; a bare participle ("property seized in the raid") stays background."""
    actors = ACTORS + [(["French coastguards"], "organization", "FRA")]
    doc, parsed = make_doc(nlp, "Turkey demanded the release of 12 fishermen detained by "
                                "French coastguards near the island.", actors)
    found = coded(doc, events.find_events(doc, parsed))
    assert (("French coastguards",), "COERCE", ()) in [(a, t, ()) for a, t, _r in found], found
    doc, parsed = make_doc(nlp, "Turkey demanded the return of property seized in the raid.")
    assert "COERCE" not in [t for _a, t, _r in coded(doc, events.find_events(doc, parsed))]


def test_a_demand_for_a_release_is_made_of_whoever_holds_them(nlp):
    actors = ACTORS + [(["French coastguards"], "organization", "FRA")]
    doc, parsed = make_doc(nlp, "Turkey demanded the release of 12 fishermen detained by "
                                "French coastguards near the island.", actors)
    found = coded(doc, events.find_events(doc, parsed))
    assert (("Turkey",), "REQUEST", ("French coastguards",)) in found, found


def test_a_participle_after_a_comma_tells_of_the_clauses_subject(nlp):
    """"Turkey demanded the release of X, accusing France of ...": the parser may hang the
    participle on the object noun; Turkey still accuses."""
    actors = ACTORS + [(["French coastguards"], "organization", "FRA"),
                       (["fishermen"], "group", "TUR"), (["Lesvos"], "location", "GRC")]
    text = ("Turkey demanded the release of 12 fishermen detained by French coastguards near "
            "Lesvos, accusing France of harassing people who have fished there for "
            "generations.")
    doc, parsed = make_doc(nlp, text, actors)
    found = coded(doc, events.find_events(doc, parsed))
    assert (("Turkey",), "ACCUSE", ("France",)) in found, found
    # the participle's noun is who was detained, not the place near it
    assert [r for a, t, r in found if t == "COERCE"] == [("fishermen",)], found


def test_a_past_act_joined_to_a_reported_modal_clause_is_the_speakers(nlp):
    """"told reporters the pipeline would harm Europe and accused Germany": the parser joins
    "accused" to the reported clause; the speaker accused, and did so (not "expected")."""
    doc, parsed = make_doc(nlp, "Poland told reporters that the pipeline would harm its "
                                "neighbours and accused Germany of ignoring their warnings.")
    found = events.find_events(doc, parsed)
    assert [(tuple(names(doc, e.actor)), e.type, tuple(names(doc, e.recipient)), e.status)
            for e in found if e.type == "ACCUSE"] == [(("Poland",), "ACCUSE", ("Germany",),
                                                       "asserted")]
    doc, parsed = make_doc(nlp, "Syria said Turkey had shelled the border post and killed "
                                "two guards.")
    found = coded(doc, events.find_events(doc, parsed))
    assert all(actor == ("Turkey",) for actor, etype, _r in found if etype == "ASSAULT"), found


@pytest.mark.parametrize("text,expected", [
    ("Poland filed a lawsuit against Germany at the European Court of Justice.",
     (("Poland",), "ACCUSE", ("Germany",))),
    ("France opened a criminal case against Donald Trump on Monday.",
     (("France",), "ACCUSE", ("Donald Trump",))),
    ("Iran lodged a complaint against Turkey with the United Nations.",
     (("Iran",), "ACCUSE", ("Turkey",))),
])
def test_a_suit_case_or_complaint_against_someone_is_an_accusation(nlp, text, expected):
    doc, parsed = make_doc(nlp, text)
    assert expected in coded(doc, events.find_events(doc, parsed))


def test_a_case_that_is_no_one_s_is_no_accusation(nlp):
    doc, parsed = make_doc(nlp, "In this case, Germany said the court had ruled correctly.")
    assert "ACCUSE" not in [t for _a, t, _r in coded(doc, events.find_events(doc, parsed))]


@pytest.mark.parametrize("text,expected", [
    ("China suspended imports of Japanese seafood on Thursday.",
     (("China",), "SANCTION", ("Japanese",))),
    ("Turkey banned flights to Iraq after the attack.", (("Turkey",), "SANCTION", ("Iraq",))),
])
def test_halting_trade_with_a_country_is_a_sanction(nlp, text, expected):
    actors = ACTORS + [(["Japanese"], "country", "JPN")]
    doc, parsed = make_doc(nlp, text, actors)
    assert expected in coded(doc, events.find_events(doc, parsed))


@pytest.mark.parametrize("text", [
    "Vladimir Putin hosted Donald Trump at the Kremlin on Friday.",
    "Donald Trump was received by Vladimir Putin at the Kremlin on Friday.",
])
def test_in_a_visit_the_visitor_is_the_actor_and_the_host_the_recipient(nlp, text):
    """The PLOVER manual codes a visit with the visitor as actor and the host as recipient,
    whichever of them the sentence makes its subject."""
    doc, parsed = make_doc(nlp, text)
    found = coded(doc, events.find_events(doc, parsed))
    assert (("Donald Trump",), "CONSULT", ("Vladimir Putin",)) in found, found


@pytest.mark.parametrize("text", [
    "Police in Ukraine fired water cannon and tear gas to clear protesters from the square.",
    "Police used tear gas and batons against protesters in Iraq on Friday.",
])
def test_tear_gas_and_water_cannon_are_crowd_control(nlp, text):
    doc, parsed = make_doc(nlp, text, ACTORS + [(["Police"], "organization", None)])
    found = events.find_events(doc, parsed)
    assert [(e.type, e.mode) for e in found][:1] == [("ASSAULT", "crowd-control")], found


@pytest.mark.parametrize("text", [
    "Talks between Serbia and Kosovo resumed in Brussels on Monday.",
    "Talks were held on Tuesday between Serbia and Kosovo at the EU's offices in Brussels.",
])
def test_talks_between_two_sides_are_held_by_both(nlp, text):
    """"talks between X and Y", or talks "held between" them: the between-phrase names the
    parties of the meeting, though neither is its subject."""
    doc, parsed = make_doc(nlp, text, ACTORS + [(["Serbia"], "country", "SRB"),
                                                (["Kosovo"], "country", "XKX")])
    found = [e for e in events.find_events(doc, parsed) if e.type == "CONSULT"]
    assert found, coded(doc, events.find_events(doc, parsed))
    sides = {doc.entity(i).country for i in found[0].actor + found[0].recipient}
    assert sides == {"SRB", "XKX"}, coded(doc, found)


def test_what_an_agreed_step_creates_is_no_recipient(nlp):
    """"agreed to set up a joint border commission": the commission is what the agreement
    makes, not someone it is made with."""
    text = ("Ethiopia and Somalia agreed on Wednesday to set up the Joint Border Commission, "
            "officials said.")
    doc, parsed = make_doc(nlp, text, ACTORS + [
        (["Ethiopia"], "country", "ETH"), (["Somalia"], "country", "SOM"),
        (["Joint Border Commission"], "organization", "DJI")])
    found = [e for e in events.find_events(doc, parsed) if e.type == "AGREE"]
    assert found and "Joint Border Commission" not in names(doc, found[0].recipient), \
        coded(doc, found)


@pytest.mark.parametrize("text, expected", [
    ("An offer of help was made by Japan on Monday, a day after the earthquake.", ["AGREE"]),
    ("Japan's striker turned down an offer from a club in Spain on Monday.", []),
])
def test_an_offer_of_help_is_a_pledge_an_offer_from_a_club_is_none(nlp, text, expected):
    """The noun "offer" is an AGREE when it offers help, talks or mediation, whoever makes it
    ("was made by Japan"); a transfer offer or a takeover offer is no event."""
    doc, parsed = make_doc(nlp, text)
    found = events.find_events(doc, parsed)
    assert [e.type for e in found if e.trigger.text == "offer"] == expected, coded(doc, found)


@pytest.mark.parametrize("text, pair", [
    ("Kenya protested to Uganda on Monday over the seizure of a fishing boat. The two "
     "countries agreed in March to set up joint patrols on the lake.", {"Kenya", "Uganda"}),
    ("Vladimir Putin telephoned Donald Trump on Tuesday, and the two agreed that their "
     "envoys would meet in Riyadh.", {"Vladimir Putin", "Donald Trump"}),
])
def test_the_two_countries_are_the_last_two_named(nlp, text, pair):
    """"The two countries agreed", "the two agreed": the last two countries (or people) the
    text named, both as actors of the reciprocal act."""
    doc, parsed = make_doc(nlp, text, ACTORS + [(["Kenya"], "country", "KEN"),
                                                (["Uganda"], "country", "UGA")])
    found = [e for e in events.find_events(doc, parsed) if e.type == "AGREE"]
    assert found and set(names(doc, found[0].actor)) == pair, coded(doc, found)


def test_going_on_strike_is_a_protest(nlp):
    """"went on strike", "remain on strike": a labour protest, though the act is a noun after
    a verb that alone means nothing; "went on to win" is no event."""
    text = ("Thousands of Kenyan teachers went on strike on Monday over unpaid allowances. "
            "The team went on to win the cup.")
    doc, parsed = make_doc(nlp, text, ACTORS + [(["Kenyan teachers"], "group", "KEN")])
    found = events.find_events(doc, parsed)
    assert [(e.type, e.trigger.text) for e in found] == [("PROTEST", "went")], coded(doc, found)


@pytest.mark.parametrize("text, etype, trigger", [
    ("Riot police cleared Bolivian miners who had blocked the highway to Peru for six days.",
     "PROTEST", "blocked"),
    ("The Hungarian party, which had accused Poland last month of blocking the deal, voted "
     "with the government on Tuesday.", "ACCUSE", "accused"),
])
def test_what_who_or_which_did_in_a_relative_clause_is_an_event(nlp, text, etype, trigger):
    """"miners who had blocked the highway", "the party, which had accused Poland": an
    active relative clause whose subject is "who" or "which" tells what its noun did, an act
    of its own; "a helicopter that was captured" stays background."""
    doc, parsed = make_doc(nlp, text, ACTORS + [
        (["Bolivian miners"], "group", "BOL"), (["Peru"], "country", "PER"),
        (["Hungarian party"], "organization", "HUN")])
    found = events.find_events(doc, parsed)
    assert (etype, trigger) in [(e.type, e.trigger.text) for e in found], coded(doc, found)



@pytest.mark.parametrize("text, etype", [
    ("The foreign minister called the agreement a breakthrough for the region.", "SUPPORT"),
    ("Kenya's president described the ceasefire as a victory for peace.", "SUPPORT"),
    ("The opposition called the election a fraud.", "ACCUSE"),
    ("Officials described the man as a 34-year-old teacher from Mombasa.", None),
    ("The newspaper described his rival as president of the republic.", None),
])
def test_what_a_verb_of_calling_calls_something_decides_the_act(nlp, text, etype):
    """"called the deal a breakthrough" is praise, "called the election a fraud" an
    accusation, "described the man as a teacher" no act at all."""
    doc = annotated(nlp, text)
    assert [e.type for e in doc.events] == ([etype] if etype else []), coded(doc, doc.events)


def test_who_threw_what_an_act_was_done_by_is_its_actor(nlp):
    doc = annotated(nlp, "Two officers were injured by stones thrown by the crowd, a police "
                         "spokesman said. A soldier was wounded by a grenade thrown by militants "
                         "near the border post.")
    found = coded(doc, doc.events)
    assert (("crowd",), "ASSAULT", ("officers",)) in found
    assert (("militants",), "ASSAULT", ("soldier",)) in found


@pytest.mark.parametrize("text, countries", [
    ("The ambassadors of Norway, Sweden and Finland met opposition leaders in Minsk on "
     "Friday.", {"NOR", "SWE", "FIN"}),
    ("US and British officials met Iranian diplomats in Muscat on Monday.", {"USA", "GBR"}),
    ("Troops from Chad and Niger attacked the militants' camp near Lake Chad.",
     {"TCD", "NER"}),
])
def test_one_group_of_several_countries_gives_each_country_as_an_actor(nlp, text,
                                                                       countries):
    """"The ambassadors of A, B and C": one phrase, several countries' people; each
    country is a party to the event, as with "A, B and C met"."""
    doc = annotated(nlp, text)
    assert doc.events, text
    acting = {doc.entity(i).country for i in doc.events[0].actor}
    assert acting == countries, coded(doc, doc.events)


def test_an_international_campaign_group_takes_no_country_from_the_story(nlp):
    """Amnesty condemning arrests in Iran is no Iranian body: the story's country codes
    domestic bodies, not international ones (sector NGO or IGO)."""
    doc = annotated(nlp, "TEHRAN, Iran — Iranian police detained dozens of students on "
                         "Monday. Amnesty International condemned the arrests on Tuesday.")
    amnesty = [e for e in doc.entities if e.name == "Amnesty International"]
    assert amnesty and amnesty[0].country is None, [(e.name, e.country) for e in doc.entities]


@pytest.mark.parametrize("text", [
    "Hundreds of Bolivian miners held demonstrations in La Paz on Monday to demand the "
    "release of their union leader.",
    "An Egyptian blogger began a hunger strike in his cell to protest his long detention.",
])
def test_what_a_protest_is_held_to_demand_is_the_protest(nlp, text):
    """"staged a sit-in to demand a recount", "began a hunger strike to protest X": the
    infinitive says what the protest is for, one PLOVER PROTEST, not a REQUEST or an ACCUSE
    of its own."""
    doc, parsed = make_doc(nlp, text, ACTORS + [
        (["Bolivian miners"], "group", "BOL"),
        (["La Paz"], "location", "BOL"), (["Egyptian blogger"], "person", "EGY")])
    found = events.find_events(doc, parsed)
    types = [e.type for e in found]
    assert "PROTEST" in types and not {"REQUEST", "ACCUSE"} & set(types), coded(doc, found)


def test_a_demand_after_a_protest_in_its_own_clause_stays(nlp):
    """A demand made in a clause of its own is an act of its own, beside the protest."""
    text = ("Thousands of Bolivian miners marched in La Paz on Monday, and Bolivia "
            "demanded that Peru release the detained workers.")
    doc, parsed = make_doc(nlp, text, ACTORS + [
        (["Bolivian miners"], "group", "BOL"), (["La Paz"], "location", "BOL"),
        (["Bolivia"], "country", "BOL"), (["Peru"], "country", "PER")])
    found = events.find_events(doc, parsed)
    types = [e.type for e in found]
    assert "PROTEST" in types and "REQUEST" in types, coded(doc, found)


@pytest.mark.parametrize("text, patient", [
    ("A court in Cairo extended the Egyptian blogger's detention by 45 days on Sunday.",
     "Egyptian blogger"),
    ("Iran confirmed the arrest of a French aid worker, and France demanded her release.",
     "French aid worker"),
    ("Kenyan police said the opposition leader's arrest followed a raid on his home.",
     "opposition leader"),
])
def test_whose_arrest_or_detention_is_the_one_held(nlp, text, patient):
    """"the blogger's detention", "her release", "the leader's arrest": the possessor of a
    noun of being seized, held or freed is the one it happens to, not the one who does it
    (who arrests is the police, the court or no one named)."""
    doc, parsed = make_doc(nlp, text, ACTORS + [
        (["Egyptian blogger"], "person", "EGY"), (["Cairo"], "location", "EGY"),
        (["French aid worker"], "person", "FRA"),
        (["Kenyan police"], "organization", "KEN"), (["opposition leader"], "person", "KEN")])
    found = [e for e in events.find_events(doc, parsed)
             if e.type in {"COERCE", "RETREAT", "CONCEDE"}]
    assert found, coded(doc, [])
    for event in found:
        assert patient not in names(doc, event.actor), coded(doc, found)
    assert any(patient in names(doc, e.recipient) for e in found), coded(doc, found)


def test_whose_arrest_of_someone_is_the_one_who_arrests(nlp):
    """"Turkey's arrest of two reporters": with an of-phrase the possessor is the doer."""
    text = "Turkey's arrest of two Swedish reporters drew protests from Stockholm."
    doc, parsed = make_doc(nlp, text, ACTORS + [
        (["Turkey"], "country", "TUR"), (["Swedish reporters"], "group", "SWE")])
    found = [e for e in events.find_events(doc, parsed) if e.type == "COERCE"]
    assert found and names(doc, found[0].actor) == ["Turkey"], coded(doc, found)
    assert names(doc, found[0].recipient) == ["Swedish reporters"], coded(doc, found)


@pytest.mark.parametrize("text, etype, actor", [
    ("French farmers drove tractors into central Paris this week to protest over falling "
     "milk prices.", "PROTEST", "French farmers"),
    ("Kenyan doctors walked out of hospitals across the country on Tuesday to press the "
     "government for unpaid salaries.", "REQUEST", "Kenyan doctors"),
])
def test_a_purpose_infinitive_is_done_by_the_subject(nlp, text, etype, actor):
    """"Farmers drove tractors into Paris to protest": the subject of the clause does what
    its "to" infinitive of purpose says."""
    doc, parsed = make_doc(nlp, text, ACTORS + [
        (["French farmers"], "group", "FRA"), (["Paris"], "location", "FRA"),
        (["Kenyan doctors"], "group", "KEN")])
    found = [e for e in events.find_events(doc, parsed) if e.type == etype]
    assert found and names(doc, found[0].actor) == [actor], coded(doc, found)


@pytest.mark.parametrize("text", [
    "The former governor attacked the Kenyan electoral commission on social media on Monday.",
    "In a speech on Friday, Iran's foreign minister attacked France over its sanctions.",
    "Russia's foreign ministry attacked Germany in a statement on Tuesday.",
])
def test_an_attack_in_words_is_an_accusation(nlp, text):
    """"attacked X on social media / in a speech / in a statement": an attack in words is a
    verbal accusation (ACCUSE), no assault."""
    doc, parsed = make_doc(nlp, text, ACTORS + [
        (["former governor"], "person", "KEN"), (["Kenyan electoral commission"],
                                                  "organization", "KEN"),
        (["Iran's foreign minister"], "person", "IRN"),
        (["Russia's foreign ministry"], "organization", "RUS")])
    types = [e.type for e in events.find_events(doc, parsed)]
    assert "ACCUSE" in types and "ASSAULT" not in types, types


def test_an_attack_on_a_town_stays_an_assault(nlp):
    text = "Russian forces attacked Kharkiv with drones on Monday night."
    doc, parsed = make_doc(nlp, text, ACTORS + [(["Russian forces"], "group", "RUS"),
                                                (["Kharkiv"], "location", "UKR")])
    assert "ASSAULT" in [e.type for e in events.find_events(doc, parsed)]


@pytest.mark.parametrize("text", [
    "The Chilean mining union said the violence threatened investment in the region.",
    "Peru's foreign ministry said the drought threatened the harvest in the south.",
    "The Chilean mining union said the strike threatened Velcor's output at the mine.",
])
def test_a_thing_that_threatens_has_no_actor_taken_from_the_sentence(nlp, text):
    """"the union said the violence threatened investment": the clause's subject is a thing
    that names no actor; the speaker (or anyone else in the sentence) is not made its doer."""
    doc, parsed = make_doc(nlp, text, ACTORS + [
        (["Chilean mining union"], "organization", "CHL"),
        (["Peru's foreign ministry"], "organization", "PER"), (["Velcor"], "organization", "CHL")])
    found = [e for e in events.find_events(doc, parsed) if e.type == "THREATEN"]
    assert not found, coded(doc, found)




@pytest.mark.parametrize("text, etype, mode", [
    ("Russia ordered the arrest of two opposition leaders.", "COERCE", "arrest"),
    ("The Kremlin ordered the release of the two Ukrainian sailors.", "RETREAT", "release"),
])
def test_ordering_an_arrest_or_a_release_is_that_act(nlp, text, etype, mode):
    """"ordered the arrest of X" is the arrest, by the one who ordered it; "ordered the
    release of X" the release (as the PLOVER coders code an ordered release)."""
    doc = annotated(nlp, text)
    assert [(e.type, e.mode) for e in doc.events] == [(etype, mode)], coded(doc, doc.events)


def _story(counts: dict[str, int]) -> Document:
    """A document whose entities are countries named ``counts`` times each (and a minister
    of India), for the story-recipient rules."""
    from factwire.model import Entity, Mention
    entities = [Entity(id=f"e{n + 1}", name=code, kind="country", country=code,
                       mentions=[Mention((0, 1), code)] * times)
                for n, (code, times) in enumerate(counts.items())]
    entities.append(Entity(id="m", name="minister", kind="person", country="IND",
                           sector="GOV", mentions=[Mention((0, 1), "minister")]))
    return Document(id="t", text="x", entities=entities)


@pytest.mark.parametrize("counts, expected", [
    ({"IND": 2, "CHN": 3}, "CHN"),
    ({"IND": 2, "CHN": 3, "USA": 1}, None),
])
def test_a_pledge_goes_to_the_other_side_only_in_a_two_country_story(counts, expected):
    """A home minister's pledge that names no one is towards the other country only when the
    story names no third country as a state; an attack is towards the leading other side
    either way."""
    from factwire.extract.events.implicit import add_story_recipients
    from factwire.model import Event, Trigger
    doc = _story(counts)
    pledge = Event(id="ev1", type="AGREE", trigger=Trigger((0, 1), "x"), sentence=(0, 1),
                   actor=["m"])
    attack = Event(id="ev2", type="ASSAULT", trigger=Trigger((0, 1), "x"), sentence=(0, 1),
                   actor=["m"])
    add_story_recipients(doc, [pledge, attack], "IND")
    assert [doc.entity(i).country for i in pledge.recipient] == ([expected] if expected else [])
    assert [doc.entity(i).country for i in attack.recipient] == ["CHN"]


def test_a_past_tense_joined_to_a_passive_is_passive(nlp):
    """"was detained in March and sentenced to two years": the tagger may read "sentenced"
    as a past tense, but it shares the passive of "was detained" — the journalist is the one
    sentenced, not the one who sentences."""
    doc = annotated(nlp, "The Ukrainian journalist was detained by Russian police in March and "
                         "sentenced to two years in a labour camp.")
    for event in doc.events:
        assert "Ukrainian journalist" not in names(doc, event.actor), coded(doc, doc.events)


@pytest.mark.parametrize("text, etype, recipient", [
    ("France condemned the raid. Soldiers rounded up 40 villagers near the border and beat "
     "them with sticks, witnesses said.", "ASSAULT", "villagers"),
    ("Britain urged calm on Monday. Police cornered 600 students in the library and "
     "threatened them with tear gas.", "THREATEN", "students"),
])
def test_them_after_people_named_in_its_own_sentence_is_those_people(nlp, text, etype,
                                                                     recipient):
    """"Soldiers rounded up 40 villagers … and beat them": the people named in the pronoun's
    own sentence, not the subject of an earlier one (France); the clause's own subject is
    never its object."""
    doc = annotated(nlp, text)
    found = [e for e in doc.events if e.type == etype]
    assert found, coded(doc, doc.events)
    assert any(recipient in n for n in names(doc, found[0].recipient)), coded(doc, found)


def test_a_strike_called_is_no_reaction_to_an_earlier_protest(nlp):
    """"Protesters blocked the highway … The union, which called the strike last week, said
    …": the strike the union called is its own act, not a reaction whose recipient would be
    the protesters."""
    text = ("LA PAZ, Bolivia (Agency) — Protesters blocked the main highway to the capital on "
            "Tuesday. The miners' union, which called the strike last week, said most members "
            "had stayed home.")
    doc = annotated(nlp, text)
    strikes = [e for e in doc.events if e.type == "PROTEST" and e.trigger.text == "called"]
    assert strikes, coded(doc, doc.events)
    assert not any("Protesters" in n for n in names(doc, strikes[0].recipient)), \
        coded(doc, strikes)


# Pages far from politics: a game review, a science feature, a songwriter's profile. Their
# verbs of force, help and asking are play, biology or private life, no political event.
OFF_POLITICS_PAGES = [
    ("The sequel keeps the open world of the first game but fills it with far more to do. "
     "In your adventures you will mainly be attacked by three enemy factions, each with its "
     "own weapons and tactics, and the boss fights are harder than before. The crafting "
     "system has been rebuilt from scratch, and the map now unlocks as you explore rather "
     "than through menus. Load times on the console version are short, though the frame "
     "rate dips in the busiest scenes. Fans of the original will find the story slower to "
     "start, but the last ten hours are the best the series has offered. The game is out on "
     "Friday and costs $59.99.", "ASSAULT"),
    ("Researchers have found that cells lining the airways carry receptors once thought to "
     "exist only on the tongue. When the receptors detect bitter compounds released by "
     "bacteria, the cells beat their hairlike cilia faster, a process that can sweep away "
     "invading microbes before they settle. The team, led by the physiologist Dana Oyelaran "
     "at a university in Baltimore, grew the cells in dishes and exposed them to extracts "
     "from common pathogens. The findings could explain why some people are more prone to sinus "
     "infections than others. The work was published on Wednesday in a journal of cell "
     "biology, and the researchers now plan trials in patients.", None),
    ("Martin Adeyemi had run three marathons before his knee began to ache on the stairs. By "
     "the spring he could barely walk to the bus stop. An orthopaedic surgeon at a clinic in "
     "Leeds, Dr. Helen Marsh, found a small tear in the cartilage and told him to stop "
     "running for six months. Adeyemi took up swimming instead, and within a year he was "
     "back on the road, slower but without pain. Surgeons say such tears are common in "
     "runners over forty, and most heal with rest and physiotherapy rather than an "
     "operation.", "REQUEST"),
    ("Carla Wendt wrote hundreds of songs that summer in a rented cabin with no telephone. "
     "In September Wendt sent twelve of the best ones to a music lawyer in Nashville under her "
     "mother's name, afraid that her own would get in the way. Months passed without a reply. "
     "Then a publisher called and asked her to come to town for a week of writing sessions. "
     "One of those songs became a hit for a country singer two years later, and another was "
     "used in a film about a family of truck drivers. She still keeps the cassette she "
     "recorded them on in a drawer of her kitchen table.", None),
]


@pytest.mark.parametrize("text, kind", OFF_POLITICS_PAGES)
def test_a_page_far_from_politics_codes_no_event_without_a_public_actor(nlp, text, kind):
    """On a page that names hardly any state, government, force or party (a game review, a
    science feature, a profile), an event with no participant of public life is a figure of
    speech or private life."""
    doc = annotated(nlp, text)
    assert [(e.type, e.trigger.text) for e in doc.events] == [], kind


def test_a_page_far_from_politics_keeps_an_event_of_a_public_body(nlp):
    """The same kind of page keeps an act of the state: a tech round-up's investigation by
    a state attorney general."""
    doc = annotated(nlp, (
        "Your Tuesday briefing on gadgets and start-ups. The chip shortage is easing, and "
        "carmakers say deliveries should be back to normal by the spring. A popular photo app "
        "has added a feature that blurs faces in crowds. Ohio's attorney general is "
        "investigating Desklane, a co-working chain, over unpaid rent, two people close to "
        "the case said. A streaming service raised its prices for the second time this year, and a "
        "new phone from a Chinese maker goes on sale in Europe next week with a camera that "
        "zooms up to 100 times. Finally, a start-up that makes electric scooters has laid off "
        "a quarter of its staff after a funding round fell through."))
    assert ("ACCUSE", "investigating") in [(e.type, e.trigger.text) for e in doc.events]


def test_a_single_sentence_is_not_judged_far_from_politics(nlp):
    """One sentence or a brief says too little of its register to be judged; a whole page of
    the same kind is."""
    from factwire.extract.events import register
    sentence = annotated(nlp, "In your adventures you will mainly be attacked by three enemy "
                              "factions, each with its own weapons and tactics.")
    assert not register.off_politics(sentence)
    assert register.off_politics(annotated(nlp, OFF_POLITICS_PAGES[0][0]))


@pytest.mark.parametrize("text, trigger, etype", [
    ("A court in Bergen fined the captain of a Latvian trawler 150,000 crowns for fishing "
     "without a licence.", "fined", "SANCTION"),
    ("Armenia suspended the exchange of student delegations with Azerbaijan on Monday.",
     "suspended", "SANCTION"),
    ("Kazakhstan halted coal deliveries to Kyrgyzstan after the two sides failed to agree on "
     "a price.", "halted", "SANCTION"),
    ("The release of the 14 detained sailors was announced by Yemeni coast guard officials "
     "on Sunday.", "release", "RETREAT"),
])
def test_fines_stopped_exchanges_and_releases_named_by_a_noun_are_events(nlp, text, trigger,
                                                                        etype):
    """A fine on a liable party (a captain, a shipowner, a firm), a stopped exchange or
    supply between states, and a release of people named by its noun are PLOVER events."""
    doc = annotated(nlp, text)
    assert etype in [e.type for e in triggered(doc, trigger)], coded(doc, doc.events)


def test_a_protest_note_is_an_accusation_and_its_cause_is_not_the_senders_act(nlp):
    """"sent a protest note to El Salvador over the detention of its fishermen": the note is
    Honduras's accusation of El Salvador; the detention it is sent over is not an act of the
    sender (a verb lends its subject to the act its object names, not to the act its cause
    names)."""
    doc = annotated(nlp, "TEGUCIGALPA (Agency) — Honduras sent a protest note to El Salvador "
                         "on Tuesday over the detention of its fishermen.")
    assert coded(doc, [e for e in doc.events if e.type == "ACCUSE"]) == [
        (("Honduras",), "ACCUSE", ("El Salvador",))], coded(doc, doc.events)
    detention = triggered(doc, "detention")
    assert not detention or "Honduras" not in names(doc, detention[0].actor), \
        coded(doc, detention)


@pytest.mark.parametrize("text", [
    "\"Why was the money moved to a private account?\" Senator Dana Whitfield asked the "
    "minister.",
    "“Will you resign?” a reporter asked the prime minister on Tuesday.",
    "Senator Dana Whitfield asked the minister whether the money had been moved abroad.",
])
def test_a_question_asked_is_no_request(nlp, text):
    """PLOVER's REQUEST asks for something to be done; a question asked (a quoted question,
    "asked whether …") asks for an answer."""
    doc = annotated(nlp, text)
    no_events_of(doc, "REQUEST")


def test_asking_someone_to_act_stays_a_request(nlp):
    doc = annotated(nlp, "The minister asked the army to withdraw from the town.")
    assert [e.type for e in doc.events] == ["REQUEST"], coded(doc, doc.events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Peru's consumer watchdog said it was looking into Andina Telecom over the outage.",
     "watchdog", "Andina Telecom"),
    ("The Kenyan police are looking into the Nairobi County Assembly's payroll records.",
     "police", "Nairobi County Assembly"),
])
def test_looking_into_someone_is_an_investigation(nlp, text, actor, recipient):
    """"Looking into X" is investigating X (ACCUSE investigate)."""
    doc = annotated(nlp, text)
    found = [e for e in doc.events if e.type == "ACCUSE"]
    assert found and found[0].mode == "investigate", coded(doc, doc.events)
    assert any(actor in n for n in names(doc, found[0].actor)), coded(doc, found)
    assert any(recipient in n for n in names(doc, found[0].recipient)), coded(doc, found)


def test_looking_into_the_distance_is_no_investigation(nlp):
    """The twin: looking at or towards something is no inquiry."""
    doc = annotated(nlp, "Peru's president looked into the crowd in Lima and waved.")
    no_events_of(doc, "ACCUSE")


def test_duties_on_goods_are_a_tariff(nlp):
    """Customs duties on a country's goods are a sanction like tariffs."""
    doc = annotated(nlp, "India imposed duties on Chinese steel after a complaint from "
                         "domestic mills.")
    assert [e for e in doc.events if e.type == "SANCTION"], coded(doc, doc.events)


def test_a_duty_to_act_is_no_sanction(nlp):
    """The twin: a duty to do something, or being on duty, is no tariff."""
    doc = annotated(nlp, "Mexico said it had a duty to protect migrants, and officers on "
                         "duty in Tijuana were told to help them.")
    no_events_of(doc, "SANCTION")


@pytest.mark.parametrize("text", [
    "China has waged a charm offensive toward the Philippines since the election.",
    "Morocco launched a diplomatic offensive in West Africa to win support for its plan.",
    "The Turkish government began a media offensive against Greece over the islands.",
])
def test_a_charm_or_media_offensive_is_no_assault(nlp, text):
    """A charm, diplomatic or media offensive is a campaign of words, no military attack."""
    doc = annotated(nlp, text)
    no_events_of(doc, "ASSAULT")


def test_a_military_offensive_is_still_an_assault(nlp):
    """The twin: an offensive on a town is an attack."""
    doc = annotated(nlp, "Russia launched a new offensive against the Ukrainian town of "
                         "Vovchansk on Friday.")
    assert [e for e in doc.events if e.type == "ASSAULT"], coded(doc, doc.events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Two US senators wrote to the Pentagon on Tuesday demanding answers about the crash.",
     "senators", "Pentagon"),
    ("Ghana's opposition sent a letter to the International Monetary Fund demanding a "
     "delay to the loan.", "opposition", "International Monetary Fund"),
    ("Kenyan opposition lawmakers wrote to the electoral commission to demand a recount.",
     "lawmakers", "electoral commission"),
])
def test_a_demand_made_in_a_letter_is_to_its_addressee(nlp, text, actor, recipient):
    """"wrote to X demanding answers", "sent a letter to X urging": the demand is made to
    the one the letter is addressed to."""
    doc = annotated(nlp, text)
    found = [e for e in doc.events if e.type == "REQUEST"]
    assert found, coded(doc, doc.events)
    assert any(actor in n for n in names(doc, found[0].actor)), coded(doc, found)
    assert any(recipient in n for n in names(doc, found[0].recipient)), coded(doc, found)


def test_a_demand_with_its_own_addressee_keeps_it(nlp):
    """The twin: a demand that names whom it is made of keeps that recipient."""
    doc = annotated(nlp, "Two US senators wrote to the Pentagon, and Germany's defence "
                         "ministry demanded an explanation from Lockheed Martin.")
    found = [e for e in doc.events if e.type == "REQUEST"]
    assert found and "Lockheed Martin" in names(doc, found[0].recipient), \
        coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "Hackers broke into the Kenyan tax authority's computer systems last week, the agency "
    "said.",
    "Russian hackers had broken into the networks of Poland's foreign ministry, officials "
    "in Warsaw said.",
])
def test_breaking_into_computer_systems_is_a_cyber_attack(nlp, text):
    """Breaking into a body's systems, networks or databases is a cyber operation (COERCE,
    context cyber), as hacking them is."""
    doc = annotated(nlp, text)
    found = [e for e in doc.events if e.type == "COERCE"]
    assert found and "cyber" in found[0].context, coded(doc, doc.events)


def test_breaking_into_a_house_is_no_cyber_attack(nlp):
    """The twin: burglars breaking into a house do nothing to computers."""
    doc = annotated(nlp, "Burglars broke into the Kenyan ambassador's house in Nairobi.")
    assert not [e for e in doc.events if "cyber" in e.context], coded(doc, doc.events)


@pytest.mark.parametrize("text, crusher", [
    ("Police in Tehran suppressed the protests with live fire on Saturday.", "Police"),
    ("Security forces crushed protests in several cities across Iran last week.",
     "Security forces"),
    ("Riot police broke up a rally by striking teachers in Lagos on Tuesday.", "Riot police"),
])
def test_who_crushes_a_protest_is_no_protester(nlp, text, crusher):
    """"Police suppressed the protests": the police act against the protest, they do not
    protest; the act is theirs (COERCE), the protest is someone else's."""
    doc = annotated(nlp, text)
    assert not [e for e in doc.events if e.type == "PROTEST" and crusher in names(doc, e.actor)]
    assert [e for e in doc.events if e.type == "COERCE" and crusher in names(doc, e.actor)], [
        (e.type, e.trigger.text, names(doc, e.actor)) for e in doc.events]


def test_who_stages_a_protest_protests(nlp):
    """Twin: a light verb ("staged protests") lends the protest its subject."""
    doc = annotated(nlp, "Opposition supporters staged protests in several cities across Iran "
                         "on Friday.")
    assert [e for e in doc.events if e.type == "PROTEST"
            and any("Opposition" in n for n in names(doc, e.actor))]


@pytest.mark.parametrize("text", [
    "Riot police broke up a rally by striking teachers in Lagos on Tuesday.",
    "The court ordered an end to the walkout by striking railworkers on Friday.",
])
def test_striking_workers_are_on_strike_not_struck(nlp, text):
    """"striking teachers", "striking nurses": workers on strike, no blow struck."""
    doc = annotated(nlp, text)
    assert not [e for e in doc.events if e.trigger.text == "striking"], [
        (e.type, e.trigger.text) for e in doc.events]


def test_striking_protesters_with_rifle_butts_is_a_blow(nlp):
    """Twin: protesters struck with rifle butts are hit; protesters do not go on strike."""
    doc = annotated(nlp, "Soldiers in Yangon were accused of striking protesters with rifle "
                         "butts.")
    assert [e for e in doc.events if e.trigger.text == "striking" and e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Asked about the insult, State Senator Mark Halvey declined to repeat the word on Tuesday.",
    "Governor Ellen Brandt refused to answer questions about the prison contract.",
])
def test_declining_to_repeat_or_answer_is_a_silence(nlp, text):
    """"declined to repeat the word", "refused to answer questions": a silence, as "declined
    to comment" is, no refusal of anyone."""
    doc = annotated(nlp, text)
    assert not [e for e in doc.events if e.type == "REJECT"], [(e.type, e.trigger.text)
                                                               for e in doc.events]


def test_declining_to_back_a_budget_is_a_refusal(nlp):
    """Twin: declining to back a budget refuses its author."""
    doc = annotated(nlp, "Senator Mark Halvey declined to back the governor's budget on "
                         "Tuesday.")
    assert [e for e in doc.events if e.type == "REJECT"]


@pytest.mark.parametrize("text, etype, recipient", [
    ("The senator supported the governor's main rival, Tom Harlan, in the 2009 primary.",
     "SUPPORT", "Tom Harlan"),
    ("Lithuania expelled the Russian ambassador's deputy, Oleg Varin, on Friday.",
     "SANCTION", "Oleg Varin"),
])
def test_a_named_apposition_is_whom_the_act_is_towards_not_the_possessor(nlp, text, etype,
                                                                        recipient):
    """"supported the governor's rival, Tom Harlan": the rival, whom the apposition names, is
    supported, not the governor who owns the word "rival"."""
    assert recipient in [name for name, _c, _s in _recipients(nlp, text, etype)]


@pytest.mark.parametrize("text", [
    "The senator nonetheless offered a scorching review of the governor's budget speech.",
    "The former minister offered a spirited defence of the reform in a radio interview.",
])
def test_offering_a_review_or_a_defence_is_no_offer(nlp, text):
    """"offered a scorching review", "offered a spirited defence": words about something,
    no offer of anything to anyone."""
    doc = annotated(nlp, text)
    assert not [e for e in doc.events if e.type == "AGREE"], [(e.type, e.trigger.text)
                                                              for e in doc.events]


def test_offering_talks_is_an_offer(nlp):
    """Twin: offering talks to another government is an offer (AGREE)."""
    doc = annotated(nlp, "Serbia offered talks to Kosovo's government on Monday.")
    assert [e for e in doc.events if e.type == "AGREE"]




def test_who_calls_a_strike_strikes(nlp):
    """Twin: a union that calls a strike is the striker."""
    doc = annotated(nlp, "The Ghana Teachers Union called a strike for Monday.")
    assert [e for e in doc.events if e.type == "PROTEST"
            and "Ghana Teachers Union" in names(doc, e.actor)]


@pytest.mark.parametrize("text, trigger", [
    ("Belarus said it had no intention to negotiate with Lithuania over the border crossings.",
     "negotiate"),
    ("The Kenyan government has no plans to meet the striking doctors' union this week.",
     "meet"),
])
def test_no_intention_to_take_a_step_is_a_refusal(nlp, text, trigger):
    """"has no intention to negotiate", "has no plans to meet": a stated step ruled out, so
    PLOVER's REJECT, not the talks themselves."""
    doc = annotated(nlp, text)
    found = triggered(doc, trigger)
    assert found and found[0].type == "REJECT", [(e.type, e.trigger.text) for e in doc.events]


def test_an_intention_stated_is_still_a_promise(nlp):
    doc = annotated(nlp, "Belarus said it intends to negotiate with Lithuania over the border "
                         "crossings.")
    assert all(e.type != "REJECT" for e in doc.events), [(e.type, e.trigger.text)
                                                          for e in doc.events]


@pytest.mark.parametrize("text", [
    "The Lebanese army declined to provide an attributable comment on the arrests.",
    "A spokesman for the Kenyan police refused to give an interview on Monday.",
    "The interior ministry declined to issue a statement about the deportations.",
])
def test_refusing_to_give_a_comment_is_a_silence(nlp, text):
    """"declined to provide a comment", "refused to give an interview": words withheld from
    the press whoever they would go to, no refusal of anyone."""
    doc = annotated(nlp, text)
    no_events_of(doc, "REJECT")


def test_refusing_to_provide_visas_is_still_a_refusal(nlp):
    doc = annotated(nlp, "Hungary refused to provide visas to the Ukrainian delegation.")
    assert [e.type for e in doc.events] == ["REJECT"]


def test_military_aid_is_aid_not_troops(nlp):
    """"promised to send military aid": the object's head (aid) says what is sent; its
    modifier (military) gives the kind of aid, not troops sent, so the promise is AGREE."""
    doc = annotated(nlp, "Britain promised to send military aid to Mozambique.")
    assert [e.type for e in doc.events] == ["AGREE"], coded(doc, doc.events)


def test_troops_sent_to_a_border_are_still_mobilised(nlp):
    doc = annotated(nlp, "Kenya sent 300 soldiers to its border with Somalia on Monday.")
    assert [e.type for e in doc.events] == ["MOBILIZE"], coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "Commanders offered prizes to the units that photographed the most residents.",
    "Police in Lagos offered a reward of 5 million naira for information on the kidnappers.",
])
def test_offering_a_prize_or_reward_is_no_agreement(nlp, text):
    """A prize, reward or bonus offered is an incentive, not an offer between sides."""
    doc = annotated(nlp, text)
    no_events_of(doc, "AGREE")


def test_offering_talks_is_still_an_agreement_to_meet(nlp):
    doc = annotated(nlp, "Kenya offered talks to Somalia over the border dispute.")
    assert any(e.type == "AGREE" for e in doc.events), coded(doc, doc.events)


# --- stop 53: silences, inability and drawn weapons --------------------------------------------


@pytest.mark.parametrize("text", [
    "Spokesman Tim Olsen declined to offer details about the investigation.",
    "The Peruvian navy declined to give specifics on the operation.",
    "Prosecutors in Graz refused to provide further details of the charges.",
])
def test_declining_to_give_details_is_a_silence(nlp, text):
    """"declined to offer details", "refused to give specifics": details withheld, with no
    one named to receive them, are withheld from the press; no refusal of anyone."""
    doc = annotated(nlp, text)
    no_events_of(doc, "REJECT")


def test_refusing_to_hand_details_to_inspectors_is_still_a_refusal(nlp):
    doc = annotated(nlp, "Iran refused to provide details of its centrifuges to the UN "
                         "inspectors.")
    assert [e.type for e in doc.events] == ["REJECT"], coded(doc, doc.events)


def test_an_act_one_could_not_do_is_negated(nlp):
    """"were unable to meet", like "have not been able to visit" or "failed to meet": the act
    did not take place; the event keeps its own type and is negated."""
    text = "Ukrainian negotiators were unable to meet their Russian counterparts in Istanbul."
    doc = annotated(nlp, text)
    assert doc.events, text
    assert all(e.status == "negated" for e in doc.events), coded(doc, doc.events)


def test_an_act_one_was_able_to_do_took_place(nlp):
    doc = annotated(nlp, "Turkish officials were able to meet Greek envoys in Athens on Monday.")
    assert [(e.type, e.status) for e in doc.events] == [("CONSULT", "asserted")], \
        coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "The gunman pulled out a pistol and fired at the crowd.",
    "A passenger pulled out a revolver during the argument, police said.",
])
def test_drawing_a_weapon_is_no_retreat(nlp, text):
    """"pulled out a knife": a weapon drawn, not a force withdrawn (PLOVER RETREAT)."""
    doc = annotated(nlp, text)
    no_events_of(doc, "RETREAT")


def test_pulling_out_heavy_weapons_is_still_a_retreat(nlp):
    doc = annotated(nlp, "Russia pulled out its heavy weapons from the front line near Donetsk.")
    assert [e.type for e in doc.events] == ["RETREAT"], coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "Instead of conducting raids, Turkish soldiers now use drones to watch the villages.",
    "Instead of bombing the depot, the air force dropped leaflets over the town.",
])
def test_an_act_done_instead_of_another_leaves_the_other_undone(nlp, text):
    """"instead of conducting raids", "instead of bombing the depot": the act set aside did
    not take place."""
    doc = annotated(nlp, text)
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.status != "negated"], \
        coded(doc, doc.events)


def test_raids_conducted_are_still_assaults(nlp):
    doc = annotated(nlp, "Turkish soldiers conducted raids on three Kurdish villages on Monday.")
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "asserted")], \
        coded(doc, doc.events)


def test_police_fire_in_a_home_story_is_towards_no_other_country(nlp):
    """A police officer who returns fire in a story set at home acts against a gunman, not
    against the other country the story names (where the gunman came from)."""
    doc = annotated(nlp, "NEWARK, N.J. — A man who arrived from Pakistan in 2011 was arrested "
                         "on Monday after a gunfight with the police. An officer returned fire, "
                         "the police chief said. Pakistan's consulate in New York said it had "
                         "not been contacted, and Pakistan's foreign ministry said it was "
                         "seeking information.")
    fire = [e for e in doc.events if e.trigger.text == "returned"]
    assert fire and not [i for i in fire[0].recipient if doc.entity(i).country == "PAK"], \
        coded(doc, doc.events)


def test_troops_returning_fire_still_fire_at_the_other_side(nlp):
    doc = annotated(nlp, "YEREVAN (Agency) — Azerbaijani forces shelled Armenian positions near "
                         "Jermuk overnight, the defence ministry said. Armenian troops returned "
                         "fire, it said. Azerbaijan's defence ministry denied the report and "
                         "said Azerbaijan had only responded to provocations.")
    fire = [e for e in doc.events if e.trigger.text == "returned"]
    assert fire and {doc.entity(i).country for i in fire[0].recipient} == {"AZE"}, \
        coded(doc, doc.events)


@pytest.mark.parametrize("text, recipient", [
    ("Iran's state newspaper blasted Saudi Arabia on Tuesday for its oil policy.", "SAU"),
    ("Venezuela's foreign minister castigated Colombia over the closure of the border.", "COL"),
    ("Peru's president berated Chile for the delays at the border crossing.", "CHL"),
])
def test_verbs_of_scolding_are_disapproval(nlp, text, recipient):
    """"blasted X for", "castigated X over", "berated X for": words of censure (ACCUSE
    disapprove), as "slammed" and "lambasted" are."""
    doc = annotated(nlp, text)
    assert [(e.type, {doc.entity(i).country for i in e.recipient}) for e in doc.events] == [
        ("ACCUSE", {recipient})], coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "Engineers blasted the rock face for three days to widen the mountain road.",
    "The striker blasted the ball over the bar in the last minute.",
])
def test_blasting_rock_or_a_ball_is_no_censure(nlp, text):
    doc = annotated(nlp, text)
    no_events_of(doc, "ACCUSE")


def test_a_state_within_a_country_is_no_anaphor_of_another_country(nlp):
    """"Amazonas (the largest state in Brazil) declared": a state of Brazil, not the last
    country the text named ("VICE US")."""
    doc = annotated(nlp, "This article originally appeared on VICE US. Earlier this month, "
                         "Amazonas (the largest state in Brazil) declared a state of emergency "
                         "over the rising number of forest fires.")
    assert not [i for e in doc.events for i in e.actor if doc.entity(i).country == "USA"], \
        coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "The governor of Sonora declared a state of emergency over the wildfires on Tuesday.",
    "Fiji's government declared a state of emergency after the cyclone destroyed 3,000 homes.",
])
def test_an_emergency_declared_over_a_disaster_is_no_coercion(nlp, text):
    """A state of emergency declared over fires, floods or a cyclone is a relief measure, not
    PLOVER's martial law (COERCE), which is a step against people."""
    doc = annotated(nlp, text)
    no_events_of(doc, "COERCE")


def test_an_emergency_declared_over_protests_is_still_coercion(nlp):
    doc = annotated(nlp, "Ecuador's president declared a state of emergency over the protests "
                         "in Quito on Tuesday.")
    assert [e.type for e in doc.events if e.type == "COERCE"], coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "In the end, rangers from the Kenya Wildlife Service managed to round up the goats and "
    "fly them off the island.",
    "Police in Lagos rounded up 40 stray dogs near the airport on Monday.",
])
def test_animals_rounded_up_are_no_arrest(nlp, text):
    """"rounded up the goats", "rounded up stray dogs": animal control, not an arrest of
    people (COERCE)."""
    doc = annotated(nlp, text)
    no_events_of(doc, "COERCE")


def test_people_rounded_up_are_still_arrested(nlp):
    doc = annotated(nlp, "Police in Lagos rounded up 40 street traders near the airport on "
                         "Monday.")
    assert [e.type for e in doc.events] == ["COERCE"], coded(doc, doc.events)


@pytest.mark.parametrize("text", [
    "BISHKEK, Kyrgyzstan (Agency) — Two Kyrgyz border guards were killed on Thursday when "
    "their post near the village of Kok-Tash was fired on from across the border with "
    "Tajikistan, the border service said.",
    "Three Nigerien soldiers were killed when their convoy was ambushed near the Malian border, "
    "the army said.",
])
def test_an_attack_and_its_dead_told_in_one_sentence_are_one_assault(nlp, text):
    """"were killed when their post was fired on": one attack told by its toll and its form,
    one event (the other trigger a mention of it), as a coder codes it once."""
    doc = annotated(nlp, text)
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and len(assaults[0].mentions) == 1, coded(doc, doc.events)


def test_an_attack_on_one_side_and_killings_of_another_stay_two(nlp):
    doc = annotated(nlp, "Gunmen attacked a police station in Kano and killed four officers.")
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == 2, coded(doc, doc.events)



@pytest.mark.parametrize("text, trigger, etype", [
    ("Gunmen murdered a village chief in Zamfara, Nigeria, on Tuesday.", "murdered", "ASSAULT"),
    ("The murder of a Honduran activist by hired gunmen drew protests.", "murder", "ASSAULT"),
    ("Militants slew five Afghan soldiers at a checkpoint near Kunduz.", "slew", "ASSAULT"),
    ("A man stabbed a British MP at a constituency meeting in Essex.", "stabbed", "ASSAULT"),
    ("The stabbing of an Israeli guard by a Palestinian teenager in Jerusalem was filmed.",
     "stabbing", "ASSAULT"),
    ("Villagers lynched two Indian cattle traders in Jharkhand, police said.", "lynched",
     "ASSAULT"),
    ("Soldiers strangled a Sudanese protester in Khartoum, witnesses said.", "strangled",
     "ASSAULT"),
    ("Al-Shabaab fighters beheaded three Kenyan teachers near the Somali border.", "beheaded",
     "ASSAULT"),
    ("Riot police assaulted a Georgian journalist outside parliament in Tbilisi.", "assaulted",
     "ASSAULT"),
    ("Gunmen gunned down a Mexican judge in Michoacan on Monday.", "gunned", "ASSAULT"),
    ("The kidnapping of six Cameroonian teachers by separatists was condemned.", "kidnapping",
     "ASSAULT"),
    ("The abduction of a Colombian mayor by ELN rebels ended after a week.", "abduction",
     "ASSAULT"),
    ("French prosecutors prosecuted a Rwandan doctor for genocide.", "prosecuted", "ACCUSE"),
    ("A court in Lagos returned a guilty verdict against a Nigerian senator.", "verdict",
     "SANCTION"),
    ("The Canadian prime minister lauded the Ukrainian army for its courage.", "lauded",
     "SUPPORT"),
    ("The Egyptian president extolled the Saudi crown prince at a summit in Riyadh.", "extolled",
     "SUPPORT"),
    ("The Indian navy reprimanded a Sri Lankan captain for entering its waters.", "reprimanded",
     "ACCUSE"),
    ("The Ghanaian speaker chastised the Ghanaian finance minister in parliament.", "chastised",
     "ACCUSE"),
    ("The Brazilian president lashed out at the Argentine government over the tariffs.",
     "lashed", "ACCUSE"),
    ("Turkish police apprehended two Syrian smugglers near the border.", "apprehended",
     "COERCE"),
    ("Spanish police nabbed a Dutch fugitive at a marina in Marbella.", "nabbed", "COERCE"),
    ("A Kenyan court found the former Kenyan governor guilty of graft.", "found", "SANCTION"),
    ("The ruling Polish party defended the Polish justice minister against calls to resign.",
     "defended", "SUPPORT"),
    ("Ethiopian and Tigrayan forces observed the ceasefire through the weekend.", "observed",
     "RETREAT"),
    ("Nigerian doctors downed tools over unpaid wages.", "downed", "PROTEST"),
    ("The Haitian prime minister implored the United Nations to send police.", "implored",
     "REQUEST"),
    ("Greek farmers petitioned the Greek government to cut diesel taxes.", "petitioned",
     "REQUEST"),
    ("The Dutch regulator fined Heineken 12 million euros for misleading customers.",
     "fined", "SANCTION"),
])
def test_plain_verbs_and_nouns_of_news_are_in_the_lexicon(nlp, text, trigger, etype):
    """The lexicon names the plain words of each act (murdered, slew, stabbed, lynched, a
    kidnapping, prosecuted, a guilty verdict, lauded, reprimanded, lashed out)."""
    doc = annotated(nlp, text)
    assert [e.type for e in triggered(doc, trigger)] == [etype], coded(doc, doc.events)


@pytest.mark.parametrize("text, trigger, etype, mode", [
    ("Chad urged Sudan to free the detained aid workers.", "urged", "REQUEST", "yield"),
    ("Peru asked Chile to send firefighting planes to the Amazon.", "asked", "REQUEST",
     "assist"),
    ("Armenia urged Azerbaijan to hold talks in Vienna.", "urged", "REQUEST", "meet"),
    ("Serbia threatened to arrest the Kosovo officials if they crossed the line.",
     "threatened", "THREATEN", "arrest"),
    ("Iran threatened to attack Israeli ships in the Gulf.", "threatened", "THREATEN",
     "violence"),
    ("Algeria threatened to expel the French ambassador.", "threatened", "THREATEN", "expel"),
])
def test_a_request_or_threat_takes_its_mode_from_the_act_it_names(nlp, text, trigger, etype,
                                                                   mode):
    """PLOVER gives a request or a threat the mode of what is asked or threatened: a release
    asked is "yield", aid "assist", talks "meet"; an arrest threatened is "arrest", an attack
    "violence", an expulsion "expel"."""
    doc = annotated(nlp, text)
    found = [e for e in triggered(doc, trigger) if e.type == etype]
    assert [e.mode for e in found] == [mode], [(e.type, e.mode) for e in doc.events]


def test_an_act_set_aside_with_rather_than_is_not_done(nlp):
    """"Rather than arresting the protesters, police escorted them": as with "instead of",
    the act set aside did not happen."""
    doc = annotated(nlp, "Rather than arresting the protesters, Kenyan police escorted them "
                         "out of the square in Nairobi.")
    assert all(e.status == "negated" for e in doc.events if e.type == "COERCE"), [
        (e.type, e.trigger.text, e.status) for e in doc.events]
    assert any(e.type == "COERCE" for e in doc.events), coded(doc, doc.events)
