"""The one access model (`limits.Access`), judged on `Who`: the same rules for every platform, and
the conversation service enforcing them before anything is stored or generated."""

from __future__ import annotations

import asyncio

from medassist.bot.conversation import NOT_ALLOWED, ConversationService, Who
from medassist.bot.limits import Access


def discord(user: int, guild: int | None = 1, channels=(10,), roles=()) -> Who:
    return Who("discord", str(user), chat_id=str(channels[0]) if channels else str(user),
               is_private=guild is None, guild_id=None if guild is None else str(guild),
               channel_ids=frozenset(map(str, channels)), role_ids=frozenset(map(str, roles)))


def telegram(user: int, chat: int | None = None) -> Who:
    return Who("telegram", str(user), chat_id=str(chat if chat is not None else user), is_private=chat is None)


def test_discord_servers_roles_users_admins_and_blocks():
    a = Access.from_lists(allow_guilds=[1], allow_roles=[50], allow_users=[7], block_users=[8], admin_ids=[9])
    assert a.allows(discord(7))                                    # listed user
    assert a.allows(discord(6, roles=[50]))                        # listed role
    assert not a.allows(discord(6, roles=[51]))
    assert not a.allows(discord(7, guild=2))                       # other server
    assert not a.allows(discord(8, roles=[50]))                    # the block list wins over the role
    assert a.allows(discord(9, guild=2))                           # admins always
    assert a.allows(discord(7, guild=None, channels=()))           # a DM: listed users only
    assert not a.allows(discord(6, guild=None, channels=()))


def test_discord_channels_count_the_parent_and_category():
    c = Access.from_lists(allow_channels=[100])
    assert c.allows(discord(1, channels=[200, 100])) and not c.allows(discord(1, channels=[200]))
    assert Access().allows(discord(123, guild=None, channels=())) and Access().allows(discord(123))


def test_telegram_users_chats_and_blocks():
    a = Access.from_lists(allow_users=["1"], allow_chats=["-100"], block_users=["3"])
    assert a.allows(telegram(1)) and a.allows(telegram(1, chat=-200))  # a listed user, anywhere
    assert a.allows(telegram(2, chat=-100)) and not a.allows(telegram(2))  # everyone in a listed chat
    assert not a.allows(telegram(3, chat=-100))
    # Discord's place lists narrow Discord only: `bot all --allow-guilds` leaves Telegram's lists alone.
    assert Access.from_lists(allow_guilds=[1]).allows(telegram(5))


def test_the_service_refuses_before_storing_anything(store, settings):
    class NoModel:
        runtime = None

        def answer(self, *a, **k):
            raise AssertionError("the model must not run for a refused person")

    service = ConversationService(NoModel(), store, settings=settings,
                                  access=Access.from_lists(allow_roles=[50], allow_guilds=[1]))

    async def replies(who):
        return [r async for r in service.reply(who, "What is gout?")]

    (refused,) = asyncio.run(replies(discord(6, roles=[51])))
    assert refused.kind == "not_allowed" and refused.final_text.startswith(NOT_ALLOWED)
    assert store.stats()["users"] == 0
