"""The emergencies every language's lexicon must read, built from one template per kind of sign and
each language's words for its parts (issue 21, thirteenth round).

Each round's lexicon fixes caught the development wordings, and new people then worded the same
emergency another way. Two emergencies the English rules read had no pattern in any lexicon:
diabetic ketoacidosis ("ketones high and vomiting", the English `diabetic` rule) and heat stroke (a
heat illness named with a sign that the brain is affected or sweating has stopped). Writing them once
per kind, as a template over each language's vocabulary, covers all eleven languages alike and keeps
one source for what the sign is; the words are each language's own (stems, so that endings match;
folded as the lexicons are: no accents, lower case).

A template's match is taken back by the language's `EDUCATIONAL` patterns ("what are the signs of a
heat stroke: confusion, no sweating?"), as a named condition's is.
"""

from __future__ import annotations

W = r"(?:\S+ ){0,10}"  # a clause

# Ketones (not "acetone": Italian, French and Russian parents say a child "has acetone" for the mild
# ketosis of a stomach bug), named with a high reading.
KETONES = {
    "es": r"(?:cetona|cuerpos ceton)",
    "pt": r"(?:cetona|corpos ceton)",
    "fr": r"(?:cetone|corps ceton)",
    "de": r"(?:keton|ketone)",
    "it": r"(?:chetoni|chetone|corpi chetonic)",
    "ru": r"(?:кетон)",
    "ar": r"(?:ال)?(?:كيتون|كيتونات)",
    "hi": r"(?:कीटोन|किटोन)",
    "hi_latn": r"(?:ketone|keton)",
    "id": r"(?:keton)",
    "tr": r"(?:keton)",
}
HIGH = {  # a high reading: a word, or a number of 2 or more (not "0 2": "0.2" after punctuation is folded)
    "es": r"(?:alt|altisim|por las nubes|elevad|muy alt|disparad)",
    "pt": r"(?:alt|altissim|elevad|nas alturas)",
    "fr": r"(?:elev|haut|tres haut|plein de|beaucoup de|a fond)",
    "de": r"(?:hoch|hohe|sehr hoch|erhoht|erhoeht|viele)",
    "it": r"(?:alt|altissim|elevat|a mille)",
    "ru": r"(?:высок|повышен|зашкалива|много|большие)",
    "ar": r"(?:عالي|عاليه|مرتفع|مرتفعه|كتير|كثير)",
    "hi": r"(?:ज्यादा|ज़्यादा|बहुत|हाई|बढ़|बढ)",
    "hi_latn": r"(?:zyada|jyada|jada|badh|bahut)",
    "id": r"(?:tinggi|naik|banyak)",
    "tr": r"(?:yuksek|cok|cikti|fazla)",
}
NUMBER = r"(?<! 0 )(?:[2-9]|1\d)(?!\S)"
VOMIT = {  # vomiting, or the deep fast breathing of acidosis
    "es": r"(?:vomit|devolv|guacare|respira (?:raro|rapido|hondo|agitad)|respiracion (?:rara|agitada))",
    "pt": r"(?:vomit|gomit|golfand|respirando (?:rapido|estranho|fundo)|respiracao (?:estranha|rapida))",
    "fr": r"(?:vomi|vomit|gerb|respire (?:vite|bizarre|fort|mal)|respiration (?:rapide|bizarre))",
    "de": r"(?:erbrech|erbricht|kotz|ubergeb|uebergeb|spuck|atmet (?:schnell|komisch|tief|schwer))",
    "it": r"(?:vomit|rimett|respira (?:veloce|strano|affannat|profond))",
    "ru": r"(?:рвет|рвота|рвало|тошнит и рвет|дышит (?:часто|тяжело|странно|глубоко))",
    "ar": r"(?:و|ف)?(?:ب?ي?ترجع|ب?ت?رجع|استفراغ|ب?ي?ستفرغ|ب?ت?ستفرغ|ترجيع|نفسه سريع|نفسها سريع|يتنفس بسرعه|تتنفس بسرعه)",
    "hi": r"(?:उल्टी|उलटी|उल्टियां|सांस तेज|सांस फूल)",
    "hi_latn": r"(?:ulti|ultiyan|ultiya|saans tez|saans phool|sans tez)",
    "id": r"(?:muntah|napas cepat|nafas cepat|napasnya cepat|nafasnya cepat|sesak)",
    "tr": r"(?:kusuyor|kusma|kustu|kusuy|nefes nefese|hizli nefes)",
}

# Heat stroke by name...
HEAT = {
    "es": r"(?:golpe de calor|insolacion|insolad)",
    "pt": r"(?:insolacao|intermacao|golpe de calor)",
    "fr": r"(?:coup de chaleur|insolation)",
    "de": r"(?:hitzschlag|sonnenstich|hitzekollaps)",
    "it": r"(?:colpo di calore|colpo di sole|insolazione)",
    "ru": r"(?:теплово\S* удар|солнечн\S* удар|перегрел)",
    "ar": r"(?:ضربه (?:شمس|حر|حراره|الشمس))",
    "hi": r"(?:लू (?:लग|लगी|लगने)|हीट ?स्ट्रोक|सनस्ट्रोक|लू से)",
    "hi_latn": r"(?:loo (?:lag|lagi|lagne)|lu (?:lag|lagi)|heat ?stroke|sun ?stroke)",
    "id": r"(?:heat ?stroke|sengatan (?:panas|matahari)|kena panas parah)",
    "tr": r"(?:gunes carp|sicak carp)",
}
# A day in the sun or the heat, said without a name for the illness ("al sole tutto il giorno, ora delira"): only with
# a sign of the brain (not the burning skin of a sunburn).
SUN = {
    "es": r"(?:(?:al|bajo el|en el|en pleno) sol|(?:con|en) (?:este|el|tanto) calor)",
    "pt": r"(?:(?:no|debaixo do|embaixo do|em pleno) sol|(?:nesse|no|com esse) calor)",
    "fr": r"(?:(?:au|en plein|sous le) soleil|(?:par|dans) (?:cette|la) chaleur|canicule)",
    "de": r"(?:in der (?:sonne|hitze|mittagshitze)|bei der hitze|hitzewelle)",
    "it": r"(?:(?:al|sotto il|in pieno) sole|(?:con|in) (?:questo|sto|il) caldo|afa)",
    "ru": r"(?:на (?:солнце|жаре|солнцепеке|жаре)|в жару)",
    "ar": r"(?:(?:في|تحت) (?:الشمس|الحر)|(?:ب|ع)(?:ال)?(?:شمس|حر)(?!\S))",  # "اشتغل بالشمس", "قاعد عالشمس" (session 48)
    "hi": r"(?:धूप|गर्मी) (?:में|मे)",
    "hi_latn": r"(?:dhoop|dhup|garmi) (?:me|mein|mai)",
    "id": r"(?:di bawah (?:matahari|terik)|panas panasan|kepanasan|di terik)",
    "tr": r"(?:gunes(?:in)? altinda|sicakta|sicaklarda)",
}
BRAIN = {
    "es": r"(?:confundid|delira|desvari|incoherente|no suda|desmay|inconsciente|no responde|no reacciona|convuls)",
    "pt": r"(?:confus|delira|delirando|nao sua|parou de suar|desmai|desacordad|inconsciente|nao responde|nao reage|convuls)",
    "fr": r"(?:confus|delire|transpire (?:plus|pas)|evanoui|inconscient|repond (?:plus|pas)|convuls|tombe dans les pommes)",
    "de": r"(?:verwirrt|deliri|fantasiert|redet wirr|schwitzt (?:nicht|kaum)|bewusstlos|ohnmacht|reagiert (?:nicht|kaum)|krampf)",
    "it": r"(?:confus|delira|delirio|non suda|svenut|incoscient|non risponde|non reagisce|convuls|sragiona)",
    "ru": r"(?:спутан|бредит|бред|не потеет|без сознания|потерял\S* сознание|не реагир|не отвечает|судорог|обморок)",
    "ar": r"(?:و|ف)?(?:ب?ي?خرف|ب?ت?خرف|ب?ي?هلوس|ب?ت?هلوس|يهذي|تهذي|فاقد|فاقده|اغمى|مغمى|غايب عن الوعي|تشنج)",
    "hi": r"(?:बेहोश|बेसुध|होश (?:नहीं|नही)|बड़बड़|बडबड|उल्टा सीधा|पसीना (?:नहीं|नही|बंद)|दौरा)",
    "hi_latn": r"(?:behosh|hosh nahi|hosh nhi|badbad|ulta seedha|ulta sidha|pasina (?:nahi|nhi|band)|daura)",
    "id": r"(?:linglung|ngelantur|ngaco|pingsan|gak sadar|ga sadar|tidak sadar|kejang)",
    "tr": r"(?:bilinci|bayildi|bayiliyor|sacmal|hezeyan|terlemiyor|tepki vermiyor|kasil|nobet)",
}
# ...with a sign that the brain is affected, sweating has stopped, or the body is burning hot (not "it is
# very hot": the weather's word).
HEAT_SIGNS = {
    "es": r"(?:confundid|delira|desvari|incoherente|no suda|desmay|inconsciente|no responde|no reacciona|convuls|ardiendo"
    r"|hirviendo|no sabe donde)",
    "pt": r"(?:confus|delira|delirando|nao sua|nao esta suando|parou de suar|desmai|desacordad|inconsciente|nao responde"
    r"|nao reage|convuls|fervendo|pelando)",
    "fr": r"(?:confus|delire|transpire (?:plus|pas)|sue (?:plus|pas)|evanoui|inconscient|repond (?:plus|pas)|convuls|brulant"
    r"|bouillant|tombe dans les pommes)",
    "de": r"(?:verwirrt|deliri|fantasiert|redet wirr|schwitzt (?:nicht|kaum)|bewusstlos|ohnmacht|reagiert (?:nicht|kaum)"
    r"|krampf|gluht|glueht|gluhend|gluehend|kochend)",
    "it": r"(?:confus|delira|delirio|non suda|svenut|incoscient|non risponde|non reagisce|convuls|bollente|scotta|rovente"
    r"|sragiona)",
    "ru": r"(?:спутан|бредит|бред|не потеет|без сознания|потерял\S* сознание|не реагир|не отвечает|судорог|горяч|обморок)",
    "ar": r"(?:و|ف)?(?:ب?ي?خرف|ب?ت?خرف|ب?ي?هلوس|ب?ت?هلوس|يهذي|تهذي|(?:مش|مو|ما) (?:مركز|مركزه|واعي|واعيه)|(?:ما|مش|مو) ب?ي?عرق"
    r"|(?:ما|مش|مو) ب?ت?عرق|فاقد|فاقده|اغمى|مغمى|غايب عن الوعي|(?:ما|مش|مو) ب?ي?رد|(?:ما|مش|مو) ب?ت?رد|تشنج|مولع|نار)",
    "hi": r"(?:बेहोश|होश (?:नहीं|नही)|बड़बड़|बडबड|उल्टा सीधा|पसीना (?:नहीं|नही|बंद)|जवाब (?:नहीं|नही)|दौरा|तप (?:रहा|रही|रहे)"
    r"|भट्टी|आग जैसा)",
    "hi_latn": r"(?:behosh|hosh nahi|hosh nhi|badbad|ulta seedha|ulta sidha|pasina (?:nahi|nhi|band)|paseena (?:nahi|band)"
    r"|jawab nahi|daura|tap (?:raha|rahi|rahe)|aag jaisa|aag jaisi)",
    "id": r"(?:linglung|ngelantur|ngaco|bingung|gak keringetan|ga keringetan|tidak berkeringat|pingsan|gak sadar|ga sadar"
    r"|tidak sadar|kejang|badan(?:nya)? panas|gak respon|ga respon)",
    "tr": r"(?:bilinci|bayildi|bayiliyor|sacmal|hezeyan|terlemiyor|tepki vermiyor|kasil|nobet|ates gibi|yaniyor)",
}


