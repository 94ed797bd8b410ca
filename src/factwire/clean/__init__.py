"""Clean: a RawInput to a Document with a clean body, its metadata, and the residue removed.

HTML goes through trafilatura (main content, title, author, date, site name), then every text
goes through our residue cleaner (``residue.py``). Language is identified; a non-English
document is kept with a warning. The publication date is, in order: the one ingest found with
the document (feed item, JSONL line), the page's own metadata, the container's or the user's
fallback (WARC capture date, ``--published``).
"""

from __future__ import annotations

import datetime as dt

from factwire.clean.html import extract_html
from factwire.clean.language import MIN_PROBABILITY, detect_language, non_english_warning
from factwire.clean.residue import Cleaned, clean_text, squash
from factwire.clean.runs import MAX_RUN, cut_symbol_runs
from factwire.model import Document, FactwireError, RawInput, Source, document_id

__all__ = ["clean", "clean_text", "normalise_date"]


def clean(raw: RawInput, *, residue: bool = True) -> Document:
    """Clean one input; ``residue=False`` skips our residue cleaner (for measuring it)."""
    warnings = list(raw.warnings)
    title, published, publisher, authors = raw.title, raw.published, raw.publisher, raw.authors
    body = raw.content
    if raw.is_html:
        page = extract_html(raw)
        body = page.text
        title = title or page.title
        published = published or page.date
        publisher = publisher or page.publisher
        authors = authors or page.authors
    title = squash(title) if title else None
    cleaned = clean_text(body, title) if residue else Cleaned(body.strip(), title)
    if not cleaned.text.strip():
        raise FactwireError(raw.name, "no article text left after removing residue", "clean")
    text, runs = cut_symbol_runs(cleaned.text)
    if runs:
        warnings.append(f"{runs} run(s) of more than {MAX_RUN} symbols or symbol-soup "
                        "token(s) shortened")
    date = normalise_date(published or raw.fallback_published)
    if (published or raw.fallback_published) and date is None:
        warnings.append(f"unreadable publication date: {published or raw.fallback_published!r}")
    language, probability = detect_language(text)
    if language and language != "en" and probability >= MIN_PROBABILITY:
        warnings.append(non_english_warning(language))
    return Document(
        id=document_id(text), text=text,
        source=Source(kind=raw.kind, path=raw.path, url=raw.url),
        title=cleaned.title, published=date, publisher=publisher, authors=list(authors),
        language=language, residue=cleaned.residue, related=cleaned.related, warnings=warnings,
    )


def normalise_date(value: str | None) -> str | None:
    """Any date string (ISO 8601, WARC, RFC 822, "April 30, 2025") as an ISO date, or None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None
