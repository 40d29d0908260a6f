"""The Telegram adapter through the real python-telegram-bot, against an in-process fake Bot API
(`FakeRequest`): what the bot sends for each kind of update. After every test, EVERY text the bot
sent (each sendMessage, each edit, each caption) is checked: it ends with the disclaimer line and
fits Telegram's 4096 limit."""

from __future__ import annotations

import asyncio
import json

import pytest
from fake_telegram_api import BOT_USER, TOKEN, FakeBotAPI, FakeRequest
from telegram import Update

from medassist.bot import reply_stream
from medassist.bot.conversation import ConversationService
from medassist.bot.formatting import DISCLAIMER_LINE, TELEGRAM_LIMIT, text_length, without_disclaimer
from medassist.bot.history import DATA_NOTICE
from medassist.bot.limits import Access
from medassist.bot.telegram import HELP, NOT_ADMIN, TEXT_ONLY, WELCOME, TelegramBot, check_token
from medassist.errors import MedAssistError
from medassist.model.assistant import Turn
from medassist.model.runtime import Generation
from medassist.model.safety import check_input

EMERGENCY = "I have crushing chest pain and I can't breathe right now"
ADMIN_CHAT = -500
GROUP = -100


def every_sent_text(api: FakeBotAPI) -> list[str]:
    texts = []
    for call in api.sent():
        if call.method in ("sendMessage", "editMessageText"):
            texts.append(call.params["text"])
        elif call.method == "sendDocument":
            texts.append(call.params["caption"])
    return texts


@pytest.fixture
def api():
    api = FakeBotAPI()
    yield api
    texts = every_sent_text(api)
    for text in texts:  # the rule holds for every message of every test, not a sample
        assert text.endswith(DISCLAIMER_LINE), text[-200:]
        assert text_length(text) <= TELEGRAM_LIMIT


def make_bot(api, assistant, store, settings, **kw) -> tuple[TelegramBot, ConversationService]:
    service = ConversationService(assistant, store, settings=settings, access=Access.from_lists(admin_ids=["7"]))
    bot = TelegramBot(service, TOKEN, request=FakeRequest(api), get_updates_request=FakeRequest(api),
                      edit_interval=0.0, typing_interval=0.05, admin_chat_id=str(ADMIN_CHAT),
                      admin_url="https://desk.example", **kw)
    return bot, service


def feed(bot: TelegramBot, *updates: dict) -> None:
    async def go():
        app = bot.application
        async with app:
            for u in updates:
                await app.process_update(Update.de_json(u, app.bot))

    asyncio.run(go())


def varied_text(n_chars: int, seed: int = 0) -> str:
    """Long prose that does not repeat itself (the assistant's repetition guard stops loops)."""
    import random

    rng = random.Random(seed)
    vocab = ("anemia iron blood cells marrow fatigue pallor ferritin diet spinach lentils vitamin folate "
             "absorption bleeding menstruation pregnancy kidney chronic disease hemoglobin oxygen tissue "
             "doctor test count treatment supplement dose months recovery symptoms dizziness").split()
    paragraphs, size = [], 0
    while size < n_chars:
        sentences = [" ".join(rng.choice(vocab) for _ in range(rng.randint(6, 14))).capitalize() + "."
                     for _ in range(rng.randint(4, 9))]
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)


class LongAssistant:
    """Streams a fixed long text (the tiny model cannot be made to write 10,000 characters)."""

    def __init__(self, text: str):
        self.text = text
        self.questions: list[str] = []
        self.runtime = self.retriever = None

    def answer(self, question, history=(), settings=None, *, use_retrieval=True, user=None, **context):
        self.questions.append(question)
        verdict = check_input(question)
        if verdict.action != "ok":
            return Turn(action=verdict.action, category=verdict.category, fixed_reply=verdict.message)
        gen = Generation(prompt_tokens=5, dropped_turns=0, max_new_tokens=2048)
        words = self.text.split(" ")
        gen._pieces = iter([w + " " for w in words[:-1]] + [words[-1]])
        gen.completion_tokens = len(words)
        return Turn(action="ok", generation=gen)


