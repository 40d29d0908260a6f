"""Arabic typed in Latin letters ("Arabizi": "mesh 2ader atnafes", "3andaha sokkar"), as many write on a
phone, mostly Egyptian and Levantine. Numerals stand for Arabic sounds (2 ء/ق, 3 ع, 5 خ, 7 ح), and each
has a letter spelling too ("5alas"/"khalas", "7abbet"/"habbet"): stems are written with both. Every sign
holds an Arabic word that is not an English one ("mesh" and "dam" are, so they come with another), so an
English message is not read as Arabic (see the package docstring)."""

G = r"(?:\S+ ){0,3}"
AFTER_SHOCK = (r"(?:we2e3|wi2i3|wa2a3|w2e3|w2i3|wi2e3|oghmi|ughmi|ghayeb|2alb|alb|nafas|m7rou2|ma7roo2|ma7ru2|mesh 3am y|msh 3am y"
               r"|ma 3am y)")
W = r"(?:\S+ ){0,10}"  # a clause
NOT = r"(?:mesh|msh|mish|mush|mosh|ma|mo|mu)"
# ... and Darija's "9der"/"qder" after its present "ka-" ("ma kay9derch", "ma kat9derch"; session 53, `languages_dev28.jsonl`)
ABLE = r"(?:2ader|2adra|2adir|ader|adra|2dr|2der|3aref|3arfa|3arif|3am|(?:ka)?(?:y|t|n)?(?:9der|qder|9dar|qdar)|9adr|qadr)"
REPLY = r"(?:bi|by|be|bey|bet|bit|b)?(?:yrod|yerod|yrud|trod|terod|trud|rod|rud|yfoo2|yefoo2|tfoo2|foo2|fo2|yfi2|yfee2|tfi2)"
SOMEONE = (r"(?:abuya|abooya|abouya|baba|baba|abi|ummi|omi|ommi|mama|ibni|ebni|ebny|benti|bint|akhoya|a5oya|a7oya|akhi|a5i"
           r"|ukhti|o5ti|okhti|gedo|geddo|teta|jaddi|jadda|sete|sitti|gozi|goozi|zawgi|mrati|marati|el baby|el bebe)")

# session 48: the words of drowning, of a venomous sting, of a fever and of a stiff neck
DROWN = r"(?:(?:bi|b|3am |3am b)?(?:y|t)?(?:eghra2|ighra2|ghra2|ghara2)|ghere2|ghir2|ghar2an|gher2an|ghir2an)"
WATER = r"(?:ba7r|bahr|pisin|piscine|pool|masba7|masbah|nahr|mayye|mayy)"
VENOMOUS = r"(?:3a2rab|3aqrab|3akrab|aqrab|ta3ban|t3ban|2af3a|af3a)"
STUNG = r"(?:lada3|ladagh|lad3|2aras|2ars|aras|3ad)"
# ... and Maghrebi (Darija) "s5ana", "ra9ba m7ajra" (a neck gone stone-hard; tune round 23)
FEVER = r"(?:sokhne|sukhne|s5ne|skhoneyye|7arara|harara|7ama|homma|7omma|7errara|s5ana|skhana|s5ouna|skhouna|s5ona|7emma|l7emma)"
STIFF_NECK = (r"(?:ra2abt|ra2bet|ra2ab|ra2abe|ra9b|r9ab|r9eb|rqab|raqab)\S* (?:\S+ ){0,2}(?:nashf|yabs|mshadd|2aswe|2asye|ma2fool"
              r"|mesh 3am|ma 3am|msh 3am|ma bt|mesh bt|msh bt|m7ajr|m7jr|mhajr|9as7|qas7|m9ass|m9as7|m7joz)")

