"""Where a finding points, and the one helper that turns a finding into a message.

Every check names a place (file, line, key and, for a translation, the Dutch text it comes
from) and says what is wrong there and what to do; :class:`Place` builds the
:class:`~hulpwijzer.model.Message`, so that a check reads as a list of findings.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..load import relative_path
from ..model import Guide, Message, Text

CONTENT_GUIDE, CONTENT_CONTACTS = "content/guide.yaml", "content/contacts.yaml"


@dataclass(frozen=True)
class Place:
    """Where a message points: file, line, key and the Dutch text of a translation."""

    file: str
    line: int
    key: str = ""
    source_text: str | None = None

    def error(self, text: str, hint: str = "") -> Message:
        """A finding that makes the guide wrong or unprintable."""
        return Message("error", self.file, self.line, self.key, text, hint, self.source_text)

    def warning(self, text: str, hint: str = "") -> Message:
        """A finding that needs a person's judgement."""
        return Message("warning", self.file, self.line, self.key, text, hint, self.source_text)


def translation_file(guide: Guide, code: str) -> str:
    """The file of language ``code`` as messages name it (translations/<code>.yaml)."""
    return relative_path(guide.translations[code].path, guide.root)


def insert_point(order: list[str], key: str, texts: dict[str, Text]) -> tuple[int, str]:
    """(line, what to do) for a missing ``key``: where it goes in the file, in the order of
    ``order`` (the Dutch file's), nested as in the Dutch file.

    The hint names the line after which it goes (the nearest earlier key present, or before
    the nearest later one) and shows the lines to write, indented under the keys it shares with
    its neighbour: a translator who is told "after 'contacts.x.about'" would otherwise write
    the dotted key as it is, or at the wrong level."""
    index = order.index(key) if key in order else len(order)
    parts = key.split(".")
    neighbour, before = None, False
    for earlier in reversed(order[:index]):
        if earlier in texts:
            neighbour = earlier
            break
    else:
        neighbour = next((k for k in order[index + 1 :] if k in texts), None)
        before = True
    if neighbour is None:
        return 1, "Add it:\n" + _snippet(parts, 0)
    shared = 0
    for mine, theirs in zip(parts[:-1], neighbour.split(".")[:-1], strict=False):
        if mine != theirs:
            break
        shared += 1
    line = texts[neighbour].line
    where = f"before line {line}" if before else f"after line {line}"
    under = f"under '{parts[shared - 1]}:'" if shared else "at the left edge"
    return line, (
        f"Add it {where} ('{neighbour}'), {under}, indented like '{neighbour.split('.')[shared]}'"
        f":\n" + _snippet(parts, shared)
    )


def _snippet(parts: list[str], shared: int) -> str:
    """The lines to write for the key ``parts``, below the ``shared`` levels already there."""
    lines = [f"{'  ' * depth}{part}:" for depth, part in enumerate(parts[shared:-1])]
    lines.append(f'{"  " * (len(parts) - shared - 1)}{parts[-1]}: "…"')
    return "\n".join("        " + line for line in lines)
