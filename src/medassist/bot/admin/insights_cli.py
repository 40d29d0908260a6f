"""`medassist admin topics|unanswered|trends|reindex|weekly-summary`: the insights in the terminal.

Every view is audited with the OS user as the actor, like the other admin commands."""

from __future__ import annotations

import argparse
import csv
import json
import sys

FORMATS = ["table", "json", "csv"]


def _period_args(p: argparse.ArgumentParser) -> None:
    from medassist.bot.commands.admin import _database_arg

    p.add_argument("--since", default=None, help="YYYY-MM-DD or ISO time (UTC); default: 7 days before --until")
    p.add_argument("--until", default=None, help="YYYY-MM-DD (inclusive) or ISO time (UTC); default: now")
    p.add_argument("--platform", default=None, help="telegram, discord, web, api, terminal")
    p.add_argument("--chat", default=None, help="one chat / channel id (a Telegram group, a Discord channel)")
    p.add_argument("--guild", default=None, help="one Discord server id (conversations stored since this "
                                                 "version record it)")
    _database_arg(p)


def register(ads: argparse._SubParsersAction) -> None:
    from medassist.bot.commands.admin import _database_arg

    for name, what in (("topics", "what people asked about: question topics of a period, with trends"),
                       ("unanswered", "questions answered poorly (refused, abstained, low support, weak evidence, rephrased), "
                                      "per topic"),
                       ("trends", "safety events per day per kind and category, and the review backlog")):
        p = ads.add_parser(name, help=what)
        _period_args(p)
        p.add_argument("--format", choices=FORMATS, default="table")
        p.set_defaults(func=run_view, view=name)
    p = ads.add_parser("reindex", help="embed stored questions that have no vector yet (resumable; run it "
                                       "after upgrading, then e.g. hourly) for topics and rephrasings")
    p.add_argument("--batch", type=int, default=256, help="questions per batch (each batch is committed)")
    p.add_argument("--limit", type=int, default=None, help="stop after this many questions")
    _database_arg(p)
    p.set_defaults(func=run_reindex)
    p = ads.add_parser("weekly-summary", help="counts and topic names of the last 7 days (never a person's "
                                              "words or id), printed or posted to an admin chat/channel")
    _period_args(p)
    from medassist.deprecated_flags import add_deprecated_alias

    p.add_argument("--telegram-chat-id", default=None, metavar="ID", help="post it to this Telegram chat "
                   "(token from TELEGRAM_BOT_TOKEN or --env-file)")
    # The bot commands' names for the same things (--telegram-api-url, --env-file); the old ones warn.
    p.add_argument("--telegram-api-url", default=None, metavar="URL", help="Bot API base URL (a local server "
                   "or test double)")
    add_deprecated_alias(p, "--telegram-base-url", "--telegram-api-url", "telegram_api_url")
    p.add_argument("--discord-channel-id", type=int, default=None, metavar="ID",
                   help="post it to this Discord channel (token from DISCORD_BOT_TOKEN or --env-file)")
    p.add_argument("--discord-api-url", default="https://discord.com/api/v10", metavar="URL")
    p.add_argument("--env-file", default=None, metavar="FILE", help="a .env-style file with the bot tokens")
    add_deprecated_alias(p, "--config", "--env-file", "env_file")
    p.set_defaults(func=run_weekly_summary)


def _period(args: argparse.Namespace, store):
    from medassist.bot.admin.insights_period import Period

    return Period.parse(args.since, args.until, now=store.clock(), platform=args.platform, chat=args.chat,
                        guild=args.guild)


