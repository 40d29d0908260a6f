"""`medassist bot telegram`: arguments and start-up. Kept apart from the adapter (bot/telegram.py) so building the
`medassist` parser imports neither python-telegram-bot nor the model."""

from __future__ import annotations

import argparse
import logging

from medassist.errors import MedAssistError

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
DEFAULT_BASE_URL = "https://api.telegram.org/bot"

log = logging.getLogger(__name__)


def register(platforms: argparse._SubParsersAction) -> None:
    """Add `telegram` to the `medassist bot` group."""
    from medassist.bot.commands.options import (
        add_access_args,
        add_env_file_arg,
        add_model_args,
        add_store_args,
        bot_limit_args,
    )
    from medassist.deprecated_flags import add_deprecated_alias

    p = platforms.add_parser(
        "telegram", help="run the assistant as a Telegram bot",
        description=f"Run the assistant as a Telegram bot (long polling, or a webhook with --webhook-url). "
                    f"The token comes from {TOKEN_ENV} (or --env-file FILE); create one with @BotFather.")
    add_model_args(p, base_url_alias=False)  # --base-url meant the Telegram Bot API's URL here
    add_store_args(p)
    add_env_file_arg(p, f"a {TOKEN_ENV}=... line")
    p.add_argument("--telegram-api-url", default=DEFAULT_BASE_URL, metavar="URL",
                   help="Bot API base URL, python-telegram-bot's base_url: the token is appended "
                        "(default: %(default)s; a local Bot API server or a test double)")
    add_deprecated_alias(p, "--base-url", "--telegram-api-url", "telegram_api_url")
    p.add_argument("--webhook-url", default=None,
                   help="public HTTPS URL Telegram should post updates to (default: long polling)")
    p.add_argument("--webhook-listen", default="127.0.0.1", help="address the webhook server binds")
    p.add_argument("--webhook-port", type=int, default=8443, help="port the webhook server binds")
    add_access_args(p)
    p.add_argument("--admin-chat-id", default=None, metavar="ID",
                   help="forward safety events (emergencies, dosing questions) to this chat, with a link to "
                        "the admin desk when --admin-url is given")
    bot_limit_args(p)
    p.set_defaults(func=run_telegram)


TOKEN = (TOKEN_ENV, "ask @BotFather for one")


def quiet_http_logs() -> None:
    """httpx logs every request URL at INFO, and Bot API URLs contain the token."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


def run_telegram(args: argparse.Namespace) -> int:
    from medassist.bot.commands.options import access_from_args, limits_from_args, read_bot_env
    from medassist.bot.commands.serve import build_assistant, build_service, shut_down
    from medassist.extras import require

    require("bots", "telegram")
    quiet_http_logs()
    (token,) = read_bot_env(args, TOKEN)  # before the model loads: a missing token fails in a second
    if args.webhook_url and not args.webhook_url.startswith("https://"):
        raise MedAssistError("--webhook-url must be an https:// URL (Telegram only posts to HTTPS)")
    limits = limits_from_args(args)
    access = access_from_args(args)
    from medassist.bot.telegram import TelegramBot, check_token

    check_token(token, base_url=args.telegram_api_url)  # a rejected token: a clear error before the model loads
    assistant, settings = build_assistant(args)
    service = build_service(args, assistant, settings, access=access, limits=limits)
    bot = TelegramBot(service, token, base_url=args.telegram_api_url, admin_chat_id=args.admin_chat_id, admin_url=args.admin_url)
    print("MedAssist on Telegram: polling for messages (Ctrl-C stops)" if not args.webhook_url
          else f"MedAssist on Telegram: webhook at {args.webhook_url}")
    try:
        bot.run(webhook_url=args.webhook_url, listen=args.webhook_listen, port=args.webhook_port)
    finally:
        shut_down(service)
    return 0
