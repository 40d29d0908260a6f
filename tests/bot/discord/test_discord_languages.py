"""Issue 21 on Discord, through the real CommandTree: the person's locale reaches the service with
/ask, and /country hands the code to the service and shows its reply."""

from __future__ import annotations

import pytest
from discord_fakes import ScriptedService

from medassist.bot.discord_bot import BotOptions
from medassist.bot.formatting import DISCLAIMER_LINE, with_disclaimer

pytestmark = pytest.mark.asyncio


class CountryService(ScriptedService):
    async def set_country(self, who, code: str) -> str:
        self.calls.append(("country", who, code))
        return with_disclaimer(f"Saved: your country is {code.upper()}.")


async def test_ask_passes_the_interaction_locale(make):
    env = await make(ScriptedService("Gout is arthritis."), BotOptions(edit_interval=0.01))
    await env.command("ask", channel=env.channel, question="What is gout?")
    (_, who, _), = [c for c in env.service.calls if c[0] == "reply"]
    assert who.language == "en-US"  # the payload's locale, as Discord sends it


async def test_country_command_stores_through_the_service(make):
    env = await make(CountryService(), BotOptions())
    await env.command("country", code="mx")
    (_, who, code), = [c for c in env.service.calls if c[0] == "country"]
    assert code == "mx" and who.is_private
    (shown,) = env.webhook.posted()
    assert "Saved: your country is MX." in shown.content and shown.content.endswith(DISCLAIMER_LINE)
