"""Turn after turn through the conversation service, with the store keeping the conversation: the last
reply of each turn, as a person on a chat platform sees it (shared by the safety-round tests)."""

from __future__ import annotations

import asyncio

from medassist.model.safety import EMERGENCY_MESSAGE


def replies(service, who, turns: list[str]) -> list:
    async def collect():
        out = []
        for text in turns:
            out.append([r async for r in service.reply(who, text)][-1])
        return out

    return asyncio.run(collect())


def answered(reply) -> bool:
    """An ordinary answer, not the emergency message."""
    return reply.kind == "answer" and EMERGENCY_MESSAGE not in reply.final_text
