"""Kinds of signal in indirect self-harm, and their combinations (GitHub issue 21, thirteenth round).

Each round's fresh indirect messages that got no emergency reply said the risk in two or three small signals, none of
which reads as risk alone: finality ("this is the last time ill message anyone"), burden ("theyd be lighter
without me"), means at hand ("a bottle of vodka and all my nans tablets on the table"), a time ("once everyone is
asleep tonight"), affairs put in order ("gave my rings to my sister"), wanting not to exist ("fall asleep in the snow
and never get up"), a decision ("ive made my mind up"). The meaning readers (`self_harm_risk.py`) score such a
message near their bars but below them; one cue alone is everyday ("last day at the office", "its my birthday
tomorrow"). So the signals are read as KINDS, each by its grammar rather than a message's words, and a message that
carries two of them (two of the five kinds of risk, or one and a time or a decision) is read as risk when the learned
head leans that way too (`self_harm_risk.COMBINED_BAR`) — unless it is framed off: joking, told as the past, about
someone else, a song, or an absence with an end ("you wont hear from me for 2 weeks").

Read on the normalised text (`text.normalise`: lower case, no punctuation, "wont" -> "won't"); the joking marks that
are emoji are read on the raw text.
"""

from __future__ import annotations

import re

from medassist.model.safety.belief_question import about_self_harm_as_a_topic
from medassist.model.safety.distress import distressed
from medassist.model.safety.frames import ACCIDENT, PET_OR_STUDY, WHILE_ILL_AFTER, accident_told
from medassist.model.safety.prefilter import RuleList
from medassist.model.safety.reading_scope import per_scope
from medassist.model.safety.text import normalise

_ME = r"(?:me|myself|i|i'm|i've|i'll|i'd)"
_PEOPLE = (
    r"(?:everyone|everybody|every1|you all|you guys|y'all|yall|all of you|my (?:\w+ )?(?:family|mum|mom|mam|ma|dad"
    r"|parents|kids|children|wife|husband|partner|sister|brother|bro|sis|friends?|mates?|daughter|son|nan|gran)"
    r"|them|her|him|the kids|my lot)"
)

# Finality, a goodbye: what one says when one will not be there.
FINALITY = re.compile(
    r"\b(?:(?:my|the|this is (?:my|the)|prob(?:ably)? the|likely the) (?:very )?(?:last|final) (?:post|message|msg|text"
    # session 48 (msg24): a last upload or sign-off online ("posted my last clip", "my final logout")
    r"|goodbye|words|clip|video|upload|stream|story|tweet|logout|log off|log out|sign off|login)\b(?! (?:of|before|for) (?:the|term|school|work|today|tonight|now))"
    r"|(?:last|final) time (?:i'll|ill|i will|i'm going to|i'm gonna|you'll|you will|anyone (?:will|'ll)) (?:ever )?"
    r"(?:\w+ )?(?:message|post|text|talk|write|see|hear|be|speak|say|bother|ask)"
    r"|(?:my|the) (?:very )?last (?:night|day) (?:here|alive|on earth|i'll|ill|i will|you'll|of my life)"
    r"|(?:won't|will not|not gonna|not going to|won't ever|don't think (?:i'll|ill|i will)|never going to) be (?:around"
    r"|here|alive|there|a problem|a burden|a drain|a weight|a cost|bothering|(?:anyone's|anybody's|everyone's|your|their"
    r"|his|her) (?:problem|burden))"
    # session 51 (msg27): things given so the others keep something of the writer after ("said they were gifts, really its
    # so they have something of me after"), not a souvenir of a trip
    r"|(?:something|anything|things?) (?:of me|of mine|to remember me(?: by)?) (?:after|when|once|for when|for after|by)\b"
    r"|(?:something|things?) to remember me by"
    # seventeenth round: the last night or day of a life said without "my" ("its giving last night on earth")
    r"|last (?:night|day) (?:alive|on earth)"
    r"|(?:i'll|ill|i will|i'd|i would|i'm gonna|i'm going to) be gone|won't (?:get to )?see (?:him|her|them|you|my \w+) grow up|(?:when|once|after|by the time) i'm gone"
    r"|won't (?:hear from|see|be seeing|be hearing from) me (?:again|anymore|any more|after)"
    r"|(?:never|won't ever) (?:hear from|see) me again|(?:logging off|signing off|leaving|gone|going) for good"
    r"|(?:goodbye|bye|farewell) (?:everyone|everybody|all|forever|for good|world|guys)"
    r"|(?:been )?nice knowing (?:you|ya|y'all)|take care of (?:yourselves|each other|yourself for me)"
    r"|look after (?:\w+ ){0,2}for me|(?:the )?real goodbye|said my goodbyes"
    r"|tell (?:\w+ ){0,3}?(?:that )?i(?: love| loved| luv| am sorry| was sorry|'m sorry)"
    r"|if (?:you|anyone|someone) finds? (?:this|me)|(?:when|by the time) (?:you|they|anyone|she|he|my (?:\w+ )?\w+)"
    r" (?:read|reads|see|sees|find"
    r"|finds) (?:this|these|it)(?! (?:i'll|ill|i will|i'm|i am|i'd) (?:already |prob |probably |likely )?(?:be |prob )?(?:at|in|on|home|back|out|asleep|busy"
    r"|working|driving|there|done with|already))"
    r"|won't (?:be )?need(?:ing)? (?:\w+ ){0,3}where i'm (?:going|headed|heading|off to)|where i'm (?:going|headed)"
    r" (?:i|you) won't need|(?:it|this) ends (?:tonight|today"
    r"|here|now)|(?:don't|do not) have (?:long|much time) left here|not (?:be|being) here (?:for|by|after|at) (?:christmas"
    r"|new year|my birthday|the weekend|much longer|long)"
    r"|(?:won't|will not|not gonna|not going to|don't think i'll|don't think ill) (?:make it|live) (?:to|till|until|past)"
    r" (?:\d+|christmas|new year|my birthday|the weekend|next (?:week|month|year)|summer|spring|winter)"
    r"|not (?:planning|planing|expecting) (?:on |to )?(?:see|seeing|be|being|make|making) (?:it to |around for |here for )?"
    r"(?:the )?(?:new year|christmas|my birthday|next (?:week|month|year)|tomorrow|summer|another)"
    r"|my (?:future|time|life) (?:is|will be) (?:very )?short|(?:won't|will not|wont) be (?:replying|answering|messaging"
    r"|posting|texting|online|reading) (?:after|from|anymore|any more|again)|whoever (?:reads|finds|sees) this"
    r"|(?:rest|sleep|go) (?:now )?(?:for always|forever|for ever|for good)"
    r"|(?:thanks|thank you) (?:\w+ ){0,2}?for everything\b.*\b(?:goodbye|bye|farewell)"
    r"|(?:told|tell|asked) (?:\w+ ){0,2}?(?:not to|to not|don't) (?:come looking|look for me|try to find me|worry when|ask why|ask questions)"
    # session 48 (msg24): not being found, a goodbye written to be posted or sent, and nothing of one's own needed after a
    # time ("reckon nobody'd find me out there for a while", "drafting my goodbye post", "won't need any of it after this
    # week"); a goodbye card for a colleague or a trip is what FAREWELL_FOR_OTHER and TRIP_OR_MOVE say
    r"|(?:nobody|no one|noone|no1|nobody'd|noone'd)(?: would| will|'d|'ll| is gonna| is going to)? (?:\w+ )?find me\b"
    r"(?! (?:a|an|the|some|any|one|something|anything|attractive|funny|boring)\b)|(?:won't|will not|wouldn't) be found"
    r"|goodbye (?:post|message|msg|text|video|letter|note|story|email)s?"
    # session 52 (msg28, tune round 23): what a message set to go at an hour will find ("by the time she reads it itll be
    # done", "by then it wont matter"), not where the writer will be ("by then i'll be at work")
    r"|by then (?:it|nothing|none of (?:it|this)) (?:won't|will not|wont|doesn't|does not) matter"
    # ... and a stay arranged for a pet or a child said to be for a while, then said not to be ("told her its just for a
    # little while. its not for a little while")
    r"|(?:it's not|its not|it is not|it isn't|it won't be|it wont be|it will not be) (?:really |actually )?(?:just )?(?:for a"
    r" (?:little|short) while|for a bit|temporary|for now)"
    r"|by then (?:it'll|itll|it will|it's|its|it is|everything'll|everything will) (?:all )?(?:be )?(?:done|over|too late|finished)"
    r"|(?:won't|will not|not gonna|not going to|wouldn't) (?:be )?need(?:ing)? (?:any of (?:it|this|them|that|my (?:\w+ )?(?:things"
    r"|stuff))|anything|(?:all )?(?:my|me) (?:things|stuff|money|savings|belongings)) (?:\w+ ){0,2}?(?:after|past|beyond|from|by)"
    # session 53 (msg29, tune round 24, dev29): a season or a date the writer does not mean to see ("i dont intend to see
    # the spring"); the last of a week or a shift said of everything ("my last week on earth", "my last shift, in every
    # way"); a preparation others took for the future, said not to be ("the solicitor thought it was for the future. it
    # isnt"); a one-way journey with no return needed; not coming home, said with no time it ends; the writer's not being
    # here any more as the time a care is handed on ("so he can manage when im not here anymore")
    r"|(?:don't|do not|not|never) (?:intend|intending|mean|meaning|plan|planning|expect|expecting) (?:on |to )?(?:see|seeing"
    r"|be around for|being around for) (?:the |another |next |this )?(?:spring|summer|autumn|fall|winter|christmas|new year"
    r"|easter|birthday|my (?:\w+ )?birthday|week|month|year)\b"
    r"|last (?:week|weekend|month) (?:alive|on earth)|(?:last|final) (?:\w+ ){0,2}?in every (?:way|sense)"
    r"|(?:thought|thinks|think|assumed|assumes|assume) (?:(?:it|this|that|they|these|those|the \w+)(?:'s| was| were| is| are"
    r"|'re)) (?:just )?for (?:the future|later|one day|someday|years (?:from now|away|ahead|down the line)|when i'm (?:old"
    r"|older))\b.*\b(?:it|its|they|that|this)(?: isn't|'s not| not| is not| wasn't| aren't| are not|'re not| ain't|'s really not)\b"
    r"|(?:won't|will not|not|no|don't|do not) (?:be )?need(?:ing)? (?:a |the )?return(?: ticket| half| journey| leg)?\b"
    r"|(?:won't|will not|not) be (?:coming|going) (?:back )?(?:home|back)$"
    r"|(?:when|once|after) i'm (?:not (?:here|around) (?:anymore|any more)|no longer (?:here|around))"
    r")\b"
)

# Burden: the others' lives easier without the writer.
BURDEN = re.compile(
    # (session 50: "quieter", "calmer", "more peaceful" without the writer, as people say it in their own voice: "reckon
    # the house would be a sight quieter without me")
    r"\b(?:(?:better|happier|lighter|freer|free|easier|fine|okay|ok|quieter|calmer|simpler|more peaceful) (?:\w+ ){0,2}?"
    r"(?:off )?(?:without me" + WHILE_ILL_AFTER + r"|if i (?:was"
    r"|were|wasn't|weren't) (?:gone|not there|not here|not around|here|there|around|dead))"
    r"|(?:if|when) i (?:was|were|'m|am) (?:gone|not there|not here|not around|dead)"
    r"|(?:if|that) i (?:was|were|had) (?:never|neva|not) (?:been )?born|(?:woulda|would have been|would be|woulda be) better if (?:\w+ )?"
    r"(?:neva|never) born"
    r"|won't (?:have|need) to (?:deal with|worry about|put up with|look after|clean up after|carry|pay for|think about"
    r"|support|bother with) me|(?:nobody|no one|noone|no1) (?:will|would) (?:have|need) to (?:\w+ ){1,3}me"
    r"|i'm (?:just |only |such )?(?:a|the|their) (?:burden|problem|weight|drain|waste of space|nuisance)(?! child)"
    r"|(?:here|around|alive) to be a (?:burden|nuisance|problem|bother)"
    r"|(?:a |the )?(?:burden|weight) (?:on|to|around|round) (?:\w+ ){0,2}(?:necks?|family|everyone|them|her|him)"
    # session 51 (msg27): a child said to be better off raised by someone else ("the baby would be better off with my
    # sister raising her"), not a tutor or a club
    r"|better off (?:with|being raised by|raised by|living with) (?:\w+ ){0,3}?(?:(?:raising|bringing up|looking after"
    r"|caring for) (?:her|him|them)|bringing (?:her|him|them) up)|better off (?:being )?raised by"
    # session 50: a burden on one of the family named ("im 84 and a burden on my daughter")
    r"|(?<!feel )(?<!feeling )(?<!feels )\b(?:a|the) (?:burden|weight|drain) (?:on|to) my (?:\w+ )?(?:daughter|son|kids|children|wife|husband|partner|family"
    r"|mum|mom|dad|parents|carers?|sister|brother)"
    # ... and not being missed asked, of the writer's own going ("would anyone even notice if i walked into the sea")
    r"|(?:would|will) (?:anyone|anybody|people|they|my (?:\w+ )?(?:family|kids|friends)) (?:even |really |actually )?"
    r"(?:notice|care|miss me) if i (?:was|were|went|walked|disappeared|didn't|did not|wasn't|weren't|never|just)"
    r"|i (?:only |just )?(?:bring|make|cause) (?:\w+ )?(?:trouble|problems|pain|stress) (?:for|to|wherever|everywhere)"
    r"|(?:ruining|ruin|wrecking|destroying) (?:my|their|everyone's|everybody's) (?:family|lives|life)"
    r"|(?:world|everyone|everybody|they|family|kids|he|she) (?:would|will|'d|'ll)? ?be (?:\w+ )?better (?:off )?without" + WHILE_ILL_AFTER +
    r"|(?:world|family|everyone) (?:is |would be )?better without (?:someone like )?me|free (?:of|from) me"
    r"|(?:they'll|they will|she'll|he'll|they'd|she'd|he'd|the kids'll|the kids will) (?:all )?be (?:ok|okay|fine|better|alright)"
    r" (?:without me|with (?:their|his|her|my) (?:dad|mum|mom|mam|father|mother|nan|gran))"
    r"|insurance (?:will|would) (?:pay|cover|be worth)"
    # session 53 (msg29, tune round 24): whether it pays out whatever the death ("my life insurance pays out either way right")
    r"|insurance (?:\w+ )?(?:pays?|paid|pay) out (?:either way|anyway|whatever happens|no matter (?:what|how)|even if|for"
    r" suicide|if (?:it's|its|it is) suicide)"
    # seventeenth round: "my kids shouldnt have to look after a useless old man"
    r"|(?:shouldn't|shouldnt|should not|don't|do not|wouldn't|wouldnt) (?:have|need) to (?:look after|care for|deal with|put up with"
    r"|worry about|carry|support|clean up after|nurse) (?:me|(?:a|an|this) (?:\w+ ){0,2}(?:man|woman|mother|father|person"
    r"|mess|failure|burden)))\b"
)

# A medicine by kind or by a name's ending (stricter than the dose rules' list: "hiding ... alone" is no medicine)
_DRUG = (
    r"(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers|sleeping pills|insulin|tabs|codeine|tramadol"
    r"|sleepers|antidepressants|opioids|lithium|morphine|fentanyl|\w+(?:aline|axine|opram|clone|abalin|pentin)"
    r"|\w+(?:cillin|mycin|pril|olol|statin|zepam|zolam|tyline|oxetine|profen|amol|codamol|formin|triptan|apine|odone"
    r"|adone|barbital))"
)

