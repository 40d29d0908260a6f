"""The chat page knows a browser by a signed cookie the server issued, not by Gradio's session hash
(which the client picks): a caller who sends another session's hash, or a forged cookie, gets its
own empty conversation, never the other one's /export."""

from __future__ import annotations

import pytest

from medassist.bot.web.page_identity import COOKIE, IdentityCookies

QUESTION = "What is anemia?"


@pytest.fixture
def page(assistant, settings, store, live_server):
    from medassist.bot.web.server import build_app

    with live_server(build_app(assistant, defaults=settings, store=store)) as srv:
        yield srv.url


def client(url: str, **httpx_kwargs):
    from gradio_client import Client

    return Client(url, verbose=False, httpx_kwargs=httpx_kwargs)


def say(c, text: str) -> str:
    reply, _sources = c.predict(text, True, 0.0, 16, api_name="/respond")
    return reply


def test_another_sessions_hash_does_not_reach_its_conversation(page):
    alice = client(page)
    say(alice, QUESTION)
    assert QUESTION in say(alice, "/export")  # her own export has her question

    mallory = client(page)
    assert mallory.cookies[COOKIE] != alice.cookies[COOKIE]  # each browser got its own identity
    mallory.session_hash = alice.session_hash  # the hash travels in the request body: anyone can send it
    stolen = say(mallory, "/export")
    assert "Your stored conversation" in stolen and QUESTION not in stolen


def test_a_forged_cookie_gets_a_new_identity(page):
    import httpx

    alice = client(page)
    say(alice, QUESTION)
    ident = alice.cookies[COOKIE].split(".")[0]
    forged = f"{ident}.{'A' * 43}"  # her id with a made-up signature
    r = httpx.get(f"{page}/config", cookies={COOKIE: forged})
    issued = r.cookies.get(COOKIE)
    assert issued and issued != forged and not issued.startswith(ident + ".")
    set_cookie = r.headers["set-cookie"]
    assert "HttpOnly" in set_cookie and "SameSite=Lax" in set_cookie

    mallory = client(page, cookies={COOKIE: forged})  # keeps sending the forged cookie
    mallory.session_hash = alice.session_hash
    assert QUESTION not in say(mallory, "/export")
    unsigned = client(page, cookies={COOKIE: ident})
    assert QUESTION not in say(unsigned, "/export")


def test_cookie_signatures():
    cookies = IdentityCookies(b"k" * 32)
    value = cookies.issue()
    ident = cookies.verify(value)
    assert ident and value.startswith(ident + ".")
    assert IdentityCookies(b"other key".ljust(32)).verify(value) is None  # another process's key
    for bad in (None, "", ident, f"{ident}.", f"{ident}.x", value + "x", "a.b.c"):
        assert cookies.verify(bad) is None
