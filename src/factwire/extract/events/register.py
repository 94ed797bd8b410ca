"""What kind of report a document is, where it changes what words mean: in a sports report
"Sri Lanka beat Bangladesh", "kept up the attack" and "struck twice" are play, not violence."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from factwire.extract.events.lexicon import _WORDS, _builtin, people_sector
from factwire.extract.events.syntax import _preps, _ruled_out, _to_infinitive
from factwire.model import Document, Entity, Event

_LEXICON = _builtin()
NATURAL_CAUSES = frozenset(_LEXICON["natural_causes"])  # "killed in floods"
COLLAPSE_VERBS = frozenset(_LEXICON["collapse_verbs"])  # "killed when a tunnel collapsed"
CAUSE_PREPOSITIONS = frozenset({"in", "by", "during", "after"})
HARM_TYPES = frozenset({"ASSAULT"})  # the types a natural cause rules out
AMOUNT_VERBS = frozenset(_LEXICON["amount_verbs"])  # "the economy continued to decline"

SPORTS_TERMS = frozenset(_WORDS["sports_terms"])
SPORTS_FIGURATIVE = frozenset(_WORDS["sports_figurative"])
SPORTS_MIN_TERMS = int(_WORDS["sports_min_terms"])
SPORTS_MIN_SHARE = float(_WORDS["sports_min_share"])
SPORTS_ACTOR_SECTORS = frozenset(_WORDS["sports_actor_sectors"])
# The types a sports report's figurative triggers would wrongly take.
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})


def sports_report(parsed: Doc) -> bool:
    """Is the document a sports report: many of its words the vocabulary of a match? Worked
    out once per Doc (the actors and the events both ask)."""
    if "factwire_sports" not in parsed.user_data:
        words = [t for t in parsed if t.is_alpha]
        terms = sum(1 for t in words if t.lemma_.lower() in SPORTS_TERMS)
        parsed.user_data["factwire_sports"] = bool(words) and terms >= SPORTS_MIN_TERMS and \
            terms / len(words) >= SPORTS_MIN_SHARE
    return parsed.user_data["factwire_sports"]


def sport_only(event: Event, doc: Document, sports: bool) -> bool:
    """In a sports report, is the event one of sport's own quarrels and deals (a coach
    protesting a call, a player turning down a club's offer): no participant of the state,
    armed groups or crime (``sports_actor_sectors``)?"""
    if not sports:
        return False
    sides = (doc.entity(i) for i in event.actor + event.recipient)
    return not any(e is not None and e.sector in SPORTS_ACTOR_SECTORS for e in sides)


PUBLIC_SECTORS = frozenset(_WORDS["public_sectors"])
POLITICS_MIN_DENSITY = float(_WORDS["politics_min_density"])
POLITICS_MIN_WORDS = int(_WORDS["politics_min_words"])


def _public(entity: Entity | None) -> bool:
    return entity is not None and (entity.kind == "country" or entity.sector in PUBLIC_SECTORS)


def off_politics(doc: Document) -> bool:
    """Is the page far from politics: under ``politics_min_density`` mentions per 1,000
    words of countries and of actors of public life (``public_sectors``)? A sentence or a
    brief (under ``politics_min_words``) is not judged."""
    words = len(doc.text.split())
    public = sum(len(e.mentions) for e in doc.entities if _public(e))
    return words >= POLITICS_MIN_WORDS and 1000 * public / words < POLITICS_MIN_DENSITY


def private_page_event(event: Event, doc: Document, off: bool) -> bool:
    """On a page far from politics (``off_politics``), is the event one with no participant
    of public life: play, biology or private life ("attacked by enemy factions" in a game
    review, "the surgeon told him to rest")?"""
    return off and not any(_public(doc.entity(i)) for i in event.actor + event.recipient)


BUSINESS_DEAL_TYPES = frozenset(_WORDS["business_deal_types"])
BUSINESS_SECTORS = frozenset(_WORDS["business_sectors"])


def company_news(event: Event, doc: Document) -> bool:
    """Is the event a deal or meeting of companies alone ("Nordvik Shipping agreed to buy
    Halden Lines"): a cooperative act whose every participant is a business?"""
    return event.type in BUSINESS_DEAL_TYPES and _every_side(
        event, doc, lambda e: e.sector in BUSINESS_SECTORS)


def _every_side(event: Event, doc: Document, test) -> bool:
    """Does the event have participants, each an entity that passes ``test``?"""
    sides = [doc.entity(i) for i in event.actor + event.recipient]
    return bool(sides) and all(e is not None and test(e) for e in sides)


PRIVATE_TYPES = frozenset(_WORDS["private_exchange_types"])
PRIVATE_SECTORS = frozenset(_WORDS["private_sectors"])
PRIVATE_ALONE_TYPES = frozenset(_WORDS["private_alone_types"])
PRIVATE_KEPT_CONTEXTS = frozenset(_WORDS["private_kept_contexts"])
PRIVATE_GROUP_SECTORS = frozenset(_WORDS["private_group_sectors"])
LABOUR_BODIES = frozenset(_WORDS["labour_bodies"])
HOME_VISIT_MODES = frozenset({"visit"})


def home_visit(event: Event, doc: Document) -> bool:
    """A visit to places or firms of the visitor's own country ("the congressman visited the
    border", "the president toured flood-hit areas"): no one is met; a visit abroad is."""
    if event.type != "CONSULT" or event.mode not in HOME_VISIT_MODES or not event.recipient:
        return False
    homes = {doc.entity(i).country for i in event.actor}
    places = [doc.entity(i) for i in event.recipient]
    return len(homes) == 1 and None not in homes and all(
        p is not None and (p.country in homes or _border_of(p, event, doc)) and (
            p.kind in ("location", "country") or (
                p.kind == "organization" and (p.sector is None or p.sector in BUSINESS_SECTORS)))
        for p in places)  # ("the U.S.-Canada border", a plant: no body of the state met)


BORDER_WORDS = frozenset(_builtin()["classes"]["border"])


def _border_of(place: Entity, event: Event, doc: Document) -> bool:
    """Is a country named in the event's sentence only before a border word ("visited the
    U.S.-Canada border"): the visit's place, no one met there?"""
    start, end = event.sentence
    spans = [m.span for m in place.mentions if start <= m.span[0] < end]
    return bool(spans) and all(
        (doc.text[e:end].split() or [""])[0].lower().strip(".,;") in BORDER_WORDS
        for _s, e in spans)


def private_exchange(event: Event, doc: Document) -> bool:
    """Is the event words or cooperation between private people and companies only ("she
    asked him to write a script", "the founders met the investors", "the singer accused her
    former manager of bullying"): every participant of a private sector, or of none and no
    country but the story's, none a country? No political event; lawsuits
    (``private_kept_contexts``) and force stay. A chief stepping down, a firm's pledge or
    analysts' verdict (``private_alone_types``) is private with no recipient at all."""
    if event.type not in PRIVATE_TYPES or not event.actor or (
            PRIVATE_KEPT_CONTEXTS & set(event.context)) or (
            not event.recipient and event.type not in PRIVATE_ALONE_TYPES):
        return False  # (a firm's own refusal or demand may yet be towards the state)
    return _every_side(event, doc, lambda e: _private_side(e, alone=not event.recipient))


def _private_side(entity: Entity, alone: bool) -> bool:
    """A person with no public role, or a company, school or newspaper. Acting alone, a body
    of no known sector may be a movement or a union, and a group of teachers or students
    (any sector but ``private_group_sectors``) speaks to its own authorities."""
    if entity.sector not in PRIVATE_SECTORS or entity.kind not in (
            "person", "organization", "group", "media") or _labour_body(entity.name):
        return False
    if entity.sector is None and entity.country is not None and \
            entity.country_source != "context":
        return False
    if alone and entity.kind != "person":
        return entity.sector is not None and (
            entity.kind != "group" or entity.sector in PRIVATE_GROUP_SECTORS)
    return True


def _labour_body(name: str) -> bool:
    """Is the name that of a union or a federation of them ("the journalists' union",
    "Nigeria Union of Journalists"; not "Union Bank"): its head noun, before "of"?"""
    words = name.lower().split(" of ")[0].split()
    return bool(words) and words[-1] in LABOUR_BODIES


# A scoreline: "2-0", "3 - 1", "104-99".
SCORELINE = re.compile(r"^\d{1,3}\s?[-\u2013]\s?\d{1,3}\b")


FIGURATIVE_OBJECTS = {etype: frozenset(names)
                      for etype, names in _LEXICON["figurative_objects"].items()}


NON_EVENT_MODIFIERS = {noun: frozenset(mods)
                       for noun, mods in _LEXICON["non_event_modifiers"].items()}


MASS_SENSES = frozenset(_LEXICON["mass_senses"])
LIGHT_VERBS = frozenset(_LEXICON["light_verbs"])  # (verbs of stating a demand among them)
NON_EVENT_PREPOSITIONS = {noun: frozenset(preps)
                          for noun, preps in _LEXICON["non_event_prepositions"].items()}
NON_EVENT_HOLDERS = {noun: frozenset(verbs)
                     for noun, verbs in _LEXICON["non_event_holders"].items()}


FIGURATIVE_PHRASES = {verb: frozenset(tuple(pair) for pair in pairs)
                      for verb, pairs in _LEXICON["figurative_phrases"].items()}


def idiom(token: Token) -> bool:
    """A verb of violence that a prepositional phrase makes a figure of speech ("stabbed him
    in the back", "shot themselves in the foot": ``figurative_phrases``)."""
    pairs = FIGURATIVE_PHRASES.get(token.lemma_.lower(), frozenset())
    return any((prep, noun.lemma_.lower()) in pairs
               for prep, noun in _preps(token, {prep for prep, _noun in pairs}))


def non_event_sense(token: Token) -> bool:
    """An event noun that a modifier, a preposition or a verb of having makes no act ("a heart
    attack", "consumer demand", "a takeover offer", "relief from the duties", "holds appeal":
    ``non_event_modifiers``, ``non_event_prepositions``, ``non_event_holders``), or a count noun
    bare in the singular ("demand for copper": ``mass_senses``)."""
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    mods = NON_EVENT_MODIFIERS.get(lemma, ())
    preps = NON_EVENT_PREPOSITIONS.get(lemma, ())
    if _object_of(token, NON_EVENT_HOLDERS.get(lemma, frozenset()), frozenset()):
        return True  # "holds appeal to voters"
    if lemma in MASS_SENSES and token.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "nummod") for c in token.children) and \
            not _object_of(token, LIGHT_VERBS, frozenset()):
        return True  # "rising demand for copper", "to meet demand": a quantity (``mass_senses``)
    # the parser may hang the noun's preposition on its verb: "provide relief from the duties"
    after = [c for c in token.head.children if c.i > token.i] if token.dep_ == "dobj" else []
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in mods
               for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ in preps for c in [*token.children, *after])


