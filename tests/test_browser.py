"""End to end in a real browser: the demo database served by uvicorn, driven by Playwright
through Debian's chromium (Playwright's own browser download is not used).

The database is what ``factwire demo`` builds from the bundled examples with the real
pipeline, so these tests assert only what that pipeline gives: highlights of every kind in
the scraped North Korea article, a side panel of events and quotes, a filterable events table,
a network with clickable actors. Screenshots (1280 px and 390 px wide) go to
``$FACTWIRE_SHOTS`` (default /tmp/factwire-shots) for a human to look at.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(os.environ.get("FACTWIRE_SHOTS", "/tmp/factwire-shots"))
WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@contextmanager
def serving(app) -> Iterator[str]:
    """``app`` served by uvicorn in a thread on a free 127.0.0.1 port; yields its base URL."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    """The demo database served on a free 127.0.0.1 port by uvicorn in a thread."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)")
    from factwire.web import create_app
    from factwire.web.demo import build_demo_db

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    build_demo_db(db)
    with serving(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(base_url):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, base_url):
    """A page that fails the test on a script error, a failed load or any request that
    leaves the server (everything is vendored: no CDN)."""
    context = browser.new_context(viewport=WIDE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("request", lambda r: r.url.startswith((base_url, "data:"))
            or errors.append(f"outside request: {r.url}"))
    yield page
    context.close()
    assert errors == [], f"browser errors: {errors}"


def example_id(page, base_url: str) -> str:
    found = page.request.get(f"{base_url}/api/documents", params={"q": "Pyongyang"}).json()
    assert found["total"] == 1, found
    return found["items"][0]["doc_id"]


def shoot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_article_view_highlights_every_kind_and_lists_events(page, base_url):
    doc_id = example_id(page, base_url)
    page.goto(f"{base_url}/documents/{doc_id}")
    for kind in ("entity", "quote", "claim", "event"):
        assert page.locator(f".article-text mark.{kind}").count() > 0, kind
    entity = page.locator(".article-text mark.entity", has_text="Pyongyang").first
    assert "PRK" in entity.get_attribute("title")
    side = page.locator("aside.side")
    assert side.locator(".events-list li").count() > 0
    assert "North Korea" in side.locator(".events-list").inner_text()
    assert side.locator("blockquote").count() > 0
    # hovering a trigger shows its record (and the records around it) in the inspector
    page.locator(".article-text mark.event").first.hover()
    inspector = page.locator("#inspector")
    assert inspector.is_visible() and "→" in inspector.inner_text()
    # pointing at an event in the side panel lights up its trigger in the text
    side.locator(".events-list li").first.hover()
    assert page.locator(".article-text mark.event.active").count() > 0
    # the residue is folded away, and opens
    residue = page.locator("details.residue")
    assert not residue.locator("li").first.is_visible()
    residue.locator("summary").click()
    assert "related" in residue.inner_text().lower()
    shoot(page, "article-1280")
    # the legend switches a kind off
    page.locator("[data-toggle-kind=entity]").uncheck()
    assert "hide-entity" in page.locator(".article-text").get_attribute("class")
    page.set_viewport_size(PHONE)
    page.reload()
    assert no_sideways_scroll(page)
    shoot(page, "article-390")


def test_events_table_filters_and_links_to_the_sentence(page, base_url):
    page.goto(f"{base_url}/events")
    rows = page.locator("#events-table tbody tr")
    everything = rows.count()
    assert everything > 0
    shoot(page, "events-1280")
    page.click("#events-table th a:text-is('Event')")  # sort by type
    page.wait_for_url("**/events?*sort=type*")
    types = [b.split(" ·")[0] for b in page.locator("#events-table tbody .badge").all_inner_texts()]
    assert types == sorted(types)
    wanted = rows.first.locator(".badge").inner_text().split(" ·")[0]
    page.select_option("select[name=type]", wanted)
    page.click("#event-filters button[type=submit]")
    page.wait_for_url(f"**/events?*type={wanted}*")
    badges = page.locator("#events-table tbody .badge").all_inner_texts()
    assert badges and all(b.split(" ·")[0] == wanted for b in badges)
    assert len(badges) <= everything
    link = page.locator("#events-table a.sentence-link").first
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url("**/documents/**")
    sentence = page.locator(f"#{anchor}")
    assert sentence.count() == 1 and sentence.locator("mark.event").count() > 0
    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}/events")
    shoot(page, "events-390")


def test_network_opens_an_actor_page(page, base_url):
    page.goto(f"{base_url}/network?level=entity")  # countries by default; actors on demand
    page.wait_for_function("window.factwireGraph && window.factwireGraph.nodes().length > 0")
    assert page.locator("#graph canvas").count() > 0
    shoot(page, "network-1280")
    # click the busiest actor where cytoscape drew it
    name, x, y = page.evaluate("""() => {
        const cy = window.factwireGraph, box = cy.container().getBoundingClientRect();
        const node = cy.nodes().max((n) => n.data('events')).ele;
        const p = node.renderedPosition();
        return [node.id(), box.left + p.x, box.top + p.y];
    }""")
    page.mouse.click(x, y)
    page.wait_for_url("**/actors/**")
    assert page.locator("h1").inner_text() in (name, name.upper())
    assert page.locator("section h2").first.is_visible()
    shoot(page, "actor-1280")


def test_timeline_bars_lead_to_their_events(page, base_url):
    page.goto(f"{base_url}/timeline")
    page.wait_for_function("window.Chart && Chart.getChart('timeline-chart')")
    assert not page.locator("#chart-state").is_visible()
    shoot(page, "timeline-1280")
    x, y = page.evaluate("""() => {
        const chart = Chart.getChart('timeline-chart');
        const box = chart.canvas.getBoundingClientRect();
        for (let i = 0; i < chart.data.datasets.length; i++) {
            if (chart.data.datasets[i].type !== 'bar') continue;
            const values = chart.data.datasets[i].data;
            const bar = chart.getDatasetMeta(i).data.find((b, j) => values[j].y > 0);
            if (bar) return [box.left + bar.x, box.top + (bar.y + bar.base) / 2];
        }
    }""")
    page.mouse.click(x, y)
    page.wait_for_url("**/events?*")
    assert page.locator("#events-table tbody tr").count() > 0


def test_story_page_and_phone_layouts(page, base_url):
    stories = page.request.get(f"{base_url}/api/stories").json()["items"]
    shared = [s for s in stories if s["num_documents"] > 1]
    assert shared, "the two syndicated copies should form one story"
    page.goto(f"{base_url}/stories/{shared[0]['story_id']}")
    assert page.locator("table").first.locator("tbody tr").count() == shared[0]["num_documents"]
    shoot(page, "story-1280")
    page.set_viewport_size(PHONE)
    for path, name in (("/", "documents"), ("/network", "network"), ("/timeline", "timeline")):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        assert no_sideways_scroll(page), path
        shoot(page, f"{name}-390")


def test_api_docs_render_from_vendored_files(page, base_url):
    page.goto(f"{base_url}/docs")
    page.wait_for_selector(".opblock-summary-path")
    assert "/api/events" in page.locator(".swagger-ui").inner_text()
