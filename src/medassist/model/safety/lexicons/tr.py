"""Turkish emergency lexicon (ı, ş, ğ, ç, ö, ü fold to ASCII, as most people type them anyway; see the
package docstring)."""

G = r"(?:\S+ ){0,3}"
PILLS = r"(?:hap|ilac|tablet|kapsul|parol|aspirin|antidepresan)"

SIGNS = {
    "cardiac": (rf"(?:gogs|gogus|kalp)\S* {G}(?:agri|sikis|baski|yan) {G}{G}(?:kol|cene|terl|ter )",
                r"(?:gogsum|gogsumde|gogus|gogsunde) (?:\S+ )?(?:cok |siddetli |asiri |feci )(?:agri|sikis)",
                r"kalp durmas", r"kalbi durdu"),
    "stroke": (rf"(?:yuz|agz|agiz|dudag)\S* {G}(?:kaydi|kaymis|kaydi|dustu|sarkti|carpildi|egildi|felc)",
               r"(?:konusamiyor|konusamiyorum|duzgun konusamiyor)", rf"(?:kol|bacak|el)\S* {G}(?:oynatamiyor|kaldiramiyor|hissetmiyor)",
               r"garip (?:konusuyor|konusmaya)", r"felc (?:geciriyor|oldu|indi)", r"inme (?:geciriyor|indi)"),
    "choking": (r"bogul", r"bir sey kacti", r"bogazina (?:\S+ )?kacti", r"nefes borusuna"),
    "breathing": (r"nefes (?:alamiyor|alamiyorum|alamiyoruz|almiyor|alamiyo)", r"nefes almakta (?:\S+ )?zorlan",
                  r"nefesim (?:daraliyor|kesiliyor|yetmiyor)", r"nefessiz", r"nefes darligi"),
    "anaphylaxis": (rf"(?:bogaz|dil|dudak|yuz)\S* {G}(?:sis|kapan|siser|sisti|sisiyor)", r"alerjik sok",
                    r"anafilak", r"ciddi alerji"),
    "bleeding": (r"kan (?:\S+ )?durmuyor", r"kanama (?:\S+ )?durmuyor", r"cok (?:fazla )?kan (?:kaybed|geliyor|akiyor)",
                 r"(?:asiri|siddetli|cok) kanama", r"kan kaybediyor", r"kanlar icinde"),
    "overdose": (rf"\d+ (?:tane |adet |kutu )?{G}{PILLS}\S* {G}(?:ictim|icti|yuttum|yuttu|aldim|aldi)",
                 rf"{PILLS}\S* {G}(?:yutmus|yuttu|yuttum|ictim|icti|yemis)", r"asiri doz"),
    "poisoning": (r"(?:camasir suyu|camasir suyunu|deterjan|zehir|tuz ruhu|cif|benzin|boya|ilacli su|fare zehri|kimyasal)\S* "
                  r"(?:\S+ ){0,2}(?:icti|ictim|yuttu|yutmus|icmis)", r"zehirlen"),
    "self_harm": (r"kendimi (?:oldur|asmak|asacag|atacag|atmak)", r"intihar", r"(?:yasamak|yasamayi) istemiyorum",
                  r"olmek istiyorum", r"canima kiy", r"hayatima son", r"bileklerimi kes"),
    "seizure": (r"(?:kasiliyor|kasilma|nobet)\S* (?:\S+ ){0,2}(?:dakikadir|gecmiyor|durmuyor|bitmiyor)", rf"\d+ dakikadir {G}(?:kasil|nobet|titre)",
                r"sara (?:nobeti|krizi) (?:\S+ )?(?:geciriyor|gecmiyor)", r"kasiliyor"),
    "unconscious": (r"bayildi (?:\S+ )?(?:ve )?(?:tepki|uyanmiyor|cevap)", r"bilinci(?:ni)? (?:kapal|kaybet|yerinde degil)",
                    r"tepki vermiyor", r"uyanmiyor", r"ayilmiyor", r"baygin"),
}
CONDITIONS = {
    "cardiac": (r"kalp krizi", r"enfarktus"),
    "stroke": (r"inme", r"felc", r"beyin kanamas"),
    "seizure": (r"sara (?:nobet|kriz)", r"epilepsi(?!\S)", r"havale"),
}
CUES = (r"(?:annem|babam|oglum|kizim|esim|kardesim|dedem|ninem|babaannem|anneannem|bebegim|cocugum|ben|bana|beni)",
        r"geciriyor", r"geciriyorum", r"simdi", r"yardim", r"acil", r"cabuk", r"sanirim", r"galiba")
EDUCATIONAL = (r"nedir", r"nedir", r"belirtileri", r"nedenleri", r"neden olur", r"nasil (?:onlenir|anlasilir)")
