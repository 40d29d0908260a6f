"""API keys: issued by `medassist admin api-key`, stored as hashes, one namespace of `user` values per
key (checked over real HTTP with two keys), 401s in OpenAI's shape, and who may serve an open API."""

from __future__ import annotations

import logging

import httpx
import pytest
from sqlalchemy import select

from medassist.bot.history import API_DATA_NOTICE
from medassist.bot.store.models import ApiKey, Message, User
from medassist.bot.web import api_keys
from medassist.cli import main

URL = "/v1/chat/completions"
EMERGENCY = "I have crushing chest pain and I can't breathe right now"


def ask(base: str, key: str | None, content: str, **extra) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.post(base + URL, headers=headers, timeout=60,
                      json={"messages": [{"role": "user", "content": content}], **extra})


def stored_texts(store) -> dict[str, list[str]]:
    """Every stored person's message texts, by stored id."""
    with store.reading() as s:
        rows = s.execute(select(User.platform_user_id, Message.content).join(Message, Message.user_id == User.id)
                         .order_by(Message.id)).all()
    out: dict[str, list[str]] = {}
    for who, text in rows:
        out.setdefault(who, []).append(text)
    return out


def test_cli_issues_lists_and_revokes_keys_and_stores_only_a_hash(tmp_path, capsys):
    db = tmp_path / "keys.db"
    url = f"sqlite:///{db}"
    assert main(["admin", "api-key", "add", "clinic-app", "--database", url]) == 0
    out = capsys.readouterr().out
    key = out.strip().splitlines()[-1]
    assert key.startswith("mda-") and len(key) >= 50
    assert main(["admin", "api-key", "add", "clinic-app", "--database", url]) == 2  # names are never reused
    assert "exists already" in capsys.readouterr().err

    assert main(["admin", "api-key", "list", "--database", url]) == 0
    listing = capsys.readouterr().out
    assert "clinic-app" in listing and "never" in listing and "1 API keys (1 active)" in listing
    assert key not in listing and key.split("-", 2)[2] not in listing  # never the key, nor its secret

    from medassist.bot.store import Store

    with Store.open(url, retention_days=None) as store:
        with store.reading() as s:
            (row,) = s.scalars(select(ApiKey)).all()
        assert row.key_hash == api_keys.key_hash(key) != key
        assert api_keys.verify(store, key).name == "clinic-app"
        assert api_keys.verify(store, key[:-1] + ("A" if key[-1] != "A" else "B")) is None  # one character off
    assert key.encode() not in db.read_bytes() and key.split("-", 2)[2].encode() not in db.read_bytes()

    assert main(["admin", "api-key", "revoke", "clinic-app", "--database", url]) == 0
    assert "revoked" in capsys.readouterr().out
    assert main(["admin", "api-key", "revoke", "nobody", "--database", url]) == 2
    with Store.open(url, retention_days=None) as store:
        assert api_keys.verify(store, key) is None
    assert main(["admin", "api-key", "list", "--database", url]) == 0
    assert "(0 active)" in capsys.readouterr().out


@pytest.fixture
def two_keys_server(assistant, settings, store, live_server):
    from medassist.bot.web.server import build_app

    key_a, info_a = api_keys.issue(store, "app-a")
    key_b, info_b = api_keys.issue(store, "app-b")
    with live_server(build_app(assistant, defaults=settings, ui=False, store=store)) as srv:
        yield srv.url, (key_a, info_a.key_id), (key_b, info_b.key_id)


def test_one_client_can_never_reach_another_clients_people(two_keys_server, store):
    base, (key_a, id_a), (key_b, id_b) = two_keys_server
    a1 = ask(base, key_a, "What is anemia?", user="alice")
    assert a1.status_code == 200, a1.text
    assert a1.json()["choices"][0]["message"]["content"].startswith(API_DATA_NOTICE)
    a_texts = stored_texts(store)[f"{id_a}:alice"]

    # B names the same `user`: it cannot read, export or delete A's alice ...
    auth_b = {"Authorization": f"Bearer {key_b}"}
    r = httpx.get(f"{base}/v1/users/alice/export", headers=auth_b)
    assert r.status_code == 404 and r.json()["error"]["message"] == "nothing is stored for this user"
    assert httpx.delete(f"{base}/v1/users/alice", headers=auth_b).status_code == 404
    # ... nor continue her conversation: B's alice is a new person (told the notice) with B's own record,
    # and B's emergency lands there, not in A's alice's conversation
    b1 = ask(base, key_b, "How is it treated?", user="alice")
    assert b1.status_code == 200 and b1.json()["choices"][0]["message"]["content"].startswith(API_DATA_NOTICE)
    assert ask(base, key_b, EMERGENCY, user="alice").status_code == 200
    texts = stored_texts(store)
    assert texts[f"{id_a}:alice"] == a_texts  # untouched by B
    assert texts[f"{id_b}:alice"][0] == "How is it treated?" and EMERGENCY in texts[f"{id_b}:alice"]
    with store.reading() as s:
        verdicts = s.scalars(select(Message.verdict).join(User, User.id == Message.user_id)
                             .where(User.platform_user_id == f"{id_a}:alice")).all()
    assert "emergency" not in verdicts

    # A's export holds A's alice only; A's delete removes exactly her rows
    auth_a = {"Authorization": f"Bearer {key_a}"}
    exported = httpx.get(f"{base}/v1/users/alice/export", headers=auth_a)
    assert exported.status_code == 200
    messages = [m["content"] for c in exported.json()["conversations"] for m in c["messages"]]
    assert messages == a_texts and EMERGENCY not in messages
    deleted = httpx.delete(f"{base}/v1/users/alice", headers=auth_a)
    assert deleted.status_code == 200
    assert deleted.json() == {"object": "user.deleted", "user": "alice", "deleted": True, "conversations": 1,
                              "messages": 2}
    assert httpx.get(f"{base}/v1/users/alice/export", headers=auth_a).status_code == 404
    assert f"{id_a}:alice" not in stored_texts(store) and f"{id_b}:alice" in stored_texts(store)