# Severe chest pain: a pain word, a strength word and the chest, in any of the orders people use ("dolor bien
# fuerte en el pecho", "me duele muchisimo el pecho", "tres mal a la poitrine", "brust tut voll weh"), or a
# compound that is both ("brustschmerzen") with a strength word. The English rules read "really bad chest pain"
# and "my chest hurts a lot" as cardiac. Not when the pain comes with a cough, a sneeze, a deep breath, a
# press on it or a workout, or is said to be a little or sometimes (`MILD`).
PAIN = {
    "es": r"(?:dolor|duele|dolia|dolio|adolorid|punzada|opresion)",
    "pt": r"(?:dor|doendo|doi|doe|doia|pontada|aperto)",
    "fr": r"(?:douleur|mal|douloureu|point|pointe|coup de poignard)",
    "de": r"(?:schmerz|weh|tut|sticht|stechen|stich)",
    "it": r"(?:dolore|dolor|male|fa male|fitta|fitte)",
    "ru": r"(?:бол)",
    "ar": r"(?:الم|وجع|واجع|ب?ي?وجع|ب?ت?وجع|ب?(?:ي|ت)?عور|عوار)",  # Gulf "يعورني", "عوار": it hurts
    "hi": r"(?:दर्द)",
    "hi_latn": r"(?:dard)",
    "id": r"(?:sakit|nyeri)",
    "tr": r"(?:agri|aci|sanci)",
}
STRONG = {
    "es": r"(?:fuert|intens|horribl|terribl|insoportabl|brutal|muchisim|mucho|un chingo|un monton|demasiad|horrores"
    r"|espantos|durisim|de muerte|atroz)",
    "pt": r"(?:fort|intens|horrivel|terrivel|insuportavel|muito|muita|demais|pra caramba|absurd|de morrer)",
    "fr": r"(?:fort|intense|horribl|atroce|insupportabl|terribl|tres|trop|hyper|super|enorme|violent|de fou)",
    "de": r"(?:stark|extrem|heftig|hoelli|holli|unertragli|unertraegli|brutal|voll|mega|krass|sehr|richtig|furchtbar"
    r"|schrecklich|hammer)",
    "it": r"(?:fort|intens|terribil|insopportabil|tantissim|tanto|molto|da morire|atroce|lancinant|fortissim|un casino"
    r"|malissimo|pazzesc)",
    "ru": r"(?:сильн|очень|жутк|ужасн|невыносим|адск|дико|резк|страшн)",
    "ar": r"(?:شديد|قوي|جامد|فظيع|جدا|كتير|كثير|مو طبيعي|ما ينحمل|مش طبيعي)",
    "hi": r"(?:बहुत|तेज|भयंकर|भयानक|असहनीय|जोर|जबरदस्त)",
    "hi_latn": r"(?:bahut|bohot|bhot|bht|tez|tej|bhayankar|zor|jor|bahot)",
    "id": r"(?:banget|bgt|parah|hebat|luar biasa|sekali|bukan main|amat)",
    "tr": r"(?:cok|siddetli|dayanilmaz|korkunc|feci|asiri|berbat)",
}
CHEST = {
    "es": r"(?:pecho|toracic)",  # ... and the adjective ("dolor toracico"; session 54)
    "pt": r"(?:peito|toracic)",
    "fr": r"(?:poitrine|thorax|thoraci|sternum)",
    "de": r"(?:brust)",
    "it": r"(?:petto|torace|toracic|sterno)",
    "ru": r"(?:груд)",
    "ar": r"(?:ال)?(?:صدر)",
    "hi": r"(?:सीने|सीना|छाती)",
    "hi_latn": r"(?:seene|seena|sine|chest|chati|chhati)",
    "id": r"(?:dada)",
    "tr": r"(?:gogs|gogus|gogu)",
}
COMPOUND = {"de": r"(?:brustschmerz|brustkorbschmerz|thoraxschmerz)"}
MILD = {
    "es": r"(?:tos|toso|toser|tosiendo|estornud|respiro hondo|un poco|poquito|a veces|presiono|aprieto|gym|gimnasio|costilla"
    r"|agujeta|pesas|golpe|acidez|agruras)",
    "pt": r"(?:tosse|tossindo|tusso|tossir|espirr|respiro fundo|um pouco|pouquinho|as vezes|aperto|academia|costela|azia)",
    "fr": r"(?:tousse|toux|tousser|eternu|respire fort|un peu|parfois|appuie|courbature|cote|muscu|salle de sport|brulure"
    r" d estomac|reflux)",
    "de": r"(?:huste|husten|niese|niesen|einatme|bisschen|manchmal|druck drauf|drucke|druecke|muskelkater|rippe|sodbrennen"
    r"|fitness|training)",
    "it": r"(?:tossisc|tosse|starnut|respiro profond|un po|ogni tanto|a volte|premo|schiacci|palestra|costola|bruciore di"
    r" stomaco|reflusso)",
    "ru": r"(?:кашл|чиха|вдох|немного|иногда|слегка|нажима|изжог|спортзал|ребр)",
    "ar": r"(?:كحه|اكح|ب?ي?كح|عطس|شويه|شوي|احيانا|ساعات|حموضه|جيم)",
    "hi": r"(?:खांस|खाँस|छींक|थोड़ा|थोडा|कभी कभी|जलन|एसिडिटी|गैस)",
    "hi_latn": r"(?:khans|khaans|khasi|cheenk|thoda|kabhi kabhi|jalan|acidity|gas|cough)",
    "id": r"(?:batuk|bersin|tarik napas|tarik nafas|dikit|sedikit|kadang|pegal|asam lambung|maag|gym)",
    "tr": r"(?:oksur|hapsir|nefes alinca|biraz|bazen|hafif|mide yanmasi|reflu|spor salonu)",
}

# Turning blue: the face, lips or skin blue or purple, either order ("pelle blu", "labios morados", "vira roxo").
# A limb turning blue is a bruise, so only these parts count.
FACE = {
    "es": r"(?:cara|labios|piel|boca|deditos|unas)",
    "pt": r"(?:rosto|cara|labios|boca|pele|dedos)",
    "fr": r"(?:visage|levres|peau|figure|bouche|ongles)",
    "de": r"(?:gesicht|lippen|haut|mund)",
    "it": r"(?:faccia|viso|labbra|pelle|bocca|unghie)",
    "ru": r"(?:лицо|губы|губ|кожа|носогубн)",
    "ar": r"(?:وش|وجه|شفايف|شفاه|شفته|جلد|لون|بق|بوق|فم)",  # the mouth: "بقها مال"
    "hi": r"(?:चेहरा|चेहरे|होंठ|होठ|त्वचा|स्किन)",
    "hi_latn": r"(?:chehra|chehre|chera|honth|hoth|hont|skin|lips)",
    "id": r"(?:muka|bibir|kulit|wajah)",
    "tr": r"(?:yuz|dudak|cilt|teni|rengi)",
}
BLUE = {
    "es": r"(?:azul|morad|amoratad|gris)",
    "pt": r"(?:roxo|roxa|azul|arroxead|cinza|acinzentad)",
    "fr": r"(?:bleu|violet|violace|cyanos|gris)",
    "de": r"(?:blau|lila|violett|grau)",
    "it": r"(?:blu|viola|violac|cianotic|livid|grigi)",
    "ru": r"(?:син|посин|фиолет|сер)",
    "ar": r"(?:ازرق|زرق|مزرق)",
    "hi": r"(?:नीला|नीले|नीली|नीलापन|बैंगनी)",
    "hi_latn": r"(?:neela|neele|neeli|nila|nile|nili)",
    "id": r"(?:biru|membiru|kebiruan|ungu)",
    "tr": r"(?:mor|morar|mavi|mosmor)",
}
# the whole person said to be blue ("il est tout bleu", "весь синий")
ALL_BLUE = {
    "es": r"(?:todo|toda) (?:azul|morad)",
    "pt": r"(?:todo|toda) (?:roxo|roxa|azul)",
    "fr": r"(?:tout|toute) (?:bleu|violet)",
    "de": r"(?:ganz|total|komplett) (?:blau|lila)",
    "it": r"(?:tutto|tutta) (?:blu|viola|cianotic)",
    "ru": r"(?:весь|вся) (?:синий|синяя|посинел|фиолетов)",
    "ar": r"(?:كله|كلها) (?:ازرق|زرقا)",
    "hi": r"(?:पूरा|पूरी) (?:नीला|नीली)",
    "hi_latn": r"(?:pura|poora|puri|poori) (?:neela|nila|neeli|nili)",
    "id": r"(?:badannya|badan|seluruh badan(?:nya)?) (?:biru|membiru)",
    # not a knee or an arm gone purple after a knock: a bruise ("dizim masaya carpti, mosmor oldu"; session 48)
    "tr": r"(?<=^ )(?!(?:.* )?(?:diz|kol|bacak|ayak|bilek|parmak|kalca|omuz|carpt|vurdu|morluk))(?:.* )?(?:mosmor oldu|masmavi oldu)",
}

# All of the pills: a swallowing verb, "all" and the lexicon's own pills, in the language's order.
TOOK = {
    "es": r"(?:tomo|tome|trago|trague|metio|bebio|comio|tomaste)",
    "pt": r"(?:tomou|tomei|engoliu|engoli|bebeu|ingeriu)",
    "fr": r"(?:pris|avale|bu|gobe|pris)",
    "de": r"(?:genommen|geschluckt|eingenommen|eingeworfen|gefressen|getrunken|ausgetrunken)",
    "it": r"(?:preso|presa|ingoiato|ingoiata|ingerito|ingerita|mandato giu|bevuto|bevuta|calato|calata)",
    "ru": r"(?:выпил|съел|съела|проглотил|наглотал|принял|приняла)",
    "ar": r"(?:اخد|اخذ|بلع|شرب|اكل|خد)",
    "hi": r"(?:खा|निगल|ले ली|ले लीं|ले लिया)",
    "hi_latn": r"(?:kha|nigal|le li|le liya|le lin|pee li|pi li|pee liya|pi gaya|pee gaya|pi gayi|pee gayi)",
    "id": r"(?:minum|menelan|nelen|makan|nenggak|nelan)",
    "tr": r"(?:icti|yuttu|aldi|icmis|yutmus|almis)",
}
ALL = {
    "es": r"(?:todas|todos|toda la|todo el)",
    "pt": r"(?:todos|todas|toda a|todo o)",
    "fr": r"(?:tous|toutes|toute la|tout le)",
    "de": r"(?:alle|die ganze|eine ganze|ganze)",
    "it": r"(?:tutte|tutti|tutta la|tutto il)",
    "ru": r"(?:все|всю|весь|целую|целый)",
    "ar": r"(?:كل|كامل)",
    "hi": r"(?:सारी|सारे|पूरी|पूरा|सब)",
    "hi_latn": r"(?:saari|sari|saare|sare|puri|poori|sab)",
    "id": r"(?:semua|seluruh|sebotol|satu botol|sekaligus)",
    "tr": r"(?:butun|tum|hepsini|bir kutu)",
}
VERB_LAST = {"de", "hi", "hi_latn", "tr"}  # the verb comes after its object

