"""`medassist bot <platform>`: MedAssist as a chat-platform bot. Each platform registers its own
subcommand from a small module that imports nothing heavy (the platform library and the model load
only when the command runs)."""

from __future__ import annotations

import argparse
import importlib

# Each exposes register(platforms): it adds its subcommand to the `medassist bot` group.
PLATFORM_MODULES = [
    "medassist.bot.commands.telegram",
    "medassist.bot.commands.discord",
]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bot", help="run MedAssist as a chat bot (Telegram, Discord)",
                       description="Run MedAssist as a chat bot. Conversations are stored (see --database) "
                                   "so people keep their history across restarts and can /forget it.")
    platforms = p.add_subparsers(dest="platform", required=True, metavar="PLATFORM")
    for name in PLATFORM_MODULES:
        importlib.import_module(name).register(platforms)
    register_all(platforms)


def register_all(platforms: argparse._SubParsersAction) -> None:
    from medassist.bot.commands.options import (
        add_access_args,
        add_env_file_arg,
        add_model_args,
        add_store_args,
        bot_limit_args,
    )
    from medassist.bot.commands.telegram import DEFAULT_BASE_URL
    from medassist.deprecated_flags import add_deprecated_alias

    p = platforms.add_parser(
        "all", help="run the Telegram and the Discord bot in one process, sharing one model",
        description="Run the Telegram and the Discord bot together: one model in memory, one conversation "
                    "store and one set of limits. Tokens come from TELEGRAM_BOT_TOKEN and DISCORD_BOT_TOKEN "
                    "(or --env-file FILE with both lines). The allow/block lists are those of `bot telegram` and `bot discord`, "
                    "for both platforms at once.")
    add_model_args(p, base_url_alias=False)  # --base-url meant the Telegram Bot API's URL here
    add_store_args(p)
    add_env_file_arg(p, "both token lines")
    p.add_argument("--telegram-api-url", default=DEFAULT_BASE_URL, metavar="URL",
                   help="Telegram Bot API base URL, python-telegram-bot's base_url (default: %(default)s)")
    add_deprecated_alias(p, "--base-url", "--telegram-api-url", "telegram_api_url")
    p.add_argument("--telegram-admin-chat-id", default=None, metavar="ID",
                   help="forward Telegram safety events to this chat")
    p.add_argument("--telegram-admin-ids", nargs="+", default=None, metavar="ID",
                   help="Telegram user ids that may use /stats (as --admin-ids)")
    p.add_argument("--discord-admin-channel-id", type=int, default=None,
                   help="announce Discord safety events in this channel")
    p.add_argument("--discord-admin-ids", nargs="+", default=None, metavar="ID",
                   help="Discord user ids that may use /stats (as --admin-ids)")
    p.add_argument("--discord-guild-id", type=int, default=None,
                   help="sync Discord slash commands to this server only (they appear at once)")
    add_access_args(p)
    bot_limit_args(p)
    p.set_defaults(func=run_all)


def run_all(args: argparse.Namespace) -> int:
    import asyncio

    from medassist.bot.commands import discord as discord_command
    from medassist.bot.commands import telegram as telegram_command
    from medassist.bot.commands.options import access_from_args, ids, limits_from_args, read_bot_env
    from medassist.bot.commands.serve import lazy_service
    from medassist.extras import require

    require("bots", "telegram", "discord")
    telegram_command.quiet_http_logs()
    telegram_token, discord_token = read_bot_env(args, telegram_command.TOKEN, discord_command.TOKEN)
    limits = limits_from_args(args)
    access = access_from_args(args, admin_ids=ids(args.telegram_admin_ids, "--telegram-admin-ids")
                              + ids(args.discord_admin_ids, "--discord-admin-ids"))
    from medassist.bot.discord_bot import BotOptions, MedAssistDiscord
    from medassist.bot.multi import run_both
    from medassist.bot.telegram import TelegramBot, check_token

    check_token(telegram_token, base_url=args.telegram_api_url)
    options = BotOptions(guild_id=args.discord_guild_id, admin_channel_id=args.discord_admin_channel_id,
                         admin_url=args.admin_url)

    def telegram_bot(service):
        return TelegramBot(service, telegram_token, base_url=args.telegram_api_url,
                           admin_chat_id=args.telegram_admin_chat_id,
                           admin_url=args.admin_url)

    print("MedAssist on Telegram and Discord (Ctrl-C stops)")
    with lazy_service(args, access=access, limits=limits) as make_service:
        return asyncio.run(run_both(telegram_bot, MedAssistDiscord(options=options), discord_token, make_service))
