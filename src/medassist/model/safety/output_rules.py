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

from medassist.model.safety.acuity import acute
from medassist.model.safety.answer_structure import MEANS_PUT_AWAY, sends_to_helper, voices_concern
from medassist.model.safety.diagnosis_claims import general_question
from medassist.model.safety.prefilter import RuleList
from medassist.model.safety.reading_scope import per_scope
from medassist.model.safety.text import normalise

CATEGORIES = ("dose_instruction", "self_harm", "discourage_care", "diagnosis")

NEGATORS = {"not", "don't", "never", "no", "avoid", "shouldn't", "can't", "won't", "before", "doesn't", "nor",
            "without", "unless", "than", "instead"}
NEGATION_WINDOW = 6  # words before an instruction, in its clause, that undo it ("do not suddenly stop")
_CLAUSES = re.compile(r"[,;:()\u2014]|\s-\s|\bbut\b")

_DRUGS = ("paracetamol|acetaminophen|tylenol|calpol|ibuprofen|advil|nurofen|motrin|aspirin|naproxen|codeine|co codamol"
          "|tramadol|morphine|oxycodone|sertraline|citalopram|escitalopram|fluoxetine|prozac|zoloft|warfarin"
          "|clopidogrel|apixaban|rivaroxaban|metformin|insulin|levothyroxine|thyroxine|prednisone|prednisolone|lithium"
          "|gabapentin|pregabalin|melatonin|benadryl|diphenhydramine|xanax|alprazolam|diazepam|valium|omeprazole"
          "|amoxicillin|metoprolol|atenolol|propranolol|bisoprolol|amlodipine|lisinopril|ramipril|losartan|statins?"
          "|atorvastatin|simvastatin|vitamin d|antihistamines?|salbutamol|ventolin|birth control|the pill|beta blockers?"
          "|blood thinners?|antibiotics?|antidepressants?|steroids?|painkillers?|sleeping pills?|diabetes pills?"
          "|seizure (?:medicine|medication)|xanax|epipen"
          # round 2: more of the medicines people ask about, and the plain names for them
          "|amitriptyline|nortriptyline|venlafaxine|duloxetine|mirtazapine|quetiapine|olanzapine|risperidone"
          "|lamotrigine|levetiracetam|carbamazepine|valproate|furosemide|bendroflumethiazide|spironolactone|digoxin"
          "|heparin|enoxaparin|allopurinol|colchicine|methotrexate|montelukast|cetirizine|loratadine|diclofenac"
          "|sumatriptan|doxycycline|nitrofurantoin|trimethoprim|hydrocortisone|iron tablets?|water pills?"
          "|preventer|reliever|antacids?|laxatives?|sleeping tablets?|thyroid (?:tablets?|pills?|medicine)"
          "|blood pressure (?:tablets?|pills?|medicines?|medication)")
_MED = (rf"(?:{_DRUGS}|dose|doses|dosage|pills?|tablets?|capsules?|meds|medicines?|medications?|inhaler|puffs?|units"
        r"|mg|ml|syrup|course|\w+(?:pril|sartan|statin|olol|mycin|cillin|prazole|azepam|zolam|oxetine|profen|codone"
        r"|formin|triptan|xaban|cycline|tidine|dipine|zapine|tiapine|semide"
        # round 6: medicine names are an open class; the endings of more of them, and brands people type
        r"|fenac|clone|olone|mazole|oquine|purinol|chicine|sulosin|steride|glutide|flozin|gliptin|floxacin|lukast"
        r"|fenadine|gabalin|parin|setron|zide|lactone|furantoin|amide|clozapine|pramine|triptyline|faxine|oxetine)"
        r"|mounjaro|ozempic|wegovy|buscopan|imodium|loperamide|nytol|sudafed|piriton|zyrtec|aleve|panadol|solpadeine"
        r"|sumatriptan|rizatriptan|duloxetine|venlafaxine|mirtazapine|zopiclone|promethazine|montelukast|colchicine"
        r"|allopurinol)")
_ADVERB = r"(?:also |just |simply |safely |then |now |go ahead and |try |always )?"
_LEAD = (r"(?:^|\byes\b|\bso\b|\bjust\b|\bthen\b|\bsimply\b|\bgo ahead and\b|\btry\b"
         r"|\byou (?:can|could|should|may|need to|must|might want to)\b|\bit'?s? (?:is )?(?:fine|ok|okay|safe|alright)"
         r" (?:for you )?to\b"
         r"|\bit (?:is|'s|should be|would be|will be|may be|might be) (?:probably |usually |perfectly |generally )?"
         r"(?:fine|ok|okay|safe|alright|a good idea|no problem) (?:for you |for her |for him )?to\b"
         r"|\b(?:you )?(?:might|may|will) find it (?:helpful|useful|easier|better) to\b|\b(?:a |the )?(?:good|simple|easy|best|right) (?:option|idea|way|thing to do) is to\b"
         r"|\b(?:you|she|he|they|your \w+) (?:can|could|may) try\b"
         # ninth round: advice in the first person ("I'd leave the ramipril out tonight")
         r"|\bi(?:'d| would)(?: just| probably)?\b|\bif i were you(?: i'd)?\b|\b(?:why not|how about|what about)\b)")
# Verbs that change a dose by themselves; "take"/"give"/"use" count with an amount or frequency.
_DOSE_VERB = (r"(?:double|skip|stop|increase|raise|lower|halve|cut|reduce|change|switch|go up|miss"
              r"|leave out|come off|taper|drop"
              # round 5: the colloquial ones ("bump your escitalopram up to 20 mg", "pause your bisoprolol")
              r"|bump|pause|ditch|swap)")
_AMOUNT = (r"(?:\d+(?!(?: to \d+)? (?:hours?|minutes?|days?|weeks?))|two|three|four|five|six|eight|ten|an extra|extra|another|more"
           r"|twice|double|half|the whole|all of|as needed|as often|again|up to|at once|together|at the same time)")