# Fell and lies still: a fall or collapse, then the whole person not moving (not "does not move his arm").
FELL = {
    "es": r"(?:cayo|callo|desplomo|desmayo|tirad)",
    "pt": r"(?:caiu|desabou|desmaiou|caid|estatelad)",
    "fr": r"(?:tombe|effondre|ecroule|evanoui)",
    "de": r"(?:umgekippt|hingefallen|gesturzt|gestuerzt|zusammengebrochen"
    r"|umgefallen|kollabiert)",
    "it": r"(?:caduto|caduta|crollat|accasciat|svenut)",
    "ru": r"(?:упал|рухнул|свалил)",
    "ar": r"(?:وقع|وقعت|طاح|طاحت|اغمى)",
    "hi": r"(?:गिर)",
    "hi_latn": r"(?:gir)",
    "id": r"(?:jatuh|ambruk|tumbang|pingsan)",
    "tr": r"(?:dustu|yigildi|bayildi)",
}
STILL = {
    "es": r"(?:no se mueve|no se esta moviendo|ya no se mueve|no abre (?:los|sus) ojos)",
    "pt": r"(?:nao se mexe|nao ta se mexendo|nao se move|nao mexe|nao abre (?:os )?olhos)",
    "fr": r"(?:bouge plus|bouge pas|ne bouge|ouvre (?:pas|plus) les yeux)",
    "de": r"(?:ruhrt sich nicht|ruehrt sich nicht|bewegt sich nicht|regt sich nicht|macht die augen nicht (?:mehr )?auf)",
    "it": r"(?:non si muove|non si muove piu|non apre (?:gli|piu gli) occhi)",
    "ru": r"(?:не двигается|не шевелится|не шевелит|не открывает глаза)",
    "ar": r"(?:و|ف)?(?:مش|ما|مو) ب?(?:ي|ت)?(?:تحرك|يتحرك|تتحرك)",
    "hi": r"(?:हिल (?:नहीं|नही)|हिल डुल (?:नहीं|नही)|(?:आंख|आँख|आंखें|आँखें) (?:नहीं|नही) खोल)",
    "hi_latn": r"(?:hil (?:nahi|nhi|nai)|hil dul (?:nahi|nhi)|(?:aankh|ankh|aankhen|ankhe) (?:nahi|nhi) khol)",
    "id": r"(?:gak gerak|ga gerak|nggak gerak|tidak bergerak|gak bergerak|gak buka mata|tidak membuka mata|ga buka mata)",
    "tr": r"(?:kimildamiyor|hareket etmiyor|kipirdamiyor|gozlerini acmiyor)",
}
LIMBS = (
    r"(?:\S+ )?(?:brazo|pierna|mano|pie|dedo|cuello|muneca|tobillo|rodilla|hombro|braco|perna|mao|pulso|tornozelo|joelho"
    r"|ombro|bras|jambe|main|poignet|cheville|genou|epaule|doigt|arm|bein|hand|fuss|knie|knochel|schulter|finger"
    r"|braccio|gamba|piede|polso|caviglia|ginocchio|spalla|dito|руку|ногу|рука|нога|ايده|رجله|हाथ|पैर|haath|hath|pair"
    r"|tangan|kaki|kolu|bacagi|eli)"
)

# A baby's age said as "has N weeks" ("la bimba ha 3 settimane", "mi bebe tiene 5 semanas", "il a 6 semaines"),
# anywhere in the message with the lexicon's own fever words: the English rule's fever under three months. Not
# "has had a fever for 2 weeks" (a word after the weeks that says what lasted), nor French "il y a 2 semaines".
YOUNG = r"(?:\d{1,2}|una|uma|une|dos|duas|deux|due|tres|trois|tre|cuatro|quatro|quatre|quattro|cinco|cinq|cinque|seis|six|sei|sete|siete|sept|sette|ocho|oito|huit|otto)"
AGE = {
    "es": rf"(?:tiene|cumple|cumplio) {YOUNG} (?:semana|semanas|dias)(?! (?:con|de|que|sin) )|(?:tiene|cumple|cumplio) (?:1|2|un|dos) (?:mes|meses)(?! (?:con|de|que|sin) )|(?:dias|semanas) de (?:nacid|vida)",
    "pt": rf"(?:tem|fez|completou) {YOUNG} (?:semana|semanas|dias)(?! (?:com|de|que|sem) )|(?:tem|fez|completou) (?:1|2|um|dois) (?:mes|meses)(?! (?:com|de|que|sem) )|(?:dias|semanas) de (?:vida|nascid)",
    "fr": rf"(?<!y )a {YOUNG} (?:semaine|semaines|jours)(?! (?:de|que|avec|sans) )|(?<!y )a (?:1|2|un|deux) mois(?! (?:de|que|avec|sans) )|(?:jours|semaines) de vie",
    "it": rf"ha {YOUNG} (?:settiman\S*|giorni)(?! (?:di|con|che|senza) )|ha (?:1|2|un|due) (?:mese|mesi)(?! (?:di|con|che|senza) )|(?:giorni|settimane) di vita",
    # fourteenth round: the age said as "N weeks old" ("3 wochen alt", "3 haftalik", "1 महीने का", "umur 5 minggu"), not
    # how long an illness lasted ("seit 3 wochen", "2 हफ्ते से", "demam 3 hari"), nor a pregnancy's weeks
    "de": r"(?:[1-9]|1[0-2]|ein|eine|zwei|drei|vier|funf|fuenf|sechs|acht|zehn) (?:tage|woche|wochen) alt|(?:1|2|ein|einen|zwei) monate? alt|neugeboren",
    "ru": r"(?:малыш|ребен|ребён|сын|доч|крох|ему|ей)\S* (?:\S+ )?(?:[1-9]|1[0-2]|одна|две|три|четыре|пять|шесть) (?:недел|дн|день|дней)|(?:1|2|один|два) месяц\S* (?:от роду|малыш|ребен|сын|доч)|(?:месячн|двухмесячн|новорожд)\S*",
    "hi": r"(?:[1-9]|1[0-2]|एक|दो|तीन|चार|पांच|छह) (?:हफ्ते|हफ्ता|दिन|सप्ताह) (?:का|की|के)|(?:1|2|एक|दो) (?:महीने|महीना) (?:का|की|के)|नवजात",
    "hi_latn": r"(?:[1-9]|1[0-2]|ek|do|teen|char|paanch) (?:hafte|hafta|din) (?:ka|ki|ke)|(?:1|2|ek|do) (?:mahine|mahina) (?:ka|ki|ke)|navjaat",
    "id": r"(?:umur|usia|umurnya|usianya|baru) (?:(?:[1-9]|1[0-2]|satu|dua|tiga|empat|lima|enam) minggu|(?:[1-9]|[1-8]\d) hari)|(?:umur|usia|umurnya|usianya) (?:1|2|satu|dua|se)\s?bulan|bayi baru lahir",
    "tr": r"(?:[1-9]|1[0-2]) (?:haftalik|gunluk)(?! hamile)|(?:1|2|bir|iki) aylik|yeni ?dogan",
}

# Much blood: the blood and a word of amount or flow, either order ("perde un sacco di sangue", "sangre a chorros",
# "o sangue ta jorrando", "saigne comme un boeuf"); not with a negation or "a little" (`FEW`).
BLOOD = {
    "es": r"(?:sangre|sangra|sangrando)",
    "pt": r"(?:sangue|sangra|sangrando)",
    "fr": r"(?:sang|saigne|saignement)",
    "de": r"(?:blut)",
    "it": r"(?:sangue|sanguina|sanguinando)",
    "ru": r"(?:кров)",
    "ar": r"(?:ال)?(?:دم|نزيف|ب?ي?نزف|ب?ت?نزف)",
    "hi": r"(?:खून|ब्लीडिंग)",
    "hi_latn": r"(?:khoon|khun|bleeding)",
    "id": r"(?:darah|berdarah|pendarahan|perdarahan)",
    "tr": r"(?:kan)",
}
LOTS = {
    "es": r"(?:un monton|monton de|chorro|chorros|borbotones|litros|a mares|como (?:un )?(?:cerdo|marrano|loco)|por todos lados|no para)",
    "pt": r"(?:jorr|esguich|aos montes|litros|rios de|como (?:um )?porco|pra todo lado|nao para|muito sangue|muito)",
    "fr": r"(?:enormement|gicle|pisse|partout|des litres|plein de|comme un boeuf|a flots|s arrete pas|beaucoup)",
    "de": r"(?:spritzt|schiesst|schießt|literweise|uberall|ueberall|wie verruckt|wie verrueckt|hort nicht auf|hoert nicht auf|massiv)",
    "it": r"(?:un sacco|a fiotti|fiotti|litri|ovunque|dappertutto|come un maiale|non si ferma|zampill|tantissimo)",
    "ru": r"(?:хлещет|фонтан|ручьем|лужа|очень много|рекой|не останавлива)",
    "ar": r"(?:و|ف)?(?:كتير|كثير|بغزاره|بيشر|يشر|مش راضي يقف|ما يوقف|ما وقف|مش بيقف)",
    "hi": r"(?:बहुत|धार|रुक (?:नहीं|नही)|बंद (?:नहीं|नही)|तेजी से)",
    "hi_latn": r"(?:bahut|bohot|dhaar|ruk (?:nahi|nhi)|band (?:nahi|nhi))",
    "id": r"(?:banyak banget|ngucur|muncrat|gak berhenti|ga berhenti|tidak berhenti|deras|banyak sekali)",
    "tr": r"(?:fiskir|durmuyor|cok fazla|oluk oluk|her yer)",
}
FEW = {
    "es": r"(?:poquit|un poco|poca|no (?:\S+ )?(?:mucha|sale)|ya (?:paro|se detuvo|se corto))",
    "pt": r"(?:pouquinh|um pouco|pouco|nao (?:\S+ )?(?:muito|sai)|ja parou)",
    "fr": r"(?:un peu|peu de|pas beaucoup|s est arrete|arrete tout seul)",
    "de": r"(?:bisschen|wenig|nicht viel|aufgehort|aufgehoert)",
    "it": r"(?:un po|poco|non (?:\S+ )?(?:tanto|molto)|si e fermato|smesso)",
    "ru": r"(?:немного|чуть|остановил)",
    "ar": r"(?:شويه|بسيط|وقف)",
    "hi": r"(?:थोड़ा|थोडा|हल्का|रुक गया)",
    "hi_latn": r"(?:thoda|halka|ruk gaya)",
    "id": r"(?:sedikit|dikit|udah berhenti)",
    "tr": r"(?:biraz|azicik|durdu)",
}

# A whole box or half a bottle of pills: a swallowing verb, then a container said to be whole or half.
CONTAINER = {
    "es": r"(?:caja|frasco|bote|blister|tira|paquete|cajita|plancha)",
    "pt": r"(?:caixa|vidro|frasco|cartela|blister)",
    "fr": r"(?:boite|flacon|plaquette|tube)",
    "de": r"(?:packung|schachtel|flasch|fläsch|dose|blister)",
    "it": r"(?:scatola|confezione|flacone|boccetta|blister|tubetto|barattolo)",
    "ru": r"(?:пачк|упаковк|пузыр|флакон|блистер)",
    "ar": r"(?:علبه|شريط|ازازه|قزازه)",
    "hi": r"(?:शीशी|पत्ता|पत्ती|डिब्बा|डिब्बी|बोतल)",
    "hi_latn": r"(?:sheeshi|shishi|patta|patti|dibba|dibbi|bottle)",
    "id": r"(?:botol|strip|kotak|papan|bungkus)",
    "tr": r"(?:kutu|sise|serit)",
}
WHOLE = {
    "es": r"(?:medio|media|mitad|entera|entero|completa|completo)",
    "pt": r"(?:meio|meia|metade|inteira|inteiro)",
    "fr": r"(?:moitie|entiere|entier|demi|une demi)",
    "de": r"(?:halbe|halben|ganze|ganzen|komplette)",
    "it": r"(?:intera|intero|mezza|mezzo|meta)",
    "ru": r"(?:пол|половин|целую|целый|всю|весь)",
    "ar": r"(?:نص|نصف|كامله|كامل|كله|كلها)",
    "hi": r"(?:आधी|आधा|पूरी|पूरा)",
    "hi_latn": r"(?:aadhi|adhi|aadha|puri|poori|pura|poora)",
    "id": r"(?:setengah|satu|se)",
    "tr": r"(?:yarim|butun|koca|tum|bir)",
}

SLEEP = r"नींद|नीन्द|neend|nind|neind|uyku|schlaf|снотвор|نوم|tidur|sonnifer|somnifer|dormir"  # "नींद की पूरी पत्ती": the sleeping pills named by what they are for

DROPS = r"gotas|gocce|gouttes|tropfen|капл|نقط|tetes|damla|drops|ड्रॉप्स"

# A course of a medicine finished as prescribed ("tutte le pastiglie dell'antibiotico, ho finito la cura").
COURSE = {
    "es": r"(?:(?:termine|acabe|complete) (?:el |mi |la )?(?:tratamiento|antibiotico|receta)|como (?:me )?(?:dijo|indico|receto|mando))",
    "pt": r"(?:terminei|acabei|completei) (?:o )?(?:tratamento|antibiotico)|como (?:o medico )?(?:mandou|receitou)",
    "fr": r"(?:fini|termine) (?:le |mon )?(?:traitement|cure|antibio)|comme prescrit|comme (?:le medecin|le docteur) (?:a dit|l a dit)",
    "de": r"wie verschrieben|wie verordnet|(?:kur|behandlung|antibiose) (?:ist )?(?:vorbei|fertig|beendet|abgeschlossen)",
    "it": r"finito (?:la |il )?(?:cura|ciclo|terapia|trattamento)|come da ricetta|come prescritto",
    "ru": r"как назнач|(?:закончил|закончила|допил|допила|пропил|пропила) курс|курс (?:закончен|окончен)",
    "ar": r"زي ما الدكتور|حسب (?:الوصفه|الروشته)|خلصت (?:الكورس|العلاج)",
    "hi": r"कोर्स पूरा|जैसा डॉक्टर ने",
    "hi_latn": r"course (?:pura|poora|complete)|jaise doctor ne",
    "id": r"sesuai resep|kata dokter|(?:habis|selesai) (?:minum )?(?:obat|antibiotik)",
    "tr": r"doktorun dedigi gibi|kur(?:u)? bitti|tedavi bitti|receteye gore",
}

