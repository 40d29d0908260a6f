"""Templates for the kinds of emergency the lexicons had no sign for (issue 21, fourteenth round), one per kind over
each language's words, as `grid.py`'s: bleeding into the gut (blood or "coffee grounds" vomited, black stools with
faintness), a clot gone to the lungs (breathlessness with a swollen leg, or after a flight, an operation or a
birth), the chest that hurts with breathlessness, a diabetic's low sugar with a sign of the brain or with shaking
and sweating, a household product swallowed (lamp oil, bleach, rust remover, a dishwasher tablet) and a
grandparent's pills.

The round's fresh held-out set was the first to hold these kinds in every language, and no lexicon had a pattern
for vomiting blood, black stools, or a clot in any of the eleven: each language's own words for the parts of the
sign make the one template read in all of them. Words are stems (endings free), folded as the lexicons fold (no
accents, lower case); Hindi in Latin letters uses no English word that an English emergency would hold alone.

A template's match is taken back by the language's `EDUCATIONAL` and `PAST` patterns and by `guards` here: a
diabetic's low said to be over now or to come sometimes ("a veces tiemblo si no como"), a little blood, a leg a
little swollen after a flight with breathlessness on the stairs, a product not swallowed after all.
"""

from __future__ import annotations

from medassist.model.safety.lexicons.grid import (  # the older templates' words
    BLOOD,
    BOILING,
    BRAIN,
    CONFUSED,
    DIABETIC,
    FAREWELL,
    HEAD,
    HEAT_SIGNS,
    NEAR,
    NOT_MUCH,
    TONIGHT,
    TOOK,
    VISION,
)

W = r"(?:\S+ ){0,10}"  # a clause
N = r"(?:\S+ ){0,3}"  # a few words

# Vomiting, any tense (not "rend" alone: "ca me rend malade"; not Russian "вырвал" alone: a tooth pulled out).
VOMITED = {
    "es": r"(?:vomit|devolv|guacare|arroj)",
    "pt": r"(?:vomit|gomit|golf)",
    "fr": r"(?:vomi|vomit|degueul|gerb|rendu)",
    "de": r"(?:erbrech|erbrach|erbroch|erbricht|kotz|gekotzt|ubergeb|uebergeb|spuckt|gespuckt|bricht)",
    "it": r"(?:vomit|rimett|rimess|rigett)",
    "ru": r"(?:рвет|рвот|рвало|рвал|вырвало|стошнил|тошнит кровью|блюет|блевал|блевот)",
    "ar": r"(?:و|ف)?(?:ب?(?:ي|ت)رجع|بيرجع|بترجع|ترجيع|استفرغ|ب?(?:ي|ت)ستفرغ|قيء|قيئ|تقيا|(?:ي|ت)تقيا|رجع دم|رجعت دم)",
    "hi": r"(?:उल्टी|उलटी|उल्टियां|उल्टियाँ|वोमिट)",
    "hi_latn": r"(?:ulti|ultee|ultiyan|ultiyaan|ultiya)",
    "id": r"(?:muntah|mutah|muntahin)",
    "tr": r"(?:kust|kusuy|kusma|kusmuk|kusmug|kusmus|kusar)",
}
# What comes up like coffee grounds, or black.
COFFEE = {
    "es": r"(?:(?:borra|asiento|posos|granos|residuo)s? de cafe|cafe molido|negro|negra)",
    "pt": r"(?:borra de cafe|po de cafe|preto|preta)",
    "fr": r"(?:marc de cafe|noir|noire)",
    "de": r"(?:kaffeesatz|schwarz)",
    "it": r"(?:fond\S* di caffe|caffe macinato|nero|nera)",
    "ru": r"(?:кофейн\S* гущ|черн)",
    "ar": r"(?:(?:تفل|ثفل|بن|تل) (?:ال)?قهوه|(?:زي|مثل) (?:ال)?قهوه|اسود|سودا)",
    "hi": r"(?:कॉफी|कॉफ़ी|काली|काला)",
    "hi_latn": r"(?:coffee (?:jaisi|jaisa|jaise|ke daane)|kaali|kali|kala)",
    "id": r"(?:ampas kopi|kayak kopi|seperti kopi|bubuk kopi|hitam|item)",
    "tr": r"(?:telve|kahve telvesi|kahve gibi|siyah|simsiyah)",
}
# Coughing (blood coughed up with breathlessness is a clot's or a lung's; much of it, anyone's).
COUGHED = {
    "es": r"(?:tos|tosi|tose|tosiendo|escupe|escupi)",
    "pt": r"(?:toss|tosse|cusp)",
    "fr": r"(?:touss|toux|crach)",
    "de": r"(?:hust|spuckt|gespuckt)",
    "it": r"(?:toss|sput)",
    "ru": r"(?:кашл|харка|отхарк)",
    "ar": r"(?:و|ف)?(?:ب?(?:ي|ت|ا)كح|بكح|كحه|كحت|سعال|ب?(?:ي|ت)سعل)",
    "hi": r"(?:खांस|खाँस|खासी|खांसी)",
    "hi_latn": r"(?:khans|khaans|khaas|khasi|khaansi)",
    "id": r"(?:batuk)",
    "tr": r"(?:oksur|tukur)",
}
# Stools (the words people use, polite or not), black or like tar.
STOOL = {
    "es": r"(?:popo|caca|heces|evacu|deposici|excremento|cagad|mierda|del bano|del dos)",
    "pt": r"(?:coco|fezes|merda|evacu|caca|cagan)",
    "fr": r"(?:selle|caca|crotte|excrement|merde|aux toilettes)",
    "de": r"(?:stuhl|kacke|kot(?!z)|scheisse|aa(?!\S)|aufs klo|auf (?:dem|der) (?:klo|toilette))",
    "it": r"(?:feci|cacca|popo|evacu|merda)",
    "ru": r"(?:стул|кал(?!\S)|кала|калом|какаш|какает|какал|испражн|в туалет|по большому)",
    "ar": r"(?:(?:ال)?(?:براز|تبرز|كاكا|غايط|خروج)|دخل\S* (?:ال)?حمام)",
    "hi": r"(?:टट्टी|मल(?!\S)|पॉटी|पोटी|लैट्रिन|लेट्रिन|शौच|स्टूल)",
    "hi_latn": r"(?:tatti|tatty|potty|poti|latrine|latrin|laitrin|letrin|shauch)",
    "id": r"(?:bab(?!\S)|babnya|berak|tai(?!\S)|feses|pup|eek|tinja)",
    "tr": r"(?:diski|kaka|digi)",
}
BLACK = {
    "es": r"(?:negr|oscur|chapopote|alquitran|brea|petroleo)",
    "pt": r"(?:pret|escur|piche|alcatrao)",
    "fr": r"(?:noir|goudron|fonce)",
    "de": r"(?:schwarz|teer|dunkel)",
    "it": r"(?:ner[oaie](?!\S)|nerissim|catrame|scur|pece)",
    "ru": r"(?:черн|дегот|деготь|смол|темн)",
    "ar": r"(?:اسود|اسوده|سودا|سوده|غامق|زفت|قطران)",
    "hi": r"(?:काली|काला|काले|तारकोल|डामर|गहरा|गहरी)",
    "hi_latn": r"(?:kaali|kali|kala|kaala|kaale|kale|tarkol|kolta|koltar|damar|gehri|gehra)",
    "id": r"(?:item|hitam|aspal|ter(?!\S)|gelap)",
    "tr": r"(?:siyah|simsiyah|kara(?!\S)|kapkara|zift|katran|koyu)",
}
# Faint, dizzy, weak or pale: the blood lost shows.
FAINT = {
    "es": r"(?:desmay|mare|palid|debil|sin fuerza|me cai|se cayo|me caigo|da vueltas)",
    "pt": r"(?:desmai|tont|palid|fraco|fraca|fraqueza|apag|caiu|cai(?!\S)|zonz|vista escur)",
    "fr": r"(?:evanoui|malaise|tete qui tourne|vertige|pale|faible|tombe|pomme)",
    "de": r"(?:umgekippt|umgefallen|ohnmacht|schwarz vor (?:den )?augen|schwindel|blass|bleich|schwach|kreislauf|zusammengeklappt"
    r"|zusammengebrochen|schwarz vor augen)",
    "it": r"(?:svenut|sven|giramenti|gira la testa|gira tutto|pallid|debol|capogir|crollat)",
    "ru": r"(?:обморок|кружится|кружит|бледн|слабост|слаб|теря\S* сознание|упал|темнеет|потемнело)",
    "ar": r"(?:و|ف)?(?:دايخ|دايخه|دوخه|دوخان|اغمى|اغماء|مغمى|شاحب|اصفر|تعبان|ضعيف|وقع|وقعت|دوار)",
    "hi": r"(?:चक्कर|बेहोश|कमजोर|पीला|पीली|गिर|अंधेरा)",
    "hi_latn": r"(?:chakkar|chakar|behosh|kamzor|kamjor|peela|peeli|gir|andhera)",
    "id": r"(?:pingsan|pusing|lemes|lemas|pucat|kliyengan|sempoyongan|kunang|jatuh|ambruk|lemah|oleng)",
    "tr": r"(?:bayil|basim don|basi don|bas donme|sersem|soluk|solgun|halsiz|dustum|dustu|dusuyordum|dusecek|yigil|bitkin"
    r"|goz(?:um|lerim) karar)",
}

# Breathless: the air missing, suddenly or not (the lexicons' own "cannot breathe" signs read the worst on their own).
BREATHLESS = {
    "es": r"(?:no (?:puedo|puede) respirar|(?:me|le) falta (?:el )?aire|falta de aire|sin aire|me ahogo|se ahoga|ahogo"
    r"|dificultad (?:\S+ )?para respirar|no me entra (?:el )?aire|respir\S* mal|cuesta (?:\S+ )?respirar|respiracion agitada"
    r"|no (?:\S+ )?(?:agarr|jal)\S* (?:el )?aire)",
    "pt": r"(?:(?:muita )?falta de ar|sem ar|nao consigo respirar|dificil (?:de )?respirar|dificuldade (?:\S+ )?(?:pra|para) respirar|respirando mal|falta ar|faltando ar"
    r"|sufoc|ofegante)",
    "fr": r"(?:(?:du|de) mal a respirer|essouf|souffle court|manque d air|manque (?:de )?souffle|j etouffe|etouffe|respire mal"
    r"|(?:peux|peut|arrive) (?:plus|pas) a respirer|n arrive pas a respirer)",
    "de": r"(?:atemnot|luftnot|(?:keine|kaum|schwer|schlecht|ganz schlecht) luft|kurzatmig|kann nicht atmen|kann kaum atmen|atmet schwer"
    r"|schnappt nach luft)",
    "it": r"(?:manca il fiato|manca l aria|(?:\S+ )?fatica a respirare|mancanza d aria|fiato corto|fiatone|respir\S* male|non riesco a respirare|non respir"
    r"|affann|fatica a respirare)",
    "ru": r"(?:не хватает воздуха|не хвата\S* воздух|нехватка воздуха|задыха|одышк|тяжело дышать|трудно дышать|не могу дышать"
    r"|нечем дышать)",
    "ar": r"(?:و|ف)?(?:(?:مش|ما|مو) (?:قادر|قادره|اقدر|يقدر|تقدر|بقدر) (?:ا|ي|ت)?(?:تنفس|اتنفس|اخد نفس|اخذ نفس)|ضاق نفس\S*"
    r"|ضيق (?:في )?(?:ال)?(?:نفس|تنفس)|(?:نفسي|نفسه|نفسها) (?:\S+ )?(?:مقطوع|ضايق|ضيق|اتقطع|انقطع|ب?(?:ي|ت)تقطع)"  # cut off
    r"|ب?(?:ي|ت)تخنق|مخنوق|نهجان|كتمه)",
    "hi": r"(?:सांस (?:नहीं|नही|फूल|लेने में|रुक)|साँस (?:नहीं|नही|फूल|लेने में)|दम घुट|हांफ)",
    "hi_latn": r"(?:(?:saans|sans|saas|sas) (?:nahi|nhi|phool|fool|lene me|lene mein|ruk|nai)|dam ghut|haanf|hanf)",
    "id": r"(?:sesak|sesek (?:\S+ )?(?:napas|nafas)|susah (?:\S+ )?napas|susah (?:\S+ )?nafas|sulit bernapas|napas berat|nafas berat|ngos ngosan|gak bisa napas"
    r"|ga bisa napas|gak bisa nafas)",
    "tr": r"(?:nefes alamiyor|nefes alamiyorum|nefes darlig|nefesim daral|nefesi daral|nefessiz|soluk soluga"
    r"|nefes nefese|boguluyor|nefes almakta (?:\S+ )?zorlan|nefes alamiyor)",
}
# A leg (the calf) swollen, red or hot, in either order ("pantorrilla hinchada", "dicke wade", "betis bengkak").
LEG = {
    "es": r"(?:pantorrilla|pierna|chamorro)",
    "pt": r"(?:panturrilha|batata da perna|perna)",
    "fr": r"(?:mollet|jambe)",
    "de": r"(?:wade|bein)",
    "it": r"(?:polpacc|gamba)",
    "ru": r"(?:икр|голен|ног)",
    "ar": r"(?:ال)?(?:سمانه|ساق|رجل|رجلي|رجله|رجلها)",
    "hi": r"(?:पिंडली|पैर|टांग|टाँग)",
    "hi_latn": r"(?:pindli|pindali|pair|taang|tang)",
    "id": r"(?:betis|kaki)",
    "tr": r"(?:baldir|bacag|bacak)",
}
SWELLING = {
    "es": r"(?:hinch|inflam|roja|rojo|calient|dura|duro)",
    "pt": r"(?:inchad|inchou|inchand|vermelh|quent|dura|duro)",
    "fr": r"(?:gonfl|enfl|rouge|chaud|dur(?!\S)|dure)",
    "de": r"(?:dick|geschwollen|schwillt|angeschwollen|rot|warm|heiss|hart)",
    "it": r"(?:gonfi|ross|cald|dur[oa](?!\S))",
    "ru": r"(?:опух|отек|отекл|распух|красн|горяч|тверд)",
    "ar": r"(?:و|ف)?(?:وارم|وارمه|ورم|ورمت|منفوخ|منفوخه|احمر|حمرا|سخن|سخنه|مورم)",
    "hi": r"(?:सूज|सुज|लाल|गरम|गर्म)",
    "hi_latn": r"(?:sooj|suj|sooji|suji|lal(?!\S)|laal|garam)",
    "id": r"(?:bengkak|merah|panas|keras)",
    "tr": r"(?:sis|kizar|sicak|sertles)",
}
# A long journey sitting, an operation, a birth, a cast: what makes a clot.
TRIP = {
    "es": r"(?:vuelo|avion|viaje (?:largo|de \d+)|horas de (?:carro|auto|bus|camion|manejo|viaje)|cirugia|operaron|opere"
    r"|operacion|cesarea|parto|di a luz|yeso|enyesad)",
    "pt": r"(?:voo|aviao|viagem (?:longa|de \d+)|horas de (?:onibus|carro|estrada|viagem)|cirurgia|operei|operou|operad"
    r"|cesarea|cesaria|parto|ganhei (?:o )?nenem|gesso|engessad)",
    "fr": r"(?:vol(?!\S)|avion|long (?:trajet|voyage)|heures de (?:route|voiture|bus|car)|operation|opere|operee"
    r"|chirurgie|cesarienne|accouch|platre)",
    "de": r"(?:flug|geflogen|flieger|lange(?:n|r)? (?:fahrt|reise|busfahrt|autofahrt)|op(?!\S)|operation|operiert"
    r"|kaiserschnitt|entbindung|geburt|gips)",
    "it": r"(?:volo|aereo|viaggio lungo|lungo viaggio|ore di (?:macchina|pullman|auto|viaggio)|operazione|operat|intervento"
    r"|cesareo|parto|partorito|gesso|ingessat)",
    "ru": r"(?:перелет|самолет|летел|прилетел|долг\S* дорог|часов в (?:автобусе|машине|поезде)|операци|прооперир"
    r"|кесарев|роды|родила|гипс)",
    "ar": r"(?:و|ف)?(?:ال)?(?:طياره|طيران|رحله|سفر|سافرت|مسافر|سفريه|عمليه|قيصري|ولاده|ولدت|جبس)",
    "hi": r"(?:फ्लाइट|हवाई जहाज|लंबा सफर|लंबे सफर|लम्बे सफर|ऑपरेशन|सर्जरी|सिजेरियन|डिलीवरी|प्लास्टर)",
    "hi_latn": r"(?:flight|lamba safar|lambe safar|lambi yatra|operation|surgery|sijerian|delivery|plaster)",
    "id": r"(?:pesawat|penerbangan|perjalanan (?:jauh|panjang)|jam di (?:bus|mobil)|operasi|dioperasi|caesar|sesar"
    r"|melahirkan|lahiran|gips)",
    "tr": r"(?:ucak|ucus|uzun yol|saat (?:otobus|araba|yolculuk)|ameliyat|sezaryen|dogum|alci)",
}
# A little, or sometimes: with the stairs or a walk (`CLIMB`), breathlessness of a known, mild kind (a pregnancy's last
# weeks, fitness); not "breathless walking to the toilet", which is no small effort.
A_BIT = {
    "es": r"(?:un poco|poquito|un poquito|algo de|a veces)",
    "pt": r"(?:um pouco|pouquinho|meio sem|as vezes)",
    "fr": r"(?:un peu|legerement|parfois)",
    "de": r"(?:bisschen|etwas|leicht|manchmal)",
    "it": r"(?:un po|leggermente|a volte)",
    "ru": r"(?:немного|слегка|чуть|иногда)",
    "ar": r"(?:شويه|شوي|بسيط|احيانا)",
    "hi": r"(?:थोडा|थोडी|थोड़ा|थोड़ी|हल्की|हल्का|कभी कभी)",
    "hi_latn": r"(?:thoda|thodi|halki|halka|kabhi kabhi)",
    "id": r"(?:dikit|sedikit|agak|kadang)",
    "tr": r"(?:biraz|hafif|bazen)",
}
# Long ago: years or months, or childhood ("als Kind bin ich fast ertrunken", "в детстве", "बचपन में", "cocukken";
# session 52, `languages_dev28.jsonl`) (a clot's risk after a flight, an operation or a birth lasts weeks, so "operated 10 days
# ago" is no past that takes a clot's signs back, as the lexicons' `PAST` would).
LONG_AGO = {
    "es": r"(?:hace (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|unos|unas|varios|muchos) (?:anos|ano|meses)|(?:el )?ano pasado|en (?:19|20)\d\d"
    r"|de (?:nino|nina|chico|chica|joven|chiquit\S*|pequen\S*|bebe|morrit\S*)|cuando (?:era|eramos|yo era) (?:nin|chic|pequen|bebe)\S*"
    r"|hace (?:anos|mucho|tiempo)|cuando (?:yo )?tenia (?:\d+|unos \d+) anos)",
    "pt": r"(?:(?:faz|ha) (?:\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|uns|umas|varios|muitos) (?:anos|ano|meses)|ano passado|em (?:19|20)\d\d"
    r"|(?:faz|ha) (?:anos|muito tempo|tempos)|anos atras|quando (?:eu |ele |ela )?era (?:crianca|pequen\S*|bebe|nov\S*)"
    r"|quando (?:eu )?tinha (?:\d+|uns \d+) anos|na (?:minha )?infancia)",
    "fr": r"(?:(?:il )?y a (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|quelques|plusieurs) (?:ans|an|mois|annees)|(?:l )?(?:an|annee) (?:derniere|dernier"
    r"|passee?)|en (?:19|20)\d\d|quand (?:j etais|il etait|elle etait|on etait) (?:\S+ )?(?:petit|gamin|enfant|ado|bebe)\S*"
    r"|(?:dans|pendant) (?:mon|son) enfance)",
    "de": r"(?:vor (?:\d+|einem|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|ein paar|einigen|vielen) (?:jahren|jahr|monaten|monat)|letztes jahr|(?:19|20)\d\d"
    r"|als (?:kind|kleinkind|teenager|jugendliche)\S*(?!\S)|als (?:ich|er|sie) (?:noch )?(?:klein|ein kind|\d+) war|in (?:meiner|seiner|ihrer) kindheit)",
    "it": r"(?:(?:\d+|un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|qualche|alcuni|molti) (?:anni|anno|mesi|mese) fa|(?:l )?anno scorso|nel (?:19|20)\d\d"
    r"|(?:tempo|anni) fa|da (?:bambin|piccol|ragazz)\S*|quando ero (?:\S+ )?(?:piccol|bambin|ragazz)\S*)",
    "ru": r"(?:(?:\d+|год|два|три|четыре|пять|шесть|семь|восемь|девять|десять|несколько|пару|много) (?:лет|года|год|месяц\S*) назад|в прошлом году"
    r"|в детстве|в юности|когда (?:я |он |она )?(?:был|была) (?:\S+ )?(?:маленьк|ребенк|школьник)\S*)",
    # ... and childhood, in each dialect's "when" (Maghrebi "ملي", Gulf "يوم", "وقت"; session 47)
    "ar": r"(?:(?:قبل|من) (?:\d+ |خمس |اربع |ثلاث |تلات |تلت |عشر |كم |كذا )?(?:سنه|سنتين|سنين|سنوات|شهور|اشهر)"
    r"|السنه (?:الماضيه|اللي فاتت)"
    r"|(?:لما|لمن|ملي|مللي|كي|وقت|وقت ما|ايام ما|يوم) (?:\S+ )?(?:كان|كانت|كنت|كانو|كانوا) (?:\S+ )?(?:صغير|صغيره|صغار|طفل"
    r"|طفله|بيبي|دري|دريه|بزوله))",
    "hi": r"(?:(?:\d+|एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|दस|कुछ|कई) (?:साल|महीने|सालों) (?:पहले|पूर्व)|पिछले साल"
    r"|बचपन (?:में|मे|से)|जब (?:मैं|मै|वो|वह) (?:छोटा|छोटी|बच्चा|बच्ची))",
    "hi_latn": r"(?:(?:\d+|ek|do|teen|char|chaar|paanch|panch|chhe|saat|aath|das|kuch|kai) (?:saal|sal|mahine) (?:pehle|pahle|phle)|(?:pichle|pichhle) (?:saal|sal)"
    r"|(?:bachpan|bachapan|school ke (?:time|din)) (?:me|mein|mai|mei|main|se))",
    "id": r"(?:(?:tahun|taun|thn|bulan|bln) (?:lalu|kemarin|kmrn)|pernah|(?:tahun|thn) (?:19|20)\d\d|(?:waktu|pas) (?:masih )?kecil)",
    "tr": r"(?:gecen (?:yil|sene)|(?:\d+|bir|iki|uc|birkac) (?:yil|sene|ay) once|(?:19|20)\d\d|cocukken|kucukken|cocuklugumda)",
}
# Kinds whose `PAST` is only `LONG_AGO`: a template of these is taken back by an educational question or a long past.
RECENT = frozenset({"pe_dvt"})