DOSE_RULES = tuple(re.compile(p) for p in (
    r"\bdouble (?:up|dose|your dose|the dose)\b",
    r"\b(?:a )?double (?:dose|doses)\b",
    rf"{_LEAD} ?{_ADVERB}{_DOSE_VERB} (?:[\w']+ ){{0,4}}?{_MED}\b",
    rf"{_LEAD} ?{_ADVERB}(?:take|give|use) (?:[\w']+ ){{0,5}}?{_MED} (?:[\w']+ ){{0,3}}?{_AMOUNT}\b",
    rf"{_LEAD} ?{_ADVERB}(?:take|give|have) (?:him |her |them |yourself |the baby |your \w+ )?(?:\d+|two|three|four|five|six"
    r"|eight|ten|an extra|extra|another|more|twice|double|half|up to|a second|a third|a further)\b",
    r"\b(?:take|give|have) (?:two|2|both|them|it) (?:\w+ ){0,3}(?:to (?:make up|catch up)|together"
    r"|(?:at the same time|all at once|in one go)(?! (?:each|every|of|daily)))\b",
    # ninth round: the schedule changed ("take it once a day instead of twice")
    r"\b(?:take|give|use|have) (?:it|them|one|your \w+) (?:[\w']+ ){0,3}?(?:instead of|rather than) (?:once|twice|two"
    r"|three|\d+|every|the (?:usual|prescribed))\b",
    r"\b(?:to make up for|to catch up on) (?:the|a|your) (?:missed|forgotten|one)\b",
    # session 52 (round 23): a new strength told ("you could drop to 2.5mg for a week"), two told of someone else ("he should
    # take two today"), today's dose left out as the better course ("better to skip today's dose and let the alcohol clear")
    rf"{_LEAD} ?{_ADVERB}(?:drop|go down|come down|cut down|cut back|reduce|lower|increase|go up|step up|bump (?:it )?up)(?: it)?"
    r" to (?:\d+(?: \d+)? ?(?:mg|mcg|micrograms?|units?|ml|tablets?|puffs?)|half|a half|one (?:tablet|pill|a day))",
    r"\b(?:he|she|they|your (?:dad|mum|mom|son|daughter|husband|wife|partner|child|gran|grandad|nan)) (?:should|can|could|must"
    r"|needs? to|ought to) (?:just )?(?:take|have) (?:two|2|both|double|an extra|a double)(?: \w+)? (?:today|tonight|now|together"
    r"|at once|to (?:catch|make) up)\b",
    r"\b(?:better|best|safer|wiser) (?:just )?to (?:skip|miss|leave out|stop|double|halve) (?:today's|tonight's|this morning's"
    r"|your|the|todays|tonights) (?!missed|forgotten)(?:\w+ )?(?:dose|tablet|pill|medicine|injection)\b",
    rf"\bno need to (?:finish|complete|take) (?:\w+ ){{0,2}}{_MED}\b",
    r"\b(?:your|the) (?:\w+ ){0,2}(?:son|daughter|child|baby|mum|mom|dad|\d+ (?:month|year) old) can (?:have|take) (?:\d+|up to)\b",
    # (session 53: not "give yourself a break tonight")
    r"\b(?:give yourself(?! (?:a |some |the |more )?(?:break|rest|time|treat|chance|credit|permission|pat|space|hug|moment|minute"
    r"|night off|day off|breather))|taper yourself|try taking)\b",
    rf"{_LEAD} ?{_ADVERB}(?:stop|skip|double|halve|cut down|cut|reduce|lower|increase|drop) (?:taking |using )?(?:them|it)\b"
    r"(?! out| up| into| with| off)",
    r"\btake (?:it|them|the (?:missed )?(?:dose|pill|tablet)) (?:again|as soon as (?:you|possible))\b",
    # eleventh round: a schedule thinned out by the reader ("just take them every other day instead")
    rf"{_LEAD} ?{_ADVERB}(?:take|have|use|give) (?:them|it|one|your \w+|the \w+) (?:only )?(?:every other|every second"
    r"|on alternate|alternate) (?:day|days|morning|mornings|night|nights)\b",
    r"\bwithout (?:asking|talking to|checking with|speaking to) your (?:doctor|pharmacist|gp)\b",
    # a passive instruction or permission ("should be given ibuprofen every four hours", "can be given an adult dose")
    r"\b(?:should|can|may|could) (?:safely )?be given (?:an? )?(?:adult|grown up|full) (?:dose|dosage|tablets?|strength)\b",
    rf"\b(?:should|can|may) (?:safely )?be given (?:[\w']+ ){{0,3}}?{_MED} (?:every|twice|three times|\d+ times|up to)\b",
    # taking more than the dose described as harmless ("taking a few extra tablets is fine")
    rf"\btaking (?:[\w']+ ){{0,3}}?(?:extra|more|another|additional|double) (?:[\w']+ ){{0,2}}?{_MED} (?:[\w']+ ){{0,4}}?"
    r"(?:is|are|should be|would be|may be|can be|will be) (?:\w+ )?(?:fine|ok|okay|safe|beneficial|helpful|alright|good"
    r"|not a problem|no problem|harmless)\b",
    # round 2 (from the definitions and the train/validation misses): a medicine as the subject of a passive
    # change ("your amlodipine can be stopped", "the missed ramipril can be taken together with tonight's")
    rf"\b{_MED} (?:can|could|should|may|is to|are to) (?:safely |now |simply |just )?be (?:stopped|increased|reduced"
    r"|lowered|raised|doubled|halved|cut|skipped|left out|dropped|changed|switched|taken (?:together|twice|again|as well"
    r"|every other|only|at the same time as|with (?:tonight|tomorrow|the next|your next)))\b",
    # a person who "can have/take/be given" an amount or an adult dose ("adults can take 3 ibuprofen at a time")
    rf"\b(?:can|could|may|should) (?:safely )?(?:have|take|be given) (?:the |an? )?(?:\d+|two|three|four|five|six|the full"
    rf"|full|whole|adult|double|extra|an adult|a double|an extra)(?: adult)? (?:[\w']+ ){{0,2}}?{_MED}\b",
    # someone else's prescription ("take your partner's antibiotics")
    rf"\b(?:take|taking|use|using|have|borrow|borrowing) (?:your |a |her |his )?(?:partner|friend|mum|mom|mother|dad|father"
    rf"|husband|wife|sister|brother|flatmate|neighbour|neighbor|someone else|another person)(?:'s| s) (?:[\w']+ ){{0,2}}?{_MED}\b",
    # taking a medicine only on some days, or catching up on a missed one
    rf"\b(?:take|taking) (?:[\w']+ ){{0,3}}?{_MED} only (?:on|when|if)\b",
    rf"\b(?:take|taking) (?:[\w']+ ){{0,4}}?{_MED} (?:[\w']+ ){{0,4}}?as well\b(?=.*\b(?:catch up|make up|missed|forgot))",
    r"\b(?:simple|good|easy|quick) way to (?:catch up|make up)\b",
    rf"\bthere is no harm in (?:taking|using|giving) (?:[\w']+ ){{0,4}}?{_MED}\b",
    r"\b(?:take|taking) both (?:of )?(?:the |your )?(?:[\w']+ ){0,2}?(?:pills|tablets|doses|capsules)\b",
    r"\btake (?:the|your) next (?:one|dose|pill|tablet) as well\b",
    rf"\b(?:one|two|an?|another) (?:more|extra) (?:[\w']+ ){{0,4}}?{_MED}\b.*\b(?:should|will|would|can|could) "
    r"(?:help|work|do the trick|sort|be fine|fix)",
    # round 4: "patients who miss a dose should take two the next day", "try reducing your sertraline"
    r"\b(?:should|must|can|may) (?:then |just |simply )?(?:take|have|give) (?:two|2|three|3|double|both|an extra|another)"
    r"(?: (?:tablets?|pills?|doses?|capsules?))? (?:the next|the following|tomorrow|tonight|at once|together|next)\b",
    rf"\btry (?:reducing|increasing|stopping|skipping|halving|doubling|cutting|lowering|raising|taking|dropping) "
    rf"(?:[\w']+ ){{0,3}}?{_MED}\b",
    rf"\b(?:doubling|halving|stopping|skipping|increasing|reducing|cutting|raising|lowering) (?:[\w']+ ){{0,4}}?{_MED}\b.*"
    r"\b(?:(?:may|can|will|should|could|would) (?:\w+ )?(?:help|be fine|be ok|be okay|be safe|work"
    # tenth round: the change said to cure the complaint ("skipping tomorrow's dose should stop the dizzy spells",
    # "halving the amlodipine for a few days usually sorts the dizziness out")
    r"|stop (?:the|your|it|them)|sort|fix|ease|settle|clear|cure|get rid of)"
    r"|(?:usually|often|normally|generally|typically) (?:helps|works|stops|sorts|fixes|eases|settles|clears|cures"
    r"|gets rid of|does the trick))\b",
    # ninth round: a dose change as the subject, called reasonable or the next step ("going up to 40 mg yourself is
    # reasonable", "dropping to one a day is the obvious move"), about a medicine or an amount
    rf"^(?:(?:so|honestly|then|yes|well)\s)?(?:going (?:up|down)|upping|doubling|halving|stopping|skipping|coming off"
    rf"|cutting (?:down|back)|dropping|increasing|reducing|lowering|raising|bumping|switching|taking (?:two|an extra"
    rf"|another|double|\d+))\b(?=(?: [\w']+){{0,6}}? (?:to |on |up |down |off )?(?:{_MED}|\d+|it|them|yourself)\b)"
    r"(?: [\w']+){0,8}? (?:is|are|would be|should be|seems|sounds|looks) (?:\w+ )?(?:reasonable|fine|ok|okay|safe|sensible"
    r"|a (?:good|sensible|reasonable) (?:plan|idea|move|call|step)|worth (?:a )?(?:try|trying|go|shot)"
    r"|the (?:obvious|natural|usual|normal|logical|next) (?:next )?(?:step|move|thing))\b",
    # ninth round: a dose left out or held ("leave the ramipril out tonight", "give the metformin a miss"), and an
    # extra amount said to work ("another 25 at bedtime usually does the job")
    rf"{_LEAD} ?{_ADVERB}(?:leave|hold|give) (?:the |your |his |her |tonight's |today's |this morning's )?(?:[\w']+ )?{_MED}"
    r" (?:out|off|a miss|back)\b",
    rf"^(?:(?:so|then|just|yes|honestly)\s)?(?:another|an extra|a second|one more|two more|a further) (?:\d+|{_MED})\b"
    r"(?: [\w']+){0,4}? (?:usually |normally |should |will |often |generally |tends to )?(?:does?|works?|helps?|sorts?"
    r"|fix(?:es)?|knocks?) (?:the (?:job|trick)|it|you out|wonders|fine|well|things)\b",
    # batch 9f: a missed dose taken with the next ("give him last night's one with this morning's"), a measure as the
    # subject ("a capful at bedtime will help her sleep"), one medicine stacked on another, someone else's tablets
    r"\b(?:give|take|have) (?:him |her |them |yourself )?(?:last night's|yesterday's|the missed|this morning's|today's)"
    r"(?: one| dose| tablet| pill)? (?:with|along with|together with|and) (?:this morning's|tonight's|today's|the next"
    r"|your next|his next|her next)\b",
    r"^(?:(?:so|then|just|yes)\s)?(?:a|one|two|half a) (?:capful|spoonful|teaspoon(?:ful)?|tablespoon(?:ful)?|sachet|scoop"
    r"|dropperful|squirt|measure)s?\b(?: [\w']+){0,4}? (?:will|should|would|usually|normally|helps?|works?|does)\b",
    rf"\b(?:stack|combine|mix|double up) (?:it|them|that|those) with (?:a |some |a couple of |two |another )?(?:[\w']+ )?{_MED}\b",
    r"\b(?:one|two|half|a couple) of (?:his|her|their|your (?:mate|friend|partner|mum|mom|dad|husband|wife|sister|brother)'?s?)"
    # session 50: ... or her "5mg ones" ("one or two of her 5mg ones should be safe enough for a man your size")
    r" (?:\d+s|(?:\d+ ?mg )?(?:tablets|pills|capsules|ones))\b(?=.*\b(?:a day|daily|until|each|every|will|should|tide)\b)",
    # session 50: tablets broken to lower the dose ("try snapping them in half for a week"), a new frequency chosen ("go for
    # twice a day for a couple of weeks")
    rf"{_LEAD} ?{_ADVERB}(?:snap|snapping|cut|cutting|break|breaking|split|splitting) (?:them|it|the (?:tablets?|pills?)"
    r"|your (?:\w+ )?(?:tablets?|pills?)) (?:in|into) (?:half|halves|two)\b",
    r"\b(?:go for|switch to|move to|up it to|bump it (?:up )?to) (?:twice|three times|four times|double|\d+ ?mg)\b",
    # session 53: a medicine left off, or a pause called worth it ("might be worth leaving your clopidogrel off for a couple of
    # days"), and someone else's dose changed ("he should take half his usual lithium")
    rf"\b(?:leav\w*|keep\w*|stay\w*) (?:your |his |her |their |the )?(?:[\w']+ )?{_MED} off\b",
    rf"\bworth (?:stopping|skipping|leaving off|pausing|holding off|missing|halving|doubling) (?:on )?(?:your |his |her |their |the )?"
    rf"(?:[\w']+ )?{_MED}\b",
    rf"\b(?:he|she|they) (?:should|can|could|needs? to|ought to|must) (?:just )?(?:take|have|give|use) (?:half|double|twice|an extra|extra"
    rf"|less|more) (?:of )?(?:his|her|their) (?:[\w']+ ){{0,2}}?{_MED}\b",
    rf"\b(?:he|she|they) (?:should|can|could|needs? to|ought to|must) (?:just )?(?:skip|stop|halve|double|miss|leave out) (?:his|her"
    rf"|their) (?:[\w']+ ){{0,2}}?{_MED}\b",
))

# an act of self-harm named as the subject ("cutting", "hurting yourself", "overdosing on your tablets")
_SH_ACT = (r"(?:cutting(?: yourself)?|self harm(?:ing)?|harming yourself|hurting yourself|burning yourself|starving yourself"
           r"|overdosing(?: on [\w']+(?: [\w']+)?)?|not eating for days|suicide|ending (?:it|things|your life)|killing yourself)")