SIGNS = {
    "breathing": (rf"{NOT} (?:\S+ )?{ABLE}\S* (?:\S+ )?(?:atnafes|atnaffes|at?naffas|etnafes|yetnafes|yetnaffes|yitnaffas|tetnafes|tetnaffes|titnaffas|(?:y|t|n)?(?:e)?tneffes|ya5od nafas|yakhod nafas|ta5od nafas|takhod nafas|a5od nafas|akhod nafas)",
                  r"(?:mabyetnafes|mabyetnaffes|mabitnaffas|mabtetnafes|mabtetnaffes|mesh beyetnafes|mesh biyetnafes|msh byetnafes)",
                  r"(?:nafaso|nafasha|nafasi|nafas) (?:\S+ )?(?:ma2tou3|maktou3|wa2ef|ra7|rayeh)",
                  r"(?:lono|lonha|lawno|shafayfo|shafayfha|shafayef|wesho|wesh-ha|weshha|wisho|wejho|wjho|wejha|wjha|wejhha)\S* (?:\S+ ){0,2}"
                  r"(?:azra2|zar2a|zar2aa|azraq|zar2|zre9|zer9|zr9|zar9|mzre9)"),
    "unconscious": (r"(?:oghmi|ughmi|oghma|ughma|o8mi|3'ayeb|ghayeb|ghayib) (?:\S+ )?(?:3aleh|3aleha|3alaih|3alayha|3an el wa3y|3an alwa3i)",
                    rf"{SOMEONE}\S* {W}{NOT} (?:\S+ )?{REPLY}"),
    "self_harm": (  # on a height and about to jump (twelfth round)
                  r"(?:sat7|sath|el sat7|kobri|kubri|jisr|balkona|balkon|shebbak|borg)\S* (?:\S+ ){0,8}(?:w|we|wa)?(?:ha|7a|ra7|h|sa|sa2)? ?(?:a2fez|2afez|anot|ant|anut|armi nafsi|army nafsy|armi 7ali)",
                  r"(?:ha|7a|h|ra7|hak|7ak)?(?:khalas|5alas|khales|5ales) (?:3ala|3la|ala|3a) (?:nafsi|7ayati|hayati|7ayatee)",
                  r"(?:ha|7a|h|ra7|a)?(?:mawet|mawwet|amawet|amwet|a2tel|2tel|2atel|a2otl) (?:nafsi|7ali|roo7i|ro7i)",
                  r"(?:2nte7ar|ente7ar|enti7ar|2nti7ar|inti7ar|2ente7ar)",
                  rf"{NOT} (?:\S+ )?(?:3ayez|3ayza|3awz|3awza|3ayz|bidi|beddi|biddi) (?:\S+ )?(?:a3eesh|a3ish|3ish|3eesh|a3ayesh)",
                  r"(?:hashrab|ha4rab|7ashrab|hab?la3|7abla3|hakhod|ha5od|7a5od)\S* (?:\S+ )?(?:kol|kul|koll) (?:el |il |al |el|il|al)?(?:7obob|7bob|7boob|7ob|hobob|bobob|bra4em|dawa|adwya|2adwiya)",
                  r"(?:wada3an|wade3|wada3) (?:\S+ )?(?:lkol|lekol|lel kol|ya gama3a|ya gma3a)", r"(?:mesh|msh|mish) (?:\S+ )?(?:hakoon|ha2koon|7akoon|hakun|7akun|hab2a) (?:\S+ )?(?:3ayesh|3ayesha|mawgood|mawgooda)"),
    "poisoning": (r"(?:shereb|shirib|shrib|shreb|shrebet|sherbet|shirbit|shiribt|shereb|bala3|bal3|bele3|bala3et|bal3et|bil3it|kal|kalet|akal)\S* (?:\S+ ){0,3}(?:clorox|klorox|kloroks|chlor|klor|flash|kaz|gaz|benzin|banzeen|ma6hor|mat7or|mubeed|mobeed|se2a|sabgha|battariya|bataria|ba6aria)",
                  r"(?:tasammom|tasamom|tasamum|tsamom)"),
    "overdose": (r"(?:shereb|shirib|shrib|shreb|shrebet|sherbet|shirbit|bala3|bal3|bele3|bala3et|bal3et|bil3it|akhad|a5ad|akhadt|a5adt)\S* (?:\S+ ){0,2}(?:\d+|kol|kul|3elbet|3elba|shre6|shreet|eshreet)\S* (?:\S+ ){0,2}(?:7obob|7bob|7boob|7ob|hobob|bra4em|barashem|dawa|adwya)",
                 # pills with alcohol, and the person not waking (session 51, `languages_dev27.jsonl`)
                 r"(?<=^ )(?=(?:.* )?(?:7obob|7bob|7boob|hobob|bra4em|barashem|adwya) )(?=(?:.* )?(?:alcohol|alko7ol|kohol|5amra|khamra"
                 r"|sharab|vodka|whisky) )(?:.* )?" + NOT + r" (?:3am )?(?:bi|b)?(?:yfi2|yfee2|tfi2|tfee2|yes7a|yis7a|tes7a|tis7a)",),
    "stroke": (r"(?:wesho|wisho|wesh-ha|weshha|bo2o|bo2ha|bu2o|fammo|tomo)\S* (?:\S+ ){0,2}(?:mal|mayel|mayla|ma2loob|m3awag|me3awag)(?:\S*)",
               rf"{NOT} (?:\S+ )?{ABLE}\S* (?:\S+ )?(?:yetkalem|yetkallem|tetkalem|tetkallem|yitkallim|titkallim|yi7arak|ye7arak|yeharak|te7arak|tharak)\S*",
               r"(?:kalamo|kalamha|kalamu) (?:\S+ ){0,2}(?:mesh|msh|mish) (?:mafhoom|mafhum|wade7|wadi7)"),
    "seizure": (r"(?:byetshanag|biyetshanag|beyetshanag|bitetshanag|btetshanag|bitshannag|yetshanag|tetshanag|tashanoj|tashanog|teshannog|tashnoj|tashnog|tashannuj|tashanuj|tashannoj|tshanoj)",
                # the body that jerks ("3am yenteffed", "bitintifid"), foam at the mouth, a fit that came on
                # ("ijato nawba", "jatha kahraba"), Levantine and Egyptian (session 47)
                r"(?:bi|b|be|bt|by|3am |3am bi|3am b)?(?:yentefe?d|yenteffe?d|yintifi?d|yintiffi?d|tentefe?d|tenteffe?d|tintifi?d|tintiffi?d|yenfeed|yentafad)",
                r"(?:raghwe|raghwa|rghwe|rghwa|reghwa|raghawi|zabad|zabd)\S* (?:\S+ ){0,3}(?:tummo|tumo|temmo|tommo|tummu|tummha|temha|tomha|bo2o|bo22o|bo2ha|bu2u|fammo|famo|famha|foumo|fomo|fomha)",
                r"(?:ijato|ejato|jato|jatlo|jatha|ijatha|ejatha|jalo|galo|gatlo|gatha|3ando|3anda|3andu|3ando)\S* (?:\S+ )?(?:nawba|nawbe|nobe|noba|nobet|kahraba|kahrabe|tashanoj|tashanog|sar3|sara3)",),
    "bleeding": (r"(?:el ?dam|eddam|damm|dammo|damha)\S* (?:\S+ ){0,5}(?:mesh|msh|mish|ma) (?:\S+ )?(?:3ayez|3ayz|ywa2ef|yw2af|yew2af|yew2of|yu2of|tew2af|byew2af|biw2af|bi2af|wa2ef|ya2af|yu2af|yo2af|byo2af|beyo2af|byw2af|biwa2af)",
                        r"(?:nazif|nazeef|nezif|nazeef)\S* (?:\S+ )?(?:gamed|gamid|ktir|kteer|awi|2awi|shdeed|shedid)"),
    "cardiac": (rf"(?:wag3|waga3|wage3|alam|2alam|alm|waja3|wja3)\S* (?:\S+ ){{0,3}}(?:sadr|sidr|sedr|sadro|sadri|sadrha)\S* {W}(?:dra3|dera3|der3|dir3|edo|eido|ido|edha|3ar[2qk]|3ara[2qk]|nafas)",),  # ق typed 2, q or k: "3ar2an", "3arqan"
    "anaphylaxis": (r"(?:zor|zawr|zoro|zori|zorha|7al2|hal2|7al2o|7al2i)\S* (?:\S+ ){0,3}(?:biy2fel|bi2fel|bey2fel|2afel|ma2fool|warem|wirim|wa2em|ware2|byewram)",
                    r"(?:wesho|wisho|weshha|wesh-ha|weshi|shafayfo|shafayfha|shafayfi|lsano|lesano|lsani)\S* (?:\S+ ){0,2}(?:warem|wirim|werem|wermet|wirmit|wermi|wermo|nafakh|nefekh)"),
    "obstetric": (rf"(?:7amel|7amla|hamel|hamla|7aamel)\S* {W}(?:nazif|nazeef|nezif|dam|damm|bnzef|banzef|benzef|btenzef)",),
    # a boiling liquid spilt on someone, with the skin or the trunk it burnt, or skin coming off ("nkab 3aleh may 3am
    # teghli", "jelda 3am tetla3"; session 48): Arabic script has its burns in `grid`, Arabizi had none
    "burns": (rf"(?:m8li|mghli|maghli|m2li|mi8li|(?:3am |bi|b|bt|by)?(?:t|y)eghli|(?:3am |bi|b|bt|by)?(?:t|y)ighli|sokhn|s5n)\S* {W}"
              r"(?:jeld|jild|fa2a3|fa2ee3|batn|batno|batna|sidr|sedr|sadr)",
              r"(?:jeld|jild)\S* (?:\S+ ){0,2}(?:(?:3am |bi|b|bt)?(?:t|y)etla3|(?:3am |bi|b|bt)?(?:t|y)itla3|ra7et|ra7it|ma2shoor|met2ashsher|nezlet|nizlit)"),
    # session 48: drowning (with the water named: "ghar2an bel shoghl" is swamped with work), a shock with what it did,
    # a venomous sting or bite, a fever with a stiff neck
    "drowning": (rf"{DROWN}\S* {W}{WATER}", rf"{WATER}\S* {W}{DROWN}"),
    # ... Levantine "misik" (took hold of), "kahrabo" (it shocked him), "w2e3" (fell) typed without its vowel (session 53,
    # `languages_dev28.jsonl`)
    "electric_shock": (rf"(?:meskat|mesket|msek|meskit|masak|misik|mesik|misket|darab|darb|sa3a2|s3a2)\S* (?:\S+ )?(?:el |il |al )?(?:kahraba|kahrabe)\S* {W}"
                       rf"{AFTER_SHOCK}",
                       rf"(?:kahrabo|kahrabha|kahrabu|tkahrab|etkahrab|itkahrab|ekahrab)\S* {W}{AFTER_SHOCK}"),
    "sepsis_meningitis": (rf"{FEVER}\S* {W}{STIFF_NECK}", rf"{STIFF_NECK}\S* {W}{FEVER}"),
    # a fall or a blow on the head with vomiting or drowsiness after it ("we2e3 3ala raso w sar yet2ayya2"; session 48)
    # ... with "ra2s" for the head, "ekhabat" for the knock, and the one who does not get up or breathes oddly after
    # ("w ekhabat ra2so w mesh bey2oom"; tune round 24)
    "head_injury": (rf"(?:we2e3|wi2i3|wa2a3|wo2e3|5abat|khabat|5abbat|darab|itkhabat|et5abat|ekhabat|e5abat)\S* (?:\S+ ){{0,5}}(?:ras|raas|ra2s)\S* {W}"
                    r"(?:(?:bi|be|b|3am |3am b)?(?:y|t)?(?:t2ayya2|et2ayya2|it2ayya2|t2aya2|2aya2|estafragh|stafragh|estafra5|rage3|raja3)"
                    r"|na3san|na3sane|na3sana|ghayeb|3'ayeb|msh fa2e|mesh fa2e|msh fayi2|dayekh|dayi5|day5"
                    rf"|{NOT} (?:bi|be|b)?(?:y|t)(?:2oom|2om|2um|oom)(?!\S)|(?:bi|be|b)?(?:y|t)?(?:e)?(?:tnaffas|nafas|tnafas) (?:\S+ )?(?:shakl|sh2l) (?:gharib|8arib|3'arib))",),
    "diabetic": (rf"(?:sokkar|sukkar|sokar|sukar|sokkary)\S* {W}{NOT} (?:\S+ )?{REPLY}",
                 rf"(?:sokkar|sukkar|sokar|sukar|sokkary)\S* {W}(?:3ar2an|3ar2ana|3ara2|mdawwakh|mdawakh|mdawa5|dayekh|day5|mesh wa3y|msh wa3i)"),
}
# a venomous sting or bite, read with the household poisons above (session 48)
VENOM = (rf"{VENOMOUS}\S* (?:\S+ ){{0,3}}{STUNG}", rf"{STUNG}\S* (?:\S+ ){{0,3}}{VENOMOUS}")
SIGNS["poisoning"] += VENOM

