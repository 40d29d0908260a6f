import io

from medassist.bot.conversation import RESET_DONE
from medassist.bot.formatting import DISCLAIMER_LINE
from medassist.bot.history import DATA_NOTICE
from medassist.bot.terminal import chat_loop
from medassist.model.safety import DISCLAIMER, check_input

EMERGENCY = "I have crushing chest pain and I can't breathe right now"


def run(assistant, settings, lines: list[str], store=None) -> str:
    out = io.StringIO()
    assert chat_loop(assistant, settings, stdin=io.StringIO("".join(line + "\n" for line in lines)), stdout=out,
                     store=store) == 0
    return out.getvalue()


def test_terminal_streams_answers_with_sources_and_handles_commands(assistant, settings, retriever, store):
    q1, q2 = "What is anemia?", "How is it treated?"
    first = assistant.answer(q1, [], settings)
    a1 = first.text(with_sources=False)
    a2_with_history = assistant.answer(q2, [{"role": "user", "content": q1}, {"role": "assistant", "content": a1}],
                                       settings).text(with_sources=False)
    a2_fresh = assistant.answer(q2, [], settings).text(with_sources=False)
    assert a2_with_history != a2_fresh

    out = run(assistant, settings, [q1, q2, "/reset", q2, EMERGENCY, "   ", "/quit", "never read"], store)
    assert out.startswith(DISCLAIMER)
    assert f"medassist> {DATA_NOTICE}\n\n{a1}\n" in out and first.sources in out  # first contact: the notice
    assert f"medassist> {a2_with_history}\n" in out  # the conversation carried over
    assert RESET_DONE in out
    assert out.index(RESET_DONE) < out.index(f"medassist> {a2_fresh}\n")  # and was reset
    replies = [block.split("\n\nyou> ")[0].rstrip("\n") for block in out.split("medassist> ")[1:]]
    assert len(replies) == 5 and all(r.endswith(DISCLAIMER_LINE) for r in replies)  # every reply
    assert f"{RESET_DONE}\n\n{DISCLAIMER_LINE}" in out  # the /reset confirmation too
    assert check_input(EMERGENCY).message in out
    assert check_input("   ").message in out
    assert "never read" not in retriever.queries


def test_terminal_ends_on_eof(assistant, settings):
    assert "you> " in run(assistant, settings, [])


def test_terminal_export_and_forget(assistant, settings, store):
    import json

    out = run(assistant, settings, ["What is anemia?", "/export", "/forget", "/export"], store)
    exports = [json.loads(block) for block in _json_blocks(out)]
    assert [len(e["conversations"]) for e in exports] == [1, 0]
    assert exports[0]["conversations"][0]["messages"][0]["content"] == "What is anemia?"
    assert "Deleted" in out and store.stats()["messages"] == 0


def _json_blocks(out: str) -> list[str]:
    """The JSON documents /export printed (each starts with '{' on its own line)."""
    blocks, current = [], None
    for line in out.splitlines():
        if line.startswith("you> {") or line == "{":
            current = ["{"]
        elif current is not None:
            current.append(line)
            if line == "}":
                blocks.append("\n".join(current))
                current = None
    return blocks