GOAL_VERBS = frozenset(_LEXICON["goal_verbs"])
GOAL_PREPS = frozenset(_LEXICON["goal_preps"])
GOAL_NOUNS = frozenset(_LEXICON["goal_nouns"])
AVOID_VERBS = frozenset(_LEXICON["avoid_verbs"])
AVOID_PREPS = frozenset(_LEXICON["avoid_preps"])
RELUCTANT_WORDS = frozenset(_LEXICON["reluctant_words"])
WATCHING_VERBS = frozenset(_LEXICON["watching_verbs"])


PURPOSE_NOUNS = frozenset(_LEXICON["purpose_nouns"])  # "a mission to free", not "an attempt"
PARTITIVES = frozenset(_LEXICON["partitives"])  # "the prospects for any kind of truce"


def goal(token: Token) -> bool:
    """An event noun that is a goal sought or hoped for ("seeking an agreement", "working
    towards a ceasefire", "hopes of a ceasefire", "the way for talks", "the groundwork for a
    ceasefire", "an obstacle to a deal"), or a verb that is a plan's or mission's purpose ("a
    mission to free the kidnapped engineers", "a plan to oust the mayor"), not an act done."""
    if token.pos_ in ("VERB", "AUX"):  # "a mission to free the kidnapped engineers"
        return token.dep_ in ("acl", "relcl") and \
            token.head.lemma_.lower() in GOAL_NOUNS | PURPOSE_NOUNS \
            and _to_infinitive(token) and not _ruled_out(token.head)  # ("has no plans to
        # meet": a refusal)
    if token.pos_ != "NOUN":
        return False
    holder = token.head.head  # "hopes of a ceasefire"; "laid the groundwork for a ceasefire":
    # the parser may hang the phrase on the verb of the goal noun
    while holder.lemma_.lower() in PARTITIVES and holder.dep_ == "pobj":
        holder = holder.head.head  # "the prospects for any kind of truce"
    hoped = token.dep_ == "pobj" and token.head.lower_ in ("of", "for", "to") and (
        holder.lemma_.lower() in GOAL_NOUNS or holder.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in GOAL_NOUNS for c in holder.children))
    return hoped or _object_of(token, GOAL_VERBS, GOAL_PREPS)


