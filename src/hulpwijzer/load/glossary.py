"""Read ``content/glossary.yaml``: per Dutch term, what each language does with it.

::

    terms:
      Heerlen:
        note: "Name of the town; callers must say it on the phone."
        all: keep                              # every language: keep it as it is
      Informatiepunt Digitale Overheid:
        en: {keep: "Digital Government Information Point"}   # keep, translation in brackets
      toeslag:
        forms: [toeslag, toeslagen, huurtoeslag, zorgtoeslag] # the Dutch words of the term
        en: allowance                          # translate as …
        tr: [devlet yardım, kira yardımı]      # … one of these (as they appear, with suffixes)

A missing file is no glossary. A damaged one is refused with file, line and what to write.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Glossary, GlossaryRule, GlossaryTerm, InputError, Message
from .reader import read_yaml

GLOSSARY_FILE = "content/glossary.yaml"
TERM_FIELDS = ("note", "forms", "all")
RULE_HINT = (
    'Write "keep", {keep: "translation"} (keep it, the translation in brackets) or the '
    'translation itself: "word" or [word, other form].'
)


def read_glossary(root: Path) -> Glossary | None:
    """``content/glossary.yaml`` as a :class:`Glossary`; None when there is no such file."""
    path = Path(root) / GLOSSARY_FILE
    if not path.is_file():
        return None
    doc = read_yaml(path, root)
    data = doc.data if doc.data is not None else {}
    if (
        not isinstance(data, dict)
        or set(data) - {"terms"}
        or not isinstance(data.get("terms"), dict)
    ):
        raise InputError(
            [
                Message(
                    "error",
                    GLOSSARY_FILE,
                    1,
                    "",
                    "must hold one mapping 'terms:' of Dutch terms to their rules",
                    "See docs/translators.md, 'The glossary'.",
                )
            ]
        )
    problems: list[Message] = []
    terms = []
    for term, entry in data["terms"].items():
        line = doc.line(("terms", term))
        where = f"terms.{term}"
        if not isinstance(entry, dict):
            problems.append(
                Message("error", GLOSSARY_FILE, line, where, "must be a mapping", RULE_HINT)
            )
            continue
        forms = entry.get("forms", [term])
        if isinstance(forms, str):
            forms = [forms]
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
            problems.append(
                Message(
                    "error",
                    GLOSSARY_FILE,
                    doc.line(("terms", term, "forms")),
                    f"{where}.forms",
                    "must be a list of Dutch words",
                    "Write: forms: [toeslag, toeslagen].",
                )
            )
            continue
        rules: dict[str, GlossaryRule] = {}
        default = None
        for code, value in entry.items():
            if code in ("note", "forms"):
                continue
            rule_line = doc.line(("terms", term, code))
            rule = _rule(value, rule_line)
            if rule is None:
                problems.append(
                    Message(
                        "error",
                        GLOSSARY_FILE,
                        rule_line,
                        f"{where}.{code}",
                        "is not a rule of the glossary",
                        RULE_HINT,
                    )
                )
            elif code == "all":
                default = rule
            else:
                rules[str(code)] = rule
        note = entry.get("note", "")
        terms.append(
            GlossaryTerm(
                str(term),
                tuple(f.strip() for f in forms),
                " ".join(str(note).split()),
                rules,
                default,
                line,
            )
        )
    if problems:
        raise InputError(problems)
    return Glossary(GLOSSARY_FILE, tuple(terms))


def _rule(value: object, line: int) -> GlossaryRule | None:
    """One language's rule, or None when ``value`` is none of the forms a rule takes."""
    if value == "keep":
        return GlossaryRule("keep", (), line)
    if isinstance(value, dict) and set(value) == {"keep"} and _words(value["keep"]):
        return GlossaryRule("keep-with-translation", _words(value["keep"]), line)
    words = _words(value)
    return GlossaryRule("translate", words, line) if words else None


def _words(value: object) -> tuple[str, ...]:
    if isinstance(value, str) and value.strip():
        return (value.strip(),)
    if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(v.strip() for v in value)
    return ()
