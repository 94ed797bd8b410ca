"""Issue 15 (actors, search, API, layout) in a real browser: the demo database served with a
write token by uvicorn, driven by Playwright through Debian's chromium.

Screenshots (1280 and 390 px) go to ``$FACTWIRE_SHOTS`` like ``test_browser``'s.
"""

from __future__ import annotations

import pytest

import test_browser
from test_browser import CHROMIUM, PHONE, WIDE, no_sideways_scroll, serving, shoot

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TOKEN = "browser-token-2468"
browser, page = test_browser.browser, test_browser.page  # its fixtures, over this base_url


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    """The demo database, served with writes on (``TOKEN``); ``test_browser``'s ``browser``
    and ``page`` fixtures use this one by its name."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)")
    from factwire.web import create_app
    from factwire.web.demo import build_demo_db

    db = tmp_path_factory.mktemp("demo15") / "demo.duckdb"
    build_demo_db(db)
    with serving(create_app(db, token=TOKEN)) as url:
        yield url


def column(page, table: str, index: int) -> list[str]:
    return page.locator(f"{table} tbody tr td:nth-child({index})").all_inner_texts()


def test_actors_one_row_per_code_filter_and_sort_both_ways(page, base_url):
    page.goto(f"{base_url}/actors")
    codes = [c.strip() for c in column(page, "#actors-table", 2) if c.strip()]
    assert codes and len(codes) == len(set(codes))  # (uncoded names have no code)
    assert "USA GOV" in codes
    usa = page.locator("#actors-table tbody tr", has_text="USA GOV")
    assert "Donald Trump" in usa.inner_text() and "United States" in usa.inner_text()
    shoot(page, "actors-1280")
    # generic nouns do not top the list: the first rows take part in events
    first = page.locator("#actors-table tbody tr").first.inner_text()
    assert "people" not in first and "reports" not in first
    page.click("#actors-table th a:text-is('Documents')")
    page.wait_for_url("**/actors?*sort=documents*")
    docs = [int(v) for v in column(page, "#actors-table", 3)]
    assert docs == sorted(docs, reverse=True)
    page.click("#actors-table th a:text-is('Documents')")
    page.wait_for_url("**/actors?*sort=-documents*")
    docs = [int(v) for v in column(page, "#actors-table", 3)]
    assert docs == sorted(docs)
    page.goto(f"{base_url}/actors")
    page.select_option("select[name=kind]", "person")
    page.click("#actor-filters button[type=submit]")
    page.wait_for_url("**/actors?*kind=person*")
    assert page.locator("#actors-table tbody tr", has_text="Kim Jong Un").count() == 1
    page.fill("#actor-filters input[name=q]", "Pyongyang")
    page.select_option("select[name=kind]", "")
    page.click("#actor-filters button[type=submit]")
    page.wait_for_url("**/actors?*q=Pyongyang*")
    assert column(page, "#actors-table", 2) == ["PRK GOV"]
    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}/actors")
    assert no_sideways_scroll(page)
    shoot(page, "actors-390")


def test_actor_page_folds_names_and_breaks_a_country_down(page, base_url):
    page.goto(f"{base_url}/actors/usa")  # a code in any case
    assert page.locator("h1").inner_text() == "USA"
    assert page.locator("section", has_text="By sector").locator("tbody tr").count() == 2
    assert "Trump administration" in page.locator(".aliases").inner_text()
    shoot(page, "actor-usa-1280")
    page.goto(f"{base_url}/events?actor=Pyongyang")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() > 0 and "North Korea" in rows.first.inner_text()
    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}/actors/USA")
    assert no_sideways_scroll(page)
    shoot(page, "actor-usa-390")


def test_search_box_on_every_page_finds_all_words_ranked(page, base_url):
    page.goto(f"{base_url}/events")
    page.fill(".site-search input[name=q]", "sanctions Iran")
    page.press(".site-search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=sanctions+Iran")
    hits = page.locator("#hits-documents ol.hits > li")
    assert hits.count() == 2
    assert page.locator("#hits-documents .snippet mark").count() >= 2
    assert page.locator("#hits-events li").count() > 0
    shoot(page, "search-1280")
    hits.first.locator("a.hit-title").click()
    page.wait_for_url("**/documents/**")
    assert "sanctions" in page.locator("h1").inner_text().lower()
    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}/search?q=North+Korea+troops")
    assert page.locator("#hits-documents ol.hits > li").count() == 1
    assert no_sideways_scroll(page)
    shoot(page, "search-390")


def test_documents_and_article_pages_fit_a_phone(page, base_url):
    page.goto(f"{base_url}/documents")
    assert page.locator("#documents-table tbody tr").count() == 4
    shoot(page, "documents-1280")
    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}/documents")
    assert no_sideways_scroll(page)
    shoot(page, "documents-390b")
    page.locator("#documents-table tbody tr a").first.click()
    page.wait_for_url("**/documents/**")
    assert no_sideways_scroll(page)
    shoot(page, "article-390b")


def test_events_table_fits_1280_and_every_column_reverses(page, base_url):
    page.goto(f"{base_url}/events")
    assert page.evaluate("""() => {
        const wrap = document.querySelector('#events-table').parentElement;
        return wrap.scrollWidth <= wrap.clientWidth + 1;
    }""")
    for label, key in (("Actor", "actor"), ("Event", "type"), ("Status", "status")):
        page.goto(f"{base_url}/events")
        page.click(f"#events-table th a:text-is('{label}')")
        page.wait_for_url(f"**/events?*sort={key}*")
        once = page.locator("#events-table tbody tr").all_inner_texts()
        page.click(f"#events-table th a:text-is('{label}')")
        page.wait_for_url(f"**/events?*sort=-{key}*")
        assert page.locator(f"#events-table th a.sorted.reversed:text-is('{label}')").count()
        assert page.locator("#events-table tbody tr").all_inner_texts() != once, label
    shoot(page, "events-1280b")


def test_a_bad_value_on_a_page_is_a_readable_page(browser, base_url):
    page = browser.new_page(viewport=WIDE)  # (Chromium logs the 422 as a console error)
    answer = page.goto(f"{base_url}/events?since=2025-13-45")
    assert answer.status == 422
    assert page.locator("h1").inner_text() == "That address has a bad value"
    assert "YYYY-MM-DD" in page.locator("[role=alert]").inner_text()
    shoot(page, "error-1280")
    page.close()


def test_docs_try_it_out_writes_with_a_token(page, base_url):
    page.goto(f"{base_url}/docs")
    page.click("button.authorize")
    page.fill(".modal-ux input[type=text], .modal-ux input[type=password]", TOKEN)
    page.click(".modal-ux button.authorize")
    page.click(".modal-ux button.btn-done")
    post = page.locator(".opblock-post", has_text="/api/documents")
    post.locator(".opblock-summary").click()
    post.locator("button.try-out__btn").click()
    post.locator("textarea.body-param__text").fill(
        '{"text": "Officials in Oslo said on Monday that Norway would send 40 medics to help '
        'flood victims in Valdoria.", "published": "2025-05-02"}')
    post.locator("button.execute").click()
    code = post.locator(".live-responses-table .response .response-col_status").first
    code.wait_for(timeout=60_000)
    assert code.inner_text().strip() == "201"
    shoot(page, "docs-post-1280")
    post.locator("button.execute").click()  # the same article again: already stored
    page.wait_for_function("""() => [...document.querySelectorAll(
        '.opblock-post .live-responses-table .response .response-col_status')]
        .some(c => c.textContent.trim() === '200')""", timeout=60_000)
