"""Pages about what was asked: a retrieved page whose title names nothing the question names is left
out of the evidence when another page's title does."""

from __future__ import annotations

from medassist.model.records import QARecord
from medassist.model.retrieval import Passage, Retriever
from medassist.model.retrieval.topic import on_topic, subject_words

HIV = ("What is (are) HIV/AIDS and Infections ?", "HIV is spread through sex or shared needles. You cannot get HIV "
       "from hugging or from saliva.", "https://medlineplus.gov/hiv")
MONO = ("What is (are) Infectious Mononucleosis ?", "Mono spreads through saliva, which is why it is called the "
        "kissing disease. You can get it from kissing.", "https://medlineplus.gov/mono")


def page(title: str, url: str = "https://nih.gov/x") -> Passage:
    return Passage(title, "Some text about it.", url, title, 0.5)


def test_pages_whose_titles_name_the_subject_are_kept_and_others_dropped():
    pages = [page(HIV[0]), page(MONO[0]), page("Do you have information about HIV/AIDS in Women")]
    kept = on_topic("can you get hiv from kissing someone", pages)
    assert [p.question for p in kept] == [HIV[0], "Do you have information about HIV/AIDS in Women"]


def test_nothing_is_dropped_when_no_title_names_the_subject():
    pages = [page("What is (are) Familial hyperinsulinism ?"), page("Is glucose-galactose malabsorption inherited ?")]
    assert on_topic("does sugar make kids hyper", pages) == pages  # "hyper" is not "hyperinsulinism"
    assert subject_words("How to prevent Varicella (Chickenpox) Vaccination ?") >= subject_words("chickenpox")
    assert subject_words("what are the symptoms of it in children") == set()  # nothing to go by


def test_the_assistant_quotes_and_cites_only_the_page_about_the_question(tmp_path, embedder, runtime, monkeypatch):
    from medassist.model.assistant import Assistant

    records = [QARecord(*MONO, "m"), QARecord(*HIV, "h")]
    assistant = Assistant(runtime, Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder), top_k=2)
    monkeypatch.setattr(assistant.runtime, "stream", lambda *a, **k: None)  # generation is not under test
    turn = assistant.answer("can you get hiv from kissing someone")
    assert len(turn.passages) == 2  # both were found...
    assert {turn.evidence.passages[s.passage].source for s in turn.evidence.sentences} == {HIV[2]}  # ...one is used
    assert "medlineplus.gov/mono" not in turn.faithfulness.sources()  # nor listed as a source


def test_a_first_page_far_ahead_stays_when_titles_share_a_word_by_chance():
    # "winter blues" names seasonal affective disorder in other words; two pages share "winter" by chance
    sad = Passage("What is (are) Seasonal Affective Disorder ?", "Text.", "https://nih.gov/sad", "s", 0.44)
    rare = Passage("What is (are) Baraitser-Winter syndrome ?", "Text.", "https://nih.gov/bw", "b", 0.34)
    weather = Passage("Do you have information about Winter Weather Emergencies", "Text.", "https://nih.gov/w", "w", 0.33)
    kept = on_topic("winter blues aint a real thing its just people bein lazy", [sad, rare, weather])
    assert kept[0] is sad and rare in kept
    # a first page only a little ahead is left out as before: the titles name the subject
    close = Passage("What is (are) Seasonal Affective Disorder ?", "Text.", "https://nih.gov/sad", "s", 0.36)
    assert on_topic("winter blues aint a real thing its just people bein lazy", [close, rare, weather]) == [rare, weather]
