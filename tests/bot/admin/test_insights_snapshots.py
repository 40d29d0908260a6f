"""A restarted desk shows the kept topics at once: /admin/insights never waits for a clustering it
has already done before the restart (insights_snapshots, revision 0007)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from desk_seed import ADMIN, PASSWORD
from insights_seed import NOW
from sqlalchemy import func, select

from medassist.bot.admin import insights
from medassist.bot.store.models import InsightsSnapshot

AUTH = (ADMIN, PASSWORD)


def _app(assistant, settings, store):
    from fastapi.testclient import TestClient

    from medassist.bot.web.server import build_app

    return TestClient(build_app(assistant, defaults=settings, ui=False, store=store))


def _restart(monkeypatch, build_topics) -> None:
    """What a new process has: nothing in memory; clustering replaced by `build_topics`."""
    insights._cache.clear()
    monkeypatch.setattr(insights, "build_topics", build_topics)


def _never(*a, **kw):
    raise AssertionError("clustered again")


def test_a_restarted_desk_serves_the_kept_topics_without_clustering(assistant, settings, insights_store,
                                                                    monkeypatch):
    store, _ = insights_store
    with _app(assistant, settings, store) as c:
        first = c.get("/admin/insights", auth=AUTH).text
    assert "<b>Asthma</b>" in first and 'id="topics-computed"' in first
    with store.reading() as s:
        assert s.scalar(select(func.count(InsightsSnapshot.id))) >= 1
    _restart(monkeypatch, _never)
    with _app(assistant, settings, store) as c:
        html = c.get("/admin/insights", auth=AUTH).text
    assert "<b>Asthma</b>" in html and "what is an asthma inhaler" in html and "being clustered now" not in html
    assert "quantum" not in html  # the kept result is as private as the computed one


def test_the_next_hour_shows_the_last_result_while_clustering_in_the_background(assistant, settings,
                                                                                insights_store, monkeypatch):
    """The default period moves every hour: a desk restarted an hour later shows the kept topics of
    the hour before at once, says so, and shows the current ones once they are clustered."""
    store, _ = insights_store
    with _app(assistant, settings, store) as c:
        assert "<b>Asthma</b>" in c.get("/admin/insights", auth=AUTH).text
    release, started = threading.Event(), threading.Event()
    real = insights.build_topics

    def slow(*a, **kw):
        started.set()
        assert release.wait(30)
        return real(*a, **kw)

    _restart(monkeypatch, slow)
    store.clock = lambda: NOW + timedelta(hours=1)
    with _app(assistant, settings, store) as c:
        html = c.get("/admin/insights", auth=AUTH).text  # returns while the clustering is held
        assert started.wait(10)
        assert "<b>Asthma</b>" in html and "being clustered now" in html
        release.set()
        for _ in range(100):
            html = c.get("/admin/insights", auth=AUTH).text
            if "being clustered now" not in html:
                break
            threading.Event().wait(0.1)
    assert "<b>Asthma</b>" in html and "being clustered now" not in html


def test_new_vectors_make_the_kept_result_stale(insights_store, monkeypatch):
    """A result is exact for its vectors: a new one means a new clustering (the CLI waits for it)."""
    from insights_seed import WordsEmbedder, reference

    from medassist.bot.admin.insights_embeddings import reindex
    from medassist.bot.admin.insights_period import Period

    store, ids = insights_store
    period = Period.parse(now=NOW)
    before = insights.insights(store, period)
    _restart(monkeypatch, _never)
    assert insights.insights(store, period).questions == before.questions  # from the store
    conv = store.current_conversation(ids["people"][0], platform="discord", chat_id="class-1", is_private=False)
    store.add_message(conv, "user", "asthma inhaler spacer", verdict="ok")
    reindex(store, WordsEmbedder(), reference())
    with pytest.raises(AssertionError, match="clustered again"):
        insights.insights(store, period)


def test_last_weeks_topics_never_stand_in_for_this_weeks(insights_store):
    """The same view a week earlier (what the trend compares with) is kept too, but it is another
    period: only a result of the last day stands in for the current one."""
    from medassist.bot.admin import insights_snapshots as snapshots
    from medassist.bot.admin.insights_period import Period

    store, _ = insights_store
    period = Period.parse(now=NOW)
    insights.analyse(store, period.previous)
    assert snapshots.latest(store, period, None) is None
    insights.analyse(store, period)
    later = Period.parse(now=NOW + timedelta(hours=1))
    kept = snapshots.latest(store, later, None)
    assert kept is not None and kept[0]["end"] == period.end.isoformat()
    assert snapshots.latest(store, Period.parse(now=NOW + timedelta(days=2)), None) is None
