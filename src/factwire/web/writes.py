"""``POST /api/documents``: run the pipeline on one posted article and store it.

The same path as ``factwire ingest``: clean → nlp → extract (``Pipeline``), then the store's
``write_documents`` and its story/merged-event update, in one short write transaction.
"""

from __future__ import annotations

from fastapi import HTTPException

from factwire.model import Document, InputError, RawInput


def analyse(body) -> Document:
    """The posted text, HTML or URL as an analysed Document; 422 naming what failed."""
    from factwire.pipeline import Pipeline

    pipeline = Pipeline(published=body.published)
    if body.url:
        results = list(pipeline.run([body.url]))
    else:
        raw = RawInput(name="POST /api/documents", kind="html" if body.html else "text",
                       content=body.html or body.text, is_html=bool(body.html),
                       title=body.title, published=body.published, publisher=body.publisher)
        results = list(pipeline.process([raw]))
    for item in results:
        if isinstance(item, InputError):
            raise HTTPException(422, f"{item.stage}: {item.reason}")
        return item
    raise HTTPException(422, "no article text found in the input")


def analyse_and_store(db, body):
    """Analyse, then store unless the same document is there already (``stored`` False)."""
    from factwire.store import stories
    from factwire.store.db import write_documents
    from factwire.web.api import Stored

    doc = analyse(body)
    if body.title and not doc.title:
        doc.title = body.title
    if body.publisher and not doc.publisher:
        doc.publisher = body.publisher
    with db.write() as con:
        result = write_documents(con, [doc])
        if result.stored:
            stories.update(con)
    return Stored(id=doc.id, stored=bool(result.stored), title=doc.title,
                  entities=len(doc.entities), quotes=len(doc.quotes), claims=len(doc.claims),
                  events=len(doc.events), url=f"/documents/{doc.id}")
