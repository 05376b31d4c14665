"""Dates as each language's readers write them: British English, Arabic in figures."""

from __future__ import annotations

import datetime as dt

from hulpwijzer.compose.texts import format_date_for

DAY = dt.date(2026, 11, 4)


def test_british_english_not_us():
    assert format_date_for(DAY, "en") == "4 November 2026"
    assert format_date_for(DAY, "en_US") == "November 4, 2026"  # a US file would say so


def test_arabic_in_figures_day_month_year_with_the_digits_0_to_9():
    assert format_date_for(DAY, "ar") == "04/11/2026"
    assert format_date_for(DAY, "ar_MA") == "04/11/2026"


def test_other_languages_write_their_own_month_names():
    assert format_date_for(DAY, "nl") == "4 november 2026"
    assert format_date_for(DAY, "tr") == "4 Kasım 2026"
