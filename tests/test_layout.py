"""The package's rooms and the direction of their imports: bot -> model <- training.

Walks every module's source with `ast` (imports inside functions count too), so a lazy import cannot
sneak a dependency in."""

from __future__ import annotations

import ast
from pathlib import Path

import medassist

PACKAGE = Path(medassist.__file__).resolve().parent
ROOMS = ("model", "training", "bot")
# Which rooms each room may import. Top-level modules (errors, io, paths) are shared by all; cli.py
# is the dispatcher above the rooms.
ALLOWED = {"model": {"model"}, "training": {"training", "model"}, "bot": {"bot", "model"},
           "migrations": {"migrations", "bot"}}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def room_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "medassist" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in (*ROOMS, "migrations") else "shared"


def violations(package: Path = PACKAGE) -> list[str]:
    bad = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        here = rel.parts[0] if len(rel.parts) > 1 else None
        for mod in imported_modules(path):
            there = room_of(mod)
            if there is None or there == "shared":
                continue
            if here is None:  # a top-level module: only the dispatcher may reach into rooms
                if rel.name not in ("cli.py", "__main__.py"):
                    bad.append(f"{rel} imports {mod}")
            elif there not in ALLOWED.get(here, {here}):
                bad.append(f"{rel} ({here}) imports {mod} ({there})")
    return bad


def test_rooms_exist_and_old_rooms_are_gone():
    for room in ROOMS:
        assert (PACKAGE / room / "__init__.py").is_file(), room
    for old in ("data", "models", "train", "evaluate", "retrieval", "safety", "serve"):
        assert not (PACKAGE / old).exists(), f"old room medassist/{old} still exists"


def test_imports_run_one_way():
    assert violations() == []


def test_the_check_catches_a_wrong_way_import(tmp_path):
    pkg = tmp_path / "medassist"
    for room, line in (("training", "from medassist.bot.cli import register\n"),
                       ("bot", "def f():\n    import medassist.training.card\n"),
                       ("model", "from medassist.bot import web\n")):
        (pkg / room).mkdir(parents=True)
        (pkg / room / "x.py").write_text(line)
    found = violations(pkg)
    assert {v.split(" ")[0] for v in found} == {"training/x.py", "bot/x.py", "model/x.py"}
    assert any("training/x.py" in v for v in found) and any("bot/x.py" in v for v in found)


def test_front_door():
    from medassist.model import Assistant, GenerationSettings

    assert callable(Assistant.load) and GenerationSettings().greedy


def test_the_readme_layout_names_every_module_of_the_bot_room():
    readme = (PACKAGE.parents[1] / "README.md").read_text()
    section = readme.split("## How it is built", 1)[1].split("\n## ", 1)[0]
    bot = PACKAGE / "bot"
    for path in sorted(bot.rglob("*.py")):
        if path.name != "__init__.py":
            assert path.name in section, f"README's 'How it is built' does not list bot/{path.relative_to(bot)}"
    for folder in sorted(p for p in bot.iterdir() if (p / "__init__.py").exists()):
        assert f"{folder.name}/" in section, f"README's 'How it is built' does not list bot/{folder.name}/"
