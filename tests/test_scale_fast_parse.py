"""nlp_fast: the model parses only sentences that can hold an event, a quote or a claim."""

from __future__ import annotations

import pytest

from factwire import nlp_fast

pytestmark = pytest.mark.slow

TEXT = (
    "The weather in Seoul was mild this spring.\n\n"
    "North Korea sent about 3,000 more soldiers to Russia last week, officials said. "
    "Cherry trees lined the river banks. "
    "Kim Jong Un reportedly visited the troops."
)


def test_only_candidate_sentences_are_parsed_and_offsets_are_kept(nlp):
    (doc,) = nlp_fast.parse_many([TEXT])
    assert doc.text == TEXT  # same characters: every span of the extractors stays valid
    sents = [s.text.strip() for s in doc.sents]
    assert sents == [
        "The weather in Seoul was mild this spring.",
        "North Korea sent about 3,000 more soldiers to Russia last week, officials said.",
        "Cherry trees lined the river banks.",
        "Kim Jong Un reportedly visited the troops.",
    ]
    parsed = {s.text.strip()[:10]: any(t.dep_ not in ("", "ROOT") for t in s)
              for s in doc.sents}
    # "sent"/"said" (send, say) and "reportedly" are in the lexicons; weather and trees are not
    assert parsed == {"The weathe": False, "North Kore": True, "Cherry tre": False,
                      "Kim Jong U": True}
    sent = next(t for t in doc if t.text == "sent")
    assert (sent.lemma_, sent.head.text) == ("send", "said")
    assert {e.text for e in doc.ents} >= {"North Korea", "Russia", "Kim Jong Un"}
    assert all(t.pos_ for t in doc if not t.is_space)  # tags everywhere for the matchers


def test_irregular_and_inflected_forms_reach_their_lemma(nlp):
    keep = nlp_fast._filter()
    assert {"send", "say"} <= nlp_fast.candidate_lemmas()
    assert keep.is_trigger("sent") and keep.is_trigger("said") and keep.is_trigger("talks")
    assert not keep.is_trigger("weather")
