"""Factuality of an event token (issue 13): when a cue puts an event ahead, negates it or
leaves it open, read from the cues that govern the token (``claims.cues_for_token``)."""

from __future__ import annotations

import pytest

from factwire.extract.claims import cues_for_token, status_for_token


def _tok(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


def _future(nlp, sentence: str, word: str) -> bool:
    return any(c.future for c in cues_for_token(_tok(nlp, sentence, word)))


def _status(nlp, sentence: str, word: str) -> str:
    return status_for_token(_tok(nlp, sentence, word))


@pytest.mark.parametrize("sentence, word, future", [
    # a value that moved "to close at", "to reach": the result is done, not a purpose
    ("The dollar fell 1.2 percent to close at 104 yen on Friday.", "close", False),
    ("Oil climbed 3% to reach $90 a barrel, its highest level this year.", "reach", False),
    ("The bourse rebounded late in the session to finish at 4,210 points.", "finish", False),
    # ... while a purpose or an agreement still lies ahead
    ("The company cut prices to win back customers.", "win", True),
    ("The firm agreed to close the plant in Ohio.", "close", True),
])
def test_result_infinitive_is_done(nlp, sentence, word, future):
    assert _future(nlp, sentence, word) is future


@pytest.mark.parametrize("sentence, word, future", [
    # what a verb of reducing, ending or meeting acts on is already there: the cutting lies
    # ahead, the jobs and the costs do not
    ("The airline will cut 1,500 jobs at its main hub.", "jobs", False),
    ("The council wants to reduce costs by a fifth.", "costs", False),
    ("About 800 positions will be eliminated at the two plants.", "positions", False),
    ("The regulator will protect the interests of small savers.", "interests", False),
    # ... the act itself still does, and so does what a verb brings about
    ("The airline will cut 1,500 jobs at its main hub.", "cut", True),
    ("The airline will announce job cuts on Friday.", "cuts", True),
    ("The two sides plan to hold talks in Geneva.", "talks", True),
])
def test_changed_patient_is_not_ahead(nlp, sentence, word, future):
    assert _future(nlp, sentence, word) is future


@pytest.mark.parametrize("sentence, word, status", [
    # a negated copula negates what it predicates
    ("The new tariff was not popular with farmers.", "popular", "negated"),
    ("The summit was not a success for the host country.", "success", "negated"),
    ("The tariff was not popular with farmers.", "tariff", "asserted"),
    # "nearly"/"almost" on a verb: the act came close and did not happen
    ("The ferry nearly sank off the northern coast.", "sank", "negated"),
    ("The talks almost collapsed on Tuesday night.", "collapsed", "negated"),
    ("Nearly 200 people attended the rally.", "attended", "asserted"),
    ("Almost 40 percent of voters backed the measure.", "backed", "asserted"),
])
def test_negated_predicates_and_near_misses(nlp, sentence, word, status):
    assert _status(nlp, sentence, word) == status


@pytest.mark.parametrize("sentence, word, status", [
    # a noun a negative participle follows ("the match cancelled by rain") did not happen,
    # and what a negated noun was for did not happen either ("the scrapped plan to build")
    ("The match cancelled by the league will be replayed on Sunday.", "match", "negated"),
    ("Lawmakers debated the scrapped plan to privatise the railway.", "privatise", "negated"),
    ("The plan to privatise the railway was debated.", "privatise", "expected"),
    ("The goods seized by customs were destroyed.", "goods", "asserted"),
])
def test_negated_nouns(nlp, sentence, word, status):
    assert _status(nlp, sentence, word) == status


@pytest.mark.parametrize("sentence, word, future", [
    # a past participle after a noun describes it as it is: "plans announced in May" were
    # announced, whatever the plans are for
    ("The union rejected the plans announced by management in May.", "announced", False),
    ("Ministers will sign the accord reached by negotiators last week.", "reached", False),
    ("The bank plans to buy the stake held by the state.", "held", False),
    # ... while what the noun is for still lies ahead
    ("The union rejected the plans to close the depot.", "close", True),
    # what a refusal or a failure is about is settled, not ahead
    ("The senate failed to pass the budget bill.", "pass", False),
    ("The striking drivers refused to return to work.", "return", False),
])
def test_settled_forms_are_not_ahead(nlp, sentence, word, future):
    assert _future(nlp, sentence, word) is future


def test_refused_act_is_still_negated(nlp):
    assert _status(nlp, "The striking drivers refused to return to work.", "return") == "negated"


@pytest.mark.parametrize("sentence, word", [
    # a noun modifier says what the negative governor says of the same noun
    ("The delayed launch of the satellite angered the ministry.", "launch"),
    ("Officials discussed the suspended talks with the rebels.", "talks"),
    ("Weather satellite launch delayed by storm", "launch"),
])
def test_delayed_and_suspended_nouns_are_negated(nlp, sentence, word):
    assert _status(nlp, sentence, word) == "negated"


@pytest.mark.parametrize("sentence, word, future", [
    # an open condition lies ahead ("if prices rise", "unless wages increase") ...
    ("If prices rise again, the central bank will act.", "rise", True),
    ("The union will strike unless wages increase.", "increase", True),
    # ... a past counterfactual and an open question do not
    ("If the talks had failed, the army would have moved in.", "failed", False),
    ("It is unclear whether the minister signed the order.", "signed", False),
])
def test_conditions_lie_ahead(nlp, sentence, word, future):
    assert _future(nlp, sentence, word) is future


def test_factuality_reads_a_condition_as_ahead_not_uncertain(nlp):
    """MEANTIME leaves a conditional event's certainty UNDERSPECIFIED but puts it ahead."""
    from factwire.evaluate.factuality import predicted_statuses

    statuses = predicted_statuses(cues_for_token(
        _tok(nlp, "If prices rise again, the central bank will act.", "rise")))
    assert "future" in statuses and "possible" not in statuses


@pytest.mark.parametrize("sentence, word, status", [
    # an act done "without", "instead of" or "rather than" another: the other did not happen
    ("The company left the market without paying its suppliers.", "paying", "negated"),
    ("Instead of cutting jobs, the firm lowered salaries.", "cutting", "negated"),
    ("The board voted to sell the unit rather than close it.", "close", "negated"),
    ("The board voted to sell the unit and close it.", "close", "expected"),
    # nouns of failing, refusing and lacking negate what they govern
    ("The failure to reach a deal angered investors.", "reach", "negated"),
    ("His refusal to testify delayed the trial.", "testify", "negated"),
    ("The lack of progress in the talks worried diplomats.", "progress", "negated"),
    # "neither" before a subject negates its verb as "no" does
    ("Neither side signed the accord.", "signed", "negated"),
    ("No agreement was reached at the summit.", "agreement", "negated"),
])
def test_negating_phrases_nouns_and_determiners(nlp, sentence, word, status):
    assert _status(nlp, sentence, word) == status


def test_a_failed_aim_is_not_ahead(nlp):
    assert not _future(nlp, "The failure to reach a deal angered investors.", "reach")


@pytest.mark.parametrize("sentence, word, future", [
    # an event noun raised from the infinitive: "the auction is set to start" (the auction
    # is ahead); a share of events ("a third of the job losses") is what its verb says; a
    # phrase after "be" is its predicate ("will be on leave")
    ("The auction is set to start on Thursday.", "auction", True),
    ("The vote is expected to take place next week.", "vote", True),
    ("A third of the job losses will fall on the French sites.", "losses", True),
    ("Most of the flights will be cancelled.", "flights", True),
    ("The chief executive will be on leave until June.", "leave", True),
    ("The two sides will be in talks next week.", "talks", True),
    ("The chief executive was on leave in June.", "leave", False),
    ("A third of the job losses fell on the French sites.", "losses", False),
])
def test_raised_partitive_and_predicate_nouns(nlp, sentence, word, future):
    assert _future(nlp, sentence, word) is future


def test_a_share_of_cancelled_events_is_negated(nlp):
    assert _status(nlp, "Most of the flights will be cancelled.", "flights") == "negated"


def test_a_negated_share_leaves_its_members_alone(nlp):
    """ "not all of the claims were upheld": the negation is the quantifier's."""
    sentence = "The court ruled that not all of the complaints were justified."
    assert _status(nlp, sentence, "complaints") != "negated"


@pytest.mark.parametrize("sentence, word, future", [
    # "X is due to begin": the adjective governs its subject through the infinitive ...
    ("The hearing is due to resume on Monday.", "hearing", True),
    # ... but "this is due to X" gives a cause, not a time
    ("The delay is due to a shortage of parts.", "delay", False),
])
def test_due_to_with_an_infinitive(nlp, sentence, word, future):
    assert _future(nlp, sentence, word) is future


@pytest.mark.parametrize("sentence, word, status, future", [
    # an explicit purpose is an aim: it may not be reached, and it lies ahead
    ("The bank cut rates in order to support lending.", "support", "possible", True),
    ("He resigned so that the party would keep its majority.", "keep", "possible", True),
    ("The firm sold assets so as to reduce its debt.", "reduce", "possible", True),
    ("The firm sold assets and reduced its debt.", "reduced", "asserted", False),
    # "cannot"/"could not": not possible, a plain negative
    ("The company could not pay its staff in May.", "pay", "negated", False),
    ("Officials cannot confirm the number of victims.", "confirm", "negated", False),
    ("The strike could spread to other ports.", "spread", "possible", True),
])
def test_purposes_and_negated_possibility(nlp, sentence, word, status, future):
    assert (_status(nlp, sentence, word), _future(nlp, sentence, word)) == (status, future)


def test_no_guarantee_leaves_its_clause_open(nlp):
    """ "no guarantee that X": the evidence noun decides (possible), not the bare "no"."""
    sentence = "There is no guarantee that the lenders will extend the loan."
    assert _status(nlp, sentence, "extend") == "possible"


@pytest.mark.parametrize("sentence, word, status", [
    # what is asked, applied or filed for lies ahead
    ("The carmaker applied for court protection last week.", "protection", "expected"),
    ("Unions called for a general strike next month.", "strike", "expected"),
    ("The regulator requested a review of the merger.", "review", "expected"),
    ("The airline waited for a decision by the regulator.", "decision", "asserted"),
    # a coordinated noun takes what its first conjunct's verb says
    ("The army may withdraw troops and tanks from the border.", "tanks", "possible"),
    ("The company will announce job cuts and plant closures.", "closures", "expected"),
    ("The cancelled flights and the hotel bookings cost millions.", "bookings", "asserted"),
])
def test_requested_and_coordinated_nouns(nlp, sentence, word, status):
    assert _status(nlp, sentence, word) == status


def test_none_of_the_events_cancelled_is_not_negated(nlp):
    """ "none of the flights were cancelled": the two negations cancel out for the flights."""
    assert _status(nlp, "None of the trains were cancelled on Monday.", "trains") != "negated"


@pytest.mark.parametrize("sentence, word, status", [
    # "can" before a verb of capacity with a count states what a thing holds or does: a fact
    ("The new ferry can carry 400 passengers and 120 cars.", "carry", "asserted"),
    ("Up to 60 hours of footage can be stored on the camera's card.", "stored", "asserted"),
    ("The stadium can seat 45,000 people.", "seat", "asserted"),
    # twins: "can" as a possibility, or a capacity with no count
    ("Prices can rise by 40 percent if the drought continues.", "rise", "possible"),
    ("Officials said the virus can spread through contaminated water.", "spread", "possible"),
])
def test_a_stated_capacity_is_no_possibility(nlp, sentence, word, status):
    assert _status(nlp, sentence, word) == status
