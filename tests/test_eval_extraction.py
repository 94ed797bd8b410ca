"""The extraction scorer reproduces score.py, and the eval runs end to end on a few pages."""

from __future__ import annotations

import importlib.util
import json

import pytest

from factwire.evaluate import extraction


def test_page_scores_on_a_small_case():
    gold = "The council approved the budget on Tuesday after a long debate."
    assert extraction.page_scores(gold, gold)["f1"] == 1.0
    partial = extraction.page_scores(gold, "Menu Home The council approved the budget on Tuesday")
    # 11 gold tokens → 8 shingles; 9 predicted tokens → 6 shingles; 4 of them shared
    assert partial["precision"] == pytest.approx(4 / 6)
    assert partial["recall"] == pytest.approx(4 / 8)
    empty = extraction.page_scores(gold, "")
    assert (empty["precision"], empty["f1"], empty["empty"]) == (None, 0.0, True)


@pytest.fixture(scope="module")
def gold_dir(shared):
    return shared / "eval" / "article-extraction"


def test_scores_match_score_py(gold_dir):
    spec = importlib.util.spec_from_file_location("score", gold_dir / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((gold_dir / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gold)[:6]
    bodies = [gold[i]["articleBody"] for i in ids]
    predictions = [bodies[1][:300], bodies[1], "", bodies[3] + " Related Posts", "x", bodies[0]]
    ours = [extraction.page_scores(g, p) for g, p in zip(bodies, predictions, strict=True)]
    theirs = [score.page_scores(g, p, 4) for g, p in zip(bodies, predictions, strict=True)]
    for a, b in zip(ours, theirs, strict=True):
        assert (a["precision"], a["recall"], a["f1"]) == (b["precision"], b["recall"], b["f1"])
    mine, ref = extraction.aggregate(ours), score.aggregate(theirs)
    assert (mine["f1"], mine["mean_page_f1"], mine["empty"]) == \
        (ref["f1"], ref["mean_page_f1"], ref["empty_pred"])


def test_eval_runs_on_a_few_pages(gold_dir):
    result = extraction.evaluate(gold_dir, limit=5)
    assert {"f1", "precision", "recall", "mean_page_f1", "empty", "pages",
            "seconds_per_page"} <= set(result)
    assert result["pages"] == 5 and result["empty"] == 0 and not result["errors"]
    assert result["f1"] > 0.85
    assert result["f1"] >= result["without_residue_cleaner"]["f1"] - 0.005
    assert extraction.headline(result).startswith("extraction: f1=")
    assert "pages=5" in extraction.headline(result)
