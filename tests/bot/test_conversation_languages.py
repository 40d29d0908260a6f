"""Issue 21 through ConversationService.reply, with the real Assistant's safety check: what the
person sees when they write an emergency in another language, with and without a country."""

from __future__ import annotations

import asyncio
import json

import pytest

from medassist.bot.conversation import ConversationService, Who
from medassist.bot.formatting import DISCLAIMER_LINE
from medassist.model.assistant import Assistant

SPANISH = "Esto puede ser una emergencia médica"


class NoModel:
    """The emergency and language replies never reach the model."""

    tokenizer = None

    def stream(self, *args, **kwargs):
        raise AssertionError("the model was asked to answer")


@pytest.fixture
def service(store, monkeypatch):
    monkeypatch.setattr("medassist.model.safety.learned.detector", lambda: None)  # rules + lexicons only
    return ConversationService(Assistant(NoModel()), store)


def final(service, who, text):
    async def go():
        return [r async for r in service.reply(who, text, notice=False)][-1]

    return asyncio.run(go())


def test_spanish_emergency_with_country_es_shows_112_and_ends_with_the_disclaimer(service):
    reply = final(service, Who("web", "ana", country="ES"), "mi papa no respira, ayuda")
    assert reply.kind == "emergency"
    assert SPANISH in reply.final_text and "(112)" in reply.final_text
    assert reply.final_text.endswith(DISCLAIMER_LINE)


def test_spanish_emergency_with_country_mx_shows_911(service):
    reply = final(service, Who("web", "luis", country="MX"), "me tome 30 pastillas")
    assert SPANISH in reply.final_text and "(911)" in reply.final_text and "(112)" not in reply.final_text


def test_stored_country_from_the_country_command_is_used(service, store):
    who = Who("telegram", "77", chat_id="77", language="es")
    confirmation = asyncio.run(service.set_country(who, "mx"))
    assert "Saved: your country is MX" in confirmation and confirmation.endswith(DISCLAIMER_LINE)
    reply = final(service, who, "mi hijo se trago las pastillas de la abuela")
    assert "(911)" in reply.final_text
    exported = json.loads(asyncio.run(service.export(who)))
    assert exported["user"]["country"] == "MX"
    assert "forgotten" in asyncio.run(service.set_country(who, "clear"))
    assert json.loads(asyncio.run(service.export(who)))["user"]["country"] is None


def test_country_command_refuses_an_unknown_code_politely_and_stores_nothing(service):
    who = Who("discord", "5", chat_id="c")
    text = asyncio.run(service.set_country(who, "Narnia"))
    assert "nothing was saved" in text and text.endswith(DISCLAIMER_LINE)
    assert "two-letter code" in asyncio.run(service.set_country(who, ""))


def test_non_emergency_in_another_language_is_answered_in_it_not_by_the_model(service):
    reply = final(service, Who("web", "marie"), "j'ai mal a la tete depuis deux jours, je peux prendre quoi")
    assert reply.kind == "refused" and reply.category == "unsupported_language"
    assert reply.final_text.startswith("MedAssist répond uniquement en anglais")
    assert reply.final_text.endswith(DISCLAIMER_LINE)