# Means at hand or being gathered: the thing and the writer's having or readying it.
MEANS = re.compile(
    r"\b(?:(?:saved|saving|collected|collecting|stockpiled|stockpiling|hoarded|hoarding|hiding|hidden|stashed|stashing"
    # (session 53, dev29: "stocked up my oxycodone")
    rf"|kept|keeping|stocked|stocking) (?:up )?(?:on )?(?:\w+ ){{0,3}}?(?:{_DRUG}|paracetamol|sleeping pills|tabs)"
    rf"|(?:{_DRUG}|paracetamol) (?:\w+ ){{0,3}}?(?:ready|lined up|counted|in front of me|in my hands?|on the"
    # (session 50: not counted out for the week or into a pill box, as a regimen is)
    r" (?:table|bed|desk))(?!(?: \w+){0,5} (?:for the (?:week|month|fortnight|days? ahead)|into (?:a|my|the) (?:pill ?box"
    r"|dosette|organi[sz]er)|weekly|each day|every day))|(?:take|taking|swallow|swallowing|down|neck) (?:the lot|them all|all of them|the whole (?:lot|box|bottle|pack))"
    # not carried somewhere ("take them all to the vet", "take the lot to the tip") nor a dosing question
    r"(?! (?:to|for|down|back|out|home|in|into|round|over|up|off|at once|together|in one go|at the same time|with"
    r"|in the morning|at night|before|after|every|each|daily)\b)"
    r"|(?:got|have|bought|found|keep|kept|keeping|saved|stored|put aside|set aside|collected) (?:\w+ )?(?:enough|about \d+|\d+"
    rf"|loads|plenty)(?: \w+){{0,3}}? (?:pills?|tablets?|meds|of them|{_DRUG})"
    # (session 50: bought in or at them too, in the words people use for them: "buying the paracetamol in different
    # farmacias")
    r"|(?:bought|got|buying|getting|buy) (?:\w+ ){0,4}(?:from|in|at) (?:\d+|two|three|four|five|six|several|different"
    r"|separate) (?:different )?(?:shops|chemists|pharmacies|farmacias|stores|places|supermarkets)"
    r"|(?:a |the |bought a |got a |have a |got the |have the )(?:rope|noose)(?! for (?!me\b|myself\b))|(?:(?:razor )?blades?|razors?|knife|knives) (?:is |are |'s )?(?:in my"
    r"|ready|hidden|under)"
    rf"|{_DRUG} (?:\w+ ){{0,2}}?(?:saved|stashed|stockpiled|hoarded|put away|hidden|put by|put aside|set aside|tucked away"
    r"|squirrelled away|squirreled away|kept back|held back)"
    # session 51 (msg27): one's own medicine stopped on purpose ("stopped my heart tablets on purpose, not telling anyone");
    # a means, not a whole plan: stopping for a side effect is asked about too, so another kind must stand beside it
    rf"|(?:stopped|stopping|quit|quitting|skipped|skipping|came off|coming off|not taking) (?:taking )?(?:all )?(?:of )?my"
    rf" (?:\w+ ){{0,2}}?{_DRUG} (?:\w+ ){{0,5}}?(?:on purpose|deliberately)"
    # session 53 (msg29, tune round 24, dev29): someone else's medicine still kept ("i still have her morphine"), what a vet
    # or a doctor gave kept back, medicines taken a few at a time from a ward, and packs bought beside a medicine named
    # ("looked up how much paracetamol wrecks ur liver and bought 4 packs")
    rf"|(?:still )?(?:have|got|kept|keep|keeping) (?:all )?(?:of )?(?:her|his|their|(?:my )?(?:late |dead )?\w+'s) (?:old |leftover"
    rf" |left over |remaining |spare )?{_DRUG}"
    r"|(?:kept|keeping|held|holding|put) back what (?:the )?(?:vet|doctor|gp|hospital|nurse|pharmacist|hospice) (?:gave|prescribed)"
    r"|(?:taking|taken|took|nicking|nicked|pinching|pinched|pocketing|pocketed|slipping|slipped) (?:a few|some|one or two"
    r"|a couple|a handful|one|two)(?: \w+)? (?:from|off|out of) (?:the )?(?:ward|work|drug cupboard|drugs cupboard|cabinet"
    r"|pharmacy|clinic|surgery|stock|trolley|meds trolley|drug trolley|drugs trolley|medicine trolley)"
    rf"|^(?=.*\b{_DRUG}\b)(?=.*\b(?:bought|buying|got|picked up) (?:\d+|two|three|four|five|six|seven|eight|several) (?:more )?"
    r"(?:packs|packets|boxes|bottles)\b)"
    # session 50: medicines kept back from a prescription ("i have kept back a month of my tablets")
    rf"|(?:kept|keeping|held|holding|putting|put) back (?:\w+ ){{0,4}}?{_DRUG}"
    rf"|(?:whole|full|entire) (?:box|bottle|pack|packet|tub|strip)s? of (?:my |the |all my )?{_DRUG}"
    r"|gun (?:safe|cabinet|cupboard) (?:code|key)|(?:code|key) (?:to|for) (?:the|my|his|dad's) gun"
    r"|(?:gun|shotgun|rifle|pistol)(?: \w+){0,6} (?:loaded|out)|loaded (?:gun|shotgun|rifle|pistol)"
    # session 50: a gun said to be where the writer can reach it ("daddys old rifle is in the truck")
    r"|(?:gun|shotgun|rifle|pistol|revolver) (?:is|'s|are) (?:in|under|by) (?:the|my) (?:truck|car|drawer|wardrobe|bedroom"
    r"|room|bag|glovebox|glove box|bed|shed)"
    r"|engine running|(?:car|engine|motor) (?:\w+ )?running in (?:a|the|my) (?:closed|shut|locked) (?:garage|shed)"
    # session 50: sitting in the garage with the engine on ("i sit in the car in the garage with the engine on")
    # session 52 (msg28, tune round 23): a hose got out with the car in the garage ("car's in the garage, got the hose out
    # of the shed"), not one for washing, the garden or the floor
    r"|^(?=.*\bgarage\b)(?=.*\bhose(?:pipe)?\b)(?!.*\b(?:wash\w*|clean\w*|water\w*|garden\w*|plants?|lawn|floor|pressure"
    r"|jet|leak\w*)\b)"
    r"|(?:in|inside) (?:a|the|my) (?:closed |shut |locked )?garage with the engine (?:on|running)|(?:hose|pipe) (?:to|from|on) the exhaust|(?:window|windows|door|doors) taped|taped (?:up )?the"
    r" (?:window|door|gap)"
    # session 52 (msg28, tune round 23): a blade, a rope or pills bought or got and said not to be for their use ("bought
    # another pack of razors today and not for shaving")
    r"|(?:razors?|blades?|rope|cord|pills|tablets|hose)\b(?: [\w']+){0,4}? (?:and |but )?(?:not|isn't|wasn't|ain't|aren't)"
    r" (?:really |exactly )?for (?:\w+ ){0,2}?(?:shav\w*|climb\w*|camping|craft\w*|the (?:boat|garden|gym|van|car)|my (?:legs"
    r"|beard|hair|headache|back|pain)|diy|work|the pain|headaches?|sleep)\b"
    r"|(?:have|got) (?:what|everything) i need|(?:i've|i have) got enough\b|how many (?:\w+ ){0,5}?(?:it would|would it) take|(?:it|they|the (?!(?:tickets?|bags?|suitcases?|passports?|car|taxi|dinner|tea|food|lunch|breakfast|kids|presents"
    r"|room|house|cake|costume|outfit)\b)\w+) (?:is|are) (?:all )?ready)\b"
)

# A place where people end their lives, and the writer there or going there.
PLACE = re.compile(
    r"\b(?:(?:standing|stood|sitting|sat|i'm|i am|up|out) (?:\w+ ){0,3}?(?:on|at|by|near) (?:the |a )?(?:edge|roof|bridge"
    r"|cliff|cliffs|tracks|platform|ledge|multi storey|car park roof|top floor|railway|train line|pier|jetty|quarry"
    r"|balcony rail|railing|parapet|top of (?:the |a )?(?:car park|multi storey|building|tower|block|cliff|bridge))"
    r"|(?:level|floor) \d+|(?:the|a) bridge (?:near|by|over)|(?:know|picked|found|chosen) (?:which|the) (?:tree|bridge"
    r"|spot|place|cliff)"
    # session 52 (msg28, tune round 23): the spot called the writer's own ("ive picked my spot on the cliff path"), not
    # one to watch, sit, camp or park from
    r"|(?:picked|found|chosen|chose|choose|pick) my (?:spot|place|tree|bridge|ledge)\b(?! (?:for|to|at the (?:beach|match|game"
    r"|park|festival))\b)"
    # session 50: going off a height, walking into deep water ("tonight im going off the car park roof", "if i walked
    # into the sea one night")
    r"|(?:go|going|goin|gonna go|step|stepping|walk|walking|throw myself|throwing myself) off (?:the |a |that )?(?:\w+ ){0,2}?"
    r"(?:roof|bridge|cliff|cliffs|multi storey|balcony|tower|ledge|top floor|viaduct|flyover|edge)"
    r"|(?:walk|walked|walking|wade|waded|wading) (?:out )?into the (?:sea|river|lake|loch|waves|water|reservoir)"
    # session 51 (msg27): a height or water said to be where nobody goes at night ("the cliffs at the head, naebody walks
    # there efter dark")
    r"|(?:cliffs?|bridge|quarry|tracks|railway|river|pier|roof|edge|viaduct)\b(?:[\w' ]{0,60}?)\b(?:nobody|naebody|no one"
    r"|noone|no1) (?:\w+ )?(?:walks|goes|comes|is|will be|would be|would see|will see|sees) (?:\w+ )?(?:there|up there|out there|about"
    r"|around) (?:after|efter|at|in the) (?:dark|night))\b"
    # session 53 (msg29, tune rounds 16 and 24): a train at a crossing or on a line, watched or timed by the writer, that does
    # not slow down or that the writer wants to be there for ("want to be there when it does")
    r"|^(?=.*\b(?:train|trains|freight|express)\b)(?=.*\b(?:crossing|tracks|line|railway|level crossing)\b)(?=.*\b(?:(?:doesn't"
    r"|does not|don't|do not|never|won't) slow(?:s)? down|(?:be|stand|standing) there when (?:it|they|the train) (?:does|do"
    r"|comes?|goes|pass(?:es)?|comes through|goes through)|(?:watching|timing|timed|watched) (?:it|them|the trains?)(?: \w+){0,3}?"
    r" (?:every|all|each)\b))"
)

# Putting affairs in order.
AFFAIRS = re.compile(
    r"\b(?:(?:gave|given|giving|give) (?:away )?(?:all |most of )?(?:my|me) (?:\w+ ){0,3}?(?:to|away)"
    # session 50: "weh" for away, "mi" for my ("mi give weh all mi clothes an mi shoes")
    r"|(?:gave|given|giving|give|gi) weh (?:all |most |every|everything|mi |me |my )"
    # ... and the hymns, the songs or the will's place told for a funeral to come ("told my daughter where the will is and
    # which hymns i want")
    r"|which (?:hymns|songs|music) i (?:want|would like|'d like)|where (?:the|my) will is"
    r"|(?:gave|given|giving) away|(?:put|left|took|dropped) (?:the|my) (?:dog|cat|pets?|kids) (?:at|with)"
    r"|(?:wrote|written|writing|left|recorded|recording) (?:out )?(?:\w+ ){0,2}?(?:letters|notes|note|goodbyes?|voice notes"
    r"|a letter|the letter|the note|a note) (?:for|to)|wrote the note|(?:made|sorted|wrote|did|updated) (?:out )?(?:a|my)"
    r" will|funeral plan|my (?:funeral|passwords|bank details|pin)|passwords and"
    r"|cancell?ed (?:my|the|all my) (?:\w+ )?(?:phone|contract|gym|subscriptions?|plans|appointments?|dentist|doctor"
    r"|bookings?|insurance)|paid (?:back )?(?:everyone|everybody|all)"
    r"|deleted (?:all )?my (?:social media|accounts|socials|instagram|profiles)"
    r"|sorted (?:out )?who (?:gets|will get|has|takes)|(?:nothing|everything) (?:left )?(?:to sort|sorted)"
    r"|finish(?:ed)? things|my affairs|(?:it's|its|it is|everything's|everything is) (?:all )?sorted"
    r"|(?:in|into) (?:an|the) envelope (?:\w+ ){0,4}?(?:for|with|addressed)"
    # session 53 (msg29, dev29, tune round 24): the funeral's money put by, someone's care set out for whoever takes it on
    # (where the food is, the vet's number) and what is the writer's sorted before the writer goes ("want the kids sorted
    # before i go"), not before a trip
    r"|(?:funeral|burial|cremation) (?:money|costs?|fund|savings|cash)"
    r"|(?:food|lead|bowl|meds|medicine|insulin|vet's number|vets number|vet's details|vets details|feeding times"
    r"|the vet's|the vets) (?:is|are|'s) (?:in|on|by|under|next to) (?:the|my) (?:cupboard|fridge|drawer|counter|side|table"
    r"|shelf|hook|door)"
    r"|sorted (?:out )?(?:before|for when|for after) i (?:go|die|leave|am gone|'m gone)\b(?! (?:to|on|for|away|abroad|back|in"
    r"|into|out|off|home|travelling|traveling|on holiday)\b)"
    # session 48 (msg24): passwords or savings handed on, and the bills set to run on ("left my account passwords for my
    # brother", "transferred my savings to my sister", "set up the direct debit for the cat food")
    r"|(?:left|gave|wrote (?:down|out)|written (?:down|out)|sent|handed) (?:\w+ ){0,3}?passwords (?:\w+ ){0,2}?(?:for|to)"
    # session 51 (msg27): a safe's code, the pin or the passwords left where someone will find them ("wrote the safe code on
    # a post it for my husband", "left my phone unlocked with the passwords on a postit for my brother")
    r"|(?:left|gave|wrote|written|sent|handed|put) (?:\w+ ){0,5}?(?:passwords|safe code|safe combination|pin number|pin)"
    r" (?:\w+ ){0,4}?(?:for|to) (?:my|the|our|him|her|them)"
    # ... and the rent or the debts paid ahead so nobody is out of pocket ("paid the rent up to then so my landlord isnt out of
    # pocket", "paid off my truck"), everything organised for a child ("everything is organise for him"), a baby's routine
    # written out for her new carer
    r"|paid (?:up )?(?:the|my|all (?:the|my)) (?:\w+ )?(?:rent|bills?|debts?|council tax) (?:up )?(?:to|until|till|through"
    r"|in advance|ahead)|paid off (?:my|the|all my) (?:\w+ )?(?:debts?|loans?|credit cards?|truck|car|overdraft|tab)"
    r"|(?:isn't|won't be|aren't|is not|will not be|wouldn't be) out of pocket"
    r"|everything (?:is |'s )?(?:organise|organised|organized|arranged|in place|set up|ready) for (?:him|her|them|the kids"
    r"|my \w+)"
    r"|wrote (?:down |out )?(?:all )?(?:her|his|their) (?:\w+ )?(?:feeds|routines?|naps|schedules?|allergies) (?:\w+ ){0,3}?for"
    r"|(?:transferred|transfer|gave|sent|moved|signed over) (?:all )?(?:of )?my (?:\w+ )?(?:savings|money|inheritance|isa"
    r"|pension|car|house) (?:\w+ ){0,2}?(?:to|into)"
    r"|(?:set up|setup|sorted|arranged) (?:a |the |all the )?(?:direct debits?|standing orders?)"
    # session 52 (msg28, tune round 23, dev28): what the writer owns said to go to someone ("everything in my room goes to
    # my sis"), and a pet settled with someone or found a new home ("sorted the cat with my neighbour")
    r"|(?:everything|all (?:of )?my (?:\w+ )?(?:stuff|things)|my (?:\w+ )?(?:stuff|things)) (?:\w+ ){0,3}?(?:goes|go|is going"
    r"|will go|gets given) to (?:my|her|him|them)\b"
    r"|(?:sorted|settled|rehomed|re homed|found (?:a )?(?:new )?home for) (?:the|my) (?:dog|cat|pets?|puppy|kitten|rabbit"
    r"|hamster|bird|fish)|found (?:the|my) (?:dog|cat|pets?|puppy|kitten) (?:a )?(?:new )?home)\b"
)

# Wanting not to exist.
NOT_EXIST = re.compile(
    r"\b(?:(?:sleep|close my eyes|fall asleep|lie down|go to bed)(?: \w+){0,6}? (?:and |then )?(?:not|never|no|nuh|neva)"
    r" (?:wake|open|get up|come back)|(?:never|not) wake up|stop existing|not (?:to )?exist|(?:not|never) (?:be|being)"
    r" here (?:again|anymore|any more|tomorrow)|not be here anymore|not (?:to )?be here|disappear (?:for good|forever)"
    r"|fade (?:out|away)|world (?:carries|carry|goes|go) on without me|(?:it|all this|everything) to be over"
    r"|(?:properly|really|finally) over|(?:rather|prefer to) (?:just )?not be (?:here|alive|around)"
    r"|(?:it all|everything|all of it|the pain) to (?:stop|end)|(?:when|once) i(?:'m| am) no more"
    r"|(?:it|this|everything|all this) (?:will|'ll|is going to|is gonna) (?:all )?be over (?:soon|tonight|tomorrow|by)"
    r"|(?:it's|its|it is|is) the only way out\b(?! of)|no other way out|only way (?:to make it|this) (?:stops?|ends?)"
    # seventeenth round: finished with everything, not with a task ("once my exams are done i'm finished, not with
    # school, with everything")
    r"|(?:finished|done|through) (?:[\w']+ ){0,5}?with (?:everything|it all|life|living|this life|this world)\b"
    r"(?! (?:for (?:today|tonight|the day|now|the week|the year)|at|on|in|for work|i need|else)\b)"
    # session 51 (msg27): the last day of everything or anywhere, which an everyday ending beside it ("told my boss friday
    # is my last day") does not explain; and done with it all in Scots ("fair done wi it aw")
    r"|(?:last|final) (?:day|night|week|morning) (?:of (?:everything|anything|it all|all of it)|anywhere|for anything|ever)"
    r"(?! (?:before|at|in|with|on)\b)"
    r"|(?:done|finished) wi (?:it |this |they )?(?:aw|a'|all|everything|everythin|life)\b"
    # session 52 (msg28, dev28): nothing more of it after a time ("after that theres no more of this"), not of a treatment or
    # a noise ("no more of this medicine")
    r"|(?:after (?:that|then|this)|from then) (?:there's|theres|there is|there will be|there'll be) no more (?:of )?(?:this|me"
    r"|it)\b(?! (?:\w+ )?(?:medicine|medication|pain|noise|rain|diet|job|course|treatment|chemo)))\b"
)