def run_view(args: argparse.Namespace) -> int:
    from medassist.bot.admin.insights import insights
    from medassist.bot.commands.admin import _open, os_user

    with _open(args) as store:
        period = _period(args, store)
        store.audit(os_user(), "cli", f"insights_{args.view}", filters=period.as_dict())
        data = insights(store, period).as_dict()
    rows = _rows(args.view, data)
    if args.format == "json":
        json.dump({"period": data["period"], "questions": data["questions"], "people": data["people"],
                   "not_indexed": data["not_indexed"], args.view: data[args.view]}, sys.stdout, indent=2)
        print()
    elif args.format == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["empty"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    else:
        _table(rows)
        if data["not_indexed"]:
            print(f"({data['not_indexed']} questions of this period are not indexed yet: medassist admin reindex)")
    return 0


def _rows(view: str, data: dict) -> list[dict]:
    def ex(items: list[dict]) -> str:
        return " | ".join(e["text"] for e in items)

    if view == "topics":
        return [{"id": t["id"], "topic": t["name"], "questions": t["questions"], "people": t["people"],
                 "previous": "" if t["previous"] is None else t["previous"],
                 "change_pct": "" if t["change"] is None else round(t["change"] * 100),
                 "examples": ex(t["examples"])} for t in data["topics"]]
    if view == "unanswered":
        # .get: a snapshot kept before the faithfulness reasons existed has no count for them
        return [{"topic": g["topic"], "questions": g["questions"], "people": g["people"], "refused": g["refused"],
                 "abstained": g.get("abstained", 0), "low_support": g.get("low_support", 0),
                 "weak_evidence": g["weak_evidence"], "rephrased": g["rephrased"], "examples": ex(g["examples"])}
                for g in data["unanswered"]]
    t = data["trends"]
    series = {**{f"kind:{k}": v for k, v in t["per_kind"].items()},
              **{f"category:{c}": v for c, v in t["per_category"].items()}, "backlog": t["backlog"]}
    return [{"day": d, **{name: v[i] for name, v in series.items()}} for i, d in enumerate(t["days"])]


def _table(rows: list[dict]) -> None:
    if not rows:
        print("nothing in this period")
        return
    widths = {k: min(max(len(k), *(len(str(r[k])) for r in rows)), 60) for k in rows[0]}
    print("  ".join(k.ljust(widths[k]) for k in rows[0]))
    for r in rows:
        print("  ".join(str(r[k])[:widths[k]].ljust(widths[k]) for k in r))


def run_reindex(args: argparse.Namespace) -> int:
    from medassist.bot.admin.insights import analyse
    from medassist.bot.admin.insights_embeddings import Reference, reindex
    from medassist.bot.admin.insights_period import Period
    from medassist.bot.commands.admin import _open, _positive, os_user
    from medassist.model.retrieval.embedder import shared_embedder

    _positive(args.batch, "--batch")
    if args.limit is not None:
        _positive(args.limit, "--limit")
    embedder = shared_embedder()
    with _open(args) as store:
        store.audit(os_user(), "cli", "reindex")
        result = reindex(store, embedder, Reference.medquad(embedder), batch=args.batch, limit=args.limit,
                         progress=lambda done, todo: print(f"embedded {done}/{todo}", file=sys.stderr, flush=True))
        print(f"embedded {result.embedded} questions in {result.batches} batches; {result.remaining} left")
        # The desk's default view (the last 7 days, every platform), clustered now and kept in the
        # store: a desk started or restarted later shows it at once.
        a = analyse(store, Period.parse(now=store.clock()))
        print(f"clustered the last 7 days: {len(a.topics)} topics from {a.questions} questions (kept for the desk)")
    return 0


def run_weekly_summary(args: argparse.Namespace) -> int:
    from medassist.bot.admin.insights import insights
    from medassist.bot.admin.insights_summary import post_discord, post_telegram, summary_text
    from medassist.bot.commands.admin import _open, os_user
    from medassist.bot.commands.options import read_token

    with _open(args) as store:
        period = _period(args, store)
        text = summary_text(insights(store, period))
        targets = [f"telegram:{args.telegram_chat_id}"] if args.telegram_chat_id else []
        targets += [f"discord:{args.discord_channel_id}"] if args.discord_channel_id else []
        store.audit(os_user(), "cli", "weekly_summary", target=",".join(targets) or None, filters=period.as_dict())
    if args.telegram_chat_id:
        import asyncio

        from medassist.bot.commands.telegram import DEFAULT_BASE_URL, TOKEN_ENV, quiet_http_logs

        quiet_http_logs()
        token = read_token(TOKEN_ENV, args.env_file, "ask @BotFather for one")
        asyncio.run(post_telegram(text, token=token, chat_id=args.telegram_chat_id,
                                  base_url=args.telegram_api_url or DEFAULT_BASE_URL))
    if args.discord_channel_id:
        from medassist.bot.commands.discord import TOKEN_ENV as DISCORD_TOKEN_ENV

        token = read_token(DISCORD_TOKEN_ENV, args.env_file, "Developer Portal > your application > Bot")
        post_discord(text, token=token, channel_id=args.discord_channel_id, api_url=args.discord_api_url)
    print(text if not targets else f"weekly summary posted to {', '.join(targets)}")
    return 0