CONDITIONS = {
    "cardiac": (r"(?:azma|2azma) (?:2albeya|qalbiya|2albiya|albeya)", r"(?:zab7a|zabha) (?:sadreya|sadriya)"),
    "stroke": (r"(?:galta|gal6a|jal6a|jalta) (?:fel|fil|f) (?:mo5|mokh|mukh|dema3|dmagh)", r"sakta dema3eya"),
}
CUES = (rf"{SOMEONE} ", r"(?:delwa2ti|dlwa2ti|dilwa2ti|halla2|hala2|hal2|el7a2ni|elha2ni|ilha2ni|sa3doni|sa3dooni|ilha2oni|bsor3a|besor3a) ",)
EDUCATIONAL = (r"(?:eh|esh|shu|ehh|eih) (?:howa|hia|heya|hya|a3rad|asbab)", r"(?:a3rad|2a3rad|asbab|2asbab) ", r"ezay (?:a3raf|n3raf|amna3)")
# a fit of long ago or of childhood is a history, not a fit now ("ijato nawba men 10 snin, halla2 mni7"; session 47)
_HISTORY = (r"(?:men|min|mn|2abl|abl) (?:\S+ )?(?:sana|sanateen|sanatein|snin|sneen|sanawat|shohor)"
            r"|(?:lamma|lama|lemma|wa2t ma|wa2tma|mni|melli) (?:\S+ )?(?:kont|kan|kanet|kenet|kano|kunt|kent) (?:\S+ )?"
            r"(?:soghayar|soghayara|so8ayar|sghir|sghira|zghir|zghire|zgher|tefl|sgher|sghour)")
