"""Issue 21 on Telegram, against the fake Bot API: the person's `language_code` reaches the safety
check, and /country stores the country whose emergency number an emergency reply gives."""

from __future__ import annotations

import asyncio

import pytest
from fake_telegram_api import TOKEN, FakeBotAPI, FakeRequest
from telegram import Update

from medassist.bot.conversation import ConversationService
from medassist.bot.formatting import DISCLAIMER_LINE
from medassist.bot.telegram import TelegramBot
from medassist.model.assistant import Assistant


class NoModel:
    tokenizer = None

    def stream(self, *args, **kwargs):
        raise AssertionError("the model was asked to answer")


@pytest.fixture
def bot_and_api(store, monkeypatch):
    monkeypatch.setattr("medassist.model.safety.learned.detector", lambda: None)
    api = FakeBotAPI()
    service = ConversationService(Assistant(NoModel()), store)
    bot = TelegramBot(service, TOKEN, request=FakeRequest(api), get_updates_request=FakeRequest(api),
                      edit_interval=0.0, typing_interval=0.05)
    yield bot, api
    for call in api.sent("sendMessage"):
        assert call.params["text"].endswith(DISCLAIMER_LINE)


def feed(bot, *updates):
    async def go():
        async with bot.application:
            for u in updates:
                await bot.application.process_update(Update.de_json(u, bot.application.bot))

    asyncio.run(go())


def with_language(update: dict, code: str) -> dict:
    update["message"]["from"]["language_code"] = code
    return update


def test_language_code_words_a_short_emergency_and_gives_the_locales_number(bot_and_api):
    bot, api = bot_and_api
    # no country set: the region of "pt-br" gives Brazil's number
    feed(bot, with_language(api.text(31, "socorro nao consigo respirar"), "pt-br"))
    shown = api.chat_texts(31)[-1]
    assert "Isto pode ser uma emergência médica" in shown and "(192)" in shown


def test_country_command_then_spanish_emergency_gives_mexicos_number(bot_and_api):
    bot, api = bot_and_api
    feed(bot, with_language(api.text(32, "/country MX"), "es"),
         with_language(api.text(32, "mi papa no respira"), "es"))
    confirmation, emergency = api.chat_texts(32)[-2:]
    assert "Saved: your country is MX" in confirmation
    assert "Esto puede ser una emergencia médica" in emergency and "(911)" in emergency