def avoided(token: Token) -> bool:
    """An act avoided or held back is not done: "avoided direct criticism of the doctors",
    "refrained from attacks", "stopped short of condemning", "reluctant to commit", "wary of
    offering" (an event noun, a gerund or an infinitive)."""
    if _held_back(token):
        return True
    if token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ in ("xcomp", "pcomp", "dobj"):
        head = token.head.head if token.dep_ == "pcomp" else token.head
        return head.lemma_.lower() in AVOID_VERBS or (
            token.dep_ == "pcomp" and head.lower_ == "short")  # "stopped short of"
    return token.pos_ == "NOUN" and _object_of(token, AVOID_VERBS, AVOID_PREPS)


def watched(token: Token) -> bool:
    """"oversee a ceasefire", "monitor the truce": an act already agreed that others watch,
    no new one (``watching_verbs``)."""
    return token.pos_ == "NOUN" and _object_of(token, WATCHING_VERBS, frozenset())


def _held_back(token: Token) -> bool:
    """Is the trigger the act of a word of reluctance: "reluctant to commit" (xcomp), "wary of
    offering" (of + gerund), "wary of concessions" (of + noun)?"""
    head = token.head
    if token.dep_ in ("pcomp", "pobj") and head.lower_ in ("of", "about"):
        head = head.head
    elif token.dep_ != "xcomp":
        return False
    return head.pos_ == "ADJ" and head.lower_ in RELUCTANT_WORDS


def _object_of(noun: Token, verbs: frozenset[str], preps: frozenset[str]) -> bool:
    """Is ``noun`` the object of one of ``verbs``, directly or through one of ``preps``?"""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in preps:
        head = head.head
    elif noun.dep_ not in ("dobj", "attr"):  # (attr: "are a grave threat")
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs


WISH_VERBS = frozenset(_LEXICON["wish_verbs"])
PUBLIC_OPINION = {key: frozenset(words) for key, words in _LEXICON["public_opinion"].items()
                  if not key.startswith("_")}
OPINION_VERBS = PUBLIC_OPINION["opinion_verbs"]


def public_wish(verb: Token, verbs: frozenset[str] = WISH_VERBS) -> bool:
    """Is the wish the public's, as a poll finds it ("most voters want parliament to
    investigate", "two thirds of Kenyans want ...", "a survey found")? Opinion, no request.
    With ``opinion_verbs``: what the public backs or opposes ("most voters support the
    president's stance"), no act of support."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.lemma_.lower() not in verbs or not subjects:
        return False
    phrase = {w for s in subjects for t in s.subtree for w in (t.lemma_.lower(), t.lower_)}
    if phrase & PUBLIC_OPINION["not_public"]:
        return False  # "most EU members want Turkey to withdraw": states asking
    return bool(phrase & (PUBLIC_OPINION["quantifiers"] | PUBLIC_OPINION["holders"])
                or {t.lemma_.lower() for t in verb.sent} & PUBLIC_OPINION["findings"])


def wished(token: Token) -> bool:
    """"would like to see Uganda agree", "hopes to see China lift the ban": an act someone
    wishes to see is not done."""
    see = token.head
    return token.dep_ in ("ccomp", "xcomp") and see.lemma_.lower() == "see" and \
        see.dep_ == "xcomp" and see.head.lemma_.lower() in WISH_VERBS


WITHHELD = {key: frozenset(words) for key, words in _LEXICON["withheld_speech"].items()}
PROSPECT_VERBS = frozenset(_LEXICON["prospect_verbs"])
# spaCy labels of names an event word may sit inside ("the Committee to Protect Journalists")
NAME_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"})


PRESS = frozenset(_LEXICON["classes"]["press"])
PRESS_MATERIAL = frozenset(_LEXICON["classes"]["press_material"])


def withheld_speech(token: Token) -> bool:
    """"refused to say whether", "declined to comment", "her refusal to say", "declined to
    provide reporters with figures": a silence, no refusal of anyone."""
    return token.lemma_.lower() in WITHHELD["verbs"] and any(
        c.dep_ in ("xcomp", "acl") and (c.lemma_.lower() in WITHHELD["complements"]
                                        or _press_briefed(c))
        for c in token.children)


