"""One FastAPI app on one port: the OpenAI-compatible API at /v1, GET /health, the Gradio page at /.

Auth (`--auth user:pass`) covers both: the page through Gradio's login form, the API through
`Authorization: Bearer <pass>` (what `OpenAI(api_key=...)` sends) or HTTP Basic `user:pass`. Once an
admin has issued API keys (`medassist admin api-key add NAME`), the API takes those instead, one
namespace of people per key (see api_caller.py). /health stays open so probes work without
credentials and tells them nothing about the disk. API request bodies are limited in size
(body_limit.py). The page knows a browser by a signed cookie the server issues (page_identity.py).
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from medassist.bot.web.api import adapter_name, install_error_handlers, make_router
from medassist.bot.web.api_caller import caller_dependency
from medassist.bot.web.body_limit import DEFAULT_MAX_BODY_BYTES, BodyLimit
from medassist.errors import MedAssistError
from medassist.model.assistant import Assistant
from medassist.model.decoding import GenerationSettings

# Gradio phones home (analytics, version checks) unless told not to; this server works offline.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


def parse_auth(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise MedAssistError("--auth must look like user:password (both non-empty)")
    from medassist.logging_setup import register_secret

    register_secret(password)
    return user, password


def build_app(assistant: Assistant, *, defaults: GenerationSettings | None = None,
              auth: tuple[str, str] | None = None, log_content: bool = False, ui: bool = True,
              store=None, admin: bool | None = None, service=None,
              max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> FastAPI:
    """`service`: the ConversationService that answers and stores every turn of the page and the
    API (default: one on `store`, else on the default conversation store). `max_body_bytes`: the
    largest API request body (a larger one is a 413, refused before it is parsed)."""
    defaults = defaults or GenerationSettings()
    if service is None:
        from medassist.bot.conversation import ConversationService
        from medassist.bot.store import Store

        service = ConversationService(assistant, store if store is not None else Store.open(), settings=defaults)
    app = FastAPI(title="MedAssist", docs_url=None, redoc_url=None, openapi_url=None)
    install_error_handlers(app)
    app.include_router(make_router(assistant, defaults=defaults, log_content=log_content, service=service,
                                   caller=caller_dependency(service.store, auth)))
    app.openapi = lambda: api_schema(app)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes, prefix="/v1")

    @app.get("/health")
    def health() -> dict:
        # active/waiting: answers generating now and requests in line (model/queue.py), and the limits.
        load = assistant.runtime.stats() if hasattr(assistant.runtime, "stats") else {}
        return {"status": "ok", "model": assistant.runtime.model_id, "adapter": adapter_name(assistant.runtime),
                "retrieval": assistant.retriever is not None, **load}

    if store is not None:  # the admin desk at /admin: only with an admin account (see admin_enabled)
        from medassist.bot.admin.web import admin_enabled, admin_router

        if admin_enabled(store, admin):
            app.include_router(admin_router(store))

    if ui:  # mounted last: the page owns "/" and everything the routes above do not claim
        import gradio as gr

        from medassist.bot.web.gradio_page import build_ui
        from medassist.bot.web.page_identity import CookieIdentityMiddleware, IdentityCookies

        cookies = IdentityCookies()  # per process: a restart gives every browser a new identity
        app.add_middleware(CookieIdentityMiddleware, cookies=cookies)
        demo = build_ui(assistant, defaults=defaults, log_content=log_content, service=service,
                        identities=cookies)
        app = gr.mount_gradio_app(app, demo, path="/", auth=auth, footer_links=[])
    return app


def api_schema(app: FastAPI) -> dict:
    """The API's OpenAPI schema, as the API behaves: malformed requests are 400s (FastAPI would
    document its 422, which this server never sends). Not served (docs are off); tests fuzz it."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(title="MedAssist", version="1", routes=app.routes)
        schema["paths"] = {p: ops for p, ops in schema.get("paths", {}).items() if p.startswith("/v1/")}
        for operations in schema["paths"].values():
            for operation in operations.values():
                operation.get("responses", {}).pop("422", None)
        for unused in ("HTTPValidationError", "ValidationError"):
            schema.get("components", {}).get("schemas", {}).pop(unused, None)
        app.openapi_schema = schema
    return app.openapi_schema
