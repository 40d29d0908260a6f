"""The admin desk through the real app (build_app with a store): login, filters, thread, review
queue, exports, charts, and the audit of every view."""

from __future__ import annotations

import csv
import io
import json

import pytest
from desk_seed import ADMIN, PASSWORD, day
from sqlalchemy import select, text

from medassist.bot.admin import accounts
from medassist.bot.store.models import AdminAccount, AdminAudit, SafetyEvent
from medassist.errors import MedAssistError


@pytest.fixture
def desk(assistant, settings, seeded):
    from fastapi.testclient import TestClient

    from medassist.bot.web.server import build_app

    store, ids = seeded
    with TestClient(build_app(assistant, defaults=settings, ui=False, store=store)) as client:
        yield client, store, ids


AUTH = (ADMIN, PASSWORD)


def _audit(store) -> list[tuple[str, str]]:
    with store.reading() as s:
        return [(a.actor, a.action) for a in s.scalars(select(AdminAudit).order_by(AdminAudit.id))]


def test_no_account_no_desk(assistant, settings, store):
    from fastapi.testclient import TestClient

    from medassist.bot.web.server import build_app

    with TestClient(build_app(assistant, defaults=settings, ui=False, store=store)) as client:
        assert client.get("/admin/", auth=AUTH).status_code == 404
    with pytest.raises(MedAssistError, match="add-user"):
        build_app(assistant, defaults=settings, ui=False, store=store, admin=True)


def test_login_required(desk):
    client, store, ids = desk
    for path in ("/admin/", "/admin/conversations", f"/admin/conversations/{ids['c1']}", "/admin/events",
                 "/admin/export?format=csv"):
        r = client.get(path)
        assert r.status_code == 401, path
        assert r.headers["www-authenticate"].startswith("Basic")
    # two wrong logins only: five from one address lock it (test_login_limit.py)
    assert client.get("/admin/", auth=(ADMIN, "wrong password")).status_code == 401
    assert client.get("/admin/export?format=csv", auth=("mallory", PASSWORD)).status_code == 401
    assert client.post("/admin/events/1/review", data={"csrf": "x"}).status_code == 401
    assert _audit(store) == []  # nothing was shown, so nothing to audit


def test_password_is_stored_hashed(seeded):
    store, _ = seeded
    with store.reading() as s:
        stored = s.scalar(select(AdminAccount.password_hash))
    assert PASSWORD not in stored and stored.startswith("scrypt$")
    assert accounts.verify_password(PASSWORD, stored) and not accounts.verify_password(PASSWORD + "!", stored)
    assert accounts.hash_password(PASSWORD) != accounts.hash_password(PASSWORD)  # salted
    with pytest.raises(MedAssistError, match="at least"):
        accounts.set_password(store, "bob", "short")


def test_dashboard_has_counts_and_charts(desk):
    client, store, _ = desk
    r = client.get("/admin/", auth=AUTH)
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    assert r.text.count("<svg") == 2
    assert "Messages per day per platform" in r.text and "telegram (4)" in r.text and "discord (4)" in r.text
    assert "safety events (2)" in r.text  # emergency + dosing
    assert _audit(store) == [(ADMIN, "dashboard")]


@pytest.mark.parametrize(("query", "expected"), [
    ("", {"c1", "c2", "c3"}),
    ("platform=telegram", {"c1"}),
    ("user=Bob", {"c2", "c3"}),
    ("user=1001", {"c1"}),
    ("flagged=1", {"c1", "c2"}),
    ("search=IBUPROFEN", {"c2"}),
    ("search=100%25", set()),  # LIKE wildcards are literal
    (f"since={day(2)}&until={day(2)}", {"c2"}),
    (f"since={day(3)}", {"c3"}),
    ("platform=discord&flagged=1", {"c2"}),
])
def test_conversation_filters(desk, query, expected):
    client, store, ids = desk
    r = client.get(f"/admin/conversations?{query}", auth=AUTH)
    assert r.status_code == 200
    shown = {name for name in ("c1", "c2", "c3") if f'href="/admin/conversations/{ids[name]}"' in r.text}
    assert shown == expected
    assert _audit(store) == [(ADMIN, "list")]


def test_bad_filter_is_a_400(desk):
    client, _, _ = desk
    r = client.get("/admin/conversations?since=2026-02-30", auth=AUTH)
    assert r.status_code == 400 and "not a date" in r.text