def _press_briefed(verb: Token) -> bool:
    """Does the verb give press material to the press ("provide reporters with figures",
    "send the newspaper a copy"), or remarks to anyone ("provide a comment")?"""
    objects = _objects_of(verb)
    addressees = objects + [o for _p, o in _preps(verb, {"to"})]
    if any(o.lemma_.lower() in WITHHELD["remarks"] for o in objects):
        return True  # "declined to provide a comment", "refused to give an interview"
    receivers = [o for o in objects if o.dep_ == "dative"] + addressees[len(objects):]
    if any(o.lemma_.lower() in WITHHELD["details"] for o in objects) and all(
            o.lemma_.lower() in PRESS for o in receivers):
        return True  # "declined to offer details", not "... details to the inspectors"
    return any(o.lemma_.lower() in PRESS_MATERIAL | WITHHELD["press_objects"]
               for o in objects) and any(o.lemma_.lower() in PRESS for o in addressees)


SELF_REGRET_VERBS = frozenset(_LEXICON["self_regret_verbs"])


def own_act_regretted(token: Token) -> bool:
    """"regretted his remarks", "regretted not visiting Seoul": the speaker's own act, no
    disapproval of anyone; "regretted Washington's decision" is."""
    if token.lemma_.lower() not in SELF_REGRET_VERBS:
        return False
    return any(c.dep_ in ("xcomp", "pcomp") and c.tag_ in ("VBG", "VBN") for c in token.children) \
        or any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.tag_ == "PRP$"
                                        for p in c.children) for c in token.children)


def inside_name(token: Token) -> bool:
    """An event word inside a multi-word name ("the Lake Turkana Investigating Survey", "the
    Committee to Protect Journalists"): a name, no act."""
    return token.ent_iob_ == "I" and token.ent_type_ in NAME_LABELS and token.is_title


def prospect(token: Token) -> bool:
    """"That promises 300 horsepower": what a thing holds out, no pledge."""
    return token.lemma_.lower() in PROSPECT_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "this", "which") for c in token.children)


QUESTION_VERBS = frozenset(_LEXICON["question_verbs"])


def asked_a_question(token: Token, doc: Document) -> bool:
    """"“Will you resign?” a reporter asked the prime minister": the verb of asking that
    introduces a quoted question (``question_verbs``) asks for an answer, no request."""
    if token.lemma_.lower() not in QUESTION_VERBS or any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children):
        return False  # "asked the army to withdraw", "asked for help"
    return any(q.cue_span and q.cue_span[0] <= token.idx < q.cue_span[1]
               and q.text.rstrip().endswith("?") for q in doc.quotes)


QUOTE_MARKS = ("\"", "\u201c", "\u201d", "''", "\u00ab", "\u00bb")


def writers_question(token: Token, doc: Document) -> bool:
    """A question the writer asks ("What would the reaction have been had Germany sent tanks
    …?", a headline's "Will China invade Taiwan?") asserts no act. A quoted question ("“Why
    did the police arrest my son?” his mother asked") keeps the act it presupposes."""
    text = token.sent.text.rstrip()
    if not text.endswith("?") or any(mark in text for mark in QUOTE_MARKS):
        return False
    return not any(q.span[0] <= token.idx < q.span[1] for q in doc.quotes)


WARNING_VERBS = frozenset(_LEXICON["warning_verbs"])
PUNITIVE_CLASSES = tuple(_LEXICON["punitive_classes"])
PENALTY_VERBS = frozenset(_LEXICON["penalty_verbs"])


def warned_of_no_step(token: Token, classes: dict[str, set[str]]) -> bool:
    """"cautioned that no date had been fixed": a warning whose clause states no step of
    the warner's (no pronoun subject, no "if" or "unless", no sanctions, attack or troops as
    its subject or object, no penalty as its verb: "could lose their pay") is a statement, no
    threat."""
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    if token.lemma_.lower() not in WARNING_VERBS or not clauses:
        return False
    punitive = set().union(*(classes.get(name, set()) for name in PUNITIVE_CLASSES))
    for clause in clauses:
        args = [c for c in clause.children if c.dep_ in (
            "nsubj", "nsubjpass", "dobj", "attr")]
        if any(a.pos_ == "PRON" or a.lemma_.lower() in punitive for a in args) or any(
                t.lower_ in ("if", "unless") for t in clause.subtree) or \
                clause.lemma_.lower() in PENALTY_VERBS:
            return False
    return True


CLOSED_CASES = {key: frozenset(words) for key, words in _LEXICON["closed_cases"].items()}
FACILITY_NOUNS = frozenset(_LEXICON["facility_nouns"])


def closed_case(token: Token, etype: str) -> bool:
    """"dropped an investigation into the allegation", "closed the inquiry": a case ended is
    no investigation begun (``closed_cases``)."""
    return etype in CLOSED_CASES["types"] and token.pos_ == "NOUN" and _object_of(
        token, CLOSED_CASES["verbs"], frozenset())


