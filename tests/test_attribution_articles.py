"""The whole-article attribution scorer: precision as well as recall, speakers through the
resolved entity, titles taken for quotes counted, a claim over a quote not an extra."""

import json

from typer.testing import CliRunner

from factwire.cli import app
from factwire.evaluate.attribution_articles import dice, score_article
from factwire.model import Claim, Document, Entity, Mention, Quote

TEXT = ("Council rejects budget\n\n"
        "Councillor Nadia Ferreira said the vote was a mistake. \u201cWho pays for this? "
        "Not the mayor,\u201d she said. The report, \u201cEmpty Coffers\u201d, was published "
        "on Monday.")


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return (start, start + len(part))


def _doc(quotes: list[Quote], claims: list[Claim] | None = None) -> Document:
    ferreira = Entity("e1", "Nadia Ferreira", "person", mentions=[
        Mention(_span("Nadia Ferreira"), "Nadia Ferreira"), Mention(_span("she"), "she")])
    return Document(id="d", text=TEXT, entities=[ferreira], quotes=quotes,
                    claims=claims or [])


SAID = "Who pays for this? Not the mayor,"
ARTICLE = {
    "id": "t1", "text": TEXT,
    "attributions": [
        {"kind": "direct", "content": "Who pays for this? Not the mayor,",
         "speaker_text": "she", "speaker": "Nadia Ferreira", "cue": "said"},
        {"kind": "indirect", "content": "the vote was a mistake",
         "speaker_text": "Councillor Nadia Ferreira", "speaker": "Nadia Ferreira",
         "cue": "said"},
    ],
    "not_quotes": ["Empty Coffers"],
}


def test_a_quote_cut_at_its_question_mark_still_matches_but_another_does_not():
    assert dice("Who pays for this?", "Who pays for this? Not the mayor,") < 0.8
    assert dice("Who pays for this? Not the mayor", "Who pays for this? Not the mayor,") == 1
    assert dice("Empty Coffers", "Who pays for this? Not the mayor,") == 0


def test_speaker_right_through_the_entity_and_a_title_counts_against_precision():
    quote = Quote("q1", SAID, _span(SAID), "direct", speaker="e1", speaker_text="she")
    title = Quote("q2", "Empty Coffers", _span("Empty Coffers"), "direct")
    got = score_article(ARTICLE, _doc([quote, title]))
    # predicted 2, gold 1, matched 1, speaker right 1
    assert got["direct"] == [2, 1, 1, 1]
    assert got["not_quotes_taken"] == 1
    assert got["extra_quotes"] == ["Empty Coffers"]


def test_a_wrong_speaker_is_a_content_match_but_no_end_to_end_match():
    quote = Quote("q1", SAID, _span(SAID), "direct", speaker_text="the mayor")
    got = score_article(ARTICLE, _doc([quote]))
    assert got["direct"] == [1, 1, 1, 0]
    assert got["wrong_speaker"]


def test_a_sourced_claim_matches_the_indirect_attribution_and_a_duplicate_is_no_extra():
    quote = Quote("q1", SAID, _span(SAID), "direct", speaker="e1", speaker_text="she")
    reported = Claim("c1", _span("the vote was a mistake"), "reported", source="e1",
                     source_text="Councillor Nadia Ferreira")
    under_quote = Claim("c2", _span("Not the mayor"), "reported", source="e1",
                        source_text="she")
    got = score_article(ARTICLE, _doc([quote], [reported, under_quote]))
    # the quote and the claim; the claim inside the quote is not counted as a prediction
    assert got["all"] == [2, 2, 2, 2]
    assert not got["missed"]


def test_eval_quotes_scores_a_folder_of_annotated_articles(tmp_path):
    article = {
        "id": "a1", "part": "dev", "published": "2026-03-02",
        "text": ("Port strike enters second week\n\n"
                 "Dock workers in Valparaiso stayed off the job on Monday. \u201cWe are not "
                 "going back until the contracts are signed,\u201d said Tomas Ibarra, the "
                 "union's regional secretary."),
        "attributions": [{"kind": "direct", "content": "We are not going back until the "
                          "contracts are signed,", "speaker_text": "Tomas Ibarra",
                          "speaker": "Tomas Ibarra", "cue": "said"}],
        "not_quotes": [],
    }
    (tmp_path / "articles.jsonl").write_text(json.dumps(article) + "\n")
    result = CliRunner().invoke(app, ["eval", "quotes", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "direct content F1=1.000 end-to-end F1=1.000" in result.output


def test_a_mixed_quote_is_scored_by_its_quoted_words_and_a_turn_is_one_quote():
    text = ("Mayor Ana Ruiz said the levy was \u201ca tax on staying alive\u201d and would go. "
            "\u201cWe tried,\u201d she said. \u201cIt failed.\u201d")
    clause = text[text.index("the levy"):text.index(" and would")]
    ruiz = Entity("e1", "Ana Ruiz", "person", mentions=[Mention((6, 14), "Ana Ruiz")])
    first = text.index("\u201cWe")
    second = text.index("\u201cIt")
    doc = Document(id="d", text=text, entities=[ruiz], quotes=[
        Quote("q1", clause, (text.index("the levy"), text.index(" and would")), "mixed",
              speaker="e1", speaker_text="Mayor Ana Ruiz"),
        Quote("q2", "We tried", (first, first + 11), "direct", speaker="e1", speaker_text="she"),
        Quote("q3", "It failed.", (second, len(text)), "direct", speaker="e1",
              speaker_text="she")])
    article = {"text": text, "attributions": [
        {"kind": "mixed", "content": "a tax on staying alive", "speaker_text": "Mayor Ana Ruiz",
         "speaker": "Ana Ruiz"},
        {"kind": "direct", "content": "We tried, It failed.", "speaker_text": "she",
         "speaker": "Ana Ruiz"}]}
    assert score_article(article, doc)["direct"] == [2, 2, 2, 2]


def test_a_speaker_written_shorter_than_the_gold_phrase_still_counts():
    text = "Official figures released last week showed prices rose 31%."
    doc = Document(id="d", text=text, claims=[
        Claim("c1", (text.index("prices"), len(text) - 1), "reported",
              source_text="Official figures")])
    article = {"text": text, "attributions": [
        {"kind": "indirect", "content": "prices rose 31%",
         "speaker_text": "Official figures released last week",
         "speaker": "Official figures released last week"}]}
    assert score_article(article, doc)["all"] == [1, 1, 1, 1]


def test_an_indirect_quote_and_its_claim_over_the_same_words_count_once():
    text = "Inspector Lara Venn said no arrests had been made by noon."
    clause = (text.index("no arrests"), len(text) - 1)
    doc = Document(id="d", text=text, quotes=[
        Quote("q1", text[clause[0]:clause[1]], clause, "indirect", speaker_text="Lara Venn")],
        claims=[Claim("c1", clause, "reported", source_text="Lara Venn")])
    article = {"text": text, "attributions": [
        {"kind": "indirect", "content": "no arrests had been made by noon",
         "speaker_text": "Inspector Lara Venn", "speaker": "Lara Venn"}]}
    got = score_article(article, doc)
    assert got["all"] == [1, 1, 1, 1] and not got["extra_claims"]