# A chest that stabs, burns or presses (the pain words `grid.PAIN` holds, and these).
STAB = {
    "es": r"(?:pincha|punza|punzada|clava|aprieta|oprime)",
    "pt": r"(?:pontada|fisgada|aperto|apertando|pinicando)",
    "fr": r"(?:pique|serre|coup de poignard|point)",
    "de": r"(?:sticht|stechen|stiche|druck|engegefuhl|engegefuehl)",
    "it": r"(?:fitt|punge|stringe|oppression)",
    "ru": r"(?:колет|колит|давит|сдавил|жжет|жжение)",
    "ar": r"(?:و|ف)?(?:نغز|شكه|ب?(?:ي|ت)شكني|ضغط|كتمه|ب?(?:ي|ت)نغزني)",
    "hi": r"(?:चुभन|चुभ|दबाव|भारीपन|जकड़|जकड)",
    "hi_latn": r"(?:chubhan|chubh|dabav|dabaav|bhaari|bhari|jakad)",
    "id": r"(?:ditusuk|nusuk|tertekan|sesek|nyeri|sakit)",
    "tr": r"(?:batiyor|batma|sikisma|sikisiyor|baski)",
}

# A low sugar named ("se le bajo el azucar", "hypo", "сахар упал", "gula drop").
LOW_SUGAR = {
    "es": r"(?:(?:azucar|glucosa|glicemia|glucemia)\S* (?:\S+ ){0,2}(?:baj|por los suelos|cay)|(?:bajo|bajon|baja) (?:de |el |la )?"
    r"(?:azucar|glucosa)|hipoglu|hipogli)",
    "pt": r"(?:(?:glicose|acucar|glicemia|hgt|dextro)\S* (?:\S+ ){0,2}(?:baix|caiu|despenc)|hipoglic|hipo(?!\S)"
    r"|(?:queda|baixa|caida) (?:\S+ )?(?:de |da |na )?(?:glicose|acucar|glicemia))",
    "fr": r"(?:hypo(?!\S)|hypoglyc|(?:sucre|glycemie|dextro)\S* (?:\S+ ){0,2}(?:bas|chute|effondr|tombe))",
    "de": r"(?:unterzucker|zuckerschock|hypo(?!\S)|(?:zucker|bz|blutzucker)\S* (?:\S+ ){0,2}(?:niedrig|runter|im keller|abgesackt"
    r"|gefallen|tief))",
    "it": r"(?:ipoglic|crisi ipo|calo (?:di |degli )?zucch|(?:glicemia|zucchero|zuccheri)\S* (?:\S+ ){0,2}(?:bass|crollat|giu|scesa|sceso))",
    "ru": r"(?:гипо|(?:сахар|глюкоз)\S* (?:\S+ ){0,2}(?:упал|низк|рухнул|падает)|низкий сахар"
    r"|(?:упал|рухнул|снизился|падает) (?:\S+ )?(?:сахар|глюкоз))",
    "ar": r"(?:(?:هبوط|نزول|وطي) (?:في )?(?:ال)?سكر|(?:ال)?سكر\S* (?:\S+ ){0,2}(?:نزل|هبط|واطي|منخفض|طاح))",
    "hi": r"(?:(?:शुगर|सुगर|ग्लूकोज) (?:\S+ ){0,2}(?:कम|गिर|लो|डाउन)|लो शुगर)",
    "hi_latn": r"(?:(?:sugar|shugar|glucose) (?:\S+ ){0,2}(?:kam|gir|low|down))",
    "id": r"(?:(?:gula|gds)\S* (?:\S+ ){0,2}(?:turun|drop|rendah|anjlok)|hipo(?:glikemi)?(?!\S))",
    "tr": r"(?:(?:seker|sekeri|sekerim)\S* (?:\S+ ){0,2}(?:dus|dusuk)|hipoglisemi|hipo(?!\S))",
}
INSULIN = r"(?:insulin|инсулин|انسولين|इंसुलिन|insulina|insuline)"
# The brain short of sugar: not waking, not answering, fainted, fitting, confused, drunk-like.
SEVERE_HYPO = {
    "es": r"(?:no (?:se )?(?:despierta|reacciona|responde)|no (?:lo|la) (?:podemos|puedo) despertar|desmay|convuls"
    r"|como borrach|agresiv|no sabe (?:donde|quien|que)|sin sentido|incoherente|desorientad|confundid)",
    "pt": r"(?:nao (?:acorda|reage|responde)|desmai|desacordad|convuls|como bebad|agressiv|confus[ao]|coisa com coisa"
    r"|sem sentido|desorientad|fora do ar|grogue)",
    "fr": r"(?:reveille (?:pas|plus)|(?:arrive|arrivons) pas a (?:le|la) reveiller|repond (?:pas|plus)|reagit (?:pas|plus)"
    r"|evanoui|convuls|comme (?:un )?(?:ivre|saoul|bourre)|agressi|confuse?(?!\S)|incoherent|n importe quoi|desoriente"
    r"|dans les vapes)",
    "de": r"(?:(?:nicht|kaum) (?:wach|ansprechbar)|reagiert (?:nicht|kaum)|bewusstlos|ohnmacht|krampf|wie betrunken"
    r"|aggressiv|verwirrt|wirres|desorientiert|weggetreten|benommen)",
    "it": r"(?:non (?:si )?(?:sveglia|risponde|reagisce)|svenut|convuls|come ubriac|aggressiv|confus[ao]|senza senso"
    r"|non ragiona|disorientat|rintronat)",
    "ru": r"(?:не (?:просыпа|реагир|отвеча|понима)|без сознания|обморок|судорог|как пьян|агрессив|спутан|бред"
    r"|не соображ|заторможен|неадекват|невпопад)",
    "ar": r"(?:(?:ما|مش|مو) (?:بيصحى|يصحى|بتصحى|تصحى|بيرد|يرد|بترد|ترد|يجاوب|بيجاوب|تجاوب|واعي|واعيه|مركز|مركزه|فاهم|فاهمه)|فاقد|مغمى"
    r"|اغمى|غايب|تشنج|زي السكران|ب?(?:ي|ت)خرف|ب?(?:ي|ت)هلوس|ب?(?:ي|ت)هذي)",
    "hi": r"(?:(?:उठ|जाग) (?:नहीं|नही)|जवाब (?:नहीं|नही)|बेहोश|होश (?:नहीं|नही)|दौरा|दौरे|झटके|उल्टा सीधा|उल्टी सीधी"
    r"|समझ (?:नहीं|नही)|बहकी)",
    "hi_latn": r"(?:(?:uth|jaag|utth|jag) (?:nahi|nhi)|jawab (?:nahi|nhi)|samajh (?:nahi|nhi) aa (?:raha|rahi)|behosh|hosh (?:nahi|nhi)|daura|daure|jhatke"
    r"|ulta seedha|ulta sidha|samajh (?:nahi|nhi)|behki)",
    "id": r"(?:(?:gak|ga|nggak|tidak) (?:bangun|sadar|respon|nyambung)|susah dibangun|pingsan|kejang|linglung|ngelantur"
    r"|ngaco|bingung|kayak orang mabuk)",
    "tr": r"(?:uyanmiyor|uyandiramiyor|tepki vermiyo|cevap vermiyo|nerede oldu\S* bilm|bilinci|bayil|kasil|nobet|sarhos gibi|sacmal"
    r"|anlamsiz|anlasilmiyor|bilincsiz)",
}
SHAKY = {
    "es": r"(?:tembl|tiembl|temblor)",
    "pt": r"(?:trem)",
    "fr": r"(?:trembl)",
    "de": r"(?:zitter)",
    "it": r"(?:trem)",
    "ru": r"(?:трясет|трясется|трясутся|дрож|трясучк)",
    "ar": r"(?:و|ف)?(?:ب?(?:ي|ت)ترعش|مرتعش|رعشه|ب?(?:ي|ت)رجف|رجفه)",
    "hi": r"(?:कांप|काँप|कंपकंपी|कप कपा)",
    "hi_latn": r"(?:kaanp|kanp|kamp|thar thar)",
    "id": r"(?:gemeter|gemetar|gemeteran|gemetaran)",
    "tr": r"(?:titri|titrem)",
}
SWEATY = {
    "es": r"(?:sud|sudor)",
    "pt": r"(?:suan|suor|suad|suan)",
    "fr": r"(?:transpir|sueur|en nage|trempe)",
    "de": r"(?:schwitz|schweiss|nass geschwitzt|geschwitzt|verschwitzt)",
    "it": r"(?:sudat|suda|sudore)",
    "ru": r"(?:пот[аеу]?(?!\S)|потн|вспотел|в поту|(?:весь|вся) мокр)",
    "ar": r"(?:و|ف)?(?:عرق|عرقان|عرقانه|ب?(?:ي|ت)عرق)",
    "hi": r"(?:पसीन)",
    "hi_latn": r"(?:pasin|paseen|pasee)",
    "id": r"(?:keringet|keringat|keringetan)",
    "tr": r"(?:terli|terle|ter (?:icinde|basti|dokuyor))",
}
# A low that comes and goes, asked about ("a veces tiemblo si no como", "ist das normal").
OCCASIONAL = {
    "es": r"(?:a veces|aveces|cuando no como|si no como|si me salto|antes de comer|de vez en cuando|es normal)",
    "pt": r"(?:as vezes|quando nao como|se eu nao como|de vez em quando|e normal)",
    "fr": r"(?:parfois|des fois|quand je mange pas|si je saute|de temps en temps|c est normal)",
    "de": r"(?:manchmal|ab und zu|wenn ich nicht esse|ist das normal)",
    "it": r"(?:a volte|ogni tanto|quando non mangio|se salto|e normale)",
    "ru": r"(?:иногда|бывает|когда не поем|это нормально)",
    "ar": r"(?:احيانا|ساعات|لما ما اكل|طبيعي)",
    "hi": r"(?:कभी कभी|जब खाना नहीं|नॉर्मल है)",
    "hi_latn": r"(?:kabhi kabhi|kabhi kabhar|jab khana nahi|normal hai)",
    "id": r"(?:kadang|kalau telat makan|kalo telat makan|normal gak|normal ga|normal nggak)",
    "tr": r"(?:bazen|ara sira|yemek yemeyince|normal mi)",
}
# Over now: the low treated and the person well again ("comi un dulce y ya estoy bien", "jetzt wieder gut").
NOW_FINE = {
    "es": r"(?:(?:ya|ahora) (?:\S+ )?(?:estoy|esta|se siente|me siento|anda|ando) (?:bien|mejor|normal)(?!\S)"
    r"(?! (?:palid|rar|sudad|dormid|morad|azul|fri|debil|confundid|mare|grave|mal|fe|hinchad))"
    r"|ya (?:se )?(?:le |me )?paso|ya se recupero)",
    "pt": r"(?:(?:ja|agora) (?:\S+ )?(?:to|estou|esta|ta|fiquei|ficou) (?:bem|melhor|normal)|ja passou|ja (?:se )?recuperou"
    r"|ja melhorou)",
    "fr": r"(?:(?:maintenant|depuis) (?:\S+ ){0,2}(?:ca va|va bien|va mieux|vais bien|vais mieux)|ca va mieux|c est passe"
    r"|(?:va|vais) (?:bien|mieux) maintenant|tout va bien maintenant)",
    "de": r"(?:(?:jetzt|inzwischen|mittlerweile) (?:\S+ ){0,2}(?:wieder )?(?:gut|besser|ok|okay|fit)|wieder (?:gut|fit|ok|okay)"
    r"|ist vorbei|schon besser)",
    "it": r"(?:(?:ora|adesso) (?:\S+ )?(?:sto|sta) (?:\S+ )?(?:bene|meglio)|(?:sto|sta) (?:gia )?(?:bene|meglio) (?:ora|adesso)"
    r"|e passato|gia passato|si e ripres|mi sono ripres)",
    "ru": r"(?:(?:сейчас|уже|теперь) (?:\S+ ){0,2}(?:нормально|хорошо|лучше|в порядке|прошло)|все прошло|пришел в себя"
    r"|пришла в себя)",
    "ar": r"(?:(?:دلوقتي|الحين|هلق|الان|هلا) (?:\S+ )?(?:كويس|كويسه|تمام|احسن|زين|منيح|بخير)|(?:بقيت|صرت|صار|صارت|بقى|بقت)"
    r" (?:\S+ )?(?:كويس|كويسه|تمام|احسن|زين|منيح|بخير))",
    "hi": r"(?:(?:अब|अभी) (?:\S+ ){0,2}(?:ठीक|बेहतर|नॉर्मल)|ठीक हो (?:गया|गई|गयी|गए))",
    "hi_latn": r"(?:(?:ab|abhi) (?:\S+ ){0,2}(?:theek|thik|thk|better|normal)|(?:theek|thik) ho (?:gaya|gayi|gai|gaye))",
    "id": r"(?:(?:udah|sudah|skrg|sekarang) (?:\S+ ){0,2}(?:baikan|mendingan|membaik|normal|sembuh|enakan))",
    "tr": r"(?:(?:simdi|artik|su an) (?:\S+ ){0,2}(?:iyiyim|iyi|daha iyi|normal|toparlandi)|duzeldi|toparlandi|iyilesti)",
}

