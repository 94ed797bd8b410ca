"""The defining example through the whole pipeline: the events the issue lists."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def example_doc(example_path):
    """The example through the whole pipeline. (conftest's fixture does ``from factwire import
    extract``, which yields the ``factwire.extract`` subpackage once it has been imported.)"""
    from factwire.pipeline import extract

    return extract(str(example_path), published="2025-04-30")


def _events(doc):
    if not doc.entities or not doc.claims or not doc.times:
        pytest.skip("the actors, claims and times stages are not in place yet")
    out = []
    for event in doc.events:
        actors = [doc.entity(i) for i in event.actor]
        recipients = [doc.entity(i) for i in event.recipient]
        out.append((event, {e.country for e in actors}, {e.country for e in recipients},
                    {e.name for e in actors}, {e.name for e in recipients}))
    return out


def _find(items, actor, etype, recipient=None, trigger=None):
    found = [e for e, a, r, an, rn in items if (actor in a or actor in an) and e.type == etype
             and (recipient is None or recipient in r or recipient in rn)
             and (trigger is None or e.trigger.text == trigger)]
    assert found, f"no {actor} → {etype} → {recipient} ({trigger})"
    return found[0]


def test_north_korean_deployments(example_doc):
    items = _events(example_doc)
    first = _find(items, "PRK", "AID", "RUS", "deployed")
    assert first.mode == "military"
    assert (first.size.low, first.size.high) == (10000, 12000)
    assert first.date.value == "2024" and first.date.text == "last year"
    assert first.status == "reported"
    second = _find(items, "PRK", "AID", "RUS", "sent")
    assert second.size.low == 3000
    assert second.date.text == "recent weeks"


def test_us_condemns_and_demands(example_doc):
    items = _events(example_doc)
    accuse = _find(items, "USA", "ACCUSE", "PRK", "condemned")
    request = _find(items, "USA", "REQUEST", "PRK", "called")
    assert accuse.status == request.status == "asserted"
    # the support the US wants ended is part of the demand, not an event of its own
    assert not [e for e, *_ in items if e.trigger.text == "support"
                and e.sentence == request.sentence]


def test_weapons_and_what_russia_gives_back(example_doc):
    items = _events(example_doc)
    weapons = _find(items, "PRK", "AID", "RUS", "supplying")
    assert (weapons.mode, weapons.status) == ("military", "reported")
    technology = _find(items, "RUS", "AID", "PRK", "provide")
    assert (technology.mode, technology.status) == ("military", "possible")
    economic = _find(items, "RUS", "AID", "PRK", "receive")
    assert (economic.mode, economic.status) == ("economic", "expected")


def test_trump_criticism_and_missiles(example_doc):
    items = _events(example_doc)
    _find(items, "Donald Trump", "ACCUSE", "Vladimir Putin")
    assault = _find(items, "RUS", "ASSAULT", trigger="shooting")
    assert assault.mode == "aerial"
    quote = next(q for q in example_doc.quotes
                 if q.span[0] <= assault.trigger.span[0] < q.span[1])
    assert example_doc.entity(quote.speaker).name == "Donald Trump"


@pytest.mark.xfail(strict=True, reason=(
    "the trained type scorer gives 'none' to the floated 'sanctions' of the quoted question "
    "(no explicit threat verb); no rule is written for this sentence (issue 11)"))
def test_trump_threat(example_doc):
    threat = _find(_events(example_doc), "Donald Trump", "THREATEN", "Vladimir Putin")
    assert threat.status == "possible"
    assert "sanction" in threat.context


def test_every_event_is_resolved_and_from_the_clean_body(example_doc):
    items = _events(example_doc)
    for event, actor_codes, recipient_codes, *_ in items:
        assert actor_codes | recipient_codes - {None}, event
        start, end = event.trigger.span
        assert example_doc.text[start:end] == event.trigger.text
    # the "Related Posts" teasers (veterans condemning Vance...) are residue, never events
    assert not [e for e, *_ in items if "Vance" in example_doc.text[e.sentence[0]:e.sentence[1]]]
    assert len({e.trigger.span for e, *_ in items}) == len(items)  # one event per trigger
