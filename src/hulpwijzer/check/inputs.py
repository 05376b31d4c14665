"""What every check is handed, gathered once per :func:`~hulpwijzer.check.validate`.

A check is a plain function ``check(inputs, report) -> list[Message]``: it looks at the loaded
guide (and the lock, the layouts, the date) and returns its findings; a check that also counts
something (a language's progress, readability scores) writes that into the report. Adding a
check is writing such a function and putting it in the list in :mod:`hulpwijzer.check`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ..load.spelling import Spelling
from ..load.states import Lock
from ..model import Guide, Message
from ..texts import Source
from .report import Report


@dataclass(frozen=True)
class Layout:
    """What laying out one language found: its page count and the texts that outgrow their
    place, as (key, what is wrong, what to do). The outputs find it; the check is handed it."""

    pages: int
    problems: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Inputs:
    """The guide and what the caller handed in, with what several checks derive from it."""

    guide: Guide
    today: dt.date
    lock: Lock | None  # None: outdated translations are not looked for
    layouts: dict[str, Layout] | None  # None: the fit on the page is not checked
    sources: dict[str, Source] = field(default_factory=dict)  # the Dutch texts, by key
    needed: tuple[str, ...] = ()  # the Dutch keys the guide needs, in the order they are printed
    spelling: Spelling | None = None  # None: the spelling is not checked (check --spelling)
    printed: frozenset[str] = frozenset()  # the ids of the contacts the guide prints


Check = Callable[[Inputs, Report], list[Message]]