# A household product (a child's poisoning, and anyone's): swallowed, drunk, sucked or bitten. Not a bare "acid" (folic,
# ascorbic) nor food poisoning.
HOUSEHOLD = {
    "es": r"(?:lejia|lavandina|cloro|clorox|aceite de (?:lampara|quinque)|queroseno|kerosen|petroleo|gasolina|nafta"
    r"|quita ?oxido|anti ?oxido|desoxidante|removedor de oxido|pastilla (?:del|de|para el) (?:lavavajillas|lavaplatos)"
    r"|capsula de (?:detergente|jabon|ropa)|detergente|destapa|desatascador|anticongelante|raticida|matarratas|veneno"
    r"|insecticida|pesticida|thinner|tiner|aguarras|quitaesmalte|acetona|soda caustica|amoniaco|liquido (?:de|del) "
    r"(?:vape|vapeador|cigarro)|naftalina|limpiador|limpia ?hornos|quitasarro|salfuman|acido muriatico"
    r"|liquido (?:del |de )?(?:vape|vaper|vapeador|cigarro electronico)|nicotina)",
    "pt": r"(?:agua sanitaria|cloro|candida|alvejante|oleo de (?:lamparina|lampiao)|querosene|gasolina|removedor"
    r"|tira ?ferrugem|antiferrugem|pastilha (?:de|da|para) (?:lava ?loucas|maquina)|capsula de (?:sabao|lava)|sabao em po"
    r"|detergente|desentupidor|soda caustica|anticongelante|raticida|chumbinho|veneno|inseticida|thinner|tiner|acetona"
    r"|naftalina|liquido (?:do|de) (?:vape|pod|cigarro)|creolina|pinho sol|desinfetante|amonia|acido muriatico"
    r"|liquido (?:do |de )?(?:vape|pod|cigarro eletronico)|nicotina|essencia (?:do|de) vape)",
    "fr": r"(?:javel|chlore|petrole|huile (?:de|pour) lampe|lampe a huile|kerosene|essence|anti ?rouille|decapant"
    r"|(?:pastille|tablette|capsule)s? (?:de|du|pour) (?:lave ?vaisselle|lessive)|lessive|destop|deboucheur|antigel"
    r"|mort aux rats|raticide|insecticide|white spirit|dissolvant|acetone|soude|ammoniaque|e ?liquide|naphtaline"
    r"|nettoyant|anticalcaire|acide chlorhydrique"
    r"|liquide (?:de|du) (?:vapoteuse|cigarette electronique|vape)|nicotine)",
    "de": r"(?:bleiche|chlor|lampenol|lampenoel|petroleum|kerosin|benzin|rostloser|rostentferner|spulmaschinentab"
    r"|spuelmaschinentab|geschirrspultab|geschirrspueltab|spultab|spueltab|waschmittel|rohrfrei|abflussreiniger"
    r"|frostschutz|rattengift|gift(?!\S)|insektizid|verdunner|verduenner|nagellackentferner|aceton|natronlauge|ammoniak"
    r"|mottenkugel|reiniger|entkalker|grillanzunder|grillanzuender|lampenoel"
    r"|liquid (?:von|der|fur|fuer|aus) (?:der |die |dem )?(?:e zigarette|vape|dampfe)|nikotin)",
    "it": r"(?:candeggina|varechina|cloro|olio (?:per|della|delle) lamp|petrolio|kerosene|benzina|antiruggine|smacchiatore"
    r"|(?:pastigli|capsul)\S* (?:della|per la|di|per) (?:lavastoviglie|lavatrice)|detersivo|idraulico liquido"
    r"|stura ?lavandini|antigelo|veleno|topicida|insetticida|diluente|acquaragia|solvente|acetone|soda caustica"
    r"|ammoniaca|liquido (?:della|per) (?:sigaretta|svapo)|naftalina|anticalcare|acido muriatico"
    r"|liquido (?:della|per la) (?:sigaretta elettronica|svapo)|nicotina)",
    "ru": r"(?:отбеливател|белизн|хлор|керосин|бензин|растворител|ацетон|средство (?:для|от) (?:ржавчин|посудомо|труб"
    r"|унитаз|чистки)|от ржавчины|таблетк\S* (?:для|от) посудомо|капсул\S* (?:для|от) стирк|стиральн|крот(?!\S)"
    r"|антифриз|крысин|яд(?!\S)|ядом|инсектицид|уксусн|уксус|нашатыр|жидкост\S* для (?:вейпа|электронн|снятия лака)"
    r"|нафталин|щелоч|электролит"
    r"|жидкост\S* (?:для|от) (?:вейп|электронк|сигарет)|никотин)",
    "ar": r"(?:و|ف)?(?:ال)?(?:كلور|كلوركس|مبيض|ديتول|جاز|كيروسين|بنزين|تنر|تينر|اسيتون|مزيل (?:ال)?(?:صدا|طلاء|مناكير)"
    r"|صودا كاويه|بوتاس|مبيد|سم(?!\S)|سم (?:ال)?فيران|مطهر|منظف|صابون (?:ال)?(?:غساله|غسيل)|كبسوله (?:ال)?غسيل"
    r"|حبه (?:ال)?غساله|ماء نار|ميه نار|موية نار|زيت (?:ال)?(?:لمبه|قنديل)"
    r"|سائل (?:ال)?(?:فيب|سيجاره)|نيكوتين|فيب|مسلك (?:ال)?(?:مجاري|بلاعه|حوض|حمام)|مزيل (?:ال)?دهون)",  # drain cleaner
    "hi": r"(?:ब्लीच|हार्पिक|फिनाइल|फिनायल|मिट्टी का तेल|मिट्टी के तेल|केरोसिन|पेट्रोल|डीजल|तेजाब|जहर|चूहे मारने|कीटनाशक"
    r"|कीडे मारने|डिटर्जेंट|सर्फ|कोलिन|थिनर|नेल पॉलिश रिमूवर|एसीटोन|डिशवॉशर|बर्तन (?:धोने|वाली|वाला)|नेफ्थलीन"
    r"|वेप|निकोटीन)",
    "hi_latn": r"(?:bleach|harpic|phenyl|finail|mitti ka tel|mitti ke tel|kerosene|kerosin|petrol|diesel|tezaab|tejab"
    r"|tezab|zeher|zahar|jahar|chuhe mar|keetnashak|keede mar|kide mar|detergent|surf|colin|thinner|acetone|dishwasher"
    r"|bartan (?:dhone|wali|wala)|naphthalene"
    r"|vape|nicotine)",
    "id": r"(?:pemutih|bayclin|klorin|minyak tanah|bensin|tiner|thinner|aseton|penghilang (?:karat|kutek)|pembersih"
    r"|sabun cuci|deterjen|detergen|tablet (?:mesin )?cuci piring|kapsul deterjen|racun|baygon|obat nyamuk|pestisida"
    r"|soda api|porstex|wipol|super pel|kapur barus|karbol|cairan vape|liquid vape|air aki|air keras|cuka para"
    r"|nikotin)",
    "tr": r"(?:camasir suyu|klor|gaz yagi|gazyagi|benzin|tiner|aseton|oje cikarici|pas (?:sokucu|cozucu|giderici)"
    r"|bulasik (?:makinesi )?(?:tableti|kapsulu|deterjani)|kapsul deterjan|deterjan|lavabo acici|antifriz|fare zehiri"
    r"|zehir|bocek ilaci|kostik|tuz ruhu|kezzap|amonyak|naftalin|kirec (?:sokucu|cozucu)|cam suyu|aku suyu"
    r"|elektronik sigara sivi|sigara sivisi|likit|nikotin)",
}
SWALLOW_ANY = {
    "es": r"(?:tomo|trago|bebio|comio|chupo|mordio|lamio|ingirio|tome|trague|bebi|tomaste|(?:ha|he|han) (?:comido|tomado|tragado|bebido)|se metio (?:\S+ )?(?:a|en) la boca"
    r"|trago de|sorbo de)",
    "pt": r"(?:tomou|bebeu|engoliu|comeu|chupou|mordeu|lambeu|ingeriu|tomei|bebi|engoli|(?:colocou|botou|pos) na boca"
    r"|gole de)",
    "fr": r"(?:bu(?!\S)|avale|mange|suce|croque|mordu|leche|ingere|(?:mis|mise) (?:dans|a) la bouche|gorgee)",
    "de": r"(?:getrunken|geschluckt|verschluckt|gegessen|genommen|eingenommen|eingeworfen|gelutscht|abgebissen|angebissen|gebissen|abgeleckt|geleckt"
    r"|in den mund|trinkt|ausgetrunken|schluck)",
    "it": r"(?:bevut|ingoiat|inghiott|mangiat|succhiat|morsicat|leccat|ingerit|messo in bocca|sorso|preso|presa)",
    "ru": r"(?:выпил|глотнул|проглотил|съел|сгрыз|лизнул|нализал|отхлебнул|наглотал|наелся|наелась|попробовал|пил(?!\S)|пьет)",
    "ar": r"(?:و|ف)?(?:شرب|شربت|بلع|بلعت|ابتلع|اكل|اكلت|مص|مصت|لحس|لحست|عض|عضت|حط في بقه|حطت في بقها|خد|خدت|اخد|اخدت|اخذ|اخذت)",
    "hi": r"(?:पी (?:लिया|ली|गया|गई|गयी)|खा (?:लिया|ली|गया|गई|गयी)|निगल|चाट|चबा)",
    "hi_latn": r"(?:(?:pi|pee) (?:liya|li|gaya|gayi|gai|lia)|kha (?:liya|li|gaya|gayi|gai|lia)|nigal|nigla|chaat|chaba)",
    "id": r"(?:minum|meminum|nenggak|nelen|menelan|ketelen|kemakan|keminum|jilat|ngemut|gigit|kegigit)",
    "tr": r"(?:icti|icmis|yuttu|yutmus|yedi|yemis|emdi|emmis|isirdi|yaladi|agzina (?:aldi|soktu|koydu)|yudum)",
}
# Not swallowed after all ("no se lo tomo", "hat nicht getrunken", "belum minum").
NEGATION = {
    "es": ("no", "no se", "no lo", "no la", "casi"), "pt": ("nao", "quase"), "fr": ("pas", "presque"),
    "de": ("nicht", "fast", "nichts"), "it": ("non", "quasi"), "ru": ("не", "чуть не"), "ar": ("ما", "مش"),
    "hi": ("नहीं", "नही"), "hi_latn": ("nahi", "nhi"), "id": ("gak", "ga", "tidak", "nggak", "belum", "hampir"),
    "tr": ("neredeyse",),
}
# A little blood (not grid's `FEW`, whose Russian "чуть" is also "almost": "чуть не упал в обморок").
LITTLE = {
    "es": r"(?:un poco|poquit|poca sangre|unas gotas|hilit|rayit|pintit|manchit)",
    "pt": r"(?:um pouco|pouquinh|pouco sangue|umas gotas|rajad|fiapo|risquinh)",
    "fr": r"(?:un peu|peu de sang|quelques gouttes|filet|traces?(?!\S))",
    "de": r"(?:bisschen|wenig|paar tropfen|faden|spuren|schlieren)",
    "it": r"(?:un po|poco sangue|qualche goccia|striat|filament|tracce)",
    "ru": r"(?:немного|немножко|чуть чуть|капельк|прожилк|следы)",
    "ar": r"(?:شويه|شوي|نقط|خيوط|بسيط)",
    "hi": r"(?:थोड़ा|थोडा|थोड़ी|थोडी|हल्का|हल्की|बूंद|धारियां)",
    "hi_latn": r"(?:thod|halk|boond|dhaari)",
    "id": r"(?:sedikit|dikit|bercak|garis|setetes|beberapa tetes)",
    "tr": r"(?:biraz|azicik|birkac damla|cizgi)",
}
# A grandparent's pills: a child's poisoning told by whose they were ("ha preso le pastiglie della nonna").
GRAND = {
    "es": r"(?:abuel|tata|yaya|suegr)",  # a mother-in-law's pills too (session 49)
    "pt": r"(?:avo|vovo|vo(?!\S)|sogr)",
    "fr": r"(?:grand mere|grand pere|mamie|papi|papy|meme|pepe)",
    "de": r"(?:oma|opa)",
    "it": r"(?:nonn|suocer)",
    "ru": r"(?:бабушк|бабул|дедушк|деда|деду)",
    "ar": r"(?:جد|جدي|جدتي|جده|جدو|تيته|ستي|ستو)",
    "hi": r"(?:दादी|नानी|दादा|नाना)",
    "hi_latn": r"(?:dadi|nani|dada|nana|daadi|naani)",
    "id": r"(?:nenek|kakek|eyang|mbah|oma|opa)",
    "tr": r"(?:babaanne|anneanne|dede|nine)",
}
# Skin coming off after a scald ("la peau part", "la pelle si stacca"), or a scald on the trunk: a large burn.
SKIN_OFF = {
    "es": r"(?:(?:piel|pellejo)\S* (?:\S+ ){0,2}(?:pel|levant|despeg|cae|cay|sale|salio|desprend|ampoll)|(?:pel|levant|despeg"
    r"|desprend)\S* (?:\S+ ){0,2}(?:la )?piel|ampollas? (?:grandes|enormes))",
    "pt": r"(?:pele\S* (?:\S+ ){0,2}(?:solt|sai|saiu|desprend|descol|bolh|pel)|(?:solt|descol|desprend)\S* (?:\S+ ){0,2}(?:a )?pele"
    r"|bolhas? (?:grandes|enormes))",
    "fr": r"(?:peau\S* (?:\S+ ){0,2}(?:part|decoll|enleve|arrach|pel|cloque|s en va)|(?:decoll|arrach)\S* (?:\S+ ){0,2}(?:la )?peau"
    r"|(?:cloques|ampoules) (?:enormes|partout|grandes)|a vif|(?:plein|pleine|couvert|couverte)s? de cloques|grosses cloques)",
    "de": r"(?:haut\S* (?:\S+ ){0,2}(?:lost|loest|geht ab|schalt|blas|pellt|abgelost|abgeloest)|blasen (?:uberall|ueberall|riesig"
    r"|gross))",
    "it": r"(?:pelle\S* (?:\S+ ){0,2}(?:stacc|vien via|spell|bolle|vesci|squam)|(?:vesciche|bolle) (?:enormi|grandi|ovunque))",
    "ru": r"(?:кож\S* (?:\S+ ){0,2}(?:слез|сход|отсла|облез|пузыр)|(?:волдыр|пузыр)\S* (?:\S+ )?(?:огромн|больш|везде))",
    "ar": r"(?:(?:و|ف)?(?:ال)?جلد\S* (?:\S+ ){0,2}(?:ب?(?:ي|ت)تقشر|ب?(?:ي|ت)سلخ|طالع|اتسلخ|فقاقيع|فقاعات)"
    r"|(?:فقاقيع|فقاعات) (?:كبيره|كتير))",
    "hi": r"(?:(?:खाल|चमडी|त्वचा|स्किन)\S* (?:\S+ ){0,2}(?:उतर|उधड|निकल|छिल|छाले)|(?:बडे|बड़े) छाले)",
    "hi_latn": r"(?:(?:khaal|khal|chamdi|chamri)\S* (?:\S+ ){0,2}(?:utar|udh|nikal|chhil|chil|chhale)|bade chhale)",
    "id": r"(?:kulit\S* (?:\S+ ){0,2}(?:ngelupas|mengelupas|ngelotok|kelupas|lepas|melepuh)|(?:lepuh|lepuhan) (?:besar|gede))",
    "tr": r"(?:deri\S* (?:\S+ ){0,2}(?:soyul|kalk|dokul|su topla|sarkiy)|(?:buyuk|kocaman) (?:su toplaman|kabarci)|su topla)",
}
TRUNK = {
    "es": r"(?:pecho|panza|barriga|torso|espalda|estomago|la cara)",
    "pt": r"(?:peito|barriga|costas|tronco|rosto)",
    "fr": r"(?:torse|poitrine|ventre|dos(?!\S)|visage)",
    "de": r"(?:brust|bauch|rucken|ruecken|gesicht|oberkorper|oberkoerper)",
    "it": r"(?:petto|pancia|schiena|torace|faccia|viso)",
    "ru": r"(?:груд|живот|спин|лиц)",
    "ar": r"(?:و|ف)?(?:صدر|بطن|ضهر|ظهر|وش|وجه)",
    "hi": r"(?:छाती|पेट|पीठ|चेहरे|चेहरा)",
    "hi_latn": r"(?:chhati|chati|peeth|chehre|chehra)",
    "id": r"(?:dada|perut|punggung|muka|wajah)",
    "tr": r"(?:gogs|karn|sirt|yuz)",
}
# Pills with alcohol, and the person now drowsy or not waking ("xanax con vodka, esta muy dormida").
ALCOHOL = {
    "es": r"(?:alcohol|tequila|vodka|ron(?!\S)|cerveza|chela|vino|guaro|pisco|whisky|mezcal|aguardiente|fernet)",
    "pt": r"(?:alcool|cachaca|vodka|cerveja|vinho|pinga|whisky)",
    "fr": r"(?:alcool|vodka|vin(?!\S)|biere|whisky|rhum|pastis)",
    "de": r"(?:alkohol|wodka|vodka|bier|wein|schnaps|whisky)",
    "it": r"(?:alcol|alcool|vodka|vino|birra|whisky|grappa)",
    "ru": r"(?:алкогол|водк|пив|вин|спирт|коньяк|самогон)",
    "ar": r"(?:و|ف)?(?:ال)?(?:خمره|خمر|كحول|بيره|ويسكي|فودكا)",
    "hi": r"(?:शराब|दारू|व्हिस्की|बीयर|वोडका)",
    "hi_latn": r"(?:sharab|daru|daaru|daroo)",
    "id": r"(?:alkohol|miras|vodka|ciu|arak|tuak)",
    "tr": r"(?:alkol|raki|votka|bira|sarap|viski|icki)",
}
DROWSY = {
    "es": r"(?:muy dormid|dormidisim|no (?:se )?despierta|no responde|no reacciona|inconsciente|somnolient|adormilad)",
    "pt": r"(?:muito sonolent|sonolent|nao acorda|nao responde|nao reage|apagad|desacordad|grogue)",
    "fr": r"(?:tres endormi|endormie?(?!\S)|somnolent|(?:se )?reveille (?:pas|plus)|repond (?:presque )?(?:pas|plus)|inconscient"
    r"|dans les vapes)",
    "de": r"(?:kaum wach|nicht wach|schlafrig|schlaefrig|benommen|reagiert (?:nicht|kaum)|bewusstlos|weggetreten)",
    "it": r"(?:addormentat|assonnat|sonnolent|non (?:si )?sveglia|non risponde|incoscient|rintronat)",
    "ru": r"(?:сонн|не просыпа|не реагир|без сознания|вял|отключил)",
    "ar": r"(?:و|ف)?(?:نايم|نايمه|نعسان|نعسانه|مش بيصحى|مش بتصحى|مش بترد|مش بيرد|فاقد|مغمى)",
    "hi": r"(?:सुस्त|नींद|बेहोश|होश (?:नहीं|नही)|जवाब (?:नहीं|नही))",
    "hi_latn": r"(?:sust(?!\S)|neend|behosh|hosh (?:nahi|nhi)|jawab (?:nahi|nhi))",
    "id": r"(?:ngantuk|gak sadar|ga sadar|susah dibangun|teler)",
    "tr": r"(?:uykulu|uyanmiyor|tepki vermiyor|bilinci|baygin|sersem)",
}
# A rope, with tonight: a plan ("comprei a corda, vai ser hoje a noite"); not a skipping rope, a clothesline or a climb.
ROPE = {
    "es": r"(?:soga|cuerda|lazo)", "pt": r"(?:corda)", "fr": r"(?:corde)", "de": r"(?:seil|strick)",
    "it": r"(?:corda|cappio)", "ru": r"(?:веревк|петл)", "ar": r"(?:و|ف)?(?:ال)?حبل", "hi": r"(?:रस्सी|फंदा|फांसी)",
    "hi_latn": r"(?:rassi|rasi|phanda|fanda|phansi|fansi)", "id": r"(?:tali(?!\S)|talinya)", "tr": r"(?:ip(?!\S)|ipi(?!\S)|urgan)",
}
ROPE_USE = {
    "es": r"(?:saltar|brincar|tender|tendedero|escalar|camping|barco|columpio|amarrar|atar)",
    "pt": r"(?:pular|varal|escalar|acampar|barco|balanco|amarrar)",
    "fr": r"(?:sauter|a linge|escalade|camping|bateau|balancoire|attacher)",
    "de": r"(?:springen|springseil|wascheleine|waescheleine|klettern|camping|boot|schaukel|festbinden)",
    "it": r"(?:saltare|stendere|arrampic|campeggio|barca|altalena|legare)",
    "ru": r"(?:скакалк|прыга|белье|альпин|палатк|лодк|качел|привязать)",
    "ar": r"(?:نط|غسيل|تسلق|تخييم|مركب|مرجيحه|اربط)",
    "hi": r"(?:कूद|कपड़े|कपडे|चढ़|चढ|झूला|बांध)",
    "hi_latn": r"(?:kood|kud|kapde|chadh|jhula|baandh|bandh)",
    "id": r"(?:lompat|jemuran|panjat|kemah|perahu|ayunan|ngiket|mengikat)",
    "tr": r"(?:atla|camasir|tirman|kamp|tekne|salincak|bagla)",
}
# Breathless on the stairs or a walk (a pregnancy's last weeks, fitness): answered, not an emergency, when nothing blue
# or stopped is said.
CLIMB = {
    "es": r"(?:escaleras|al subir|subiendo|cuando camino|al caminar|caminando|haciendo ejercicio|al correr)",
    "pt": r"(?:escada|subir|subindo|quando ando|caminhando|andando|correndo)",
    "fr": r"(?:escaliers?|en montant|quand je marche|en marchant|en courant|a l effort)",
    "de": r"(?:treppe|beim gehen|beim laufen|beim joggen|bergauf|anstrengung)",
    "it": r"(?:scale|salendo|quando cammino|camminando|correndo|sotto sforzo)",
    "ru": r"(?:лестниц|при ходьбе|когда иду|поднимаюсь|при нагрузке|бегу)",
    "ar": r"(?:السلم|الدرج|لما امشي|وانا طالع|لما اطلع|بعد المشي)",
    "hi": r"(?:सीढ|चढते|चढ़ते|चलने पर|चलते हुए|दौड)",
    "hi_latn": r"(?:seedhi|sidhi|chadte|chadhte|chalne par|chalne pe|chalte hue|daud)",
    "id": r"(?:tangga|naik|jalan kaki|pas jalan|lari)",
    "tr": r"(?:merdiven|yururken|yokus|kosarken|cikarken)",
}
STOPPED = r"(?:azul|morad|roxo|bleu|blau|blu|viola|син|ازرق|नील|neel|biru|mor(?!\S)|morar|no respira|nao respira|respire plus|atmet nicht|non respira|не дышит|مش بيتنفس|सांस नहीं ले|saans nahi le|gak napas|nefes almiyor)"
# "No longer a burden to anyone", said as what will be (not "I don't want to be a burden when I'm old"); not with a job,
# money or a move that would end the burden.
BURDEN = {
    "es": r"(?:ya no (?:voy a |vo a )?ser|no (?:voy a |vo a )?ser (?:mas|nunca mas)|no sere mas|dejare de ser) (?:\S+ ){0,2}"
    r"(?:una )?(?:carga|estorbo|molestia|problema)",
    "pt": r"(?:nao (?:vou )?(?:mais )?ser|nao serei mais|vou deixar de ser) (?:mais )?(?:\S+ ){0,2}(?:um )?(?:peso|fardo|estorvo"
    r"|problema)",
    "fr": r"(?:(?:ne )?serai plus|vais plus etre|arreterai d etre) (?:\S+ ){0,2}(?:un )?(?:poids|fardeau|charge|boulet|probleme)",
    "de": r"(?:keine last mehr|nicht mehr zur last|niemandem mehr zur last|bald keine last|keine belastung mehr)",
    "it": r"(?:non saro piu|smettero di essere) (?:\S+ ){0,2}(?:un )?(?:peso|fardello|problema)",
    "ru": r"(?:больше не (?:буду|стану) (?:\S+ ){0,3}(?:обуз|мешать|проблем)|не буду (?:больше )?(?:никому )?обуз)",
    "ar": r"(?:(?:مش|ما|مو|لن) (?:ه|ح|را |راح |رح |غادي |غا |ب)?(?:ا|ن)?(?:بقى|بقي|بقا|كون|فضل|ضل|ظل|صير)|مش هبقى|مش هكون|ما راح اكون|لن اكون|مش هفضل) (?:\S+ ){0,2}(?:حمل|عبء|عبئ|تقيل|تقل|عاله|ثقل)",
    "hi": r"(?:बोझ (?:नहीं|नही) (?:बनूंगा|बनूंगी|रहूंगा|रहूंगी|बनूँगा|बनूँगी)|किसी पर बोझ (?:नहीं|नही))",
    "hi_latn": r"(?:bojh (?:nahi|nhi) (?:banunga|banungi|rahunga|rahungi|banuga|banugi)|kisi (?:pe|par) bojh (?:nahi|nhi))",
    "id": r"(?:(?:gak|ga|nggak|tidak) (?:bakal|akan) (?:jadi )?beban (?:\S+ ){0,2}lagi|(?:gak|ga|nggak) (?:bakal )?nyusahin (?:\S+ )?lagi"
    r"|bukan beban lagi)",
    "tr": r"(?:yuk olmayacagim|yuk olmam artik|yuk olmaktan kurtul)",
}
BURDEN_ENDS = {
    "es": r"(?:trabajo|chamba|empleo|jale|sueldo|pension|me mudo|independiz|cuando sea viejo|de viejo)",
    "pt": r"(?:trabalho|emprego|salario|aposentad|me mudo|quando ficar velh)",
    "fr": r"(?:boulot|travail|emploi|salaire|retraite|demenag|quand je serai vieux)",
    "de": r"(?:arbeit|job|stelle|gehalt|rente|ziehe aus|wenn ich alt bin)",
    "it": r"(?:lavoro|stipendio|pensione|trasloco|quando saro vecchi)",
    "ru": r"(?:работ|зарплат|пенси|перееду|в старости)",
    "ar": r"(?:شغل|وظيفه|مرتب|معاش|هنقل|لما اكبر)",
    "hi": r"(?:नौकरी|तनख्वाह|पेंशन|बुढ़ापे|बुढापे)",
    "hi_latn": r"(?:naukri|job|salary|tankhwah|pension|budhape)",
    "id": r"(?:kerja|gaji|pensiun|pindah|udah tua)",
    "tr": r"(?:is buldum|isim|maas|emekli|tasiniyorum|yaslaninca)",
}
# A cut or a wound and blood that spurts, told without the word for blood ("in die Hand geschnitten, es spritzt und hört
# nicht auf"; round 21): the spurting words are a liquid's, not a pain's ("hört nicht auf" alone is also an itch's).
CUT = {
    "es": r"(?:cort|tajo|herida)", "pt": r"(?:cort|ferid|talho)", "fr": r"(?:coupe|coupure|entaill|plaie)",
    "de": r"(?:geschnitten|schnitt|aufgeschnitten|aufgeschlitzt|wunde|abgerutscht)", "it": r"(?:tagliat|taglio|ferit)",
    "ru": r"(?:порез|рана|разрез|поранил)", "ar": r"(?:جرح|انجرح|اتجرح|انقطع|تقطع|منشار)", "hi": r"(?:कट|घाव)",
    "hi_latn": r"(?:kat gay|kat gai|ghaav|ghav)", "id": r"(?:luka|keiris|kesayat|teriris|sobek)",
    "tr": r"(?:kesti|kesik|kestim|kesildi|yarildi)",
}
GUSH = {
    "es": r"(?:a chorro|chorrea|borbotones|brota)", "pt": r"(?:jorr|esguich)", "fr": r"(?:gicle|pisse le sang)",
    "de": r"(?:spritzt|schiesst|sprudelt|pulsiert)", "it": r"(?:zampill|a fiotti|sgorga)", "ru": r"(?:хлещет|фонтаном|бьет струей)",
    "ar": r"(?:بيشر|يشر|بيفور|يفور|ينزف بقوه|(?:كيخرج|كيسيل|يطلع|بيطلع) بزاف|ما بغاش (?:يحبس|يوقف))", "hi": r"(?:धार|फव्वारा)", "hi_latn": r"(?:dhaar|fawwara)",
    "id": r"(?:ngucur|muncrat|nyembur)", "tr": r"(?:fiskir)",
}
# "What do I do if someone..." or "what happens if one drinks...": a question about no one in particular (as
# coursework is), in the message's own language; not "what do I do, my son...".
HYPOTHETICAL = {
    "es": r"(?:que (?:hago|hacer|debo hacer|se hace|hay que hacer) (?:\S+ ){0,2}(?:si|cuando) (?:\S+ ){0,3}(?:alguien|una persona"
    r"|otra persona)|que (?:pasa|sucede|ocurre) si (?:alguien|una persona|uno) )",
    "pt": r"(?:o que (?:fazer|eu faco|eu faço|devo fazer|se faz) (?:\S+ ){0,2}(?:se|quando) (?:\S+ ){0,3}(?:alguem|uma pessoa)"
    r"|o que acontece se (?:alguem|uma pessoa|a gente) )",
    "fr": r"que (?:faire|dois je faire|faut il faire) (?:\S+ ){0,2}(?:si|quand|lorsque) (?:\S+ ){0,3}(?:quelqu un|quelquun"
    r"|une personne)",
    "de": r"(?:was (?:mache ich|tue ich|tun|muss ich tun|soll ich tun|macht man) (?:\S+ ){0,2}(?:wenn|falls) (?:\S+ ){0,3}"
    r"(?:jemand|eine person)|was passiert (?:\S+ )?(?:wenn|falls) (?:man|jemand|eine person) )",
    "it": r"(?:cosa (?:faccio|fare|devo fare|si fa) (?:\S+ ){0,2}(?:se|quando) (?:\S+ ){0,3}(?:qualcuno|una persona)"
    r"|cosa (?:succede|capita) se (?:qualcuno|una persona|uno) )",
    "ru": r"что (?:делать|мне делать|нужно делать) (?:\S+ ){0,2}(?:если|когда) (?:\S+ ){0,3}(?:у человека|человек|кто то"
    r"|кому то|у кого то)",
    "ar": r"(?:(?:اعمل|نعمل|تعمل) (?:ايه|اي|شو|ماذا) (?:\S+ ){0,2}(?:لو|اذا) (?:\S+ ){0,3}(?:حد|شخص|احد)"
    r"|(?:لو|اذا) (?:حد|شخص|احد) (?:\S+ ){0,8}(?:اعمل|نعمل|تعمل) (?:ايه|اي|شو))",
    "hi": r"(?:अगर|जब) (?:कोई|किसी) (?:\S+ ){0,10}(?:क्या करें|क्या करूं|क्या करूँ|क्या करना)",
    "hi_latn": r"(?:agar|jab) (?:koi|kisi) (?:\S+ ){0,10}(?:kya kare|kya karu|kya karna|kya karein)",
    "id": r"(?:apa yang|harus) (?:\S+ ){0,3}(?:kalau|jika|kalo|bila) (?:ada )?(?:orang|seseorang)",
    "tr": r"(?:biri|birisi|bir kisi) (?:\S+ ){0,8}(?:ne yapmali|ne yapayim|ne yapilir|ne yapmam)",
}
# Long ago and it went well ("faz 3 anos meu filho bebeu agua sanitaria e ficou bem, como guardo..."): a past event
# told, framed off as coursework is (its signs would otherwise count: a sign stands on its own).
WENT_WELL = {
    "es": r"(?:salio bien|todo bien|no (?:le|me) paso nada|quedo bien|se recupero|todo salio bien)",
    "pt": r"(?:ficou bem|deu tudo certo|nao aconteceu nada|se recuperou|ficou tudo bem)",
    "fr": r"(?:tout s est bien passe|(?:il|elle) allait bien|s en est remis|rien de grave|plus de peur que de mal)",
    "de": r"(?:alles war gut|alles (?:ist )?gut gegangen|gut ausgegangen|nichts passiert|hat sich erholt)",
    "it": r"(?:e andato tutto bene|(?:stava|stavano) bene|si e ripres|niente di grave|tutto bene)",
    "ru": r"(?:все обошлось|обошлось|все хорошо|поправил)",
    "ar": r"(?:و|ف)?(?:عدت على خير|عدى على خير|بقى كويس|بقت كويسه|ماحصلش حاجه|محصلش حاجه)",
    "hi": r"(?:ठीक हो (?:गया|गई|गयी)|कुछ (?:नहीं|नही) हुआ|बच (?:गया|गई|गयी))",
    "hi_latn": r"(?:(?:theek|thik) ho (?:gaya|gayi|gai)|kuch (?:nahi|nhi) hua|bach (?:gaya|gayi|gai))",
    "id": r"(?:baik2 aja|baik baik aja|baik baik saja|gapapa|sembuh|selamat)",
    "tr": r"(?:iyi oldu|atlatti|bir sey olmadi|iyilesti|kurtuldu)",
}
# None since, after a long past ("tuve una convulsion hace dos anos, desde entonces nada", "तब से कोई दौरा नहीं"; session 50,
# `languages_dev26.jsonl`): the event is told as over, framed off as one that went well is.
SINCE_NONE = {
    "es": r"(?:desde entonces (?:nada|nunca|no)|nunca (?:mas|mas me|volvio)|no (?:me |le )?(?:ha )?vuelto a (?:pasar|dar))",
    "pt": r"(?:desde entao (?:nada|nunca|nao)|nunca mais|nao (?:voltou|teve mais|tive mais))",
    "fr": r"(?:depuis (?:plus rien|rien|jamais|aucune?)|plus jamais|jamais (?:recommence|revenu))",
    "de": r"(?:seitdem (?:nichts|nie|nix|kein\S*)|nie wieder|nicht mehr (?:passiert|gehabt|aufgetreten))",
    "it": r"(?:da allora (?:niente|nulla|mai|piu niente|non)|mai piu|non (?:e )?piu (?:successo|capitato|ricapitato))",
    "ru": r"(?:с тех пор (?:ничего|ни разу|не было|больше не)|больше (?:не было|не повторял\S*|ни разу))",
    "ar": r"(?:(?:ومن|من) (?:بعدها|وقتها|ساعتها) (?:ما|مش|ولا|مفيش|مافي)|ما (?:رجعت|رجع|تكررت|تكرر))",
    "hi": r"(?:तब से (?:कोई|कभी|एक भी)? ?(?:\S+ )?(?:नहीं|नही)|फिर (?:कभी )?(?:नहीं|नही) (?:हुआ|पड़ा|पडा|आया))",
    "hi_latn": r"(?:tab se (?:koi |kabhi |ek bhi )?(?:\S+ )?(?:nahi|nhi)|phir (?:kabhi )?(?:nahi|nhi) (?:hua|pada|aaya))",
    "id": r"(?:sejak (?:itu|saat itu) (?:gak|ga|nggak|tidak|belum|ngga) (?:pernah|ada|lagi)|gak pernah lagi|tidak pernah lagi"
    r"|ga pernah lagi|nggak pernah lagi)",
    "tr": r"(?:o zamandan (?:beri|bu yana) (?:hic|olmadi|bir sey)|bir daha (?:olmadi|olmadı|tekrarlamadi))",
}
# Died of it, or asked whether it runs in families: a question about a condition, not someone in danger now.
ASKED = {
    "es": r"(?:murio|fallecio|se murio|hereditari|genetic|se hereda)",
    "pt": r"(?:morreu|faleceu|hereditari|genetic)",
    "fr": r"(?:(?:est )?morte? (?:d|de)|decede|hereditaire|genetique)",
    "de": r"(?:gestorben|verstorben|erblich|vererb|genetisch)",
    "it": r"(?:morto|morta|decedut|ereditari|genetic)",
    "ru": r"(?:умер|скончал|наследств|генетич)",
    "ar": r"(?:و|ف)?(?:مات|ماتت|توفى|توفي|اتوفى|اتوفت|وراثي|وراثيه)",
    "hi": r"(?:मौत|मृत्यु|गुजर गए|गुजर गई|खानदानी|आनुवंशिक|वंशानुगत)",
    "hi_latn": r"(?:death|maut|guzar gaye|guzar gayi|khandani|hereditary|genetic)",
    "id": r"(?:meninggal|wafat|keturunan|turunan|genetik)",
    "tr": r"(?:(?:den|dan|ten|tan) oldu|vefat|hayatini kaybet|kalitsal|genetik|irsi)",
}
# "Today is my last day" (not of work, school or a holiday).
LAST_DAY = {
    "es": r"(?:hoy|este) es mi ultimo dia(?! (?:de|en|del|con|aqui en) )",
    "pt": r"(?:hoje|esse) e (?:o )?meu ultimo dia(?! (?:de|no|na|em|do|da) )",
    "fr": r"(?:aujourd hui )?c est mon dernier jour(?! (?:de|au|a|du|en|chez) )",
    "de": r"heute ist mein letzter tag(?! (?:im|in|bei|an|auf|der|als) )",
    "it": r"oggi e il mio ultimo giorno(?! (?:di|a|al|in|da|del) )",
    "ru": r"сегодня (?:мой )?последний день(?! (?:на|в|работы|учебы|отпуска) )",
    "ar": r"(?:النهارده|اليوم) (?:ال)?اخر يوم (?:ليا|لي|في حياتي)(?! (?:في) (?:ال)?(?:شغل|مدرسه|جامعه))",
    "hi": r"आज मेरा आखिरी दिन है(?! (?:ऑफिस|स्कूल|कॉलेज))",
    "hi_latn": r"aaj mera (?:aakhri|akhri|aakhiri) din hai(?! (?:office|school|college|kaam))",
    "id": r"hari ini hari terakhir(?:ku| aku| saya)(?! (?:kerja|di|sekolah|kuliah|magang) )",
    "tr": r"bugun son gunum(?! (?:isyerinde|okulda|iste) )",
}
# Half the body or one side numb or weak, all at once (a stroke, as the English "one side ... numb" reads it).
HALF = {
    "es": r"(?:(?:la )?mitad|medio|un lado)",
    "pt": r"(?:(?:a )?metade|meio|um lado)",
    "fr": r"(?:(?:la )?moitie|un cote|tout un cote)",
    "de": r"(?:halbe|halben|eine seite|einer seite|korperhalfte|koerperhaelfte|korperseite|koerperseite)",
    "it": r"(?:meta|mezzo|un lato)",
    "ru": r"(?:половин|одна сторона|одной стороны)",
    "ar": r"(?:نص|نصف|جنب|ناحيه)",
    "hi": r"(?:आधा|आधी|एक तरफ|एक साइड)",
    "hi_latn": r"(?:aadha|adha|aadhi|ek taraf|ek side)",
    "id": r"(?:separuh|setengah|sebelah)",
    "tr": r"(?:yarisi|yarim|bir tarafi|bir yani)",
}
NUMB = {
    "es": r"(?:dormid|durmio|adormec|entumi|paraliz|sin fuerza|no (?:la |lo )?siente|no (?:la |lo )?puede mover)",
    "pt": r"(?:dormen|adormec|paralis|sem forca|nao (?:sente|consegue mexer))",
    "fr": r"(?:engourdi|paralys|sans force|(?:sent|bouge) plus|endormi)",
    "de": r"(?:taub|gelahmt|gelaehmt|kraftlos|schlaff|kribbelt)",
    "it": r"(?:addormentat|intorpidit|paralizzat|senza forza|non (?:la |lo )?sente|formicola)",
    "ru": r"(?:онемел|немеет|отнял|парализ|не чувству|обмяк)",
    "ar": r"(?:و|ف)?(?:اتخدر|متخدر|مشلول|اتشل|تنميل|منمل|مش حاسس|مش حاسه)",
    "hi": r"(?:सुन्न|लकवा|बेजान|काम (?:नहीं|नही) कर)",
    "hi_latn": r"(?:sunn|sun pad|lakwa|bejaan|kaam nahi kar)",
    "id": r"(?:kebas|mati rasa|lumpuh|kesemutan|lemes sebelah|gak bisa digerak)",
    "tr": r"(?:uyus|felc|his(?:s)?iz|tutmuyor|kuvvetsiz)",
}
# Hives or welts, with faintness or breathlessness: anaphylaxis by its signs ("ronchas en todo el cuerpo y me desmayo").
HIVES = {
    "es": r"(?:ronchas|habones|urticaria|granitos por todo)",
    "pt": r"(?:placas|urticaria|vergoes|empolad|brotoeja)",
    "fr": r"(?:plaques|urticaire|boutons partout)",
    "de": r"(?:quaddeln|nesselsucht|nesselausschlag|pusteln)",
    "it": r"(?:bolle|pomfi|orticaria|chiazze)",
    "ru": r"(?:волдыр|крапивниц|сыпь)",
    "ar": r"(?:و|ف)?(?:حبوب|ارتكاريا|طفح|هرش)",
    "hi": r"(?:चकत्ते|पित्ती|ददोरे)",
    "hi_latn": r"(?:chakatte|chakte|pitti|dadore)",
    "id": r"(?:bentol|biduran|kaligata|ruam)",
    "tr": r"(?:kurdesen|kabarik|kabarma|dokuntu)",
}
# A pain in the jaw, an arm or a shoulder with a cold sweat: a heart attack told without the chest (older people, women:
# "dor estranha no queixo e nas costas, enjoo e suor frio"; session 41). Not the sweat alone: a fever sweats too.
JAW_ARM = {
    "es": r"(?:mandibula|quijada|brazo|hombro)",
    "pt": r"(?:queixo|mandibula|maxilar|braco|ombro)",
    "fr": r"(?:machoire|bras(?!\S)|epaule)",
    "de": r"(?:kiefer|arm(?!\S)|linken arm|schulter)",
    "it": r"(?:mandibola|mascella|braccio|spalla)",
    "ru": r"(?:челюст|рук[уеа]?(?!\S)|левую руку|плеч)",
    "ar": r"(?:و|ف)?(?:ال)?(?:فك|فكي|دراع|دراعي|ذراع|ذراعي|كتف|كتفي)",
    "hi": r"(?:जबड़|जबड|बांह|बाँह|कंधे|कंधा)",
    "hi_latn": r"(?:jabda|jabde|jabada|baah|baanh|kandha|kandhe)",
    "id": r"(?:rahang|lengan|bahu)",
    "tr": r"(?:cene|kol(?:um|u|unda|uma)?(?!\S)|omuz)",
}
COLD_SWEAT = {
    "es": r"(?:sudor(?:es)? fri|sudando fri|sudo fri|sudad[ao] fri)",
    "pt": r"(?:suor(?:es)? fri|suando fri|suad[ao] fri)",
    "fr": r"(?:sueurs? froid|transpire froid)",
    "de": r"(?:kalt\S* schweiss|kaltschweiss|kalt geschwitzt)",
    "it": r"(?:sudore fredd|sudo fredd|sudat\S* fredd)",
    "ru": r"(?:холодн\S* пот)",
    "ar": r"(?:و|ف)?(?:عرق بارد|عرقان وبارد)",
    "hi": r"(?:ठंडा पसीना|ठंडे पसीने)",
    "hi_latn": r"(?:thanda (?:thanda )?(?:pasina|paseena)|thande pasine)",
    "id": r"(?:keringat dingin|keringet dingin|keringetan dingin|keringatan dingin)",
    "tr": r"(?:soguk ter|soguk soguk terl)",
}
# A count of ten or more pills taken ("ha preso tipo 30 tachipirine", "30 paracetamol kha li").
MANY = r"(?:[1-9]\d|[1-9]\d\d)"
FILLER = r"(?:(?:de|di|des|do|of|tane|adet|ta|x|pastillas|comprimidos|comprimes|pillen|tabletten|pastiglie|таблет\S*|حبه|حبايه|حبات|गोलियां|goli|goliyan|butir|biji|tablet) )?"
# Medicines known by one name in every language (their brands and generics), for a count of them taken.
DRUGS = (r"(?:paracetamol|acetaminof|tylenol|panadol|dolo|crocin|calpol|doliprane|efferalgan|tachipirin|ibuprof|brufen|advil"
         r"|nurofen|aspirin|xanax|alprazolam|clonazepam|rivotril|diazepam|valium|lorazepam|tavor|tramadol|zolpidem"
         r"|parol|panadol|بنادول|باراسيتامول|بروفين|ترامادول|पैरासिटामोल|парацетамол|ибупрофен|феназепам)")
