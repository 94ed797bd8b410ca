"""Stories (MinHash near-duplicates) and merged events on synthetic syndicated copies."""

from __future__ import annotations

import pytest

from factwire.store import open_db, read, write_documents
from factwire.store.stories import (
    NEAR_DUPLICATE,
    SAME_STORY,
    signature,
    similarity,
    update,
)
from test_store_corpus import OTHER_TOPIC, PUBLISHERS, WIRE, edited, make_doc, syndicated


def test_thresholds_separate_copies_rewrites_and_other_articles():
    wire = signature(WIRE)
    assert similarity(wire, signature(syndicated(WIRE, 0))) >= NEAR_DUPLICATE
    assert SAME_STORY <= similarity(wire, signature(edited(WIRE))) < NEAR_DUPLICATE
    assert similarity(wire, signature(OTHER_TOPIC)) < SAME_STORY


@pytest.fixture
def con(tmp_path):
    con = open_db(tmp_path / "stories.duckdb", read_only=False)
    yield con
    con.close()


def ten_copies():
    return [make_doc(syndicated(WIRE, i), PUBLISHERS[i], f"2025-03-{11 + i % 2:02d}")
            for i in range(10)]


def test_ten_syndicated_copies_are_one_story_and_one_merged_event_per_event(con):
    write_documents(con, ten_copies())
    assert update(con) == (1, 2)  # one story; AID and PROTEST

    stories, _ = read.list_stories(con)
    assert [(s["num_documents"], s["num_sources"]) for s in stories] == [(10, 10)]
    story = read.get_story(con, stories[0]["story_id"])
    assert sum(d["near_duplicate_of"] is not None for d in story["documents"]) == 9

    merged, total = read.list_merged_events(con, sort="type")
    assert total == 2
    for row in merged:
        assert (row["num_mentions"], row["num_articles"], row["num_sources"],
                row["num_stories"]) == (10, 10, 10, 1)
    aid = next(m for m in merged if m["type"] == "AID")
    assert (aid["actor_codes"], aid["recipient_codes"]) == (["PRK"], ["RUS"])
    detail = read.get_merged_event(con, aid["merged_id"])
    assert len(detail["mentions"]) == 10
    assert {m["publisher"] for m in detail["mentions"]} == set(PUBLISHERS)


def test_independent_report_adds_a_story_and_a_later_event_is_separate(con):
    docs = ten_copies()
    rewrite = make_doc(edited(WIRE), "Evening Star", "2025-03-13")  # same story, other outlet
    own = ("North Korea has sent a second contingent of troops to Russia, a defector group "
           "said, citing contacts in the border city of Sinuiju who saw trains at night.")
    independent = make_doc(own, "Seoul Daily", "2025-03-12")
    later = make_doc(own + " The group repeated the claim a week and a half later.",
                     "Seoul Daily", "2025-03-24")
    write_documents(con, [*docs, rewrite, independent, later])
    n_stories, _ = update(con)
    assert n_stories == 2  # the wire story (11 documents) and the defector group's report

    aid, total = read.list_merged_events(con, type="AID", sort="date_asc")
    assert total == 2  # 11-13 March merge; 24 March is outside the ±3-day window
    first, second = aid
    assert (first["num_articles"], first["num_stories"], first["num_sources"]) == (12, 2, 11)
    assert str(first["first_day"]) == "2025-03-11"
    assert (second["num_articles"], str(second["first_day"])) == (1, "2025-03-24")


def test_recomputing_gives_the_same_rows(con):
    write_documents(con, [*ten_copies(), make_doc(OTHER_TOPIC, "Kyiv Wire", "2025-03-12")])
    update(con)
    before = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
              for t in ("stories", "story_documents", "merged_events", "merged_event_mentions")}
    assert update(con) == (2, 3)
    for table, rows in before.items():
        assert con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() == rows, table


def test_country_codes_alone_do_not_merge_unrelated_reports(con):
    people = [("t", "Treasury Department", "organization", "USA", "GOV"),
              ("m", "Pat Maroon", "person", "USA", None),
              ("p", "Donald Trump", "person", "USA", "GOV"),
              ("o", "Ilhan Omar", "person", "USA", "LEG"),
              ("n", "New York", "location", "USA", "GOV"),
              ("w", "John Williams", "person", "USA", "LEG")]
    acts = [("a1", "AGREE", "agreed on Monday", ["t"], [], None),
            ("a2", "AGREE", "agreed on Tuesday", ["m"], [], None),
            ("t1", "THREATEN", "threatened Representative", ["p"], ["o"], None),
            ("t2", "THREATEN", "threatened council member", ["n"], ["w"], None),
            ("t3", "THREATEN", "warned Representative", ["p"], ["o"], None)]
    texts = [
        "The Treasury Department agreed on Monday to extend the deadline for small banks.",
        "Hockey forward Pat Maroon agreed on Tuesday to a one-year contract with his club.",
        "President Donald Trump threatened Representative Ilhan Omar in a speech in Ohio.",
        "A New York official threatened council member John Williams with a lawsuit.",
        "Donald Trump warned Representative Ilhan Omar again, in a post on Wednesday night.",
    ]
    write_documents(con, [make_doc(t, f"Outlet {i}", "2019-11-18", entities=people,
                                   events=acts) for i, t in enumerate(texts)])
    assert update(con) == (5, 4)  # five stories; only the two Trump → Omar reports merge
    merged, _ = read.list_merged_events(con, sort="mentions")
    assert (merged[0]["type"], merged[0]["num_articles"], merged[0]["num_stories"]) == \
        ("THREATEN", 2, 2)
    assert merged[0]["recipient_names"] == ["Ilhan Omar"]
    assert all(m["num_articles"] == 1 for m in merged[1:])
