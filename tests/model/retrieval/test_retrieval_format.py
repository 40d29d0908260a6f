"""How passages reach the prompt (numbered context) and the reader (numbered source links)."""

from __future__ import annotations

from medassist.model.retrieval import Passage, format_context, format_sources


def passage(i: int, answer: str = "Short answer.", source: str | None = None, question: str | None = None) -> Passage:
    return Passage(question or f"What is topic {i}?", answer, source or f"https://example.nih.gov/t{i}", f"id{i}", 0.5)


def test_context_numbers_passages_and_truncates_long_answers():
    long = "word " * 400
    text = format_context([passage(1), passage(2, answer=long)])
    lines = text.splitlines()
    assert lines[0] == "[1] What is topic 1? — Short answer."
    assert lines[1].startswith("[2] What is topic 2? — word word")
    assert lines[1].endswith("…") and len(lines[1]) < 700
    assert format_context([passage(1, answer="a\n\nb   c")]) == "[1] What is topic 1? — a b c"
    assert format_context([]) == ""


def test_sources_are_numbered_markdown_links_in_context_order():
    text = format_sources([passage(1), passage(2)])
    assert "- [1] [What is topic 1?](https://example.nih.gov/t1)" in text
    assert "- [2] [What is topic 2?](https://example.nih.gov/t2)" in text
    assert text.index("[1]") < text.index("[2]")
    assert format_sources([]) == ""


def test_sources_escape_markdown_and_show_non_urls_as_text():
    text = format_sources([passage(1, question="What is [X] syndrome?", source="https://x.org/a (b)"),
                           passage(2, source="medical_meadow_wikidoc")])
    assert "[What is \\[X\\] syndrome?](https://x.org/a%20%28b%29)" in text
    assert "- [2] What is topic 2? (medical_meadow_wikidoc)" in text
    assert "](medical" not in text
