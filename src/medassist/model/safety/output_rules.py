"""Regex rules for the output check (GitHub issue 21): sentences of an ANSWER that must not reach a
person. Each rule reads one normalised sentence (`text.normalise`); a few read the question too.

Four categories:

* `dose_instruction`: telling the person to take, double, skip, stop or change a dose of a medicine
  ("you can double up on your sertraline", "stop taking your statin");
* `self_harm`: encouraging self-harm or giving a method or amount for it;
* `discourage_care`: telling someone with red-flag symptoms not to seek care ("no need to see a
  doctor", "you can wait it out" after chest pain);
* `diagnosis`: claiming a diagnosis ("you have diabetes", "I can diagnose your rash").

The rules aim at precision; the learned head (`output_check.py`) catches other wordings. A verb
preceded closely by a negator ("do not double up", "never stop") is not an instruction.
"""

from __future__ import annotations

import re

from medassist.model.safety.text import normalise

CATEGORIES = ("dose_instruction", "self_harm", "discourage_care", "diagnosis")

NEGATORS = {"not", "don't", "never", "no", "avoid", "shouldn't", "can't", "won't", "before", "doesn't", "nor",
            "without", "unless"}
NEGATION_WINDOW = 6  # words before an instruction, in its clause, that undo it ("do not suddenly stop")
_CLAUSES = re.compile(r"[,;:()\u2014]|\s-\s|\bbut\b")

_DRUGS = ("paracetamol|acetaminophen|tylenol|calpol|ibuprofen|advil|nurofen|motrin|aspirin|naproxen|codeine|co codamol"
          "|tramadol|morphine|oxycodone|sertraline|citalopram|escitalopram|fluoxetine|prozac|zoloft|warfarin"
          "|clopidogrel|apixaban|rivaroxaban|metformin|insulin|levothyroxine|thyroxine|prednisone|prednisolone|lithium"
          "|gabapentin|pregabalin|melatonin|benadryl|diphenhydramine|xanax|alprazolam|diazepam|valium|omeprazole"
          "|amoxicillin|metoprolol|atenolol|propranolol|bisoprolol|amlodipine|lisinopril|ramipril|losartan|statins?"
          "|atorvastatin|simvastatin|vitamin d|antihistamines?|salbutamol|ventolin|birth control|the pill|beta blockers?"
          "|blood thinners?|antibiotics?|antidepressants?|steroids?|painkillers?|sleeping pills?|diabetes pills?"
          "|seizure (?:medicine|medication)|xanax|epipen")
_MED = (rf"(?:{_DRUGS}|dose|doses|dosage|pills?|tablets?|capsules?|meds|medicines?|medications?|inhaler|puffs?|units"
        r"|mg|ml|syrup|course|\w+(?:pril|sartan|statin|olol|mycin|cillin|prazole|azepam|zolam|oxetine|profen|codone"
        r"|formin|triptan|xaban))")
_ADVERB = r"(?:also |just |simply |safely |then |now |go ahead and |try |always )?"
_LEAD = (r"(?:^|\byes\b|\bso\b|\bjust\b|\bthen\b|\bsimply\b|\bgo ahead and\b|\btry\b"
         r"|\byou (?:can|could|should|may|need to|must|might want to)\b|\bit'?s? (?:is )?(?:fine|ok|okay|safe|alright)"
         r" (?:for you )?to\b)")
# Verbs that change a dose by themselves; "take"/"give"/"use" count with an amount or frequency.
_DOSE_VERB = (r"(?:double|skip|stop|increase|raise|lower|halve|cut|reduce|change|switch|go up|miss"
              r"|leave out|come off|taper|drop)")
_AMOUNT = (r"(?:\d+(?!(?: to \d+)? (?:hours?|minutes?|days?|weeks?))|two|three|four|five|six|eight|ten|an extra|extra|another|more"
           r"|twice|double|half|the whole|all of|as needed|as often|again|up to|at once)")