# A farewell told indirectly: things given away, goodbyes said, a letter left or forgiveness asked, with an end set for
# now ("stanotte finisce", "mañana ya no estoy", "partir pour de bon").
FAREWELL = {
    "es": r"(?:regale (?:mis|todas mis|todo|a mi (?:perro|gato|perrito|gatito))|le di mi (?:perro|gato)|(?:me )?despedi de|deje una carta|deje cartas|escribi (?:\S+ )?cartas?|perdon por todo|perdonenme)",
    "pt": r"(?:dei (?:minhas|todas as minhas) coisas|doei (?:minhas|tudo)|dei meu (?:cachorro|gato)|me despedi de|deixei (?:uma )?cartas?|escrevi (?:\S+ ){0,2}cartas?|desculpa por tudo|me perdoem)",
    "fr": r"(?:donne (?:mes|toutes mes) (?:affaires|trucs|choses)|(?:confie|donne) mon (?:chien|chat)|rendu (?:les|mes) cles|(?:messages?|lettres?|mots?) d adieu|laisse (?:des|mes) lettres|dit au revoir a (?:tout le monde|tous)|laisse une lettre|ecrit (?:\S+ )?lettres?|pardon pour tout|pardonnez moi)",
    "de": r"(?:(?:sachen|alles) verschenkt|verschenkt|vermacht|von allen verabschiedet|abschiedsbrief|(?:nen|einen) brief (?:hinterlassen|geschrieben)|briefe geschrieben|verzeiht mir)",
    "it": r"(?:regalato (?:le mie|tutte le mie|tutto|il (?:mio )?(?:gatto|cane)|la (?:mia )?(?:moto|macchina|chitarra))|lasciato (?:le|delle|due) letter|dato via (?:le mie|il mio|la mia|tutto)|salutato tutti|scritto (?:una|le|delle) letter|lasciato una lettera|scusa per tutto|perdonatemi)",
    "ru": r"(?:раздал|раздала|попрощал|оставил\S* письмо|написал\S* (?:\S+ )?(?:прощальн|письм|записк)|простите (?:меня|за все))",
    "ar": r"(?:و|ف)?(?:وزعت|اديت حاجاتي|ودعت|سبت جواب|سبت رساله|كتبت (?:\S+ )?(?:رساله|جواب|وصيه)|سامحوني)",
    "hi": r"(?:(?:सबको|सब को|सबसे) (?:सॉरी|माफी|माफ़ी)|(?:अपना|अपनी|अपने) (?:\S+ ){0,6}दे (?:दिया|दी|दिए)|सामान (?:\S+ )?दे दिया|सब कुछ दे दिया|अलविदा|चिट्ठी छोड़|(?:चिट्ठी|खत) लिख|माफी|माफ़ कर|माफ कर)",
    "hi_latn": r"(?:(?:sabko|sab ko|sabse|sab se) (?:sorry|maafi|maaf)|(?:apna|apni|apne) (?:\S+ ){0,6}de (?:diya|di|diye)(?!\S)|saman (?:\S+ )?de diya|sab kuch de diya|bye bol diya|alvida|(?:letter|chitthi|khat|note) (?:chhod|likh)|maaf karna|sorry sabko)",
    "id": r"(?:kukasih|udah kukasih|(?:gw|gue|aku) (?:kasih|kasihin|titipin|titip) ke|(?:udh|udah) (?:gw|gue|aku) (?:kasih|kasihin|titipin|titip)|surat (?:buat|untuk) (?:ibu|ortu|mama|mamah|bapak|papa|ayah|keluarga|kalian)|pamitan|ninggalin surat|nulis surat|maafin aku|maaf semuanya)",
    "tr": r"(?:dagittim|vedalastim|veda ettim|mektup biraktim|mektup yazdim|veda mektubu|beni affedin|herkesten ozur)",
}
ENDING = {
    "es": r"(?:(?:hoy|esta noche|manana) (?:\S+ ){0,2}(?:se acaba (?:todo|mi vida)|termina todo|ya no (?:voy a )?esto?y?|(?:yo )?(?:acabo|termino) con (?:todo|mi vida))|(?:irme|me voy) para siempre)",
    "pt": r"(?:(?:hoje|hj|amanha|essa noite|hoje a noite|hj a noite) (?:\S+ ){0,2}(?:acaba tudo|termina tudo|nao (?:to|estou|vou estar) mais|(?:eu )?(?:acabo|termino) com (?:tudo|a minha vida|minha vida))|ir embora pra sempre|partir pra sempre)",
    "fr": r"(?:(?:ce soir|aujourd hui|demain|cette nuit) (?:\S+ ){0,2}(?:c est fini|tout s arrete|tout se termine|je serai plus)|partir pour (?:de bon|toujours))",
    "de": r"(?:(?:heute|morgen|heute nacht) (?:\S+ ){0,2}(?:ist schluss|ist es vorbei|bin ich nicht mehr)|dann (?:is|ist) (?:endlich )?ruhe|fur immer gehen|fuer immer gehen)",
    "it": r"(?:(?:stanotte|stasera|oggi|domani) (?:\S+ ){0,2}(?:finisce|e finita|non ci sono|non ci saro)|non ci sono piu domani|andarmene per sempre)",
    "ru": r"(?:(?:сегодня|завтра) (?:\S+ ){0,2}(?:все закончится|меня не будет|все кончится))",
    "ar": r"(?:(?:النهارده|الليله|بكره|اليوم) (?:\S+ ){0,2}(?:هخلص|مش هكون|ما راح اكون)|هخلص)",
    "hi": r"(?:(?:आज|कल) (?:\S+ ){0,2}(?:सब खत्म|नहीं रहूंग|नहीं रहूँग)|हमेशा के लिए जाने)",
    "hi_latn": r"(?:(?:aaj|kal) (?:\S+ ){0,2}(?:sab khatam|nahi rahunga|nahi rahungi)|hamesha ke liye (?:ja|chala|chali))",
    "id": r"(?:(?:malam ini|hari ini|besok) (?:\S+ ){0,2}(?:selesai|udah gak ada|berakhir|gak ada lagi))",
    "tr": r"(?:(?:bu gece|bugun|yarin) (?:\S+ ){0,2}(?:bitiyor|bitecek|olmayacagim|her sey biter))",
}
# ... or the end said as no one troubled by the writer any more, from a time that is near ("kal se main kisi ko pareshan
# nahi karunga", "demain vous serez debarrasses"; session 41): with a farewell, as the other endings
NO_MORE_TROUBLE = {
    "es": r"(?:no (?:los |las |les |te )?(?:voy a |vo a )?(?:molestar|fastidiar) (?:nunca )?mas|ya no (?:los |las |les |te )?"
    r"(?:voy a |vo a )?(?:molestar|fastidiar)|(?:se van a|se van|te vas a) librar de mi|no (?:van|vas) a tener que preocupar)",
    "pt": r"(?:nao (?:vou )?(?:mais )?(?:incomodar|atrapalhar|dar trabalho)|(?:vao|vai) se livrar de mim|ninguem (?:vai )?"
    r"(?:mais )?(?:precisar|ter que) se preocupar comigo|nao (?:vao|vai) (?:mais )?(?:precisar|ter que) se preocupar comigo)",
    "fr": r"(?:(?:vous |les |te |le |la )?(?:embeterai|derangerai|ennuierai|emmerderai|genera[is]) plus|plus besoin de (?:vous |t |s )?"
    r"(?:inquieter|soucier) (?:pour|de) moi|(?:serez|seras|seront) (?:enfin )?debarrass|personne (?:n )?aura (?:plus|pu) a s occuper de moi)",
    "de": r"(?:(?:euch|dir|ihm|ihr|ihnen|niemandem|keinem) (?:mehr )?(?:nicht mehr |nie mehr )?auf die nerven|(?:seid|bist|sind) "
    r"(?:ihr |du |sie )?mich (?:endlich |dann )?los|(?:muss|musst|muesst|musst) (?:euch |dir )?(?:keine|nie mehr) sorgen)",
    "it": r"(?:non (?:vi |ti |li )?(?:daro|rompero|disturbero) piu|(?:vi|ti) liberer\S* di me|non (?:dovrete|dovrai) piu preoccupar)",
    "ru": r"(?:(?:не буду|перестану) (?:больше )?(?:никому |вам |тебе )?(?:мешать|надоедать)|избавит\S* от меня)",
    "ar": r"(?:و|ف)?(?:مش هضايق|مش هزعج|مش هتعب) (?:حد|حدا|حدش|اي حد)|(?:هترتاحوا|هيرتاحوا|هترتاح) مني",
    "hi": r"(?:(?:परेशान|तंग|तकलीफ)\S* (?:नहीं|नही) (?:करूंग|करूँग|दूंग|दूँग)|छुटकारा मिल)",
    "hi_latn": r"(?:(?:pareshan|pareshaan|tang|takleef|taklif)\S* (?:nahi|nhi) (?:karunga|karungi|karoonga|dunga|dungi)"
    r"|chhutkara mil)",
    "id": r"(?:(?:gak|ga|nggak|tidak) (?:bakal |akan )?(?:ngerepotin|nyusahin|ganggu|gangguin) (?:\S+ )?lagi|bebas dari aku)",
    "tr": r"(?:kimseyi (?:artik )?(?:rahatsiz etmeyecegim|uzmeyecegim)|benden kurtul)",
}
NEAR = {
    "es": r"(?:manana|pronto|desde manana|esta noche|hoy)", "pt": r"(?:amanha|logo|em breve|hoje|hj|essa noite)",
    "fr": r"(?:demain|bientot|ce soir|cette nuit)", "de": r"(?:morgen|bald|heute nacht|heute)",
    "it": r"(?:domani|presto|stanotte|stasera)", "ru": r"(?:завтра|скоро|сегодня)", "ar": r"(?:بكره|بكرا|قريب|الليله|النهارده)",
    "hi": r"(?:कल|आज|जल्द)", "hi_latn": r"(?:kal|aaj|jaldi|ab)", "id": r"(?:besok|sebentar lagi|malam ini)",
    "tr": r"(?:yarin|yakinda|bu gece)",
}
# ... or the writer gone for good, or the others spared the writer's trouble, said with no time ("sumi pra sempre", "nada
# de esto va a ser mi problema", "vous inquietez pas pour moi apres ce weekend", "gak usah repot lagi ngurusin aku"; session
# 53, tune round 12): with a farewell, as the other endings
GONE_FOR_GOOD = {
    "es": r"(?:(?:nada de esto|esto|nada) (?:ya )?(?:no )?(?:va a ser|sera) mi problema|(?:desaparezco|desaparecer|desapareci) para siempre)",
    "pt": r"(?:(?:sumi|sumir|sumo|desapareci|desaparecer|desapareco) (?:\S+ )?(?:pra|para) sempre)",
    "fr": r"(?:(?:ne )?(?:vous )?inquietez (?:vous )?pas pour moi|t inquiete pas pour moi|disparaitre pour toujours)",
    "de": r"(?:macht euch (?:keine )?sorgen um mich (?:nach|ab)|fur immer weg|fuer immer weg)",
    "it": r"(?:finalmente (?:un po )?(?:di )?pace|sparire per sempre|(?:non )?(?:preoccupatevi|preoccuparti) (?:piu )?per me)",
    "ru": r"(?:исчезну навсегда|не беспокойтесь обо мне)",
    "ar": r"(?:و|ف)?(?:هختفي|حختفي|راح اختفي) (?:\S+ )?(?:للابد|على طول)",
    "hi": r"(?:(?:मेरी|मेरे) (?:वजह|कारण) से (?:\S+ ){0,2}(?:परेशानी|तकलीफ) (?:नहीं|नही) होगी|हमेशा के लिए (?:चला|चली) (?:जाऊंग|जाऊँग))",
    "hi_latn": r"(?:(?:meri|mere) (?:wajah|vajah|karan) se (?:\S+ ){0,2}(?:pareshani|takleef) (?:nahi|nhi) hogi)",
    "id": r"(?:(?:gak|ga|nggak|tidak|gausah|ga usah) (?:usah )?(?:repot\S*|susah\S*) (?:\S+ )?lagi (?:\S+ )?(?:ngurusin|ngurus|mikirin) (?:aku|gue|gw|saya))",
    "tr": r"(?:sonsuza (?:kadar|dek) (?:gidecegim|kaybolacagim)|benim icin (?:artik )?uzulmeyin)",
}
ENDING = {module: rf"(?:{ending}|{NEAR[module]} (?:\S+ ){{0,5}}{NO_MORE_TROUBLE[module]}|{GONE_FOR_GOOD[module]})"
          for module, ending in ENDING.items()}

