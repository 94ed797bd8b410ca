"""The document's country context: which country "the police", "the Senate", "the Supreme
Court" or "the ministry" belong to when the text names none.

In order: the dateline ("NAIROBI, Kenya (AP) —": the country written after the place, else
the place's own country), then the country the document names most (at least twice and more
than any other), then the outlet's home country, then the country its usage shows (a county
court, a city council, a police chief and dollar sums: ``usage_countries`` in
actors_cues.json). A code set this way is marked
``country_source = "context"``: inferred, not read.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factwire.extract import datelines
from factwire.extract._common import data_json, without_article
from factwire.extract.geocode import unaccented
from factwire.model import Dateline, Document, Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factwire.extract.actors_lexicon import Lexicon

# The state's own offices (known without their country: "NASA"), and with parties and the
# opposition the domestic institutions and office holders a context country may code.
STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
DOMESTIC_SECTORS = STATE_SECTORS | {"OPP", "PTY"}
# Armed forces: in a story set where a foreign army holds security (``homes_without_armies``)
# that names one country's forces, a bare "the military" or "soldiers" is that country's.
ARMED_SECTORS = frozenset({"MIL"})
HOMES_WITHOUT_ARMIES = frozenset(data_json("actors_cues.json")["homes_without_armies"])


def place_country(name: str, lex: Lexicon) -> str | None:
    """The country of a place or country name ("Kyiv", "Ukraine", "D.C." is none)."""
    for form in (name, name.title()):
        k = lex.known.get(form)
        if k is not None and k.kind in ("country", "capital", "demonym") and k.code:
            return k.code
        code = lex.capitals.get(form) or lex.places.get(form)
        if code:
            return code
    return None


@functools.cache
def _regions() -> dict[str, str]:
    """First-level regions (states, provinces) by name → country, where the name is one
    country's only (pycountry's subdivisions; "Punjab", of two, is left out), and the
    state abbreviations of news style (``state_abbreviations``)."""
    import pycountry

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            found.setdefault(sub.name, set()).add(sub.country_code)
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    regions = {name: alpha3[next(iter(codes))] for name, codes in found.items()
               if len(codes) == 1 and next(iter(codes)) in alpha3}
    regions.update({unaccented(name): code for name, code in regions.items()
                    if unaccented(name) != name})  # "Michoacan" as often as "Michoacán"
    regions.update(data_json("actors_cues.json")["state_abbreviations"])
    return regions


def region_country(name: str, lex: Lexicon) -> str | None:
    """The country of a state or province written after a town ("Alabama", "Va.",
    "Ontario"); None for a name that is also a country's ("Georgia"), or no region."""
    known = lex.known.get(name)
    if known is not None and known.kind == "country":
        return None
    return _regions().get(name)


REGION_WORDS = frozenset(data_json("actors_cues.json")["region_words"])
FEATURE_WORDS = frozenset(data_json("actors_cues.json")["feature_words"])


def named_region_country(name: str, lex: Lexicon) -> str | None:
    """The country of a state or province named as a place, with or without its kind
    ("Kaduna State", "Sindh province", "Guerrero"): a name of one country's regions only, and
    none that is a country's own name ("Georgia")."""
    words = without_article(name).split()
    if len(words) >= 2 and words[-1].lower() in REGION_WORDS:
        words = words[:-1]  # "Plateau State": the region, whatever its name's words
    elif any(w.lower() in FEATURE_WORDS for w in words):
        return None  # "the Red Sea" is no Sudanese state
    region = " ".join(words)
    if len(region) < 4:
        return None
    return region_country(region, lex) or region_country(unaccented(region), lex)


def dateline_country(doc: Document, dateline: Dateline | None, lex: Lexicon) -> str | None:
    if dateline is None:
        return None
    parsed = datelines.parse(doc.text[dateline.span[0]:])
    region = parsed.region if parsed else None
    return (region and (region_country(region, lex) or place_country(region, lex))) or \
        place_country(dateline.place or "", lex)  # "BIRMINGHAM, Ala.", "LONDON, Ontario"