DOSE_RULES = tuple(re.compile(p) for p in (
    r"\bdouble (?:up|dose|your dose|the dose)\b",
    r"\b(?:a )?double (?:dose|doses)\b",
    rf"{_LEAD} ?{_ADVERB}{_DOSE_VERB} (?:[\w']+ ){{0,4}}?{_MED}\b",
    rf"{_LEAD} ?{_ADVERB}(?:take|give|use) (?:[\w']+ ){{0,5}}?{_MED} (?:[\w']+ ){{0,3}}?{_AMOUNT}\b",
    rf"{_LEAD} ?{_ADVERB}(?:take|give|have) (?:\d+|two|three|four|five|six|eight|ten|an extra|extra|another|more|twice|double|half|up to)\b",
    r"\b(?:take|give|have) (?:two|2|both|them|it) (?:\w+ ){0,3}(?:to (?:make up|catch up)|together)\b",
    r"\b(?:to make up for|to catch up on) (?:the|a|your) (?:missed|forgotten|one)\b",
    rf"\bno need to (?:finish|complete|take) (?:\w+ ){{0,2}}{_MED}\b",
    r"\b(?:your|the) (?:\w+ ){0,2}(?:son|daughter|child|baby|mum|mom|dad|\d+ (?:month|year) old) can (?:have|take) (?:\d+|up to)\b",
    r"\b(?:give yourself|taper yourself|try taking)\b",
    rf"{_LEAD} ?{_ADVERB}(?:stop|skip|double|halve|cut down) (?:taking |using )?(?:them|it)\b",
    r"\btake (?:it|them|the (?:missed )?(?:dose|pill|tablet)) (?:again|as soon as (?:you|possible))\b",
    r"\bwithout (?:asking|talking to|checking with|speaking to) your (?:doctor|pharmacist|gp)\b",
    # a passive instruction or permission ("should be given ibuprofen every four hours", "can be given an adult dose")
    r"\b(?:should|can|may|could) (?:safely )?be given (?:an? )?(?:adult|grown up|full) (?:dose|dosage|tablets?|strength)\b",
    rf"\b(?:should|can|may) (?:safely )?be given (?:[\w']+ ){{0,3}}?{_MED} (?:every|twice|three times|\d+ times|up to)\b",
    # taking more than the dose described as harmless ("taking a few extra tablets is fine")
    rf"\btaking (?:[\w']+ ){{0,3}}?(?:extra|more|another|additional|double) (?:[\w']+ ){{0,2}}?{_MED} (?:[\w']+ ){{0,2}}?"
    r"(?:is|are|should be|would be|may be|can be|will be) (?:\w+ )?(?:fine|ok|okay|safe|beneficial|helpful|alright|good"
    r"|not a problem|no problem|harmless)\b",
))

_SELF = r"(?:yourself|your life|your own life|it all|it be over|it to be over)"
SELF_HARM_RULES = tuple(re.compile(p) for p in (
    r"\b(?:painless|quick|quickest|easiest|best|effective|peaceful) (?:way|method) to (?:die|end|kill)\b",
    rf"\b(?:kill|hurt|harm|cut|burn|punish|starve|starving) {_SELF}\b(?! is| are)",
    r"\b(?:pass out and die|until you die|and not wake up)\b",
    r"\b(?:lethal|fatal|deadly) (?:dose|amount)\b(?! of \w+ (?:is|can be) (?:\w+ )?(?:dangerous|an emergency))",
    r"\bto overdose (?:on \w+ )?you (?:would|will) need\b",
    r"\b(?:self harm|cutting|cutting yourself|hurting yourself|burning yourself) (?:is|can be) (?:a |an )?(?:good|normal|okay|ok|fine|safer|healthy|way)\b",
    r"\b(?:suicide|ending your life|death) (?:is|can be) (?:a |an )?(?:reasonable|good|valid|solution|answer|option|choice)\b",
    r"\bnobody (?:would|will) miss you\b|\byou deserve (?:to feel )?pain\b|\byou should punish\b",
    r"\b(?:hide|keep) (?:your )?(?:self harm|cuts|cutting|scars)\b|\bso (?:no one|nobody) (?:notices|sees|can stop)\b",
    r"\bcut deeper\b|\bclean the blade\b|\bwhere no one can see\b",
    r"\bgood choice if you want to (?:overdose|die)\b|\bif you (?:really )?want to die\b",
    r"\bthat is your choice\b|\bend your life if\b",
    r"\bwill make you (?:fall asleep and not wake|pass out and die|die)\b|\bwould be enough\b|\bmake it work faster\b",
    r"\bmake sure (?:nobody|no one) is around\b|\bleaving a note\b|\beasy to hide\b|\bbetter than hurting\b",
    r"\b(?:cutting|self harm|hurting yourself) (?:can|will) help you\b|\bthen death\b",
    # ending one's life presented as a choice, a way, or with how long it takes
    r"\b(?:ending your life|end your life|suicide|keep living|continue living)\b.*\b(?:choice|decision|decide)\b",
    r"\bway (?:you (?:could|can) (?:end your life|kill yourself|die)|to (?:end your life|kill yourself))\b",
    r"\btakes? (?:\w+ ){0,4}to (?:kill you|die)\b|\bdeath from (?:an? )?(?:\w+ )?overdose (?:\w+ )?(?:comes|takes|happens)\b",
    r"\bif you take the whole (?:box|bottle|pack|packet)\b",
    r"\b(?:hurting|cutting|harming|burning) (?:themselves|yourself|oneself) (?:helps|can help|makes)\b",
    r"\btell (?:anyone|anybody|no one|nobody) (?:that )?you(?: are|'re| re)? (?:cutting|hurting|self harming|harming)\b",
))

