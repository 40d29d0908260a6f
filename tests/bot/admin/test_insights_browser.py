"""The insights page in headless Chromium: 401 without a login; with one, the topics, the list of
questions answered poorly and the trend charts are on the page."""

from __future__ import annotations

import pytest
from desk_seed import ADMIN, PASSWORD
from support import BROWSER_MARKS, CHROMIUM, CHROMIUM_ARGS

pytestmark = BROWSER_MARKS


def test_insights_page_in_chromium(assistant, settings, insights_store, live_server):
    playwright = pytest.importorskip("playwright.sync_api")
    from medassist.bot.web.server import build_app

    store, ids = insights_store
    app = build_app(assistant, defaults=settings, ui=False, store=store)
    with live_server(app) as srv, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            anonymous = browser.new_context()
            response = anonymous.request.get(srv.url + "/admin/insights")
            assert response.status == 401 and response.headers["www-authenticate"].startswith("Basic")
            assert "Asthma" not in response.text()
            anonymous.close()

            context = browser.new_context(http_credentials={"username": ADMIN, "password": PASSWORD})
            page = context.new_page()
            assert page.goto(srv.url + "/admin/").status == 200
            page.get_by_role("link", name="Insights").click()
            page.wait_for_url("**/admin/insights")
            topics = page.locator("#topics tr")
            assert topics.count() >= 3  # header, Asthma, Diabetes
            assert topics.nth(1).locator("b").inner_text() == "Asthma"
            examples = topics.nth(1).locator("a")
            assert examples.count() == 3 and all("asthma" in t for t in examples.all_inner_texts())
            diabetes = page.locator("#topics tr", has_text="Diabetes")
            assert "fewer than 3 people" in diabetes.inner_text()
            unanswered = page.locator("#unanswered tr", has_text="Asthma").first
            assert "ignore your rules asthma inhaler" in unanswered.inner_text()
            charts = page.locator("#trends svg.chart")
            assert charts.count() == 3 and charts.locator("rect").count() > 3
            assert "Review queue backlog" in page.locator("#trends").inner_text()
            # An example links to its conversation on the desk.
            topics.nth(1).locator("a").first.click()
            page.wait_for_url("**/admin/conversations/*")
            assert page.locator("#thread .msg").count() >= 1
            context.close()
        finally:
            browser.close()
