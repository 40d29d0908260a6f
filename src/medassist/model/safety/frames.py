"""Frames that make a red-flag message something other than an emergency now (GitHub issue 21):
fiction, training and first-aid coursework, a clearly dated past event (someone else's past care
included), and a pet as the one at risk. All read already-normalised text (`text.normalise`).

The cues are narrow on purpose: a frame switches a red flag off, so a word that could just as well
be part of a real emergency ("class", "game", "story" of what happened) is not one.
"""

from __future__ import annotations

import re

from medassist.model.safety.text import normalise

# Fiction: something watched, read, played or written.
# A likeness, not a frame: "like a dream", "like a bad nightmare", "as if in a dream" (twelfth round).
_NO_SIMILE = r"(?<!like a )(?<!like )(?<!like a bad )(?<!like a living )(?<!a living )(?<!as if in a )(?<!as in a )"
FICTION = re.compile(
    # session 53 (first29): a hospital show by its name ("on grey's last night some guy flatlined"), a game by its title
    # after "playing", a stage part and its act in words ("i'm an actor playing a man who has a stroke ... in act two")
    r"\b(?:on grey'?s|greys anatomy|(?:on|watching|watched) (?:last night'?s |tonight'?s )?(?:holby|chicago med|the pitt"
    r"|scrubs|house md|the good doctor|new amsterdam|the resident|call the midwife|one born every minute|24 hours in a ?e)"
    r"|playing (?:the last of us|gta|minecraft|fortnite|roblox|call of duty|the sims|skyrim|elden ring|resident evil"
    r"|red dead|cyberpunk|zelda|halo|dayz|rust)|act (?:one|two|three|four|five|i|ii|iii|iv|v)"
    r"|(?:i'm|i am|as) an? (?:actor|actress) (?:playing|in)|playing (?:a|the) (?:\w+ ){0,2}?(?:part|role|character) of)\b"
    r"|\b(?:tv (?:show|drama|series)|on tv|(?:the|a|that) (?:show|series|episode|film|movie|sitcom|soap|drama)"
    r"|hospital drama|grey'?s anatomy|netflix|in (?:the|a|my|this) (?:film|movie|novel|book|story|game|video game"
    r"|script|screenplay|scene|play|comic|manga|anime|fanfic)|(?:my|the|a|his|her) (?:character|villain|hero"
    r"|protagonist|main character)|(?:short )?story where|(?:writing|wrote|write) (?:a|my|the) (?:short )?(?:story|novel|book"
    r"|script|screenplay|scene|fanfic|chapter)|screenplay|fan ?fic\w*|dnd|d and d|roleplay\w*|role play\w*"
    r"|act \d|in the plot|(?:watching|watched|reading) (?:\w+ ){0,3}(?:show|series|film|movie|episode|book|drama"
    r"|anatomy))\b"
    # issue 21, second round: screen and page genres, games by kind, fan works and roleplay
    r"|\b(?:k ?drama|c ?drama|anime|manga|cartoon|sitcom|soap opera|documentary|webtoon|wattpad|fanfic|fan fiction"
    r"|(?:video|computer|zombie|horror|shooter|survival|mobile|online|vr|rpg|hospital|surgeon|surgery|doctor)"
    r" (?:game|sim|simulator)|(?:rp|roleplay) (?:server|scene|channel)|my oc|our oc|(?:my|the) (?:sim|avatar)"
    r"|(?:season|series|episode|ep|chapter|ch) \d+|(?:in|on) (?:gta|minecraft|fortnite|roblox|call of duty|the sims"
    r"|skyrim|elden ring|resident evil|the last of us)|playing (?:\w+ ){0,3}(?:game|sim|simulator)"
    r"|(?:binging|bingeing|rewatching|rewatched|re watching)|(?:watching|watched|binge watching|reading|read) (?:\w+ ){0,3}(?:anime|manga|kdrama|k drama"
    r"|documentary|cartoon|video|clip|tiktok|youtube)|(?:that|a|the) skit|pretend(?:s|ing)? to)\b"
    # issue 21, third round: "that scene in the bear", "the guy in the new marvel film"
    r"|\b(?:that|the|this|a) scene\b|\b(?:the|a|that|this) (?:\w+ ){1,3}(?:film|movie|series|episode|sitcom|anime"
    r"|manga|novel|comic|cartoon|documentary)\b"
    # issue 21, fourth round: a show or game by its kind ("the zombie show"), reruns and episodes,
    # a writer's own work and its people ("my novel's narrator", "my outlaw", "our party's wizard"),
    # tabletop games, and what is written, read or watched by its genre ("writing a western")
    r"|\b(?:(?:the|a|that|this) (?:\w+ ){1,3}(?:show|game|book|play|musical|webcomic|fanfic|fic|thriller)"
    r"|re ?runs?|(?:the|this|that|last|latest|new|next|an) ep|(?:season |series )?finale|spoilers?|plot twist"
    r"|cut ?scene|boss fight|npc|ttrpg|in character|ooc|in game|\w+'s (?:character|char|oc)|tabletop|pathfinder|warhammer|campaign|webcomic|(?:my|our|the) (?:\w+ )?sesh"
    r"|(?:my|our) (?:\w+'s )?(?:novel|book|comic|story|script|screenplay|fic|fanfic|play|campaign|party|char"
    r"|chars|characters?|oc|ocs|npc|rogue|wizard|cleric|paladin|bard|ranger|warlock|druid|barbarian|sorcerer|monk"
    r"|knight|outlaw|narrator|heroine|antagonist|protagonist|detective|villain|mc|world ?building)"
    r"|(?:writing|wrote|drafting|plotting|outlining|working on) (?:a|an|my|the|this|our) (?:\w+ ){0,2}?(?:story"
    r"|novel|book|script|screenplay|scene|fanfic|fic|chapter|western|thriller|horror|comic|play|musical|episode"
    r"|sketch|short)|(?:novel|book|story|fic|script|comic) (?:i'm|im|i am|we're) (?:writing|drafting|plotting)"
    r"|for (?:my|a|our|the) (?:\w+ )?(?:story|novel|book|fic|fanfic|script|screenplay|comic|campaign|game|play)"
    r"|(?:watching|watched|rewatching|reading|read|binged|binging|playing|played|finished) (?:\w+ ){0,3}?(?:thriller"
    r"|horror|novel|comic|book|show|reruns?|ep|episodes|season|finale|series|saga|trilogy|audiobook|podcast))\b"
    # issue 21, fifth round: what is heard (podcasts, audiobooks, true crime), what the writer makes
    # besides stories (a song, a poem, lyrics, from someone's point of view), fan works in progress,
    # being made to watch something, and a work named by its genre before "i just finished"
    r"|\b(?:podcasts?|pod (?:ep|episode)|true crime|audiobooks?|audio ?drama|radio (?:drama|play)|ao3|wip|nanowrimo"
    r"|listening to (?:\w+ ){0,3}?(?:podcast|pod|audiobook|book|story|drama)"
    r"|(?:writing|wrote|doing|recording|working on|for) (?:a |an |my |the |some |this )?(?:\w+ ){0,2}?(?:song|poem|poetry"
    r"|lyrics|rap|verse|monologue|spoken word|sketch)|(?:song|poem|lyrics|rap|story|fic|scene|monologue)"
    r" (?:from|in|through) (?:the )?(?:pov|point of view|perspective|eyes) of|(?:from|in) (?:the )?pov of"
    r"|(?:poem|song|story|essay|piece|monologue) for (?:english|drama|class|school|uni|college|my \w+)"
    r"|(?:has|have|had|got|making|made|make) (?:me|us) (?:watching|watch|reading|read|playing|play|hooked on"
    r"|listening to|binge)"
    r"|(?:novel|book|thriller|film|movie|show|series|story|comic|manga|podcast|audiobook|game) (?:i|we|i've|we've)"
    r" (?:just |literally |finally )?(?:finished|read|watched|saw|listened to|heard|binged|started|played|beat)"
    r"|(?:my|our) (?:\w+ )?(?:detectives|leads|heroes|villains|protagonists|mcs|narrators))\b"
    # issue 21, sixth round: works staged, attended or played by their kind (an opera, a panto, a LARP,
    # an escape room, a murder mystery), screen genres by other names (a doco, a telenovela), music by
    # its form (a drill verse, a grime track), and a work's parts by their place in it ("the whole last
    # act", "a level where", "a verse about"): the structure of a work, whatever it is called
    r"|\b(?:operas?|ballet|panto|pantomime|musical theatre|am ?dram|drama (?:society|club|group|class)|improv"
    r"|larp\w*|escape rooms?|murder mystery|cosplay|re ?enactment|docos?|docu ?series|docu ?drama|docudrama"
    r"|documentar\w+|telenovelas?|novelas?|web ?series|mini ?series|reality (?:show|tv|series)"
    r"|(?:drill|grime|rap|diss) (?:verse|track|tune|song|bars?|lyrics?)"
    # (session 51, msg27: not "it's giving final chapter", slang for what a thing evokes, said of the writer's own post)
    r"|(?<!giving )(?:the |a |an |this |that )?(?:first|second|third|fourth|last|final|opening|closing|whole|next|previous"
    r"|penultimate) (?:act|scene|chapter|episode|ep|season|series|page|verse|panel|level|mission|quest|cutscene"
    r"|stanza|movement)"
    r"|(?:a|one|the|this|that|there's a|theres a) (?:line|scene|chapter|episode|verse|panel|page|level|mission|quest"
    r"|storyline|subplot|arc|stanza|bar) (?:about|where|in which|when)|(?:act|page|scene|chapter|level|panel) \d+)\b"
    # a dream or a nightmare: no event now, whoever is in it; not one the writer likens now to ("it's like a dream i
    # can't wake from, i cant breathe": a comparison is how it feels, no frame; twelfth round)
    rf"|{_NO_SIMILE}\b(?:dream\w*|dreamt|nightmares?)\b"
    # issue 21, eighth round: a message that opens on watching or rereading something, not someone ("watching the
    # bear, richie slices his palm open"), a game's world or run, a tabletop one-shot's investigator, a video
    # maker's stunt ("that survival youtuber got hypothermia on camera")
    r"|^(?:just |currently |still |finally )?(?:watching|rewatching|re watching|rereading|re reading|replaying|binging"
    # (ninth round: and in the past, "watched the new 'one born every minute' and a baby ...")
    r"|bingeing|streaming|watched|rewatched|binged|finished watching)\b(?! (?:my|him|her|them|his|their|over|out|for|the (?:baby|kids?|news)|a (?:baby|kid|child)))"
    r"|\b(?:hardcore|survival|creative|modded|multiplayer|co ?op) (?:\w+ )?(?:world|mode|server|run|playthrough|save"
    r"|map)\b|\b(?:playthrough|speed ?run\w*|one ?shot (?:tonight|campaign|game|session|adventure)|oneshot"
    r"|(?:my|our) investigators?|youtubers?|streamers?|tiktokers?|vloggers?|influencers?|on stream)\b"
    # issue 21, ninth round: who runs a table game ("gm for my call of cthulhu game here", "our dm"), its people by
    # their role ("the investigator", "my party", "the pcs"), a game's people by the game's kind ("my sims kid",
    # "my toon"), and a book by its author ("finished the heart by maylis de kerangal")
    r"|\b(?:gm|dm|game master|games master|dungeon master|keeper|storyteller)(?: (?:here|for|of|running|says|said|for our"
    r"|for my))\b|\b(?:gming|dming|running) (?:a|my|our|the) (?:\w+ ){0,4}?(?:game|campaign|session|table|one ?shot|module)\b"
    r"|\b(?:the|my|our) (?:investigators?|pcs?|adventurers?|player characters?)\b|\b(?:my|our|the) sims? \w+"
    r"|\b(?:my|our) (?:toon|toons|villager|villagers|pawn|pawns|colonist|colonists)\b"
    r"|\b(?:finished|finishing|reading|read|reread|listening to|loved|started) (?:\w+ ){1,5}?by (?!(?:the|a|an|my|his|her|their"
    r"|our|your|myself|himself|herself|themselves|now|then|tomorrow|tonight|today|\d)\b)[a-z]+ [a-z]+"
    # issue 21, eleventh round: D&D as the normaliser spells it ("d d"), a game's rules of life and death ("at 0 hp",
    # "death saves", "respawn"), a music video, an idea for a work ("song lyric idea:"), and someone else's work by
    # what it is about ("my favourite band's new song is about a girl who overdoses")
    r"|\b(?:my|our|the|a|in|playing|of|for) d d\b|\b(?:0|zero) hp\b|\bdeath sav\w+|\bhit points\b|\brespawn\w*"
    r"|\bhealth bar\b|\bmusic videos?\b|\b(?:the|a|this|that|their|new) (?:\w+ ){0,2}?mv\b"
    r"|\b(?:song|lyric|lyrics|poem|story|plot|script|scene|fic|book|novel|screenplay|chapter) ideas?\b"
    r"|\b(?:band|singer|rapper|artist|author|writer|director|show|film)'?s (?:\w+ ){0,2}?(?:song|track|album|book|novel"
    r"|film|movie|show|video|mv|single) (?:is|was|'s) (?:all )?about\b")
