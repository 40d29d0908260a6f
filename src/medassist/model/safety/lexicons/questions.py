"""Information questions about an emergency, in each language (issue 21, round 18).

"que sintomas tiene un infarto?" got the emergency reply: the Spanish `EDUCATIONAL` patterns read "sintomas de" but not
"que sintomas", and a question that lists the signs it asks about ("woran erkennt man einen herzinfarkt? schmerzen im
arm, kalter schweiss?") is read by the signs, which a question does not take back (a sign stands on its own). English
answers such questions (`knowledge_question.py`, `belief_question.py`). Here the question is read by its general forms
in each language: which are the signs or symptoms (of), how does one know or recognise (if), and, like coursework,
it frames the whole message off (signs and conditions, in every lexicon).

Only when the message says nothing of the writer, someone of their own or a now (`OWN_NOW`): "como se si es un infarto,
me duele el pecho" and "tengo dolor de pecho y sudor frio ahora" stay emergencies. "What do I do if ..." is not one of
these forms: "que hacer si no respira" is asked in the middle of one (the lexicons' `kinds.HYPOTHETICAL` reads it only
with "someone", "a person"). Folded as the lexicons fold; keyed by module as `grid`'s.
"""

from __future__ import annotations

from medassist.model.safety.lexicons.kinds import ANY, _unless

