"""The localisation QA checks: each fault planted in a copy of the sample, as a translator makes
it, and found with its file, line, key and hint; the sample itself passes them all."""

from __future__ import annotations

import pytest

from hulpwijzer.check.turkish import names_in

from .damage import NL, SAMPLE, TR, check, found, only, q, set_text, text_line

AR, EN = "translations/ar.yaml", "translations/en.yaml"
QA_GISTS = (
    "Latin punctuation",
    "digits 0–9",
    "twice in a row",
    "space before",
    "opens '",
    "never opened",
    "quotation marks",
    "apostrophe",
    "a suffix on a name",
    "dotless capital",
)


def qa_messages(report):
    return [m for m in report.messages if any(g in m.text for g in QA_GISTS)]


def test_the_sample_passes_every_qa_check(root):
    assert qa_messages(check(root)) == []


def test_latin_question_mark_and_comma_in_arabic(root):
    value = SAMPLE.translations["ar"].get("start.intro").replace("؟", "?", 1)
    line = set_text(root, "ar", "start.intro", q(value))
    m = only(check(root), AR, "start.intro", "Latin punctuation mark '?'", "warning")
    assert m.line == line and "'؟'" in m.hint
    comma = SAMPLE.translations["ar"].get("cover.subtitle").replace("أين", "أين،").replace("،", ",")
    line = set_text(root, "ar", "cover.subtitle", q(comma))
    m = only(check(root), AR, "cover.subtitle", "Latin punctuation mark ','")
    assert m.line == line and "'،'" in m.hint


def test_latin_comma_after_a_latin_name_in_arabic_is_right(root):
    value = "اتصل ببلدية Heerlen, Maanplein 14؟ لا."
    set_text(root, "ar", "cover.emergency", q(value))
    assert not found(check(root), AR, "cover.emergency", "Latin punctuation")


@pytest.mark.parametrize(
    ("digits", "system"), [("١١٢", "arab"), ("１１２", "fullwide"), ("۱۱۲", "arabext")]
)
def test_digits_of_another_numbering_system_are_an_error_and_never_converted(root, digits, system):
    value = SAMPLE.translations["ar"].get("cover.emergency").replace("112", digits)
    line = set_text(root, "ar", "cover.emergency", q(value))
    report = check(root)
    m = only(report, AR, "cover.emergency", "not in the digits 0–9", "error")
    assert m.line == line and f"({system})" in m.text and m.hint.startswith("Write 112.")
    # the number is not silently read as 112: the comparison with the Dutch misses it
    assert only(report, AR, "cover.emergency", "numbers or addresses differ", "error")


def test_doubled_word(root):
    line = set_text(root, "en", "cover.subtitle", q("Where can you find the the help?"))
    m = only(check(root), EN, "cover.subtitle", 'has the word "the" twice in a row', "warning")
    assert m.line == line and m.hint == "Delete one of them."


def test_doubled_word_that_dutch_allows(root):
    set_text(root, "nl", "cover.subtitle", q("Weet u dat dat kan? Bel ons."))
    assert not found(check(root), NL, "cover.subtitle", "twice in a row")


def test_space_before_a_full_stop_also_in_the_dutch_source(root):
    line = set_text(root, "nl", "cover.qr_caption", q("Scan de code voor de nieuwste informatie ."))
    m = only(check(root), NL, "cover.qr_caption", 'has a space before "."', "warning")
    assert m.line == line and "Delete the space" in m.hint


def test_french_wants_a_narrow_no_break_space_before_a_question_mark():
    from hulpwijzer.check.messages import Place
    from hulpwijzer.check.qa import space_before_punctuation

    place = Place("translations/fr.yaml", 3, "cover.emergency")
    assert space_before_punctuation(place, "Danger\u202f? Appelez le 112.", "fr") == []
    [m] = space_before_punctuation(place, "Danger ? Appelez le 112.", "fr")
    assert "U+202F" in m.hint
    assert space_before_punctuation(place, "Danger\u202f!", "en")


@pytest.mark.parametrize(
    ("value", "gist", "hint"),
    [
        ("Call the Huurcommissie (rent tribunal.", "opens '('", "closing ')'"),
        ("Call the Huurcommissie rent tribunal).", "closes ')' that was never opened", "'('"),
        ("Say “Heerlen when you call.", "opens '“'", "closing '”'"),
        ('Say "Heerlen when you call.', "closes '\"' that was never opened", "second"),
    ],
)
def test_unbalanced_brackets_and_quotes(root, value, gist, hint):
    line = set_text(root, "en", "contacts.huurcommissie.about", q(value))
    m = only(check(root), EN, "contacts.huurcommissie.about", gist, "warning")
    assert m.line == line and hint in m.hint


