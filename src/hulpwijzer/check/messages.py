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
    """(line, "after …") where a missing key would go: after the nearest earlier key present."""
    index = order.index(key) if key in order else len(order)
    for earlier in reversed(order[:index]):
        if earlier in texts:
            return texts[earlier].line, f"after '{earlier}' (line {texts[earlier].line})"
    return 1, ""