def names_a_place(token: Token) -> bool:
    """"a detention facility", "the protest camp", "processing and detention facility": the
    act's noun modifies a place (``facility_nouns``), no act."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.pos_ == "NOUN" and token.dep_ in ("compound", "amod", "nmod") and \
        token.head.lemma_.lower() in FACILITY_NOUNS


REMOVAL_VERBS = frozenset(_LEXICON["removal_verbs"])


def removed_measure(token: Token, etype: str, classes: dict[str, set[str]]) -> bool:
    """"eliminate the tariffs", "roll back sanctions", "the tariffs will be removed": a
    sanction noun taken away is no sanction imposed, nor threatened."""
    lemma = token.lemma_.lower()
    measure = etype == "SANCTION" or lemma in classes.get("sanctions", set()) \
        or lemma in classes.get("curbs", set())
    removed = _object_of(token, REMOVAL_VERBS, frozenset({"from"})) or (
        token.dep_ == "nsubjpass" and token.head.lemma_.lower() in REMOVAL_VERBS)
    return measure and token.pos_ == "NOUN" and removed


WITHHOLDING_VERBS = frozenset(_LEXICON["withholding_verbs"])


def withheld_aid(token: Token, etype: str, classes: dict[str, set[str]]) -> bool:
    """"withheld military aid", "froze $400 million in security assistance": aid held back is
    no aid given (the verb's own rule codes the cut-off)."""
    if etype != "AID" or token.pos_ != "NOUN" or token.lemma_.lower() not in classes["aid"]:
        return False
    held = token
    if held.dep_ == "pobj" and held.head.lower_ in ("in", "of") and \
            held.head.head.pos_ in ("NOUN", "NUM", "SYM"):
        held = held.head.head  # "$400 million in assistance": the amount is the object
    return _object_of(held, WITHHOLDING_VERBS, frozenset()) or (
        held.dep_ == "nsubjpass" and held.head.lemma_.lower() in WITHHOLDING_VERBS)


CONTEST_VERBS = frozenset(_LEXICON["contests"]["verbs"])
CONTEST_TERMS = frozenset(_LEXICON["contests"]["terms"])


def contest_result(token: Token) -> bool:
    """"The opposition candidate beat the incumbent governor by ten points", "was beaten out
    for first place": a verb of defeat in a sentence about votes or a race is a result, no
    attack."""
    return token.lemma_.lower() in CONTEST_VERBS and any(
        t.lemma_.lower() in CONTEST_TERMS or t.lower_ in CONTEST_TERMS for t in token.sent)


IMPRESSION_VERBS = frozenset(_LEXICON["impression_verbs"])


def impression(token: Token) -> bool:
    """"struck me as odd", "what struck observers most", "that struck me": an impression,
    no attack (the relative "that" of "a drone that struck a convoy" is no demonstrative)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in IMPRESSION_VERBS:
        return False
    kids = list(token.children)
    # the parser may hang "as" on the predicate: "struck me as political" (advcl political)
    predicates = [g for c in kids if c.dep_ in ("advcl", "acomp", "oprd", "xcomp")
                  for g in c.children]
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in kids) or any(
        g.lower_ == "as" and g.dep_ in ("advmod", "prep", "mark") for g in predicates) or any(
        c.dep_ == "nsubj" and (c.lower_ == "what" or (c.lower_ in ("that", "this")
                                                      and c.tag_ == "DT")) for c in kids)


OPINION_SENSES = {sense: frozenset(verbs) for sense, verbs in _LEXICON["opinion_senses"].items()}
NAMING_VERBS = frozenset(_LEXICON["naming_verbs"])


def opinion(token: Token) -> bool:
    """"agreed with the governor" (with someone, nothing agreed to or on), "we must accept
    that prices will stay high" (a fact accepted), "demonstrated how the app works" (a thing
    shown): a view shared, a fact owned or a thing shown, no act (``opinion_senses``);
    "agreed with Kenya on a plan", "accepted the offer" and "demonstrated outside parliament"
    are acts."""
    lemma, kids = token.lemma_.lower(), list(token.children)
    if lemma in OPINION_SENSES["with_only"]:
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in kids) and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp") or (
                c.dep_ == "prep" and c.lower_ in ("on", "to", "upon", "over")) for c in kids)
    if lemma in OPINION_SENSES["that_clause"]:
        return any(c.dep_ == "ccomp" for c in kids) and not any(c.dep_ == "dobj" for c in kids)
    if lemma in OPINION_SENSES["showing"]:  # "demonstrated how the app works", "as
        return token.pos_ == "VERB" and any(  # demonstrated by his departure"
            c.dep_ in ("dobj", "ccomp", "xcomp", "agent", "nsubjpass", "auxpass") for c in kids)
    if lemma in OPINION_SENSES["question"]:  # "asked her what they had discussed"
        return question(token)
    if lemma in OPINION_SENSES["backing_off"]:  # "backing off their attempts"
        return any(c.dep_ == "prt" and c.lower_ in OPINION_SENSES["backing_particles"]
                   for c in kids)
    return False


def question(token: Token) -> bool:
    """"asked Page what he was doing wrong", "asked whether the talks would resume", "asked
    about the rate rise": a question put, no request (a "to" infinitive or "for" is one)."""
    kids = list(token.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    return any(any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ in ("whether", "if")
                   for t in c.subtree if t.i < c.i) for c in clauses) or any(
        c.dep_ == "prep" and c.lower_ == "about" for c in kids)


REGARDING_VERBS = frozenset(_LEXICON["regarding_verbs"])


def regarded_as(token: Token) -> bool:
    """"Described the arrests as an attack on democracy", "read the remarks as a threat": an
    event noun after "as" that a verb of regarding (``regarding_verbs``) puts on something is
    how it is seen, no act."""
    prep = token.head
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and prep.lower_ == "as" and \
        prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in REGARDING_VERBS


