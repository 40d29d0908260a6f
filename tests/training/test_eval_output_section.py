"""results.md keeps one output-check section however often it is re-measured."""

from __future__ import annotations

from medassist.training.safety.eval_output import SECTION, without_section


def test_the_output_section_is_replaced_not_repeated():
    md = f"# Results\n\n## Single messages\nA\n\n{SECTION} old\nB\n\n## Languages\nC\n"
    assert without_section(md, SECTION) == "# Results\n\n## Single messages\nA\n\n## Languages\nC\n"
    assert without_section(f"{SECTION} old\nB\n", SECTION) == ""
    assert without_section("# Results\n", SECTION) == "# Results\n"
    twice = without_section(without_section(md, SECTION) + f"\n{SECTION} new\nD\n", SECTION)
    assert SECTION not in twice
