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
