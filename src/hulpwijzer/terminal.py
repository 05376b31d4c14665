"""Text safe to show in a terminal: what the commands print of the user's files goes through
:func:`printable` (light to import: every command's output passes here)."""

from __future__ import annotations

import re

# What never reaches a terminal as it is: control characters (C0 but line end and tab, DEL, C1;
# "\x1b[2J" clears the screen), the direction overrides and isolates, line and paragraph
# separators. A text from a file can hold them; a message shows their code instead.
_DIRECTION_AND_LINES = "\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNPRINTABLE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_DIRECTION_AND_LINES}]")
_UNPRINTABLE_LINES = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f{_DIRECTION_AND_LINES}]")


def printable(text: str, keep_lines: bool = True) -> str:
    """``text`` safe to show in a terminal: each control character as its code, ``\\u001b``
    (valid in JSON strings too). ``keep_lines``: line ends and tabs stay; else they are codes."""
    pattern = _UNPRINTABLE if keep_lines else _UNPRINTABLE_LINES
    return pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
