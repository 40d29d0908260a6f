"""Log privacy for the whole process: secrets never reach a log line, health text only on request.

* `PrivacyFilter`, installed on the root handlers at start-up (and on uvicorn's, see
  bot/web/request_log.py), rewrites every record it sees: its message, its arguments, its
  exception text. It masks bot tokens, `Bearer`/`Basic` credentials, passwords in URLs,
  secret-looking query parameters, and every secret value the process registered
  (`register_secret`: the tokens and passwords read at start-up).
* Message text (questions, answers) is health data. Without `--log-content` it stays out of the
  logs at any verbosity: the libraries that dump request payloads at DEBUG (python-telegram-bot,
  discord.py's HTTP and gateway logs, the OpenAI client, ...) lose those records, and SQL
  parameters in error messages are masked. Our own code asks `content_logging_enabled()` before
  logging text.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from urllib.parse import urlsplit

MASK = "[REDACTED]"
MIN_SECRET_CHARS = 6  # shorter registered values would mask ordinary words

# Patterns for secrets the process may never have been told about (a library's own token, a URL).
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Telegram bot tokens: <bot id>:<35-ish url-safe chars>, also inside .../bot<TOKEN>/getUpdates
    (re.compile(r"\d+:[A-Za-z0-9_-]{30,}"), MASK),
    # Discord bot tokens: three base64url parts separated by dots
    (re.compile(r"[A-Za-z0-9_-]{23,}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}"), MASK),
    # Authorization header values (a bearer value needs a digit or symbol, so "the bearer of" stays)
    (re.compile(r"(?i)\b(Bearer)\s+(?=[A-Za-z]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{8,}"), rf"\1 {MASK}"),
    (re.compile(r"\b(Basic)\s+[A-Za-z0-9+/]{8,}={0,2}"), rf"\1 {MASK}"),
    # scheme://user:PASSWORD@host
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s:/@]*:)[^\s@/]+@"), rf"\1{MASK}@"),
    # ?token=...&password=...&api_key=...
    (re.compile(r"(?i)\b((?:api[_-]?key|access[_-]?token|token|password|passwd|secret)=)[^&\s\"']+"),
     rf"\1{MASK}"),
]
# SQLAlchemy puts a failed statement's bound values (the message text) into its error messages.
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*\]")

# Loggers that write request/response payloads (message text) at these levels and below.
PAYLOAD_LOGGERS: dict[str, int] = {
    "telegram": logging.DEBUG,  # "Calling Bot API endpoint `sendMessage` with parameters {...}"
    "discord.http": logging.DEBUG,  # "POST .../messages with {'content': ...} has returned 200"
    "discord.gateway": logging.DEBUG,  # raw gateway events, MESSAGE_CREATE included
    "discord.webhook": logging.DEBUG,
    "openai": logging.DEBUG,  # "Request options: {... 'json_data': {'messages': [...]}}"
    "hpack": logging.DEBUG,  # HTTP/2 header tables, Authorization included
    "sqlalchemy.engine": logging.INFO,  # statements with their bound values (echo)
}
# Environment variables whose values are secrets wherever they show up.
SECRET_ENV = ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN", "MEDASSIST_BACKEND_API_KEY", "OPENAI_API_KEY",
              "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN")
URL_ENV = ("MEDASSIST_DATABASE_URL",)

_lock = threading.Lock()
_secrets: frozenset[str] = frozenset()
_content = False


def register_secret(value: str | None) -> None:
    """Mask this exact value in every later log record (a token or password read at start-up)."""
    global _secrets
    if value and len(value) >= MIN_SECRET_CHARS:
        with _lock:
            _secrets = _secrets | {value}


def register_url_password(url: str | None) -> None:
    """Mask the password of a URL such as a database URL (the pattern above catches it inside the
    URL; this catches it standing alone, e.g. in a driver's error message)."""
    if not url:
        return
    try:
        password = urlsplit(url).password
    except ValueError:
        return
    register_secret(password)


def set_content_logging(enabled: bool) -> None:
    global _content
    _content = bool(enabled)


def content_logging_enabled() -> bool:
    """True only when the operator passed `--log-content`: then question and answer text may be logged."""
    return _content


def scrub(text: str) -> str:
    """`text` with every known secret (and, without --log-content, SQL parameters) masked."""
    for secret in sorted(_secrets, key=len, reverse=True):  # longest first: a token before its prefix
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    if not _content:
        text = _SQL_PARAMETERS.sub("[parameters: hidden; see --log-content]", text)
    return text


def _scrub_arg(value):
    if isinstance(value, str):
        return scrub(value)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    cleaned = scrub(text)
    return value if cleaned == text else cleaned  # keep the object (and its %r / %d) when it is clean


def _is_payload(record: logging.LogRecord) -> bool:
    for name, level in PAYLOAD_LOGGERS.items():
        if record.levelno <= level and (record.name == name or record.name.startswith(name + ".")):
            return True
    return False


class PrivacyFilter(logging.Filter):
    """Masks secrets in a record (message, arguments, exception and stack text); without
    --log-content drops the payload dumps of PAYLOAD_LOGGERS. On a handler it covers every record
    that handler writes, whichever logger it came from."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _content and _is_payload(record):
            return False
        record.msg = _scrub_arg(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_scrub_arg(a) for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: _scrub_arg(v) for k, v in record.args.items()}
        try:
            rendered = record.getMessage()
        except Exception:  # a broken format string: logging reports it itself later
            rendered = None
        if rendered is not None and scrub(rendered) != rendered:  # a secret split across msg and args
            record.msg, record.args = scrub(rendered), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


FILTER = PrivacyFilter()


def protect(handler: logging.Handler) -> None:
    """Put the privacy filter on `handler` (once)."""
    if not any(isinstance(f, PrivacyFilter) for f in handler.filters):
        handler.addFilter(FILTER)


def install(*, content: bool = False) -> None:
    """Start-up: the content switch, the secrets known from the environment, and the filter on
    every root handler (records from all loggers that propagate pass through them)."""
    set_content_logging(content)
    for name in SECRET_ENV:
        register_secret(os.environ.get(name, "").strip())
    for name in URL_ENV:
        register_url_password(os.environ.get(name))
    for handler in logging.getLogger().handlers:
        protect(handler)


def configure(*, verbose: bool = False, content: bool = False) -> None:
    """The `medassist` command's logging: one stderr handler, the privacy filter on it."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install(content=content)
