"""The bytes and characters of a file, checked before YAML reads them.

A parser reports a wrong encoding, a merge conflict or an invisible character with a bare
offset, or not at all. These checks name the line and column and say what to do, so that a
translator who pasted text from an e-mail knows which character to delete.
"""

from __future__ import annotations

import bisect
import re
from typing import NoReturn

from ..texts import char_name

# Sized for a regional guide of 10,000 contacts in ten languages (benchmarks/generate.py): its
# contacts.yaml is 3.4 MB, a language file 1.1 MB (Arabic 1.5 MB). Far larger is a mistake (a
# file pasted or generated in the wrong place) and would only cost memory and time.
MAX_FILE_BYTES = 5_000_000  # any file read (a language file, guide.yaml, the lock)
MAX_CONTACTS_BYTES = 16_000_000  # content/contacts.yaml
MERGE_CONFLICT_HINT = (
    "Git could not merge two versions here: keep the lines you want from both sides, delete the "
    "lines <<<<<<<, ======= and >>>>>>>, then run 'hulpwijzer check' again."
)
_SAVE_AS_UTF8 = "Open the file in your editor and save it again with the encoding 'UTF-8'."

# Characters that change the reading direction of what follows ("Trojan Source"): never needed,
# since the program sets the direction itself. In a text, check reports them with the key; in a
# comment or a key, where no check looks, they are refused when the file is read.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Control characters: PyYAML refuses most of them with a bare offset; we name line and column.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Spaces that look like a space but are not one, as pasted from e-mails and web pages.
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_ODD_SPACES += "\u200b\u202f\u205f\u3000\ufeff"
_INDENT = re.compile(f"[ \t{_ODD_SPACES}]*")
# Line breaks as PyYAML counts them, so that our line numbers match its marks.
LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")


class Problem(Exception):
    """One thing wrong with a file, found while reading it: the reader turns it into a message."""

    def __init__(self, line: int, text: str, hint: str = "", column: int | None = None):
        super().__init__(text)
        self.line, self.text, self.hint, self.column = line, text, hint, column


def line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counting line breaks as PyYAML does."""
    line, start = 1, 0
    for match in LINE_BREAK.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return line, index - start + 1


def check_merge_conflict(raw: bytes) -> None:
    """Refuse a file with Git's conflict markers, pointing at the first one."""
    conflict = re.search(rb"(?m)^<<<<<<< ", raw)
    if conflict:
        line = raw[: conflict.start()].count(b"\n") + 1
        raise Problem(line, "has a Git merge conflict", MERGE_CONFLICT_HINT)


def max_bytes_of(path) -> int:
    """The most bytes the file ``path`` may have (read no further than this)."""
    return MAX_CONTACTS_BYTES if path.name == "contacts.yaml" else MAX_FILE_BYTES


def check_size(raw: bytes, limit: int) -> None:
    """Refuse a file larger than ``limit`` bytes."""
    if len(raw) > limit:
        raise Problem(
            0,
            f"the file is larger than {limit:,} bytes, the most that is accepted",
            "A guide of 10,000 contacts fits in far less; check that the right file was saved "
            "here.",
        )


def decode(raw: bytes) -> str:
    """The text of a UTF-8 file; any other encoding or a NUL byte is refused."""
    _check_byte_order_mark(raw)
    if raw.startswith(b"\xef\xbb\xbf"):
        # a UTF-8 byte-order mark, as Windows editors write it: harmless, and accepted silently
        raw = raw[3:]
    if b"\x00" in raw:
        _refuse_nul(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse_other_encoding(raw, exc.start)


def _check_byte_order_mark(raw: bytes) -> None:
    for bom, name in (
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    ):
        if raw.startswith(bom):
            raise Problem(1, f"is saved as {name}, not as UTF-8", _SAVE_AS_UTF8)


def _refuse_nul(raw: bytes) -> NoReturn:
    nul = raw.index(b"\x00")
    line = raw[:nul].count(b"\n") + 1
    column = nul - (raw.rfind(b"\n", 0, nul) + 1) + 1
    if raw.count(b"\x00") * 4 >= len(raw):  # every other byte: UTF-16 without a mark
        raise Problem(
            line, "is saved as UTF-16, not as UTF-8 (it is full of NUL bytes)", _SAVE_AS_UTF8
        )
    raise Problem(
        line,
        "contains a NUL byte (an invisible character with code 0)",
        "The file is damaged or is not a text file. Delete the character (most editors "
        "show it as NUL or a box), or restore the file from version control.",
        column,
    )


def _refuse_other_encoding(raw: bytes, start: int) -> NoReturn:
    line = raw[:start].count(b"\n") + 1
    column = len(raw[raw.rfind(b"\n", 0, start) + 1 : start].decode("utf-8", "replace"))
    byte = raw[start]
    from .encodings import decoded_sample, guess_code_page

    codec, name = guess_code_page(raw) or ("cp1252", "Western European Windows-1252")
    word = decoded_sample(raw, start, codec)
    seen = f" (in {name} it would read '{word}')" if word.isprintable() and word else ""
    raise Problem(
        line,
        f"is not UTF-8: the byte 0x{byte:02x} cannot be read{seen}",
        f"The file was saved in another encoding (probably {name}). "
        "Open it in your editor and save it again with the encoding 'UTF-8'.",
        column + 1,
    ) from None


def check_characters(text: str) -> None:
    """Refuse control characters, and indentation with spaces that are not spaces."""
    control = _CONTROL.search(text)
    if control:
        line, column = line_column(text, control.start())
        raise Problem(
            line,
            f"contains the control character {char_name(control.group())}",
            "Delete it: it is invisible in most editors and came in with pasted text. "
            "Retype the words around it.",
            column,
        )
    line = 1
    start = 0
    for brk in [*LINE_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        indent = _INDENT.match(text, start, end)
        odd = next((i for i in range(start, indent.end()) if text[i] in _ODD_SPACES), None)
        if odd is not None:
            raise Problem(
                line,
                f"the line is indented with {char_name(text[odd])}, not with ordinary spaces",
                "Delete the indentation of this line and type it again with the space bar "
                "(this happens when text is pasted from an e-mail or a web page).",
                odd - start + 1,
            )
        if brk:
            line, start = line + 1, brk.end()


def check_bidi_outside_texts(text: str, spans: list[tuple[int, int]]) -> None:
    """Direction controls in a comment, a key or between the values are refused.

    ``spans`` are the character ranges of the text values, where check reports them instead.
    """
    if not any(ch in BIDI_CONTROLS for ch in text):
        return
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    for i, ch in enumerate(text):
        if ch not in BIDI_CONTROLS:
            continue
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and spans[k][0] <= i < spans[k][1]:
            continue  # inside a text: check reports it with its key
        line, column = line_column(text, i)
        raise Problem(
            line,
            f"contains the direction control character {char_name(ch)} outside a text",
            "Delete it: it can make the file look different from what it says, and the "
            "program sets the reading direction itself.",
            column,
        )
