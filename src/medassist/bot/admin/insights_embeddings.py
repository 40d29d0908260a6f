"""Embeddings of the stored questions for the insights page, computed once and kept.

`reindex` embeds every stored user message that has no vector yet, in batches of a few hundred,
committing each batch: interrupted, it goes on where it stopped. Each vector is kept as float16
bytes (768 bytes for MiniLM's 384 dimensions; unit length, so a dot product is the cosine), with
the nearest MedQuAD passage's focus and similarity: what names a topic, and the retrieval
similarity the "answered poorly" list falls back on for answers without a faithfulness verdict.

The page never embeds: loading MiniLM in the web process would cost seconds on the first view and
memory for good. New messages wait for the next `medassist admin reindex` (run it from cron, e.g.
hourly); the page says how many questions of the period are not indexed yet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.orm import aliased

from medassist.bot.admin.insights_period import Period
from medassist.bot.store import Store
from medassist.bot.store.models import Message, MessageEmbedding
from medassist.errors import MedAssistError

log = logging.getLogger(__name__)

EPOCH = datetime(1970, 1, 1)  # the store's times are naive UTC

BATCH = 256
DTYPE = np.float16


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=DTYPE).tobytes()


def from_bytes(rows: Sequence[bytes]) -> np.ndarray:
    """Stacked float32 rows (an empty (0, 0) array for no rows)."""
    if not rows:
        return np.zeros((0, 0), dtype=np.float32)
    return np.frombuffer(b"".join(rows), dtype=DTYPE).reshape(len(rows), -1).astype(np.float32)


def model_name(embedder) -> str:
    from medassist.model.retrieval.embedder import embedder_name

    return embedder_name(embedder)


class Reference:
    """The nearest passage of a reference corpus (MedQuAD) for each vector: its focus and score."""

    def __init__(self, retriever):
        self.retriever = retriever

    @classmethod
    def medquad(cls, embedder, cache_dir=None) -> Reference:
        """The corpus retrieval grounds answers in, with its shipped vectors (no re-embedding when
        `embedder` is the shipped MiniLM)."""
        from medassist import paths
        from medassist.io import read_jsonl
        from medassist.model.records import QARecord
        from medassist.model.retrieval.index import Retriever

        records = [QARecord.from_dict(d) for d in read_jsonl(paths.MEDQUAD_CORPUS)]
        return cls(Retriever.from_records(records, cache_dir=cache_dir, embedder=embedder))

    def nearest(self, vectors: np.ndarray) -> list[tuple[str, float]]:
        if len(vectors) == 0:
            return []
        scores, ids = self.retriever.index.search(np.ascontiguousarray(vectors, dtype=np.float32), 1)
        out = []
        for score, i in zip(scores[:, 0], ids[:, 0], strict=True):
            r = self.retriever.records[int(i)]
            out.append(((r.extra or {}).get("focus") or r.question.strip(), round(float(score), 4)))
        return out


@dataclass
class ReindexResult:
    embedded: int
    remaining: int
    batches: int


def _pending(model: str):
    """User messages with stored text and no vector from this model."""
    done = select(MessageEmbedding.message_id).where(MessageEmbedding.model == model)
    return (select(Message.id, Message.content)
            .where(Message.role == "user", Message.content.is_not(None), Message.id.not_in(done)))


def pending_count(store: Store, model: str, period: Period | None = None) -> int:
    q = _pending(model).with_only_columns(func.count(Message.id))
    if period is not None:
        q = period.messages(q)
    with store.reading() as s:
        return int(s.scalar(q) or 0)


def reindex(store: Store, embedder, reference: Reference | None, *, batch: int = BATCH,
            limit: int | None = None, progress: Callable[[int, int], None] | None = None) -> ReindexResult:
    """Embed up to `limit` not-yet-embedded user messages (all when None), oldest first; one
    transaction per batch. Vectors of another model are replaced (they cannot be compared)."""
    if batch < 1:
        raise MedAssistError("the batch size must be at least 1")
    model = model_name(embedder)
    with store.writing() as s:
        stale = s.execute(delete(MessageEmbedding).where(MessageEmbedding.model != model)).rowcount
    if stale:
        log.info("dropped %d vectors of another embedding model", stale)
    total = pending_count(store, model)
    todo = total if limit is None else min(total, limit)
    done = batches = 0
    while done < todo:
        with store.reading() as s:
            rows = s.execute(_pending(model).order_by(Message.id).limit(min(batch, todo - done))).all()
        if not rows:
            break
        vectors = np.asarray(embedder.encode([" ".join(text.split()) for _, text in rows]), dtype=np.float32)
        if vectors.ndim != 2 or len(vectors) != len(rows):
            raise MedAssistError(f"the embedder returned shape {vectors.shape} for {len(rows)} texts")
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        near = reference.nearest(vectors) if reference is not None else [(None, None)] * len(rows)
        now = store.clock()
        with store.writing() as s:
            # merge, not add: a message embedded meanwhile by a second reindex is overwritten, not a crash
            for (mid, _), v, (topic, score) in zip(rows, vectors, near, strict=True):
                s.merge(MessageEmbedding(message_id=mid, model=model, vector=to_bytes(v),
                                         reference_topic=topic[:256] if topic else None,
                                         reference_score=score, created_at=now))
        done += len(rows)
        batches += 1
        if progress is not None:
            progress(done, todo)
    return ReindexResult(embedded=done, remaining=total - done, batches=batches)


@dataclass(frozen=True)
class AnswerCheck:
    """The faithfulness verdict stored with a question's answer (counts only; see models.Message)."""

    supported: int
    unsupported: int
    abstained: bool

    @property
    def supported_share(self) -> float | None:
        """Supported sentences among those the check judged (advice is not judged); None if none."""
        judged = self.supported + self.unsupported
        return self.supported / judged if judged else None


