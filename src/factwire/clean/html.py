"""HTML main content and metadata with trafilatura (title, author, date, site name).

Settings were chosen by measurement on the article-extraction gold set (``factwire eval
extraction``): precision-favouring extraction without comments scores best, except that it
sometimes throws away most of the article; when it keeps less than a quarter of what the
balanced extraction finds, the balanced text is used (checked only when the precise text is
short). Our residue cleaner then runs on it.

When trafilatura finds nothing or fails — a pathological tree (10,000 nested ``div``s is past
lxml's depth limit) or markup it cannot load — the page falls back to a plain-text reading
(``plaintext.py``): every text node outside scripts and styles, one block per line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import trafilatura

from factwire.clean.plaintext import html_to_text
from factwire.model import FactwireError, RawInput

MIN_WORDS = 4  # less than this is a link or a label, not an article
EXTRACT_SETTINGS = {"include_comments": False, "include_tables": True}
MIN_PRECISE_SHARE = 0.25  # precise text shorter than this share of the balanced one: use balanced
# Only a short precise text can be such a loss; above this many words the balanced run (a second
# full trafilatura pass, a quarter of the pipeline's non-spaCy time) is skipped. On the 121 gold
# pages the one page that needs the fallback keeps 24 words in precision mode.
FALLBACK_CHECK_WORDS = 200


@dataclass
class HtmlContent:
    """The main text of a page and what its metadata says."""

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    publisher: str | None = None


def extract_html(raw: RawInput) -> HtmlContent:
    """Main content and metadata of an HTML page; FactwireError if no article text is found."""
    precise, failure = _extract(raw, favor_precision=True, with_metadata=True)
    text = precise.text if precise is not None else ""
    if len(text.split()) < FALLBACK_CHECK_WORDS:
        balanced, _ = _extract(raw, favor_precision=False, with_metadata=False)
        fuller = balanced.text if balanced is not None else ""
        if len(text.split()) < MIN_PRECISE_SHARE * len(fuller.split()):
            text = fuller
    if len(text.split()) < MIN_WORDS:
        text = html_to_text(raw.content)
    if len(text.split()) < MIN_WORDS:
        why = f" (trafilatura: {failure})" if failure else ""
        raise FactwireError(raw.name, f"no article text found in the HTML{why}", "clean")
    if precise is None:
        return HtmlContent(text=text)
    authors = [a.strip() for a in (precise.author or "").split(";") if a.strip()]
    return HtmlContent(text=text, title=precise.title or None, authors=authors,
                       date=precise.date or None, publisher=precise.sitename or None)


def _extract(raw: RawInput, **options):
    """trafilatura's result (None when it finds nothing) and why it failed, if it raised."""
    try:
        found = trafilatura.bare_extraction(raw.content, url=raw.url, **EXTRACT_SETTINGS,
                                            **options)
    except Exception as err:  # lxml/trafilatura on truly broken markup: the fallback reads it
        return None, f"{type(err).__name__}: {err}"
    return found, None
