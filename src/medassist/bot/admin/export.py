"""The export formats of the filtered view: CSV (one header, one row per message) or JSONL (one
JSON object per message), produced line by line so a whole-store export streams in bounded memory."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from medassist.bot.admin.queries import EXPORT_FIELDS

FORMATS = ("csv", "jsonl")
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A cell as OWASP recommends: text that a spreadsheet would read as a formula gets a leading
    single quote (it then shows as text); every cell is quoted by the writer (QUOTE_ALL). Numbers
    are left as they are: they cannot hold a formula, and they stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_lines(rows: Iterable[dict], fmt: str) -> Iterator[str]:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    if fmt == "jsonl":
        for row in rows:
            yield json.dumps(row, ensure_ascii=False) + "\n"
        return
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_FIELDS, extrasaction="ignore", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for row in rows:
        flat = {**row, "sources": " ".join(row.get("sources") or [])}
        writer.writerow({k: csv_cell(v) for k, v in flat.items()})
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if buf.tell():  # no rows: the header alone
        yield buf.getvalue()


def chunked(lines: Iterable[str], size: int = 64 * 1024) -> Iterator[str]:
    """Lines joined into pieces of about `size` characters (fewer, larger HTTP chunks)."""
    parts, n = [], 0
    for line in lines:
        parts.append(line)
        n += len(line)
        if n >= size:
            yield "".join(parts)
            parts, n = [], 0
    if parts:
        yield "".join(parts)
