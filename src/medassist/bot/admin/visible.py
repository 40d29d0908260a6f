"""Stored text made safe to print on an admin's terminal.

Messages, names and notes come from strangers. Printed raw, an escape sequence in them acts on the
terminal (`\\x1b]0;owned\\x07` retitles the window; others move the cursor, rewrite lines already
shown or, on some terminals, answer back as typed input), and a bidirectional override reorders
what the admin reads. Each such character is shown as what it is instead.
"""

from __future__ import annotations

import unicodedata

# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): "Trojan Source".
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))


def visible(text: str | None, *, newlines: bool = True) -> str:
    """`text` with C0 and C1 controls and DEL as `\\xNN` and bidi controls as `<U+NNNN>`; a newline
    stays one where `newlines` (a thread's layout needs it), else it is shown as `\\x0a` too."""
    if text is None:
        return ""
    return "".join(_shown(ch, newlines) for ch in str(text))


def _shown(ch: str, newlines: bool) -> str:
    if ch == "\n" and newlines:
        return ch
    if ch in BIDI_CONTROLS:
        return f"<U+{ord(ch):04X}>"
    if unicodedata.category(ch) == "Cc":  # U+0000-001F, U+007F, U+0080-009F
        return f"\\x{ord(ch):02x}"
    return ch