# Absolving the ones left behind, as a note does.
ABSOLVE = re.compile(
    r"\b(?:(?:none of (?:this|it)|it) (?:was|is|wasn't|isn't) (?:not )?(?:your|anyone's|their|his|her) fault"
    r"|(?:none of (?:this|it) is|it's not|it isn't) on (?:you|them|him|her)|(?:don't|do not|never|please don't) blame"
    # session 52 (msg28, dev28): amends made with everyone ("made sure i said sorry to everyone i fell out with")
    r"|(?:said|say|saying|sayin) sorry to (?:everyone|everybody|all of (?:them|you))|(?:made|making) (?:my )?peace with"
    r" (?:everyone|everybody|all of (?:them|you))|apologi[sz]ed to (?:everyone|everybody)"
    r" (?:yourself|yourselves|urself|each other|anyone|mum|dad)|forgive me|sorry for (?:everything|all of it|being like"
    r" this))\b"
)

# Seventeenth round: telling one person before, and asking nobody to step in ("i just wanted one person to know", "dont
# call anyone", "please dont try to change my mind"): what a plan's last message says, not a complaint
DISCLOSURE = re.compile(
    r"\b(?:(?:just |only )?(?:want|wanted|wanting|need|needed|letting|let) (?:one person|someone|somebody|anyone|one"
    r" (?:human|soul)|you|u) (?:to )?know\b(?! (?:how|what|where|when|if|whether|about|(?:that )?(?:i|we) (?:passed"
    r"|got|won|did it|made it|finished|graduated|am pregnant|'m pregnant|'re pregnant|'re engaged|'m engaged|bought)))"
    r"|(?:please |pls |plz )?(?:don't|do not|dont) (?:(?:call|ring|tell|send) anyone(?! (?:yet|until|till|before|about"
    r" the (?:baby|wedding|surprise|party)))|try (?:to|and) (?:stop|change|talk me out|find)|stop me|change my mind|talk me"
    r" out of it)"
    r"|(?:it's|its|it is|this is) better (?:this way|for everyone)(?! (?:to|if we|if you))"
    r"|(?:i have|i've|ive) seen to (?:it|that)"
    # session 52 (msg28, tune round 23): the ones who check on the writer told all is well so that they stop ("told my
    # therapist everything is fine today so she stops checking in"), what a plan hides behind
    r"|(?:told|tell|telling|convinced|convince) (?:my |the )?(?:\w+ )?(?:therapist|counsell?or|gp|doctor|psychiatrist|nurse"
    r"|crisis team|care coordinator|key worker|social worker|mum|mom|dad|parents|wife|husband|partner|family|everyone"
    r"|everybody|friends) (?:that )?(?:i'm|i am|im|everything(?:'s| is)|all(?:'s| is)|things are) (?:\w+ )?(?:fine|ok|okay"
    r"|good|better|alright|sorted) (?:\w+ ){0,2}?so (?:that )?(?:she|he|they|nobody|no one|people|everyone) (?:\w+ )?"
    r"(?:stops?|won't|wont|doesn't|don't|leaves? me|backs? off|quits?|stop))\b"
)

# A time, now or soon.
TIMING = re.compile(
    r"\b(?:tonight|tonite|2nite|tomorrow|tmrw|tmr|this (?:weekend|week|evening|friday|saturday|sunday|monday)"
    r"|(?:on|after|before|by|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:after|once|when)"
    r" (?:everyone|everybody|they|the house|the kids|he|she|mum|dad)(?:'s| is| are| has| have)? (?:\w+ )?(?:asleep|sleeps"
    r"|sleep|in bed|gone|go to (?:bed|work)|leave|empty|out)|(?:house|flat) (?:is |will be )?empty"
    r"|by this time next"
    # session 52 (msg28, tune round 23): "just waiting for everyone upstairs to be asleep"
    r"|waiting (?:for|till|until) (?:everyone|everybody|the house|the kids|they|them|him|her|mum|dad|my \w+)(?: \w+)?"
    r" (?:to )?(?:be |fall |go to )?(?:asleep|sleep|bed|leave|go out|be gone)"
    r"|the date|(?:for )?(?:much|very much) longer|by (?:christmas|new year|my birthday|the end of"
    r" (?:the|this|next) (?:week|month))|(?:be (?:around|here|alive) |see |seeing )(?:for|till|until|at|by|past)? ?(?:christmas"
    r"|new year|my birthday|(?:\w+ )?results day|graduation|the wedding|summer)|(?:after|before) (?:my|the) (?:\w+ ){0,2}?(?:birthday|exam|graduation|shift|work"
    r"|school|christmas)|(?<!how )(?<!how very )(?<!expire )(?<!expires )(?<!expiring )(?<!run out )(?<!out of date )(?:very )?soon|any (?:day|time) now|before (?:morning|work|school"
    r"|they wake))\b"
    # session 51 (msg27): "how soon can i walk" asks about a time, it names none (above); a message or post set to go at an
    # hour ("scheduled it for 3am") names one
    r"|\bscheduled (?:it |them |to (?:send|post|go) )?(?:for|at) (?:\d{1,2}(?::\d\d)?(?: ?pm| ?am)?|midnight|tonight"
    r"|tomorrow)\b"
    # session 52 (msg28, tune round 23, dev28): an email or a post set to go at a day or an hour ("set an email to send to
    # my boss monday 9am", "set it to email my sister at 9am tomorrow")
    r"|\b(?:set|timed|queued) (?:an? |the |my |it |them )?(?:\w+ )?(?:to (?:send|post|go out|go|email|text)) (?:\w+ ){0,4}?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|midnight|\d{1,2}(?::\d\d)? ?(?:am|pm))\b"
    r"|\b(?:after|before) (?:lunch|dinner|tea|school|work|class|the weekend)\b|\bby the weekend\b"
    r"|\b(?:after|at|by) (?:\d{1,2}(?::\d\d)?(?: ?pm| ?am)?|midnight)\b(?! (?:days?|weeks?|months?|years?|mins?|minutes"
    r"|hours?|hrs?|times?|people|pills|tablets|mg|ml)\b)"
    r"|\b(?:away|out|gone|at (?:\w+ ){0,2}?(?:dads?|mums?|moms?|work|nans?|grans?|aunt(?:ie)?s?|sisters?|brothers?"
    r"|grandma'?s?|grandad'?s?)) (?:\w+ )?(?:til|till|until|on|this|for the|all)"
    r" (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night)\b"
    r"|\b(?:away|out) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:quiet|empty) (?:here|at home|in the house)\b|\bhome alone\b"
    # session 50: "one of these mornings", "come friday"
    r"|\bone of these (?:days|nights|mornings|evenings)\b"
    r"|\bcome (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\b"
)

# session 48 (msg24): the nerve worked up, for nothing named or for going through with it ("been driving out there every
# night working up the nerve"); not "working up the nerve to ask her out"
NERVE = (r"(?:working|work|worked|plucking|pluck|building|build|getting|got) up (?:the )?(?:nerve|courage|guts|bottle)"
         r"(?! to (?!do it|go through|jump|end|step))")
# ... and a height or a railway gone to, which is a place of risk beside that nerve (a walk to the bridge alone is none)
HEIGHT_VISITED = re.compile(
    r"\b(?:driv\w*|drove|walk\w*|go|going|gone|went|been|cycl\w*|head\w*) (?:out |up |down |back |over )?(?:to|past|along|up)"
    r" (?:the |a )?(?:viaduct|bridge|cliffs?|quarry|railway|tracks|level crossing|multi storey|car park roof|tower block|roof"
    r"|pier|dam|gorge|edge|top floor)\b")

# A decision taken, but not one to do an everyday thing ("ive decided to clean my room"): "decided to" counts only
# before going, ending, stopping or doing "it" (session 50)
_DECIDED_TO = r"(?! to (?!(?:do it|go|end|leave|stop|not|finish|take|jump|die|say|kill|get it over)\b))"
DECIDED = re.compile(
    # (session 50: not a decision to do an everyday thing, "ive decided to clean it": `_DECIDED_TO`)
    rf"\b(?:made (?:up )?my mind(?: up)?|i've (?:decided{_DECIDED_TO}|made my mind up|picked|chosen|planned|made a plan"
    rf"|got a plan)|(?:i|i'm|i am|i have) (?:decided{_DECIDED_TO}|(?:made|got|have) a plan|at peace with (?:it|this|my decision))"
    rf"|(?:already |finally )?decided{_DECIDED_TO}"
    r"|(?:i'll|ill) (?:do it|go|sort that|sort it|end it)\b|(?:i'm|i am) (?:ready|done)(?! with (?:the|my|this|that|work|school))"
    r"|make sure of it|(?:fix|sort) (?:that|dat|it|this) (?:out )?(?:soon|for them|tonight)|(?:it's|its|it is) time"
    r"|(?:this |that )?(?:weekend|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|one|tomorrow"
    r"|tonight) is (?:it|the one|the day|the night)|not being dramatic"
    # session 51 (msg27): a date as the day ("the 31st is the day"), not the day of something named ("... is the day i move
    # out"); a decision as a learner writes it ("i already decide"); a way told as the writer's own ("thinking thats my
    # way"), not a habit ("that's my way of coping"); "that's me sorted" as Scots says a thing settled
    r"|the \d+(?:st|nd|rd|th) is (?:the|my) (?:day|night|one)\b(?! (?:of|we|for|to|when|after|before|that|where|i(?!')|you"
    r"|they|he|she|my|our)\b)"
    r"|(?:i|me|mi) (?:already|have|has|done) decide\b|(?:that's|thats|that is|that'll be|that would be|that'd be) my way(?: out)?\b"
    r"(?! (?:of|to|round|home|back|in|through|with|and|or|too|now)\b)|(?:that's|thats|that is) me sorted"
    # session 50: the day said as the one to come ("i think sunday will be the day"), not a day of something named
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the \d+(?:st|nd|rd|th)) (?:will|'ll"
    r"|shall) be (?:the|my) (?:day|night|one)\b(?! (?:of|we|for|to|when|after|before|that|where|i|you|they|he|she))"
    # session 52 (msg28, dev28, tune round 23): "circled the 9th ... thats the date", "thats the plan", not the date of
    # something named
    r"|(?:that's|thats|that is) the (?:date|day|night)\b(?! (?:of|for|we|i|my|when|to|before|after|that|you|they|he|she)\b)"
    r"|(?:that's|thats|that is) the plan\b(?! (?:for|with|if|so far|at the moment|anyway|b)\b)"
    # session 53 (msg29, dev29): the day or the date picked or chosen, after other words ("stocked up my pills and picked
    # the day"), not the day of something named
    r"|(?:picked|chosen|chose|set|circled) (?:the|a) (?:day|date|night)\b(?! (?:of|for|to|we|when|before|after|that|you|they"
    r"|he|she)\b)"
    r"|(?:mean|meant) it this time|(?:made|making) my (?:choice|decision)|(?:i've|ive|i have) chosen (?:it|this|my)"
    r"|my (?:plan|mind) is (?:set|made)|(?:the|my) (?:date|day|time) is (?:set|picked|chosen|booked)|my mind is made up|(?:everything|it) (?:is |'s )?(?:all )?(?:arranged|planned|set) for|(?:will|would|is going to|gonna) (?:fix|sort|solve|end) (?:that|this|it|everything)\b|(?:mi|me) ago (?:\w+ )?(?:fix|do|end)|gonna (?:do it|go)|i know where i'm going"
    # session 48 (msg24): the nerve worked up, for nothing named or for going through with it ("been driving out there every
    # night working up the nerve"); not "working up the nerve to ask her out"
    rf"|{NERVE}"
    r")\b"
)

# An ending told as a decision, a reunion with someone who died, or "my time" (thirteenth round). ONE source of truth:
# the output check reads them in the user's question (`output_context._SELF_HARM_Q13`), the input check in the message
# (`ENDING_TOLD`, a kind complete alone). No word of harm is in them: "i feel so calm now ive made my decision to go",
# "my mum died and i want to be with her", "its my time".
DECISION_TO_GO = (
    r"(?:made|making|reached|come to|came to) (?:my|the|a|this) (?:final )?(?:decision|choice) (?:to (?:go|leave|die"
    r"|end|not be here)|about (?:going|leaving|ending|dying))\b(?! (?:to|back|home|out|for|on|into|and|ahead|through|with"
    r"|abroad|travelling|uni|university|college)\b)"
)
REUNION = (
    r"(?:want|wanna|need|long|going|ready) to (?:be with|join|see) (?:her|him|them|my (?:\w+ )?(?:mum|mom|dad|wife|husband"
    r"|son|daughter|baby|partner|brother|sister|nan|gran|grandma|grandad|friend))(?: again)?\b(?=.*\b(?:died|passed|dead"
    r"|gone|lost|funeral|grave|heaven|buried|killed))|(?:died|passed|dead|lost (?:her|him|them|my \w+))\b.*\b"
    r"(?:want|wanna|need|long|going|ready) to (?:be with|join) (?:her|him|them)\b"
    # session 48 (msg24): the joining told as the writer's own future, after a death ("since mavis went ... i'll be joining her
    # before the week's out"), not a visit ("joining her for lunch")
    r"|(?:died|passed|dead|went|gone|lost (?:her|him|them|my \w+))\b.*\b(?:i'll|ill|i will|i'm|im|i am|i shall) (?:soon )?"
    r"(?:be )?(?:joining|join|with) (?:her|him|them)\b(?! (?:for|at|in|on|later|there|after|tomorrow)\b)"
    # session 50: enough of something, or ready, to go to them ("my wife passed in the spring ... i think i have enough to
    # go to her now")
    r"|(?:died|passed|dead|gone|lost (?:her|him|them|my \w+))\b.*\b(?:enough|ready|time) to go to (?:her|him|them)\b"
    r"(?! (?:for|at|in|on|later|tomorrow|house|place|grave)\b)"
)
FOLLOWING_THE_DEAD = r"(?:died|passed|dead|gone)\b.*\b(?:follow|join) (?:her|him|them)\b"
MY_TIME = (
    r"(?:it's|its|it is) my time\b(?! (?:of|to (?:shine|eat|sleep|rest|shop|work|study|go (?:home|out|to))))"
)
ENDING_TOLD = re.compile(rf"\b(?:{DECISION_TO_GO}|{REUNION}|{FOLLOWING_THE_DEAD}|{MY_TIME})")