@functools.cache
def _foreign_posts() -> frozenset[str]:
    return frozenset(data_json("actors_cues.json")["foreign_posts"])


def posted_abroad(name: str) -> bool:
    """An embassy, an ambassador or an envoy: a guest of the story's country."""
    low = name.lower()
    return any(word in _foreign_posts() for word in low.split()) or any(
        " " in post and post in low for post in _foreign_posts())


def _post_of(parsed: Doc | None, head: int) -> bool:
    """Is the name the country of a post abroad ("the ambassadors of Sweden and Finland")?"""
    if parsed is None or head < 0:
        return False
    tok = _first_conjunct(parsed[head])
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
        posted_abroad(tok.head.head.text)


def dominant_country(phrases: list, lex: Lexicon, parsed: Doc | None = None) -> str | None:
    """The country the text names most, when it stands out (≥ 2 mentions, no tie); its posts
    abroad (embassies, ambassadors, envoys, and the countries they are of) and its name as a
    topic ("the Ukraine scandal") do not count. Each office holder the knowledge base knows
    counts once for their country: a story of Canada's prime minister and ministers that
    names Britain as a model is Canada's ("the Government" is Ottawa's)."""
    return leading(country_counts(phrases, lex, parsed))


def country_counts(phrases: list, lex: Lexicon, parsed: Doc | None = None) -> Counter[str]:
    """How often the text names each country, as ``dominant_country`` counts them."""
    counts = Counter(p.code for p in _naming_a_country(phrases, lex, parsed))
    holders = {p.name: p.code for p in phrases
               if p.kind == "person" and p.source == "dictionary" and p.code
               and p.sector in DOMESTIC_SECTORS and p.code not in lex.igo_codes
               and not posted_abroad(p.name)}
    counts.update(holders.values())
    return counts


def _naming_a_country(phrases: list, lex: Lexicon, parsed: Doc | None) -> list:
    """The phrases that name a country in the text (its name, its people, its places and
    bodies), as ``country_counts`` counts them."""
    return [p for p in phrases if p.code and p.code not in lex.igo_codes
            and p.source in (None, "text") and p.anaphor is None
            and not posted_abroad(p.name) and not _post_of(parsed, p.head)
            and not _topic(parsed, p.head)]


def _topic(parsed: Doc | None, head: int) -> bool:
    """Is the name a topic: a country's name modifying a common noun ("the Ukraine scandal",
    "the Ukraine call"), what the story is about rather than where it is set?"""
    if parsed is None or head < 0:
        return False
    tok = parsed[head]
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN" and \
        tok.head.i > tok.i


def leading(counts: Counter[str]) -> str | None:
    """The country counted most, when it stands out: twice at least, and no tie."""
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


# A story datelined in one country is about another when the body names the other at least
# this often, this many times as often as the first and more than any third (``leading``),
# and names the first only as a place people go to or come from.
ABROAD_LEAST = 3
ABROAD_RATIO = 3
_PLACES = data_json("actors_cues.json")["places_gone_to"]  # "fled into Turkey"
PLACE_PREPOSITIONS = frozenset(_PLACES["prepositions"])
DEPARTURE_VERBS = frozenset(_PLACES["departure_verbs"])  # "have left for South Africa"
EDGE_NOUNS = frozenset(_PLACES["edge_nouns"])  # "across the Turkish border"
SETTLEMENT_NOUNS = frozenset(data_json("actors_cues.json")["place_nouns"])  # "the … town of"
NEIGHBOUR_WORDS = frozenset(_PLACES["neighbour_words"])  # "neighbouring Malaysia"
GUEST_TITLES = frozenset(data_json("actors_cues.json")["envoy_titles"])  # "mediators from"
# A story filed from abroad whose body names that country's state ("Ecuador's government")
# and names the bureau's country only as a bystander is that country's story when it names
# it at least this many times as often as it turns aside to the bureau's (``_asides``).
STATED_ABROAD_RATIO = 2


