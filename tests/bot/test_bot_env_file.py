"""The bots' token file (`--env-file`) is read by one helper for all three bot commands: its
MEDASSIST_DATABASE_URL is the database each of them opens; and the old spellings of the renamed
options (`--config`, `--base-url`, `export --out`) still work for a release, with a warning."""

from __future__ import annotations

import logging

import pytest

from medassist.cli import build_parser, main


@pytest.fixture
def no_network(monkeypatch):
    """Stand in for every network step of the three bot commands; record the store each one opened."""
    import medassist.bot.multi as multi
    import medassist.bot.telegram as telegram
    from medassist.bot.discord_bot import MedAssistDiscord

    opened = []

    async def login(self, token):
        pass

    async def connect(self, *a, **k):
        opened.append(self.service.store.url_for_display)

    async def run_both(telegram_bot_factory, discord_client, discord_token, make_service):
        opened.append(make_service().store.url_for_display)
        return 0

    monkeypatch.setattr(telegram, "check_token", lambda token, **kw: "medassist_test_bot")
    monkeypatch.setattr(telegram.TelegramBot, "run", lambda self, **kw: opened.append(self.service.store.url_for_display))
    monkeypatch.setattr(MedAssistDiscord, "login", login)
    monkeypatch.setattr(MedAssistDiscord, "connect", connect)
    monkeypatch.setattr(multi, "run_both", run_both)
    for env in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN", "MEDASSIST_DATABASE_URL"):
        monkeypatch.delenv(env, raising=False)
    levels = {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    yield opened
    for name, level in levels.items():  # `bot telegram` quiets httpx: leave the next test's logging as it was
        logging.getLogger(name).setLevel(level)


@pytest.mark.parametrize("platform", ["telegram", "discord", "all"])
def test_the_env_files_database_is_used_by_every_bot_command(platform, no_network, tiny_model_dir, tmp_path):
    db = tmp_path / f"{platform}.db"
    env_file = tmp_path / "bot.env"
    env_file.write_text(f"TELEGRAM_BOT_TOKEN=1:tg\nDISCORD_BOT_TOKEN=dc\nMEDASSIST_DATABASE_URL=sqlite:///{db}\n")
    assert main(["bot", platform, "--env-file", str(env_file), "--model", str(tiny_model_dir), "--adapter", "none",
                 "--no-retrieval"]) == 0
    assert no_network == [f"sqlite:///{db}"] and db.exists()


def test_database_on_the_command_line_wins_over_the_env_file(no_network, tiny_model_dir, tmp_path):
    env_file = tmp_path / "bot.env"
    env_file.write_text(f"DISCORD_BOT_TOKEN=dc\nMEDASSIST_DATABASE_URL=sqlite:///{tmp_path / 'file.db'}\n")
    assert main(["bot", "discord", "--env-file", str(env_file), "--database", f"sqlite:///{tmp_path / 'cli.db'}",
                 "--model", str(tiny_model_dir), "--adapter", "none", "--no-retrieval"]) == 0
    assert no_network == [f"sqlite:///{tmp_path / 'cli.db'}"] and not (tmp_path / "file.db").exists()


@pytest.mark.parametrize(("argv", "dest", "value", "new"), [
    (["serve", "--base-url", "http://e/v1"], "backend_url", "http://e/v1", "--backend-url"),
    (["chat", "--base-url", "http://e/v1"], "backend_url", "http://e/v1", "--backend-url"),
    (["bot", "discord", "--base-url", "http://e/v1"], "backend_url", "http://e/v1", "--backend-url"),
    (["bot", "telegram", "--base-url", "http://t/bot"], "telegram_api_url", "http://t/bot", "--telegram-api-url"),
    (["bot", "all", "--base-url", "http://t/bot"], "telegram_api_url", "http://t/bot", "--telegram-api-url"),
    (["bot", "telegram", "--config", "t.env"], "env_file", "t.env", "--env-file"),
    (["bot", "discord", "--config", "d.env"], "env_file", "d.env", "--env-file"),
    (["bot", "all", "--config", "b.env"], "env_file", "b.env", "--env-file"),
    (["export", "--adapter", "a", "--out", "m"], "output", "m", "--output"),
])
def test_old_spellings_still_work_and_warn(argv, dest, value, new, capsys):
    args = build_parser().parse_args(argv)
    assert getattr(args, dest) == value
    err = capsys.readouterr().err
    assert f"{argv[-2]} is deprecated" in err and f"use {new}" in err


@pytest.mark.parametrize("argv", [["serve"], ["chat"], ["bot", "telegram"], ["bot", "discord"], ["bot", "all"]])
def test_backend_url_is_the_engines_url_on_every_command(argv, capsys):
    args = build_parser().parse_args([*argv, "--backend-url", "http://engine/v1"])
    assert args.backend_url == "http://engine/v1"
    assert capsys.readouterr().err == ""  # the new spelling: no warning
    if argv[0] == "bot" and argv[1] != "discord":
        assert build_parser().parse_args([*argv, "--telegram-api-url", "http://t/bot"]).telegram_api_url == "http://t/bot"


def test_old_spellings_are_hidden_from_help():
    for argv in (["serve"], ["bot", "telegram"], ["bot", "all"], ["export"]):
        parser = build_parser()
        sub = parser._subparsers._group_actions[0].choices[argv[0]]
        if len(argv) > 1:
            sub = sub._subparsers._group_actions[0].choices[argv[1]]
        text = sub.format_help()
        assert "--base-url" not in text and "--config" not in text and "--out " not in text