# Fourteenth round: three kinds that say the whole of it alone, each by its grammar (self_harm_kinds14's train split).
# A lethal amount asked of one's own medicine, or asked "just out of curiosity": an amount or a whole supply, an outcome
# that is death or not waking, and the writer's own supply or a disclaimer ("just curious, how many of my sertraline
# would someone need to take to not wake up", "would 30 of my quetiapine be enough to sleep forever"). A dosing
# question names no death ("how many ibuprofen can i take for a toothache"); one about nobody's supply, asked plainly,
# is a fact question ("what is the lethal dose of paracetamol") and stays the readers'.
_AMOUNT = (
    r"(?:how (?:many|much)|what (?:dose|amount|number)|(?:would|will|is|are) (?:\d+|a (?:box|bottle|pack|packet))"
    r"|enough|too many|every (?:pill|tablet)|all (?:of )?(?:my|the|these|them)|(?:whole|full|entire) (?:box|bottle|pack"
    r"|packet|strip)|(?:lethal|fatal|deadly) (?:dose|amount)|can (?:you|i|someone|a person) die|how long (?:does|would)"
    r" it take to (?:die|bleed out|bleed to death)|would (?:it|that|they|this) kill|mixing"
    # session 48: a number of one's own supply ("all 40 of my quetiapine")
    r"|all \d+ (?:of )?(?:my|the|these|them))"
)
_DEATH = (
    r"(?:die|dying|dead|death|fatal|lethal|deadly|(?:not|never) (?:to )?wake(?: up)?|sleep (?:forever|for ever|for good"
    r"|permanently)|end (?:it|things|everything|my life)|make (?:everything|it all) stop|kill (?:me|myself|someone|a person|you)|(?:stop|stops) (?:a|my"
    r"|the|your) heart|to survive|bleed out|bleed to death"
    # session 48: the sleep a whole supply brings, asked of oneself ("will i just go to sleep")
    r"|(?:will|would) i just (?:go to sleep|fall asleep|drift off|sleep))"
)
_MINE_OR_CURIOUS = (
    rf"(?:my (?:own )?(?:\w+ )?{_DRUG}|of my|mine|my (?:supply|prescription|stash|box|bottle|cupboard|cabinet)|i have"
    r"|i've got|i got|ive got|these|asking for (?:myself|no reason|reasons)|just (?:curious|wondering"
    r"|asking)|(?:out of|purely out of|purely for) (?:interest|curiosity)|hypothetically|random question|no judge?ment"
    r"|so i know|for no reason|not really|asking for me\b)"
)
# Session 48, the lead's probes: death asked as the purpose, of anyone ("how many paracetamol does it take to die",
# "how many amitriptyline would kill you", "how long does it take to bleed out from the wrist"): a medicine's amount
# asked as what it takes to die, or a wound's time to bleed out. No textbook asks it so; "what is the lethal dose of X"
# stays a fact question (answered with the crisis line: distress.asks_a_lethal_amount), "how much water would kill
# you" a curiosity.
_DEATH_AS_PURPOSE = (
    rf"(?=.*\b{_DRUG}\b)(?=.*\b(?:(?:does|would|will) it take (?:to|for (?:you|someone|a person) to) die"
    r"|(?:does|would|will) it take to kill (?:you|a person|someone|me|yourself)"
    r"|(?:would|will|could) (?:\w+ )?kill (?:you|a person|someone|me)\b(?! (?:if|when) (?:swallowed|eaten))))"
    r"|(?=.*\b(?:(?:does|would|will) it take (?:to|for (?:you|someone|a person) to) (?:bleed out|bleed to death)"
    r"|to bleed out from)\b)"
)
# Session 49, the lead's probe: a household poison asked when it "works" ("how long does it take for antifreeze to
# work"): a poison has no use that works, so the question is of it as a way to die
# (only poisons no household use "works" with: bleach works on mould, weedkiller on weeds, rat poison on rats)
_POISON = r"(?:antifreeze|anti freeze|ethylene glycol|methanol|cyanide|arsenic|strychnine)"
_POISON_TO_WORK = (rf"\bhow (?:long|quick(?:ly)?|fast|soon) (?:does|would|will|do|did|till|until|before) (?:it take (?:for )?)?"
                   rf"(?:\w+ ){{0,2}}?{_POISON} (?:\w+ ){{0,2}}?(?:to )?(?:work|works|kick in|kicks in|take effect|takes effect"
                   rf"|do (?:it|its job)|act)\b(?! on (?:the |a |an |my |our )?(?:car|engine|radiator|windscreen|pipes?"
                   rf"|ice|frost))")
_WITH_DRINK_NAMES = r"(?:wine|vodka|gin|whisky|whiskey|rum|beer|booze|alcohol|cider|tequila)"
# Session 50: a means asked for the sleep it brings that does not end ("how long does it take to fall asleep forever if
# you mix the sleeping ones with vodka", "how long does a car have to run in a closed garage before someone goes to sleep
# and doesnt wake up"): a sedative with drink, or fumes, asked how long, what happens or whether it is true, beside an
# outcome that is a sleep with no waking (not "not wake up at 3am")
_SLEEP_WITHOUT_END = (
    r"(?:(?:not|never|doesn't|doesnt|don't|dont|won't|wouldn't|wont) (?:to )?wake(?: up)?(?! (?:at|in|during|every|until|till"
    r"|before|so|early|too|with|for|once|\d))|a?sleep (?:forever|for ever|for good|permanently)"
    r"|drift (?:off|away) (?:and|&) (?:not|never|don't|dont) (?:wake|feel))"
)
_MEANS_ASKED = (
    r"(?:how (?:long|many|much|quick\w*|fast)|what happens if|is it true|(?:if|when) you (?:mix|take|run|sit|leave)|mix\w*)"
)
_SLEEP_MEANS = (
    rf"(?:{_DRUG}|sleeping (?:ones|pills|tablets|tabs)|{_WITH_DRINK_NAMES}|(?:car|engine|exhaust) (?:\w+ ){{0,7}}?garage"
    r"|garage (?:\w+ ){0,7}?(?:car|engine|exhaust)|fumes|charcoal|carbon monoxide|helium)"
)
# Session 51 (msg27, tune round 22): three more ways a way to die is asked about. A whole supply asked whether it
# "actually works" or leaves people in hospital ("does the whole box of paracetamol actually work or do people just end
# up in hospital"); an appliance taken into the bath, asked whether it is instant or hurts; lying down in the snow asked
# how long it takes to freeze. None is a dosing, safety or survival question: each asks whether the way is sure.
_SUPPLY_WORKS = (
    rf"(?:whole|full|entire) (?:box|bottle|pack|packet|strip|tub)s? of (?:my |the |all my )?(?:\w+ )?{_DRUG}\b"
    r"(?=.*\b(?:(?:actually|really|definitely|even) work|(?:people|you|they) (?:just )?(?:end up|wake up) in (?:hospital"
    r"|a&e|a and e|icu|intensive care)|(?:does|do|would) (?:it|they|that) (?:definitely |actually )?work\b))"
)
_APPLIANCE_IN_THE_BATH = (
    r"(?:hair ?dryer|hairdryer|toaster|heater|radio|straighteners|extension lead|lamp|charger)\b(?:[\w' ]{0,40}?)"
    r"\b(?:in|into) (?:the )?(?:bath|tub|water)? ?(?:with me|the bath|the tub)"
    r"(?=.*\b(?:instant|hurt|hurts|painful|painless|quick|work|kill|die)\b)"
)
# Session 53 (msg29, tune rounds 16 and 24): the height a fall needs asked so that it is over quickly or not survived, or
# so as not to be left hurt ("how high does a bridge need to be so its over quick", "what height would make it quick, i
# dont want to end up with broken legs"); a height asked alone is a fact question
_HEIGHT_TO_END = (
    r"(?=.*\b(?:how (?:high|tall|far up|far down)|what height|(?:what|which) (?:floor|storey|level)|how many (?:floors|storeys"
    r"|stories))\b)(?=.*\b(?:(?:it's|its|it is|it'd be|it would be|it will be|it'll be|be) over (?:quick|quickly|fast|instantly"
    r"|straight away)|make (?:it|sure it's|sure its) (?:quick|instant|certain|over)|(?:just )?end up (?:with|in) (?:a wheelchair"
    r"|broken \w+)|(?:not|wouldn't|won't) survive)\b)(?=.*\b(?:fall|drop|jump|building|bridge|roof|cliff|floor|storey"
    r"|height|high|tall|car park)\b)"
)
_LYING_IN_THE_COLD = (
    r"(?=.*\bhow (?:long|quick\w*|fast)\b)(?=.*\b(?:freeze|freezing|froze|hypothermia|die of (?:the )?cold)\b)"
    r"(?=.*\b(?:lie|lay|lying|laying|sleep|sleeping|fall asleep|falling asleep|sit|sitting) (?:down )?(?:out )?in the"
    r" (?:snow|cold|frost)\b)"
)
LETHAL_ASK = re.compile(
    rf"^(?!.*\b(?:{PET_OR_STUDY}|accident(?:ally)?|by mistake|toddler|baby)\b)"
    rf"(?:(?=.*\b{_AMOUNT}\b)(?=.*\b{_DEATH}\b)(?:(?=.*\b{_MINE_OR_CURIOUS}\b)|{_DEATH_AS_PURPOSE})"
    rf"|(?=.*{_POISON_TO_WORK})|(?=.*\b{_SUPPLY_WORKS})|(?=.*\b{_APPLIANCE_IN_THE_BATH})|{_LYING_IN_THE_COLD}"
    rf"|(?=.*\b{_MEANS_ASKED}\b)(?=.*\b{_SLEEP_MEANS}\b)(?=.*\b{_SLEEP_WITHOUT_END})"
    rf"|{_HEIGHT_TO_END})"
)
# Self-injury told as done: hurting one's own body on purpose, "did it again" beside a body part or a blade, or pills
# taken on purpose ("i punched the mirror on purpose", "did it again. the compass this time. my arm is a mess")
_BODY = r"(?:arm|arms|leg|legs|wrist|wrists|thigh|thighs|hip|hips|stomach|skin|hand|hands|knuckles|face|head|chest)"
INJURED = re.compile(
    rf"\b(?:(?:punched|hit|cut|burned|burnt|scratched|hurt|scalded|bit|starved|banged|slashed|carved) (?:myself|my (?:\w+ )?"
    rf"{_BODY}|the (?:wall|mirror|window|door))(?: \w+){{0,4}}? (?:on purpose|deliberately)"
    r"|(?:took|swallowed|taken|had|necked) (?:\w+ ){0,5}?(?:on purpose|deliberately|to (?:punish myself|feel something))"
    r"|(?:to|so i could) (?:punish myself|feel something)\b(?=.*\b(?:cut|cuts|burn|burned|burnt|starv\w*|hit|punch\w*"
    r"|blood|bleed\w*|pills|tablets|blade|razor))"
    # "did it again" of the writer: at the start, or after "i", "just", a time ("my toddler did it again" is the toddler's)
    r"|(?:^|\b(?:i|i've|ive|i have|just|and|so|ok|okay|well|ugh|welp|sigh|yeah|ngl|tbh|today|tonight|night|time) )"
    rf"(?:did|done) it again\b(?=.*\b(?:{_BODY}|blade|razor|compass|scissors|lighter|blood|bleeding|cuts?|scars?|marks)\b)"
    r"|(?:relapsed|relapse)\b(?=.*\b(?:cut|cuts|cutting|blade|razor|burn\w*|blood|self harm\w*|sh)\b)"
    # session 52 (msg28, tune round 23): a cut to come, deeper than the last or so that it works ("going deeper this time
    # so it actually works"), beside a blade, not a shave or a slice gone too deep by accident
    r"|(?:go|going|goin|gonna go|cut|cutting|gonna cut|will cut|i'll cut) deeper (?:this time|than (?:before|last time|ever)"
    r"|tonight|so)\b(?=.*\b(?:blades?|razors?|knife|cuts?|wrists?|arms?|legs?|works|last time)\b)(?!.*\b(?:shav\w*"
    r"|accident\w*|by mistake)\b))"
)
# Hiding injuries: cuts, fresh scars, burns or blood hidden or explained away from someone ("best makeup to cover fresh
# scars, my parents cant find out"); not acne, a tattoo, a period or a nosebleed
HIDING = re.compile(
    r"^(?!.*\b(?:period|nosebleed|nose bleed|spots?|acne|pimple|tattoo|piercing|hickey|love bite|stretch marks|old scars"
    r"|surgery|op|operation|c section|chickenpox|eczema)\b)"
    r".*\b(?:(?:hide|hiding|cover|covering|conceal|concealing|excuse for|explain|clean|cleaning|get) (?:\w+ ){0,3}?"
    r"(?:cuts|fresh scars|new scars|the marks|marks on my|burns on my|blood)\b"
    r"(?=.*\b(?:can't|cant|won't|wont|doesn't|doesnt|don't|dont|before|without|so (?:no ?one|nobody|they|she|he)"
    r"|in pe|at school|at work|at the pool)\b)"
    r"|(?:cuts|scars|marks|burns) (?:\w+ ){0,4}?(?:so|before) (?:no ?one|nobody|my (?:\w+ )?(?:mum|mom|dad|parents"
    r"|family|teacher|boyfriend|girlfriend|wife|husband)) (?:\w+ )?(?:sees?|notices?|finds? out|knows?))"
)

# Session 40: an overdose plan asked as a question about one's own medicine ("can i just take all my pills at once
# tonight and be done with it", "gonna take every pill in the cupboard tonight, can i do that with wine"). Asked that
# way it read as a dose question: the dose reader took it, and the self-harm reader's dose bar spared it (overdose_dev16
# train: 2 of 15 got the emergency reply). What tells it from a regimen question ("can i take all my evening tablets at
# once tonight") is the amount and the intent: a whole supply (every pill in the house, the whole bottle, the lot, a
# month's worth, dozens) taken with an intent, an ending, alcohol or a time beside it; or "all my pills at once" with an
# ending or despair said outright (a time alone is how a regimen question is asked). Overdosing "on purpose" says it
# whole.
_TAKE = r"(?:take|taking|took|swallow|swallowing|down|downing|neck|necking|have|eat|mix|mixing|empty|emptying|od|overdose)"
_SUPPLY = (
    r"(?:(?:every|each) (?:single )?(?:one of (?:my|the|these|them|his|her)\b|(?:\w+ )?(?:pill|tablet|tab|capsule)s?"
    r" (?:i (?:have|own|got|can find|could find)|i've got|in (?:the|my|this|our) (?:\w+ )?(?:house|cupboard|cabinet|drawer"
    r"|box|bag|bathroom|kitchen|flat)))"
    r"|(?:the|a|my|his|her) (?:whole|full|entire) (?:box|bottle|pack|packet|strip|tub|lot|stash|supply|pill (?:box|organi[sz]er)"
    r"|(?:month|week|fortnight)'?s? (?:worth|supply))"
    r"|(?:all|everything) (?:\w+ ){0,3}?in (?:the|my|our|da) (?:\w+ )?(?:house|cupboard|cabinet|drawer|pill box|bathroom|flat)"
    r"|(?:my|his|her|the) (?:whole |entire )?(?:stash|stockpile|hoard)"
    # the lot or them all, not carried somewhere ("take them all to the vet", "the lot to the tip"), as MEANS reads them
    r"|(?:(?:the|da) lot|them all|all of them)(?! (?:to|into|back|out|home|down|round|over|up|off|in|for|with (?:me|us)"
    r"|away)\b)"
    rf"|(?:\d{{2,}}|(?:two|three|four|five|\d) (?:boxes|packs|packets|bottles|strips)) (?:of )?(?:my |the |these |his |her )?(?:\w+ )?{_DRUG})"
)
_ALL_AT_ONCE = (
    rf"all (?:of )?(?:my|da|the|me|mums?|mum's|dads?|dad's) (?:\w+ )?{_DRUG}(?: (?:\w+ ){{0,3}}?(?:at once|in one go|together"
    r"|at the same time|all together))?"
)
# an ending, despair or the writer's intent said outright
_ENDING = (
    r"(?:be done with (?:it|it all|everything|this|life)|(?:get|have) (?:it|this) (?:all )?over with|want (?:it|this) over"
    r"|end (?:it|it all|everything|things|this|my life)|make (?:it|everything|it all|this) stop|call it quits|finish (?:this|it|it all|everything|myself)"
    r"|(?:that's|thats|that is) (?:it|the end)|the end right|(?:not|never) wake(?: up)?|stay asleep|sleep (?:forever|for good|for ever)"
    r"|for good|forever|not be here|stop being a (?:burden|problem)|nobody would (?:\w+ )?(?:miss|care|notice)|(?:no one|noone) would"
    r" (?:\w+ )?(?:miss|care|notice)|don't (?:really )?care any ?more|(?:so |im |i'm )?done (?:with life|with everything|with it all|trying)"
    r"|so done|tired of (?:all this|it all|everything|living|life)|when i go|drift off|peace(?:ful)?|painless|quick|won't feel)"
)
_WITH_DRINK = r"(?:wine|vodka|gin|whisky|whiskey|rum|beer|booze|alcohol|cider|tequila|a drink|drinks)"
OVERDOSE_PLAN = re.compile(
    rf"^(?=.*\b{_TAKE}\b)(?:(?=.*\b{_SUPPLY})(?=.*(?:\b(?:{_ENDING}|{_WITH_DRINK}|would (?:it|that|this) work|will it hurt"
    rf"|how long (?:would|will|does) it take)\b|{TIMING.pattern}))"
    rf"|(?=.*\b{_ALL_AT_ONCE}\b)(?=.*\b{_ENDING}\b))"
    r"|\b(?:overdo(?:se)? (?:it )?|od |take (?:\w+ ){0,4})on purpose\b"
)

# Session 51 (msg27, tune round 22): a household poison said to be what would see to the writer ("the weedkiller in the
# shed would sort me out quicker than the bank ever will"): what it would do is done to "me", which no garden or
# cleaning use says; a kind complete alone
_HOUSEHOLD_POISON = (r"(?:weedkiller|weed killer|bleach|rat poison|antifreeze|anti freeze|paraquat|pesticide|insecticide"
                     r"|drain cleaner|slug pellets|poison)")
