"""Stage 2: check that every language is complete and every contact valid, before printing.

:func:`validate` is a pure function of the loaded :class:`~hulpwijzer.model.Guide` (plus the
lock it is handed): it never re-reads the YAML, the file and line of every
message come from the model. Each :class:`~hulpwijzer.model.Message` says where (file, line,
key), what is wrong and what to do; messages about a translation show the Dutch source text.

Levels: an *error* makes the guide wrong or unprintable (a missing text, a changed phone number,
an invalid URL); a *warning* needs a person's judgement (probably untranslated, outdated, old
contact data, hard Dutch). ``check --strict`` treats warnings as errors for the final check.

The checks are plain functions ``check(inputs, report) -> list[Message]`` (see
:mod:`~hulpwijzer.check.inputs`), listed in :data:`CHECKS` by subject: content/guide.yaml
(:mod:`.content`), content/contacts.yaml (:mod:`.contacts`), the Dutch source (:mod:`.source`),
the translations and the lock (:mod:`.translations`), and what will print (:mod:`.fit`).

No ReportLab here: ``hulpwijzer check`` must stay fast. What the layout found (does every text
fit) is handed in by the caller (:mod:`hulpwijzer.publish.run`); :func:`.fit.glyph_messages` reads
the fonts' character maps through :mod:`hulpwijzer.glyphs`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..load.spelling import Spelling
from ..load.states import Lock
from ..model import Guide, Message
from ..texts import source_texts
from .contacts import check_contacts
from .content import check_icons, check_settings, check_structure
from .dates import check_dates
from .fit import NOT_LAID_OUT, check_fit, check_glyphs, fit_messages
from .glossary import check_glossary
from .inputs import Check, Inputs, Layout
from .qa import check_qa
from .report import Report, count_messages, format_report, sort_messages
from .source import check_source, needed_keys
from .spelling import check_spelling
from .ties import check_ties
from .translations import check_lock, check_translations, consistency_errors

__all__ = [
    "CHECKS",
    "Layout",
    "Report",
    "consistency_errors",
    "fit_messages",
    "format_report",
    "validate",
    "with_layouts",
]

# in this order: messages on the same line keep it
CHECKS: tuple[Check, ...] = (
    check_settings,
    check_structure,
    check_icons,
    check_contacts,
    check_dates,
    check_source,
    check_lock,
    check_translations,
    check_ties,
    check_qa,
    check_glossary,
    check_spelling,
    check_glyphs,
    check_fit,
)


def validate(
    guide: Guide,
    today: dt.date | None = None,
    lock: Lock | None = None,
    layouts: dict[str, Layout] | None = None,
    found: list[Message] | tuple[Message, ...] = (),
    spelling: Spelling | None = None,
) -> Report:
    """Check ``guide``: a pure function of what it is handed, reading no file.

    ``lock`` is ``translations.lock`` as :func:`hulpwijzer.load.states.read_lock` read it (None:
    outdated translations are not looked for). ``layouts`` holds per language what laying it out
    found (None: the fit on the page is not checked). ``found`` are messages met while reading
    those (a damaged lock file), reported with the rest. ``spelling`` holds the dictionaries
    and word list of ``check --spelling`` (None: the spelling is not checked). ``today`` is the
    date against which ``verified`` dates are judged.
    """
    inputs = Inputs(
        guide,
        today or dt.date.today(),
        lock,
        layouts,
        sources=source_texts(guide),
        needed=tuple(needed_keys(guide)),
        spelling=spelling,
        printed=frozenset(guide.printed_ids),
    )
    report = Report()
    messages = list(found)
    for check in CHECKS:
        messages += check(inputs, report)
    report.messages = sort_messages(guide, messages)
    count_messages(guide, report)
    return report


def with_layouts(guide: Guide, report: Report, layouts: dict[str, Layout]) -> Report:
    """``report``, made by :func:`validate` without layouts, with what laying out found: the
    report that :func:`validate` makes when handed ``layouts`` (the fit is the last check, so
    its messages go after the others of the same line), without running every check again."""
    messages = sort_messages(guide, report.messages + fit_messages(guide, layouts))
    languages = {c: replace(s, errors=0, warnings=0) for c, s in report.languages.items()}
    laid_out = Report(
        messages,
        languages,
        replace(report.content, errors=0, warnings=0),
        report.readability,
        [item for item in report.not_checked if item != NOT_LAID_OUT],
        report.content_checked,
    )
    count_messages(guide, laid_out)
    return laid_out
