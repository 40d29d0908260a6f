"""Session 48 (issue 21 item 3): the cells of the kinds x languages matrix that no lexicon filled - a venomous bite or
sting, carbon monoxide and hypothermia in every language (`kinds.py`), burns, a blow to the head, drowning, a shock, a
sting and a stiff neck with a fever in Arabic typed in Latin letters, a shock, a blow to the head, hypothermia, a bite
and carbon monoxide in Russian typed in Latin letters, and thin forms elsewhere (a fryer's oil, "s'est electrise", a
sunken soft spot). Each emergency stands next to a look-alike with its words: a past now fine, a question asked for
knowing, a hypothetical, the writer's own "I'm frozen". Sentences written for this file, none taken from a set
(`languages_dev24.jsonl` holds the development sentences)."""

from __future__ import annotations

import pytest
from support import assert_emergency_reply_localized

from medassist.model.safety import check_input
from medassist.model.safety.lexicons import find_emergency

# (language, category, emergency, look-alike that shares its words)
PAIRS = [
    # a venomous bite or sting, either order; a bite of long ago now fine, or a question for knowing
    ("es", "poisoning", "a mi sobrino lo mordio una vibora en el monte y la mano se le esta hinchando",
     "hace tres años me mordio una vibora en el campo, ahora estoy muy bien, quedan secuelas?"),
    ("tr", "poisoning", "bahcede dedemi yilan isirdi, ayak bilegi mosmor oldu",
     "yilan isirirsa ne yapilir? sadece merak ettim"),
    ("id", "poisoning", "om disengat kalajengking di kebun, tangannya kaku dan keringetan",
     "tahun lalu aku pernah disengat kalajengking, sekarang sehat, bahaya gak kalau kena lagi?"),
    ("hi-Latn", "poisoning", "mausi ko bichhu ne dank maara, pair mein jalan aur pasina aa raha",
     "agar bichhu dank maare to kya karna chahiye? school project ke liye"),
    # carbon monoxide named with a sign of it; a question about a detector is not one
    ("it", "poisoning", "pensiamo sia monossido dalla caldaia, la mamma ha un forte mal di testa e mio fratello e svenuto",
     "ogni quanto si cambia il rilevatore di monossido? chiedo per casa nuova"),
    ("ru", "poisoning", "кажется угорели от бани, у отца голова кружится и его рвет",
     "как работает датчик угарного газа? просто интересно"),
    # hypothermia: a body gone ice cold with the shivering stopped or the mind gone; the writer's own "I'm frozen"
    ("de", "hypothermia", "mein nachbar lag die nacht im garten, er ist eiskalt und zittert gar nicht mehr",
     "bin total eiskalt nach dem eisbaden und etwas verwirrt was ich essen soll, hilft suppe?"),
    ("pt", "hypothermia", "o vovo passou a madrugada no quintal no frio, esta gelado e desorientado",
     "to gelada nessa sala e meio confusa com a planilha kkk, cha de que aquece?"),
    ("tr", "hypothermia", "babam karda kalmis, buz gibi olmus, titremesi kesildi",
     "buz gibi oldum otobus beklerken, ihlamur mu iceyim?"),
    # Arabic in Latin letters: a boiling liquid with blisters; a blow to the head with vomiting; drowning in the sea
    ("ar", "burns", "ibni nkab 3aleh shay 3am yeghli, sidro kello fa2a3at",
     "ana 3am eghli may lal shay, ya3ni shu a7san 3ashe lal awlad?"),
    ("ar", "head_injury", "akhoya we2e3 men el sellom 3ala raso w sar yet2ayya2 w na3san",
     "akhoya we2e3 men el bisklet embere7 bas ejro, halla2 mni7, shu 7ott 3aleha?"),
    ("ar", "drowning", "ibn 3ammi kan 3am yeghra2 bel masba7, tala3nah w mesh 3am yetnaffas mni7",
     "law had ghere2 bel ba7r shu lazem a3mel? bas ta3lim"),
    ("ar", "poisoning", "benti lada3ha 3a2rab b edha w 3am tet2ayya2", "kif ba3ref eza el 3a2rab sam aw la?"),
    # Russian in Latin letters: a shock with what it did; a blow to the head; a fever with a stiff neck, fever first
    ("ru", "electric_shock", "brata udarilo tokom na strojke, upal i serdce bjetsya neritmichno",
     "v proshlom godu menya udarilo tokom, seichas vse normalno, nado li delat ekg?"),
    ("ru", "head_injury", "doch upala s velosipeda, udarilas golovoi, ee dvazhdy vyrvalo i ona sonnaya",
     "chto delat esli rebenok udarilsya golovoi? prosto sprashivayu"),
    ("ru", "sepsis_meningitis", "u syna temperatura 40 i sheya ne gnetsya, plachet ot sveta",
     "kak otlichit meningit ot grippa? prosto interesno"),
    # a fryer's oil with the skin raw; a little burn on a finger
    ("fr", "burns", "ma soeur s'est renverse l'huile de la friteuse sur la jambe, c'est a vif",
     "je me suis brule le doigt sur la poele, petite cloque, je mets quoi ?"),
    ("fr", "electric_shock", "mon oncle s'est electrise sur le chantier, il a mal a la poitrine et le coeur qui saute",
     "c'est quoi la difference entre electrise et electrocute ? pour un devoir"),
    # a sunken soft spot in a baby who does not feed
    ("pt", "infant_child", "minha bebe de 2 meses nao quer mamar, ta molinha e a moleira ta funda",
     "a moleira do bebe fecha com quantos meses? so curiosidade"),
    # a near-drowning of long ago is a history
    ("es", None, "", "el año pasado mi sobrina casi se ahoga en la alberca, ahora no quiere nadar, como la animo?"),
]


@pytest.mark.parametrize(("language", "category", "emergency", "look_alike"), PAIRS)
def test_the_emergency_is_read_and_its_look_alike_is_not(language: str, category: str | None, emergency: str,
                                                        look_alike: str) -> None:
    if emergency:
        assert find_emergency(emergency, prefer=language) == (language, category), emergency
    assert find_emergency(look_alike, prefer=language) is None, look_alike
    assert check_input(look_alike, learned=False).action != "emergency", look_alike


@pytest.mark.parametrize(("language", "country", "number", "text"), [
    ("tr", "TR", "(112)", "kizimi akrep sokmus, cok terliyor ve kusuyor"),
    ("ru", "RU", "(112 / 103)", "деда нашли в снегу, он ледяной и уже не дрожит"),
    ("hi-Latn", "IN", "(112)", "chachi ko saanp ne kaat liya, pair sooj raha hai"),
    ("ar", "EG", "(123)", "ibni wi2i3 3ala raso men el takht w sar yet2ayya2 marten"),
    ("fr", "FR", "(15 / 112)", "mon voisin s'est electrise avec une rallonge, il est tombe et respire bizarre"),
])
def test_the_reply_is_in_the_persons_language_with_the_countrys_number(language: str, country: str, number: str,
                                                                      text: str) -> None:
    assert_emergency_reply_localized(text, language, country, number)
