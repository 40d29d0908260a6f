"""Serving, the terminal chat and evaluation decode with the same settings type and default."""

from __future__ import annotations

import argparse

from medassist.model.decoding import GenerationSettings


def _defaults(command: str) -> argparse.Namespace:
    from medassist.cli import build_parser

    args = {"serve": ["serve"], "chat": ["chat"], "eval": ["eval"]}[command]
    return build_parser().parse_args(args)


def test_serve_chat_and_eval_default_to_the_same_decoder():
    d = GenerationSettings()
    for command in ("serve", "chat", "eval"):
        a = _defaults(command)
        assert a.max_new_tokens == d.max_new_tokens, command
        assert a.temperature == d.temperature, command
    ev = _defaults("eval")
    assert ev.repetition_penalty == d.repetition_penalty
    assert ev.no_repeat_ngram_size == d.no_repeat_ngram_size
    assert ev.top_p == d.top_p


def test_serve_builds_its_settings_with_the_shared_type(monkeypatch):
    import medassist.model as model_room
    from medassist.bot.commands import serve as serve_command

    monkeypatch.setattr(model_room.Assistant, "load", classmethod(lambda cls, *a, **k: "assistant"))
    assistant, settings = serve_command.build_assistant(_defaults("serve"))
    assert assistant == "assistant"
    assert type(settings) is GenerationSettings
    assert settings == GenerationSettings()


def test_eval_generation_uses_the_same_type():
    import inspect

    from medassist.training.evaluate import generate, heldout

    for fn in (generate.generate_batch, generate.generate_all, heldout.evaluate_heldout):
        assert inspect.signature(fn).parameters["settings"].annotation in ("GenerationSettings", GenerationSettings)
