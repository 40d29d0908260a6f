"""The transformers internals model/batching.py reaches into (model/engine_internals.py): all present in
the installed, pinned transformers; a missing one is named; start-up falls back to one-at-a-time answers."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import medassist.model.batching as batching
from medassist.model.engine_internals import INTERNALS, Internal, missing_internals
from medassist.model.runtime import ChatRuntime


def test_the_installed_transformers_has_every_internal_the_engine_uses():
    # After a transformers upgrade this names each attribute that moved (e.g. "...RequestState.initial_tokens").
    assert missing_internals() == []


def test_every_module_batching_imports_below_transformers_is_listed():
    """A new deep import in batching.py must join the list the start-up check reads."""
    tree = ast.parse(Path(batching.__file__).read_text())
    imported = {(node.module, alias.name) for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("transformers.")
                for alias in node.names}
    listed = {(item.owner.split(":")[0], item.owner.partition(":")[2] or item.name) for item in INTERNALS}
    assert imported - listed == set()


class _Engineish:
    declared: int

    def __init__(self, handle):
        self.assigned = handle


def test_a_removed_attribute_is_named(monkeypatch):
    from transformers.generation.continuous_batching.continuous_api import ContinuousBatchingManager

    monkeypatch.delattr(ContinuousBatchingManager, "cancel_request")
    assert missing_internals() == [
        "transformers.generation.continuous_batching.continuous_api.ContinuousBatchingManager.cancel_request"]


def test_instance_attributes_count_when_declared_or_assigned_and_gone_ones_are_named():
    owner = f"{__name__}:_Engineish"
    present = (Internal(owner, "declared"), Internal(owner, "assigned"), Internal(owner, "handle"))
    assert missing_internals(present) == []
    gone = (Internal(owner, "initial_tokens"), Internal(f"{__name__}:Gone", "x"), Internal("no_such_module", "x"))
    assert missing_internals(gone) == [f"{__name__}._Engineish.initial_tokens", f"{__name__}.Gone.x",
                                       "no_such_module.x"]


def test_a_missing_internal_turns_batching_off_at_start_up_and_answers_one_at_a_time(
        runtime, monkeypatch, caplog, settings):
    from transformers.generation.continuous_batching.continuous_api import ContinuousBatchingManager

    # Without the check the engine starts (warm-up never cancels) and the first answer whose reader
    # leaves early fails inside the engine.
    monkeypatch.delattr(ContinuousBatchingManager, "cancel_request")
    with caplog.at_level(logging.WARNING, logger="medassist.model.runtime"):
        rt = ChatRuntime(runtime.model, runtime.tokenizer, batching=True, max_active=4)
    monkeypatch.undo()  # restore before generating: model.generate must not depend on it, but stay clean
    assert rt.engine is None
    stats = rt.stats()
    assert stats["engine"] == "sequential"
    assert stats["max_active"] == 1
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "ContinuousBatchingManager.cancel_request" in warning.getMessage()
    assert "one request at a time" in warning.getMessage()
    answer = rt.generate("What is asthma?", settings=settings)
    assert answer and answer == runtime.generate("What is asthma?", settings=settings)

