"""OpenAI-compatible routes: POST /v1/chat/completions (streamed as SSE, or whole) and GET /v1/models,
plus each person's data: GET /v1/users/{user}/export and DELETE /v1/users/{user}.

Every bad request is an HTTP 400 with OpenAI's error shape ({"error": {"message", "type", ...}}),
never FastAPI's 422 and never a 500. Generation settings left out by the client take the server's
defaults (greedy decoding unless a temperature is given). The `model` field is accepted as given:
the server serves one model, which /v1/models and every response name.

`user` is the person, within the caller's namespace (its API key; see api_caller.py):
- with `user`, the person's stored conversation is the context. The client's earlier `messages`
  are not used (a client cannot rewrite what the person was told, nor switch off an emergency
  shown before); the response says so in `X-MedAssist-History: stored` and, when the client sent
  any, `X-MedAssist-Ignored-Messages: <n>`.
- without `user`, the client's `messages` are the context (`X-MedAssist-History: client`, trimmed to
  the same token budget), and the turn is stored under a fresh id returned in `X-MedAssist-User`:
  the client can export or delete it like any person's.
"""

from __future__ import annotations

import itertools
import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from medassist.bot.history import API_DATA_NOTICE
from medassist.bot.limits import RateLimiter
from medassist.bot.web.api_caller import USER_MAX_CHARS, Caller, check_user_id, stored_id
from medassist.bot.web.request_log import log_turn, new_request_id
from medassist.errors import MedAssistError
from medassist.model.assistant import Assistant
from medassist.model.decoding import MAX_NEW_TOKENS_LIMIT, GenerationSettings

log = logging.getLogger(__name__)


class TextPart(BaseModel):
    type: Literal["text"]
    text: str


class ChatMessage(BaseModel):
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[TextPart]

    def text(self) -> str:
        return self.content if isinstance(self.content, str) else "".join(p.text for p in self.content)


class StreamOptions(BaseModel):
    include_usage: bool = False


class ChatCompletionRequest(BaseModel):
    # Clients send fields we have no use for (user, seed, presence_penalty, ...): ignore them.
    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    max_tokens: int | None = Field(None, ge=1, le=MAX_NEW_TOKENS_LIMIT)
    max_completion_tokens: int | None = Field(None, ge=1, le=MAX_NEW_TOKENS_LIMIT)
    n: int = Field(1, ge=1, le=1)  # one choice per request
    # MedAssist extension: switch retrieval off for this request.
    retrieval: bool = True
    # OpenAI's end-user id: the person (their stored conversation is the context), within the
    # caller's namespace; also the fairness key of the queue in front of the model.
    user: str | None = Field(None, min_length=1, max_length=USER_MAX_CHARS)
    # MedAssist extension: the person's country (ISO 3166 alpha-2), for the number in an emergency reply.
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$")

    @field_validator("user")
    @classmethod
    def _printable_user(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                check_user_id(value)
            except MedAssistError as e:
                raise ValueError(str(e).removeprefix("user: ")) from None
        return value


class ErrorBody(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


class ChoiceMessage(BaseModel):
    role: Literal["assistant"]
    content: str


class Choice(BaseModel):
    index: int
    message: ChoiceMessage
    finish_reason: str


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class Source(BaseModel):
    title: str
    url: str


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[Choice]
    usage: Usage
    sources: list[Source]


class ModelCard(BaseModel):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str
    adapter: str | None


class ModelList(BaseModel):
    object: Literal["list"]
    data: list[ModelCard]


class UserDeleted(BaseModel):
    object: Literal["user.deleted"]
    user: str
    deleted: bool
    conversations: int
    messages: int


SSE_EVENT = {"type": "object", "required": ["data"],
             "properties": {"data": {"type": "string"}, "event": {"type": "string"}, "id": {"type": "string"}}}


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorResponse} for status in statuses}


HISTORY_HEADERS = {
    "X-MedAssist-History": {"description": "'stored' (the person's stored conversation was the context) or "
                                           "'client' (the request's messages were)", "schema": {"type": "string"}},
    "X-MedAssist-Ignored-Messages": {"description": "with `user`: how many earlier messages of the request "
                                                    "were not used", "schema": {"type": "string"}},
    "X-MedAssist-User": {"description": "without `user`: the id the turn is stored under (for export/delete)",
                         "schema": {"type": "string"}},
}


def openai_error(status: int, message: str, *, type_: str = "invalid_request_error",
                 param: str | None = None, code: str | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={
        "error": {"message": message, "type": type_, "param": param, "code": code}})