# Which are the signs or symptoms (of ...), and how one knows or recognises it.
INFO = {
    "es": r"(?:(?:que|cuales|cuales son)(?: los| las)? (?:sintomas|senales|signos)|(?:sintomas|senales|signos) (?:de|del)"
    r"|como (?:se|sabes|saber|puedo saber|reconocer|identificar|distinguir|darse cuenta) (?:si|que|cuando)"
    r"|como se (?:reconoce|identifica|sabe|nota))",
    "pt": r"(?:(?:que|quais|quais sao)(?: os| as)? (?:sintomas|sinais)|(?:sintomas|sinais) (?:de|do|da)|como (?:saber|sei|eu sei"
    r"|reconhecer|identificar|perceber|descobrir|a gente sabe|se sabe) (?:se|que|quando)|como (?:se )?(?:reconhece|identifica))",
    "fr": r"(?:(?:quels|quelles) sont (?:les )?(?:symptomes|signes)|c est quoi les (?:symptomes|signes)|(?:symptomes|signes) "
    r"(?:d|de|du|des)|comment (?:savoir|reconnaitre|on sait|on reconnait|identifier|faire la difference)|a quoi on "
    r"(?:voit|reconnait))",
    "de": r"(?:was sind (?:die )?(?:symptome|anzeichen|zeichen|warnzeichen)|welche (?:symptome|anzeichen)|(?:symptome|anzeichen)"
    r" (?:fur|fuer|von|bei|eines|einer)|woran (?:erkennt|merkt|sieht) man|wie (?:erkennt|merkt|bemerkt|sieht) man)",
    "it": r"(?:(?:quali sono|che)(?: i| gli)? (?:sintomi|segni|segnali)|(?:sintomi|segni|segnali) (?:di|del|della|dell|d)"
    r"|come (?:faccio a |si fa a |posso )?(?:capire|riconoscere|sapere|accorgersi) (?:se|che|quando)|come si (?:riconosce"
    r"|capisce))",
    "ru": r"(?:(?:какие|каковы) (?:\S+ )?(?:симптомы|признаки)|(?:симптомы|признаки) (?:\S+ )?(?:инфаркт|инсульт|передозиров"
    r"|отравлен|анафилак|приступ|сепсис|менингит|гипогликем)|как (?:понять|узнать|распознать|определить|отличить)"
    r"|по каким признакам)",
    "ar": r"(?:(?:ايه|ما هي|ماهي|ما|شو|ايش|وش) (?:هي )?(?:ال)?(?:اعراض|علامات)|(?:ال)?(?:اعراض|علامات) (?:\S+ ){0,4}(?:ايه|ايش"
    r"|شو)|(?:ازاي|كيف) (?:اعرف|تعرف|نعرف|يعرف|نميز))",
    "hi": r"(?:लक्षण (?:\S+ ){0,2}(?:क्या|कौन)|(?:कैसे|कैसें) (?:पता|पहचान|समझ))",
    # ... and what to eat or drink for a condition ("sugar control karne ke liye kya khana chahiye": the head's diabetic
    # alarm; session 46, the lead's probe): a diet question, never asked in the middle of an emergency
    "hi_latn": r"(?:(?:symptoms|symptom|lakshan|signs|sign) (?:\S+ ){0,2}(?:kya|kaun)|kaise (?:pata|pehchan|pehchane|samjhe)"
    r"|(?:ke liye|ke lie|mein|me) kya (?:khana|khaye|khayen|khaaye|khaayen|khate|khaate|peena|piye|pina) )",
    "id": r"(?:(?:apa|apa aja|apa saja) (?:\S+ )?(?:gejala|tanda|ciri)|(?:gejala|tanda tanda|tanda2|tandanya|ciri ciri|ciri2)"
    r" (?:\S+ ){0,4}(?:apa|gimana)|(?:gimana|bagaimana) (?:cara )?(?:tau|tahu|taunya|ngerti|bedain|mengetahui|mengenali"
    r"|ngenalin))",
    "tr": r"(?:belirti(?:leri|si) (?:neler|nedir|ne|nelerdir|mi)|(?:nasil|nereden) (?:anlarim|anlasilir|anlariz|bilebilirim"
    r"|anlayabilirim|anlarsin|anlasir|bilinir))",
}
# The writer, someone of their own, or a now or a call for help: the question is asked in the middle of one.
OWN_NOW = {
    # (not "mi mama dice que...": what someone says the signs are, asked about; session 51, tune round 22)
    "es": r"(?:mi(?! \S+ (?:dice|dijo|cree|piensa)(?!\S))|mis|me|tengo|estoy|tome|trague|ahora|ahorita|ayuda|ayudenme|urgente"
    r"|auxilio|socorro|rapido)(?!\S)",
    "pt": r"(?:meu|minha|meus|minhas|me|eu|estou|to|tomei|engoli|agora|socorro|ajuda|urgente|rapido)(?!\S)",
    "fr": r"(?:j ai|je suis|je me|j me|moi|mon|ma|mes|maintenant|aide|urgent|vite|au secours|ai pris|ai avale)(?!\S)",
    "de": r"(?:mein|meine|meinem|meinen|meiner|ich hab|ich habe|hab ich|hab|habe|ich bin|bin|mir|mich|jetzt|gerade|grad|hilfe"
    r"|notfall|schnell)(?!\S)",
    "it": r"(?:mio|mia|miei|mie|mi|ho|sto|adesso|ora|aiuto|urgente|subito)(?!\S)",  # not "sono": "quali sono"
    "ru": r"(?:мой|моя|мое|мои|моего|моей|моему|у меня|мне|меня|я|сейчас|помогите|срочно|быстрее)(?!\S)",
    "ar": r"(?:و|ف)?(?:عندي|انا|ابويا|ابوي|امي|ماما|بابا|ابني|بنتي|جوزي|مراتي|اخويا|اختي|جدي|جدتي|ستي|دلوقتي|حالا|الحقوني|الحقني"
    r"|بسرعه|ساعدوني)(?!\S)",
    "hi": r"(?:मेरे|मेरी|मेरा|मुझे|मैं|मैंने|पापा|मम्मी|भाई|बहन|बेटे|बेटी|अभी|मदद|जल्दी)(?!\S)",
    "hi_latn": r"(?:mere|meri|mera|mujhe|main|maine|papa|mummy|mumma|bhai|behen|bete|beti|abhi|madad|help|jaldi)(?!\S)",
    "id": r"(?:aku|saya|gue|gw|aq|ayah|ibu|mama|papa|bapak|anak|adik|kakak|suami|istri|nenek|kakek|sekarang|tolong|cepat"
    r"|darurat|\S+ku)(?!\S)",
    "tr": r"(?:annem|babam|oglum|kizim|esim|kardesim|dedem|ninem|ben|bana|beni|benim|simdi|acil|yardim|imdat|\S+(?:iyorum"
    r"|uyorum|iyoruz|dim|dum|tim|tum))(?!\S)",
}


def frame(module: str) -> tuple[str, ...]:
    """The language's information question about an emergency, asked with no one of the writer's own and no now."""
    if module not in INFO:
        return ()
    return (rf"{_unless(OWN_NOW[module])}{ANY}{INFO[module]}",)
