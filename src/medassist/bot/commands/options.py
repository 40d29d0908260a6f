"""The options several commands share, and turning them into objects: the model options every
surface has (`add_model_args`), where conversations are kept (`add_store_args`), and the bots'
token file, access lists and limits. Nothing heavy is imported at module level: building the
parser stays cheap."""

from __future__ import annotations

import argparse


def add_model_args(p: argparse.ArgumentParser, *, base_url_alias: bool = True) -> None:
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


def add_store_args(p: argparse.ArgumentParser) -> None:
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
