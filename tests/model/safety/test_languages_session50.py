"""Session 50 (issue 21 item 3, `languages_dev26.jsonl`: the kinds the dev24/dev25 matrix left empty, and look-alikes in
their words). A near miss the writer laughs off ("casi me desmayo ... jaja"; `stance.laughed_off`), a sign told months
or years ago with no now or with nothing since or the person walking again (`stance.history`, `kinds.SINCE_NONE`,
`kinds.RECOVERING`, Hindi's had-happened past), a story the writer is writing (`stance.SUPPOSED`), a pet taken to the
vet (`stance.about_a_pet`), each beside an emergency in the same words; the
new kinds' words (a diabetic talking nonsense, blood that will not stop in Maghrebi Arabic and in Arabizi, a breath gone
short after an operation); and, in every language, the reply: "MedAssist answers in English" for a question, the
emergency text with the country's number for an emergency. Sentences written for this file, none taken from a set."""

from __future__ import annotations

import pytest
from verdicts import assert_no_emergency, assert_read_as_emergency

from medassist.model.safety import check_input
from medassist.model.safety.lexicons import find_emergency
from medassist.model.safety.localized import TEXTS, country_numbers, unsupported_language_message

# (language, a near miss laughed off, an emergency in its words)
LAUGHED_OFF = [
    ("es", "casi me desmayo con el precio del gimnasio jajaja, oye cuantas veces a la semana conviene entrenar?",
     "mi hermano se desmayo en la cocina y no despierta, respira muy raro"),
    ("pt", "quase desmaiei quando vi o preco da academia kkkk, quantas vezes por semana devo treinar?",
     "meu irmao desmaiou na cozinha e nao acorda, ta respirando estranho"),
    ("fr", "j'ai failli tomber dans les pommes en voyant le prix de la salle de sport mdr, combien de seances par semaine ?",
     "mon frere s'est evanoui dans la cuisine et il ne se reveille pas, il respire bizarrement"),
    ("it", "per poco non svenivo quando ho visto il prezzo della palestra ahahah, quante volte a settimana ci vado?",
     "mio fratello è svenuto in cucina e non si sveglia, respira in modo strano"),
    ("id", "hampir pingsan liat harga gym bulanan wkwkwk, seminggu baiknya latihan berapa kali?",
     "adik saya pingsan di dapur dan tidak bangun bangun, napasnya aneh"),
    ("tr", "spor salonu fiyatini gorunce az kalsin bayiliyordum hahaha, haftada kac gun gitmeliyim?",
     "kardesim mutfakta bayildi, uyanmiyor, nefesi garip"),
]

# (language, a pet taken to the vet, the same sign in a person)
PET = [
    ("es", "mi gata convulsiono unos segundos en el sillon y ya come normal, la llevo al veterinario hoy?",
     "mi abuela convulsiona en el sillon desde hace 5 minutos y no responde"),
    ("fr", "mon chien a vomi du sang apres avoir mange un os, je l'emmene chez le veto ce soir ?",
     "mon pere vomit du sang depuis ce matin et il est tout pale"),
    ("tr", "kedim biraz once kisa bir nobet gecirdi, simdi uyuyor, veterinere goturmeli miyim?",
     "babam yerde kasiliyor, agzindan kopuk geliyor, 5 dakikadir durmadi"),
]
# Hindi's had-happened or used-to past, with nothing going on now, beside the same words happening
HAD_HAPPENED = [
    ("मेरे मामा को दिल का दौरा पड़ा था, उनके लिए कौन सा तेल अच्छा रहेगा?", "मामा के सीने में तेज दर्द है और पसीना आ रहा है"),
    ("मेरी मौसी को पहले मिर्गी के दौरे आते थे, क्या यह खानदानी है?", "मौसी को अभी दौरा पड़ रहा है और वो होश में नहीं हैं"),
]

