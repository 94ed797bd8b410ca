"""Cross-document structure: stories (near-duplicate and same-story articles) and merged events.

**Stories.** Each document's text is cut into word 5-shingles (lower-cased ``\\w+`` tokens; a
text shorter than five words is one shingle) and summarised by a 128-permutation MinHash
(datasketch, seed 1; computed in ``rows.document_rows`` so workers do it in parallel). A
MinHashLSH index at Jaccard 0.5 proposes candidate pairs; a pair whose estimated Jaccard is
≥ ``SAME_STORY`` (0.5) joins the same story (union-find, so stories are connected components;
near-duplicates are left out of the index, see ``cluster``: 5,000 documents of which 1,500 are
copies of one article cluster in about 3 s).
Within a story, a document whose Jaccard with the story's first document is ≥
``NEAR_DUPLICATE`` (0.8) is marked ``near_duplicate_of`` it.

How they were chosen (measured on ``tests/test_store_corpus.py``, a 235-word wire article; exact
shingle Jaccard / MinHash estimate): a syndicated copy with its own byline and closing line
0.92 / 0.91; a rewrite with four sentences reworded and one cut 0.62 / 0.62; the same rewrite
syndicated 0.58 / 0.60; an article on a neighbouring topic 0.0. Same story at 0.5 keeps
rewrites together while unrelated articles are far below it; near-duplicate at 0.8 rather
than 0.9 because a short article's byline and footer alone bring a verbatim copy down to
about 0.9, and the estimate's standard error with 128 permutations is about 0.03.
5-word shingles are the usual choice for news near-duplicates: long enough that stock phrases
rarely match, short enough that one edit spoils only five shingles.

**Merged events.** Events of all documents are grouped by (PLOVER type, sorted actor country
codes, sorted recipient country codes, negated) — an entity without a country code is keyed by
its lower-cased name — and, within a group, sorted by day (the event's own full date, else the
publication day). An event joins the open window when its day is within ``EVENT_WINDOW_DAYS``
(3) of the window's first day; otherwise it opens a new one (undated events: one window per
group). Within a window, reports join when they are in the same story or name the same actor
or recipient entity (canonical names, so "Pyongyang" and "North Korea" agree). Events that
name only one side (no actor or no recipient) join only within their own story.

Why the last two rules: on the 121 pages of the extraction gold set (November 2019 news),
codes and window alone merged eight unrelated articles (a hockey player, NASA, the Treasury)
into one "USA AGREE", and "Trump threatens Omar" with a New York official's threat into one
"USA → USA THREATEN"; two reports of one real event share a named side. Each merged event
counts its mentions (events), articles (documents), sources (distinct publishers, else URL
hosts; documents naming neither are not counted) and stories — ten syndicated copies of one
article are one story with ten articles, not ten independent confirmations.

Both are recomputed from the stored rows after every ingest: at the scale of one DuckDB file
(thousands to a few hundred thousand documents) this takes seconds, and a full recomputation is
incremental-safe by construction (the result does not depend on the order documents arrived).
Ids are derived from content (the story's first document; the merged event's key, first day
and first mention), so they stay stable unless an earlier document joins.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from datasketch import LeanMinHash, MinHash, MinHashLSH

from factwire.store.db import fetch_dicts, insert_rows, transaction

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch ≥ 2.0 hashing scheme; stored signatures depend on it
SAME_STORY = 0.5
NEAR_DUPLICATE = 0.8
EVENT_WINDOW_DAYS = 3

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of lower-cased word ``size``-grams of a text."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    """The MinHash signature (``NUM_PERM`` integers) of a text's shingles."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return [int(v) for v in minhash.hashvalues]


def _minhash(values: Iterable[int]) -> LeanMinHash:
    import numpy as np

    return LeanMinHash(seed=SEED, hashvalues=np.array(list(values), dtype=np.uint32),
                       scheme=SCHEME)


