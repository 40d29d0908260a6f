"""The admin desk at /admin: server-rendered pages over the store, for authenticated admins only.

* Auth: HTTP Basic against the admin accounts (salted scrypt hashes); no account, no access, ever.
  A verified login is remembered for a few minutes (keyed by an HMAC of the credentials under a
  per-process key) so each page does not pay a full scrypt. Repeated failures lock the client
  address and the name for a while (429 with Retry-After; login_limit.py).
* Forms that change something (mark reviewed) carry a per-admin token and must come from this
  origin: a page elsewhere cannot make the admin's browser post to the desk.
* Every view and export is written to the admin audit. Pages are never cached, never framed, and run
  no script (the charts are inline SVG); all stored text is HTML-escaped by Jinja2.
"""

# No `from __future__ import annotations` here: FastAPI reads the route signatures at run time, and
# the `Admin` dependency alias below lives in a closure that string annotations cannot reach.
import hashlib
import hmac
import logging
import math
import secrets
import threading
import time
from typing import Annotated
from urllib.parse import urlencode, urlparse

import jinja2
from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from medassist.bot.admin import accounts, charts, queries
from medassist.bot.admin.export import chunked, export_lines
from medassist.bot.admin.login_limit import LoginLimiter
from medassist.bot.store import Store
from medassist.errors import MedAssistError

log = logging.getLogger(__name__)

PAGE_SIZE = 50
LOGIN_CACHE_S = 60  # a removed account or changed password takes effect within a minute
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on the desk's own
    # forms, and the origin check below could not tell them from a cross-site post.
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                               "form-action 'self'; frame-ancestors 'none'",
}

_templates = jinja2.Environment(loader=jinja2.PackageLoader("medassist.bot.admin", "templates"),
                                autoescape=True, undefined=jinja2.StrictUndefined)


class Desk:
    """The desk's state: the store, the per-process secret, the short-lived login cache."""

    def __init__(self, store: "Store"):
        self.store = store
        self.key = secrets.token_bytes(32)
        self._verified: dict[str, float] = {}
        self._lock = threading.Lock()

    def check_login(self, username: str, password: str) -> bool:
        tag = hmac.new(self.key, f"{username}\0{password}".encode(), hashlib.sha256).hexdigest()
        now = time.monotonic()
        with self._lock:
            if self._verified.get(tag, 0) > now:
                return True
        if not accounts.authenticate(self.store, username, password):
            return False
        with self._lock:
            self._verified = {t: exp for t, exp in self._verified.items() if exp > now}
            self._verified[tag] = now + LOGIN_CACHE_S
        return True

    def csrf_token(self, username: str) -> str:
        return hmac.new(self.key, f"csrf\0{username}".encode(), hashlib.sha256).hexdigest()


