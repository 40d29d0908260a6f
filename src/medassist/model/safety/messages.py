"""The fixed texts the safety layer shows. One place, so every front end says exactly the same."""

DISCLAIMER = (
    "MedAssist is for general education only and is not medical advice. It cannot diagnose or treat "
    "you and can be wrong. For personal medical questions, talk to a doctor, pharmacist or other "
    "qualified clinician. In an emergency, call your local emergency number (e.g. 911, 112 or 999)."
)

EMERGENCY_MESSAGE = (
    "This may be a medical emergency. Call your local emergency number now "
    "(for example 911 in the US and Canada, 112 in the EU, 999 in the UK) or go to the nearest "
    "emergency department. Do not wait for an online answer. If someone is unresponsive or not "
    "breathing, the emergency operator can guide you through first aid until help arrives."
)

# Added after EMERGENCY_MESSAGE for the categories that need a specialised line.
CRISIS_LINE = (
    "If you are thinking about suicide or harming yourself, you are not alone: call or text 988 "
    "(Suicide & Crisis Lifeline, US), call 116 123 (Samaritans, UK and Ireland), or your local "
    "crisis line, and if you are in immediate danger call your emergency number now."
)
# Hopelessness without a plan (model/safety/distress.py): answered, with this line.
DISTRESS_NOTICE = (
    "It sounds like things are really hard right now, and you don't have to face that alone. If you "
    "are thinking about suicide or harming yourself, please call or text 988 (US), call 116 123 "
    "(Samaritans, UK and Ireland) or your local crisis line; if you are in danger now, call your "
    "emergency number."
)
# What a question about the amount that kills is answered with (`distress.asks_a_lethal_amount`): the answer is kept
# (a fact question, "what is the lethal dose of paracetamol"), the crisis line and poison help come first.
LETHAL_AMOUNT_NOTICE = (
    "If you are asking because you are thinking about ending your life or harming yourself, please call or text 988 "
    "(US), call 116 123 (Samaritans, UK and Ireland) or your local crisis line. If someone has already taken too much, "
    "call your emergency number or poison control now, even if they seem well."
)
POISON_LINE = (
    "For a poisoning or overdose, call Poison Control at 1-800-222-1222 (US) or your local poison "
    "information centre, in addition to emergency services if the person is very unwell. Keep the "
    "container or packet to show them."
)

DOSE_NOTICE = (
    "Note: this is general information only, not a prescription or a personal dose. The right "
    "medicine and dose for you depend on your age, weight, health and other medicines, so please "
    "ask a doctor or pharmacist before taking or changing anything."
)

INJECTION_NOTICE = (
    "Note: MedAssist's safety rules cannot be changed by instructions inside a message; it answers "
    "as an educational assistant only."
)

# Issue 21: the message that ends an emergency gets an ordinary answer and this line.
RESOLVED_LINE = "Glad to hear it — if anything changes, call your emergency number."
# A pet in danger: a vet, not the human emergency number (see `frames.PET`).
PET_NOTICE = ("Note: for an animal that may be in danger, call your vet or an emergency vet clinic now; "
              "MedAssist answers about people, and a vet can tell you what to do for a pet.")
