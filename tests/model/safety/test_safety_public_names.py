"""The safety layer's modules reach each other through public names only (session 54's tidy).

A name with a leading underscore is its module's own: when another module needs it, it is made public where it is
defined (or moved to the module that owns the concept, `text.py` for shared text helpers). Walks every module of
`src/medassist` with `ast`: `from medassist.model.safety.X import _name` and `X._name` on an imported safety module
(imports inside functions count too). The private names still shared across modules are listed in `KNOWN`: each is
defined in a module its owner was editing when the tidy ran; the list may shrink, never grow.

Session 55's tidy extends the rule to the evaluations and trainers (`src/medassist/training/`) and to `scripts/`: they
read no private name of another `medassist` module nor of another script (the gate and `read_round.py` used to call
the eval modules' private functions; those are public now). What is still shared is in `KNOWN_TRAINING_AND_SCRIPTS`,
which may only shrink: an entry no longer used fails too, so it is struck when its name is made public."""

from __future__ import annotations

import ast
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import medassist

PACKAGE = Path(medassist.__file__).resolve().parent
SCRIPTS = PACKAGE.parents[1] / "scripts"
SAFETY = "medassist.model.safety"

KNOWN = frozenset({
    "model/safety/acuity.py -> triage._negated",
    "model/safety/check.py -> conversation_state._any",
    "model/safety/check.py -> conversation_state._told",
    "model/safety/conversation_state.py -> triage._DRUGS",
    "model/safety/conversation_state.py -> triage._HOUSEHOLD",
    "model/safety/conversation_state.py -> triage._OVERDOSE",
    "model/safety/conversation_state.py -> triage._as_urgency",
    "model/safety/conversation_state.py -> triage._hits",
    "model/safety/conversation_state.py -> triage._negated",
    "model/safety/frames.py -> conversation_state._any",
    "model/safety/knowledge_question.py -> triage._hits",
    "model/safety/lexicons/indirect.py -> lexicons.kinds._either",
    "model/safety/lexicons/indirect.py -> lexicons.kinds._unless",
    "model/safety/lexicons/questions.py -> lexicons.kinds._unless",
    "model/safety/lexicons/stance.py -> lexicons.kinds._unless",
    "model/safety/lexicons/stance.py -> lexicons.kinds._with",
    "model/safety/output_check.py -> answer_structure._HARMS_BODY",
    "model/safety/output_check.py -> answer_structure._METHOD_HARMS",
    "model/safety/output_check.py -> output_context._DEFERS",
    "model/safety/output_check.py -> output_context._FIRST_AID",
    "model/safety/output_check.py -> output_context._ON_ITS_BENEFIT",
    "model/safety/output_check.py -> output_context._REASSURES",
    "model/safety/output_check.py -> output_context._SECRET",
    "model/safety/output_check.py -> output_context._SH_REFUSES",
    "model/safety/output_check.py -> output_context._SH_SUPPORTS",
    "model/safety/output_check.py -> output_rules._explains_with_clinician",
    "model/safety/output_check.py -> output_rules._sends_for_help",
    "model/safety/output_context.py -> answer_structure._LATER",
    "model/safety/output_context.py -> output_rules._DIAGNOSIS_QUESTION",
    "model/safety/output_context.py -> output_rules._DOSE_QUESTION",
    "model/safety/output_context.py -> output_rules._DRUGS",
    "model/safety/output_context.py -> output_rules._HEDGED",
    "model/safety/output_context.py -> output_rules._MED_WORDS",
    "model/safety/output_context.py -> output_rules._REFERS",
    "model/safety/output_context.py -> output_rules._discourages",
    "model/safety/output_context.py -> output_rules._explains_with_clinician",
    "model/safety/output_context.py -> output_rules._sends_for_help",
    "model/safety/output_context.py -> safe_shapes._COPES",
    "model/safety/output_context.py -> triage._negated",
    "model/safety/safe_shapes.py -> output_context._DEFERS",
    "model/safety/safe_shapes.py -> output_context._FIRST_AID",
    "model/safety/safe_shapes.py -> output_context._GENERAL_SAFETY",
    "model/safety/safe_shapes.py -> output_context._PLAYS_DOWN",
    "model/safety/safe_shapes.py -> output_context._REASSURES",
    "model/safety/safe_shapes.py -> output_context._SECRET",
    "model/safety/safe_shapes.py -> output_context._SH_REFUSES",
    "model/safety/safe_shapes.py -> output_context._SH_SUPPORTS",
    "model/safety/safe_shapes.py -> output_context._URGENT_HELP",
    "model/safety/safe_shapes.py -> output_context._WARNS",
    "model/safety/safe_shapes.py -> output_rules._MED_WORDS",
    "model/safety/safe_shapes.py -> output_rules._REFERS",
    "model/safety/safe_shapes.py -> output_rules._sends_for_help",
    "training/safety/eval_output.py -> output_context._self_harm_by_meaning",
})

