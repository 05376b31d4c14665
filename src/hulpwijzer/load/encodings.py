"""Which Windows code page a file that is not UTF-8 was probably saved in.

A translator whose editor saved ``uk.yaml`` as Windows-1251 needs to hear "Cyrillic
Windows-1251", not "Windows-1252". Libraries that guess encodings (charset-normalizer) need
more text than a translation file has outside ASCII, so the guess is a small heuristic: decode
every word that holds a non-ASCII byte with each code page, and count the words that become a
plausible word of one script (all letters of one script, a non-Latin script not mixed with
ASCII letters, no three accented Latin letters in a row, a cased script in lower, upper or
title case). The code page with most plausible
words wins; a tie goes to the one listed first.
"""

from __future__ import annotations

import re
import unicodedata

# codec, the name a person recognises (as editors' "save with encoding" menus show them)
CODE_PAGES = (
    ("cp1252", "Western European Windows-1252"),
    ("cp1254", "Turkish Windows-1254"),
    ("cp1250", "Central European Windows-1250"),
    ("cp1251", "Cyrillic Windows-1251"),
    ("cp1253", "Greek Windows-1253"),
    ("cp1256", "Arabic Windows-1256"),
)
_WORD = re.compile(rb"[^\s\"'.,:;!?()\[\]{}<>/]*[\x80-\xff][^\s\"'.,:;!?()\[\]{}<>/]*")
_MAX_WORDS = 400
_LATIN_RUN = re.compile(r"[^\x00-\x7f]{3}")
_ICELANDIC = set("þÞðÐýÝ")  # in Windows-1252 where Windows-1254 has ş Ş ğ Ğ ı İ


def guess_code_page(raw: bytes) -> tuple[str, str] | None:
    """(codec, name) of the code page ``raw`` was most probably saved in, or None."""
    words = _WORD.findall(raw)[:_MAX_WORDS]
    if not words:
        return None
    best, best_score = None, 0
    for codec, name in CODE_PAGES:
        score = sum(_plausible(word, codec) for word in words)
        if score > best_score:
            best, best_score = (codec, name), score
    return best


def _plausible(word: bytes, codec: str) -> bool:
    try:
        text = word.decode(codec)
    except UnicodeDecodeError:
        return False
    scripts = set()
    for ch in text:
        if ord(ch) < 128:
            continue
        if ch.isalpha():
            scripts.add(unicodedata.name(ch, "?").split()[0])
        elif unicodedata.category(ch)[0] != "P":  # quotes and dashes are fine, symbols are not
            return False
    if len(scripts) != 1:
        return not scripts  # only punctuation: says nothing either way
    script = scripts.pop()
    if script != "LATIN" and any(ch.isascii() and ch.isalpha() for ch in text):
        return False
    if script == "LATIN" and (
        _LATIN_RUN.search(text) or (codec == "cp1252" and _ICELANDIC & set(text))
    ):
        return False  # Latin words have few accented letters in a row; þ ð ý are Icelandic
    letters = "".join(ch for ch in text if ch.isalpha())
    return letters in (letters.lower(), letters.upper(), letters.capitalize())


def decoded_sample(raw: bytes, start: int, codec: str) -> str:
    """The word around byte ``start`` as it reads in ``codec``."""
    begin = max(raw.rfind(b" ", 0, start), raw.rfind(b"\n", 0, start), raw.rfind(b'"', 0, start))
    ends = [
        i for i in (raw.find(b" ", start), raw.find(b"\n", start), raw.find(b'"', start)) if i >= 0
    ]
    end = min(ends) if ends else len(raw)
    return raw[begin + 1 : end][:40].decode(codec, "replace")
