"""Small inline SVG bar charts for the desk: no JavaScript, no image files, nothing fetched."""

from __future__ import annotations

from markupsafe import Markup, escape

# Colour-blind-safe palette (Okabe-Ito), one colour per series.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]


def stacked_bars(days: list[str], series: dict[str, list[int]], *, title: str, width: int = 720,
                 height: int = 200) -> Markup:
    """Stacked bars, one per day, one colour per series, with a legend and the busiest day's total."""
    left, right, top, bottom = 40, 10, 28, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(values[i] for values in series.values()) for i in range(len(days))]
    peak = max(totals, default=0) or 1
    slot = plot_w / max(len(days), 1)
    bar_w = max(slot * 0.8, 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" class="chart"><title>{escape(title)}</title>',
             f'<text x="{left}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="#888"/>',
             f'<text x="{left - 4}" y="{top + 4}" font-size="10" text-anchor="end">{peak}</text>',
             f'<text x="{left - 4}" y="{top + plot_h}" font-size="10" text-anchor="end">0</text>']
    for i, day in enumerate(days):
        x, y = left + i * slot + (slot - bar_w) / 2, top + plot_h
        for k, (name, values) in enumerate(series.items()):
            if not values[i]:
                continue
            h = values[i] / peak * plot_h
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(day)} {escape(name)}: '
                         f'{values[i]}</title></rect>')
        if i in (0, len(days) - 1) or (len(days) > 10 and i % 7 == 0):
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 14}" font-size="10" '
                         f'text-anchor="middle">{escape(day[5:])}</text>')
    lx = left
    for k, name in enumerate(series):
        parts.append(f'<rect x="{lx}" y="{height - 12}" width="10" height="10" fill="{PALETTE[k % len(PALETTE)]}"/>'
                     f'<text x="{lx + 14}" y="{height - 3}" font-size="11">{escape(name)} ({sum(series[name])})</text>')
        lx += 24 + 8 * (len(name) + 6)
    if not series:
        parts.append(f'<text x="{left + plot_w / 2}" y="{top + plot_h / 2}" font-size="12" '
                     'text-anchor="middle" fill="#666">nothing in this period</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
