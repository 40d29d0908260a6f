"""End to end in headless Chromium: type a question on the Gradio page, watch the answer stream in,
and find the source link in the sources panel."""

from __future__ import annotations

import os

import pytest
from support import BROWSER_MARKS, CHROMIUM, CHROMIUM_ARGS

pytestmark = BROWSER_MARKS

# Records every distinct text the latest bot message shows, to prove the reply arrived in pieces.
WATCH_BOT = """() => {
  window.__botTexts = [];
  new MutationObserver(() => {
    const bots = document.querySelectorAll('[data-testid="bot"]');
    if (!bots.length) return;
    const t = bots[bots.length - 1].innerText.trim();
    if (t && window.__botTexts[window.__botTexts.length - 1] !== t) window.__botTexts.push(t);
  }).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""


def wait_until_stable(page, quiet_s: float = 2.0, timeout_s: float = 60.0) -> list[str]:
    """The bot texts seen so far, once the reply has stopped changing for `quiet_s`."""
    import time

    deadline = time.monotonic() + timeout_s
    seen, since = None, time.monotonic()
    while time.monotonic() < deadline:
        texts = page.evaluate("() => window.__botTexts")
        if texts != seen:
            seen, since = texts, time.monotonic()
        elif texts and time.monotonic() - since >= quiet_s:
            return texts
        page.wait_for_timeout(200)
    raise AssertionError(f"the reply never settled: {seen}")


def test_page_streams_an_answer_and_shows_a_source_link(assistant, live_server, retriever, monkeypatch):
    playwright = pytest.importorskip("playwright.sync_api")
    from medassist.bot.web.server import build_app
    from medassist.model.decoding import GenerationSettings

    question = "What are the symptoms of asthma?"
    source_url = retriever.search(question)[0].source
    retriever.queries.clear()
    histories = []  # what the runtime was given as the conversation so far, per question
    real_stream = assistant.runtime.stream

    def spy(question, history=(), *args, **kwargs):
        histories.append(list(history))
        return real_stream(question, history, *args, **kwargs)

    monkeypatch.setattr(assistant.runtime, "stream", spy)
    app = build_app(assistant, defaults=GenerationSettings(max_new_tokens=64))
    with live_server(app) as srv, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(srv.url + "/", wait_until="domcontentloaded")
            box = page.get_by_role("textbox").first
            box.wait_for(timeout=30_000)
            assert page.locator("#disclaimer").is_visible()
            page.evaluate(WATCH_BOT)
            box.fill(question)
            box.press("Enter")
            link = page.locator(f'#sources a[href="{source_url}"]')
            link.wait_for(timeout=60_000)
            texts = wait_until_stable(page)
            if os.environ.get("MEDASSIST_SCREENSHOT"):
                page.screenshot(path=os.environ["MEDASSIST_SCREENSHOT"], full_page=True)
            box.fill("And how is it treated?")  # a follow-up: the first turn must reach the model
            box.press("Enter")
            page.wait_for_function("() => document.querySelectorAll('[data-testid=\"bot\"]').length == 2",
                                   timeout=60_000)
            wait_until_stable(page)
        finally:
            browser.close()
    assert retriever.queries == [question, f"{question} And how is it treated?"]  # the follow-up keeps the topic
    assert histories[0] == []
    assert [m["role"] for m in histories[1]] == ["user", "assistant"]
    assert histories[1][0]["content"] == question and histories[1][1]["content"].strip()
    assert len(texts) > 1, texts  # the answer grew in several steps: it streamed
    assert all(texts[-1].startswith(t[: max(1, len(t) - 2)]) for t in texts[:-1]), texts
