"""Dutch phone numbers: one parser and one printed format for the check and the layout.

Kept free of ReportLab so that ``hulpwijzer check`` stays light. Numbers are read as dialled in
the Netherlands (``045 560 2595``, ``0800-2000``, ``+31 45 …``); besides the ordinary numbers
this covers the free 0800, the paid 0900/0906/0909, the company numbers 088/085/091, the
municipal numbers ``14`` + area code (``14 045``) and the short numbers 112, 113 and 116 xxx.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import phonenumbers
from phonenumbers import shortnumberinfo

from .model import shorten

# Short numbers that phonenumbers' metadata does not (yet) know as valid for NL.
# 113: suicide prevention line (113 Zelfmoordpreventie), free and 24/7 since 2025.
EXTRA_SHORT_NUMBERS = frozenset({"113"})
PAID_PREFIXES = ("0900", "0906", "0909")
FREE_PREFIXES = ("0800",)
SEPARATORS = re.compile(r"[\s\-./()\u00a0\u202f]")


@dataclass(frozen=True)
class PhoneInfo:
    """What a written number is: ``problem`` is empty for a number that can be printed."""

    written: str
    display: str
    digits: str  # national digits ("0455602595", "112"): the number's identity
    short: bool = False
    free: bool = False  # always free of charge: 0800, 112, 113, 116 xxx
    paid: bool = False  # costs more than a normal call: 0900, 0906, 0909
    problem: str = ""
    hint: str = ""


_HINT = (
    "Write the number as it is dialled in the Netherlands: 10 digits (045 560 2595, "
    "06 1234 5678), 0800/0900 + 4 or 7 digits, 14 + area code (14 045), or 112/113."
)


def _to_ascii_digits(value: str) -> str:
    """Decimal digits of any script (Arabic-Indic ٠١٢) as 0-9; other characters as they are
    (a superscript ² or a circled ⑨ is no digit of a phone number: it is refused)."""
    return "".join(str(int(ch)) if ch.isdecimal() else ch for ch in value)


def _short(compact: str) -> tuple[bool, bool]:
    """(is a valid Dutch short number, is free of charge)."""
    if compact in EXTRA_SHORT_NUMBERS:
        return True, True
    try:
        parsed = phonenumbers.parse(compact, "NL")
    except phonenumbers.NumberParseException:
        return False, False
    if not shortnumberinfo.is_valid_short_number_for_region(parsed, "NL"):
        return False, False
    cost = shortnumberinfo.expected_cost_for_region(parsed, "NL")
    return True, cost == shortnumberinfo.ShortNumberCost.TOLL_FREE


@cache
def phone_info(number: str) -> PhoneInfo:
    """Parse ``number`` as dialled in the Netherlands."""
    written = number.strip()
    shown = shorten(written, 40)  # a value of 4,000 digits is not echoed whole
    ascii_ = _to_ascii_digits(written)
    compact = SEPARATORS.sub("", ascii_)
    if not compact or not re.fullmatch(r"\+?\d+", compact):
        return PhoneInfo(
            written,
            written,
            compact,
            problem=f"'{shown}' is not a phone number: only digits, spaces and '-' are allowed",
            hint=_HINT,
        )
    if not compact.startswith(("0", "+")):
        short, free = _short(compact)
        if short:
            return PhoneInfo(written, compact, compact, short=True, free=free)
    try:
        parsed = phonenumbers.parse(compact, "NL")
    except phonenumbers.NumberParseException:
        return PhoneInfo(
            written,
            written,
            compact,
            problem=f"'{shown}' is not a valid phone number",
            hint=_HINT,
        )
    if phonenumbers.region_code_for_number(parsed) not in ("NL", None) or parsed.country_code != 31:
        return PhoneInfo(
            written,
            written,
            compact,
            problem=f"'{shown}' is not a Dutch phone number",
            hint="The guide prints Dutch numbers only, in the national format (045 560 2595).",
        )
    if not phonenumbers.is_valid_number(parsed):
        return PhoneInfo(
            written,
            written,
            compact,
            problem=f"'{shown}' is not a valid Dutch phone number",
            hint=_HINT,
        )
    display = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = re.sub(r"\D", "", display)
    return PhoneInfo(
        written,
        display,
        digits,
        free=digits.startswith(FREE_PREFIXES),
        paid=digits.startswith(PAID_PREFIXES),
    )


def display_phone(number: str) -> str:
    """The number in one national format ("0800 2000", "045 560 2595", "112")."""
    info = phone_info(number)
    return info.written if info.problem else info.display


@cache
def phone_link(number: str) -> str:
    """A ``tel:`` link: E.164 for ordinary numbers, the digits for short numbers."""
    digits = re.sub(r"\D", "", _to_ascii_digits(number))
    try:
        parsed = phonenumbers.parse(number, "NL")
        if phonenumbers.is_valid_number(parsed):
            return "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return "tel:" + digits