# Arabic has no `FEVER` name of its own: a baby's age with these counts as the others' do with theirs.
# ... with Darija's "السخانة" (a fever) and "سيمانات" (weeks, from the French), an age told "she has 5 weeks" as Darija and
# Levantine tell it ("عندها 5 سيمانات"; session 53)
AR_FEVER = r"(?:حراره|حرارته|حرارتها|سخونيه|سخونه|سخن|سخنه|(?:ال)?سخانه|حمى|مولع|مولعه|3[89]|40)"
AR_AGE = (r"(?:(?:عمره|عمرها|عمر) (?:(?:[1-9]|1[0-2]) (?:اسبوع|اسابيع|سيمانه|سيمانات|يوم|ايام)|اسبوع|اسبوعين|شهر|شهرين|(?:1|2) (?:شهر|شهور))"
          r"|(?:عنده|عندها|عندو) [1-9] (?:اسابيع|سيمانات|سيمانه)(?!\S)|مولود|حديث (?:ال)?ولاده)")


# Session 48 (issue 21 item 3): three kinds the English rules read and no lexicon had a word for in any language (a
# coverage matrix of the English kinds x the eleven languages, `languages_dev24.jsonl`): a venomous bite or sting, carbon
# monoxide, and hypothermia. Each is one template over each language's words, as the kinds above.

# A venomous animal ("alacran", "jararaca", "гадюка", "عقرب", "saanp", "akrep")... (the English `poisoning` reads "bitten
# by a snake or a scorpion" and "snake bite" alone). Not a dog's or an insect's bite: those are not venom.
VENOMOUS = {
    "es": r"(?:serpiente|vibora|culebra|cascabel|coralillo|nauyaca|mapanare|yarara|alacran|escorpion|viuda negra"
    r"|arana violinista)",
    "pt": r"(?:cobra|jararaca|cascavel|surucucu|escorpiao|armadeira|aranha marrom|viuva negra|serpente|vibora)",
    "fr": r"(?:vipere|serpent|scorpion|aspic|veuve noire)",
    "de": r"(?:schlange|kreuzotter|viper|skorpion|schwarze witwe)",
    "it": r"(?:vipera|serpente|scorpione|vedova nera|aspide)",
    "ru": r"(?:зме[яиюей]|гадюк|скорпион|каракурт)",
    "ar": r"(?:و|ف)?(?:ال)?(?:ثعبان|حيه|افعى|افعي|عقرب|عقربه)",
    "hi": r"(?:साँप|सांप|सर्प|नाग|करैत|बिच्छू|बिच्छु)",
    "hi_latn": r"(?:saanp|saap|sanp|saamp|naag|bichhu|bichu|bicchu|bichoo)",
    "id": r"(?:ular|kalajengking|kobra)",
    "tr": r"(?:yilan|akrep|engerek)",
}
# ... and its bite or sting, either order, a few words apart ("le pico un alacran", "dipatok ular", "saanp ne kaat liya").
BIT = {
    "es": r"(?:mordi|muerd|mordid|mordedura|pico(?!\S)|pica(?!\S)|picad)",
    "pt": r"(?:mord|picad|picou|ferroad|ferrou)",
    "fr": r"(?:mordu|mord|morsure|pique(?!\S)|piquee|piqure)",
    "de": r"(?:gebissen|biss|beisst|gestochen|stich|sticht)",
    "it": r"(?:morso|morsa(?!\S)|morsicat|morde|punto(?!\S)|punta(?!\S)|puntura)",
    "ru": r"(?:укус|ужали|цапнул)",
    "ar": r"(?:و|ف)?(?:لدغ|قرص|عض)",
    "hi": r"(?:काट|डस|डंक)",
    "hi_latn": r"(?:kaat|kata(?!\S)|dank|das (?:liya|liyaa|gaya)|dans)",
    "id": r"(?:patok|dipatok|matok|gigit|digigit|sengat|disengat)",
    "tr": r"(?:sokt|sokmus|sokul|sokma|isird|isirmis|isiril|isirik)",
}
# Carbon monoxide named ("угорели", "monoxido", "sobadan zehirlendik"), with a sign of it: a headache, dizziness, vomiting,
# a faint or drowsiness (the English reads a CO alarm going off; a question about a detector is not one).
CO_NAMED = {
    "es": r"(?:monoxido)",
    "pt": r"(?:monoxido)",
    "fr": r"(?:monoxyde)",
    "de": r"(?:kohlenmonoxid|co vergiftung|kohlenmonoxydvergiftung)",
    "it": r"(?:monossido)",
    "ru": r"(?:угарн|угорел|угорел[аи]|отравил\S* (?:\S+ )?(?:газом|угарн))",
    "ar": r"(?:و|ف)?(?:ال)?(?:اول|احادي) اكسيد (?:ال)?كربون",
    "hi": r"(?:कार्बन मोनोऑक्साइड|कार्बन मोनोआक्साइड)",
    "hi_latn": r"(?:angithi|angeethi) (?:\S+ ){0,3}(?:dhuan|dhuaan|dhuwan|gas)",
    "id": r"(?:karbon monoksida|keracunan (?:gas|asap))",
    "tr": r"(?:karbon ?monoksit|soba(?:dan)? zehirlen|sobadan zehirlen)",
}
CO_SIGN = {
    "es": r"(?:dolor de cabeza|(?:me|le|nos) (?:duele|revienta|explota) la cabeza|marea|vomit|desmay|somnolient|adormil)",
    "pt": r"(?:dor de cabeca|cabeca (?:\S+ )?(?:explodindo|latejando|doendo)|tont|zonz|vomit|desmai|sonolent)",
    "fr": r"(?:mal (?:a la|de) tete|maux de tete|mal au crane|vertige|tete qui tourne|vomi|evanoui|somnolen|endormi)",
    "de": r"(?:kopfschmerz|kopfweh|schwindel|erbrech|erbricht|ubergeb|uebergeb|umgekippt|bewusstlos|benommen)",
    "it": r"(?:mal (?:di|de) testa|gira la testa|vertigin|vomit|nause|svenut|sonnolen|intontit)",
    "ru": r"(?:голов|тошн|рвет|рвот|вял|сонн|обморок|без сознания|не просыпа)",
    "ar": r"(?:و|ف)?(?:صداع|دوخه|دايخ|دايخه|ب?(?:ي|ت)ستفرغ|استفراغ|اغمى|مغمى|نعسان|نعسانه)",
    "hi": r"(?:सिर|चक्कर|उल्टी|बेहोश|सुस्त)",
    "hi_latn": r"(?:sir|sar|chakkar|ulti|behosh|sust)",
    "id": r"(?:pusing|sakit kepala|mual|muntah|pingsan|lemas|lemes|ngantuk)",
    "tr": r"(?:bas(?:im|i|imiz)? (?:\S+ )?(?:agri|don)|bulant|kus|bayil|uyku)",
}
# Hypothermia: a body gone ice cold or frozen (or hypothermia named), with shivering that has stopped or a sign of the brain
# (`grid.BRAIN`, `grid.CONFUSED`) - "ta gelado, tremendo e nao fala coisa com coisa". Not "I'm freezing" alone: the
# weather's word.
COLD_BODY = {
    "es": r"(?:helad[oa](?!\S)|congelad|frio como (?:un )?hielo|hipoterm|tieso de frio|entumid)",
    "pt": r"(?:gelad[oa](?!\S)|congelad|frio como gelo|hipoterm|duro de frio|enregelad)",
    # ... and "tout froid" of a body (session 54: "grand pere tout froid, il tremble plus")
    "fr": r"(?:glace(?!\S)|glacee|gele(?!\S)|gelee|froid comme (?:de la )?glace|hypotherm|frigorifie|tout froid|toute froide)",
    "de": r"(?:eiskalt|unterkuhl|unterkuehl|erfroren|durchgefroren|hypotherm)",
    "it": r"(?:gelid|freddissim|congelat|ghiacciat|assiderat|ipoterm|freddo come (?:il )?ghiaccio)",
    "ru": r"(?:ледян|замерз|переохлажд|окоченел|обморож|холодный как лед)",
    "ar": r"(?:و|ف)?(?:متجمد|مجمد|متلج|(?:زي|مثل|كأنه|كانه) (?:ال)?(?:تلج|ثلج)|انخفاض (?:في )?(?:ال)?حراره)",
    "hi": r"(?:बर्फ (?:जैसा|जैसी|जैसे|की तरह)|ठंड से अकड़|ठंड से अकड|हाइपोथर्मिया|ठिठुर|(?:शरीर|बदन) (?:\S+ ){0,2}(?:ठंडा|ठंडी))",
    "hi_latn": r"(?:(?:baraf|barf) (?:jaisa|jaisi|jaise|ki tarah)|thand se akad|hypothermia|thithur|(?:sharir|shareer|badan|body) (?:\S+ ){0,2}(?:thanda|thandi))",
    "id": r"(?:hipotermia|dingin (?:banget|bgt|sekali|kayak es|seperti es)|membeku|beku)",
    "tr": r"(?:buz gibi|donmus|hipotermi|buz kesil|soguktan don)",
}
# ... not the writer's own "I'm frozen" ("estoy congelado ... y confundido con tanto papeleo"): someone hypothermic does not
# type it
FROZEN_ME = {
    "es": r"(?:estoy|ando|toy|me quede|quede) (?:\S+ )?(?:congelad|helad)",
    "pt": r"(?:to|tou|estou|fiquei) (?:\S+ )?(?:gelad|congelad)",
    "fr": r"(?:je suis|suis|chui|j ai) (?:\S+ )?(?:gele|glace|frigorifie)",
    "de": r"(?:ich bin|bin) (?:\S+ )?(?:durchgefroren|eiskalt|erfroren|unterkuhlt|unterkuehlt)",
    "it": r"(?:sono|sto) (?:\S+ )?(?:congelat|gelid|ghiacciat|assiderat)",
    "ru": r"я (?:\S+ )?(?:замерз|окоченел|ледян)",
    "ar": r"(?:و|ف)?انا (?:\S+ )?(?:متجمد|مجمد|متلج)",
    "hi": r"(?:मैं|मै) (?:\S+ ){0,2}(?:बर्फ|ठिठुर)",
    "hi_latn": r"(?:main|mai|mein) (?:\S+ ){0,2}(?:baraf|barf|thithur)",
    "id": r"(?:aku|gue|gw|saya) (?:\S+ )?(?:beku|membeku|kedinginan|dingin)",
    "tr": r"(?:buz gibi (?:oldum|olmusum|oluyorum)|donuyorum|dondum)",
}
STOPPED_SHIVERING = {
    "es": r"(?:ya no tirita|dejo de tiritar|ya no tiembla|dejo de temblar|ni tirita)",
    "pt": r"(?:parou de tremer|ja nao treme|nao treme mais|nem treme)",
    "fr": r"(?:tremble plus|grelotte plus|arrete de trembler|arrete de grelotter)",
    "de": r"(?:zittert (?:\S+ ){0,2}nicht mehr|zittert nimmer|aufgehort zu zittern|aufgehoert zu zittern)",
    "it": r"(?:non trema (?:\S+ )?piu|smesso di tremare|non trema nemmeno)",
    "ru": r"(?:(?:уже )?не дрожит|перестал\S* дрожать)",
    "ar": r"(?:و|ف)?(?:وقف (?:ال)?رجف|بطل (?:ي|ت)رجف|ما عاد (?:ي|ت)رجف)",
    "hi": r"(?:(?:कांपना|काँपना|कंपकंपी) बंद|(?:कांप|काँप) (?:नहीं|नही) (?:रहा|रही|रहे))",
    "hi_latn": r"(?:(?:kaampna|kampna|kaanpna|kapkapi) band|(?:kaanp|kaamp|kanp) (?:nahi|nhi) (?:raha|rahi|rahe))",
    "id": r"(?:(?:udah|sudah) (?:gak|ga|tidak|nggak) menggigil|(?:gak|ga|tidak|nggak) menggigil lagi|berhenti menggigil)",
    "tr": r"(?:titremesi (?:durdu|kesildi)|titremiyor|titremeyi birakti)",
}

