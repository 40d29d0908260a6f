"""Acute change in an older person (GitHub issue 21, thirteenth round).

Sudden confusion, drowsiness or "not making sense" in an older person is how a stroke, sepsis, a low sugar or a bleed
after a fall often shows itself (delirium): "my grandad's just gone really quiet and isnt making sense" named no
red flag of the rules and the head's reading of it was dropped as a short message with no danger cue. The same words
are everyday in questions about long-standing decline ("my nan has dementia and repeats herself", "grandad's memory
has been going for years"). What tells them apart is not the sign but its onset: a change told as new (today,
tonight, since she woke, "just gone", "came on", "overnight") or against how the person usually is ("she's normally
sharp as a tack", "never been like this", "was fine yesterday").

So the reading is three parts, each a grammar of its own rather than a list of one set's phrases: an older person
(a grandparent, "elderly", an age of 70 or more), a sign of a changed mind or of a body that has given out (confused,
muddled, not making sense, talking gibberish, gone quiet or vacant, drowsy, can't be kept awake, can't get up), and an
onset or a contrast with the usual. A long-standing condition named (dementia, Alzheimer's, Parkinson's, "for years")
needs an onset said in so many words ("suddenly", "today", "overnight", "much worse than usual"): acute confusion on
top of dementia is still delirium, the condition's own course is not.
"""

from __future__ import annotations

import re

from medassist.model.safety.text import normalise

_GRAND = (
    r"(?:great )?(?:nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandmom|grandmum|grandad|granddad"
    r"|grandpa|granda|grandfather|grampa|gramps|grandpop|grandparents?)"
)
# An older person: a grandparent, someone called elderly or old, or anyone given an age of 70 to 109.
OLDER = re.compile(
    rf"\b(?:{_GRAND}|great (?:aunt|auntie|uncle)|(?:elderly|old|older|aged|frail) (?:\w+ )?(?:man|woman|lady|gentleman|dad|mum|mom|father|mother"
    r"|neighbou?r|relative|parent|parents|aunt|auntie|uncle|patient|person|friend)|old (?:man|lady|fella|boy|girl)"
    r"|(?:[7-9]\d|10\d) ?(?:yo|y o|yrs?|years?|year old|yr old|years old)|aged (?:[7-9]\d|10\d)"
    r"|(?:is|'s|he's|she's|turned) (?:[7-9]\d|10\d)\b(?! ?(?:%|mins?|minutes|kg|lbs?|bpm|mmol))"
    # an age in brackets or a clause ("my dad (79) is talking gibberish", "auntie 83 has been wandering")
    r"|(?:[7-9]\d|10\d) (?=(?:\w+ )?(?:he|she|is|and|has|was|just)\b))"
)
# A changed mind, or a body that has given out.
CHANGE = re.compile(
    r"\b(?:confus\w*|muddled|disorientated|disoriented|delirious|delirium|(?:not|isn't|wasn't|aren't) making (?:any )?sense"
    r"|making no sense|(?:can't|cannot|couldn't) (?:find|get) (?:his|her|their|the) words(?: out)?|words (?:are |keep )?"
    r"(?:coming out )?(?:wrong|jumbled|muddled|mixed up)|keeps? dropping (?:things|stuff|his \w+|her \w+)"
    r"|won't (?:really )?(?:respond|answer|wake)"
    r"|talking (?:rubbish|nonsense|gibberish|funny|strange|weird|to people who aren't there)|gibberish|mumbling"
    r"|mixing up (?:\w+ )?words|(?:gone|went|going|is|seems|become|becoming) (?:really |very |all |so |a bit |quite )?"
    r"(?:quiet|vacant|vague|dopey|drowsy|sleepy|floppy|blank|strange|weird|odd|funny)|drowsy|dopey|out of it"
    r"|not (?:really )?with it|not (?:himself|herself|themselves|right)|away with the fairies"
    r"|(?:doesn't|does not|didn't|can't|cannot|don't) (?:know|recogni[sz]e|tell (?:me )?) (?:where|who|what (?:day|year"
    r"|time)|me|us|what's going on)|seeing things|hallucinat\w*|picking at (?:the air|nothing)|staring (?:into space"
    r"|blankly)|(?:can't|cannot|won't|couldn't|can hardly|can barely) (?:\w+ )?(?:get up|stand|stay awake|keep (?:\w+ )?"
    r"(?:awake|eyes open)|get (?:him|her|them) up)|(?:hard|impossible) to (?:wake|rouse|keep awake)"
    r"|(?:not|isn't|isnt|stopped) (?:really )?(?:answering|responding|talking)|(?:legs?|she|he) (?:just )?(?:went|gave way"
    r"|gone)\b(?! (?:to|out|home|on|back|in))|keeps? (?:falling asleep|nodding off|dozing off))"
)
# The change told as new: a moment, a day, a night, a start.
ONSET = re.compile(
    r"\b(?:suddenly|sudden|all of a sudden|out of (?:nowhere|the blue)|just (?:gone|went|become|turned|started|come over"
    r"|came over|stopped)|today|tonight|this (?:morning|afternoon|evening)|since (?:she|he|they) (?:woke|got up|came"
    r"|had)|since (?:breakfast|lunch|dinner|tea|last night|yesterday|this morning|earlier)|overnight|came on|come on"
    r"|started (?:today|this|tonight|earlier|in the night)|in the (?:last|past) (?:few |couple of )?(?:hours?|hour|day)"
    r"|(?:an|an hour|\d+ hours?|\d+ mins?|minutes?|few hours) ago|right now|at the moment|all afternoon|all morning"
    r"|all day|earlier today|within (?:an|the) hour|(?:more|really) (?:\w+ )?than usual|worse today"
    # "and now she's muddled": a state that was not there before; found on the floor
    r"|(?:and|but) now|now (?:she|he|they|she's|he's|they're|is|seems|can't|won't|keeps)|(?:on|off) the floor"
    # become what the acute signs are ("nan's gone very sleepy and floppy"), not "gone quiet" as people do over a loss
    r"|(?:'s|has|is|have) (?:just |suddenly )?(?:gone|went|going|turned|become) (?:\w+ ){0,2}?(?:sleepy|floppy|drowsy"
    r"|confused|muddled|vacant|dopey|limp|grey|gray|pale|blue|clammy|unresponsive|vague))\b"
)
# The change told against the usual: the person is normally otherwise.
CONTRAST = re.compile(
    r"\b(?:(?:normally|usually|always|is normally|is usually) (?:so |really |very |all |quite )?(?:sharp\w*(?: as a tack)?"
    r"|all there|fine|with it|chatty|alert|up and about|independent|on the ball|bright|clear|lucid|with us|active)"
    r"|(?:never|not) (?:been |done |acted |seen (?:her|him) )?like (?:this|that)|(?:never|not) done (?:that|this) before"
    r"|not like (?:her|him|them)|(?:was|were|she was|he was|seemed) (?:totally |completely |perfectly )?(?:fine|ok|okay"
    r"|normal|alright|all right|herself|himself) (?:yesterday|this morning|last night|earlier|at lunch|at breakfast"
    r"|an hour ago|before)|(?:she's|he's|she is|he is) (?:normally|usually) (?:\w+ ){0,3}?(?:sharp|there|fine|chatty"
    r"|independent|active))\b"
)
# A long-standing condition or decline: its own course is no emergency.
CHRONIC = re.compile(
    r"\b(?:dementia|alzheimer\w*|parkinson\w*|cognitive impairment|memory (?:loss|problems?|clinic|issues)"
    r"|for (?:years|months|a (?:few|couple of) (?:years|months)|ages|a long time)|over the (?:last |past )?(?:few )?"
    r"(?:years?|months|year)|(?:last|past) (?:few |couple of )?(?:years|months)|by nature|as (?:she|he|they) gets? older"
    r"|most days|some days|sometimes|in the evenings|every (?:evening|night|day)|progress\w*|downhill|sundown\w*"
    r"|slowly|gradually|over time)\b"
)
# The onset a long-standing condition needs beside it: the moment said in so many words.
STRONG_ONSET = re.compile(
    r"\b(?:suddenly|sudden|all of a sudden|out of (?:nowhere|the blue)|overnight|came on|come on|today|tonight"
    r"|this (?:morning|afternoon|evening)|in the (?:last|past) (?:few |couple of )?hours?|(?:more|really) (?:\w+ )?than"
    r" usual|worse today|just (?:gone|went|become|turned|started))\b"
)
# Told of a day long gone ("last year she suddenly got confused"): the onset belongs to that past.
_PAST_DAY = re.compile(
    r"\b(?:last (?:year|month|week|christmas|summer|winter|spring|autumn)|(?:\d+|a|one|two|three|few|couple of)"
    r" (?:weeks?|months?|years?) ago|in (?:19|20)\d\d|when (?:she|he|they) (?:had|was|were|got))\b"
)
_PRESENT_DAY = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening)|right now|at the moment|now)\b"
)
_ASKS_IN_GENERAL = re.compile(
    r"\b(?:if|when|whenever) (?:an? )?(?:elderly|older|old) (?:person|people|man|woman|relative)|(?:signs?|symptoms?"
    r"|causes?) of (?:delirium|confusion)|what causes|is it normal for (?:old|older|elderly)\b"
)