def test_private_question_typing_streamed_edits_and_final_text(api, assistant, store, settings):
    bot, service = make_bot(api, assistant, store, settings)
    feed(bot, api.text(1, "What is anemia?"))
    methods = [c.method for c in api.sent()]
    assert methods[0] == "getMe" and "sendChatAction" in methods
    assert api.sent("sendChatAction")[0].params["action"] == "typing"
    sends, edits = api.sent("sendMessage"), api.sent("editMessageText")
    assert len(sends) == 1 and edits  # one message, edited as the answer grew
    shown = api.chat_texts(1)
    assert len(shown) == 1
    expected = assistant.answer("What is anemia?", [], settings).text()
    assert shown[0] == f"{DATA_NOTICE}\n\n{expected}\n\n{DISCLAIMER_LINE}"  # first contact: the data notice
    stored = json.loads(asyncio.run(service.export(service_who(1))))
    assert stored["conversations"][0]["messages"][-1]["content"] == shown[0]  # stored = what was seen


def service_who(user_id: int):
    from medassist.bot.conversation import Who

    return Who("telegram", str(user_id), chat_id=str(user_id))


def test_start_shows_welcome_with_data_notice_once(api, assistant, store, settings):
    bot, _ = make_bot(api, assistant, store, settings)
    feed(bot, api.text(2, "/start"), api.text(2, "What is anemia?"), api.text(2, "/help"))
    welcome, answer, help_ = api.chat_texts(2)
    assert welcome.startswith(WELCOME) and DATA_NOTICE in welcome and "/forget" in welcome
    assert DATA_NOTICE not in answer  # already told by the welcome
    assert help_ == f"{HELP}\n\n{DISCLAIMER_LINE}"


def test_long_answer_is_split_into_messages_within_the_limit(api, store, settings):
    long_text = varied_text(11_000)
    fake = LongAssistant(long_text)
    bot, _ = make_bot(api, fake, store, settings)
    feed(bot, api.text(3, "Tell me everything about anemia"))
    shown = api.chat_texts(3)
    assert len(shown) >= 3
    assert all(t.endswith(DISCLAIMER_LINE) and text_length(t) <= TELEGRAM_LIMIT for t in shown)
    joined = " ".join(without_disclaimer(t) for t in shown)
    assert " ".join(joined.split()) == " ".join(f"{DATA_NOTICE} {long_text}".split())


def test_rate_limited_sendmessage_is_retried_after_retry_after(api, assistant, store, settings):
    api.fail_next["sendMessage"] = [(429, {"ok": False, "error_code": 429,
                                           "description": "Too Many Requests: retry after 1",
                                           "parameters": {"retry_after": 1}})]
    bot, _ = make_bot(api, assistant, store, settings)
    feed(bot, api.text(4, "What is anemia?"))
    assert len(api.sent("sendMessage")) == 2  # the refused one and its retry
    shown = api.chat_texts(4)
    assert len(shown) == 1 and shown[0].endswith(DISCLAIMER_LINE)


def test_groups_answer_only_when_mentioned_or_replied_to(api, store, settings):
    fake = LongAssistant("Anemia means too few red blood cells.")
    bot, _ = make_bot(api, fake, store, settings)
    feed(bot, api.text(5, "What is anemia?", chat_id=GROUP, kind="group"))
    assert api.chat_texts(GROUP) == [] and fake.questions == []
    feed(bot, api.mention(5, "", " what is anemia?", chat_id=GROUP))
    assert fake.questions == ["what is anemia?"]  # the mention is stripped
    answer = api.sent("sendMessage")[-1]
    assert answer.params["reply_parameters"]["message_id"]  # quotes the question in a group
    bot_message = next(m for m in api.messages.values() if m["chat"]["id"] == GROUP)
    reply = api.text(6, "and how is it treated?", chat_id=GROUP, kind="group")
    reply["message"]["reply_to_message"] = bot_message
    feed(bot, reply)
    assert fake.questions[-1] == "and how is it treated?"
    feed(bot, api.sticker(5) | {"message": {**api.sticker(5)["message"], "chat": {"id": GROUP, "type": "group",
                                                                                    "title": "g"}}})
    assert len(api.chat_texts(GROUP)) == 2  # a sticker in a group, not for us: ignored


def test_non_text_gets_a_polite_reply(api, assistant, store, settings):
    bot, _ = make_bot(api, assistant, store, settings)
    photo = api.message_from(8, photo=[{"file_id": "p", "file_unique_id": "p1", "width": 1, "height": 1}])
    feed(bot, api.sticker(8), photo)
    assert api.chat_texts(8) == [f"{TEXT_ONLY}\n\n{DISCLAIMER_LINE}"] * 2


