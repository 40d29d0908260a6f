"""`reindex`: embeds each stored question once, in committed batches, resumable; vectors are kept as
float16 and go with their message."""

from __future__ import annotations

import numpy as np
import pytest
from insights_seed import WordsEmbedder, reference, seed
from sqlalchemy import func, select

from medassist.bot.admin.insights_embeddings import from_bytes, pending_count, reindex, to_bytes
from medassist.bot.store.models import Message, MessageEmbedding
from medassist.errors import MedAssistError


def _embedded(store) -> set[int]:
    with store.reading() as s:
        return set(s.scalars(select(MessageEmbedding.message_id)))


def test_float16_bytes_round_trip():
    v = np.random.default_rng(0).normal(size=(3, 384)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    back = from_bytes([to_bytes(row) for row in v])
    assert back.shape == (3, 384) and len(to_bytes(v[0])) == 768
    assert np.allclose(back, v, atol=1e-3)


def test_reindex_embeds_only_user_questions_with_text_and_resumes(store):
    ids = seed(store)
    store.log_content = False  # a question stored without its text cannot be embedded
    with store.reading() as s:
        conv = s.scalar(select(Message.conversation_id).where(Message.id == ids["off_corpus"]))
    hidden = store.add_message(conv, "user", "not kept")
    store.log_content = True
    with store.reading() as s:
        users = set(s.scalars(select(Message.id).where(Message.role == "user", Message.content.is_not(None))))
    embedder, ref = WordsEmbedder(), reference()
    assert pending_count(store, embedder.name) == len(users)

    first = reindex(store, embedder, ref, batch=4, limit=6)
    assert (first.embedded, first.batches, first.remaining) == (6, 2, len(users) - 6)
    assert len(_embedded(store)) == 6  # committed per batch: an interrupted run keeps these
    rest = reindex(store, embedder, ref, batch=4)
    assert rest.embedded == len(users) - 6 and rest.remaining == 0
    assert _embedded(store) == users and hidden not in _embedded(store)
    assert reindex(store, embedder, ref).embedded == 0  # nothing is embedded twice

    with store.reading() as s:
        row = s.get(MessageEmbedding, ids["asthma"][0])
        off = s.get(MessageEmbedding, ids["off_corpus"])
    assert row.model == "test-words-v1" and row.reference_topic == "Asthma" and row.reference_score > 0.45
    assert off.reference_score < 0.45  # nothing in the corpus is near it


def test_another_model_replaces_old_vectors_and_forget_deletes_them(store):
    seed(store)
    reindex(store, WordsEmbedder(), None)

    class Other(WordsEmbedder):
        name = "other-model"

    n = len(_embedded(store))
    assert reindex(store, Other(), None).embedded == n
    with store.reading() as s:
        assert set(s.scalars(select(MessageEmbedding.model).distinct())) == {"other-model"}
    store.forget_user("discord", "s0")
    with store.reading() as s:
        orphans = s.scalar(select(func.count()).select_from(MessageEmbedding).where(
            MessageEmbedding.message_id.not_in(select(Message.id))))
    assert orphans == 0 and len(_embedded(store)) < n


def test_bad_batch_size(store):
    with pytest.raises(MedAssistError, match="batch"):
        reindex(store, WordsEmbedder(), None, batch=0)
