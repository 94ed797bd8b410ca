"""Property tests: the residue cleaner never raises and never loses a word."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factwire.clean.residue import clean_text

WORD = re.compile(r"\w+")
# Lines built from news-like pieces and the cleaner's own cues, so its branches are exercised.
PIECES = st.sampled_from([
    "Related Posts", "Read more: Storm hits the coast", "You may also like", "Advertisement",
    "Share this article", "Subscribe to our newsletter", "Officials said on Monday",
    "the talks had failed", "\u201cWe will not accept this,\u201d he said.", "\u2026", "...",
    "Minister resigns", "gMinister resigns over budget", "war.Its", "McDonald", "iPhone",
    "By Anna Lee", "Recommended", "www.example.com/a.B", "\u201c", "\u201d", "\"",
])
LINE = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=6).map(" ".join)
DOCUMENT = st.lists(st.tuples(LINE, st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"])),
                    max_size=12).map(lambda parts: "".join(line + sep for line, sep in parts))
TITLES = st.one_of(st.none(), st.just("Minister resigns over budget"), st.text(max_size=40))


def kept_words(result) -> set[str]:
    """Every word in the clean text, title, residue and related teasers."""
    pieces = [result.text, result.title or ""] + [r.text for r in result.residue]
    pieces += [r.title + " " + r.snippet for r in result.related]
    return set(WORD.findall("\n".join(pieces)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(), DOCUMENT), title=TITLES)
def test_cleaner_never_raises_and_never_loses_a_word(text, title):
    result = clean_text(text, title)
    assert isinstance(result.text, str)
    assert set(WORD.findall(text)) <= kept_words(result)
    for removed in result.residue:
        assert removed.text.strip() and removed.text not in ("", "\n")


@settings(max_examples=200, deadline=None)
@given(text=DOCUMENT)
def test_the_title_and_kept_paragraphs_come_from_the_input(text):
    result = clean_text(text)
    flat = " ".join(text.split())
    if result.title:
        assert result.title in flat
    for paragraph in result.text.split("\n\n"):
        assert set(WORD.findall(paragraph)) <= set(WORD.findall(text))