_RED_FLAG = re.compile(
    r"\b(?:chest|crushing|drooping|droop|slurred|weakness|worst headache|severe headache"
    r"|sudden (?:severe )?(?:headache|pain|weakness|numbness|loss)|coughing up blood|vomiting blood|blood in (?:your )?vomit"
    r"|black (?:tarry )?stools?|tarry|stiff neck|rash that does not fade|doesn't fade|non blanching|short(?:ness)? of breath"
    r"|breathless\w*|can't breathe|difficulty breathing|trouble breathing|fainting|fainted|passed out|unconscious"
    r"|seizures?|confus\w+|suicid\w*|overdose|too many pills|swelling|swollen|anaphyla\w+|battery|bleeding heavily"
    r"|heavy bleeding|bleeding in pregnancy|won't stop bleeding|head injury|(?:hit|hitting) (?:your|my) head|allergic reaction|floppy"
    r"|loss of vision|testic\w+|fever (?:in|of) (?:a |your )?(?:young )?baby|month old|sugar (?:is )?over|numbness"
    r"|abdominal pain|blood in (?:your |my |the )?(?:urine|pee|stools?|poo)|racing heart|heart is racing|blood clot|(?:lips?|tongue|throat|face) (?:\w+ )?swell\w*)\b")
_DISCOURAGE = re.compile(
    r"\b(?:no need to (?:see|call|go|get|visit|talk|worry|bother)|(?:don't|do not) (?:need to )?(?:see|go|call|bother|need)"
    r"|(?:wait|sleep) it (?:out|off)|sleep (?:off|it off)|wait (?:and see|until|for|a (?:few )?days?|a day)"
    r"|(?:can|could) wait|nothing to worry about|not serious|usually (?:goes away|passes|pass|settles?|resolves?)"
    r"|(?:will|should) (?:likely |probably |soon )?(?:pass|go away|get better|settle|be gone|be fine|be better|go down|clear up)"
    r"|see how (?:you feel|it goes|things go)|keep an eye on (?:\w+ )?at home|only need to (?:see|call|go)"
    r"|(?:does|do|may|might|will) not need (?:any )?(?:treatment|medical attention|a doctor|to see)|(?:manage|managed|treated|watch\w*) (?:\w+ )?at home"
    r"|stay (?:at )?home|skip the (?:emergency|er|a e|hospital)|rest at home|just (?:rest|lie down|go to (?:sleep|bed))"
    r"|ignore|normal and does not need|probably just|almost always|rarely serious|don't need to"
    r"|(?:treat|manage|handle) (?:\w+ ){0,3}yourself|wait$|(?:rest|resting)(?: at home)? (?:is|are) (?:the best|enough|important|key|all you need))\b")
# Turning someone away from emergency help is unsafe whatever the symptoms.
_AWAY_FROM_HELP = re.compile(
    r"\b(?:no need to|don't|do not|skip|instead of|without) (?:need to |bother (?:to )?)?(?:\w+ ){0,2}?"
    r"(?:call(?:ing)? (?:an ambulance|911|999|112|a crisis line|emergency)|go(?:ing)? to (?:the )?(?:hospital|emergency|er|a e)"
    r"|(?:the )?emergency (?:room|help|department|services)|(?:the )?(?:er|a e|hospital)\b)")
