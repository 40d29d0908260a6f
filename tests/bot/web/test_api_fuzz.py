"""The API fuzzed from its own OpenAPI schema (schemathesis, through the ASGI app): valid and invalid
requests alike never get a 500, and every response matches what the schema documents (status codes,
content types, bodies, headers). A canned runtime stands in for the model so a few hundred requests
take seconds; the safety layer, store, keys and limits in front of it are the real ones."""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402
from schemathesis import checks  # noqa: E402

from medassist.bot.conversation import ConversationService  # noqa: E402
from medassist.bot.limits import Limits  # noqa: E402
from medassist.model.runtime import Generation  # noqa: E402

CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.response_headers_conformance]
EXAMPLES = 50  # per operation (positive and negative cases together): about 200 requests in all


class CannedRuntime:
    """The runtime's surface the assistant uses, answering every prompt with two pieces at once."""

    model_id = "canned"
    adapter = None
    tokenizer = None

    def stream(self, question, history, context, settings, user=None) -> Generation:
        return Generation(prompt_tokens=len(question) // 4 + 1, dropped_turns=0,
                          max_new_tokens=settings.max_new_tokens, completion_tokens=2,
                          _pieces=iter(["A short ", "answer."]))


@pytest.fixture
def fuzz_app():
    from medassist.bot.store import Store
    from medassist.bot.web.server import build_app
    from medassist.model.assistant import Assistant
    from medassist.model.decoding import GenerationSettings

    store = Store.open("sqlite://", retention_days=None)  # in memory: the fuzzer's many writes stay fast
    assistant = Assistant(CannedRuntime())
    settings = GenerationSettings(max_new_tokens=8)
    # Limits high enough that the fuzzer's burst is answered, not rate limited (429s are documented).
    service = ConversationService(assistant, store, settings=settings,
                                  limits=Limits(per_user_per_minute=10_000, per_client_per_minute=10_000))
    yield build_app(assistant, defaults=settings, ui=False, store=store, service=service)
    service.close()
    store.close()


@pytest.fixture
def api_schema(fuzz_app):
    schema = schemathesis.openapi.from_dict(fuzz_app.openapi())
    schema.app = fuzz_app
    return schema


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
# Derandomized in the suite, so a run is repeatable; MEDASSIST_FUZZ_RANDOM=1 explores new inputs.
@hypothesis_settings(max_examples=EXAMPLES, deadline=None, database=None,
                     derandomize=not os.environ.get("MEDASSIST_FUZZ_RANDOM"),
                     suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema_and_never_fails(case):
    case.call_and_validate(checks=CHECKS)


def test_the_schema_documents_the_api_as_it_behaves(fuzz_app):
    spec = fuzz_app.openapi()
    paths = spec["paths"]
    assert set(paths) == {"/v1/models", "/v1/chat/completions", "/v1/users/{user}", "/v1/users/{user}/export"}
    for operations in paths.values():
        for operation in operations.values():
            assert "422" not in operation["responses"]  # malformed requests are 400s here
            assert {"400", "401", "413"} <= set(operation["responses"])
