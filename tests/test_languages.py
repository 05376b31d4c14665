"""Names and directions of languages come from CLDR (Babel), in one place."""

from hulpwijzer import languages


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
