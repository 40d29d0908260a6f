"""Helpers several test folders share (the root conftest puts tests/ on sys.path for them)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# Headless Chromium as root on a closed network: no sandbox, no background connections.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                                     "(scripts/install.sh installs it)"),
]


def wait_for_health(proc: subprocess.Popen, base: str, timeout: float = 120, what: str = "server") -> dict:
    """Poll `base`/health until it answers 200 (returns its JSON); fail if the process dies or time runs out."""
    import httpx

    deadline = time.monotonic() + timeout
    while True:
        try:
            r = httpx.get(base + "/health")
            if r.status_code == 200:
                return r.json()
        except httpx.TransportError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, f"{what} did not come up"
        time.sleep(0.3)
