"""Which languages ``hulpwijzer build`` renders, and as what.

A complete language is built for print and screen; an incomplete one only as a marked draft, and
only when asked for. A language whose script the bundled fonts do not cover is not built at all
(its letters would print as empty boxes), not even as a draft: it is held back with a message
that names it, its characters and the font it needs, and every other language is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import glyphs
from ..check.fit import unprintable_characters
from ..languages import english_name, uncovered
from ..model import Guide
from ..texts import missing_keys, required_keys


@dataclass
class BuildPlan:
    languages: list[str]  # complete languages, built for print and screen
    drafts: list[str]  # built as marked drafts (screen only)
    skipped: list[str]  # messages: incomplete languages that are not built
    unprintable: dict[str, str] = field(default_factory=dict)  # code -> why: no font for it


def plan_build(guide: Guide, languages: list[str] | None, drafts: list[str] | None) -> BuildPlan:
    """Which languages to build: incomplete ones only as drafts, and only when asked for.

    Without ``languages``: every complete language, or only the drafts when drafts are named.
    """
    drafts = list(dict.fromkeys(drafts or []))
    if languages:
        chosen = list(dict.fromkeys(languages))
    elif drafts:
        chosen = []
    else:
        chosen = list(guide.languages)
    plan = BuildPlan([], [], [])
    for code in drafts:
        if uncovered(code):
            plan.unprintable[code] = unprintable_note(guide, code)
        else:
            plan.drafts.append(code)
    for code in chosen:
        if code in drafts:
            continue
        if uncovered(code):
            plan.unprintable[code] = unprintable_note(guide, code)
            continue
        missing = missing_keys(guide, code)
        if missing:
            plan.skipped.append(
                f"{code} ({english_name(code)}): not built, {len(missing)} of "
                f"{len(required_keys(guide))} texts are missing (first: {missing[0]}). "
                f"To see it as a marked draft: hulpwijzer build --draft {code}"
            )
        else:
            plan.languages.append(code)
    return plan


def unprintable_note(guide: Guide, code: str) -> str:
    """Why ``code`` is held back: its script has no font; its characters and what to do."""
    chars = unprintable_characters(guide, code)
    scripts = ", ".join(glyphs.script_names(chars))
    return (
        f"{code} ({english_name(code)}): NOT BUILT, the fonts of the guide cannot print its "
        f"script ({scripts}: {len(chars)} character(s) such as {''.join(sorted(chars)[:8])} "
        "would print as empty boxes). It fails alone: the other languages build as usual and "
        f"their covers do not name it yet.\n    → {glyphs.font_advice(chars)}"
    )
