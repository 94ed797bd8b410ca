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


# --- stop 45: families from reading real pages (written before the rules) -----------------


def _annotated(nlp, text: str) -> Document:
    from factwire.extract import annotate

    return annotate(Document(id=document_id(text), text=text), nlp(text))


def _speaker_name(doc: Document, content: str) -> str | None:
    quote = next((q for q in doc.quotes if content in q.text), None)
    assert quote is not None, [q.text for q in doc.quotes]
    entity = doc.entity(quote.speaker)
    return entity.name if entity else None


@pytest.mark.parametrize("text, content, speaker", [
    # a quote paragraph with no frame, right after a framed quote paragraph, goes on
    ("\u201cWe will rebuild every school before the rains,\u201d said Maria Lopez, the "
     "region's governor.\n\n\u201cNobody in this province will be left behind.\u201d",
     "Nobody in this province", "Maria Lopez"),
    ("The governor, Maria Lopez, spoke after the vote: \u201cThis is a good day for the "
     "province.\u201d\n\n\u201cWe will start building in June.\u201d",
     "start building", "Maria Lopez"),
    # a quote sentence right after a sentence about one person is that person's
    ("Finance Minister Leila Haddad defended the levy in parliament. \u201cThere was no "
     "other way to fund the hospitals.\u201d", "fund the hospitals", "Leila Haddad"),
    ("Senator Tom Adler returned to the subject later in the hearing. \u201cWho signed off "
     "on these contracts, and when?\u201d", "Who signed off", "Tom Adler"),
    # ... the later speaker, not the last quote's
    ("\u201cWe will appeal,\u201d said Tom Reyes, the union's lawyer. By next year, Judge "
     "Amira Castell said, the court will rule on the merger. \u201cNobody should expect a "
     "quick answer.\u201d", "quick answer", "Amira Castell"),
    # "he said": the subject who spoke before, not a man named nearer in a possessive
    ("\u201cWe expected more from the contractor,\u201d Judge Paul Okafor said. He then "
     "turned to Mr. Brennan's report from May. \u201cI cannot accept these numbers,\u201d he "
     "added.", "cannot accept", "Paul Okafor"),
    ("Javier Ortiz defeated Marco Lenz in the final on Saturday. \u201cI played my best "
     "tennis of the year,\u201d he said.", "best tennis", "Javier Ortiz"),
    # ... and when the paragraph has no subject yet, the last paragraph's speaker
    ("Defence lawyer Rob Kettering said his client, Peter Hale, would plead not guilty. "
     "He said Hale is a father of two.\n\n\u201cWe had hoped the prosecutors would look at "
     "the whole department,\u201d Kettering said.\n\nSometimes officers cut corners, he "
     "said. \u201cBut does that mean they should lose their careers?\u201d",
     "lose their careers", "Rob Kettering"),
    # ... the subject of the sentence, not of a clause inside it
    ("Lawyer Rob Kettering declined to say whether Peter Hale slept on duty the night "
     "David Orr died. \u201cWhen the evidence comes out, people will understand,\u201d he "
     "said.", "people will understand", "Rob Kettering"),
    ("\u201cWho approved the budget?\u201d Senator Tom Adler asked. Mark Duval, the chief "
     "engineer, was adamant about the design. \u201cIt was sound from the first day,\u201d he "
     "said.", "sound from the first day", "Mark Duval"),
])
def test_a_quote_without_a_frame_takes_the_speaker_readers_give_it(nlp, text, content,
                                                                   speaker):
    assert _speaker_name(_annotated(nlp, text), content) == speaker


@pytest.mark.parametrize("text, content", [
    # a narrative paragraph about someone else comes between: no longer the governor's
    ("\u201cWe will rebuild every school,\u201d said Maria Lopez, the region's governor.\n\n"
     "The opposition leader, Carlos Pinto, has doubts about the money.\n\n"
     "\u201cPromises cost nothing.\u201d", "Promises cost nothing"),
    # a sentence about an institution names no speaker
    ("\u201cWe are ready,\u201d said Maria Lopez, the governor. The ministry published its "
     "figures on Monday. \u201cThe numbers speak for themselves.\u201d", "speak for themselves"),
])
def test_a_quote_after_other_news_does_not_inherit_the_last_speaker(nlp, text, content):
    assert _speaker_name(_annotated(nlp, text), content) != "Maria Lopez"


@pytest.mark.parametrize("text, needle, source", [
    # verbs of thought and writing in another sense attribute nothing
    ("Most of the returning migrants said they had failed to realise hopes of a life "
     "abroad.", "failed to realise", "Most of the returning migrants"),
    ("Officials said engineers are writing new software for the signals.",
     "engineers are writing", "Officials"),
    ("The new owners assumed control of the club in March.", "assumed control", None),
    ("Residents felt the tremor shortly after midnight.", "felt the tremor", None),
    ("She wrote forty songs in one year and mailed her favourites to a publisher.",
     "mailed her favourites", None),
    # ... and in their reporting sense they do
    ("Engineers realised the bridge was unsafe.", "the bridge was unsafe", "Engineers"),
    ("She wrote that the plan had failed.", "the plan had failed", "She"),
    ("Residents felt that the council had ignored them.", "the council had ignored",
     "Residents"),
    # a manner verb with a that-clause reports; with an infinitive it does not
    ("The mayor joked that she was no singer.", "she was no singer", "The mayor"),
    ("The coach fumed that the referee had been bribed.", "the referee had been bribed",
     "The coach"),
    ("The museum continued to attract visitors after the fire.", "attract visitors", None),
    # an attribution set inside the sentence covers its first clause too
    ("The plant will close in May, the company said, and 300 jobs will go.",
     "The plant will close", "the company"),
    # ... set off by commas: a clause that merely follows is no frame
    ("The gates are even painted so you know if those fenced off need a ticket or if they "
     "must be entered from the north.", "those fenced off", None),
    ("Prices, the minister said on Tuesday, will rise again in the spring.",
     "will rise again", "the minister"),
    ("While some voters stayed home, and \u201cwe respect that,\u201d Reyes said, most "
     "turned out.", "some voters stayed home", "Reyes"),
])
def test_claim_sources_of_real_page_families(nlp, text, needle, source):
    claim = _claim(_extract(text, nlp), needle)
    assert claim.source_text == source