# Bleeding, or contractions with it, late in a pregnancy said by its weeks ("sangrando a las 30 semanas"); the weeks
# of a pregnancy (10 to 42), in the words that say so, not "for 2 weeks".
PREGNANCY_WEEKS = r"(?:1\d|2\d|3\d|4[0-2])(?:a|o|e|eme|esima|esimo|ª|º)?"  # "34esima", "35e", "34a" (fourteenth round)
WEEKS = {
    "es": rf"(?:a las|con|tengo|estoy de|voy en|ando en) {PREGNANCY_WEEKS} semanas",
    "pt": rf"(?:com|to com|estou com|tenho) {PREGNANCY_WEEKS} semanas",
    "fr": rf"(?:(?<!y )a|suis a|enceinte de) {PREGNANCY_WEEKS} semaines",
    "de": rf"(?:in der|ssw) {PREGNANCY_WEEKS}(?: ssw| woche)?",
    "it": rf"(?:a|alla|sono a|sono alla|alle) {PREGNANCY_WEEKS} settiman",
    "ru": rf"{PREGNANCY_WEEKS} недел\S* (?:беремен)",
    "ar": rf"(?:ال)?اسبوع (?:ال)?{PREGNANCY_WEEKS}",
    "hi": rf"{PREGNANCY_WEEKS} (?:हफ्ते|हफ़्ते|सप्ताह) (?:में|की|का)",
    "hi_latn": rf"{PREGNANCY_WEEKS} (?:hafte|hafton) (?:me|mein|ki|ka)",
    "id": rf"(?:hamil|kehamilan) {PREGNANCY_WEEKS} minggu",
    "tr": rf"{PREGNANCY_WEEKS} haftalik",
}

# A pain that comes when coughing or sneezing ("quando tossisco", "beim husten"): a chest infection's, not a heart's.
# With `COURSE`, it takes back the lexicon's own signs of that category too (`every_sign_guards`).
COUGHING = {
    "es": r"(?:cuando|al|de tanto) (?:toso|toser|tosa|estornudo|estornudar)",
    "pt": r"(?:quando|ao|de tanto) (?:tusso|tossir|espirro|espirrar)",
    "fr": r"(?:quand (?:je|il|elle) (?:tousse|eternue)|en toussant|a force de tousser)",
    "de": r"(?:beim (?:husten|niesen)|wenn (?:ich|er|sie) (?:huste|hustet|niese|niest))",
    "it": r"(?:quando (?:tossisco|tossisce|starnutisco)|tossendo|a forza di tossire)",
    "ru": r"(?:когда кашля|при кашле|от кашля)",
    "ar": r"(?:لما (?:اكح|يكح|تكح|بكح|بيكح)|من الكحه)",
    "hi": r"(?:खांसने|खाँसने|खांसी) (?:पर|से|में)",
    "hi_latn": r"(?:khansne|khaansne|khansi) (?:par|se|me)",
    "id": r"(?:kalau|pas|waktu) batuk",
    "tr": r"(?:oksurunce|oksururken|oksurdugumde)",
}

# A cough or a cold that has lasted weeks, with no pregnancy named: "semanas" + "sangre" then reads as a pregnancy's
# bleeding ("tengo tos hace 2 semanas y sale un poco de sangre"). The whole message is looked at for the pregnancy.
DURATION = {
    "es": r"(?:hace|desde hace|llevo|lleva) (?:\d+|una|dos|tres|unas) semanas",
    "pt": r"(?:faz|ha|tem|desde) (?:\d+|uma|duas|tres|umas) semanas",
    "fr": r"(?:depuis|il y a|ca fait) (?:\d+|une|deux|trois|quelques) semaines",
    "de": r"(?:seit|vor) (?:\d+|einer|zwei|drei|ein paar) wochen",
    "it": r"(?:da|sono) (?:\d+|una|due|tre|alcune|qualche) settiman",
    "ru": r"(?:уже|в течение) (?:\d+|две|три|несколько) недел",
    "ar": r"(?:من|بقالي|بقاله) (?:\d+ )?(?:اسبوع|اسبوعين|اسابيع)",
    "hi": r"(?:\d+|दो|तीन) (?:हफ्ते|हफ़्ते) से",
    "hi_latn": r"(?:\d+|do|teen) (?:hafte|week) se",
    "id": r"(?:sudah|udah) (?:\d+|dua|tiga) minggu",
    "tr": r"(?:\d+|iki|uc) haftadir",
}
PREGNANT = r"(?:embaraz|gravid|incint|enceint|grossesse|schwanger|ssw|беремен|حامل|حمل|गर्भ|प्रेग्न|pregnan|hamil|hamile|gestant)"

# The chest held or squeezed ("si tiene il petto", "pecho apretado como si me exprimieran") with a second sign (dizzy,
# sweating, the arm, breath, not standing): the English rules' chest pain with its company.
HOLDS = {
    "es": r"(?:se agarra|se toca|se sujeta|agarrandose|apretandose|se aprieta)",
    "pt": r"(?:segurando|segura|apertando|agarrad)",
    "fr": r"(?:se tient|se tenant|agrippe|se serre)",
    "de": r"(?:halt sich|haelt sich|greift sich an|fasst sich an)",
    "it": r"(?:si tiene|si stringe|tenendosi|stringendosi|si tocca)",
    "ru": r"(?:держится за|схватился за|схватилась за)",
    "ar": r"(?:ماسك|ماسكه|مسك)",
    "hi": r"(?:पकड़|पकड)",
    "hi_latn": r"(?:pakad|pakd)",
    "id": r"(?:megangin|memegang|pegang)",
    "tr": r"(?:tutuyor|tutarak)",
}
SQUEEZE = {
    "es": r"(?:apret|aprieta|oprim|exprim|estruj|presion|pesad|aplast)",
    "pt": r"(?:apert|esmag|pressao|peso|pesad)",
    "fr": r"(?:serre|etau|ecras|oppress|poids|compress)",
    "de": r"(?:eng|druck|zusammengeschnurt|schraubstock|presst|quetsch)",
    "it": r"(?:string|stretto|stretta|morsa|schiacci|oppress|peso|pesant)",
    "ru": r"(?:сжима|давит|давящ|тяжест|сдав|тиск)",
    "ar": r"(?:ضيق|ضغط|ب?ي?عصر|ب?ي?تعصر|تقل|ثقل|كاتم|مكتوم)",
    "hi": r"(?:दबा|दबाव|जकड़|जकड|भारी)",
    "hi_latn": r"(?:daba|dabav|dabaav|pressure|jakad|bhaari|bhari)",
    "id": r"(?:tertekan|ditekan|berat|diremas|ketekan)",
    "tr": r"(?:sikis|baski|agirlik|sikiyor|eziliyor)",
}
WITH = {  # the second sign
    "es": r"(?:mare|sud|desmay|brazo|el aire|respir|no se puede parar|no puede pararse|palid|vomit|nause)",
    "pt": r"(?:tont|sua|suor|suando|desmai|braco|falta de ar|respir|nao consegue ficar|palid|vomit|enjo)",
    "fr": r"(?:tete qui tourne|vertige|sue|transpir|bras|souffle|respir|malaise|tenir debout|pale|vomi|nausee)",
    "de": r"(?:schwindel|schwitz|arm|luft|atem|nicht (?:mehr )?stehen|blass|erbrech|ubel|uebel)",
    "it": r"(?:gira la testa|giramenti|vertigin|sud|svien|braccio|aria|fiato|respir|stare in piedi|pallid|vomit|nausea)",
    "ru": r"(?:кружится|головокруж|пот|рук|дыш|воздух|встать|бледн|рвот|тошн)",
    "ar": r"(?:و|ف)?(?:دوخه|دايخ|عرق|دراع|ايد|نفس|مش قادر يقف|اصفر|ترجيع)",
    "hi": r"(?:चक्कर|सिर घूम|पसीना|पसीने|हाथ|सांस|खड़े नहीं|उल्टी)",
    "hi_latn": r"(?:chakkar|ghoom|pasina|paseena|haath|hath|saans|khade nahi|ulti)",
    "id": r"(?:pusing|keringat|keringet|lengan|napas|nafas|sesak|lemas|muntah|gak bisa berdiri|tidak bisa berdiri|ga bisa berdiri)",
    "tr": r"(?:bas(?:im)? don|terl|kol|nefes|ayakta duram|bayil|kus)",
}

# Late in a pregnancy, a severe headache or lights before the eyes (pre-eclampsia: an emergency by NICE).
PREGNANT_NOW = {
    "es": r"(?:embarazada|embarazo|\d+ meses de embarazo)",
    "pt": r"(?:gravida|gestante|gravidez)",
    "fr": r"(?:enceinte|grossesse)",
    "de": r"(?:schwanger|ssw)",
    "it": r"(?:incinta|gravidanza)",
    "ru": r"(?:беремен)",
    "ar": r"(?:حامل|الحمل)",
    "hi": r"(?:प्रेग्नें|प्रेगनें|गर्भवती)",
    "hi_latn": r"(?:pregnant|garbhvati)",
    "id": r"(?:hamil)",
    "tr": r"(?:hamile)",
}
HEAD = {
    "es": r"(?:dolor de cabeza|me duele (?:\S+ )?la cabeza)",
    "pt": r"(?:dor de cabeca|doendo (?:\S+ )?a cabeca)",
    "fr": r"(?:mal (?:de|a la) tete|migraine)",
    "de": r"(?:kopfschmerz|kopfweh)",
    "it": r"(?:mal di testa|dolore alla testa|emicrania|(?:fa|fanno) (?:\S+ )?(?:male|malissimo) (?:\S+ )?(?:la )?testa)",
    "ru": r"(?:голов\S* (?:\S+ )?бол|бол\S* (?:\S+ )?голов)",
    "ar": r"(?:صداع|راسي بيوجعني|وجع راس)",
    "hi": r"(?:सिरदर्द|सिर दर्द|सिर में (?:\S+ )?दर्द)",
    "hi_latn": r"(?:sir dard|sar dard|sirdard|sir me dard|sar me dard)",
    "id": r"(?:sakit kepala|kepala sakit|pusing)",
    "tr": r"(?:bas agri|basim (?:\S+ ){0,2}agri)",
}
VISION = {
    "es": r"(?:lucecitas|destellos|veo (?:\S+ )?(?:luces|lucecitas|estrellitas|puntitos|borroso|manchas|destellos|chispitas))",
    "pt": r"(?:pontinhos|luzinhas|vendo (?:estrelas|luzes|pontos|embacado|borrado|flashes|clar)|vista embac|vista escurec)",
    "fr": r"(?:(?:vois|voit) (?:des )?(?:etoiles|lumieres|points|flou|mouches|eclairs|flashs?|taches)|vision (?:floue|trouble))",
    "de": r"(?:sehe (?:\S+ )?(?:sterne|blitze|flimmern|verschwommen)|augenflimmern|flimmern)",
    "it": r"(?:stelline|vedo (?:\S+ )?(?:stelle|luci|puntini|sfocato|lucine|mosche|lampi|flash|lucciole|macchie))",
    "ru": r"(?:мушки|искры в глазах|звездочки|вспышки|(?:все )?плывет перед глазами)",
    "ar": r"(?:نجوم|زغلله|مش شايفه كويس|ومضات|فلاشات)",
    "hi": r"(?:आंखों के आगे|आँखों के आगे|धुंधला|चमक)",
    "hi_latn": r"(?:aankhon ke aage|ankho ke samne|aankho ke aage|dhundhla|dhundla)",
    "id": r"(?:kunang|pandangan kabur|penglihatan kabur|mata berkunang|kilatan|mata silau)",
    "tr": r"(?:gozlerim karar|yildiz goruyorum|bulanik goruyorum|gozum kararıyor|gozum(?:de|un onunde) (?:simsek|yildiz|isik)|gozlerim bulan)",
}

