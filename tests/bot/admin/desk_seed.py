"""Seed data for the admin desk and CLI tests (a module with a unique name, imported by both)."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

ADMIN, PASSWORD = "alice", "correct horse battery"
# Noon UTC nine days ago: recent enough for the charts' last 30 days, old enough to purge.
DAY = datetime.combine(datetime.now(timezone.utc).date() - timedelta(days=9), time(12))


def day(offset: int) -> str:
    """The seed's day + offset as YYYY-MM-DD (conversation 1 on day 0, 2 on day 2, 3 on day 4)."""
    return (DAY + timedelta(days=offset)).date().isoformat()


def seed(store) -> dict:
    """Three conversations on fixed days; returns their ids and the safety events' ids."""
    ids: dict = {}
    store.clock = lambda: DAY
    ann = store.touch_user("telegram", "1001", "Ann")
    c1 = store.current_conversation(ann.id, platform="telegram", chat_id="1001")
    store.add_message(c1, "user", "What is asthma?")
    store.add_message(c1, "assistant", "Asthma is a disease of the airways.", sources=["https://medlineplus.gov/asthma"],
                      prompt_tokens=40, completion_tokens=9, latency_ms=120.0, verdict="ok")
    ids["emergency_msg"] = store.add_message(c1, "user", "my chest hurts and my arm is numb", verdict="emergency",
                                             category="heart_attack", feeds_model=False)
    store.add_message(c1, "assistant", "Call your local emergency number now.", verdict="emergency",
                      feeds_model=False)
    store.clock = lambda: DAY + timedelta(days=2)
    bob = store.touch_user("discord", "2002", "Bob")
    c2 = store.current_conversation(bob.id, platform="discord", chat_id="555", is_private=False)
    store.add_message(c2, "user", "How many mg of ibuprofen can I take?", category="dose_request")
    store.add_message(c2, "assistant", "Follow the label and ask a pharmacist. <b>not bold</b>")
    store.clock = lambda: DAY + timedelta(days=4)
    c3 = store.current_conversation(bob.id, platform="discord", chat_id="777")
    store.add_message(c3, "user", "<script>alert('x')</script> what is flu?")
    store.add_message(c3, "assistant", "Influenza is a viral infection.")
    store.clock = lambda: DAY + timedelta(days=5)
    ids.update(c1=c1, c2=c2, c3=c3)
    return ids
