"""Necessary literals of a regex, to skip the patterns of a rule list that cannot match a text (session 50, latency).

The safety rules run long lists of large patterns over every answer sentence's clauses (the dose rules: 38 patterns, 47,000
characters, most of a sentence's rule time). Most of them need some literal text to match at all: "double " for
`\\bdouble (?:up|dose)\\b`, one of the dose verbs for the `_DOSE_VERB` rules, a medicine's name or ending for a rule that
requires one. `required_literals` reads that set off the pattern's parse tree (every match contains at least one of its
strings), and `RuleList.candidates` hands out only the patterns with one of their strings in the text: a skipped pattern
cannot match, so a reader's result is the same to the letter (tests/model/safety/test_safety_prefilter.py checks it over
every answer sentence's clauses), only the hopeless searches are gone.

The analysis is conservative: an anchor, a character class, a look-around, an optional or a back-reference requires
nothing; an alternation requires the union of what each branch requires (nothing if one branch requires nothing); a
sequence requires what its most selective item requires (consecutive literals joined into one string). A pattern that
requires nothing (or is case-insensitive) is always searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

try:  # the regex parser's modules: private, stable in what is read here (the node kinds and their arguments)
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# False: every pattern is searched, as before session 50 (bench/safety_latency.py times both in one run)
ENABLED = True
# False: the literals a text holds found by a Python `in` per literal of each pattern, as before session 52 (the same
# candidates; bench/safety_latency.py times both in one run)
SCAN_ONCE = True

_REPEATS = tuple(op for op in (getattr(_sre, name, None) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))
                 if op is not None)


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains at least one, or None where it needs none (or is
    case-insensitive, where a literal in the pattern need not appear as written)."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    return _sequence(_sre_parse.parse(pattern.pattern, pattern.flags))


def _selectivity(strings: frozenset[str]) -> tuple[bool, int, int]:
    # fewer strings, none of them short (a two-letter string is in most sentences), is the better filter
    shortest = min(len(s) for s in strings)
    return shortest >= 3, -len(strings), shortest


def _sequence(items: Iterable) -> frozenset[str] | None:
    """What a sequence requires: any one item's requirement holds for the whole (each item must match)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        if (need := _node(op, av)) is not None:
            found.append(need)
    if run:
        found.append(frozenset(["".join(run)]))
    return max(found, key=_selectivity, default=None)


def _node(op, av) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        add_flags = av[1]
        return None if add_flags & re.IGNORECASE else _sequence(av[-1])  # "(?i:...)": its literals in any case
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            if (need := _sequence(branch)) is None:
                return None
            union |= need
        return frozenset(union)
    if op in _REPEATS:
        low, _high, item = av
        return _sequence(item) if low >= 1 else None
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(av)
    return None  # AT (anchors, \b), IN, ANY, ASSERT, ASSERT_NOT, GROUPREF...: nothing required


def longest_literal_scan(literals: Iterable[str]) -> re.Pattern:
    """One pattern over `literals` (plain text, matched as written) whose zero-width matches capture, at every position of
    a text where one of them starts, the LONGEST one starting there: the literals as a trie (`a(?:b(?:c)?)?`), each node's
    longer continuations tried first. Every literal in a text then starts where a captured one does and is a prefix of it
    (the longest one there contains the others that start there), so the literals present are the captured ones and their
    prefixes among `literals` (`RuleList`)."""
    root: dict = {}
    for literal in literals:
        node = root
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}  # a literal ends here

    def branch(node: dict) -> str:
        alternatives = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer literal first, this one if it stops here

    return re.compile(f"(?=({branch(root)}))")


class RuleList:
    """A rule list's patterns, each with its `required_literals`, in their order."""

    def __init__(self, patterns: Iterable[re.Pattern]):
        self.patterns = tuple(patterns)
        self._needs = tuple(required_literals(p) for p in self.patterns)
        # Session 52 (latency): which literals a text holds, in one pass of the regex engine instead of a Python `in` per
        # literal of each pattern (about a fifth of a message's prefilter time went to that loop: 2.8x less over the
        # validation answers' texts, the same candidates for every one): per literal, the patterns that need it or one of
        # its prefixes among the list's literals (present whenever it is, `longest_literal_scan`)
        literals = sorted(set().union(*(need for need in self._needs if need is not None)))
        self._always = frozenset(i for i, need in enumerate(self._needs) if need is None)
        self._owners = {literal: frozenset(i for i, need in enumerate(self._needs) if need is not None and any(
            literal.startswith(n) for n in need)) for literal in literals}
        self._scan = longest_literal_scan(literals) if literals else None

    def candidates(self, text: str) -> Iterator[re.Pattern]:
        """The patterns, in order, leaving out those that cannot match `text` (none of their required strings in it)."""
        for _, pattern in self.indexed_candidates(text):
            yield pattern

    def indexed_candidates(self, text: str) -> Iterator[tuple[int, re.Pattern]]:
        """`candidates` with each pattern's index in the list (a reader that names what each pattern reads)."""
        if not ENABLED:
            yield from enumerate(self.patterns)
            return
        if not SCAN_ONCE:
            for i, (pattern, need) in enumerate(zip(self.patterns, self._needs, strict=True)):
                if need is None or any(s in text for s in need):
                    yield i, pattern
            return
        chosen = set(self._always)
        if self._scan is not None:
            for literal in self._scan.findall(text):
                chosen |= self._owners[literal]
        for i in sorted(chosen):
            yield i, self.patterns[i]


# by the tuple's identity: hashing a tuple of patterns hashes each one's compiled code (about 17 us for a red flag's signs)
_LISTS: dict[int, tuple[tuple[re.Pattern, ...], RuleList]] = {}


def rule_list(patterns: tuple[re.Pattern, ...]) -> RuleList:
    """The `RuleList` of a tuple of patterns (a red flag's signs), built once per tuple (the tuple is kept, so its id
    is not reused while the entry stands)."""
    entry = _LISTS.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        if len(_LISTS) >= 4096:  # a caller building its tuples afresh: start over rather than grow
            _LISTS.clear()
        entry = _LISTS[id(patterns)] = (patterns, RuleList(patterns))
    return entry[1]
