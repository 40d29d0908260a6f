"""The safety layer's fixed replies in the person's language, with their country's numbers (issue 21).

`messages.py` holds the English originals; each text here says the same thing (translated for
meaning, not word for word). A reply is the localized text, then a short English line (for a
bystander or a helper who reads English), with the country's emergency number when the country
is known, else the language's usual numbers and "your local emergency number". MedAssist only
answers questions in English, so a non-emergency message in another language gets
`unsupported_language_message`.
"""

from __future__ import annotations

from dataclasses import dataclass

from medassist.model.safety.messages import CRISIS_LINE, POISON_LINE


@dataclass(frozen=True)
class Numbers:
    emergency: str
    crisis: str | None = None  # a suicide / emotional crisis line
    poison: str | None = None  # a poison information centre


# ISO 3166 alpha-2 -> the number to call. Written from the project's knowledge, not re-checked against
# each service's own page in this change: review before relying on one. A country left out gets its
# language's usual numbers and "your local emergency number", which is never wrong.
COUNTRIES: dict[str, Numbers] = {
    "US": Numbers("911", "988", "1-800-222-1222"), "CA": Numbers("911", "988"),
    "GB": Numbers("999", "116 123 – Samaritans", "111"), "IE": Numbers("112", "116 123 – Samaritans"),
    "AU": Numbers("000", "13 11 14 – Lifeline", "13 11 26"), "NZ": Numbers("111", "1737", "0800 764 766"),
    "IN": Numbers("112", "14416 – Tele-MANAS"), "ZA": Numbers("10177 / 112"),
    "SG": Numbers("995"), "MY": Numbers("999"), "PH": Numbers("911"), "JP": Numbers("119"), "KR": Numbers("119"),
    # Spanish-speaking
    "ES": Numbers("112", "024"), "MX": Numbers("911", "800 911 2000 – Línea de la Vida"), "AR": Numbers("107 / 911"),
    "CO": Numbers("123"), "CL": Numbers("131"), "PE": Numbers("106"), "UY": Numbers("911"),
    # Portuguese-speaking
    "BR": Numbers("192", "188 – CVV"), "PT": Numbers("112", None, "800 250 250 – CIAV"),
    # French-, German-, Italian-speaking and the rest of Europe (112 everywhere in the EU)
    "FR": Numbers("15 / 112", "3114"), "BE": Numbers("112"), "CH": Numbers("144 / 112"),
    "LU": Numbers("112"), "DE": Numbers("112", "0800 111 0 111 – TelefonSeelsorge"),
    "AT": Numbers("144 / 112"), "IT": Numbers("112 / 118"), "NL": Numbers("112"), "PL": Numbers("112"),
    "SE": Numbers("112"), "DK": Numbers("112"), "FI": Numbers("112"), "NO": Numbers("113"), "GR": Numbers("112"),
    "CZ": Numbers("155 / 112"), "RO": Numbers("112"), "HU": Numbers("112"), "EU": Numbers("112"),
    "MA": Numbers("15"),
    # Russian-speaking
    "RU": Numbers("112 / 103"), "BY": Numbers("103"), "KZ": Numbers("103 / 112"), "UA": Numbers("103 / 112"),
    # Arabic-speaking
    "SA": Numbers("997"), "AE": Numbers("998"), "EG": Numbers("123"), "JO": Numbers("911"), "LB": Numbers("140"),
    "QA": Numbers("999"), "KW": Numbers("112"),
    # Hindi, Indonesian, Turkish
    "NP": Numbers("102"), "ID": Numbers("112 / 119"), "TR": Numbers("112"),
}
# The UK's ISO code is GB; people and some platforms write UK.
ALIASES = {"UK": "GB"}


@dataclass(frozen=True)
class Texts:
    """One language's fixed texts. `{numbers}`, `{crisis}`, `{poison}` are filled with a number or
    with `local`/`local_crisis`/`local_poison` when the country is not known."""

    emergency: str
    crisis: str
    poison: str
    unsupported: str
    usual_numbers: str  # the language's usual emergency numbers when the country is not known
    local_crisis: str  # the crisis lines of the language's main countries (from COUNTRIES) and "your country's"
    local_poison: str


