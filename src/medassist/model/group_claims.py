"""Which group a sentence says is more (or less) affected: "It is more common in men than in women"
says men up, women down; "Breast cancer is rare in men" says men down.

The faithfulness check keeps such a sentence only when an evidence sentence says the same of one of
its groups and none says the opposite. A small model reverses comparisons fluently ("Men are more
likely to get osteoporosis than women", "Breast cancer is the most common cancer in men"); the
sentence embeds next to the page's own, shares all its terms and carries no negation, so nothing
else in the check sees it.
"""

from __future__ import annotations

import re

# Group words -> one name ("male" and "men" are the same group; "women" is not "men").
_GROUPS = {
    "men": "men", "man": "men", "male": "men", "males": "men",
    "women": "women", "woman": "women", "female": "women", "females": "women",
    "boys": "boys", "girls": "girls",
    "children": "children", "child": "children", "kids": "children",
    "adults": "adults", "infants": "infants", "babies": "infants",
    "older": "older", "elderly": "older", "younger": "younger", "young": "younger",
}
_GROUP = re.compile(r"\b(" + "|".join(sorted(_GROUPS, key=len, reverse=True)) + r")\b", re.I)
# "most" ranks only before how common or likely ("most common in men"), not as a quantity ("most men")
_UP = re.compile(r"\b(more|higher|highest|greater|increased|likelier|most (?:common|likely|often|frequent\w*|"
                 r"affected))\b", re.I)
_DOWN = re.compile(r"\b(less|lower|lowest|fewer|rare|rarely|uncommon|least (?:common|likely|often))\b", re.I)
_THAN = re.compile(r"\bthan\b", re.I)
_CLAUSE = re.compile(r"[,;:]\s*|\s+(?:but|although|though|while|whereas)\s+", re.I)


def group_claims(sentence: str) -> set[tuple[str, int]]:
    """(group, +1 or -1) for each group the sentence ranks, clause by clause ("Although breast cancer is
    much more common in women, men can get it too" ranks women only); empty when it ranks none."""
    claims: set[tuple[str, int]] = set()
    for clause in _CLAUSE.split(sentence):
        up, down = _UP.search(clause), _DOWN.search(clause)
        if bool(up) == bool(down):  # no direction, or both ("more ... than ... less"): not read
            continue
        direction = 1 if up else -1
        than = _THAN.search(clause)
        for m in _GROUP.finditer(clause):
            # a group after "than" is ranked the other way: "more common in men than in women"
            after_than = than is not None and m.start() > than.start()
            claims.add((_GROUPS[m.group(1).lower()], -direction if after_than else direction))
    return claims


# Groups that split one population in two: ranking one up ranks the other down. "Breast cancer is much
# more common in women" contradicts "Breast cancer is the most common cancer in men", which the pages'
# "It happens most often to men between the ages of 60 and 70" (a ranking within men) seemed to support.
# Only the evidence sentence closest to the answer's is read this way: the page holds both rankings.
_OTHER_HALF = {"men": "women", "women": "men", "boys": "girls", "girls": "boys",
               "older": "younger", "younger": "older"}


def contradicts_or_unsupported(claims: set[tuple[str, int]], evidence: list[set[tuple[str, int]]],
                               closest: set[tuple[str, int]] = frozenset()) -> bool:
    """Whether the evidence's group claims (one set per evidence sentence) leave `claims` unsaid or say
    the opposite of one of them; or the `closest` evidence sentence ranks the other half of the
    population the same way."""
    said = set().union(*evidence) if evidence else set()
    if any((group, -d) in said or (_OTHER_HALF.get(group), d) in closest for group, d in claims):
        return True
    return not claims & said
