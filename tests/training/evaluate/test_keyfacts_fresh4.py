"""The fifth key-facts round (datasets/keyfacts/fresh4.jsonl, `--split fresh4`): its shape, that it shares no
question with the earlier splits, that it is what its source says, that each question's page sentence is quoted
word for word from the shipped MedQuAD page it names, and that every pattern separates that page sentence (the
right answer) from a wrong one asserting the myth."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re

import pytest

from medassist import paths
from medassist.cli import main
from medassist.training.evaluate.keyfacts import (
    _NEGATION,
    KEYFACTS_DIR,
    asserts_misconception,
    load_keyfacts,
    states_fact,
)

EARLIER = ("validation", "test", "fresh", "fresh2", "fresh3")

# Opening words of each question -> a wrong answer asserting its myth (the right answer is the page sentence that
# fresh4_source.txt quotes above the question).
WRONG = {
    "my mum reckons coffee": "Your mum is right, coffee is basically poison and one cup a day will wreck your heart.",
    "my mate fainted": "Yes, sit her up and get her up straight away so she comes round.",
    "is vertigo just another word": "Yes, vertigo is just another word for being scared of heights.",
    "can kids actually get arthritis": "Arthritis only happens to old people, so kids are safe.",
    "do teenage boys really need": "His testicles are well protected already, so he's fine without one.",
    "is all stress bad": "Yes, all stress is bad for you, so get rid of it completely.",
    "the gp says my 9 yr olds": "If the tests were clear she's just making it up; it's all in her head.",
    "we brought bedbugs home": "Yes, bedbugs spread diseases, they can give you infections.",
    "got heel pain": "Your mate is right, you'll need surgery to take the spur out.",
    "my nan says a fever": "Your nan is right, a fever is an illness, so always bring it down.",
    "got a massive bruise": "Yes, put heat on it, heat will help it fade faster.",
    "my leg has gone red hot": "Cellulitis usually goes away on its own in a few days.",
    "my legs cramp every night": "Your coach is right, cramps are only caused by a lack of bananas, so eat more bananas.",
    "got tennis elbow": "You only get it from playing tennis, so it must be something else.",
    "is the stomach flu": "Yes, the stomach flu is just a type of flu, so get the flu jab.",
    "getting a vasectomy": "Your mate is right, a vasectomy also protects you against STDs.",
    "is infertility always": "Yes, it's always the woman's problem.",
    "had my baby 3 weeks ago": "It's just the baby blues, it will pass by itself.",
    "is winter depression": "It's just being grumpy because it's dark; it's made up.",
    "got a 14 hour flight": "Your bf is right, clots from flights are a myth.",
    "herbal pills are natural": "Yes, herbal pills are always safe, natural means safe.",
    "my mate says youd always hear": "Yes, drowning people always shout and splash, so you'd hear them.",
    "im 70, am i too old": "Sadly at 70 you're too old to be a donor.",
    "gp wants a biopsy": "Yes, a biopsy is only done when they think it's cancer.",
    "my mum is 50": "She only needs a mammogram if she finds a lump.",
    "my heart skips a beat": "Yes, it means a heart attack is coming.",
    "my son is the shortest": "Yes, something's wrong; he has got a growth disorder.",
    "are birthmarks caused": "Yes, birthmarks come from the mother's cravings in pregnancy.",
    "my bf says pms": "He's right, PMS is made up and all in your head.",
    "theres black mould": "Your landlord is right, mould is completely harmless.",
    "hurt my knee at footy": "Your coach is right, just play through the pain.",
    "my mil says formula": "Your mil is right, formula is exactly the same.",
    "lost my sense of smell": "Yes, it always means a brain tumour.",
    "my sons allergic to peanuts": "A tiny bit is fine, it will build him up.",
    "can you really be allergic to latex": "Latex allergy is made up.",
    "do tight shoes really": "That's just a myth, tight shoes are fine for your feet.",
    "can men get urinary incontinence": "It's just a woman thing; only women get it.",
    "whats the right thing to do if my toddler": "Your mum is right, stick your finger down their throat to hook it out.",
    "do i need training to do cpr": "Only trained people should do it, so just wait for the ambulance.",
    "got bitten by loads of mozzies": "Yes, every insect bite is dangerous.",
    "my nan had rheumatic fever": "It was just a bad cold, caused by the common cold virus.",
    "i feel tired all the time": "Your mum is right, just sleep more and it will sort itself out; fatigue is just being lazy.",
    "my doc put me on steroid tablets": "Yes, they are the same as the ones bodybuilders use.",
    "do u only need sunglasses": "You only need them in summer.",
    "are wrinkles just from getting old": "Wrinkles are just from getting old, and sunbeds are fine.",
    "my neck has been stiff": "Your mate is right, you'll need an operation.",
    "my mum says my 14 month old": "Your mum is right, he should already be potty trained.",
    "my jaw clicks": "TMJ always needs surgery.",
    "got kidney stones": "Yes, drink less water so you make fewer stones.",
    "i keep getting headaches": "Your mate is right, every headache means a brain tumour.",
}


def _builder():
    spec = importlib.util.spec_from_file_location("build_fresh", KEYFACTS_DIR / "build_fresh.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _quoted_pages() -> dict[str, tuple[str, str]]:
    """Question -> (MedQuAD page focus, its sentence stating the fact), from the comment lines above each question."""
    out, page, sentence = {}, None, None
    for line in (KEYFACTS_DIR / "fresh4_source.txt").read_text().splitlines():
        if line.startswith("# page: "):
            page = line.removeprefix("# page: ").strip()
        elif line.startswith("# sentence: "):
            sentence = line.removeprefix("# sentence: ").strip()
        elif line.strip() and not line.startswith("#"):
            out[line.split(" | ")[0].strip()] = (page, sentence)
            page = sentence = None
    return out


def _wrong(question: str) -> str:
    (key,) = [k for k in WRONG if question.startswith(k)]
    return WRONG[key]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_fifth_round_has_its_shape_and_repeats_no_earlier_question():
    rows = load_keyfacts("fresh4")
    assert len(rows) == 50
    assert [r["id"] for r in rows] == [f"kf5-{i:03d}" for i in range(1, len(rows) + 1)]
    earlier = {r["question"] for split in EARLIER for r in load_keyfacts(split)}
    questions = [r["question"] for r in rows]
    assert len(set(questions)) == len(questions) and not set(questions) & earlier
    for row in rows:
        assert (
            set(row) == {"id", "question", "key_fact", "misconception", "split"} and row["split"] == "fresh4"
        )
        assert (
            row["key_fact"]
            and row["misconception"]
            and all(re.compile(p) for p in row["key_fact"] + row["misconception"])
        )
        # a sentence holding a negation never asserts a misconception, so such a pattern could never fire
        assert not any(_NEGATION.search(p) for p in row["misconception"]), row["id"]


def test_the_fifth_round_is_its_source_in_order_and_builds_after_all_earlier_rounds():
    build = _builder()
    assert build.ROUNDS["fresh4"] == ("fresh4_source.txt", "kf5", EARLIER)
    source = build.parse((KEYFACTS_DIR / "fresh4_source.txt").read_text())
    # every written question passed the retrieval rule (none dropped by it), so the file is the source
    assert [
        {k: r[k] for k in ("question", "key_fact", "misconception")} for r in load_keyfacts("fresh4")
    ] == source


def test_each_question_quotes_its_page_sentence_from_the_shipped_medquad_page():
    quoted = _quoted_pages()
    assert set(quoted) == {r["question"] for r in load_keyfacts("fresh4")}
    pages: dict[str, str] = {}
    with gzip.open(paths.MEDQUAD_CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            focus = (record.get("extra") or {}).get("focus", "").lower()
            pages[focus] = pages.get(focus, "") + " " + _flat(record["answer"])
    for question, (page, sentence) in quoted.items():
        assert page and sentence, question
        assert _flat(sentence) in pages.get(page.lower(), ""), (page, sentence)


@pytest.mark.parametrize("row", load_keyfacts("fresh4"), ids=lambda r: r["id"])
def test_each_pattern_separates_the_page_sentence_from_the_myth(row):
    _, right = _quoted_pages()[row["question"]]
    wrong = _wrong(row["question"])
    assert states_fact(right, row["key_fact"]) and not asserts_misconception(right, row["misconception"])
    assert asserts_misconception(wrong, row["misconception"]) and not states_fact(wrong, row["key_fact"])


def test_every_wrong_answer_belongs_to_one_question():
    questions = [r["question"] for r in load_keyfacts("fresh4")]
    assert all(sum(q.startswith(k) for q in questions) == 1 for k in WRONG)
    assert len(WRONG) == len(questions)


def test_the_medquad_eval_refuses_the_fifth_round(tmp_path, capsys):
    assert main(["eval", "--split", "fresh4", "--output", str(tmp_path)]) == 2
    assert "--benchmark keyfacts" in capsys.readouterr().err
