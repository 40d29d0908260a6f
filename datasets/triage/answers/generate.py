"""Raw answers of the shipped model (adapter + retrieval, default decoding, repetition guard) to the
questions in questions.txt, bypassing the input safety check so that questions it would stop still
show what the model says. Output: model_outputs.jsonl (question, group, answer). CPU, a few s each.

    python generate.py [LIMIT_S] [QUESTIONS OUTPUT]   # default: questions.txt -> model_outputs.jsonl
    python generate.py 900 fresh_questions.txt fresh_outputs.jsonl   # the fresh held-out answers"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from medassist.model.assistant import Assistant
from medassist.model.repetition import guard_text
from medassist.model.retrieval import format_context

HERE = Path(__file__).parent


def main(limit_s: float = 1800, questions: str = "questions.txt", output: str = "model_outputs.jsonl") -> None:
    out = HERE / output
    done = {json.loads(line)["question"] for line in out.open()} if out.exists() else set()
    a = Assistant.load()
    t_start = time.time()
    group = ""
    with out.open("a") as f:
        for line in (HERE / questions).read_text().splitlines():
            if line.startswith("#"):
                group = line[1:].strip()
                continue
            if not line.strip() or line in done:
                continue
            if time.time() - t_start > limit_s:
                break
            passages = a.retriever.search(line, k=a.top_k)
            gen = a.runtime.stream(line, [], format_context(passages) if passages else None)
            text = guard_text(gen.text(), truncated=gen.finish_reason == "length")
            f.write(json.dumps({"question": line, "group": group, "answer": text}) + "\n")
            f.flush()
            print(f"{time.time() - t_start:.0f}s {line[:50]}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 1800, *sys.argv[2:4])
