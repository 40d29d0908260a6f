"""One regex that says whether any of a lexicon's signs can match, fast (issue 21, eighth round).

Python's regex engine tries every alternative of a long alternation at every word start; with the
eighth round's larger lexicons that doubled what the other languages cost an English message. Here
the alternatives are grouped by the letter they can start with, and each group sits behind a
one-letter lookahead, so at a word start only the groups for its first letter are tried. A pattern
whose first letter cannot be worked out (one that starts with `\\S*`, or can match nothing) is tried
everywhere, so the result matches exactly when the plain alternation does.

A pattern that can start with many letters ("(?:my|the|a) chest", "[1-9]...") would be copied into each of their
groups: with the later rounds' templates that made the compiled text 4.2 times the patterns' (1.55 MB), and compiling
it took 4.4 s of every process start (the server's, each bot's, each command's). Such patterns (more than
`COPIED_MAX` first letters) sit once, in a group of their own behind a lookahead for their letter set: compiling 4.4
-> 1.6 s, and matching a message about a fifth slower (some 0.1 ms of a check's 20 ms; round 16, measured on 4,300
messages, an fp32 AMD EPYC).
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_REPEATS = tuple(op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op)


def _first_of_sequence(items) -> tuple[set[str] | None, bool]:
    """The letters a sequence can start with (None: any), and whether it can match nothing."""
    letters: set[str] = set()
    for item in items:
        first, empty = _first_of_item(item)
        if first is None:
            return None, False
        letters |= first
        if not empty:
            return letters, False
    return letters, True


def _first_of_item(item) -> tuple[set[str] | None, bool]:
    op, av = item
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        letters: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                letters.add(chr(value))
            elif kind is _c.RANGE:
                letters.update(chr(code) for code in range(value[0], value[1] + 1))
            else:  # a negated set or a category (\d, \S): anything
                return None, False
        return letters, False
    if op is _c.SUBPATTERN:
        return _first_of_sequence(av[-1])
    if op is _c.BRANCH:
        letters, empty = set(), False
        for branch in av[1]:
            first, branch_empty = _first_of_sequence(branch)
            if first is None:
                return None, False
            letters |= first
            empty = empty or branch_empty
        return letters, empty
    if op in _REPEATS:
        first, empty = _first_of_sequence(av[2])
        return (None, False) if first is None else (first, empty or av[0] == 0)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero-width: the next item decides
        return set(), True
    return None, False


COPIED_MAX = 3  # a pattern with up to this many first letters is copied into each letter's group


def any_of(patterns: list[str]) -> re.Pattern:
    """A regex that matches " " + one of `patterns` (already folded, prefix included) wherever
    " (?:p1|p2|...)" would."""
    groups: dict[str, list[str]] = {}
    by_letters: dict[frozenset[str], list[str]] = {}
    everywhere: list[str] = []
    for pattern in patterns:
        first, empty = _first_of_sequence(_p.parse(pattern))
        if first is None or empty:
            everywhere.append(pattern)
        elif len(first) > COPIED_MAX:
            by_letters.setdefault(frozenset(first), []).append(pattern)
        else:
            for letter in first:
                groups.setdefault(letter, []).append(pattern)
    parts = [f"(?={re.escape(letter)})(?:{'|'.join(group)})" for letter, group in sorted(groups.items())]
    parts += [f"(?=[{''.join(map(re.escape, sorted(letters)))}])(?:{'|'.join(group)})"
              for letters, group in sorted(by_letters.items(), key=lambda item: sorted(item[0]))]
    return re.compile(" (?:" + "|".join(parts + everywhere) + ")")