def install_error_handlers(app: FastAPI) -> None:
    """400 for every malformed request (bad JSON, wrong types, missing fields) with a message that
    names the field; HTTP errors keep their status in the same JSON shape."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        loc = [str(p) for p in first.get("loc", ()) if p != "body"]
        if first.get("type") == "json_invalid":
            message = "request body is not valid JSON"
        else:
            message = f"{'.'.join(loc) or 'body'}: {first.get('msg', 'invalid request')}"
        return openai_error(400, message, param=".".join(loc) or None)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        response = openai_error(exc.status_code, str(exc.detail),
                                type_="authentication_error" if exc.status_code == 401 else "invalid_request_error")
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        # A server fault (not the client's): logged with its traceback, answered in the same shape.
        log.error("unhandled error on %s", request.url.path, exc_info=exc)
        return openai_error(500, f"internal error ({type(exc).__name__})", type_="server_error")


def split_conversation(messages: list[ChatMessage]) -> tuple[list[dict], str]:
    """(history, current question). Client system messages travel in the history; the assistant's
    safety layer drops them, so they cannot replace the server's system prompt."""
    if messages[-1].role != "user":
        raise MedAssistError("messages: the last message must have role 'user'")
    history = [{"role": "system" if m.role == "developer" else m.role, "content": m.text()} for m in messages[:-1]]
    return history, messages[-1].text()


def adapter_name(runtime) -> str | None:
    """The served adapter's folder name: its path on this machine is nobody's business."""
    return Path(runtime.adapter).name if getattr(runtime, "adapter", None) else None


def make_router(assistant: Assistant, *, defaults: GenerationSettings, log_content: bool = False,
                caller, service) -> APIRouter:
    """`service` (a ConversationService) answers and stores every turn; `caller(request)`
    authenticates a request and returns its `Caller` (api_caller.caller_dependency). See the module
    docstring for what `user` means."""
    from medassist.bot.conversation import Who

    def authenticate(request: Request) -> None:
        request.state.caller = caller(request)

    router = APIRouter(prefix="/v1", dependencies=[Depends(authenticate)],
                       responses=_errors(400, 401, 413, 500))
    model_id = assistant.runtime.model_id
    per_client = RateLimiter(service.limits.per_client_per_minute)
    per_client_lock = threading.Lock()

    def person(who: Caller, user: str, country: str | None = None) -> Who:
        return Who("api", stored_id(who, user), country=country.upper() if country else None)

    def checked_user(user: str) -> str:
        try:
            return check_user_id(user)
        except MedAssistError as e:
            raise StarletteHTTPException(400, str(e)) from None

    @router.get("/models", response_model=ModelList)
    def models() -> dict:
        return {"object": "list", "data": [{"id": model_id, "object": "model", "created": 0,
                                            "owned_by": "medassist",
                                            "adapter": adapter_name(assistant.runtime)}]}

    @router.get("/users/{user}/export", responses={200: {"description": "everything stored about the person "
                                                         "(JSON)"}, **_errors(404)})
    def export_user(user: str, request: Request) -> JSONResponse:
        who: Caller = request.state.caller
        data = service.store.export_user("api", stored_id(who, checked_user(user)))
        if data["user"] is None:
            raise StarletteHTTPException(404, "nothing is stored for this user")
        return JSONResponse(data)

    @router.delete("/users/{user}", response_model=UserDeleted, responses=_errors(404))
    def delete_user(user: str, request: Request) -> dict:
        who: Caller = request.state.caller
        counts = service.call_blocking(service.erase(person(who, checked_user(user))))
        if not counts.get("users"):
            raise StarletteHTTPException(404, "nothing is stored for this user")
        return {"object": "user.deleted", "user": user, "deleted": True,
                "conversations": counts.get("conversations", 0), "messages": counts.get("messages", 0)}

    @router.post("/chat/completions", response_model=None, responses={
        200: {"model": ChatCompletion, "headers": HISTORY_HEADERS,
              # Before OpenAPI 3.2 an event stream's `schema` describes each event: its `data` line
              # holds one chat.completion.chunk as JSON (or "[DONE]").
              "content": {"text/event-stream": {"schema": SSE_EVENT}}},
        **_errors(403, 429, 503)})
    def chat_completions(body: ChatCompletionRequest, request: Request):
        who: Caller = request.state.caller
        rid = new_request_id()
        with per_client_lock:
            allowed = per_client.allow(who.limit_key)
        if not allowed:
            log_turn(None, route="api", request_id=rid, status=429, error="client_rate_limited")
            response = openai_error(429, f"this client sends requests faster than allowed (limit: "
                                         f"{per_client.per_minute} a minute)", type_="rate_limit_error",
                                    code="rate_limited")
            response.headers["Retry-After"] = "60"
            return response
        try:
            history, question = split_conversation(body.messages)
            settings = GenerationSettings(
                max_new_tokens=body.max_completion_tokens or body.max_tokens or defaults.max_new_tokens,
                temperature=defaults.temperature if body.temperature is None else body.temperature,
                top_p=defaults.top_p if body.top_p is None else body.top_p,
                repetition_penalty=defaults.repetition_penalty)
        except MedAssistError as e:
            log_turn(None, route="api", request_id=rid, status=400, error=str(e))
            return openai_error(400, str(e))
        if body.user is not None:
            user = body.user
            headers = {"X-MedAssist-History": "stored"}
            if history:
                headers["X-MedAssist-Ignored-Messages"] = str(len(history))
        else:
            user = f"anon-{uuid.uuid4().hex}"
            headers = {"X-MedAssist-History": "client", "X-MedAssist-User": user}
        replies = service.reply_blocking(person(who, user, body.country), question, history=None if body.user else history,
                                         settings=settings, use_retrieval=body.retrieval,
                                         notice=API_DATA_NOTICE if body.user is not None else False,
                                         queue_key=f"api:{stored_id(who, user) if body.user else who.limit_key}")
        first = next(replies)
        if first.kind not in ("answer", "emergency"):  # not an answer: an HTTP error, decided before streaming
            final = first
            for reply in replies:
                final = reply
            error = _refusal(final)
            if error is not None:
                log_turn(final.turn, route="api", request_id=rid, status=error.status_code, error=final.kind,
                         log_content=log_content, question=question)
                error.headers.update(headers)
                return error
            replies, first = iter(()), final
        completion_id = f"chatcmpl-{rid}"
        created = int(time.time())
        if body.stream:
            include_usage = bool(body.stream_options and body.stream_options.include_usage)
            return StreamingResponse(
                _sse(first, replies, completion_id, created, model_id, include_usage, rid, log_content, question),
                media_type="text/event-stream", headers={"Cache-Control": "no-cache", **headers})
        last = first
        for reply in replies:
            last = reply
        turn = last.turn
        if last.kind == "error":
            log_turn(turn, route="api", request_id=rid, status=500, error="generation", log_content=log_content,
                     question=question)
            return openai_error(500, "generation failed", type_="server_error")
        text = last.final_text
        log_turn(turn, route="api", request_id=rid, log_content=log_content, question=question, reply=text)
        return JSONResponse(headers=headers, content={
            "id": completion_id, "object": "chat.completion", "created": created, "model": model_id,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": _finish_reason(turn)}],
            "usage": _usage(turn),
            # MedAssist extension (clients ignore unknown fields): the sources as data.
            "sources": [{"title": p.question, "url": p.source} for p in getattr(turn, "passages", [])],
        })

    return router


