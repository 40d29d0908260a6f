import pytest

from medassist.errors import MedAssistError
from medassist.model.decoding import GenerationSettings


@pytest.mark.parametrize("kwargs", [
    {"max_new_tokens": 0}, {"max_new_tokens": 100_000}, {"max_new_tokens": 1.5}, {"max_new_tokens": True},
    {"temperature": -0.1}, {"temperature": 3.0}, {"top_p": 0.0}, {"top_p": 1.5},
    {"repetition_penalty": 0.5},
])
def test_invalid_settings_are_refused_on_construction(kwargs):
    with pytest.raises(MedAssistError):
        GenerationSettings(**kwargs)


def test_greedy_passes_no_sampling_knobs_and_sampling_does():
    greedy = GenerationSettings(temperature=0.0).generate_kwargs()
    assert greedy["do_sample"] is False and greedy["temperature"] is None
    sampled = GenerationSettings(temperature=0.7, top_p=0.8).generate_kwargs()
    assert sampled["do_sample"] is True and sampled["temperature"] == 0.7 and sampled["top_p"] == 0.8
