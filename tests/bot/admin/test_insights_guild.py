"""The Discord server (guild) filter: the conversation service records the server a Discord
message came from, and the insights page and commands narrow to one server."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

from desk_seed import ADMIN, PASSWORD
from insights_seed import NOW, WordsEmbedder, reference
from sqlalchemy import select, update

from medassist.bot.admin.insights_embeddings import reindex
from medassist.bot.conversation import ConversationService, Who
from medassist.bot.store.models import Conversation
from medassist.cli import main


def test_a_discord_server_message_records_its_server(assistant, store, settings):
    service = ConversationService(assistant, store, settings=settings)

    async def ask(who: Who) -> None:
        async for _ in service.reply(who, "What is anemia?"):
            pass

    asyncio.run(ask(Who("discord", "7", chat_id="chan-1", is_private=False, guild_id="9001")))
    asyncio.run(ask(Who("discord", "8", chat_id="dm-8")))  # a direct message has no server
    with store.reading() as s:
        rows = dict(s.execute(select(Conversation.chat_id, Conversation.guild_id)).all())
    assert rows == {"chan-1": "9001", "dm-8": None}


def _second_server(store, ids) -> None:
    """The seed's class channel is in server 111; one more person asks in server 222."""
    with store.writing() as s:
        s.execute(update(Conversation).where(Conversation.chat_id == "class-1").values(guild_id="111"))
    store.clock = lambda: NOW - timedelta(hours=1)
    person = store.touch_user("discord", "s99", "Student 99").id
    conv = store.current_conversation(person, platform="discord", chat_id="lab-2", is_private=False, guild_id="222")
    store.add_message(conv, "user", "diabetes insulin pump settings", verdict="ok")
    reindex(store, WordsEmbedder(), reference())
    store.clock = lambda: NOW


def test_topics_of_one_server_on_the_page_and_in_the_terminal(assistant, settings, insights_store, tmp_path,
                                                             capsys):
    from fastapi.testclient import TestClient

    from medassist.bot.web.server import build_app

    store, ids = insights_store
    _second_server(store, ids)
    with TestClient(build_app(assistant, defaults=settings, ui=False, store=store)) as c:
        html = c.get("/admin/insights", params={"guild": "222"}, auth=(ADMIN, PASSWORD)).text
        assert "1 questions from 1 people" in html and "asthma inhaler" not in html
        assert 'name="guild" value="222"' in html
        html = c.get("/admin/insights", params={"guild": "111"}, auth=(ADMIN, PASSWORD)).text
        assert "<b>Asthma</b>" in html and "what is an asthma inhaler" in html
    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert main(["admin", "topics", "--database", url, "--until", NOW.isoformat(), "--guild", "222",
                 "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["questions"] == 1 and data["period"]["guild"] == "222"
    assert main(["admin", "trends", "--database", url, "--until", NOW.isoformat(), "--guild", "111",
                 "--format", "json"]) == 0
    assert sum(sum(v) for v in json.loads(capsys.readouterr().out)["trends"]["per_kind"].values()) >= 1