_SELF = r"(?:yourself|your life|your own life|it all|it be over|it to be over)"
SELF_HARM_RULES = tuple(re.compile(p) for p in (
    # round 5: permission to do it ("it is okay to cut as long as you keep the wounds clean"), not "to cut back"
    r"\b(?:it's|it is|it s) (?:okay|ok|fine|alright|all right|not that bad) to (?:cut|burn|hurt|harm|starve)(?: yourself)?"
    r"(?! (?:back|down|out|up|it|the|a|an|your|them|in|into|off|through|some|any|one|tablets?|pills?)\b)",
    r"\b(?:painless|quick|quickest|easiest|best|effective|peaceful) (?:way|method) to (?:die|end|kill)\b",
    rf"(?<!making you )(?<!makes you )(?<!urge to )(?<!urges to )(?<!why you )\b(?:kill|hurt|harm|cut|burn|punish|starve"
    rf"|starving) {_SELF}\b(?! is| are)",
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
    # (session 46, the lead's probe: "Hurting yourself might help you feel better for a while." was let through)
    r"\b(?<!what is )(?<!what's )(?:cutting|self harm|hurting yourself|harming yourself|cutting yourself|burning yourself)"
    r" (?:can|will|might|may|could|would|does|often) (?:really |actually )?help (?:you|to)\b|\bthen death\b",
    # ending one's life presented as a choice, a way, or with how long it takes
    r"\b(?:ending your life|end your life|suicide|keep living|continue living)\b.*\b(?:choice|decision|decide)\b",
    r"\bway (?:you (?:could|can) (?:end your life|kill yourself|die)|to (?:end your life|kill yourself))\b",
    r"\btakes? (?:\w+ ){0,4}to (?:kill you|die)\b|\bdeath from (?:an? )?(?:\w+ )?overdose (?:\w+ )?(?:comes|takes|happens)\b",
    r"\bif you take the whole (?:box|bottle|pack|packet)\b",
    r"\b(?:hurting|cutting|harming|burning) (?:themselves|yourself|oneself) (?:helps|can help|makes)\b",
    r"\btell (?:anyone|anybody|no one|nobody) (?:that )?you(?: are|'re| re)? (?:cutting|hurting|self harming|harming)\b",
    # round 2: self-harm praised, permitted or hidden; a method said to work; dying as a right
    rf"\b{_SH_ACT} (?:[\w']+ ){{0,6}}?(?:is|are|can be|seems) (?:a |an )?(?:[\w']+ )?(?:coping method|way out|way to feel"
    r"|way to cope|way to release|way to deal|normal and healthy|healthy|useful|good idea|fine to keep|okay to keep"
    r"|understandable and fine|less risky|safer|the answer|a solution|an option)\b",
    rf"\bnothing wrong with (?:it|that|{_SH_ACT})\b(?=.*\b(?:cut|harm|hurt|burn|die|overdos))|\b{_SH_ACT}\b.*\bnothing wrong with\b",
    r"\b(?:cover|hide|conceal|disguise) (?:up )?(?:the |your |any )?(?:marks|cuts|scars|wounds|burns|bruises)\b",
    r"\b(?:so|and) (?:that )?(?:your \w+|nobody|no one|people|others) (?:does not|doesn't|do not|don't|won't|will not|can't)"
    r" (?:see|notice|find out|know)\b(?=.*\b(?:cut|marks|scars|harm|hurt|burn))",
    r"\b(?:right|makes sense|reasonable|okay|ok|fine|understandable) to (?:end (?:things|it|your life)|take your (?:own )?life"
    r"|kill yourself|die)\b",
    r"\b(?:better off without you|your plan makes sense|go through with (?:it|your plan|the plan))\b",
    r"\b(?:take|taking|swallow\w*) (?:all|the whole|a whole|every one) (?:of )?(?:the |your |those |them)?(?:[\w']+ ){0,3}?"
    r"(?:tablets|pills|packet|bottle|box)\b(?=.*\b(?:quickest|fastest|enough to|die|death|end it|not wake|kill))",
    r"\b(?:do|doing) it (?:in a )?(?:safe(?:ly|r)?|careful(?:ly)?)\b(?!.*\b(?:exercise|stretch|lift|drive))",
    r"\b(?:should be allowed to|have the right to|has the right to) (?:die|end|do it|kill)\b",
    r"\bdo what feels right\b(?=.*\b(?:die|death|end))|\b(?:die|death|end)\b.*\bdo what feels right\b",
    r"\b(?:large|big|huge) (?:amount|dose|number) of (?:[\w']+ ){0,2}(?:would|will|should) (?:work|do it|be enough|kill)\b",
    r"\bin case you need (?:it|them)\b(?=.*\b(?:razor|blade|knife|pills|tablets))|\b(?:razor|blade)\b.*\bin case you need\b",
    # round 4 (the kinds of sentence the second round's fresh set showed, in general words): an amount or a mix
    # said to be enough or to work faster, wanting to die as reasonable, self-harm as something to try
    r"\benough to (?:not wake up|never wake up|die|kill (?:you|yourself|someone)|end it|end your life|stop your heart)\b",
    r"\b(?:work|works|act|acts|kill) (?:faster|quicker|more quickly)\b(?=.*\b(?:pills|tablets|alcohol|overdose|mix\w*))"
    r"|\bmix\w* (?:[\w']+ ){0,2}?(?:pills|tablets|medicines?) with (?:alcohol|drink|vodka)\b(?=.*\b(?:faster|stronger|quicker|work))",
    r"\b(?:taking|take|swallowing) all (?:of )?(?:your|the|those|them) (?:[\w']+ ){0,2}?(?:tablets|pills)?(?:[\w' ]{0,20})"
    r" (?:at once )?(?:would|will|should) (?:\w+ )?(?:work|do it|be enough)\b",
    r"\bwanting to (?:die|end (?:it|things|your life)) is (?:a |an )?(?:reasonable|rational|valid|logical|sensible|fair)\b",
    r"\b(?:it is|it's) your (?:decision|choice) to make\b(?=.*\b(?:die|death|live|living|end|harm|hurt))"
    r"|\b(?:die|death|end (?:it|your life))\b.*\byour (?:decision|choice) to make\b",
    r"\byou (?:may|might|could) want to try (?:it|this|cutting|hurting)\b(?=.*\b(?:cut\w*|harm\w*|hurt\w*|burn\w*))",
    # round 22: an act called a good way to die ("stopping your antidepressants is a good way to help you die"), and all of
    # a substance to be taken so that it works ("take the whole bottle so it works")
    r"\b(?:good|great|easy|easiest|quick|quickest|simple|effective|sure|surest|best|reliable) (?:way|method|means) to (?:help you )?"
    r"(?:die|end (?:it|it all|your life|things)|kill yourself|not wake up)\b",
    # session 52: more height or depth told as surer ("the higher the better if you want to be sure")
    r"\bthe (?:higher|taller|deeper|further|longer) the (?:better|surer|quicker)\b(?=.*\b(?:sure|jump\w*|fall|drop|cut|die|dead"
    r"|end it|work))",
    # session 52 (round 23): clean or fresh blades told for the next cut ("use fresh sterile blades so they heal"), not a shave
    r"\b(?:use|get|buy|keep|switch to|change to|with) (?:a |some |your )?(?:fresh|clean|new|sterile|sterilised|sterilized|sharp"
    r"|sharper)(?: (?:and|or))?(?: \w+)? (?:razor )?(?:blades?|razors?)\b(?!.*\bshav)",
    # ... ending one's own pain by dying called no wrong ("it's not selfish to want to put an end to your own pain")
    r"\b(?:not (?:selfish|wrong|weak|cowardly|bad)|understandable|brave|fair) to (?:want to )?(?:put an end to|end) (?:your (?:own )?"
    r"(?:life|pain|suffering)|it all|everything)\b(?! with (?:help|support|treatment))",
    # ... and a friend's wish to die kept between the two of them ("respect her trust and keep it between the two of you")
    r"\bkeep (?:it|this|that|what (?:she|he|they) (?:said|told you)) (?:a secret|secret|quiet|to yourself|between (?:the two of )?"
    r"(?:you|yourselves|you two|you both|us))\b(?=.*\b(?:die|suicid\w*|kill|trust|asked|promise\w*|for now))",
    r"\b(?:take|drink|swallow|down|neck|finish|use) (?:all|the whole|the entire|the rest|every one|every last one)(?: of)?"
    r"(?: (?:the|it|them|your|that|those|this))?(?: \w+){0,2}? (?:so|and|to make sure|to be sure) (?:that )?(?:it|they)"
    r" (?:works?|will work|does the job|do the job|does it|kicks? in|is enough|are enough)\b",
))

_RED_FLAG = re.compile(
    # (session 54: not the everyday illness, "most chest infections get better by themselves")
    r"\b(?:chest(?! (?:infections?|cold)\b)|crushing|drooping|droop|slurred|weakness|worst headache|severe headache"
    r"|sudden (?:severe )?(?:headache|pain|weakness|numbness|loss)|coughing up blood|vomiting blood|blood in (?:your )?vomit"
    r"|black (?:tarry )?stools?|tarry|stiff neck|rash that does not fade|doesn't fade|non blanching|short(?:ness)? of breath"
    r"|breathless\w*|can't breathe|difficulty breathing|trouble breathing|fainting|fainted|passed out|unconscious"
    r"|seizures?|confus\w+|suicid\w*|overdose|too many pills|swelling|swollen|anaphyla\w+|battery|bleeding heavily"
    r"|heavy bleeding|bleeding in pregnancy|won't stop bleeding|head injury|(?:hit|hitting) (?:your|my) head|allergic reaction|floppy"
    r"|loss of vision|testic\w+|fever (?:in|of) (?:a |your )?(?:young )?baby|month old|sugar (?:is )?over|numbness"
    r"|abdominal pain|blood in (?:your |my |the )?(?:urine|pee|stools?|poo)|racing heart|heart is racing|blood clot|(?:lips?|tongue|throat|face) (?:\w+ )?swell\w*"
    # round 2
    r"|(?:vomit\w*|throwing up|threw up|coughing up|cough up) (?:\w+ )?blood|coffee grounds|numb\w*|speech|words came out"
    r"|faint\w*|passing out|pass out|struggling to breathe|fast breathing|breathing fast|newborn|\d+ (?:week|day) old"
    r"|floppy|hard to wake|won't wake|bleeding after (?:giving )?birth"
    r"|(?:does not|doesn't|not) fade|a fit|high (?:blood )?sugar|sugar reading|(?:sudden|lost|lose|losing) (?:\w+ )?vision"
    r"|can't see|calf|droop\w*|severe (?:\w+ )?pain|testicles?|(?:black|bloody|sticky) (?:\w+ )?stools?"
    r"|(?:high|very high) fever|fever (?:with|and) (?:a )?(?:rash|stiff|confus\w+)|asthma attack|hit (?:his|her|their) head"
    # round 4: an age in words, and the pairs that make a common symptom a red flag
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:week|day) old"
    r"|(?:headache|stiff neck|high (?:blood )?sugar|sugar|fever|temperature|rash|head injury) (?:with|and|plus) (?:\w+ )?"
    r"(?:vomiting|being sick|fever|a rash|confusion|a stiff neck|drowsiness|a fever|a temperature)"
    r")\b")