def _refusal(reply) -> JSONResponse | None:
    """The HTTP error for a reply that is not an answer (None: send it as a normal completion)."""
    if reply.kind == "refused":  # the message's form (empty, too long, ...): the client's to fix
        return openai_error(400, reply.text or "invalid input", param="messages",
                            code=getattr(reply.turn, "category", None))
    if reply.kind == "busy":  # the model's line is full, or this user's previous answer is still running
        response = openai_error(503, reply.text, type_="server_busy", code="busy")
        response.headers["Retry-After"] = str(int(reply.retry_after_s or 5))
        return response
    if reply.kind == "rate_limited":
        response = openai_error(429, reply.text, type_="rate_limit_error", code="rate_limited")
        response.headers["Retry-After"] = "60"
        return response
    if reply.kind in ("blocked", "not_allowed"):
        return openai_error(403, reply.text, type_="permission_error", code=reply.kind)
    if reply.kind == "error":
        return openai_error(500, "generation failed", type_="server_error")
    return None


def _finish_reason(turn) -> str:
    gen = getattr(turn, "generation", None)
    return gen.finish_reason if gen else "stop"


def _usage(turn) -> dict:
    gen = getattr(turn, "generation", None)
    prompt, completion = (gen.prompt_tokens, gen.completion_tokens) if gen else (0, 0)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _sse(first, replies, completion_id: str, created: int, model_id: str, include_usage: bool, rid: str,
         log_content: bool, question: str) -> Iterator[str]:
    """The reply's text as it grows: the notice (if any), the answer's pieces, then the rest of the
    final text (sources, disclaimer), so the streamed text adds up to exactly the stored reply."""
    def event(delta: dict, finish_reason: str | None = None) -> str:
        chunk = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model_id,
                 "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}
        return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

    sent = ""
    status = 200
    last = first
    try:
        yield event({"role": "assistant", "content": ""})
        for reply in itertools.chain([first], replies):
            last = reply
            if reply.kind == "error":
                raise RuntimeError("generation failed")
            shown = reply.final_text if reply.done else (f"{reply.notice}\n\n{reply.text}" if reply.notice
                                                          else reply.text)
            if shown.startswith(sent) and len(shown) > len(sent):
                yield event({"content": shown[len(sent):]})
                sent = shown
        yield event({}, _finish_reason(last.turn))
        if include_usage:
            usage = {"id": completion_id, "object": "chat.completion.chunk", "created": created,
                     "model": model_id, "choices": [], "usage": _usage(last.turn)}
            yield f"data: {json.dumps(usage)}\n\n"
        yield "data: [DONE]\n\n"
    except GeneratorExit:
        status = 499  # the client went away; closing `replies` below cancels the generation
        raise
    except Exception as e:  # headers are sent: report in-band, then end the stream
        status = 500
        log.error("generation failed (%s)", type(e).__name__)
        yield f"data: {json.dumps({'error': {'message': 'generation failed', 'type': 'server_error'}})}\n\n"
    finally:
        replies.close()
        log_turn(last.turn, route="api", request_id=rid, status=status, stream=True, log_content=log_content,
                 question=question, reply=sent)