# Issue 21, fifth round: a stranger's story told in the present simple, as plots are ("guy gets
# stabbed and walks home", "a lady bleeds loads after the birth", "the husband gets poisoned"): only
# with no first person, nothing acute and no call for help in the message (see `narrated`).
NARRATIVE = re.compile(
    r"\b(?:guy|girl|man|woman|lady|dude|bloke|lad|kid|boy|character|hero|heroine|villain|husband|wife|victim"
    r"|soldier|cop|detective|king|queen|prince|princess|he|she) (?:\w+ ){0,3}?(?:gets (?:\w+ )?(?:shot|stabbed|sliced"
    r"|cut|hit|bitten|stung|poisoned|impaled|run over|hanged|strangled|electrocuted|burn(?:ed|t)|blown up|thrown"
    r"|beaten|attacked|drowned|infected|hurt|injured|wounded)|bleeds|dies|collapses|drowns|chokes|overdoses|ods"
    r"|drops dead|keels over|passes out|swallows|flatlines)\b"
    r"|\blike nothing happened\b|\bwalks? it off\b"
    # issue 21, sixth round: whoever the subject is (a name, "one climber"), an event told in the third
    # person's present simple is told as plots are ("violetta coughs ... and dies"); a person of the
    # writer's, anything acute now or a call for help still rules it out (see `narrated`)
    r"|\b(?:coughs|vomits|throws up|faints|convulses|fits on|seizes up|collapses|dies|bleeds out|drowns"
    r"|chokes on|overdoses|drinks (?:\w+ ){0,2}?(?:poison|bleach|lye|acid|antifreeze|hemlock)|swallows"
    r"|gets (?:knifed|shanked|mauled|trampled|crushed|trapped|pinned|poisoned|bitten|stabbed|shot))\b")
# Issue 21, third round: asking whether something is realistic is what people ask of what they
# watched, read or played, whatever its title ("in squid game a guy gets shot and keeps walking, is
# that realistic", "the queen bleeds to death giving birth, could that happen nowadays"). It frames
# the message as fiction only when nobody of the writer's own is in it (see `triage.framing`).
REALITY_CHECK = re.compile(
    r"\b(?:irl|in real life|realistic\w*|(?:medically |even |that |it )accurate|is (?:that|it|this) (?:even |actually"
    r" |really )?(?:real|realistic|possible|a (?:real )?thing|true|accurate)|(?:could|can|would|does|do|did) (?:that"
    r"|this|it|they|you|people|doctors|paramedics|someone|a person|anyone) (?:\w+ )?(?:really|actually|even)"
    r" (?:happen|work|do|survive|die|bleed|bring|save|live|look)|could (?:that|this|it) (?:\w+ )?happen|nowadays"
    r"|for real life"
    # issue 21, fourth round: the realism question by its shape, whatever its subject ("is hypothermia
    # really that quick", "do defibs actually restart a heart", "did that actually happen"), and a
    # writer wanting the detail right
    r"|(?:is|are|was|were|does|do|did|can|could|would|will) (?:\w+ ){1,3}?(?:really|actually|realistically|even)"
    r" (?:that|so|this|like that|like this|happen\w*|work\w*|possible|a thing|real|true|how|restart\w*|survive"
    r"|keep\w*|look\w*|last|swell|bleed|die|go|take)"
    r"|is (?:that|this) (?:\w+ )?(?:likely|how it (?:works|goes)|what (?:really|actually) happens)|made up|for (?:the )?drama"
    r"|(?:tv|movie|film|hollywood) (?:magic|logic)|how (?:realistic|accurate)|(?:get|got|getting) (?:it|this|that|the \w+)"
    r" right|(?:want|need) (?:it|this) (?:to be )?(?:accurate|realistic|right)|describe (?:it|this|that) (?:right"
    r"|accurately|realistically)|(?:accurate|realistic|believable) for)\b")
# Issue 21, fourth round: a plot told in the present simple after the work's title, whatever it is
# called ("in titanic jack freezes to death", "in euphoria rue ods and her heart stops"): a message
# that opens with "in" and a word that is no place, state or determiner. Only with nobody of the
# writer's own in it and nothing happening now (see `triage.framed_as_fiction`).
PLOT = re.compile(
    r"^(?:(?:so|ok|okay|bro|lol|lmao|like|um|wait|omg|random q|q|question|quick q|hey|yo|ngl) )*in (?:the )?(?!(?:the|a|an|my"
    r"|our|his|her|their|your|this|that|these|those|pain|agony|labou?r|shock|tears|trouble|hospital|hosp|bed|bath"
    r"|town|school|work|class|church|public|front|there|here|case|general|theory|fact|short|total|danger|distress"
    r"|care|surgery|resus|icu|recovery|remission|and|on|at|to|with|between|a e|er|a|the|car|bus|train|house|home"
    r"|kitchen|garden|toilet|loo|shower|gym|pool|park|shop|store|office|uni|college|bits|pieces|and|or|so|it|one"
    r"|two|\d+|\w+day|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|spring"
    r"|summer|autumn|winter|fall|lockdown|covid|hindsight|future|past|person|real|reality|theory"
    # issue 21, sixth round: "in the <title> <someone> <does>" too, so places and times after "in the"
    r"|night|morning|mornings|evening|evenings|afternoon|middle|end|meantime|moment|back|queue|street|road|lift"
    r"|waiting|garage|bedroom|bathroom|living|lounge|hall|hallway|stairs|playground|field|woods|sea|water|river"
    r"|lake|sun|heat|cold|rain|snow|dark|same|last|first|next|other|whole|world|uk|us|city|country|supermarket"
    r"|pub|restaurant|cafe|club|canteen|corridor|ward|waiting room|ambulance|back seat|front seat|shops?|days?"
    r"|weeks?|months?|years?|past|early|late|wee|small|process|way|space|gap|hours?)\b)[a-z][\w']*"
    r"(?: [\w']+){0,3}? (?:[a-z]+s)\b")
FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|myself|we|we're|our|us)\b")
# Issue 21, ninth round: the writer as the audience or the author of a story, not as anyone in it ("my heart was
# pounding", "it hit me hard", "so i can describe it at the table", "i want the scene accurate"): said in the past
# of a reaction, or of a purpose that is writing, playing or describing, so no symptom of the writer's now.
AUDIENCE = re.compile(
    r"\b(?:my heart was (?:pounding|racing|in my mouth|breaking|in bits)|my jaw (?:dropped|was on the floor)"
    r"|i (?:was|were) (?:\w+ )?(?:shook|shaking|crying|screaming|sobbing|gasping|in tears|in bits|on the edge of my seat"
    r"|hooked|gripped|glued to (?:it|the screen))|i (?:literally |actually |genuinely )?(?:cried|screamed|gasped"
    r"|sobbed|bawled|teared up|shrieked|jumped|flinched|had to look away|couldn't watch|couldnt watch)"
    r"|(?:it|that|this|that scene|that bit|that episode|the ending|that chapter) (?:\w+ )?(?:hit|got|wrecked|destroyed"
    r"|broke|gutted) me(?: (?:hard|bad|so hard))?|(?:had|left|got) me (?:crying|shook|in tears|in bits|screaming"
    r"|sobbing|gasping|traumatised|traumatized)|(?:made|make|makes) me (?:cry|sob|tear up|think|sad|anxious)"
    r"|so (?:that )?(?:i|we) can (?:describe|write|draw|animate|act|play|portray|narrate|depict|show|stage|film"
    r"|explain it to (?:my|the|our) (?:players|readers|table|group|cast|audience|class)|get (?:it|this|the \w+) right)"
    r"|(?:i|we) (?:want|need|wanna) (?:it|this|the (?:\w+ )?(?:scene|chapter|bit|description|fight|death)) (?:to (?:be|look|sound|feel) )?"
    r"(?:accurate|realistic|right|believable|convincing)|(?:at|for|to) (?:the|my|our) (?:table|players|readers|audience"
    r"|cast|group chat))\b")


def as_audience(t: str) -> str:
    """`t` with the writer's place as audience or author taken out (see AUDIENCE)."""
    return AUDIENCE.sub(" ", t)


def first_person(t: str) -> bool:
    """The writer is in `t` otherwise than as a story's audience or author."""
    return bool(FIRST_PERSON.search(as_audience(t)))
# Training: a course, an exam question, teaching others, a practice scenario.
TRAINING = re.compile(
    # session 53 (first29): a first-aid body's course by its name, and what the class practised ("st john ambulance course,
    # we practised packing a deep wound with heavy bleeding" alarmed as bleeding)
    r"\b(?:st johns?(?: ambulance)? (?:course|class|training|first aid|session)|red cross (?:course|class|training|first aid)"
    r"|(?:we|i|they) (?:practi[sc]ed|rehearsed|were taught|got taught|were shown|learnt|learned) (?:how to )?(?:pack\w*"
    r"|cpr|back blows|chest compressions|the recovery position|tourniquets?|bandag\w*|splint\w*|(?:using|to use) (?:an? )?"
    r"(?:epi ?pen|defib\w*|aed|tourniquet)))\b"
    r"|\b(?:first aid (?:course|class|exam|training|refresher|question)|(?:cpr|bls|als|lifeguard|defib\w*|epi ?pen)"
    r" (?:course|class|training)|(?:course|training|refresher|assessment|placement|revising|revision) (?:tomorrow|today"
    r"|question|scenario)|practice scenario|training scenario|(?:doing|on|taking|did) (?:my|a|our|the) (?:\w+ )?"
    r"(?:course|training|refresher)|(?:nursing|medical|paramedic|midwifery|first aid) (?:student|placement|exam)"
    r"|student here|first aider|(?:training|teaching|train) (?:the|our|new|my) (?:staff|teachers|team|class|colleagues"
    r"|students)|how do we train|for my (?:\w+ )?(?:exam|assessment|course|training)"
    # issue 21, fourth round: recertification, awareness courses, a role "here", a quiz or exam question
    r"|(?:bls|als|ils|pals|epls|first aid|cpr|aed|mhfa) (?:recert\w*|refresher|update|cert\w*|course|class|exam|quiz)"
    # session 49 (conv25): a bleeding-control or trauma course named, and the course told as done or by what its trainer
    # said ("stop the bleed course was awesome today, got to pack a wound in a pig leg" alarmed as bleeding, tune round
    # 20; "the instructor said tighter than you think")
    r"|(?:stop the bleed|bleeding control|bleed control|trauma|wilderness first aid|first responder|tourniquet"
    r"|wound packing|first aid at work) (?:course|class|training|workshop|session)"
    r"|(?:course|class|workshop|training session) (?:today |yesterday |this morning )?(?:was|is) (?:\w+ )?(?:awesome|great"
    r"|good|brilliant|amazing|useful|fun|intense|excellent|mint|class)"
    r"|(?:the|our|my) (?:instructor|trainer|examiner|course leader|tutor) (?:said|says|told us|showed us)"
    r"|(?:awareness|safeguarding|epilepsy|anaphylaxis|asthma|diabetes|paediatric|pediatric) (?:course|training|refresher)"
    r"|(?:volunteer|trainer|instructor|examiner|assessor|first aider|youth worker|teaching assistant|scout leader"
    r"|lifeguard|student nurse|student paramedic|student midwife|hca|medic|cadet) here"
    r"|(?:on|doing|taking|did|done|got|have|passed|revising for|studying for|prepping for|training for) (?:a|an|my|our"
    r"|the) (?:\w+ ){0,3}?(?:course|training|refresher|exam|cert\w*|recert\w*|osce|quiz|module|assessment"
    # (session 51, conv27: a qualification by its short name, "doing my lifeguard qual next week")
    r"|qual|quals|qualification)"
    r"|(?:course|training|exam|cert|recert|quiz|osce|module|refresher) (?:q|qs|question|questions)"
    r"|for (?:a|my|our|the) (?:\w+ ){0,2}?(?:quiz|exam|osce|assessment|module|cert\w*|recert\w*)"
    # issue 21, eighth round: a skills or simulation session and what a class is "meant to" do ("nursing sim
    # lab tmrw, what signs are we meant to watch for")
    r"|(?:sim|simulation|skills|clinical skills) (?:lab|labs|session|day|suite|practical|scenario)|clinicals"
    r"|(?:are|were) we (?:meant|supposed|expected) to"
    # conv23: teaching a group, a workplace or safety session, a group made to learn a first-aid skill ("teaching my
    # scout troop how to help someone fitting", "company safety course", "church is making us all learn narcan")
    r"|(?:teach\w*|show\w*|train\w*|run\w*|giv\w*) (?:my|our|the|a|some|all the) (?:\w+ ){0,3}?(?:troop|class|kids|students"
    r"|pupils|team|staff|group|scouts|cubs|brownies|guides|cadets|volunteers|colleagues|crew|squad|members|parents"
    r"|players|workers|employees|congregation|new starters|juniors|leaders|lifeguards|coaches|pack|den|patrol|club"
    r"|brigade|unit|cohort|year \d+s?)\b(?: (?:\w+ ){0,3}?)?"
    r"(?:how|what|about|a session|the basics|first aid|cpr)"
    r"|(?:safety|first aid|health and safety|h and s|fire safety|workplace|work|company|church|school|staff|mental health)"
    r" (?:course|training|session|talk|induction|briefing|class|workshop|seminar|module|refresher)"
    r"|(?:making|made|make|makes|got|have|want|wants) (?:all of |each of |every one of )?(?:us|me|everyone|everybody"
    r"|the whole \w+|all (?:the )?(?:staff|volunteers|leaders|members)) (?:all )?(?:to )?(?:learn|do|take|practi[sc]e)"
    r"|(?:learn\w*|practi[sc]\w*) (?:how to (?:use|give|do) )?(?:narcan|naloxone|cpr|first aid|the heimlich|an? epi ?pen"
    r"|a defib\w*|an aed|the recovery position|back blows|chest compressions))\b")
# A past event said with its date or as a subordinate past clause: "in 2019", "3 years ago",
# "when my grandad had his stroke", "last term". Outranks a plain "ambulance" or "help" in the same
# message (they then belong to the past too), never an acute cue (see ACUTE_NOW).
EXPLICIT_PAST = re.compile(
    r"\b(?:in (?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|ten|a few|a couple of|couple|few) (?:days?|weeks?"
    r"|wks?|months?|mths?|years?|yrs?) (?:ago|back)|last (?:year|yr|month|mth|week|wk|term|spring|summer|autumn|fall"
    r"|winter|christmas|xmas|saturday|sunday|monday|tuesday|wednesday|thursday|friday)|years ago|yrs ago"
    # issue 21, third round: slang and short dates ("a while back", "in feb", "back in year 9")
    r"|a while (?:back|ago)|ages ago|(?:a )?long (?:time )?ago|in (?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)|back when"
    # issue 21, fourth round: the months spelt out ("in june" was missed: "jun" then a word boundary)
    r"|in (?:january|february|april|june|july|august|september|october|november|december)"
    r"|back in (?:year|yr|school|uni|college|high school|the day|the \d0s|\d0s)|as a (?:child|kid|baby|teen|teenager"
    r"|newborn)"
    r"|when (?:my \w+|he|she|they|i|we) (?:had|was|were|got|went|collapsed|fitted|fainted|overdosed|reacted)"
    r"|(?:was|were) (?:in|admitted to) (?:the )?(?:hospital|icu|nicu)|back in (?:19|20)\d\d"
    r"|after (?:my|his|her|our|their) (?:\w+ )?was born|(?:needed|had) a transfusion"
    # "overdosed at a festival once", "had a fit at school once" (not "once more", "once a day")
    # "had a heart attack at 45" (an age, not a clock time: 13-99, no ":30", no unit after it)
    r"|(?:had|was|were|got|went|took|did) (?:\w+ ){0,5}?at (?:age )?(?:1[3-9]|[2-9]\d)\b(?![:.]\d| ?(?:mins?|minutes"
    r"|hours?|hrs?|%|degrees|days?|weeks?|months?|o'clock|pm|am)\b)"
    r"|in may\b(?! be)"
    # issue 21, eleventh round: an age that opens the message or is told in full ("at 16 i collapsed playing rugby",
    # "at the age of 9"), and a time counted in seasons or holidays ("two summers ago")
    r"|^(?:at )?age (?:[4-9]|1\d|[2-9]\d)\b(?![:.]\d| ?(?:mins?|minutes|hours?|hrs?|%|degrees|days?|weeks?|months?"
    r"|o'clock|pm|am)\b)"
    r"|^at (?:age )?(?:[4-9]|1\d|[2-9]\d)\b(?![:.]\d| ?(?:mins?|minutes|hours?|hrs?|%|degrees|days?|weeks?|months?"
    r"|o'clock|pm|am)\b)|at the age of \d+"
    r"|(?:\d+|a|one|two|three|four|five|six|a few|a couple of|couple|few) (?:summers?|winters?|springs?|autumns?"
    r"|christmases|xmases|birthdays?|seasons?) (?:ago|back)"
    # ... nor "all at once" (session 45, the lead's probe: "took all my tablets at once" read as a past)
    r"|(?:\w+ed|had|was|were|took|got) (?:\w+ ){0,5}?(?<!\bat )once(?! (?:more|again|a|an|daily|every|in a while)\b)"
    # issue 21, fourth round: more ways a time is told ("in march", "that time", "over christmas", "at
    # uni", "in year 11", "all through my twenties", "when i was little", "ever since", "5 yrs clean"),
    # and a "when he od'd" clause with any past verb
    r"|in march|that time|(?:in|during|over|at) (?:the )?(?:spring|summer|autumn|winter|holidays|lockdown|covid"
    r"|the pandemic|christmas|xmas|easter|new year)|(?:at|in|back in|during) (?:uni|college|school|secondary"
    r"|secondary school|high school|primary school|sixth form|year \d+|yr \d+|my (?:early |mid |late )?(?:teens"
    r"|twenties|thirties|forties|20s|30s|40s))|all through (?:my|his|her|their) \w+|when (?:i|he|she|they|we) (?:was|were) (?:\w+ ){0,2}?(?:\d+"
    r"|a kid|little|young|younger|small|a baby|a toddler|a teen|pregnant|at uni|at school)|growing up|years back"
    r"|back then|since then|ever since|(?:none|nothing|not had one|not had any|no more) since|a one off"
    r"|(?:\d+|a few|two|three|four|five|ten) (?:years?|yrs|months?) (?:clean|sober|free|seizure free)"
    r"|been (?:clean|sober|fine|ok|okay|seizure free|symptom free) (?:for|since|ever)|used to"
    r"|when (?:my \w+|he|she|they|i|we|you) (?:\w+ )?(?:od'd|overdosed|fell|took|ate|drank|broke|bled|got|had|was"
    r"|were|went|collapsed|fitted|fainted|passed out|reacted|crashed|stopped breathing|choked|tried))\b")