# Session 49 (issue 21, the kinds x languages matrix of `languages_dev25.jsonl`): a sudden headache, the worst of a life
# ("el peor dolor de cabeza de su vida", "zindagi ka sabse tez sir dard", "такой никогда не было"), as the English
# `stroke` reads "worst headache of my life" and "thunderclap headache". The headache is `grid.HEAD`; not a headache called
# strong alone ("to morrendo de dor de cabeca", "голова раскалывается"): a long day says that too.
WORST_EVER = {
    "es": r"(?:peor (?:\S+ ){0,3}de (?:mi|su|tu) vida|nunca (?:le |me )?(?:habia|he|ha|habiamos) (?:tenido|sentido|dado|dolido)"
    r"|jamas (?:le |me )?(?:habia|ha|he)|como (?:un|una) (?:golpe|balazo|trueno|rayo|martillazo|explosion|estallido)"
    r"|(?:me|le) (?:va a )?(?:explota|reventar|revienta))",
    "pt": r"(?:pior (?:\S+ ){0,3}da (?:minha|sua|vida)|nunca (?:tinha |tinha sentido |tive |teve |senti |sentiu )"
    r"|como (?:uma|um) (?:pancada|martelada|paulada|explosao|raio|tiro)|vai explodir|explodindo)",
    "fr": r"(?:pire (?:\S+ ){0,4}de (?:ma|sa|ta) vie|jamais (?:eu|eu un|ressenti|connu|eu aussi)|(?:n a |n ai )?jamais eu"
    r"|comme un coup de (?:tonnerre|massue|marteau|poignard)|comme une explosion|va exploser)",
    "de": r"(?:schlimmst\S* (?:\S+ ){0,2}(?:meines|seines|ihres|deines) lebens|(?:noch )?nie (?:\S+ )?so (?:stark|schlimm|heftig)"
    r"|noch nie so|wie ein (?:schlag|blitz|donnerschlag|hammerschlag)|wie (?:eine|ne) (?:explosion|bombe)|explodiert)",
    "it": r"(?:peggior\S* (?:\S+ ){0,3}(?:della )?(?:mia|sua|tua) vita|mai (?:avuto|sentito|provato) (?:\S+ )?(?:cosi|uno cosi)"
    r"|come (?:una|un) (?:martellata|mazzata|botta|esplosione|colpo|fulmine|pugnalata)|(?:mi |gli |le )?scoppia)",
    "ru": r"(?:(?:такой|такая|таких|такого) (?:\S+ )?никогда|никогда (?:\S+ )?(?:не было|не болела|такой)|сильнейш|самая сильная"
    r"|как (?:будто )?(?:удар|ударили|взрыв|молотком)|раскалывается пополам)",
    "ar": r"(?:(?:و|ف)?عمر(?:ه|ها|ي|و)? ما (?:حس|حسيت|حست|جاله|جالها|جالي|شاف)|(?:اقوى|اسوا|اشد|اصعب) صداع|اول مره (?:\S+ )?(?:يحس|تحس|احس)"
    r"|(?:زي|مثل|كانه|كأنه) (?:ال)?(?:ضربه|انفجار|مطرقه|شاكوش)|هينفجر|بينفجر|راح ينفجر)",
    "hi": r"(?:(?:जिंदगी|ज़िंदगी|जीवन|लाइफ) (?:का|में) (?:सबसे|पहली)|पहले कभी (?:नहीं|नही)|ऐसा (?:\S+ )?कभी (?:नहीं|नही)"
    r"|हथौडा|हथौडे|फट (?:रहा|जाएगा|जाएगा)|फटने)",
    "hi_latn": r"(?:(?:zindagi|jindagi|life) (?:ka|ki|me|mein) (?:sabse|pehli)|pehle kabhi (?:nahi|nhi)|aisa (?:\S+ )?kabhi (?:nahi|nhi)"
    r"|hathoda|hathode|hathauda|(?:phat|fat) (?:raha|rha|jayega)|phatne|fatne)",
    "id": r"(?:(?:paling )?(?:parah|sakit) seumur hidup|seumur hidup (?:\S+ )?(?:belum|gak|ga|nggak|tidak) pernah"
    r"|(?:belum|gak|ga|nggak|tidak) pernah (?:\S+ )?(?:sesakit|separah|kayak gini|seperti ini)|kayak (?:dipukul|dihantam|ditembak"
    r"|meledak|dipalu)|(?:mau|kayak mau) pecah)",
    "tr": r"(?:hayat(?:im|i|in)(?:in|n)? en (?:\S+ )?(?:siddetli|kotu|agir)|hic (?:\S+ )?boyle|daha once (?:\S+ )?hic|balyoz"
    r"|patlayacak|patliyor|kafa(?:ma|sina) (?:biri )?vurmus gibi)",
}
# ... or sudden ("de repente", "achanak", "вдруг"), with vomiting or the eyes gone blurred ("il vomit et il voit flou").
SUDDEN = {
    "es": r"(?:de repente|de golpe|de la nada|subit|repentin|derrepente)", "pt": r"(?:do nada|de repente|subit|repentin|derrepente)",
    "fr": r"(?:d un coup|soudain|brusquement|tout a coup|d un seul coup|brutal)",
    "de": r"(?:plotzlich|ploetzlich|auf einmal|schlagartig|aus dem nichts)",
    "it": r"(?:improvvis|all improvviso|di colpo|tutto d un tratto|di botto)", "ru": r"(?:вдруг|внезапн|резко)",
    "ar": r"(?:و|ف)?(?:فجاه|فجا|على غفله|مره وحده|مره واحده)", "hi": r"(?:अचानक|एकदम से)", "hi_latn": r"(?:achanak|ekdum se|achank)",
    "id": r"(?:tiba2|tiba tiba|mendadak|tau2|tau tau|tibatiba)", "tr": r"(?:birden|aniden|bir anda|ani (?!\S))",
}
# Sepsis told by its three signs in one message: a fever, the mind gone (`grid.CONFUSED`, `grid.BRAIN`) and no urine
# ("तेज़ बुखार ... उलझी हुई बातें ... पेशाब भी नहीं आ रहा"; session 49), as the English reads a fever with confusion.
NO_URINE = {
    "es": r"(?:no (?:ha )?(?:orina|orinado|hecho pipi|hace pipi|hace pis|mea|meado)|sin orinar)",
    "pt": r"(?:nao (?:\S+ )?(?:faz|fez|fazendo) xixi|nao (?:\S+ )?urin|sem (?:urinar|fazer xixi))",
    "fr": r"(?:(?:pas|plus) (?:fait )?(?:pipi|pisse)|n urine (?:pas|plus)|pas urine|sans uriner)",
    "de": r"(?:(?:nicht|kaum|nie) (?:mehr )?(?:gepinkelt|pinkeln|uriniert|pipi)|pinkelt (?:nicht|kaum)|uriniert (?:nicht|kaum)|kein urin)",
    "it": r"(?:non (?:fa|ha fatto|fa piu) (?:la )?pipi|non (?:ha )?urina|senza urinare)",
    "ru": r"(?:не (?:мочится|писает|писал|писала|мочилась|мочился)|нет мочи|мочи нет)",
    "ar": r"(?:و|ف)?(?:(?:مش|ما|مبي|مبت|مو) (?:\S+ )?(?:بيعمل|بتعمل|عمل|عملت|يعمل|تعمل)? ?(?:حمام|بيبي|تبول|بول))",
    "hi": r"(?:पेशाब (?:\S+ ){0,2}(?:नहीं|नही) (?:आ|हो|कर|किया|की)|पेशाब बंद)",
    "hi_latn": r"(?:(?:peshab|pishab|susu|urine) (?:\S+ ){0,2}(?:nahi|nhi) (?:aa|ho|kar|kiya|ki)|peshab band)",
    "id": r"(?:(?:gak|ga|nggak|tidak|belum) (?:\S+ )?(?:pipis|kencing|buang air kecil))",
    "tr": r"(?:(?:idrar|cis)\S* (?:\S+ )?(?:yapmiyor|yapamiyor|yok|gelmiyor|yapmadi|cikmiyor))",
}
# Session 51 (issue 21 item 3, `languages_dev27.jsonl`: the kinds thin in the dev kinds x languages matrix): a baby or
# anyone who stopped breathing, heatstroke told by the sweating stopped, a scald that blistered, a fall from a height with
# a sign of the head, a sudden loss of one eye's sight or of clear speech, a farewell with a place to end it named, and
# a stove's carbon monoxide felt by everyone in the house, and a fever with a neck and the light that hurt or with purple
# spots.

# Stopped breathing, said as stopping ("dejo de respirar", "перестал дышать", "saans ruk gayi"): the lexicons' own signs
# read "cannot breathe" and "does not breathe".
STOPPED_BREATHING = {
    "es": r"(?:dejo de respirar|paro de respirar|ya no respira)",
    "pt": r"(?:parou de respirar|nao respira mais|ja nao respira)",
    "fr": r"(?:arrete de respirer|respire plus)",
    "de": r"(?:aufgehort zu atmen|aufgehoert zu atmen|hort auf zu atmen|hoert auf zu atmen|atmet (?:\S+ )?nicht mehr)",
    "it": r"(?:smesso di respirare|non respira piu)",
    "ru": r"(?:перестал\S* дышать|не дышит)",
    "ar": r"(?:و|ف)?(?:(?:وقف|وقفت|بطل|بطلت) (?:ي|ت)?تنفس|نفسه وقف|نفسها وقف)",
    "hi": r"(?:सांस|श्वास) (?:\S+ )?(?:रुक|बंद)",
    "hi_latn": r"(?:saans|sans|saas) (?:\S+ )?(?:ruk|band)",
    "id": r"(?:berhenti (?:napas|nafas|bernapas|bernafas)|napasnya (?:berhenti|gak ada|ga ada|hilang)|(?:gak|ga|nggak) napas)",
    "tr": r"(?:nefes(?:i)? (?:durdu|kesildi)|nefes almiyor)",
}
# Sweating stopped ("ya no suda", "transpire plus", "पसीना बिल्कुल नहीं"), with the body burning or the mind gone
# (`grid.HEAT_SIGNS`, `grid.CONFUSED`): heatstroke without the sun or a name for it said ("sans clim par 38 degres").
NO_SWEAT = {
    "es": r"(?:no (?:esta )?suda|ya no suda|dejo de sudar)",
    "pt": r"(?:nao (?:ta |esta )?(?:sua|suando)(?!\S)|parou de suar)",
    "fr": r"(?:transpire (?:plus|pas)|sue (?:plus|pas))",
    "de": r"(?:schwitzt (?:nicht|kaum|gar nicht))",
    "it": r"(?:non (?:sta )?suda|smesso di sudare)",
    "ru": r"(?:не потеет|перестал\S* потеть)",
    "ar": r"(?:و|ف)?(?:ما|مش|مو) ب?(?:ي|ت)?عرق",
    "hi": r"पसीना (?:\S+ )?(?:नहीं|नही|बंद)",
    "hi_latn": r"(?:pasina|paseena|pasina) (?:\S+ )?(?:nahi|nhi|band)",
    "id": r"(?:(?:gak|ga|nggak|tidak|tdk) (?:ada )?(?:keringetan|keringatan|berkeringat|keluar keringat))",
    "tr": r"(?:terlemiyor)",
}
# A hot liquid or its pot ("el sarten con aceite", "heissen tee", "garam dudh", "cay demligi"), and blisters ("ampollas",
# "voller blasen", "छाले", "su toplamis"): a scald's blisters, not a grill's or a sunburn's redness.
HOT_LIQUID = {
    "es": r"(?:(?:agua|aceite|cafe|te|leche|sopa|caldo|atole)\S* (?:\S+ ){0,2}(?:caliente|hirv|ardiendo)|olla|tetera|cafetera"
    r"|sarten|freidora|hirviendo)",
    "pt": r"(?:(?:agua|oleo|cafe|cha|leite|sopa|caldo)\S* (?:\S+ ){0,2}(?:quente|fervendo|fervente)|panela|chaleira|frigideira"
    r"|fervendo)",
    "fr": r"(?:(?:eau|huile|cafe|the|lait|soupe|bain)\S* (?:\S+ ){0,3}(?:chaud|brulant|bouillant)|casserole|bouilloire"
    r"|friteuse|theiere|bouillant)",
    "de": r"(?:heiss\S* (?:\S+ ){0,2}(?:wasser|tee|teewasser|kaffee|milch|suppe|ol|oel|fett)|wasserkocher|kochtopf|topf"
    r"|teekanne|fritteuse|nudelwasser|kochend)",
    "it": r"(?:(?:acqua|olio|caffe|te|latte|brodo|minestra)\S* (?:\S+ ){0,3}(?:calda|caldo|bollent)|acqua della pasta|pentola"
    r"|bollitore|teiera|friggitrice|bollente)",
    "ru": r"(?:кипят|кипящ|горяч\S* (?:\S+ )?(?:вод|ча|кофе|молок|суп|масл)|чайник|кастрюл|сковород)",
    "ar": r"(?:و|ف)?(?:(?:ال)?(?:مي|مويه|ماي|ميه|شاي|حليب|قهوه|شوربه|زيت)\S* (?:\S+ )?(?:سخن|حار|حاره|سخنه|ب?ي?غلي|مغلي)"
    r"|(?:ال)?(?:غلايه|كتلي|براد|طنجره|قدر)(?!\S)|ب?ت?غلي|مغلي)",
    "hi": r"(?:(?:गरम|गर्म|खौलत|उबलत)\S* (?:\S+ )?(?:पानी|चाय|दूध|तेल|दाल)|खौल|उबल|कडाही|कढाई|केतली|भगोना)",
    "hi_latn": r"(?:garam\S* (?:\S+ ){0,2}(?:paani|pani|chai|chaai|doodh|dudh|tel(?!\S)|dal(?!\S))|ubalt|ubla|khaul|kadhai|kadai"
    r"|kadhayi|ketli|bhagona)",
    "id": r"(?:(?:air|minyak|kopi|teh|susu|sup|kuah)\S* (?:\S+ )?(?:panas|mendidih)|termos|panci|wajan|ceret|teko)",
    "tr": r"(?:(?:kaynar|kaynayan|sicak|kizgin)\S* (?:\S+ )?(?:su(?!\S)|suyu|cay|sut|yag|corba|kahve)|caydanlik|demli[kg]|tencere"
    r"|kaynar)",
}
BLISTERS = {
    "es": r"(?:ampollas|ampollad|carne viva)",
    "pt": r"(?:bolhas|empolad|carne viva)",
    "fr": r"(?:cloques|cloque (?:enorme|geante)|a vif)",
    "de": r"(?:blasen(?!\S)|brandblasen)",
    "it": r"(?:bolle(?!\S)|vesciche)",
    "ru": r"(?:волдыр|пузыр)",
    "ar": r"(?:و|ف)?(?:ال)?(?:فقاقيع|فقاعات|نفاطات|بثور)",
    "hi": r"(?:छाले|फफोले)",
    "hi_latn": r"(?:chhale|chhaale|chale(?!\S)|phaphole|fafole)",
    "id": r"(?:melepuh|lepuh)",
    "tr": r"(?:su topla|kabarcik|kabardi)",
}
# A small burn, which the blisters' template does not read ("dos ampollitas", "kleine blasen", "chhota chhala").
SMALL_BURN = {
    "es": r"(?:ampollitas?|(?:pequen|chiquit)\S* ampollas?|ampollas? (?:pequen|chiquit)|poquit)",
    "pt": r"(?:bolhinhas?|(?:pequen)\S* bolhas?|bolhas? pequen|pouquinh)",
    "fr": r"(?:petites? cloques?|cloques? (?:petites?|minuscules?)|un peu)",
    "de": r"(?:kleine\S* (?:\S+ )?blasen|bisschen)",
    "it": r"(?:piccol\S* (?:bolle|vesciche)|(?:bolle|vesciche) piccol|un po)",
    "ru": r"(?:маленьк|небольш|немного|чуть)",
    "ar": r"(?:و|ف)?(?:صغيره|صغار|شوي|بسيط)",
    "hi": r"(?:छोटा|छोटे|छोटी|थोडा|थोडी|हल्का)",
    "hi_latn": r"(?:chhota|chhote|chhoti|thoda|thodi|halka)",
    "id": r"(?:kecil|dikit|sedikit)",
    "tr": r"(?:kucuk|biraz|hafif)",
}
# A fall from a height ("se cayo del techo", "iskeleden dustu", "छत से नीचे गिर"), with the head's or the mind's sign:
# unconscious or not answering (`grid.BRAIN`), not moving, or blood from the head or an ear.
HIGH_PLACE = {
    "es": r"(?:techo|tejado|azotea|andamio|balcon|escalera|arbol|segundo piso|tercer piso|\d+ (?:metros|pisos)|barda)",
    "pt": r"(?:telhado|laje|andaime|sacada|varanda|escada|arvore|segundo andar|terceiro andar|\d+ (?:metros|andares))",
    "fr": r"(?:toit|echafaudage|balcon|echelle|arbre|\d+ (?:metres|etages)|etage)",
    "de": r"(?:dach|gerust|geruest|balkon|leiter|baum|\d+ (?:meter|stock)|stock(?!\S))",
    "it": r"(?:tetto|impalcatura|ponteggio|balcone|scala|albero|\d+ metri|piano)",
    "ru": r"(?:крыш|лесов|балкон|лестниц|стремянк|дерев|этаж|\d+ метр)",
    "ar": r"(?:و|ف)?(?:ال)?(?:سطح|سقف|سقاله|بلكونه|بلكون|شرفه|سلم|شجره|دور|طابق)",
    "hi": r"(?:छत|मंजिल|सीढी|पेड|बालकनी|मचान)",
    "hi_latn": r"(?:chhat|chhath|manzil|floor|seedhi|sidhi|ped(?!\S)|balcony)",
    "id": r"(?:atap|genteng|perancah|balkon|tangga|pohon|lantai)",
    "tr": r"(?:cati|iskele|balkon|merdiven|agac|kat(?:tan)?(?!\S)|\d+ metre)",
}
FELL_DOWN = {
    "es": r"(?:cayo|cai|callo|caida)", "pt": r"(?:caiu|cai(?!\S)|queda)", "fr": r"(?:tombe|chute)",
    "de": r"(?:gefallen|gesturzt|gestuerzt|sturz|runtergefallen|abgesturzt|abgestuerzt)", "it": r"(?:caduto|caduta|cascato|cascata)",
    "ru": r"(?:упал|свалил|сорвал)", "ar": r"(?:و|ف)?(?:وقع|وقعت|طاح|طاحت|سقط|سقطت)", "hi": r"(?:गिर)", "hi_latn": r"(?:gir)",
    "id": r"(?:jatuh)", "tr": r"(?:dustu|dusmus|dusup)",
}
EAR_HEAD = {
    "es": r"(?:oido|oreja|cabeza)", "pt": r"(?:ouvido|orelha|cabeca)", "fr": r"(?:oreille|tete)", "de": r"(?:ohr|kopf)",
    "it": r"(?:orecchio|testa)", "ru": r"(?:ух|голов)", "ar": r"(?:و|ف)?(?:ال)?(?:اذن|اذنه|اذنها|راس|راسه|راسها)",
    "hi": r"(?:कान|सिर)", "hi_latn": r"(?:kaan|kan(?!\S)|sir(?!\S)|sar(?!\S))", "id": r"(?:telinga|kuping|kepala)",
    "tr": r"(?:kulag|kafa|bas(?:in|i)(?!\S))",
}
# A sudden loss of one eye's sight or of clear speech ("de repente no ve de un ojo", "вдруг речь стала невнятная").
ONE_EYE = {
    "es": r"(?:no ve (?:\S+ )?(?:de|por|con) un ojo|un ojo (?:\S+ )?no (?:ve|le ve))",
    "pt": r"(?:nao (?:enxerga|ve) (?:\S+ )?(?:de|com) um olho|um olho (?:\S+ )?nao (?:enxerga|ve))",
    "fr": r"(?:(?:voit|vois) (?:plus|pas|rien) (?:\S+ )?d un oeil|un oeil (?:\S+ )?(?:voit|vois) (?:plus|pas|rien))",
    "de": r"(?:(?:sieht|sehe) (?:auf|mit) einem auge (?:\S+ )?(?:nichts|nix|kaum)|auf einem auge (?:\S+ )?(?:blind|nichts))",
    "it": r"(?:non (?:vede|vedo) (?:\S+ )?da un occhio|un occhio (?:\S+ )?non (?:vede|vedo))",
    "ru": r"(?:не (?:видит|вижу) (?:\S+ )?(?:одним|на один|левым|правым) глаз|(?:одним|левым|правым) глазом (?:\S+ )?не (?:видит|вижу))",
    "ar": r"(?:و|ف)?(?:(?:عين|عينه|عينها|عيني) (?:وحده|وحدة) (?:\S+ )?(?:ما|مش|مو) ب?(?:ي|ت)?شوف|(?:ما|مش|مو) ب?(?:ي|ت)?شوف (?:\S+ )?(?:ب|من )?(?:عين|عينه|عينها) وحده)",
    "hi": r"एक (?:आंख|आँख) (?:\S+ ){0,3}(?:नहीं|नही) (?:दिख|दीख)",
    "hi_latn": r"ek (?:aankh|ankh|aakh) (?:\S+ ){0,3}(?:nahi|nhi) (?:dikh|dik)",
    "id": r"(?:satu mata(?:nya)? (?:\S+ ){0,2}(?:gak|ga|tidak|nggak|gelap|buta)|(?:gak|ga|tidak) bisa (?:liat|lihat) (?:\S+ )?satu mata)",
    "tr": r"(?:bir goz(?:u|um|unden|umden)? (?:\S+ )?(?:gormuyor|gormez|karardi))",
}
SLURRED = {
    "es": r"(?:habla (?:\S+ )?(?:arrastrad|trabad|enredad)|arrastra las palabras)",
    "pt": r"(?:fala (?:\S+ )?(?:enrolad|arrastad)|enrolando a lingua)",
    "fr": r"(?:articule (?:plus|pas|mal)|bafouille|parle (?:\S+ )?pateux)",
    "de": r"(?:lallt|verwaschen|spricht (?:\S+ )?undeutlich)",
    "it": r"(?:biascica|parla (?:\S+ )?impastat)",
    "ru": r"(?:речь (?:\S+ )?невнятн|невнятн\S* (?:\S+ )?реч|язык заплетается|говорит (?:\S+ )?невнятно)",
    "ar": r"(?:و|ف)?(?:(?:كلامه|كلامها|لسانه|لسانها) (?:\S+ )?(?:ثقيل|تقيل|متلخبط|مش مفهوم|مو مفهوم))",
    "hi": r"(?:साफ (?:\S+ )?(?:नहीं|नही) (?:\S+ )?बोल|(?:जुबान|जबान) (?:\S+ )?(?:लडखडा|अटक))",
    "hi_latn": r"(?:saaf (?:\S+ )?(?:nahi|nhi) (?:\S+ )?bol|(?:zuban|juban|jubaan) (?:\S+ )?(?:ladkhada|atak))",
    "id": r"(?:(?:bicara|ngomong)(?:nya)? (?:\S+ )?(?:pelo|cadel|gak jelas|ga jelas|tidak jelas))",
    "tr": r"(?:(?:konusmasi|dili) (?:\S+ )?(?:bozuldu|dolasiyor|peltek|anlasilmiyor)|peltekles)",
}
# Things given away or goodbyes written (`grid.FAREWELL`, or said more plainly here: "regalato la bici", "hab meinen hund zu
# meinen eltern gebracht"), soon (`grid.NEAR`, `grid.TONIGHT`), and a place to end it: a bridge, a cliff, a dam, the tracks
# ("stasera vado al lago e smetto de pesare su tutti", "amanha cedo vou pra pedreira e acabou").
GAVE_AWAY = {
    "es": r"(?:regale|regalado|le di (?:mi|mis)|deje (?:todo )?pagado|deje (?:\S+ )?cartas?|escribi (?:\S+ ){0,2}(?:cartas?|mensajes?))",
    "pt": r"(?:dei (?:meu|minha|meus|minhas)|doei|deixei (?:\S+ )?cartas?|escrevi (?:\S+ ){0,2}cartas?|mandei (?:\S+ ){0,2}(?:mensagens?"
    r"|despedida))",
    "fr": r"(?:donne (?:mon|ma|mes)|ecrit a (?:tout le monde|tous|ma|mon|mes)|laisse (?:un|une|des) (?:mot|lettre))",
    "de": r"(?:verschenkt|(?:hund|katze) (?:\S+ ){0,3}gebracht|alles geregelt|abschied)",
    "it": r"(?:regalato|dato via|scritto (?:\S+ ){0,2}(?:messaggi|messaggio|lettera|lettere) (?:a|ai|alla|per))",
    "ru": r"(?:раздал|отдал (?:\S+ )?(?:кота|собаку|вещи)|написал\S* (?:\S+ )?(?:прощальн|письм|записк)|попрощал)",
    "ar": r"(?:و|ف)?(?:وزعت|اديت|عطيت|ودعت|كتبت (?:\S+ )?(?:رساله|رسايل|جواب|وصيه))",
    "hi": r"(?:(?:अपना|अपनी|अपने|सारी|सारा) (?:\S+ ){0,6}दे (?:दिया|दी|दिए)|अलविदा|(?:चिट्ठी|खत) (?:\S+ )?(?:लिख|छोड))",
    "hi_latn": r"(?:(?:apna|apni|apne|saari|saara) (?:\S+ ){0,6}de (?:diya|di|diye)(?!\S)|alvida|(?:letter|chitthi|khat) (?:\S+ )?(?:likh|chhod))",
    "id": r"(?:(?:udah|udh|sudah) (?:\S+ )?(?:kasih|kasihin|titipin|titip)|nulis surat|surat (?:buat|untuk)|pamit)",
    "tr": r"(?:dagittim|verdim|veda|mektup (?:\S+ )?(?:biraktim|yazdim))",
}
END_PLACE = {
    "es": r"(?:puente|acantilado|barranco|risco|presa|vias del tren|precipicio)",
    "pt": r"(?:ponte|penhasco|precipicio|pedreira|linha do trem|trilhos|represa|barragem|viaduto)",
    "fr": r"(?:pont|falaise|precipice|barrage|voie ferree|rails|viaduc)",
    "de": r"(?:brucke|bruecke|klippe|staudamm|damm|gleis|gleisen|schienen|abgrund)",
    "it": r"(?:ponte|scogliera|dirupo|diga|binari|lago|precipizio|viadotto|tetto)",
    "ru": r"(?:мост|обрыв|крыш|рельс|плотин|скал)",
    "ar": r"(?:و|ف)?(?:ال)?(?:جسر|كوبري|سكه|جرف|سد)(?!\S)",
    "hi": r"(?:पुल|पटरी|खाई|बांध)",
    "hi_latn": r"(?:pul(?!\S)|patri|khai(?!\S))",
    "id": r"(?:jembatan|rel(?!\S)|tebing|jurang|bendungan|waduk)",
    "tr": r"(?:kopru|ucurum|raylar|baraj)",
}