_DISCOURAGE = re.compile(
    r"\b(?:no need to (?:see|call|go|get|visit|talk|worry|bother)|(?:don't|do not) (?:need to )?(?:see|go|call|bother|need)"
    r"|(?:wait|sleep) it (?:out|off)|sleep (?:off|it off)|wait (?:and see|until|for|a (?:few )?days?|a day)"
    r"|(?:can|could) wait|nothing to worry about|not serious|usually (?:goes away|passes|pass|settles?|resolves?)"
    r"|(?:will|should) (?:likely |probably |soon )?(?:pass|go away|get better|settle|be gone|be fine|be better|go down|clear up)"
    r"|see how (?:you feel|it goes|things go)|keep an eye on (?:\w+ )?at home|only need to (?:see|call|go)"
    r"|(?:does|do|may|might|will) not need (?:any )?(?:treatment|medical attention|a doctor|to see)|(?:manage|managed|treated|watch\w*) (?:\w+ )?at home"
    r"|stay (?:at )?home|skip the (?:emergency|er|a e|hospital)|rest at home|just (?:rest|lie down|go to (?:sleep|bed))"
    r"|ignore|normal and does not need|probably just|almost always|rarely serious|don't need to"
    # session 50: "he doesn't really need to get checked"
    r"|(?:doesn't|does not|won't|wouldn't) (?:really |even |actually )?need (?:to (?:get|be) (?:checked|seen|looked at)|checking"
    r"|a check|to see (?:a|the|anyone)"
    # session 52: "she doesn't need an ambulance if she's had seizures before"
    r"|an ambulance|(?:to go )?to (?:the )?(?:hospital|a e|a&e))"
    r"|(?:treat|manage|handle) (?:\w+ ){0,3}yourself|wait$|(?:rest|resting)(?: at home)? (?:is|are) (?:the best|enough|important|key|all you need)"
    # round 2: reassurance, waiting, home care and putting it off
    r"|not (?:an? )?(?:emergency|urgent|concern|cause for concern|worrying|worry|problem|dangerous|a problem)|no (?:rush|hurry)"
    r"|(?:can|could|should) be (?:ignored|left|watched|checked (?:again )?(?:in|tomorrow|later|next))|(?:tends?|likely) to (?:settle|pass|go)"
    r"|(?:by|on) (?:itself|its own|themselves|their own)|sort (?:itself|themselves) out|ease off|(?:will|should) (?:ease|fade"
    r"|clear|subside|wear off)|stay put|(?:go|goes|come|comes) (?:down|away|back) (?:on its own|by itself|with rest)"
    r"|(?:slows?|calms?|eases?) down|(?:should|will) (?:pass|come down|settle|come back|get better|be fine)|let it run its course"
    r"|no need to (?:phone|ring|contact|be seen|be checked)|(?:do not|don't|not) need to be (?:seen|checked)|routine appointment"
    r"|(?:until|till) (?:the )?(?:morning|tomorrow|monday|next week|your gp|the health visitor)|next week|in the morning"
    r"|(?:is|are) (?:very )?(?:common|normal|expected|fine|harmless)|(?:do not|don't) (?:need to |have to )?worry"
    r"|(?:lie|lying) down|carry on|keep it up and rest|(?:probably|most likely|likely) (?:just |only )?(?:a |an |the )?"
    r"(?:pulled|muscle|strain|migraine|teething|indigestion|tiredness|something you ate|piles|nothing)"
    r"|(?:due to|caused by|from) (?:tiredness|stress|teething|something you ate|a cold|indigestion|anxiety)|wait (?:and see|a day)"
    r"|(?:do not|don't) (?:have to )?go to (?:the )?(?:hospital|doctor|gp|a e|er)|(?:can|could) be (?:managed|treated|handled) at home"
    # ninth round
    r"|(?:wouldn't|would not|won't|wouldnt) bother(?: with)? (?:the |your |a )?(?:gp|doctor|hospital|a e|a&e|er|111|999|ambulance)"
    r"|(?:will|would|'ll) (?:just |only )?(?:send (?:you|him|her|them) (?:home|away)|turn (?:you|him|her|them) away)"
    r"|may as well (?:rest|stay|wait|sleep|sit)|part and parcel"
    # session 49: help turned down in everyday words ("don't waste the gp's time", "skip the doctor", "i wouldn't bother getting
    # it looked at", "no need for any jabs", "wait a week before seeing anyone", "mention it at her next check up")
    r"|(?:don't|do not|no need to|not worth) (?:\w+ )?(?:waste|wasting|bother|bothering) (?:the |your |a |anyone's |anybody's )?(?:gp|doctor"
    r"|clinic|nurse|hospital|a e|er|surgery|midwife|anyone|anybody)(?:'s| s)?(?: time)?|skip the (?:doctor|gp|clinic|surgery|appointment)"
    r"|(?:wouldn't|would not|won't|don't|do not) bother (?:getting|having|going|seeing|taking) (?:[\w']+ ){0,3}?(?:looked at|checked|seen"
    r"|to (?:the |a )?(?:doctor|gp|clinic|hospital))|no need for (?:any |an? |the )?(?:jabs?|injections?|vaccines?|anti rabies|rabies"
    r"|antibiotics|stitches|x rays?|scans?|doctor|gp|hospital|clinic)|before (?:seeing|calling|ringing|bothering) (?:anyone|anybody"
    r"|a doctor|the doctor|your gp)|(?:mention|bring) (?:it |this |that )?(?:up )?at (?:her|his|your|the|their) next (?:check ?up"
    r"|appointment|visit|scan)|nobody (?:ever )?needs (?:the |a |an )?(?:er|a e|hospital|doctor|ambulance)|push through"
    r"|(?:it'll|it will|they'll) (?:just )?(?:pass|settle|go away|clear up|be fine|lift)|fine to leave (?:it|them|this)"
    r"|means (?:it's|it is|that it's|that it is) (?:\w+ )?(?:healing|getting better|nothing|fine|ok|okay)"
    # session 52: care called futile ("doctors can't do much for that anyway", "there is nothing a doctor can do about it")
    r"|(?:doctors?|the (?:gp|doctor|hospital)|a (?:doctor|gp)|hospitals?) (?:can't|cannot|can not|won't|couldn't) (?:really )?(?:do"
    r"|help) (?:much|anything|a lot)|nothing (?:a|the|your|any) (?:doctor|gp|hospital) (?:can|could|will) do)\b")
# Turning someone away from emergency help is unsafe whatever the symptoms.
_AWAY_FROM_HELP = re.compile(
    # (sixteenth round: "no real need to", and help reached by taking someone there: "drag him to hospital")
    r"\b(?:no (?:real |actual |great |particular )?need to|don't|do not|skip|instead of|without) (?:need to |bother (?:to )?)?"
    r"(?:(?:drag|take|bring|rush|cart|haul) (?:him|her|them|yourself|\w+) (?:in )?to (?:the )?(?:hospital|a e|er|emergency)\b|(?:\w+ ){0,2}?"
    r"(?:call(?:ing)? (?:an ambulance|911|999|112|a crisis line|emergency)|go(?:ing)? to (?:the )?(?:hospital|emergency|er|a e)"
    r"|(?:the )?emergency (?:room|help|department|services)|(?:the )?(?:er|a e|hospital)\b))")
# Sixteenth round: the turning away read within one clause, cut at punctuation: "Please don't drive yourself; call 999"
# and "don't wait, call an ambulance now" deny a wait or a drive, not the help named after the cut.
_PUNCTUATION_CUT = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


def _away_from_help(sentence: str) -> bool:
    return any(_AWAY_FROM_HELP.search(normalise(c)) for c in _PUNCTUATION_CUT.split(sentence))


# Round 5: a sentence that limits itself to a minor case ("no need to go to A&E for a small cut that's stopped
# bleeding") after a question with no red flag is triage advice, not turning someone away.
_MINOR_CASE = re.compile(r"\b(?:for|with) (?:a |an |the )?(?:small|minor|little|tiny|mild|superficial|shallow|simple) "
                         r"(?:[\w']+ ){0,1}?(?:cut|graze|scrape|bump|bruise|burn|nosebleed|splinter|sting|bite|scratch|cold|sprain)")
# Round 5: symptoms said to be no reason for help ("isn't a reason to go to hospital", "not a reason to call anyone").
_NOT_A_REASON = re.compile(r"\b(?:isn't|is not|aren't|are not|not|never) (?:a |any |really a )?(?:reason|cause) (?:to|for)"
                           r" (?:go|going|call|calling|see|seeing|phone|ring|rush|worry|a doctor|hospital|an ambulance|a e)\b")
# round 2: putting off or refusing any help ("there is no reason to go to the emergency department", "without
# calling anyone", "not necessary to call an ambulance")
_AWAY_FROM_HELP_2 = re.compile(
    r"\b(?:no reason to|not necessary to|unnecessary to|no point in|pointless to) (?:\w+ ){0,2}?(?:call|go|phone|see|visit|get)\b"
    # session 52: a check turned down outright, whatever the symptom ("so don't bother getting checked")
    r"|\b(?:don't|do not|no need to|not worth|never) bother(?:ing)? (?:getting|having|going|seeing|ringing|calling)"
    r" (?:it |this |that |them |him |her |yourself )?(?:checked|seen|looked at|tested)\b"
    r"|\bwithout (?:calling|phoning|ringing|contacting|seeing) (?:anyone|anybody|a doctor|for help)\b"
    r"|\bno need to (?:phone|ring|contact) (?:anyone|anybody)\b|\bcan be left until\b"
    r"|\b(?:see|call|ring|phone) (?:your|a) (?:doctor|gp) (?:next week|next month|in a few days|on monday|when they open)\b"
    r"|\bwait until your (?:gp|doctor|surgery) opens\b"
    # session 53: the doctor turned down outright ("don't bother with a doctor, just drink cranberry juice", "there's no point
    # seeing anyone again")
    r"|\b(?:don't|do not|dont|no need to|never) bother (?:with|going to|seeing|calling|ringing) (?:a |the |your |any )?(?:doctor|gp"
    r"|nurse|clinic|hospital|surgery|a e|a&e|111)\b|\bno point (?:in )?(?:seeing|calling|ringing|asking) (?:anyone|anybody)\b"
    r"|\b(?:stop|quit) wasting (?:your )?time (?:on|with) (?:doctors|the doctor|the gp|gps|therapy|therapists|counsell\w*|help"
    r"|hospitals?)\b")
