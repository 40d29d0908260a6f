"""Session 51 (issue 21 item 3, `languages_dev27.jsonl`: kinds thin in the dev kinds x languages matrix, and look-alikes
in their words). The new templates of `lexicons.kinds` (`_session51`): breathing that stopped, heatstroke told by the
sweating stopped, a scald that blistered, a fall from a height with a sign of the head, a sudden loss of one eye's sight
or of clear speech, a farewell with a place to end it and a time; beside each, a look-alike in the same words that stays
an answer: a small burn, a fall years ago, a neck stiff from sleeping wrong, a burn's scar, a history asked about "now",
a bank queue "killing" the writer, a baby supposed to stop breathing, a relative's allergy in the writer's
childhood. And words the kinds' lexicons lacked: a throat closing in Italian and Russian, pills with alcohol in Arabizi,
hanging from the fan in Hindi, a jump from a bridge in the Spanish present. Sentences written for this file, none taken from a set."""

from __future__ import annotations

import pytest
from verdicts import assert_no_emergency, assert_read_as_emergency

from medassist.model.safety.lexicons import find_emergency

# (language, an emergency only a session-51 template reads, its category)
NEW_KINDS = [
    ("es", "mi nieto de 3 meses dejo de respirar mientras dormia y tiene la carita gris", "breathing"),
    ("pt", "meu sobrinho parou de respirar no berço, ta todo mole", "breathing"),
    ("id", "kakekku berhenti napas di kursi teras, mukanya abu abu", "breathing"),
    ("es", "mi suegro se quedo en el campo sin sombra, ahora esta rojo, no suda nada y esta desorientado", "heat_stroke"),
    ("fr", "mon collegue est sur le chantier depuis ce matin, il transpire plus du tout et il est tout confus", "heat_stroke"),
    ("tr", "amcam tarlada calisirken fenalasti, terlemiyor ve bilinci bulanik", "heat_stroke"),
    ("de", "meine nichte hat heisse milch über die beine bekommen, überall blasen und sie weint", "burns"),
    ("it", "mio nipote si è versato il latte caldo sul petto, è pieno di vesciche", "burns"),
    ("hi-Latn", "bhatije par garam doodh gir gaya, pet aur haath par chhale aa gaye", "burns"),
    ("pt", "meu cunhado caiu do telhado da garagem, nao responde e ta saindo sangue do ouvido", "head_injury"),
    ("id", "om saya jatuh dari pohon kelapa, tidak sadar dan kepalanya berdarah", "head_injury"),
    ("ru", "у тёти вдруг речь стала невнятная, слова путает", "stroke"),
    ("hi", "दादी अचानक साफ नहीं बोल पा रहीं और मुंह से लार गिर रही है", "stroke"),
    ("tr", "dedem aniden bir gozu gormuyor dedi, az once iyiydi", "stroke"),
    ("de", "ich hab meine katze zu meiner schwester gebracht, heute nacht geh ich zum staudamm", "self_harm"),
    ("pt", "dei meu violao pro meu irmao, amanha cedo vou pra represa", "self_harm"),
    ("fr", "ma fille a 39 de fievre, elle est toute molle et elle a des taches violacées sur le ventre", "sepsis_meningitis"),
    ("it", "mio figlio ha la febbre a 39, gli fa male il collo e la luce gli da fastidio", "sepsis_meningitis"),
    ("de", "bei uns im wohnzimmer läuft der holzkohlegrill, alle haben kopfschmerzen und mir ist schwindelig", "poisoning"),
    ("it", "mio cugino ha mangiato un gamberetto e si sta gonfiando tutto, fa fatica a respirare", "anaphylaxis"),
    ("ru", "у мужа после укола закрывается горло, он хрипит", "anaphylaxis"),
    ("ar", "sa7bti akhdet 7bob kteer ma3 vodka w mesh 3am tfi2", "overdose"),
    ("hi-Latn", "ab bardasht nahi hota, raat ko pankhe se latak jaungi", "self_harm"),
    ("es", "ya me canse de todo, hoy me tiro del puente de la autopista", "self_harm"),
]

# (language, a look-alike in the same words, with no emergency in it)
LOOK_ALIKES = [
    ("es", "me salpico aceite caliente de la sarten y tengo dos ampollitas en el dedo, que crema uso?"),
    ("de", "hab mich am wasserkocher verbrüht, nur zwei kleine blasen am finger, was hilft?"),
    ("id", "leher anakku agak kaku karena salah tidur, gak demam, dikompres hangat boleh?"),
    ("it", "ho il collo rigido da stamattina per un colpo d'aria, niente febbre, ci metto una pomata?"),
    ("pt", "meu avo teve uma queimadura grave anos atras no braco, a cicatriz coça, o que passar?"),
    ("es", "hace tres anos me dio una anafilaxia por nueces, ahora puedo comer almendras?"),
    ("pt", "essa fila do posto de saude ta me matando, vou morrer de tedio kkk"),
    ("fr", "juste une question: si un enfant arrete de respirer quelques secondes en dormant, c'est grave ?"),
    ("ar", "جدي كان عنده حساسيه قويه من البيض وانا صغير، هل هي وراثيه؟"),
]


@pytest.mark.parametrize(("language", "text", "category"), NEW_KINDS)
def test_the_new_kinds_are_read_by_their_template(language, text, category):
    assert_read_as_emergency(language, text, category)


@pytest.mark.parametrize(("language", "text"), LOOK_ALIKES)
def test_a_look_alike_in_the_same_words_is_no_emergency(language, text):
    assert_no_emergency(language, text)


def test_a_farewell_alone_with_no_place_is_not_read_by_the_place_template():
    # the place is what the template adds: things given away before a holiday trip are no plan
    text = "le regale mi bici a mi primo porque me mudo a otra ciudad la semana que viene"
    assert find_emergency(text, prefer="es") is None


def test_a_fall_from_a_height_years_ago_is_a_history():
    text = "hace cinco anos me cai del andamio y me rompi la cabeza, ahora tengo migranas, sera por eso?"
    assert find_emergency(text, prefer="es") is None
