"""`medassist bot all`: the Telegram and the Discord bot in one process, on one event loop, sharing
one loaded model and one conversation service (so one person's limits and the global queue hold
across both)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


async def run_both(telegram_bot_factory: Callable, discord_client, discord_token: str,
                   make_service: Callable) -> int:
    """Log in to Discord (a wrong token fails before the model loads), load the model and the store
    once (`make_service`, in a thread), start Telegram long polling, then serve Discord until it
    stops; Telegram stops with it."""
    from telegram import Update

    from medassist.bot.discord_bot import login

    async with discord_client:
        await login(discord_client, discord_token)
        service = await asyncio.to_thread(make_service)
        discord_client.service = service
        telegram = telegram_bot_factory(service)
        app = telegram.application
        async with app:
            await telegram._post_init(app)
            await app.start()
            await app.updater.start_polling(allowed_updates=Update.ALL_TYPES)
            log.info("Telegram: polling for messages")
            try:
                await discord_client.connect()
            finally:
                await app.updater.stop()
                await app.stop()
    return 0