# Stroke: the face drooping ("la faccia che cade", "el rostro caindo"), or the words lost, said of someone else
# ("non trova le parole"; "I cannot find the words to thank you" is not).
DROOP = {
    "es": r"(?:se (?:le )?cae|caid|colgad|se (?:le )?tuerce)",
    "pt": r"(?:caindo|caid|despencand|torcend|pendend)",
    "fr": r"(?:tombe|pend|affaisse)",
    "de": r"(?:hangt|haengt|hangend|herunter)",
    "it": r"(?:cade|cadente|pende|cascant|abbassat)",
    "ru": r"(?:перекос|опустил|обвис)",
    "ar": r"(?:مايل|مايله|وقع|نازل|مال(?!\S)|اتعوج|معوج)",
    "hi": r"(?:लटक|झुक|गिर रहा|टेढ़)",
    "hi_latn": r"(?:latak|jhuk|tedha|tedhi)",
    "id": r"(?:mencong|turun sebelah|perot|miring)",
    "tr": r"(?:kaydi|kaymis|dustu|sarkti)",
}
WORDS_LOST = {
    "es": r"no (?:encuentra|le salen) (?:las )?palabras(?! (?:para|de|del|que))",
    "pt": r"nao (?:acha|encontra|consegue achar) (?:as )?palavras(?! (?:para|pra|de|do|que))",
    "fr": r"(?:trouve|trouvait) (?:plus|pas) ses mots(?! (?:pour|de|croises))",
    "de": r"findet (?:die |seine |ihre )?worte nicht",
    "it": r"non (?:trova|riesce a trovare) (?:piu )?le parole(?! (?:per|di|del|della|crociat|giuste))",
    "ru": r"не может подобрать слова|путает слова",
    "ar": r"(?:(?:مش|ما) (?:لاقي|لاقيه) (?:الكلام|كلام)|(?:كلامه|كلامها|لسانه|لسانها) (?:\S+ )?(?:تقيل|تقل|ملخبط|مش مفهوم))",
    "hi": r"(?:उन्हें|उसे|इन्हें|मम्मी को|पापा को|दादी को|दादा को) (?:\S+ )?शब्द (?:नहीं|नही) मिल",
    "hi_latn": r"(?:unhe|use|mummy ko|papa ko|dadi ko|dada ko) (?:\S+ )?(?:shabd|words) (?:nahi|nhi) mil",
    "id": r"(?:dia )?(?:gak|tidak) bisa (?:nemu|menemukan) kata",
    "tr": r"kelimeleri bulamiyor",
}

# A swollen tongue ("die zunge ist riesig", "dili kocaman oldu"): the airway closing, whatever stung or was eaten.
TONGUE = {
    "es": r"(?:lengua)",
    "pt": r"(?:lingua)",
    "fr": r"(?:langue)",
    "de": r"(?:zunge)",
    "it": r"(?:lingua)",
    "ru": r"(?:язык)",
    "ar": r"(?:و|ف)?(?:لسان)",
    "hi": r"(?:जीभ)",
    "hi_latn": r"(?:jeebh|jibh|jeeb|zuban)",
    "id": r"(?:lidah)",
    "tr": r"(?:dil)",
}
SWOLLEN = {  # swelling said as growing or huge ("lengua inflamada" of a mouth ulcer is not)
    "es": r"(?:enorme|gigante|se (?:le |me )?hincha|hinchando|hinchandose)",
    "pt": r"(?:enorme|gigante|inchando|inchou)",
    "fr": r"(?:enorme|gonfle|enfle)",
    "de": r"(?:riesig|schwillt|angeschwollen)",
    "it": r"(?:enorme|si gonfia|gonfiando|gonfiata|gonfiato)",
    "ru": r"(?:огромн|опухает|распух|отекает|толст)",
    "ar": r"(?:و|ف)?(?:ورم|وارم|منفوخ|كبير|كبر|انتفخ)",
    "hi": r"(?:सूज|फूल)",
    "hi_latn": r"(?:sooj|suj|phool)",
    "id": r"(?:bengkak gede|membesar|gede banget|bengkak banget)",
    "tr": r"(?:sisti|siskin|kocaman)",
}

# A scald over a large area: boiling water or oil, a burn, and the whole arm, the chest or the face.
BOILING = {
    "es": r"(?:hirviendo|hirviente|aceite caliente)",
    "pt": r"(?:fervendo|fervente|oleo quente)",
    "fr": r"(?:bouillant|huile (?:\S+ ){0,3}(?:chaude|brulante|friteuse)|friteuse)",  # the fryer's oil (session 48)
    "de": r"(?:kochend|siedend|heissem fett|heisses fett)",
    "it": r"(?:bollente|olio caldo)",
    "ru": r"(?:кипят|кипящ)",
    "ar": r"(?:ب?ت?غلي|مغلي|زيت سخن)",
    "hi": r"(?:खौल|उबल)",
    "hi_latn": r"(?:ubalt|ubla|khaul)",
    "id": r"(?:mendidih|minyak panas)",
    "tr": r"(?:kaynar|kaynayan|kaynami|kizgin yag)",
}
BURNT = {
    "es": r"(?:quem)",
    "pt": r"(?:queim)",
    "fr": r"(?:brul|ebouillant)",
    "de": r"(?:verbrueh|verbruh|verbrann)",
    "it": r"(?:bruciat|ustion|scottat|ustionat)",
    "ru": r"(?:обвар|обжег|ожог)",
    "ar": r"(?:و|ف)?(?:اتلسع|اتحرق|انحرق|حرق)",
    "hi": r"(?:जल|झुलस)",
    "hi_latn": r"(?:jal|jhulas)",
    "id": r"(?:melepuh|terbakar|kesiram|luka bakar)",
    "tr": r"(?:yandi|hasland)",
}
LARGE = {
    "es": r"(?:todo|toda|la cara|el pecho)",
    "pt": r"(?:todo|toda|o rosto|o peito)",
    "fr": r"(?:tout|toute|visage|poitrine)",
    "de": r"(?:ganz|gesicht|brust)",
    "it": r"(?:tutto|tutta|faccia|petto)",
    "ru": r"(?:весь|вся|всю|лицо|груд)",
    "ar": r"(?:و|ف)?(?:كله|كلها|صدره|صدرها|وشه|وشها)",
    "hi": r"(?:पूरा|पूरी|छाती|चेहरा)",
    "hi_latn": r"(?:poora|pura|puri|poori|chhati|chati|chehra)",
    "id": r"(?:satu tangan|seluruh|dada|muka)",
    "tr": r"(?:butun|gogsu|yuzu)",
}

# A burn of a finger or the tongue, with nothing large named ("me queme un dedo con aceite hirviendo"): first aid, not
# an ambulance. A sore in the mouth ("lengua inflamada por una llaga") is not the tongue of an allergy.
SMALL_BURN = {
    "es": r"(?:dedo|la lengua|yema)",
    "pt": r"(?:dedo|a lingua)",
    "fr": r"(?:doigt|la langue)",
    "de": r"(?:finger|die zunge)",
    "it": r"(?:dito|la lingua|polpastrell)",
    "ru": r"(?:палец|пальц|язык)",
    "ar": r"(?:صباع|صباعي|اصبع|لساني)",
    "hi": r"(?:उंगली|ऊँगली|जीभ)",
    "hi_latn": r"(?:ungli|jeebh)",
    "id": r"(?:jari|lidah)",
    "tr": r"(?:parmag|dilimi)",
}
MOUTH_SORE = {
    "es": r"(?:llaga|afta|fuego labial|me mordi)",
    "pt": r"(?:afta|mordi a lingua)",
    "fr": r"(?:aphte|mordu la langue)",
    "de": r"(?:aphthe|auf die zunge gebissen)",
    "it": r"(?:afta|morso la lingua)",
    "ru": r"(?:афт|прикусил)",
    "ar": r"(?:قرحه|عضيت لساني)",
    "hi": r"(?:छाला|छाले)",
    "hi_latn": r"(?:chhala|chale|chhale)",
    "id": r"(?:sariawan|kegigit)",
    "tr": r"(?:afet|aft|dilimi isirdim)",
}

# A button battery or magnets swallowed (a child's: they burn or perforate within hours).
SWALLOWS = {
    "es": r"(?:trag|comio|se comio)",
    "pt": r"(?:engoliu|engoli|comeu)",
    "fr": r"(?:avale)",
    "de": r"(?:verschluckt|geschluckt|gegessen)",
    "it": r"(?:ingoia|inghiott|mangiat|mandato giu)",
    "ru": r"(?:проглот|съел)",
    "ar": r"(?:و|ف)?(?:بلع|بلعت|ابتلع|ابتلعت)",
    "hi": r"(?:निगल)",
    "hi_latn": r"(?:nigal|nigla)",
    "id": r"(?:nelen|menelan|ketelen|ketelan)",
    "tr": r"(?:yuttu|yutmus)",
}
OBJECTS = {
    "es": r"(?:pila|bateria|iman)",
    "pt": r"(?:pilha|bateria|ima|imas)",
    "fr": r"(?:pile|batterie|aimant)",
    "de": r"(?:batterie|knopfzelle|magnet)",
    "it": r"(?:pil|batteri|calamit|magnet)",
    "ru": r"(?:батаре|магнит)",
    "ar": r"(?:ال)?(?:بطاري|مغناطيس|مغنطيس)",
    "hi": r"(?:बैटरी|सेल|चुंबक|मैग्नेट)",
    "hi_latn": r"(?:battery|cell|chumbak|magnet)",
    "id": r"(?:baterai|batre|magnet)",
    "tr": r"(?:pil|miknatis)",
}

# A head struck, told after its vomiting or drowsiness ("vomito despues de pegarse en la cabeza").
HIT_HEAD = {
    "es": r"(?:peg|golpe|cay|cai)\S* (?:\S+ ){0,3}cabeza",
    "pt": r"(?:bat|pancada|caiu|cai)\S* (?:\S+ ){0,3}cabeca",
    "fr": r"(?:cogn|tape|choc|tomb)\S* (?:\S+ ){0,3}tete",
    "de": r"(?:kopf (?:angeschlagen|gestossen|aufgeschlagen)|auf den kopf)",
    "it": r"(?:battut|sbattut|botta|colpo|cadut)\S* (?:\S+ ){0,3}testa",
    "ru": r"(?:удари|упал)\S* (?:\S+ ){0,2}голов",
    "ar": r"(?:خبط|اتخبط|وقع)\S* (?:\S+ ){0,2}(?:راس|دماغ)",
    # ... or something that struck it, told with the day ("सिर में कल क्रिकेट की गेंद लगी थी"; session 52)
    "hi": r"(?:(?:सिर|सर)\S* (?:\S+ ){0,2}(?:चोट|टकरा|लग)|(?:सिर|सर) (?:में|पर|पे) (?:\S+ ){0,3}(?:गेंद|बैट|डंडा|डंडे|पत्थर|ईंट|रॉड)\S* (?:\S+ )?लग)",
    "hi_latn": r"(?:(?:sir|sar)\S* (?:\S+ ){0,2}(?:chot|takra|lag)|(?:sir|sar) (?:mein|me|par|pe) (?:\S+ ){0,3}(?:ball|gend|bat|danda|dande|patthar|eent|rod)\S* (?:\S+ )?lag)",
    "id": r"(?:kepala)\S* (?:\S+ ){0,2}(?:kebentur|terbentur|kejedot)",
    "tr": r"(?:basini|kafasini)\S* (?:\S+ )?(?:carpti|vurdu)",
}
AFTER_HIT = {
    "es": r"(?<!no )(?:vomit|somnolient|adormilad|muy dormid)",
    "pt": r"(?<!nao )(?:vomit|sonolent|muito sonolent)",
    "fr": r"(?:vomi|somnolent|tres endormi)",
    "de": r"(?:erbrech|erbricht|erbrochen|kotz|schlafrig|benommen)",
    "it": r"(?<!non ha )(?<!non ho )(?:vomit|assonnat|sonnolent)",
    "ru": r"(?:рвет|рвота|вырвало|стошнил|сонн|вял)",
    "ar": r"(?:و|ف)?(?:رجع|بيرجع|ترجيع|استفرغ|نعسان)",
    "hi": r"(?:उल्टी|बहुत नींद|सुस्त)",
    "hi_latn": r"(?:ulti|bahut neend|sust(?!\S))",
    "id": r"(?:muntah|ngantuk banget)",
    "tr": r"(?:kusuyor|kustu|cok uykulu)",
}

