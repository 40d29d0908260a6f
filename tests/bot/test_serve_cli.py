"""The `medassist serve` / `medassist chat` commands: argument errors, the terminal chat end to end,
and a real server process answering on loopback."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys

import pytest
from support import wait_for_health

from medassist.cli import main
from medassist.model.safety import DISCLAIMER


def test_bad_arguments_are_clear_errors(capsys, tiny_model_dir, tmp_path):
    assert main(["serve", "--model", str(tiny_model_dir), "--adapter", "none", "--no-retrieval",
                 "--auth", "nopassword"]) == 2
    assert "--auth must look like user:password" in capsys.readouterr().err
    assert main(["chat", "--model", str(tiny_model_dir), "--adapter", str(tmp_path), "--no-retrieval"]) == 2
    assert "not a LoRA adapter folder" in capsys.readouterr().err
    assert main(["chat", "--model", str(tiny_model_dir), "--adapter", "none", "--no-retrieval",
                 "--max-new-tokens", "0"]) == 2
    assert "max_new_tokens" in capsys.readouterr().err


def test_chat_command_in_the_terminal(monkeypatch, capsys, serve_model_dir):
    monkeypatch.setattr(sys, "stdin", io.StringIO("What is anemia?\n/quit\n"))
    assert main(["chat", "--model", str(serve_model_dir), "--adapter", "none", "--no-retrieval",
                 "--max-new-tokens", "8"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(DISCLAIMER) and "medassist> " in out
    answer = out.split("medassist> ", 1)[1].split("\n", 1)[0]
    assert answer.strip()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_command_runs_a_server_with_json_logs_and_no_content(serve_model_dir, tmp_path):
    import httpx

    port = _free_port()
    err = open(tmp_path / "stderr.log", "w+")  # noqa: SIM115 - read after the process ends
    proc = subprocess.Popen(
        [sys.executable, "-m", "medassist", "serve", "--model", str(serve_model_dir), "--adapter", "none",
         "--no-retrieval", "--port", str(port), "--max-new-tokens", "8", "--auth", "me:pw"],
        stdout=subprocess.DEVNULL, stderr=err, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    secret = "What is my private rash called?"
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_health(proc, base, timeout=120)
        auth = {"Authorization": "Bearer pw"}
        r = httpx.post(base + "/v1/chat/completions", headers=auth, timeout=60,
                       json={"messages": [{"role": "user", "content": secret}]})
        assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"]
        assert httpx.post(base + "/v1/chat/completions", json={"messages": []}).status_code == 401
        page = httpx.get(base + "/")
        assert page.status_code == 200  # Gradio serves its login page when --auth is set
    finally:
        proc.terminate()
        proc.wait(30)
    err.seek(0)
    logs = err.read()
    records = [json.loads(line) for line in logs.splitlines() if line.startswith('{"event"')]
    assert [r["status"] for r in records] == [200] and records[0]["completion_tokens"] >= 1
    assert secret not in logs
