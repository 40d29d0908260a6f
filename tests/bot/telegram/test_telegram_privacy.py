"""Nothing personal goes into a Telegram group: /export's file, /forget's counts and /stats reach the
person in their private chat with the bot (chat id == user id), the group hears only "sent
privately" — or, when the bot may not write to them, to use the command in a private chat. The
main case runs python-telegram-bot over real HTTP against the fake Bot API server (--telegram-api-url)."""

from __future__ import annotations

import asyncio
import json

import pytest
from fake_telegram_api import BOT_USER, TOKEN, FakeBotAPI, FakeBotAPIServer, FakeRequest
from telegram import Update
from test_telegram_adapter import LongAssistant

from medassist.bot.conversation import ConversationService
from medassist.bot.formatting import DISCLAIMER_LINE, with_disclaimer
from medassist.bot.limits import Access
from medassist.bot.telegram import NOT_ADMIN, SENT_PRIVATELY, USE_PRIVATE_CHAT, TelegramBot

GROUP = -100
USER = 21
SECRET = "I was diagnosed with HIV"
ADMIN_CHAT = -500


def feed(bot: TelegramBot, *updates: dict) -> None:
    async def go():
        app = bot.application
        async with app:
            for u in updates:
                await app.process_update(Update.de_json(u, app.bot))

    asyncio.run(go())


def in_process(api: FakeBotAPI, service: ConversationService, **kw) -> TelegramBot:
    return TelegramBot(service, TOKEN, request=FakeRequest(api), get_updates_request=FakeRequest(api),
                       edit_interval=0.0, typing_interval=0.05, **kw)


def group_sees(api: FakeBotAPI) -> str:
    """Everything the group was ever sent: texts, every edit, captions, files."""
    calls = [c for c in api.sent() if str(c.params.get("chat_id")) == str(GROUP)]
    return json.dumps([c.params for c in calls]) + "".join(repr(f) for c in calls for f in c.files.values())


def told_to_use_private_chat(command: str) -> str:
    return with_disclaimer(USE_PRIVATE_CHAT.format(bot=BOT_USER["username"], command=command))


@pytest.fixture
def service(store, settings):
    return ConversationService(LongAssistant("People with HIV can live long healthy lives with treatment."),
                               store, settings=settings)


def test_export_in_a_group_goes_to_the_private_chat_over_http(service):
    api = FakeBotAPI()
    with FakeBotAPIServer(api) as server:
        bot = TelegramBot(service, TOKEN, base_url=server.base_url, edit_interval=60.0, typing_interval=60.0)
        feed(bot, api.text(USER, SECRET), api.text(USER, "/export", chat_id=GROUP, kind="group"))
    assert "HIV" not in group_sees(api) and api.documents(GROUP) == []
    assert api.sent("sendDocument") and all(c.params["chat_id"] == USER for c in api.sent("sendDocument"))
    (private_file,) = api.documents(USER)
    messages = json.loads(private_file)["conversations"][0]["messages"]
    assert messages[0]["content"] == SECRET
    assert api.chat_texts(GROUP) == [with_disclaimer(SENT_PRIVATELY)]


def test_export_in_a_group_when_the_bot_cannot_write_privately(service):
    api = FakeBotAPI()
    feed(in_process(api, service), api.text(USER, SECRET))
    api.unreachable.add(USER)  # e.g. they blocked the bot since
    feed(in_process(api, service), api.text(USER, "/export", chat_id=GROUP, kind="group"))
    assert "HIV" not in group_sees(api) and api.documents(GROUP) == [] and api.documents(USER) == []
    assert api.chat_texts(GROUP) == [told_to_use_private_chat("export")]
    assert "/export" in api.chat_texts(GROUP)[0] and "private chat" in api.chat_texts(GROUP)[0]


