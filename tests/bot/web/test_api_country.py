"""Issue 21 on the OpenAI-compatible API: the `country` field gives the number in an emergency
reply; a malformed one is a 4xx."""

from __future__ import annotations

from medassist.bot.formatting import DISCLAIMER_LINE

URL = "/v1/chat/completions"


def ask(client, content, **extra):
    return client.post(URL, json={"model": "medassist", "messages": [{"role": "user", "content": content}], **extra})


def test_country_gives_the_emergency_number_in_the_persons_language(api_client):
    r = ask(api_client, "mi papa no respira", country="MX")
    assert r.status_code == 200
    content = r.json()["choices"][0]["message"]["content"]
    assert "Esto puede ser una emergencia médica" in content and "(911)" in content
    assert content.endswith(DISCLAIMER_LINE)
    es = ask(api_client, "mi papa no respira", country="es").json()["choices"][0]["message"]["content"]
    assert "(112)" in es


def test_malformed_country_is_refused(api_client):
    assert ask(api_client, "What is asthma?", country="Spain").status_code in (400, 422)
