"""The admin desk in headless Chromium: refused without a login; with one, filter the conversations,
open a thread and mark a safety event reviewed."""

from __future__ import annotations

import pytest
from desk_seed import ADMIN, PASSWORD
from sqlalchemy import select
from support import BROWSER_MARKS, CHROMIUM, CHROMIUM_ARGS

from medassist.bot.store.models import AdminAudit, SafetyEvent

pytestmark = BROWSER_MARKS


def test_admin_logs_in_filters_opens_a_thread_and_reviews_an_event(assistant, settings, seeded, live_server):
    playwright = pytest.importorskip("playwright.sync_api")
    from medassist.bot.web.server import build_app

    store, ids = seeded
    app = build_app(assistant, defaults=settings, ui=False, store=store)
    with live_server(app) as srv, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            # No login, no desk (headless Chromium turns a Basic challenge it cannot answer into a
            # navigation error, so ask through the browser context's own request client).
            anonymous = browser.new_context()
            response = anonymous.request.get(srv.url + "/admin/conversations")
            assert response.status == 401 and response.headers["www-authenticate"].startswith("Basic")
            assert "Ann" not in response.text()
            anonymous.close()

            context = browser.new_context(http_credentials={"username": ADMIN, "password": PASSWORD})
            page = context.new_page()
            assert page.goto(srv.url + "/admin/").status == 200
            assert page.locator("svg.chart").count() == 2
            page.get_by_role("link", name="Conversations").click()
            rows = page.locator("#conversations tr")
            rows.nth(3).wait_for()
            assert rows.count() == 4  # header + 3 conversations
            page.locator("input[name=search]").fill("chest hurts")
            page.get_by_role("button", name="Filter").click()
            page.wait_for_url("**/admin/conversations?*search=chest+hurts*")
            assert rows.count() == 2
            page.locator(f'#conversations a[href="/admin/conversations/{ids["c1"]}"]').first.click()
            page.wait_for_url(f"**/admin/conversations/{ids['c1']}")
            thread = page.locator("#thread")
            assert thread.locator(".msg").count() == 4
            assert "my chest hurts and my arm is numb" in thread.inner_text()

            page.get_by_role("link", name="Safety events").click()
            event_row = page.locator("#events tr", has_text="my chest hurts")
            event_row.locator("input[name=note]").fill("phoned the user; ambulance came")
            with page.expect_navigation():
                event_row.get_by_role("button", name="Mark reviewed").click()
            assert page.url.endswith("/admin/events?status=open"), page.content()
            assert page.locator("#events tr", has_text="my chest hurts").count() == 0  # left the open queue
            page.goto(srv.url + "/admin/events?status=reviewed")
            assert "phoned the user; ambulance came" in page.locator("#events").inner_text()
            context.close()
        finally:
            browser.close()
    with store.reading() as s:
        event = s.scalars(select(SafetyEvent).where(SafetyEvent.kind == "emergency")).one()
        actions = [a.action for a in s.scalars(select(AdminAudit).order_by(AdminAudit.id))]
    assert (event.reviewed_by, event.note) == (ADMIN, "phoned the user; ambulance came")
    assert actions == ["dashboard", "list", "list", "show", "events", "review", "events", "events"]
