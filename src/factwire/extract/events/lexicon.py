"""The trigger lexicon (``data/events_lexicon.json``): lemmas and parts of speech that report
a PLOVER action, with their constraints, plus the closed word lists the coder uses. A CAMEO verb
dictionary adds rules of source ``verbs-dict``. The lexicon proposes and informs; the trained
type scorer decides.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

from factwire.extract import actors_lexicon
from factwire.extract._common import data_json


@dataclass(frozen=True)
class TriggerRule:
    """One lexicon entry: a lemma and part of speech that report a PLOVER action."""

    lemma: str
    pos: str
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    prt: str | None = None  # particle or preposition that must hang on the trigger
    obj: tuple[str, ...] = ()  # lemmas the object (or the noun's own phrase) must contain
    obj_entity: bool = False  # the object must be an entity
    obj_kinds: tuple[str, ...] = ()  # the object must be an entity of one of these kinds
    # ("person": "told him to stop"; "media": "shut down the Halden Courier")
    obj_not: tuple[str, ...] = ()  # lemmas the object must not be ("told reporters to expect")
    mod: tuple[str, ...] = ()  # lemmas one of the trigger's modifiers must have
    # lemmas its subject or from- / by-phrase must have ("came under fire from militants")
    parties: tuple[str, ...] = ()
    parties_not: tuple[str, ...] = ()  # ... must not have ("came under fire from critics")
    purpose: tuple[str, ...] = ()  # lemmas its purpose must have ("gathered to oppose X",
    # "gathered in protest")
    compound: str | None = None
    comp_aux: tuple[str, ...] = ()  # its clausal complement must have one ("said X must ...")
    no_predicate: bool = False  # no predicative complement ("called the sanctions illegal")
    patient: bool = False  # someone undergoes it: an object, a passive subject ("are arresting
    # without warrants" is a habit, no arrest)
    predicate: bool = False  # a predicative complement: a verdict ("called the seizure illegal")
    # lemmas the verdict's head must (or must not) be ("a breakthrough": praise; "president":
    # a description, no verdict)
    verdict_words: tuple[str, ...] = ()
    verdict_not: tuple[str, ...] = ()
    reverse: bool = False  # the subject receives, the from-phrase gives ("receive aid from")
    stative: bool = False  # "is opposed to": the passive-looking subject is the actor
    guest_acts: bool = False  # "hosted X", "X was received by Y": the visitor is the actor
    recipient_type: tuple[str, str | None] | None = None  # type, mode when a recipient is found
    source: str = "lexicon"


@dataclass
class Lexicon:
    rules: dict[tuple[str, str], list[TriggerRule]]
    mode_words: dict[str, dict[str, set[str]]]
    recipient_required: set[str]
    actor_required: set[str]
    symmetric: set[str]
    recipient_preps: set[str]
    place_recipient_types: set[str]
    undergoer_modes: set[str]
    acts_against_types: set[str]
    home_place_recipient_types: set[str]
    place_preps: set[str]
    hypothetical_threat_types: set[str]
    origin_from_types: set[str]  # "sent aid from X": X is where it comes from (TYPE or TYPE/mode)
    reaction_types: set[str]  # "condemned the arrests": recipient = who arrested
    decision_acts: set[str]  # what "the ruling" a reaction names may take up
    stance_types: set[str]  # "welcomed the ruling": recipient = who made it (maybe unnamed)
    host_recipient_types: set[str]  # foreign aid with no recipient goes to the story's country
    host_pledge_types: set[str]  # ... and so does a pledge of aid ("pledged 2 million dollars")
    possible_modals: set[str]
    expected_modals: set[str]
    expected_governors: set[str]
    conditional_marks: set[str]
    light_verbs: set[str]
    intent_modals: set[str] = field(default_factory=set)
    intent_governors: set[str] = field(default_factory=set)
    intent_recode: dict[str, str] = field(default_factory=dict)  # type → promised|threatened
    refusal_types: set[str] = field(default_factory=set)  # "will not meet" → REJECT
    threat_marks: set[str] = field(default_factory=set)  # "... unless": a threat whatever the step
    promise_verbs: set[str] = field(default_factory=set)  # "pledged to impose sanctions"
    hostile_steps: set[str] = field(default_factory=set)  # "vowed to punish": a threat
    causatives: dict[str, set[str]] = field(default_factory=dict)  # "swore to make X pay"
    acceptance_verbs: set[str] = field(default_factory=set)  # "did not accept": a refusal
    condition_marks: set[str] = field(default_factory=set)  # "until", "once", "if" ...
    condition_modals: set[str] = field(default_factory=set)  # ... of a step still to come
    classes: dict[str, set[str]] = field(default_factory=dict)
    modes: dict[str, set[str]] = field(default_factory=dict)  # the modes of each type

    def from_is_origin(self, type_: str, mode: str | None) -> bool:
        """Is a 'from' phrase of this type (and mode) where the act comes from, not whom it
        reaches ("sent aid from X", "deported from Arizona")?"""
        return type_ in self.origin_from_types or f"{type_}/{mode}" in self.origin_from_types

    def lookup(self, lemma: str, pos: str) -> list[TriggerRule]:
        return self.rules.get((lemma, pos), [])


ENTITY_KIND_OBJECTS = frozenset({"person", "media"})  # obj names that ask for an entity kind


def _expand_obj(value, classes: dict[str, set[str]]
                ) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """An ``obj`` constraint as lemmas, plus whether it asks for an entity, and of which kinds
    ("person", "media")."""
    if value is None:
        return (), False, ()
    names = [value] if isinstance(value, str) else list(value)
    lemmas: list[str] = []
    entity = False
    kinds: list[str] = []
    for name in names:
        if name == "entity":
            entity = True
        elif name in ENTITY_KIND_OBJECTS:
            kinds.append(name)
        elif name in classes:
            lemmas.extend(sorted(classes[name]))
        else:
            lemmas.append(name)
    return tuple(lemmas), entity, tuple(kinds)


def _rule_from_json(item: dict, classes: dict[str, set[str]]) -> TriggerRule:
    obj, obj_entity, obj_kinds = _expand_obj(item.get("obj"), classes)
    rt = item.get("recipient_type")
    return TriggerRule(
        lemma=item["lemma"].lower(),
        pos=item["pos"],
        type=item["type"],
        mode=item.get("mode"),
        context=tuple(item.get("context", ())),
        prt=item.get("prt"),
        obj=obj,
        obj_entity=obj_entity,
        obj_kinds=obj_kinds,
        obj_not=_expand_obj(item.get("obj_not"), classes)[0],
        mod=tuple(item.get("mod", ())),
        parties=_expand_obj(item.get("parties"), classes)[0],
        parties_not=_expand_obj(item.get("parties_not"), classes)[0],
        purpose=_expand_obj(item.get("purpose"), classes)[0],
        compound=item.get("compound"),
        comp_aux=tuple(item.get("comp_aux", ())),
        no_predicate=bool(item.get("no_predicate", False)),
        patient=bool(item.get("patient", False)),
        predicate=bool(item.get("predicate", False)),
        verdict_words=_expand_obj(item.get("verdict_words"), classes)[0],
        verdict_not=_expand_obj(item.get("verdict_not"), classes)[0],
        reverse=bool(item.get("reverse", False)),
        stative=bool(item.get("stative", False)),
        guest_acts=bool(item.get("guest_acts", False)),
        recipient_type=(rt["type"], rt.get("mode")) if rt else None,
    )


@functools.cache
def _builtin() -> dict:
    return data_json("events_lexicon.json")


# Closed word lists (events_lexicon.json "words"; what each is for is told there).
_WORDS = _builtin()["words"]


PHRASE_PREPS = frozenset(_WORDS["phrase_preps"])


BACKGROUND_PREPS = frozenset(_WORDS["background_preps"])
MOTIVE_NOUNS = frozenset(_WORDS["motive_nouns"])  # "fired missiles in protest of"
BORDER_NOUNS = frozenset(_WORDS["border_nouns"])  # "near the Namibian border": where
LOCATIVE_PREPS = frozenset(_WORDS["locative_preps"])
INTENT_NOUNS = frozenset(_builtin()["intent"]["intent_nouns"])  # "no intention to talk"
AIM_HOLDING_VERBS = frozenset(_builtin()["intent"]["aim_holding_verbs"])  # "has plans to"
NEGATIVE_GOVERNORS = frozenset(_builtin()["status_cues"]["negative_governors"])  # "unable to"
SET_ASIDE_MARKS = {prep: frozenset(words)  # "instead of conducting raids"
                   for prep, words in _builtin()["status_cues"]["set_aside_marks"].items()}


RELATIVE_WORDS = frozenset(_WORDS["relative_words"])


PERSON_PRONOUNS = frozenset(_WORDS["person_pronouns"])


THING_PRONOUNS = frozenset(_WORDS["thing_pronouns"])


GROUP_PRONOUNS = frozenset(_WORDS["group_pronouns"])


FIRST_PERSON = frozenset(_WORDS["first_person"])


DEFINITE_ACTOR_NOUNS = frozenset(_WORDS["definite_actor_nouns"])
COUNTRY_NOUNS = frozenset(_WORDS["country_nouns"])  # "the country": a country only
PAIR_NOUNS = frozenset(_WORDS["pair_nouns"])  # "the two countries": the last two named


IMPLICIT_RECIPIENTS: dict = _builtin()["implicit_recipients"]
PERSON_NOUNS = frozenset(IMPLICIT_RECIPIENTS["person_nouns"])
NOT_PEOPLE = frozenset(IMPLICIT_RECIPIENTS["not_people"])  # role nouns for machines, units


def people_sector(lemma: str) -> tuple[bool, str | None]:
    """Is a common noun one for people ("man", "suspects", "villagers"), and the sector it
    gives them: a person noun is a civilian, a role noun has its own (actors_agents.tsv), and
    any other noun of the people who can be held (``people_held``: "skippers") is a civilian."""
    if lemma in PERSON_NOUNS:
        return True, "CVL"
    if lemma in NOT_PEOPLE:
        return False, None
    agent = actors_lexicon.lexicon().agents.get(lemma)
    if agent is not None and agent.kind in {"person", "group"} and not agent.not_actor:
        return True, agent.sector
    if lemma in PEOPLE_NOUNS:  # people who can be held or charged ("two skippers")
        return True, "CVL"
    return False, None


# The built-in place prepositions, for the resolver (a settings lexicon may add its own).
PLACE_PREPS = frozenset(_builtin()["type_rules"]["place_preps"])
PEOPLE_NOUNS = frozenset(_builtin()["classes"]["people_held"])  # "a Syracuse man"


@dataclass(frozen=True)
class Modality:
    """One row of the modality table: the type a stated modality gives an act, and whether
    the statement itself was made (so its wording does not hedge it)."""

    name: str
    type: str
    made: bool
    # with nobody named to direct it at, the act itself stands (expected): "said it would
    # send two more patrol ships to the area" is a mobilisation, not a threat to no one
    undirected_is_act: bool = False


MODALITY = {name: Modality(name, row["type"], bool(row["made"]),
                           bool(row.get("undirected_is_act")))
            for name, row in _builtin()["modality"].items() if not name.startswith("_")}


def build_lexicon(extra: Iterable[TriggerRule] = ()) -> Lexicon:
    """The built-in lexicon, with extra rules (from a verb dictionary) after the built-in ones."""
    data = _builtin()
    classes = {k: set(v) for k, v in data["classes"].items() if not k.startswith("_")}
    rules: dict[tuple[str, str], list[TriggerRule]] = {}
    for item in data["triggers"]:
        rule = _rule_from_json(item, classes)
        rules.setdefault((rule.lemma, rule.pos), []).append(rule)
    for rule in extra:
        rules.setdefault((rule.lemma, rule.pos), []).append(rule)
    tr = data["type_rules"]
    cues = data["status_cues"]
    return Lexicon(
        rules=rules,
        mode_words={t: {m: set(ws) for m, ws in modes.items()}
                    for t, modes in data["mode_words"].items()},
        modes={t: set(modes) for t, modes in data["modes"].items()},
        recipient_required=set(tr["recipient_required"]),
        actor_required=set(tr["actor_required"]),
        symmetric=set(tr["symmetric"]),
        recipient_preps=set(tr["recipient_preps"]),
        place_recipient_types=set(tr["place_recipient_types"]),
        undergoer_modes=set(tr["undergoer_modes"]),
        acts_against_types=set(tr["acts_against_types"]),
        home_place_recipient_types=set(tr["home_place_recipient_types"]),
        place_preps=set(tr["place_preps"]),
        hypothetical_threat_types=set(tr["hypothetical_threat_types"]),
        origin_from_types=set(tr["origin_from_types"]),
        reaction_types=set(tr["reaction_types"]),
        decision_acts=set(tr["decision_acts"]),
        stance_types=set(tr["stance_types"]),
        host_recipient_types=set(tr["host_recipient_types"]),
        host_pledge_types=set(tr["host_pledge_types"]),
        possible_modals=set(cues["possible_modals"]),
        expected_modals=set(cues["expected_modals"]),
        expected_governors=set(cues["expected_governors"]),
        conditional_marks=set(cues["conditional_marks"]),
        condition_marks=set(cues["condition_marks"]),
        condition_modals=set(cues["condition_modals"]),
        light_verbs=set(data["light_verbs"]),
        intent_modals=set(data["intent"]["modals"]),
        intent_governors=set(data["intent"]["governors"]),
        intent_recode={**{t: "promised" for t in data["intent"]["to_agree"]},
                       **{t: "threatened" for t in data["intent"]["to_threaten"]}},
        refusal_types=set(data["intent"]["to_reject"]),
        threat_marks=set(data["intent"]["threat_marks"]),
        promise_verbs=set(data["intent"]["promise_verbs"]),
        hostile_steps=set(data["intent"]["hostile_steps"]),
        causatives={verb: set(results)
                    for verb, results in data["intent"]["causatives"].items()},
        acceptance_verbs=set(data["intent"]["acceptance_verbs"]),
        classes=classes,
    )

