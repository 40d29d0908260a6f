"""Log privacy (logging_setup.py): whatever a library or our code logs, and at any level, tokens,
passwords and credentials come out masked; question and answer text only with --log-content."""

from __future__ import annotations

import io
import logging

import pytest

from medassist import logging_setup
from medassist.cli import build_parser, main

TELEGRAM_TOKEN = "7301234567:AAHk3v9_longrandomtokenvalue12345xyz"  # never registered: caught by its shape
DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GabcdE.abcdefghijklmnopqrstuvwxyz0123"
DB_URL = "postgresql+psycopg://medassist:pg-Secret-77@db.internal:5432/medassist"
AUTH_PASSWORD = "plain-words-password"  # no recognisable shape: masked because it was registered
QUESTION = "Could my night sweats and weight loss be lymphoma"


@pytest.fixture
def captured():
    """Everything the root logger writes at DEBUG, through a handler the set-up protects."""
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    # the bots quiet httpx's per-request lines; a bot test earlier in the run may have done so here
    quieted = {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for name in quieted:
        logging.getLogger(name).setLevel(logging.NOTSET)
    yield buf.getvalue
    root.removeHandler(handler)
    root.setLevel(old_level)
    for name, level in quieted.items():
        logging.getLogger(name).setLevel(level)
    logging_setup.set_content_logging(False)


def log_secrets() -> None:
    logging.getLogger("httpx").info('HTTP Request: %s %s "%s"', "POST",
                                    f"https://api.telegram.org/bot{TELEGRAM_TOKEN}/getUpdates", "HTTP/1.1 200 OK")
    logging.getLogger("discord.client").info("logging in using static token %s", DISCORD_TOKEN)
    logging.getLogger("medassist.bot.commands.serve").info("conversation store: " + DB_URL)
    logging.getLogger("httpx").debug("request headers: %s", {"Authorization": "Bearer sk-live-abc123def456"})
    logging.getLogger("httpcore").debug("auth: Basic YWxpY2U6c2VjcmV0cGFzcw==")
    logging.getLogger("medassist.bot.web").info("login with %s", AUTH_PASSWORD)
    try:
        raise ConnectionError(f"could not reach {DB_URL} with key {AUTH_PASSWORD}")
    except ConnectionError:
        logging.getLogger("medassist.bot.store").exception("the store is down")


def test_secrets_are_masked_in_messages_arguments_and_tracebacks(captured):
    logging_setup.install(content=False)
    logging_setup.register_secret(AUTH_PASSWORD)
    log_secrets()
    out = captured()
    for secret in (TELEGRAM_TOKEN, TELEGRAM_TOKEN.split(":")[1], DISCORD_TOKEN, "pg-Secret-77",
                   "sk-live-abc123def456", "YWxpY2U6c2VjcmV0cGFzcw", AUTH_PASSWORD):
        assert secret not in out
    assert "https://api.telegram.org/bot[REDACTED]/getUpdates" in out  # the line stays useful
    assert "postgresql+psycopg://medassist:[REDACTED]@db.internal:5432/medassist" in out
    assert "Traceback" in out and "ConnectionError: could not reach" in out


def payload_logs() -> None:
    from sqlalchemy.exc import IntegrityError

    logging.getLogger("telegram.Bot").debug("Calling Bot API endpoint `%s` with parameters `%s`",
                                            "sendMessage", {"chat_id": 1, "text": QUESTION})
    logging.getLogger("telegram.Bot").debug("Set Bot API URL: %s", f"https://api.telegram.org/bot{TELEGRAM_TOKEN}")
    logging.getLogger("openai._base_client").debug("Request options: %s",
                                                   {"json_data": {"messages": [{"content": QUESTION}]}})
    logging.getLogger("telegram.ext.Application").info("Application started")
    error = IntegrityError("INSERT INTO messages (content) VALUES (?)", (QUESTION,), Exception("disk full"))
    logging.getLogger("medassist.bot.conversation").error("could not store the question: %s", error)


def test_text_stays_out_of_the_logs_without_log_content(captured):
    logging_setup.install(content=False)
    payload_logs()
    out = captured()
    assert QUESTION not in out and "night sweats" not in out
    assert "Application started" in out  # only the payload dumps go, not the library's other lines
    assert "could not store the question" in out and "[parameters: hidden" in out


def test_log_content_lets_text_in_but_never_a_token(captured):
    logging_setup.install(content=True)
    payload_logs()
    out = captured()
    assert QUESTION in out and "Calling Bot API endpoint `sendMessage`" in out
    assert TELEGRAM_TOKEN not in out and "bot[REDACTED]" in out


def test_the_command_installs_the_filter_and_reads_the_global_flag(monkeypatch, capsys):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    try:
        assert main(["--log-content", "bot", "telegram"]) == 2  # no token: fails at once, after the set-up
        assert logging_setup.content_logging_enabled()
        assert any(isinstance(f, logging_setup.PrivacyFilter)
                   for h in logging.getLogger().handlers for f in h.filters)
        assert main(["-v", "bot", "telegram"]) == 2
        assert not logging_setup.content_logging_enabled()  # off unless asked, at any verbosity
    finally:
        logging_setup.set_content_logging(False)
    assert build_parser().parse_args(["serve", "--log-content"]).log_content  # serve's own flag still works


def test_a_token_read_at_start_up_is_masked_wherever_it_shows(monkeypatch, tmp_path, captured):
    from medassist.bot.commands.options import read_token

    short = "42:short-test-token"  # too short for the token pattern: masked because it was read
    config = tmp_path / "bot.env"
    config.write_text(f"TELEGRAM_BOT_TOKEN={short}\n")
    logging_setup.install(content=False)
    assert read_token("TELEGRAM_BOT_TOKEN", str(config), "ask @BotFather") == short
    logging.getLogger("telegram.ext.Updater").error("network error at /bot%s/getUpdates", short)
    assert short not in captured() and "/bot[REDACTED]/getUpdates" in captured()
