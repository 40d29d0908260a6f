"""The async seam the bots use: `Turn.astream()` streams without blocking the event loop, and
cancelling the consumer really stops the model."""

from __future__ import annotations

import asyncio
import time

from medassist.model.decoding import GenerationSettings


def test_astream_yields_the_same_text_as_stream(assistant, settings):
    async def collect():
        turn = assistant.answer("What is gout?", settings=settings)
        return "".join([p async for p in turn.astream()])

    expected = assistant.answer("What is gout?", settings=settings).text()
    assert asyncio.run(collect()) == expected


def test_event_loop_stays_responsive_while_generating(assistant):
    async def main():
        ticks = 0

        async def ticker():
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        t = asyncio.create_task(ticker())
        turn = assistant.answer("What is asthma?", settings=GenerationSettings(max_new_tokens=64))
        pieces = [p async for p in turn.astream(with_sources=False)]
        t.cancel()
        return ticks, pieces, turn

    ticks, pieces, turn = asyncio.run(main())
    assert pieces and ticks >= 3  # the loop kept running between pieces


def test_cancelling_the_consumer_stops_generation(assistant):
    long = GenerationSettings(max_new_tokens=800, repetition_penalty=1.0)
    full = assistant.answer("What is anemia?", settings=long)
    full.text()
    assert full.generation.completion_tokens > 100  # uncancelled, this prompt runs long

    async def main():
        turn = assistant.answer("What is anemia?", settings=long)
        got = []

        async def consume():
            async for p in turn.astream(with_sources=False):
                got.append(p)

        task = asyncio.create_task(consume())
        while not got:
            await asyncio.sleep(0.005)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return turn

    turn = asyncio.run(main())
    gen = turn.generation
    assert gen._cancel.is_set()
    # The generation thread stops within a moment, far short of the uncancelled reply.
    deadline = time.monotonic() + 10
    while gen.completion_tokens == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert 0 < gen.completion_tokens < full.generation.completion_tokens // 2


def test_fixed_replies_stream_too(assistant):
    async def main():
        turn = assistant.answer("I think I'm having a heart attack right now")
        return turn, "".join([p async for p in turn.astream()])

    turn, text = asyncio.run(main())
    assert turn.action == "emergency" and text == turn.fixed_reply
