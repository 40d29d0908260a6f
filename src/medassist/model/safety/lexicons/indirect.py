"""Self-harm said indirectly, by word families in each language (issue 21, round 18).

The lexicons held mostly direct words ("matarme", "suicid"): a person who writes "aku capek banget, malam ini aku mau
pergi selamanya dari dunia ini" (tonight I want to leave this world forever) got the "MedAssist answers in English"
reply. The English reader has indirect kinds (`self_harm_cues.py`); these are the same kinds in each language's grammar,
one family per way of saying it, so that a new wording of a kind is read by its parts rather than one phrase per miss:

* sleeping, or wishing, and not waking again (`SLEEP_OR_WISH` ... `NOT_WAKE`), not "not till noon" (`UNTIL`), or
  sleeping forever (`FOREVER`);
* nobody would miss the writer (`NO_ONE_MISSES`);
* leaving this world (`LEAVE_WORLD`: the world, not a city or a job);
* a last message (`LAST_MESSAGE`), not the last one for today or before bed (`FOR_NOW`);
* everyone better off without me (`WITHOUT_ME`);
* thanks for everything or someone entrusted to a friend, with the writer not here soon (`THANKS`, `NOT_HERE` and the
  grid's endings), not before a trip (`TRIP`);
* a burden or not coping any more (`DESPAIR`) with the means ready (`MEANS` ... `READY`) or ending it (`END_IT`);
  ending it all (`END_ALL`) with despair or a time that is near (the grid's `NEAR`).

Words are stems, folded as the lexicons fold (no accents, lower case). Modules are keyed as `grid`'s: Russian and Arabic
typed in Latin letters have none here.
"""

from __future__ import annotations

from medassist.model.safety.lexicons.grid import ENDING, FAREWELL, NEAR
from medassist.model.safety.lexicons.kinds import ANY, W, _either, _unless