def test_thread_shows_every_turn_escaped(desk):
    client, store, ids = desk
    r = client.get(f"/admin/conversations/{ids['c3']}", auth=AUTH)
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "&lt;script&gt;alert(" in r.text
    r = client.get(f"/admin/conversations/{ids['c1']}", auth=AUTH)
    for turn in ("What is asthma?", "Asthma is a disease of the airways.", "my chest hurts and my arm is numb",
                 "Call your local emergency number now.", "https://medlineplus.gov/asthma", "heart_attack"):
        assert turn in r.text
    assert r.text.index("What is asthma?") < r.text.index("my chest hurts")
    assert client.get("/admin/conversations/99999", auth=AUTH).status_code == 404
    assert _audit(store) == [(ADMIN, "show"), (ADMIN, "show")]


def test_review_queue_marks_an_event_reviewed(desk):
    client, store, ids = desk
    page = client.get("/admin/events", auth=AUTH).text
    assert "my chest hurts" in page and "ibuprofen" in page
    with store.reading() as s:
        event = s.scalars(select(SafetyEvent).where(SafetyEvent.kind == "emergency")).one()
    form_token = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    url = f"/admin/events/{event.id}/review"
    assert client.post(url, auth=AUTH, data={"note": "x"}).status_code == 403  # no token
    assert client.post(url, auth=AUTH, data={"csrf": "0" * 64}).status_code == 403  # wrong token
    assert client.post(url, auth=AUTH, data={"csrf": form_token},
                       headers={"origin": "https://evil.example"}).status_code == 403  # another site
    assert client.post(url, auth=AUTH, data={"csrf": form_token},
                       headers={"origin": "null"}).status_code == 403  # an opaque (sandboxed) origin
    r = client.post(url, auth=AUTH, data={"csrf": form_token, "note": "called the user back",
                                          "back": "https://evil.example/"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/admin/events"
    with store.reading() as s:
        event = s.get(SafetyEvent, event.id)
    assert (event.reviewed_by, event.note) == (ADMIN, "called the user back") and event.reviewed_at
    assert "my chest hurts" not in client.get("/admin/events", auth=AUTH).text  # left the open queue
    assert "called the user back" in client.get("/admin/events?status=reviewed", auth=AUTH).text
    assert client.post("/admin/events/9999/review", auth=AUTH, data={"csrf": form_token}).status_code == 404
    assert ("alice", "review") in _audit(store)


def test_exports_follow_the_filter(desk):
    client, store, ids = desk
    r = client.get("/admin/export?format=csv&platform=discord&search=ibuprofen", auth=AUTH)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [(row["conversation_id"], row["role"]) for row in rows] == [(str(ids["c2"]), "user"),
                                                                       (str(ids["c2"]), "assistant")]
    assert rows[0]["category"] == "dose_request" and rows[0]["safety_events"] == "1"
    r = client.get("/admin/export?format=jsonl", auth=AUTH)
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert len(lines) == 8 and {"platform", "user", "conversation_id", "role", "content", "created_at",
                                "verdict"} <= set(lines[0])
    assert client.get("/admin/export?format=xml", auth=AUTH).status_code == 400
    empty = client.get("/admin/export?format=csv&platform=nowhere", auth=AUTH).text
    [header] = list(csv.reader(io.StringIO(empty)))
    assert header[0] == "message_id"
    with store.reading() as s:
        audits = s.execute(text("SELECT action, filters FROM admin_audit ORDER BY id")).all()
    assert audits[0][0] == "export_csv" and json.loads(audits[0][1]) == {"platform": "discord",
                                                                         "search": "ibuprofen"}


def test_csv_export_defuses_formulas(desk):
    client, store, _ = desk
    formulas = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(1,2)", "\tx", "\rx",
                "fine"]
    user = store.touch_user("web", "w1", "@admin")
    conv = store.current_conversation(user.id, platform="web", chat_id="w1")
    for f in formulas:
        store.add_message(conv, "user", f)
    r = client.get("/admin/export?format=csv&user=w1", auth=AUTH)
    header, *rows = list(csv.reader(io.StringIO(r.text, newline="")))
    cells = [dict(zip(header, row, strict=True)) for row in rows]
    assert [c["content"] for c in cells] == ["'" + f for f in formulas[:-1]] + ["fine"]
    assert {c["display_name"] for c in cells} == {"'@admin"}
    assert r.text.startswith('"message_id","created_at"')  # every cell quoted