@dataclass
class Questions:
    """The embedded questions of a period, as parallel arrays (row i is one message)."""

    message_ids: np.ndarray
    user_ids: np.ndarray
    conversation_ids: np.ndarray
    times: np.ndarray  # seconds since the epoch (float), for "within a few minutes"
    vectors: np.ndarray
    reference_topics: list[str | None]
    reference_scores: np.ndarray  # NaN where unknown
    verdicts: list[str | None]
    # The verdict on each question's answer (the next message of its conversation); None where the
    # answer carries none (no check ran, stored before revision 0008, or no answer stored).
    answers: list[AnswerCheck | None] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.message_ids)


def load_questions(store: Store, period: Period, model: str | None = None) -> Questions:
    """The period's embedded user questions (of `model`; None: whichever model the table holds), with
    the faithfulness verdict of each one's answer: the conversation's next message when it is the
    assistant's (one person's turns never overlap in a conversation, so that is this question's reply)."""
    answer = aliased(Message)
    next_id = (select(func.min(answer.id)).where(answer.conversation_id == Message.conversation_id,
                                                  answer.id > Message.id)
               .correlate(Message).scalar_subquery())
    reply = aliased(Message)
    q = period.messages(
        select(Message.id, Message.user_id, Message.conversation_id, Message.created_at, MessageEmbedding.vector,
               MessageEmbedding.reference_topic, MessageEmbedding.reference_score, Message.verdict,
               reply.faith_supported, reply.faith_unsupported, reply.faith_abstained)
        .join(MessageEmbedding, MessageEmbedding.message_id == Message.id)
        .outerjoin(reply, (reply.id == next_id) & (reply.role == "assistant"))
        .where(Message.role == "user")).order_by(Message.id)
    if model is not None:
        q = q.where(MessageEmbedding.model == model)
    with store.reading() as s:
        rows = s.execute(q).all()
    return Questions(
        message_ids=np.array([r[0] for r in rows], dtype=np.int64),
        user_ids=np.array([r[1] for r in rows], dtype=np.int64),
        conversation_ids=np.array([r[2] for r in rows], dtype=np.int64),
        times=np.array([(r[3] - EPOCH).total_seconds() for r in rows], dtype=np.float64),
        vectors=from_bytes([r[4] for r in rows]),
        reference_topics=[r[5] for r in rows],
        reference_scores=np.array([np.nan if r[6] is None else r[6] for r in rows], dtype=np.float64),
        verdicts=[r[7] for r in rows],
        answers=[None if r[8] is None else AnswerCheck(int(r[8]), int(r[9] or 0), bool(r[10])) for r in rows])