TEXTS: dict[str, Texts] = {
    "es": Texts(
        "Esto puede ser una emergencia médica. Llama ahora a emergencias ({numbers}) o ve a urgencias "
        "más cercanas. No esperes una respuesta en internet. Si alguien no responde o no respira, la "
        "operadora de emergencias te guiará con los primeros auxilios hasta que llegue la ayuda.",
        "Si estás pensando en suicidarte o en hacerte daño, no estás solo: llama a una línea de ayuda "
        "({crisis}) y, si estás en peligro inmediato, llama a emergencias ahora.",
        "Si es una intoxicación o una sobredosis, llama también a un centro de toxicología ({poison}), "
        "además de a emergencias si la persona está muy mal. Guarda el envase para enseñarlo.",
        "MedAssist solo responde en inglés. Escribe tu pregunta en inglés, por favor. Si es una "
        "emergencia, llama ahora a emergencias ({numbers}).",
        "112 en España y la UE, 911 en México y EE. UU., o el número de emergencias de tu país",
        f"{COUNTRIES['ES'].crisis} en España, {COUNTRIES['MX'].crisis} en México, o la de tu país",
        "el de tu país"),
    "pt": Texts(
        "Isto pode ser uma emergência médica. Ligue agora para a emergência ({numbers}) ou vá ao pronto-"
        "socorro mais próximo. Não espere por uma resposta online. Se alguém não responde ou não respira, "
        "o atendente da emergência orienta os primeiros socorros até a ajuda chegar.",
        "Se você está pensando em se matar ou se machucar, você não está sozinho: ligue para uma linha de "
        "apoio ({crisis}) e, se estiver em perigo imediato, ligue para a emergência agora.",
        "Em caso de intoxicação ou overdose, ligue também para um centro de intoxicações ({poison}), além "
        "da emergência se a pessoa estiver muito mal. Guarde a embalagem para mostrar.",
        "O MedAssist só responde em inglês. Por favor, escreva sua pergunta em inglês. Se for uma "
        "emergência, ligue agora para a emergência ({numbers}).",
        "192 (SAMU) no Brasil, 112 em Portugal, ou o número de emergência do seu país",
        f"{COUNTRIES['BR'].crisis} no Brasil, ou a do seu país", "o do seu país"),
    "fr": Texts(
        "Il peut s'agir d'une urgence médicale. Appelez les secours maintenant ({numbers}) ou allez aux "
        "urgences les plus proches. N'attendez pas une réponse en ligne. Si quelqu'un ne réagit pas ou ne "
        "respire pas, l'opérateur des secours vous guidera pour les premiers gestes jusqu'à leur arrivée.",
        "Si vous pensez au suicide ou à vous faire du mal, vous n'êtes pas seul : appelez une ligne "
        "d'écoute ({crisis}) et, si vous êtes en danger immédiat, appelez les secours maintenant.",
        "En cas d'intoxication ou de surdose, appelez aussi un centre antipoison ({poison}), en plus des "
        "secours si la personne va très mal. Gardez l'emballage pour le montrer.",
        "MedAssist répond uniquement en anglais. Merci d'écrire votre question en anglais. S'il s'agit "
        "d'une urgence, appelez les secours maintenant ({numbers}).",
        "15 ou 112 en France, 112 en Europe, ou le numéro d'urgence de votre pays",
        f"{COUNTRIES['FR'].crisis} en France, ou celle de votre pays", "celui de votre pays"),
    "de": Texts(
        "Das kann ein medizinischer Notfall sein. Rufen Sie jetzt den Notruf ({numbers}) oder gehen Sie "
        "in die nächste Notaufnahme. Warten Sie nicht auf eine Antwort im Internet. Wenn jemand nicht "
        "reagiert oder nicht atmet, leitet die Leitstelle Sie bis zum Eintreffen der Hilfe bei der "
        "Ersten Hilfe an.",
        "Wenn Sie daran denken, sich das Leben zu nehmen oder sich etwas anzutun, sind Sie nicht allein: "
        "Rufen Sie eine Krisenhotline an ({crisis}), und wenn Sie in akuter Gefahr sind, sofort den Notruf.",
        "Bei einer Vergiftung oder Überdosis rufen Sie auch einen Giftnotruf an ({poison}), zusätzlich "
        "zum Notruf, wenn es der Person sehr schlecht geht. Heben Sie die Packung auf.",
        "MedAssist antwortet nur auf Englisch. Bitte schreiben Sie Ihre Frage auf Englisch. Wenn es ein "
        "Notfall ist, rufen Sie jetzt den Notruf ({numbers}).",
        "112 in Deutschland und der EU, oder die Notrufnummer Ihres Landes",
        f"{COUNTRIES['DE'].crisis} in Deutschland, oder die Ihres Landes", "den Ihres Landes"),
    "it": Texts(
        "Potrebbe essere un'emergenza medica. Chiama subito i soccorsi ({numbers}) o vai al pronto "
        "soccorso più vicino. Non aspettare una risposta online. Se qualcuno non risponde o non respira, "
        "l'operatore ti guiderà nel primo soccorso finché non arrivano i soccorsi.",
        "Se stai pensando al suicidio o a farti del male, non sei solo: chiama una linea di ascolto "
        "({crisis}) e, se sei in pericolo immediato, chiama subito i soccorsi.",
        "In caso di avvelenamento o overdose, chiama anche un centro antiveleni ({poison}), oltre ai "
        "soccorsi se la persona sta molto male. Tieni la confezione per mostrarla.",
        "MedAssist risponde solo in inglese. Per favore scrivi la tua domanda in inglese. Se è "
        "un'emergenza, chiama subito i soccorsi ({numbers}).",
        "112 o 118 in Italia, 112 in Europa, o il numero di emergenza del tuo paese",
        "quella del tuo paese", "quello del tuo paese"),
    "ru": Texts(
        "Это может быть неотложное состояние. Срочно звоните в скорую ({numbers}) или езжайте в "
        "ближайшее приёмное отделение. Не ждите ответа в интернете. Если человек не реагирует или не "
        "дышит, диспетчер подскажет, как оказать первую помощь до приезда бригады.",
        "Если вы думаете о самоубийстве или о том, чтобы причинить себе вред, вы не одни: позвоните на "
        "линию помощи ({crisis}), а если вы в непосредственной опасности — сразу звоните в экстренную службу.",
        "При отравлении или передозировке позвоните также в токсикологический центр ({poison}), а если "
        "человеку очень плохо — в скорую. Сохраните упаковку, чтобы показать её.",
        "MedAssist отвечает только на английском. Пожалуйста, напишите вопрос по-английски. Если это "
        "экстренная ситуация, звоните в скорую прямо сейчас ({numbers}).",
        "112 или 103, или номер экстренной службы вашей страны",
        "в вашей стране", "в вашей стране"),
    "ar": Texts(
        "قد تكون هذه حالة طبية طارئة. اتصل بالإسعاف الآن ({numbers}) أو اذهب إلى أقرب قسم طوارئ. لا تنتظر "
        "إجابة عبر الإنترنت. إذا كان أحد لا يستجيب أو لا يتنفس، فسيرشدك موظف الطوارئ إلى الإسعافات الأولية "
        "حتى تصل المساعدة.",
        "إذا كنت تفكر في الانتحار أو في إيذاء نفسك، فأنت لست وحدك: اتصل بخط دعم ({crisis})، وإذا كنت في "
        "خطر مباشر فاتصل بالطوارئ الآن.",
        "في حالة التسمم أو الجرعة الزائدة، اتصل أيضًا بمركز السموم ({poison})، إلى جانب الإسعاف إذا كانت "
        "حالة الشخص سيئة. احتفظ بالعلبة لتريها لهم.",
        "يجيب MedAssist باللغة الإنجليزية فقط. من فضلك اكتب سؤالك بالإنجليزية. إذا كانت حالة طارئة، اتصل "
        "بالإسعاف الآن ({numbers}).",
        "997 في السعودية، 123 في مصر، 998 في الإمارات، أو رقم الطوارئ في بلدك",
        "في بلدك", "في بلدك"),
    "hi": Texts(
        "यह मेडिकल इमरजेंसी हो सकती है। अभी इमरजेंसी नंबर पर कॉल करें ({numbers}) या सबसे नज़दीकी "
        "इमरजेंसी विभाग जाएं। ऑनलाइन जवाब का इंतज़ार न करें। अगर कोई जवाब नहीं दे रहा या सांस नहीं ले रहा, "
        "तो इमरजेंसी ऑपरेटर मदद आने तक प्राथमिक उपचार में आपका मार्गदर्शन करेंगे।",
        "अगर आप आत्महत्या या खुद को नुकसान पहुंचाने के बारे में सोच रहे हैं, तो आप अकेले नहीं हैं: किसी "
        "हेल्पलाइन पर कॉल करें ({crisis}), और अगर आप तुरंत खतरे में हैं तो अभी इमरजेंसी नंबर पर कॉल करें।",
        "ज़हर या दवा की ओवरडोज़ में ज़हर सूचना केंद्र को भी कॉल करें ({poison}), और व्यक्ति की हालत "
        "खराब हो तो इमरजेंसी को भी। दवा का पैकेट या डिब्बा दिखाने के लिए रखें।",
        "MedAssist सिर्फ़ अंग्रेज़ी में जवाब देता है। कृपया अपना सवाल अंग्रेज़ी में लिखें। अगर यह "
        "इमरजेंसी है, तो अभी कॉल करें ({numbers})।",
        "भारत में 112 या एम्बुलेंस 108, या आपके देश का इमरजेंसी नंबर",
        f"भारत में {COUNTRIES['IN'].crisis}, या आपके देश की", "आपके देश का"),
    "hi-Latn": Texts(
        "Yeh medical emergency ho sakti hai. Abhi emergency number par call karein ({numbers}) ya sabse "
        "nazdeeki emergency department jaayein. Online jawab ka intezaar na karein. Agar koi jawab nahi de "
        "raha ya saans nahi le raha, to emergency operator madad aane tak first aid mein guide karenge.",
        "Agar aap suicide ya khud ko nuksaan pahunchane ke baare mein soch rahe hain, to aap akele nahi "
        "hain: kisi helpline par call karein ({crisis}), aur agar turant khatra hai to abhi emergency "
        "number par call karein.",
        "Zeher ya dawai ki overdose mein poison centre ko bhi call karein ({poison}), aur haalat kharab ho "
        "to emergency ko bhi. Dawai ka packet ya dabba dikhane ke liye rakhein.",
        "MedAssist sirf English mein jawab deta hai. Kripya apna sawal English mein likhein. Agar "
        "emergency hai, to abhi call karein ({numbers}).",
        "India mein 112 ya ambulance 108, ya aapke desh ka emergency number",
        f"India mein {COUNTRIES['IN'].crisis}, ya aapke desh ki", "aapke desh ka"),
    "id": Texts(
        "Ini mungkin keadaan darurat medis. Segera hubungi nomor darurat ({numbers}) atau pergi ke IGD "
        "terdekat. Jangan menunggu jawaban online. Jika ada orang yang tidak merespons atau tidak "
        "bernapas, petugas darurat akan memandu pertolongan pertama sampai bantuan datang.",
        "Jika kamu berpikir untuk bunuh diri atau menyakiti diri sendiri, kamu tidak sendirian: hubungi "
        "layanan krisis ({crisis}), dan jika kamu dalam bahaya langsung, hubungi nomor darurat sekarang.",
        "Untuk keracunan atau overdosis, hubungi juga pusat informasi keracunan ({poison}), selain layanan "
        "darurat jika orangnya sangat lemas. Simpan kemasannya untuk ditunjukkan.",
        "MedAssist hanya menjawab dalam bahasa Inggris. Silakan tulis pertanyaanmu dalam bahasa Inggris. "
        "Jika ini darurat, segera hubungi nomor darurat ({numbers}).",
        "112 atau ambulans 119 di Indonesia, atau nomor darurat di negaramu",
        "di negaramu", "di negaramu"),
    "tr": Texts(
        "Bu tıbbi bir acil durum olabilir. Hemen acil çağrı numarasını arayın ({numbers}) ya da en yakın "
        "acil servise gidin. İnternetten cevap beklemeyin. Biri tepki vermiyor ya da nefes almıyorsa, "
        "çağrı görevlisi yardım gelene kadar ilk yardımda size yol gösterecektir.",
        "İntiharı ya da kendinize zarar vermeyi düşünüyorsanız yalnız değilsiniz: bir destek hattını "
        "arayın ({crisis}), hemen tehlikedeyseniz şimdi acil çağrı numarasını arayın.",
        "Zehirlenme ya da aşırı dozda bir zehir danışma merkezini de arayın ({poison}); kişi çok kötüyse "
        "acili de arayın. Kutuyu ya da ambalajı göstermek için saklayın.",
        "MedAssist yalnızca İngilizce yanıt veriyor. Lütfen sorunuzu İngilizce yazın. Acil bir durumsa "
        "hemen acil çağrı numarasını arayın ({numbers}).",
        "Türkiye'de 112, ya da ülkenizin acil çağrı numarası",
        "ülkenizdeki", "ülkenizdeki"),
}

