"""An Event from a decided candidate: mode, date (with its precision), place, size, claim and
status.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from factwire.extract._common import span_root, token_span
from factwire.extract.events import implicit
from factwire.extract.events.lexicon import MODALITY, Lexicon, TriggerRule, _builtin
from factwire.extract.events.modality import _claim_for, _local_status
from factwire.extract.events.propose import Candidate, _base_type, _event_type
from factwire.extract.events.syntax import (
    PHRASE_BREAKS,
    _belongs_to_clause,
    _clause_tokens,
    _clause_verb,
    _is_light,
    _negated,
    _object_heads,
    _path_up,
    _to_infinitive,
)
from factwire.model import (
    Document,
    Event,
    EventDate,
    Location,
    Quantity,
    Size,
    TimeExpr,
    Trigger,
)


def _mode_for(rule: TriggerRule, token: Token, lexicon: Lexicon, etype: str) -> str | None:
    """The rule's mode if the decided type has it (rules for other types, user dictionaries
    and the crosswalk may pair modes otherwise), else the first of the type's mode words
    found in the trigger's clause."""
    mode = rule.mode
    if rule.recipient_type and etype == rule.recipient_type[0]:
        mode = rule.recipient_type[1]
    if mode and mode in lexicon.modes.get(etype, ()):
        return mode
    named = _named_act_mode(token, lexicon, etype)
    if named:
        return named
    words = lexicon.mode_words.get(etype)
    if not words:
        return None
    near = {t.lemma_.lower() for t in _clause_tokens(token)}
    if token.dep_ in {"dobj", "nsubjpass"}:  # "launched a drone attack": the light verb's clause
        near |= {t.lemma_.lower() for t in _clause_tokens(token.head)}
    for mode, lemmas in words.items():
        if near & lemmas:
            return mode
    return None


ACT_MODES: dict[str, dict[str, str]] = _builtin()["act_modes"]


