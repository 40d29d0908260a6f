"""The real `medassist bot telegram` process (tiny random model, SQLite store) against a fake Bot API
on loopback (`--telegram-api-url`): long polling, commands, answers, an emergency, a sticker, group
mentions, a 429 waited out, a restart that keeps the conversation, and /forget emptying the
database. Every text the bot sent is checked at the end."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest
from fake_telegram_api import TOKEN, FakeBotAPI, FakeBotAPIServer

from medassist.bot.formatting import DISCLAIMER_LINE, TELEGRAM_LIMIT, text_length, without_disclaimer
from medassist.bot.history import DATA_NOTICE
from medassist.bot.telegram import TEXT_ONLY, WELCOME
from medassist.cli import main
from medassist.model.safety import check_input

pytestmark = pytest.mark.slow

EMERGENCY = "I have crushing chest pain and I can't breathe right now"
GROUP, ADMIN_CHAT = -100, -500


def finished(texts: list[str]) -> list[str]:
    """Texts that are final (a streaming preview ends with ' …' before the disclaimer)."""
    return [t for t in texts if not without_disclaimer(t).endswith(" …")]


def wait_for(predicate, proc, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert proc.poll() is None, "the bot process died"
        assert time.monotonic() < deadline, "timed out waiting for the bot"
        time.sleep(0.1)


class BotProcess:
    def __init__(self, base_url: str, model_dir, db: str, log_path):
        self.log = open(log_path, "a+")  # noqa: SIM115 - read after the process ends
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "HF_HUB_OFFLINE": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "medassist", "bot", "telegram", "--model", str(model_dir), "--adapter", "none",
             "--no-retrieval", "--device", "cpu", "--dtype", "float32", "--database", db,
             "--telegram-api-url", base_url, "--max-new-tokens", "12", "--admin-chat-id", str(ADMIN_CHAT)],
            stdout=self.log, stderr=self.log, env=env)

    def stop(self) -> str:
        self.proc.terminate()  # python-telegram-bot stops polling cleanly on SIGTERM
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        self.log.seek(0)
        return self.log.read()


def rows(db_path) -> dict:
    with sqlite3.connect(db_path) as c:
        return {t: c.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("users", "conversations", "messages", "safety_events")}


def test_bot_process_end_to_end_with_restart(serve_model_dir, tmp_path):
    api = FakeBotAPI()
    db_path = tmp_path / "bot.db"
    db = f"sqlite:///{db_path}"
    logs = []
    with FakeBotAPIServer(api) as server:
        bot = BotProcess(server.base_url, serve_model_dir, db, tmp_path / "bot.log")
        try:
            proc = bot.proc
            wait_for(lambda: api.sent("getMe"), proc, timeout=120)
            api.text(1, "/start")
            wait_for(lambda: len(api.chat_texts(1)) == 1, proc)
            api.fail_next["sendMessage"] = [(429, {"ok": False, "error_code": 429, "parameters": {"retry_after": 1},
                                                   "description": "Too Many Requests: retry after 1"})]
            api.text(1, "What is anemia?")
            wait_for(lambda: len(finished(api.chat_texts(1))) == 2, proc)
            api.text(2, EMERGENCY)
            wait_for(lambda: finished(api.chat_texts(2)) and api.chat_texts(ADMIN_CHAT), proc)
            api.sticker(3)
            wait_for(lambda: api.chat_texts(3), proc)
            api.text(4, "What is gout?", chat_id=GROUP, kind="group")  # not for the bot
            api.mention(4, "", " what is gout?", chat_id=GROUP)
            wait_for(lambda: finished(api.chat_texts(GROUP)), proc)
        finally:
            logs.append(bot.stop())
        assert len(finished(api.chat_texts(GROUP))) == 1  # only the mention was answered
        assert len([c for c in api.sent("sendMessage") if c.params["chat_id"] == 1]) >= 3  # the 429 was retried

        welcome, answer = api.chat_texts(1)
        assert welcome.startswith(WELCOME)
        assert answer.endswith(DISCLAIMER_LINE) and DATA_NOTICE not in answer
        assert check_input(EMERGENCY).message in api.chat_texts(2)[0]
        forward = api.chat_texts(ADMIN_CHAT)[0]
        assert "Safety event" in forward and "/admin/" not in forward  # no --admin-url: no dead link
        assert api.chat_texts(3) == [f"{TEXT_ONLY}\n\n{DISCLAIMER_LINE}"]
        before = rows(db_path)
        assert before["users"] == 3 and before["messages"] == 6 and before["safety_events"] == 1

        # a second process on the same database: user 1's conversation carries on
        bot = BotProcess(server.base_url, serve_model_dir, db, tmp_path / "bot.log")
        try:
            proc = bot.proc
            api.text(1, "How is it treated?")
            wait_for(lambda: len(finished(api.chat_texts(1))) == 3, proc, timeout=120)
            with sqlite3.connect(db_path) as c:
                per_conv = c.execute("select conversation_id, count(*) from messages m join users u "
                                     "on m.user_id = u.id where u.platform_user_id = '1' "
                                     "group by conversation_id").fetchall()
            assert len(per_conv) == 1 and per_conv[0][1] == 4  # one conversation, both turns
            api.text(1, "/forget")
            wait_for(lambda: len(api.chat_texts(1)) == 4, proc)
        finally:
            logs.append(bot.stop())
    assert "deleted" in api.chat_texts(1)[-1].lower()
    after = rows(db_path)
    assert after["users"] == 2 and after["messages"] == before["messages"] + 2 - 4  # user 1: 2 turns gone

    every = [c.params["text"] for c in api.sent() if c.method in ("sendMessage", "editMessageText")]
    assert len(every) >= 8
    for text in every:  # all of them, not a sample
        assert text.endswith(DISCLAIMER_LINE) and text_length(text) <= TELEGRAM_LIMIT
    joined = "\n".join(logs)
    assert TOKEN not in joined and TOKEN.split(":")[1] not in joined  # never printed nor logged
    assert "Traceback" not in joined


def test_missing_or_rejected_token_exits_2(monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert main(["bot", "telegram", "--adapter", "none"]) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err
    config = tmp_path / "bot.env"
    config.write_text("OTHER=1\n")
    assert main(["bot", "telegram", "--env-file", str(config)]) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err
    api = FakeBotAPI()
    with FakeBotAPIServer(api) as server:
        config.write_text("TELEGRAM_BOT_TOKEN=999:rejected-secret\n")
        assert main(["bot", "telegram", "--env-file", str(config), "--telegram-api-url", server.base_url]) == 2
    err = capsys.readouterr().err
    assert "rejected the bot token" in err and "rejected-secret" not in err and "Traceback" not in err


def test_config_file_gives_the_token_and_the_database(monkeypatch, tmp_path, serve_model_dir):
    from medassist.bot.telegram import TelegramBot

    started = {}
    monkeypatch.setattr(TelegramBot, "run", lambda self, **kw: started.update(kw, store=self.service.store))
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    db = tmp_path / "from-config.db"
    config = tmp_path / "telegram.env"
    config.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nMEDASSIST_DATABASE_URL=sqlite:///{db}\n")
    with FakeBotAPIServer(FakeBotAPI()) as server:
        assert main(["bot", "telegram", "--env-file", str(config), "--telegram-api-url", server.base_url,
                     "--model", str(serve_model_dir), "--adapter", "none", "--no-retrieval", "--device", "cpu"]) == 0
    assert started["webhook_url"] is None and db.exists()
    assert started["store"].url_for_display == f"sqlite:///{db}"