# ... and so is a near-drowning, a shock, a burn, a blow or a poisoning of childhood ("lamma kont soghayar kont ha8ra2 fel ba7r";
# session 52): the signs of these kinds read no time either
GUARDS = {category: (_HISTORY,) for category in ("seizure", "drowning", "electric_shock", "burns", "head_injury", "poisoning")}
PAST = (r"(?:men|min|mn) (?:sana|sanateen|sanatein|sneen|snin|shahr|shahrein|\d+ (?:snin|sneen|sanawat|shohor))", r"(?:el|il)? ?sana (?:elli|illi|ely|eli) (?:fatet|fatit)")
# a supposition or an information question with no now ("law had ghere2 bel ba7r shu lazem a3mel? bas ta3lim", "kif ba3ref
# eza el 3a2rab sam?"): the Arabic-script lexicon has its frames in `questions` and `stance`, this one had none (session 48)
FRAMED = (r"(?:law|lau|iza|eza|lw) (?:\S+ )?(?:had|7ada|7ad|7add|wa7ad|wa7ed|shi 7ada)\S* (?:\\S+ ){0,10}(?:shu|sho|esh|eh|eih|ayesh|sh) (?:\S+ )?"
          r"(?:lazem|b3mel|ba3mel|a3mel|na3mel|ne3mel|n3mel|el 3amal)",
          r"bas (?:ta3lim|ta3allom|lal ma3loomat|lal ma3lumat|so2al|bes2al|fodool|fodol|3ashan a3raf)",
          r"(?:kif|keef|ezay|ezzay|izzay) (?:\S+ )?(?:ba3ref|ba3rif|a3ref|a3rif|n3ref|na3ref)")