# `training/...` and `scripts/...` -> a module's name below `medassist.` (or another script's name) and the private name
KNOWN_TRAINING_AND_SCRIPTS = frozenset({
    # lat55 is rewriting bench/safety_latency.py, the other importer of `_percentiles`, this session
    "training/safety/eval_output.py -> training.safety.evaluate._percentiles",
    # output_context.py is another developer's file this session (the same use is in KNOWN above)
    "training/safety/eval_output.py -> model.safety.output_context._self_harm_by_meaning",
    # the head trainers' shared helpers: msg55 (train_self_harm, the triage trainer) and conv55 (train_frames) are
    # editing these files this session
    "training/safety/train_dose.py -> training.safety.train._as_shipped",
    "training/safety/train_dose.py -> training.safety.train._fingerprint",
    "training/safety/train_frames.py -> training.safety.train._as_shipped",
    "training/safety/train_frames.py -> training.safety.train._fingerprint",
    "training/safety/train_output.py -> training.safety.train._as_shipped",
    "training/safety/train_output.py -> training.safety.train._fingerprint",
    "training/safety/train_output.py -> training.safety.train._scores",
    "training/safety/train_self_harm.py -> training.safety.train._as_shipped",
    "training/safety/train_self_harm.py -> training.safety.train._fingerprint",
    # retrieval/ is another developer's this session
    "scripts/ship_index_vectors.py -> model.retrieval.index._paths",
})


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def below(package: str) -> Callable[[str], str | None]:
    """A module's name below `package` ("" for the package itself), None for a module outside it."""
    def short(module: str) -> str | None:
        if module == package or module.startswith(package + "."):
            return module.removeprefix(package).lstrip(".")
        return None
    return short


IN_SAFETY = below(SAFETY)


def private_uses(source: str, where: str, ours: Callable[[str], str | None] = IN_SAFETY) -> set[str]:
    """`where -> module._name` for each private name of another module that `source` imports or reads: a module
    `ours` names (by default the safety package's, named below it)."""
    tree = ast.parse(source)
    found, modules = set(), {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and (short := ours(node.module)) is not None:
            for alias in node.names:
                if _private(alias.name):
                    found.add(f"{where} -> {short + '.' if short else ''}{alias.name}")
                else:  # `from medassist.model.safety import conversation_state as conv`
                    modules[alias.asname or alias.name] = f"{short + '.' if short else ''}{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname and (short := ours(alias.name)):
                    modules[alias.asname] = short
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr) and isinstance(node.value, ast.Name) \
                and node.value.id in modules:
            found.add(f"{where} -> {modules[node.value.id]}.{node.attr}")
    return found


def others_private_uses(files: list[tuple[Path, str, str]], ours: Callable[[str], str | None]) -> frozenset[str]:
    """For each (file, its name in the lines, the name `ours` gives its own module): the private names it reads of
    another module (a module's own private names are its own)."""
    found = set()
    for path, where, own in files:
        found |= {use for use in private_uses(path.read_text(encoding="utf-8"), where, ours)
                  if use.rsplit(".", 1)[0].split(" -> ")[1] != own}
    return frozenset(found)


