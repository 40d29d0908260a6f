"""Evidence-sentence training examples, the RAFT recipe (Zhang et al., 2024, "RAFT: Adapting Language
Model to Domain Specific RAG"): the prompt shows numbered evidence sentences laid out exactly as
served (`model/retrieval/evidence.py`); in a share of the examples (`oracle_share`) some of them are
sentences of the example's own answer (the "oracle"), the rest sentences chosen from neighbouring
pages (distractors); in the others only distractors. The target answer cites the evidence it
repeats ("... uric acid crystals [2].").

Why: stage 2 trained on three whole passages; serving now shows four evidence sentences, and the
faithfulness check drops answer sentences the evidence does not support. A model that has learnt to
take the right sentence out of a numbered list, and to say which, writes answers the check keeps;
examples without the oracle teach it that the evidence may not hold the answer (then it answers
from what it knows, which the check then judges).

Distractors never include the record's own answer nor any record with the same question (as in
`data.retrieval_contexts`): only the oracle lines, put there on purpose, come from the record.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from medassist.model.records import QARecord
from medassist.model.repetition import sentence_ends
from medassist.model.retrieval.evidence import (
    Evidence,
    EvidenceSentence,
    SentenceVectors,
    evidence_text,
    format_evidence,
    mmr,
    select_evidence,
    split_sentences,
)
from medassist.model.retrieval.passage import Passage
from medassist.training.finetune.data import same_record

N_ORACLE = 2  # own-answer sentences shown when the oracle is in (its most relevant ones)


def cite(answer: str, numbered: dict[str, int]) -> str:
    """`answer` with " [k]" before the end punctuation of each sentence that is evidence line k
    (`numbered`: sentence text as the evidence shows it -> its number)."""
    out, start = [], 0
    for end in sentence_ends(answer) or [len(answer)]:
        piece = answer[start:end]
        k = numbered.get(evidence_text(piece))
        if k is not None:
            body = piece.rstrip()
            tail = piece[len(body):]
            cut = len(body)
            while cut and body[cut - 1] in ".!?\"'":  # not ")": "(alopecia) [4]."
                cut -= 1
            piece = f"{body[:cut]} [{k}]{body[cut:]}{tail}"
        out.append(piece)
        start = end
    out.append(answer[start:])
    return "".join(out)


def raft_examples(retriever, records: Sequence[QARecord], *, k: int, n: int, oracle_share: float,
                  seed: int) -> tuple[list[QARecord], list[str]]:
    """Each record with its prompt context (numbered evidence) and its target answer, citing the
    oracle lines it repeats. Deterministic for a seed (the split, not the run, decides each draw)."""
    vectors = SentenceVectors(retriever.embedder, size=65536)
    rng = random.Random(seed)
    out_records, contexts = [], []
    for r in records:
        passages = list(retriever.search(r.question, k=k, exclude=same_record(r)))
        with_oracle = rng.random() < oracle_share
        oracle_lines = split_sentences(r.answer) if with_oracle else []
        n_oracle = min(N_ORACLE, len(oracle_lines))
        distractors = select_evidence(r.question, passages, vectors, n=n - n_oracle)
        lines = list(distractors.sentences)
        if n_oracle:
            q = vectors.query(r.question)
            picked = mmr(q, vectors.encode(oracle_lines), n_oracle)
            own_page = Passage(question=r.question, answer=r.answer, source=r.source, id=r.id, score=1.0)
            passages = [*passages, own_page]
            for i in picked:
                lines.insert(rng.randrange(len(lines) + 1), EvidenceSentence(oracle_lines[i], len(passages) - 1, 1.0))
        evidence = Evidence(passages, lines)
        numbered = {s.text: i for i, s in enumerate(lines, 1) if s.passage == len(passages) - 1 and n_oracle}
        contexts.append(format_evidence(evidence))
        out_records.append(replace(r, answer=cite(r.answer, numbered)) if numbered else r)
    return out_records, contexts
