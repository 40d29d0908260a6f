"""Medicines known by one name in many languages (international generic names and common brands, in Latin, Cyrillic,
Arabic and Devanagari letters), and the words for a medicine's kind that travel with them ("antidepressant", "painkiller"),
which every lexicon's `PILLS` reads besides its own words (session 54).

Each lexicon's `PILLS` held its own language's words, and the Latin-script Romance lexicons many medicines by name while
Russian, Arabic, Hindi, Hinglish, Indonesian and Turkish held almost none ("usne saari paracetamol kha li", "наглоталась
корвалола"); an overdose said with a medicine's name in those languages went unread. Stems are free at their end, as every
pattern is, so each is long enough not to begin an everyday word (no "dolo": Spanish "dolor"; no "مسكن", a dwelling).
Folded as the lexicons fold (no accents, lower case)."""

MEDICINES = (
    r"(?:paracetamol|parasetamol|acetaminof|tylenol|panadol|crocin|calpol|doliprane|dafalgan|efferalgan|tachipirin|ibuprof"
    r"|brufen|advil|nurofen|aspirin|xanax|alprazolam|alprax|clonazepam|rivotril|diazepam|valium|lorazepam|bromazepam|lexotan"
    r"|tramadol|zolpidem|stilnox|pregabalin|lyrica|gabapentin|codein|morphin|oxycodon|fentanyl|quetiapin|seroquel|amitriptylin"
    r"|sertralin|fluoxetin|prozac|citalopram|paroxetin|venlafaxin|mirtazapin|olanzapin|haloperidol|carbamazepin|lamotrigin"
    r"|depakin|lithium|metformin|warfarin|digoxin|propranolol|diphenhydramin|benadryl|antidepress|benzodiazepin|anxiolyt"
    r"|painkiller|pills?(?!\S)"
    r"|парацетамол|ибупрофен|нурофен|аспирин|анальгин|цитрамон|феназепам|трамадол|ксанакс|прегабалин|кодеин|морфин"
    r"|корвалол|валокордин|фенибут|донормил|димедрол|реланиум|амитриптилин|кветиапин|антидепрессант|успокоительн"
    r"|обезболивающ|транквилизатор|нейролептик"
    r"|باراسيتامول|بنادول|بروفين|ترامادول|زاناكس|ليريكا|مسكنات|منوم|منومات|مهدئ|مهدئات|برشام|اسبرين|فيفادول"
    r"|पैरासिटामोल|क्रोसिन|पेनकिलर|एल्प्रैक्स)"
)
