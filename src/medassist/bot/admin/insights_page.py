"""What the /admin/insights page shows: the period's insights and its three inline SVG charts."""

from __future__ import annotations

from medassist.bot.admin import charts
from medassist.bot.admin.insights import insights
from medassist.bot.admin.insights_period import Period
from medassist.bot.admin.insights_topics import OTHER
from medassist.bot.store import Store


def context(store: Store, period: Period, since: str | None, until: str | None) -> dict:
    # The default view may show the newest kept result of the same view (say, of an hour ago, as a
    # restarted desk has) while the current one is clustered; a view of chosen dates waits for its own.
    i = insights(store, period, stale_ok=not since and not until)
    t = i.trends

    def examples(ids: list[int]) -> list[dict]:
        return [{"text": i.texts[m][0], "conversation_id": i.texts[m][1]} for m in ids if m in i.texts]

    return {
        "i": i, "period": period, "since": since or period.start.date().isoformat(),
        "until": until or "", "examples": examples, "other": OTHER,
        "kind_chart": charts.stacked_bars(t["days"], t["per_kind"], title="Safety events per day per kind"),
        "category_chart": charts.stacked_bars(t["days"], t["per_category"],
                                              title="Safety events per day per category (most frequent)"),
        "backlog_chart": charts.stacked_bars(t["days"], {"open at the end of the day": t["backlog"]}
                                             if any(t["backlog"]) else {}, title="Review queue backlog"),
    }