# Issue 21, fourth round: care already given, told in the past ("had her stomach pumped", "was
# sectioned", "ended up in a&e", "needed a transfusion", "the hospital kept my niece in for 2 days"):
# the emergency, if there was one, was in professional hands. Never beside an acute cue.
PAST_CARE = re.compile(
    r"\b(?:(?:had|got) (?:his|her|their|my|a|an) (?:stomach pumped|stitches|\w+ (?:stitched|glued|set|pumped|reset"
    r"|x rayed|operated on|removed))|(?:was|were|got|been) (?:\w+ )?(?:sectioned|admitted|resuscitated|intubated"
    r"|airlifted|kept in|put on oxygen|discharged|stitched up|blue lighted)|ended up (?:\w+ )?(?:in|at|on) (?:the )?"
    r"(?:hospital|a e|icu|picu|nicu|resus|the ward|ward|oxygen|a drip|intensive care)|(?:needed|had|was given)"
    r" (?:a |an |his |her |their )?(?:\w+ )?(?:transfusion|stent|bypass|op|operation|surgery|c section|caesarean"
    r"|stitches|ablation|cpr|naloxone|narcan|antidote|the drip)|(?:kept|stayed|spent)"
    r" (?:\w+ ){0,3}?in (?:\w+ )?for (?:\d+|a few|a couple of|two|three|a) (?:days?|nights?|weeks?)"
    r"|(?:was|were) in (?:the )?(?:picu|nicu|icu|hdu|resus|a e|intensive care|hospital) (?:for|with|after|when)"
    # issue 21, eighth round: a stay told by its length or a unit by its kind ("was in a mother and baby unit for
    # 2 months", "had to go under the lights in special care for jaundice")
    r"|(?:was|were|spent|stayed|had to (?:go|stay|be)) (?:\w+ ){0,4}?in (?:a |an |the )?(?:\w+ ){0,3}?(?:unit|ward"
    r"|hospital|special care|scbu|nicu|picu|icu|hdu|rehab|psych ward) for (?:\d+|a|an|one|two|three|four|five|six"
    r"|a few|a couple of|several) (?:days?|nights?|weeks?|wks?|months?)"
    # issue 21, sixth round: a device or a procedure given for an earlier episode, told with its reason
    # ("got a pacemaker after he kept fainting", "had a stent put in after the chest pains")
    r"|(?:got|had|has|was fitted with|were fitted with|was given|needed) (?:a |an |his |her |their )?(?:\w+ )?"
    r"(?:pacemaker|icd|defib\w*|stents?|shunt|cast|plate|pins|port|coil|clip|valve|loop recorder|ablation)"
    r"(?: put in| fitted| done)? (?:after|because|when|since|for))\b")
# Someone else's care, already given: "the ambulance took him in", "they gave her charcoal". With a
# past event in the message it dates it as EXPLICIT_PAST does (never beside an acute cue).
CARE_GIVEN = re.compile(
    r"\b(?:they|the (?:doctors?|docs?|hospital|paramedics?|ambulance(?: crew)?|crew|nurses?|er|a e|a and e|gp|surgeons?"
    r"|team|ward|consultant|out of hours|urgent care)|paramedics|doctors|nurses|surgeons|medics) (?:\w+ )?(?:gave|took|did|put|said|told|kept|admitted|diagnosed|pumped|glued|stitched"
    r"|scanned|treated|sent|ran|found|removed|fitted|operated|prescribed|restarted|revived|resuscitated|shocked"
    r"|intubated|ventilated|monitored|started|called)\b")
# Issue 21, third round: an episode told in the past simple ("my sister had sepsis from a uti", "my
# dad had a cardiac arrest at the gym") followed by a question about its aftermath (will she have
# brain damage, how do we stop it happening again, should he see an allergist): someone's past care,
# unless anything in it is acute now or calls for help (see `past_episode`).
EPISODE = re.compile(
    r"\b(?:my (?:\w+ ){0,2}?\w+|he|she|they|we|i|grandad|grandpa|grandma|nan|nana|granny|mum|mom|dad|uncle|auntie"
    r"|aunt|cousin) (?:had|suffered|went into|was in|needed|got|was given|had to have) (?:a |an |his |her |their |my )?"
    r"(?:\w+ ){0,3}?(?:heart attack|cardiac arrest|stroke|bleed|haemorrhage|hemorrhage|seizure|fit|convulsion|reaction"
    r"|sepsis|overdose|coma|anaphyla\w*|clot|pe|dvt|collapse|asthma attack|hypo|dka|accident|fall|miscarriage"
    # issue 21, fourth round: operations and the other episodes people ask about afterwards
    r"|c section|caesarean|surgery|operation|op|bypass|stent|transfusion|status epilepticus|fits|meningitis"
    r"|bronchiolitis|croup|attempt|breakdown|svt|arrhythmia|collapsed lung|pneumothorax|tia|mini stroke|ulcer"
    r"|appendicitis|heatstroke|concussion|head injury|infection|pre ?eclampsia)\b")
AFTERMATH = re.compile(
    r"\b(?:will (?:he|she|they|i|we|it) (?:have|need|get|lose|recover|happen|come back|always|ever|be able|be on)"
    r"|(?:could|can|will) (?:it|that|this) (?:happen|come back)|happen(?:ing|s)? again|come back|stop it|prevent\w*"
    r"|avoid|in (?:the )?future|long term|recover\w*|side effects?|chances of|risk of|see an? \w+ist|follow up"
    r"|thank (?:them|him|her)|how long (?:do|does|will|until|before)|is that (?:normal|painful|common|standard)"
    r"|what (?:else )?should (?:he|she|they|we|i) (?:avoid|eat|do now)|diet|exercise|drive|driving|fly|flying"
    r"|go back to|back to (?:work|school)|what (?:was|is) that for|what's that for|whats that for|why did they"
    # issue 21, fourth round: what the care or condition was, whether it is usual, what comes next
    r"|what (?:\w+ )?(?:is|was) (?:that|it)|what's that|whats that|what does (?:that|it) (?:actually )?mean"
    r"|is (?:that|it|this) (?:\w+ )?(?:normal|common|likely|usual|serious|dangerous|permanent|related|linked|why)"
    r"|(?:do|does) (?:they|it|that) still|any (?:risks?|damage|lasting|long term|after ?effects?)|lasting|after ?effects?"
    r"|next (?:time|birth|pregnancy|baby)|how (?:can|do|should|could) (?:i|we) (?:help|support|talk|bring)"
    r"|care plan|rehab\w*|blood thinners|(?:is|are) \w+ normal)\b")
CALLS_FOR_HELP = re.compile(r"\b(?:help|hurry|asap|911|999|112|on (?:the|its|their|his|her) way|coming|waiting for"
                            r"|what do i do|what should i do|what do we do"
                            # "he just fell", not "or just get up", "i just finished the book" (issue 21,
                            # fifth round: a plain "just" broke a carried fiction frame)
                            r"|just (?!(?:watched|finished|read|listened|rewatched|binged|played|started (?:watching"
                            r"|reading|playing)|wondering|curious|asking)\b)(?:now|happened|\w+ed|fell|took|ate|drank"
                            r"|went|got|had|swallowed|woke|threw|bit|hit|cut|broke|came|began|stopped|collapsed|lost"
                            r"|sent|texted|rang|called|found))\b")
