"""Which languages ``hulpwijzer build`` renders, and as what.

A complete language is built for print and screen; an incomplete one only as a marked draft, and
only when asked for. A language whose script the bundled fonts do not cover is not built at all
(its letters would print as empty boxes), not even as a draft: it is held back with a message
that names it, its characters and the font it needs, and every other language is built.

A build never loses a language quietly:

- a language that was in the previous build and is incomplete now is *lost*: the build stops
  (``build/`` untouched) and says which texts are missing, unless the user allows fewer
  languages (``--allow-fewer-languages``), which *drops* it from ``build/`` and the covers;
- ``--language nl`` rebuilds only Dutch and *keeps* the previous build's files of the other
  languages as they were (with ``--allow-fewer-languages``, the incomplete ones are dropped);
- a complete language that is neither asked for nor in the previous build is named on the
  covers but not in ``build/``: ``build --language`` says so (a full build has them all).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import glyphs
from ..check.fit import unprintable_characters
from ..languages import english_name, uncovered
from ..model import Guide, Message
from ..texts import complete_languages, missing_keys, required_keys

ALLOW_FEWER = "--allow-fewer-languages"


@dataclass
class BuildPlan:
    languages: list[str]  # complete languages, built for print and screen
    drafts: list[str]  # built as marked drafts (screen only)
    skipped: list[str]  # messages: incomplete languages that are not built
    kept: list[str] = field(default_factory=list)  # previous files kept as they were
    lost: list[Message] = field(default_factory=list)  # languages the build would lose: stop
    dropped: list[str] = field(default_factory=list)  # previous languages left out, as allowed
    absent: list[str] = field(default_factory=list)  # complete, named on covers, not in build/
    unprintable: dict[str, str] = field(default_factory=dict)  # code -> why: no font for it


def plan_build(
    guide: Guide,
    languages: list[str] | None,
    drafts: list[str] | None,
    previous: list[str] | tuple[str, ...] = (),
    allow_fewer: bool = False,
) -> BuildPlan:
    """Which languages to build: incomplete ones only as drafts, and only when asked for.

    Without ``languages``: every complete language, or only the drafts when drafts are named.
    ``previous``: the languages of the previous build (see the module's description).
    """
    drafts = list(dict.fromkeys(drafts or []))
    plan = BuildPlan([], [], [])
    for code in drafts:
        if uncovered(code):
            plan.unprintable[code] = unprintable_note(guide, code)
        else:
            plan.drafts.append(code)
    if languages:
        chosen = list(dict.fromkeys(languages))
        complete = complete_languages(guide)
        for code in previous:
            if code in chosen:
                continue
            if allow_fewer and code not in complete:
                plan.dropped.append(code)
            else:
                plan.kept.append(code)
        plan.absent = [c for c in complete if c not in chosen and c not in previous]
    elif drafts:
        chosen = []
    else:
        chosen = list(guide.languages)
    for code in chosen:
        if code in drafts:
            continue
        if uncovered(code):
            plan.unprintable[code] = unprintable_note(guide, code)
            continue
        missing = missing_keys(guide, code)
        if not missing:
            plan.languages.append(code)
        elif code in previous and not languages:
            if allow_fewer:
                plan.dropped.append(code)
            else:
                plan.lost.append(_lost(guide, code, missing, complete_languages(guide)))
        else:
            plan.skipped.append(
                f"{code} ({english_name(code)}): not built, {len(missing)} of "
                f"{len(required_keys(guide))} texts are missing (first: {missing[0]}). "
                f"To see it as a marked draft: hulpwijzer build --draft {code}"
            )
    return plan


def _lost(guide: Guide, code: str, missing: list[str], complete: list[str]) -> Message:
    """The message for a language the previous build had and this one would lose."""
    shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
    return Message(
        "error",
        f"translations/{code}.yaml",
        0,
        "",
        f"{english_name(code)} ({code}) is in the last build, but {len(missing)} of "
        f"{len(required_keys(guide))} texts are missing now: {shown}",
        f"Translate them ('hulpwijzer status {code}' lists them), then build again. Or rebuild "
        f"only the complete languages and keep the last files of {code}: hulpwijzer build "
        + " ".join(f"-l {c}" for c in complete)
        + f". Or build without {code}: hulpwijzer build {ALLOW_FEWER} (its files leave build/ "
        "and the covers stop naming it until it is complete again).",
    )


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
