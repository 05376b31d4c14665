"""Names and directions of languages come from CLDR (Babel), in one place; the glyph coverage
of their scripts agrees with the renderer."""

from hulpwijzer import glyphs, languages

from .typeset.oracles import undrawable


def test_direction():
    assert languages.is_rtl("ar") and languages.is_rtl("fa")
    assert not languages.is_rtl("nl") and not languages.is_rtl("tr")


def test_own_and_english_names():
    assert languages.own_name("ar") == "العربية"
    assert languages.own_name("tr") == "Türkçe"
    assert languages.own_name("pl") == "Polski"  # Babel writes "polski"
    assert languages.own_name("pt-BR").startswith("Português")
    assert languages.english_name("uk") == "Ukrainian"
    assert languages.english_name("qqq") == "qqq"  # unknown to CLDR: shown as it is


def test_glyph_coverage_agrees_with_the_renderer():
    for code in ("nl", "en", "ar", "tr", "uk", "pl", "ti", "so", "fa", "zh", "hi"):
        sample = languages.locale_strings(code)
        assert glyphs.missing(sample) == undrawable(sample), code
    assert glyphs.missing(languages.locale_strings("uk")) == set()  # Cyrillic is there


# The languages of the largest groups of newcomers in the Netherlands, and their scripts
NEWCOMERS = ("ar", "ti", "am", "uk", "ru", "fa", "fa_AF", "ps", "tr", "pl", "so", "ku", "ckb")


def test_every_newcomers_language_is_covered_and_others_are_named():
    for code in NEWCOMERS:
        assert languages.uncovered(code) == set(), code
    assert {"中", "文"} <= languages.uncovered("zh")
    assert languages.uncovered("hi") and languages.uncovered("ja")
    assert languages.uncovered("qqq") == set()  # unknown to CLDR: nothing to say


def test_right_to_left_languages():
    for code in ("ar", "fa", "fa_AF", "ps", "ckb"):
        assert languages.is_rtl(code), code
    for code in ("ti", "am", "uk", "so", "ku", "tr"):
        assert not languages.is_rtl(code), code


def test_dates_and_day_names_come_from_cldr_for_each():
    from babel.dates import format_date, get_day_names

    assert get_day_names("abbreviated", locale="ti")[0] == "ሰኑ"
    assert get_day_names("wide", locale="fa")[4] == "جمعه"
    assert get_day_names("wide", locale="uk")[0] == "понеділок"
    for code in NEWCOMERS:
        shown = format_date(__import__("datetime").date(2026, 11, 24), "long", locale=code)
        shown += " ".join(get_day_names("abbreviated", locale=code).values())
        assert glyphs.missing(shown) == set(), code