ENGLISH_LINE = ("In English: this may be a medical emergency. Call your emergency number now ({numbers}) or go "
                "to the nearest emergency department.")
ENGLISH_UNSUPPORTED = "MedAssist answers in English only: please write your question in English."
ENGLISH_USUAL = "e.g. 911, 112 or 999"
# messages.EMERGENCY_MESSAGE with one country's number in place of the examples.
ENGLISH_EMERGENCY = (
    "This may be a medical emergency. Call your emergency number now ({numbers}) or go to the nearest "
    "emergency department. Do not wait for an online answer. If someone is unresponsive or not breathing, "
    "the emergency operator can guide you through first aid until help arrives."
)
# A category's extra lines, as check.EXTRA_LINES names them.
# An emergency in another language that only a learned reader saw and that no lexicon names (`other_languages`): the
# reader called it self-harm, which on another language is mostly its default (issue 21, session 41), but a crisis told
# in words no lexicon knows is one of them, so its reply keeps the crisis line (worded "if you are thinking of...")
UNNAMED = "unnamed_emergency"
CRISIS_CATEGORIES = {"self_harm", "overdose", "poisoning_overdose", UNNAMED}
POISON_CATEGORIES = {"overdose", "poisoning", "poisoning_overdose"}


def country_numbers(country: str | None) -> Numbers | None:
    code = (country or "").strip().upper()
    return COUNTRIES.get(ALIASES.get(code, code))


