"""`medassist db ...` and `medassist admin ...` in-process: outputs, filters, audit, errors."""

from __future__ import annotations

import csv
import getpass
import io
import json

import pytest
from desk_seed import PASSWORD, day
from sqlalchemy import select, text

from medassist.bot.store import Store
from medassist.bot.store.models import AdminAccount, AdminAudit, SafetyEvent
from medassist.cli import main


@pytest.fixture
def db(seeded, tmp_path):
    store, ids = seeded
    return f"sqlite:///{tmp_path / 'store.db'}", store, ids


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _audit(store) -> list[tuple[str, str, str]]:
    with store.reading() as s:
        return [(a.actor, a.via, a.action) for a in s.scalars(select(AdminAudit).order_by(AdminAudit.id))]


def test_db_upgrade_and_current(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    code, out, _ = run(capsys, "db", "current", "--database", url)
    assert code == 0 and "none" in out and "medassist db upgrade" in out
    code, out, _ = run(capsys, "db", "upgrade", "--database", url)
    assert code == 0 and "(head)" in out
    code, out, _ = run(capsys, "db", "current", "--database", url)
    assert code == 0 and "up to date" in out


def test_export_jsonl_one_object_per_message(db, capsys):
    url, store, ids = db
    code, out, _ = run(capsys, "admin", "export", "--database", url, "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 8
    for row in rows:
        assert {"platform", "user", "conversation_id", "role", "content", "created_at", "verdict"} <= set(row)
    emergency = [r for r in rows if r["verdict"] == "emergency" and r["role"] == "user"]
    assert emergency[0]["content"] == "my chest hurts and my arm is numb" and emergency[0]["platform"] == "telegram"
    assert _audit(store) == [(getpass.getuser(), "cli", "export_jsonl")]


def test_export_csv_with_filters_to_a_file(db, capsys, tmp_path):
    url, store, ids = db
    out_file = tmp_path / "flagged.csv"
    code, _, err = run(capsys, "admin", "export", "--database", url, "--format", "csv", "--flagged",
                       "--platform", "discord", "--output", str(out_file))
    assert code == 0 and "2 messages written" in err
    header, *rows = list(csv.reader(io.StringIO(out_file.read_text())))
    assert header[:4] == ["message_id", "created_at", "platform", "user"] and len(rows) == 2
    assert all(row[2:4] == ["discord", "2002"] for row in rows)


def test_list_show_and_events(db, capsys):
    url, store, ids = db
    code, out, _ = run(capsys, "admin", "list", "--database", url, "--search", "asthma")
    assert code == 0 and "What is asthma?" in out and "1 of 1 conversations" in out
    code, out, _ = run(capsys, "admin", "list", "--database", url, "--since", day(1), "--until", day(2))
    assert "1 of 1" in out and "ibuprofen" in out
    code, out, _ = run(capsys, "admin", "show", str(ids["c1"]), "--database", url)
    assert code == 0
    assert out.index("What is asthma?") < out.index("Asthma is a disease") < out.index("my chest hurts")
    assert "emergency" in out and "https://medlineplus.gov/asthma" in out
    code, out, _ = run(capsys, "admin", "events", "--database", url)
    assert "2 open safety events" in out
    code, out, _ = run(capsys, "admin", "review", "1", "--note", "checked", "--database", url)
    assert code == 0
    with store.reading() as s:
        event = s.get(SafetyEvent, 1)
    assert event.reviewed_by == getpass.getuser() and event.note == "checked"
    code, out, _ = run(capsys, "admin", "stats", "--database", url)
    data = json.loads(out)
    assert data["messages"] == 8 and data["safety_events_per_kind"] == {"emergency": 1, "dosing": 1}
    assert [a[2] for a in _audit(store)] == ["list", "list", "show", "events", "review", "stats"]


def test_add_user_hashes_and_never_prints_the_password(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'acc.db'}"
    monkeypatch.setenv("MEDASSIST_ADMIN_PASSWORD", "a very long secret")
    code, out, err = run(capsys, "admin", "add-user", "carol", "--database", url)
    assert code == 0 and "a very long secret" not in out + err
    store = Store.open(url)
    try:
        with store.reading() as s:
            stored = s.scalar(select(AdminAccount.password_hash).where(AdminAccount.username == "carol"))
        assert stored.startswith("scrypt$") and "a very long secret" not in stored
    finally:
        store.close()
    code, out, _ = run(capsys, "admin", "users", "--database", url)
    assert out.split() == ["carol"]
    monkeypatch.delenv("MEDASSIST_ADMIN_PASSWORD")
    code, _, err = run(capsys, "admin", "add-user", "dave", "--database", url)  # no terminal, no env
    assert code == 2 and "MEDASSIST_ADMIN_PASSWORD" in err


def test_purge_and_forget(db, capsys):
    url, store, ids = db
    code, _, err = run(capsys, "admin", "purge", "--older-than", "1", "--database", url)
    assert code == 2 and "--yes" in err
    code, out, _ = run(capsys, "admin", "purge", "--platform", "discord", "--user", "2002", "--yes", "--database", url)
    assert code == 0 and "4 messages" in out
    with store.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM users WHERE platform_user_id = '2002'")).scalar() == 0
        assert c.execute(text("SELECT count(*) FROM messages")).scalar() == 4
    # what is left (Ann's conversation) was last active 9 days ago: 10 days keeps it, 8 purges it
    code, out, _ = run(capsys, "admin", "purge", "--older-than", "10", "--yes", "--database", url)
    assert code == 0 and "deleted 0 messages" in out
    code, out, _ = run(capsys, "admin", "purge", "--older-than", "8", "--yes", "--database", url)
    assert code == 0 and "deleted 4 messages" in out


@pytest.mark.parametrize("argv, message", [
    (["admin", "list", "--since", "yesterday"], "not a date"),
    (["admin", "show", "999"], "no conversation 999"),
    (["admin", "review", "999"], "no safety event 999"),
    (["admin", "purge", "--user", "x", "--yes"], "both --platform and --user"),
    (["admin", "list", "--limit", "0"], "--limit must be at least 1"),
])
def test_bad_input_exits_2_with_a_message(db, capsys, argv, message):
    url, _, _ = db
    code, _, err = run(capsys, *argv, "--database", url)
    assert code == 2 and message in err


def test_errors_never_show_the_url_password(capsys):
    url = "postgresql+psycopg://admin:pa55word-xyz@127.0.0.1:1/medassist"
    for argv in (["db", "current"], ["db", "upgrade"], ["admin", "list"]):
        code, out, err = run(capsys, *argv, "--database", url)
        assert code == 2 and "pa55word-xyz" not in out + err and "***" in err


def test_newer_database_refused_by_the_cli(db, capsys):
    url, store, _ = db
    with store.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = 'abc999newer'"))
    code, _, err = run(capsys, "db", "upgrade", "--database", url)
    assert code == 2 and "abc999newer" in err and "newer medassist" in err
    assert PASSWORD not in err


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(1,2)", "\tx", "\rx"]


def _add_formulas(store) -> int:
    user = store.touch_user("telegram", "3003", "=cmd|' /C calc'!A0")
    conv = store.current_conversation(user.id, platform="telegram", chat_id="3003")
    for text_ in FORMULAS:
        store.add_message(conv, "user", text_)
    return conv


def test_csv_export_defuses_formulas(db, capsys, tmp_path):
    url, store, _ = db
    _add_formulas(store)
    out_file = tmp_path / "all.csv"
    code, _, _ = run(capsys, "admin", "export", "--database", url, "--format", "csv", "--user", "3003",
                     "--output", str(out_file))
    assert code == 0
    with open(out_file, encoding="utf-8", newline="") as f:
        raw = f.read()
    header, *rows = list(csv.reader(io.StringIO(raw, newline="")))
    cells = [dict(zip(header, row, strict=True)) for row in rows]
    assert [c["content"] for c in cells] == ["'" + f for f in FORMULAS]
    assert {c["display_name"] for c in cells} == {"'=cmd|' /C calc'!A0"}
    assert cells[0]["prompt_tokens"] == "" and cells[0]["user"] == "3003"  # other cells as they were
    assert raw.startswith('"message_id","created_at"')  # every cell quoted


def test_terminal_escapes_are_shown_not_run(db, capsys):
    url, store, _ = db
    user = store.touch_user("telegram", "6006", "Eve\x1b[2J")
    conv = store.current_conversation(user.id, platform="telegram", chat_id="6006")
    store.add_message(conv, "user", "\x1b]0;owned\x07 what is flu?\nsecond line \u202eevil\u2066 \x9b31m",
                      verdict="emergency", category="cat\x1b[31m")
    raw = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066")
    outs = {}
    for argv in (["list"], ["show", str(conv)], ["events"]):
        code, outs[argv[0]], _ = run(capsys, "admin", *argv, "--database", url)
        assert code == 0 and not any(ch in outs[argv[0]] for ch in raw), argv
        assert "\\x1b]0;owned\\x07 what is flu?" in outs[argv[0]], argv
    assert "Eve\\x1b[2J" in outs["list"] and "Eve\\x1b[2J" in outs["show"]
    assert all("what is flu? second line" in outs[k] for k in ("list", "events"))  # one line there
    shown = outs["show"]
    assert "\\x1b]0;owned\\x07 what is flu?\nsecond line <U+202E>evil<U+2066> \\x9b31m" in shown  # lines kept
    assert "cat\\x1b[31m" in shown


def test_forget_from_the_terminal_leaves_only_a_pseudonym_in_the_audit(db, capsys):
    url, store, _ = db
    run(capsys, "admin", "list", "--database", url, "--user", "1001", "--search", "asthma")
    code, _, _ = run(capsys, "admin", "purge", "--platform", "telegram", "--user", "1001", "--yes",
                     "--database", url)
    assert code == 0
    alias = store.pseudonym("telegram", "1001")
    with store.engine.connect() as c:
        rows = [tuple(r) for r in c.execute(text("SELECT action, target, filters FROM admin_audit "
                                                 "ORDER BY id"))]
    assert [(a, t) for a, t, _ in rows] == [("list", None), ("forget_user", alias)]
    assert json.loads(rows[0][2]) == {"user": alias, "search": alias}
    assert "1001" not in repr(rows) and "asthma" not in repr(rows)


def test_block_survives_forget_from_the_terminal(db, capsys):
    url, store, _ = db
    code, out, _ = run(capsys, "admin", "block", "--platform", "telegram", "--user", "1001",
                       "--database", url)
    assert code == 0 and out.strip() == "telegram:1001 blocked"
    run(capsys, "admin", "purge", "--platform", "telegram", "--user", "1001", "--yes", "--database", url)
    assert store.touch_user("telegram", "1001").blocked
    code, out, _ = run(capsys, "admin", "block", "--platform", "telegram", "--user", "1001",
                       "--database", url)
    assert code == 0 and "already" in out
    code, out, _ = run(capsys, "admin", "block", "--unblock", "--platform", "telegram", "--user", "1001",
                       "--database", url)
    assert code == 0 and not store.touch_user("telegram", "1001").blocked
    code, _, err = run(capsys, "admin", "block", "--unblock", "--platform", "telegram", "--user", "1001",
                       "--database", url)
    assert code == 2 and "not blocked" in err
