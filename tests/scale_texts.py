"""A few short news texts (written for these tests) and one page that has no article in it."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "aid.txt": (
        "North Korea has sent about 3,000 more soldiers to Russia, South Korea's military said "
        "on Monday.\n\nThe troops arrived in the Kursk region last week, according to officials "
        "in Seoul, who said Pyongyang was also shipping artillery shells to Moscow."
    ),
    "sanctions.txt": (
        "The European Union imposed new sanctions on Iran on Tuesday over its supply of drones "
        "to Russia.\n\n\"These measures target those who make the war possible,\" the EU's "
        "foreign policy chief told reporters in Brussels."
    ),
    "protest.txt": (
        "Thousands of farmers protested in Brussels on Thursday against cheap imports, blocking "
        "roads near the European Parliament with tractors.\n\nPolice used water cannon to "
        "disperse the crowd, and at least 12 people were detained, a police spokesman said."
    ),
    "talks.txt": (
        "Chinese and American negotiators met in Geneva on Sunday for a second round of trade "
        "talks.\n\nBoth sides described the meeting as constructive, and officials said a "
        "further session was expected next month."
    ),
    "ceasefire.txt": (
        "Israel and Hamas agreed to a four-day ceasefire on Wednesday, Qatar's foreign ministry "
        "announced.\n\nThe truce is expected to allow the release of 50 hostages held in Gaza "
        "in exchange for 150 Palestinian prisoners, officials said."
    ),
}

# An HTML page with a script and no text: readable, but cleaning finds no article in it.
EMPTY_PAGE = "<html><head><title></title></head><body><script>var x = 1;</script></body></html>"


def write_corpus(folder: Path, *, with_bad: bool = True) -> list[str]:
    """Write the articles (and the article-less page) into ``folder``; their paths, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    if with_bad:
        (folder / "menu.html").write_text(EMPTY_PAGE, encoding="utf-8")
    return sorted(str(p) for p in folder.iterdir())