def filed_from_abroad(dateline: str | None, phrases: list, lex: Lexicon,
                      parsed: Doc | None) -> str | None:
    """The country a story is about when it was filed from a bureau elsewhere ("BEIRUT
    (Reuters) — Syrian forces …" with Lebanon named again at most as where refugees fled):
    the dateline says where the reporter sits, not whose police, army and ministries the
    story means. None when the dateline's country does or suffers anything in the body, by
    its name, people, places or bodies ("KYIV — Russian drones … Ukraine's air force said";
    "near Kharkiv"): then the story is set there, however often it names the attacker. A
    body that never names the dateline's country at all and names another's state ("Zambia's
    government", "Ethiopian troops") at least twice over is that other country's story."""
    if dateline is None or parsed is None:
        return None
    named = _naming_a_country(phrases, lex, parsed)
    counts = Counter(p.code for p in named)
    lead = leading(counts)
    if lead is None or lead == dateline or _hosts_envoy_of(lead, phrases):
        return None
    own = [p for p in phrases if p.code == dateline and p.source in (None, "text")
           and p.anaphor is None]  # as a topic too ("the Penghu islands")
    if not all(_bystander(parsed, p) for p in own):
        return None
    if (_state_named(lead, named, parsed) or any(_outsider(parsed, p) for p in own)) and \
            counts[lead] >= STATED_ABROAD_RATIO * _asides(parsed, own):
        return lead  # "JOHANNESBURG — Zambia's government declared …", the bureau's country
        # never named again, or as where people may flee; "DAKAR — … Neighbouring Senegal
        # advised its citizens …": the bureau's country says it is an outsider
    return lead if counts[lead] >= ABROAD_LEAST and \
        counts[lead] >= ABROAD_RATIO * counts[dateline] else None


def _hosts_envoy_of(code: str, phrases: list) -> bool:
    """Does the text name an envoy or embassy of ``code`` ("summoned the Armenian
    ambassador", "expelled the Peruvian charge d'affaires")? A guest there, so the story is
    set in another country, not in ``code``."""
    return any(p.code == code and p.kind != "country" and (
        posted_abroad(p.name) or (p.title is not None and posted_abroad(p.title)))
        for p in phrases)  # ("Russia's ambassador, Pavel Orlov": his title says it)


def _bystander(parsed: Doc, phrase) -> bool:
    """Is a mention of the bureau's country only a bystander in the story: a place people go
    to, come from or arrive in ("fled into Turkey", "in the Kenyan border town of Moyale"), a
    neighbour ("neighbouring Malaysia and Cambodia advised their citizens"), the home of the
    mediators or envoys ("mediators from Egypt"), aid agencies and rights groups working
    there? Its state acting at home is no bystander ("Egypt's interior ministry said it had
    deported …")."""
    return _outsider(parsed, phrase) or (
        phrase.kind == "country" and _only_a_place(parsed, phrase.head)) or (
        phrase.kind == "location" and _only_a_place(parsed, phrase.head, at_border=True))