# Anything said in the present tense ("her lips are blue", "his throat is closing") keeps the
# episode from being over; "is that normal" and "is it painful" ask, they do not describe.
PRESENT_TENSE = re.compile(r"\b(?:is|are|am|i'm|he's|she's|they're|it's|we're|you're|looks|seems|feels|keeps)\b")
_ASKING_ABOUT = re.compile(r"\b(?:is|are) (?:that|it|this|there|they)\b|\b(?:is|are)$")
PAST_EVENT = re.compile(
    r"\b(?:had|was|were|went|got|collapsed|overdosed|fitted|fainted|passed out|reacted|stopped|fell|tried|took)\b")
# What makes a message acute whatever its past: it is happening now.
ACUTE_NOW = re.compile(
    r"\b(?:right now|now|currently|at the moment|just now|(?:seconds?|minutes?|mins?) ago|again|hurry|asap"
    r"|suddenly|all of a sudden|today|tonight|this (?:morning|afternoon|evening)|since (?:last night|this morning"
    r"|yesterday|lunch\w*)|still(?! (?:had|did|do|does|got|went|was|were|needed|need|have to|has to|had to|on"
    r"|take|takes|taking|using|use|get|gets|happen\w*|itch\w*|tingl\w*|ache\w*|sore|there|remember|think|thinking"
    r"|worry|worried|scared|anxious|nervous|feel \w+ about|won't (?:go (?:in|near|back|on)|swim|fly|drive|talk about)))"
    r"|(?:is|are|am|i'm|he's|she's|they're|it's) (?:having|not breathing|choking|seizing|bleeding|turning|going"
    r" into|collapsing|unconscious|unresponsive|fitting)"
    r"|worse|worsening|(?<!kept )getting(?! (?:better|checked|scanned|seen|looked at|help|treated|sorted|there|over|life|insurance|a|an|the|my|his"
    r"|her|married|pregnant|ready|old|older|back|used|tested|vaccinated|jabbed|referred|discharged|into)\b)|won't(?! (?:go (?:in|near|back|on)|swim|fly|drive|talk about|let (?:me|him|her|us|them) forget))"
    r"|can't|isn't|hasn't|not breathing"
    # danger going on ("her throat is closing up"), and a moment ago is not the past (issue 21, fourth
    # round: "just had a seizure")
    r"|(?:is|are|am|i'm|he's|she's|they're|it's) (?:still )?(?:closing|swelling|bleeding|spreading|drooping|shaking"
    r"|jerking|seizing|vomiting|gasping|wheezing|struggling|collapsing|dying|burning|pouring|gushing|soaking"
    r"|passing (?:big |huge |large )?clots|going (?:blue"
    r"|grey|gray|pale|floppy|limp)|turning (?:blue|grey|gray|pale))"
    r"|just (?:had|took|swallowed|drank|ate|collapsed|fell|passed out|fainted|happened|started|od'd|overdosed))\b")
# Issue 21, fourth round: the writer says it is real and happening ("this isn't a story", "not
# hypothetical", "forget the story", "it's kinda about me", "no wait"): no frame holds, in the same
# message or carried from an earlier one.
REAL_NOW = re.compile(
    r"\b(?:(?:not|isn't|wasn't|ain't|no longer|it's not|its not) (?:just |really |actually )?(?:a |an |the |my |for"
    r" (?:a|my|the|an) )?(?:\w+ )?"
    r"(?:story|fic|fanfic|hypothetical|joke|drill|game|book|novel|roleplay|rp|exercise|practice|scenario|quiz"
    r"|homework|assignment|poem|song|lyrics|rap|podcast|film|movie|show|script|screenplay|essay|dreams?|nightmares?)|(?:this|it) is real|it's real|actually happening|happening (?:right )?now|(?:it's|its|it is) happening\b|(?:not|isn't|its not|it's not) part of (?:the|a|my|our) \w+|forget (?:the|my|about"
    r" the|about my) \w+|(?:it's|its|it is) (?:kinda |actually |really |sort of )?(?:about )?me\b|no wait|(?:it was|that was|that's|it's|its|it is) (?:actually |really )?me\b|not (?:joking"
    r"|kidding)|real life not|irl not"
    # session 51 (msg27): a game's own words said of the writer's life ("this is my final logout irl ... not respawning
    # from this one"): the game is the figure, the life is real
    r"|(?:logout|log out|logging (?:off|out)|log off|respawn\w*|game over|rage quit\w*) (?:[\w']+ ){0,3}?(?:irl|in real life)\b"
    # issue 21, eighth round: "what if someone is having chest pain... asking for me, its happening"
    r"|(?:it's|its|it is) happening\b|asking for (?:me|myself)\b"
    # session 50, the lead's probe: the supposition said, by its verb left out, to have come true ("what if my toddler
    # swallowed a button battery, i think he just did", "... she might have")
    r"|(?:he|she|they|my \w+) (?:just |actually |really |already )?(?:did|has|have)(?: (?:it|that|too|now|already))?"
    r"(?= *(?:[.!?,;]|$))|(?:he|she|they|my \w+) (?:might|may|must|could) (?:have|'ve|of)(?: done(?: it| that)?)?(?= *(?:[.!?,;]|$)))"
    # issue 21, eleventh round: "real, not a bit" whatever the performance is called, and a prop that was real ("hit
    # with a real pole by accident", "the knife was real"): what happened in the game happened to someone
    r"|\breal,? (?:and )?not (?:a|an|part of)\b"
    r"|\b(?:a|the) real (?:\w+ )?(?:knife|sword|blade|gun|pole|weapon|axe|bullet|rope|noose|arrow|bat|hammer|pills)\b"
    r"|\b(?:knife|sword|blade|gun|pole|weapon|axe|bullet|rope|noose|prop|pills) (?:was|were|is|are) (?:actually )?real\b"
    # issue 21, sixth round: the writer owns the supposition ("what if someone took 50" -> "i did, an hour
    # ago"): "i did" / "i have" with a time or nothing after it
    r"|^(?:\w+ )?i (?:just |already )?(?:did|have)(?: it| that| too| already| so)?(?= (?:(?:about |like |around )?"
    r"(?:an?|\d+|\w+) (?:mins?|minutes|hours?|hrs?) ago|ago|just now|last night|this morning|tonight|today)\b|$)"
    r"|\bi(?:'ve| have) (?:just |already )?(?:done it|done that|taken (?:them|it|the lot|that many))\b"
    # seventeenth round: someone of the writer's did what was supposed ("say my toddler drank some bleach, what happens"
    # -> "actually she just did, i found the cap off"): "actually" or "just" says the supposition came true
    r"|^(?:\w+ )?(?:actually|well actually|omg|oh no|wait) (?:\w+ )?(?:he|she|they|it) (?:just |actually |really |already )*"
    r"(?:did|has|have|happened)\b"
    r"|^(?:\w+ )?(?:he|she|they|it) (?:actually|just|really) (?:just |actually |really |already )*(?:did|has|have|happened)\b"
    # session 44: the same with the writer's hedge between ("actually i think he just did, the packet is open", "oh god
    # i'm pretty sure she has"): a hedge of belief, not of supposition
    r"|^(?:\w+ )?(?:actually |well actually |omg |oh no |oh god |wait |um |uh )?(?:i think|i reckon|i'm (?:pretty |fairly "
    r"|almost )?(?:sure|certain)|i'm scared|i'm worried|i believe|pretty sure|looks like) (?:that )?(?:he|she|they|it) "
    r"(?:just |actually |really |already )*(?:did|has|have|happened)\b")
# Session 52 (msg28, dev26): the others better off without the writer WHILE an illness goes round ("everyone would be
# better off without me in the house when the flu is going round, should i stay at my mums"): a contagion is the reason,
# not the writer's life. A negative lookahead, set after "without me" by the self-harm rules and the burden cue
WHILE_ILL_AFTER = (r"(?! (?:[\w']+ ){0,6}?(?:when|while|whilst|until|till|because|cos|as|since|with) (?:[\w']+ ){0,4}?"
                   r"(?:flu|cold|bug|virus|covid|sick|ill|contagious|infectious|germs|poorly|chickenpox|norovirus|sickness"
                   r"|cough|temperature|fever|d and v|vomiting)\b)")
# Pets. A pet in danger needs a vet, and the human emergency number is the wrong place to send it, so
# a red flag about an animal alone gets an ordinary answer with PET_NOTICE (a vet, now) instead of
# the emergency message. A person also at risk in the message keeps the emergency message.
PET_WORDS = (r"dog|dogs|puppy|pup|cat|cats|kitten|rabbit|bunny|hamster|guinea pig|horse|pony|parrot|budgie|bird"
             r"|ferret|tortoise|lizard|pet|pets|gerbil|goldfish|terrier|labrador|spaniel|collie|retriever|poodle"
             r"|beagle|pug|dachshund"
             # (session 52, conv28: "lab", the labrador as owners call it, "my old lab is vomiting blood", "my lab got
             # stung"; never a laboratory's work or place)
             r"|lab(?! (?:results?|tests?|work|partner|coat|report|techs?|technician|assistant|session|class|rats?|mice"
             r"|grown|values?|bloods?|reports?|sample|samples|equipment|safety))"
             # issue 21, twelfth round: the animals people keep, by kind and by breed, and the animal's own body (a pet
             # named by a word the list lacked read as a person: eleven rounds added a word at a time; these are the
             # kinds kept as pets, on farms and in stables, not a round's wordings). Not a word that is also food, a
             # party, a person's body or voice, or a symptom ("lamb", "hen do", "calf", "husky", "barking cough")
             r"|puppies|pups|kittens|kitty|kitties|doggo|doggy|doggie|pupper|moggy|moggie|tabby|mare|gelding|stallion"
             r"|foal|colt|filly|donkey|goat|goats|sheep|ewe|heifer|cockatiel|canary|parakeet|lovebird|macaw|cockatoo"
             r"|conure|corn snake|gecko|bearded dragon|iguana|tortoises|terrapin|axolotl|chinchilla|degu|hedgehog"
             r"|alpaca|llama|rabbits|bunnies|hamsters|guinea pigs|horses|ponies|greyhound|whippet|lurcher|staffy"
             r"|staffie|chihuahua|corgi|schnauzer|shih tzu|bulldog|frenchie|cockapoo|labradoodle|cavapoo|cavachon"
             r"|jack russell|rottweiler|alsatian|german shepherd|doberman|springer|cocker|great dane|mastiff"
             r"|pomeranian|yorkie|westie|sausage dog|maine coon|paw|paws|muzzle|snout|hoof|hooves|whiskers|beak"
             r"|fetlock|withers|purring|wagging|meowing"
             # conv23: a tom and the working breeds kept as pets ("my tomcat's been straining", "me kelpie got bitten")
             r"|tomcat|tom cat|kelpie|heeler|cattle dog|sheepdog|sheep dog|border collie|husky pup|pittie|pitbull"
             r"|pit bull|shepherd dog|sphynx|ragdoll|bengal cat|siamese|persian cat|budgies")
