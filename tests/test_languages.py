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
    for code in ("nl", "en", "ar", "tr", "uk", "pl", "ti", "so", "fa"):
        sample = languages.locale_strings(code)
        assert glyphs.missing(sample) == undrawable(sample), code
    assert glyphs.missing(languages.locale_strings("uk")) == set()  # Cyrillic is there
    assert glyphs.missing(languages.locale_strings("ti"))  # Ethiopic is not
