"""Datelines and credit lines of wire stories (extract/datelines.py), without spaCy."""

from __future__ import annotations

import pytest

from factwire.extract.datelines import credit_spans, find_dateline, parse
from factwire.model import Document


@pytest.mark.parametrize("text,place,region,agency", [
    ("BRUSSELS (Continental Press) — Ministers met.", "Brussels", None, "Continental Press"),
    ("HANOI, Vietnam (AP) — The storm hit.", "Hanoi", "Vietnam", "AP"),
    ("KYIV, Ukraine, March 3 (Reuters) - Sirens sounded.", "Kyiv", "Ukraine", "Reuters"),
    ("LONDON — Parliament voted.", "London", None, None),
    ("Storm kills 12\nNEW DELHI (AP) — Rain fell.", "New Delhi", None, "AP"),
    ("Kabul (AFP) - Officials said.", "Kabul", None, "AFP"),
    ("Mombasa – Hundreds of dock workers stopped work on Monday.", "Mombasa", None, None),
    ("Road closures\nPorto Alegre — The river rose again overnight.", "Porto Alegre", None, None),
    ("Nairobi, Kenya — Nurses marched.", "Nairobi", "Kenya", None),
    ("ACCRA - Cocoa farmers blocked the main road on Monday.", "Accra", None, None),
    ("Flood latest\nSAO PAULO - The river burst its banks.", "Sao Paulo", None, None),
])
def test_datelines_are_read(text, place, region, agency):
    found = parse(text)
    assert found is not None
    assert (found.place, found.region, found.agency) == (place, region, agency)
    assert text[found.span[1] - 1] in "—–-"  # the span ends with the dash


@pytest.mark.parametrize("text", [
    "UK sets out fresh terms for Iran - and waits",
    "The United States — long a critic — agreed.",
    "Officials said - without giving details - that it was over.",
    "NATO - the alliance - met.",
    "Breaking News – The minister resigned.",  # title case and a long dash, but no place
    "Update — Police have reopened the road.",
    "Mombasa - Hundreds of dock workers stopped work.",  # a bare hyphen after a title-case word
    "BREAKING - The minister resigned.",  # capitals and a bare hyphen, but no town
    "EXCLUSIVE - Inside the talks that saved the port deal.",
])
def test_ordinary_openings_are_no_dateline(text):
    assert parse(text) is None


def test_document_dateline_record():
    doc = Document(id="d", text="NAIROBI, Kenya (AP) — The police fired tear gas.")
    line = find_dateline(doc)
    assert line is not None and (line.place, line.agency) == ("Nairobi", "AP")
    assert doc.text[line.span[0]:line.span[1]] == "NAIROBI, Kenya (AP) —"


def test_credit_lines_are_found_and_prose_is_not():
    text = ("The talks ended.\nReporting by Ana Silva in Lisbon; Editing by Tom Hale\n"
            "Reporting by the BBC was criticised.\n(Additional reporting by Li Wei)")
    found = [text[s:e] for s, e in credit_spans(text)]
    assert found == ["Reporting by Ana Silva in Lisbon; Editing by Tom Hale",
                     "(Additional reporting by Li Wei)"]


@pytest.mark.parametrize("caption, credit", [
    ("Rescue workers search the rubble in Antakya on Tuesday. (Mehmet Kaya/AFP/Getty Images)",
     "(Mehmet Kaya/AFP/Getty Images)"),
    ("The senator leaves the chamber. (Photo by Jim Watson/AFP via Getty Images)",
     "(Photo by Jim Watson/AFP via Getty Images)"),
    ("Fans gather outside the stadium. (Lena Hoffmann/Reuters)", "(Lena Hoffmann/Reuters)"),
    ("Smoke rises over the port. Photograph: Omar Haddad/EPA", "Photograph: Omar Haddad/EPA"),
    ("The minister arrives for the summit. (Carlos Mendez / Bloomberg)",
     "(Carlos Mendez / Bloomberg)"),
])
def test_photo_credits_with_an_agency_are_credits(caption, credit):
    """A caption's credit names a photographer and an agency; neither is an actor."""
    assert [caption[s:e] for s, e in credit_spans(caption)] == [credit]


def test_a_slash_in_prose_or_a_parenthesis_without_an_agency_is_no_credit():
    text = ("Sales of the Model Y/Model 3 rose (see chart/table below), and the AFP/Reuters "
            "dispute over photo rights went to court.")
    assert credit_spans(text) == []