# (language, a long past with nothing since, or the person walking again, the same sign happening now)
HISTORY = [
    ("es", "hace tres anos tuve una convulsion por la fiebre, desde entonces nada, puedo hacer buceo?",
     "mi hija esta convulsionando hace 6 minutos y no responde"),
    ("pt", "minha tia teve um avc faz anos, agora ja anda sozinha, que exercicio ajuda o equilibrio?",
     "minha tia ta com a boca torta agora e nao consegue mexer o braco direito"),
    ("id", "bapak taun lalu dirawat karena stroke, sekarang udah bisa jalan sendiri, boleh naik motor?",
     "bapak tiba tiba mulutnya mencong dan tangan kirinya tidak bisa digerakkan"),
    ("hi", "मुझे दो साल पहले मिर्गी का दौरा पड़ा था, तब से कोई दौरा नहीं, क्या गाड़ी चला सकता हूं?",
     "भाई को अभी दौरा पड़ रहा है, मुंह से झाग आ रहा है और होश नहीं है"),
    ("it", "a mio nonno e venuto un ictus tempo fa, quali cibi deve evitare adesso?",
     "mio nonno ha la bocca storta e non riesce a muovere il braccio, e successo adesso"),
]

STORY = [
    ("ru", "пишу роман, где героиня теряет много крови после аварии, как описать это правдоподобно?"),
    ("es", "estoy escribiendo un cuento donde el abuelo convulsiona en la boda, que sintomas pongo?"),
    ("fr", "dans mon roman le grand-pere vomit du sang, quelle maladie serait credible ?"),
]

# (language, an emergency of the new kinds' words, its category)
NEW_WORDS = [
    ("hi", "नानी को शुगर है, इंसुलिन लगाकर कुछ नहीं खाया, अब बहुत पसीना है और उल्टी सीधी बातें कर रही हैं", "diabetic"),
    ("ar", "صاحبي تقطعات ليه رجلو بالزاج والدم كيخرج بزاف", "bleeding"),
    ("ar", "okhti enjara7et b el sekkine w el dam mesh 3am yew2af", "bleeding"),
    ("ar", "من بعد الولادة رجلي منتفخه والحين فجأة ضاق نفسي", "pe_dvt"),
    ("ru", "маму вырвало чем то похожим на кофейную гущу, она очень бледная", "gi_bleed"),
]

# (language, a question that is no emergency, country, the country's emergency number)
QUESTIONS = [
    ("es", "cuantas horas deberia dormir un adolescente de quince anos?", "MX", "911"),
    ("pt", "qual o melhor horario pra tomar vitamina D, de manha ou de noite?", "BR", "192"),
    ("fr", "est-ce que le the vert aide a digerer apres un gros repas ?", "FR", "15 / 112"),
    ("de", "wie oft im jahr sollte man eigentlich zur professionellen zahnreinigung gehen?", "DE", "112"),
    ("it", "quante uova a settimana si possono mangiare con il colesterolo un po alto?", "IT", "112 / 118"),
    ("ru", "сколько раз в неделю полезно плавать в бассейне взрослому человеку?", "RU", "112 / 103"),
    ("ar", "هل شرب الماي البارد بعد الاكل يضر المعده ولا لا؟", "EG", "123"),
    ("hi", "क्या रोज़ सुबह खाली पेट नींबू पानी पीना सेहत के लिए अच्छा है?", "IN", "112"),
    ("hi-Latn", "kya roz raat ko sone se pehle haldi wala doodh peena sahi hai?", "IN", "112"),
    ("id", "berapa kali seminggu sebaiknya olahraga lari buat pemula yang baru mulai?", "ID", "112 / 119"),
    ("tr", "kis aylarinda d vitamini takviyesi almak gerekli mi, doz ne olmali?", "TR", "112"),
]