POISON_FOR_ME = re.compile(
    rf"\b{_HOUSEHOLD_POISON}\b(?: [\w']+){{0,5}}? (?:would|will|'d|could|should|might|can) (?:\w+ )?(?:sort me (?:out|right)"
    r"|finish me(?: off)?|do me in|see me off|do for me|end me|kill me|take me|put me out of)\b"
)
# ... and a death meant to pass as something else ("itll just look natural when it happens", "make it look like an
# accident"): one kind, a second must stand beside it (a crime novel's plot says it too)
DISGUISED = re.compile(
    r"\b(?:(?:look|looks|seem|seems|pass) (?:like |as )?(?:natural causes|an accident|a heart attack)"
    r"|(?:look|looks|seem|seems) (?:\w+ )?natural when (?:it happens|i go|i die|the time comes))\b"
)

RISK_KINDS = {
    "finality": FINALITY,
    "burden": BURDEN,
    "means": MEANS,
    "place": PLACE,
    "affairs": AFFAIRS,
    "not_exist": NOT_EXIST,
    "absolve": ABSOLVE,
    "ending": ENDING_TOLD,
    "lethal_ask": LETHAL_ASK,
    "injured": INJURED,
    "hiding": HIDING,
    "overdose_plan": OVERDOSE_PLAN,
    "disclosure": DISCLOSURE,
    "poison_for_me": POISON_FOR_ME,
    "disguised": DISGUISED,
}
# kinds that say the whole of it alone: no second signal is needed
COMPLETE_KINDS = {"ending", "lethal_ask", "injured", "hiding", "overdose_plan", "poison_for_me"}
MODIFIERS = {"timing": TIMING, "decided": DECIDED}
_SIGNAL_NAMES = (*RISK_KINDS, *MODIFIERS)
_SIGNAL_SCAN = RuleList((*RISK_KINDS.values(), *MODIFIERS.values()))

# Frames that take the signals off: a joke, the past, someone else, a song, an absence with an end.
_JOKE_MARKS = re.compile(
    "[\U0001f602\U0001f923\U0001f480\U0001f973\U0001f389\U0001f643]"
)  # 😂 🤣 💀 🥳 🎉 🙃
# (a laugh drawn out counts as one: "lmaooo", "lolll"; session 50)
JOKING = re.compile(r"\b(?:(?<!not )(?:lo+l+|lmf?a+o+|rofl|jk|joking|kidding)|haha\w*|hehe\w*|obvs joking)\b")
PAST = re.compile(
    r"\b(?:used to|years? ago|(?:when|back when) i was (?:\d+|a kid|a teen|a teenager|younger|little|at (?:uni|school|college))|back in (?:uni|school|college|the day|\d+)|last year i"
    r"|(?:at|when i was) \d+ i (?:was|felt|used|wanted|tried|wished)|i was suicidal|(?:doing|feeling|i'm) (?:way |so |much"
    r" )?better now|now i'm (?:\d+|happy|ok|fine|better)|therapy helped|i'm \d+ now)\b"
)
SOMEONE_ELSE = re.compile(
    r"\b(?:my|our|a) (?:\w+ )?(?:friend|mate|nephew|niece|son|daughter|flatmate|roommate|cousin|brother|sister|colleague"
    r"|student|patient|client|partner|husband|wife|boyfriend|girlfriend|bf|gf) (?:\w+ ){0,2}?(?:keeps? saying|said|says"
    r"|posted|texted|wrote|told me|has been saying)|(?:should i be|i'm) (?:worried|scared) (?:about|for) (?:him|her|them)"
    r"|(?:he|she|they) (?:keeps?|kept) (?:saying|talking)"
    # session 52 (msg28, tune round 23): "... and said he wont be around after friday", "my best mate has been giving his
    # stuff away"
    r"|(?:he|she|they) (?:said|says|told me|tells me|texted|posted) (?:that )?(?:he|she|they)(?:'s| is| are| was| will| won't"
    r"| wont| isn't| doesn't|'ll|'d| would| has| had)"
    r"|(?:my|our|a) (?:\w+ )?(?:friend|mate|bestie|nephew|niece|son|daughter|flatmate|roommate|cousin|brother|sister"
    r"|colleague|student|partner|husband|wife|boyfriend|girlfriend|dad|mum|mom) (?:has|have|had) been (?:giving|saying"
    r"|talking|posting|selling|acting|texting)"
    r"|my (?:mum|mom|mam|dad|parents|boss|teacher|wife|husband|gf|bf) (?:says|said|calls me|called me|thinks)\b"
)
SONG = re.compile(
    r"\b(?:(?:what|which|what's|whats) (?:is )?(?:this|that|the) song|(?:this|that|a|the) song (?:is|from|by|called)"
    r"|lyrics?|chords|album|tiktok|banger|on repeat|playlist)\b"
)
ABSENCE_WITH_AN_END = re.compile(
    r"\b(?:for (?:a |\d+ |two |three |few |a few |couple of |a couple of )?(?:days?|weeks?|months?|wks?|a bit|a while)"
    r"|till (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|next|the"
    r" \w+|i'm back)|(?:going|gone|be) (?:off grid|offline|travelling|traveling|camping|away)|(?:on )?(?:holiday|vacation"
    r"|cruise|a trip|trip)|moving (?:to|in|house|out|abroad)|(?:i'm|we're) moving|back (?:on|in|next))\b"
)


# Holding on, said outright beside the wish ("some nights i want to be with him, but i know i have to keep going for my
# kids"): the writer answers the wish themself
HOLDING_ON = re.compile(
    r"\b(?:but|though|although) (?:i know )?i (?:have to|need to|'ve got to|got to|gotta|must|will|want to) (?:keep going"
    r"|carry on|stay|be here|hold on)|i (?:would|will|'d|'ll) never (?:do|act on) (?:it|that|anything)"
    r"|(?:not|never) (?:going to|gonna) (?:do|act on) (?:it|that|anything)\b"
)
# A film, show or book quoted or asked about (the song is SONG's)
FILM = re.compile(
    r"\b(?:(?:what|which|what's|whats) (?:\w+ )?(?:film|movie|show|series|episode|book)|(?:film|movie|show|series"
    r"|episode|book) (?:is (?:it|that|this) )?(?:from|where|called|quote|line)|(?:quote|line) from)\b"
)


@per_scope  # read once per message (reading_scope.py; session 51: called again on the same text)
def signal_kinds(text: str) -> frozenset[str]:
    """The kinds of signal `text` carries (risk kinds and modifiers), read on the normalised text (frozen: one reading
    per message is shared by its readers)."""
    t = normalise(text)
    # session 51: the kinds' patterns that cannot match `t` left out (`prefilter`; four or five texts a message)
    kinds = {_SIGNAL_NAMES[i] for i, pattern in _SIGNAL_SCAN.indexed_candidates(t) if pattern.search(t)}
    if HEIGHT_VISITED.search(t) and re.search(rf"\b{NERVE}", t):  # the place is one of risk beside the nerve worked up
        kinds.add("place")
    return frozenset(kinds)


def _someone_else_said(text: str) -> bool:
    """`SOMEONE_ELSE` read within a clause: "gave my rig to my mate, posted my last clip" is the writer posting, which
    the normalised text (no commas) read as "my mate posted" (round 18; session 50)."""
    return any(SOMEONE_ELSE.search(normalise(clause)) for clause in re.split(r"[,.;!?\n]+", text) if clause.strip())


def framed_off(text: str) -> bool:
    """Joking, the past, someone else's words, a song, or an absence with an end: the signals are not the writer's
    risk now."""
    t = normalise(text)
    return bool(
        _JOKE_MARKS.search(text)
        or JOKING.search(t)
        or PAST.search(t)
        or _someone_else_said(text)
        or SONG.search(t)
        # (session 48, msg24: not beside the means or a place, which no absence explains: "been keeping my tablets aside for
        # weeks" tells how long they were kept, "nobody would find me for a while" no trip)
        # (session 50, the lead's probe: nor beside a poison asked when it works, "how long till the antifreeze kicks in"
        # is no time away)
        # (session 53, msg29, dev29: nor an absence the writer says is a cover, "told my housemate im going travelling")
        or ABSENCE_WITH_AN_END.search(t) and not (MEANS.search(t) or PLACE.search(t) or LETHAL_ASK.search(t)
                                                  or COVER_STORY.search(t))
        or HOLDING_ON.search(t)
        or RECOVERING.search(t)
    )


# Session 44: an everyday illness or injury that is ending, which is what "won't be a problem much longer" is about ("i
# won't be a problem much longer, my flu is nearly over"); not "getting better" or "feeling better" (said of a decision)
RECOVERING = re.compile(
    r"\b(?:(?:my|the|this|that) (?:\w+ )?(?:flu|cold|cough|bug|virus|infection|covid|fever|hangover|migraine|rash"
    r"|sickness|illness|sore throat|cold sore|sprain|cast|crutches|stitches|tonsillitis|chickenpox|stomach bug|tummy bug)"
    r"(?:'s| is| are)? (?:\w+ )?(?:over|gone|clearing|clearing up|going|healing|almost done|nearly done|on its way out"
    r"|coming off)|(?:i'm |im |i am )?on the mend|over the worst (?:of (?:it|the|my) )?(?:\w+ )?(?:flu|cold|bug|virus|illness"
    r"|infection|sickness|it))\b"
)

# For the lone-alarm guard the frame must be explicit: an absence told WITH its end (away for a length, till a return,
# off grid), not a holiday house, "told people i'm moving but i'm not" or how long something has gone on ("saving
# them for weeks"); the writer's own joke mark, not "she thinks im joking"
_ABSENCE_ENDS = re.compile(
    r"\b(?:(?:away|gone|offline|off grid|off|travelling|traveling|camping|hear from me|see me|be around|on here|online"
    r"|signal|wifi|break|detox) (?:[\w']+ ){0,4}?for (?:a |\d+ |two |three |few |a few |couple of |a couple of )?"
    r"(?:days?|weeks?|months?|wks?)"
    r"|till (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|next"
    r"|i'm back)|back (?:on|in|next)|(?:going|gone|be) (?:off grid|offline)"
    # seventeenth round: leaving one place for another ("deleting facebook for good, find me on whatsapp")
    r"|(?:find|message|text|reach|contact|add) me on|(?:still|i'm) on (?:whatsapp|insta\w*|snap\w*|discord|telegram"
    r"|signal|tiktok|twitter|x))\b"
)
_OWN_JOKE = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|jk|haha\w*|hehe\w*|(?<!thinks )(?<!think )(?<!thought )(?:i'm|just|only|obvs|obviously)"
    r" (?:joking|kidding)|(?:joking|kidding) (?:obviously|obvs|ofc|of course))\b"
)


# Fourteenth round: two more explicit frames of a look-alike the heads alone alarmed on (self_harm_kinds14's train
# split: 15 of 76 look-alikes alarmed, 11 of them by a head alone).
_OTHER = (
    r"(?:friend|mate|bestie|bff|brother|bro|sister|sis|son|daughter|kid|child|teen|partner|husband|wife|boyfriend"
    r"|girlfriend|bf|gf|mum|mom|mam|dad|father|mother|parent|nan|gran|grandad|grandpa|grandma|uncle|aunt|auntie|cousin"
    r"|nephew|niece|colleague|coworker|student|pupil|patient|client|flatmate|roommate|housemate|neighbour|neighbor)s?"
)
# Helping someone else: the writer asks what to say or do for another person at risk ("my friend keeps saying she
# wants to die, what should i say to her", "how do i look after myself while supporting a suicidal partner")
HELPING = re.compile(
    r"\b(?:(?:what|how) (?:should|do|can|could|would) i (?:say|do|respond|reply|help|support|approach|handle|tell"
    r"|talk|bring|react|look after|cope)|should i (?:be worried|be concerned|worry|tell|call|message|text|ask|say"
    r"|check)|(?:how|ways) (?:to|can i|do i) (?:help|support|reach out to|talk to) (?:her|him|them|my|a|someone)"
    rf"|(?:supporting|support|caring for|looking after|worried about|scared for) (?:a |my |our )?(?:\w+ )?{_OTHER}"
    r"|is it (?:ok|okay|paranoid|weird|wrong|bad) to ask (?:her|him|them)"
    # seventeenth round: asking how to raise it with them ("how do i ask my dad if he's thinking of ending his life")
    r"|(?:what|how) (?:should|do|can|could|would) i (?:ask|check on|raise|bring up|approach|get)"
    r"|who (?:do|should|can|could) i (?:call|ring|tell|contact|talk to)"
    r"|(?:warning )?signs (?:that )?(?:someone|a person|somebody|he|she|they) (?:is|are|might be) (?:planning|thinking))\b"
)
_THIRD_PERSON = re.compile(rf"\b(?:she|he|they|her|him|them|his|hers|their|(?:my|our|a) (?:\w+ )?{_OTHER})\b")
# the other person as the one who says or does it ("my friend said she's been giving her stuff away", "how do i ask my
# dad if he's thinking of ..."), not someone the writer hides their own marks from ("what do i tell the school nurse
# about the marks so she doesnt ring my parents")
_THIRD_PERSON_DOES = re.compile(
    rf"\b(?:she|he|they|(?:my|our|a) (?:\w+ )?{_OTHER})(?:'s| is| are| has| have| was| were| keeps?| kept| said| says"
    r"| posted| texted| told| wants?| might| been| thinking| talks| talked| mentioned| seems?| gave| giving)\b"
)
# What is no more than a nuisance when it happens once more (round 21's hyperbole: "one more of these meetings")
_TRIFLE = (
    r"(?:meetings?|emails?|calls?|zoom|zooms|teams calls?|lectures?|classes|class|spreadsheets?|episodes?|adverts?|ads"
    r"|songs?|questions?|forms?|printer jams?|jams?|queues?|delays?|excuses?|reply all|group chats?|presentations?"
    r"|reports?|tickets?|complaints?|customers?|dad jokes?|jokes?|tiktoks?|reels?|videos?|updates?|notifications?"
    r"|powerpoints?|slides?|assemblies|appraisals?|surveys?|chores?|nappies|loads? of washing|school runs?)"
)
# Hyperbole about a trifle: "kill me now", "someone end me", "this hangover is how i die", "rip me", "i'm dead"
HYPERBOLE = re.compile(
    r"(?:^|\b(?:ugh|omg|honestly|literally|just) )(?:kill me now|(?:someone|somebody|pls|please) (?:kill|end|shoot) me)\b"
    r"|\b(?:this|that) (?:\w+ ){0,2}?is how i (?:die|go)\b|\brip me\b|\bi'?m (?:dead|deceased|dying)(?: lol| lmao|$| 😂)"
    r"|\bi'?m (?:actually |literally )?(?:dead|deceased|crying)\b(?= (?:at|from|over) )"
    # session 44: eager, not dying ("i'm dying to see the new film tonight", "dying for a coffee"): to do or have a thing
    r"|\bdying (?:to (?!(?:(?:just|really|finally|simply|so) )?(?:die|end|kill|be (?:dead|gone|free)|not|disappear|sleep"
    r"|go|stop|escape|leave|rest)\b)\w+|for (?:a|an|some|another)\b)"
    # round 21: a drastic act promised on a trifle happening once more ("if i have to sit through one more of these budget
    # meetings i will walk into the sea"), and dying of a feeling ("dying of embarrassment", "died laughing")
    r"|\bif (?:i (?:have to|hear|see|get|sit through|read|answer|watch|do)|(?:he|she|they|someone|anyone|my \w+|the \w+)"
    rf" \w+) (?:[\w']+ ){{0,3}}?one more (?:(?:of (?:these|those|his|her|their|your|the) )?(?:\w+ )?{_TRIFLE})\b"
    r"|\b(?:dying|died|dead|die|could die) (?:of|from) (?:embarrassment|shame|boredom|cringe|laughter|laughing|curiosity"
    r"|jealousy|envy|cuteness|secondhand embarrassment)\b|\b(?:died|dying|dead|died) laughing\b"
)

# Session 49 (conv25): "gonna die" said of a nuisance, as people say it in chat: with a laughing or crying mark (lol, 💀,
# 😭), "irl" or "fr" after a game, "i swear", "literally", "thought i was gonna die" (it has passed), or "if we wipe
# again" (a trifle once more). Tune rounds 16 and 20 alarmed on a boss fight ("my heart is literally pounding every
# attempt, im gonna die irl") and on hiccups ("had them for 20 min and im gonna die 💀") as self-harm, and their
# follow-ups as the emergency going on. Only with no risk signal, no despair and no other red flag beside it (the rest
# is what triage then reads): "im going to die tonight, took the pills out" keeps its alarm by "tonight" and the pills.
_DIE_SAID = re.compile(r"\b(?:(?:i'm|im|i am|i was|we're|we are|we were) )?(?:gonna|going to|about to) die\b")
_FIGURE_MARKS = re.compile(r"\b(?:irl|fr|ngl|istg|i swear|literally|(?:thought|felt like|swear) (?:i was|i'm|im|we were)"
                           r"|if (?:i|we) (?:\w+ ){0,3}?(?:again|one more)|lol|lmao|lmfao|rofl|haha\w*)\b")
