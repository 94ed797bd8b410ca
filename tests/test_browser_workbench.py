"""The analyst's workbench (issue 15) in Debian chromium: dates with precision, the timeline's
time axis and brush, merged events, dyads, the map, the country network and the score filter.

The server reads the database of ``test_web_workbench`` (the web fixtures plus an article with
year-, month- and relatively-dated events, a low-scored one and geocoded places), so every
assertion rests on known rows. Screenshots at 1280 and 390 px go to ``$FACTWIRE_SHOTS``.
"""

from __future__ import annotations

import pytest

import test_browser as shared
from test_browser import CHROMIUM, PHONE, no_sideways_scroll, serving, shoot
from test_web_workbench import build_workbench_db

pytestmark = [pytest.mark.browser, pytest.mark.slow]
browser, page = shared.browser, shared.page  # the same chromium fixtures, over base_url below


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    """The workbench database served on a free 127.0.0.1 port by uvicorn in a thread."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)")
    from factwire.web import create_app

    db = build_workbench_db(tmp_path_factory.mktemp("wb") / "wb.duckdb")
    with serving(create_app(db)) as url:
        yield url


def on_phone(page, base_url: str, path: str, name: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    assert no_sideways_scroll(page), path
    shoot(page, f"{name}-390")


def test_events_table_shows_date_precision_and_fits(page, base_url):
    page.goto(f"{base_url}/events?min_score=0")
    table = page.locator("#events-table")
    row = table.locator("tbody tr", has_text="rescue teams")
    assert row.locator(".date").inner_text() == "2019"
    assert row.locator(".prec").inner_text() == "year"
    assert table.locator("tbody tr", has_text="pumps").locator(".date").inner_text() == \
        "recent past (relative)"
    stand_in = table.locator("tbody tr", has_text="might have criticised")
    assert stand_in.locator(".prec.stand-in").inner_text() == "published"
    assert "PAST_REF" not in page.content()
    # the table fits the page at 1280 px: no column hidden behind a scroll bar
    assert page.evaluate("""() => { const t = document.querySelector('#events-table');
        return t.scrollWidth <= t.parentElement.clientWidth + 1; }""")
    shoot(page, "wb-events-1280")
    on_phone(page, base_url, "/events?min_score=0", "wb-events")


def test_low_scored_events_are_hidden_until_the_threshold_drops(page, base_url):
    page.goto(f"{base_url}/events")
    assert page.locator("#event-filters input[name=min_score]").input_value() == "0.5"
    assert page.locator("#events-table tbody tr", has_text="might have criticised").count() == 0
    page.fill("#event-filters input[name=min_score]", "0")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**/events?*min_score=0*")
    assert page.locator("#events-table tbody tr", has_text="might have criticised").count() == 1


def test_timeline_has_a_time_axis_a_brush_and_bars_that_open_events(page, base_url):
    page.goto(f"{base_url}/timeline")
    page.wait_for_function("window.factwireTimeline")
    chart = "window.factwireTimeline"
    assert page.evaluate(f"{chart}.scales.x.type") == "time"
    # nine years of dates: binned by month, the year-only date drawn across its whole year
    assert "Bars per month" in page.locator("#chart-note").inner_text()
    span = page.evaluate(f"""() => {{
        const ds = {chart}.data.datasets.find((d) => d.label === 'year-only dates');
        return ds && [new Date(ds.data[0].x).toISOString(), new Date(ds.data[1].x).toISOString()];
    }}""")
    assert span and span[0].startswith("2019-01-01") and span[1].startswith("2019-12-31")
    assert "no date: publication day" in page.evaluate(
        f"{chart}.data.datasets.map((d) => d.label)")
    shoot(page, "wb-timeline-1280")
    # drag across the axis from 2025-01 to 2025-06: the page reloads zoomed in, by day or week
    box = page.locator("#timeline-chart").bounding_box()
    x0, x1 = page.evaluate(f"""() => {{ const s = {chart}.scales.x;
        return [s.getPixelForValue(Date.UTC(2025, 0, 15)),
                s.getPixelForValue(Date.UTC(2025, 5, 1))]; }}""")
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + x0, y)
    page.mouse.down()
    page.mouse.move(box["x"] + (x0 + x1) / 2, y, steps=4)
    page.mouse.move(box["x"] + x1, y, steps=4)
    page.mouse.up()
    page.wait_for_url("**/timeline?*since=2025-01-*")
    page.wait_for_function("window.factwireTimeline")
    assert page.locator("#zoom-reset").is_visible()
    assert "Bars per week" in page.locator("#chart-note").inner_text()
    # a bar leads to its events
    x, y = page.evaluate(f"""() => {{
        const c = {chart}, r = c.canvas.getBoundingClientRect();
        for (let i = 0; i < c.data.datasets.length; i++) {{
            if (c.data.datasets[i].type !== 'bar') continue;
            const meta = c.getDatasetMeta(i);
            const at = c.data.datasets[i].data.findIndex((p) => p.y > 0);
            if (at >= 0) {{
                const b = meta.data[at]; return [r.left + b.x, r.top + (b.y + b.base) / 2];
            }}
        }} }}""")
    page.mouse.click(x, y)
    page.wait_for_url("**/events?*")
    assert page.locator("#events-table tbody tr").count() > 0
    on_phone(page, base_url, "/timeline", "wb-timeline")


def test_merged_events_page_and_the_switch(page, base_url):
    page.goto(f"{base_url}/events?actor=JPN&type=AID")
    page.click("nav.switch a:text-is('Merged events')")
    page.wait_for_url("**/merged-events?*actor=JPN*")
    rows = page.locator("#merged-table tbody tr")
    assert rows.count() == 1
    row = rows.first
    assert row.locator("td.num").all_inner_texts() == ["2", "2"]
    links = row.locator("a.mention-link")
    assert links.count() == 4
    shoot(page, "wb-merged-1280")
    anchor = links.first.get_attribute("href").split("#")[1]
    links.first.click()
    page.wait_for_url("**/documents/**")
    assert page.locator(f"#{anchor} mark.event").count() > 0
    on_phone(page, base_url, "/merged-events", "wb-merged")


def test_dyads_table_and_small_multiples(page, base_url):
    page.goto(f"{base_url}/dyads")
    page.wait_for_selector("#dyads-table tbody tr")
    first = page.locator("#dyads-table tbody tr").first
    assert first.get_attribute("data-dyad") == "JPN>UKR"
    assert first.locator("td.num").inner_text() == "4"
    assert page.evaluate("window.factwireDyadCharts.length") == \
        page.locator(".multiple").count() > 0
    assert page.evaluate("window.factwireDyadCharts[0].scales.x.type") == "time"
    shoot(page, "wb-dyads-1280")
    page.select_option("#dyad-filters select[name=view]", "merged")
    page.click("#dyad-filters button[type=submit]")
    page.wait_for_url("**/dyads?*view=merged*")
    page.wait_for_selector("#dyads-table tbody tr")
    japan = page.locator("#dyads-table tbody tr[data-dyad='JPN>UKR']")
    assert japan.locator("td.num").inner_text() == "1"
    page.select_option("#dyad-filters select[name=type]", "REQUEST")
    page.click("#dyad-filters button[type=submit]")
    page.wait_for_url("**/dyads?*type=REQUEST*")
    page.wait_for_selector("#dyads-table tbody tr")
    assert page.locator("#dyads-table tbody tr").count() == 1
    page.locator("#dyads-table tbody tr a").first.click()
    page.wait_for_url("**/merged-events?*actor=UKR*recipient=POL*")
    on_phone(page, base_url, "/dyads", "wb-dyads")


def test_map_draws_the_world_offline_and_places_open_their_events(page, base_url):
    page.goto(f"{base_url}/map")
    page.wait_for_selector("#map svg .place")
    assert page.locator("#map svg .countries path").count() > 150
    places = page.locator("#map svg a.place")
    assert sorted(places.evaluate_all("els => els.map((e) => e.dataset.place)")) == \
        ["Kharkiv", "Ukraine"]
    shoot(page, "wb-map-1280")
    page.locator("#map svg a.place[data-place=Kharkiv] circle").click()
    page.wait_for_url("**/events?*place=Kharkiv*")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 1 and "Relief convoys" in rows.first.inner_text()
    page.goto(f"{base_url}/map?type=REQUEST")
    page.wait_for_selector("#map svg")
    assert page.locator("#map svg a.place").count() == 0
    assert "No located events" in page.locator("#map").inner_text()
    on_phone(page, base_url, "/map", "wb-map")


def test_network_by_country_entities_on_demand_and_a_list_on_phones(page, base_url):
    page.goto(f"{base_url}/network")
    page.wait_for_function("window.factwireGraph && window.factwireGraph.nodes().length > 0")
    labels = page.evaluate("window.factwireGraph.nodes().map((n) => n.data('label'))")
    assert {"Japan", "Ukraine", "Poland"} <= set(labels) and "farmers" not in labels
    shoot(page, "wb-network-1280")
    page.fill("#network-filters input[name=min_weight]", "3")
    page.click("#network-filters button[type=submit]")
    page.wait_for_url("**/network?*min_weight=3*")
    page.wait_for_function("window.factwireGraph && window.factwireGraph.edges().length > 0")
    assert min(page.evaluate("window.factwireGraph.edges().map((e) => e.data('count'))")) >= 3
    page.goto(f"{base_url}/network?level=entity")
    page.wait_for_function("window.factwireGraph && window.factwireGraph.nodes().length > 0")
    assert "farmers" in page.evaluate("window.factwireGraph.nodes().map((n) => n.id())")
    on_phone(page, base_url, "/network", "wb-network")
    assert not page.locator("#graph").is_visible()
    rows = page.locator("#graph-list table tbody tr")
    assert rows.count() > 0 and "Japan" in page.locator("#graph-list").inner_text()