def naming(token: Token) -> bool:
    """"called the new agency Kenya Connect", "named the ship Aurora": a proper name given to
    the object is a naming (``naming_verbs``), no verdict and no call."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in NAMING_VERBS:
        return False
    named = [c for o in token.children if o.dep_ == "dobj" for c in o.children
             if c.dep_ in ("appos", "oprd") and c.i > o.i]
    named += [c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
    return any(n.pos_ == "PROPN" for n in named)


def struck_by_a_feeling(token: Token, classes: dict[str, set[str]]) -> bool:
    """"was struck with an idea", "struck by the beauty of the valley": a feeling, no blow."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in IMPRESSION_VERBS:
        return False
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in classes.get("feelings", ()) for g in c.children)
        for c in token.children)


def out_of_a_post(token: Token, classes: dict[str, set[str]]) -> bool:
    """"was forced out of the company", "pushed out of the race": a post lost, not people
    moved from a place ("forced villagers out of their homes" is)."""
    outs = [c for c in token.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"]
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in classes.get("posts", ()) for g in p.children)
        for o in outs for p in [*o.children, *token.children])


GENERIC_PREPOSITIONS = frozenset(_LEXICON["generic_prepositions"])
DESCRIPTOR_PARTICIPLES = frozenset(_LEXICON["descriptor_participles"])
DESCRIBED_LANDS = frozenset(_LEXICON["described_lands"])
GENERIC_OF_HEADS = frozenset(_LEXICON["generic_of_heads"])


def generic_mention(token: Token) -> bool:
    """An act named as a kind, not as something done: a bare singular noun after a
    preposition ("prior to arrest", "immunity from prosecution", "fear of arrest"; not "a
    death as the result of beatings"), or a participle describing people ("convicted felons",
    "wanted men", "the convicted fraudster": ``descriptor_participles``) or land by its state
    ("occupied land", ``described_lands``). "The arrest of X", "his arrest" and "was placed
    under arrest" are acts."""
    if token.dep_ == "amod" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" and (
            token.head.tag_ == "NNS" or token.lemma_.lower() in DESCRIPTOR_PARTICIPLES
            or token.head.lemma_.lower() in DESCRIBED_LANDS) and \
            not any(c.dep_ in ("agent", "prep", "advmod", "npadvmod") for c in token.children):
        return True  # ("the recently detained men", "men detained by police" stay)
    kind_of = token.head.lower_ in GENERIC_PREPOSITIONS or (
        token.head.lower_ == "of" and token.head.head.lemma_.lower() in GENERIC_OF_HEADS)
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.dep_ == "pobj" and \
        kind_of and not any(
            c.dep_ in ("det", "poss", "nummod", "compound") or (
                c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in token.children)


TAKING_UP = {key: frozenset(words) for key, words in _LEXICON["taking_up"].items()}
PEOPLE_TAKEN = frozenset(_LEXICON["classes"]["people_held"]) | frozenset(
    _LEXICON["classes"]["human_groups"]) | TAKING_UP["people"]


def taken_up(token: Token) -> bool:
    """"seized on the remarks", "pounced upon the gaffe": a thing taken up to use, no seizure
    and no attack (``taking_up``)."""
    if token.lemma_.lower() not in TAKING_UP["verbs"] or any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children):
        return False  # "seized the town on Friday night", "was seized on the ship"
    taken = [o for _p, o in _preps(token, TAKING_UP["preps"])]
    return bool(taken) and not any(  # "police pounced on the gang" is a raid
        g.pos_ == "PROPN" or g.lemma_.lower() in PEOPLE_TAKEN for g in taken)


ANIMAL_CONTROL_VERBS = {etype: frozenset(verbs)
                        for etype, verbs in _LEXICON["animal_control_verbs"].items()}


def animal_control(token: Token, etype: str, classes: dict[str, set[str]]) -> bool:
    """"rounded up the goats", "captured the escaped tiger": animals caught or moved, no
    arrest of people (``animal_control_verbs``)."""
    if token.lemma_.lower() not in ANIMAL_CONTROL_VERBS.get(etype, ()):
        return False
    objects = [next((g for _p, g in _preps(o, {"of"})), o) for o in _objects_of(token)]
    return bool(objects) and all(o.lemma_.lower() in classes["animals"] for o in objects)


def disaster_emergency(token: Token, etype: str, classes: dict[str, set[str]]) -> bool:
    """A state of emergency declared over a disaster ("over the wildfires", "after the
    cyclone destroyed 3,000 homes"): relief, not martial law (``disaster_emergencies``)."""
    objects = [o for o in _objects_of(token) if any(
        t.lemma_.lower() in classes["emergency_nouns"] for t in o.subtree)]
    if etype != "COERCE" or not objects:
        return False
    holders = [token, *(t for o in objects for t in o.subtree)]  # "a state of emergency over"
    causes = [c for h in holders for c in h.children if (
        c.dep_ == "prep" and c.lower_ in classes["cause_words"]) or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in classes["cause_words"]
                                  for m in c.children))]
    return any(t.lemma_.lower() in classes["disaster_emergencies"] or
               t.lower_ in classes["disaster_emergencies"] for c in causes for t in c.subtree)