def test_missing_invalid_or_revoked_keys_are_openai_style_401s(two_keys_server, store):
    base, (key_a, _), (key_b, _) = two_keys_server
    for key in (None, "wrong", key_a[:-2] + "xx", "mda-00000000-" + "A" * 43):
        r = ask(base, key, "What is anemia?")
        assert r.status_code == 401, key
        assert r.json()["error"]["type"] == "authentication_error" and r.headers["WWW-Authenticate"] == "Bearer"
    assert httpx.get(base + "/v1/models").status_code == 401
    assert httpx.get(base + "/health").status_code == 200  # probes stay open
    assert api_keys.revoke(store, "app-b")
    r = ask(base, key_b, "What is anemia?")
    assert r.status_code == 401 and r.json()["error"]["message"] == "invalid or revoked API key"
    assert ask(base, key_a, "What is anemia?").status_code == 200
    assert api_keys.list_keys(store)[0].last_used_at is not None


def test_the_first_key_closes_the_open_api_and_revoking_it_does_not_reopen_it(assistant, settings, store):
    from fastapi.testclient import TestClient

    from medassist.bot.web.server import build_app

    body = {"messages": [{"role": "user", "content": "What is anemia?"}]}
    with TestClient(build_app(assistant, defaults=settings, ui=False, store=store)) as c:
        assert c.post(URL, json=body).status_code == 200  # no keys: open (loopback use)
        key, _ = api_keys.issue(store, "first")
        assert c.post(URL, json=body).status_code == 401  # keys now: no key, no answer
        assert c.post(URL, json=body, headers={"Authorization": f"Bearer {key}"}).status_code == 200
        api_keys.revoke(store, "first")
        assert c.post(URL, json=body).status_code == 401


def test_keys_replace_the_auth_password_for_the_api(assistant, settings, store):
    from fastapi.testclient import TestClient

    from medassist.bot.web.server import build_app

    body = {"messages": [{"role": "user", "content": "What is anemia?"}]}
    with TestClient(build_app(assistant, defaults=settings, ui=False, store=store, auth=("u", "pw"))) as c:
        assert c.post(URL, json=body, headers={"Authorization": "Bearer pw"}).status_code == 200
        key, _ = api_keys.issue(store, "app")
        assert c.post(URL, json=body, headers={"Authorization": "Bearer pw"}).status_code == 401
        assert c.post(URL, json=body, headers={"Authorization": f"Bearer {key}"}).status_code == 200


def test_serve_refuses_an_open_api_beyond_loopback(tmp_path, capsys, tiny_model_dir):
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    for extra in (["--host", "0.0.0.0"], ["--share"]):
        assert main(["serve", "--model", str(tiny_model_dir), "--adapter", "none", "--no-retrieval",
                     "--database", url, *extra]) == 2
        err = capsys.readouterr().err
        assert "refusing to serve the API" in err and "medassist admin api-key add NAME" in err


def test_start_up_says_who_may_use_the_api(store, caplog):
    from medassist.bot.commands.serve import api_mode

    with caplog.at_level(logging.INFO):
        assert api_mode(store, "127.0.0.1", None) == "open"
    assert "API open without keys on loopback; add a key with medassist admin api-key add" in caplog.text
    assert api_mode(store, "0.0.0.0", ("u", "pw")) == "auth"  # the shared password: allowed anywhere
    key, _ = api_keys.issue(store, "app")
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert api_mode(store, "0.0.0.0", None) == "keys"
    assert "keys required (1 active)" in caplog.text and key not in caplog.text


def test_serve_checks_its_api_limits_before_loading_anything(tmp_path, capsys, tiny_model_dir):
    base = ["serve", "--model", str(tiny_model_dir), "--adapter", "none", "--no-retrieval",
            "--database", f"sqlite:///{tmp_path / 'limits.db'}"]
    assert main([*base, "--client-rate-limit", "0"]) == 2
    assert "per_client_per_minute must be an integer >= 1" in capsys.readouterr().err
    assert main([*base, "--max-body-bytes", "10"]) == 2
    assert "--max-body-bytes must be at least 1024" in capsys.readouterr().err
