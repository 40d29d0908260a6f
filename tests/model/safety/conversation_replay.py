"""A conversation replayed through `check_input` turn after turn, with the emergency state carried as the
conversation service keeps it (the last three messages as `recent`)."""

from __future__ import annotations

from medassist.model.safety import EMERGENCY_MESSAGE, check_input
from medassist.model.safety.conversation_state import still_active


def verdicts(turns: list[str]) -> list:
    active, out = False, []
    for i, text in enumerate(turns):
        out.append(check_input(text, recent=turns[max(0, i - 3):i], emergency_active=active))
        active = still_active(active, out[-1].action, out[-1].category)
    return out


def last_verdict(turns: list[str]):
    return verdicts(turns)[-1]


def gets_an_answer(verdict) -> bool:
    return verdict.action == "ok" and EMERGENCY_MESSAGE not in (verdict.message or "")
