import io

from medassist.bot.terminal import chat_loop
from medassist.model.safety import DISCLAIMER, check_input

EMERGENCY = "I have crushing chest pain and I can't breathe right now"


def run(assistant, settings, lines: list[str]) -> str:
    out = io.StringIO()
    assert chat_loop(assistant, settings, stdin=io.StringIO("".join(line + "\n" for line in lines)), stdout=out) == 0
    return out.getvalue()


def test_terminal_streams_answers_with_sources_and_handles_commands(assistant, settings, retriever):
    q1, q2 = "What is anemia?", "How is it treated?"
    first = assistant.answer(q1, [], settings)
    a1 = first.text(with_sources=False)
    a2_with_history = assistant.answer(q2, [{"role": "user", "content": q1}, {"role": "assistant", "content": a1}],
                                       settings).text(with_sources=False)
    a2_fresh = assistant.answer(q2, [], settings).text(with_sources=False)
    assert a2_with_history != a2_fresh

    out = run(assistant, settings, [q1, q2, "/reset", q2, EMERGENCY, "   ", "/quit", "never read"])
    assert out.startswith(DISCLAIMER)
    assert f"medassist> {a1}\n" in out and first.sources in out
    assert f"medassist> {a2_with_history}\n" in out  # the conversation carried over
    assert "(conversation cleared)" in out
    assert out.index("(conversation cleared)") < out.index(f"medassist> {a2_fresh}\n")  # and was reset
    assert check_input(EMERGENCY).message in out
    assert check_input("   ").message in out
    assert "never read" not in retriever.queries


def test_terminal_ends_on_eof(assistant, settings):
    assert "you> " in run(assistant, settings, [])
