"""Contact data as a reader sees it: opening hours decided by the locale."""

from __future__ import annotations

import datetime as dt

import pytest

from hulpwijzer.compose.formatting import format_hours
from hulpwijzer.model import OpeningHours

WEEKDAYS_9_TO_5 = OpeningHours(("mon", "tue", "wed", "thu", "fri"), dt.time(9), dt.time(17))
EVENINGS = OpeningHours(("mon", "wed", "fri"), dt.time(19), dt.time(21, 30))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["ma – vr  09:00–17:00", "ma, wo en vr  19:00–21:30"]),
        ("en", ["Mon – Fri  09:00–17:00", "Mon, Wed, and Fri  19:00–21:30"]),
        ("tr", ["Pzt – Cum  09:00–17:00", "Pzt, Çar ve Cum  19:00–21:30"]),
        ("ar", ["الاثنين – الجمعة  09:00–17:00", "الاثنين والأربعاء والجمعة  19:00–21:30"]),
    ],
)
def test_opening_hours_use_babel_day_names_and_the_24_hour_clock(language, expected):
    assert format_hours((WEEKDAYS_9_TO_5, EVENINGS), language) == tuple(expected)