def no_act(token: Token, etype: str, classes: dict[str, set[str]]) -> bool:
    """Does the trigger's wording make it no act, whatever the scorer says: a figurative
    object or idiom, a change of amount, a modifier's other sense, an impression, a goal sought, a
    view shared, a naming, a feeling that strikes, a post lost, an act avoided, watched or
    wished for, a measure removed, aid withheld, an election or a race won, a silence, one's own act
    regretted, a word of a name, a prospect, a warning of no step, a case closed, a place
    named by an act, a thing taken up, an act named as a kind, a view of something ("as
    an attack"), an emergency declared over a disaster, or animals rounded up?"""
    return (figurative_object(token, etype, classes) or unliteral_object(token, etype, classes)
            or idiom(token)
            or change_of_amount(token)
            or taken_up(token)
            or non_event_sense(token) or any(c.dep_ == "dobj" and non_event_sense(c)
                                             for c in token.children)
            or impression(token) or goal(token) or avoided(token) or watched(token)
            or wished(token)
            or removed_measure(token, etype, classes) or withheld_aid(token, etype, classes)
            or withheld_speech(token)
            or own_act_regretted(token)
            or inside_name(token) or prospect(token)
            or (etype == "THREATEN" and warned_of_no_step(token, classes))
            or closed_case(token, etype) or names_a_place(token)
            or (etype in HARM_TYPES and contest_result(token)) or opinion(token)
            or naming(token) or regarded_as(token) or struck_by_a_feeling(token, classes)
            or out_of_a_post(token, classes) or generic_mention(token)
            or describes_people(token) or disaster_emergency(token, etype, classes)
            or animal_control(token, etype, classes))


DESCRIBING_PARTICIPLES = {lemma: frozenset(sectors)
                          for lemma, sectors in _WORDS["describing_participles"].items()}


def describes_people(token: Token) -> bool:
    """Is the -ing form a description of the people right after it ("striking teachers": on
    strike), not an act on them (``describing_participles``)?"""
    sectors = DESCRIBING_PARTICIPLES.get(token.lemma_.lower())
    if sectors is None or token.tag_ != "VBG":
        return False
    after = token.doc[token.i + 1:token.i + 4]
    noun = next((t for t in after if t.pos_ == "NOUN" and t.dep_ != "compound"), None)
    if noun is None or noun.tag_ != "NNS" or any(
            t.dep_ == "det" or t.is_punct for t in token.doc[token.i + 1:noun.i]):
        return False
    return people_sector(noun.lemma_.lower())[1] in sectors


LITERAL_OBJECTS = _LEXICON["literal_objects"]


def unliteral_object(token: Token, etype: str, classes: dict[str, set[str]]) -> bool:
    """Is the object of a verb literal only with some objects (``literal_objects``) a common
    noun outside them ("deployed its new AI model", "mobilized voters")? No object, a name,
    a number or a pronoun says nothing."""
    table = LITERAL_OBJECTS.get(etype)
    if table is None or token.lemma_.lower() not in table["verbs"]:
        return False
    nouns = [o for o in _objects_of(token) if o.pos_ == "NOUN"]
    allowed = {w for name in table["classes"] for w in classes.get(name, ())}
    return bool(nouns) and not any(  # (read through "of": "thousands of troops")
        w.lemma_.lower() in allowed
        for o in nouns for w in [o, *(g for _p, g in _preps(o, {"of"}))])


def figurative_object(token: Token, etype: str, classes: dict[str, set[str]]) -> bool:
    """A type its object makes a figure of speech (``figurative_objects``): "attacked the
    plan" is criticism, no assault; "the visit offers a reminder" is no offer. The object may
    be a passive subject ("an explanation was offered"), the noun a participle describes ("the
    explanation being offered") or a with-phrase ("provided reporters with a statement")."""
    names = FIGURATIVE_OBJECTS.get(etype, ())
    objects = _objects_of(token)
    if token.dep_ == "acl" and token.pos_ == "VERB":
        objects.append(token.head)

    def figurative(o: Token) -> bool:
        return any(o.lemma_.lower() in classes.get(n, ()) for n in names)

    return any(figurative(o) and all(figurative(c) for c in o.conjuncts)
               for o in objects)  # ("photographs and other intelligence": not all a figure)


AMOUNT_HEADS = frozenset(_LEXICON["classes"]["amount_heads"])  # "a number of concessions"


def _objects_of(token: Token) -> list[Token]:
    """What a verb acts on or gives, and to whom: its objects, passive subject, indirect
    object and with-phrase ("provided reporters with a statement"), read through an amount
    ("a number of concessions": the concessions) and a relative clause ("the record that X
    provided", "the record X provided": the record)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    objects += [o for _p, o in _preps(token, {"with"})]
    if token.dep_ == "relcl" and token.head.pos_ == "NOUN" and _object_gap(token, objects):
        objects = [o for o in objects if o.tag_ not in RELATIVE_TAGS] + [token.head]
    return [next((g for _p, g in _preps(o, {"of"})), o)
            if o.lemma_.lower() in AMOUNT_HEADS else o for o in objects]


RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "that", "which", "who"


def _object_gap(verb: Token, objects: list[Token]) -> bool:
    """Is the noun a relative clause describes its verb's object: a relative pronoun is the
    object ("the record that X provided"), or the clause has no object and no relative
    subject ("the record X provided"; not "the man who attacked …")?"""
    return any(o.tag_ in RELATIVE_TAGS for o in objects) or not any(
        c.dep_ == "dobj" or (c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in RELATIVE_TAGS)
        for c in verb.children)


def change_of_amount(token: Token) -> bool:
    """An active verb of amount with no object and no complement ("continued to decline",
    "exports dropped"): a change, not an act; "declined the offer", "declined to attend" and
    "the charges were dropped" are acts."""
    return token.pos_ == "VERB" and token.lemma_.lower() in AMOUNT_VERBS and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "auxpass", "nsubjpass")
        for c in token.children)


def natural_cause(token: Token) -> bool:
    """Harm no one did: "killed in floods", "injured in a car crash", "killed when a tunnel
    collapsed", and harm whose doer is weather or a quake ("the earthquake killed 30",
    "Cyclone Mala tore through …, destroying homes")."""
    if any(_natural(s) for s in _doers(token)):
        return True
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in CAUSE_PREPOSITIONS and any(
                o.dep_ == "pobj" and (o.lemma_.lower() in NATURAL_CAUSES
                                      or o.lower_ in NATURAL_CAUSES) for o in c.children):
            return True
        if c.dep_ == "advcl" and c.lemma_ in COLLAPSE_VERBS:
            return True
    return False


def _doers(token: Token) -> list[Token]:
    """The subject of the trigger, or of the verb a participle or conjunct of it hangs on."""
    while True:
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if subjects or token.dep_ not in ("advcl", "conj", "xcomp") or token.head.i == token.i:
            return subjects
        token = token.head


def _natural(subject: Token) -> bool:
    """A natural cause as the subject's noun or as a word of its name ("floodwaters", "the
    earthquake", "Cyclone Mala")."""
    words = [subject] + [c for c in subject.children if c.dep_ == "compound"]
    return any(w.lemma_.lower() in NATURAL_CAUSES or w.lower_ in NATURAL_CAUSES
               for w in words)


