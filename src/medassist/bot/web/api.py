"""OpenAI-compatible routes: POST /v1/chat/completions (streamed as SSE, or whole) and GET /v1/models.

Every bad request is an HTTP 400 with OpenAI's error shape ({"error": {"message", "type", ...}}),
never FastAPI's 422 and never a 500. Generation settings left out by the client take the server's
defaults (greedy decoding unless a temperature is given). The `model` field is accepted as given:
the server serves one model, which /v1/models and every response name.
"""

from __future__ import annotations

import itertools
import json
import logging
import time
import uuid
from collections.abc import Iterator
from typing import Literal

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

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
    # OpenAI's end-user id: the fairness key of the queue in front of the model (else the client address).
    user: str | None = Field(None, max_length=256)
    # MedAssist extension: the person's country (ISO 3166 alpha-2), for the number in an emergency reply.
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$")


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


def make_router(assistant: Assistant, *, defaults: GenerationSettings, log_content: bool = False,
                dependencies=(), service=None) -> APIRouter:
    """`service` (a ConversationService) answers and stores every turn. The `user` field is the
    person: their stored conversation is the history. Without it, each request is a conversation of
    its own and the client's `messages` are the history (stateless clients keep working)."""
    router = APIRouter(prefix="/v1", dependencies=list(dependencies))
    model_id = assistant.runtime.model_id

    @router.get("/models")
    def models() -> dict:
        return {"object": "list", "data": [{"id": model_id, "object": "model", "created": 0,
                                            "owned_by": "medassist",
                                            "adapter": assistant.runtime.adapter}]}

    @router.post("/chat/completions")
    def chat_completions(body: ChatCompletionRequest, request: Request):
        from medassist.bot.conversation import Who

        rid = new_request_id()
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
        client = request.client.host if request.client else None
        fair = body.user or client
        who = Who("api", body.user or uuid.uuid4().hex, country=body.country.upper() if body.country else None)
        replies = service.reply_blocking(who, question, history=None if body.user else history, settings=settings,
                                         use_retrieval=body.retrieval, notice=body.user is not None,
                                         queue_key=f"api:{fair}" if fair else None)
        first = next(replies)
        if first.kind not in ("answer", "emergency"):  # not an answer: an HTTP error, decided before streaming
            final = first
            for reply in replies:
                final = reply
            error = _refusal(final)
            if error is not None:
                log_turn(final.turn, route="api", request_id=rid, status=error.status_code, error=final.kind,
                         log_content=log_content, question=question)
                return error
            replies, first = iter(()), final
        completion_id = f"chatcmpl-{rid}"
        created = int(time.time())
        if body.stream:
            include_usage = bool(body.stream_options and body.stream_options.include_usage)
            return StreamingResponse(
                _sse(first, replies, completion_id, created, model_id, include_usage, rid, log_content, question),
                media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
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
        return {
            "id": completion_id, "object": "chat.completion", "created": created, "model": model_id,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": _finish_reason(turn)}],
            "usage": _usage(turn),
            # MedAssist extension (clients ignore unknown fields): the sources as data.
            "sources": [{"title": p.question, "url": p.source} for p in getattr(turn, "passages", [])],
        }

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
