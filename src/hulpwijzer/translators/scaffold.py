"""``hulpwijzer add-language``: a new language in one command.

:func:`parse_code` accepts only a language CLDR (through Babel) has data for, and names the code
when a translator typed the language's name instead; :func:`scaffold` writes the text of a new
``translations/<code>.yaml``: every key in the Dutch order, empty, with the note (where it
appears, how much room it has) and the Dutch text (``# nl: …``) on comment lines above it, so
that a translator needs nothing else to start.
"""

from __future__ import annotations

import re
import textwrap

from babel import Locale, UnknownLocaleError, localedata

from .. import glyphs
from ..languages import english_name, is_rtl, own_name, uncovered
from ..load import LANGUAGE_FILE
from ..load.states import Notes
from ..model import Guide, HulpwijzerError
from .notes import note_text

# the first line of a translation file: editors (VS Code with the YAML extension) check it
SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/translation.schema.json"


class LanguageCodeError(HulpwijzerError, ValueError):
    """The code is not a language Babel knows; the message says what to do."""


def parse_code(code: str) -> str:
    """The canonical code of a language Babel has data for (``pt-br`` -> ``pt_BR``)."""
    given = code.strip()
    try:
        canonical = str(Locale.parse(given.replace("-", "_")))
    except (UnknownLocaleError, ValueError, TypeError):
        canonical = ""
    if not canonical or not localedata.exists(canonical) or not LANGUAGE_FILE.match(canonical):
        raise LanguageCodeError(f"'{given}' is not a language code that CLDR knows" + _guess(given))
    return canonical


def _guess(word: str) -> str:
    """A hint such as "; did you mean uk (Ukrainian)?" for a language name given as a code."""
    word = word.strip().lower()
    found = []
    if len(word) >= 3:
        for display in ("en", "nl"):
            for code, name in Locale(display).languages.items():
                if name.lower().startswith(word) and "_" not in code and code not in found:
                    found.append(code)
    if not found:
        return ". Use an ISO 639 code such as uk, pl, ti or so."
    names = Locale("en").languages
    return "; did you mean " + " or ".join(f"{c} ({names.get(c, c)})" for c in found[:3]) + "?"


def scaffold(guide: Guide, code: str, notes: Notes) -> str:
    """The text of a new ``translations/<code>.yaml``: every Dutch key, in the Dutch order,
    with an empty text, and above it its note and the Dutch text (``# nl: …``)."""
    dutch = guide.source.texts
    title = dutch.get("cover.title")
    booklet = str(title.value).strip() if title is not None else "Hulpwijzer"
    direction = "right to left" if is_rtl(code) else "left to right"
    out = [
        SCHEMA_LINE,
        f"# {booklet}: {english_name(code)} texts (translation of nl.yaml).",
        f"# Language (from CLDR): {own_name(code)} ({english_name(code)}, {code}), "
        f"written {direction}.",
        '# Write each translation between the quotes "". Above each key: where the text appears,',
        "# how much room it has, and the Dutch text (nl: …).",
        "# Keep numbers, web addresses and {placeholders} exactly as in the Dutch text.",
        f"# Then run: hulpwijzer check, hulpwijzer status {code}, hulpwijzer preview {code}.",
    ]
    missing = uncovered(code)
    if missing:
        out.append(
            f"# Note: the fonts of the guide cannot draw this script yet "
            f"({', '.join(glyphs.script_names(missing))}). You can translate; 'hulpwijzer build' "
            "holds the language back until a font for it is added (docs/translators.md)."
        )
    current: list[str] = []
    for key, entry in dutch.items():
        parts = key.split(".")
        parents, leaf = parts[:-1], parts[-1]
        common = 0
        while common < min(len(current), len(parents)) and current[common] == parents[common]:
            common += 1
        for depth in range(common, len(parents)):
            out.append("  " * depth + f"{parents[depth]}:")
        current = parents
        indent = "  " * len(parents)
        note = note_text(guide, notes, key)
        if note:
            out += textwrap.wrap(
                note,
                100 - len(indent) - 2,
                initial_indent=indent + "# ",
                subsequent_indent=indent + "# ",
            )
        value = entry.value if isinstance(entry.value, str) else ""
        shown = value.strip().replace("\n", "\\n")
        # the Dutch on a line of its own above the key: a comment after the value would be
        # pulled into the text by a translator who closes the quote at the end of the line
        out.append(f"{indent}# nl: {shown}")
        out.append(f'{indent}{_yaml_key(leaf)}: ""')
    return "\n".join(out) + "\n"


def _yaml_key(key: str) -> str:
    """``key`` as a YAML mapping key: plain when it can be, else in double quotes."""
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else '"' + key.replace('"', '\\"') + '"'
