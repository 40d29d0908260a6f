"""The real `openai` client and concurrent load against uvicorn on loopback (tiny model)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from medassist.bot.formatting import with_disclaimer

openai = pytest.importorskip("openai")


@pytest.fixture
def server(assistant, settings, live_server):
    from medassist.bot.web.server import build_app

    with live_server(build_app(assistant, defaults=settings)) as srv:  # the full app, page mounted
        yield srv


def test_openai_client_non_stream_and_stream(server, assistant, settings):
    client = openai.OpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0, timeout=60)
    question = "What are the symptoms of asthma?"
    expected = with_disclaimer(assistant.answer(question, settings=settings).text())  # every reply ends with it

    reply = client.chat.completions.create(model="medassist", messages=[{"role": "user", "content": question}])
    assert reply.choices[0].message.content == expected
    assert reply.choices[0].finish_reason in ("stop", "length") and reply.usage.completion_tokens >= 1

    stream = client.chat.completions.create(model="medassist", stream=True,
                                            messages=[{"role": "user", "content": question}])
    pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
    assert "".join(pieces) == expected and sum(1 for p in pieces if p) > 1

    assert [m.id for m in client.models.list()] == [assistant.runtime.model_id]
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="medassist", messages=[{"role": "user", "content": "  "}])


def test_openai_client_with_auth(assistant, settings, live_server):
    from medassist.bot.web.server import build_app

    with live_server(build_app(assistant, defaults=settings, ui=False, auth=("u", "pw"))) as srv:
        good = openai.OpenAI(base_url=srv.url + "/v1", api_key="pw", max_retries=0)
        assert good.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "What is anemia?"}]).choices[0].message.content
        bad = openai.OpenAI(base_url=srv.url + "/v1", api_key="nope", max_retries=0)
        with pytest.raises(openai.AuthenticationError):
            bad.models.list()


def test_twenty_concurrent_requests_get_their_own_answers(server, assistant, settings):
    """Every concurrent reply must equal what its own prompt generates greedily when run alone (and
    carry its own sources), so swapped or mixed generations would fail."""
    questions = [f"Patient question {i}: what is condition number {i}?" for i in range(20)]
    expected = {q: with_disclaimer(assistant.answer(q, settings=settings).text()) for q in questions}
    assert len(set(expected.values())) >= 15  # the answers are distinguishable

    client = openai.OpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0, timeout=120)

    def ask(i_q):
        i, q = i_q
        msgs = [{"role": "user", "content": q}]
        if i % 2:  # half streamed, half whole
            chunks = client.chat.completions.create(model="m", messages=msgs, stream=True)
            return q, "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        return q, client.chat.completions.create(model="m", messages=msgs).choices[0].message.content

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = dict(pool.map(ask, enumerate(questions)))
    assert results == expected
