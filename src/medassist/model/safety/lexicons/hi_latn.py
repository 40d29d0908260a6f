"""Hindi written in Latin letters ("Hinglish"), with its loose spellings (nahi/nhi/nai, saans/sans;
see the package docstring)."""

G = r"(?:\S+ ){0,3}"
NOT = r"(?:nahi|nahin|nhi|nai|na)"
PILLS = r"(?:goli|golia|goliyan|goliya|dawai|dawa|dava|tablet|tablets)"

SIGNS = {
    "cardiac": (rf"(?:seene|sine|chhati|chati) {G}(?:dard|dabav|jalan) {G}{G}(?:haath|hath|baah|baanh|pasina|paseena)",
                r"(?:seene|sine|chhati|chati) (?:me |mein |mai )?(?:bahut |bohot |bht )?(?:tez|tej|bhayanak|zor) (?:ka )?dard",
                r"dil ka daura"),
    "stroke": (rf"(?:chehra|chehara|muh|munh) {G}(?:latak|tedha|tedhi|tircha|jhuk)",
               rf"(?:bol|hila|hil) {NOT} (?:pa|sak)", r"ajeeb (?:bol|baat)", r"ajib (?:bol|baat)", r"lakwa (?:maar|mar|pad)"),
    "choking": (rf"gale (?:me|mein|mai) {G}(?:fas|phas|atak)", r"dam ghut"),
    "breathing": (rf"(?:saans|sans|saas|swas) {NOT} (?:le|aa|a rahi|ho)", r"(?:saans|sans|saas) lene (?:me|mein|mai) (?:\S+ )?"
                  r"(?:dikkat|takleef|problem|mushkil|pareshani)", r"(?:saans|sans|saas) (?:phool|fool|ruk)"),
    "anaphylaxis": (rf"(?:gala|gale|hont|honth|hoth|jeebh|chehra) {G}(?:sooj|suj)", r"(?:bahut|tez) (?:allergy|elarji) (?:ho|hui|hua)"),
    "bleeding": (rf"khoon {G}{NOT} (?:ruk|band)", rf"khoon (?:band|bandh) {NOT}", r"(?:bahut|bohot|bht|jyada|zyada) khoon",
                 r"khoon (?:beh|bah)"),
    "overdose": (rf"\d+ {G}{PILLS}\S* {G}(?:kha|nigal|le li|pi)", rf"{PILLS}\S* {G}(?:nigal|kha li|kha gaya|kha gayi|kha gai)"),
    "poisoning": (r"(?:phenyl|phenyle|phinyl|bleach|zeher|zehar|jahar|keetnashak|tezaab|harpic|kerosene) (?:\S+ ){0,2}(?:pee|pi|kha|nigal)",
                  r"zeher kha", r"zehar kha", r"jahar kha"),
    "self_harm": (r"suicide kar", r"aatmhatya", r"atmahatya", r"khudkushi", rf"(?:jeena|jina|jeene) {NOT} (?:hai|chahta|chahti)",
                  r"(?:marna|mar jana) (?:chahta|chahti|hai)", r"khud ko (?:maar|khatam)", r"jaan de (?:du|dunga|dungi)"),
    "seizure": (r"(?:daure|daura|dore|dora) (?:\S+ ){0,3}(?:pad rahe|pad raha|pada|ruk|se)", r"mirgi", r"jhatke (?:aa|lag)"),
    "unconscious": (r"behosh", r"(?:jawab|hosh) (?:\S+ )?" + NOT, rf"(?:uth|jaag|jag) {NOT} (?:rah|pa)"),
}
CONDITIONS = {
    "cardiac": (r"heart attack (?:aa|aya|hua|pad)", r"hridayaghat"),
    "stroke": (r"lakwa", r"lakva", r"stroke (?:aa|aya|hua|pad)"),
    "seizure": (r"mirgi", r"daura"),
}
CUES = (r"(?:mere|meri|mera|mujhe|papa|mummy|mumma|bhai|behen|bete|beti|dada|dadi|bacche|baccha) ", r"raha", r"rahi",
        r"rahe", r"abhi", r"madad", r"jaldi", r"bachao", r"lagta")
EDUCATIONAL = (r"kya (?:hai|hota|hote)", r"lakshan", r"symptoms", r"kaaran", r"karan", r"kyu", r"kyon", r"kaise (?:bache|roke)")
