"""`medassist serve` (Gradio page + OpenAI-compatible API on one port) and `medassist chat` (terminal)."""

from __future__ import annotations

import argparse
import logging

log = logging.getLogger(__name__)


def _model_args(p: argparse.ArgumentParser, *, base_url_alias: bool = True) -> None:
    """The model options every surface shares. The engine's URL is `--backend-url` everywhere; the old
    `--base-url` stays one release as its hidden alias (`base_url_alias`), except on the commands where
    it meant the Telegram Bot API's URL (there it is `--telegram-api-url`'s alias)."""
    from medassist.deprecated_flags import add_deprecated_alias
    from medassist.model.decoding import GenerationSettings

    d = GenerationSettings()  # the one decoder default (eval uses it too)
    p.add_argument("--model", default=None,
                   help="base model: known name, local folder or hub id (default: the adapter's base, "
                        "else smollm2-135m-instruct)")
    p.add_argument("--adapter", default="default",
                   help="LoRA adapter folder, or 'none' for the untuned base (default: the shipped adapter "
                        "when present)")
    p.add_argument("--no-retrieval", action="store_true", help="answer without retrieved MedQuAD passages")
    p.add_argument("--max-input-chars", type=int, default=None,
                   help="longest accepted question in characters (default: the safety layer's, 2000)")
    p.add_argument("--max-new-tokens", type=int, default=d.max_new_tokens, help="default reply length cap")
    p.add_argument("--temperature", type=float, default=d.temperature, help="default temperature; 0 = greedy")
    p.add_argument("--device", default=None, help="cpu, cuda, ... (default: best available)")
    p.add_argument("--dtype", default="auto", help="auto, float32, bfloat16 or float16")
    from medassist.model.queue import DEFAULT_MAX_ACTIVE, DEFAULT_MAX_WAITING

    p.add_argument("--max-active", type=int, default=DEFAULT_MAX_ACTIVE,
                   help="answers generated at once (one continuous batch; default: %(default)s)")
    p.add_argument("--max-waiting", type=int, default=DEFAULT_MAX_WAITING,
                   help="requests waiting for a slot before new ones get a busy reply (default: %(default)s)")
    p.add_argument("--backend", choices=("local", "openai"), default="local",
                   help="local: generate in this process; openai: send generation to an OpenAI-compatible "
                        "engine (vLLM, another medassist serve), keeping safety/retrieval/history here")
    p.add_argument("--backend-url", default=None, metavar="URL", help="with --backend openai: the engine's URL, "
                   "e.g. http://127.0.0.1:8000/v1 (key: MEDASSIST_BACKEND_API_KEY)")
    if base_url_alias:
        add_deprecated_alias(p, "--base-url", "--backend-url", "backend_url")
    p.add_argument("--backend-model", default=None, help="with --backend openai: the model name the engine serves")


def _store_args(p: argparse.ArgumentParser) -> None:
    """Where conversations are kept, and for how long (every surface stores its turns)."""
    p.add_argument("--database", default=None, metavar="URL",
                   help="conversation store: sqlite:///FILE or postgresql+psycopg://... (default: "
                        "MEDASSIST_DATABASE_URL, else medassist.db in the user's data directory)")
    p.add_argument("--no-log-content", action="store_true",
                   help="store message metadata only (no question or answer text; then there is no history)")
    p.add_argument("--retention-days", type=int, default=90,
                   help="delete conversations idle for longer than this at start-up (default: %(default)s)")
    p.add_argument("--idle-timeout", type=float, default=1800, metavar="SECONDS",
                   help="a conversation silent this long is closed; the next message starts a new one "
                        "(default: %(default)s)")


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
    _model_args(p)
    _store_args(p)
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
    _model_args(c)
    _store_args(c)
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
    app = build_app(assistant, defaults=settings, auth=auth, log_content=args.log_content, store=store,
                    service=build_service(args, assistant, settings, store, limits=limits), admin=args.admin or None,
                    max_body_bytes=args.max_body_bytes)
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port, log_level="info",
                                           log_config=request_log.uvicorn_log_config()))
    if args.share:
        threading.Thread(target=_open_share_link, args=(server, args.port), daemon=True).start()
    print(f"MedAssist on http://{args.host}:{args.port}/  (API: /v1/chat/completions, health: /health)")
    server.run()
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
    return chat_loop(assistant, settings, service=build_service(args, assistant, settings))


DATABASE_ENV = "MEDASSIST_DATABASE_URL"


def add_env_file_arg(p: argparse.ArgumentParser, tokens: str) -> None:
    """The bots' token file: `--env-file` (the old `--config`, which elsewhere means a YAML config,
    stays one release as a hidden alias)."""
    from medassist.deprecated_flags import add_deprecated_alias

    p.add_argument("--env-file", default=None, metavar="FILE",
                   help=f"a .env-style file with {tokens} (read instead of the environment), and optionally "
                        f"{DATABASE_ENV}=... (used unless --database is given)")
    add_deprecated_alias(p, "--config", "--env-file", "env_file")


