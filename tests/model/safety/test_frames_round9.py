"""Issue 21, ninth round: false alarms in frames, by kind (new wordings, not rows of tune9_frames.txt or
other.everyday_mild9.txt). Each story, pet follow-up, resolution and everyday message below got the emergency reply
on the code before the round; the emergencies beside them, told in the same clothing, must keep it."""

from __future__ import annotations

import pytest
from conversation_replay import gets_an_answer, last_verdict, verdicts

from medassist.model.safety import EMERGENCY_MESSAGE, check_input
from medassist.model.safety.messages import PET_NOTICE, RESOLVED_LINE

ANSWERED = [
    # the writer as a story's audience ("my heart was pounding") or its author ("so i can describe it")
    ["in succession logan collapses on the plane and cant breathe, my jaw dropped",
     "would a man his age survive that on a flight"],
    ["in my homebrew campaign the rogue gets bitten by a giant spider and starts fitting",
     "what does a venom seizure look like so i can describe it to my players"],
    # who runs a table game, a game's people by the game's kind, a book by its author
    ["dm for our mothership one shot here, the pilot is lying unconscious in the airlock",
     "how long before lack of oxygen does lasting harm"],
    ["my sims teen drowned in the pool because i deleted the ladder oops", "how long can people tread water really"],
    ["finished the road by cormac mccarthy, the father is coughing blood the whole way",
     "what illness would make someone cough blood like that"],
]


@pytest.mark.parametrize("turns", ANSWERED, ids=[t[-1][:40] for t in ANSWERED])
def test_stories_of_the_ninth_round_are_answered(turns):
    assert all(gets_an_answer(v) for v in verdicts(turns)), [(v.action, v.category) for v in verdicts(turns)]


@pytest.mark.parametrize("turns", [
    # the owner's care for the animal ("while i wait for the vet"), the pet's own leg
    ["our pony has a deep cut on her leg from the fence and its bleeding a lot",
     "should i hose it while i wait for the vet to come out"],
])
def test_a_pet_with_its_owner_caring_for_it_gets_the_vet_notice(turns):
    last = last_verdict(turns)
    assert last.action == "ok" and last.category == "pet" and PET_NOTICE in (last.notice or "")


RESOLVED = [
    # the service by its number, breathing easy again
    ["my son's lips are swelling after the satay", "911 got here fast, shot of adrenaline, he's breathing easier now"],
    # what was lost come back after a tia
    ["my nan's face has dropped on one side and she cant get her words out",
     "it was a mini stroke, it all came back in half an hour and the doctors say she's fine"],
]


@pytest.mark.parametrize("turns", RESOLVED, ids=[t[-1][:40] for t in RESOLVED])
def test_resolutions_of_the_ninth_round_end_the_emergency(turns):
    first, last = verdicts(turns)[0], verdicts(turns)[-1]
    assert first.action == "emergency"
    assert last.action == "ok" and RESOLVED_LINE in (last.notice or "") and EMERGENCY_MESSAGE not in (last.message or "")


@pytest.mark.parametrize("text", [
    # well again by going back to what the child was doing
    "toddler fell off her little chair, cried a second and went straight back to playing with her blocks",
])
def test_everyday_messages_of_the_ninth_round_are_answered(text):
    assert gets_an_answer(check_input(text))


EMERGENCIES = [
    # a story that turns real; the audience beside someone of their own in danger now
    ["in succession logan collapses on the plane", "my own dad just collapsed in front of the tv and cant breathe"],
    ["my heart was pounding watching the final episode", "now my chest is crushing and my left arm is numb"],
    # a table game, then a player in danger at the table
    ["dm for our campaign here", "one of my players just collapsed at the table and isnt breathing"],
    # the pet owner hurt himself
    ["our pony kicked me while i was cleaning her leg", "my leg is bleeding heavily and i cant stand up"],
    # after a tia, the same again now
    ["my nan had a mini stroke last year and it all came back", "right now her face has dropped again and she cant speak"],
    # chest pain with its danger signs, coughing or not
    ["my chest hurts when i cough and i'm sweating, my left arm is numb and i feel faint"],
]


@pytest.mark.parametrize("turns", EMERGENCIES, ids=[t[-1][:40] for t in EMERGENCIES])
def test_emergencies_in_the_same_clothing_keep_the_reply(turns):
    assert last_verdict(turns).action == "emergency"
