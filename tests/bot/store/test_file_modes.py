"""The database holds health questions and password hashes: SQLite files medassist creates are
readable by their owner only, and so is the default folder (issue 20)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from medassist.bot.store import Store


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    """The usual umask, under which files were 0644 and folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _write_and_check_open(url: str | None, db: Path) -> None:
    store = Store.open(url)
    try:
        user = store.touch_user("telegram", "42")
        store.add_message(store.current_conversation(user.id, platform="telegram", chat_id="42"), "user", "q")
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):  # while open, WAL files exist
            assert _mode(path) == 0o600, path
    finally:
        store.close()


def test_default_database_is_private(tmp_path, monkeypatch, umask_022):
    data = tmp_path / "share" / "medassist"
    monkeypatch.setenv("MEDASSIST_DATA_DIR", str(data))
    monkeypatch.delenv("MEDASSIST_DATABASE_URL", raising=False)
    _write_and_check_open(None, data / "medassist.db")
    assert _mode(data) == 0o700


def test_default_file_of_an_older_version_is_made_private(tmp_path, monkeypatch, umask_022):
    data = tmp_path / "medassist"
    data.mkdir()
    (data / "medassist.db").touch(mode=0o644)
    monkeypatch.setenv("MEDASSIST_DATA_DIR", str(data))
    monkeypatch.delenv("MEDASSIST_DATABASE_URL", raising=False)
    Store.open(None).close()
    assert _mode(data / "medassist.db") == 0o600
    assert _mode(data) == 0o755  # an existing folder is the owner's business


def test_a_new_chosen_file_is_private_an_existing_one_is_left_alone(tmp_path, umask_022):
    _write_and_check_open(f"sqlite:///{tmp_path / 'new.db'}", tmp_path / "new.db")
    existing = tmp_path / "shared.db"
    existing.touch(mode=0o644)
    Store.open(f"sqlite:///{existing}").close()
    assert _mode(existing) == 0o644
