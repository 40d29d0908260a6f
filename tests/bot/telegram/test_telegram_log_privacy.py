"""What `medassist -v bot telegram` writes to its log: the real process (tiny random model) against a
fake Bot API, one question answered. At DEBUG python-telegram-bot logs its base URL (which holds
the token) and every request's parameters and reply (which hold the question and the answer):
neither the token nor the text may reach the log; with --log-content the text may, the token still not."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from fake_telegram_api import TOKEN, FakeBotAPI, FakeBotAPIServer
from test_telegram_process import finished, wait_for

from medassist.bot.formatting import without_disclaimer

pytestmark = pytest.mark.slow

QUESTION = "Could my night sweats and weight loss be lymphoma"


def run_bot_once(base_url: str, api: FakeBotAPI, model_dir, tmp_path, *global_flags: str) -> str:
    log_path = tmp_path / "bot.log"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "HF_HUB_OFFLINE": "1"}
    with open(log_path, "w+") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "medassist", "-v", *global_flags, "bot", "telegram", "--model", str(model_dir),
             "--adapter", "none", "--no-retrieval", "--device", "cpu", "--dtype", "float32",
             "--database", f"sqlite:///{tmp_path / 'bot.db'}", "--telegram-api-url", base_url, "--max-new-tokens", "8"],
            stdout=log, stderr=log, env=env)
        try:
            wait_for(lambda: api.sent("getMe"), proc, timeout=120)
            api.text(1, QUESTION)
            wait_for(lambda: finished(api.chat_texts(1)), proc)
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        log.seek(0)
        return log.read()


@pytest.mark.parametrize("flags", [(), ("--log-content",)], ids=["default", "log-content"])
def test_debug_log_has_no_token_and_no_text_unless_asked(serve_model_dir, tmp_path, flags):
    api = FakeBotAPI()
    with FakeBotAPIServer(api) as server:
        log = run_bot_once(server.base_url, api, serve_model_dir, tmp_path, *flags)
    answer = without_disclaimer(finished(api.chat_texts(1))[-1]).strip()
    assert " DEBUG " in log  # it did log at DEBUG
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    if flags:  # python-telegram-bot's payload logs are kept, the token in them masked
        assert "Set Bot API URL" in log and "[REDACTED]" in log
        assert QUESTION in log
    else:
        assert QUESTION not in log and "night sweats" not in log
        if len(answer) >= 12:  # the reply (random tokens) is distinctive enough to look for
            assert answer[:40] not in log
