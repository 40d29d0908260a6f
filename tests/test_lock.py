"""constraints.txt, the lock scripts/install.sh installs from: it pins every dependency pyproject declares, each
pin satisfies pyproject's range, and the tests run on exactly those versions."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[1]
# Optional extras install.sh does not install (GPU-only or unused by the tests): not locked.
UNLOCKED_EXTRAS = {"qlora", "tensorboard"}


def _lock() -> dict[str, str]:
    pins = {}
    for line in (REPO / "constraints.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra, lines in project["optional-dependencies"].items():
        if extra not in UNLOCKED_EXTRAS:
            reqs += [Requirement(r) for r in lines if canonicalize_name(Requirement(r).name) != "medassist"]
    return reqs


def test_every_declared_dependency_is_pinned_within_its_range():
    # A dependency added to pyproject without regenerating the lock fails here:
    #   python scripts/lock_constraints.py > constraints.txt
    pins = _lock()
    for req in _declared():
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in constraints.txt: regenerate it (scripts/lock_constraints.py)"
        assert req.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]} is outside {req}"


def test_the_tests_run_on_the_locked_versions():
    pins = _lock()
    for req in _declared():
        installed = metadata.version(req.name).split("+")[0]
        assert installed == pins[canonicalize_name(req.name)], f"{req.name} {installed} is installed, not the lock's"


def test_transformers_is_pinned_to_one_minor():
    (req,) = [r for r in _declared() if r.name == "transformers"]
    pinned = _lock()["transformers"]
    major, minor = (int(x) for x in pinned.split(".")[:2])
    assert req.specifier.contains(pinned)
    assert not req.specifier.contains(f"{major}.{minor + 1}.0")
    assert not req.specifier.contains(f"{major}.{minor - 1}.0")
