"""The safety layer is loaded at start-up (`safety/warm.py`, called by `Assistant.load`): after `warm_up`, messages of
every kind load nothing more, so the first person after a server starts waits no longer than the next one.

Run in a fresh interpreter: in this test process the parts are already loaded by earlier tests, and a test that
cleared them would slow every later one."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = r"""
import json
from medassist.model.retrieval.embedder import shared_embedder
from medassist.model.safety import check_input, diagnosis_claims, dose_head, frame_head, language, learned, \
    obfuscation, output_check, self_harm_head
from medassist.model.safety.lexicons import lexicons
from medassist.model.safety.warm import warm_up

LOADERS = {"lexicons": lexicons, "dose head": dose_head.load_head, "frame head": frame_head.load_head,
           "self-harm head": self_harm_head.load_head, "language identifier": language._identifier,
           "obfuscation stems": obfuscation.stems, "obfuscation vocabulary": obfuscation.vocabulary,
           "condition names": diagnosis_claims.condition_names}

def state():
    out = {name: f.cache_info().misses for name, f in LOADERS.items()}
    out["triage detector"] = learned._detector is not None
    out["output checker"] = output_check._checker is not None
    out["embedder encoders"] = sorted(map(str, shared_embedder()._lean))
    # beside bf16 short calls, whether the int8 estimate pays is timed at start-up, not in a person's message
    out["estimate measured"] = shared_embedder().bf16_batch_max is None or shared_embedder().estimate_beside_bf16 is not None
    return out

warm_up()
after_warm_up = state()
for text, recent in [("my dad's face is drooping and he can't lift his arm", ()),
                     ("i want to k1ll mys3lf tonight", ()), ("so i've been hoarding my pills", ("whats the point anymore",)),
                     ("can i give my 3 year old 10ml of calpol, she's 14kg", ()), ("my dog ate a bar of dark chocolate", ()),
                     ("mon bebe ne respire plus", ()), ("у мамы сильная боль в груди", ()), ("सीने में बहुत तेज दर्द है", ()),
                     ("ابني بلع حبوب", ()), ("what causes gout", ()), ("is it hereditary", ("what causes gout",))]:
    check_input(text, recent=recent)
output_check.output_checker().check_many(["You can double your dose tonight.", "You probably have gout."],
                                         question="can i double my dose")
print(json.dumps({"after_warm_up": after_warm_up, "after_messages": state()}))
"""


def test_messages_after_the_warm_up_load_nothing_more():
    proc = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    warm, later = seen["after_warm_up"], seen["after_messages"]
    loaded = {name: value for name, value in warm.items() if name != "embedder encoders"}
    assert all(loaded.values()), loaded  # each part loaded by the warm-up (the self-harm reader has two heads)
    assert later == warm  # and nothing loaded after it