def test_straight_quotes_in_a_file_of_curly_ones(root):
    value = SAMPLE.translations["en"].get("start.steps.municipality.text")
    line = set_text(
        root, "en", "start.steps.municipality.text", q(value.replace("‘", '"').replace("’", '"'))
    )
    m = only(
        check(root), EN, "start.steps.municipality.text", "straight quotation marks", "warning"
    )
    assert m.line == line and "same quotation marks" in m.hint


def test_smart_quotes_in_a_file_of_straight_ones(root):
    for key in ("start.steps.municipality.text", "contacts.gemeente-heerlen.about"):
        value = SAMPLE.translations["en"].get(key).replace("‘", '"').replace("’", '"')
        set_text(root, "en", key, q(value))
    set_text(root, "en", "cover.emergency", q("Life in danger? Call “112”."))
    set_text(root, "en", "back.notes", q('"Notes"'))
    report = check(root)
    m = only(report, EN, "cover.emergency", "curly quotation marks", "warning")
    assert "word processor" in m.text


def test_apostrophe_of_the_other_kind_than_the_file(root):
    value = SAMPLE.translations["tr"].get("cover.emergency").replace("112'yi", "112’yi")
    line = set_text(root, "tr", "cover.emergency", q(value))
    m = only(check(root), TR, "cover.emergency", "has the apostrophe '’'", "warning")
    assert m.line == line and "Write '''" in m.hint


def test_turkish_suffix_on_a_name_without_apostrophe(root):
    value = (
        SAMPLE.translations["tr"].get("sections.say.intro").replace("Heerlen'deki", "Heerlendeki")
    )
    assert "Heerlendeki" in value
    line = set_text(root, "tr", "sections.say.intro", q(value))
    m = only(check(root), TR, "sections.say.intro", 'writes "Heerlendeki"', "warning")
    assert m.line == line and "Heerlen'deki" in m.hint


def test_turkish_suffix_on_a_number_without_apostrophe(root):
    value = SAMPLE.translations["tr"].get("cover.emergency").replace("112'yi", "112yi")
    set_text(root, "tr", "cover.emergency", q(value))
    m = only(check(root), TR, "cover.emergency", 'writes "112yi"')
    assert "112'yi" in m.hint


def test_turkish_derived_word_from_a_name_needs_no_apostrophe(root):
    set_text(root, "tr", "cover.subtitle", q("Heerlenliler için yardım. Nereden alabilirsiniz?"))
    assert not found(check(root), TR, "cover.subtitle", "a suffix on a name")


def test_sentence_initial_dutch_word_is_not_a_name():
    names = names_in(["Bel de gemeente Heerlen: 14 045. Zeg ‘Heerlen’ als u belt."])
    assert "Heerlen" in names and "Bel" not in names and "Zeg" not in names


def test_turkish_dotless_capital_i(root):
    value = SAMPLE.translations["tr"].get("labels.website").replace("İnternet", "Internet")
    assert value.startswith("Internet")
    line = set_text(root, "tr", "labels.website", q(value))
    m = only(check(root), TR, "labels.website", 'writes "Internet" with a dotless capital I')
    assert m.line == line and "İnternet" in m.hint


def test_turkish_words_that_start_with_dotless_i_are_right(root):
    set_text(root, "tr", "back.notes", q("Işık ve Irmak notları"))
    assert not found(check(root), TR, "back.notes", "dotless")


def test_the_lines_point_into_the_damaged_copy(root):
    line = text_line("en", "cover.subtitle", root)
    set_text(root, "en", "cover.subtitle", q("Where can you find help ?"))
    assert only(check(root), EN, "cover.subtitle", "space before").line == line


def test_a_suffixed_name_is_found_after_a_hyphen_and_among_thousands_of_names():
    """The names are looked up by the beginnings of the words, not searched one by one: a
    name after a hyphen and a glossary term of two words are still found."""
    from hulpwijzer.check.messages import Place
    from hulpwijzer.check.turkish import suffix_apostrophes

    names = frozenset({f"Kurum{n:05d}" for n in range(5000)} | {"Heerlen", "Sociaal Wijkteam"})
    place = Place("translations/tr.yaml", 3, "sections.money.intro")
    for text, written in (
        ("Noord-Heerlendeki ofis.", "Heerlendeki"),
        ("Sociaal Wijkteamdan yardım.", "Sociaal Wijkteamdan"),
        ("Kurum04999a gidin.", "Kurum04999a"),
    ):
        found = suffix_apostrophes(place, text, names)
        assert len(found) == 1 and f'"{written}"' in found[0].text, text
    assert suffix_apostrophes(place, "Heerlen'deki ofis, Heerlenli.", names) == []
