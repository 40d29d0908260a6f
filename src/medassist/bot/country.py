"""The /country command's words: which country's emergency number the person wants in an emergency
reply (issue 21). One place for Telegram, Discord and any other surface."""

from __future__ import annotations

from medassist.model.safety.localized import ALIASES, COUNTRIES

USAGE = ("Send /country with your country's two-letter code, e.g. /country ES (Spain), /country MX (Mexico), "
         "/country GB (United Kingdom), so an emergency reply gives your country's emergency number. "
         "/country clear forgets it.")
SAVED = "Saved: your country is {code}. An emergency reply will give its emergency number ({number})."
CLEARED = "Your country is forgotten: an emergency reply will give the usual emergency numbers."
UNKNOWN = ("MedAssist does not have the emergency number of {code!r} yet, so nothing was saved. "
           "An emergency reply will give the usual numbers and say \"your local emergency number\".")
CLEAR_WORDS = {"clear", "none", "reset", "forget", "-"}


def parse(arg: str) -> tuple[str, str | None]:
    """("usage" | "clear" | "unknown" | "set", the ISO 3166 alpha-2 code when "set")."""
    word = (arg or "").strip()
    if not word:
        return "usage", None
    if word.lower() in CLEAR_WORDS:
        return "clear", None
    code = word.upper()
    code = ALIASES.get(code, code)
    return ("set", code) if code in COUNTRIES else ("unknown", None)


def reply_text(outcome: str, code: str | None, arg: str) -> str:
    if outcome == "set":
        return SAVED.format(code=code, number=COUNTRIES[code].emergency)
    if outcome == "clear":
        return CLEARED
    if outcome == "unknown":
        return UNKNOWN.format(code=arg.strip()[:20])
    return USAGE