def read_bot_env(args: argparse.Namespace, *tokens: tuple[str, str]) -> list[str]:
    """The bot tokens named in `tokens` ((variable, how to get one) pairs) from --env-file or the
    environment, in order; and the database URL from the file when --database was not given. The one
    reader for every bot command. Nothing read is ever printed or logged."""
    values = [read_token(env, args.env_file, how) for env, how in tokens]
    if args.env_file and not args.database:
        from dotenv import dotenv_values

        args.database = (dotenv_values(args.env_file).get(DATABASE_ENV) or "").strip() or None
    return values


def read_token(env: str, env_file: str | None, how_to_get: str) -> str:
    """A bot token from --env-file FILE (a .env-style file) or the environment variable `env`. Never
    printed or logged; a missing one is a clear error naming the variable."""
    import os

    from medassist.errors import MedAssistError
    from medassist.logging_setup import register_secret

    if env_file:
        from dotenv import dotenv_values

        if not os.path.isfile(env_file):
            raise MedAssistError(f"--env-file: no such file: {env_file}")
        token = (dotenv_values(env_file).get(env) or "").strip()
        if not token:
            raise MedAssistError(f"--env-file {env_file} has no {env}=... line")
        register_secret(token)
        return token
    token = os.environ.get(env, "").strip()
    if not token:
        raise MedAssistError(f"no bot token: set {env} ({how_to_get}), or pass --env-file FILE with a {env}=... line")
    register_secret(token)
    return token


def bot_limit_args(p: argparse.ArgumentParser) -> None:
    """Options every chat-platform bot shares: admin-desk links and the per-person/global limits
    (defaults: the service's own `Limits`)."""
    from medassist.bot.limits import Limits

    d = Limits()
    p.add_argument("--admin-url", default="",
                   help="base URL of the admin desk, for links in forwarded safety events (default: relative links)")
    p.add_argument("--rate-limit", type=int, default=d.per_user_per_minute, metavar="N",
                   help="messages one person may send per minute (default: %(default)s)")
    p.add_argument("--max-queue", type=int, default=d.max_queue, metavar="N",
                   help="answers in progress or waiting, all people together (default: %(default)s)")


ACCESS_LISTS = (  # flag, what, Access field
    ("--allow-users", "answer only these user ids (anywhere the other lists allow)", "allow_users"),
    ("--allow-chats", "Telegram: answer everyone in these chat ids (groups) as well", "allow_chats"),
    ("--allow-guilds", "Discord: answer only in these servers", "allow_guilds"),
    ("--allow-channels", "Discord: answer only in these channels (or categories; a thread counts its "
                         "parent)", "allow_channels"),
    ("--allow-roles", "Discord: answer people with one of these roles as well", "allow_roles"),
    ("--block-users", "never answer these user ids", "block_users"),
    ("--admin-ids", "user ids that may use /stats (and are always answered)", "admin_ids"),
)


def add_access_args(p: argparse.ArgumentParser) -> None:
    """Who may use a bot: the same options on every bot command (`limits.Access`, enforced by the
    conversation service). Ids are numbers, space- or comma-separated; empty allow lists allow everyone."""
    for flag, what, _ in ACCESS_LISTS:
        p.add_argument(flag, nargs="+", default=None, metavar="ID", help=what)


def ids(values: list[str] | None, flag: str) -> list[str]:
    """Platform ids from the command line (space- or comma-separated), checked: Telegram's and Discord's
    are integers (a Telegram group's is negative)."""
    from medassist.errors import MedAssistError

    out = []
    for value in values or ():
        for piece in value.replace(",", " ").split():
            if not piece.lstrip("-").isdigit():
                raise MedAssistError(f"{flag}: '{piece}' is not an id (a number: Telegram's from the bot's /start "
                                     "logs or @userinfobot; Discord's with Developer Mode on and 'Copy ID')")
            out.append(piece)
    return out


def access_from_args(args: argparse.Namespace, *, admin_ids=()):
    """The service's `Access` from `add_access_args`' options (`admin_ids`: more admins, e.g. per platform)."""
    from medassist.bot.limits import Access

    lists = {name: ids(getattr(args, flag[2:].replace("-", "_"), None), flag) for flag, _, name in ACCESS_LISTS}
    lists["admin_ids"] += list(admin_ids)
    return Access.from_lists(**lists)


def limits_from_args(args: argparse.Namespace):
    """The service's `Limits` from the command line: --idle-timeout on every surface, --rate-limit and
    --max-queue where the command has them (the bots; elsewhere the defaults)."""
    from medassist.bot.limits import Limits

    bot = {field: getattr(args, flag) for field, flag in (("per_user_per_minute", "rate_limit"),
                                                          ("max_queue", "max_queue"),
                                                          ("per_client_per_minute", "client_rate_limit"))
           if hasattr(args, flag)}
    return Limits(idle_timeout_s=args.idle_timeout, **bot)
