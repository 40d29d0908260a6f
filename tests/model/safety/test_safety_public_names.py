"""The safety layer's modules reach each other through public names only (session 54's tidy).

A name with a leading underscore is its module's own: when another module needs it, it is made public where it is
defined (or moved to the module that owns the concept, `text.py` for shared text helpers). Walks every module of
`src/medassist` with `ast`: `from medassist.model.safety.X import _name` and `X._name` on an imported safety module
(imports inside functions count too). The private names still shared across modules are listed in `KNOWN`: each is
defined in a module its owner was editing when the tidy ran; the list may shrink, never grow."""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

import medassist

PACKAGE = Path(medassist.__file__).resolve().parent
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


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(source: str, where: str) -> set[str]:
    """`where -> module._name` for each private name of another safety module that `source` imports or reads."""
    tree = ast.parse(source)
    found, modules = set(), {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(SAFETY):
            short = node.module.removeprefix(SAFETY).lstrip(".")
            for alias in node.names:
                if _private(alias.name):
                    found.add(f"{where} -> {short + '.' if short else ''}{alias.name}")
                else:  # `from medassist.model.safety import conversation_state as conv`
                    modules[alias.asname or alias.name] = f"{short + '.' if short else ''}{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(SAFETY + ".") and alias.asname:
                    modules[alias.asname] = alias.name.removeprefix(SAFETY + ".")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr) and isinstance(node.value, ast.Name) \
                and node.value.id in modules:
            found.add(f"{where} -> {modules[node.value.id]}.{node.attr}")
    return found


@lru_cache(maxsize=1)  # the walk parses every module: once for the tests here
def all_private_uses() -> frozenset[str]:
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        defining = rel.removeprefix("model/safety/").removesuffix(".py").replace("/", ".")
        # a module's own private names are its own
        found |= {use for use in private_uses(path.read_text(encoding="utf-8"), rel)
                  if use.rsplit(".", 1)[0].split(" -> ")[1] != defining}
    return frozenset(found)


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
