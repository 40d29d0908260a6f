"""Questions answered poorly by the faithfulness verdict stored with each answer (issue 24 item 2): an
answer the check abstained from, stored through the real conversation service, is listed by
`medassist admin unanswered` as abstained; a well-supported answer to a question just as far from
the corpus is not (without the stored verdict both would be "weak evidence", the similarity proxy)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re

import numpy as np
import pytest
from sqlalchemy import select

from medassist.bot.admin.insights_embeddings import AnswerCheck, Questions
from medassist.bot.admin.insights_unanswered import LOW_SIMILARITY, reasons_per_row
from medassist.bot.conversation import ConversationService, Who
from medassist.bot.store.models import Message, MessageEmbedding
from medassist.cli import main
from medassist.model.faithfulness import ABSTAIN_PREFIX, NOTHING_RELEVANT
from medassist.model.runtime import Generation

SHINGLES = ("What is shingles?", "You can't catch shingles from someone who has it. Shingles is caused by the "
            "chickenpox virus coming back years later. Shingles causes a painful rash on one side of the body.")
GOUT = ("Is gout contagious?", "Gout is not contagious. Gout is caused by uric acid crystals in joints.")
# What the (scripted) model writes for each question: unsupported openings, then a supported answer. (The first
# opening claims nothing the pages deny: since session 46 a denial quoted in place of an opening, "You can't catch
# shingles from someone who has it.", answers the question when it is this close to it, and nothing is abstained.)
SCRIPT = {
    "Can my kids catch shingles from their grandma?": [
        "Grandmothers knit warm scarves every winter. ", "Bananas grow quickly in tropical plantations. "],
    "My uncle has gout. Could my family catch gout from him?": ["Gout is not contagious [1]."],
}
ABSTAINED_Q, SUPPORTED_Q = SCRIPT


class BagOfWords:
    """Hashed bag of words (as tests/model/test_faithfulness.py): shared words, similar vectors."""

    name = "test-bow-256"

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for row, t in enumerate(texts):
            for word in re.findall(r"[a-z]+", t.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 256] += 1.0
        return out


@pytest.fixture
def answered(store, runtime, tmp_path, monkeypatch):
    """Two people's questions answered through the conversation service and its faithfulness check,
    then indexed for the insights with the same embedder and corpus."""
    from medassist.bot.admin.insights_embeddings import Reference, reindex
    from medassist.model.assistant import Assistant
    from medassist.model.records import QARecord
    from medassist.model.retrieval import Retriever

    embedder = BagOfWords()
    records = [QARecord(*SHINGLES, "https://nia.nih.gov/shingles", "s", {"focus": "Shingles"}),
               QARecord(*GOUT, "https://niams.nih.gov/gout", "g", {"focus": "Gout"})]
    retriever = Retriever.from_records(records, cache_dir=tmp_path / "index", embedder=embedder)
    assistant = Assistant(runtime, retriever, top_k=1)

    def scripted(question, history=(), context=None, settings=None, **kwargs):
        return Generation(prompt_tokens=5, dropped_turns=0, max_new_tokens=64, _pieces=iter(SCRIPT[question]))

    monkeypatch.setattr(assistant.runtime, "stream", scripted)
    service = ConversationService(assistant, store)
    finals = {}
    for who, question in ((Who("telegram", "1", chat_id="1"), ABSTAINED_Q), (Who("telegram", "2", chat_id="2"),
                                                                            SUPPORTED_Q)):
        async def run(who=who, question=question):
            return [r async for r in service.reply(who, question, notice=False)]
        finals[question] = asyncio.run(run())[-1].final_text
    reindex(store, embedder, Reference(retriever))
    return finals


def test_an_abstained_answer_is_listed_and_a_supported_one_is_not(answered, store, tmp_path, capsys):
    finals = answered
    assert finals[ABSTAINED_Q].startswith((ABSTAIN_PREFIX, NOTHING_RELEVANT))  # what the person was shown
    assert "Bananas" not in finals[ABSTAINED_Q]
    assert "Gout is not contagious [1]." in finals[SUPPORTED_Q]
    with store.reading() as s:
        verdicts = s.execute(select(Message.faith_supported, Message.faith_unsupported, Message.faith_abstained)
                             .where(Message.role == "assistant").order_by(Message.id)).all()
    assert [tuple(v) for v in verdicts] == [(0, 2, True), (1, 0, False)]
    # Both questions are far from their nearest passage: the proxy alone would list both as weak evidence.
    with store.reading() as s:
        scores = s.scalars(select(MessageEmbedding.reference_score)).all()
    assert len(scores) == 2 and all(score < LOW_SIMILARITY for score in scores)

    code = main(["admin", "unanswered", "--database", f"sqlite:///{tmp_path / 'store.db'}", "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0
    groups = json.loads(out)["unanswered"]
    assert sum(g["questions"] for g in groups) == 1  # the gout answer, supported, is not listed
    assert [(g["abstained"], g["low_support"], g["weak_evidence"], g["refused"]) for g in groups] == [(1, 0, 0, 0)]
    assert "grandma" not in out and all(g["examples"] == [] for g in groups)  # one person asked: never quoted

    code = main(["admin", "unanswered", "--database", f"sqlite:///{tmp_path / 'store.db'}"])
    table = capsys.readouterr().out
    assert code == 0 and table.splitlines()[0].split()[:6] == [
        "topic", "questions", "people", "refused", "abstained", "low_support"]

    code = main(["admin", "weekly-summary", "--database", f"sqlite:///{tmp_path / 'store.db'}"])
    summary = capsys.readouterr().out
    assert code == 0 and "Answered poorly: 1 questions (refused 0, abstained 1, low support 0," in summary
    assert "grandma" not in summary


def _questions(answers: list[AnswerCheck | None], scores: list[float]) -> Questions:
    n = len(answers)
    vectors = np.eye(n, dtype=np.float32)  # unrelated questions: no rephrasing
    return Questions(message_ids=np.arange(n), user_ids=np.arange(n), conversation_ids=np.arange(n),
                     times=np.zeros(n), vectors=vectors, reference_topics=[None] * n,
                     reference_scores=np.array(scores), verdicts=["ok"] * n, answers=answers)


def test_the_stored_verdict_decides_and_the_proxy_only_fills_in():
    far, near = LOW_SIMILARITY - 0.2, LOW_SIMILARITY + 0.2
    qs = _questions([AnswerCheck(1, 2, False),   # a third supported: low support, though near the corpus
                     AnswerCheck(1, 1, False),   # half supported: not flagged, though far from it
                     AnswerCheck(0, 0, False),   # only advice judged: no verdict on support, proxy
                     None,                       # stored before revision 0008: proxy
                     AnswerCheck(0, 0, True)],   # withheld
                    [near, far, far, far, near])
    assert reasons_per_row(qs) == {0: ["low_support"], 2: ["weak_evidence"], 3: ["weak_evidence"],
                                   4: ["abstained"]}


def test_the_insights_page_shows_the_abstention(answered, store, assistant, settings):
    from desk_seed import ADMIN, PASSWORD
    from fastapi.testclient import TestClient

    from medassist.bot.admin import accounts
    from medassist.bot.web.server import build_app

    accounts.set_password(store, ADMIN, PASSWORD)
    with TestClient(build_app(assistant, defaults=settings, ui=False, store=store)) as c:
        html = c.get("/admin/insights", auth=(ADMIN, PASSWORD)).text
    table = html.split('id="unanswered"')[1].split("</table>")[0]
    assert "<th>Abstained</th><th>Low support</th><th>Weak evidence</th>" in table
    rows = re.findall(r"<tr><td>[^<]*</td>((?:<td>\d+</td>)+)", table)
    # questions, people, refused, abstained, low support, weak evidence, rephrased
    assert [re.findall(r"\d+", r) for r in rows] == [["1", "1", "0", "1", "0", "0", "0"]]
    assert "grandma" not in html