# A diabetic confused, talking nonsense or in a cold sweat (the severe low the English rules read by its number).
DIABETIC = {
    "es": r"(?:diabetic|diabetes)",
    "pt": r"(?:diabetic|diabetes)",
    "fr": r"(?:diabet)",
    "de": r"(?:diabet)",
    "it": r"(?:diabetic|diabete)",
    "ru": r"(?:диабет)",
    "ar": r"(?:سكر|السكري|سكري)",
    "hi": r"(?:शुगर|डायबिटी|मधुमेह)",
    "hi_latn": r"(?:sugar|diabet|madhumeh)",
    "id": r"(?:diabetes|kencing manis)",
    "tr": r"(?:seker hasta|diyabet)",
}
CONFUSED = {
    "es": r"(?:confundid[oa](?!\S)(?! (?:con|sobre|por) )|desorientad|incoheren|sin sentido|no sabe (?:donde|quien)|sudando frio|sudor frio)",
    "pt": r"(?:confus[oa](?!\S)(?! (?:com|sobre|no|na) )|desorientad|sem sentido|coisa com coisa|suor frio|suando frio)",
    "fr": r"(?:confuse?(?!\S)(?! (?:avec|sur|par|dans) )|desoriente|n importe quoi|incoherent|sueurs? froides?)",
    "de": r"(?:verwirrt|desorientiert|wirres zeug|unsinn|kalter schweiss)",
    "it": r"(?:confus[oa](?!\S)(?! (?:con|sulle|sulla|sui|su|nel|nella) )|disorientat|senza senso|non ragiona|sudato freddo|sudore freddo)",
    "ru": r"(?:не соображает|несет чушь|бредит|спутан|холодный пот|заговаривается)",
    "ar": r"(?:و|ف)?(?:مش مركز|بيخرف|يهلوس|عرق بارد|مش فاهم حاجه)",
    "hi": r"(?:समझ (?:नहीं|नही)|बहकी|उल्टा सीधा|ठंडा पसीना|उलझी (?:हुई )?बात)",
    "hi_latn": r"(?:samajh nahi|ulta seedha|ulta sidha|thanda pasina|behki|uljhi (?:hui )?baat)",
    "id": r"(?:linglung|ngelantur|ngaco|keringat dingin|keringet dingin)",
    "tr": r"(?:bilinci bulanik|sacmal|soguk ter|anlamsiz konus)",
}

# An inhaler that no longer works: a word for it, then a negation and "work", "help" or "effect" within a few words.
INHALER = {
    "es": r"(?:inhalador|bombita|salbutamol|ventolin)",
    "pt": r"(?:bombinha|inalador|aerolin|salbutamol)",
    "fr": r"(?:ventoline|pompe|inhalateur)",
    "de": r"(?:spray|inhalator|asthmaspray|notfallspray)",
    "it": r"(?:ventolin|inalatore|spray|broncodilatatore)",
    "ru": r"(?:ингалятор|сальбутамол|беротек)",
    "ar": r"(?:و|ف)?(?:ال)?(?:بخاخ|فنتولين)",
    "hi": r"(?:इनहेलर|पंप)",
    "hi_latn": r"(?:inhaler|pump)",
    "id": r"(?:inhaler|semprotan|ventolin)",
    "tr": r"(?:inhaler|fisfis|ventolin)",
}
NOT_WORKING = (  # "no longer" or "nothing": not "it does not help much"
    r"(?:\S+ ){0,3}(?:ya no|nada|ni(?!\S)|non (?:\S+ )?(?:piu|niente|nulla)|niente|plus|rien|nicht mehr|nichts|keine wirkung|больше не|ничего"
    r"|خالص|اي حاجه|अब (?:\S+ )?(?:नहीं|नही)|bilkul|ab (?:\S+ )?(?:nahi|nhi)|(?:gak|ga|tidak|nggak) (?:\S+ )?lagi|sama sekali|artik|hic"
    r"|nao (?:\S+ )?(?:mais|nada)|mais nada|nem|ноль)"  # "ноль эффекта" (session 54)
    r"(?: \S+){0,3} (?:efect|efeit|effet|effetto|funcion|funziona|marche|fait|serve|sirve|resolve|adianta|wirkt|hilft|bringt|помога|действ"
    r"|эффект|толк|fayda|etki"
    r"|ب?ي?فيد|ينفع|اثر|असर|काम|kaam|asar|mempan|ngefek|ngaruh|(?:hace|fa|faz)(?!\S))"
)

# A decision made, tonight, and the pills ("ya lo decidi, esta noche me tomo las pastillas que guarde"): a plan, not
# the evening dose (that has no decision in it).
DECIDED = {
    "es": r"(?:ya lo decidi|lo decidi|ya decidi|lo tengo decidido|tengo todo (?:listo|planeado|preparado)|ya esta decidido)",
    "pt": r"(?:ja decidi|decidi|ta decidido|ja ta tudo (?:pronto|planejado))",
    "fr": r"(?:j ai decide|jai decide|j ai tout prevu|jai tout prevu|c est decide|tout est prevu)",
    "de": r"(?:ich hab(?:e)? (?:mich )?entschieden|hab alles geplant|es ist entschieden|steht fest)",
    "it": r"(?:ho deciso|ho gia deciso|e deciso|ho preparato tutto)",
    "ru": r"(?:я решил|я решила|все решил|все решила|решено)",
    "ar": r"(?:قررت|خلاص قررت|جهزت كل حاجه)",
    "hi": r"(?:फैसला कर लिया|तय कर लिया)",
    "hi_latn": r"(?:decide kar liya|faisla kar liya|tay kar liya)",
    "id": r"(?:udah (?:aku )?putusin|sudah memutuskan|udah mutusin)",
    "tr": r"(?:karar verdim|karar verdim artik)",
}
TONIGHT = {
    "es": r"(?:esta noche|hoy|ahorita)",
    "pt": r"(?:hoje|essa noite|esta noite)",
    "fr": r"(?:ce soir|cette nuit|aujourd hui)",
    "de": r"(?:heute|heute nacht)",
    "it": r"(?:stanotte|stasera|oggi)",
    "ru": r"(?:сегодня|этой ночью)",
    "ar": r"(?:النهارده|الليله|اليوم)",
    "hi": r"(?:आज)",
    "hi_latn": r"(?:aaj)",
    "id": r"(?:malam ini|hari ini)",
    "tr": r"(?:bu gece|bugun)",
}
# the pills in the plural ("las pastillas que guarde"), where the language marks it: not "the pill to sleep"
PLURAL = {
    "es": r"(?:las|los|mis|todas las|todos los|todas mis) (?:\S+ )?",
    "pt": r"(?:os|as|meus|minhas|todos os|todas as) (?:\S+ )?",
    "fr": r"(?:les|mes|tous les|toutes les) (?:\S+ )?",
    "it": r"(?:le|i|gli|tutte le|tutti i|mie|miei) (?:\S+ )?",
}
# A scald said by its own verb ("ebouillante", "verbrueht") over a large area.
SCALD = {
    "es": r"(?:escald)",
    "pt": r"(?:escald)",
    "fr": r"(?:ebouillant)",
    "de": r"(?:verbrueh|verbruh)",
    "it": r"(?:scottat|ustionat)",
    "ru": r"(?:обвар|ошпар)",
    "ar": r"(?:و|ف)?(?:اتلسع|اتسلق)",
    "hi": r"(?:झुलस)",
    "hi_latn": r"(?:jhulas)",
    "id": r"(?:kesiram|melepuh)",
    "tr": r"(?:hasland)",
}


