"""Contact data as a reader sees it, in every output: web addresses without their scheme, opening
hours as day ranges with 24-hour times in the language's own words (CLDR, through Babel)."""

from __future__ import annotations

import re
from functools import cache

from babel.dates import format_time, get_day_names
from babel.lists import format_list

from ..model import WEEKDAYS, OpeningHours


def display_url(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/")


@cache
def format_hours(hours: tuple[OpeningHours, ...], language: str) -> tuple[str, ...]:
    """One line per schedule entry: day or day range, then 24-hour times (made once per
    process: every output of a language composes the same contacts)."""
    names = get_day_names("abbreviated", locale=language)
    lines = []
    for entry in hours:
        indices = sorted(WEEKDAYS.index(d) for d in entry.days)
        groups: list[list[int]] = []
        for i in indices:
            if groups and i == groups[-1][-1] + 1:
                groups[-1].append(i)
            else:
                groups.append([i])
        days = format_list(
            [names[g[0]] if len(g) == 1 else f"{names[g[0]]} – {names[g[-1]]}" for g in groups],
            locale=language,
        )
        times = f"{format_time(entry.opens, 'HH:mm', locale=language)}–" + (
            format_time(entry.closes, "HH:mm", locale=language)
        )
        lines.append(f"{days}  {times}")
    return tuple(lines)
