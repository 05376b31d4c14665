"""Will it print: every character has a glyph in the bundled fonts, every text fits its place.

The glyphs are judged from the fonts' character maps (:mod:`hulpwijzer.glyphs`, no ReportLab);
the fit on the page is what laying out found (:class:`~hulpwijzer.check.inputs.Layout`), handed
in by the caller, because ``check --no-layout`` must stay fast.
"""

from __future__ import annotations

from .. import glyphs, languages
from ..model import Guide, Message
from ..texts import char_name
from .contacts import PRINTED_CONTACT_TEXTS, contact_place
from .inputs import Inputs, Layout
from .messages import Place, translation_file
from .report import Report

NOT_LAID_OUT = (
    "whether every text still fits its place in the layout, and whether every "
    "language stays within max_pages"
)


def check_glyphs(inputs: Inputs, report: Report) -> list[Message]:
    """The check of :func:`glyph_messages`."""
    return glyph_messages(inputs.guide)


def check_fit(inputs: Inputs, report: Report) -> list[Message]:
    """The check of :func:`fit_messages`, or a note in the report that it was not run."""
    if inputs.layouts is None:
        report.not_checked.append(NOT_LAID_OUT)
        return []
    return fit_messages(inputs.guide, inputs.layouts)


def fit_messages(guide: Guide, layouts: dict[str, Layout]) -> list[Message]:
    """Texts that outgrow their place in the layout, and guides over ``max_pages``.

    One warning per text that takes more lines than its place has (named by its key), per
    cover or start page that spills over, and an error per language whose guide needs more
    than ``max_pages``; for the languages in ``layouts``.
    """
    messages = []
    limit = guide.settings.max_pages
    for code, layout in layouts.items():
        texts = guide.translations[code].texts
        file = translation_file(guide, code)
        for key, problem, hint in layout.problems:
            entry = texts.get(key)
            messages.append(Place(file, entry.line if entry else 1, key).warning(problem, hint))
        if layout.pages > limit:
            messages.append(
                Place(file, 1).error(
                    f"the guide needs {layout.pages} pages; max_pages in content/guide.yaml is "
                    f"{limit}",
                    "Shorten the longest texts, or raise max_pages if the print budget allows.",
                )
            )
    return messages


def glyph_messages(guide: Guide) -> list[Message]:
    """Characters that no bundled font can draw, per text: they would print as empty boxes.

    Covers every text of every language, the name of each language (the cover lists them all)
    and the printed fields of every contact. A language whose script the fonts do not cover
    gets one message (:func:`script_message`) instead of one per text. Reads the fonts'
    character maps without ReportLab.
    """
    out: list[Message] = []
    for code in guide.languages:
        held_back = script_message(guide, code)
        if held_back is not None:
            out.append(held_back)
            continue
        file = translation_file(guide, code)
        name = languages.own_name(code)
        out += _unprintable(Place(file, 1), name, "the name of this language ")
        for key, entry in guide.translations[code].texts.items():
            if isinstance(entry.value, str):
                out += _unprintable(Place(file, entry.line, key), entry.value)
    for c in guide.contacts.values():
        for path, get in PRINTED_CONTACT_TEXTS:
            value = get(c)
            if value:
                out += _unprintable(contact_place(c, path), value)
    return out


def unprintable_characters(guide: Guide, code: str) -> set[str]:
    """Characters of the language's name, dates and texts that no bundled font draws."""
    texts = [e.value for e in guide.translations[code].texts.values() if isinstance(e.value, str)]
    return set(languages.uncovered(code)) | glyphs.missing("\n".join(texts))


def script_message(guide: Guide, code: str) -> Message | None:
    """The error for a language whose script the bundled fonts do not cover (None if they do).

    ``build`` holds such a language back and builds the others (:mod:`hulpwijzer.publish.run`
    leaves this very message out of the errors that stop a build); ``check`` reports it.
    """
    if not languages.uncovered(code):
        return None
    chars = unprintable_characters(guide, code)
    letters = sorted(chars)
    shown = ", ".join(f"'{ch}' ({char_name(ch)})" for ch in letters[:3])
    return Place(translation_file(guide, code), 1).error(
        f"{languages.english_name(code)} ({languages.own_name(code)}) cannot be printed: the "
        f"guide has no font for its script ({', '.join(glyphs.script_names(chars))}); "
        f"{len(letters)} character(s) of its name and texts would print as empty boxes, e.g. "
        f"{shown}. 'hulpwijzer build' holds {code} back and builds the other languages",
        "The translation can go on meanwhile. " + glyphs.font_advice(chars),
    )


def _unprintable(place: Place, value: str, what: str = "") -> list[Message]:
    missing = sorted(glyphs.missing(value))
    if not missing:
        return []
    shown = ", ".join(f"'{ch}' ({char_name(ch)})" for ch in missing[:3])
    more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
    return [
        place.error(
            f"{what}cannot be printed: no font of the guide has {shown}{more}",
            " ".join(
                (
                    "Leave the character out or say it in words (emoji and symbols would print "
                    "as empty boxes).",
                    glyphs.font_advice(set(missing)),
                )
            ).strip(),
        )
    ]
