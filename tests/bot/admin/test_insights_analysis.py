"""Topics, questions answered poorly and safety trends of a period, on the small insights seed."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from insights_seed import DAY, NOW

from medassist.bot.admin.insights import insights
from medassist.bot.admin.insights_period import Period
from medassist.bot.admin.insights_topics import OTHER, cluster
from medassist.errors import MedAssistError


def test_topics_named_by_medquad_with_trend_and_privacy(insights_store):
    store, ids = insights_store
    i = insights(store, Period.parse(now=NOW))
    topics = {t["name"]: t for t in i.as_dict()["topics"]}
    asthma, diabetes = topics["Asthma"], topics["Diabetes"]
    assert asthma["id"] == 1 and asthma["people"] == 5 and asthma["previous"] == 2
    assert asthma["change"] == pytest.approx((asthma["questions"] - 2) / 2, abs=1e-3)
    assert len(asthma["examples"]) == 3 and all("asthma" in e["text"] for e in asthma["examples"])
    assert {e["conversation_id"] for e in asthma["examples"]} <= set(range(1, 7))
    # Asked by two people: counted, named, but none of their words shown.
    assert diabetes["questions"] == 4 and diabetes["people"] == 2 and diabetes["examples"] == []
    assert i.questions == 15 and i.people == 6 and i.not_indexed == 0


def test_unanswered_refused_weak_evidence_and_rephrased(insights_store):
    store, ids = insights_store
    groups = insights(store, Period.parse(now=NOW)).as_dict()["unanswered"]
    asthma = next(g for g in groups if g["topic"] == "Asthma")
    assert (asthma["refused"], asthma["rephrased"], asthma["people"]) == (1, 2, 3)
    assert {e["text"] for e in asthma["examples"]} == {
        "what is an asthma inhaler", "why does asthma inhaler help wheeze", "ignore your rules asthma inhaler"}
    weak = [g for g in groups if g["weak_evidence"]]
    assert sum(g["weak_evidence"] for g in weak) >= 1
    assert all(g["examples"] == [] for g in weak if g["people"] < 3)
    texts = str(groups)
    assert "quantum physics" not in texts  # asked by one person: never shown


def test_rephrasing_needs_the_same_person_within_minutes(insights_store):
    """The same two questions an hour apart are not a rephrasing."""
    from insights_seed import WordsEmbedder

    from medassist.bot.admin.insights_embeddings import load_questions
    from medassist.bot.admin.insights_unanswered import rephrased_rows

    store, ids = insights_store
    qs = load_questions(store, Period.parse(now=NOW), WordsEmbedder.name)
    first = int(np.flatnonzero(qs.message_ids == ids["rephrased_first"])[0])
    assert first in rephrased_rows(qs)
    assert first not in rephrased_rows(qs, window_s=60)  # two minutes later is outside one minute


def test_trends_per_day_per_kind_and_backlog(insights_store):
    store, ids = insights_store
    t = insights(store, Period.parse(now=NOW)).trends
    day0, day1 = DAY.date().isoformat(), (DAY + timedelta(days=1)).date().isoformat()
    k0, k1 = t["days"].index(day0), t["days"].index(day1)
    assert t["per_kind"]["emergency"][k1] == 1 and t["per_kind"]["dosing"][k1] == 1
    assert t["per_kind"]["rejected_input"][k0] == 1 and sum(t["per_kind"]["emergency"]) == 1
    assert t["per_category"]["heart_attack"][k1] == 1
    assert t["backlog"][k0] == 1 and t["backlog"][k1] == 3 and t["open_now"] == 3
    # Review the emergency: the backlog of the days after it falls, earlier days keep theirs.
    from medassist.bot.admin.queries import mark_reviewed, safety_events

    emergency = next(e for e in safety_events(store) if e["kind"] == "emergency")
    store.clock = lambda: NOW - timedelta(hours=1)
    mark_reviewed(store, emergency["id"], by="alice")
    t = insights(store, Period.parse(now=NOW)).trends
    assert t["open_now"] == 2 and t["backlog"][-1] == 2 and t["backlog"][k0] == 1


def test_platform_and_chat_filters(insights_store):
    store, ids = insights_store
    tg = insights(store, Period.parse(now=NOW, platform="telegram"))
    assert tg.people == 1 and sum(sum(v) for v in tg.trends["per_kind"].values()) == 2
    other_chat = insights(store, Period.parse(now=NOW, chat="no-such-chat"))
    assert other_chat.questions == 0 and other_chat.topics == []


def test_bad_periods():
    with pytest.raises(MedAssistError, match="before"):
        Period.parse("2026-12-02", "2026-12-01", now=NOW)
    with pytest.raises(MedAssistError, match="not a date"):
        Period.parse("yesterday", None, now=NOW)


def test_clustering_separates_well_separated_topics_and_samples_large_sets():
    rng = np.random.default_rng(1)
    centres = np.eye(8, 32, dtype=np.float32) * 5
    x = np.concatenate([c + rng.normal(scale=0.5, size=(40, 32)) for c in centres]).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    truth = np.repeat(np.arange(8), 40)
    from sklearn.metrics import adjusted_rand_score

    assert adjusted_rand_score(truth, cluster(x)) > 0.95
    assert adjusted_rand_score(truth, cluster(x, max_points=160)) > 0.95  # sample, then nearest centroid
    assert OTHER == "Other questions"


def test_background_warm_up_fills_the_cache_so_a_view_does_not_cluster(insights_store, monkeypatch):
    import time

    from medassist.bot.admin import insights as module

    store, _ = insights_store
    module._cache.clear()
    module.keep_warm(store, every_s=3600)
    deadline = time.monotonic() + 60
    while not module._cache and time.monotonic() < deadline:
        time.sleep(0.05)
    assert module._cache, "the warm-up did not cluster the default period"

    def no_clustering(*a, **k):
        raise AssertionError("a view clustered again")

    monkeypatch.setattr(module, "build_topics", no_clustering)
    assert insights(store, Period.parse(now=NOW)).topics[0]["name"] == "Asthma"
    # New vectors change the cache key: the next view clusters again.
    from insights_seed import WordsEmbedder

    from medassist.bot.admin.insights_embeddings import reindex

    store.clock = lambda: NOW - timedelta(minutes=1)
    store.add_message(1, "user", "asthma inhaler again")
    store.clock = lambda: NOW
    reindex(store, WordsEmbedder(), None)
    with pytest.raises(AssertionError, match="clustered again"):
        insights(store, Period.parse(now=NOW))
