"""Attribution on news-like text (issue 13): quotes across ?/! breaks and in every mark
convention, other ways of attributing, media and datelines never speakers, pronouns by
gender, titles and labels, claim sources only from attribution cues, the clause's own status,
cue spans; and the JSONL attribution set with its held-out part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factwire.evaluate import attribution
from factwire.extract.claims import find_claims
from factwire.extract.quotes import find_quotes
from factwire.model import Document, Entity, Mention, document_id

SET = Path(__file__).parent / "fixtures" / "attribution_set"


def _extract(text: str, nlp, entities: list[Entity] | None = None) -> Document:
    doc = Document(id=document_id(text), text=text, entities=entities or [])
    parsed = nlp(text)
    doc.quotes = find_quotes(doc, parsed)
    doc.claims = find_claims(doc, parsed)
    return doc


def _quote(doc: Document, content: str):
    found = [q for q in doc.quotes if q.text.rstrip(",") == content]
    assert found, [(q.kind, q.text) for q in doc.quotes]
    return found[0]


def _claim(doc: Document, needle: str):
    found = [c for c in doc.claims if needle in doc.text[c.span[0]:c.span[1]]]
    assert found, [doc.text[c.span[0]:c.span[1]] for c in doc.claims]
    return min(found, key=lambda c: c.span[1] - c.span[0])


@pytest.mark.parametrize("text, content, speaker, cue", [
    # the parser ends the sentence at ? or ! inside the marks; the frame still attaches
    ('"Who approved the contract?" Ms. Varga asked the panel.',
     "Who approved the contract?", "Ms. Varga", "asked"),
    ('"Hands off our pensions!" a retired teacher shouted at the minister.',
     "Hands off our pensions!", "a retired teacher", "shouted"),
    # very short quotes framed by a speech verb are speech
    ("\u201cNo,\u201d the judge said.", "No", "the judge", "said"),
    # two apostrophes, guillemets, British single quotes
    ("''The deal is off,'' the broker said.", "The deal is off", "the broker", "said"),
    ("\u00abWe stay in Mali\u00bb, the defence minister said.", "We stay in Mali",
     "the defence minister", "said"),
    ("\u2018We\u2019ve waited long enough,\u2019 the tenants\u2019 leader told the council.",
     "We\u2019ve waited long enough", "the tenants\u2019 leader", "told"),
    # manner verbs and inverted frames; after the verb the name, not the job description
    ('"They ignored every warning," fumed Ines Calder, a nurse.',
     "They ignored every warning", "Ines Calder", "fumed"),
    ('"We will hire again in spring," said regional sales director Tomas Brede.',
     "We will hire again in spring", "Tomas Brede", "said"),
    ('"The vote was fair," insisted the electoral commission.',
     "The vote was fair", "the electoral commission", "insisted"),
])
def test_direct_quote_frames(nlp, text, content, speaker, cue):
    quote = _quote(_extract(text, nlp), content)
    assert (quote.kind, quote.speaker_text, quote.cue) == ("direct", speaker, cue)


def test_dash_quote_and_colon_label(nlp):
    doc = _extract("\u2014 We will not sell the farm, said Mirela Dragan, who owns it.\n"
                   "Karl Ebner, Alpine Weekly: \u201cThe pass must stay open.\u201d", nlp)
    assert _quote(doc, "We will not sell the farm").speaker_text == "Mirela Dragan"
    assert _quote(doc, "The pass must stay open.").speaker_text == "Karl Ebner"


def test_medium_and_dateline_are_never_speakers(nlp):
    doc = _extract("The port authority issued a statement saying that the strike had ended.",
                   nlp)
    quote = _quote(doc, "the strike had ended")
    assert (quote.speaker_text, quote.medium) == ("The port authority", "a statement")
    doc = _extract("OSLO (Reuters) \u2014 \u201cWe will not pay,\u201d said energy minister "
                   "Siri Dahl.", nlp)
    assert _quote(doc, "We will not pay").speaker_text == "Siri Dahl"
    doc = _extract("\u201cFriends, the vote is ours,\u201d the candidate said.", nlp)
    assert _quote(doc, "Friends, the vote is ours").speaker_text == "the candidate"


def test_she_resolves_to_the_woman_named_by_title(nlp):
    text = ("Mr. Pavel Novak met Ms. Irena Kolar in Prague. "
            "\u201cWe agreed on very little,\u201d she said.")
    people = [Entity("e1", "Pavel Novak", "person",
                     mentions=[Mention((4, 15), "Pavel Novak")]),
              Entity("e2", "Irena Kolar", "person",
                     mentions=[Mention((24, 35), "Irena Kolar")])]
    quote = _quote(_extract(text, nlp, people), "We agreed on very little")
    assert quote.speaker == "e2"


@pytest.mark.parametrize("text, title", [
    ('She was a guest on "Night Desk" last week.', "Night Desk"),
    ('Fans in "Keep the Lights On" shirts lined the street.', "Keep the Lights On"),
    ('The fund, nicknamed "the vault", closed in May.', "the vault"),
])
def test_titles_slogans_and_nicknames_are_kind_title(nlp, text, title):
    doc = _extract(text, nlp)
    assert _quote(doc, title).kind == "title"
    assert not any(q.kind == "direct" for q in doc.quotes)


def test_a_label_keeps_who_gave_it(nlp):
    doc = _extract('The mayor referred to the tower as "the Needle" in her speech.', nlp)
    label = _quote(doc, "the Needle")
    assert (label.kind, label.speaker_text) == ("title", "The mayor")


@pytest.mark.parametrize("text, needle, status, source", [
    ("The striker continues to be the top scorer in the league.", "top scorer", "asserted",
     None),
    ("Inspections do not indicate that the bridge is unsafe.", "the bridge is unsafe",
     "negated", "Inspections"),
    ("The ministry said the border would not reopen this year.", "would not reopen",
     "negated", "The ministry"),
    ("Surveys show that support for the mayor has fallen.", "support for the mayor",
     "reported", "Surveys"),
    ("Smugglers were trying to cross the river at night.", "Smugglers were trying",
     "asserted", None),
    ("Engineers believe the crack has widened.", "the crack has widened", "suspected",
     "Engineers"),
])
def test_claim_status_and_source(nlp, text, needle, status, source):
    claim = _claim(_extract(text, nlp), needle)
    assert (claim.status, claim.source_text) == (status, source)


def test_no_evidence_cue_span_is_its_text(nlp):
    doc = _extract("Auditors found no evidence that the accounts had been altered. "
                   "There is no sign that the strike will end.", nlp)
    for needle in ("had been altered", "will end"):
        claim = _claim(doc, needle)
        assert claim.status == "negated"
        assert claim.cue in ("no evidence", "no sign")
        assert doc.text[claim.cue_span[0]:claim.cue_span[1]] == claim.cue
    for claim in doc.claims:
        if claim.cue_span:
            assert doc.text[claim.cue_span[0]:claim.cue_span[1]] == claim.cue


def test_speech_frame_and_source_cue_are_kept_apart(nlp):
    doc = _extract("Analysts think that the bank could cut rates in June.", nlp)
    claim = _claim(doc, "cut rates")
    assert (claim.status, claim.cue, claim.source_cue) == ("possible", "could", "think")


# --- the JSONL set ---------------------------------------------------------------------------


def test_set_format_is_documented_and_parts_are_both_present():
    cases = attribution.read_cases(SET)
    assert len(cases) >= 200
    assert {c["part"] for c in cases} == {"dev", "heldout"}
    assert all(set(c) <= {"id", "family", "text", "quote", "speaker_text", "cue", "kind",
                          "medium", "claim", "status", "source_text", "speaker_entity", "part"}
               for c in cases)
    assert "speaker_text" in (SET / "README.md").read_text(encoding="utf-8")


def test_a_bad_line_is_named(tmp_path):
    bad = tmp_path / "cases.jsonl"
    bad.write_text('{"text": "ok", "part": "dev"}\nnot json\n', encoding="utf-8")
    with pytest.raises(Exception, match="cases.jsonl:2"):
        attribution.read_cases(tmp_path)


def test_set_scores_hold_on_both_parts():
    """A floor on the whole set; the held-out part was not looked at while writing rules."""
    result = attribution.evaluate(SET)
    assert result["dev"]["all"] >= 0.9, result["failures"].get("dev")
    assert result["heldout"]["all"] >= 0.85
    line = attribution.headline(result)
    assert "dev(" in line and "heldout(" in line
    json.dumps(result)


def test_a_passive_subject_is_not_a_source(nlp):
    doc = _extract("The sale was described as a rescue of the airline.", nlp)
    assert _claim(doc, "described").source_text is None