# A neck stiff from the night's sleep or a draught ("dormi chueco", "torcicollo", "salah bantal", "продуло").
SLEPT_WRONG = {
    "es": r"(?:dormi (?:mal|chueco|torcido|de lado)|mala postura|torticolis)",
    "pt": r"(?:dormi (?:de mau jeito|torto|errado|mal)|torcicolo)",
    "fr": r"(?:mal dormi|dormi de travers|torticolis|faux mouvement)",
    "de": r"(?:verlegen|falsch gelegen|schief gelegen|zug abbekommen|steifen hals vom)",
    "it": r"(?:dormito (?:storto|male)|torcicollo|colpo d aria)",
    "ru": r"(?:продуло|отлежал|неудобно (?:спал|лег|легла))",
    "ar": r"(?:و|ف)?(?:(?:ال)?نومه (?:ال)?غلط|نمت غلط|نمت (?:\S+ )?بطريقه غلط)",
    "hi": r"(?:गलत (?:तरीके से )?(?:सो|सोने|तकिय))",
    "hi_latn": r"(?:galat (?:tarike se |tareeke se )?(?:so|sone|takiy))",
    "id": r"(?:salah bantal|salah tidur|salah posisi tidur)",
    "tr": r"(?:ters yat|yanlis yat|boyun(?:um)? tutul)",
}
# A stove, a brazier or a generator burning indoors, with carbon monoxide's sign (`CO_SIGN`) in everyone or a faint
# ("on a tous mal au crane ... le poele a charbon tourne depuis hier soir"): carbon monoxide not named.
HEATER = {
    "es": r"(?:brasero|calentador|anafre|carbon|estufa|generador|calefon)",
    "pt": r"(?:braseiro|aquecedor|fogareiro|carvao|gerador)",
    "fr": r"(?:poele|brasero|chauffage|chaudiere|barbecue|groupe electrogene|charbon)",
    "de": r"(?:ofen|heizung|grill|generator|holzkohle|gastherme|therme|heizpilz)",
    "it": r"(?:stufa|braciere|caldaia|generatore|carbonella|scaldabagno)",
    "ru": r"(?:печк|печь|генератор|мангал|обогревател|колонк)",
    "ar": r"(?:و|ف)?(?:ال)?(?:فحم|منقل|دفايه|صوبه|مولد|كانون)",
    "hi": r"(?:अंगीठी|सिगडी|हीटर|जनरेटर|कोयल)",
    "hi_latn": r"(?:angithi|angeethi|sigdi|heater|generator|koyla|koyle)",
    "id": r"(?:arang|genset|pemanas|anglo|tungku)",
    "tr": r"(?:soba|mangal|kombi|jenerator|somine)",
}
ALL_OF_US = {
    "es": r"(?:todos|toda la familia)", "pt": r"(?:todos|todo mundo|a familia toda)", "fr": r"(?:tous|toute la famille)",
    "de": r"(?:alle(?!\S)|wir beide|die ganze familie)", "it": r"(?:tutti|tutta la famiglia)", "ru": r"(?:все(?!\S)|у всех|всей семьей)",
    "ar": r"(?:و|ف)?(?:كلنا|كلهم)", "hi": r"(?:सब|सभी)(?!\S)", "hi_latn": r"(?:sab|sabhi|sabko|sabke)(?!\S)",
    "id": r"(?:semua|sekeluarga)", "tr": r"(?:hepimiz|herkes|ailece)",
}
# Meningitis by its signs together: a fever with the neck and the light hurting ("le fa male il collo e non sopporta la
# luce"), or a fever with purple spots ("des petites taches violettes", "umas pintinhas roxas").
NECK = {
    "es": r"(?:cuello|nuca)", "pt": r"(?:pescoco|nuca)", "fr": r"(?:nuque|cou(?!\S))", "de": r"(?:nacken|hals(?!\S))",
    "it": r"(?:collo|nuca)", "ru": r"(?:ше[яиюей](?!\S)|затыл)", "ar": r"(?:و|ف)?(?:ال)?(?:رقبه|رقبته|رقبتها|رقبتي)",
    "hi": r"(?:गर्दन)", "hi_latn": r"(?:gardan|gardhan|garden)", "id": r"(?:leher)", "tr": r"(?:boyn|ense)",
}
LIGHT = {
    "es": r"(?:(?:la )?luz (?:le |me )?(?:molesta|lastima|duele)|no (?:soporta|aguanta) la luz|le molesta la luz)",
    "pt": r"(?:luz (?:\S+ )?(?:incomoda|doi|machuca)|nao (?:suporta|aguenta) (?:a )?luz|incomodad\S* com (?:a )?luz)",
    "fr": r"(?:lumiere (?:lui |me )?(?:fait mal|gene|derange)|supporte (?:pas|plus) la lumiere)",
    "de": r"(?:licht (?:\S+ )?(?:tut weh|stort|stoert)|lichtempfindlich|lichtscheu|vertragt kein licht|vertraegt kein licht)",
    "it": r"(?:(?:non sopporta|da fastidio|fastidio) la luce|la luce (?:gli |le |mi )?(?:da fastidio|fa male)|fotofobi)",
    "ru": r"(?:свет (?:\S+ )?(?:раздражает|режет|мешает)|боится света|светобоязн)",
    "ar": r"(?:و|ف)?(?:ال)?(?:ضو|ضوء|نور) (?:\S+ )?(?:يضايق|يزعج|يوجع|مضايق)",
    "hi": r"(?:रोशनी (?:से )?(?:\S+ )?(?:चुभ|तकलीफ|परेशान|दिक्कत|चिढ))",
    "hi_latn": r"(?:roshni (?:se )?(?:\S+ )?(?:chubh|takleef|taklif|pareshan|dikkat|chidh))",
    "id": r"(?:silau|(?:gak|ga|tidak) tahan (?:cahaya|lampu|terang))",
    "tr": r"(?:isiktan rahatsiz|isiga bakam|isik (?:\S+ )?rahatsiz)",
}
# Spots, and their colour, read in either order (session 54: "фиолетовые точки" had only "точки фиолетовые"; each language
# had one order or the other, not always the one its speakers put first).
SPOTS = {
    "es": r"(?:manch|punt|ronch)", "pt": r"(?:manch|pint|pontinh|bolinh)", "fr": r"(?:taches|points|boutons)",
    "de": r"(?:flecken|punkte|punktchen|puenktchen)", "it": r"(?:macchi|puntin)", "ru": r"(?:сып|пятн|точк|точеч)",
    "ar": r"(?:و|ف)?(?:ال)?(?:بقع|نقط|حبوب|طفح)", "hi": r"(?:दाने|धब्बे|चकत्ते)", "hi_latn": r"(?:daane|dane|dhabbe|chakatte|spots)",
    "id": r"(?:bintik|ruam|bercak)", "tr": r"(?:leke|nokta|dokuntu)",
}
PURPLE = {
    "es": r"(?:morad|violet|purpur)", "pt": r"(?:roxa|roxo|roxinh|purpur|arroxead)", "fr": r"(?:violet|pourpre|violac)",
    "de": r"(?:lila|violett|purpur|dunkelrot)", "it": r"(?:viola|violac|porpora)", "ru": r"(?:фиолет|багров|пурпур|темн)",
    "ar": r"(?:بنفسجي|بنفسجيه|موف|ازرق|زرقا)", "hi": r"(?:बैंगनी|जामुनी)", "hi_latn": r"(?:baingani|jamuni|purple)",
    "id": r"(?:ungu|keunguan)", "tr": r"(?:mor(?!\S)|morumsu)",
}
PURPLE_SPOTS = {module: rf"{SPOTS[module]}\S* (?:\S+ ){{0,2}}{PURPLE[module]}|{PURPLE[module]}\S* (?:\S+ ){{0,2}}{SPOTS[module]}"
                for module in SPOTS}

# Session 52 (issue 21 item 3, `languages_dev28.jsonl`): a burn of the face or the neck with the voice gone hoarse (the
# airway burnt: "la cara y el cuello quemados, la voz ronca", "chehra aur gardan jal gaye, awaaz baith gayi"). The burn's
# word is `grid.BURNT` (or, where it has none of a face's, these), the face's `FACE_NECK`.
BURNT_FACE = {
    "es": r"(?:quemad|quemo|quemaron)", "pt": r"(?:queimad|queimou)", "fr": r"(?:brule(?!\S)|brulee|brules)",  # not "brulures d'estomac"
    "de": r"(?:verbrann|verbrennung)", "it": r"(?:ustionat|ustioni|bruciat)", "ru": r"(?:обожж|ожог|обгорел)",
    "ar": r"(?:و|ف)?(?:محروق|محروقه|محروقين|انحرق|انحرقت|اتحرق|اتحرقت|احترق|احترقت)",
    "hi": r"(?:जल (?:गए|गया|गई|गयी)|झुलस)", "hi_latn": r"(?:jal (?:gaye|gaya|gayi|gai)|jhulas)",
    "id": r"(?:luka bakar|terbakar|kebakar|melepuh)", "tr": r"(?:yandi|yanmis|yanik)",
}
FACE_NECK = {
    "es": r"(?:cara|cuello|rostro|boca)", "pt": r"(?:rosto|cara|pescoco|boca)", "fr": r"(?:visage|cou(?!\S)|figure|bouche)",
    "de": r"(?:gesicht|hals(?!\S)|mund)", "it": r"(?:faccia|viso|collo|bocca)", "ru": r"(?:лиц|ше[яиюей](?!\S)|рот|губ)",
    "ar": r"(?:و|ف)?(?:ال)?(?:وش|وجه|وجهه|وشه|رقبه|رقبته|رقبتها|بقه|فمه)", "hi": r"(?:चेहरा|चेहरे|गर्दन|मुंह)",
    "hi_latn": r"(?:chehra|chehre|gardan|muh(?!\S)|munh)", "id": r"(?:muka|wajah|leher|mulut)", "tr": r"(?:yuz|boyn|agz)",
}
HOARSE = {
    "es": r"(?:voz (?:\S+ )?(?:ronca|rasposa|apagada)|ronco|ronca(?!\S)|afonic)",
    "pt": r"(?:voz (?:\S+ )?(?:rouca|sumindo|falhando)|rouco|rouca(?!\S))",
    "fr": r"(?:voix (?:\S+ )?(?:rauque|cassee|enrouee)|enroue|aphone)",
    "de": r"(?:heiser|stimme (?:\S+ )?(?:weg|krachzt|kraechzt|rau))",
    "it": r"(?:voce (?:\S+ )?(?:rauca|roca|fioca)|rauco|rauca(?!\S)|afon)",
    "ru": r"(?:осип|охрип|хрип|голос (?:\S+ )?(?:сел|пропал))",
    "ar": r"(?:و|ف)?(?:(?:صوته|صوتها|صوتو|الصوت) (?:\S+ )?(?:مبحوح|راح|متغير|مخنوق)|مبحوح|بحه)",
    "hi": r"(?:आवाज़|आवाज) (?:\S+ )?(?:बैठ|भारी|फट|नहीं निकल)",
    "hi_latn": r"(?:awaaz|awaz|aawaz|avaaz) (?:\S+ )?(?:baith|bhari|phat|nahi nikal)",
    "id": r"(?:suara(?:nya)? (?:\S+ )?(?:serak|hilang|habis)|serak)",
    "tr": r"(?:ses(?:i|im)? (?:\S+ )?(?:kisildi|kisik|cikmiyor)|kisildi)",
}

# ... and the pills named, tonight, and all of them to be taken ("stasera le prendo tutte insieme", "heute nacht nehm ich die
# alle", "esta noche me las tomo"), in any order across the message: a plan told without a word for the decision
# (`grid.DECIDED`). Not a question of whether one may ("puedo tomar todas las de la noche juntas?": `MAY_I`).
TAKE_ALL = {
    "es": r"(?:(?:me las|me los) (?:voy a )?(?:tomo|tomar|trago|tragar)|(?:tomo|tomar|trago|tragar)(?:me)?(?:las|los)? (?:\S+ )?(?:todas|todos))",
    "pt": r"(?:(?:tomo|tomar|engulo|engolir|tomar)(?: eles| elas)? (?:\S+ )?(?:todos|todas)|vou tomar (?:\S+ )?tudo)",
    "fr": r"(?:(?:les|je les) (?:\S+ )?(?:prends|prendre|avale|avaler)(?: \S+)? (?:toutes|tous)|(?:prendre|avaler) (?:toute la|toutes les|tous les))",
    "de": r"(?:(?:nehm|nehme|schluck|schlucke|werf|werfe|hau)\S* (?:ich )?(?:\S+ )?(?:die |sie )?alle(?!\S))",
    "it": r"(?:(?:le |li )?(?:prendo|prendero|ingoio|mando giu) (?:\S+ )?(?:tutte|tutti)|(?:prenderle|prenderli) (?:\S+ )?(?:tutte|tutti))",
    "ru": r"(?:(?:выпью|проглочу|съем|приму|выпить|проглотить|принять) (?:\S+ )?(?:все|их все|разом|пачку|упаковку))",
    "ar": r"(?:(?:ه|ح|رح |راح |ب)?(?:اخد|اخذ|اشرب|ابلع|ناخد|نشرب|نبلع)\S* (?:\S+ )?(?:كلها|كله|كلهم|الكل|مره وحده|مره واحده))",
    "hi": r"(?:(?:सारी|सब|सारे) (?:\S+ ){0,2}(?:खा|निगल) (?:लूंगा|लूंगी|लूँगा|लूँगी|जाऊंगा|जाऊंगी|लेना))",
    "hi_latn": r"(?:(?:saari|sari|sab|saare) (?:\S+ ){0,2}(?:kha|nigal) (?:lunga|lungi|loonga|loongi|jaunga|jaungi|lena))",
    "id": r"(?:(?:minum|telen|nelen|nenggak)\S* (?:\S+ )?(?:semua|semuanya|sekaligus|sekotak|sebotol))",
    "tr": r"(?:(?:hepsini|hepsi) (?:\S+ )?(?:icecegim|yutacagim|alacagim|icicem|yutcam|icerim|yutarim)"
    r"|(?:tum|butun) (?:\S+ )?(?:ilac|hap)\S* (?:\S+ )?(?:icip|icecegim|icicem|yutacagim|yutcam|yutup|alacagim))",
}
MAY_I = {
    "es": r"(?:puedo|se puede|debo|deberia|es malo|esta bien)", "pt": r"(?:posso|pode|devo|e ruim|tem problema)",
    "fr": r"(?:je peux|puis je|on peut|dois je|je dois|est ce grave)", "de": r"(?:darf|kann ich|soll ich|sollte ich|ist das schlimm)",
    "it": r"(?:posso|si puo|devo|dovrei|e grave|va bene)", "ru": r"(?:можно|могу ли|нужно ли|стоит ли|нормально ли)",
    "ar": r"(?:ينفع|ممكن|اقدر|يصير|يجوز|عادي)", "hi": r"(?:सकता|सकती|चाहिए|क्या)", "hi_latn": r"(?:sakta|sakti|chahiye|kya)",
    "id": r"(?:boleh|bisa|apakah|aman)", "tr": r"(?:olur mu|alabilir miyim|icebilir miyim|sakinca)",
}

# A headache that a painkiller takes away ("se me pasa con un paracetamol", "geht mit ibu weg", "проходит от таблетки"): not
# the sudden, worst headache the session-49 templates read, whatever it is compared to ("siento que me va a explotar").
EASED = {
    "es": r"(?:se (?:me |le )?(?:pasa|quita|calma) con|con (?:un |una )?(?:paracetamol|ibuprofeno|pastilla|aspirina) se (?:me |le )?(?:pasa|quita))",
    "pt": r"(?:passa com|melhora com|com (?:um |uma )?(?:dipirona|paracetamol|remedio|comprimido) passa)",
    "fr": r"(?:passe avec|ca passe (?:\S+ )?(?:doliprane|paracetamol|cachet)|un doliprane et ca passe)",
    "de": r"(?:geht (?:\S+ ){0,3}(?:ibu|ibuprofen|paracetamol|aspirin|tablette)\S* (?:\S+ )?weg|(?:ibu|paracetamol|tablette)\S* (?:\S+ ){0,3}hilft)",
    "it": r"(?:(?:mi |gli |le )?passa con|con (?:una |la )?(?:tachipirina|oki|moment|pastiglia) (?:mi |gli |le )?passa)",
    "ru": r"(?:проходит (?:от|после)|после (?:таблетки|цитрамона|парацетамола|ибупрофена) (?:\S+ )?проходит)",
    "ar": r"(?:(?:بيروح|يروح|تروح|بتروح|يخف|بيخف) (?:\S+ )?(?:ب|مع|بعد) (?:ال)?(?:حبه|بنادول|مسكن|دوا|بروفين))",
    "hi": r"(?:(?:गोली|दवा|दवाई|पैरासिटामोल|क्रोसिन)\S* (?:\S+ ){0,3}(?:ठीक हो|उतर) (?:जाता|जाती))",
    "hi_latn": r"(?:(?:goli|dawai|dawa|paracetamol|crocin|dolo)\S* (?:\S+ ){0,3}(?:theek ho|thik ho|utar) (?:jata|jati))",
    "id": r"(?:(?:hilang|sembuh|reda|mendingan) (?:\S+ )?(?:habis|setelah|kalau|kalo|pake) minum)",
    "tr": r"(?:(?:agri kesici|parol|aspirin|ilac)\S* (?:\S+ ){0,2}(?:gecer|geciyor|aliyor))",
}