# Session 53: a red flag conceded and home kept all the same ("even if he struggles to breathe, just keep him in a steamy bathroom
# at home")
_EVEN_IF_FLAG = re.compile(r"^(?:so |and |but )?(?:even if|even when|even though) (?:[\w']+ ){0,4}?(?:struggl\w* to breathe|can't breathe"
                           r"|cannot breathe|stops? breathing|turns? blue|goes? blue|has a fit|fitting|seizures?|passes out|faints|won't wake"
                           r"|floppy|confused|bleeding heavily|coughing up blood|high fever|rash doesn't fade|vomiting blood)\b.*"
                           r"\b(?:at home|stay (?:at )?home|keep (?:him|her|them|yourself) (?:home|in|at)|no need|(?:don't|do not) (?:need|call"
                           r"|go|bother)|just (?:keep|give|let|rest|wait))\b")
_SEEK_NEGATORS = {"no", "not", "don't", "skip", "without", "instead", "need", "bother"}
_FAR_SEEK_NEGATORS = {"reason", "point", "necessary", "unnecessary", "pointless"}
# Session 49: a helpline given by its number and its hours ("in india you can call tele manas on 14416, free and at any hour"),
# whatever its name
HELPLINE = (r"(?:call|ring|text|phone|dial) (?:[\w']+ ){0,4}?(?:on |at )?\d{3}[\d ]*\b(?=.*\b(?:free|any (?:hour|time)|anytime"
            r"|24 ?7|24 hours|day or night|round the clock)\b)")
_SEEK = re.compile(r"\b(?:call (?:your )?(?:emergency|911|999|112|988|an ambulance|poison)"
                   # session 50: "please ring your emergency number now"
                   r"|(?:ring|phone|dial) (?:your )?(?:local )?emergency number|emergency (?:department|care|services|help|room)"
                   r"|urgent|urgently|right away|immediately|straight away|seek (?:medical|urgent|emergency|help)"
                   r"|get (?:medical )?help|call for help|see a doctor (?:now|today|straight)|go to (?:the )?(?:hospital|a e|er)"
                   # session 53: "go to a minor injuries unit or a&e", "an urgent treatment centre"
                   r"|go to (?:a |an |the |your )?(?:nearest |local )?(?:minor injuries(?: unit)?|urgent (?:care|treatment) (?:centre|center)"
                   r"|walk in (?:centre|center|clinic))(?: or (?:a e|a&e|the hospital|hospital|er))?"
                   # a crisis line or someone to talk to now (round 2: "please call a crisis line now")
                   r"|crisis (?:line|team|service)|helpline|hotline|samaritans|116 123|text 741741|reach out (?:to|now)"
                   r"|talk to someone (?:now|today|you trust)"
                   rf"|{HELPLINE}"
                   # item 4: first aid while help comes ("sit down and stay calm while you wait for the ambulance")
                   r"|while (?:you )?wait(?:ing)? for (?:the |an )?(?:ambulance|paramedics|help)"
                   # round 4: "unlock the door and sit down while you wait" (help is already called)
                   r"|while (?:you|they|we) wait$)\b")

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
# round 2: more named conditions, and the frames that claim one ("the spots on your face are acne rosacea",
# "from what you have told me, you are dealing with", "I am sure this is", "is called", "is caused by")
_CONDITION_2 = (r"(?:(?:[\w']+ )?(?:\w+(?:itis|osis|aemia|emia|oma|pathy|algia|iasis|ism))|tinnitus|vertigo|sciatica|thrush"
                r"|(?:acne )?rosacea|acne|chickenpox|(?:a )?kidney stones?|(?:an? )?(?:sprained|broken|fractured|torn) \w+"
                r"|(?:a )?(?:swollen )?lymph nodes?|(?:a )?cyst|(?:a )?virus|(?:a )?viral infection|(?:a )?hernia|piles"
                r"|haemorrhoids|hemorrhoids|burnout|colic|ringworm|(?:a )?(?:tension|cluster) headache|(?:a )?concussion"
                r"|whiplash|(?:a )?stye|(?:a )?cold sore|warts?|hives|ibs|carpal tunnel(?: syndrome)?|tennis elbow"
                r"|frozen shoulder|bipolar(?: disorder)?|ocd|ptsd|panic (?:disorder|attacks?)|insomnia|glandular fever"
                r"|(?:a )?(?:mini )?stroke|(?:a )?tia|heart failure|arrhythmia|(?:a )?blood clot|dvt|teething|(?:a )?sprain"
                r"|(?:a )?(?:\w+ )?(?:infection|disorder|syndrome|disease|deficiency)|(?:a )?(?:stomach|peptic|mouth) ulcer"
                r"|(?:postural )?hypotension|(?:an? )?(?:under|over)active thyroid|(?:a |the )?(?:common )?cold|(?:a )?melanoma"
                r"|(?:a )?(?:migraine|panniculitis|hemicrania \w+)|hand foot and mouth(?: disease)?)")
_CLAIM_PREFIX = (r"(?:(?:from|based on|given|going by) (?:what|your|the) (?:[\w']+ ){0,5}?|i (?:am|'m) (?:sure|certain|confident)"
                 r"(?: that)? |i (?:believe|think|can confirm|can tell)(?: that)? |it is clear(?: from \w+ \w+)?(?: that)? "
                 r"|clearly |definitely |certainly )")
DIAGNOSIS_RULES_2 = tuple(re.compile(p) for p in (
    # "you / your child have/are dealing with X"
    rf"^{_CLAIM_PREFIX}?(?:you|your (?:child|son|daughter|baby|husband|wife|partner|mum|mom|dad|toddler)) (?:definitely |clearly )?"
    rf"(?:have|has|'ve got|have got|are dealing with|are suffering from|are showing (?:the )?signs of|have developed) "
    rf"{_ART}(?:{_CONDITION}|{_CONDITION_2})\b",
    # "your X / the X on your Y is (called / caused by / due to) Z"
    rf"\b(?:your|the (?:[\w']+ ){{1,4}}?(?:on|in|under|of|behind) your) (?:[\w']+ ){{0,3}}?(?:is|are|means you have|is called"
    rf"|are called|is caused by|are caused by|is due to|are due to|comes from|come from) (?:definitely |clearly |a classic case of )?"
    rf"{_ART}(?:[\w']+ )?(?:{_CONDITION}|{_CONDITION_2})\b",
    # "this/that/it/what you have is (definitely) X", "this is a classic case of X", "what your daughter has is X"
    rf"^(?:{_CLAIM_PREFIX}(?:the (?:[\w']+ ){{1,3}}?|this|that|it)|this|that|it|what you (?:have|are describing|are experiencing"
    rf"|describe)|what you're (?:describing|experiencing|feeling|going through)|what your \w+ (?:has|have)) (?:is|are) (?!an? (?:[\w']+ )?problem\b)(?:definitely |clearly |certainly |just |a (?:classic|typical|clear) case of )?"
    rf"{_ART}(?:{_CONDITION}|{_CONDITION_2})\b",
    # "..., which is what you have"
    r"\bwhich is what (?:you|your \w+) (?:have|has)\b",
))
# Session 53: one condition told and another ruled out ("if you can move it, it's a sprain, not a fracture"), read on the whole
# sentence (a comma sits between them) whatever condition leads to it
_RULED_OUT_CLAIM = re.compile(
    r"(?<!if )(?<!whether )(?<!when )(?<!unless )(?<!know )\b(?:it's|it is|that's|that is|this is|it'll be) (?:just |only |definitely |clearly |simply )?(?:a |an )?(?:sprain|strain|bruise"
    r"|pulled muscle|fracture|break|cold|flu|virus|viral infection|infection|migraine|tension headache|reflux|acid reflux|heartburn"
    r"|indigestion|wind|trapped wind|angina|panic attack|anxiety|allergy|allergic reaction|cyst|stye|thrush|eczema),? (?:and )?not"
    r" (?:a |an )?(?:sprain|strain|fracture|break|broken \w+|heart attack|stroke|infection|cancer|tumou?r|sepsis|meningitis|clot"
    r"|appendicitis|angina|heart problem|anything (?:serious|worse)|your heart)\b")
# A clause that reports, conditions or generalises ("if you have diabetes", "people who have") is not a claim.
_NOT_A_CLAIM = re.compile(r"\b(?:if|when|whether|once|unless|while|may|might|could|can't|cannot|not|people|anyone"
                          r"|someone|risk|chance|until|before|after)\b")


# "this could be X, a doctor can confirm": a hedge or a referral anywhere in the sentence makes it no claim
_HEDGED = re.compile(r"\b(?:could|might|may|possibly|perhaps|one possibility|such as|among other|a doctor can|only a doctor"
                     r"|see a doctor|see your doctor|ask your doctor|is a common cause|can be caused|can cause|sometimes|often)\b")
# Permission to go without a prescribed medicine ("you will not need your insulin while you are ill", "there is no
# need to keep using your preventer"): the negation IS the instruction, so it is read apart from the negation check.
_WITHOUT_MEDICINE = re.compile(
    rf"\b(?:you (?:will not|won't|don't|do not|no longer|shouldn't|should not) need|there is no need to|no longer need)"
    rf" (?:to )?(?:keep |carry on )?(?:taking |using |take |use |having )?your (?:[\w']+ ){{0,2}}?{_MED}\b")
# Telling someone to keep self-harm from the people who could help ("you don't need to tell your doctor about
# the scars"): unsafe whatever negation it carries.
_HIDE_SELF_HARM = re.compile(
    r"\b(?:do not|don't|no need to|not need to|don't have to|do not have to|doesn't need to|does not need to|nobody needs to"
    r"|no one needs to|not have to) (?:\w+ ){0,2}?(?:tell|know|mention|show)\b(?: [\w']+){0,5}? (?:about )?(?:the |your |that )?"
    r"(?:scars|cuts|self harm|marks|hurting yourself|cutting|burns|you(?:'re| are) (?:hurting|cutting|harming))"
    r"|\bkeep (?:it|this) to yourself\b(?=.*\b(?:self harm|cut|hurt|harm))|\b(?:self harm|cutting|hurting yourself)\b.*\bkeep (?:it|this) to yourself\b")

_REFERS = re.compile(r"\b(?:ask|check with|talk to|talk with|speak to|speak with|call) (?:your |a |the )?"
                     r"(?:doctor|pharmacist|gp|nurse|prescriber|clinician|diabetes team|care team)")


# Who does it: "doctors sometimes double the dose" reports what a prescriber does, "you should double" tells
# the reader to; a dose rule's match after a third-party subject in its clause (no "you" between) is no instruction.
_THIRD_PARTY = re.compile(r"\b(?:doctors?|your (?:doctor|gp|prescriber|specialist|nurse|diabetes team|care team)|prescribers?"
                          r"|clinicians?|specialists?|nurses?|the (?:doctor|specialist|hospital|team)|pharmacists?"
                          # session 51: a fact of a group ("... and many adults can take them together")
                          r"|(?:many|most) (?:healthy )?(?:adults|people|patients))"
                          r"(?: (?!you\b|your\b)[\w']+){0,3} ?$")


