"""Indonesian emergency lexicon, with chat spellings (gak/ga/nggak, udah, napas; see the package
docstring). "stroke" is the Indonesian word too, so it counts only with Indonesian context words."""

G = r"(?:\S+ ){0,3}"
NOT = r"(?:gak|ga|nggak|ngga|enggak|tidak|tdk|gk|g)"
PILLS = r"(?:obat|pil|tablet|kapsul|butir)"

SIGNS = {
    "cardiac": (rf"(?:dada|jantung) {G}(?:sakit|nyeri|sesak|nyut|ditekan) {G}{G}(?:lengan|tangan|keringat|rahang)",
                rf"(?:sakit|nyeri) {G}dada {G}{G}(?:lengan|tangan|keringat|rahang)",
                r"(?:dada|jantung) (?:saya |aku |gue )?(?:sakit|nyeri) (?:banget|sekali|parah|bgt)", r"henti jantung"),
    "stroke": (rf"(?:muka|wajah|mulut|bibir) {G}(?:miring|mencong|perot|turun|lumpuh)",
               rf"{NOT} bisa (?:ngomong|bicara|gerak|menggerakkan|gerakin)", r"(?:ngomong|bicara)(?:nya)? (?:aneh|pelo|cadel|gak jelas|ga jelas|tidak jelas)",
               r"(?:kena|terkena|serangan|gejala) stroke (?:sekarang|tiba|barusan|nih|ini)", r"tiba (?:\S+ )?(?:lumpuh|mencong)"),
    "choking": (r"tersedak", r"keselek", r"kesedak"),
    "breathing": (rf"{NOT} (?:bisa )?(?:napas|nafas|bernapas|bernafas)", r"sesak (?:napas|nafas)", r"susah (?:napas|nafas|bernapas)",
                  r"sulit (?:napas|nafas|bernapas)", r"(?:napas|nafas)(?:nya)? (?:berhenti|putus|sesak)"),
    "anaphylaxis": (rf"(?:tenggorokan|lidah|bibir|muka|wajah)(?:nya)? {G}(?:bengkak|membengkak|tertutup|nutup)",
                    r"alergi (?:parah|berat)", r"syok anafilaksis", r"anafilaksis"),
    "bleeding": (rf"darah(?:nya)? {G}{NOT} (?:berhenti|mau berhenti|stop)", r"pendarahan (?:parah|hebat|banyak)", r"perdarahan",
                 r"(?:darah|berdarah) (?:banyak|deras|terus|parah)", r"banyak (?:banget |sekali )?darah"),
    "overdose": (rf"(?:minum|nelen|menelan|makan|nelan) {G}\d+ {PILLS}", rf"(?:nelen|menelan|nelan|ketelan|tertelan) {G}{PILLS}",
                 r"overdosis", r"(?:kena|kelebihan) (?:dosis|od)"),
    "poisoning": (r"(?:minum|nelen|menelan|nelan|ketelan) (?:\S+ ){0,2}(?:pemutih|bayclin|racun|pembersih|deterjen|detergen|baygon"
                  r"|obat nyamuk|bensin|minyak tanah|porstex|wipol|cairan)", r"keracunan", r"diracun"),
    "self_harm": (r"bunuh diri", r"(?:mau|pengen|ingin|pingin) (?:\S+ )?mati", rf"{NOT} (?:mau|pengen|ingin) hidup",
                  r"mengakhiri hidup", r"akhiri hidup", r"(?:potong|sayat) (?:urat )?nadi"),
    "seizure": (r"kejang (?:\S+ ){0,2}(?:udah|sudah|gak berhenti|ga berhenti|tidak berhenti|terus|\d+)", r"kejang kejang",
                r"step (?:\S+ ){0,2}(?:gak|ga|tidak) berhenti", r"ayan (?:kambuh|gak berhenti)"),
    "unconscious": (r"pingsan", r"(?:gak|ga|tidak|tdk|nggak) sadar", r"(?:gak|ga|tidak|nggak) (?:respon|merespon|bangun|bangun2)",
                    r"hilang kesadaran"),
}
CONDITIONS = {
    "cardiac": (r"serangan jantung", r"jantung(?:an)? kumat"),
    "stroke": (r"stroke",),
    "seizure": (r"kejang", r"epilepsi(?!\S)", r"ayan(?!\S)"),
}
CUES = (r"(?:saya|aku|gue|gw|ibu|bapak|ayah|bapa|mama|papa|anak|adik|kakak|kakek|nenek|suami|istri|temen|teman)(?:ku|nya)? ",
        r"kayaknya", r"sekarang", r"tolong", r"cepat", r"darurat", r"kena ")
EDUCATIONAL = (r"apa (?:itu|penyebab|gejala|ciri)", r"gejala", r"penyebab", r"ciri ciri", r"bagaimana (?:mencegah|cara)",
               r"kenapa (?:bisa|orang)")