_SEEK_NEGATORS = {"no", "not", "don't", "skip", "without", "instead", "need", "bother"}
_SEEK = re.compile(r"\b(?:call (?:your )?(?:emergency|911|999|112|988|an ambulance|poison)|emergency (?:department|care|services|help|room)"
                   r"|urgent|urgently|right away|immediately|straight away|seek (?:medical|urgent|emergency|help)"
                   r"|get (?:medical )?help|see a doctor (?:now|today|straight)|go to (?:the )?(?:hospital|a e|er))\b")

_CONDITION = (r"(?:diabetes|cancer|(?:[\w']+ )?\w+itis|anxiety|(?:an? )?anxiety disorder|\w+osis|\w+emia|\w+oma|infection|disorder|syndrome|disease|tumou?r"
              r"|depression|dementia|ulcer|strep(?: throat)?|flu|influenza|migraines?|shingles|measles|asthma"
              r"|gallstones|angina|appendicitis|gout|covid(?: 19)?|colic|adhd|pcos|lupus|scabies|eczema|a? ?uti"
              r"|an std|chlamydia|(?:an )?(?:over|under)active thyroid|\w+thyroidism|high blood pressure|hypertension|hypothyroidism|atrial fibrillation|heart attack"
              r"|sleep apnea|the flu|a slipped disc|a torn \w+|fibrillation|neuropathy|ringworm|pneumonia|an aneurysm"
              r"|(?:an? )?allergic reaction|(?:acid )?reflux|(?:a |an )?(?:[\w']+ ){1,2}(?:infection|disorder|syndrome|disease|cancer|tumou?r|ulcer|problem|aneurysm)|pregnant)")
_ART = r"(?:a |an |the )?(?:early |mild |severe |chronic |acute |peripheral |multiple |clinical |irritable bowel )?"
DIAGNOSIS_RULES = tuple(re.compile(p) for p in (
    r"\bi (?:can|am able to|will) diagnose\b|\bi diagnose you\b|\bmy diagnosis is\b|\bi can tell you (?:that )?(?:the|your|it)\b",
    rf"^(?:(?:based on|from|given) (?:\w+ ){{0,4}}|it (?:sounds|seems|looks) like |(?:it is )?clear(?:ly)?(?: that)? "
    rf"|i'm (?:confident|sure|certain)(?: that)? |so |this means |yes |definitely "
    rf"|(?:these|your|the) symptoms (?:show|mean|suggest|confirm|indicate) (?:that )?)?"
    rf"(?:you ?|your (?:child|son|daughter|baby|husband|wife|mum|mom|dad) )(?:definitely |clearly |probably )?"
    rf"(?:have|has|'ve got| ve got|have got|are suffering from|are having|are|is) {_ART}{_CONDITION}\b",
    rf"\byour (?:[\w']+ ){{0,2}}(?:is|are|means|mean|confirm) (?:that )?(?:caused by |due to )?(?:definitely )?"
    rf"(?:you have )?{_ART}{_CONDITION}\b",
    rf"\b(?:this|it) is definitely {_CONDITION}\b",
    rf"^what you have is {_ART}{_CONDITION}\b",
))
# A clause that reports, conditions or generalises ("if you have diabetes", "people who have") is not a claim.
_NOT_A_CLAIM = re.compile(r"\b(?:if|when|whether|once|unless|while|may|might|could|can't|cannot|not|people|anyone"
                          r"|someone|risk|chance|until|before|after)\b")


_REFERS = re.compile(r"\b(?:ask|check with|talk to|talk with|speak to|speak with|call) (?:your |a |the )?"
                     r"(?:doctor|pharmacist|gp|nurse|prescriber|clinician|diabetes team|care team)")


def _negated(t: str, start: int) -> bool:
    before = t[:start].split()[-NEGATION_WINDOW:]
    return any(w in NEGATORS for w in before)


def _sends_for_help(t: str) -> bool:
    """The sentence sends the person for help (a "no need to go to the hospital" does not)."""
    return any(not _SEEK_NEGATORS & set(t[:m.start()].split()[-4:]) for m in _SEEK.finditer(t))


_YES = re.compile(r"^(?:yes|yeah|yes you can|yes you should|yes it is|yes it's (?:fine|ok|okay|safe)|sure|of course)$")
_DIAGNOSIS_QUESTION = re.compile(r"\b(?:do i have|does (?:he|she|my \w+) have|have i got"
                                 r"|is (?:it|this|that) (?!safe|ok|okay|fine|normal|serious|dangerous|possible|true|bad|good"
                                 r"|common|just|worth|too|a good)"
                                 r"|am i|what do i have|what is wrong with)\b")
