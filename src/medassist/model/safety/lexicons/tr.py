"""Turkish emergency lexicon (ı, ş, ğ, ç, ö, ü fold to ASCII, as most people type them anyway; see the
package docstring)."""

from medassist.model.safety.lexicons.medicines import MEDICINES

G = r"(?:\S+ ){0,3}"
PILLS = r"(?:hap|ilac|tablet|kapsul|parol|aspirin|antidepresan)"
PILLS = rf"(?:{PILLS}|{MEDICINES})"  # ... and the names every language shares (`medicines.py`)

W = r"(?:\S+ ){0,10}"  # a clause
FEVER = r"(?:ates|atesi|atesl|3[89]|40)(?!\S* yok)"  # not one said to be absent ("sin fiebre")

SIGNS = {
    "cardiac": (rf"(?:gogs|gogus|kalp)\S* {G}(?:agri|sikis|baski|yan)\S* {G}{G}(?:kol|cene|terl|ter )",
                r"(?:gogsum|gogsumde|gogus|gogsunde)\S* (?:\S+ )?(?:cok |siddetli |asiri |feci )(?:agri|sikis)",
                r"kalp durmas", r"kalbi durdu",
                rf"(?:gogs|gogus|kalp)\S* {W}(?:agri|sikis|baski|yan|sancı|sanci|agirlik)\S* {W}(?:kol|cene|terl|ter |sirt|omuz)", r"soguk (?:soguk )?terl", r"(?:sol )?koluma (?:vuruyor|yayiliyor|gidiyor)",
                rf"(?:gogs|gogus|kalb)\S* {W}(?:agri|sikis|baski|yan)\S* {W}(?:ter|terle|soguk|soluk|bembeyaz|bayil|bas donme|nefes)",
                r"(?:gogsum|gogsume|gogsumde|gogsu|gogsune) (?:\S+ ){0,2}(?:fil|agirlik|tas|kaya) (?:oturmus|oturuyor|var|cokmus|binmis|basiyor)", rf"(?:gogs|gogus)\S* {W}sol kol", rf"sol kol\S* (?:\S+ )?(?:uyus|uyusuyor|karinca)\S* {W}(?:gogs|gogus|ter)"),
    "stroke": (rf"(?:yuz|agz|agiz|dudag)\S* {G}(?:kaydi|kaymis|kaydi|dustu|sarkti|carpildi|egildi|felc)",
               r"(?:konusamiyor|konusamiyorum|duzgun konusamiyor)", rf"(?:kol|bacak|el)\S* {G}(?:oynatamiyor|kaldiramiyor|hissetmiyor)",
               r"garip (?:konusuyor|konusmaya)", r"felc (?:geciriyor|oldu|indi)", r"inme (?:geciriyor|indi)",
                r"(?:yuz|agiz|agz)\S* (?:\S+ )?(?:kaydi|kaymis|carpik|egri|sarkik|dustu)", r"(?:bir tarafi|yarisi|sol tarafi|sag tarafi)\S* (?:\S+ ){0,3}(?:tutmuyor|uyustu|hissetmiyor|felc)", r"(?:dili|dil)\S* (?:\S+ )?(?:dolasiyor|tutuldu|peltek)",
                r"(?:kolu|kolunu|bacagi|bacagini|eli|elini)\S* (?:\S+ ){0,2}(?:kaldiramiyor|oynatamiyor|hissetmiyor|tutmuyor)", r"(?:konusmasi|konusmas)\S* (?:\S+ )?(?:bozuldu|bozuk|anlasilmiyor|garip|peltek)", r"(?:birden|aniden)\S* (?:\S+ ){0,3}(?:konusamiyor|yuruyemiyor|goremiyor)"),
    "choking": (r"bogul", r"bir sey kacti", r"bogazina (?:\S+ )?kacti", r"nefes borusuna",
                r"bogaz\S* (?:\S+ ){0,3}(?:kacti|takildi|sikisti)",
                # gone blue, unless a limb or a knock is named: "dizim masaya carpti, mosmor oldu" is a bruise (session 48)
                r"(?<=^ )(?!(?:.* )?(?:diz|kol|bacak|ayak|bilek|parmak|kalca|omuz|carpt|vurdu|morluk))(?:.* )?(?:morardi|mosmor)"),
    "breathing": (r"nefes (?:alamiyor|alamiyorum|alamiyoruz|almiyor|alamiyo)", r"nefes almakta (?:\S+ )?zorlan",
                  r"nefesim (?:daraliyor|kesiliyor|yetmiyor)", r"nefessiz", r"nefes darligi",
                r"nefes\S* (?:\S+ )?(?:daraliyor|kesildi|alamiyo|yok)", r"(?:dudaklari|yuzu)\S* (?:\S+ )?(?:mor|morardi)", r"(?:fisfis|ventolin|inhaler)\S* (?:\S+ )?(?:ise yaramiyor|etmiyor)"),
    "anaphylaxis": (rf"(?:bogaz|dil|dudak|yuz)\S* {G}(?:sis|kapan|siser|sisti|sisiyor)", r"alerjik sok",
                    r"anafilak", r"ciddi alerji",
                rf"(?:bogaz|dil|dudak|yuz|goz)\S* {W}(?:sis|kapan|siser|sisti|sisiyor|daraliyor)"),
    "bleeding": (r"kan (?:\S+ )?durmuyor", r"(?:kaniyor|kanama)\S* (?:\S+ ){0,3}(?:durmuyor|dinmiyor|kesilmiyor)", r"durmadan kan", r"kanama (?:\S+ )?durmuyor", r"cok (?:fazla )?kan (?:kaybed|geliyor|akiyor)",
                 r"(?:asiri|siddetli|cok) kanama", r"kan kaybediyor", r"kanlar icinde",
                r"kan (?:\S+ ){0,2}(?:fiskiriyor|fiskirdi|bosaliyor|durmuyor|cok geliyor)", r"(?:fiskiran|fiskirtan) kan", r"kan (?:golu|revan)", r"(?:bicaklandi|vuruldu|bicak yedi|kursun)"),
    "overdose": (rf"\d+ (?:tane |adet |kutu )?{G}{PILLS}\S* {G}(?:ictim|icti|yuttum|yuttu|aldim|aldi)",
                 rf"{PILLS}\S* {G}(?:yutmus|yuttu|yuttum|ictim|icti|yemis)", r"asiri doz",
                rf"(?:bir|1|butun|tum|koca)\S* (?:\S+ )?(?:kutu|serit|sise|paket)\S* (?:\S+ ){{0,3}}(?:{PILLS}|hap)\S* (?:\S+ ){{0,2}}(?:icti|ictim|icmis|yuttu|yuttum|yutmus|aldi|aldim)", r"(?:uyku|sakinlestirici) (?:hap|ilac)\S* (?:\S+ ){0,3}(?:icti|ictim|yuttu|yuttum)", rf"(?:tum|butun|hepsini)\S* (?:\S+ ){{0,2}}(?:{PILLS}|hap)\S* (?:\S+ ){{0,2}}(?:icti|ictim|icmis|yuttu|yuttum|yutmus)",
                r"(?:bir|koca|butun|tum) sise (?:\S+ ){0,2}(?:surup|surubu|ilac|damla)\S* (?:\S+ ){0,2}(?:icti|ictim|icmis)"),
    "poisoning": (r"(?:camasir suyu|camasir suyunu|deterjan|zehir|tuz ruhu|cif|benzin|boya|ilacli su|fare zehri|kimyasal)\S* "
                  r"(?:\S+ ){0,2}(?:icti|ictim|yuttu|yutmus|icmis)", r"zehirlen",
                r"(?:camasir suyu|camasir suyunu|camasir suyundan|kezzap|domestos|lavabo acici|cif|tiner|antifriz|ilaclama|bocek ilaci|tarim ilaci|fare zehri|zehir)\S* (?:\S+ ){0,2}(?:icti|ictim|yuttu|yutmus|icmis|yedi)",
                r"(?:pil|miknatis|saat pili)\S* (?:\S+ ){0,2}(?:yuttu|yutmus|yedi)", r"(?:gaz yagi|gazyagi|mazot|benzin|tiner|bulasik deterjani|bulasik sabunu|yag cozucu|lavabo acici|camasir suyu|sirke ruhu|kolonya)\S* (?:\S+ ){0,2}(?:icti|ictim|icmis|yuttu|yutmus)"),
    "self_harm": (  # on a height and about to jump (twelfth round)
                  r"(?:cati|kopru|bina|balkon|pencere|ucurum|\d+ kat|ray)\S* (?:\S+ ){0,8}(?:atlayacag|atlacag|atliyacag|atlicam|atlayacam|atliycam|atlamak ist|kendimi atacag|kendimi atcam|kendimi atic|kendimi birakacag|atlarim)",
                  r"hepsini (?:\S+ )?(?:birden|bir kerede|tek seferde|bu gece|bu aksam) (?:icecegim|yutacagim|alacagim|icicem|yutucam|alcam)",
                  rf"(?:bu gece|bu aksam|bugun) {G}hepsini (?:\S+ )?(?:icecegim|yutacagim|icicem|yutucam)",
                  rf"mektup {W}(?:karar verdim|veda|helal|olmayacagim)",
                  r"yarin (?:ben )?(?:hayatta|bu dunyada) olmayacagim",
                  rf"{PILLS}\S* (?:\S+ )?(?:hazir|birikti|topladim)\S* {W}(?:bu gece|bugun|helal|elveda|affet)",
                  r"kendimi (?:oldur|asmak|asacag|atacag|atmak)", r"intihar", r"(?:yasamak|yasamayi) istemiyorum",
                  r"olmek istiyorum", r"canima kiy", r"hayatima son", r"bileklerimi kes",
                r"(?:her seye|hayatima|hepsine|bu ise) son ver", r"veda (?:mektubu|notu|mesaji)", r"(?:hap|ilac)\S* (?:\S+ ){0,2}(?:biriktirdim|sakladim|topladim)", r"(?:biriktirdim|sakladim|topladim)\S* (?:\S+ ){0,2}(?:hap|ilac)", r"(?:yasamak|yasamaya)\S* (?:\S+ )?(?:icin )?(?:bir )?(?:sebep|neden|anlam)\S* (?:\S+ )?(?:yok|kalmadi)", r"olmek ist", r"kendimi (?:\S+ )?(?:atacagim|asacagim|oldurecegim|oldurcem)", r"(?:bu gece|bugun|yarin)\S* (?:\S+ )?(?:olecegim|bitirecegim)",
                r"(?:yasamak|yasamaktan)\S* (?:\S+ )?(?:yoruldum|bikt)", r"(?:bu gece|bugun|yarin)\S* (?:\S+ ){0,2}(?:bitiriyorum|bitirecegim|biticek|olecegim)",
                # going, said with the time alone: "yarin okula gidecegim" is a day's plan (session 47: "gidicem" is read)
                r"(?:bu gece|bugun|yarin) (?:ben |artik |sonsuza (?:dek|kadar) )?gidecegim(?! \S)", r"(?:kaybolmak|yok olmak) istiyorum", r"(?:ip|urgan)\S* (?:\S+ ){0,2}(?:aldim|hazirladim|hazir)", r"(?:kopruden|cattan|binadan)\S* (?:\S+ )?(?:atlayacagim|atlicam|atlamak)", r"her sey (?:\S+ )?(?:planlandi|hazir)",
                r"(?:yarin|sabah|bu gece) (?:sabah |aksam )?olmayacagim", r"herkese (?:elveda|veda|hosca kalin)", r"kimse (?:beni )?(?:ozlemeyecek|aramayacak|fark etmeyecek)"),
    "seizure": (r"(?:kasiliyor|kasilma|nobet)\S* (?:\S+ ){0,2}(?:dakikadir|gecmiyor|durmuyor|bitmiyor)",
                # the minutes said as "6 dk oldu" after the fit ("titriyo, 6 dk oldu hala"; session 47)
                r"(?:kasil|nobet|titri|titre)\S* (?:\S+ ){0,4}\d+ (?:dakika|dakkika)\S* (?:\S+ )?(?:oldu|gecti|suruyor|geciyor|hala)", rf"\d+ dakikadir {G}(?:kasil|nobet|titre|titri)",
                r"sara (?:nobeti|krizi)\S* (?:\S+ )?(?:geciriyor|gecmiyor)", r"kasiliyor",
                r"(?:kopuk|kopurdu|kopuruyor)", r"gozleri (?:\S+ )?(?:kaydi|dondu|yukari)", r"(?:titriyor|kasiliyor|kivraniyor)\S* (?:\S+ ){0,3}(?:tepki|cevap|bilinc)"),
    "unconscious": (r"bayildi (?:\S+ )?(?:ve )?(?:tepki|uyanmiyor|cevap)", r"bilinci(?:ni)? (?:kapal|kaybet|yerinde degil)",
                    r"tepki vermiyo", r"uyanmiyor", r"ayilmiyor", r"baygin",
                r"(?:bayildi|bayilmis|bayginlik) ", r"(?:uyandiramiyorum|uyandiramiyoruz|ayiltamiyoruz|ayiltamiyorum)", r"(?:yere )?yigildi", r"kendine gelmiyor", r"kendine gelmedi", r"ayilmadi", r"cevap vermiyo",  # spoken "-iyo" too (session 50)
                r"(?:yerde|yere)\S* (?:\S+ ){0,3}(?:yatiyor|dustu)\S* (?:\S+ ){0,3}(?:tepki|cevap|kipirdamiyor|hareket etmiyor)"),
    # "gebe", "kan": not German "geben", "kann" (session 49: "was kann ich ihr geben" was a pregnancy bleeding)
    "obstetric": (rf"(?:hamile|gebe(?!n)|haftalik|aylik hamile)\S* {W}(?:kanama|kan (?:geliyor|geldi|akiyor)|kaniyor|kordon|nobet|kasilma|hareket etmiyor)", rf"(?:kanama|kan(?!n))\S* {W}(?:hamile|gebe(?!n))", r"kordon (?:\S+ ){0,3}(?:disari|cikti|gorunuyor|sarkiyor)", r"suyum geldi (?:\S+ ){0,4}kordon"),
    "infant_child": (rf"(?:bebe|bebek|yenidogan|lohusa bebek)\S* {W}(?:halsiz|gevsek|pelte|tepki vermiyor|morardi|mor|uyanmiyor|emmiyor)", rf"(?:(?:\d{{1,2}}|bir|iki|uc) (?:gunluk|haftalik)|(?:[0-3]|bir|iki|uc) aylik)\S* (?:\S+ ){{0,2}}(?:bebe|bebek|cocug|oglum|kizim)\S* {W}{FEVER}", rf"{FEVER} {W}(?:(?:\d{{1,2}}|bir|iki|uc) (?:gunluk|haftalik)|(?:[0-3]|bir|iki|uc) aylik)"),
    "sepsis_meningitis": (rf"(?:boyn|ense)\S* (?:\S+ ){{0,2}}(?:tutuldu|kaskati|sert|bukulmuyor|kasildi)\S* {W}(?:ates|dokuntu|lekel)", rf"ates\S* {W}(?:boyn|ense)\S* (?:\S+ ){{0,2}}(?:tutuldu|kaskati|sert|bukulmuyor)", r"(?:dokuntu|lekel|kirmizi nokta)\S* (?:\S+ ){0,6}(?:bastirinca|bardakla|basinca)\S* (?:\S+ ){0,2}(?:gecmiyor|kaybolmuyor|solmuyor)",
                rf"{FEVER}\S* {W}(?:mor|koyu|siyah|mosmor|kirmizi) (?:\S+ )?(?:leke|nokta|dokuntu|benek)", rf"(?:mor|koyu|siyah|mosmor) (?:\S+ )?(?:leke|nokta|dokuntu|benek)\S* {W}{FEVER}"),
    "diabetic": (r"seker\S* (?:\S+ ){0,3}(?<!\d )(?:[1-4]\d|[5-9])(?! \d)(?:a|e|ya|ye)? (?:\S+ ){0,2}(?:dustu|indi|oldu|cikti|gordu)", r"(?:seker hastasi|diyabet)\S* (?:\S+ ){0,10}(?:bilinci|bayildi|tepki|uyanmiyor|nobet|kasil)", r"(?:sekeri|seker)\S* (?:\S+ )?(?:dustu|dusuk)\S* (?:\S+ ){0,4}(?:bilinc|bayil|tepki|uyanmiyor|titriyor)"),
    "head_injury": (r"(?:kafa|kafasini|kafasi|basini|basi)\S* (?:\S+ ){0,4}(?:carpti|vurdu|dustu|yarildi)\S* (?:\S+ ){0,8}(?:kusuyor|kustu|bilinci|bayildi|uyuyor|uykulu|sacmaliyor|kaniyor|nobet)",),
    "burns": (rf"(?:kaynar|kaynayan|kizgin)\S* {W}deri\S* (?:\S+ )?(?:soyul|kalk|dokul|su topla)",
              r"(?:yandi|yanmis|haslandi)\S* (?:\S+ ){0,3}(?:her yeri|tum|butun|cok kotu|agir|yuzu)", r"(?:kaynar|kaynayan|kizgin|kizgin) (?:su|yag|cay)\S* (?:\S+ ){0,3}(?:dokuldu|dokdu|devrildi|dokulmus)", r"(?:agir|buyuk|ciddi) yanik"),
    "drowning": (r"(?:bogul|bogulma) ", r"(?:sudan|havuzdan|denizden)\S* (?:\S+ ){0,2}cikardik", r"suda bogul"),
    "electric_shock": (  # a shock counts with what it did: "hafif elektrik carpti ama iyiyim" does not
                       rf"(?:elektrik|akim)\S* (?:\S+ )?(?:carp|kapt)\S* {W}(?:dustu|bayildi|bilinc|nefes|tepki|cevap|kipirda|hareket etmiyor|yandi|yanik|kasil|nobet|kalp|gogus|siddetli|cok kotu)",
                       rf"elektrige kapil\S* {W}(?:dustu|bayildi|bilinc|nefes|tepki|cevap|yandi|kasil|kalp)"),
}
CONDITIONS = {
    "cardiac": (r"kalp krizi", r"enfarktus"),
    "stroke": (r"inme", r"felc", r"beyin kanamas"),
    "seizure": (r"sara (?:nobet|kriz)", r"epilepsi(?!\S)", r"havale"),
}
CUES = (r"(?:annem|babam|oglum|kizim|esim|kardesim|dedem|ninem|babaannem|anneannem|bebegim|cocugum|ben|bana|beni)",
        r"geciriyor", r"geciriyorum", r"simdi", r"yardim", r"acil", r"cabuk", r"sanirim", r"galiba")
EDUCATIONAL = (r"nedir", r"nedir", r"belirtileri", r"nedenleri", r"neden olur", r"nasil (?:onlenir|anlasilir)")
PAST = (r"gecen (?:yil|sene|ay|hafta)", r"(?:\d+|bir|iki|uc|birkac|kac) (?:yil|sene|ay|hafta) once", r"(?:19|20)\d\d (?:yilinda|de|da)",
        r"cocukken")
FRAMED = (r"ilk ?yardim (?:\S+ )?(?:kursu|dersi|sinavi|egitimi)", r"(?:odev|proje|sinav|roman|hikaye) icin")
# Ideation told as past with the present well is no crisis.
GUARDS = {
    "self_harm": (rf"(?:eskiden|gecmiste|yillar once|bir zamanlar|lisede|ergenlikte) {W}(?:simdi|artik|su an) (?:\S+ ){{0,2}}(?:iyiyim|iyi|daha iyi|iyilestim|toparlandim)",),
}
