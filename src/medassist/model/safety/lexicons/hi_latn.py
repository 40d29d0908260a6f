"""Hindi written in Latin letters ("Hinglish"), with its loose spellings (nahi/nhi/nai, saans/sans;
see the package docstring)."""

from medassist.model.safety.lexicons.medicines import MEDICINES

G = r"(?:\S+ ){0,3}"
NOT = r"(?:nahi|nahin|nhi|nai|na)"
PILLS = r"(?:goli|golia|goliyan|goliya|dawai|dawa|dava|tablet|tablets)"
PILLS = rf"(?:{PILLS}|{MEDICINES})"  # ... and the names every language shares (`medicines.py`)

W = r"(?:\S+ ){0,10}"  # a clause
FEVER = r"(?:bukhar|bukhaar|fever|temperature|tap rah|3[89]|40)(?!\S* (?:nahi|nhi|nahin|nai))"  # not one said to be absent ("sin fiebre")

SIGNS = {
    "cardiac": (rf"(?:seene|sine|chhati|chati)\S* {G}(?:dard|dabav|jalan)\S* {G}{G}(?:haath|hath|baah|baanh|pasina|paseena)",
                r"(?:seene|sine|chhati|chati) (?:me |mein |mai )?(?:bahut |bohot |bht )?(?:tez|tej|bhayanak|zor) (?:ka )?dard",
                r"dil ka daura",
                rf"(?:seene|sine|seena|sina|chhati|chati|dil)\S* {W}(?:dard|dabav|dabaav|pressure|bhari|jakad|jalan|pain)\S* {W}(?:haath|hath|hand|baah|baanh|bazu|pasina|paseena|jabde|kandhe)", r"thanda (?:thanda )?(?:pasina|paseena)",
                rf"(?:seene|sine|seena|sina|chhati|chati|dil|chest) (?:me|mein|mai|mei|main|pe|par)\S* {W}(?:dard|dabav|dabaav|pressure|bhari|jakad|jalan|pain)", rf"(?:seene|sine|seena|sina|chhati|chati|dil)\S* {W}(?:dard|dabav|pressure|bhari|jakad|pain)\S* {W}(?:pasina|paseena|pasine|ghabrahat|chakkar|saans)"),
    "stroke": (rf"(?:chehra|chehara|muh|munh)\S* {G}(?:latak|tedha|tedhi|tircha|jhuk)",
               rf"(?:bol|hila|hil) {NOT} (?:pa|sak)", r"ajeeb (?:bol|baat)", r"ajib (?:bol|baat)", r"lakwa (?:maar|mar|pad)",
                r"(?:aadha|adha|aadhi|adhi|ek taraf|ek side)\S* (?:\S+ ){0,3}(?:sunn|sun |bejaan|kaam nahi|lakwa)", r"(?:zuban|jubaan|juban|zubaan|awaaz)\S* (?:\S+ )?(?:ladkhada|atak|totla|lad)", r"(?:muh|munh|chehra|face)\S* (?:\S+ ){0,3}(?:tedha|tedhi|ek taraf|tircha|latak)",
                r"(?:ek|left|right|daya|baya|dayan|bayan|daaya|baaya) (?:haath|hath|pair|taang|bazu)\S* (?:\S+ ){0,2}(?:kaam (?:nahi|nahin|nhi|nai|na)|kaam nahi|sunn|uth (?:nahi|nahin|nhi|nai|na)|hil (?:nahi|nahin|nhi|nai|na)|bejaan)", r"(?:boli|awaaz|awaz|bolna|baat|bol)\S* (?:\S+ ){0,2}(?:saaf|saf)\S* (?:\S+ )?(?:nahi|nahin|nhi|nai|na)", r"(?:achanak|ekdam)\S* (?:\S+ ){0,3}(?:bol|chal|dikh)\S* (?:\S+ )?(?:nahi|nahin|nhi|nai|na)"),
    "choking": (rf"gale (?:me|mein|mai)\S* {G}(?:fas|phas|atak)", r"dam ghut",
                r"(?:sikka|coin|tukda|haddi|goli)\S* (?:\S+ ){0,3}(?:nigal|atak|fas|phas)", r"gale (?:\S+ ){0,3}(?:fasa|atka|atak|phasa)"),
    "breathing": (rf"(?:saans|sans|saas|swas) {NOT} (?:le|aa|a rahi|ho)", r"(?:saans|sans|saas) lene (?:me|mein|mai)\S* (?:\S+ )?"
                  r"(?:dikkat|takleef|problem|mushkil|pareshani)", r"(?:saans|sans|saas) (?:phool|fool|ruk)",
                r"(?:saans|sans|saas|swas) (?:hi )?(?:nahi|nahin|nhi|nai|na) (?:aa|le|chal)",
                # the English noun with the Hindi verb, as Hinglish is typed ("breathing nahi ho rahi"; round 22)
                r"(?:breathing|breath|saans|sans|saas)\S* (?:\S+ )?(?:nahi|nahin|nhi|nai) (?:ho|aa|chal|le) (?:raha|rahi|rahe|pa)", r"(?:saans|sans|saas)\S* (?:\S+ )?(?:ukhad|atak|ghut|ruk)", r"dam ghut", r"(?:hoth|honth|chehra)\S* (?:\S+ )?(?:neela|nila|neele|blue)", r"(?:pump|inhaler)\S* (?:\S+ )?(?:kaam nahi|asar nahi|kaam nhi)"),
    "anaphylaxis": (rf"(?:gala|gale|hont|honth|hoth|jeebh|chehra)\S* {G}(?:sooj|suj)", r"(?:bahut|tez) (?:allergy|elarji) (?:ho|hui|hua)",
                rf"(?:gala|gale|hont|honth|hoth|jeebh|chehra|aankh)\S* {G}(?:sooj|suj|phool|band)", r"gala (?:\S+ )?(?:band|kas|choke)"),
    "bleeding": (r"khoon (?:\S+ ){0,3}(?:fawware|fuhaare|fauvare|phuware|fountain)",
                 rf"khoon {G}{NOT} (?:ruk|band)", rf"khoon (?:band|bandh|ruk) (?:hi |bhi )?{NOT}", r"(?:bahut|bohot|bht|jyada|zyada) khoon",
                 r"khoon (?:beh|bah)",
                r"khoon (?:\S+ ){0,3}(?:rukne ka naam|ruk hi nahi|ruk nahi|ruk nhi|tham nahi|rukta (?:hi )?(?:nahi|nhi))", r"(?:khoon|blood|bleeding)\S* (?:\S+ )?(?:bahut|bohot|bht|zyada|jyada|beh raha|beh rahi|bah raha|bah rahi|nikal raha|nikal rahi)", r"(?:bahut|bohot|bht|zyada|jyada)\S* (?:\S+ )?(?:bleeding|blood)", r"(?:chaku|goli)\S* (?:\S+ )?(?:lagi|laga|maar)"),
    "overdose": (rf"\d+ {G}{PILLS}\S* {G}(?:kha|nigal|le li|pi)", rf"{PILLS}\S* {G}(?:nigal|kha li|kha gaya|kha gayi|kha gai)",
                rf"(?:poora|pura|puri|poori|saari|sari|saare|sare|bahut saari)\S* (?:\S+ ){{0,3}}(?:patta|patti|strip|dibba|dibbi|shishi|bottle|{PILLS})\S* (?:\S+ ){{0,3}}(?:kha|nigal|pee|pi|le)", rf"(?:neend|sone) (?:ki )?{PILLS}\S* (?:\S+ ){{0,4}}(?:kha|nigal)", rf"\d+ {PILLS}\S* (?:\S+ )?(?:kha|nigal)"),
    "poisoning": (r"(?:phenyl|phenyle|phinyl|bleach|zeher|zehar|jahar|keetnashak|tezaab|harpic|kerosene)\S* (?:\S+ ){0,2}(?:pee|pi|kha|nigal)",
                  r"zeher kha", r"zehar kha", r"jahar kha",
                r"(?:chuhe|chuha|keede|keeda|kide|machhar)\S* (?:\S+ ){0,2}(?:maarne|marne|maar|mar)\S* (?:\S+ ){0,2}(?:dawa|dawai|dava|zeher|zehar|jahar)\S* (?:\S+ ){0,2}(?:kha|pee|pi|nigal)", r"(?:sulphas|celphos|tik 20|baygon|acid|detergent|surf|harpic)\S* (?:\S+ ){0,2}(?:pee li|pi li|pi gaya|pi gayi|kha li|kha liya|kha gaya|kha gayi|nigal)",
                r"(?:battery|cell|magnet|chumbak)\S* (?:\S+ ){0,2}(?:nigal|kha li|kha liya|kha gaya|kha gayi)", r"(?:kerosene|kerosin|kirasan|mitti ka tel|petrol|diesel|sabun|lizol|lysol|colin|toilet cleaner)\S* (?:\S+ ){0,2}(?:pee li|pi li|pee liya|pi liya|pi gaya|pi gayi|pee gaya|pee gayi|kha li|nigal)"),
    # hanging from the fan or a noose (session 51: languages_fresh12, languages_dev17)
    "self_harm": (r"(?:pankhe|pankha|phande|fande)\S* (?:se |pe |par |me )?(?:\S+ )?latak", r"(?:saari|sari|saare|sare|sab|sabhi) (?:\S+ )?(?:ek saath|ek sath|ek baar me|ek bar me) (?:\S+ )?(?:kha|nigal|gatak) (?:lunga|lungi|loonga|loongi|jaunga|jaungi)",
                  rf"{PILLS}\S* (?:\S+ )?(?:ready|taiyar|tayyar|jama|ikatth)\S* {W}(?:aaj raat|aaj|maaf|alvida)",
                  r"suicide kar", r"aatmhatya", r"atmahatya", r"khudkushi", rf"(?:jeena|jina|jeene) {NOT} (?:hai|chahta|chahti)",
                  r"(?:marna|mar jana) (?:chahta|chahti|hai)", r"khud ko (?:maar|khatam)", r"jaan de (?:du|dunga|dungi)",
                r"(?:sab|sabkuch|sab kuch|khud ko|apne aap ko|zindagi|jindagi)\S* (?:\S+ ){0,2}(?:khatam|khatm) kar (?:dunga|dungi|du|doon|lunga|lungi)", r"(?:suicide|sucide) (?:karna|karunga|karungi|kar lunga|kar lungi|kar raha|kar rahi)", r"suicide note (?:likh|likha)", r"(?:jeene|jine|zinda rehne) (?:ka|ki)\S* (?:\S+ )?(?:mann|man|wajah|vajah|maksad) (?:nahi|nahin|nhi|nai|na)", r"(?<! se )(?<! maare )(?<! mare )(?:mar|marna) (?:jaun|jaaun|jana chahta|jana chahti)", r"(?:goliyan|goliya|goli|dawai)\S* (?:\S+ ){0,2}(?:jama|ikatthi|ikattha|collect)", r"(?:aakhri|akhri) (?:khat|letter|message|chitthi)", r"last (?:khat|chitthi)", r"(?:phansi|fansi)\S* (?:\S+ )?(?:laga|lagaunga|lagaungi)",
                r"(?:gayab|gaayab|ghayab) (?:hona|ho jana) (?:hai|chahta|chahti)", r"(?:jeene|jine|jeena) se (?:thak|tang)", r"(?:rassi|fanda|phanda)\S* (?:\S+ ){0,3}(?:le aaya|le aayi|le aya|ready|taiyar|khareed|kharid)", r"(?:pul|chhat|chat|building|train)\S* (?:\S+ ){0,3}(?:se )?(?:kood|kud|jump kar)",
                # the height, then the jump in the first person's future, a clause apart ("chhat pe aa gaya hun ... ab kood jaunga"; round 22)
                r"(?:pul|chhat|chat|building|bridge|terrace|balcony|balkani)\S* (?:\S+ ){0,10}(?:kood|kud|jump kar|jump maar)\S* (?:jaunga|jaungi|jaun|jaoon|lunga|lungi|dunga|dungi)", r"mar (?:jana|jaana) (?:hai|chahta|chahti)", r"(?:kisi ko )?(?:meri|mera) (?:zarurat|jarurat|zaroorat|jaroorat) (?:nahi|nahin|nhi|nai|na)",
                r"(?:kal|subah|aaj raat) (?:\S+ ){0,3}(?:nahi|nhi|nahin) (?:rahunga|rahungi|rahu|rahoon|rahun)", r"(?:sabko|sab ko) (?:alvida|bye bye)", r"(?:kisi ko|koi) (?:\S+ )?(?:fark|farak) (?:nahi|nhi) (?:padega|pdega|pad)"),
    "seizure": (r"(?:fits|fit|daura|daure|dora|dore|mirgi)\S* (?:\S+ ){0,4}(?:ruk nahi|ruk hi nahi|band nahi|rukte nahi|ruk nhi)",
                # ... the minutes told between the fit and its not stopping ("jhatke aa rahe, 6 min ho gaye, ruk hi nai
                # rahe"; session 47)
                r"(?:fits|fit|daura|daure|dora|dore|jhatke)\S* (?:\S+ ){0,6}\d+ (?:min|mins|minute|minat|minut)\S* (?:\S+ ){0,4}(?:ruk|band)\S* (?:nahi|nahin|nhi)", r"\d+ (?:min|mins|minute|minat|minut)\S* se (?:\S+ ){0,2}(?:fits|fit|daura|daure|jhatke)", r"(?:daure|daura|dore|dora)\S* (?:\S+ ){0,3}(?:pad rahe|pad raha|pada|ruk|se)", r"mirgi", r"jhatke (?:aa|lag)",
                r"(?:jhaag|jhag|jhaaag) ", r"(?:aankhe|ankhe|aankhen)\S* (?:\S+ )?(?:palat|upar chadh|ulti)", r"(?:jhatke|ainthan|akdan)\S* (?:\S+ ){0,3}(?:aa rahe|aa rahi|ho rahi|pad|aaye)"),
    # "respond nahi kar rahe", "saans bhi nahi dikh rahi" (session 49)
    "unconscious": (r"behosh", r"respond (?:nahi|nhi) kar (?:rahe|raha|rahi)", r"saans (?:bhi )?(?:nahi|nhi) (?:dikh|chal) (?:rahi|raha)",
                    # no pulse or heartbeat found ("pulse bhi nahi mil rahi"; round 22)
                    r"(?:pulse|nabz|nabj|nadi|dhadkan|heartbeat)\S* (?:\S+ )?(?:bhi )?(?:nahi|nahin|nhi|nai) (?:mil|aa|chal|sun)\S* (?:raha|rahi|rahe|pa)", r"(?:jawab|hosh)\S* (?:\S+ )?" + NOT, rf"(?:uth|jaag|jag) {NOT} (?:rah|pa)",
                r"(?:uth|jaag|jag|hil)\S* (?:\S+ )?(?:nahi|nahin|nhi|nai|na) (?:rahe|raha|rahi)", r"(?:hosh|hos) (?:me |mein |mai )?(?:nahi|nahin|nhi|nai|na) (?:aa|hai)", r"(?:gir|gire|giri|gira)\S* (?:\S+ ){0,3}(?:uth|hosh|jawab|hil)\S* (?:\S+ )?(?:nahi|nahin|nhi|nai|na)", r"(?:kuch|koi)\S* (?:\S+ )?(?:bol|jawab|response)\S* (?:\S+ )?(?:nahi|nahin|nhi|nai|na) (?:rahe|raha|rahi|de)", r"(?:unconscious|collapse) (?:ho|ho gaye|ho gaya|ho gayi)",
                r"(?:zameen|jameen|floor) (?:pe|par)\S* (?:\S+ ){0,3}(?:pade|pada|padi|gire)\S* (?:\S+ ){0,3}(?:hil|jawab|hosh|bol)\S* (?:\S+ )?(?:nahi|nahin|nhi|nai|na)"),
    "obstetric": (rf"(?:pregnant|pregnent|garbhvati|mahine|month)\S* (?:\S+ ){{0,3}}(?:hai|hu|hoon|hun|thi|ki)\S* {W}(?:bleeding|khoon|blood|naal|daure|jhatke)", rf"khoon {W}(?:pregnant|pregnent|garbhvati)", rf"(?:bleeding|blood)\S* (?:\S+ ){{0,2}}(?:ho rahi|ho raha|aa raha|aa rahi|nikal|beh|bah)\S* {W}(?:pregnant|pregnent|garbhvati)", r"naal (?:\S+ ){0,3}(?:bahar|dikh)", r"cord (?:\S+ ){0,3}(?:bahar|dikh)"),
    "infant_child": (rf"(?:baccha|bachcha|bacha|bacche|bachhe|bachi|bacchi|baby|shishu|navjaat|munna|munni)\S* {W}(?:dheela|dhila|dheeli|dhili|sust(?!\S)|bejaan|neela|nila|hil nahi|response nahi)", rf"(?:(?:\d{{1,2}}|ek|do|teen) (?:din|hafte|week|weeks)|(?:[0-3]|ek|do|teen) (?:mahine|mahina|month))\S* (?:\S+ ){{0,2}}(?:ka|ki|ke)\S* (?:\S+ ){{0,2}}(?:baccha|bachcha|bacha|bacche|bachche|bache|bachhe|bachi|bacchi|baby|shishu)\S* {W}{FEVER}", rf"{FEVER} {W}(?:(?:\d{{1,2}}|ek|do|teen) (?:din|hafte|week)|(?:[0-3]|ek|do|teen) (?:mahine|month))\S* (?:ka|ki|ke) (?:baccha|bachcha|bacha|bacche|bachche|bache|bachi|baby)"),
    "sepsis_meningitis": (rf"(?:gardan|gardaan)\S* (?:\S+ ){{0,3}}(?:akad|jakad|sakht|stiff|mud nahi|mudti nahi)\S* {W}(?:bukhar|bukhaar|fever|chakatte|daane|rash|dhabbe)", rf"(?:bukhar|bukhaar)\S* {W}(?:gardan|gardaan)\S* (?:\S+ ){{0,3}}(?:akad|jakad|sakht|stiff)", r"(?:chakatte|daane|dhabbe|rash)\S* (?:\S+ ){0,6}(?:dabane|glass)\S* (?:\S+ ){0,3}(?:nahi|nhi) (?:ja|mit|hat)",
                rf"(?:bukhar|bukhaar)\S* {W}(?:baingani|jamuni|kale|gehre|neele|laal|purple) (?:\S+ )?(?:dhabbe|chakatte|daane|nishan)", rf"(?:baingani|jamuni|kale|gehre|neele) (?:\S+ )?(?:dhabbe|chakatte|daane|nishan)\S* {W}(?:bukhar|bukhaar)"),
    "diabetic": (rf"(?:sugar|shugar|diabetes|diabetic|madhumeh)\S* {W}(?:ulta seedha|ulta sidha|ulti seedhi|anap shanap|behki behki) (?:\S+ )?(?:bol|baat|baatein)",
                 r"(?:sugar|shugar|glucose)\S* (?:\S+ ){0,3}(?<!\d )(?:[1-4]\d|[5-9])(?!\S)(?! \d)\S* (?:\S+ ){0,4}(?:(?:aa|ho|hai|gayi|gaya|gira)(?!\S)|behosh|hosh)", rf"(?:sugar|diabetes|diabetic|madhumeh) (?:ke )?(?:patient|mareez|mariz|hai)\S* {W}(?:behosh|hosh nahi|jawab nahi|uth nahi|daure|jhatke)", r"(?:sugar|shugar)\S* (?:\S+ )?(?:low|kam|gir)\S* (?:\S+ ){0,4}(?:behosh|hosh|jawab)"),
    "head_injury": (r"(?:sir|sar) (?:me |mein |pe |par )?(?:chot|takra|phoot|fut)\S* (?:\S+ ){0,8}(?:ulti|ultiyan|behosh|hosh|sust(?!\S)|neend|khoon|jhatke)",
                r"(?:sir|sar) ke bal (?:gir|gira|giri|gire)\S* (?:\S+ ){0,8}(?:ulti|ultiyan|behosh|hosh|sust(?!\S)|neend|khoon|jhatke)"),
    "burns": (rf"(?:ubalta|ubalti|khaulta|khaulti|garam|garm)\S* {W}(?:chamdi|chamri|khaal|skin)\S* (?:\S+ )?(?:chhil|chil|utar|ukhad|nikal)",
              r"(?:jal gaya|jal gayi|jal gaye|jhulas|burn ho)\S* (?:\S+ ){0,3}(?:buri tarah|poora|pura|puri|bahut|chehra)", r"(?:buri tarah|poora|pura|puri|bahut)\S* (?:\S+ ){0,2}(?:jal gaya|jal gayi|jal gaye|jhulas)", r"(?:khaulta|ubalta|garam)\S* (?:\S+ )?(?:tel|pani|paani)\S* (?:\S+ ){0,3}(?:gir|pad)"),
    "drowning": (r"(?:doob|dub) (?:gaya|gayi|gaye|raha|rahi|ke)", r"pani se (?:\S+ )?(?:nikala|nikali|nikale)"),
    "electric_shock": (  # a shock counts with what it did: "halka current laga tha ab thik hu" does not
                       rf"(?:karant|karent|current|bijli ka jhatka|bijli)\S* (?:\S+ )?(?:lag|laga|lagi|maar)\S* {W}(?:gir|behosh|hosh|saans|sans|jawab|hil|jal|jhatke|dil|seene|chhati|tez)",),
}
CONDITIONS = {
    "cardiac": (r"heart attack (?:aa|aya|hua|pad)", r"hridayaghat"),
    "stroke": (r"lakwa", r"lakva", r"stroke (?:aa|aya|hua|pad)"),
    "seizure": (r"mirgi", r"daura"),
}
CUES = (r"(?:mere|meri|mera|mujhe|papa|mummy|mumma|bhai|behen|bete|beti|dada|dadi|bacche|baccha) ", r"raha", r"rahi",
        r"rahe", r"abhi", r"madad", r"jaldi", r"bachao", r"lagta")
