"""Which languages ``hulpwijzer build`` renders, and as what.

A complete language is built for print and screen; an incomplete one only as a marked draft, and
only when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..languages import english_name
from ..model import Guide
from ..texts import missing_keys, required_keys


@dataclass
class BuildPlan:
    languages: list[str]  # complete languages, built for print and screen
    drafts: list[str]  # built as marked drafts (screen only)
    skipped: list[str]  # messages: incomplete languages that are not built


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
    plan = BuildPlan([], drafts, [])
    for code in chosen:
        if code in drafts:
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
