"""RAFT examples: numbered evidence as served, the record's own sentences only as the oracle, cited."""

from __future__ import annotations

import pytest

from medassist.errors import MedAssistError
from medassist.model.records import QARecord
from medassist.model.retrieval import Retriever
from medassist.training.finetune.raft import cite, raft_examples
from tests.support import HashingEmbedder

GLAUCOMA = ("Glaucoma damages the optic nerve of the eye. It often runs in families. "
            "Eye drops lower the pressure in the eye.")


def _records() -> list[QARecord]:
    rows = [
        ("What is glaucoma?", GLAUCOMA),
        ("What is glaucoma ?", "Glaucoma is a group of eye diseases that a second page describes."),
        ("What are the symptoms of glaucoma?", "Glaucoma often has no symptoms until vision is lost."),
        ("How is glaucoma treated?", "Eye drops and laser surgery lower the pressure in the eye today."),
        ("What is anemia?", "Anemia means too few healthy red blood cells in the blood."),
    ]
    return [QARecord(q, a, "https://example.org", f"r{i}") for i, (q, a) in enumerate(rows)]


def test_cite_marks_the_sentences_the_evidence_shows_before_their_full_stop():
    answer = "Gout is caused by uric acid crystals (urate).\n- Red meat raises it. Rest helps!"
    cited = cite(answer, {"Gout is caused by uric acid crystals (urate).": 2, "Rest helps!": 4})
    assert cited == "Gout is caused by uric acid crystals (urate) [2].\n- Red meat raises it. Rest helps [4]!"
    assert cite(answer, {}) == answer


def test_with_the_oracle_the_target_cites_its_own_sentences_shown_in_the_evidence(tmp_path):
    records = _records()
    retriever = Retriever.from_records(records, cache_dir=tmp_path, embedder=HashingEmbedder())
    (target,), (context,) = raft_examples(retriever, records[:1], k=3, n=4, oracle_share=1.0, seed=0)
    lines = context.splitlines()
    assert len(lines) == 4 and [line.split("]")[0] for line in lines] == ["[1", "[2", "[3", "[4"]
    own = [i for i, line in enumerate(lines, 1) if line.split(" — ", 1)[1] in GLAUCOMA]
    assert len(own) == 2  # N_ORACLE of the record's own sentences
    for k in own:
        sentence = lines[k - 1].split(" — ", 1)[1]
        assert f"{sentence[:-1]} [{k}]." in target.answer
    assert "a second page" not in context  # the same question from another source is never a distractor


def test_without_the_oracle_no_own_sentence_is_shown_and_nothing_is_cited(tmp_path):
    records = _records()
    retriever = Retriever.from_records(records, cache_dir=tmp_path, embedder=HashingEmbedder())
    (target,), (context,) = raft_examples(retriever, records[:1], k=3, n=4, oracle_share=0.0, seed=0)
    assert target.answer == GLAUCOMA
    assert not any(s in context for s in ("optic nerve", "runs in families", "a second page"))
    assert "no symptoms until vision is lost" in context  # a neighbour's sentence


def test_oracle_share_draws_are_seeded(tmp_path):
    records = _records() * 8
    retriever = Retriever.from_records(_records(), cache_dir=tmp_path, embedder=HashingEmbedder())
    run = lambda seed: raft_examples(retriever, records, k=3, n=4, oracle_share=0.5, seed=seed)  # noqa: E731
    first = run(1)
    assert run(1) == first
    with_oracle = sum("[" in r.answer for r in first[0])
    assert 0 < with_oracle < len(records)


def test_evidence_needs_passages_and_a_share_in_range(make_config, tmp_path):
    with pytest.raises(MedAssistError, match="data.evidence"):
        make_config(tmp_path, tmp_path, tmp_path, data={"evidence": 4})
    with pytest.raises(MedAssistError, match="data.oracle_share"):
        make_config(tmp_path, tmp_path, tmp_path, data={"evidence": 4, "retrieval_k": 3, "oracle_share": 1.5})