VERBAL_SETTINGS = frozenset(_WORDS["verbal_settings"])
VERBAL_PREPOSITIONS = frozenset(_WORDS["verbal_prepositions"])
VERBAL_RECODE: dict[str, list[str]] = _WORDS["verbal_recode"]


def in_words(token: Token) -> bool:
    """Is the act done in words: its verb takes a setting of speech or writing ("attacked
    the commission on social media", "in a speech", "in a statement")?"""
    holders = [token] + [c for c in token.children if c.dep_ == "dobj"]  # the parser may
    for prep in (p for h in holders for p in h.children):  # hang the setting on the object
        if prep.dep_ == "prep" and prep.lower_ in VERBAL_PREPOSITIONS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lower_ in VERBAL_SETTINGS or " ".join(
                        t.lower_ for t in obj.subtree if not t.is_stop) in VERBAL_SETTINGS):
                    return True
    return False


def verbal_type(event: Event, token: Token, doc: Document) -> tuple[str, str] | None:
    """The verbal type and mode an act done in words takes (``verbal_recode``), or None."""
    recode = VERBAL_RECODE.get(event.type)
    return (recode[0], recode[1]) if recode and (
        in_words(token) or verbal_attack(event, token, doc)) else None


VERBAL_ATTACKS = {key: frozenset(words) for key, words in _WORDS["verbal_attacks"].items()}


def verbal_attack(event: Event, token: Token, doc: Document) -> bool:
    """"The opposition attacked the finance minister over the tax", "the senator attacked her
    rival's record": an attack by politicians, or on a politician by no one named, with no
    weapon, blow or casualty in the sentence, is made in words (``verbal_attacks``)."""
    if token.lemma_.lower() not in VERBAL_ATTACKS["verbs"] or any(
            t.lemma_.lower() in VERBAL_ATTACKS["harm_words"] for t in token.sent):
        return False
    actors = [doc.entity(i) for i in event.actor]
    targets = [doc.entity(i) for i in event.recipient]
    people_targets = all(t is not None and t.kind != "country" and t.sector in
                         VERBAL_ATTACKS["target_sectors"] for t in targets)  # not "Ukraine"
    if actors:
        return people_targets and all(
            a is not None and a.sector in VERBAL_ATTACKS["actor_sectors"] and (
                a.kind == "person" or a.sector in VERBAL_ATTACKS["body_sectors"])
            for a in actors)
    return bool(targets) and people_targets and all(t.kind == "person" for t in targets)


DIPLOMATIC_PROTEST_SECTORS = frozenset(_WORDS["diplomatic_protest_sectors"])


def diplomatic_protest(event: Event, doc: Document, token: Token) -> bool:
    """A protest whose every actor is a state, a government or an international body ("Kenya
    protested against the arrests"): words of disapproval, ACCUSE, not people in the street
    ("Palestinian riots", "Hong Kong protests", "a rally the government staged" stay PROTEST)."""
    actors = [doc.entity(i) for i in event.actor]
    return event.type == "PROTEST" and token.lemma_.lower() == "protest" and (
        token.pos_ == "VERB" or _protest_note(token)) and bool(actors) and all(
        a is not None and (a.kind == "country" or a.sector in DIPLOMATIC_PROTEST_SECTORS)
        for a in actors)


PROTEST_NOTES = {key: frozenset(words) for key, words in _WORDS["protest_notes"].items()}


def _protest_note(noun: Token) -> bool:
    """A protest noun of diplomacy: "a note of protest", "lodged a formal protest", "sent a
    protest to the embassy" (not "Hong Kong protests", "stage a protest")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in PROTEST_NOTES["documents"]:
        return True
    return any(c.dep_ == "amod" and c.lower_ in PROTEST_NOTES["modifiers"]
               for c in noun.children) or (noun.dep_ == "dobj" and
                                           noun.head.lemma_.lower() in PROTEST_NOTES["verbs"])


def figurative(token: Token, etype: str, sports: bool) -> bool:
    """A trigger that, in a sports report or before a scoreline, names play ("beat",
    "attack", "struck"; "Spain beat Italy 2-0")."""
    if etype not in VIOLENT_TYPES or token.lemma_.lower() not in SPORTS_FIGURATIVE:
        return False
    return sports or _scoreline_after_object(token)


def _scoreline_after_object(token: Token) -> bool:
    """Does a scoreline follow the trigger's object ("beat Italy 2-0")? A number inside the
    object ("killed 10-12 people") is no score."""
    doc = token.doc
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        after = doc[obj.right_edge.i + 1:obj.right_edge.i + 5].text
        if SCORELINE.match(after):
            return True
    return False