# Sleeping, or a wish or tonight, before the not waking ("me duermo y ya no despierto", "ojala no despertar").
SLEEP_OR_WISH = {
    "es": r"(?:dorm|duerm|acuest|acost|ojala|quiero|quisiera|esta noche)",
    "pt": r"(?:dorm|deit|tomara|quero|queria|essa noite|esta noite|hoje a noite|hj a noite)",
    "fr": r"(?:dorm|endor|couch|j aimerais|je voudrais|je veux|ce soir|cette nuit)",
    "de": r"(?:schlaf|einschlaf|leg mich|will|wunsch|hoffe|heute nacht)",
    "it": r"(?:dorm|addorm|vorrei|voglio|spero|stanotte|stasera)",
    "ru": r"(?:усн|засн|сплю|спать|лягу|хочу|хотел|надеюсь|сегодня ночью)",
    "ar": r"(?:و|ف)?(?:هنام|انام|نايم|انام|عايز|عايزه|عاوز|نفسي|ياريت|يا ريت|الليله)",
    "hi": r"(?:सो|सोऊं|सोना|नींद|चाहता|चाहती|काश|आज रात)",
    "hi_latn": r"(?:so ja|so jau|sou(?!\S)|sona|so kar|so ke|neend|chahta|chahti|kash|kaash|aaj raat)",
    "id": r"(?:tidur|pengen|pingin|ingin|mau|berharap|semoga|malam ini)",
    "tr": r"(?:uyu|uyuy|istiyorum|keske|umarim|bu gece)",
}
# Not waking, said of oneself: a negation (or "never", "no more") and the language's first person or infinitive of
# waking. A third person's not waking ("no despierta") is the lexicons' unconscious sign, read before these.
NOT_WAKE = {
    "es": r"(?:no|nunca|jamas|ya no) (?:mas )?(?:me )?(?:voy a )?(?:vuelv[oa] a |volver a )?(?:despertar|despierto|despertare|despierte)",
    "pt": r"(?:nao|nunca|jamais) (?:mais )?(?:vou )?(?:acordar|acordo|acorde|despertar)",
    "fr": r"(?:(?:me )?reveill\S* (?:plus|jamais)|(?:ne plus|plus jamais|jamais|pas) (?:me )?reveill)",
    "de": r"(?:wach\S* (?:\S+ )?(?:nicht mehr|nie mehr|nie wieder|nimmer) auf|(?:nicht mehr|nie mehr|nie wieder|nimmer) "
    r"(?:\S+ )?(?:aufwach|aufzuwach))",
    "it": r"(?:non (?:mi )?(?:sveglio|svegliarmi|svegliero|risveglio|risvegliarmi) (?:piu|mai)|(?:mai piu|non piu) "
    r"(?:mi )?(?:svegli|risvegli)|(?:e|per) non (?:svegliarmi|risvegliarmi))",
    "ru": r"(?:(?:больше |никогда )?не (?:проснусь|проснуться|просыпаться)|(?:уснуть|заснуть|усну|засну) (?:\S+ ){0,2}навсегда)",
    # ("صحا", "اصحا": spoken.GRAMMAR reads the Egyptian circumfix "ما...ش" as "ما" and the verb, so "ما اصحاش" arrives
    # as "ما اصحا"; session 46)
    "ar": r"(?:و|ف)?(?:(?:مش|ما|لن|ولا) (?:ه|ح)?(?:صحى|اصحى|صحا|اصحا|استيقظ|اقوم)|ما ?(?:ا)?صحاش|مش (?:ه|ح)(?:صحى|اصحى|قوم))",
    "hi": r"(?:(?:कभी|फिर|दोबारा) (?:\S+ )?(?:नहीं|नही|ना|न) (?:उठूंगा|उठूंगी|उठना|उठूं|जागूंगा|जागूंगी|जागना)"
    r"|(?:नहीं|नही) (?:उठूंगा|उठूंगी|जागूंगा|जागूंगी))",
    "hi_latn": r"(?:(?:kabhi|phir|fir|dobara) (?:\S+ )?(?:nahi|nhi|na) (?:uthunga|uthungi|uthna|uthu|jagunga|jagungi|jaagunga"
    r"|jaagna)|(?:nahi|nhi) (?:uthunga|uthungi|jagunga|jagungi|jaagunga))",
    "id": r"(?:(?:gak|ga|nggak|enggak|ngga|gk|tidak|tak) (?:\S+ )?(?:bangun|terbangun) (?:lagi|selamanya)|tidur "
    r"(?:\S+ )?selamanya)",
    "tr": r"(?:(?:bir daha|hic|artik) (?:\S+ )?uyanma|uyuyup (?:\S+ ){0,2}uyanma|sonsuza (?:kadar|dek) uyu)",
}
# ... or not waking ever again, said of oneself: with "again", "any more" or "never again" the not waking is final
# without a sleep verb or a wish before it ("ja deixei tudo arrumado, amanha nao vou mais acordar"; session 43). Not
# "not waking early any more" (`UNTIL`, as above). Arabic and Hindi have none: their not waking says no "again" apart.
NOT_WAKE_AGAIN = {
    "es": r"(?:(?:ya no|nunca mas) (?:me )?(?:voy a |vuelv[oa] a |volver a )?(?:despertar|despierto|despertare)"
    r"|no (?:me )?(?:voy a )?(?:vuelv[oa] a|volver a|volvere a) despertar"
    r"|no (?:voy a )?(?:despertar|despierto|despertare)(?:me)? (?:nunca )?mas)",
    "pt": r"(?:(?:nao|nunca) (?:vou )?mais (?:vou )?(?:acordar|acordo|despertar)|(?:nao|nunca) (?:vou )?(?:acordar|acordo)"
    r" (?:nunca )?mais|nunca mais (?:vou )?(?:acordar|acordo))",
    "fr": r"(?:(?:me )?reveill\S* plus jamais|ne (?:me )?reveill\S* plus|plus jamais (?:me )?reveill)",
    "de": r"(?:(?:nie mehr|nie wieder|nimmer) (?:\S+ )?(?:aufwach|aufzuwach)|wach\S* (?:\S+ )?(?:nie mehr|nie wieder|nimmer)"
    r" auf)",
    "it": r"(?:non (?:mi )?(?:svegli\S*|risvegli\S*) (?:mai )?piu|(?:mai piu|non piu) (?:mi )?(?:svegli|risvegli))",
    "ru": r"(?:больше (?:не|никогда не) (?:проснусь|проснуться)|никогда (?:больше )?не проснусь)",
    "id": r"(?:(?:gak|ga|nggak|enggak|ngga|gk|tidak|tak) (?:akan |bakal )?(?:bangun|terbangun) lagi(?: selamanya)?)",
    "tr": r"(?:bir daha (?:\S+ )?uyanma|artik uyanmayacag)",
}
# Everything left in order, put away, settled by the writer ("ya deje todo ordenado", "hab alles geregelt"): with the not
# waking or the not being here, a farewell's preparations (session 43). Alone it is a tidy house or a finished job.
AFFAIRS_IN_ORDER = {
    "es": r"(?:(?:deje|dejo|tengo|esta|he dejado) (?:\S+ )?todo (?:ordenado|arreglado|listo|resuelto|en orden|organizado)"
    r"|(?:ordene|arregle|organice) (?:\S+ )?(?:todo|mis cosas))",
    "pt": r"(?:(?:deixei|deixo|ta|esta|tenho) (?:\S+ )?tudo (?:arrumado|organizado|pronto|resolvido|em ordem|certo)"
    r"|(?:arrumei|organizei|resolvi) (?:\S+ )?(?:tudo|minhas coisas))",
    "fr": r"(?:(?:j ai|jai) (?:\S+ )?tout (?:range|regle|organise|prepare|mis en ordre)|tout est (?:range|regle|en ordre|pret))",
    "de": r"(?:(?:hab|habe) (?:\S+ ){0,2}alles (?:geregelt|erledigt|aufgeraeumt|aufgeraumt|geordnet|vorbereitet)"
    r"|alles ist (?:geregelt|erledigt|in ordnung gebracht))",
    "it": r"(?:(?:ho|ho gia) (?:\S+ )?(?:sistemato|messo in ordine|preparato|organizzato) (?:\S+ )?tutto|tutto e (?:sistemato|in ordine|pronto))",
    "ru": r"(?:(?:всё|все) (?:\S+ )?(?:привел|привела|привёл) в порядок|(?:всё|все) (?:уже )?(?:устроил|устроила|решил|решила|подготовил|подготовила))",
    "id": r"(?:(?:udah|sudah) (?:\S+ )?(?:beresin|kuberesin|rapikan|rapiin|siapin|kusiapin) (?:\S+ )?semua|semua(?:nya)? (?:udah|sudah) (?:beres|rapi|siap))",
    "tr": r"(?:her seyi (?:\S+ )?(?:ayarladim|hallettim|duzenledim|topladim|hazirladim))",
}
# ... or sleeping forever ("quiero dormir para siempre").
FOREVER = {
    "es": r"(?:dormir(?:me)? para siempre)",
    "pt": r"(?:dormir (?:para|pra) sempre)",
    "fr": r"(?:dormir pour toujours)",
    "de": r"(?:(?:fur|fuer) immer (?:ein)?schlafen)",
    "it": r"(?:dormire per sempre)",
    "ru": r"(?:спать вечно)",
    "ar": r"(?:(?:انام|نوم) (?:على طول|للابد))",
    "hi": r"(?:हमेशा के लिए सो)",
    "hi_latn": r"(?:hamesha ke liye so)",
    "id": r"(?:tidur (?:untuk )?selamanya)",
    "tr": r"(?:sonsuza (?:kadar|dek) uyu)",
}
# Nobody would miss the writer (not "nobody would notice if I skipped the meeting": missing a person is the word).
NO_ONE_MISSES = {
    "es": r"(?:nadie (?:me )?(?:va a|iba a|van a|iban a|vaya a)? ?(?:extranar|extranaria|echar de menos|echaria de menos))",
    "pt": r"(?:ninguem (?:vai|ia|iria)? ?(?:sentir|sentiria) (?:a )?(?:minha )?falta)",
    "fr": r"(?:(?:je ne|je) manquerai (?:a )?personne|personne ne (?:me )?regrettera|personne ne me pleurera)",
    "de": r"(?:niemand (?:wird|wurde|wuerde)? ?mich vermissen|keiner (?:wird|wurde|wuerde)? ?mich vermissen)",
    "it": r"(?:nessuno (?:sentira|sentirebbe) la mia mancanza|non manchero a nessuno)",
    "ru": r"(?:никто не (?:будет|станет) (?:по мне |обо мне )?(?:скучать|плакать|жалеть))",
    "ar": r"(?:محدش (?:ه|ح)(?:يفتقدني|يوحشه|يزعل عليا|يعيط عليا))",
    "hi": r"(?:किसी को (?:मेरी )?(?:याद|कमी) (?:नहीं|नही) (?:आएगी|खलेगी))",
    "hi_latn": r"(?:kisi ko (?:meri )?(?:yaad|kami) (?:nahi|nhi) (?:aayegi|aaegi|ayegi|khalegi)|koi miss nahi karega)",
    "id": r"(?:(?:gak|ga|nggak|tidak) (?:ada )?(?:yang|orang) (?:bakal |akan )?(?:kangen|merindukan|kehilangan) (?:aku|gue|saya))",
    "tr": r"(?:kimse (?:beni )?(?:ozlemez|ozlemeyecek|aramayacak))",
}
# ... not till a time: "no despertar hasta el mediodia", "non mi sveglio fino a mezzogiorno".
UNTIL = {
    "es": r"(?:hasta|temprano|a tiempo|con (?:la )?alarma)", "pt": r"(?:ate (?:o|a|as|meio)|cedo|a tempo|com o alarme)",
    "fr": r"(?:avant|jusqu|tot|a temps|avec le reveil)", "de": r"(?:bis|fruh|frueh|rechtzeitig|wecker)",
    "it": r"(?:fino|prima|presto|in tempo|sveglia)", "ru": r"(?:до |вовремя|рано|будильник)",
    "ar": r"(?:لحد|قبل|بدري|المنبه|الضهر)", "hi": r"(?:तक|जल्दी|अलार्म)", "hi_latn": r"(?:tak|jaldi|alarm|subah)",
    "id": r"(?:sampai|sampe|ampe|pagi|alarm)", "tr": r"(?:kadar|erken|alarm)",
}
# Leaving this world (the world, or this life in the Latin languages), said by the writer or wished.
LEAVE_WORLD = {
    "es": r"(?:irme|me voy|me ire|me quiero ir|quiero irme|salir|dejar|despedirme|desaparecer) (?:\S+ )?(?:de )?(?:este|esta)"
    r" (?:mundo|vida(?! de))",
    "pt": r"(?:ir embora|sair|deixar|partir|sumir|me despedir) (?:\S+ )?(?:de )?(?:desse|deste|dessa|desta|esse|este) "
    r"(?:mundo|vida(?! de))",
    "fr": r"(?:quitter|partir de|m en aller de|disparaitre de) (?:\S+ )?(?:ce monde(?! de)|cette terre|cette vie(?! de))",
    "de": r"(?:(?:aus|von) (?:dieser|der) welt (?:\S+ )?(?:gehen|gehn|verschwinden|scheiden)|diese welt (?:\S+ )?verlassen)",
    "it": r"(?:andarmene|andare via|uscire|lasciare|sparire) (?:\S+ )?(?:da |di )?(?:questo mondo|questa vita(?! di))",
    "ru": r"(?:уйти|уйду|уходить|покинуть|покину|исчезнуть) (?:\S+ )?(?:из этого мира|этот мир|из жизни|из этой жизни)",
    "ar": r"(?:و|ف)?(?:امشي|اسيب|اغادر|همشي|هسيب|ههرب|اخرج) (?:\S+ )?(?:من )?(?:ال)?(?:دنيا|عالم ده|حياه دي)",
    "hi": r"(?:दुनिया|जिंदगी|ज़िंदगी) (?:\S+ ){0,2}(?:छोड़|छोड)\S* (?:\S+ )?(?:जाना|जाऊंगा|जाऊंगी|दूंगा|दूंगी|चाहता|चाहती|देना)",
    "hi_latn": r"(?:duniya|duniyaa|zindagi|jindagi) (?:\S+ ){0,2}(?:chhod|chod)\S* (?:\S+ )?(?:jaana|jana|jaunga|jaungi|dunga"
    r"|dungi|chahta|chahti|dena|hai)",
    "id": r"(?:pengen|pingin|ingin|mau|bakal|akan) (?:\S+ ){0,2}(?:pergi|ninggalin|meninggalkan) (?:\S+ ){0,2}(?:dari )?dunia",
    "tr": r"(?:bu )?dunya(?:dan|yi) (?:\S+ ){0,2}(?:gitmek|gidecegim|gidiyorum|ayrilmak|ayrilacagim|terk)",
}
# "This is my last message" (the writer's), not the last one for today, before bed or of a group.
LAST_MESSAGE = {
    "es": r"(?:(?:mi|este es mi|es mi) ultimo mensaje|(?:la )?ultima vez que (?:les |te )?(?:escribo|hablo))",
    "pt": r"(?:(?:minha|essa e minha|e minha) ultima mensagem|ultima vez que (?:te |vos )?(?:escrevo|falo))",
    "fr": r"(?:(?:mon|c est mon) dernier message|derniere fois que (?:je )?(?:vous |t )?(?:ecris|parle))",
    "de": r"(?:(?:meine|das ist meine|ist meine) letzte nachricht|letzte mal dass ich (?:euch |dir )?schreib)",
    "it": r"(?:(?:il mio|e il mio|mio) ultimo messaggio|ultima volta che (?:vi |ti )?scrivo)",
    "ru": r"(?:(?:мое|это мое) последнее сообщение|последний раз (?:вам |тебе )?пишу)",
    "ar": r"(?:(?:اخر|آخر) (?:رساله|رسايل|مسج|ماسج) (?:مني|ليا|ليكم|هبعتها|هكتبها)|دي (?:اخر|آخر) (?:رساله|مسج))",
    "hi": r"(?:(?:मेरा )?(?:आखिरी|अंतिम|लास्ट) (?:मैसेज|संदेश|मेसेज))",
    "hi_latn": r"(?:(?:mera )?(?:last|aakhri|akhri|aakhiri|antim) (?:message|msg|mesej))",
    "id": r"(?:(?:pesan|chat) terakhir(?:ku| aku| dari aku| saya| gue))",
    "tr": r"(?:son mesajim|bu (?:benim )?son mesaj)",
}
FOR_NOW = {
    "es": r"(?:(?:por|de) hoy|del dia|buenas noches|hasta manana|antes de (?:dormir|salir|irme)|del grupo|en el grupo|del ano)",
    "pt": r"(?:de hoje|por hoje|do dia|boa noite|ate amanha|antes de (?:dormir|sair)|do grupo|no grupo|do ano)",
    "fr": r"(?:(?:pour|d) aujourd hui|de la journee|bonne nuit|a demain|avant de (?:dormir|partir)|du groupe|de l annee)",
    "de": r"(?:fur heute|fuer heute|heute abend|gute nacht|bis morgen|vorm schlafen|in der gruppe|dieses jahr)",
    "it": r"(?:per oggi|di oggi|buonanotte|buona notte|a domani|prima di dormire|del gruppo|nel gruppo|dell anno)",
    "ru": r"(?:на сегодня|за сегодня|спокойной ночи|до завтра|перед сном|в группе|в этом году)",
    "ar": r"(?:النهارده|تصبحوا|تصبح على خير|لبكره|قبل ما انام|في الجروب)",
    "hi": r"(?:आज का|आज के लिए|गुड नाइट|शुभ रात्रि|कल मिलते|ग्रुप)",
    "hi_latn": r"(?:aaj ka|aaj ke liye|good night|gn|kal milte|group)",
    "id": r"(?:hari ini|malam ini ya|selamat malam|met malem|sampai besok|di grup)",
    "tr": r"(?:bugunluk|bugun icin|iyi geceler|yarin gorusuruz|grupta)",
}
# Everyone better off without the writer.
WITHOUT_ME = {
    "es": r"(?:(?:estarian|estaran|estaria|vivirian|viviran|serian|seran|seria|sera|van a estar|irian|iria|les iria|le iria)"
    r" (?:\S+ ){0,2}mejor sin mi|mejor sin mi (?:todos|todo el mundo|mi familia)|sin mi (?:todos )?(?:estarian|estaran"
    r"|vivirian|serian) (?:\S+ )?mejor)",
    "pt": r"(?:melhor sem mim|sem mim (?:\S+ ){0,3}(?:melhor|mais feliz|mais felizes))",
    "fr": r"(?:mieux sans moi|sans moi (?:\S+ ){0,3}(?:mieux|plus heureu))",
    "de": r"(?:besser (?:dran )?ohne mich|ohne mich (?:\S+ ){0,4}(?:besser|glucklicher|gluecklicher))",
    "it": r"(?:meglio senza (?:di )?me|senza di me (?:\S+ ){0,3}(?:meglio|piu felic))",
    "ru": r"(?:лучше без меня|без меня (?:\S+ ){0,3}(?:лучше|счастлив|легче))",
    "ar": r"(?:(?:احسن|ارتاح|مرتاحين|هيرتاحوا|هيبقوا احسن|اسعد) (?:\S+ ){0,2}(?:من غيري|بدوني|من غير مني)|(?:من غيري|بدوني) "
    r"(?:\S+ ){0,3}(?:احسن|مرتاحين|هيرتاحوا|اسعد))",
    "hi": r"(?:मेरे बिना (?:\S+ ){0,3}(?:खुश|अच्छा|अच्छे|बेहतर|आराम)|(?:खुश|बेहतर) (?:\S+ ){0,2}मेरे बिना)",
    "hi_latn": r"(?:mere bina (?:\S+ ){0,3}(?:khush|acha|accha|achha|better|aaram|sukoon)|(?:khush|better) (?:\S+ ){0,2}mere bina)",
    "id": r"(?:(?:bahagia|baik|tenang|seneng|senang) (?:\S+ ){0,2}tanpa (?:aku|gue|gw|saya|diriku)|tanpa (?:aku|gue|gw|saya) "
    r"(?:\S+ ){0,3}(?:bahagia|baik|tenang|seneng|senang))",
    "tr": r"(?:bensiz (?:\S+ ){0,3}(?:mutlu|iyi|rahat|huzurlu)|ben olmasam (?:\S+ ){0,3}(?:mutlu|iyi|rahat|huzurlu))",
}
# Thanks for everything, or someone or something entrusted to a friend ("cuidame al gato", "titip mama").
THANKS = {
    "es": r"(?:gracias por todo|cuid(?:a|en|ame|enme|amelo|amela) (?:\S+ )?(?:a|al|a la|de|mi|mis) )",
    "pt": r"(?:obrigad[oa] por tudo|cuid(?:a|em|e) (?:bem )?(?:da|do|de|dos|das|pra mim) )",
    "fr": r"(?:merci pour tout|prends soin d|prenez soin d|occupe toi d)",
    "de": r"(?:danke (?:fur|fuer) alles|pass (?:\S+ ){0,3}auf|passt (?:\S+ ){0,3}auf|kummer dich um|kuemmer dich um)",
    "it": r"(?:grazie (?:di|per) tutto|abbi cura d|abbiate cura d|prenditi cura d)",
    "ru": r"(?:спасибо за (?:все|всё)|позаботься о|присмотри за|берегите)",
    "ar": r"(?:و|ف)?(?:شكرا على كل حاجه|متشكر على كل حاجه|خلي بالك من|خلوا بالكم من|خد بالك من)",
    "hi": r"(?:सब कुछ के लिए (?:शुक्रिया|धन्यवाद|थैंक)|(?:का|की|के) ध्यान रखना|(?:का|की|के) ख्याल रखना)",
    "hi_latn": r"(?:thanks for everything|thank you for everything|sab kuch ke liye (?:shukriya|thanks|thank)|(?:ka|ki|ke) "
    r"(?:dhyan|khayal|khyal|khayaal) rakhna)",
    "id": r"(?:makasih (?:buat|untuk) semua|terima kasih (?:buat|untuk|atas) semua|titip (?:\S+ )?(?:mama|papa|ibu|bapak|ayah"
    r"|adik|kucing|anjing|anak))",
    "tr": r"(?:her sey icin tesekkur|(?:anneme|babama|kardesime|kedime|kopegime|cocuklara) iyi bak)",
}
# The writer not here (soon): with thanks or an entrusting, and a time that is near.
NOT_HERE = {
    "es": r"(?:ya no (?:voy a |vo a )?(?:estar|existir)(?! (?:en|para|con) )|no (?:voy a )?estar mas(?! (?:en|con) ))",
    "pt": r"(?:nao (?:vou )?(?:mais )?(?:estar|to|estou) (?:mais )?aqui|nao vou (?:mais )?estar(?! (?:em|no|na|com) ))",
    "fr": r"(?:(?:ne )?serai plus la|je serai plus(?! (?:au|a|en|chez|dispo)))",
    "de": r"(?:(?:bin|sein) (?:ich )?(?:dann )?nicht mehr da|nicht mehr hier sein|nicht mehr (?:am leben|da sein))",
    "it": r"(?:non ci saro|non ci sono piu|non ci saro piu)",
    "ru": r"(?:меня (?:\S+ )?не будет|не будет меня)",
    "ar": r"(?:مش (?:ه|ح)(?:كون|بقى) موجود|مش (?:ه|ح)(?:تشوفوني|تشوفني)|مش (?:ه|ح)كون هنا)",
    "hi": r"(?:(?:नहीं|नही) रहूंग|(?:नहीं|नही) रहूंगी)",
    "hi_latn": r"(?:(?:nahi|nhi) (?:rahunga|rahungi|rahoonga|rahungaa))",
    "id": r"(?:(?:udah |sudah )?(?:gak|ga|nggak|tidak) ada lagi|udah gak ada)",
    "tr": r"(?:(?:burada |artik )?olmayacagim)",
}
# A trip or a move, which the thanks and the not being here describe too ("danke fuer alles, ab morgen bin ich nicht mehr
# da, urlaub!").
TRIP = {
    "es": r"(?:viaje|vacaciones|me mudo|mudanza|vuelo|aeropuerto|ciudad|pais|trabajo|oficina)",
    "pt": r"(?:viagem|ferias|mudanca|me mudo|voo|aeroporto|cidade|pais|trabalho|escritorio)",
    "fr": r"(?:voyage|vacances|demenag|vol |aeroport|ville|pays|boulot|bureau)",
    "de": r"(?:urlaub|reise|umzug|ziehe|flug|flughafen|stadt|land|arbeit|buro|buero)",
    "it": r"(?:viaggio|vacanz|trasloc|volo|aeroporto|citta|paese|lavoro|ufficio)",
    "ru": r"(?:поездк|отпуск|переезж|переезд|рейс|аэропорт|город|стран|работ)",
    "ar": r"(?:مسافر|سفر|اجازه|هنقل|طياره|المطار|البلد|الشغل)",
    "hi": r"(?:सफर|यात्रा|छुट्टी|शहर|ट्रिप|फ्लाइट|ऑफिस)",
    "hi_latn": r"(?:trip|travel|chutti|holiday|shahar|sheher|flight|office|shift)",
    "id": r"(?:liburan|mudik|pindah|pesawat|bandara|kota|kantor|dinas)",
    "tr": r"(?:tatil|seyahat|tasin|ucak|havaliman|sehir|is yeri|isyeri)",
}
# A farewell told indirectly (`grid.FAREWELL`: things given away, goodbyes said, a letter left) with tonight, with no end
# said ("meine gitarre verschenkt, heute nacht geh ich zum gleis", "sabko alvida keh diya, aaj raat pul pe jaunga";
# session 47: the grid reads it only beside an end said, `ENDING`); not before a trip
# (`TRIP`), and not with a day only ("herkese veda ettim, yarin tatile gidiyorum").
# The night that is near, for the farewell (narrower than `grid.TONIGHT`: things are given away by day too).
NIGHT = {
    "es": r"(?:esta noche|hoy en la noche|hoy por la noche)", "pt": r"(?:hoje a noite|essa noite|esta noite|hj a noite|hoje de noite)",
    "fr": r"(?:ce soir|cette nuit)", "de": r"(?:heute nacht|heut nacht|heute abend|heut abend)", "it": r"(?:stanotte|stasera)",
    "ru": r"(?:сегодня ночью|этой ночью|сегодня вечером)", "ar": r"(?:و|ف)?(?:الليله|بالليل)", "hi": r"(?:आज रात)",
    "hi_latn": r"(?:aaj raat|aj raat|aaj rat|aj rat|tonight)", "id": r"(?:malam ini|nanti malam|nanti malem|ntar malem|malem ini)",
    "tr": r"(?:bu gece|bu aksam)",
}
# A place to fall or be hit from, gone to ("morgen frueh fahr ich zur bruecke", "besok subuh gw ke rel kereta", "stasera salgo
# sul tetto"), told beside a farewell (`grid.FAREWELL`) whatever the time (session 49, `languages_dev25.jsonl`): a
# bridge or rails named alone are a commute.
PLACE = {
    "es": r"(?:puente|las vias|vias del tren|la azotea|el techo del edificio|acantilado|barranco)",
    "pt": r"(?:ponte|viaduto|trilhos|linha do trem|telhado do predio|terraco do predio|penhasco)",
    "fr": r"(?:pont(?!\S)|les rails|voie ferree|toit de l immeuble|toit(?!\S)|falaise)",
    "de": r"(?:brucke|bruecke|gleis|bahngleis|schienen|dach des|hochhausdach|klippe)",
    "it": r"(?:ponte|binari|tetto del palazzo|tetto(?!\S)|scogliera|dirupo)",
    "ru": r"(?:мост|рельс|крыш|обрыв)", "ar": r"(?:و|ف)?(?:ال)?(?:كوبري|جسر|قضبان|سطح العماره|مزلقان)",
    "hi": r"(?:पुल|रेलवे ट्रैक|पटरी|छत से)", "hi_latn": r"(?:pul(?!\S)|railway track|patri|chhat se)",
    "id": r"(?:jembatan|rel kereta|rel(?!\S)|atap gedung|tebing)", "tr": r"(?:kopru|tren yolu|raylar|cati(?:ya|dan)|ucurum)",
}
# Not coping any more, tired of everything (not tired: "cok yoruldum" is a long day), or a burden to everyone (despair: it counts only with the means ready or an end made near).
DESPAIR = {
    "es": r"(?:ya no (?:puedo|aguanto) mas|no aguanto mas|me canse de todo|cansad[oa] de todo|(?:soy|es) (?:\S+ )?(?:una )?"
    r"(?:carga|estorbo))",
    "pt": r"(?:nao aguento mais|cansei de tudo|cansad[oa] de tudo|(?:sou|ser) (?:\S+ )?(?:um )?(?:peso|fardo|estorvo))",
    "fr": r"(?:j en peux plus|jen peux plus|n en peux plus|marre de tout|fatigue de tout|(?:je suis|suis) (?:\S+ )?(?:un )?"
    r"(?:poids|fardeau|boulet))",
    "de": r"(?:kann nicht mehr|keine kraft mehr|(?:bin|nur) (?:\S+ ){0,2}(?:ne |eine )?(?:last|belastung))",
    "it": r"(?:non ce la faccio piu|non ne posso piu|stanc[oa] di tutto|sono (?:\S+ )?(?:un )?(?:peso|fardello))",
    "ru": r"(?:не могу больше|больше не могу|устал\S* от всего|сил больше нет|обуз)",
    "ar": r"(?:و|ف)?(?:تعبت من كل حاجه|مش قادر اكمل|مش قادره اكمل|زهقت من كل حاجه|عبء|عبئ|حمل تقيل)",
    "hi": r"(?:(?:जिंदगी|ज़िंदगी|सब) से थक|और (?:नहीं|नही) सह|बर्दाश्त (?:नहीं|नही)|बोझ)",
    "hi_latn": r"(?:(?:zindagi|jindagi|sab) se thak|aur (?:nahi|nhi) seh|bardasht (?:nahi|nhi)|bojh)",
    "id": r"(?:(?:capek|cape|lelah) (?:sama |dengan )?(?:hidup|semuanya|semua ini)|(?:gak|ga|nggak) kuat lagi|(?:gak|ga|nggak)"
    r" sanggup lagi|(?:jadi|cuma) beban)",
    "tr": r"(?:(?:her seyden|hayattan|yasamaktan) yoruldum|dayanamiyorum|bittim|yuk oluyorum|yukum)",
}
# The means (pills, a rope, a blade) ...
MEANS = {
    "es": r"(?:pastill|pildor|medicin|remedios|soga|cuerda|navaja|cuchilla)",
    "pt": r"(?:remedio|comprimid|pilula|corda|lamina|gilete)",
    "fr": r"(?:cachet|comprime|medoc|pilule|corde|lame)",
    "de": r"(?:tablett|pillen|medikament|strick|seil|klinge)",
    "it": r"(?:pastigl|pillol|compress|corda|lametta)",
    "ru": r"(?:таблетк|таблеток|веревк|петл|лезви)",
    "ar": r"(?:و|ف)?(?:ال)?(?:حبوب|حبايات|اقراص|برشام|حبل|موس|شفره)",
    "hi": r"(?:गोलियां|गोलियाँ|गोली|रस्सी|फंदा|ब्लेड)",
    "hi_latn": r"(?:goliyan|goliya|goli|tablets|rassi|phanda|fanda|blade)",
    "id": r"(?:obat|pil|tali|silet)",
    "tr": r"(?:hap|ilac|ip(?!\S)|ipi|jilet)",
}
# ... ready, prepared, saved or counted.
READY = {
    "es": r"(?:list[oa]s?|preparad|juntad|guardad|contad|escondid)",
    "pt": r"(?:pront[oa]s?|separad|separei|guardad|guardei|contad|escondi)",
    "fr": r"(?:pret|prete|prets|pretes|prepar|de cote|compte|cache)",
    "de": r"(?:bereit|parat|vorbereitet|gesammelt|gezahlt|gezaehlt|versteckt|liegen schon)",
    "it": r"(?:pront[oie]|preparat|mess[oaie] da parte|contat|nascost)",
    "ru": r"(?:готов|приготовил|припас|накопил|собрал|спрятал)",
    "ar": r"(?:جاهز|جاهزه|جهزت|محضر|محضره|خبيت|مخبي)",
    "hi": r"(?:तैयार|जमा|छुपा|रखी|रखे)",
    "hi_latn": r"(?:ready|taiyar|tayyar|jama|chhupa|rakhi|rakhe)",
    "id": r"(?:siap|siapin|disiapin|nyiapin|kusiapin|kumpulin|ngumpulin|sembunyi)",
    "tr": r"(?:hazir|hazirladim|biriktirdim|sakladim)",
}
# Ending it all, said with despair or with a time that is near ("esta noche acabo con todo", "heut nacht schluss mit
# allem"): all of it, not a task ("acabo con todo el trabajo", "mach heute frueher schluss").
END_ALL = {
    "es": r"(?:(?:acab|termin)\S* con todo(?! (?:el|la|los|las|lo|mi|mis|de|del|que|esto|eso) ))",
    "pt": r"(?:(?:acab|termin)\S* com tudo(?! (?:o|a|os|as|do|da|de|que|isso) ))",
    "fr": r"(?:en finir (?:avec tout|une bonne fois|pour de bon)|mettre fin a tout|tout arreter pour de bon)",
    "de": r"(?:schluss mit allem|mit allem schluss|allem ein ende)",
    "it": r"(?:chiudo con tutto|chiudere con tutto|la faccio finita|farla finita)",
    "ru": r"(?:со всем (?:\S+ )?(?:покончу|закончу)|(?:покончить|покончу) со всем)",
    # every dialect's future before the verb (Egyptian "ه", "ح"; Gulf "ب"; Levantine "رح", "ب"; standard "س"; Maghrebi "غادي")
    "ar": r"(?:و|ف)?(?:(?:ه|ح|ب|س|رح |راح |غادي )?(?:ا|ن)?(?:خلص) من كل (?:حاجه|ده|دا|شي|شيء)"
    r"|(?:ه|ح|ب|س|رح |راح |غادي )?(?:ا|ن)?(?:نهي) (?:كل (?:حاجه|ده|دا|شي|شيء)|كلشي|حياتي))",
    "hi": r"(?:सब (?:कुछ )?खत्म कर (?:दूंगा|दूंगी|दूं|देना))",
    "hi_latn": r"(?:sab (?:kuch )?(?:khatam|khatm) kar (?:dunga|dungi|du|doon|dena|doonga))",
    "id": r"(?:(?:meng)?akhiri (?:semua|semuanya|hidup))",
    "tr": r"(?:her seye son ver|hayatima son ver)",
}
# ... or ending it, this, when despair is said beside it (alone these end a task or a relationship as often).
END_IT = {
    "es": r"(?:(?:acab|termin)\S* con (?:esto|todo esto)(?! (?:de|del) ))",
    "pt": r"(?:(?:acab|termin)\S* com (?:isso|tudo isso)(?! (?:de|do|da) ))",
    "fr": r"(?:en finir|tout arreter|ce sera (?:\S+ )?fini pour moi)",
    "de": r"(?:(?:mach|mache) (?:\S+ ){0,3}schluss(?! mit (?:ihm|ihr|dem|der|meinem freund|meiner freundin)))",
    "it": r"(?:finirla|chiudere (?:qui|tutto))",
    "ru": r"(?:покончу|покончить)",
    "ar": r"(?:و|ف)?(?:هخلص من ده|هنهي ده|هخلص من الدنيا)",
    "hi": r"(?:खत्म कर (?:दूंगा|दूंगी))",
    "hi_latn": r"(?:(?:khatam|khatm) kar (?:dunga|dungi))",
    "id": r"(?:udahan (?:aja|semua))",
    "tr": r"(?:her seyi bitir|hepsini bitir|son verecegim)",
}


