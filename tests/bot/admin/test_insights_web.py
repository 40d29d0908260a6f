"""/admin/insights through the real app: login required, audited, aggregates only."""

from __future__ import annotations

import pytest
from desk_seed import ADMIN, PASSWORD
from sqlalchemy import select

from medassist.bot.store.models import AdminAudit

AUTH = (ADMIN, PASSWORD)


@pytest.fixture
def client(assistant, settings, insights_store):
    from fastapi.testclient import TestClient

    from medassist.bot.web.server import build_app

    store, ids = insights_store
    with TestClient(build_app(assistant, defaults=settings, ui=False, store=store)) as c:
        yield c, store, ids


def test_insights_page_needs_a_login(client):
    c, store, _ = client
    r = c.get("/admin/insights")
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Basic")
    assert "asthma" not in r.text.lower()
    assert c.get("/admin/insights", auth=(ADMIN, "wrong password")).status_code == 401


def test_insights_page_shows_topics_unanswered_and_charts(client):
    c, store, ids = client
    r = c.get("/admin/insights", auth=AUTH)
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    html = r.text
    assert 'id="topics"' in html and "<b>Asthma</b>" in html and "<b>Diabetes</b>" in html
    assert "what is an asthma inhaler" in html and 'href="/admin/conversations/' in html
    assert "insulin" not in html  # diabetes was asked by two people: no words of theirs
    assert "quantum" not in html
    assert 'id="unanswered"' in html and "ignore your rules asthma inhaler" in html
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg"') == 3 and "<script" not in html
    assert "Student" not in html and "s0" not in html.split("signed in")[0].split("<main>")[-1]  # no names or ids
    with store.reading() as s:
        audit = s.scalars(select(AdminAudit).order_by(AdminAudit.id.desc())).first()
    assert (audit.actor, audit.via, audit.action) == (ADMIN, "web", "insights") and "start" in audit.filters


def test_insights_page_filters_and_bad_input(client):
    c, store, _ = client
    r = c.get("/admin/insights", params={"platform": "telegram"}, auth=AUTH)
    assert r.status_code == 200 and "2 questions from 1 people" in r.text and "asthma inhaler" not in r.text
    assert c.get("/admin/insights", params={"since": "not-a-date"}, auth=AUTH).status_code == 400
    assert c.get("/admin/insights", params={"since": "2026-12-02", "until": "2026-11-01"},
                 auth=AUTH).status_code == 400


def test_questions_not_yet_indexed_are_announced(client):
    c, store, ids = client
    from datetime import timedelta

    from insights_seed import NOW

    store.clock = lambda: NOW - timedelta(minutes=1)
    store.add_message(ids["telegram_conversation"], "user", "a brand new question")
    store.clock = lambda: NOW
    assert "1 questions of this period are not indexed yet" in c.get("/admin/insights", auth=AUTH).text