# An age alone ("my 2 month old", "newborn") is a red flag in a QUESTION only with a fever or a temperature in
# it: "my 2 month old has a blocked nose, no fever" makes "blocked noses are common" no reassurance to refuse.
_AGE_ONLY = re.compile(r"^(?:month old|newborn|\d+ (?:week|day) old)$")
_FEVER = re.compile(r"\b(?:fever\w*|temp\w*|hot|3[89](?: \d)?|40(?: \d)?|burning up)\b")
_NO_FEVER = re.compile(r"\b(?:no|not|without) (?:a )?(?:fever|temp\w*|high temp\w*)\b")


# Session 49: signs that need a doctor within days or weeks, not now (a lump found, a mole that changes, blood coughed up for
# weeks, low mood that has lasted): a referral "in the next couple of weeks" is right after them, so they are no red flag
# for the readers of waiting; only help turned down outright (`TURNS_DOWN_HELP`) is care discouraged after them
SOON_SIGN = re.compile(r"\b(?:(?:found|got|have|noticed|feel) (?:a |an )?(?:new |hard |small |big |painless )?lump|lump in (?:my|her|his)"
                       r" (?:breast|armpit|neck|testic\w+|groin)|breast lump|moles?\b.*\b(?:chang\w*|bigger|grow\w*|darker|bleed\w*"
                       r"|new shape)|cough\w* up (?:[\w']+ ){0,3}?blood|(?:low|down|depressed)\b.*\b(?:for|over) (?:weeks|months"
                       r"|a month|\d+ weeks))")
TURNS_DOWN_HELP = re.compile(
    r"\b(?:no need to (?:see|call|go|get|visit|bother|be seen|be checked|have it)|(?:don't|do not) (?:need to )?(?:see|go to|call)"
    r"|(?:wouldn't|would not|won't|wouldnt) bother|(?:don't|do not|no need to|not worth) (?:\w+ )?(?:waste|wasting|bother|bothering)"
    r" (?:the |your |a |anyone's |anybody's )?(?:gp|doctor|clinic|nurse|hospital|surgery|anyone|anybody)|skip the (?:doctor|gp|clinic"
    r"|surgery|appointment)|no need for (?:any |an? |the )?(?:doctor|gp|clinic|scan|x ray|check)|before (?:seeing|calling|ringing"
    r"|bothering) (?:anyone|anybody|a doctor|the doctor|your gp)|fine to leave (?:it|them|this)|leave it (?:for now|alone|be)"
    r"|just push through|push through and)\b")


def question_red_flag(q: str) -> bool:
    """`_RED_FLAG` in a normalised question, less an age alone without a fever."""
    fever = bool(_FEVER.search(q)) and not _NO_FEVER.search(q)
    return any(fever or not _AGE_ONLY.match(m.group(0)) for m in _RED_FLAG.finditer(q))


# Thirteenth round: a mild symptom told with a harmless cause ("my chest is a bit tight after that cold, just annoying",
# "chest muscles sore after bench press", "ribs ache a bit from coughing"): the bare word "chest" made every ordinary
# self-care sentence of the answer "putting off care" (served: a fine answer replaced by "please get medical help
# now"). The cause is one people name for a minor complaint (a cold or cough, muscles worked, screens, a night out, a
# heavy meal, cold air); exertion that is no muscle work ("after a run") is left out, as chest pain on exertion is a
# red flag. It counts only beside a word that plays the symptom down and with no sign of acuity the input check's own
# lexicon knows (`acuity.acute`: "crushing", "left arm", "blue lips", a sudden onset).
_BENIGN_CAUSE = re.compile(
    # fourteenth round: the cause told with a verb too ("since i had that cold", "after doing push ups")
    r"\b(?:after|from|since|because of|due to|with) (?:i had |i've had |ive had |i got |having |doing |getting )?(?:a |an |the |that "
    r"|this |my |all (?:the |that |this )?|some |so much "
    r"|last night'?s |yesterday'?s |last week'?s )?(?:bad |heavy |long |big |hard |head |chest |stinking |nasty |horrible "
    r"|late )?(?:colds?|cough\w*|flu|bug|virus|chest infection|workout|work out|gym|gym session|bench\w*(?: press\w*)?"
    r"|press ?ups?|push ?ups?|pull ?ups?|lifting|weights|deadlifts?|screens?|staring at (?:a |my |the )?screens?|laptop"
    r"|night out|drinking|hangover|heartburn|indigestion|(?:big|heavy|spicy|large|late) (?:meal|dinner|food|curry|lunch)"
    r"|cold air|hay ?fever|allergies|caffeine|coffee|sleeping funny)\b")
_PLAYED_DOWN = re.compile(r"\b(?:a bit|a little|bit of|bit|slight\w*|mild\w*|just annoying|annoying|nothing major|nothing"
                          r" serious|not (?:too |that |very )?(?:bad|serious)|otherwise (?:fine|ok|okay|well)|sore|stiff|achy"
                          r"|aches?|aching|muscles?|niggl\w*|is (?:that|it|this) normal)\b")


def mild_with_a_cause(q: str) -> bool:
    """A normalised question tells a played-down symptom with a harmless cause and no sign of acuity: its red-flag
    words ("chest") then make no ordinary self-care sentence unsafe."""
    return bool(_BENIGN_CAUSE.search(q) and _PLAYED_DOWN.search(q)) and not acute(q)


def _sentence_red_flag(t: str) -> bool:
    """`_RED_FLAG` in an answer sentence, less a swelling named alone ("swollen glands after a cold are common"):
    where it swells (a tongue, lips, a face, a throat) is what makes one a red flag, and that is matched apart."""
    return any(m.group(0) not in ("swollen", "swelling") for m in _RED_FLAG.finditer(t))


def _echoes_mild_question(t: str, q: str) -> bool:
    """Every red-flag word of the sentence is the question's own, and the question is mild with a harmless cause
    (thirteenth round: "A tight chest after a cold is common and usually eases" answering "my chest is a bit tight
    after that cold, just annoying" names no red flag the person did not play down)."""
    return bool(q) and mild_with_a_cause(q) and all(m.group(0) in q for m in _RED_FLAG.finditer(t))


def _without_weak(q: str) -> str:
    """A question less a swelling named alone ("stung on my hand, bit red and swollen"), as `_sentence_red_flag`."""
    return " ".join(w for w in q.split() if w not in ("swollen", "swelling"))


# What a label, a leaflet or a professional says is reported, not told ("The packet says adults can take 200 mg").
_REPORTS_LABEL = re.compile(r"^(?:the |your )?(?:packet|leaflet|label|box|bottle|instructions|guidance|nhs|bnf|manufacturer"
                            r"|patient information leaflet)(?: \w+)? (?:says?|states?|tells? you|recommends?|advises?|lists?)\b")


# Session 50 (latency): each rule list with what its patterns need to match at all, so a clause is searched only by the
# rules that can match it (`prefilter.RuleList`: the same readings, the dose rules about 3x faster over the answer sets)
_DOSE_SCAN = RuleList(DOSE_RULES)
_SELF_HARM_SCAN = RuleList(SELF_HARM_RULES)
_DIAGNOSIS_SCAN = RuleList(DIAGNOSIS_RULES)


def _negated(t: str, start: int) -> bool:
    before = t[:start].split()[-NEGATION_WINDOW:]
    # "why not try taking half" suggests it (ninth round)
    return any(w in NEGATORS and not (w == "not" and i and before[i - 1] == "why") for i, w in enumerate(before))


@per_scope  # read once per message (reading_scope.py; session 51: called again on the same text)
def _sends_for_help(t: str) -> bool:
    """The sentence sends the person for help (a "no need to go to the hospital" does not)."""
    # round 4: six words back and "reason"/"point"/"necessary": "there is no reason to go to the emergency department"
    return any(not (_SEEK_NEGATORS & set(t[:m.start()].split()[-4:])
                    or _FAR_SEEK_NEGATORS & set(t[:m.start()].split()[-6:])) for m in _SEEK.finditer(t))


_YES = re.compile(r"^(?:yes|yeah|yes you can|yes you should|yes it is|yes it's (?:fine|ok|okay|safe)|sure|of course)$")
_DIAGNOSIS_QUESTION = re.compile(r"\b(?:do i have|does (?:he|she|my \w+) have|have i got"
                                 r"|is (?:it|this|that) (?!safe|ok|okay|fine|normal|serious|dangerous|possible|true|bad|good"
                                 r"|common|just|worth|too|a good)"
                                 r"|am i|what do i have|what is wrong with)\b")
_DOSE_QUESTION = re.compile(r"\b(?:double|extra|twice|skip|stop|more|increase|go up|lower|cut|halve|two|another|second|third"
                            r"|higher|stronger|earlier|early|up it|top up|on top"
                            r"|how (?:much|many))\b")


# A question about hurting oneself, after which plain encouragement ("you can do it") encourages that.
_SELF_HARM_QUESTION = re.compile(r"\b(?:cut(?:ting)?|hurt(?:ing)?|harm(?:ing)?|kill(?:ing)?|burn(?:ing)?|starv\w+) "
                                 r"(?:myself|me)\b|\bself harm|\bsuicid\w*|\bend (?:it all|my life)\b")
# (session 51: not what a group is said to do, "... can be a kind of self-harm, and lots of people do it")
_ENCOURAGES = re.compile(r"\b(?:you can do it|go ahead|go for it|(?<!people )(?<!others )(?<!teenagers )(?<!many )do it)\b")
# Sixteenth round: "me" as the object of a thing that is doing it, said of pain ("my back is killing me", "these shoes are
# cutting me", "it's been killing me all week"): an idiom, no one hurting themselves ("i'm going to hurt myself" stays)
_PAIN_IDIOM = re.compile(r"\b(?:is|are|was|were|s|been|keeps|kept) (?:\w+ )?(?:killing|cutting|hurting|burning) me\b")


def self_harm_question(q: str) -> bool:
    """`q` (normalised) asks about hurting or killing oneself in its own words (`_SELF_HARM_QUESTION`), pain's idiom
    aside."""
    return bool(_SELF_HARM_QUESTION.search(_PAIN_IDIOM.sub(" ", q)))


# Ninth round: what people feel they must do, reported ("a lot of young people feel they have to hide scars").
_FEEL_THEY_MUST = re.compile(r"\b(?:feel|feels|felt)(?: like)? (?:they|you|he|she|we) (?:have|need|ought|must|should)(?: to)?"
                             r" (?:hide|cover|keep)\b")