EDUCATIONAL = (r"kya (?:hai|hota|hote)", r"lakshan", r"symptoms", r"kaaran", r"karan", r"kyu", r"kyon", r"kaise (?:bache|roke)")
PAST = (r"(?:pichle|pichhle|pichli|last) (?:saal|sal|mahine|hafte|year|month)", r"(?:\d+|ek|do|teen|kuch|kai) (?:saal|sal|mahine|hafte|years?) (?:pehle|pahle|phle|ago)",
        r"(?:san|saal) (?:19|20)\d\d", r"bachpan (?:me|mein|mai)",
        # told as had happened or used to ("daura pada tha", "pehle dore aate the") with nothing going on (session 50)
        r"(?<=^ )(?!(?:.* )?(?:raha|rahi|rahe|rha|rhi|rhe|ab|abhi|aaj)(?!\S))(?:.* )?(?:pada|padi|pade|pda|hua|hui|hue|aate|aata|aati) (?:tha|thi|the)(?!\S)")
FRAMED = (r"(?:first aid|pratham upchar)\S* (?:\S+ )?(?:course|class|exam) (?:ke liye|ka|ki|ke)", r"(?:project|assignment|exam|kahani|novel) ke (?:liye|liya)")
# What used to happen ("aate the", "hota tha") and is gone now ("ab saalon se nahi hua", "ab nahi hote").
HABITUAL_GONE = (r"(?:aate|aata|aati|aaye|aya|hote|hota|hoti|padte|padta|padti|lagte|lagta|jata|jaata|jati|jaati|jate|jaate) (?:the|tha|thi) "
                 r"(?:\S+ ){0,3}(?:ab|abhi|ab to) (?:\S+ ){0,4}(?:nahi|nahin|nhi|nai|band|theek|thik)")
GUARDS = {
    # a faint or a fit dated in the past and told in the past perfect ("pichle saal ... behoshi hui thi"), nothing of now
    "seizure": (r"(?:pichle|pichhle|pichli|last) (?:saal|sal|mahine|hafte|baar|year) (?:\S+ ){0,6}(?:hui|hua|hue|pada|pade|padi|gaya|gayi|gai|gaye) (?:thi|tha|the)(?!.* (?:abhi|aaj|phir se|dobara|ab))",
                # fits that used to come ("aate the", "padte the") and have not for years now ("ab kai saal se nahi
                # pade"; session 47): a history, asked about, not a fit now
                HABITUAL_GONE),
    "unconscious": (r"(?:pichle|pichhle|pichli|last) (?:saal|sal|mahine|hafte|baar|year) (?:\S+ ){0,6}(?:hui|hua|hue|pada|pade|padi|gaya|gayi|gai|gaye) (?:thi|tha|the)(?!.* (?:abhi|aaj|phir se|dobara|ab))",
                    HABITUAL_GONE),
}