# An older person's everyday decline told as a habit or a state that has come on over time, or a question after tips
# or aids ("keeps getting muddled with her tablets, any pill organisers", "her hearing is going and she just nods").
HABIT = re.compile(
    r"\b(?:keeps? (?:\w+ing|on)|anymore|any more|these days|nowadays|(?:is|are|has been|have been|'s been|'s) going"
    r"|(?:has|have|'s) got (?:\w+ )?(?:\w+er|worse)|getting (?:more|less|a bit|quite) \w+|always|sometimes|often|usually"
    r"|at (?:his|her|their) age|old age|tips|ideas|advice|recommend\w*|aids?|gadgets?"
    r"|how (?:do|can|should) (?:i|we) (?:help|cope|support|make|get|include|respond|keep|talk|deal|handle|stop)"
    r"|(?:hearing|memory|eyesight|sight|mobility|balance) (?:is |has been |'s )?(?:going|getting|not)\b)"
)


def everyday_decline(text: str) -> bool:
    """An older person, told of a long-standing condition or a habit (CHRONIC, HABIT), with no onset or contrast with
    the usual and no acute change (the callers add their own check that no risk is named)."""
    t = normalise(text)
    return bool(OLDER.search(t) and (CHRONIC.search(t) or HABIT.search(t))) and not (
        ONSET.search(t) or CONTRAST.search(t) or STRONG_ONSET.search(t)
    )


def acute_change_in_older_person(text: str) -> bool:
    """An older person, a changed mind or a body given out, and an onset or a contrast with the usual, told of now."""
    t = normalise(text)
    if not (OLDER.search(t) and CHANGE.search(t)) or _ASKS_IN_GENERAL.search(t):
        return False
    if CHRONIC.search(t) and not STRONG_ONSET.search(t):
        return False
    if _PAST_DAY.search(t) and not _PRESENT_DAY.search(t):
        return False
    return bool(ONSET.search(t) or CONTRAST.search(t))