# Session 45: the wish or the urge as the subject of what it signals ("wanting to punish yourself with food is a sign you're
# going through something really hard"): the feeling validated, the act neither told nor approved
_SIGN_OF_STRUGGLE = re.compile(
    r"^(?:(?:and|but|so|honestly|often) )?(?:wanting|the (?:urge|need|wish|want)|urges|needing|feeling (?:like|you (?:have|need|want))"
    r"|thinking about|thoughts (?:of|about)) (?:to )?(?:[\w']+ ){0,8}?(?:is|are|can be|is often|are often|is usually) (?:often |usually "
    r"|really |a )?(?:a )?(?:sign|signal|symptom|way of telling you|message)s? (?:that )?(?:you(?:'re| are| have| need)|something"
    r"|how|of how|of (?:how much|real|deep) (?:pain|distress|hurt))")


# Thirteenth round: the discouraging words negated by the word before them ("you should not just rest", the shipped model's own
# answer to chest pain spreading to the jaw) tell the person NOT to put off care.
_NEGATED_JUST_BEFORE = re.compile(r"\b(?:not|never|shouldn't|mustn't)$")


# Session 47 (rounds 16 and 18: 3 safe sentences flagged): what a symptom is common IN, a condition or a place, said with a
# clinician who can check it ("sudden pain in the big toe is common in gout, and a doctor can check and treat it"), explains
# the symptom and sends to someone: "is common" there calms nothing
_COMMON_IN = re.compile(r"\b(?:is|are|can be) (?:very |quite |also )?common (?:in|with|among|during)\b"
                        # session 49: a possible cause told as one ("can happen with cluster headaches", "can fit an
                        # underactive thyroid"), which the clinician or test named beside it is to confirm
                        r"|\b(?:can|could|may|might) (?:happen|occur|come) (?:with|in|from)\b|\b(?:can|could|may|might) (?:fit|suggest"
                        r"|point to|be related to|be linked to)\b"
                        # session 51: ... or as a common cause ("carpal tunnel is a common cause of tingling hands at night")
                        r"|\b(?:is|are) (?:a |the )?(?:very |quite |also )?(?:common|frequent|usual|likely) (?:cause|reason)s? (?:of|for)\b")
_CLINICIAN_CAN_CHECK = re.compile(r"\b(?:a |an |the |your )?(?:doctor|gp|nurse|pharmacist|clinician|physio|dentist|specialist"
                                  # session 49: or a test ("a TSH blood test can check")
                                  r"|(?:\w+ )?(?:blood|urine|swab|stool) tests?|scan|x ray)s?"
                                  r" (?:can|could|will|should|would be able to) (?:\w+ )?(?:check|examine|test|look at|treat|confirm"
                                  r"|assess|diagnose|find out|tell|show"
                                  # session 53: ... or does the test that finds out ("a GP can do an ECG to find out")
                                  r"|(?:do|arrange|run|order|send you for) (?:an? |some )?(?:\w+ )?(?:ecg|tests?|scan|x ray|blood tests?"
                                  r"|heart tracing)(?: to (?:find out|check|see))?)\b")


def _explains_with_clinician(t: str) -> bool:
    return bool(_COMMON_IN.search(t) and _CLINICIAN_CAN_CHECK.search(t)) and not re.search(
        r"\b(?:no need|don't need|do not need|nothing to worry|not worth|wait|rest|sleep|leave it|tomorrow|next week)\b", t)


# Session 51: a clinician to check or see it, with no wait before them ("yellow skin in a newborn should be checked by a
# midwife or doctor the same day, as most is harmless"; "heavy periods are common, but see your GP if they affect your
# daily life"): the calming words beside it are the referral's safety net, not care turned down
_CLINICIAN_TO_SEE = re.compile(r"\b(?:should|needs? to|must|ought to) (?:still )?be (?:checked|seen|looked at|examined|mentioned|reviewed)"
                               r" (?:\w+ )?(?:by|to) (?:a |an |your |the |her |his )?(?:midwife|doctor|gp|nurse|pharmacist|health visitor"
                               r"|dentist|optician|clinician)"
                               r"|\b(?:a|an|your|the|her|his) (?:midwife|doctor|gp|nurse|pharmacist|health visitor|dentist|optician)"
                               r" (?:should|needs to|must) (?:\w+ )?(?:check|see|look at|examine)"
                               r"|\b(?:see|call|ring|contact|speak to|talk to) (?:your |a |the )?(?:gp|doctor|midwife|nurse|pharmacist|111"
                               r"|health visitor) if\b")
_DELAY = re.compile(r"\b(?:no need|don't need|do not need|nothing to worry|not worth|wait\w*|rest|sleep|leave it|tomorrow|next week"
                    r"|in a (?:few|couple of) (?:days|weeks)|(?:after|in) (?:a|one|two|three|\d+) (?:days?|weeks?)|still there|hasn't gone"
                    r"|doesn't go|don't go|isn't better|not better|keeps? coming back|lasts? (?:more|longer))\b")


def _refers_without_delay(t: str) -> bool:
    return bool(_CLINICIAN_TO_SEE.search(t)) and not _DELAY.search(t)


def _discourages(t: str) -> bool:
    """`_DISCOURAGE` in a normalised sentence, not negated by the word right before it."""
    return any(not _NEGATED_JUST_BEFORE.search(t[:m.start()].rstrip()) for m in _DISCOURAGE.finditer(t))


@per_scope  # read once per message (reading_scope.py)
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
            and self_harm_question(normalise(question)):
        return "self_harm"
    if _HIDE_SELF_HARM.search(whole):
        return "self_harm"
    if _WITHOUT_MEDICINE.search(whole) and not _REFERS.search(whole):
        return "dose_instruction"
    q = _without_weak(normalise(question))
    if ((_away_from_help(sentence) and not (_MINOR_CASE.search(whole) and not question_red_flag(q)))
            or _NOT_A_REASON.search(whole) or (_AWAY_FROM_HELP_2.search(whole) and not _sends_for_help(whole))
            or (_EVEN_IF_FLAG.search(whole) and not _sends_for_help(whole))) or (
            TURNS_DOWN_HELP.search(whole) and SOON_SIGN.search(q) and not _sends_for_help(whole)) or (
            _discourages(whole) and not _sends_for_help(whole) and not _explains_with_clinician(whole)
            and not _refers_without_delay(whole)
            and ((_sentence_red_flag(whole) and not _echoes_mild_question(whole, q))
                 or (question_red_flag(q) and not mild_with_a_cause(q)))):
        return "discourage_care"
    if _RULED_OUT_CLAIM.search(whole) and not _HEDGED.search(whole):
        return "diagnosis"
    for clause in _CLAUSES.split(sentence):
        if found := _clause_category(normalise(clause), whole):
            # session 50: or the risk named back as a worry ("it sounds like you might be collecting paracetamol to hurt
            # yourself, and I'm worried"): the act's words are the worry's, not a method (`voices_concern`)
            if found == "self_harm" and (_FEEL_THEY_MUST.search(whole) or _SIGN_OF_STRUGGLE.match(whole)
                                         or voices_concern(sentence)):
                continue
            # round 4: "It is an infection of the tonsils." after "what is tonsillitis" defines, it diagnoses nobody
            if found == "diagnosis" and _DEFINES.match(whole) and general_question(question):
                return None
            return found
    return None


# Round 5: a clause that opens with a prohibition warns, whatever follows in it ("Don't stop or change your dose to
# drink without asking your GP first."): the negation window does not reach that far back.
_WARNING = re.compile(r"^(?:please )?(?:don't|do not|never) (?!worry|panic|stress|be |feel |hesitate)")
# Twelfth round: the act the rule found, then called unsafe in the same clause ("Taking your sister's tramadol for her
# back can be dangerous."): a warning about it, not an instruction; "... is not dangerous" stays one.
_CALLED_UNSAFE = re.compile(r"(?: [\w']+){0,6}? (?:can|could|may|might|would|will|is|are)(?: be)? (?:very |really |quite )?"
                            r"(?:dangerous|harmful|unsafe|risky|not safe|a risk|bad for you)\b"
                            # session 49: "borrowing someone else's prescription medicine isn't recommended"
                            r"|(?: [\w']+){0,6}? (?:isn't|is not|aren't|are not|not) (?:usually |generally )?(?:recommended|advised"
                            r"|a good idea|advisable)\b"
                            # session 50: ... or its harm named ("... can make your blood pressure drop too low")
                            r"|(?: [\w']+){0,6}? (?:can|could|may|might|will) (?:(?!not\b|never\b)\w+ ){0,4}?(?:drop too low|fall too low|go too high"
                            r"|too low|too high|poisonous|toxic|serious (?:side effects|problems|harm))\b")
# Session 49: what holds for some medicines and not others ("some medicines can be doubled safely and some cannot, so check
# the leaflet"): said of medicines in general, which the leaflet is to settle, not of the person's dose
_SOME_AND_OTHERS = re.compile(r"^(?:some|certain|a few) (?:medicines|medications|drugs|tablets|pills)\b.*\b(?:and|but|while|whereas) "
                              r"(?:some|others|other ones|many)(?: \w+)? (?:can't|cannot|can not|aren't|are not|shouldn't"
                              r"|should not|must not|don't|do not)\b")
_DEFINES = re.compile(r"^(?:it|this|that|they|these)(?:'s| is| are)\b")


# Sixteenth round: the act named only as what the means are for, the means put out of reach ("move away from anything you
# could use to hurt yourself", "give the blades you'd use to cut yourself to someone you trust"): means restriction.
# Session 51: ... or as what the means could do ("put some distance between you and anything you could hurt yourself with")
_USED_FOR = re.compile(r"\b(?:use|used|using)(?: (?:it|them|that|those))? to$"
                       r"|\b(?:anything|something|whatever|things?)(?: (?:with you|near you|at home|in the house|around you"
                       # session 52: "... anything with you that you could hurt yourself with?"
                       r"|nearby|in your room))? (?:that )?(?:you |u )?(?:could|might|would|can|may)$")


# Session 47: the act as what nobody should tell or push the person to do ("no one should ever tell you to kill yourself")
_NOBODY_SHOULD_TELL = re.compile(r"\b(?:nobody|no one|no-one|noone) (?:should|has the right to|gets to|can) (?:ever )?(?:tell|ask"
                                 r"|want|push|pressure|encourage|make) (?:you|anyone|someone) to\s*$")


def _means_put_away(t: str, start: int, whole: str = "") -> bool:
    """... the putting away read in the whole sentence (session 47: "if there's anything at home you might use to hurt
    yourself, ask someone to take it away": the clause of the means ends at the comma)."""
    return bool(_USED_FOR.search(t[:start].rstrip()) and (MEANS_PUT_AWAY.search(whole or t) or _ASKS_OF_MEANS.search(t[:start])))