PET = re.compile(rf"\b(?:{PET_WORDS})\b")
# ("me dog": the owner's "my" in Irish, Scots and Australian speech; conv23)
_OWNER = re.compile(rf"\b(?:my|our|me) (?=(?:\w+ )?(?:{PET_WORDS})\b)")
# (session 52, conv28: and what the owner does not know of it, "im not sure when", "no idea how many": tune round 23's "my
# dog ate a lithium button battery from the remote, im not sure when" alarmed as a person's overdose)
_ASKING = re.compile(r"\b(?:what do i|what should i|should i|can i|do i|i'm worried|i think|i just found|i found"
                     r"|(?:i'm |i am )?not sure (?:when|how|if|whether|what|which)|i (?:don't|do not) know (?:when|how|if"
                     r"|whether|what|which)|no idea (?:when|how|if|whether|what|which)"
                     # (... and what the owner asks to do, and the owner the animal does not answer: tune round 11's
                     # "she's not responding to me, what do i do until the vet opens", "we're cooling him with wet
                     # towels, what else can we do" after a pet named first alarmed as a person's)
                     r"|what (?:else )?(?:can|could|do|should|shall) (?:i|we)"
                     r"|(?:respond\w*|react\w*|answer\w*|look\w*|listen\w*|com(?:e|es|ing)) (?:to|at) (?:me|us))\b")
# Issue 21, ninth round: the owner caring for the animal ("while i wait for the vet", "i'm driving him to the
# emergency vet", "we gave her some water", "i can't afford the out of hours vet"): the writer doing or deciding
# something, no symptom of the writer's own ("i got bitten", "i'm bleeding", "i can't breathe" stay a person's).
_OWNER_CARING = re.compile(
    r"\b(?:i|i'm|im|i am|i've|we|we're|we are|we've|i'll|we'll) (?:just |already |still |currently |now )?"
    r"(?:wait\w*|tak(?:e|ing)|took|driv\w*|drove|rush\w*|call\w*|ring\w*|rang|phon\w*|giv(?:e|ing)|gave|fed|feed\w*"
    r"|found|find|notic\w*|saw|see|watch\w*|think|thought|put|putting|hold\w*|held|tried|try\w*|clean\w*|rins\w*"
    r"|wash\w*|wrapp?\w*|cover\w*|kept|keep\w*|got (?:home|back|him|her|it)|came home|come home|left|leave|let"
    r"|walk\w*|carr\w*|pick\w*|check\w*|look\w*|cool\w*|worried|scared|panick\w*|freaking out|don't know|dont know"
    r"|can't (?:afford|get|find|reach|tell)|cant (?:afford|get|find|reach|tell)|need to|have to|had to|should|could"
    r"|would|will|want to|wanna|live|on (?:the|our) way to the vet|at the vet\w*"
    # (session 50, conv26: the owner waiting to hear, "how long before we know", tune round 16's pet at the vet)
    r"|know|hear|find out)\b")
# An animal's sex told with it ("he's a boy cat", "our girl dog"): the pet's word, not a person's (session 50, conv26:
# tune round 20's cat follow-up was read as about a boy)
_PET_SEX = re.compile(rf"\b(?:boy|girl|male|female) (?=(?:{PET_WORDS})\b)")
PERSON_AT_RISK = re.compile(
    r"\b(?:i|i'm|i've|me|my ?self|we)\b"
    r"|\b(?:son|daughter|baby|child|children|kid|kids|toddler|husband|wife|mum|mom|dad|mother|father|brother"
    r"|sister|friend|grandma|grandad|grandpa|grandmother|grandfather|nan|partner|boyfriend|girlfriend|girl|boy"
    r"|man|woman|lady|guy|person|someone|somebody|neighbou?r|child's|baby's|toddler|infant|newborn|teen"
    r"|teenager|student|pupil|worker|patient|people)\b"
    # a child named by their place among siblings (twelfth round: "my youngest is really drowsy and hard to wake and
    # the dog's been sick too" got the vet notice)
    r"|\b(?:my|our|the|his|her) (?:youngest|eldest|oldest|middle one|little one|littlest|twins?|lad|lass|hubby|missus"
    r"|bestie|bf|gf|roommate|flatmate|housemate|mate|cousin|aunt|auntie|uncle|niece|nephew|granny|gran|papa|mama)\b"
    # a body part of the writer's (ninth round: "his leg", "her face" are the pet's when the pet is the subject)
    r"|\b(?:my|our|your) (?:\w+ )?(?:face|neck|arm|arms|leg|legs|hand|hands|finger|fingers|wrist|ankle|eye|eyes"
    r"|lip|lips|throat|chest|head)\b"
    # several people at once (session 53: "the whole family has headaches since the heater was fixed, the dog is sleepy
    # too" got the vet notice; the pet ill beside them is one more sign of the fumes)
    r"|\b(?:(?:all|both) (?:\w+ ){0,2}of us|whole (?:family|household|house|flat)|every(?:one|body) (?:in|at) (?:the |our |my )?"
    r"(?:house|home|flat|caravan)|we (?:all|both)|(?:two|three|four|five|six) of us)\b(?: \w+){0,6}? (?:headaches?|dizz\w*"
    r"|sick|nause\w*|vomit\w*|drowsy|sleepy|confus\w*|faint\w*|light ?headed|breathless)\b")
# Someone indefinite: the subject of a supposition ("a grandad", "an old person", "someone", "you").
_INDEFINITE = (r"(?:a|an|any|some|someone|somebody|anyone|anybody|you|your|one|people|a person|the person"
               # issue 21, eighth round: someone's, and a role rather than a person of the writer's ("if the driver
               # had a seizure at the wheel", "if someones drink got spiked")
               r"|someones|someone's|somebodys|somebody's|the (?:driver|pilot|teacher|coach|referee|lifeguard|passenger"
               r"|player|runner|swimmer|climber|diver|cyclist|rider|worker|chef|customer|patient))")
# Said as a supposition: "say a toddler choked...", "if a friend ever told me...".
SUPPOSED = re.compile(r"^(?:say|suppose|supposing|imagine|hypothetically|what if)\b"
                      # (session 44: "in case" and "should" open the same supposition: "in case my mum ever falls")
                      r"|\b(?:if|in case|incase|should) (?:\w+ ){0,3}?ever\b"
                      # issue 21, fourth round
                      r"|\b(?:in theory|theoretically|hypothetically|hypothetical|just (?:curious|wondering|asking))\b")

# Issue 21, sixth round: a supposition by its grammar, a conditional about someone indefinite and what
# would follow ("if a grandad took his pills twice what happens", "would a teen be ok if they ..."):
# only with no first person in the message (see `fiction_or_training`).
SUPPOSED_IF = re.compile(
    rf"\bif {_INDEFINITE}\b(?: [\w']+){{1,16}}? (?:what (?:would|will|could|might) happen|what happens"
    r"|would (?:they|he|she|it|you|that)|could (?:they|he|she|it|you|that)|will (?:they|he|she|it|you)"
    r"|what (?:would|should|do) (?:they|you)|is (?:that|it) (?:bad|dangerous|serious)"
    # issue 21, eighth round: how others would tell, what a bystander should do
    r"|how (?:would|could|do|can|should) (?:they|you|their|people|others|anyone)"
    r"|what (?:would|should|do|can) (?:the|a|an|other|his|her|their) (?:\w+ ){0,5}?\w+ do"
    # (session 50, conv26: what the one supposed is meant to do, "if you were eating alone and started choking with
    # nobody around, what are you meant to do", read by the self-harm reader as someone alone, tune round 21)
    r"|what (?:are|is) (?:you|they|we|people|one|someone|somebody) (?:meant|supposed) to do)\b"
    rf"|^(?:what (?:would|will|could) happen|what happens|would|could|will|is it (?:bad|dangerous))"
    rf"(?: [\w']+){{0,8}}? if {_INDEFINITE}\b")


# Issue 21, sixteenth round: a supposition of the writer's own, told by its grammar ("worst case if my heart stopped at
# the gym would they know how to use the defib", "if my waters broke at home before the midwife got there what should my
# husband do", "what would happen if the dog and my toddler got into the antifreeze, who do you call first"): a
# conditional whose verb is in the past (the English counterfactual: "if it stopped", not "it has stopped") and a main
# clause that asks what would follow. SUPPOSED_IF reads only suppositions about someone indefinite; the writer's own
# person is in these, and nothing is happening to them. What is told outside the conditional must hold no risk cue and
# nothing now (`supposed_of_own`).
_IF = re.compile(r"\bif\b")
# Where the conditional ends and the question about it begins.
_MAIN_CLAUSE = re.compile(r"\b(?:would|could|should|might|what|who|how|will|do|does|can|when|where|is (?:it|that|there))\b")
# A verb in the past within the conditional's first words: "if my heart stopped", "if the dog and my toddler both got".
_PAST_VERB = re.compile(r"^(?:[\w']+ ){0,6}?(?:ever|were|was|had|did|got|went|came|broke|stopped|fell|collapsed"
                        r"|fainted|started|began|burst|\w+ed)\b")