_DOSE_QUESTION = re.compile(r"\b(?:double|extra|twice|skip|stop|more|increase|go up|lower|cut|halve|two|another"
                            r"|how (?:much|many))\b")


# A question about hurting oneself, after which plain encouragement ("you can do it") encourages that.
_SELF_HARM_QUESTION = re.compile(r"\b(?:cut(?:ting)?|hurt(?:ing)?|harm(?:ing)?|kill(?:ing)?|burn(?:ing)?|starv\w+) "
                                 r"(?:myself|me)\b|\bself harm|\bsuicid\w*|\bend (?:it all|my life)\b")
_ENCOURAGES = re.compile(r"\b(?:you can do it|go ahead|go for it|do it)\b")


def rule_category(sentence: str, question: str = "") -> str | None:
    """The category of the first rule this answer sentence breaks, or None. `question` (the
    person's message) lets a "you can wait" sentence count when the question named a red flag.
    Each clause is read on its own, so "if you're not eating, just skip..." is not negated."""
    whole = normalise(sentence)
    if not whole:
        return None
    if _YES.match(whole) and _DOSE_QUESTION.search(normalise(question)):  # "Yes." to "can I double up?"
        return "dose_instruction"
    if whole.startswith(("yes ", "yes")) and whole.split()[0] == "yes" \
            and _DIAGNOSIS_QUESTION.search(normalise(question)) and not _DOSE_QUESTION.search(normalise(question)):
        return "diagnosis"  # "Yes, you may have cancer." to "do I have cancer?"
    if (m := _ENCOURAGES.search(whole)) and not _negated(whole, m.start()) and not _sends_for_help(whole) \
            and _SELF_HARM_QUESTION.search(normalise(question)):
        return "self_harm"
    if _AWAY_FROM_HELP.search(whole) or (
            _DISCOURAGE.search(whole) and not _sends_for_help(whole)
            and (_RED_FLAG.search(whole) or _RED_FLAG.search(normalise(question)))):
        return "discourage_care"
    for clause in _CLAUSES.split(sentence):
        if found := _clause_category(normalise(clause), whole):
            return found
    return None


def _clause_category(t: str, whole: str) -> str | None:
    if not t:
        return None
    for p in SELF_HARM_RULES:
        m = p.search(t)
        if m and not _negated(t, m.start()) and not _sends_for_help(whole) \
                and not re.search(r"\b(?:if|when) you$", t[:m.start()].rstrip()):  # "if you hurt yourself playing"
            return "self_harm"
    if not _REFERS.search(whole):  # "ask your pharmacist before you stop" is no instruction
        for p in DOSE_RULES:
            if any(not _negated(t, m.start()) for m in p.finditer(t)):
                return "dose_instruction"
    for p in DIAGNOSIS_RULES:
        m = p.search(t)
        if m and not _NOT_A_CLAIM.search(t[:m.end()]):
            return "diagnosis"
    return None


# Cues for the output check's n-gram pre-screen (`output_check.OutputHead.screen_scores`): words that
# make a sentence worth a closer look (a medicine, an amount, the reader addressed, a red flag, harm,
# a condition), each 0/1. Cheap regex reads, no embedding.
SCREEN_CUES = tuple(re.compile(p) for p in (
    rf"\b{_MED}\b",
    rf"\b{_AMOUNT}\b",
    r"\b(?:you|your|yourself|you're|you've)\b",
    r"^(?:take|give|use|stop|skip|double|go|just|try|keep|wait|rest|lie|sleep|ignore|don't|do not)\b",
    _RED_FLAG.pattern,
    r"\b(?:die|death|dying|kill|suicid\w*|cut\w*|hurt\w*|harm\w*|overdose|end (?:it|your life)|pain)\b",
    rf"\b{_CONDITION}\b",
    _DISCOURAGE.pattern,
))


def screen_cues(sentence: str) -> list[float]:
    t = normalise(sentence)
    return [1.0 if p.search(t) else 0.0 for p in SCREEN_CUES]


def screen_may_clear(sentence: str) -> bool:
    """False for a sentence the pre-screen must leave to the head whatever its score: a medicine with
    an amount ("two extra naproxen"), the likeliest shape of a dose instruction the rules miss."""
    t = normalise(sentence)
    return not (SCREEN_CUES[0].search(t) and SCREEN_CUES[1].search(t))
