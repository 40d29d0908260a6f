"""`medassist db upgrade|current` and `medassist admin ...`: the store from the terminal.

Every view or export of stored conversations is written to the admin audit with the OS user as the
actor, exactly as the web desk records its admins.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import TextIO

PASSWORD_ENV = "MEDASSIST_ADMIN_PASSWORD"


def _database_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database", default=None, metavar="URL",
                   help="database URL (default: $MEDASSIST_DATABASE_URL, else medassist.db in the user's "
                        "data directory)")


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--platform", default=None, help="telegram, discord, web, api, terminal")
    p.add_argument("--user", default=None, help="the platform's user id, or the display name")
    p.add_argument("--since", default=None, help="YYYY-MM-DD or ISO time (UTC)")
    p.add_argument("--until", default=None, help="YYYY-MM-DD (inclusive) or ISO time (UTC)")
    p.add_argument("--flagged", action="store_true", help="only conversations with a safety event")
    p.add_argument("--search", default=None, help="text that appears in a message")


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="the conversation database: migrate it, show its revision")
    dbs = db.add_subparsers(dest="db_command", required=True)
    p = dbs.add_parser("upgrade", help="migrate the database to this version's schema (creates it if new)")
    _database_arg(p)
    p.set_defaults(func=run_db_upgrade)
    p = dbs.add_parser("current", help="the database's schema revision and this version's newest")
    _database_arg(p)
    p.set_defaults(func=run_db_current)

    admin = sub.add_parser("admin", help="admin accounts, and audited views of the stored conversations")
    ads = admin.add_subparsers(dest="admin_command", required=True)
    p = ads.add_parser("add-user", help=f"create an admin for the web desk, or change the password "
                                        f"(password from a prompt, or ${PASSWORD_ENV})")
    p.add_argument("name")
    _database_arg(p)
    p.set_defaults(func=run_add_user)
    p = ads.add_parser("remove-user", help="delete an admin account")
    p.add_argument("name")
    _database_arg(p)
    p.set_defaults(func=run_remove_user)
    p = ads.add_parser("users", help="list the admin accounts")
    _database_arg(p)
    p.set_defaults(func=run_users)

    p = ads.add_parser("list", help="conversations, newest activity first")
    _filter_args(p)
    p.add_argument("--limit", type=int, default=50)
    _database_arg(p)
    p.set_defaults(func=run_list)
    p = ads.add_parser("show", help="one conversation as a thread")
    p.add_argument("conversation", type=int, help="conversation id (from `admin list`)")
    _database_arg(p)
    p.set_defaults(func=run_show)
    p = ads.add_parser("export", help="the messages of the filtered conversations, one row/object each")
    _filter_args(p)
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--output", default=None, help="file to write (default: standard output)")
    _database_arg(p)
    p.set_defaults(func=run_export)
    p = ads.add_parser("events", help="the safety-event review queue")
    p.add_argument("--status", choices=["open", "reviewed", "all"], default="open")
    _filter_args(p)
    _database_arg(p)
    p.set_defaults(func=run_events)
    p = ads.add_parser("review", help="mark a safety event reviewed")
    p.add_argument("event", type=int)
    p.add_argument("--note", default=None)
    _database_arg(p)
    p.set_defaults(func=run_review)
    p = ads.add_parser("purge", help="delete conversations older than N days, or everything of one user")
    p.add_argument("--older-than", type=int, default=None, metavar="DAYS")
    p.add_argument("--platform", default=None)
    p.add_argument("--user", default=None, help="with --platform: forget this user (the platform's user id)")
    p.add_argument("--yes", action="store_true", help="really delete (deletions cannot be undone)")
    _database_arg(p)
    p.set_defaults(func=run_purge)
    p = ads.add_parser("block", help="block (or --unblock) a user: the bots answer them with a short refusal")
    p.add_argument("--platform", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--unblock", action="store_true")
    _database_arg(p)
    p.set_defaults(func=run_block)
    p = ads.add_parser("stats", help="counts per platform, safety events per kind, latency")
    _database_arg(p)
    p.set_defaults(func=run_stats)
    _register_api_keys(ads)
    # Insights (issue 24): topics, unanswered, trends, reindex, weekly-summary live in their own module.
    from medassist.bot.admin import insights_cli

    insights_cli.register(ads)


def _register_api_keys(ads: argparse._SubParsersAction) -> None:
    keys = ads.add_parser("api-key", help="keys for the OpenAI-compatible API (one per client app)")
    ks = keys.add_subparsers(dest="api_key_command", required=True)
    p = ks.add_parser("add", help="issue a key (printed once; only its hash is stored)")
    p.add_argument("name", help="the client's name (1-64 letters, digits or _ . @ -), never reused")
    _database_arg(p)
    p.set_defaults(func=run_api_key_add)
    p = ks.add_parser("list", help="the keys: name, created, last used, revoked (never the key)")
    _database_arg(p)
    p.set_defaults(func=run_api_key_list)
    p = ks.add_parser("revoke", help="revoke a key at once (its client's requests get 401)")
    p.add_argument("name")
    _database_arg(p)
    p.set_defaults(func=run_api_key_revoke)


# ---- helpers ---------------------------------------------------------------------------------------
def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return f"uid:{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def _open(args: argparse.Namespace):
    from medassist.bot.store import Store

    # Admin commands never apply the retention period themselves: that is `admin purge`'s job.
    return Store.open(args.database, upgrade=True, retention_days=None)


def _filters(args: argparse.Namespace):
    from medassist.bot.admin.queries import Filters

    return Filters(platform=args.platform, user=args.user, since=args.since, until=args.until,
                   flagged=args.flagged, search=args.search)


def _positive(value: int, name: str) -> int:
    from medassist.errors import MedAssistError

    if value < 1:
        raise MedAssistError(f"{name} must be at least 1")
    return value


# ---- db ----------------------------------------------------------------------------------------------
def run_db_upgrade(args: argparse.Namespace) -> int:
    from medassist.bot.store import display_url, resolve_url
    from medassist.bot.store.migrate import head_revision, upgrade

    url = resolve_url(args.database)
    upgrade(url)
    print(f"{display_url(url)} is at revision {head_revision()} (head)")
    return 0


def run_db_current(args: argparse.Namespace) -> int:
    from medassist.bot.store import display_url, resolve_url
    from medassist.bot.store.engine import make_engine
    from medassist.bot.store.migrate import check_known, head_revision

    url = resolve_url(args.database)
    engine = make_engine(url)
    try:
        revisions = check_known(engine, url)
    finally:
        engine.dispose()
    head = head_revision()
    current = ", ".join(revisions) or "none (empty database)"
    state = "up to date" if revisions == (head,) else "run `medassist db upgrade`"
    print(f"{display_url(url)}: revision {current}; this medassist's head is {head} ({state})")
    return 0


# ---- accounts ----------------------------------------------------------------------------------------
def _read_password(name: str) -> str:
    from medassist.errors import MedAssistError

    if password := os.environ.get(PASSWORD_ENV):
        return password
    if not sys.stdin.isatty():
        raise MedAssistError(f"no terminal to ask for the password: set {PASSWORD_ENV}")
    first = getpass.getpass(f"password for admin {name}: ")
    if getpass.getpass("again: ") != first:
        raise MedAssistError("the two passwords differ")
    return first


def run_add_user(args: argparse.Namespace) -> int:
    from medassist.bot.admin import accounts

    password = _read_password(args.name)
    with _open(args) as store:
        created = accounts.set_password(store, args.name, password)
        store.audit(os_user(), "cli", "add_admin" if created else "change_password", target=args.name)
    print(f"admin {args.name} {'added' if created else 'password changed'}; the desk is at /admin on "
          "`medassist serve`")
    return 0


def run_remove_user(args: argparse.Namespace) -> int:
    from medassist.bot.admin import accounts
    from medassist.errors import MedAssistError

    with _open(args) as store:
        if not accounts.remove(store, args.name):
            raise MedAssistError(f"no admin named {args.name!r}")
        store.audit(os_user(), "cli", "remove_admin", target=args.name)
    print(f"admin {args.name} removed")
    return 0


def run_users(args: argparse.Namespace) -> int:
    from medassist.bot.admin import accounts

    with _open(args) as store:
        for name in accounts.usernames(store):
            print(name)
    return 0


# ---- views -------------------------------------------------------------------------------------------
def run_list(args: argparse.Namespace) -> int:
    from medassist.bot.admin.queries import count_conversations, list_conversations
    from medassist.bot.admin.visible import visible

    f = _filters(args)
    with _open(args) as store:
        rows = list_conversations(store, f, limit=_positive(args.limit, "--limit"))
        total = count_conversations(store, f)
        store.audit(os_user(), "cli", "list", filters=f.as_dict())
    print(f"{'id':>6}  {'platform':<9} {'user':<20} {'last activity':<20} {'msgs':>4} {'events':>6}  first question")
    for r in rows:
        flag = f"{r['safety_events']}" + ("!" if r["unreviewed"] else "")
        user = visible(r["display_name"] or r["user"], newlines=False)[:20]
        print(visible(f"{r['id']:>6}  {r['platform']:<9} {user:<20} {r['last_activity_at']:<20} "
                      f"{r['messages']:>4} {flag:>6}  {_one_line(r['preview'], 60)}", newlines=False))
    print(f"{len(rows)} of {total} conversations" + (" (! = unreviewed safety events)" if rows else ""))
    return 0


def _one_line(text: str | None, width: int) -> str:
    from medassist.bot.admin.visible import visible

    if text is None:
        return "(not stored)"
    text = visible(" ".join(text.split()), newlines=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def run_show(args: argparse.Namespace) -> int:
    from medassist.bot.admin.queries import thread
    from medassist.bot.admin.visible import visible
    from medassist.errors import MedAssistError

    with _open(args) as store:
        conv = thread(store, args.conversation)
        if conv is None:
            raise MedAssistError(f"no conversation {args.conversation}")
        store.audit(os_user(), "cli", "show", target=f"conversation:{args.conversation}")
    ended = f", ended {conv['ended_at']} ({conv['end_reason']})" if conv["ended_at"] else ""
    # Every stored string is printed through visible(): see admin/visible.py.
    print(visible(f"conversation {conv['id']} on {conv['platform']} with "
                  f"{conv['display_name'] or conv['user']} (user {conv['user']}, chat {conv['chat_id']}"
                  f"{', thread ' + conv['thread_id'] if conv['thread_id'] else ''}"
                  f", {'private' if conv['is_private'] else 'group'}), started {conv['started_at']}{ended}",
                  newlines=False))
    for m in conv["messages"]:
        tags = [t for t in (m["verdict"] if m["verdict"] not in (None, "ok") else None, m["category"]
                            if m["category"] not in (None, "ok") else None) if t]
        tags += [f"event #{e['id']} {e['kind']}" + (" reviewed" if e["reviewed_at"] else "") for e in m["events"]]
        print("\n" + visible(f"[{m['created_at']}] {m['role']}" + (f"  ({'; '.join(tags)})" if tags else ""),
                             newlines=False))
        print(visible(m["content"]) if m["content"] is not None else "(content not stored)")
        if m["sources"]:
            print(visible("sources: " + ", ".join(m["sources"]), newlines=False))
    return 0


def write_export(rows, fmt: str, out: TextIO) -> int:
    from medassist.bot.admin.export import export_lines

    count = 0

    def counted():
        nonlocal count
        for row in rows:
            count += 1
            yield row

    for line in export_lines(counted(), fmt):
        out.write(line)
    return count


def run_export(args: argparse.Namespace) -> int:
    from medassist.bot.admin.queries import message_rows

    f = _filters(args)
    with _open(args) as store:
        # Audited before the first row leaves, so an interrupted export is recorded too.
        store.audit(os_user(), "cli", f"export_{args.format}", target=args.output, filters=f.as_dict())
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n = write_export(message_rows(store, f), args.format, out)
            print(f"{n} messages written to {args.output}", file=sys.stderr)
        else:
            write_export(message_rows(store, f), args.format, sys.stdout)
    return 0


def run_events(args: argparse.Namespace) -> int:
    from medassist.bot.admin.queries import safety_events
    from medassist.bot.admin.visible import visible

    f = _filters(args)
    with _open(args) as store:
        events = safety_events(store, status=args.status, f=f)
        store.audit(os_user(), "cli", "events", filters={**f.as_dict(), "status": args.status})
    for e in events:
        review = f"reviewed by {e['reviewed_by']} {e['reviewed_at']}" if e["reviewed_at"] else "OPEN"
        print(visible(f"#{e['id']:<5} {e['created_at']}  {e['kind']:<14} {e['category'] or '':<16} "
                      f"{e['platform']:<9} conv {e['conversation_id']:<5} {review}  "
                      f"{_one_line(e['content'], 60)}"
                      + (f"  note: {_one_line(e['note'], 200)}" if e["note"] else ""), newlines=False))
    print(f"{len(events)} {args.status} safety events")
    return 0


def run_review(args: argparse.Namespace) -> int:
    from medassist.bot.admin.queries import mark_reviewed
    from medassist.errors import MedAssistError

    actor = os_user()
    with _open(args) as store:
        if not mark_reviewed(store, args.event, by=actor, note=args.note):
            raise MedAssistError(f"no safety event {args.event}")
        store.audit(actor, "cli", "review", target=f"event:{args.event}")
    print(f"safety event {args.event} marked reviewed by {actor}")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    from medassist.errors import MedAssistError

    forget = args.user is not None or args.platform is not None
    if forget and not (args.user and args.platform):
        raise MedAssistError("to forget a user give both --platform and --user")
    if forget == (args.older_than is not None):
        raise MedAssistError("give either --older-than DAYS or --platform P --user ID")
    if not args.yes:
        raise MedAssistError("purging deletes conversations for good: add --yes to confirm")
    with _open(args) as store:
        if forget:
            counts = store.forget_user(args.platform, args.user)
            # The audit keeps who was forgotten only as their pseudonym (as forget_user left the rest).
            store.audit(os_user(), "cli", "forget_user", target=store.pseudonym(args.platform, args.user))
            print(f"deleted user {args.platform}:{args.user}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        else:
            n = store.purge_older_than(_positive(args.older_than, "--older-than"))
            store.audit(os_user(), "cli", "purge", filters={"older_than_days": args.older_than})
            print(f"deleted {n} messages in conversations idle for more than {args.older_than} days")
    return 0


def run_block(args: argparse.Namespace) -> int:
    from medassist.errors import MedAssistError

    with _open(args) as store:
        changed = store.set_blocked(args.platform, args.user, not args.unblock)
        if args.unblock and not changed:
            raise MedAssistError(f"{args.platform}:{args.user} is not blocked")
        if changed:
            store.audit(os_user(), "cli", "unblock" if args.unblock else "block",
                        target=f"{args.platform}:{args.user}")
    # Anyone can be blocked, seen yet or not, and the block outlives /forget and the retention period.
    print(f"{args.platform}:{args.user} {'unblocked' if args.unblock else 'blocked'}"
          + ("" if changed else " already"))
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from medassist.bot.admin.queries import stats

    with _open(args) as store:
        data = stats(store)
        store.audit(os_user(), "cli", "stats")
    print(json.dumps(data, indent=2))
    return 0


# ---- API keys ----------------------------------------------------------------------------------------
def run_api_key_add(args: argparse.Namespace) -> int:
    from medassist.bot.web import api_keys

    with _open(args) as store:
        key, info = api_keys.issue(store, args.name)
        store.audit(os_user(), "cli", "add_api_key", target=args.name)
    print(f"API key for {info.name} (id {info.key_id}); shown only now, store it secretly:")
    print(key)
    print("clients send it as 'Authorization: Bearer <key>' (OpenAI(api_key=...)); now that a key exists, "
          "the API takes keys only", file=sys.stderr)
    return 0


def run_api_key_list(args: argparse.Namespace) -> int:
    from medassist.bot.store.store import iso
    from medassist.bot.web import api_keys

    with _open(args) as store:
        keys = api_keys.list_keys(store)
    print(f"{'name':<24} {'id':<8}  {'created':<20} {'last used':<20} revoked")
    for k in keys:
        print(f"{k.name:<24} {k.key_id:<8}  {iso(k.created_at):<20} {iso(k.last_used_at) or 'never':<20} "
              f"{iso(k.revoked_at) or 'no'}")
    print(f"{len(keys)} API keys ({sum(k.revoked_at is None for k in keys)} active)")
    return 0


def run_api_key_revoke(args: argparse.Namespace) -> int:
    from medassist.bot.web import api_keys

    with _open(args) as store:
        changed = api_keys.revoke(store, args.name)
        if changed:
            store.audit(os_user(), "cli", "revoke_api_key", target=args.name)
    print(f"API key {args.name} {'revoked' if changed else 'was already revoked'}")
    return 0
