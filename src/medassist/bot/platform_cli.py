"""`medassist bot <platform>`: MedAssist as a chat-platform bot. Each platform registers its own
subcommand from a small module that imports nothing heavy (the platform library and the model load
only when the command runs)."""

from __future__ import annotations

import argparse
import importlib

# Each exposes register(platforms): it adds its subcommand to the `medassist bot` group.
PLATFORM_MODULES = [
    "medassist.bot.telegram_cli",
    "medassist.bot.discord_cli",
]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bot", help="run MedAssist as a chat bot (Telegram, Discord)",
                       description="Run MedAssist as a chat bot. Conversations are stored (see --database) "
                                   "so people keep their history across restarts and can /forget it.")
    platforms = p.add_subparsers(dest="platform", required=True, metavar="PLATFORM")
    for name in PLATFORM_MODULES:
        importlib.import_module(name).register(platforms)