def test_export_in_a_group_when_telegram_knows_no_private_chat(service):
    api = FakeBotAPI()
    api.fail_next["sendDocument"] = [(400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"})]
    feed(in_process(api, service), api.text(USER, "/export", chat_id=GROUP, kind="group"))
    assert api.documents(GROUP) == [] and api.documents(USER) == []
    assert api.chat_texts(GROUP) == [told_to_use_private_chat("export")]


def test_export_in_a_private_chat_comes_right_there(service):
    api = FakeBotAPI()
    feed(in_process(api, service), api.text(USER, SECRET), api.text(USER, "/export"))
    (private_file,) = api.documents(USER)
    assert SECRET in private_file.decode()
    assert SENT_PRIVATELY not in " ".join(api.chat_texts(USER))


def test_forget_in_a_group_confirms_privately(service, store):
    api = FakeBotAPI()
    bot = in_process(api, service)
    feed(bot, api.text(USER, SECRET), api.text(USER, "/forget", chat_id=GROUP, kind="group"))
    assert api.chat_texts(GROUP) == [with_disclaimer(SENT_PRIVATELY)]
    assert "message(s)" not in group_sees(api) and "Deleted" not in group_sees(api)
    assert "Deleted" in api.chat_texts(USER)[-1] and "2 message(s)" in api.chat_texts(USER)[-1]
    assert store.export_user("telegram", str(USER))["conversations"] == []


def test_forget_in_a_group_when_the_bot_cannot_write_privately_deletes_nothing(service, store):
    api = FakeBotAPI()
    feed(in_process(api, service), api.text(USER, SECRET))
    api.unreachable.add(USER)
    feed(in_process(api, service), api.text(USER, "/forget", chat_id=GROUP, kind="group"))
    assert api.chat_texts(GROUP) == [told_to_use_private_chat("forget")]
    assert "message(s)" not in group_sees(api)
    # Not deleted behind their back with no way to confirm: they do it in the private chat.
    assert store.export_user("telegram", str(USER))["conversations"][0]["messages"][0]["content"] == SECRET


def test_stats_in_a_group_go_to_the_admin_privately(service):
    api = FakeBotAPI()
    service.access = Access.from_lists(admin_ids=["7"])
    bot = in_process(api, service)
    feed(bot, api.text(USER, SECRET), api.text(7, "/stats", chat_id=GROUP, kind="group"),
         api.text(USER, "/stats", chat_id=GROUP, kind="group"))
    assert api.chat_texts(GROUP) == [with_disclaimer(SENT_PRIVATELY), with_disclaimer(NOT_ADMIN)]
    assert "users" not in group_sees(api)
    (stats,) = api.chat_texts(7)
    assert stats.startswith("MedAssist stats") and '"users": 1' in stats and stats.endswith(DISCLAIMER_LINE)


def test_other_commands_in_a_group_say_nothing_personal(service):
    api = FakeBotAPI()
    feed(in_process(api, service), api.text(USER, SECRET),
         *(api.text(USER, f"/{c}", chat_id=GROUP, kind="group") for c in ("start", "help", "reset", "cancel")))
    seen = group_sees(api)
    assert "HIV" not in seen and "diagnosed" not in seen
    assert len(api.chat_texts(GROUP)) == 4
    assert all(t.endswith(DISCLAIMER_LINE) for t in api.chat_texts(GROUP))


EMERGENCY = "I have crushing chest pain and I can't breathe right now"


@pytest.mark.parametrize("admin_url", ["https://desk.example", ""])
def test_admin_chat_link_only_with_an_admin_url(service, admin_url):
    api = FakeBotAPI()
    feed(in_process(api, service, admin_chat_id=str(ADMIN_CHAT), admin_url=admin_url), api.text(USER, EMERGENCY))
    (note,) = api.chat_texts(ADMIN_CHAT)
    conversation = service.store.export_user("telegram", str(USER))["conversations"][0]["id"]
    assert f"in conversation {conversation}." in note and note.endswith(DISCLAIMER_LINE)
    if admin_url:
        assert f"https://desk.example/admin/conversations/{conversation}" in note
    else:
        assert "/admin/" not in note and "Review it at" not in note
