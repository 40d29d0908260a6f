"""One FastAPI app on one port: the OpenAI-compatible API at /v1, GET /health, the Gradio page at /.

Auth (`--auth user:pass`) covers both: the page through Gradio's login form, the API through
`Authorization: Bearer <pass>` (what `OpenAI(api_key=...)` sends) or HTTP Basic `user:pass`.
/health stays open so probes work without credentials, and tells them nothing about the disk.
The page knows a browser by a signed cookie the server issues (page_identity.py).
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request

from medassist.bot.web.api import install_error_handlers, make_router
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


def api_auth_dependency(auth: tuple[str, str]):
    user, password = auth

    def check(request: Request) -> None:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        ok = False
        if scheme.lower() == "bearer":
            ok = secrets.compare_digest(value.strip().encode(), password.encode())
        elif scheme.lower() == "basic":
            try:
                u, _, p = base64.b64decode(value.strip(), validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                u, p = "", ""
            ok = secrets.compare_digest(u.encode(), user.encode()) & secrets.compare_digest(
                p.encode(), password.encode())
        if not ok:
            raise HTTPException(401, "missing or wrong credentials: send 'Authorization: Bearer <password>' "
                                     "or HTTP Basic user:password", headers={"WWW-Authenticate": "Bearer"})

    return check


def build_app(assistant: Assistant, *, defaults: GenerationSettings | None = None,
              auth: tuple[str, str] | None = None, log_content: bool = False, ui: bool = True,
              store=None, admin: bool | None = None, service=None) -> FastAPI:
    """`service`: the ConversationService that answers and stores every turn of the page and the
    API (default: one on `store`, else on the default conversation store)."""
    defaults = defaults or GenerationSettings()
    if service is None:
        from medassist.bot.conversation import ConversationService
        from medassist.bot.store import Store

        service = ConversationService(assistant, store if store is not None else Store.open(), settings=defaults)
    app = FastAPI(title="MedAssist", docs_url=None, redoc_url=None, openapi_url=None)
    install_error_handlers(app)
    deps = [Depends(api_auth_dependency(auth))] if auth else []
    app.include_router(make_router(assistant, defaults=defaults, log_content=log_content, dependencies=deps,
                                   service=service))

    @app.get("/health")
    def health() -> dict:
        # active/waiting: answers generating now and requests in line (model/queue.py), and the limits.
        load = assistant.runtime.stats() if hasattr(assistant.runtime, "stats") else {}
        adapter = assistant.runtime.adapter  # the folder's name only: its path is nobody's business
        return {"status": "ok", "model": assistant.runtime.model_id,
                "adapter": Path(adapter).name if adapter else None,
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