def _outsider(parsed: Doc, phrase) -> bool:
    """Does the text say the bureau's country is an outsider to the story: a neighbour, the
    home of mediators or envoys, aid agencies and rights groups (``_bystander``)?"""
    if phrase.sector in INTERNATIONAL_SECTORS:
        return True
    if phrase.head < 0:
        return False
    tok = _first_conjunct(parsed[phrase.head])
    if tok.lemma_.lower() in GUEST_TITLES or any(
            child.lower_ in NEIGHBOUR_WORDS for child in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and \
        tok.head.head.lemma_.lower() in GUEST_TITLES


def _asides(parsed: Doc, phrases: list) -> int:
    """In how many sentences the phrases stand: how often a story turns aside to a
    bystander, however many names it gives it there ("mediators from Egypt", a border town
    and its aid agencies)."""
    return len({parsed[p.head].sent.start for p in phrases if p.head >= 0})


def _first_conjunct(tok: Token) -> Token:
    """The first of a list the token is in ("Malaysia" of "Malaysia and Cambodia")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _state_named(code: str, named: list, parsed: Doc) -> bool:
    """Does the text name the state of ``code`` ("Zambia's government", "Ethiopian troops")
    and the country itself or a place in it by name ("in Ethiopia's north", "in Lusaka")?
    Its forces and their arms alone ("NEW DELHI — Pakistani troops fired across the
    frontier, and Pakistani drones …") are an attacker in the home country's story."""
    return any(p.code == code and p.kind != "location" and p.sector in STATE_SECTORS
               for p in named) and any(
        p.code == code and p.head >= 0 and parsed[p.head].pos_ == "PROPN" and (
            p.kind == "location" or (p.kind == "country" and p.sector is None)) for p in named)


def _only_a_place(parsed: Doc, head: int, *, at_border: bool = False) -> bool:
    """Is a country's or place's name only where someone goes or comes from ("fled into
    Turkey", "across the Turkish border", "talks in Egypt", "have left for South Africa",
    "in the Kenyan border town of Moyale")? With ``at_border``, a town or city only where
    it lies on the border ("near Kharkiv" is where the story happens)."""
    if head < 0:
        return False
    tok = _first_conjunct(parsed[head])
    for _ in range(2):  # "the Kenyan border town": the adjective, then "border", on "town"
        if tok.dep_ in ("amod", "compound", "poss") and \
                tok.head.lemma_.lower() in EDGE_NOUNS | SETTLEMENT_NOUNS:
            tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in SETTLEMENT_NOUNS:
        tok = tok.head.head  # "the border town of Moyale"
    if at_border and not (tok.lemma_.lower() in EDGE_NOUNS or any(
            child.lemma_.lower() in EDGE_NOUNS for child in tok.children)):
        return False
    return tok.dep_ == "pobj" and (tok.head.lower_ in PLACE_PREPOSITIONS or (
        tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in DEPARTURE_VERBS) or (
        tok.head.lower_ == "with" and tok.head.i > 0
        and parsed[tok.head.i - 1].lemma_.lower() in EDGE_NOUNS))  # "the border with Turkey",
    # wherever the parser hangs "with"


def outlet_country(doc: Document, lex: Lexicon) -> str | None:
    k = lex.known.get(doc.publisher or "")
    return k.code if k is not None and k.kind == "media" else None


@functools.cache
def _usage_cues() -> tuple[tuple[str, int, tuple[re.Pattern, ...]], ...]:
    table = data_json("actors_cues.json")["usage_countries"]
    return tuple((code, row["min_cues"], tuple(re.compile(c) for c in row["cues"]))
                 for code, row in table.items())


def usage_country(text: str) -> str | None:
    """The one country whose usage the text shows in enough distinct cues, if any."""
    found = [code for code, least, cues in _usage_cues()
             if sum(bool(c.search(text)) for c in cues) >= least]
    return found[0] if len(found) == 1 else None


def document_country(doc: Document, dateline: Dateline | None, phrases: list,
                     lex: Lexicon, parsed: Doc | None = None) -> str | None:
    return (dateline_country(doc, dateline, lex) or dominant_country(phrases, lex, parsed)
            or outlet_country(doc, lex) or usage_country(doc.text))


@functools.cache
def _many_country_words() -> frozenset[str]:
    return frozenset(data_json("actors_cues.json")["many_country_words"])


def of_many_countries(name: str) -> bool:
    """Does a group's own name say it spans countries ("European governments", "African
    leaders", "Gulf states", "world leaders")? Then no one country's context codes it."""
    return any(w.lower() in _many_country_words() for w in name.replace("-", " ").split())


def apply(phrases: list, country: str | None, lex: Lexicon | None = None) -> None:
    """Code the uncoded domestic institutions and office holders with ``country`` (a bare
    force, in a place without an army of its own, with the one foreign force named); a bare
    post abroad ("the embassy", "the high commission") is a guest there, of the other
    country the story is about (when one leads), not of ``country``."""
    if not country:
        return
    other = other_country(phrases, country, lex) if lex is not None else None
    forces = {p.code for p in phrases if p.code and p.sector in ARMED_SECTORS}
    sole_force = next(iter(forces)) if len(forces) == 1 and country not in forces and \
        country in HOMES_WITHOUT_ARMIES else None
    for p in phrases:
        if p.code is None and p.sector in DOMESTIC_SECTORS and p.kind != "country" and \
                not (p.kind == "group" and of_many_countries(p.name)) and \
                not p.many_countries:  # "ministers from 12 countries"
            if p.sector in ARMED_SECTORS and sole_force:  # "NABLUS, West Bank — … the Israel
                p.code, p.source = sole_force, "context"  # Defense Forces … the military"
            elif not posted_abroad(p.name):
                p.code, p.source = country, "context"
            elif other:
                p.code, p.source = other, "context"


# A story is set in one country when it names that country at least this many times (its
# dateline counts as one) and this many times as often as any other.
SETTLED_LEAST = 3
SETTLED_RATIO = 2
SETTLED_ALONE = 2  # ... or named twice where no other country is named at all
# The kinds of named actors a settled story's country codes when the text gives them none.
NAMED_KINDS = frozenset({"person", "organization", "media"})


@dataclass(frozen=True)
class StoryCountries:
    """Where the actors step found the story set, for the steps after it (events, the late
    entity steps): kept on the parse, as the dateline alone can mislead."""
    settled: str | None = None  # set clearly in one country: the names it places nowhere
    people: str | None = None  # the country of the people the text gives no role
    abroad: str | None = None  # filed from a bureau elsewhere: the country it is about


def settled_country(home: str | None, counts: Counter[str], dated: str | None = None,
                    others_named: bool = True) -> str | None:
    """``home`` when the story is clearly set there, not split between two countries ("US
    and Israeli leaders …"), so that a person or body it names without any country is most
    likely one of its own; a story datelined there (``dated``) that names no other country
    at all is set there however rarely it names its own ("PUNE, India — Bus drivers struck
    …"), and so is one that names its country twice and no other country, nor anyone or
    anything of another (not ``others_named``: "Shopkeepers in Cork … from as far as
    Limerick")."""
    if home is None:
        return None
    own = counts[home]
    rival = max((n for code, n in counts.items() if code != home), default=0)
    if (home == dated or (own >= SETTLED_ALONE and not others_named)) and rival == 0:
        return home
    return home if own >= SETTLED_LEAST and own >= SETTLED_RATIO * rival else None


INTERNATIONAL_SECTORS = frozenset({"NGO", "IGO"})  # bodies no story's country codes
PARTICIPANT_KINDS = frozenset({"group", "organization", "person"})


def _context_code(entity: Entity, country: str | None, people: str | None) -> str | None:
    """The context country an uncoded entity takes: none for an international body
    (Amnesty International in a story from Iran is no Iranian body) or an envoy (a guest of
    the story's country); the people's country for a person the text gives no role."""
    if entity.sector in INTERNATIONAL_SECTORS or (entity.kind == "person" and any(
            posted_abroad(m.text) for m in entity.mentions)):
        return None
    return people if entity.kind == "person" and entity.sector is None and people \
        else country


def _give(entity: Entity, code: str | None) -> None:
    if code:
        entity.country, entity.country_source = code, "context"


def give_context_country(entities: list[Entity], country: str | None,
                         people: str | None = None) -> None:
    """An event participant without a country of its own ("police", "the court", a local
    union) takes the document's country context, marked as such (``country_source:
    context``); a person the text gives no role takes the country most of its people belong
    to, when one clearly leads (``people_country``)."""
    for entity in entities:
        if not entity.country and entity.kind in PARTICIPANT_KINDS and not (
                entity.kind == "group" and of_many_countries(entity.name)):
            _give(entity, _context_code(entity, country, people))


# Between a name and a role set beside it that was not read as the person's ("Kurt Hale,
# once Washington's envoy"): a comma and at most this many lower-case words.
APPOSED_GAP = re.compile(r",\s(?:[a-z]+\s){0,2}$")


def _beside_a_role(entity: Entity, entities: list[Entity], text: str) -> bool:
    """Is a person followed by another person's role in apposition, which says who they are
    though it was not joined to them? Then no story's country is guessed for them."""
    starts = {m.span[0] for e in entities if e is not entity and e.kind == "person"
              for m in e.mentions if m.text.split()[-1][:1].islower()}  # a role, no name
    return any(APPOSED_GAP.search(text[m.span[1]:k])
               for m in entity.mentions for k in starts if 0 < k - m.span[1] <= 24)


@functools.cache
def _commentator_role() -> re.Pattern:
    cues = data_json("actors_cues.json")
    words = "|".join(map(re.escape, cues["commentator_roles"]))
    placed = "|".join(map(re.escape, cues["commentator_roles_placed"]))  # "a fellow at",
    return re.compile(rf"^,\s(?:an?|the)\s(?:[\w-]+\s){{0,3}}(?:(?:{words})\b|"  # not "a
                      rf"(?:{placed})(?:\s(?:at|with|of|in)\b|[,.;]|$))")  # fellow driver"


def _commentator(entity: Entity, text: str) -> bool:
    """Is the person described as a commentator ("X, a senior fellow at …", "X, an analyst
    with …"), who may sit anywhere, rather than one of the story's own people?"""
    return any(_commentator_role().search(text[m.span[1]:m.span[1] + 60])
               for m in entity.mentions)


def code_unplaced(entities: list[Entity], settled: str | None, people: str | None,
                  lex: Lexicon, text: str, *, abroad: bool = False) -> None:
    """A body named for its place ("University of Leeds", "the Baltimore Sun") is of that
    place's country. Else, in a story set in one country (``settled_country``), a person or
    body the text names without any country is most likely one of its own ("said Maria
    Delgado, an economist at the Front Range Policy Institute" in a story from Denver):
    coded so, marked ``context``; not one whose name spans countries ("the Global Alliance
    for …"), nor a group. In a story filed from a bureau abroad (``abroad``) only the people
    it quotes by an ordinary role ("a shopkeeper", "a clan elder"): its analysts and bodies
    may be anywhere."""
    for entity in entities:
        if entity.country or entity.kind not in NAMED_KINDS or not entity.name[:1].isupper():
            continue
        placed = (named_place_country(entity.name, lex) or legal_form_country(entity.name)) \
            if entity.kind != "person" else None
        if placed:
            entity.country, entity.country_source = placed, "text"
        elif settled and not of_many_countries(entity.name) and not (
                entity.kind == "person" and _beside_a_role(entity, entities, text)) and not (
                abroad and (entity.kind != "person" or _commentator(entity, text))):
            _give(entity, _context_code(entity, settled, people))


@functools.cache
def _place_named_heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    table = data_json("actors_cues.json")["place_named_bodies"]
    return (tuple(sorted(table["before"], key=len, reverse=True)),
            tuple(sorted(table["after"], key=len, reverse=True)))


@functools.cache
def _legal_form_countries() -> dict[str, str]:
    return data_json("actors_cues.json")["legal_form_countries"]


def legal_form_country(name: str) -> str | None:
    """The country whose company law alone has the legal form a company's name ends in
    ("Carrara Marmi SpA": ITA; "Helmi Foods Oyj": FIN; ``legal_form_countries``)."""
    words = name.replace(",", " ").split()
    if len(words) < 2:
        return None
    forms = _legal_form_countries()
    return forms.get(" ".join(words[-2:]).lower()) or forms.get(words[-1].lower())


def named_place_country(name: str, lex: Lexicon) -> str | None:
    """The country of the place a body is named for ("University of Texas Austin": USA;
    ``place_named_bodies``): the rest of the name is one known place, or two of one country."""
    words = without_article(name)
    before, after = _place_named_heads()
    rest = next((words[len(h) + 1:] for h in before if words.startswith(h + " ")), None)
    if rest is None:
        rest = next((words[:-len(h) - 1] for h in after if words.endswith(" " + h)), None)
    if not rest or not rest[:1].isupper():
        return None
    whole = place_country(rest.replace(",", ""), lex)
    if whole:
        return whole
    parts = rest.replace(",", " ").split()
    for k in range(1, len(parts)):
        first = place_country(" ".join(parts[:k]), lex)
        if first and first == place_country(" ".join(parts[k:]), lex):
            return first
    return None


def people_country(entities: list[Entity]) -> str | None:
    """The country most of a document's people and bodies belong to by what the text or the
    knowledge base says of them (mentions counted), when one clearly leads (three mentions,
    more than twice the next)."""
    counts: Counter[str] = Counter()
    for entity in entities:
        if entity.country and entity.kind in PARTICIPANT_KINDS and \
                entity.country_source in {"text", "dictionary", "role"}:
            counts[entity.country] += len(entity.mentions)
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def a_state_body(words: str) -> bool:
    """Is ``words`` (no article) the bare name of a body many states have ("Congress")?"""
    return words in _institutions_of_any_state()


@functools.cache
def _institutions_of_any_state() -> frozenset[str]:
    return frozenset(data_json("actors_cues.json")["institutions_of_any_state"])


@functools.cache
def _institution_homes() -> dict[str, frozenset[str]]:
    return {name: frozenset(codes)
            for name, codes in data_json("actors_cues.json")["institution_homes"].items()}


@functools.cache
def _parties_named_as_bodies() -> dict[str, frozenset[str]]:
    return {name: frozenset(codes) for name, codes
            in data_json("actors_cues.json")["parties_named_as_bodies"].items()}


def rehomed(words: str, code: str | None, home: str | None) -> tuple[str, str | None] | None:
    """The (country, sector) a bare state body the knowledge base files under ``code``
    ("Congress": USA) takes in a story set in ``home``: that country's own body (sector None:
    kept), or its party where a party goes by the name (``parties_named_as_bodies``: India's
    Congress is PTY); None where it stays, as where no body there goes by that name
    (``institution_homes``: "JERUSALEM — … a joint meeting of Congress" is the US one)."""
    if not home or not code or code == home or words not in _institutions_of_any_state():
        return None
    if home in _parties_named_as_bodies().get(words, frozenset()):
        return home, "PTY"
    return (home, None) if home in _institution_homes().get(words, frozenset({home})) else None


def rehome(phrases: list, home: str | None, text: str) -> None:
    """A bare state body is the country's the story is from, when that is known only once the
    phrases are (a story filed from abroad: ``filed_from_abroad``); the dateline's is set on
    the names already (``rehome_bases``). Marked ``context`` (``rehomed``)."""
    for p in phrases:
        if p.source == "dictionary":
            _move(p, rehomed(without_article(text[p.start:p.end]), p.code, home))


def _move(item, moved: tuple[str, str | None] | None) -> None:
    """Give a name or a phrase the country (and sector) ``rehomed`` found, from context."""
    if moved:
        item.code, item.source = moved[0], "context"
        item.sector = moved[1] or item.sector


def rehome_bases(bases: list, parsed: Doc, dated: str | None, lex: Lexicon) -> None:
    """Before any phrase is built, a bare state body's name is the dateline country's, or,
    with no dateline, the country the names settle the story in when they never name the
    knowledge base's own ("Congress said the Bharatiya Janata Party …" in a story of India:
    the party), so that the people named with it ("Congress leader X") take it too."""
    counts = _base_counts(bases, lex)
    home = dated or settled_country(leading(counts), counts)
    for b in bases:
        if b.source == "dictionary" and (dated or not counts[b.code]):
            _move(b, rehomed(without_article(parsed[b.start:b.end].text), b.code, home))


def _base_counts(bases: list, lex: Lexicon) -> Counter[str]:
    """How often the names name each country: its name, its people and places, and once each
    office holder the knowledge base knows (as ``country_counts`` counts the phrases)."""
    counts = Counter(b.code for b in bases if b.code and b.source == "text"
                     and b.code not in lex.igo_codes)
    counts.update({b.name: b.code for b in bases if b.source == "dictionary" and b.code
                   and b.entity_kind == "person" and b.sector in DOMESTIC_SECTORS
                   and b.code not in lex.igo_codes}.values())
    return counts


def other_country(phrases: list, home: str, lex: Lexicon) -> str | None:
    """The country other than ``home`` the text names most, when it stands out (≥ 2
    mentions, no tie)."""
    return leading(Counter(p.code for p in phrases if p.code and p.code != home
                           and p.code not in lex.igo_codes and p.anaphor is None
                           and not posted_abroad(p.name)))