# Swallowing something: "what if he took/ate/drank..." is how a parent asks who fears it happened. Only with an opener
# that says it is a supposition ("what would happen if", "worst case", "say", "just thinking").
_INGESTED = re.compile(r"\b(?:took|taken|ate|eaten|drank|drunk|swallowed|licked|got into|overdosed|od'd"
                       r"|had (?:some|all|too|\d+))\b")
_SUPPOSING_OPENER = re.compile(r"\b(?:worst case|best case|say|suppose|supposing|imagine|hypothetically|in theory"
                               r"|theoretically|what would happen|what could happen|what would (?:i|we|you) do"
                               r"|just (?:wondering|curious|thinking|asking)|thinking ahead|planning ahead)\b")
# The writer as the one who does it ("if i took", "if we left"): the writer's own deed is never read as a supposition
# here (self-harm is asked that way: "if i stopped my insulin what would happen").
_DEATH = re.compile(r"\b(?:die|died|dying|dead|death|funeral|gone for good|gone forever|not here|wasn't here|weren't here"
                    r"|without me|miss me|disappear\w*|vanish\w*)\b")
_WRITER_DOES = re.compile(r"^(?:\w+ )?(?:i|we|i'd|we'd)\b")
# ... unless the writer only sets the scene of what is supposed ("if i was ice fishing and my buddy fell through the ice,
# what should i do first", "if we were camping and someone cut themselves badly": conv24, read as the writer's own deed,
# so the head alarmed and then the self-harm reader read its follow-up, "i don't want to end up in the water too")
_WRITER_SCENE = re.compile(r"^(?:i|we) (?:was|were) (?:out |away |off |just )?(?:(?:\w+ )?\w+ing|at|in|on|out|away|abroad"
                           r"|alone|home)\b")


def supposed_of_own(t: str) -> bool:
    """`t` (normalised) supposes something of the writer's own in a past-tense conditional and asks what would follow,
    with no risk cue, nothing now and no self-harm talk outside the conditional ("worst case if my heart stopped at the
    gym would they know how to use the defib")."""
    from medassist.model.safety.acuity import acute  # these read this module
    from medassist.model.safety.conversation_state import DESPAIR, PLAN, RISK, SELF_HARM_TALK, _any
    from medassist.model.safety.triage import triage

    # people at risk of harming themselves speak in suppositions of their own ("if my family woke up and i was gone"):
    # no word of self-harm, despair, a plan, a time, the means or a death anywhere
    if REAL_NOW.search(t) or _any((SELF_HARM_TALK, DESPAIR, PLAN, _DEATH), t):
        return False
    found = _IF.search(t)
    if found is None or len(t[:found.start()].split()) > 8:
        return False
    before, after = t[:found.start()], t[found.end():]
    main = _MAIN_CLAUSE.search(after)
    condition = after[:main.start()] if main else after
    if main is None and not re.search(r"\b(?:would|could|should|might|what|how|who)\b", before):
        return False
    if not condition.strip() or len(condition.split()) > 16 \
            or _WRITER_DOES.match(condition.strip()) and not _WRITER_SCENE.match(condition.strip()) \
            or not _PAST_VERB.match(condition.strip()) or PRESENT_TENSE.search(condition) or ACUTE_NOW.search(condition):
        return False
    if _INGESTED.search(condition) and not _SUPPOSING_OPENER.search(before):
        return False
    # what is supposed is a bodily emergency, by the rules' signs or a sign of acuity ("my heart stopped", "my waters
    # broke", "got into the antifreeze"): the only kind this frame is for
    # (a scene the writer sets tells what is supposed in any words: "and someone cut themselves badly")
    if triage(condition) is None and not acute(condition) and not _WRITER_SCENE.match(condition.strip()):
        return False
    # the opener is no telling ("worst case" is no worsening)
    told = f"{_SUPPOSING_OPENER.sub(' ', before)} {after[main.start():] if main else ''}"
    # after a scene the writer sets, "what should i do" asks what the supposition would call for, not for help now
    if _WRITER_SCENE.match(condition.strip()):
        told = _WHAT_TO_DO.sub(" ", told)
    return not (_any((RISK,), told) or ACUTE_NOW.search(told) or CALLS_FOR_HELP.search(told))


_WHAT_TO_DO = re.compile(r"\bwhat (?:should|would|do|could|shall) (?:i|we) do\b")


# Session 44: a worry about what might come, opened by "what if" / "in case" after a scene that tells no trouble
# ("worried about my mum living alone, what if she falls and cant get up"): the supposition is where the risk is, and
# nothing before it or in it is happening now.
_WORRY_OPENER = re.compile(r"\b(?:what if|what happens if|what would happen if|what (?:do|should|would|could) (?:i|we)"
                           r" do if|in case|incase|god forbid)\b")
_WHEN_NOW = re.compile(r"\b(?:now|right now|already|just|currently|at the moment|still|again|tonight|today|keeps?"
                       r"|started|starting)\b")


def supposed_worry(t: str) -> bool:
    """`t` (normalised) opens its risk with "what if" (or "in case") after words that tell no trouble, and neither
    says anything is happening now, nor any self-harm talk, despair, a plan or a death anywhere ("worried about my mum
    living alone, what if she falls and cant get up")."""
    from medassist.model.safety.acuity import acute  # these read this module
    from medassist.model.safety.conversation_state import DESPAIR, PLAN, RISK, SELF_HARM_TALK, _any

    found = _WORRY_OPENER.search(t)
    if found is None or REAL_NOW.search(t) or _any((SELF_HARM_TALK, DESPAIR, PLAN, _DEATH), t):
        return False
    before, condition = t[:found.start()], t[found.end():]
    return not (_any((RISK,), before) or acute(before) or ACUTE_NOW.search(before) or CALLS_FOR_HELP.search(before)
                or _WHEN_NOW.search(condition) or CALLS_FOR_HELP.search(condition)
                # a present tense in it tells, it does not suppose ("what if he stops breathing, he's gone blue")
                or PRESENT_TENSE.search(condition) or _PRESENT_PERFECT.search(condition))


_PRESENT_PERFECT = re.compile(r"\b(?:has|have|he's|she's|they've|i've|we've|it's) (?:\w+ )?(?:gone|got|been|started|stopped"
                              r"|turned|taken|swallowed|had)\b")


# Session 47 (the lead's probes: "what if i just took all my pills tonight", "what if i just drove off the bridge" were
# answered as suppositions): the writer's own act wondered about on an impulse is how a person at risk says it, not a
# supposition about nobody real; the rules and the readers still need a risk in it to alarm
_OWN_IMPULSE = re.compile(
    r"^(?:what if|say|suppose|imagine) i (?:just|finally|actually) (?:took|take|swallowed|swallow|downed|drank|drink|jumped"
    r"|jump|drove|drive|steered|steer|stepped|step|walked (?:into|in front)|walk (?:into|in front)|hung|hang|ended|end"
    r"|killed|kill|overdosed|crashed|crash|didn't wake|never woke|wasn't here|was gone|disappeared|vanished|let go|gave up"
    r"|cut (?:myself|my (?:wrists?|arms?|legs?|thighs?|skin))"
    r"|stopped (?:eating|breathing|existing|fighting))\b")


def fiction_or_training(t: str) -> bool:
    """Fiction, training, or a supposition: about nobody real."""
    return bool(FICTION.search(t) or TRAINING.search(t) or SUPPOSED.search(t) and not _OWN_IMPULSE.search(t)
                or ((PLOT.search(t) or SUPPOSED_IF.search(t)) and not first_person(t)) or narrated(t)
                or supposed_of_own(t) or supposed_worry(t))


# Issue 21, sixth round: what a dream held ("a nightmare where my wife is bleeding"), up to a word that
# comes back to now ("... and now i can't breathe", "woke up", "it's real").
# (eleventh round: "and i kept trying to ring 999" is the dreamer still in the dream, told in the past)
IMAGINED = re.compile(rf"{_NO_SIMILE}\b(?:dream\w*|dreamt|nightmares?)(?: (?:where|that|about|in which|of))? (?:(?!(?:now|woke"
                      r"|waking|awake|real|really|actually|but|then|and now|and i(?! (?:kept|was|tried|couldn't|could"
                      r"|ran|screamed|shouted|went|froze)))\b)[\w']+ ?)*")


def story_told(t: str) -> bool:
    """A work named by its kind or its parts, or a plot opened by its title (no supposition, no
    coursework: those are asked inside real emergencies too; no plot by its verbs alone: "he slips in
    and out" is said of real people too)."""
    return bool(FICTION.search(t) or (PLOT.search(t) and not first_person(t)))


def narrated(t: str) -> bool:
    """A stranger's story told as a plot is (NARRATIVE), with nobody of the writer's in it, nothing
    acute now and no call for help."""
    return bool(NARRATIVE.search(t)) and not (first_person(t) or ACUTE_NOW.search(t)
                                              or CALLS_FOR_HELP.search(t))


def says_real(t: str) -> bool:
    """The writer says this is real and happening, not a story, game or supposition."""
    return bool(REAL_NOW.search(t))


def asks_if_real(t: str) -> bool:
    """The message asks whether something (seen, read, played) is realistic."""
    return bool(REALITY_CHECK.search(t))


def explicit_past(t: str, urgency_text: str, acute: bool = False) -> bool:
    """A dated or subordinate past, and nothing acute now (`urgency_text`: `t` with settled "now"s
    taken out, see `triage._as_urgency`; `acute`: the rules' own present-tense cues found one)."""
    dated = EXPLICIT_PAST.search(t) or (CARE_GIVEN.search(t) and PAST_EVENT.search(t)) or PAST_CARE.search(t) \
        or past_episode(t, urgency_text)
    return bool(dated) and not acute and not ACUTE_NOW.search(urgency_text)


