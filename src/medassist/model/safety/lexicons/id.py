"""Indonesian emergency lexicon, with chat spellings (gak/ga/nggak, udah, napas; see the package
docstring). "stroke" is the Indonesian word too, so it counts only with Indonesian context words."""

from medassist.model.safety.lexicons.medicines import MEDICINES

G = r"(?:\S+ ){0,3}"
NOT = r"(?:gak|ga|nggak|ngga|enggak|tidak|tdk|gk|g)"
PILLS = r"(?:obat|pil|tablet|kapsul|butir)"
PILLS = rf"(?:{PILLS}|{MEDICINES})"  # ... and the names every language shares (`medicines.py`)

W = r"(?:\S+ ){0,10}"  # a clause
FEVER = r"(?<!gak )(?<!ga )(?<!tidak )(?<!tanpa )(?<!nggak )(?:demam|panas|suhu|3[89]|40)"  # not one said to be absent ("sin fiebre")

SIGNS = {
    "cardiac": (rf"(?:dada|jantung)\S* {G}(?:sakit|nyeri|sesak|nyut|ditekan)\S* {G}{G}(?:lengan|tangan|keringat|rahang)",
                rf"(?:sakit|nyeri)\S* {G}dada {G}{G}(?:lengan|tangan|keringat|rahang)",
                r"(?:dada|jantung) (?:saya |aku |gue )?(?:sakit|nyeri) (?:banget|sekali|parah|bgt)", r"henti jantung",
                rf"(?:dada|jantung)\S* {W}(?:ditindih|ditekan|tertekan|berat|sesak|nyeri|sakit|perih)\S* {W}(?:lengan|tangan|keringat|keringet|rahang|punggung)", r"keringe?t dingin",
                rf"(?:dada|jantung)(?:nya|ku)? {W}(?:sakit|nyeri|sesak|ditekan|ditindih|berat|perih)\S* {W}(?:keringat|keringet|keringetan|pucat|pucet|lemas|lemes|pusing|sesak)",
                rf"dada\S* {G}(?:diremas|diremes|remas|remes|dicengkeram|dihimpit|kejepit|ketiban|ditindih)\S* {W}(?:tangan|lengan|keringat|keringet|kesemutan|punggung)", r"(?:tangan|lengan) kiri (?:\S+ )?(?:kesemutan|kebas|mati rasa) (?:\S+ ){0,6}(?:dada|keringat|keringet)"),
    "stroke": (rf"(?:muka|wajah|mulut|bibir)\S* {G}(?:miring|mencong|perot|turun|lumpuh)",
               rf"{NOT} bisa (?:ngomong|bicara|gerak|menggerakkan|gerakin)", r"(?:ngomong|bicara)(?:nya|ku|mu)? (?:aneh|pelo|cadel|gak jelas|ga jelas|tidak jelas)",
               r"(?:kena|terkena|serangan|gejala) stroke (?:sekarang|tiba|barusan|nih|ini)", r"tiba (?:\S+ )?(?:lumpuh|mencong)",
                r"(?:gak|ga|tidak|nggak) bisa (?:angkat|ngangkat|gerakin|menggerakkan) (?:tangan|kaki|lengan)", r"(?:tangan|kaki|lengan)(?:nya|ku|mu)? (?:\S+ ){0,2}(?:lemes sebelah|mati rasa|kesemutan sebelah|lumpuh|gak bisa digerakin)", r"(?:setengah|sebelah) (?:badan|muka|wajah)(?:nya|ku|mu)? (?:\S+ ){0,2}(?:mati rasa|lumpuh|kebas|miring|lemes)"),
    "choking": (r"tersedak", r"keselek", r"kesedak"),
    "breathing": (rf"{NOT} (?:bisa )?(?:napas|nafas|bernapas|bernafas)", r"sesak (?:napas|nafas)", r"susah (?:napas|nafas|bernapas)",
                  r"sulit (?:napas|nafas|bernapas)", r"(?:napas|nafas)(?:nya|ku|mu)? (?:berhenti|putus|sesak)",
                r"(?:sesek|sesak) (?:banget|parah|bgt)", r"(?:bibir|muka|wajah)(?:nya|ku|mu)? (?:\S+ )?(?:biru|membiru|kebiruan)", r"(?:inhaler|semprotan)\S* (?:\S+ )?(?:gak|ga|tidak) (?:mempan|ngefek|bantu)",
                r"(?:napas|nafas)(?:nya|ku|mu)? (?:\S+ )?(?:bunyi|ngik|ngorok|satu2|tersengal)"),
    "anaphylaxis": (rf"(?:tenggorokan|lidah|bibir|muka|wajah)(?:nya|ku|mu)? {G}(?:bengkak|membengkak|tertutup|ketutup|nutup)",
                    r"alergi (?:parah|berat)", r"syok anafilaksis", r"anafilaksis"),
    "bleeding": (rf"darah(?:nya|ku|mu)? {G}{NOT} (?:mau )?(?:berhenti|berenti|brenti|stop)", r"pendarahan (?:parah|hebat|banyak)", r"perdarahan",
                 r"(?:darah|berdarah) (?:banyak|deras|terus|parah)", r"banyak (?:banget |sekali )?darah",
                r"darah(?:nya|ku|mu)? (?:\S+ ){0,2}(?:ngucur|muncrat|nyembur|mengucur|deras)", r"(?:ditusuk|ditikam|kena tusuk|kena tembak|ditembak)", r"(?:ngucur|muncrat)\S* (?:\S+ )?darah"),
    "overdose": (rf"(?:minum|nelen|menelan|makan|nelan)\S* {G}\d+ {PILLS}", rf"(?:nelen|menelan|nelan|ketelan|tertelan)\S* {G}{PILLS}",
                 r"overdosis", r"(?:kena|kelebihan) (?:dosis|od)",
                rf"(?<!boleh )(?<!bisa )(?:minum|nelen|menelan|nelan|makan)\S* {G}(?:\d+ )?(?:strip|satu strip|sebotol|satu botol|sekotak|satu kotak|sebungkus|satu bungkus|selempeng|semua|seluruh)\S* (?:\S+ ){{0,3}}(?:{PILLS}|semua|sekaligus)", rf"{PILLS} (?:tidur|penenang)\S* (?:\S+ ){{0,3}}(?:semua|sekaligus|sebotol|sestrip|sebungkus|satu bungkus|sekotak|selempeng)"),
    "poisoning": (r"(?:minum|nelen|menelan|nelan|ketelan)\S* (?:\S+ ){0,2}(?:pemutih|bayclin|racun|pembersih|deterjen|detergen|baygon"
                  r"|obat nyamuk|bensin|minyak tanah|kapur barus|kamper|naftalen|porstex|wipol|cairan)", r"keracunan", r"diracun",
                r"(?:minum|nelen|menelan|nelan|ketelan|makan)\S* (?:\S+ ){0,2}(?:soklin|so klin|superpel|karbol|spiritus|thinner|tiner|racun tikus|pestisida|insektisida|obat serangga|cairan pembersih)",
                r"(?:nelen|menelan|ketelan|tertelan)\S* (?:\S+ ){0,2}(?:baterai|batre|batu baterai|magnet)", r"(?:minum|nelen|menelan|ketelan)\S* (?:\S+ ){0,2}(?:sabun cuci|sunlight|mama lemon|spiritus|oli|solar|racun tikus|kaporit|cairan pembersih lantai)"),
    "self_harm": (  # on a height and about to jump (twelfth round)
                  r"(?:atap|jembatan|gedung|balkon|jendela|tebing|lantai \d+|rel kereta|rel)\S* (?:\S+ ){0,8}(?:mau|akan|bakal|pengen|pingin|ingin|siap|udah siap) (?:\S+ )?(?:lompat|loncat|terjun|menjatuhkan diri|jatuhin diri|jatohin diri|nyebur)", r"(?:mau|akan|bakal|pengen|pingin|ingin|siap) (?:\S+ )?(?:lompat|loncat|terjun|jatuhin diri|jatohin diri) (?:\S+ ){0,2}(?:dari )?(?:atap|jembatan|gedung|balkon|jendela|tebing|lantai)",
                  r"(?<!boleh )(?<!bisa )(?:telen|nelen|tenggak|nenggak|tegak|abisin|habisin)\S* (?:\S+ )?(?:semua|semuanya|sekaligus)",
                  rf"{PILLS}\S* (?:\S+ )?(?:udah |sudah )?(?:siap|kekumpul|terkumpul|disiapin)\S* {W}(?:malam ini|malem ini|ntar malem|hari ini|maafin|selamat tinggal)",
                  r"bunuh diri", r"(?<!sampe )(?<!sampai )(?<!ampe )(?:pengen|ingin|pingin|pgn)\S* (?:\S+ )?mati(?! wkwk)", r"mau mati (?:aja|saja|ajaa|beneran)", rf"{NOT} (?:mau|pengen|ingin) hidup",
                  r"mengakhiri hidup", r"akhiri hidup", r"(?:potong|sayat) (?:urat )?nadi",
                r"(?:ngakhirin|mengakhiri|akhirin|ngakhiri)\S* (?:\S+ )?(?:semua|semuanya|hidup|hidupku|idup)", r"surat (?:perpisahan|wasiat|terakhir)", r"(?:kumpulin|ngumpulin|mengumpulkan|nyimpen|nimbun)\S* (?:\S+ ){0,2}(?:obat|pil)", r"(?:obat|pil)(?:nya|ku|mu)? (?:\S+ ){0,3}(?:kumpulin|dikumpulin|dikumpulkan|ditimbun)", r"(?:gak|ga|tidak|nggak) ada (?:\S+ )?(?:alasan|gunanya)\S* (?:\S+ )?(?:hidup|lagi)", r"(?:loncat|lompat) (?:dari|ke) (?:jembatan|gedung|atap|rel)", r"(?:udah|sudah) (?:gak|ga|tidak) kuat (?:\S+ ){0,6}(?:mati|ngakhirin|mengakhiri|akhirin|malam ini)", r"gantung diri",
                r"(?:pengen|mau|ingin) (?:ngilang|menghilang|hilang aja)", r"(?:capek|cape|lelah) (?:hidup|idup)", r"(?:udah|sudah) (?:siapin|nyiapin|beli)\S* (?:\S+ )?tali", r"(?:semua|semuanya) (?:udah|sudah) (?:gw|gue|aku|saya)? ?(?:rencanain|rencanakan)", r"(?:gak|ga|tidak) ada yang peduli (?:\S+ ){0,4}(?:mati|akhiri|ngakhirin)", r"(?:pengen|mau) mati aja",
                r"(?:besok|nanti malam|malam ini) (?:\S+ ){0,3}(?:udah|sudah) (?:gak|ga|tidak|nggak) (?:ada|di sini)", r"(?:selamat tinggal|maaf ya|maafin aku) (?:semua|semuanya)", r"pamit (?:\S+ ){0,3}(?:selamanya|maafin|maaf|terakhir)", r"(?:beli|nyiapin|siapin|nyimpen)\S* (?:\S+ ){0,3}(?:racun|tali|obat)\S* (?:\S+ ){0,3}(?:buat|untuk) (?:gw|gue|aku|saya|diri)", r"(?:gak|ga|tidak) (?:akan )?ada yang (?:kehilangan|nyariin|sedih)"),
    "seizure": (r"kejang (?:\S+ ){0,2}(?:udah|sudah|gak berhenti|ga berhenti|tidak berhenti|terus|\d+)", r"kejang kejang",
                r"step (?:\S+ ){0,2}(?:gak|ga|tidak) berhenti", r"ayan (?:kambuh|gak berhenti)",
                r"kejang(?:2|\S*) ", r"(?:mata|matanya)\S* (?:\S+ )?(?:mendelik|melotot ke atas|ke atas)", r"(?:busa|berbusa|ngeluarin busa)"),
    "unconscious": (r"pingsan", r"(?:gak|ga|tidak|tdk|nggak) sadar", r"(?:gak|ga|tidak|nggak) (?:respon|merespon|bangun|bangun2)",
                    r"hilang kesadaran",
                r"(?:gak|ga|tidak|nggak|tdk) sadar(?:2|kan)? ", r"(?:gak|ga|tidak|nggak) bisa dibangunin", r"(?:ambruk|tumbang|kolaps)",
                r"(?:tergeletak|terkapar)\S* (?:\S+ ){0,3}(?:gak|ga|tidak) (?:gerak|respon|sadar|bangun)"),
    "obstetric": (rf"(?:abis|habis|setelah|sesudah|baru) (?:lahiran|melahirkan|lahir|partus)\S* {W}(?:darah|pendarahan|perdarahan)",
                  rf"(?:hamil|kehamilan|bumil)\S* {W}(?:darah|pendarahan|perdarahan|flek banyak|tali pusat|kejang|gak gerak|ga gerak)", rf"(?:darah|pendarahan|perdarahan)\S* {W}(?:hamil|kehamilan)", r"tali pusa\S* (?:\S+ ){0,3}(?:keluar|kelihatan|nongol)", r"ketuban pecah (?:\S+ ){0,4}tali pusat"),
    "infant_child": (rf"(?:bayi|baby|dedek|dede|anak)(?:ku|nya)? {W}(?:lemes|lemas|lunglai|gak respon|ga respon|biru|membiru|gak bangun)", rf"(?:bayi|baby|dedek|dede)(?:ku|nya)? (?:\S+ ){{0,3}}(?:\d{{1,2}} (?:hari|minggu)|(?:[0-3]|satu|dua|tiga) (?:hari|minggu|bulan))\S* {W}{FEVER}",
                     rf"{FEVER} {W}(?:bayi|baby|dedek|dede)(?:ku|nya)? (?:\S+ ){{0,3}}(?:\d{{1,2}} (?:hari|minggu)|(?:[0-3]|satu|dua|tiga) (?:hari|minggu|bulan))(?!\S)"),
    "sepsis_meningitis": (rf"leher(?:nya|ku|mu)? (?:\S+ ){{0,2}}(?:kaku|tegang|gak bisa ditekuk|ga bisa nunduk)\S* {W}(?:demam|panas|bintik|ruam)", rf"(?:demam|panas)\S* {W}leher(?:nya|ku|mu)? (?:\S+ ){{0,2}}(?:kaku|tegang)", r"(?:bintik|ruam|bercak)\S* (?:\S+ ){0,6}(?:gak|ga|tidak|nggak) (?:hilang|ilang|pudar)\S* (?:\S+ ){0,3}(?:ditekan|neken|gelas)",
                rf"{FEVER}\S* {W}(?:bintik|ruam|bercak|bintil)\S* (?:\S+ )?(?:ungu|keunguan|hitam|gelap|biru|merah gelap)", rf"(?:bintik|ruam|bercak)\S* (?:\S+ )?(?:ungu|keunguan|hitam|gelap)\S* {W}{FEVER}"),
    "diabetic": (r"(?:gula darah|gula|gds)(?:nya|ku|mu)? (?:\S+ ){0,3}(?<!\d )(?:[1-4]\d|[5-9])(?!\S)(?! \d)", rf"(?:diabetes|kencing manis|gula)(?:an)? {W}(?:gak sadar|ga sadar|pingsan|gak respon|kejang|linglung|ngelantur|ngaco|gemeteran|keringet dingin|keringat dingin)", r"(?:hipo|drop gula|gula drop|gulanya drop)"),
    "head_injury": (r"(?:jatuh|kebentur|terbentur|kepentok|dipukul)\S* (?:\S+ ){0,5}kepala(?:nya|ku|mu)? (?:\S+ ){0,8}(?:muntah|linglung|bingung|pingsan|gak sadar|ga sadar|kejang|ngantuk|darah)",),
    "burns": (rf"(?:panas|mendidih|ndidih)\S* {W}kulit\S* (?:\S+ ){{0,2}}(?:ngelotok|ngelupas|mengelupas|melepuh|lepas|kelupas)",
              r"(?:kebakar|terbakar|kesiram|kena siram)\S* (?:\S+ ){0,4}(?:air panas|minyak panas|semua|seluruh|parah|muka|wajah)", r"luka bakar (?:parah|luas|besar)"),
    "drowning": (r"(?:tenggelam|kelelep|kelelap)",
                 # fallen into the water, and a sign after it ("jatuh ke kolam renang, udah diangkat tapi ... biru"; session 52)
                 r"(?:jatuh|kecebur|tercebur|nyemplung)\S* (?:ke |di )?(?:dalam )?(?:kolam|sungai|laut|danau|empang|bak|got)\S* (?:\S+ ){0,10}(?:diangkat|napas|biru|pingsan|gak sadar|ga sadar|tidak sadar)"),
    "electric_shock": (  # a shock counts with what it did: "kesetrum dikit tapi gpp" does not
                       rf"(?:kesetrum|kesetrom|tersengat listrik|kena setrum|nyetrum)\S* {W}(?:jatuh|pingsan|gak sadar|ga sadar|tidak sadar|napas|nafas|gak respon|ga respon|gak gerak|ga gerak|luka bakar|gosong|kejang|jantung|dada|kuat|parah)",),
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
PAST = (r"(?:tahun|bulan|minggu) (?:lalu|kemarin|kmrn)", r"pernah", r"(?:waktu|pas) (?:kecil|masih kecil)", r"(?:tahun|thn) (?:19|20)\d\d")
FRAMED = (r"(?:pelatihan|kursus|ujian|kelas)\S* (?:\S+ )?(?:p3k|pertolongan pertama)", r"(?:buat|untuk) (?:tugas|ujian|skripsi|makalah|novel|cerita) ")
# Ideation told as past with the present well is no crisis.
GUARDS = {
    # "pernah pingsan": fainted once, told as past experience (the lexicon's fainting is happening now)
    "unconscious": (r"pernah (?:\S+ ){0,2}pingsan(?!.* (?:sekarang|skrg|lagi|barusan|tiba|tadi))",),
    "self_harm": (rf"(?:dulu|pernah|waktu (?:sma|smp|kuliah|kecil)|tahun lalu) {W}(?:sekarang|skrg|skrng) (?:\S+ ){{0,2}}(?:baik|baikan|mendingan|membaik|aman)",),
}
