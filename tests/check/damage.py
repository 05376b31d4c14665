"""Plant one fault in a copy of the sample, and find the message about it.

The tests of ``hulpwijzer check`` copy the shipped sample (content/, translations/,
translations.lock: the ``root`` fixture), damage one thing by editing the YAML text, and assert
the message: level, file, line, key and the gist of the text. Lines are found in the damaged
copy itself, so the tests follow edits to the sample.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hulpwijzer.check import format_report
from hulpwijzer.load import load_guide, load_translation
from hulpwijzer.publish.run import check_guide

REPO = Path(__file__).resolve().parent.parent.parent
SAMPLE = load_guide(REPO)
# judge 'verified' dates from a fixed day, never before the newest date in the sample
TODAY = max(
    [dt.date(2026, 11, 24)] + [c.looked_up for c in SAMPLE.contacts.values() if c.looked_up]
)
LANGS = [code for code in SAMPLE.languages if code != "nl"]
TR, NL, CONTACTS, GUIDE = (
    "translations/tr.yaml",
    "translations/nl.yaml",
    "content/contacts.yaml",
    "content/guide.yaml",
)


def q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return json.dumps(text, ensure_ascii=False)


def plant(root: Path, rel: str, old: str, new: str, start: int = 1) -> int:
    """Replace the first ``old`` on or after line ``start``; return that line's number."""
    path = root / rel
    lines = path.read_text(encoding="utf-8").split("\n")
    for i in range(start - 1, len(lines)):
        if old in lines[i]:
            lines[i] = lines[i].replace(old, new, 1)
            path.write_text("\n".join(lines), encoding="utf-8")
            return i + 1
    raise AssertionError(f"{old!r} not found in {rel} after line {start}")


def _key_span(root: Path, lang: str, key: str) -> tuple[list[str], int, int, int]:
    path = root / "translations" / f"{lang}.yaml"
    line = load_translation(path, root).texts[key].line
    lines = path.read_text(encoding="utf-8").split("\n")
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    assert lines[line - 1].strip().startswith(key.rsplit(".", 1)[1] + ":"), lines[line - 1]
    end = line
    while (
        end < len(lines)
        and lines[end].strip()
        and len(lines[end]) - len(lines[end].lstrip()) > indent
    ):
        end += 1
    return lines, line, end, indent


def set_text(root: Path, lang: str, key: str, raw: str) -> int:
    """Give ``key`` of ``lang`` the YAML value ``raw``; return its line."""
    lines, line, end, indent = _key_span(root, lang, key)
    lines[line - 1 : end] = [" " * indent + f"{key.rsplit('.', 1)[1]}: {raw}"]
    (root / "translations" / f"{lang}.yaml").write_text("\n".join(lines), encoding="utf-8")
    return line


def delete_key(root: Path, lang: str, key: str) -> int:
    lines, line, end, _ = _key_span(root, lang, key)
    del lines[line - 1 : end]
    (root / "translations" / f"{lang}.yaml").write_text("\n".join(lines), encoding="utf-8")
    return line


def add_after(root: Path, lang: str, key: str, leaf: str, raw: str) -> int:
    """Add ``leaf: raw`` as a sibling right after ``key``; return the new line."""
    lines, line, end, indent = _key_span(root, lang, key)
    lines.insert(end, " " * indent + f"{leaf}: {raw}")
    (root / "translations" / f"{lang}.yaml").write_text("\n".join(lines), encoding="utf-8")
    return end + 1


def text_line(lang: str, key: str, root: Path = REPO) -> int:
    return load_translation(root / "translations" / f"{lang}.yaml", root).texts[key].line


def dutch(key: str) -> str:
    return SAMPLE.source.texts[key].value.strip()


def check(root: Path, today: dt.date = TODAY):
    """Every check but the layout (that has its own tests below: it renders)."""
    return check_guide(load_guide(root), today=today, layout=False)


def found(report, file: str, key: str, gist: str = "", level: str | None = None):
    """The messages about ``key`` in ``file`` whose text contains ``gist``."""
    return [
        m
        for m in report.messages
        if m.file == file
        and m.key == key
        and gist in m.text
        and (level is None or m.level == level)
    ]


def only(report, file: str, key: str, gist: str = "", level: str | None = None):
    hits = found(report, file, key, gist, level)
    assert len(hits) == 1, (hits, format_report(report))
    return hits[0]


def contact_line(root: Path, cid: str) -> int:
    return load_guide(root).contacts[cid].where.line


def a_contact(predicate) -> str:
    return next(c.id for c in SAMPLE.contacts.values() if predicate(c))