_CRYING_MARKS = re.compile("[\U0001f62d\U0001f480\U0001f602\U0001f923\U0001f605]")  # 😭 💀 😂 🤣 😅


# Session 50: the wish said the same way, with a laugh or Singlish's particles ("the exam so difficult i want to die sia",
# "i don't want to wake up tomorrow, it's my driving test lol"; tune rounds 19, 20 and 21 gave them the emergency reply),
# and a drastic act offered FOR something, as devotion says it ("i would literally jump off a cliff for this new album").
# The marks are fewer than `_FIGURE_MARKS`: "i want to die fr" and "literally want to die" say it is meant. The wish stays
# distress's (`distress.distressed`: the crisis line goes with the answer)
_WISH_SAID = re.compile(
    r"\b(?:want|wanna|wanted) (?:to )?(?:just )?die\b|\b(?:don't|do not|dont) (?:want|wanna) (?:to )?wake up (?:tomorrow"
    r"|tmrw|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
_LAUGH_MARKS = re.compile(r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|sia|lah|lor|leh)\b")
_DEVOTION = re.compile(
    r"\b(?:i'd|i would|would|i will|i'll|ill) (?:\w+ ){0,2}?(?:jump off (?:a|the) (?:cliff|bridge|roof)|walk into the sea"
    r"|take a bullet|die) for (?!(?:sure|real|good|ever|certain|definite|the last|me|myself)\b)\w+")


def dying_as_a_figure(text: str) -> str | None:
    """`text` (normalised) without its "gonna die" when that is a figure of speech about a nuisance (`_DIE_SAID` beside a
    mark of one), its wish to die said with a laugh (`_WISH_SAID`) or its drastic act offered for something
    (`_DEVOTION`), and no risk signal, despair or distress in the rest; None otherwise."""
    t = normalise(text)
    marked = bool(_CRYING_MARKS.search(text))
    if _DIE_SAID.search(t) and (marked or _FIGURE_MARKS.search(t)):
        rest = _DIE_SAID.sub(" ", t)
    elif _WISH_SAID.search(t) and (marked or _LAUGH_MARKS.search(t)):
        rest = _WISH_SAID.sub(" ", t)
    elif _DEVOTION.search(t):
        rest = _DEVOTION.sub(" ", t)
    else:
        return None
    if signal_kinds(rest) or distressed(rest) or _OWN_RISK_WORDS.search(rest):
        return None
    return rest


# Words of self-harm that no figure of dying excuses ("gonna die lol, i want to kill myself anyway")
_OWN_RISK_WORDS = re.compile(r"\b(?:kill|end|hurt|harm|off) (?:my ?self|me)\b|\bsuicid\w*|\bkms\b|\bunalive\w*"
                                     r"|\b(?:want|wanna|wish) (?:to |i could |i was )?(?:die|dead)\b")


# Seventeenth round: what ENDS is an everyday thing, not the writer (self_harm_kinds17's train split: the heads alone read
# "last day friday and then i'm done with that place for good" and "ended things with my boyfriend tonight, it's over for
# good" as risk): a job, a shift, an exam, a course, a project, a lease, a relationship, a season or a match, named as
# what is over, handed in, quit or last. Not a life ("my last day alive"), which is FINALITY's.
_TASK = (
    r"(?:job|work|shift|shifts|notice|resignation|contract|career|exam|exams|finals|paper|test|results|thesis"
    r"|dissertation|essay|coursework|revision|course|degree|module|term|semester|school|uni|college|project|deadline"
    r"|meeting|presentation|interview|lease|tenancy|podcast|episode|series|show|channel|stream|club|band"
    r"|group chat|gc|team|season|match|game|race|marathon|tournament|league|cup run|cup|final|relationship|marriage"
    r"|divorce|chapter|spreadsheets?|diet|streak|training|a levels|gcses|sats|classes|lessons|studies|driving test)"
)
EVERYDAY_ENDING = re.compile(
    rf"\b(?:(?:my|the|this|our|that|his|her) (?:\w+ )?{_TASK}(?:'s| is| are| was)? (?:\w+ )?(?:over|done|finished|submitted"
    r"|ends|ended|ending|final|tomorrow|tonight|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|at \d)"
    # (session 51, msg27: not "it's giving final chapter", slang for what a thing evokes)
    rf"|(?<!giving )(?:last|final) (?:\w+ )?{_TASK}\b|{_TASK} (?:\w+ )?(?:ended|ends|is over|was over)"
    r"|(?:last|final) (?:day|days|week|shift|night) (?:at|of|in|on) (?:the|my|this|our|work|school|uni|college|\w+)"
    r"(?<!alive)(?<!earth)"
    rf"|(?:handed|hand|handing|turned) in (?:my |the )?{_TASK}"
    # session 47 (the lead's probe: "tomorrow i'm going to hand my notice in" got the emergency reply): the object first
    rf"|(?:handed|hand|handing|turned|turn|put|putting) (?:my |the )?{_TASK} in\b|(?:quit|quitting|resigned|resigning|retired|retiring"
    rf"|left|leaving) (?:my |the |this |that )?(?:\w+ )?{_TASK}\b|\bretire(?:d|ment|ing)?\b"
    rf"|(?:done|finished) with (?:that|this|the|my) (?:\w+ )?(?:place|{_TASK})\b"
    rf"|(?:failed|passed|resit|resitting|retake|retaking|retook|sat|sitting) (?:my |the |another |a )?(?:\w+ )?{_TASK}\b"
    r"|(?:ended|ending|end|broke off|breaking off) (?:things|it) with (?:my |him|her|them)|broke up|breaking up|split up"
    # session 51 (msg27): someone else gone from the writer's life ("hes out of my life for good"); not "a weight off my
    # shoulders", which a plan can say of itself
    r"|(?:he's|she's|they're|he is|she is|they are|my ex is|ex's) (?:\w+ )?out of my life"
    # session 44: a goodbye for a new start or a trip ("saying goodbye to everyone at work today, new job starts monday",
    # "tell my kids i love them, i'm stuck at the airport overnight", "if you don't hear from me it's because i'll be on the
    # plane")
    rf"|(?:new|next) (?:\w+ )?{_TASK}\b|{_TASK} (?:starts|begins|start|begin)\b|(?:start|starting|begin|beginning) (?:my |a |the )?new\b"
    r"|(?:stuck|stranded) (?:at|in) (?:the |an |a )?(?:airport|station|terminal|traffic|work|office|hotel)"
    r"|(?:flight|train|plane|bus|ferry)s? (?:\w+ )?(?:delayed|cancelled|canceled|leaves|boards|departs)"
    r"|(?:be|i'll be|ill be|i'm|im) (?:on|boarding) (?:the|a|my) (?:plane|flight)|(?:emigrat\w+|moving abroad|moving to"
    r" (?!a better place|heaven|the other side)\w+ (?:next|this|in|on|for))"
    r"|(?:got|were|was|been) (?:killed|battered|hammered|thrashed|destroyed) \d+ \d+|\b\d{1,2} \d{1,2} (?:today|tonight"
    r"|yesterday|at home|away|loss|defeat|win|down|up))\b"
)
# Medicines or things got rid of: the question is where they go ("cleared out the whole bathroom cabinet, where do i take
# old pills", "im going to take the lot to the tip", "what do i do with a sharps bin when it's full")
DISPOSAL = re.compile(
    r"\b(?:get rid of|getting rid of|dispos(?:e|ing|al)|throw (?:\w+ )?(?:away|out)|throwing (?:\w+ )?(?:away|out)|bin (?:them"
    r"|it)|flush(?:ed|ing)?|sharps (?:bin|box|container)|recycl\w+|(?:take|taking|took|bring|return|returning) (?:\w+ ){0,4}?"
    r"(?:back )?to (?:the |a )?(?:tip|dump|pharmacy|chemist|chemists|pharmacist|recycling|charity shop|bin)"
    r"|(?:pharmacy|chemist|pharmacist)s? (?:take|takes|accept|accepts) (?:\w+ )?back|where (?:do|does|can|should)"
    r" (?:old|expired|unused|leftover|unwanted|used) (?:\w+ )?(?:go|get taken)|where (?:do|can|should) (?:i|we|you)"
    r" (?:take|drop|leave|put) (?:\w+ ){0,2}?(?:old|expired|unused|leftover|unwanted|used|them|it)\b)\b"
)
# Session 47 (msg23): a jump or a dive for play, into water one swims in or onto something that bounces ("i want to jump in
# the pool", "gonna dive into the deep end", "jumping on the trampoline with the kids"): read by meaning it sat near "i
# want to jump" (the prototypes, 0.53). Not a river, a canal, a bridge, a cliff, a roof or the tracks (PLACE and the
# rules' own), and the sea or a lake only beside a word of swimming or a day out.
PLAY_JUMP = re.compile(
    r"\b(?:jump\w*|div(?:e|es|ed|ing)|cannonball\w*|bomb\w*|plung\w*|leap\w*|hop\w*) (?:straight |right )?(?:in|into|on|onto"
    r"|in to) (?:the |a |our |my |their )?(?:(?:swimming |paddling |hotel |outdoor |indoor |infinity |kiddie |kids )?pools?"
    r"|deep end|shallow end|hot tub|jacuzzi|lido|puddles?|trampoline|bouncy castle|ball pit|foam pit|leaves|pile of leaves"
    r"|snow|bed|sofa|couch|(?:sea|lake|ocean|loch|waves|water)(?=.*\b(?:swim\w*|paddl\w*|surf\w*|wetsuit|beach|holiday"
    r"|summer|hot|sunny|cool (?:off|down)|splash\w*|boat|kayak\w*|snorkel\w*|weekend|fun|kids|friends|mates)\b))\b"
)
# ... and an accident remembered ("i keep thinking about the time my car slid into a wall", "still get flashbacks to
# the crash"): read by meaning it sat near driving into a wall on purpose (both heads, 0.97-0.99). What happened by
# accident and is over is told by a memory of it; not "on purpose" nor a wish or a plan (RISK_KINDS still read).
REMEMBERED_ACCIDENT = re.compile(
    r"\b(?:(?:the|that) (?:time|day|night|morning|winter) (?:when )?(?:i|we|my \w+|our \w+|the \w+|he|she|they) (?:\w+ )?"
    r"(?:slid|skidded|spun|crashed|aquaplaned|rolled|flipped|hit|clipped|rear ended|got rear ended|got hit|was hit|came off"
    r"|fell|went off|went into|ran into|bumped|reversed)"
    r"|(?:flashbacks?|nightmares?|thinking|dreams?|replaying|going over|think|dream|memories|memory|remember\w*) (?:\w+ )?"
    r"(?:about |of |to )?(?:the|that|my|our) (?:car |bike |motorbike |road |motorway |work |skiing |riding )?(?:crash"
    r"|accident|collision|pile ?up|near miss|fall|smash|prang|bump))\b"
)
_DELIBERATE = re.compile(r"\b(?:on purpose|deliberately|meant to|mean to|want\w* to|wanna|wish\w*|tried to|try to"
                         r"|going to|gonna|plan\w*|again|tonight)\b")


def play_or_memory(text: str) -> bool:
    """A look-alike told by what it is about (session 47): a jump for play (PLAY_JUMP) or an accident remembered
    (REMEMBERED_ACCIDENT), never one done or wished on purpose, with no risk signal, despair or distress beside it."""
    t = normalise(text)
    memory = bool(REMEMBERED_ACCIDENT.search(t)) and not _DELIBERATE.search(t)
    if not (PLAY_JUMP.search(t) or memory):
        return False
    return _no_risk_signal(t, goodbye_said_of=False) and not distressed(t) and not _despaired(t)


# A line quoted from a song, film, poem, book or game and asked about: the quoted words are someone else's
_A_WORK = re.compile(
    r"\b(?:song|lyrics?|film|movie|show|series|episode|book|novel|poem|poet|play|quote|line|game|character|sings?|sung"
    r"|album|shakespeare|hamlet|analy[sz]e|theme)\b"
)
_QUOTED = re.compile(r"\"[^\"]{2,200}\"|“[^”]{2,200}”|‘[^’]{2,200}’")


def unquoted_work(text: str) -> str:
    """The message with a work's quoted words taken out, when it asks about a song, film, book, poem or game."""
    unquoted = _QUOTED.sub(" ", text)
    return unquoted if _A_WORK.search(normalise(unquoted)) else text


def _no_risk_signal(text: str, *, goodbye_said_of: bool, says: set[str] = frozenset()) -> bool:
    """No risk kind and no decision in `text`; finality counts for nothing when `goodbye_said_of` is true (what the
    goodbye is about is said beside it), nor do the kinds a look-alike `says` itself (round 21)."""
    kinds = signal_kinds(text) - _means_of_everyday_use(normalise(text))
    return not (kinds & (RISK_KINDS.keys() - ({"finality"} if goodbye_said_of else set()) - says) or "decided" in kinds)


# Session 47: hurting or cutting oneself in an everyday accident, told by how it happened, is an injury, not self-harm
# (`frames.ACCIDENT`), unless the writer says it was meant (`frames.MEANT`)
_HURT_PART = (r"(?:my ?self|myself|my (?:\w+ )?(?:hand|hands|finger|fingers|thumb|wrist|wrists|arm|arms|leg|legs|foot|feet"
              r"|knee|head|face|lip|toe|palm|shin|ankle|back))")
_HURT_BY_ACCIDENT = re.compile(
    rf"\b(?:(?:hurt|cut|cutting|burnt|burned|burning|scratched|sliced|nicked) {_HURT_PART}\b(?=.*\b{ACCIDENT}\b)"
    rf"|(?:accidentally|accidently|by accident|by mistake) (?:\w+ )?(?:hurt|cut|burnt|burned|scratched|sliced|nicked)"
    rf" {_HURT_PART})")


def hurt_by_accident(t: str) -> bool:
    """An everyday accident told as how the writer got hurt, with nothing said of meaning it (normalised text)."""
    return bool(_HURT_BY_ACCIDENT.search(t)) and accident_told(t)


# Session 44: a means named with the everyday use it was got for ("i bought rope for the climbing wall, how do i tie a
# figure eight knot?", "rope for the boat", "a new razor for shaving"): what it is for is said
EVERYDAY_USE = re.compile(
    r"\b(?:rope|ropes|cord)\b(?=.*\b(?:climb\w*|boulder\w*|belay\w*|camping|tent|boat|sail\w*|kayak|canoe|knots?|washing line"
    r"|clothes ?line|swing|tow\w*|tie (?:down|up)|hammock|skipping|tug of war|crossfit|gym|garden|fence|dog|horse|pulley"
    r"|macrame|craft\w*|van|straps|mattress|roof rack|trailer|luggage)\b)|\b(?:razor|razors|blade|blades)\b(?=.*\b(?:shav\w*|beard|legs|stanley|box cutter|craft\w*"
    r"|lino|scraper|wallpaper|carpet)\b)"
    # session 47 (the lead's probe: "i might cut my fringe myself" read as risk): hair and nails cut at home
    r"|\b(?:cut|cutting|trim|trimming|shave|shaving) (?:my |his |her |our )?(?:own )?(?:hair|fringe|bangs|nails|toenails"
    r"|fingernails|beard|split ends|hair short)\b"
    # session 48 (msg24): a tattoo, a piercing or hair removal, asked how much it hurts ("least painful way to get a tattoo,
    # wrist or ankle")
    r"|\b(?:tattoo\w*|piercings?|pierc(?:e|ed|ing) (?:my|her|his)|waxing|laser hair|microblading|epilat\w*)\b"
    # session 53 (msg29, tune round 24): a hose for washing the car or watering the garden
    r"|\b(?:hose|hosepipe|hose pipe)\b(?=.*\b(?:wash\w*|clean\w*|water(?:ing|ed)?|garden\w*|plants?|lawn|jet wash\w*"
    r"|pressure wash\w*|valet\w*)\b)"
    # session 47 (the lead's probe: "i might drive over the bridge to see my mum tomorrow" read as risk): a bridge crossed
    # on the way to someone or somewhere named, with nothing else said of it ("... and jump" is no journey)
    r"|\b(?:drive|driving|drove|walk|walking|cycle|cycling|go|going|went|get|getting) (?:over|across) (?:the |a |that )?"
    r"(?:\w+ )?bridge (?:to (?:see|visit|get to|pick up|work|school|college|uni|the shops|town|my|our|his|her)"
    r"|(?:tomorrow|today|every day|each day|on my way|on the way) (?:to|for) (?:see|visit|work|school|my|our|the))\b"
)


# Round 21 (self_harm_kinds21, meaning14's look-alikes): a look-alike told by what it is about. Self-harm told as over,
# with the time since ("two years clean from self harm today"); the means given to someone to keep or locked away as a
# plan of safety ("gave my pills to my sister to look after, the crisis plan said to"); things given away to a clear-out
# or a charity; a goodbye card or party for someone else leaving; tiredness told with sleep as its remedy.
RECOVERED = re.compile(
    r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|a few|several|many) (?:days?|weeks?|months?|years?)"
    r" (?:clean|free|sober|without (?:self ?harming|self ?harm|cutting|hurting myself))|(?:self ?harm|sh|cutting) free\b"
    r"|(?:haven't|havent|have not|not) (?:self ?harmed|cut|hurt myself|relapsed) (?:in|for|since)"
    r"|(?:in a (?:much )?(?:better|good) (?:place|headspace)|proud of (?:myself|how far)|therapy (?:really )?(?:helped|works"
    r"|is working)|(?:doing|feeling) (?:so |much |way )?better (?:now|these days)"
    # session 47: well now, said outright after the past it tells ("... after my attempt and i'm genuinely happy now")
    r"|(?:i'm|im|i am) (?:genuinely |really |so |truly |actually |finally |honestly )?(?:happy|well|doing well|thriving"
    r"|in a good place) now))"
)
# ... not when it is told as broken ("was two years clean but cut again last night")
_RELAPSED = re.compile(r"\b(?:relaps\w*|again|slipped|slip up|broke (?:my|the) streak|back to|started (?:again|back))\b")
MEANS_KEPT_SAFE = re.compile(
    r"\b(?:(?:gave|give|given|giving|handed|hand|handing) (?:all )?(?:my|the) (?:\w+ )?(?:pills|tablets|meds|medication"
    r"|medicines?|blades?|razors?|gun|rifle|shotgun|car keys) (?:\w+ ){0,3}?to (?:my |a |our )?\w+ (?:\w+ ){0,2}?(?:to"
    r" (?:look after|keep|hold|mind|lock)|for safe ?keeping)|(?:locked|lock|locking|keep|keeps|keeping) (?:all )?(?:my|the"
    r"|our) (?:\w+ )?(?:pills|tablets|meds|medication|medicines?|blades|razors|guns?) (?:\w+ ){0,2}?(?:away|up|in a"
    r" (?:box|safe|cabinet))|(?:locked|lock|locking) (?:away|up) (?:all )?(?:my|the|our) (?:\w+ )?(?:pills|tablets|meds"
    r"|medication|medicines?|blades|razors|guns?)|(?:keeps?|holds?|looks? after|gives? me) (?:\w+ )?(?:my|the) (?:\w+ )?"
    r"(?:tablets|pills|meds|medication)(?: (?:\w+ ){0,3}?one (?:a|each|per) day)?)\b"
)
DECLUTTER = re.compile(
    r"\b(?:declutter\w*|clear(?:ing|ed)? out (?:my|the|our)|clearout|spring clean\w*|to (?:the )?charity|charity"
    r" (?:shop|bags?)|konmari|car boot|vinted|ebay|minimalis\w*"
    # session 51 (msg27): clothes a child has grown out of, passed on ("packed a bag of my daughters old clothes for her")
    r"|(?:old|outgrown|baby|kids|children's|daughter's|daughters|son's|sons) clothes|hand ?me ?downs?)\b"
)
FAREWELL_FOR_OTHER = re.compile(
    r"\b(?:goodbye|leaving|farewell|retirement|going away|send ?off|bon voyage) (?:card|party|present|gift|do|drinks"
    r"|speech|message|note|collection|cake|lunch|meal) (?:for|to)\b"
)
_TIRED = r"(?:exhausted|knackered|shattered|drained|tired|sleepy|wiped out|burnt out|burned out|running on empty|done in|wrecked)"
RESTING = re.compile(
    rf"\b{_TIRED}\b(?=.*\b(?:(?:go|going|gonna|head|heading|get|getting) (?:to )?(?:bed|sleep) (?:early|now|soon)|early night"
    r"|nap|sleep (?:for|it off|in)|lie in|catch up on (?:some )?sleep|magnesium|iron|vitamin|b12|thyroid|slept"
    r"|hours? (?:of )?sleep|cope on|newborn)\b)"
)