# (language, an emergency of this round's kinds, country, the country's emergency number)
EMERGENCIES = [
    ("es", "mi vecino lleva diez minutos convulsionando en la acera y no responde", "ES", "112"),
    ("pt", "o meu avo vomitou sangue duas vezes e desmaiou na sala", "PT", "112"),
    ("fr", "mon oncle diabetique est en sueur, il dit n'importe quoi et il n'arrive plus a avaler", "BE", "112"),
    ("de", "mein opa liegt im bad und reagiert nicht mehr, er atmet ganz komisch", "AT", "144 / 112"),
    ("it", "mio padre si e tagliato col flessibile, il sangue esce a fiotti e non si ferma", "IT", "112 / 118"),
    ("ru", "после перелета нога опухла, а сейчас резко стало нечем дышать", "KZ", "103 / 112"),
    ("ar", "ابوي يستفرغ دم ودايخ مره وما يقدر يوقف", "SA", "997"),
    ("hi", "मेरी बहन को दस मिनट से दौरा पड़ रहा है और होश नहीं आ रहा", "IN", "112"),
    ("hi-Latn", "chachi behosh ho gayi hain aur hila ke bhi nahi uth rahi", "IN", "112"),
    ("id", "kakek muntah darah banyak banget dan sekarang lemas pucat", "ID", "112 / 119"),
    ("tr", "babam kan kusuyor, cok soluk ve ayakta duramiyor", "TR", "112"),
]


@pytest.mark.parametrize(("language", "joke", "emergency"), LAUGHED_OFF)
def test_a_near_miss_laughed_off_is_no_emergency_but_the_same_sign_happening_is(language, joke, emergency):
    assert find_emergency(joke, prefer=language) is None, joke
    assert check_input(joke).action != "emergency", joke
    assert check_input(emergency).action == "emergency", emergency


@pytest.mark.parametrize(("language", "past", "now"), HISTORY)
def test_a_sign_told_as_a_history_is_no_emergency_but_the_same_sign_now_is(language, past, now):
    assert find_emergency(past, prefer=language) is None, past
    assert check_input(past).action != "emergency", past
    assert check_input(now).action == "emergency", now


@pytest.mark.parametrize(("language", "text"), STORY)
def test_a_story_the_writer_is_writing_is_no_emergency(language, text):
    assert_no_emergency(language, text)


@pytest.mark.parametrize(("language", "text", "category"), NEW_WORDS)
def test_the_new_kinds_words_are_read(language, text, category):
    assert_read_as_emergency(language, text, category)


@pytest.mark.parametrize(("language", "text", "country", "number"), QUESTIONS)
def test_a_question_in_another_language_gets_the_english_only_reply_in_it(language, text, country, number):
    verdict = check_input(text, country=country)
    assert (verdict.action, verdict.category) == ("reject", "unsupported_language"), text
    assert verdict.message == unsupported_language_message(language, country)
    assert number in verdict.message and "MedAssist answers in English only" in verdict.message


@pytest.mark.parametrize(("language", "text", "country", "number"), EMERGENCIES)
def test_an_emergency_gets_the_reply_in_the_persons_language_with_the_countrys_number(language, text, country, number):
    numbers = country_numbers(country)
    assert numbers is not None and numbers.emergency == number
    verdict = check_input(text, country=country)
    assert verdict.action == "emergency", text
    assert verdict.message.startswith(TEXTS[language].emergency.format(numbers=number)), (text, verdict.message[:80])


@pytest.mark.parametrize(("language", "pet", "person"), PET)
def test_a_pet_taken_to_the_vet_is_no_emergency_but_the_same_sign_in_a_person_is(language, pet, person):
    assert find_emergency(pet, prefer=language) is None, pet
    assert check_input(pet).action != "emergency", pet
    assert check_input(person).action == "emergency", person


@pytest.mark.parametrize(("past", "now"), HAD_HAPPENED)
def test_hindi_told_as_had_happened_is_no_emergency_but_happening_is(past, now):
    assert find_emergency(past, prefer="hi") is None, past
    assert check_input(past).action != "emergency", past
    assert check_input(now).action == "emergency", now
