"""Portuguese emergency lexicon (Brazil and Portugal spellings; see the package docstring)."""

G = r"(?:\S+ ){0,3}"
PILLS = r"(?:comprimid|remedio|pilula|capsula|medicament|cartela)"

SIGNS = {
    "cardiac": (rf"dor {G}(?:no )?peito {G}{G}(?:braco|suand|suor|mandibula)",
                r"dor (?:muito )?(?:forte|intensa|horrivel|apertando) no peito",
                r"(?:meu )?peito (?:ta |esta )?(?:doendo|apertando) (?:muito|demais)", r"parada cardiaca"),
    "stroke": (rf"(?:rosto|cara|boca) {G}(?:torto|torta|caid|paralisad|de lado)",
               rf"(?:nao|n) (?:consegue|consigo) (?:falar|mexer {G}(?:braco|perna|lado|mao))",
               rf"(?:nao|n) (?:mexe|move) {G}(?:braco|perna|lado)",
               r"(?:fala|falando) (?:enrolad|estranh|embolad|arrastad)"),
    "choking": (r"engasg",),
    "breathing": (r"(?:nao|n) (?:consigo|consegue|to conseguindo|esta conseguindo) respirar",
                  r"(?:nao|n) (?:respira|esta respirando|ta respirando)", r"falta de ar",
                  r"dificil respirar", r"dificuldade (?:pra|para) respirar", r"sufocando"),
    "anaphylaxis": (rf"(?:garganta|lingua|labio|rosto|cara) {G}(?:fechando|inchand|inchad|inchou)",
                    r"reacao alergica (?:forte|grave|seria)", r"anafila", r"choque anafil"),
    "bleeding": (r"(?:sangue|sangramento) (?:nao|n) (?:para|estanca)", r"(?:nao|n) para de sangrar",
                 r"sangrando (?:muito|demais|sem parar|bastante)", r"(?:muito|muita) sangue", r"hemorragia",
                 r"perdendo (?:muito )?sangue"),
    "overdose": (rf"(?:tomei|tomou|engoli|engoliu|bebi|bebeu) {G}\d+ {PILLS}",
                 rf"(?:tomei|tomou|engoli|engoliu) {G}(?:todos|todas|a cartela|a caixa|um monte) {G}{PILLS}",
                 rf"engoliu {G}{PILLS}", r"(?:tive|teve|deu|fez|tomou) (?:uma )?overdose", r"superdosagem"),
    "poisoning": (r"(?:bebeu|tomou|engoliu|bebi|tomei) (?:\S+ ){0,2}(?:agua sanitaria|cloro|veneno|desinfetante"
                  r"|detergente|soda caustica|chumbinho|inseticida|gasolina|querosene|alvejante|candida)",
                  r"envenen", r"intoxicad"),
    "self_harm": (r"(?:quero|vou) me matar", r"(?:quero|vou|penso em) (?:me )?suicid",
                  r"(?:nao|n) (?:quero|aguento) mais viver", r"tirar (?:a )?minha (?:propria )?vida",
                  r"acabar com (?:tudo|minha vida)", r"cortar os pulsos"),
    "seizure": (r"convulsionando", rf"(?:tendo|teve|ta com|esta com) {G}convuls\S* {G}(?:nao|n) para",
                r"convuls\S* (?:faz|ha|tem) \d+", r"ataque epileptico (?:que )?(?:nao|n) para"),
    "unconscious": (r"desmaiou e (?:nao|n)", r"desacordad", r"inconsciente", r"(?:nao|n) (?:responde|reage|acorda)",
                    r"perdeu (?:a )?consciencia", r"apagou e (?:nao|n)"),
}
CONDITIONS = {
    "cardiac": (r"infarto", r"ataque cardiaco", r"ataque do coracao"),
    "stroke": (r"avc", r"derrame"),
    "seizure": (r"convuls", r"epilepsia", r"(?:crise|ataque) epil"),
    "unconscious": (r"desmai",),
}
CUES = (r"(?:meu|minha|meus|minhas|ele|ela) ", r"(?:ta|esta|estou) ", r"tendo", r"agora", r"socorro",
        r"ajuda", r"urgente", r"rapido", r"acho")
EDUCATIONAL = (r"o que (?:e|sao|causa|provoca)", r"quais (?:sao )?os", r"sintomas de", r"causas d",
               r"como (?:prevenir|evitar)", r"por que (?:da|acontece)")
