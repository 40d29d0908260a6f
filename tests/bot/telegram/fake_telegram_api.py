"""A fake Telegram Bot API for offline tests, used through the real python-telegram-bot:

- `FakeBotAPI`: the state (queued updates, chats, sent messages) and the methods the bot calls
  (getMe, getUpdates, sendMessage, editMessageText, sendChatAction, sendDocument, setMyCommands,
  deleteWebhook, ...), recording every call; `fail_next` queues error replies (e.g. a 429);
  `unreachable` holds chat ids the bot may not write to (403, as for a person who never started
  the bot or blocked it); `documents(chat_id)` is the content of every file delivered there.
- `FakeRequest`: a `telegram.request.BaseRequest` that answers from a FakeBotAPI in-process.
- `FakeBotAPIServer`: the same API over HTTP on loopback (Starlette + uvicorn in a thread), for a
  real `medassist bot telegram` process started with `--telegram-api-url`.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from dataclasses import dataclass, field

from telegram.request import BaseRequest, RequestData

BOT_USER = {"id": 999000, "is_bot": True, "first_name": "MedAssist", "username": "medassist_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
TOKEN = "123456:TEST-token-never-printed"


@dataclass
class Call:
    method: str
    params: dict
    files: dict = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)


class FakeBotAPI:
    def __init__(self, token: str = TOKEN):
        self.token = token
        self.calls: list[Call] = []
        self.updates: list[dict] = []
        self.chats: dict[int, dict] = {}
        self.messages: dict[tuple[int, int], dict] = {}  # (chat id, message id) -> the message as it is now
        self.fail_next: dict[str, list[tuple[int, dict]]] = {}  # method -> [(status, body)] served first
        self.unreachable: set[int] = set()  # chat ids every method answers with 403 Forbidden
        self.files: dict[tuple[int, int], bytes] = {}  # (chat id, message id) -> a delivered document
        self._next_update = 1
        self._next_message = 1000
        self._user_messages = 1
        self.lock = threading.Lock()

    # ---- building updates ---------------------------------------------------------------------
    def _chat(self, chat_id: int, kind: str) -> dict:
        chat = {"id": chat_id, "type": kind}
        if kind == "private":
            chat["first_name"] = f"user{chat_id}"
        else:
            chat["title"] = f"group {chat_id}"
        self.chats[chat_id] = chat
        return chat

    def message_from(self, user_id: int, *, chat_id: int | None = None, kind: str = "private", **content) -> dict:
        """Queue an update with a message from `user_id` (a private chat unless `chat_id`/`kind`)."""
        chat = self._chat(chat_id if chat_id is not None else user_id, kind)
        with self.lock:
            message = {"message_id": self._user_messages, "date": int(time.time()), "chat": chat,
                       "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}, **content}
            self._user_messages += 1
            if isinstance(message.get("text"), str) and message["text"].startswith("/") and "entities" not in message:
                command = message["text"].split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
            update = {"update_id": self._next_update, "message": message}
            self._next_update += 1
            self.updates.append(update)
            return update

    def text(self, user_id: int, text: str, **kw) -> dict:
        return self.message_from(user_id, text=text, **kw)

    def mention(self, user_id: int, text_before: str, text_after: str, *, chat_id: int) -> dict:
        at = f"@{BOT_USER['username']}"
        text = f"{text_before}{at}{text_after}"
        offset = len(text_before.encode("utf-16-le")) // 2
        return self.message_from(user_id, chat_id=chat_id, kind="group", text=text,
                                 entities=[{"type": "mention", "offset": offset, "length": len(at)}])

    def sticker(self, user_id: int) -> dict:
        return self.message_from(user_id, sticker={"file_id": "stk", "file_unique_id": "stk1", "width": 512,
                                                   "height": 512, "is_animated": False, "is_video": False,
                                                   "type": "regular"})

    # ---- what the bot sent --------------------------------------------------------------------
    def sent(self, method: str | None = None) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if method is None or c.method == method]

    def texts_shown(self) -> list[str]:
        """Every text the bot sent that stays on screen: each sendMessage whose message was never
        edited afterwards, and the final edit of every edited message; plus document captions."""
        with self.lock:
            return [m.get("text") or m.get("caption") or "" for m in self.messages.values()]

    def documents(self, chat_id: int) -> list[bytes]:
        with self.lock:
            return [content for (c, _), content in self.files.items() if c == chat_id]

    def chat_texts(self, chat_id: int) -> list[str]:
        with self.lock:
            return [m.get("text") or m.get("caption") or "" for (c, _), m in self.messages.items() if c == chat_id]

    # ---- the API ------------------------------------------------------------------------------
    def handle(self, token: str, method: str, params: dict, files: dict | None = None) -> tuple[int, dict]:
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        with self.lock:
            if method != "getUpdates":
                self.calls.append(Call(method, params, files or {}))
            queued = self.fail_next.get(method)
            if queued:
                return queued.pop(0)
            if str(params.get("chat_id")) in {str(c) for c in self.unreachable}:
                return 403, {"ok": False, "error_code": 403,
                             "description": "Forbidden: bot can't initiate conversation with a user"}
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            return 200, {"ok": True, "result": True}  # deleteWebhook, setMyCommands, close, ...
        try:
            return 200, {"ok": True, "result": handler(params, files or {})}
        except KeyError:
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message to edit not found"}

    def api_getMe(self, params, files):
        return BOT_USER

    def pending_updates(self, offset: int) -> list[dict]:
        with self.lock:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            return list(self.updates)

    def _new_message(self, params: dict, **content) -> dict:
        chat_id = int(params["chat_id"])
        chat = self.chats.get(chat_id) or {"id": chat_id, "type": "private", "first_name": "x"}
        with self.lock:
            self._next_message += 1
            message = {"message_id": self._next_message, "date": int(time.time()), "chat": chat,
                       "from": BOT_USER, **content}
            self.messages[(chat_id, self._next_message)] = message
        return message

    def api_sendMessage(self, params, files):
        extra = {}
        reply = params.get("reply_parameters")
        if isinstance(reply, dict):
            extra["reply_to"] = reply.get("message_id")
        return self._new_message(params, text=params["text"], **extra)

    def api_editMessageText(self, params, files):
        key = (int(params["chat_id"]), int(params["message_id"]))
        with self.lock:
            message = self.messages.get(key)
            if message is None:
                raise KeyError(key)
            message = {**message, "text": params["text"], "edit_date": int(time.time())}
            self.messages[key] = message
        return message

    def api_sendDocument(self, params, files):
        document = files.get("document", b"")
        message = self._new_message(params, caption=params.get("caption"),
                                    document={"file_id": "doc", "file_unique_id": "doc1",
                                              "file_name": params.get("_filename", "file"),
                                              "file_size": len(document)})
        with self.lock:
            self.files[(message["chat"]["id"], message["message_id"])] = document
        return message


def decode_params(raw: dict) -> dict:
    """Bot API parameters arrive as strings holding JSON for non-string values."""
    out = {}
    for k, v in raw.items():
        if isinstance(v, str):
            try:
                out[k] = json.loads(v)
            except ValueError:
                out[k] = v
        else:
            out[k] = v
    return out


class FakeRequest(BaseRequest):
    """python-telegram-bot's HTTP layer replaced by a FakeBotAPI, in-process."""

    def __init__(self, api: FakeBotAPI):
        self.api = api

    @property
    def read_timeout(self) -> float:
        return 5.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(self, url, method, request_data: RequestData | None = None, read_timeout=None,
                         write_timeout=None, connect_timeout=None, pool_timeout=None) -> tuple[int, bytes]:
        token_and_method = url.split("/bot", 1)[1]
        token, api_method = token_and_method.rsplit("/", 1)
        params, files = {}, {}
        if request_data is not None:
            params = decode_params(request_data.json_parameters)
            for name, value in (request_data.multipart_data or {}).items():
                if isinstance(value, tuple):  # (filename, bytes, mime type)
                    files[name] = value[1]
                    params["_filename"] = value[0]
        if api_method == "getUpdates":
            status, body = 200, {"ok": True, "result": self.api.pending_updates(int(params.get("offset") or 0))}
        else:
            status, body = self.api.handle(token, api_method, params, files)
        await asyncio.sleep(0)
        return status, json.dumps(body).encode()


