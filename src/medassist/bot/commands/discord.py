"""`medassist bot discord`: arguments and start-up. Kept apart from the adapter (bot/discord_bot.py) so building the
`medassist` parser does not import discord.py or the model."""

from __future__ import annotations

import argparse

TOKEN_ENV = "DISCORD_BOT_TOKEN"


def register(bot_sub: argparse._SubParsersAction) -> None:
    """Add `discord` to the `medassist bot` group."""
    from medassist.bot.commands.options import (
        add_access_args,
        add_env_file_arg,
        add_model_args,
        add_store_args,
        bot_limit_args,
    )

    p = bot_sub.add_parser(
        "discord", help="run the assistant as a Discord bot",
        description=f"Run the assistant as a Discord bot. The token comes from {TOKEN_ENV} (or --env-file "
                    "FILE). Enable the Message Content intent for the bot in the Developer Portal.")
    add_model_args(p)
    add_store_args(p)
    add_env_file_arg(p, f"a {TOKEN_ENV}=... line")
    p.add_argument("--guild-id", type=int, default=None,
                   help="sync slash commands to this server only (they appear at once); globally otherwise")
    add_access_args(p)
    p.add_argument("--admin-channel-id", type=int, default=None,
                   help="announce safety events (emergencies, dosing requests) in this channel, with a link "
                        "to the admin desk when --admin-url is given")
    bot_limit_args(p)
    p.set_defaults(func=run_discord)


TOKEN = (TOKEN_ENV, "Developer Portal > your application > Bot > Reset Token")


def options_from_args(args: argparse.Namespace):
    from medassist.bot.discord_bot import BotOptions

    return BotOptions(guild_id=args.guild_id, admin_channel_id=args.admin_channel_id, admin_url=args.admin_url)


def run_discord(args: argparse.Namespace) -> int:
    import asyncio

    from medassist.bot.commands.options import access_from_args, limits_from_args, read_bot_env
    from medassist.bot.commands.serve import lazy_service
    from medassist.extras import require

    require("bots", "discord")
    from medassist.bot.discord_bot import run_bot

    (token,) = read_bot_env(args, TOKEN)  # before anything slow: a missing token fails at once
    options = options_from_args(args)
    limits = limits_from_args(args)
    access = access_from_args(args)

    with lazy_service(args, access=access, limits=limits) as make_service:  # called once Discord accepted the token
        return asyncio.run(run_bot(token, options, make_service))
