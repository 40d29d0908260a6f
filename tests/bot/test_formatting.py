"""Reply formatting: the disclaimer line, and splitting long answers for chat platforms."""

from __future__ import annotations

import pytest

from medassist.bot.formatting import (
    DISCLAIMER_LINE,
    TELEGRAM_LIMIT,
    split_message,
    split_sources,
    text_length,
    with_disclaimer,
    without_disclaimer,
)
from medassist.model.safety import DISCLAIMER

SOURCES = "**Sources**\n\n" + "\n".join(f"- [{i}] [Question {i}?](https://example.org/q/{i})" for i in range(1, 4))


def test_disclaimer_line_is_one_line_from_the_safety_layer():
    assert DISCLAIMER in DISCLAIMER_LINE and "\n" not in DISCLAIMER_LINE


def test_with_disclaimer_appends_once_and_round_trips():
    text = "Anemia is a lack of red blood cells. "
    out = with_disclaimer(text)
    assert out.endswith(DISCLAIMER_LINE) and out.count(DISCLAIMER_LINE) == 1
    assert with_disclaimer(out) == out
    assert without_disclaimer(out) == text  # kept byte for byte
    assert with_disclaimer("") == DISCLAIMER_LINE == with_disclaimer("  \n")


def test_short_text_is_one_part():
    assert split_message("Short answer.", TELEGRAM_LIMIT) == [with_disclaimer("Short answer.")]
    assert split_message(with_disclaimer("Short answer."), TELEGRAM_LIMIT) == [with_disclaimer("Short answer.")]
    assert split_message("", TELEGRAM_LIMIT) == [DISCLAIMER_LINE]


@pytest.mark.parametrize("limit", [TELEGRAM_LIMIT, 2000, 700])
def test_long_text_splits_at_boundaries_with_disclaimer_on_every_part(limit):
    url = "https://medlineplus.gov/" + "very-long-path-" * 20 + "end.html"
    paragraphs = [" ".join(f"Sentence {p}.{s} talks about anemia and iron{'.' if s % 3 else '!'}"
                           for s in range(40)) + f" See {url} for more." for p in range(6)]
    body = "\n\n".join(paragraphs) + "\n\n" + SOURCES
    parts = split_message(body, limit)
    assert len(parts) > 1
    for part in parts:
        assert text_length(part) <= limit
        assert part.endswith("\n\n" + DISCLAIMER_LINE) and part.count(DISCLAIMER_LINE) == 1
    bodies = [without_disclaimer(p) for p in parts]
    # nothing lost, nothing cut inside a word or URL: the words are exactly the original words
    assert " ".join(" ".join(bodies).split()) == " ".join(body.split())
    assert sum(b.count(url) for b in bodies) == 6
    assert any(SOURCES in b for b in bodies)  # the sources list stayed whole
    assert all(b.strip() == b and b for b in bodies)


def test_emoji_count_as_two_units():
    text = "🙂" * 3000  # 3000 code points, 6000 UTF-16 units, one unbreakable "word"
    parts = split_message(text, TELEGRAM_LIMIT)
    assert all(text_length(p) <= TELEGRAM_LIMIT for p in parts)
    assert "".join(without_disclaimer(p) for p in parts) == text


def test_without_disclaimer_option_and_bad_limit():
    parts = split_message("word " * 1000, 500, disclaimer=False)
    assert all(len(p) <= 500 and DISCLAIMER_LINE not in p for p in parts)
    with pytest.raises(ValueError):
        split_message("text", 100)


def test_split_sources():
    assert split_sources("Answer.\n\n" + SOURCES) == ("Answer.", SOURCES)
    assert split_sources("Answer only.") == ("Answer only.", "")
