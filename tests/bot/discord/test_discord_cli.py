"""`medassist bot discord`: the token (missing, rejected, from --config; never shown), bad ids, and
the start-up order (log in, then load the model and store, then connect)."""

from __future__ import annotations

import logging

import discord
import pytest

from medassist.cli import main

SECRET = "MTIzNDU2Nzg5.secret-token-value"


def test_without_a_token_it_exits_2_naming_the_variable(monkeypatch, capsys):
    monkeypatch.delenv("DISCORD_BOT_TOKEN", raising=False)
    assert main(["bot", "discord", "--adapter", "none", "--no-retrieval"]) == 2
    err = capsys.readouterr().err
    assert "DISCORD_BOT_TOKEN" in err and "Traceback" not in err


def test_a_rejected_token_is_a_clear_error_without_traceback_or_the_token(monkeypatch, capsys, caplog):
    import medassist.bot.commands.serve as bot_cli

    seen = []

    async def static_login(self, token):  # what discord.py raises on HTTP 401 from /users/@me
        seen.append(token)
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(discord.http.HTTPClient, "static_login", static_login)
    monkeypatch.setattr(bot_cli, "build_assistant", lambda args: pytest.fail("the model loaded before login"))
    monkeypatch.setenv("DISCORD_BOT_TOKEN", SECRET)
    caplog.set_level(logging.DEBUG)
    assert main(["bot", "discord", "--adapter", "none", "--no-retrieval"]) == 2
    out = capsys.readouterr()
    assert seen == [SECRET]
    assert "rejected" in out.err and "DISCORD_BOT_TOKEN" in out.err and "Traceback" not in out.err
    assert SECRET not in out.out + out.err + caplog.text


def test_config_file_token_and_bad_ids(monkeypatch, capsys, tmp_path):
    seen = []

    async def static_login(self, token):
        seen.append(token)
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(discord.http.HTTPClient, "static_login", static_login)
    monkeypatch.setenv("DISCORD_BOT_TOKEN", "from-the-environment")
    env_file = tmp_path / "discord.env"
    env_file.write_text('# MedAssist on Discord\nDISCORD_BOT_TOKEN="from-the-file"\n')
    assert main(["bot", "discord", "--env-file", str(env_file)]) == 2
    assert seen == ["from-the-file"]
    assert main(["bot", "discord", "--env-file", str(tmp_path / "missing.env")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["bot", "discord", "--allow-users", "12345", "alice"]) == 2
    assert "'alice' is not an id" in capsys.readouterr().err
    assert seen == ["from-the-file"]  # bad arguments stop before any login


def test_it_logs_in_then_loads_then_connects(monkeypatch, tiny_model_dir, tmp_path):
    from medassist.bot.conversation import ConversationService
    from medassist.bot.discord_bot import MedAssistDiscord

    order = []

    async def login(self, token):
        order.append(("login", token))

    async def connect(self, *, reconnect=True):
        order.append(("connect", type(self.service).__name__))
        assert self.options.guild_id == 99 and self.options.admin_channel_id == 5
        assert self.service.access.allow_roles == frozenset({"7", "8"})  # the service decides

    monkeypatch.setattr(MedAssistDiscord, "login", login)
    monkeypatch.setattr(MedAssistDiscord, "connect", connect)
    monkeypatch.setenv("DISCORD_BOT_TOKEN", SECRET)
    db = tmp_path / "store.db"
    assert main(["bot", "discord", "--model", str(tiny_model_dir), "--adapter", "none", "--no-retrieval",
                 "--database", f"sqlite:///{db}", "--guild-id", "99", "--admin-channel-id", "5",
                 "--allow-roles", "7,8"]) == 0
    assert order == [("login", SECRET), ("connect", ConversationService.__name__)]
    assert db.exists()  # the store was opened (and migrated) for the service