def test_emergency_reply_and_admin_forward(api, assistant, store, settings):
    bot, _ = make_bot(api, assistant, store, settings)
    feed(bot, api.text(9, EMERGENCY))
    (shown,) = api.chat_texts(9)
    assert check_input(EMERGENCY).message in shown and shown.endswith(DISCLAIMER_LINE)
    (forward,) = api.chat_texts(ADMIN_CHAT)
    conv = json.loads(asyncio.run(bot.service.export(service_who(9))))["conversations"][0]["id"]
    assert f"https://desk.example/admin/conversations/{conv}" in forward and "emergency" in forward
    assert EMERGENCY not in forward  # the admin chat gets a pointer, not the person's words


def test_forget_export_reset_cancel_stats(api, assistant, store, settings):
    bot, service = make_bot(api, assistant, store, settings)
    feed(bot, api.text(7, "What is anemia?"), api.text(7, "/export"), api.text(7, "/reset"),
         api.text(7, "/cancel"), api.text(7, "/stats"), api.text(11, "/stats"))
    doc = api.sent("sendDocument")[0]
    data = json.loads(doc.files["document"])
    assert data["conversations"][0]["messages"][0]["content"] == "What is anemia?"
    texts = api.chat_texts(7)
    assert any("new conversation" in t for t in texts)
    assert any("no answer in progress" in t for t in texts)
    stats = next(t for t in texts if t.startswith("MedAssist stats"))
    assert '"messages": 2' in stats
    assert api.chat_texts(11) == [f"{NOT_ADMIN}\n\n{DISCLAIMER_LINE}"]
    feed(bot, api.text(7, "/forget"))
    assert "deleted" in api.chat_texts(7)[-1].lower()
    assert json.loads(asyncio.run(service.export(service_who(7))))["conversations"] == []


def test_an_edit_refused_falls_back_to_a_new_message(api, assistant, store, settings):
    api.fail_next["editMessageText"] = [(400, {"ok": False, "error_code": 400,
                                               "description": "Bad Request: can't parse entities"})] * 50
    bot, _ = make_bot(api, assistant, store, settings)
    feed(bot, api.text(12, "What is anemia?"))
    shown = api.chat_texts(12)
    expected = assistant.answer("What is anemia?", [], settings).text()
    assert shown[-1] == f"{DATA_NOTICE}\n\n{expected}\n\n{DISCLAIMER_LINE}"


def test_not_allowed_users_get_a_short_reply(api, assistant, store, settings):
    bot, service = make_bot(api, assistant, store, settings)
    service.access = Access.from_lists(allow_users=["1"])
    feed(bot, api.text(13, "What is anemia?"), api.text(13, "/start"))
    assert all("not open to this account" in t for t in api.chat_texts(13)) and len(api.chat_texts(13)) == 2
    assert store.stats()["users"] == 0  # a stranger leaves nothing behind


def test_check_token_rejected_and_accepted():
    api = FakeBotAPI()
    assert check_token(TOKEN, request=FakeRequest(api)) == BOT_USER["username"]
    with pytest.raises(MedAssistError) as e:
        check_token("999:wrong-token", request=FakeRequest(api))
    assert "TELEGRAM_BOT_TOKEN" in str(e.value) and "wrong-token" not in str(e.value)


class WaitingAssistant(LongAssistant):
    """Writes one piece, then waits until cancelled (a long answer the person stops)."""

    def answer(self, question, history=(), settings=None, *, use_retrieval=True, user=None, **context):
        import time

        self.questions.append(question)
        gen = Generation(prompt_tokens=5, dropped_turns=0, max_new_tokens=2048)

        def pieces():
            yield "The first part of a long answer. "
            yield "Then "  # the repetition guard shows a sentence once the next one starts
            deadline = time.monotonic() + 20
            while not gen._cancel.is_set() and time.monotonic() < deadline:
                time.sleep(0.01)

        gen._pieces = pieces()
        return Turn(action="ok", generation=gen)


def test_cancel_stops_the_answer_being_written(api, store, settings):
    bot, _ = make_bot(api, WaitingAssistant(""), store, settings)

    async def go():
        app = bot.application
        async with app:
            question = asyncio.create_task(app.process_update(Update.de_json(api.text(14, "Explain anemia"), app.bot)))
            while not api.chat_texts(14):  # the first piece is on screen
                await asyncio.sleep(0.02)
            await asyncio.sleep(0.3)  # typing is renewed while the answer is being written
            await app.process_update(Update.de_json(api.text(14, "/cancel"), app.bot))
            await asyncio.wait_for(question, 10)

    asyncio.run(go())
    (shown,) = api.chat_texts(14)
    assert "The first part of a long answer." in shown and "Stopped" in shown and shown.endswith(DISCLAIMER_LINE)
    assert len(api.sent("sendChatAction")) >= 3  # every typing_interval (0.05 s here) until done