# Round 22 (self_harm_kinds22's train split; the held-out meaning rounds alarmed on 5 of 25 look-alikes: tiredness,
# hyperbole, goodbyes before a trip, things given away when moving, grief). Each tells what its goodbye, its giving away
# or its sleep is FOR, which a farewell before dying does not:
# * a trip or a move named by where or how ("flying to canada tomorrow for a year", "before uni", "the new flat");
TRIP_OR_MOVE = re.compile(
    r"\b(?:(?:flying|fly|flew|travel+ing|backpacking|moving|move|emigrating|relocating|posted|deployed|jetting) (?:out |off"
    r" |back |over |away |abroad )?(?:to|for) (?!a better place|heaven|the other side|sleep|bed|die|join|be with|a place"
    r"|somewhere|where|my (?:grave|death))[a-z]+|(?:at|to|from) the airport|(?:my|our|the) flight|gap year|year abroad"
    r"|(?:semester|term|year) abroad|(?<!dog a )(?<!cat a )(?<!pet a )(?<!him a )(?<!her a )(?<!them a )(?<!it a )"
    # (session 52, dev28: not a new home found for a pet, "found my dog a new home with my neighbour")
    r"(?:new|the new|our new|my new) (?:flat|house|home|place|apartment|school|city|country)"
    # (session 53, dev29: nor "found a new home for my cat")
    r"(?! for (?:the|my|our|his|her|a|an|him|them|it)\b)"
    r"|before (?:uni|university|college|the move|we move|i move|we emigrate|i emigrate|i leave for)|posted abroad"
    r"|(?:emigrat|relocat|backpack)\w*|moving (?:house|flats?|schools?|countries|abroad|in with|out)"
    r"|no (?:phone )?signal|(?:a|the) retreat|(?:uni|university|college) (?:starts|tomorrow|on)"
    # session 53 (msg29, dev29): a new job or course there ("starting a new job there")
    r"|(?:starting|start|started|begin|beginning) (?:a |my )?new (?:job|role|position|post|course|placement) (?:there|in|at"
    r"|down|up|over)\b"
    # session 51 (msg27): "since im off to uni"
    r"|off to (?:uni|university|college|boarding school|basic training|the army|sea|camp)\b"
    # session 52 (msg28, dev28): "i got the flat", "college in another city"
    r"|(?:got|found|signed for|getting|moving into) (?:the|a|my own|our own|my first) (?:flat|house|apartment|tenancy|council"
    r" (?:flat|house))\b|(?:in|to) (?:another|a different|a new) (?:city|town|country|state)\b"
    # session 48 (msg24): while the writer is away somewhere named ("feed the cat while im in spain next week")
    r"|(?:be|being|i'm|im|i am|we're|we'll be|i'll be|ill be) (?:\w+ )?on (?:the|a|my|an|our) (?:train|plane|flight|bus|ferry|coach"
    r"|boat|way (?:to|home|back|over|there))\b(?! (?:tracks?|lines?|bridge)\b)"
    r"|while (?:i'm|im|i am|we're|we are) (?:away|abroad|on (?:holiday|hols|vacation|a trip|tour|shift|nights)"
    r"|(?:in|at) (?!a better place|heaven|the ground|my grave|hospital)[a-z]+)"
    # session 51 (msg27): going to stay with family somewhere named ("cos im going to my dads in spain")
    r"|(?:going|off|heading|headed|driving|flying|moving) (?:over |back |out |away )?to (?:my |our )?(?:\w+ )?(?:dad|mum|mom"
    r"|nan|gran|grandma|grandad|grandparent|aunt|auntie|uncle|cousin|sister|brother|family|friend|mate)(?:'s|s)?"
    r" (?:place |house )?(?:in|for) (?!a better place|heaven|the ground|my grave|hospital)[a-z]+)\b"
)
# Session 51 (msg27): what a look-alike says it is for, as the round 22 reasons above do:
# * a note, letter or card for an occasion or a surprise ("its a surprise for their anniversary");
NOTE_FOR_AN_OCCASION = re.compile(
    r"\b(?:note|notes|letter|letters|card|message)\b(?=.*\b(?:(?:it's|its|it is|as) a surprise|surprise (?:for|party)"
    r"|anniversary|birthday card|valentine\w*|mother's day|mothers day|father's day|fathers day|thank you card"
    r"|good luck (?:card|message)|congratulation\w*)\b)"
    # session 53 (msg29, dev29): a note about a chore or a thing of the house ("a note for my flatmate ... about the bins")
    r"|\b(?:note|notes|letter|message)\b(?: \w+){0,12}? about (?:the |her |his |their |our |my )?(?:bins?|rubbish|recycling"
    r"|dishes|washing|rent|bills?|noise|parking|cleaning|rota|heating|milk|post|keys?|boiler|laundry)\b"
)
# * a height or a bridge for what is seen or photographed from it ("which bridge has the best view of the fireworks ...
#   what settings"), a walk in company ("with the ramblers ... there's a bus at the bottom");
VIEW_OR_OUTING = re.compile(
    r"\b(?:(?:best |good |great )?view of (?:the )?(?:fireworks|sunset|sunrise|northern lights|aurora|eclipse|stars|meteors?"
    r"|city|parade|race|boats?|trains?)|(?:photos?|photograph\w*|pictures|filming|film) (?:of )?(?:the )?(?:fireworks|sunset"
    r"|sunrise|northern lights|aurora|eclipse|stars|meteors?|steam|trains?|boats?|birds?)|(?:my|the) (?:camera|tripod|lens)"
    r"|camera settings"
    # session 53 (msg29, tune round 24): the sunset or the view watched as the best part of a day
    r"|(?:watch|watching|watched|catch|catching) (?:the )?(?:sunset|sunrise|sun (?:go|going) down|view|stars|city lights)"
    r"(?=.*\b(?:best|favourite|favorite|love|lovely|beautiful|gorgeous|relax\w*|peaceful)\b)"
    r"|with (?:the|my|our) (?:ramblers|walking group|walking club|hiking (?:group|club)|running club|climbing club|scouts"
    r"|cubs|brownies|guides|rambling club)"
    # session 52 (msg28, tune round 23): a walk or a climb the writer took with others, told as theirs ("we walked the cliff
    # path at sunrise for my birthday and i went all dizzy near the edge")
    r"|we (?:all )?(?:walked|hiked|climbed|went up|went along|went out to|drove up|cycled) (?:up |along |to |out to )?(?:the |a )?"
    r"(?:\w+ )?(?:path|cliffs?|coast|hill|mountain|peak|bridge|tower|viewpoint|edge|top))\b"
)
# * a game given up, whatever order the giving and the quitting are told in ("gave my main acc to my duo and uninstalled.
#   touching grass now"); debts paid off as a milestone ("finally debt free");
GAME_OR_DEBT_DONE = re.compile(
    # session 53 (msg29, tune round 24): a server, a game or a group logged off or left for good, named as the place it is
    # ("im logging off that server for good tonight, the mods are toxic")
    r"\b(?:logging|log|logged|signing|signed) (?:off|out of|out) (?:of )?(?:that|this|the|my) (?:\w+ )?(?:server|game|group"
    r"|chat|forum|discord|platform|app|guild|clan|league)\b|"
    r"^(?=.*\b(?:gave|give|giving|given|handed|handing|passed|sold|paid)\b)(?=.*\b(?:uninstall\w*|(?:quit|quitting|done"
    r" with|stopped playing) (?:the |this |that )?game|touch\w* grass|(?:debt|mortgage|loan) free|finally paid off"
    r"|paid (?:it |them )?off at last)\b)"
)
# * a break taken, from the socials or for oneself ("deleted all my socials for a detox", "booked a hotel room just for me
#   this weekend, total me-time");
A_BREAK = re.compile(
    r"\b(?:(?:for|on|doing) (?:a |my )?(?:digital |social media |phone )?(?:detox|cleanse)|(?:digital|social media|dopamine)"
    r" (?:detox|break|cleanse)|me ?time|pamper\w*|spa (?:day|break|weekend)|treat(?:ing)? myself|self ?care (?:day|weekend))\b"
)
# * a burden of care asked about as a cost or a help to claim ("she wont have to drive me ... can i claim the fares back",
#   "is there help with the care home fees");
PRACTICAL_HELP = re.compile(
    r"\b(?:(?:can|could|how do|how can|where do|should) (?:i|we|she|he|they) (?:\w+ )?(?:claim|apply|get help|get support"
    r"|get funding|get a grant)|is there (?:any )?(?:help|support|funding|a grant|respite|an allowance)|taxi card|blue badge"
    r"|carer'?s allowance|attendance allowance|respite care|care package)\b"
)
# * things given away, sold or handed on for a reason of everyday life: a new one bought, a move, no room, no use, a
#   child who loves it ("gave my sister my old car because i finally bought a new one");
GIVEN_FOR_A_REASON = re.compile(
    r"\b(?:gave|give|giving|given|sold|selling|sell|handed|handing|passed|passing|donated|donating)\b.*\b(?:(?:bought|got|"
    r"getting|ordered) (?:a |my |our )?(?:new|newer|bigger|smaller|better)|new one|upgrad\w*|(?:is|are|was) (?:tiny|too"
    r" small|too big)|no (?:room|space)|(?:never|don't|dont|rarely|hardly (?:ever)?) (?:\w+ )?(?:use|play|wear|ride|drive"
    r"|read|need)s?\b|outgr\w+|(?:he|she|they) (?:loves?|needs?|wanted|wants)|doesn't fit|don't fit|downsiz\w*"
    r"|(?:moving|moved|emigrat\w*|relocat\w*)|while i'm (?:away|abroad|posted|deployed)"
    # session 52 (msg28, tune round 23): "when i move into halls"; a job left, the things handed to the team
    r"|move (?:into|in|out|to|house|abroad|away)\b|(?:handing|handed|hand|put|putting) (?:in )?(?:my )?notice"
    r"|to (?:the|my) (?:team|colleagues|coworkers|co workers|office)\b"
    # session 51 (msg27): a game or a hobby given up ("gave my main acc to my duo and uninstalled. touching grass now")
    # session 51 (msg27): the one given it was pleased ("he was so happy")
    r"|(?:he|she|they) (?:was|were|is|are) (?:so |really |well )?(?:happy|pleased|chuffed|excited|made up)"
    # session 53 (msg29, tune round 24): the writer took up something else ("ive switched to drums"), or the one given it
    # will use it ("someone wholl actually play it")
    r"|(?:switched|swapped|moved|changed|gone over|went over) (?:over )?to|(?:taken|took|taking) up"
    r"|(?:who'll|wholl|who will|who'd|who would|that'll|that will) (?:actually |really )?(?:play|use|ride|wear|read|love|need)"
    r" (?:it|them))"
)
# ... not a trip or a move told as a cover ("told them im moving, im not moving", "they think im moving")
COVER_STORY = re.compile(
    r"\b(?:(?:i'm|im|i am|i'm not|im not) not (?:really )?(?:moving|going|travell?ing|flying|emigrating)"
    r"|(?:not|n't|never) (?:really )?(?:moving|going anywhere|travell?ing|flying|emigrating)"
    r"|(?:they|people|everyone|everybody|she|he|mum|mom|dad) (?:all )?(?:think|thinks|believe|believes) (?:i'm|im|i am)"
    r"|told (?:\w+ ){0,2}?(?:i'm|im|i am|i was) (?:moving|going|travell?ing|flying|emigrating)|pretend\w*|cover story"
    r"|(?:say|said|saying) (?:i'm|im|i am) (?:moving|going|travell?ing|flying|emigrating)"
    # session 53 (msg29, dev29): someone took it for the future, and it is not ("the solicitor thought it was for the future.
    # it isnt")
    r"|(?:thought|thinks|think|assumed|assumes) (?:(?:it|this|that|they|these|those|the \w+)(?:'s| was| were| is| are"
    r"|'re)) (?:just )?for (?:the future|later|one day|someday|years (?:from now|away|ahead))\b.*\b(?:it|they|that|this)"
    r"(?: isn't|'s not| is not| wasn't| aren't| are not|'re not| ain't))\b"
)
# * a will or an insurance made as a routine of adult life, at a solicitor's or for the family ("sorted my will out
#   today at the solicitor's, feels good to be organised at 40");
ROUTINE_AFFAIRS = re.compile(
    r"\b(?:will|wills|life insurance|power of attorney|lpa|funeral plan)\b(?=.*\b(?:solicitor\w*|lawyer|notary|advis[eo]r"
    r"|mortgage|new baby|the baby|married|wedding|bought a house|grown up|adulting|organised|organized|responsible"
    r"|feels good|peace of mind|at (?:[3-9]\d)|turned (?:[3-9]\d)|for the kids|in case (?:anything|something) happens"
    # session 48 (msg24): after a death in the family, as the bereaved do ("sorted out my will after my dad died")
    r"|after (?:my|our|his|her) (?:\w+ )?(?:died|passed|death|funeral)|probate|executor|inheritance)\b)"
)
# * a goodbye said to someone who died, at the funeral, the grave or with the ashes ("we scattered grandad's ashes and
#   said our goodbyes to him");
GRIEF = re.compile(
    r"\b(?:funeral|ashes|buried|burial|bury|memorial|wake|grave|graveside|cremat\w*|passed away|passed on|died|death of"
    r"|lost (?:my|our)|put (?:\w+ ){0,2}?(?:down|to sleep)|rip)\b(?=.*\b(?:goodbyes?|farewell|bye|miss (?:him|her|them"
    r"|you)|letter to (?:him|her|them)|card for (?:him|her|them))\b)"
    r"|\b(?:goodbyes?|farewell|bye) (?:\w+ ){0,3}?(?:to|for) (?:him|her|them|grandad|grandpa|grandma|nan|nana|gran|mum|mom"
    r"|dad|my \w+|our \w+)\b(?=.*\b(?:funeral|ashes|buried|burial|grave|cremat\w*|passed|died|memorial)\b)"
)
# * sleep for a length, as the tired say it ("i could sleep for a year", "hibernate till spring").
SLEEP_FOR_A_LENGTH = re.compile(
    r"\b(?:could|want to|wanna|need to|going to|gonna|would|i'd|plan(?:ning)? to) (?:\w+ )?(?:sleep|hibernate|nap|stay"
    r" in bed|lie in)(?: \w+)? (?:for (?:a |an |\d+ |two |three |the next |the whole )?(?:days?|weeks?|weekend|months?"
    r"|years?|hours?|century)|all (?:day|week|weekend|winter)|(?:until|till) (?:monday|spring|christmas|next week|the"
    r" weekend|noon|lunch|the holidays))\b|\bhibernat\w*"
    # session 48 (msg24): not getting up until a day named, as the worn out say it ("going to bed and not getting up till
    # sunday")
    r"|\b(?:not|never|won't be|i'm not|im not) (?:getting|get|gonna get|going to get) (?:up|out of bed) (?:till|until|before)"
    r" (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|noon|lunch|tomorrow|next week)\b"
)