def similarity(a: Iterable[int], b: Iterable[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(_minhash(a).jaccard(_minhash(b)))


class _Components:
    """Union-find over hashable items; ``groups`` keeps the items' first-seen order."""

    def __init__(self, items: Iterable[Any]):
        self.parent = {item: item for item in items}

    def root(self, x: Any) -> Any:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: Any, b: Any) -> None:
        self.parent[self.root(a)] = self.root(b)

    def groups(self) -> list[list[Any]]:
        found: dict[Any, list[Any]] = defaultdict(list)
        for item in self.parent:
            found[self.root(item)].append(item)
        return list(found.values())


def cluster(signatures: dict[str, list[int]]) -> list[list[str]]:
    """Documents grouped into stories: connected components of pairs with Jaccard ≥ SAME_STORY.

    Keys are document ids in order; each group lists its documents in that order, so its first
    is the story's first document. Documents are queried against the LSH index in that order
    and then indexed, except a near-duplicate (≥ NEAR_DUPLICATE) of a document already
    indexed: it would add nothing to match against, and leaving it out keeps a thousand copies
    of one wire story from making the work quadratic.
    """
    hashes = {doc_id: _minhash(sig) for doc_id, sig in signatures.items()}
    lsh = MinHashLSH(threshold=SAME_STORY, num_perm=NUM_PERM)
    stories = _Components(hashes)
    for doc_id, minhash in hashes.items():
        closest = 0.0
        for other in lsh.query(minhash):
            score = minhash.jaccard(hashes[other])
            closest = max(closest, score)
            if score >= SAME_STORY:
                stories.join(doc_id, other)
        if closest < NEAR_DUPLICATE:
            lsh.insert(doc_id, minhash)
    return stories.groups()


def source_key(publisher: str | None, url: str | None) -> str | None:
    """Who published a document: its publisher, else its URL's host (without www.)."""
    if publisher and publisher.strip():
        return publisher.strip().lower()
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _replace(con, tables: dict[str, list[dict[str, Any]]]) -> None:
    with transaction(con):
        for table, rows in tables.items():
            con.execute(f"DELETE FROM {table}")
            insert_rows(con, table, rows)


def update_stories(con) -> int:
    """Recompute ``stories`` and ``story_documents`` from the stored signatures; returns count."""
    docs = {d["doc_id"]: d for d in fetch_dicts(
        con,
        "SELECT d.doc_id, d.published_date, d.publisher, d.source_url, d.title, s.minhash "
        "FROM documents d JOIN signatures s USING (doc_id) "
        "ORDER BY d.published_date NULLS LAST, d.doc_id",
    )}
    stories, members = [], []
    for group in cluster({doc_id: d["minhash"] for doc_id, d in docs.items()}):
        rows = [docs[doc_id] for doc_id in group]
        first = rows[0]
        story_id = "s-" + first["doc_id"]
        days = [d["published_date"] for d in rows if d["published_date"]]
        sources = {source_key(d["publisher"], d["source_url"]) for d in rows} - {None}
        stories.append({
            "story_id": story_id, "num_documents": len(rows), "num_sources": len(sources),
            "first_published": min(days, default=None), "last_published": max(days, default=None),
            "title": next((d["title"] for d in rows if d["title"]), None),
        })
        for d in rows:
            is_first = d is first
            sim = 1.0 if is_first else similarity(d["minhash"], first["minhash"])
            members.append({
                "story_id": story_id, "doc_id": d["doc_id"], "similarity": round(sim, 4),
                "near_duplicate_of": None if is_first or sim < NEAR_DUPLICATE
                else first["doc_id"],
            })
    _replace(con, {"stories": stories, "story_documents": members})
    return len(stories)


def _party_key(codes: list[str], names: list[str]) -> tuple[str, ...]:
    return tuple(codes) if codes else tuple(sorted({n.lower() for n in names}))


def _windows(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split one key's events (sorted by day, undated last) into ±window merged groups."""
    groups: list[list[dict[str, Any]]] = []
    anchor: dt.date | None = None
    for ev in events:
        day = ev["day"]
        if groups and (
            (day is None and groups[-1][0]["day"] is None)
            or (day is not None and anchor is not None
                and (day - anchor).days <= EVENT_WINDOW_DAYS)
        ):
            groups[-1].append(ev)
        else:
            groups.append([ev])
            anchor = day
    return groups


def _same_event(group: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split a window's events into those linked by a story or a named party they share.

    Country codes alone say little ("USA → USA REQUEST" in two articles of one week are rarely
    one event): two reports are joined when they are in the same story or name the same actor
    or recipient (entities carry canonical names: "Pyongyang" is North Korea).
    """
    links = _Components(range(len(group)))
    first_with: dict[tuple[str, str], int] = {}
    for i, ev in enumerate(group):
        marks = [("story", ev["story_id"] or ev["doc_id"])]
        marks += [("actor", n.lower()) for n in ev["actor_names"]]
        marks += [("recipient", n.lower()) for n in ev["recipient_names"]]
        for mark in marks:
            links.join(i, first_with.setdefault(mark, i))
    return [[group[i] for i in sorted(members)] for members in links.groups()]


def update_merged_events(con) -> int:
    """Recompute ``merged_events`` and ``merged_event_mentions``; returns how many."""
    events = fetch_dicts(
        con,
        "SELECT e.doc_id, e.event_id, e.type, e.mode, e.actor_codes, e.recipient_codes, "
        "e.actor_names, e.recipient_names, e.negated, e.day, e.status, e.event_text, "
        "e.date_precision, coalesce(e.period_start, e.day) AS period_start, "
        "coalesce(e.period_end, e.day) AS period_end, "
        "d.published_date, d.publisher, d.source_url, sd.story_id "
        "FROM events e JOIN documents d USING (doc_id) "
        "LEFT JOIN story_documents sd USING (doc_id) "
        "ORDER BY e.day NULLS LAST, d.published_date NULLS LAST, e.doc_id, e.event_id",
    )
    by_key: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        key: tuple = (ev["type"], _party_key(ev["actor_codes"], ev["actor_names"]),
                      _party_key(ev["recipient_codes"], ev["recipient_names"]),
                      bool(ev["negated"]))
        if not key[1] or not key[2]:  # one-sided: merge only within its own story
            key += (ev["story_id"] or ev["doc_id"],)
        by_key[key].append(ev)
    merged, links = [], []
    for key, events in by_key.items():
        for group in (g for window in _windows(events) for g in _same_event(window)):
            merged_row = _merged_row(key, group)
            merged.append(merged_row)
            links.extend(
                {"merged_id": merged_row["merged_id"], "doc_id": ev["doc_id"],
                 "event_id": ev["event_id"], "story_id": ev["story_id"]}
                for ev in group
            )
    _replace(con, {"merged_events": merged, "merged_event_mentions": links})
    return len(merged)


# finest first; relative and publication dates are the publication day standing in
PRECISIONS = ("day", "month", "year", "relative", "publication")


def _merged_row(key: tuple, group: list[dict[str, Any]]) -> dict[str, Any]:
    days = [ev["day"] for ev in group if ev["day"]]
    # the date range: from the mentions with a date of their own, else the publication days
    precisions = [ev["date_precision"] or "publication" for ev in group]
    finest = min(precisions, key=lambda p: PRECISIONS.index(p) if p in PRECISIONS else 9)
    own = [ev for ev, p in zip(group, precisions, strict=True)
           if p in ("day", "month", "year") and ev["period_start"]]
    starts = [ev["period_start"] for ev in own] or days
    ends = [ev["period_end"] for ev in own] or days
    seen = [ev["published_date"] for ev in group if ev["published_date"]] or days
    ident = repr((*key, str(min(days, default="")), group[0]["doc_id"], group[0]["event_id"]))
    modes = Counter(ev["mode"] for ev in group if ev["mode"])
    first = group[0]
    return {
        "merged_id": "m-" + hashlib.sha1(ident.encode()).hexdigest()[:12],
        "type": key[0], "mode": modes.most_common(1)[0][0] if modes else None,
        "actor_codes": first["actor_codes"], "recipient_codes": first["recipient_codes"],
        "actor_names": sorted({n for ev in group for n in ev["actor_names"]}),
        "recipient_names": sorted({n for ev in group for n in ev["recipient_names"]}),
        "negated": key[3], "first_day": min(starts, default=None),
        "last_day": max(ends, default=None), "first_seen": min(seen, default=None),
        "last_seen": max(seen, default=None),
        "statuses": sorted({ev["status"] for ev in group if ev["status"]}),
        "num_mentions": len(group),
        "num_articles": len({ev["doc_id"] for ev in group}),
        "num_sources": len({source_key(ev["publisher"], ev["source_url"]) for ev in group}
                           - {None}),
        "num_stories": len({ev["story_id"] or ev["doc_id"] for ev in group}),
        "event_text": first["event_text"], "date_precision": finest,
    }


def update(con) -> tuple[int, int]:
    """Stories, then merged events (which count stories); returns both counts."""
    return update_stories(con), update_merged_events(con)