def admin_router(store: Store, *, limiter: LoginLimiter | None = None) -> APIRouter:
    """`limiter`: the failed-login limiter (tests pass one with their own clock)."""
    desk = Desk(store)
    limiter = limiter if limiter is not None else LoginLimiter()  # (an empty one is falsy: len 0)
    accounts.dummy_hash()  # made now, so the first unknown name costs no more than a known one
    # the count only: the names are half of each login
    log.info("admin desk at /admin (HTTP Basic; %d admin accounts)", len(accounts.usernames(store)))
    from medassist.bot.admin.insights import keep_warm

    keep_warm(store)  # /admin/insights' clustering, precomputed in the background
    basic = HTTPBasic(auto_error=False, realm="MedAssist admin")
    challenge = {"WWW-Authenticate": 'Basic realm="MedAssist admin", charset="UTF-8"'}

    def admin(request: Request, credentials: Annotated[HTTPBasicCredentials | None, Depends(basic)]) -> str:
        if credentials is None:
            raise HTTPException(401, "admin login required", headers=challenge)
        address = request.client.host if request.client else "unknown"
        wait = limiter.retry_after(address, credentials.username)
        if wait > 0:  # locked: not even the right password is checked until the lock ends
            raise HTTPException(429, "too many failed logins: try again later",
                                headers={"Retry-After": str(math.ceil(wait))})
        if not desk.check_login(credentials.username, credentials.password):
            limiter.failure(address, credentials.username)
            raise HTTPException(401, "admin login required", headers=challenge)
        limiter.success(address, credentials.username)
        return credentials.username

    Admin = Annotated[str, Depends(admin)]
    router = APIRouter(prefix="/admin", include_in_schema=False)

    def page(name: str, who: str, **context) -> HTMLResponse:
        html = _templates.get_template(name).render(admin=who, csrf=desk.csrf_token(who), **context)
        return HTMLResponse(html, headers=SECURITY_HEADERS)

    def filters_from(request: Request) -> queries.Filters:
        q = request.query_params
        try:
            return queries.Filters(platform=q.get("platform") or None, user=q.get("user") or None,
                                   since=q.get("since") or None, until=q.get("until") or None,
                                   flagged=q.get("flagged") in ("1", "on", "true"), search=q.get("search") or None)
        except MedAssistError as e:
            raise HTTPException(400, str(e)) from e

    def query_string(f: queries.Filters, **extra) -> str:
        data = {k: ("1" if v is True else v) for k, v in f.as_dict().items()}
        return urlencode({**data, **{k: v for k, v in extra.items() if v is not None}})

    @router.get("")
    def root(who: Admin) -> RedirectResponse:
        return RedirectResponse("/admin/", status_code=307)

    @router.get("/", response_class=HTMLResponse)
    def dashboard(who: Admin, days: int = 30) -> HTMLResponse:
        days = min(max(days, 1), 366)
        daily = queries.daily_counts(store, days=days)
        stats = queries.stats(store)
        store.audit(who, "web", "dashboard", filters={"days": days})
        return page("dashboard.html", who, stats=stats, days=days,
                    messages_chart=charts.stacked_bars(daily["days"], daily["messages"],
                                                       title=f"Messages per day per platform, last {days} days"),
                    events_chart=charts.stacked_bars(daily["days"], {"safety events": daily["safety_events"]}
                                                     if any(daily["safety_events"]) else {},
                                                     title=f"Safety events per day, last {days} days"))

    @router.get("/conversations", response_class=HTMLResponse)
    def conversations(request: Request, who: Admin, page_no: int = 1) -> HTMLResponse:
        f = filters_from(request)
        page_no = max(page_no, 1)
        rows = queries.list_conversations(store, f, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
        total = queries.count_conversations(store, f)
        store.audit(who, "web", "list", filters={**f.as_dict(), "page": page_no})
        return page("conversations.html", who, rows=rows, total=total, f=f, page_no=page_no,
                    pages=max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1), qs=query_string(f),
                    platforms=_platforms(store))

    @router.get("/conversations/{conversation_id}", response_class=HTMLResponse)
    def conversation(conversation_id: int, who: Admin) -> HTMLResponse:
        conv = queries.thread(store, conversation_id)
        if conv is None:
            raise HTTPException(404, f"no conversation {conversation_id}")
        store.audit(who, "web", "show", target=f"conversation:{conversation_id}")
        return page("thread.html", who, c=conv)

    @router.get("/events", response_class=HTMLResponse)
    def events(request: Request, who: Admin, status: str = "open") -> HTMLResponse:
        if status not in ("open", "reviewed", "all"):
            raise HTTPException(400, "status must be open, reviewed or all")
        f = filters_from(request)
        rows = queries.safety_events(store, status=status, f=f)
        store.audit(who, "web", "events", filters={**f.as_dict(), "status": status})
        return page("events.html", who, rows=rows, status=status, f=f, platforms=_platforms(store))

    @router.post("/events/{event_id}/review")
    def review(event_id: int, request: Request, who: Admin, csrf: Annotated[str, Form()] = "",
               note: Annotated[str, Form()] = "", back: Annotated[str, Form()] = "/admin/events") -> Response:
        origin = request.headers.get("origin") or request.headers.get("referer")
        if origin and (origin == "null" or urlparse(origin).netloc != request.headers.get("host")):
            raise HTTPException(403, "cross-site form refused")
        if not hmac.compare_digest(csrf, desk.csrf_token(who)):
            raise HTTPException(403, "stale or missing form token: reload the page and try again")
        if not queries.mark_reviewed(store, event_id, by=who, note=note):
            raise HTTPException(404, f"no safety event {event_id}")
        store.audit(who, "web", "review", target=f"event:{event_id}")
        if not back.startswith("/admin/") or back.startswith("//"):
            back = "/admin/events"  # never redirect off the desk
        return RedirectResponse(back, status_code=303, headers=SECURITY_HEADERS)

    @router.get("/insights", response_class=HTMLResponse)
    def insights(request: Request, who: Admin) -> HTMLResponse:
        from medassist.bot.admin import insights_page
        from medassist.bot.admin.insights_period import Period

        q = request.query_params
        try:
            period = Period.parse(q.get("since"), q.get("until"), now=store.clock(), platform=q.get("platform"),
                                  chat=q.get("chat"), guild=q.get("guild"))
        except MedAssistError as e:
            raise HTTPException(400, str(e)) from e
        store.audit(who, "web", "insights", filters=period.as_dict())
        return page("insights.html", who, platforms=_platforms(store),
                    **insights_page.context(store, period, q.get("since"), q.get("until")))

    @router.get("/export")
    def export(request: Request, who: Admin, format: str = "csv") -> StreamingResponse:
        if format not in ("csv", "jsonl"):
            raise HTTPException(400, "format must be csv or jsonl")
        f = filters_from(request)
        store.audit(who, "web", f"export_{format}", filters=f.as_dict())
        media = "text/csv" if format == "csv" else "application/x-ndjson"
        stamp = store.clock().strftime("%Y%m%d-%H%M%S")
        return StreamingResponse(chunked(export_lines(queries.message_rows(store, f), format)), media_type=f"{media}; charset=utf-8",
                                 headers={**SECURITY_HEADERS,
                                          "Content-Disposition": f'attachment; filename="medassist-{stamp}.{format}"'})

    return router


def _platforms(store: Store) -> list[str]:
    from sqlalchemy import select

    from medassist.bot.store.models import Conversation

    with store.reading() as s:
        return sorted(s.scalars(select(Conversation.platform).distinct()))


def admin_enabled(store: Store, requested: bool | None = None) -> bool:
    """The desk is mounted when an admin account exists (or `--admin` asks for it), never open:
    without an account there is nobody who could log in, so there is nothing to mount."""
    if requested is False:
        return False
    if accounts.has_accounts(store):
        return True
    if requested:
        raise MedAssistError("--admin needs an admin account first: medassist admin add-user NAME "
                             "(with the same --database)")
    return False
