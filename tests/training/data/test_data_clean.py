"""Cleaning: normalisation, drops counted by reason, length bounds, exact and normalised duplicates."""

from __future__ import annotations

from medassist.model.records import QARecord
from medassist.training.data.clean import CleanConfig, clean_records, normalise_key, normalise_text

ANSWER = "It is a long-term condition of the airways."


def words(s: str) -> int:  # a transparent token counter for exact bound checks
    return len(s.split())


def test_normalise_text_strips_html_and_whitespace():
    raw = "<p>Paget&apos;s   disease&nbsp;of\tbone</p>\r\n\n\n\n  <b>second</b>  line  "
    assert normalise_text(raw) == "Paget's disease of bone\n\nsecond line"


def test_normalise_text_keeps_single_newlines_and_non_tag_angles():
    assert normalise_text("a\n b \n\nc") == "a\nb\n\nc"
    assert normalise_text("blood pressure < 120 and > 80") == "blood pressure < 120 and > 80"


def test_normalise_key_ignores_case_punctuation_and_spacing():
    assert normalise_key("What is (are) Anemia?") == normalise_key("what is  are  ANEMIA")
    assert normalise_key("What is anemia?") != normalise_key("What is asthma?")


def test_drops_are_counted_by_reason():
    recs = [
        QARecord(None, ANSWER),                       # missing question
        QARecord("What is asthma?", None),            # missing answer
        QARecord(" \t\n", ANSWER),                    # whitespace-only question
        QARecord("What is asthma?", ""),              # empty answer
        QARecord("What is asthma?", "   "),           # whitespace-only answer
        QARecord("Why?", ANSWER),                     # question too short (< 5 chars)
        QARecord("What is asthma?", "Yes."),          # answer too short (< 3 tokens)
        QARecord("What is asthma?", ANSWER),          # kept
        QARecord("What is asthma?", ANSWER),          # exact duplicate
        QARecord("WHAT is  asthma", ANSWER.upper()),  # normalised duplicate
        QARecord("<i>What is gout?</i>", "<p>A form of arthritis &amp; pain.</p>"),  # kept, cleaned
    ]
    res = clean_records(recs, words, CleanConfig(min_answer_tokens=3))
    assert dict(res.dropped) == {"missing_question": 1, "missing_answer": 1, "empty_question": 1,
                                 "empty_answer": 2, "question_too_short": 1, "answer_too_short": 1,
                                 "duplicate_exact": 1, "duplicate_normalised": 1}
    assert [(r.question, r.answer) for r in res.records] == [
        ("What is asthma?", ANSWER), ("What is gout?", "A form of arthritis & pain.")]
    assert len(res.records) + sum(res.dropped.values()) == len(recs)


def test_html_only_answer_is_dropped_not_kept_empty():
    res = clean_records([QARecord("What is asthma?", "<p>&nbsp;</p>")], words)
    assert res.records == [] and dict(res.dropped) == {"answer_too_short": 1}


def test_token_length_bounds_are_inclusive():
    q, a = "What is asthma?", "one two three four"  # 3 + 4 = 7 tokens
    assert clean_records([QARecord(q, a)], words, CleanConfig(max_tokens=7)).records
    res = clean_records([QARecord(q, a)], words, CleanConfig(max_tokens=6))
    assert dict(res.dropped) == {"too_long": 1}
    assert clean_records([QARecord(q, a)], words, CleanConfig(min_answer_tokens=4)).records
    res = clean_records([QARecord(q, a)], words, CleanConfig(min_answer_tokens=5))
    assert dict(res.dropped) == {"answer_too_short": 1}


def test_same_question_with_different_answers_is_kept():
    recs = [QARecord("What is anemia?", "Too few red blood cells in the blood."),
            QARecord("what is ANEMIA", "A low level of hemoglobin in the blood.")]
    assert len(clean_records(recs, words).records) == 2  # the split groups them instead


def test_metadata_survives(count_tokens):
    rec = QARecord("What is asthma?", ANSWER, source="https://x", id="7", extra={"focus": "Asthma"})
    (out,) = clean_records([rec], count_tokens).records
    assert (out.source, out.id, out.extra) == ("https://x", "7", {"focus": "Asthma"})