def test_a_manner_verb_with_an_infinitive_frames_no_quote(nlp):
    doc = _extract("Engineers \u201cpatched\u201d the servers overnight while the bank "
                   "continued to lend to small firms.", nlp)
    assert all(q.speaker_text != "the bank" for q in doc.quotes)


@pytest.mark.parametrize("text, label, speaker_text", [
    ("The chairman introduced her as \u201cthe best negotiator in the business.\u201d",
     "the best negotiator in the business.", "The chairman"),
    ("The company views privacy as \u201ca basic right\u201d and builds it into its phones.",
     "a basic right", "The company"),
])
def test_a_label_given_with_as_is_the_subjects(nlp, text, label, speaker_text):
    quote = _quote(_extract(text, nlp), label)
    assert quote.speaker_text == speaker_text


def test_the_blind_stop_45_set_scores_on_both_parts():
    """The helper's 72 cases (36 held out, not read while writing rules): a floor on each part."""
    result = attribution.evaluate(SET.parent / "attribution_s45")
    assert result["dev"]["cases"] == result["heldout"]["cases"] == 36
    assert result["dev"]["all"] >= 0.9, result["failures"].get("dev")
    assert result["heldout"]["all"] >= 0.85


@pytest.mark.parametrize("text, content, speaker_text", [
    ("Nurses chanted, \u201cSafe staffing saves lives,\u201d as hundreds of them blocked the "
     "road outside the hospital.", "Safe staffing saves lives", "Nurses"),
    # the verb right before the comma and the mark frames it, not a later one
    ("While some protesters chanted, \u201cNo more cuts,\u201d in a corridor, the minister "
     "spoke to reporters.", "No more cuts", "some protesters"),
])
def test_a_chant_is_framed_by_its_crowd(nlp, text, content, speaker_text):
    assert _quote(_extract(text, nlp), content).speaker_text == speaker_text


def test_the_agency_is_the_body_that_spoke_not_the_one_it_spoke_about(nlp):
    doc = _annotated(nlp, "State police said about 4,000 marchers had gone into the Halden "
                          "Assembly building, but the agency did not estimate how many waited "
                          "outside.")
    assert _speaker_name(doc, "how many waited outside") == "State police"


def test_a_pronoun_inside_a_clause_takes_the_nearest_subject(nlp):
    text = ("Marta Reyes, an analyst who advises the cabinet, said Tomas Berg will sign only "
            "if he thinks the treaty will help his party.")
    claim = _claim(_annotated(nlp, text), "the treaty will help his party")
    assert claim.source_text == "he"
    assert _annotated(nlp, text).entity(claim.source).name == "Tomas Berg"


@pytest.mark.parametrize("text, content", [
    ("Some of Senator Ruth Adler's defenders claimed the leaked memo had been forged.",
     "the leaked memo had been forged"),
    ("Critics of Governor Paul Marsh said the new levy would hurt farmers.",
     "the new levy would hurt farmers"),
])
def test_a_persons_critics_or_defenders_are_not_that_person(nlp, text, content):
    doc = _annotated(nlp, text)
    name = _speaker_name(doc, content)
    assert name is None or ("Adler" not in name and "Marsh" not in name), name


@pytest.mark.parametrize("text, content, speaker_text", [
    # keeping a thing is no saying: the writer's label has no speaker
    ("That would let the mayor campaign on maintaining his \u201ctough on crime\u201d "
     "stance, which plays well with suburban voters.", "tough on crime", None),
    # ... and the same verb with a quote still frames it
    ("\u201cWe never agreed to the merger,\u201d the board maintained.", "never agreed",
     "the board"),
])
def test_a_speech_verb_in_its_keeping_sense_frames_nothing(nlp, text, content, speaker_text):
    quote = next(q for q in _extract(text, nlp).quotes if content in q.text)
    assert quote.speaker_text == speaker_text


def test_a_sign_slogan_after_such_as_is_a_title(nlp):
    doc = _extract("Nurses lined the hospital steps, many holding banners with slogans such as, "
                   "\u201cSafe Wards Save Lives.\u201d", nlp)
    assert [q.kind for q in doc.quotes if "Safe Wards" in q.text] == ["title"]


def test_a_speaking_pronoun_in_a_split_quote_takes_the_sentence_subject(nlp):
    """'"…," he said, "…"' after "X declined to say whether Y slept the night Z died": X."""
    text = ("Lawyer Rob Kettering declined to say whether Peter Hale slept on duty the night "
            "David Orr died. \u201cWhen all the evidence is in,\u201d he said, \u201cpeople "
            "will see what really happened.\u201d")
    assert _speaker_name(_annotated(nlp, text), "all the evidence") == "Rob Kettering"