# Session 53 (`languages_dev29.jsonl`): sepsis told as an infection with the mind gone and the body failing (the skin
# mottled or the breathing fast), where the session-49 template wanted the urine stopped: "mi abuela tiene infeccion de
# orina, hoy esta muy confundida ... la piel con manchas"; and a nosebleed that will not stop.
INFECTED = {
    "es": r"(?:infeccion|infectad|neumonia|pulmonia)", "pt": r"(?:infeccao|infeccionad|infectad|pneumonia)",
    "fr": r"(?:infection|infecte|pneumonie|pyelonephrite)", "de": r"(?:infekt|infektion|entzundung|lungenentzundung|blasenentzundung)",
    "it": r"(?:infezione|infett|polmonite|cistite)", "ru": r"(?:инфекц|воспален|цистит|пневмони)",
    "ar": r"(?:و|ف)?(?:ال)?(?:التهاب|عدوى|انفكشن|جرثومه|ميكروب)", "hi": r"(?:इन्फेक्शन|इंफेक्शन|संक्रमण|निमोनिया)",
    "hi_latn": r"(?:infection|infekshan|sankraman|pneumonia|nimonia)", "id": r"(?:infeksi|radang|pneumonia)",
    "tr": r"(?:enfeksiyon|iltihap|zaturre|enfekte)",
}
# The mind gone: `grid.CONFUSED` and the words of a grandparent muddled ("se confunde", "путается", "bingung").
MUDDLED = {
    "es": r"(?:confundid|desorientad|no reconoce)", "pt": r"(?:confus|desorientad|nao reconhece)",
    "fr": r"(?:confus|desoriente|ne reconnait)", "de": r"(?:verwirrt|desorientiert|erkennt (?:\S+ )?(?:niemand|uns nicht))",
    "it": r"(?:confus|disorientat|non riconosce)", "ru": r"(?:путает|путаетс|не узнает|бредит|заговарива|не соображ)",
    "ar": r"(?:و|ف)?(?:مخربط|يخربط|تخربط|بيخرف|بتخرف|تهلوس|يهلوس|مش مركز|مش عارف|ما تعرف|ما يعرف|مو واعي|مو واعيه)",
    "hi": r"(?:उलझ|भ्रम|बहकी|पहचान (?:नहीं|नही))", "hi_latn": r"(?:confused|uljh|bhram|behki|pehchan nahi|pehchaan nahi)",
    "id": r"(?:bingung|linglung|ngelantur|ngaco|ga kenal|gak kenal)", "tr": r"(?:bilinc\S* (?:\S+ )?bulanik|saskin|tanimiyor)",
}
# The body failing: the skin mottled or the breathing fast.
FAILING = {
    "es": r"(?:manchas|manchad|moteada|marmore|jaspead|respira (?:muy )?(?:rapid|agitad)|respiracion (?:muy )?rapida)",
    "pt": r"(?:manchad|manchas|marmore|respirando (?:muito )?rapido|respira (?:muito )?rapido|respiracao (?:muito )?rapida)",
    "fr": r"(?:marbr|taches|respire (?:tres |trop )?vite|respiration (?:tres )?rapide)",
    "de": r"(?:fleckig|marmoriert|atmet (?:ganz |sehr |total )?schnell|schnelle atmung)",
    "it": r"(?:chiazz|marezzat|respira (?:molto )?(?:veloc|in fretta|rapid)|respiro (?:molto )?(?:veloce|rapido))",
    "ru": r"(?:пятнист|мраморн|дышит (?:\S+ )?(?:часто|быстро)|частое дыхание)",
    "ar": r"(?:و|ف)?(?:مبقع|منقط|(?:ب)?(?:ي|ت)تنفس بسرعه|نفسه سريع|نفسها سريع)",
    "hi": r"(?:धब्बे|चकत्ते|सांस (?:\S+ ){0,2}तेज|तेज सांस)", "hi_latn": r"(?:dhabbe|chakatte|saans (?:\S+ ){0,2}(?:tez|tej))",
    "id": r"(?:belang|bercak|napas\S* (?:\S+ ){0,2}(?:cepat|cepet))", "tr": r"(?:alaca|benekli|hizli (?:\S+ )?nefes|nefes\S* (?:\S+ )?hizli)",
}
# A nosebleed, and its not stopping.
NOSEBLEED = {
    "es": r"(?:sangr\S* (?:\S+ ){0,2}nariz|nariz (?:\S+ ){0,3}sangr|hemorragia nasal|epistaxis)",
    "pt": r"(?:sangr\S* (?:\S+ ){0,2}nariz|nariz (?:\S+ ){0,3}sangr|sangue (?:\S+ ){0,2}nariz|epistaxe)",
    "fr": r"(?:saign\S* (?:\S+ )?du nez|nez (?:\S+ ){0,2}saign|saignement de nez|epistaxis)",
    "de": r"(?:nasenbluten|blutet (?:\S+ ){0,4}nase|nase (?:\S+ ){0,2}blutet)",
    "it": r"(?:sangu\S* (?:\S+ ){0,2}naso|naso (?:\S+ ){0,3}sangu|sangue (?:\S+ ){0,2}naso|epistassi)",
    "ru": r"(?:нос\S* (?:\S+ ){0,2}кров|кров\S* (?:\S+ ){0,2}(?:из )?нос|носов\S* кровотеч)",
    "ar": r"(?:(?:ال)?(?:خشم|انف|مناخير|منخار)\S* (?:\S+ ){0,3}(?:ي|ت|بي|بت)?(?:نزف|دم)|(?:نزيف|دم)\S* (?:\S+ ){0,3}(?:من )?(?:ال)?(?:خشم|انف|مناخير|منخار)|رعاف)",
    "hi": r"(?:नाक (?:\S+ ){0,2}खून|नकसीर|खून (?:\S+ ){0,2}नाक)",
    "hi_latn": r"(?:naak (?:\S+ ){0,2}khoon|nakseer|naksir|khoon (?:\S+ ){0,2}naak)",
    "id": r"(?:mimisan|hidung (?:\S+ ){0,2}(?:berdarah|darah)|darah (?:\S+ ){0,2}hidung)",
    "tr": r"(?:burn\S* (?:\S+ )?kan|burun kanamas)",
}
NOT_STOPPING = {
    "es": r"(?:no (?:se )?(?:para|paraba|detiene|corta|quita)(?!\S)|sin parar)", "pt": r"(?:nao (?:para|parava|estanca)(?!\S)|sem parar)",
    "fr": r"(?:s arrete pas|ne s arrete|sans arret)", "de": r"(?:h(?:o|oe)rt (?:\S+ )?nicht (?:mehr )?auf|nicht zu stoppen|nicht stillen)",
    "it": r"(?:non (?:si )?(?:ferma|smette|arresta)|senza sosta)", "ru": r"(?:не (?:останавл|прекраща|унима)|не остановить)",
    "ar": r"(?:و|ف)?(?:ما|مش|مو) (?:(?:راضي|راضيه|عايز|بدو|بغا) )?(?:(?:ب)?(?:ي|ت)وقف|وقف)",
    "hi": r"(?:रुक (?:\S+ )?(?:नहीं|नही)|बंद (?:\S+ )?(?:नहीं|नही) (?:हो|हुआ))",
    "hi_latn": r"(?:ruk (?:\S+ )?(?:nahi|nhi)|band (?:\S+ )?nahi (?:ho|hua))",
    "id": r"(?:(?:ga|gak|nggak|ngga|tidak|tdk|belum) (?:\S+ )?berhenti|ga mampet)", "tr": r"(?:durmuyor|dinmiyor|durmadi|kesilmiyor)",
}


# Session 54 (`languages_dev30.jsonl`): the kinds whose own signs were fewest in every lexicon. A seizure told by what the
# body does (it jerks, stiffens, convulses) with a second sign: it goes on, minutes said, foam at the mouth, the eyes
# rolled up ("en pleine crise, tout son corps tremble et se raidit depuis 5 min ... ca s arrete pas"). Plain trembling
# counts only with the mouth or the eyes (a chill or nerves tremble for minutes too).
SEIZING = {
    "es": r"(?:convuls|ataque epilep|crisis epilep|epileps|espasm|se sacude|sacudiendo|tieso|se puso rigid|le dio un ataque)",
    "pt": r"(?:convuls|ataque epilet|crise epilet|epileps|se debat|debatendo|estrebuch|espasm|se tremendo tod|ficou dur)",
    "fr": r"(?:convuls|crise d epilep|crise epilep|epilep|se raidi|raidit|secousse|spasme|soubresaut|tremble de partout"
    r"|(?:tout )?(?:son|le) corps (?:\S+ ){0,2}(?:tremble|secoue|se raidit|raide)|en pleine crise)",
    "de": r"(?:krampfanfall|krampft|zuckt|zuckungen|zucken|epilep|verkrampft|am ganzen korper (?:\S+ ){0,2}(?:zitter|zuck|steif|krampf))",
    "it": r"(?:convuls|crisi epilet|attacco epilet|epiless|spasm|si irrigidisc|irrigidit|scosse|trema tutt|si contorce)",
    "ru": r"(?:судорог|судорож|приступ эпилеп|эпилептич|припад|конвульс|бьется в|выгибает|трясет (?:\S+ )?(?:всего|всю|всем телом))",
    "ar": r"(?:و|ف)?(?:تشنج|بيتشنج|بتتشنج|يتشنج|تتشنج|متشنج|صرع|نوبه صرع|نوبة صرع|بيتنفض|بتتنفض|ينتفض|تنتفض|انتفاض|بينتفض|بتنتفض)",
    "hi": r"(?:दौरा|दौरे|मिर्गी|झटके (?:खा|आ|मार|ले)|अकड)",
    "hi_latn": r"(?:daura|daure|dora pad|mirgi|jhatke (?:kha|aa|maar|mar|le)|akad)",
    "id": r"(?:kejang|kelojotan|step(?!\S)|sawan|ayan|epilepsi)",
    "tr": r"(?:kriz gecir|nobet gecir|sara nobet|epilepsi|havale|kasil|kaskati|cirpin)",
}
TREMBLING = {
    "es": r"(?:tembl|tiembl|sacud)", "pt": r"(?:trem|trema|sacud)", "fr": r"(?:trembl|secou)", "de": r"(?:zitter|schuttel|zuck)",
    "it": r"(?:trem|scuot|scoss)", "ru": r"(?:трясет|трясло|дрож|дергает|дергается)", "ar": r"(?:و|ف)?(?:(?:ب)?(?:ي|ت)رجف|(?:ب)?(?:ي|ت)رتعش|رعشه|بيترعش|بتترعش)",
    "hi": r"(?:कांप|काँप|झटके)", "hi_latn": r"(?:kaanp|kaamp|kanp|jhatke)", "id": r"(?:gemeter|kejang|kelojotan|menggigil)",
    "tr": r"(?:titri|titre|sarsil)",
}
# The mouth foaming or drooling, or the eyes rolled up or fixed.
MOUTH_EYES = {
    "es": r"(?:espuma|babe|baba|ojos (?:en blanco|volteados|para atras|hacia arriba|virados|pa tras)|mirada (?:fija|perdida))",
    "pt": r"(?:espuma|baba|babando|olho\S* (?:revirad|virad|pra cima|branco)|olhar (?:fixo|parado|perdido))",
    "fr": r"(?:bave|mousse|ecume|yeux (?:revulses|a l envers|vers le haut|blancs)|regard (?:fixe|dans le vide))",
    "de": r"(?:schaum|sabber|augen (?:\S+ )?(?:verdreht|nach oben)|verdrehte augen|starrer blick|starrt ins leere)",
    "it": r"(?:bava|schiuma|occhi (?:all indietro|rovesciat|girat|in su|bianch|sbarrat)|sguardo (?:fisso|perso))",
    "ru": r"(?:пена|пену|пеной|слюн|глаза закатил|закатил\S* глаза|закатывает глаза|взгляд (?:\S+ )?(?:стеклян|в одну точку))",
    "ar": r"(?:و|ف)?(?:ال)?(?:رغوه|رغاوي|زبد|ريال|لعاب|عين\S* (?:\S+ )?(?:مقلوب|طالع|فوق|بيضا|مبحلق)|مقلب عين|عيونه (?:\S+ )?فوق)",
    "hi": r"(?:झाग|लार|आंख\S* (?:\S+ )?(?:ऊपर|पलट)|आँख\S* (?:\S+ )?(?:ऊपर|पलट))",
    "hi_latn": r"(?:jhaag|jhag|laar|aankh\S* (?:\S+ )?(?:upar|uppar|palat)|ankh\S* (?:\S+ )?(?:upar|palat))",
    "id": r"(?:busa|berbusa|ngeces|mata\S* (?:\S+ )?(?:ke atas|mendelik|melotot|putih semua))",
    "tr": r"(?:kopuk|salya|goz\S* (?:\S+ )?(?:yukari|kaydi|devril|dondu|beyaz))",
}
# Minutes said: how long it has gone on ("hace 5 minutos", "5 dakikadir", "минут 5").
MINUTES = (r"(?:\d+ (?:min|minut|minuti|minuten|minutes|dakika|menit|мин|دقي|دقا|मिनट)|(?:мин\S*|minut\S*|dakika\S*) \d+(?!\S)"
           r"|(?:دقيقه|دقايق|دقائق) \d+(?!\S))")
# Pulled out of the water, or found floating in it (a pool, the sea, a lake, a river, a bath).
WATER = {
    "es": r"(?:alberca|piscina|pileta|mar(?!\S)|el mar|lago|rio(?!\S)|tina|banera|agua)",
    "pt": r"(?:piscina|mar(?!\S)|lago|rio(?!\S)|represa|banheira|agua)",
    "fr": r"(?:piscine|mer(?!\S)|lac(?!\S)|riviere|baignoire|bain|eau)",
    "de": r"(?:pool|schwimmbad|becken|see(?!\S)|meer|fluss|badewanne|wasser)",
    "it": r"(?:piscina|mare|lago|fiume|vasca|acqua)",
    "ru": r"(?:бассейн|мор|озер|рек|ванн|воды|воде|водоем)",
    "ar": r"(?:و|ف)?(?:ال)?(?:مسبح|بيسين|حمام السباحه|بحر|البحر|ترعه|نهر|بانيو|مي|مايه|ميه|ماء)",
    "hi": r"(?:पूल|स्विमिंग|तालाब|नदी|समुद्र|पानी|टब)",
    "hi_latn": r"(?:pool|swimming|talab|taalab|nadi|samundar|paani|pani|tub)",
    "id": r"(?:kolam|laut|pantai|danau|sungai|bak mandi|air(?!\S))",
    "tr": r"(?:havuz|deniz|gol(?:de|den)|nehir|nehr|dere|kuvet|sudan|suda(?!\S))",
}
PULLED_OUT = {
    "es": r"(?:sac(?:amos|aron|o|ado|ada)|rescat|flotando|boca abajo|se hundi|se fue al fondo)",
    "pt": r"(?:tir(?:amos|aram|ou|ado|ada)|resgat|boiando|de brucos|afund)",
    "fr": r"(?:sorti|repech|flottait|flotte|sur le ventre|coule|au fond)",
    "de": r"(?:rausgezogen|herausgezogen|rausgeholt|gezogen|trieb|treibend|mit dem gesicht nach unten|untergegangen)",
    "it": r"(?:tirat\S* fuori|ripescat|salvat|galleggiava|a faccia in giu|andat\S* sotto|affondat)",
    "ru": r"(?:вытащил|достал|плавал лицом вниз|лицом вниз|ушел под воду|ушла под воду|тонул|тонула)",
    "ar": r"(?:و|ف)?(?:طلعنا|طلعناه|طلعناها|طلعوه|طلعوها|سحبناه|سحبناها|طلعته|طافي|طافيه|غطس|غرق|غرقان|غرقانه)",
    "hi": r"(?:निकाला|निकाली|बाहर निकाल|उल्टा तैर|डूब)",
    "hi_latn": r"(?:nikala|nikaali|nikali|bahar nikal|ulta tair|doob|dub gaya|dub gayi)",
    "id": r"(?:diangkat|ditarik|dikeluarin|dikeluarkan|ngambang|mengambang|telungkup|tenggelam|kelelep)",
    "tr": r"(?:cikardik|cikardilar|cikarildi|yuzustu|batti|bogul)",
}
# After it: the breath weak or gone, the eyes closed, no answer, blue.
AFTER_WATER = {
    "es": r"(?:respira (?:muy )?(?:poco|poquito|apenas|mal|debil|raro)|apenas respira|casi no respira|no respira|no abre (?:los )?ojos"
    r"|no despierta|no reacciona|no responde|morad|azul|inconscien)",
    "pt": r"(?:respirando (?:\S+ )?(?:fraquinho|fraco|pouco|mal)|respira (?:\S+ )?(?:fraco|pouco|mal)|quase nao respira|nao respira"
    r"|nao abre (?:os )?olhos|nao acorda|nao reage|nao responde|roxo|roxa|azul|desacordad|inconscien)",
    "fr": r"(?:respire (?:a peine|mal|plus|pas|faiblement|tres peu)|ouvre pas les yeux|ouvre plus les yeux|reagit (?:plus|pas)|repond (?:plus|pas)"
    r"|se reveille pas|bleu|inconscien)",
    "de": r"(?:atmet (?:kaum|nicht|schwach|komisch)|augen nicht auf|macht die augen nicht|reagiert nicht|wacht nicht auf|blau|bewusstlos)",
    "it": r"(?:respira (?:pochissimo|poco|male|appena|a fatica)|non respira|non apre (?:gli )?occhi|non (?:si )?(?:sveglia|risponde|reagisce)"
    r"|viola|blu(?!\S)|cianotic|incoscien|svenut)",
    "ru": r"(?:еле дышит|почти не дышит|не дышит|дышит (?:\S+ )?(?:слабо|плохо|редко)|глаза не открывает|не открывает глаза|не реагирует"
    r"|не приходит в себя|без сознания|синий|синяя|посинел)",
    "ar": r"(?:و|ف)?(?:(?:ي|ت)تنفس بصعوبه|نفسه (?:\S+ )?ضعيف|نفسها (?:\S+ )?ضعيف|(?:مش|ما|مو) (?:ب)?(?:ي|ت)(?:تنفس|فتح|صحى|صحي|رد)"
    r"|مغمى|فاقد الوعي|ازرق|زرقا)",
    "hi": r"(?:(?:धीरे|हल्की|कम) (?:\S+ )?सांस|सांस (?:\S+ )?(?:नहीं|नही)|आंखें नहीं खोल|आँखें नहीं खोल|होश (?:नहीं|नही)|बेहोश|नीला|नीले)",
    "hi_latn": r"(?:(?:dheere|dhire|halki|kam) (?:\S+ )?saans|saans (?:\S+ )?(?:nahi|ruk)|aankhe\S* (?:\S+ )?(?:nahi|nhi) khol|hosh nahi"
    r"|behosh|neela|neele|neeli)",
    "id": r"(?:napas\S* (?:\S+ )?(?:lemah|pelan|dikit|gak ada|ga ada)|(?:gak|ga|tidak|nggak) (?:napas|nafas|sadar|bangun|respon)"
    r"|mata\S* (?:\S+ )?(?:gak|ga|tidak|nggak) (?:kebuka|terbuka|buka)|pingsan|biru)",
    "tr": r"(?:zor nefes|nefes (?:\S+ )?(?:almiyor|alamiyor|zayif)|goz\S* (?:\S+ )?acmiyor|tepki vermiyor|uyanmiyor|bilinci kapali|baygin|morar)",
}
# Asthma, or its inhaler, named with the words gone: "no puedo ni hablar", "говорить не могу", "bol bhi nahi pa raha"
# (an attack too bad to speak through).
ASTHMA = {
    "es": r"(?:asma|asmatic|inhalador|salbutamol|ventolin|bombita|puff)", "pt": r"(?:asma|asmatic|bombinha|aerolin|inalador|salbutamol)",
    "fr": r"(?:asthm|ventoline|inhalateur|pompe|bouffee)", "de": r"(?:asthma|spray|inhalator|hube|hub(?!\S))",
    "it": r"(?:asma|asmatic|ventolin|inalatore|spray|spruzz)", "ru": r"(?:астм|ингалятор|сальбутамол|беротек|пшик)",
    "ar": r"(?:و|ف)?(?:ال)?(?:ربو|ازمه|بخاخ|فنتولين)", "hi": r"(?:अस्थमा|दमा|इनहेलर|पंप)",
    "hi_latn": r"(?:asthma|asthama|dama|inhaler|pump)", "id": r"(?:asma|inhaler|ventolin|semprot)",
    "tr": r"(?:astim|inhaler|fisfis|ventolin)",
}
CANNOT_SPEAK = {
    "es": r"(?:no (?:puedo|puede|podia) (?:ni )?hablar|ni hablar puedo|no (?:me )?salen las palabras)",
    "pt": r"(?:(?:nao|nem) consig\S* (?:nem )?falar|nao (?:da|dá) pra falar)",
    "fr": r"(?:(?:arrive|peux|peut|parviens) (?:plus|pas) (?:a )?parler|peut plus parler)",
    "de": r"(?:kann (?:kaum|nicht|nicht mehr|gar nicht) (?:\S+ )?(?:sprechen|reden)|kein wort raus)",
    "it": r"(?:non riesc\S* (?:piu )?(?:a )?parlare|non (?:\S+ )?parla piu)",
    "ru": r"(?:говорить не (?:могу|может)|не (?:могу|может) (?:\S+ )?говорить|слова не (?:могу|может) сказать)",
    "ar": r"(?:(?:مش|ما|مو) (?:قادر|قادره|اقدر|بقدر|يقدر|تقدر) (?:ا|ي|ت)?(?:تكلم|اتكلم|احكي|يحكي|تحكي|اهدر))",
    "hi": r"(?:बोल (?:भी |तक )?(?:नहीं|नही) (?:पा|सक))",
    "hi_latn": r"(?:bol (?:bhi |tak )?(?:nahi|nhi) (?:pa|sak))",
    "id": r"(?:(?:gak|ga|gk|tidak|nggak|ngga) bisa (?:ngomong|bicara)|ngomong (?:aja |pun )?(?:gak|ga|tidak|nggak) bisa|susah ngomong)",
    "tr": r"(?:konusamiyor|konusamiyorum|konusam(?:a|i)z)",
}
# Asthma named as mild, with a little wheeze or breathlessness (`A_BIT`): a question of the everyday kind ("tengo asma leve
# y con el resfriado silbo un poquito"), not an attack; taken back unless something blue or stopped, or the words gone.
MILD_ASTHMA = {
    "es": r"(?:asma (?:leve|ligera|controlad))", "pt": r"(?:asma (?:leve|controlad))",
    "fr": r"(?:asthme (?:leger|legere|controle))", "de": r"(?:leicht\S* asthma|asthma (?:ist )?leicht)",
    "it": r"(?:asma (?:lieve|leggera|controllat))", "ru": r"(?:легк\S* астм|астма (?:\S+ )?легк)",
    "ar": r"(?:(?:ال)?ربو (?:خفيف|بسيط))", "hi": r"(?:(?:हल्का|हल्की) (?:सा )?(?:अस्थमा|दमा))",
    "hi_latn": r"(?:(?:halka|halki) (?:sa )?(?:asthma|dama))", "id": r"(?:asma (?:ringan|ringan aja))", "tr": r"(?:hafif (?:bir )?astim)",
}