def signs(module: str, namespace: dict | None = None) -> dict[str, tuple[str, ...]]:
    """Category -> patterns of the templates above in the lexicon `module`'s language (keyed by module:
    Russian and Arabic typed in Latin letters have no words here). `namespace`: the module's own names
    (its `PILLS`)."""
    if module not in KETONES:
        return {}
    ketones, high, vomit = KETONES[module], HIGH[module], VOMIT[module]
    heat, heat_signs = HEAT[module], HEAT_SIGNS[module]
    reading = rf"(?:{ketones}\S* (?:\S+ ){{0,3}}(?:{high}|{NUMBER})|{high}\S* (?:\S+ )?{ketones})"
    pain, strong, chest = PAIN[module], STRONG[module], CHEST[module]
    cardiac = [
        rf"{pain}\S* (?:\S+ ){{0,2}}{strong}\S* (?:\S+ ){{0,3}}{chest}",
        rf"{pain}\S* (?:\S+ ){{0,3}}{chest}\S* (?:\S+ )?{strong}",
        rf"{chest}\S* (?:\S+ ){{0,2}}{pain}\S* (?:\S+ )?{strong}",
        rf"{strong}\S* (?:\S+ ){{0,2}}{pain}\S* (?:\S+ ){{0,3}}{chest}",
        rf"{chest}\S* (?:\S+ ){{0,2}}{strong}\S* (?:\S+ )?{pain}",
    ]
    cardiac += [  # the chest held or squeezed, with a second sign
        rf"{HOLDS[module]}\S* (?:\S+ ){{0,2}}{chest}\S* {W}{WITH[module]}",
        rf"{chest}\S* (?:\S+ )?{HOLDS[module]}\S* {W}{WITH[module]}",  # "सीना पकड़ कर"
        rf"(?:{chest}\S* (?:\S+ ){{0,6}}{SQUEEZE[module]}|{SQUEEZE[module]}\S* (?:\S+ ){{0,3}}{chest})\S* {W}{WITH[module]}",
    ]
    if compound := COMPOUND.get(module):
        cardiac += [rf"{strong}\S* (?:\S+ )?{compound}", rf"{compound}\S* (?:\S+ )?{strong}"]
    pills = (namespace or {}).get("PILLS")
    took, everything = TOOK[module], ALL[module]
    overdose = ()
    if pills:
        overdose = (
            (rf"{everything}\S* (?:\S+ ){{0,3}}(?:ال)?{pills}\S* (?:\S+ ){{0,2}}{took}",)
            if module in VERB_LAST
            else ()
        ) + (rf"{took}\S* (?:\S+ ){{0,3}}{everything}\S* (?:\S+ ){{0,3}}(?:ال)?{pills}",)
    container, whole = CONTAINER[module], WHOLE[module]
    if pills:  # a container's contents named ("mezza confezione di sonniferi"), not "half a box of biscuits"
        contents = rf"(?:ال)?(?:{pills}|{SLEEP}|{DROPS})"
        overdose += (
            rf"{took}\S* (?:\S+ ){{0,2}}{whole}\S* (?:\S+ ){{0,2}}{container}\S* (?:\S+ ){{0,3}}{contents}",
            rf"{took}\S* (?:\S+ ){{0,2}}{container}\S* (?:\S+ )?{whole}\S* (?:\S+ ){{0,3}}{contents}",
            rf"{took}\S* (?:\S+ ){{0,2}}{container}\S* (?:\S+ ){{0,3}}{contents}\S* (?:\S+ ){{0,2}}{whole}",
        )
        if (
            module in VERB_LAST
        ):  # "आधी शीशी नींद की गोलियां खा लीं", "das ganze fläschchen schlaftropfen getrunken"
            overdose += (
                rf"{whole}\S* (?:\S+ ){{0,2}}{container}\S* (?:\S+ ){{0,3}}{contents}\S* (?:\S+ ){{0,2}}{took}",
                rf"{contents}\S* (?:\S+ ){{0,2}}{whole}\S* (?:\S+ ){{0,2}}{container}\S* (?:\S+ ){{0,3}}{took}",
                rf"{whole}\S* (?:\S+ ){{0,2}}{contents}\S* (?:\S+ ){{0,2}}{container}\S* (?:\S+ ){{0,2}}{took}",
            )
    pills_or_sleep = rf"{pills}|{SLEEP}|{DROPS}" if pills else ""
    infant = ()
    if (age := AGE.get(module)) and (fever := (namespace or {}).get("FEVER")):
        infant = (rf"(?:{age})\S* {W}{fever}", rf"{fever}\S* {W}(?:{age})")
    kinds = {
        "infant_child": infant,
        "diabetic": (rf"{reading}\S* {W}{vomit}", rf"{vomit}\S* {W}{reading}"),
        "heat_stroke": (
            rf"{heat}\S* {W}{heat_signs}",
            rf"{heat_signs}\S* {W}{heat}",
            rf"{SUN[module]}\S* {W}{BRAIN[module]}",
        ),
        "bleeding": (
            rf"{BLOOD[module]}\S* (?:\S+ ){{0,2}}{LOTS[module]}",
            rf"{LOTS[module]}\S* (?:\S+ ){{0,2}}{BLOOD[module]}",
        ),
        "cardiac": tuple(cardiac),
        "stroke": (
            rf"{FACE[module]}\S* (?:\S+ ){{0,4}}{DROOP[module]}",
            rf"{DROOP[module]}\S* (?:\S+ ){{0,2}}{FACE[module]}",
            WORDS_LOST[module],
        ),
        "anaphylaxis": (
            rf"{TONGUE[module]}\S* (?:\S+ ){{0,3}}{SWOLLEN[module]}",
            rf"{SWOLLEN[module]}\S* (?:\S+ ){{0,2}}{TONGUE[module]}",
        ),
        "burns": (
            rf"{BOILING[module]}\S* {W}(?:{LARGE[module]}\S* {W}{BURNT[module]}|{BURNT[module]}\S* {W}{LARGE[module]})",
            rf"{BURNT[module]}\S* {W}{BOILING[module]}\S* {W}{LARGE[module]}",
        ),
        "poisoning": (rf"{SWALLOWS[module]}\S* (?:\S+ ){{0,3}}{OBJECTS[module]}",),
        # ... either order: "se pego en la cabeza y ya vomito dos veces" (session 49)
        "head_injury": (rf"{AFTER_HIT[module]}\S* {W}{HIT_HEAD[module]}", rf"{HIT_HEAD[module]}\S* {W}{AFTER_HIT[module]}"),
        "diabetic_confused": (rf"{DIABETIC[module]}\S* {W}{CONFUSED[module]}",),
        "inhaler": (rf"{INHALER[module]}\S* {NOT_WORKING}",),
        "burns_scald": (
            rf"{SCALD[module]}\S* (?:\S+ ){{0,3}}(?:{LARGE[module]}|torse|torso|thorax|schiena|espalda|costas|dos|rucken)",
        ),
        "plan": (
            rf"{DECIDED[module]}\S* {W}{TONIGHT[module]}\S* {W}{PLURAL.get(module, '')}(?:ال)?(?:{pills_or_sleep})",
        )
        if pills
        else (),
        "self_harm": (
            rf"{FAREWELL[module]}\S* {W}{ENDING[module]}",
            rf"{ENDING[module]}\S* {W}{FAREWELL[module]}",
        ),
        "obstetric": (
            rf"{WEEKS[module]}\S* {W}{BLOOD[module]}",
            rf"{BLOOD[module]}\S* {W}{WEEKS[module]}",
            rf"(?:{PREGNANT_NOW[module]}|{WEEKS[module]})\S* {W}(?:(?:{HEAD[module]})\S* (?:\S+ ){{0,3}}{strong}|{strong}\S* (?:\S+ ){{0,2}}(?:{HEAD[module]})|{VISION[module]})",  # pre-eclampsia
        ),
        "breathing": (
            rf"{FACE[module]}\S* (?:\S+ ){{0,3}}{BLUE[module]}",
            rf"{BLUE[module]}\S* (?:\S+ ){{0,2}}{FACE[module]}",
            ALL_BLUE[module],
        ),
        "overdose": overdose,
        "unconscious": (rf"{FELL[module]}\S* {W}{STILL[module]}(?!\S)(?! {LIMBS})",),
    }
    signs_by_category: dict[str, tuple[str, ...]] = {}
    for kind, patterns in kinds.items():  # a kind with its own name here reads as its category
        category = {
            "diabetic_confused": "diabetic",
            "inhaler": "breathing",
            "burns_scald": "burns",
            "plan": "self_harm",
        }.get(kind, kind)
        signs_by_category[category] = signs_by_category.get(category, ()) + tuple(patterns)
    return signs_by_category


# A course finished, said with the medicine named in any of the Romance words ("ya termine los antibioticos", "c'est
# fini les antibiotiques", "terminei o antibiotico"): a Portuguese message is often read by the Spanish lexicon, so the
# words of all of them are one pattern (round 13b).
FINISHED = r"(?:termin|acab|complet|fini|finit|conclu|beende|закончил|допил)"
MEDICINE_COURSE = r"(?:antibio|tratamiento|tratamento|traitement|cura|terapia|kur|курс)"
COURSE_DONE = (
    rf"{FINISHED}\S* (?:\S+ ){{0,3}}{MEDICINE_COURSE}|{MEDICINE_COURSE}\S* (?:\S+ ){{0,3}}{FINISHED}"
)

# Not much blood, said by negating the amount ("no sale mucha sangre", "pas beaucoup de sang"), not by "a little",
# which a sign's own words may carry ("sangra un poco pero no para").
NOT_MUCH = {
    "es": r"no (?:\S+ ){0,2}(?:mucha|tanta) sangre|no (?:sangra|sale) (?:\S+ )?(?:mucho|tanto)",
    "pt": r"nao (?:\S+ ){0,2}(?:muito|tanto) sangue|nao (?:sangra|sai) (?:\S+ )?(?:muito|tanto)",
    "fr": r"pas (?:beaucoup|trop|tant) (?:de sang|saign)|saigne pas (?:beaucoup|trop|tant)",
    "de": r"(?:nicht|kaum) (?:so )?viel blut|blutet (?:nicht|kaum) (?:so )?(?:viel|stark)",
    "it": r"non (?:\S+ ){0,2}(?:tanto|molto) sangue|non sanguina (?:tanto|molto)",
    "ru": r"не (?:очень |так |сильно )?много крови|не сильно (?:кровит|кровоточит)",
    "ar": r"(?:الدم )?مش (?:كتير|جامد)|مش بينزل كتير",
    "hi": r"(?:ज्यादा|ज़्यादा) खून नहीं|खून (?:ज्यादा|ज़्यादा) नहीं",
    "hi_latn": r"(?:zyada|jyada|jada) khoon nahi|khoon (?:zyada|jyada|jada) nahi",
    "id": r"(?:gak|ga|tidak|nggak|ngga) (?:terlalu )?banyak darah|darahnya (?:gak|ga|tidak|nggak|ngga) (?:terlalu )?banyak",
    "tr": r"(?:cok|fazla) kan (?:yok|gelmiyor|akmiyor)|kan (?:cok|fazla) (?:gelmiyor|akmiyor)",
}

# A chest sore from a workout, its cause said ("por el gimnasio", "depuis la muscu"), with no second sign of a heart
# (breath, sweat, the arm): muscle, not angina. Exertion alone stays a sign ("cuando hago ejercicio me aprieta").
WORKOUT = {
    "es": r"(?:por|del|de|desde) (?:el |la |las |hacer )?(?:gimnasio|gym|pesas|lagartijas|flexiones|entrenamiento)|agujetas",
    "pt": r"(?:por causa da|da|depois da|desde a) (?:academia|musculacao)|(?:das|de) flexoes",
    "fr": r"(?:depuis|a cause de|de) (?:la )?(?:salle de sport|muscu|musculation|pompes)|courbatures?",
    "de": r"(?:vom|von|seit dem) (?:fitness|training|krafttraining|bankdrucken|liegestutz)|muskelkater",
    "it": r"(?:per|dalla|della|dopo la) (?:palestra|flessioni|pesi)|indolenziment",
    "ru": r"(?:после|от) (?:зала|спортзала|тренировк|качалк|отжиман)",
    "ar": r"(?:من|بعد) (?:ال)?(?:جيم|تمرين)",
    "hi": r"(?:जिम|कसरत|वर्कआउट) (?:से|के बाद)",
    "hi_latn": r"(?:gym|workout|kasrat) (?:se|ke baad)",
    "id": r"(?:habis|abis|gara gara|karena) (?:gym|nge ?gym|push ?up|angkat beban)",
    "tr": r"spor salonundan|antrenmandan|agirlik calis",
}

# Confused about the doses ("estoy confundido con las dosis de insulina"): a question, not a low sugar's confusion.
DOSES = r"(?:dosis|doses|dose|dosi|dosen|unidades|unites|unita|einheiten|insulin)"
CONFUSED_ABOUT = (
    r"confu\S* (?:con|sobre|com|avec|sur|sulle|sui|con le|mit|bei) (?:\S+ ){0,3}"
    + DOSES
    + r"|(?:verwirrt|durcheinander) (?:\S+ ){0,3}"
    + DOSES
)

# A blow to the head with the vomiting denied ("no vomito", "pas de vomissement") and no drowsiness or other sign.
NO_VOMIT = {
    "es": r"no (?:ha )?vomit",
    "pt": r"nao (?:\S+ )?vomit",
    "fr": r"(?:pas|sans) (?:de )?vomi|(?:n a|a) pas vomi",
    "de": r"nicht (?:erbrochen|gekotzt)|kein erbrechen",
    "it": r"non (?:ha |ho |hanno )?vomitat",
    "ru": r"не (?:было )?(?:рвоты|рвало|вырвало)|рвоты не было",
    "ar": r"(?:ما |م)?(?:رجعش|استفرغش)|مفيش (?:ترجيع|استفراغ)",
    "hi": r"(?:उल्टी|उलटी) नहीं",
    "hi_latn": r"ulti (?:nahi|nhi)",
    "id": r"(?:gak|ga|tidak|nggak|ngga) muntah",
    "tr": r"kusmadi|kusma yok",
}
DROWSY = r"(?:dormid|adormil|сонн|вял|не отвеча|نعسان|مش بيرد|नींद|सुस्त|neend|sust|ngantuk|lemas|lemes|uykulu|baygin|somnol|sonolent|assonnat|endormi|schlafrig|benommen|no responde|nao responde|repond|inconscien|convuls|sangr|sangu|blut|saign|confu|verwirrt)"


def every_sign_guards(module: str) -> dict[str, str]:
    """Category -> what takes back the lexicon's own signs as well as the templates': a chest pain when coughing,
    a course of pills finished as prescribed."""
    if module not in COURSE:
        return {}
    workout = rf"|(?<=^ )(?!.*{WITH[module]}).*(?:{WORKOUT[module]})" if module in WORKOUT else ""
    extra = {}
    if module in NOT_MUCH:
        extra["bleeding"] = NOT_MUCH[module]
    if module in NO_VOMIT:
        extra["head_injury"] = rf"(?<=^ )(?!.*{DROWSY}).*(?:{NO_VOMIT[module]})"
    return extra | {
        "cardiac": COUGHING[module] + workout,
        "overdose": f"{COURSE[module]}|{COURSE_DONE}",
        "diabetic": rf"(?<=^ )(?!.*(?:{VOMIT[module]}|{KETONES[module]})).*(?:{CONFUSED_ABOUT})",
        "obstetric": rf"(?<=^ )(?!.*{PREGNANT}).*{DURATION[module]}",
        "burns": rf"(?<=^ )(?!.*{LARGE[module]}).*{SMALL_BURN[module]}",
        "anaphylaxis": rf"(?<=^ )(?!.*(?:respir|breath|дыш|تنفس|सांस|saans|napas|nefes|atme|atmet|luft)).*{MOUTH_SORE[module]}",
    }


def guards(module: str) -> dict[str, str]:
    """Category -> what takes a template's sign back in that language besides an educational question or a
    past (a chest pain with a cough)."""
    return (
        {"cardiac": MILD[module], "bleeding": FEW[module], "overdose": COURSE[module]}
        if module in MILD
        else {}
    )
