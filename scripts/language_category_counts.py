"""Whether an emergency in another language gets the right category, not only an emergency reply (issue 21 item 3,
session 41), on development language sets (never a fresh one): per language, emergencies caught, category right (the
lexicons' and the head's names for one kind count alike: bleeding/bleeding_trauma, overdose/poisoning/
poisoning_overdose, breathing/choking; a self-harm row counts with any category that carries the crisis line), a crisis
line on an emergency that is not self-harm or a poisoning (wrong_crisis), a self-harm emergency without one
(crisis_missing), replies in the message's language, false alarms.

usage: PYTHONPATH=src python scripts/language_category_counts.py SPLIT FILE... [--show]
(--show prints the texts of the misses: train split only)."""
import json
import sys
from collections import defaultdict
from pathlib import Path

from medassist.model.safety import check_input, learned
from medassist.model.safety.localized import CRISIS_CATEGORIES, TEXTS

OK = {"cardiac": {"cardiac"}, "stroke": {"stroke"}, "breathing": {"breathing", "choking"},
      "anaphylaxis": {"anaphylaxis"}, "poisoning_overdose": {"poisoning", "overdose", "poisoning_overdose"},
      "seizure": {"seizure"}, "bleeding_trauma": {"bleeding", "bleeding_trauma"},
      "self_harm": {"self_harm", "overdose", "poisoning_overdose"}}
OK["bleeding"] = OK["bleeding_trauma"]
OK["overdose"] = OK["poisoning"] = OK["poisoning_overdose"]
split, files = sys.argv[1], [a for a in sys.argv[2:] if not a.startswith("--")]
show = "--show" in sys.argv
assert not any("fresh" in f for f in files)
assert split != "test" or not show
assert not (show and split != "train")
rows = [r for f in files for r in map(json.loads, Path(f).read_text(encoding="utf-8").splitlines()) if r["split"] == split]
d = learned.detector()
if d is not None:
    d.prefetch([r["text"] for r in rows])
per = defaultdict(lambda: defaultdict(int))
for r in rows:
    v = check_input(r["text"])
    p = per[r["language"]]
    em = v.action == "emergency"
    if r["label"] == "emergency":
        p["n_em"] += 1
        p["caught"] += em
        want = OK.get(r["category"], {r["category"]})
        right = em and v.category in want
        p["cat_right"] += right
        wrong_crisis = em and v.category in CRISIS_CATEGORIES and r["category"] not in ("self_harm", "poisoning_overdose")
        p["wrong_crisis"] += wrong_crisis
        p["crisis_missing"] += em and r["category"] == "self_harm" and v.category not in CRISIS_CATEGORIES
        lang_prefix = TEXTS[r["language"]].emergency.split("{")[0][:25]
        p["in_lang"] += em and lang_prefix in (v.message or "")
        if show and not right:
            print(f"  MISS {r['id']} want={r['category']} got={v.action}/{v.category} | {r['text']}")
    else:
        p["n_no"] += 1
        p["false_alarm"] += em
        if show and em:
            print(f"  FA {r['id']} got={v.category} | {r['text']}")
tot = defaultdict(int)
print(f"{'lang':8} caught cat_right wrong_crisis crisis_missing in_lang false_alarm")
for lang in sorted(per):
    p = per[lang]
    for k, x in p.items():
        tot[k] += x
    print(f"{lang:8} {p['caught']}/{p['n_em']} {p['cat_right']}/{p['n_em']} {p['wrong_crisis']} {p['crisis_missing']} {p['in_lang']} {p['false_alarm']}/{p['n_no']}")
print(f"{'ALL':8} {tot['caught']}/{tot['n_em']} {tot['cat_right']}/{tot['n_em']} {tot['wrong_crisis']} {tot['crisis_missing']} {tot['in_lang']} {tot['false_alarm']}/{tot['n_no']}")
