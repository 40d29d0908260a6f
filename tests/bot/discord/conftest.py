"""The Discord adapter under dpytest: a configured bot in one guild (two text channels, two members)
plus a DM, with every message the bot sends recorded. After each test, EVERY message the bot left
visible (final content of edited ones) and every interaction message is checked: it ends with the
disclaimer line and fits Discord's 2000-character limit."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import discord
import discord.ext.test as dpytest
import pytest
import pytest_asyncio
from discord.ext.test import backend
from discord.webhook.async_ import async_context
from discord_fakes import FakeWebhookAdapter, Recorder, ScriptedService, interaction_payload

from medassist.bot.discord_bot import BotOptions, MedAssistDiscord, default_intents
from medassist.bot.formatting import DISCLAIMER_LINE, text_length


def check_every_message(contents: list[str]) -> None:
    for content in contents:
        assert content.endswith(DISCLAIMER_LINE), f"a message without the disclaimer at its end: {content!r}"
        assert text_length(content) <= 2000, f"a message over 2000 characters ({text_length(content)})"


@dataclass
class Env:
    bot: MedAssistDiscord
    service: object
    recorder: Recorder
    guild: discord.Guild
    channel: discord.TextChannel
    other_channel: discord.TextChannel
    member: discord.Member
    other_member: discord.Member
    dm: discord.DMChannel
    webhook: FakeWebhookAdapter

    async def command(self, name: str, *, user=None, channel=None, roles=None, **options):
        """Run slash command `name` as `user` in `channel` through the real CommandTree; what it
        sends lands in self.webhook."""
        command = self.bot.tree.get_command(name)
        assert command is not None, name
        data = interaction_payload(self.bot, command, user=user or self.member, channel=channel or self.dm,
                                   roles=roles, **options)
        interaction = discord.Interaction(data=data, state=self.bot._connection)
        token = async_context.set(self.webhook)
        try:
            await self.bot.tree._call(interaction)
        finally:
            async_context.reset(token)
        return interaction

    def check(self) -> None:
        assert not self.recorder.errors, self.recorder.errors
        check_every_message([s.content for s in self.recorder.visible()])
        check_every_message([p.content for p in self.webhook.posted()])


async def make_env(service, options: BotOptions | None = None) -> Env:
    # Intents as in production plus `members`: dpytest resolves mentions from the member cache.
    intents = default_intents()
    intents.members = True
    bot = MedAssistDiscord(service, options or BotOptions(edit_interval=0.05), intents=intents)
    await bot._async_setup_hook()
    dpytest.configure(bot, text_channels=2, voice_channels=0, members=2)
    backend.get_state().loop = asyncio.get_running_loop()  # discord.py 2.7 + dpytest 0.7.0
    recorder = Recorder()
    recorder.install(bot.http)
    cfg = dpytest.get_config()
    guild = cfg.guilds[0]
    member, other = cfg.members[0], cfg.members[1]
    dm = await member.create_dm()
    webhook = FakeWebhookAdapter(bot.user, cfg.channels[0].id)

    @bot.tree.error
    async def on_tree_error(interaction, error):  # the default handler only logs: make failures visible
        recorder.errors.append(error)

    return Env(bot, service, recorder, guild, cfg.channels[0], cfg.channels[1], member, other, dm, webhook)


@pytest_asyncio.fixture
async def env():
    e = await make_env(ScriptedService())
    try:
        yield e
        e.check()
    finally:
        await dpytest.empty_queue()


@pytest.fixture
def make():
    """For tests that need their own service or options: `env = await make(service, options)`."""
    made: list[Env] = []

    async def _make(service, options: BotOptions | None = None) -> Env:
        e = await make_env(service, options)
        made.append(e)
        return e

    yield _make
    for e in made:
        e.check()
