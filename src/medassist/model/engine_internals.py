"""The transformers internals `model/batching.py` reaches into, and a check that they are all there.

transformers' continuous-batching engine is young: its modules, request states and manager attributes
move between minor releases, and `batching.py` uses them directly (it installs its own logits hook,
reads each request's token history, switches the model's attention function). pyproject pins
transformers to the tested minor and `constraints.txt` locks it; this list is the one place that names
what `batching.py` relies on beyond transformers' top-level API. It is used twice:

- at start-up, `ChatRuntime` checks it before starting the engine: anything missing turns continuous
  batching off with a warning naming it, and requests are answered one at a time, instead of an engine
  that starts and then fails in the middle of an answer (a missing `initial_tokens` only shows once a
  request with a repetition penalty is decoding);
- tests/model/test_batching_internals.py fails naming the missing attribute after an upgrade.

The check is static: an attribute counts as present when the class (or a base) defines it, declares it
(annotations, dataclass fields, `__slots__`, `__init__` parameters) or assigns `self.<name>` in its
source. Nothing is instantiated and no model is needed.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import textwrap
from dataclasses import dataclass

_CB = "transformers.generation.continuous_batching"


@dataclass(frozen=True)
class Internal:
    """One name batching.py needs: `owner` is a module ("pkg.mod") or a class in it ("pkg.mod:Class")."""

    owner: str
    name: str

    def __str__(self) -> str:
        return f"{self.owner.replace(':', '.')}.{self.name}"


def _of(owner: str, *names: str) -> tuple[Internal, ...]:
    return tuple(Internal(owner, n) for n in names)


# Everything batching.py uses that is not transformers' top-level public API (or that it uses in a way
# the public API does not promise). Keep in step with batching.py: a test checks that every module it
# imports from below `transformers` is named here.
INTERNALS: tuple[Internal, ...] = (
    # Attention: the model config's private switch, read and set to batching.py's request-by-request sdpa.
    *_of("transformers.configuration_utils:PreTrainedConfig", "_attn_implementation"),
    *_of("transformers.masking_utils", "ALL_MASK_ATTENTION_FUNCTIONS"),
    *_of("transformers.integrations.sdpa_attention", "sdpa_attention_forward"),
    # The engine: configured, created from the model, warmed, started, fed, drained, restarted.
    *_of("transformers.generation.configuration_utils:ContinuousBatchingConfig",
         "page_size", "num_blocks", "max_batch_tokens", "max_requests_per_batch", "use_cuda_graph",
         "use_async_batching", "allow_block_sharing", "scheduler_type"),
    *_of(f"{_CB}.continuous_api:ContinuousMixin", "init_continuous_batching"),
    *_of(f"{_CB}.continuous_api:ContinuousBatchingManager",
         "logit_processor", "background_thread_status", "warmup", "start", "is_running", "stop",
         "add_request", "cancel_request", "get_result"),
    *_of(f"{_CB}.continuous_api:BackgroundThreadStatus", "fatal_error"),
    # The logits-processor hook PerRequestDecoder implements, and the list that carries it.
    *_of(f"{_CB}.cb_logits_processors:ContinuousBatchingLogitsProcessor",
         "supported_kwargs", "ignored_kwargs", "fill_defaults", "prepare_tensor_args", "register"),
    *_of(f"{_CB}.cb_logits_processors:ContinuousBatchingLogitsProcessorList", "tensors_required"),
    *_of("transformers.generation.logits_process", "LogitsProcessorList"),
    # What the hook and the router read of each request.
    *_of(f"{_CB}.requests:FutureRequestState", "state"),
    *_of(f"{_CB}.requests:RequestState", "request_id", "initial_tokens", "generated_tokens",
         "logit_processor_kwargs"),
    *_of(f"{_CB}.requests:GenerationOutput", "request_id", "generated_tokens", "error", "is_finished"),
)


def missing_internals(internals: tuple[Internal, ...] = INTERNALS) -> list[str]:
    """The dotted names of the internals the installed transformers lacks (empty when all are there)."""
    return [str(item) for item in internals if not _present(item)]


def _present(item: Internal) -> bool:
    module_name, _, class_name = item.owner.partition(":")
    try:
        owner = importlib.import_module(module_name)
    except ImportError:
        return False
    if not class_name:
        return hasattr(owner, item.name)
    cls = getattr(owner, class_name, None)
    return inspect.isclass(cls) and _defines(cls, item.name)


def _defines(cls: type, name: str) -> bool:
    if hasattr(cls, name):  # methods, properties, class attributes, slots, dataclass fields with defaults
        return True
    for klass in inspect.getmro(cls):
        if klass is object:
            continue
        if name in inspect.get_annotations(klass) or name in getattr(klass, "__dataclass_fields__", {}):
            return True
        if name in _init_parameters(klass) or name in _self_assignments(klass):
            return True
    return False


def _init_parameters(klass: type) -> set[str]:
    init = vars(klass).get("__init__")
    if init is None:
        return set()
    try:
        return set(inspect.signature(init).parameters)
    except (TypeError, ValueError):
        return set()


@functools.cache
def _self_assignments(klass: type) -> frozenset[str]:
    """Instance attributes the class's own source assigns (`self.x = ...`, `self.x: T = ...`)."""
    try:
        source = textwrap.dedent(inspect.getsource(klass))
    except (OSError, TypeError):  # built-in or source not shipped
        return frozenset()
    names = set()
    for node in ast.walk(ast.parse(source)):
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, (ast.AnnAssign, ast.AugAssign)) else [])
        for target in targets:
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                    and target.value.id == "self":
                names.add(target.attr)
    return frozenset(names)
