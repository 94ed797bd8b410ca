"""The fuzz harness (issue 14): its checks catch what they claim to, and a small slice of
generated and mutated inputs runs clean through extract (the model loaded once)."""

from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

from factwire.cli import app
from factwire.fuzz import GENERATORS, make_case, run_case, run_fuzz, span_problems
from factwire.model import Document, Entity, Mention, Quote, TimeExpr

SLICE = 200


@pytest.fixture(scope="module")
def fuzz_slice(nlp):
    return run_fuzz(SLICE, seed=14, small=True, in_process=True)


def test_cases_are_reproducible_and_cover_every_kind():
    assert make_case(7, 3) == make_case(7, 3)
    assert make_case(7, 3).data != make_case(7, 4).data
    kinds = {make_case(14, i, small=True).kind for i in range(SLICE)}
    assert kinds == set(GENERATORS)


def test_span_checks_catch_a_span_outside_the_text_and_a_wrong_text():
    text = "“We will stay,” the mayor said on Monday."
    doc = Document(id="d", text=text, entities=[
        Entity(id="e1", name="mayor", kind="person",
               mentions=[Mention((20, 25), "mayor"), Mention((20, 25), "Mayor")])],
        quotes=[Quote(id="q1", text="We will stay,", span=(0, 15), kind="direct"),
                Quote(id="q2", text="We will go", span=(0, 15), kind="direct")],
        times=[TimeExpr(span=(34, 90), text="Monday", type="DATE", value=None)])
    problems = span_problems(doc)
    assert len(problems) == 3
    assert problems[0].startswith("entity mention: text 'Mayor' but the span holds 'mayor'")
    assert problems[1].startswith("quote: text 'We will go'")
    assert problems[2].startswith("time: span 34-90 outside the text")


def test_an_exception_in_a_stage_is_a_finding_with_its_stage(nlp, monkeypatch):
    extract_stage = sys.modules["factwire.extract"]

    def annotate(doc, parsed):
        raise IndexError("token index out of range")

    monkeypatch.setattr(extract_stage, "annotate", annotate)
    result = run_case(make_case(14, 0, small=True))
    assert result.exception.startswith("extract: IndexError: token index out of range")


def test_the_slice_raises_nothing(fuzz_slice):
    assert fuzz_slice.exceptions == []
    assert fuzz_slice.documents > SLICE // 2 and fuzz_slice.refused > 0


def test_the_slice_has_no_span_outside_its_text_nor_a_wrong_text(fuzz_slice):
    problems = [p for case in fuzz_slice.bad_spans for p in case["problems"]
                if not p.startswith("claim cue")]
    assert problems == []  # claim cues: the next test


def test_the_slice_has_no_claim_cue_differing_from_its_span(fuzz_slice):
    assert [p for case in fuzz_slice.bad_spans for p in case["problems"]
            if p.startswith("claim cue")] == []


@pytest.mark.slow
def test_fuzz_command_runs_cases_in_workers_and_writes_a_report(tmp_path):
    out = tmp_path / "fuzz.json"
    result = CliRunner().invoke(app, ["fuzz", "--cases", "6", "--seed", "3", "--small",
                                      "--json", str(out)])
    report = json.loads(out.read_text())
    assert report["run"] == 6 and sum(report["kinds"].values()) == 6
    assert report["exceptions"] == [] and report["killed"] == []
    assert "6 cases (seed 3)" in result.stdout
