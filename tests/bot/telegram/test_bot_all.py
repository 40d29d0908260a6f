"""`medassist bot all`: Telegram and Discord in one process on one model and one service. Telegram
runs for real against the fake Bot API; Discord's login and gateway are stood in for (no network),
and its client must hold the very service that answered on Telegram."""

from __future__ import annotations

import asyncio

from fake_telegram_api import TOKEN, FakeBotAPI, FakeBotAPIServer

from medassist.bot.formatting import DISCLAIMER_LINE, without_disclaimer
from medassist.cli import main


def test_bot_all_shares_one_service(monkeypatch, serve_model_dir, tmp_path):
    from medassist.bot.discord_bot import MedAssistDiscord

    api = FakeBotAPI()
    seen = {}

    async def login(self, token):
        seen["discord_token"] = token

    async def connect(self, *a, **k):  # "serve Discord" until Telegram has answered one question
        api.text(1, "What is anemia?")
        for _ in range(600):
            texts = api.chat_texts(1)
            if texts and not without_disclaimer(texts[0]).endswith(" …"):
                break
            await asyncio.sleep(0.1)
        seen["messages_in_discord_service"] = self.service.stats()["store"]["messages"]

    monkeypatch.setattr(MedAssistDiscord, "login", login)
    monkeypatch.setattr(MedAssistDiscord, "connect", connect)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("DISCORD_BOT_TOKEN", "discord-token")
    with FakeBotAPIServer(api) as server:
        assert main(["bot", "all", "--model", str(serve_model_dir), "--adapter", "none", "--no-retrieval",
                     "--device", "cpu", "--dtype", "float32", "--max-new-tokens", "8",
                     "--database", f"sqlite:///{tmp_path / 'all.db'}", "--telegram-api-url", server.base_url]) == 0
    (answer,) = api.chat_texts(1)
    assert answer.endswith(DISCLAIMER_LINE)
    assert seen == {"discord_token": "discord-token", "messages_in_discord_service": 2}
    assert api.sent("setMyCommands")  # Telegram was set up as in `bot telegram`


def test_bot_all_takes_the_same_access_lists(monkeypatch, tiny_model_dir, tmp_path):
    import medassist.bot.multi as multi
    import medassist.bot.telegram as telegram

    seen = {}

    async def run_both(telegram_bot_factory, discord_client, discord_token, make_service):
        seen["access"] = make_service().access  # the one service both platforms answer through
        return 0

    monkeypatch.setattr(telegram, "check_token", lambda token, **kw: "medassist_test_bot")
    monkeypatch.setattr(multi, "run_both", run_both)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("DISCORD_BOT_TOKEN", "discord-token")
    assert main(["bot", "all", "--model", str(tiny_model_dir), "--adapter", "none", "--no-retrieval",
                 "--database", f"sqlite:///{tmp_path / 'all.db'}", "--allow-users", "12", "34",
                 "--allow-chats", "-100", "--allow-guilds", "5", "--block-users", "66",
                 "--telegram-admin-ids", "7", "--discord-admin-ids", "8"]) == 0
    access = seen["access"]
    assert access.allow_users == {"12", "34"} and access.allow_chats == {"-100"}
    assert access.allow_guilds == {"5"} and access.block_users == {"66"} and access.admin_ids == {"7", "8"}
