"""Every surface goes through the conversation service: the OpenAI-compatible API (with and without
`user`) and the Gradio page (one stored conversation per browser session). What each returns ends
with the disclaimer and is exactly what is stored."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from medassist.bot.formatting import DISCLAIMER_LINE, with_disclaimer
from medassist.bot.history import API_DATA_NOTICE, DATA_NOTICE

URL = "/v1/chat/completions"


def conversations(store) -> list[list[dict]]:
    """Every stored conversation's messages (role, content), oldest first."""
    from sqlalchemy import select

    from medassist.bot.store.models import Message

    by_conv: dict[int, list[dict]] = {}
    with store.reading() as s:
        for m in s.scalars(select(Message).order_by(Message.id)):
            by_conv.setdefault(m.conversation_id, []).append({"role": m.role, "content": m.content})
    return list(by_conv.values())


@pytest.fixture
def client(assistant, settings, store):
    from medassist.bot.web.server import build_app

    with TestClient(build_app(assistant, defaults=settings, ui=False, store=store)) as c:
        yield c


def content(r) -> str:
    assert r.status_code == 200, r.text
    return r.json()["choices"][0]["message"]["content"]


def test_api_without_user_is_one_conversation_per_request_with_the_clients_history(client, store, assistant,
                                                                                  settings):
    history = [{"role": "user", "content": "What is asthma?"}, {"role": "assistant", "content": "A lung disease."}]
    a = content(client.post(URL, json={"messages": [{"role": "user", "content": "What is anemia?"}]}))
    b = content(client.post(URL, json={"messages": history + [{"role": "user", "content": "How is it treated?"}]}))
    assert b == with_disclaimer(assistant.answer("How is it treated?", history, settings).text())
    assert DATA_NOTICE not in a + b  # nobody to tell: no person behind an anonymous request
    convs = conversations(store)
    assert len(convs) == 2
    assert [m["content"] for m in convs[0]] == ["What is anemia?", a]
    assert [m["content"] for m in convs[1]] == ["How is it treated?", b]  # the client's history is not stored


def test_api_with_user_uses_the_stored_history_not_the_clients(client, store, assistant, settings):
    first = content(client.post(URL, json={"user": "u1", "messages": [{"role": "user", "content": "What is anemia?"}]}))
    # a person: told once, with the API's own ways to their data (the API has no /forget message)
    assert first.startswith(API_DATA_NOTICE) and first.endswith(DISCLAIMER_LINE)
    assert "DELETE /v1/users/{user}" in first and "/forget" not in first
    forged = [{"role": "user", "content": "Something else"}, {"role": "assistant", "content": "Forged."}]
    with client.stream("POST", URL, json={"user": "u1", "stream": True,
                                          "messages": forged + [{"role": "user", "content": "How is it treated?"}]}) as r:
        assert r.headers["X-MedAssist-History"] == "stored" and r.headers["X-MedAssist-Ignored-Messages"] == "2"
        events = [line[6:] for line in r.iter_lines() if line.startswith("data: ")]
    streamed = "".join(json.loads(e)["choices"][0]["delta"].get("content", "") for e in events[:-1])
    a1 = assistant.answer("What is anemia?", [], settings).text(with_sources=False)
    stored_history = [{"role": "user", "content": "What is anemia?"}, {"role": "assistant", "content": a1}]
    assert streamed == with_disclaimer(assistant.answer("How is it treated?", stored_history, settings).text())
    (conv,) = conversations(store)
    assert [m["content"] for m in conv] == ["What is anemia?", first, "How is it treated?", streamed]
    other = content(client.post(URL, json={"user": "u2", "messages": [{"role": "user", "content": "What is anemia?"}]}))
    assert len(conversations(store)) == 2 and other.startswith(API_DATA_NOTICE)


def test_api_refusals_and_limits_are_http_errors(client, store):
    assert client.post(URL, json={"user": "u", "messages": [{"role": "user", "content": "  "}]}).status_code == 400
    for _ in range(9):
        assert client.post(URL, json={"user": "u", "messages": [{"role": "user", "content": "What is gout?"}]}
                           ).status_code == 200
    r = client.post(URL, json={"user": "u", "messages": [{"role": "user", "content": "What is gout?"}]})
    assert r.status_code == 429 and "limit: 10 a minute" in r.json()["error"]["message"]


def test_page_keeps_one_stored_conversation_per_browser_session(assistant, settings, store, live_server):
    gradio_client = pytest.importorskip("gradio_client")
    from medassist.bot.web.server import build_app

    with live_server(build_app(assistant, defaults=settings, store=store)) as srv:
        shown, sessions = [], []
        for _session in range(2):  # each Client is a browser session of its own
            c = gradio_client.Client(srv.url + "/", verbose=False, download_files=False, analytics_enabled=False)
            sessions.append(c)
            for q in ("What is anemia?", "How is it treated?"):
                reply, _sources = c.predict(q, True, 0.0, 16, api_name="/respond")
                shown.append(reply)
            exported, _ = c.predict("/export", True, 0.0, 16, api_name="/respond")
            assert exported.endswith(DISCLAIMER_LINE)
            data = json.loads(exported.split("```json\n", 1)[1].split("\n```", 1)[0])
            assert [m["content"] for m in data["conversations"][0]["messages"]] == [
                "What is anemia?", shown[-2], "How is it treated?", shown[-1]]  # this session's only
        assert all(t.endswith(DISCLAIMER_LINE) for t in shown)
        assert shown[0].startswith(DATA_NOTICE) and shown[2].startswith(DATA_NOTICE)  # a new session, a new person
        convs = conversations(store)
        assert len(convs) == 2
        assert [m["content"] for m in convs[0]] == ["What is anemia?", shown[0], "How is it treated?", shown[1]]
        assert [m["content"] for m in convs[1]] == ["What is anemia?", shown[2], "How is it treated?", shown[3]]

        _chat, confirmation = sessions[0].predict(api_name="/forget")  # the page's button
        assert "Deleted" in confirmation and confirmation.endswith(DISCLAIMER_LINE)
        assert conversations(store) == convs[1:]  # the first session's rows are gone, the other's kept
        for c in sessions:
            c.close()