def past_episode(t: str, urgency_text: str) -> bool:
    """A past episode and a question about its aftermath, nothing acute now and no call for help."""
    if not (EPISODE.search(t) and AFTERMATH.search(t)):
        return False
    told = _ASKING_ABOUT.sub(" ", urgency_text)
    return not (ACUTE_NOW.search(urgency_text) or CALLS_FOR_HELP.search(urgency_text) or PRESENT_TENSE.search(told))


# The animal as the cause of a person's injury, not the one at risk (tenth round: "my mate got bitten by a dog on the
# thigh and it's spurting blood" got the vet notice)
_HURT_BY_AN_ANIMAL = re.compile(r"\b(?:bitten|bit|attacked|mauled|savaged|kicked|trampled|gored|scratched) by (?:\w+ ){0,3}?"
                                r"(?:dog|dogs|cat|horse|pony|cow|bull|snake|rat|monkey|pit ?bull|rottweiler|alsatian)\b"
                                r"|\b(?:dog|cat|snake|horse|rat) (?:bite|bites|attack)\b"
                                # eleventh round: the animal as what set off a person's symptoms ("feeling a bit
                                # wheezy since the cat moved in" made the follow-up "really cant breathe now ... inhaler
                                # not helping" a pet's, answered with the vet notice)
                                r"|\bsince (?:the|our|my|a|we got (?:the|a)) (?:new )?(?:cat|cats|dog|dogs|puppy|kitten|rabbit"
                                r"|hamster|guinea pig|horse|bird|parrot)s? (?:moved in|arrived|came|came home|joined)"
                                r"|\ballergic to (?:the |my |our |his |her )?(?:cat|cats|dog|dogs|horse|horses|rabbit|hamster"
                                r"|guinea pig|bird|feathers)\b|\b(?:cat|dog|horse|rabbit) (?:hair|fur|dander)\b")


def _hurt_by_an_animal(t: str) -> bool:
    """An animal hurt someone who is no pet ("my mate got bitten by a dog"; not "my dog got bitten by a snake")."""
    return any(not PET.search(t[max(0, m.start() - 30):m.start()]) for m in _HURT_BY_AN_ANIMAL.finditer(t))


def about_a_pet(t: str) -> bool:
    """The one at risk is an animal: a pet is named and no person (the writer or a relative) is, nor was the animal
    what hurt someone."""
    if not PET.search(t) or _hurt_by_an_animal(t):
        return False
    return not PERSON_AT_RISK.search(_owner_caring_out(_OWNER.sub(" ", _PET_SEX.sub(" ", t))))


# Session 40 (served probes): "my dog ate a whole bar of dark chocolate" was answered with no word of a vet: no red
# flag is named, so the pet notice never came. A pet that swallowed one of the things vets list as poisonous or as a
# blockage is a pet that may be in danger, whatever words follow: the owner is pointed to a vet.
_SWALLOWED = (
    r"(?:ate|eaten|eat|eats|eating|swallowed|swallow|chewed|chewing|licked|licking|drank|drunk|drinking|got into|scoffed"
    r"|gobbled|wolfed|nibbled|had)"
)
_PET_HARM = (
    r"(?:chocolate|cocoa|brownies?|grapes?|raisins?|sultanas?|currants?|onions?|garlic|chives|leeks?|xylitol"
    r"|sugar ?free|chewing gum|gum|macadamias?|avocado|lil(?:y|ies)|antifreeze|rat (?:poison|bait)|slug pellets"
    r"|poison|bleach|detergent|cleaner|cleaning|dishwasher (?:tab|tablet|pod)s?|washing (?:pod|tablet)s?|batter(?:y|ies)"
    r"|magnets?|socks?|string|corn cobs?|cooked bones?|chicken bones?|bones?|needle|fish ?hook|coins?|weed|cannabis"
    r"|edibles?|alcohol|beer|wine|coffee|caffeine|energy drink|nicotine|vape|cigarettes?|pills?|tablets?|medicine|meds"
    r"|medication|ibuprofen|paracetamol|acetaminophen|tylenol|aspirin|naproxen|nurofen|advil|insulin|antidepressants?"
    r"|painkillers?|vitamins?|fertili[sz]er|pesticide|weed ?killer|plant food|mushrooms?|toadstools?|yew|conkers?"
    r"|acorns?|sago palm|tulip bulbs?|daffodil bulbs?|bulbs?|silica gel|paint|glue)"
)
PET_SWALLOWED_HARM = re.compile(rf"\b{_SWALLOWED}\b(?: [\w']+){{0,6}}? {_PET_HARM}\b")


def pet_swallowed_harm(t: str) -> bool:
    """A pet (and no person) swallowed something vets list as poisonous or as a blockage ("my dog ate a whole bar of
    dark chocolate", "the cat licked some antifreeze"): read on the normalised text."""
    return about_a_pet(t) and PET_SWALLOWED_HARM.search(t) is not None


# conv23: a person named only as whose place or thing it was ("from the neighbour's yard", "at my nan's house"): where
# the animal found the poison, not someone at risk ("our dog ate rat bait from the neighbor's yard" read as a person's)
_WHOSE_PLACE = re.compile(r"\b[\w]+(?:'s|s') (?:\w+ )?(?:yard|garden|compound|house|home|place|flat|farm|field|land|drive"
                          r"|driveway|porch|shed|garage|barn|bin|bins|kitchen|room|bag|handbag|purse|table|floor|car"
                          r"|allotment|fence|lawn)\b")


def _owner_caring_out(t: str) -> str:
    """`t` with the owner's questions and care for the animal, and whose place it happened at, taken out (what is left
    may name a person at risk)."""
    return _WHOSE_PLACE.sub(" ", _OWNER_CARING.sub(" ", _ASKING.sub(" ", t)))


def still_about_a_pet(earlier: list[str], t: str) -> bool:
    """Issue 21, eighth round: a follow-up about the pet an earlier message named ("my parrot flew into the patio
    door" -> "hes breathing but wont get up"): no person (the writer or a relative) named in it either."""
    return any(about_a_pet(normalise(m)) for m in earlier) \
        and not PERSON_AT_RISK.search(_owner_caring_out(_PET_SEX.sub(" ", t)))


# A question about a lethal amount asked for a pet or for study is theirs, not the writer's risk: the words both readers
# of such questions leave to it (`self_harm_cues.LETHAL_ASK`, `distress.asks_a_lethal_amount`, each with words of its own)
PET_OR_STUDY = (r"dog|cat|puppy|kitten|pet|horse|rabbit|hamster|exam|exams|essay|assignment|coursework|revision|module"
                r"|lecture|homework|nursing|pharmacology|studying|student")
# Session 49 (fa25, the lead's probe: "whats the lethal dose of morphine, its for my pharmacology essay" got the self-harm
# emergency while the same question alone was answered): the writer's study given as the reason for asking ("its for my
# essay", "for my nursing exam", "im revising for my pharmacology module", "doing a toxicology assignment"). Its "my"
# and "im" are the writer's coursework, not a person at risk: the self-harm reader's question that names nobody
# (`prototypes.names_nobody`) reads the message without it. Normalised text.
_STUDY_WORK = (r"(?:essay|essays|exam|exams|assignment|coursework|revision|module|lecture|homework|class|course"
               r"|presentation|project|dissertation|thesis|seminar|quiz|test|placement|uni work|school work)")
STUDY_REASON = re.compile(
    rf"\b(?:(?:it's|it is|its|this is|that's|asking|a question|just asking|quick question)? ?for (?:my|our|a|the|this) "
    rf"(?:\w+ ){{0,2}}?{_STUDY_WORK}"
    rf"|(?:i'm|i am) (?:revising|studying|learning|reading up|doing (?:a|an|my) (?:\w+ ){{0,2}}?{_STUDY_WORK})"
    rf"(?: for (?:my|our|a|the|an) (?:\w+ ){{0,2}}?{_STUDY_WORK}| about (?:it|this|that))?"
    rf"|doing (?:a|an|my|our) (?:\w+ ){{0,2}}?{_STUDY_WORK}"
    rf"|(?:we are|we're) (?:learning|studying|doing) (?:about )?(?:it|this|that)? ?in (?:\w+ ){{0,2}}?{_STUDY_WORK})\b")


def without_study_reason(t: str) -> str:
    """Normalised `t` less the writer's study given as the reason for asking (`STUDY_REASON`)."""
    return " ".join(STUDY_REASON.sub(" ", t).split())
# Session 47 (the lead's probes: "i cut myself shaving and it bled a lot but stopped", "hurt myself playing football, my
# ankle is swollen", "accidentally cut myself on broken glass" all got the suicide-crisis reply): hurting or cutting
# oneself in an everyday accident, told by how it happened, is an injury, not self-harm, unless the writer says it was
# meant. Only words that name an accident as plainly as these: a knife or a blade alone is no accident ("cut myself with
# a knife" stays self-harm). The rules (`triage`'s self-harm signs) and the meaning readers (`everyday_frame`) share them.
ACCIDENT = (r"(?:by accident|accident(?:al|ally)|accidently|by mistake|shaving|cooking|chopping|slicing|peeling|grating"
            r"|gardening|playing|lifting|training|at the gym|at work|at footy|at football|on (?:a |the |some |my )?(?:(?:broken|sharp)"
            r" \w+|(?:glass|tin|can|nail|paper|fence|wire|edge|corner|bramble|thorn|mandoline|grater)\w*)|tripped|slipped"
            r"|fell|when i (?:shave|shaved|cook|cooked)|while (?:shaving|cooking|chopping|working|playing|gardening))")
MEANT = r"(?:on purpose|deliberately|deserve|to cope|coping|the urge|to feel (?:something|better|pain|in control)|to punish)"
_ACCIDENT_TOLD = re.compile(rf"\b{ACCIDENT}\b")
_MEANT_TOLD = re.compile(rf"\b{MEANT}")


def accident_told(t: str) -> bool:
    """How an injury happened, told as an everyday accident, with nothing said of meaning it (normalised text)."""
    return bool(_ACCIDENT_TOLD.search(t)) and not _MEANT_TOLD.search(t)