def _session54(module: str) -> dict[str, tuple[str, ...]]:
    """Category -> the session-54 templates in `module`'s language: a seizure by what the body does with a second sign;
    a drowning by the water left and the breath weak after it; asthma with the words gone."""
    if module not in SEIZING:
        return {}
    second = rf"(?:{NOT_STOPPING[module]}|{MINUTES}|{MOUTH_EYES[module]})"
    out_of_water = rf"(?:{PULLED_OUT[module]}\S* (?:\S+ ){{0,4}}{WATER[module]}|{WATER[module]}\S* (?:\S+ ){{0,4}}{PULLED_OUT[module]})"
    return {
        "seizure": (*_either(SEIZING[module], second), *_either(TREMBLING[module], MOUTH_EYES[module])),
        "drowning": (rf"(?<=^ ){_with(out_of_water)}{ANY}{AFTER_WATER[module]}",),
        "breathing": _either(ASTHMA[module], CANNOT_SPEAK[module]),
    }

def _session53(module: str, namespace: dict | None) -> dict[str, tuple[str, ...]]:
    """Category -> the session-53 templates in `module`'s language: sepsis by an infection or a fever, the mind and a body
    failing; a nosebleed that does not stop."""
    if module not in INFECTED:
        return {}
    fever = AR_FEVER if module == "ar" else (namespace or {}).get("FEVER")
    infected = f"(?:{INFECTED[module]}|{fever})" if fever else INFECTED[module]
    mind = f"(?:{MUDDLED[module]}|{CONFUSED[module]})"
    return {"sepsis_meningitis": (rf"(?<=^ ){_with(infected)}{_with(mind)}{ANY}{FAILING[module]}",),
            "bleeding": _either(NOSEBLEED[module], NOT_STOPPING[module])}


def _session52(module: str, namespace: dict | None) -> dict[str, tuple[str, ...]]:
    """Category -> the session-52 templates in `module`'s language: the face or the neck burnt with the voice hoarse; the
    pills, tonight, all of them."""
    if module not in BURNT_FACE:
        return {}
    out = {"burns": (rf"(?<=^ ){_with(BURNT_FACE[module])}{_with(FACE_NECK[module])}{ANY}{HOARSE[module]}",)}
    pills = (namespace or {}).get("PILLS")
    if pills:
        out["self_harm"] = (rf"{_unless(MAY_I[module])}{_with(f'(?:ال)?{pills}')}{_with(TONIGHT[module])}{ANY}{TAKE_ALL[module]}",)
    return out


def _session51(module: str, namespace: dict | None) -> dict[str, tuple[str, ...]]:
    """Category -> the session-51 templates in `module`'s language (see the tables above); `namespace`: the module's own
    names (its `FEVER`)."""
    if module not in STOPPED_BREATHING:
        return {}
    fell = rf"(?:{FELL_DOWN[module]}\S* (?:\S+ ){{0,4}}(?:ال)?{HIGH_PLACE[module]}|{HIGH_PLACE[module]}\S* (?:\S+ ){{0,3}}{FELL_DOWN[module]})"
    head = (rf"(?:{BRAIN[module]}|{BLOOD[module]}\S* (?:\S+ ){{0,3}}{EAR_HEAD[module]}"
            rf"|{EAR_HEAD[module]}\S* (?:\S+ ){{0,3}}{BLOOD[module]})")
    soon = rf"(?:{TONIGHT[module]}|{NEAR[module]})"
    fever = AR_FEVER if module == "ar" else (namespace or {}).get("FEVER")
    meningitis = (rf"(?<=^ ){_with(fever)}{_with(NECK[module])}{ANY}{LIGHT[module]}",
                  rf"(?<=^ ){_with(fever)}{ANY}{PURPLE_SPOTS[module]}") if fever else ()
    return {
        "sepsis_meningitis": meningitis,
        "breathing": (STOPPED_BREATHING[module],),
        "heat_stroke": _either(NO_SWEAT[module], rf"(?:{HEAT_SIGNS[module]}|{CONFUSED[module]})"),
        "burns": (rf"{_unless(SMALL_BURN[module])}{ANY}{HOT_LIQUID[module]}\S* {W}{BLISTERS[module]}",
                  rf"{_unless(SMALL_BURN[module])}{ANY}{BLISTERS[module]}\S* {W}{HOT_LIQUID[module]}"),
        "head_injury": (rf"(?<=^ ){_with(fell)}{ANY}{head}",),
        "stroke": _either(SUDDEN[module], rf"(?:{ONE_EYE[module]}|{SLURRED[module]})"),
        "self_harm": (rf"(?<=^ ){_with(f'(?:{FAREWELL[module]}|{GAVE_AWAY[module]})')}{_with(soon)}{ANY}{END_PLACE[module]}",),
        "poisoning": (rf"(?<=^ ){_with(HEATER[module])}{_with(CO_SIGN[module])}{ANY}(?:{ALL_OF_US[module]}|{BRAIN[module]})",),
    }


# Conditions on the whole message, for a pattern compiled after the text's leading space (`lexicons._compile`): each
# word is read from its start ("ip" is not the end of "tip").
ANY = r"(?:.* )?"  # then, at any later word


def _unless(guard: str) -> str:
    """At the message's start: `guard` is nowhere in it."""
    return rf"(?<=^ )(?!{ANY}{guard})"


def _with(word: str) -> str:
    """`word` is somewhere in the message (a lookahead, after `_unless` or `(?<=^ )`)."""
    return rf"(?={ANY}{word})"


def _either(a: str, b: str, gap: str = W) -> tuple[str, str]:
    return rf"{a}\S* {gap}{b}", rf"{b}\S* {gap}{a}"


def signs(module: str, namespace: dict | None = None, pain: str = "", chest: str = "") -> dict[str, tuple[str, ...]]:
    """Category -> patterns of the kinds above in the lexicon `module`'s language (keyed by module: Russian and Arabic
    in Latin letters have no words here). `pain`, `chest`: the language's `grid.PAIN` and `grid.CHEST` words;
    `namespace`: the module's own names (its `PILLS`)."""
    if module not in VOMITED:
        return {}
    blood, vomited = BLOOD[module], VOMITED[module]
    black_stool = rf"(?:{STOOL[module]}\S* (?:\S+ ){{0,3}}{BLACK[module]}|{BLACK[module]}\S* (?:\S+ ){{0,2}}{STOOL[module]})"
    gi = (
        rf"{vomited}\S* (?:\S+ ){{0,4}}(?:{blood}|{COFFEE[module]})",
        rf"(?:melena|melaena|teerstuhl|schwarzstuhl|мелен)\S* {W}{FAINT[module]}",
        rf"(?:{blood}|{COFFEE[module]})\S* (?:\S+ ){{0,3}}{vomited}",
        *_either(black_stool, FAINT[module]),
    )
    breathless = BREATHLESS[module]
    swollen_leg = rf"(?:{LEG[module]}\S* (?:\S+ ){{0,3}}{SWELLING[module]}|{SWELLING[module]}\S* (?:\S+ ){{0,2}}{LEG[module]})"
    chest_pain = (
        rf"(?:(?:{pain}|{STAB[module]})\S* (?:\S+ ){{0,3}}{chest}|{chest}\S* (?:\S+ ){{0,2}}(?:{pain}|{STAB[module]}))"
    )
    clot = (
        *_either(breathless, swollen_leg),
        *_either(TRIP[module], breathless),
        rf"{breathless}\S* {W}{COUGHED[module]}\S* (?:\S+ ){{0,2}}{blood}",
        rf"{COUGHED[module]}\S* (?:\S+ ){{0,2}}{blood}\S* {W}{breathless}",
    )
    diabetic = rf"(?:{DIABETIC[module]}|{LOW_SUGAR[module]}|{INSULIN})"
    shaky_sweaty = rf"(?:{SHAKY[module]}\S* {W}{SWEATY[module]}|{SWEATY[module]}\S* {W}{SHAKY[module]})"
    hypo = (
        *_either(diabetic, SEVERE_HYPO[module]),
        # insulin taken, told anywhere in a long message with a sign of the brain anywhere ("insulin leke khana nahi khaya,
        # ab pasine mein ... kuch samajh nahi aa raha"; session 49)
        rf"(?<=^ ){_with(INSULIN)}{ANY}{SEVERE_HYPO[module]}",
        # shaking and sweating with a diabetes or a low named, unless it comes and goes or is asked about
        rf"{_unless(OCCASIONAL[module])}{ANY}(?:{diabetic}\S* {W}{shaky_sweaty}|{shaky_sweaty}\S* {W}{diabetic})",
    )
    negated = "".join(f"(?<! {word} )" for word in NEGATION[module])
    swallow = rf"{negated}{SWALLOW_ANY[module]}"
    household = HOUSEHOLD[module]
    poisoning = (rf"{swallow}\S* (?:\S+ ){{0,4}}{household}", rf"{household}\S* (?:\S+ ){{0,3}}{swallow}")
    pills = (namespace or {}).get("PILLS")
    overdose = (
        (rf"{swallow}\S* (?:\S+ ){{0,4}}{pills}\S* (?:\S+ ){{0,5}}{GRAND[module]}",
         rf"{GRAND[module]}\S* (?:\S+ ){{0,3}}{pills}\S* (?:\S+ ){{0,3}}{swallow}",
         # the pills, whose they are, then the verb ("tabletten von oma genommen"; round 18)
         rf"{pills}\S* (?:\S+ ){{0,2}}{GRAND[module]}\S* (?:\S+ ){{0,2}}{swallow}",
         # the verb, whose they are, then the pills ("наелся бабушкиных таблеток"; session 52)
         rf"{swallow}\S* (?:\S+ ){{0,2}}{GRAND[module]}\S* (?:\S+ ){{0,2}}{pills}",
         # pills with alcohol, and the person drowsy now, in any order
         rf"(?<=^ ){_with(f'(?:ال)?(?:{pills}|{DRUGS})')}{_with(ALCOHOL[module])}{ANY}{DROWSY[module]}")
        if pills
        else ()
    )
    if module == "id":  # a box or a bottle said as one word ("minum sekotak alprazolam")
        overdose += (rf"{swallow}\S* (?:\S+ ){{0,3}}(?:sekotak|sebotol|sestrip|sepapan|sebungkus|satu (?:kotak|botol|strip|papan))",)
    burns = (
        rf"{BOILING[module]}\S* {W}(?:{SKIN_OFF[module]}|{TRUNK[module]})",
        rf"{SKIN_OFF[module]}\S* {W}{BOILING[module]}",
    )
    if pills:  # ten or more pills taken, the verb first or (where the language puts it last) after
        took = rf"(?:{TOOK[module]}|{SWALLOW_ANY[module]})"
        medicine = rf"(?:ال)?(?:{pills}|{DRUGS})"
        overdose += (rf"{negated}{took}\S* (?:\S+ ){{0,3}}{MANY} {FILLER}{medicine}",
                     rf"{MANY} {FILLER}{medicine}\S* (?:\S+ ){{0,2}}{took}")
    rope = rf"{_unless(ROPE_USE[module])}{ANY}"
    self_harm = (rf"{rope}{ROPE[module]}\S* {W}{TONIGHT[module]}", rf"{rope}{TONIGHT[module]}\S* {W}{ROPE[module]}",
                 rf"{_unless(BURDEN_ENDS[module])}{ANY}{BURDEN[module]}")
    self_harm += (LAST_DAY[module],)
    anaphylaxis = _either(HIVES[module], rf"(?:{FAINT[module]}|{breathless})")
    stroke = (rf"{HALF[module]}\S* (?:\S+ ){{0,4}}{NUMB[module]}", rf"{NUMB[module]}\S* (?:\S+ ){{0,3}}{HALF[module]}")
    kinds = {
        "gi_bleed": gi,
        "pe_dvt": clot,
        "cardiac": (*_either(chest_pain, breathless),
                    *_either(rf"(?:{pain}\S* (?:\S+ ){{0,3}}{JAW_ARM[module]}|{JAW_ARM[module]}\S* (?:\S+ ){{0,2}}{pain})",
                             COLD_SWEAT[module])) if pain else (),
        "diabetic": hypo,
        "poisoning": poisoning,
        "overdose": overdose,
        "burns": burns,
        "self_harm": self_harm,
        "bleeding": _either(CUT[module], GUSH[module]) if module in CUT else (),
        "anaphylaxis": anaphylaxis,
        "stroke": stroke,
    }
    # session 48: a venomous bite or sting, carbon monoxide with its sign, a hypothermia with the brain or the shivering gone
    kinds["poisoning"] += (*_either(VENOMOUS[module], BIT[module], N), *_either(CO_NAMED[module], CO_SIGN[module]))
    kinds["hypothermia"] = _either(COLD_BODY[module], rf"(?:{STOPPED_SHIVERING[module]}|{BRAIN[module]}|{CONFUSED[module]})")
    # session 49: sepsis by its three signs, anywhere in the message
    fever = AR_FEVER if module == "ar" else (namespace or {}).get("FEVER")
    if fever:
        kinds["sepsis_meningitis"] = (rf"(?<=^ ){_with(fever)}{_with(f'(?:{CONFUSED[module]}|{BRAIN[module]})')}{ANY}"
                                      rf"{NO_URINE[module]}",)
    # session 49: the worst headache of a life, or a sudden one with vomiting or blurred eyes
    head = HEAD[module]
    kinds["stroke"] += (*_either(head, WORST_EVER[module]),
                        rf"(?=(?:\S+ ){{0,4}}{head}){WORST_EVER[module]}",  # the headache inside: "pior dor de cabeca da vida"
                        rf"(?<=^ ){_with(SUDDEN[module])}(?={ANY}{head}){ANY}(?:{vomited}|{VISION[module]})")
    if module == "ar":
        kinds["infant_child"] = _either(AR_AGE, AR_FEVER)
    for category, patterns in (*_session51(module, namespace).items(), *_session52(module, namespace).items(),
                                *_session53(module, namespace).items(), *_session54(module).items()):
        kinds[category] = kinds.get(category, ()) + patterns
    return {category: patterns for category, patterns in kinds.items() if patterns}


# ... or the writer (or the one it happened to) fine NOW, after a long past ("el año pasado tuve una reacción alergica
# fuerte, ahora estoy bien", "दो साल पहले लकवा मारा था, अब ठीक हैं"; round 22), with no "but" after it that tells a now.
FINE_NOW = {
    "es": r"(?:ahora|ya|hoy) (?:ya |todo |el |ella |esta |estoy )?(?:estoy|esta|estamos|estan|me siento|se siente) (?:muy |super )?bien",
    "pt": r"(?:agora|hoje|ja) (?:ja |tudo |ele |ela )?(?:to|estou|esta|ta|estamos|me sinto|se sente) (?:muito |super )?bem",
    "fr": r"(?:maintenant|aujourd hui) (?:je vais|il va|elle va|ca va|on va|tout va) (?:tres )?bien",
    "de": r"(?:jetzt|heute|inzwischen|mittlerweile) (?:geht es|gehts|geht s|ist alles|ist er|ist sie|bin ich) (?:mir |ihm |ihr )?"
    r"(?:wieder )?(?:gut|fit|gesund)",
    "it": r"(?:ora|adesso|oggi) (?:lui |lei |io )?(?:sto|sta|stiamo|stanno) (?:molto )?(?:bene|benissimo)",
    "ru": r"(?:сейчас|теперь) (?:он |она |я |уже )?(?:все )?(?:хорошо|нормально|в порядке|здоров)",
    "ar": r"(?:و|ف)?(?:الحين|دلوقتي|هلق|هلا|الان|اليوم|هلأ|دابا) (?:هو |هي |انا |الحمد لله )?(?:بخير|كويس|كويسه|تمام|منيح|منيحه|زين"
    r"|احسن|لاباس|مزيان|مزيانه|مليح|مليحه|بيخير|طيب|طيبه)",
    "hi": r"अब (?:वो |वह |मैं )?(?:बिल्कुल )?(?:ठीक|स्वस्थ) (?:है|हैं|हूं|हूँ|हो)",
    "hi_latn": r"(?:ab|abhi) (?:wo |woh |vo |main |mai )?(?:bilkul )?(?:theek|thik|fit) (?:hai|hain|hu|hoon|hun|ho)",
    "id": r"(?:sekarang|skrg|udah|sudah) (?:dia |aku |gue |saya |udah |sudah )?(?:baik|sehat|sembuh|gapapa|ga papa)",
    "tr": r"(?:simdi|artik|su an) (?:o |ben )?(?:iyi|iyiyim|iyiler|saglikli)",
}
# ... or walking again, or on a treatment now, after a long past ("el ano pasado le dio un derrame, ahora ya camina", "taun
# lalu dirawat gara2 stroke, sekarang udah bisa jalan sendiri"; session 50: a relative's past care asked about)
RECOVERING = {
    "es": r"(?:ahora|ya) (?:ya |el |ella )?(?:camina|anda|toma (?:su |sus )?(?:medicina|pastillas|medicamento|tratamiento))",
    "pt": r"(?:agora|ja) (?:ja |ele |ela )?(?:anda|caminha|toma (?:o |os |um )?(?:remedio|medicamento))",
    "fr": r"maintenant (?:il|elle) (?:remarche|marche|prend (?:un|son) traitement)",
    "de": r"(?:jetzt|inzwischen|mittlerweile) (?:lauft|laeuft|geht) (?:er|sie) wieder|(?:jetzt|inzwischen) nimmt (?:er|sie) ",
    "it": r"(?:ora|adesso) (?:\S+ )?(?:cammina|prende (?:le |i |un )?(?:pastiglie|farmaci|medicine|terapia))",
    "ru": r"(?:сейчас|теперь) (?:\S+ )?(?:ходит|принимает)",
    "ar": r"(?:و|ف)?(?:الحين|دلوقتي|هلق) (?:\S+ )?(?:يمشي|تمشي|بيمشي|بتمشي|ماشي) (?:عادي|كويس|طبيعي)",
    "hi": r"अब (?:\S+ ){0,2}(?:चलने लग|चल (?:लेते|लेती|पाते|पाती))",
    "hi_latn": r"ab (?:\S+ ){0,2}(?:chalne lag|chal (?:lete|leti|pate|pati))",
    "id": r"(?:sekarang|skrg) (?:\S+ ){0,2}(?:bisa jalan|jalan sendiri|minum obat)",
    "tr": r"(?:simdi|artik) (?:\S+ )?(?:yuruyor|yuruyebiliyor|ilac kullaniyor)",
}
# a "but" after the fine now tells what is happening (`FINE_NOW` does not count then)
BUT = r"(?:pero|mas|mais|aber|ma|но|لكن|بس|bas|lekin|par|magar|tapi|ama|fakat|però|doch|jedoch|sin embargo|cependant)"


def frames(module: str) -> tuple[str, ...]:
    """The language's "what do I do if someone..." first-aid question, and a long past that went well, framed off
    as coursework is."""
    if module not in HYPOTHETICAL:
        return ()
    return (HYPOTHETICAL[module], rf"(?<=^ ){_with(LONG_AGO[module])}{ANY}{WENT_WELL[module]}",
            rf"(?<=^ ){_with(LONG_AGO[module])}{ANY}{FINE_NOW[module]}(?!.* {BUT} )",
            rf"(?<=^ ){_with(LONG_AGO[module])}{ANY}{SINCE_NONE[module]}(?!.* {BUT} )",
            rf"(?<=^ ){_with(LONG_AGO[module])}{ANY}{RECOVERING[module]}(?!.* {BUT} )")


def asked(module: str) -> tuple[str, ...]:
    """What the language's `EDUCATIONAL` gains: died of it, does it run in families."""
    return (ASKED[module],) if module in ASKED else ()


# Water, where the language's word for choking is also drowning's ("cocukken denizde bogulacaktim"; session 52).
WATER_NAMED = {"tr": r"(?:havuz|deniz|gol(?:de|e|den)|nehir|nehr|dere(?:de|ye)|baraj|su(?:da|ya|dan)(?!\S))"}


def _mild_breath(module: str) -> str:
    """Breathless a little (or sometimes) on the stairs or a walk, with nothing blue or stopped said."""
    return rf"{_unless(STOPPED)}{_with(A_BIT[module])}{ANY}{CLIMB[module]}"


def every_sign_guards(module: str) -> dict[str, str]:
    """Category -> what takes back the lexicon's own signs as well as the templates': a diabetic's shaking that comes
    and goes, asked about, with no sign of the brain; breathlessness on the stairs or a walk, nothing blue or stopped."""
    if module not in VOMITED:
        return {}
    return {
        # ... or over now ("se le bajo el azucar, le dimos jugo y ya esta bien"; session 50): as the templates' low is
        "diabetic": rf"{_unless(SEVERE_HYPO[module])}{ANY}{OCCASIONAL[module]}|{NOW_FINE[module]}",
        # ... or a little wheeze of an asthma named as mild, nothing blue or stopped and the words not gone (session 54)
        "breathing": rf"{_mild_breath(module)}|{_unless(STOPPED)}(?!{ANY}{CANNOT_SPEAK[module]})"
                     rf"(?={ANY}{MILD_ASTHMA[module]}){ANY}{A_BIT[module]}",
        # a near-drowning or a shock months or years ago is a history ("hace dos anos casi se ahoga, ahora le da miedo el
        # agua"): the lexicons' own drowning and shock signs read no time (session 48)
        "drowning": LONG_AGO[module],
        "electric_shock": LONG_AGO[module],
        # ... and so is choking's, where its word is drowning's too (Turkish "bogul"), with the water named (session 52)
        **({"choking": rf"(?<=^ )(?={ANY}{WATER_NAMED[module]})(?={ANY}{LONG_AGO[module]})"} if module in WATER_NAMED else {}),
        # a neck stiff from sleeping wrong is no meningitis ("leherku agak kaku gara2 salah bantal, gak demam"; session 51)
        "sepsis_meningitis": SLEPT_WRONG[module],
    }


def guards(module: str) -> dict[str, str]:
    """Category -> what takes these kinds' signs back: a low over now; a little blood; breathlessness that is mild."""
    if module not in VOMITED:
        return {}
    return {
        "diabetic": NOW_FINE[module],
        "gi_bleed": f"{LITTLE[module]}|{NOT_MUCH[module]}",
        "pe_dvt": f"{_mild_breath(module)}|{LONG_AGO[module]}",
        "hypothermia": FROZEN_ME[module],
        "stroke": EASED[module],  # session 52: a headache a painkiller takes away
    }