def country_from_locale(locale: str | None) -> str | None:
    """The region of an IETF tag when it names a country ("pt-br" -> "BR", "es-419" -> None)."""
    parts = (locale or "").replace("_", "-").split("-")
    region = parts[1] if len(parts) > 1 else ""
    return region.upper() if len(region) == 2 and region.isalpha() else None


def language_from_locale(locale: str | None) -> str | None:
    """The supported language of an IETF tag ("pt-BR" -> "pt"), else None (English included)."""
    base = (locale or "").replace("_", "-").split("-")[0].lower()
    return base if base in TEXTS else None


def emergency_text(category: str, language: str | None, country: str | None) -> str | None:
    """The emergency reply in `language` with `country`'s numbers, or None to use the English
    original (an English or unknown language and no known country)."""
    numbers = country_numbers(country)
    texts = TEXTS.get(language or "")
    if texts is None:
        if numbers is None:
            return None
        return _english_with_numbers(category, numbers)
    emergency = numbers.emergency if numbers else texts.usual_numbers
    parts = [texts.emergency.format(numbers=emergency)]
    if category in POISON_CATEGORIES:
        parts.append(texts.poison.format(poison=(numbers and numbers.poison) or texts.local_poison))
    if category in CRISIS_CATEGORIES:
        parts.append(texts.crisis.format(crisis=(numbers and numbers.crisis) or texts.local_crisis))
    parts.append(ENGLISH_LINE.format(numbers=numbers.emergency if numbers else ENGLISH_USUAL))
    return "\n\n".join(parts)


def _english_with_numbers(category: str, numbers: Numbers) -> str:
    """The English texts with the person's country's numbers."""
    parts = [ENGLISH_EMERGENCY.format(numbers=numbers.emergency)]
    if category in POISON_CATEGORIES:
        parts.append(POISON_LINE if not numbers.poison else f"Poison information: {numbers.poison}. {POISON_LINE}")
    if category in CRISIS_CATEGORIES:
        parts.append(CRISIS_LINE if not numbers.crisis else f"Crisis line: {numbers.crisis}. {CRISIS_LINE}")
    return "\n\n".join(parts)


def unsupported_language_message(language: str, country: str | None) -> str:
    """The reply to a non-emergency message in a language MedAssist does not answer in."""
    numbers = country_numbers(country)
    texts = TEXTS[language]
    return "\n\n".join((texts.unsupported.format(numbers=numbers.emergency if numbers else texts.usual_numbers),
                        ENGLISH_UNSUPPORTED))