class FakeBotAPIServer:
    """The FakeBotAPI over HTTP: POST /bot<token>/<method>, as python-telegram-bot sends it."""

    def __init__(self, api: FakeBotAPI):
        import uvicorn
        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.responses import JSONResponse
        from starlette.routing import Route

        self.api = api

        async def endpoint(request: Request) -> JSONResponse:
            token, method = request.path_params["token"], request.path_params["method"]
            form = await request.form()
            raw, files = {}, {}
            for k, v in form.multi_items():
                if hasattr(v, "read"):
                    files[k] = await v.read()
                    raw["_filename"] = v.filename
                else:
                    raw[k] = v
            params = decode_params(raw)
            if method == "getUpdates":  # long polling: wait a little for updates to arrive
                if token != api.token:
                    return JSONResponse({"ok": False, "error_code": 401, "description": "Unauthorized"}, 401)
                deadline = time.monotonic() + min(float(params.get("timeout") or 0), 1.0)
                while True:
                    pending = api.pending_updates(int(params.get("offset") or 0))
                    if pending or time.monotonic() >= deadline:
                        return JSONResponse({"ok": True, "result": pending})
                    await asyncio.sleep(0.05)
            status, body = api.handle(token, method, params, files)
            return JSONResponse(body, status)

        app = Starlette(routes=[Route("/bot{token}/{method}", endpoint, methods=["POST", "GET"])])
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}/bot"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> FakeBotAPIServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the fake Bot API did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()
