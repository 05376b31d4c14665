"""What a draft says about itself on its back page: missing texts, texts not reviewed.

Handed a :class:`~hulpwijzer.check.status.LanguageStatus`; reads no file.
"""

from __future__ import annotations

from ..check.status import LanguageStatus
from ..languages import english_name

DRAFT_MARK = "DRAFT / CONCEPT"  # on every page of a draft, and first on its back page


def draft_notice(s: LanguageStatus) -> list[str]:
    """Lines for the back page of a draft of ``s.language``: what is missing and what is not
    reviewed."""
    code = s.language
    lines = [f"{DRAFT_MARK} – {english_name(code)} – not for print."]
    if s.missing:
        first = ", ".join(k.key for k in s.missing[:6]) + (", …" if len(s.missing) > 6 else "")
        lines.append(f"Missing, shown in Dutch: {len(s.missing)} of {s.total} texts ({first}).")
    if not s.is_source:
        todo = [k for k in s.required if k.text is not None and not k.reviewed]
        if todo:
            first = ", ".join(k.key for k in todo[:6]) + (", …" if len(todo) > 6 else "")
            lines.append(
                f"Not reviewed by a native speaker: {len(todo)} of {s.translated} translated "
                f"texts ({first})."
            )
        else:
            lines.append("Every translated text has been reviewed by a native speaker.")
        if s.outdated:
            lines.append(
                f"Outdated (the Dutch changed since it was confirmed): {s.outdated} texts."
            )
        if s.not_confirmed:
            lines.append(f"Not confirmed yet against the Dutch: {s.not_confirmed} texts.")
    lines.append(f"Details: hulpwijzer status {code}")
    return lines
