"""COUNT (aggregate only) key-facts questions given the emergency reply; never prints a question."""

from medassist.model.safety.check import check_input
from medassist.training.evaluate.keyfacts import load_keyfacts

for split in ("validation", "dev4", "fresh2", "fresh3", "fresh4"):
    rows = load_keyfacts(split)
    alarms = sum(check_input(r["question"]).action == "emergency" for r in rows)
    rules = sum(check_input(r["question"], learned=False).action == "emergency" for r in rows)
    print(f"{split}: alarmed {alarms}/{len(rows)} (rules alone {rules})")
