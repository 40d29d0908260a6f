"""MedAssist's optional parts (pyproject's extras) and the check that one is installed before a command
needs it.

The core install answers questions: the model room and the conversation store (`medassist chat`,
`download`, `admin`, `db`). `serve`, the chat-platform bots and the training room each have an extra; a
command whose extra is missing stops at once with a `MedAssistError` that says what to install, instead of
an ImportError after the model has loaded (or, for `eval`, at the plotting step at the very end).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

from medassist.errors import MedAssistError

# The modules MedAssist imports from each extra (import names, not distribution names). A test checks
# that each is installed by its extra in pyproject.toml.
EXTRA_MODULES: dict[str, tuple[str, ...]] = {
    "serve": ("gradio", "fastapi", "uvicorn", "jinja2"),
    "bots": ("telegram", "discord", "dotenv"),
    "train": ("datasets", "accelerate", "sacrebleu", "rouge_score", "matplotlib", "yaml"),
    "postgres": ("psycopg",),
    "qlora": ("bitsandbytes",),
}

# Every command these packages register needs the extra (checked before it runs). The bot package's
# commands differ (`chat` is core, `serve` and the bots are not): they call `require` themselves.
PACKAGE_EXTRAS: dict[str, str] = {"medassist.training": "train"}


def missing_message(extra: str, modules: list[str]) -> str:
    return (f"this command needs MedAssist's [{extra}] extra ({', '.join(modules)} not installed): "
            f"pip install 'medassist[{extra}]' (or run scripts/install.sh for everything)")


def require(extra: str, *modules: str) -> None:
    """Raise a MedAssistError naming `extra` when any of `modules` (default: all the extra's) is missing."""
    missing = [m for m in modules or EXTRA_MODULES[extra] if not installed(m)]
    if missing:
        raise MedAssistError(missing_message(extra, missing))


def require_for(command: Callable) -> None:
    """The extra of the package that registered `command` (a subcommand's run function), if any."""
    module = getattr(command, "__module__", None) or ""
    for package, extra in PACKAGE_EXTRAS.items():
        if module == package or module.startswith(package + "."):
            require(extra)


def extra_providing(module: str) -> str | None:
    """The extra that installs `module` (or its top-level package), None when it is none of theirs."""
    top = module.split(".")[0]
    return next((extra for extra, mods in EXTRA_MODULES.items() if top in mods), None)


def installed(module: str) -> bool:
    """Whether `module` can be imported, without importing it (cheap: no heavy import at check time)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a parent package is missing, or a module without a spec
        return False
