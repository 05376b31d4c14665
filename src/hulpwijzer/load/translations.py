"""The language files ``translations/<code>.yaml``: nested keys into flat texts with their lines.

Translators nest keys (``cover:`` then ``title:``); the rest of the program uses dotted keys
(``cover.title``), each with the line it is on so that a message can point at it. A file that
would be passed over unseen (``tr.yml``, ``xx.yaml``) is reported, not ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..model import InputError, Message, Text, Translation
from .reader import KeyPath, YamlDoc, dotted, parse_yaml, read_yaml, relative_path

LANGUAGE_FILE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2})?$")


def load_translation(path: Path, root: Path) -> Translation:
    """Read one ``translations/<code>.yaml`` into flat dotted keys, in file order."""
    return _translation(read_yaml(path, root), path)


def parse_translation(raw: bytes, path: Path, root: Path) -> Translation:
    """What :func:`load_translation` would make of ``path`` if it held ``raw``: for a text about
    to be written (an XLIFF import), refused as the loader would refuse it."""
    return _translation(parse_yaml(raw, path, relative_path(path, root)), path)


def _translation(doc: YamlDoc, path: Path) -> Translation:
    if doc.data is None:
        raise InputError(
            [Message("error", doc.rel, 1, "", "is empty", "Copy the keys of the Dutch file here.")]
        )
    if not isinstance(doc.data, dict):
        raise InputError(
            [
                Message(
                    "error",
                    doc.rel,
                    1,
                    "",
                    "must be a mapping of keys to texts, not a list or text",
                )
            ]
        )
    texts: dict[str, Text] = {}
    for key, value, line in _flatten(doc, doc.data, ()):
        if key in texts:  # "contacts.x.about:" written flat and nested: one would be lost
            raise InputError([_written_twice(doc, texts[key].line, line, key)])
        texts[key] = Text(key, value, line)
    return Translation(language=path.stem, path=path, texts=texts)


def _written_twice(doc: YamlDoc, first: int, second: int, key: str) -> Message:
    """A text written both nested and as one dotted key: point at the dotted one."""
    parts = key.split(".")
    flat = next(
        (
            line
            for line in (first, second)
            if any(
                dotted(k) == key and len(k) < len(parts)
                for k, at in doc.lines.items()
                if at == line
            )
        ),
        second,
    )
    nested = first if flat == second else second
    return Message(
        "error",
        doc.rel,
        flat,
        key,
        f"this text is written twice: nested on line {nested} and as one dotted key here",
        "Keep the nested one, as in the Dutch file ("
        + " → ".join(f"'{p}:'" for p in parts)
        + f", each two spaces further in), and delete line {flat}.",
    )


def load_translations(folder: Path, root: Path) -> tuple[dict[str, Translation], list[Message]]:
    """Every language file in ``folder`` by its code, and the problems of those that fail."""
    translations = {}
    problems = _misnamed_files(folder, root)
    for path in sorted(folder.glob("*.yaml")):
        if path.name.startswith("."):
            continue  # hidden files: editor locks, macOS '._' copies
        if not LANGUAGE_FILE.match(path.stem) or not _known_language(path.stem):
            problems.append(
                Message(
                    "error",
                    relative_path(path, root),
                    0,
                    "",
                    f"'{path.stem}' is not a language code",
                    "Name translation files after their language code (ISO 639), e.g. tr.yaml, "
                    "pl.yaml, pt_BR.yaml.",
                )
            )
            continue
        try:
            translations[path.stem] = load_translation(path, root)
        except InputError as exc:
            problems.extend(exc.messages)
    return translations, problems


def _flatten(doc: YamlDoc, data: dict, path: KeyPath) -> Iterator[tuple[str, object, int]]:
    for key, value in data.items():
        keypath = path + (key,)
        if isinstance(value, dict) and value:
            yield from _flatten(doc, value, keypath)
        else:
            yield dotted(keypath), value, doc.line(keypath)


def _known_language(code: str) -> bool:
    """Whether Babel has data for ``code`` (day names, text direction, its own name)."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return False
    return True


def _misnamed_files(folder: Path, root: Path) -> list[Message]:
    """Language files that would be passed over unseen: tr.yml, tr.YAML, tr.yaml.txt."""
    out = []
    for path in sorted(folder.iterdir()):
        name = path.name
        lower = name.lower()
        if name.startswith(".") or name.endswith(".yaml") or not path.is_file():
            continue
        stem = None
        for ending in (".yaml.txt", ".yml.txt", ".yaml", ".yml"):
            if lower.endswith(ending):
                stem = name[: -len(ending)]
                break
        if stem is None:
            continue
        out.append(
            Message(
                "error",
                relative_path(path, root),
                0,
                "",
                "is not read: language files must end in '.yaml'",
                f"Rename it to {stem}.yaml (your system may hide the ending '.txt').",
            )
        )
    return out