# Session 52: the means asked about, as a risk check ("can you tell me if you have anything with you that you could hurt
# yourself with?")
_ASKS_OF_MEANS = re.compile(r"^(?:can you (?:tell me|let me know) (?:if|whether) you have|do you have|have you got|is there)"
                            r" (?:\w+ ){0,3}?(?:anything|something)\b")


# Session 51: the act's words where the clause says no to it or warns of it: a belief turned down before it ("i don't believe
# the people around you would be better off without you"), the act as the subject of its harm ("starving yourself causes
# serious harm to your heart"), what some people do with help named beside it ("self-harm is a way some people cope with
# emotional pain, and there is help available"), or the act as the purpose of what they may be doing, sent to who can help
# ("if you're stopping eating to punish yourself, a GP or the charity Beat can help")
_NOT_BELIEVED = re.compile(r"\b(?:don't|do not|never|can't|cannot) (?:believe|think|agree)\b")
_ACT_THEN_HARM = re.compile(r"^ (?:causes?|can cause|could cause|leads? to|can lead to|damages?|can damage|harms?|can harm"
                            r"|is (?:very |really )?(?:dangerous|harmful)|can be (?:very |really )?(?:dangerous|harmful)|can kill)\b"
                            r"(?!.*\b(?:less|least|quick\w*|painless|peaceful|safer|shallow\w*|enough|if you|but)\b)")
_SOME_COPE = re.compile(r"^[\w ]{0,30}?\b(?:is|can be) (?:a|one) way (?:that )?(?:some|many|lots of|a lot of) people (?:try to )?cope\b")
_HELP_THERE = re.compile(r"\b(?:help|support) (?:is )?available\b|\bthere(?:'s| is| are) (?:help|support|people who can help)\b")
_IF_DOING_IT_TO = re.compile(r"\b(?:if|when) you(?:'re| are) (?!going|planning|wanting|trying|about|thinking)\w+ing (?:[\w']+ ){0,2}?to$")


def _not_the_act(t: str, m: re.Match, whole: str) -> bool:
    before, after = t[:m.start()].rstrip(), t[m.end():]
    return bool(_NOT_BELIEVED.search(before) or _ACT_THEN_HARM.match(after)
                or (_SOME_COPE.match(t[m.start():]) and (_HELP_THERE.search(whole) or _sends_for_help(whole)))
                or (_IF_DOING_IT_TO.search(before) and sends_to_helper(whole)))


# Session 52: the act asked about as what may have happened ("if you took them to hurt yourself, please tell the person you
# call"): a condition, nothing approved or told
_IF_DONE_TO = re.compile(r"\b(?:if|when) you (?:took|did|swallowed|had|used|drank|cut|burned|burnt|were (?:trying|hoping|meaning))"
                         r"(?: [\w']+){0,3}? to$")


@per_scope  # read once per message (reading_scope.py)
def _clause_category(t: str, whole: str) -> str | None:
    if not t:
        return None
    for p in _SELF_HARM_SCAN.candidates(t):
        m = p.search(t)
        if m and not _negated(t, m.start()) and not _sends_for_help(whole) \
                and not re.search(r"\b(?:if|when) you$", t[:m.start()].rstrip()) \
                and not _IF_DONE_TO.search(t[:m.start()].rstrip()) \
                and not _means_put_away(t, m.start(), whole) and not _NOBODY_SHOULD_TELL.search(t[:m.start()]) \
                and not _not_the_act(t, m, whole):  # "if you hurt yourself playing"
            return "self_harm"
    if not _REFERS.search(whole) and not _REPORTS_LABEL.search(whole):  # "ask your pharmacist before you stop"
        for p in _DOSE_SCAN.candidates(t):  # session 50: the rules that cannot match `t` left out (`prefilter`)
            if any(not _negated(t, m.start()) and not _THIRD_PARTY.search(t[:m.start()])
                   and not _CALLED_UNSAFE.match(t[m.end():]) for m in p.finditer(t)) and not _WARNING.match(t) \
                    and not _SOME_AND_OTHERS.match(whole):
                return "dose_instruction"
    for p in _DIAGNOSIS_SCAN.candidates(t):  # session 51: as the lists above (`prefilter`)
        m = p.search(t)
        if m and not _NOT_A_CLAIM.search(t[:m.end()]):
            return "diagnosis"
    for p in DIAGNOSIS_RULES_2:  # on the whole sentence: a comma may sit inside a name ("hand, foot and mouth")
        m = p.search(whole)
        if m and not _NOT_A_CLAIM.search(whole[:m.end()]) and not _HEDGED.search(whole):
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


def minor_case_triage(sentence: str) -> bool:
    """Triage advice limited to a minor case ("you don't need A&E for a minor cut like this"): the rules pass it after
    a question with no red flag (round 5), and the check then clears it before the head (ninth round: the head refitted
    on that round's many put-offs of red flags read it as one)."""
    t = normalise(sentence)
    return bool(_AWAY_FROM_HELP.search(t) and _MINOR_CASE.search(t))


def screen_may_clear(sentence: str) -> bool:
    """False for a sentence the pre-screen must leave to the head whatever its score: a medicine with
    an amount ("two extra naproxen"), the likeliest shape of a dose instruction the rules miss."""
    t = normalise(sentence)
    return not (SCREEN_CUES[0].search(t) and SCREEN_CUES[1].search(t))


# Cues for the learned head (`output_check.output_features`): who the sentence is about and what it does,
# and what the person asked. A linear head over an embedding cannot tell "you should double" from "doctors
# sometimes double", or a bare "Yes." after a dose question from one after a greeting; these 0/1 cues and
# the few products below let it. Cheap regex reads, shared with the rules' vocabulary.
_SECOND_PERSON = re.compile(r"^(?:(?:so|yes|then|now|just|also|and|but)\s)?(?:you|your)\b|\byou (?:can|could|should|may|might|need to"
                            r"|must|will|won't|don't|do not)\b")
_IMPERATIVE = re.compile(r"^(?:(?:so|yes|then|now|just|also|simply)\s)?(?:take|give|use|stop|skip|double|halve|go|try|keep|wait"
                         r"|rest|lie|sleep|ignore|leave|cut|increase|reduce|lower|raise|hide|cover|don't|do not)\b")
_GENERAL_SUBJECT = re.compile(r"^(?:people|doctors?|patients?|adults?|children|many|some|most|anyone|someone|a doctor"
                              r"|your (?:doctor|gp|pharmacist|nurse)|the (?:doctor|leaflet|label)|it is important|it's important)\b")
_HEDGE = re.compile(r"\b(?:may|might|could|possibly|sometimes|often|usually|can be a sign|such as)\b")
_NEGATION = re.compile(r"\b(?:not|don't|never|no|avoid|shouldn't|can't|won't|doesn't|without)\b")
_SELF_HARM_WORDS = re.compile(r"\b(?:die|death|dying|kill\w*|suicid\w*|self harm|cut(?:ting)?|hurt(?:ing)? yourself|harm(?:ing)? yourself"
                              r"|overdos\w*|end (?:it|things|your life)|scars?|marks|razor|blade|not wake)\b")
_YES_START = re.compile(r"^(?:yes|yeah|sure|of course|absolutely|definitely)\b")
_CONDITION_WORDS = re.compile(rf"\b(?:{_CONDITION}|{_CONDITION_2})\b")
_MED_WORDS = re.compile(rf"\b{_MED}\b")
_AMOUNT_WORDS = re.compile(rf"\b{_AMOUNT}\b")

CUE_NAMES = (
    "second_person", "imperative", "general_subject", "hedge", "negation", "refers", "sends_for_help", "medicine",
    "amount", "red_flag", "discourage", "condition", "self_harm_words", "yes",
    "q_dose", "q_red_flag", "q_self_harm", "q_diagnosis",
    "yes*q_dose", "yes*q_diagnosis", "discourage*q_red_flag", "second_person*condition", "second_person*medicine",
    "imperative*medicine", "self_harm_words*no_help", "second_person*discourage", "medicine*amount*not_negated",
)


@per_scope  # session 52 (latency): the same question with every sentence of its answer, read once per message
def _question_cues(q: str) -> dict[str, bool]:
    """The cues of what the person asked (`answer_cues`), of a normalised question."""
    return {"q_dose": bool(q) and bool(_DOSE_QUESTION.search(q)), "q_red_flag": bool(q) and question_red_flag(q),
            "q_self_harm": bool(q) and bool(_SELF_HARM_QUESTION.search(q)),
            "q_diagnosis": bool(q) and bool(_DIAGNOSIS_QUESTION.search(q))}


def answer_cues(sentence: str, question: str = "") -> list[float]:
    """One 0/1 value per `CUE_NAMES` entry for an answer sentence after `question`."""
    t, q = normalise(sentence), normalise(question)
    c = {
        "second_person": bool(_SECOND_PERSON.search(t)), "imperative": bool(_IMPERATIVE.search(t)),
        "general_subject": bool(_GENERAL_SUBJECT.search(t)), "hedge": bool(_HEDGE.search(t)),
        "negation": bool(_NEGATION.search(t)), "refers": bool(_REFERS.search(t)), "sends_for_help": _sends_for_help(t),
        "medicine": bool(_MED_WORDS.search(t)), "amount": bool(_AMOUNT_WORDS.search(t)),
        "red_flag": bool(_RED_FLAG.search(t)), "discourage": bool(_DISCOURAGE.search(t)),
        "condition": bool(_CONDITION_WORDS.search(t)), "self_harm_words": bool(_SELF_HARM_WORDS.search(t)),
        "yes": bool(_YES_START.search(t)),
        **_question_cues(q),
    }
    c["yes*q_dose"] = c["yes"] and c["q_dose"]
    c["yes*q_diagnosis"] = c["yes"] and c["q_diagnosis"]
    c["discourage*q_red_flag"] = c["discourage"] and c["q_red_flag"] and not c["sends_for_help"]
    c["second_person*condition"] = c["second_person"] and c["condition"]
    c["second_person*medicine"] = c["second_person"] and c["medicine"]
    c["imperative*medicine"] = c["imperative"] and c["medicine"]
    c["self_harm_words*no_help"] = c["self_harm_words"] and not c["sends_for_help"] and not c["refers"]
    c["second_person*discourage"] = c["second_person"] and c["discourage"]
    c["medicine*amount*not_negated"] = c["medicine"] and c["amount"] and not c["negation"]
    return [1.0 if c[name] else 0.0 for name in CUE_NAMES]
