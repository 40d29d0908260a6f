"""`medassist admin topics|unanswered|trends|reindex|weekly-summary` in-process, and the weekly
summary delivered to the fake Telegram Bot API and a fake Discord REST API without anyone's words."""

from __future__ import annotations

import asyncio
import csv
import getpass
import io
import json

import httpx
import pytest
from insights_seed import ASTHMA, DIABETES, NOW, OFF_CORPUS, WordsEmbedder, reference
from sqlalchemy import select

from medassist.bot.store.models import AdminAudit, MessageEmbedding
from medassist.cli import main


@pytest.fixture
def db(insights_store, tmp_path):
    store, ids = insights_store
    return f"sqlite:///{tmp_path / 'store.db'}", store, ids


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _actions(store) -> list[str]:
    with store.reading() as s:
        return [a.action for a in s.scalars(select(AdminAudit).where(AdminAudit.actor == getpass.getuser())
                                              .order_by(AdminAudit.id))]


def _until() -> str:
    return NOW.isoformat()


def test_topics_table_json_and_csv(db, capsys):
    url, store, ids = db
    code, out, _ = run(capsys, "admin", "topics", "--database", url, "--until", _until())
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["id", "topic", "questions"]
    assert "Asthma" in out
    assert "Diabetes" in out
    code, out, _ = run(capsys, "admin", "topics", "--database", url, "--until", _until(), "--format", "json")
    data = json.loads(out)
    asthma = next(t for t in data["topics"] if t["name"] == "Asthma")
    assert asthma["people"] == 5
    assert len(asthma["examples"]) == 3
    assert data["questions"] == 15
    code, out, _ = run(capsys, "admin", "unanswered", "--database", url, "--until", _until(), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["topic"] == "Asthma"
    assert rows[0]["refused"] == "1"
    assert rows[0]["rephrased"] == "2"
    assert OFF_CORPUS not in out
    assert DIABETES[0] not in out
    code, out, _ = run(capsys, "admin", "trends", "--database", url, "--until", _until(), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sum(int(r["kind:emergency"]) for r in rows) == 1
    assert rows[-1]["backlog"] == "3"
    assert _actions(store) == ["insights_topics", "insights_topics", "insights_unanswered", "insights_trends"]


def test_bad_period_is_a_clean_error(db, capsys):
    url, store, _ = db
    code, _, err = run(capsys, "admin", "topics", "--database", url, "--since", "soon")
    assert code != 0
    assert "not a date" in err


def test_reindex_command_is_resumable(store, tmp_path, capsys, monkeypatch):
    """The command with the real code path; MiniLM and MedQuAD replaced by the fast stand-ins."""
    from insights_seed import seed

    from medassist.bot.admin import insights_embeddings
    from medassist.model.retrieval import embedder

    seed(store)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.setattr(embedder, "shared_embedder", WordsEmbedder)
    monkeypatch.setattr(insights_embeddings.Reference, "medquad", classmethod(lambda cls, e: reference(e)))
    code, out, err = run(capsys, "admin", "reindex", "--database", url, "--batch", "5", "--limit", "7")
    assert code == 0
    assert "embedded 7 questions in 2 batches" in out
    assert "embedded 5/7" in err
    code, out, _ = run(capsys, "admin", "reindex", "--database", url)
    assert code == 0
    assert "0 left" in out
    with store.reading() as s:
        assert s.get(MessageEmbedding, 1).reference_topic == "Asthma"
    code, _, err = run(capsys, "admin", "reindex", "--database", url, "--batch", "0")
    assert code != 0
    assert "--batch" in err


def _summary_is_aggregate_only(text: str, store) -> None:
    assert "Asthma" in text
    assert "questions from 6 people" in text
    for words in [*ASTHMA, *DIABETES, OFF_CORPUS, "chest hurts", "ibuprofen"]:
        assert words not in text
    for who in ("Student", "s0", "Tess", "900"):
        assert who not in text.replace("2026", "")


def test_weekly_summary_to_the_fake_telegram_api(db, capsys, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "telegram"))
    from fake_telegram_api import TOKEN, FakeBotAPI, FakeBotAPIServer

    url, store, _ = db
    api = FakeBotAPI()
    env_file = tmp_path / "bots.env"
    env_file.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\n")
    with FakeBotAPIServer(api) as server:
        code, out, err = run(capsys, "admin", "weekly-summary", "--database", url, "--until", _until(),
                             "--telegram-chat-id", "-100777", "--telegram-api-url", server.base_url,
                             "--env-file", str(env_file))
    assert "deprecated" not in err
    assert code == 0
    assert "posted to telegram:-100777" in out
    assert TOKEN not in out
    texts = api.chat_texts(-100777)
    assert len(texts) == 1
    assert texts[0].startswith("MedAssist weekly summary")
    _summary_is_aggregate_only(texts[0], store)
    assert "1 emergencies" in texts[0]
    assert "3 open for review" in texts[0]
    assert _actions(store)[-1] == "weekly_summary"


def test_weekly_summary_in_process_request_and_discord(insights_store):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "telegram"))
    from fake_telegram_api import TOKEN, FakeBotAPI, FakeRequest

    from medassist.bot.admin.insights import insights
    from medassist.bot.admin.insights_period import Period
    from medassist.bot.admin.insights_summary import post_discord, post_telegram, summary_text

    store, _ = insights_store
    text = summary_text(insights(store, Period.parse(now=NOW)))
    api = FakeBotAPI()
    asyncio.run(post_telegram(text, token=TOKEN, chat_id="42", base_url="https://api.telegram.org/bot",
                              request=FakeRequest(api)))
    assert api.chat_texts(42) == [text]
    posted = []

    def discord(request: httpx.Request) -> httpx.Response:
        posted.append((request.url.path, request.headers["authorization"], json.loads(request.content)))
        return httpx.Response(200, json={"id": "1"})

    post_discord(text, token="discord-token", channel_id=555, api_url="https://discord.test/api",
                 transport=httpx.MockTransport(discord))
    assert posted == [("/api/channels/555/messages", "Bot discord-token", {"content": text})]
    _summary_is_aggregate_only(text, store)


def test_weekly_summary_printed_when_no_chat_is_given(db, capsys):
    from medassist.bot.formatting import with_disclaimer

    url, store, _ = db
    code, out, _ = run(capsys, "admin", "weekly-summary", "--database", url, "--until", _until())
    assert code == 0
    assert out.startswith("MedAssist weekly summary")
    assert "Most asked topics:\n1. Asthma" in out
    assert with_disclaimer(out.strip()) == out.strip()  # ends with the disclaimer already
    _summary_is_aggregate_only(out, store)


def test_weekly_summary_takes_the_bot_commands_flag_names_and_warns_on_the_old_ones(capsys):
    from medassist.cli import build_parser

    args = build_parser().parse_args(["admin", "weekly-summary", "--telegram-base-url", "http://127.0.0.1:9",
                                      "--config", "old.env"])
    err = capsys.readouterr().err
    assert args.telegram_api_url == "http://127.0.0.1:9"
    assert args.env_file == "old.env"
    assert "--telegram-base-url is deprecated" in err
    assert "use --telegram-api-url" in err
    assert "--config is deprecated" in err
    assert "use --env-file" in err