def test_webhook_mode_runs_the_webhook_server(api, assistant, store, settings, monkeypatch):
    bot, _ = make_bot(api, assistant, store, settings)
    seen = {}
    monkeypatch.setattr(bot.application, "run_webhook", lambda **kw: seen.update(kw))
    monkeypatch.setattr(bot.application, "run_polling", lambda **kw: seen.update(polling=True))
    bot.run(webhook_url="https://bot.example/tg/hook", listen="0.0.0.0", port=8443)
    assert seen["webhook_url"] == "https://bot.example/tg/hook" and seen["url_path"] == "tg/hook"
    assert len(seen["secret_token"]) >= 32 and "polling" not in seen
    bot.run()
    assert seen["polling"] is True


def test_an_edited_message_is_not_a_new_question(api, store, settings):
    fake = LongAssistant("Anemia means too few red blood cells.")
    bot, _ = make_bot(api, fake, store, settings)
    update = api.text(15, "What is anemia?")
    edited = {"update_id": update["update_id"] + 100, "edited_message": {**update["message"], "edit_date": 1}}
    feed(bot, update, edited)
    assert fake.questions == ["What is anemia?"] and len(api.chat_texts(15)) == 1


class TrickleAssistant(LongAssistant):
    """Streams 40 words, one every 25 ms (about one second in all)."""

    def answer(self, question, history=(), settings=None, *, use_retrieval=True, user=None, **context):
        import time

        gen = Generation(prompt_tokens=5, dropped_turns=0, max_new_tokens=64)

        def pieces():
            for i in range(40):
                time.sleep(0.025)
                yield f"Sentence {i} is about anemia. "

        gen._pieces = pieces()
        return Turn(action="ok", generation=gen)


def test_edits_are_throttled_per_message(api, store, settings):
    bot, _ = make_bot(api, TrickleAssistant(""), store, settings)
    bot.edit_interval = 0.3
    feed(bot, api.text(16, "Explain anemia"))
    updates = [c for c in api.sent() if c.method in ("sendMessage", "editMessageText")]
    gaps = [b.at - a.at for a, b in zip(updates[:-2], updates[1:-1], strict=True)]  # the final edit: at once
    assert len(updates) >= 3 and all(g >= 0.3 - 0.01 for g in gaps), gaps
    # (The gaps bound the count: a fixed cap on it failed whenever a loaded machine streamed slower.)
    assert api.chat_texts(16)[0].count("Sentence") == 40


def too_many_requests(n: int) -> list[tuple[int, dict]]:
    """`n` answers of Telegram's 429, "retry after 1 s"."""
    return [(429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                   "parameters": {"retry_after": 1}})] * n


@pytest.fixture
def storm_bot(api, store, settings, monkeypatch):
    monkeypatch.setattr(reply_stream, "MAX_WAIT_S", 0.01)  # our waits: short, so the test is quick
    # Two pieces: the first is sent, the second too soon to edit; the final edit meets the storm.
    # max_retries=0: AIORateLimiter (which would sleep each retry_after itself) hands every 429 to us.
    bot, _ = make_bot(api, LongAssistant("Anemia explained."), store, settings, max_retries=0, max_attempts=3)
    bot.edit_interval = 0.2
    return bot


def test_a_429_storm_on_the_final_edit_ends_after_bounded_retries(api, storm_bot):
    api.fail_next["editMessageText"] = too_many_requests(200)  # Telegram says "wait" for far longer than we try
    feed(storm_bot, api.text(17, "What is anemia?"))  # returns: no endless retry loop
    assert len(api.sent("editMessageText")) == 3  # our 3 attempts, then the handler gives up
    (shown,) = api.chat_texts(17)  # the preview stays (its streaming mark says so), with the disclaimer
    assert shown.startswith("Anemia") and shown.endswith(f" …\n\n{DISCLAIMER_LINE}")


def test_a_429_storm_that_passes_still_delivers_the_whole_answer(api, storm_bot):
    api.fail_next["editMessageText"] = too_many_requests(2)
    feed(storm_bot, api.text(18, "What is anemia?"))
    assert len(api.sent("editMessageText")) == 3
    assert api.chat_texts(18) == [f"{DATA_NOTICE}\n\nAnemia explained.\n\n{DISCLAIMER_LINE}"]
