"""Every process that builds a conversation service (chat, serve, the Telegram and Discord bots, both bots
together) stops the service's loop and the generation engine on its way out, also when stopped by Ctrl-C:
left running, the engine's thread aborted the process at exit now and then (status 134 after EOF)."""

from __future__ import annotations

import argparse

import pytest

from medassist.bot.commands import bots, discord, serve, telegram


class Closing:
    def __init__(self, name: str, closed: list[str]):
        self.name, self.closed = name, closed

    def close(self) -> None:
        self.closed.append(self.name)


@pytest.fixture
def closed(monkeypatch) -> list[str]:
    """What was closed, in order; the model and the service are fakes that record it."""
    closed: list[str] = []

    class FakeAssistant:
        runtime = Closing("engine", closed)

    def build_service(args, assistant, *a, **k):
        service = Closing("service", closed)
        service.assistant = assistant
        return service

    monkeypatch.setattr(serve, "build_assistant", lambda args: (FakeAssistant(), None))
    monkeypatch.setattr(serve, "build_service", build_service)
    monkeypatch.setattr("medassist.bot.commands.options.read_bot_env", lambda args, *tokens: ["token"] * len(tokens))
    monkeypatch.setattr("medassist.extras.require", lambda *names: None)
    return closed


def bot_args(**extra) -> argparse.Namespace:
    return argparse.Namespace(env_file=None, database=None, webhook_url=None, telegram_api_url="http://fake",
                              admin_chat_id=None, admin_url=None, guild_id=None, admin_channel_id=None, **extra)


def test_chat_stops_the_service_and_the_engine_when_the_person_leaves(closed, monkeypatch):
    monkeypatch.setattr("medassist.bot.terminal.chat_loop", lambda *a, **k: 0)
    assert serve.run_chat(argparse.Namespace()) == 0
    assert closed == ["service", "engine"]


def test_the_telegram_bot_stops_them_when_it_is_stopped(closed, monkeypatch):
    class FakeBot:
        def __init__(self, *a, **k):
            pass

        def run(self, **k):
            raise KeyboardInterrupt  # Ctrl-C while polling

    monkeypatch.setattr("medassist.bot.telegram.TelegramBot", FakeBot)
    monkeypatch.setattr("medassist.bot.telegram.check_token", lambda *a, **k: None)
    monkeypatch.setattr("medassist.bot.commands.options.limits_from_args", lambda args: None)
    monkeypatch.setattr("medassist.bot.commands.options.access_from_args", lambda args, **k: None)
    with pytest.raises(KeyboardInterrupt):
        telegram.run_telegram(bot_args(webhook_listen="127.0.0.1", webhook_port=8443))
    assert closed == ["service", "engine"]


def test_the_discord_bot_and_both_bots_stop_them_when_they_stop(closed, monkeypatch):
    async def run_bot(token, options, make_service, *a):
        make_service()  # after Discord accepted the token
        return 0

    monkeypatch.setattr("medassist.bot.discord_bot.run_bot", run_bot)
    monkeypatch.setattr("medassist.bot.commands.options.limits_from_args", lambda args: None)
    monkeypatch.setattr("medassist.bot.commands.options.access_from_args", lambda args, **k: None)
    assert discord.run_discord(bot_args()) == 0
    assert closed == ["service", "engine"]

    closed.clear()
    monkeypatch.setattr("medassist.bot.multi.run_both", lambda telegram_bot, client, token, make_service:
                        run_bot(token, None, make_service))
    monkeypatch.setattr("medassist.bot.telegram.check_token", lambda *a, **k: None)
    assert bots.run_all(bot_args(telegram_admin_ids=None, discord_admin_ids=None, discord_guild_id=None,
                                 discord_admin_channel_id=None, telegram_admin_chat_id=None)) == 0
    assert closed == ["service", "engine"]


def test_a_bot_stopped_before_the_model_loaded_has_nothing_to_close(closed, monkeypatch):
    async def refused(token, options, make_service):
        return 1  # e.g. Discord refused the token: make_service never ran

    monkeypatch.setattr("medassist.bot.discord_bot.run_bot", refused)
    monkeypatch.setattr("medassist.bot.commands.options.limits_from_args", lambda args: None)
    monkeypatch.setattr("medassist.bot.commands.options.access_from_args", lambda args, **k: None)
    assert discord.run_discord(bot_args()) == 1
    assert closed == []


def test_the_server_stops_them_when_it_is_stopped(closed, monkeypatch):
    import uvicorn

    class FakeServer:
        def __init__(self, config):
            pass

        def run(self):
            closed.append("served")

    monkeypatch.setattr(uvicorn, "Server", FakeServer)
    monkeypatch.setattr(uvicorn, "Config", lambda app, **k: None)
    monkeypatch.setattr("medassist.bot.web.server.build_app", lambda *a, **k: None)
    monkeypatch.setattr("medassist.bot.web.request_log.configure", lambda: None)  # global logging: not here
    monkeypatch.setattr(serve, "open_store", lambda args: Closing("store", closed))
    monkeypatch.setattr(serve, "api_mode", lambda *a, **k: "local")
    monkeypatch.setattr(serve, "limits_from_args", lambda args: None)
    args = argparse.Namespace(auth=None, max_body_bytes=64 * 1024, share=False, host="127.0.0.1", port=0,
                              log_content=False, admin=False)
    assert serve.run_serve(args) == 0
    assert closed == ["served", "service", "engine"]
