"""Issue 21, ninth round: more wordings of the weak languages (Portuguese, Arabic, Russian, Turkish,
Indonesian, Italian) and fewer false alarms. Emergencies of the kinds `languages_dev9.jsonl` showed
missing (each missed by the code before the round; none is a row of the dev set) and non-emergencies
that must stay so, through `check_input` with the rules and lexicons alone (the lists are run, with the dev
set, by test_lexicons_round8's tests)."""

from __future__ import annotations

from medassist.model.safety.lexicons import find_emergency, normalise

EMERGENCIES = [
    # Russian typed in Latin letters
    "papa ne mozhet dyshat, lico sineet", "babushka poteryala soznanie na kuhne",
    "drug naglotalsya tabletok, ne znaju skolko", "doch vypila uksus",
    # Arabic-Indic digits, Egyptian and Levantine verb forms, a preposition glued to the word
    "البيبي عمره ٢٠ يوم وحرارته ٣٨ ونص", "زوري بيقفل بعد الحقنة",
    "الدم ما عم يوقف من راسه", "امي عندها ضغط فصدرها وكتعرق",
    "انكب الشاي المغلي على رجل الولد", "بنتي بلعت جافيل بالغلط",
    # Portuguese: European and African forms
    "o meu pai ta a respirar muito mal e ta arroxeado", "o miudo levou uma navalhada no braço",
    "a velhota esta caida no chao do quarto, nao fala nem mexe", "o puto ta a ter um ataque e tem os olhos virados",
    "tou com a garganta a fechar depois do amendoim", "ela tomou 3 caixas de rivotril",
    "vou saltar da janela, ja nao aguento mais", "a agua quente caiu em cima do braco da bebe",
    # Italian, Turkish, Indonesian
    "mio nonno si e calato tutte le pillole", "neonata di 12 giorni con 38 di febbre",
    "kardesim butun uyku haplarini icmis", "gogsume tas oturuyor gibi, ter icindeyim",
    "bayi 10 hari demam 38 gak mau nyusu", "adik nelen kamper",
    "darahnya gak berenti dari tadi", "om ngeluh dada kaya diremes sampe ke lengan",
    # the fourth and fifth batches' kinds: gushing blood, not making it to tomorrow, hot oil, a diabetic
    # talking nonsense, the means bought for oneself, breathing with difficulty
    "الجرح عم يشرشر دم", "ما راح اوصل لبكرة، سامحوني", "abime kizgin yag dokuldu kolu yandi",
    "nenek kencing manis tiba2 gemeteran ngelantur", "mio zio diabetico non ragiona e suda freddo",
    "comprei chumbinho pra mim, hoje termino", "siapin tali buat diri sendiri", "جدي نفسه يطلع بصعوبة",
    "la nonna non riesce a riprendere fiato",
    # the sixth batch's: a stiff body that shakes, spurting blood, bleeding after the birth
    "o corpinho dele ficou todo rigido e a tremer", "ta a esguichar sangue do pulso",
    "depois do parto ela ta a perder sangue aos litros", "жена родила час назад, кровь идет сильно",
    # the seventh batch's: every form of a swelling verb, hanging, "a lot of" medicine, bleeding after the birth
    "os beicos do menino incharam todos", "hoje vou me enforcar no quintal", "بنتي شربات بزاف ديال الدوا",
    "istri abis melahirkan darahnya banyak terus",
    # German, Spanish, French, Hinglish
    "heute nacht is schluss, hab alles geregelt und abschied genommen", "ya me voy de este mundo, perdonenme",
    "jarrive pas a respirer", "ungli se khoon band bhi nahi ho rha",
]

NOT_EMERGENCIES = [
    # an older baby's fever (an emergency under three months only)
    "mein sohn ist 10 monate und hat 38,5 fieber, bekommt zähne", "ma fille de 11 mois a 38,4, elle mange bien",
    "minha filha de 10 meses com 38 de febre, ta brincando", "ابني عمره ١٠ شهور وعنده حرارة ٣٨",
    "ребенку 10 месяцев, температура 38", "10 aylik oglum 38 ates, oyun oynuyor", "bayi 10 bulan demam 38",
    "bimba di 10 mesi con 38 di febbre",
    # idioms and hyperbole
    "j'étouffe de rire", "laper banget mau mati", "gerah banget mau mati rasanya", "ngakak sampai mau mati",
    "heute ist schluss mit dem rauchen", "beim joggen krieg ich kaum luft, dann geht es wieder",
    "me duele el pecho al toser por la gripe", "u papy byl infarkt v 2015, mozhno emu v banyu?",
    # mild and past events
    "caiu um pouco de agua quente na mao, ficou vermelho", "meu pai teve um derrame faz 4 anos, pode viajar?",
]

# English with the new Latin-letter Russian words nearby: no lexicon may take it
ENGLISH = [
    "my coworker keeps trying to insult me in meetings", "is it normal to feel a bit lightheaded after giving blood",
    "what does 'ne' mean on a prescription label", "moy and I went to the pharmacy, which antihistamine is best",
]


# EMERGENCIES, NOT_EMERGENCIES and ENGLISH are run by test_lexicons_round8's three tests, with round 8's.


def test_arabic_indic_digits_read_as_digits():
    # Arabic-Indic and Persian digits: the patterns' "3[89]" reads them
    assert normalise("حرارته ٣٩").split()[-1] == "39" and normalise("۳۸") == " 38 "


def test_russian_in_latin_letters_gets_the_russian_reply():
    assert find_emergency("muzh ne dyshit") == ("ru", "breathing")