def _named_act_mode(token: Token, lexicon: Lexicon, etype: str) -> str | None:
    """The mode of a request, refusal or threat from the act it names (``act_modes``): "urged
    X to free the aid workers" asks a release (yield), "threatened to arrest" an arrest, "demanded
    the release of" a release."""
    table = ACT_MODES.get(etype)
    if not table:
        return None
    named = []
    for verb in (c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"):
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        # a light verb names its act by its object ("to hold talks")
        named += objects + [verb] if _is_light(verb, lexicon) else [verb]
    named += [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    for act in named:
        for rule in lexicon.lookup(act.lemma_.lower(), act.pos_):
            mode = table.get(f"{rule.type}/{rule.mode}") or table.get(rule.type)
            if mode and mode in lexicon.modes.get(etype, ()):
                return mode
    return None


def _object_rule(rule: TriggerRule, token: Token, lexicon: Lexicon,
                 etype: str) -> TriggerRule:
    """A light verb the lexicon has no rule of its own for ("filed a lawsuit", "opened an
    inquiry") speaks through its object: the object's rule of the decided type gives the
    event its mode and context (a lawsuit is legal however it is filed)."""
    if rule.mode or rule.context or token.pos_ != "VERB" or not _is_light(token, lexicon):
        return rule
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        for found in lexicon.lookup(obj.lemma_.lower(), "NOUN"):
            if found.type == etype:
                return found
    return rule


def _date(token: Token, sent: Span, doc: Document, parsed: Doc) -> EventDate:
    # An event happens at a point or day, never "for two years" (DURATION) or "every week" (SET).
    times = [t for t in doc.times if sent.start_char <= t.span[0] < sent.end_char
             and t.type in ("DATE", "TIME")]
    best: TimeExpr | None = None
    for t in times:
        root = span_root(parsed, *t.span)
        if root is not None and _belongs_to_clause(root, token):
            best = t
            break
    if best is None and len(times) == 1 and _clause_verb(token).i == sent.root.i:
        best = times[0]
    if best is not None and best.value:
        return EventDate(best.value, best.text, date_precision(best.value))
    if best is not None:  # "some years ago": a time the text gives but no calendar value
        return EventDate(None, best.text, "relative")
    return EventDate(doc.published, None, "publication" if doc.published else None)


def date_precision(value: str) -> str:
    """day | month | year | relative, from a TIMEX3 value: a year or month stays one, never
    the publication day."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{3}[\dX]", value) or re.fullmatch(r"\d{4}-(Q\d|H\d|SU|SP|FA|WI)", value):
        return "year"
    return "relative"  # PAST_REF, weeks, "XXXX-..." and other underspecified values


def _location(token: Token, sent: Span, doc: Document, parsed: Doc,
              place_preps: set[str]) -> Location | None:
    """The place of the trigger's clause: an entity of kind location, with its country, or a
    country named as where it happened ("shelled villages in Afghanistan")."""
    country_place: Location | None = None
    for entity in doc.entities:
        if entity.kind not in {"location", "country"}:
            continue
        for m in entity.mentions:
            if not (sent.start_char <= m.span[0] < sent.end_char):
                continue
            root = span_root(parsed, *m.span)
            if root is None or not _belongs_to_clause(root, token):
                continue
            if entity.kind == "location":
                return Location(entity.name, entity.country)
            if (country_place is None and root.dep_ == "pobj"
                    and root.head.lower_ in place_preps):
                country_place = Location(entity.name, entity.country)
    return country_place


def _size(token: Token, etype: str, sent: Span, doc: Document, parsed: Doc) -> Size | None:
    """The quantity of the action: what its object counts, or who was killed, hurt, held."""
    quantities: list[Quantity] = [q for q in doc.quantities
                                  if sent.start_char <= q.span[0] < sent.end_char]
    scope = set()
    for head in _object_heads(token) + [token]:
        scope |= {t.i for t in head.subtree if not any(
            a.dep_ in PHRASE_BREAKS for a in _path_up(t, head))}
    if etype in {"ASSAULT", "COERCE", "PROTEST"}:
        for child in token.children:
            if child.dep_ in {"advcl", "conj"} and child.lemma_.lower() in {
                "kill", "wound", "injure", "arrest", "detain", "leave"
            }:
                scope |= {t.i for t in child.subtree}
    for q in quantities:
        root = span_root(parsed, *q.span)
        if q.low is None and q.high is None:
            continue
        if root is not None and root.i in scope and root.i != token.i:
            return Size(q.low, q.high, q.unit)
    return None


# An act dated this many years or more before the publication year is history told in
# passing ("seized the territories in 1967"): PLOVER's auxiliary mode ``historical``.
HISTORICAL_YEARS = 2
STATUS_MODES = {"expected": "future", "possible": "hypothetical"}


def auxiliary_modes(status: str, negated: bool, date: EventDate | None,
                    published: str | None) -> list[str]:
    """PLOVER's auxiliary modes, which its manual puts in the context: ``historical`` (dated
    years before the story), ``future`` (expected), ``hypothetical`` (possible) and
    ``negation``. They let a user keep or drop such events; the status says the same of the
    claim."""
    modes = []
    year, pub_year = _year(date.value if date else None), _year(published)
    if date is not None and date.precision in ("day", "month", "year") and year and pub_year \
            and year <= pub_year - HISTORICAL_YEARS:
        modes.append("historical")
    if status in STATUS_MODES:
        modes.append(STATUS_MODES[status])
    if negated or status == "negated":
        modes.append("negation")
    return modes


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _make_event(cand: Candidate, sent: Span, doc: Document, parsed: Doc, lexicon: Lexicon,
                number: int) -> Event | None:
    token = cand.token
    etype = _event_type(cand)
    rule = _object_rule(cand.rule, token, lexicon, etype)
    mode = _mode_for(rule, token, lexicon, etype)
    claim = _claim_for(token, doc)
    status = claim.status if claim is not None else "asserted"
    negated = _negated(token) and cand.modality != "refused"  # the refusal is the act
    local = _local_status(token, sent, lexicon)
    if local and status in {"asserted", "reported", "confirmed"}:
        status = local
    if negated and status in {"asserted", "reported", "confirmed"}:
        status = "negated"
    actors = list(cand.actors)
    context = list(rule.context)
    if cand.modality:  # the act is what was demanded, floated, promised, threatened, refused
        context.append(_base_type(cand).lower())
        mode = None
        if MODALITY[cand.modality].made and status in {"expected", "possible"} and claim is None:
            status = "asserted"  # the promise or threat itself was made
        if cand.modality == "refused" and status == "negated":
            status = "asserted"  # "did not accept Chile's proposal": the refusal was made
    if etype in lexicon.actor_required and not actors and \
            implicit.implied_actor(etype, token) is None:
        return None  # (an implied actor is added after: "were charged", the authorities)
    span = token_span(token)
    date = _date(token, sent, doc, parsed)
    context += auxiliary_modes(status, negated, date, doc.published)
    return Event(
        id=f"ev{number}",
        type=etype,
        mode=mode,
        context=context,
        trigger=Trigger(span, token.text),
        sentence=(sent.start_char, sent.end_char),
        actor=[e.id for e in actors],
        recipient=[e.id for e in cand.recipients],
        date=date,
        location=_location(token, sent, doc, parsed, lexicon.place_preps),
        size=_size(token, etype, sent, doc, parsed),
        status=status,
        claim=claim.id if claim is not None else None,
        negated=negated,
        score=round(cand.score, 4) if cand.score is not None else None,
        evidence=list(cand.evidence),
    )



def _purpose_of(a: Event, b: Event, parsed: Doc) -> bool:
    """Is ``b``'s trigger the "to" infinitive of purpose of ``a``'s act, with the same sides
    ("marched … to protest against fees", "started a hunger strike to protest")?"""
    if sorted(a.actor) != sorted(b.actor) or sorted(a.recipient) != sorted(b.recipient):
        return False
    ta, tb = _trigger_token(a, parsed), _trigger_token(b, parsed)
    if ta is None or tb is None or tb.dep_ != "advcl" or not _to_infinitive(tb):
        return False
    return tb.head.i == ta.i or (ta.dep_ in ("dobj", "pobj") and tb.head.i == ta.head.i)


def merge_mentions(events: list[Event], parsed: Doc) -> list[Event]:
    """The same event reported twice in a document is one event with ``mentions``: same type,
    same actors and recipients (at least one side named), and coreferent triggers (the same
    lemma, or a noun taking up an earlier report: "deployed ... the deployment"), the same date
    and no conflicting size."""
    kept: list[Event] = []
    for event in events:
        first = next((k for k in kept if _same_event(k, event, parsed)), None)
        if first is None:
            kept.append(event)
            continue
        first.mentions.append(event.trigger)
        if implicit.actor_implied(first) and event.actor and (
                not implicit.actor_implied(event) or (event.score or 0) > (first.score or 0)):
            first.actor = list(event.actor)  # "killed when their post was fired on from
            # across the border with X": the side the fuller telling names
        if first.score is not None and event.score is not None:
            first.score = max(first.score, event.score)
        first.size = first.size or event.size
    for number, event in enumerate(kept, 1):
        event.id = f"ev{number}"
    return kept


ONE_ACT_TYPES = frozenset(_builtin()["one_act_types"])


def _same_event(a: Event, b: Event, parsed: Doc) -> bool:
    if a.type == b.type and a.sentence == b.sentence and (
            _purpose_of(a, b, parsed) or _restated(a, b, parsed) or _one_act(a, b)):
        return True  # "started a hunger strike to protest X": one protest
    if a.type != b.type or a.sentence == b.sentence or not (a.actor or a.recipient):
        return False
    if _taken_up(a, b, parsed):
        return True
    if sorted(a.actor) != sorted(b.actor) or sorted(a.recipient) != sorted(b.recipient):
        return False
    if a.negated != b.negated:
        return False
    ta, tb = _trigger_token(a, parsed), _trigger_token(b, parsed)
    if ta is None or tb is None:
        return False
    if ta.lemma_.lower() != tb.lemma_.lower() and tb.pos_ != "NOUN":
        return False
    if a.size and b.size and (a.size.low, a.size.high) != (b.size.low, b.size.high):
        return False
    # a report with its own date is another occurrence ("another 3,000 were sent in recent
    # weeks" after "has been sending troops"), not a repeat
    return (a.date.value if a.date else None) == (b.date.value if b.date else None)


RESTATING_VERBS = frozenset(_builtin()["restating_verbs"])


def _one_act(a: Event, b: Event) -> bool:
    """Do two triggers of one sentence tell one act ("were killed when their post was fired
    on"): a type of ``one_act_types``, the same recipients, and the same actors or an implied
    one on either side?"""
    return a.type in ONE_ACT_TYPES and bool(a.recipient) and \
        sorted(a.recipient) == sorted(b.recipient) and a.negated == b.negated and (
            sorted(a.actor) == sorted(b.actor) or implicit.actor_implied(a)
            or implicit.actor_implied(b))


def _restated(a: Event, b: Event, parsed: Doc) -> bool:
    """Is ``b``'s trigger what ``a``'s act is said to be ("the rally was the largest protest",
    "the rally represented the biggest protest in a decade")?"""
    ta, tb = _trigger_token(a, parsed), _trigger_token(b, parsed)
    if ta is None or tb is None or tb.pos_ != "NOUN" or tb.dep_ not in ("attr", "dobj", "oprd"):
        return False
    verb = tb.head
    return verb.lemma_.lower() in RESTATING_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i == ta.i for c in verb.children)


TAKING_UP = {"the", "this", "these", "those"}


def _taken_up(a: Event, b: Event, parsed: Doc) -> bool:
    """Is ``b`` the act of ``a`` named again by a definite noun whose own phrase says nothing
    of who did it ("staged protests … the protests had cost", "arrested 20 workers … the
    arrests were unlawful")? Its sides are then guesses, and it is a mention of ``a``."""
    ta, tb = _trigger_token(a, parsed), _trigger_token(b, parsed)
    if ta is None or tb is None or tb.pos_ != "NOUN":
        return False
    said = {ta.lemma_.lower()} | {c.lemma_.lower() for c in ta.children if c.dep_ == "dobj"}
    if tb.lemma_.lower() not in said:  # "staged protests … the protests"
        return False
    return any(c.dep_ == "det" and c.lower_ in TAKING_UP for c in tb.children) and not any(
        c.dep_ in ("poss", "compound", "amod", "prep", "nummod") for c in tb.children)


def _trigger_token(event: Event, parsed: Doc) -> Token | None:
    span = parsed.char_span(*event.trigger.span, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
