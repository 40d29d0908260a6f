"""`medassist serve` (Gradio page + OpenAI-compatible API on one port) and `medassist chat` (terminal), and
building the assistant and the conversation service every surface shares."""

from __future__ import annotations

import argparse
import contextlib
import logging
from collections.abc import Callable, Iterator

from medassist.bot.commands.options import add_model_args, add_store_args, limits_from_args

log = logging.getLogger(__name__)


def open_store(args: argparse.Namespace):
    """The conversation store named by --database, migrated to head (its URL is never printed unmasked)."""
    from medassist.bot.store import Store
    from medassist.logging_setup import register_url_password

    register_url_password(args.database)  # masked in every log line, even a driver's error message
    store = Store.open(args.database, log_content=not args.no_log_content, retention_days=args.retention_days)
    log.info("conversation store: %s", store.url_for_display)
    return store


def build_service(args: argparse.Namespace, assistant, settings, store=None, *, access=None, limits=None):
    """The one conversation service a process's surfaces share."""
    from medassist.bot.conversation import ConversationService

    limits = limits or limits_from_args(args)  # validated before the store is opened
    store = store or open_store(args)
    return ConversationService(assistant, store, settings=settings, limits=limits, access=access)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the chat page and the OpenAI-compatible API")
    add_model_args(p)
    add_store_args(p)
    p.add_argument("--host", default="127.0.0.1", help="bind address (default: %(default)s, local only)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--auth", default=None, metavar="USER:PASS",
                   help="require a login for the page, and 'Bearer PASS' (or HTTP Basic) for the API")
    p.add_argument("--share", action="store_true", help="also open a public Gradio share link (needs internet)")
    p.add_argument("--log-content", action="store_true", help="include question and reply text in request logs")
    p.add_argument("--max-body-bytes", type=int, default=64 * 1024, metavar="N",
                   help="the largest API request body; larger ones get 413 (default: %(default)s)")
    p.add_argument("--client-rate-limit", type=int, default=60, metavar="N",
                   help="API requests one client (API key, else address) may send per minute, whatever "
                        "`user` values it names (default: %(default)s)")
    p.add_argument("--admin", action="store_true",
                   help="serve the admin desk at /admin (needs an account: `medassist admin add-user NAME`; "
                        "on by itself whenever an admin account exists)")
    p.set_defaults(func=run_serve)

    c = sub.add_parser("chat", help="chat in the terminal")
    add_model_args(c)
    add_store_args(c)
    c.set_defaults(func=run_chat)


def build_assistant(args: argparse.Namespace):
    from medassist.errors import MedAssistError
    from medassist.model import Assistant, GenerationSettings

    if args.max_input_chars is not None and args.max_input_chars < 1:
        raise MedAssistError("--max-input-chars must be at least 1")
    settings = GenerationSettings(max_new_tokens=args.max_new_tokens, temperature=args.temperature)
    assistant = Assistant.load(args.model, args.adapter, retrieval=not args.no_retrieval, device=args.device,
                               dtype=args.dtype, max_input_chars=args.max_input_chars,
                               max_active=args.max_active, max_waiting=args.max_waiting, backend=args.backend,
                               base_url=args.backend_url, backend_model=args.backend_model)
    return assistant, settings


def run_serve(args: argparse.Namespace) -> int:
    import threading

    from medassist.extras import require

    require("serve")
    import uvicorn

    from medassist.bot.web import request_log
    from medassist.bot.web.server import build_app, parse_auth
    from medassist.errors import MedAssistError

    auth = parse_auth(args.auth)
    if args.max_body_bytes < 1024:
        raise MedAssistError("--max-body-bytes must be at least 1024")
    limits = limits_from_args(args)  # validated before anything is opened or loaded
    store = open_store(args)
    try:
        api_mode(store, args.host, auth, share=args.share)
    except BaseException:
        store.close()
        raise
    assistant, settings = build_assistant(args)
    request_log.configure()
    service = build_service(args, assistant, settings, store, limits=limits)
    app = build_app(assistant, defaults=settings, auth=auth, log_content=args.log_content, store=store,
                    service=service, admin=args.admin or None, max_body_bytes=args.max_body_bytes)
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port, log_level="info",
                                           log_config=request_log.uvicorn_log_config()))
    if args.share:
        threading.Thread(target=_open_share_link, args=(server, args.port), daemon=True).start()
    print(f"MedAssist on http://{args.host}:{args.port}/  (API: /v1/chat/completions, health: /health)")
    try:
        server.run()  # until Ctrl-C or SIGTERM
    finally:
        shut_down(service)
    return 0


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def api_mode(store, host: str, auth, *, share: bool = False) -> str:
    """Say at start-up who may use the API; refuse to serve an open API beyond this machine: with
    no keys and no --auth, every caller shares one namespace of `user` values, so anyone who could
    reach the port could read and write everyone's conversations."""
    from medassist.bot.web import api_keys
    from medassist.errors import MedAssistError

    if api_keys.any_keys(store):
        active = sum(k.revoked_at is None for k in api_keys.list_keys(store))
        log.info("API: keys required (%d active); `medassist admin api-key list` shows them", active)
        return "keys"
    if auth is not None:
        log.info("API: the --auth password is required (one shared client); issue per-client keys with "
                 "`medassist admin api-key add NAME`")
        return "auth"
    if host not in LOOPBACK or share:
        where = "a public share link" if share else host
        raise MedAssistError(f"refusing to serve the API on {where} with no API keys and no --auth: anyone who "
                             "can reach the port could read and write every API user's conversations. Add a "
                             "key with `medassist admin api-key add NAME` (or set --auth), or bind 127.0.0.1")
    log.warning("API open without keys on loopback; add a key with medassist admin api-key add NAME")
    return "open"


def _open_share_link(server, port: int) -> None:
    """Tunnel the whole port (page and API) through Gradio's share service once the server is up."""
    import secrets
    import time

    from gradio import networking

    while not server.started:
        time.sleep(0.1)
    try:
        url = networking.setup_tunnel("127.0.0.1", port, secrets.token_urlsafe(32), None, None)
        print(f"public share link: {url}")
    except Exception as e:  # offline, or the share service refused: the local server keeps running
        log.error("could not open a share link (%s: %s); serving locally only", type(e).__name__, e)


def run_chat(args: argparse.Namespace) -> int:
    from medassist.bot.terminal import chat_loop

    assistant, settings = build_assistant(args)
    service = build_service(args, assistant, settings)
    try:
        return chat_loop(assistant, settings, service=service)
    finally:
        shut_down(service)


@contextlib.contextmanager
def lazy_service(args: argparse.Namespace, *, access, limits) -> Iterator[Callable[[], object]]:
    """`make_service` for a bot that loads the model and the store only once its platform accepted the token;
    whatever it built is shut down when the block ends (Ctrl-C included)."""
    built = []

    def make_service():
        assistant, settings = build_assistant(args)
        built.append(build_service(args, assistant, settings, access=access, limits=limits))
        return built[-1]

    try:
        yield make_service
    finally:
        for service in built:
            shut_down(service)


def shut_down(service) -> None:
    """Stop the service's loop and its assistant's generation engine before the interpreter exits: left
    running, the engine's thread aborted the process at exit ("terminate called", exit status 134 after EOF
    in `medassist chat`). Every process that builds a service (chat, serve, the bots) calls this."""
    service.close()
    service.assistant.runtime.close()