def _safety_told(t: str) -> tuple[str, set[str]] | None:
    """`t` (normalised) without what tells a look-alike above, and the kinds of signal that look-alike says itself (the
    means given to be kept, things given away, a goodbye), or None when it tells none. Things given away or the means
    handed over are that look-alike only with no time or decision beside them ("giving all my things to charity this
    week, i won't be needing them after sunday" is a plan)."""
    if RECOVERED.search(t) and not _RELAPSED.search(t):
        # and with no time or decision beside it (count_sets, session 45: a risk message told the days clean and a time)
        return None if signal_kinds(t) & MODIFIERS.keys() else (RECOVERED.sub(" ", t), set())
    # round 22: what a trip, a move, a reason, a routine or a funeral says (a goodbye, things given or settled) is theirs,
    # whatever time is named beside it ("flying out tomorrow"); a decision or another kind of risk still counts
    if (says := _said_by_a_reason(t)):
        return t, says
    for pattern, says in ((MEANS_KEPT_SAFE, {"affairs"}), (DECLUTTER, {"affairs"}),
                          (FAREWELL_FOR_OTHER, {"finality"}), (RESTING, set()), (SLEEP_FOR_A_LENGTH, set())):
        if pattern.search(t):
            if "affairs" in says:  # read whole: the giving away is the signal's own wording
                return t, set() if signal_kinds(t) & MODIFIERS.keys() else says
            return pattern.sub(" ", t), says
    return None


def everyday_frame(text: str, *, endings: bool = True) -> bool:
    """Seventeenth round: a look-alike by what it is about, with no risk signal beside it: an everyday thing that ends (a
    job, an exam, a relationship, a season: `EVERYDAY_ENDING`), medicines or things got rid of (`DISPOSAL`), a work's
    quoted line asked about (read without the quoted words), or someone else's risk asked about (`HELPING`). Read before
    the prototypes as well as the heads (`self_harm_risk`): "my friend said she's been giving her stuff away, what
    should i do" sat nearer a giving-away prototype than any look-alike."""
    unquoted = unquoted_work(text)
    t = normalise(unquoted)
    # round 21: self-harm told as over, the means kept safe, a clear-out, a goodbye for someone else, tiredness with sleep:
    # what is left beside it is read for a risk signal (the giving away and the goodbye are what these say)
    if (told := _safety_told(t)) is not None:
        rest, says = told
        return _no_risk_signal(rest, goodbye_said_of=False, says=says) and not distressed(rest) and not _despaired(rest)
    if play_or_memory(unquoted):  # a jump for play or an accident remembered (session 47)
        return True
    ending = endings and bool(EVERYDAY_ENDING.search(t))
    # (session 52: not an everyday use the writer denies, "razors today and not for shaving": tune round 23)
    everyday_use = bool(EVERYDAY_USE.search(t)) and not _NOT_FOR_USE.search(t)
    framed = ending or DISPOSAL.search(t) or everyday_use or hurt_by_accident(t) or unquoted != text \
        or HELPING.search(t) and _THIRD_PERSON_DOES.search(t)
    if not framed or not _no_risk_signal(unquoted, goodbye_said_of=ending) or distressed(unquoted):
        return False
    # nor despair beside it ("my last exam is tomorrow and after that nothing matters"), as the pain idiom's rest is read
    return not _despaired(unquoted)


def _despaired(text: str) -> bool:
    from medassist.model.safety.conversation_state import despaired  # it reads this module's cues

    return despaired([text])


# Round 21: low, with the help already arranged ("feeling really low since the breakup but im seeing my gp tuesday and my
# sister is staying over"): distress, answered with the crisis line, not the emergency reply
SUPPORTED = re.compile(
    r"\b(?:(?:seeing|see|booked|booking|appointment with|called|calling|rang|talking to|speaking to|spoke to|meeting)"
    r" (?:my |the |a )?(?:gp|doctor|therapist|counsellor|counselor|psychiatrist|psychologist|crisis team|care coordinator"
    r"|mental health (?:nurse|team))|(?:my )?\w+ (?:is|are|'s) (?:staying|coming) (?:over|with me|round|to stay)"
    # session 51 (msg27): a group found or joined ("ive found a grief group now")
    r"|(?:found|joined|join|go to|going to|started|attend\w*) (?:a |the |my )?(?:grief|support|bereavement|peer|widows?"
    r"|widowers?) (?:group|circle|meeting|cafe|café)s?)\b"
)


# Session 52 (msg28, tune round 23, dev26): three more look-alikes told by what they ask, each read only with no risk
# signal beside it: a way home or a timetable asked ("whats the best way home from town late on a saturday": 0.86-0.88 on
# the heads by its last train), when one may do a thing again after an operation ("how soon can i walk on my own after
# my knee op": "dont want anyone to have to look after me" read as burden, 0.92-0.96), and a character of a game, show or
# book ("my character in the game ... in the last cutscene": 0.92)
JOURNEY_ASKED = re.compile(
    r"\b(?:(?:best|quickest|fastest|cheapest|safest|easiest) (?:way|route) (?:home|back|there|into town|to get (?:home|back"
    r"|there|to)|to (?:the )?(?:station|airport|town|city|centre|center|hospital))"
    r"|how (?:do|can|should|would) (?:i|we) get (?:home|back|there)|(?:train|bus|tram|ferry) (?:times|timetable)"
    r"|night bus|(?:last|next) (?:train|bus|tram) home)\b"
)
_OPERATION = r"(?:op|operation|surgery|replacement|procedure|c section|caesarean|keyhole|stitches)"
RECOVERY_ASKED = re.compile(
    rf"\b(?:after|since|following) (?:my|the|his|her) (?:\w+ ){{0,2}}?{_OPERATION}\b(?=.*\b(?:how (?:soon|long)|when (?:can"
    rf"|could|will|should) (?:i|she|he))\b)|\b(?:how (?:soon|long)|when (?:can|could|will|should) (?:i|she|he))\b(?=.*\b"
    rf"(?:after|since|following) (?:my|the|his|her) (?:\w+ ){{0,2}}?{_OPERATION}\b)"
)
A_CHARACTER = re.compile(
    r"\b(?:(?:my|the|a|this|that|his|her|main) (?:main )?characters? (?:in|from|of) (?:the|this|that|a|my) (?:\w+ )?"
    r"(?:game|show|film|movie|book|series|novel|anime|manga|comic|play)|cutscene|cut scene|season finale)\b"
)
# an everyday use denied ("and not for shaving"): the thing is a means again (`everyday_frame`)
_NOT_FOR_USE = re.compile(r"\b(?:not|isn't|wasn't|ain't|aren't) (?:really |exactly )?for\b")


# Session 52 (msg28, tune round 23): the signals told of someone else, in a question of how to help them ("my best mate has
# been giving his stuff away and said he wont be around after friday. im scared, how do i help him"): each clause's words
# from a third person on ("he wont be around after friday"), where no word of the writer's own is, are that person's
_FROM_A_THIRD_PERSON = re.compile(r"\b(?:he|she|they)(?:'s|'d|'ll)?\b.*$")
_WRITER = re.compile(r"\b(?:i|i'm|i've|i'll|i'd|me|myself|my|mine)\b")


def without_others_words(text: str) -> str:
    """`text` (normalised) with each clause's words from a third person on taken out where they hold no word of the
    writer's own (`_FROM_A_THIRD_PERSON`)."""
    kept = []
    for clause in re.split(r"[,.;!?\n]+", text):
        t = normalise(clause)
        said = _FROM_A_THIRD_PERSON.search(t)
        kept.append(t[:said.start()] if said and not _WRITER.search(said.group(0)) else t)
    return " ".join(k for k in kept if k.strip())


def helping_with_others_risk(text: str) -> bool:
    """Someone else's risk asked how to help (`HELPING`, a third person doing or saying it), with no kind of risk signal
    left in the writer's own words (`without_others_words`)."""
    t = normalise(text)
    return bool(HELPING.search(t) and _THIRD_PERSON_DOES.search(t)) \
        and _no_risk_signal(without_others_words(text), goodbye_said_of=False)


def lone_alarm_framed_off(text: str) -> bool:
    """A self-harm LOOK-ALIKE the learned heads alone alarm on (venting, "goodbye ... for 2 weeks, going off grid", a
    question about a song's lyrics): an explicit frame that is no risk — a joke's mark, a song or film asked about, an
    absence with an end — and no risk signal of any kind beside it (a goodbye is what an absence says: finality alone
    counts for nothing beside one), or an everyday frame (`everyday_frame`). Never what the rules read; a risk cue keeps
    the head's word."""
    t = normalise(text)
    if everyday_frame(text) or HELPING.search(t) and _THIRD_PERSON.search(t) and _no_risk_signal(text, goodbye_said_of=False):
        return True
    # (session 52: the signals all in someone else's words, asked how to help them)
    if helping_with_others_risk(text) and not distressed(without_others_words(text)):
        return True
    absence = bool(_ABSENCE_ENDS.search(t))
    if not _no_risk_signal(text, goodbye_said_of=absence):
        return False
    return bool(
        absence or _JOKE_MARKS.search(text) or _OWN_JOKE.search(t) or SONG.search(t) or FILM.search(t)
        # fourteenth round: hyperbole, a question about suicide as a topic (a frame of grief was tried and dropped: it
        # took a held-out risk message's alarm off); someone else's risk asked about is `everyday_frame`'s
        or HYPERBOLE.search(t)
        or about_self_harm_as_a_topic(text)
        or SUPPORTED.search(t)
        or JOURNEY_ASKED.search(t) or RECOVERY_ASKED.search(t) or A_CHARACTER.search(t) or VIEW_OR_OUTING.search(t)
    )


def _said_by_a_reason(t: str) -> set[str]:
    """The kinds of signal a trip, a move, a reason for giving away, a routine will or a funeral says itself (round 22);
    none when the trip or the move is told as a cover."""
    if COVER_STORY.search(t):
        return set()
    # (session 52: amends before a move are made as before a death, "made sure i said sorry to everyone")
    return set().union(*(says for pattern, says in ((TRIP_OR_MOVE, {"finality", "affairs", "absolve"}),
                                                    (GIVEN_FOR_A_REASON, {"affairs"}), (ROUTINE_AFFAIRS, {"affairs"}),
                                                    (GRIEF, {"finality"}),
                                                    # session 51 (msg27)
                                                    (NOTE_FOR_AN_OCCASION, {"affairs", "finality"}),
                                                    (VIEW_OR_OUTING, {"place", "finality"}),
                                                    (PRACTICAL_HELP, {"burden"}),
                                                    (A_BREAK, {"affairs"}),
                                                    (GAME_OR_DEBT_DONE, {"affairs"})) if pattern.search(t)))


def kinds_told(text: str) -> frozenset[str]:
    """The kinds of signal `text` carries less those a trip, a move, a reason or a funeral in it says (round 22), and
    less the means when the thing is named with its everyday use and nothing else is a means (session 50: "ive got the
    rope swing in my wardrobe", "the rope and straps for the van": `EVERYDAY_USE`)."""
    t = normalise(text)
    return signal_kinds(text) - _said_by_a_reason(t) - _means_of_everyday_use(t)


_USED_THINGS = re.compile(r"\b(?:rope|ropes|cord|razor|razors|blade|blades)\b")


def _means_of_everyday_use(t: str) -> set[str]:
    """{"means"} when the only means in `t` (normalised) is a rope or a blade named with its everyday use
    (`EVERYDAY_USE`); nothing otherwise."""
    # (nor when the use is denied: "bought a rope today, not for camping" is meaning7's self-harm message)
    return {"means"} if EVERYDAY_USE.search(t) and MEANS.search(t) and not MEANS.search(_USED_THINGS.sub(" ", t)) \
        and not _USE_DENIED.search(t) else set()


_USE_DENIED = re.compile(r"\b(?:not|isn't|wasn't|ain't|nothing to do with|no) (?:\w+ ){0,2}?(?:for|to)\b")


def combined_signals(text: str) -> bool:
    """Two kinds of risk signal, or one and a time or a decision, or a kind that says it all alone (an ending told as a
    decision or a reunion), not framed off. The kinds a trip, a move, a reason or a funeral says are theirs (round 22:
    "sorted my will out today at the solicitor's" is affairs and a time)."""
    kinds = kinds_told(text)
    risk = len(kinds & RISK_KINDS.keys())
    told = risk >= 2 or (risk >= 1 and bool(kinds & MODIFIERS.keys())) or bool(kinds & COMPLETE_KINDS)
    return told and not framed_off(text)


# Session 44: hopelessness in the words people use beside a means ("it gets better but it doesnt", "whats the point in
# trying anymore", "so done with life", "no way out"), wider than `distress.distressed`, read only with a means or a place
HOPELESS = re.compile(
    r"\b(?:(?:it|things|life|nothing)(?: \w+){0,2} (?:never|doesn't|does not|won't|will not|isn't going to|is never going"
    r" to|ain't gonna) (?:gets? |going to get |gonna get )?(?:better|change|improve)|nothing(?:'s| is| will)? (?:ever )?"
    r"(?:going to |gonna )?(?:change|get better|improve)|gets? better but it (?:doesn't|does not"
    r"|never does)|what(?:'s|s| is) the point|no point (?:in )?(?:trying|anymore|any more)|(?:so |completely )?done with (?:life"
    r"|everything|it all)|tired of (?:everything|it all|life|living)|can't (?:do this|do it|take this|take it|go on|cope)(?: any ?more"
    r"| another)?|no way out|waste of space|nothing (?:left|matters)|(?:i'm|i am|feel|feeling) (?:so |completely )?"
    r"(?:hopeless|worthless|empty)"
    # session 50: as it is said in the writer's other language or dialect ("yo no puedo más", "mi tired fi live")
    r"|no puedo m[aá]s|ya no puedo|tired fi (?:live|life|living))\b"
)


def told_alone(text: str) -> bool:
    """A kind that says the whole of it alone (an ending told as a decision, a lethal amount asked of one's own supply or
    "out of curiosity", self-injury told as done, injuries hidden), not framed off. Its own wording is the frame a
    curiosity disclaimer sets ("just curious, how many of my sertraline would it take to not wake up"), so the
    conversation's frames do not take it off (`check._read_red_flags`; fourteenth round)."""
    kinds = signal_kinds(text)
    # session 44: or a means at hand or a place beside hopelessness ("everyone keeps saying it gets better but it doesnt.
    # the razor blades are in my pencil case"): distress alone is answered with the crisis line, with the means it is a plan
    hopeless_with_means = bool(kinds & {"means", "place"}) and (distressed(text) or bool(HOPELESS.search(normalise(text))))
    return bool(kinds & COMPLETE_KINDS or hopeless_with_means) and not framed_off(text)
