"""Spans of a line that keep their left-to-right order and never break: the module's regexes.

Phone numbers, numbers with separators, URLs and e-mail addresses must read left to right and
stay whole in any language (a phone number split over two lines, or with its groups reversed
inside Arabic, is a wrong number). In a right-to-left paragraph, runs of left-to-right letters
(an organisation's name) are kept together the same way.
"""

from __future__ import annotations

import re

_LATIN = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF"
_RTL_SCRIPTS = r"\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\U00010800-\U00010FFF\U0001E800-\U0001EFFF"
_MARKS = r"\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F"
_NUM_SPACE = r"[ \u00A0\u202F]"
_NUM_SEP = (
    rf"(?:{_NUM_SPACE}?[-\u2010-\u2013\u2212]{_NUM_SPACE}?"  # 09:00–17:00, 09:00 - 17:00
    rf"|{_NUM_SPACE}|[.,:/\u066B\u066C])"  # 0800 2000, 1.234,56, 12/05
)
_NUM_NEXT = r"(?=\d|\(\d{1,5}\))"  # a separator must be followed by more digits
# what may continue a number; no possessive "*+": early 3.11 releases (Debian's 3.11.2) get it wrong
_NUM_MORE = rf"\d|{_NUM_SEP}{_NUM_NEXT}|\(\d{{1,5}}\)(?={_NUM_SPACE}?\d)"
_NUMBER = (
    rf"(?<![\d{_LATIN}])"  # not glued to a Latin word ("A12", "1e" stay part of the word)
    r"(?:[€$£][ \u00A0]?)?\+?"
    rf"(?:\(\d{{1,5}}\){_NUM_SPACE}?)?\d"  # (020) 123 4567
    rf"(?:{_NUM_MORE})*(?!{_NUM_MORE})"  # +31 (0)20 ...; the longest run (never cut short)
    rf"(?:{_NUM_SPACE}?[%‰٪])?"
    rf"(?![{_LATIN}])"
)
_URL = r"(?:https?://|www\.)[^\s<>\"]+"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOMAIN = r"\b[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,24}\b(?:/\S*)?"
# Order matters: at one position the first alternative that matches wins.
_PROTECTED_RE = re.compile(rf"{_URL}|{_EMAIL}|{_DOMAIN}|{_NUMBER}")
# What every protected span has (a digit, "@", "://", "www." or a dot before a letter): a text
# without any of these has none, and is answered without the long expression above (most words
# and lines of prose; the line layout asks for each line it tries).
_MAYBE_PROTECTED_RE = re.compile(r"[\d@:]|\.[\w-]|www\.")
# A run of left-to-right letters inside a right-to-left paragraph: from the first to the last
# LTR letter (digits glued to them included), spaces and punctuation in between, no RTL script.
_LTR_LETTER = rf"(?:(?![{_RTL_SCRIPTS}])[^\W\d_])"
_LTR_RUN_RE = re.compile(rf"\d*{_LTR_LETTER}(?:[^{_RTL_SCRIPTS}]*{_LTR_LETTER})?[{_MARKS}]*\d*")
_TRAILING_PUNCT = ".,;:!?'\"”’»…،؛؟"
_BRACKETS = {")": "(", "]": "["}
_OPENERS = {"(": ")", "[": "]"}


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing sentence punctuation and unbalanced closing brackets from a span."""
    while end > start:
        last = text[end - 1]
        if last in _TRAILING_PUNCT:
            end -= 1
        elif last in _BRACKETS:
            seg = text[start:end]
            if seg.count(_BRACKETS[last]) >= seg.count(last):
                break
            end -= 1
        else:
            break
    while start < end and text[start] in _OPENERS:
        seg, opener = text[start:end], text[start]
        if seg.count(opener) <= seg.count(_OPENERS[opener]):
            break
        start += 1
    return start, end


def protected_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of phone numbers, numbers with separators, URLs, e-mail addresses.

    These never break across lines and are laid out as left-to-right isolates.
    """
    spans = []
    if not _MAYBE_PROTECTED_RE.search(text):
        return spans
    for m in _PROTECTED_RE.finditer(text):
        s, e = _trim_span(text, *m.span())
        if e > s:
            spans.append((s, e))
    return spans


def _ltr_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of left-to-right letters within text[start:end] (a gap between protected spans)."""
    runs = []
    for m in _LTR_RUN_RE.finditer(text, start, end):
        s, e = m.span()
        # take a closing bracket that balances an opening one inside the run
        if (
            e < end
            and text[e] in _BRACKETS
            and text[s:e].count(_BRACKETS[text[e]]) > text[s:e].count(text[e])
        ):
            e += 1
        runs.append((s, e))
    return runs


def isolate_spans(text: str, rtl: bool) -> list[tuple[int, int]]:
    """Spans laid out as left-to-right isolates: protected spans, plus LTR letter runs if rtl."""
    spans = protected_spans(text)
    if not rtl:
        return spans
    out: list[tuple[int, int]] = []
    pos = 0
    for s, e in [*spans, (len(text), len(text))]:
        out.extend(_ltr_runs(text, pos, s))
        if e > s:
            out.append((s, e))
        pos = e
    return out
