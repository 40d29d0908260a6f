"""`user` ids and the data endpoints: ids that could pass for someone else are refused, turns without
`user` can be exported and deleted through the id the response names."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from medassist.bot.formatting import DISCLAIMER_LINE
from medassist.bot.store.models import Message

URL = "/v1/chat/completions"
QUESTION = {"role": "user", "content": "What is anemia?"}

BAD_IDS = {
    "\u202eecila": "U+202E",  # right-to-left override: displays as "alice"
    "ali\u200bce": "U+200B",  # zero-width space
    "\u2066alice\u2069": "U+2066",  # bidi isolate
    "al\u200dice": "U+200D",
    "bob\u200f": "U+200F",
    "a\x00b": "U+0000",
    "a\nb": "U+000A",
    "\ufeffalice": "U+FEFF",
    " alice": "whitespace",
    "x" * 101: "100 characters",
}


@pytest.fixture
def client(assistant, settings, store):
    from medassist.bot.web.server import build_app

    with TestClient(build_app(assistant, defaults=settings, ui=False, store=store)) as c:
        yield c


def stored_messages(store) -> int:
    with store.reading() as s:
        return s.scalar(select(func.count(Message.id)))


@pytest.mark.parametrize("user", list(BAD_IDS))
def test_user_ids_with_control_or_invisible_characters_are_400s(client, store, user):
    r = client.post(URL, json={"user": user, "messages": [QUESTION]})
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["param"] == "user" and BAD_IDS[user] in error["message"]
    assert stored_messages(store) == 0
    for method in ("GET", "DELETE"):
        path = f"/v1/users/{quote(user, safe='')}" + ("/export" if method == "GET" else "")
        r = client.request(method, path)
        assert r.status_code == 400 and BAD_IDS[user] in r.json()["error"]["message"], (method, r.text)


@pytest.mark.parametrize("user", ["alice@example.com", "Zoë", "用户 1", "0f3c9a"])
def test_ordinary_user_ids_are_accepted(client, user):
    r = client.post(URL, json={"user": user, "messages": [QUESTION]})
    assert r.status_code == 200, r.text
    assert client.get(f"/v1/users/{quote(user, safe='')}/export").json()["user"]["platform_user_id"] == f"local:{user}"


def test_a_turn_without_user_is_named_in_a_header_and_can_be_exported_and_deleted(client, store):
    r = client.post(URL, json={"messages": [{"role": "user", "content": "What is asthma?"},
                                            {"role": "assistant", "content": "A lung disease."}, QUESTION]})
    assert r.status_code == 200 and r.headers["X-MedAssist-History"] == "client"
    anon = r.headers["X-MedAssist-User"]
    assert anon.startswith("anon-")
    exported = client.get(f"/v1/users/{anon}/export").json()
    (conversation,) = exported["conversations"]
    reply = r.json()["choices"][0]["message"]["content"]
    assert [m["content"] for m in conversation["messages"]] == ["What is anemia?", reply]
    assert reply.endswith(DISCLAIMER_LINE)
    other = client.post(URL, json={"messages": [QUESTION]}).headers["X-MedAssist-User"]
    assert other != anon  # each anonymous request is its own record
    deleted = client.delete(f"/v1/users/{anon}")
    assert deleted.status_code == 200 and deleted.json()["messages"] == 2
    assert client.get(f"/v1/users/{anon}/export").status_code == 404
    assert stored_messages(store) == 2  # the other request's turn is still there


def test_a_refused_turn_without_user_is_named_too(client):
    r = client.post(URL, json={"messages": [{"role": "user", "content": "   "}]})
    assert r.status_code == 400
    anon = r.headers["X-MedAssist-User"]
    assert client.delete(f"/v1/users/{anon}").status_code == 200  # the refused turn was stored: deletable


def test_streamed_replies_carry_the_history_headers(client):
    with client.stream("POST", URL, json={"user": "s", "stream": True, "messages": [QUESTION]}) as r:
        assert r.status_code == 200 and r.headers["X-MedAssist-History"] == "stored"
        assert "X-MedAssist-Ignored-Messages" not in r.headers  # nothing was sent to ignore
        list(r.iter_lines())
