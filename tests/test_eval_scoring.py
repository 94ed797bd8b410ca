"""The shared evaluation pieces: the MEANTIME reader's two text layouts and DCT quirks, and the
scoring helpers every scorer uses (matching, P/R/F1, ratios, JSON gold files)."""

from dataclasses import dataclass
from datetime import date

import pytest

from factwire.evaluate.meantime import LINES, READABLE, annotated_sentences, parse_date, read_doc
from factwire.evaluate.scoring import match, overlaps, prf, ratio, read_json, read_json_lists
from factwire.model import FactwireError

# sentence 0 = title, 1 = dateline, 2.. = body (as in MEANTIME)
TOKENS = [
    (0, "Boeing"), (0, "wins"), (0, "tanker"), (0, "deal"),
    (1, "Monday"), (1, ","), (1, "March"), (1, "3"), (1, ","), (1, "2008"),
    (2, "The"), (2, "deal"), (2, "is"), (2, "worth"), (2, "US$"), (2, "40"), (2, "billion"),
    (2, "-LRB-"), (2, "about"), (2, "``"), (2, "half"), (2, "''"), (2, "-RRB-"), (2, "."),
    (3, "He"), (3, "called"), (3, "it"), (3, '"'), (3, "fair"), (3, '"'), (3, "."),
]


def cat_xml(dct_value: str, flagged: bool) -> str:
    tokens = "".join(
        f'<token t_id="{i}" sentence="{s}" number="{i}">{w.replace("&", "&amp;")}</token>'
        for i, (s, w) in enumerate(TOKENS, start=1)
    )
    function = "CREATION_TIME" if flagged else "NONE"
    return (
        f'<Document doc_name="boeing_tanker" doc_id="1">{tokens}<Markables>'
        f'<TIMEX3 m_id="1" type="DATE" value="{dct_value}" functionInDocument="{function}">'
        + "".join(f'<token_anchor t_id="{i}"/>' for i in range(5, 11))
        + '</TIMEX3><VALUE m_id="2" type="MONEY">'
        + "".join(f'<token_anchor t_id="{i}"/>' for i in range(15, 18))
        + "</VALUE></Markables></Document>"
    )


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "boeing_tanker.xml"
    path.write_text(cat_xml("2008-03-03", flagged=True), encoding="utf-8")
    return path


def test_readable_layout_glues_money_quotes_and_makes_heading_paragraphs(article):
    doc = read_doc(article, READABLE)
    assert doc.text.startswith("Boeing wins tanker deal\n\nMonday, March 3, 2008\n\nThe deal")
    assert "worth US$40 billion" in doc.text
    assert 'He called it "fair".' in doc.text
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


def test_lines_layout_one_sentence_a_line_with_brackets_restored(article):
    doc = read_doc(article, LINES)
    assert doc.text.splitlines()[:2] == ["Boeing wins tanker deal", "Monday, March 3, 2008"]
    assert "worth US$ 40 billion (about \u201chalf\u201d)." in doc.text
    assert len(doc.sentence_ends) == 4 and doc.sentence_ends[-1] == len(doc.text)
    assert [doc.text[slice(*g.span)] for g in doc.gold_spans("VALUE")] == ["US$ 40 billion"]


def test_dct_is_the_anchor_not_a_scored_timex(article):
    doc = read_doc(article, LINES)
    assert doc.dct == "2008-03-03"
    assert doc.text[slice(*doc.dct_span)] == "Monday, March 3, 2008"
    assert doc.gold_timexes == []
    assert annotated_sentences([doc]) == 2  # the timex ends in sentence 1


def test_dct_without_flag_and_in_day_month_year_order(tmp_path):
    path = tmp_path / "unflagged.xml"
    path.write_text(cat_xml("03-03-2008", flagged=False), encoding="utf-8")
    doc = read_doc(path)
    assert doc.dct == "2008-03-03"  # the dateline date, its DD-MM-YYYY repaired
    assert parse_date("2016-11-07T00:00:00") == date(2016, 11, 7)
    assert parse_date("soon") is None


@dataclass
class Item:
    span: tuple[int, int]


def test_match_pairs_each_item_once_by_largest_overlap():
    gold = [Item((0, 10)), Item((20, 25))]
    pred = [Item((5, 12)), Item((0, 9)), Item((30, 40))]
    relaxed = match(gold, pred, strict=False)
    assert [(g.span, p.span) for g, p in relaxed] == [((0, 10), (0, 9))]
    assert match([Item((0, 9))], pred, strict=True)[0][1] is pred[1]
    assert not overlaps(None, (0, 5)) and not overlaps((0, 5), (5, 9))


def test_prf_and_ratio_round_and_survive_zero():
    assert prf(3, 4, 6) == {"precision": 0.75, "recall": 0.5, "f1": 0.6}
    assert prf(0, 0, 5) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert ratio(2, 3) == 0.6667 and ratio(2, 3, 3) == 0.667 and ratio(1, 0) == 0.0


def test_json_gold_files_are_read_in_order_and_a_bad_one_is_named(tmp_path):
    (tmp_path / "b.json").write_text('[{"Input": "second"}]')
    (tmp_path / "a.json").write_text('[{"Input": "first"}]')
    assert [c["Input"] for c in read_json_lists(tmp_path)] == ["first", "second"]
    (tmp_path / "broken.json").write_text("[{")
    with pytest.raises(FactwireError, match="broken.json"):
        read_json(tmp_path / "broken.json")
