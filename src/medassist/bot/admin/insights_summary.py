"""The weekly summary an admin can have posted to the admin Telegram chat or Discord channel:
counts and topic names only. Topic names come from MedQuAD (the nearest passages' focus), so no
person's words, name or id is ever in it; example questions are not included at all."""

from __future__ import annotations

import logging

from medassist.bot.admin.insights import Insights
from medassist.bot.admin.insights_unanswered import REASONS
from medassist.bot.formatting import with_disclaimer

log = logging.getLogger(__name__)

TOP = 5
KIND_WORDS = {"emergency": "emergencies", "dosing": "dosing questions", "injection": "prompt-injection attempts",
              "rejected_input": "refused inputs"}


def summary_text(i: Insights) -> str:
    p, t = i.period, i.trends
    lines = [f"MedAssist weekly summary, {p.start:%Y-%m-%d} to {p.end:%Y-%m-%d} (UTC)"
             + (f", {p.platform}" if p.platform else ""),
             f"{i.questions} questions from {i.people} people."]
    if i.not_indexed:
        lines.append(f"({i.not_indexed} more not indexed yet: medassist admin reindex)")
    if i.topics:
        lines.append("Most asked topics:")
        for topic in i.topics[:TOP]:
            change = "" if topic["change"] is None else f", {topic['change'] * 100:+.0f}% on the week before"
            lines.append(f"{topic['id']}. {topic['name']}: {topic['questions']} questions{change}")
    poor = sum(g["questions"] for g in i.unanswered)
    if poor:
        reasons = ", ".join(f"{r.replace('_', ' ')} {sum(g.get(r, 0) for g in i.unanswered)}" for r in REASONS)
        lines.append(f"Answered poorly: {poor} questions ({reasons}); most in: "
                     + ", ".join(g["topic"] for g in i.unanswered[:3]))
    events = {k: sum(v) for k, v in t["per_kind"].items()}
    lines.append("Safety: " + (", ".join(f"{n} {KIND_WORDS.get(k, k)}" for k, n in events.items()) or "no events")
                 + f"; {t['open_now']} open for review.")
    return with_disclaimer("\n".join(lines))


async def post_telegram(text: str, *, token: str, chat_id: str, base_url: str, request=None) -> None:
    from telegram import Bot

    from medassist.bot.formatting import split_message

    bot = Bot(token, base_url=base_url, request=request)
    async with bot:
        for part in split_message(text, 4096):
            await bot.send_message(chat_id, part)


def post_discord(text: str, *, token: str, channel_id: int, api_url: str = "https://discord.com/api/v10",
                 transport=None) -> None:
    """One message through Discord's REST API (no gateway connection needed for a single post)."""
    import httpx

    from medassist.bot.formatting import split_message

    with httpx.Client(transport=transport, timeout=30) as client:
        for part in split_message(text, 2000):
            r = client.post(f"{api_url}/channels/{channel_id}/messages", json={"content": part},
                            headers={"Authorization": f"Bot {token}"})
            if r.status_code >= 400:
                from medassist.errors import MedAssistError

                raise MedAssistError(f"Discord refused the summary (HTTP {r.status_code})")