def package_modules(under: Path, strip: str = "") -> list[tuple[Path, str, str]]:
    """(file, its path in the package, its module's dotted name less `strip`) for each module below `under`."""
    rels = [(path, path.relative_to(PACKAGE).as_posix()) for path in sorted(under.rglob("*.py"))]
    return [(path, rel, rel.removeprefix(strip).removesuffix(".py").replace("/", ".")) for path, rel in rels]


@lru_cache(maxsize=1)  # the walk parses every module: once for the tests here
def all_private_uses() -> frozenset[str]:
    return others_private_uses(package_modules(PACKAGE, "model/safety/"), IN_SAFETY)


@lru_cache(maxsize=1)
def training_and_script_private_uses() -> frozenset[str]:
    """Each private name of another `medassist` module or script that a module of `training/` or a script reads."""
    scripts = {path.stem for path in SCRIPTS.glob("*.py")}
    in_medassist = below("medassist")

    def ours(module: str) -> str | None:
        return module if module in scripts else in_medassist(module)

    files = package_modules(PACKAGE / "training") + [(path, f"scripts/{path.name}", path.stem)
                                                     for path in sorted(SCRIPTS.glob("*.py"))]
    return others_private_uses(files, ours)


def test_no_new_private_name_is_shared_across_safety_modules():
    new = sorted(all_private_uses() - KNOWN)
    assert not new, f"make these public where they are defined (or move them to the module that owns them): {new}"


def test_the_claim_readers_and_their_helpers_share_only_public_names():
    tidied = ("belief_question", "claim_question", "condition_question", "diagnosis_claims", "text")
    assert not [use for use in all_private_uses() if use.split(" -> ")[1].rsplit(".", 1)[0] in tidied]


def test_the_reader_finds_private_imports_and_attribute_reads():
    source = ("from medassist.model.safety.triage import _negated, framing\n"
              "from medassist.model.safety import conversation_state as conv\n"
              "def f(t):\n    from medassist.model.safety.lexicons.kinds import _unless\n"
              "    return conv._any(t) or conv.is_resolution(t)\n")
    assert private_uses(source, "x.py") == {"x.py -> triage._negated", "x.py -> lexicons.kinds._unless",
                                            "x.py -> conversation_state._any"}


def test_training_and_scripts_read_no_new_private_name_of_another_module():
    new = sorted(training_and_script_private_uses() - KNOWN_TRAINING_AND_SCRIPTS)
    assert not new, f"make these public where they are defined (a docstring saying what they return): {new}"


def test_the_known_private_names_of_training_and_scripts_only_shrink():
    # an entry no longer used is struck, so the list says what is left to make public
    assert not sorted(KNOWN_TRAINING_AND_SCRIPTS - training_and_script_private_uses())


def test_the_gate_and_the_round_reader_call_the_evaluations_by_public_names():
    uses = training_and_script_private_uses()
    assert not [use for use in uses if use.startswith(("scripts/safety_gate.py", "scripts/read_round.py"))]
    assert not [use for use in uses if use.split(" -> ")[1].startswith("training.safety.eval_")]


def test_the_reader_finds_a_scripts_private_reads_of_medassist_and_of_another_script():
    source = ("from medassist.training.safety import eval_meaning\n"
              "import medassist.training.safety.evaluate as ev\n"
              "from replay_checks import _served, served\n"
              "def f(t):\n    from medassist.training.safety.eval_output import _checker\n"
              "    return eval_meaning._hit('dose', t, True), ev._fmt, eval_meaning.evaluate_meaning\n")
    ours = below("medassist")
    assert private_uses(source, "scripts/x.py", lambda m: m if m == "replay_checks" else ours(m)) == {
        "scripts/x.py -> training.safety.eval_meaning._hit", "scripts/x.py -> training.safety.evaluate._fmt",
        "scripts/x.py -> replay_checks._served", "scripts/x.py -> training.safety.eval_output._checker"}