def signs(module: str) -> dict[str, tuple[str, ...]]:
    """"self_harm" -> the indirect families above in the lexicon `module`'s language (none for a module without them).
    Each family carries its own look-alike (a time to wake by, a last message for now, a trip or a move) so that it
    takes back only itself, not the other templates' self-harm."""
    if module not in NOT_WAKE:
        return {}
    despair, end_it, near = DESPAIR[module], END_IT[module], NEAR[module]
    means_ready = rf"(?:{MEANS[module]}\S* (?:\S+ ){{0,3}}{READY[module]}|{READY[module]}\S* (?:\S+ ){{0,3}}{MEANS[module]})"
    farewell_end = rf"(?:{NOT_HERE[module]}|{ENDING[module]})"
    no_trip = _unless(TRIP[module])
    not_till = _unless(rf"{UNTIL[module]}\S* (?:\S+ ){{0,2}}{NOT_WAKE[module]}")  # "jaldi nahi uthunga", "presto non mi sveglio"
    not_at_a_time = rf"(?!\S* (?:\S+ )?(?:{UNTIL[module]}|\d))"  # "nao acordo mais as 6", "... cedo"
    again = () if module not in NOT_WAKE_AGAIN else (
        rf"{not_till}{ANY}{NOT_WAKE_AGAIN[module]}{not_at_a_time}",
        *(rf"{not_till}{no_trip}{ANY}{pair}" for pair in _either(
            AFFAIRS_IN_ORDER[module], rf"(?:{NOT_WAKE[module]}{not_at_a_time}|{farewell_end})")))
    return {"self_harm": (
        rf"{not_till}{ANY}{SLEEP_OR_WISH[module]}\S* {W}{NOT_WAKE[module]}(?!\S* (?:\S+ )?{UNTIL[module]})",
        *again,
        FOREVER[module], NO_ONE_MISSES[module],
        LEAVE_WORLD[module],
        rf"{_unless(FOR_NOW[module])}{ANY}{LAST_MESSAGE[module]}",
        WITHOUT_ME[module],
        *(rf"{no_trip}{ANY}{pair}" for pair in _either(THANKS[module], farewell_end)),
        *_either(despair, means_ready), *_either(despair, rf"(?:{end_it}|{END_ALL[module]})"),
        *_either(near, END_ALL[module]),
        *(rf"{no_trip}{ANY}{pair}" for pair in _either(FAREWELL[module], NIGHT[module])),
        *(rf"{no_trip}{ANY}{pair}" for pair in _either(FAREWELL[module], PLACE[module])),
    )}
