"""Translations against the Dutch: missing and extra keys, numbers, placeholders, outdated."""

from __future__ import annotations

import shutil

from hulpwijzer.cli import main
from hulpwijzer.load import load_translation
from hulpwijzer.load.states import LOCK_FILE
from hulpwijzer.publish.run import check_guide

from .damage import (
    LANGS,
    NL,
    SAMPLE,
    TODAY,
    TR,
    add_after,
    check,
    delete_key,
    dutch,
    found,
    only,
    plant,
    q,
    set_text,
    text_line,
)


def test_missing_key_is_reported_where_it_belongs_with_the_dutch_text(root):
    title_line = text_line("tr", "sections.money.title", root)
    delete_key(root, "tr", "sections.money.intro")
    report = check(root)
    m = only(report, TR, "sections.money.intro", "missing", "error")
    assert m.line == title_line
    assert m.source_text == dutch("sections.money.intro")
    assert m.format().startswith(
        f'{TR}:{title_line}  sections.money.intro  missing; Dutch: "Heeft u geldzorgen?'
    )
    assert m.hint == (
        f"Translate the Dutch text. Add it after line {title_line} ('sections.money.title'), "
        "under 'money:', indented like 'title':\n        intro: \"…\""
    )
    assert report.languages["tr"].complete < 100
    assert report.exit_code() == 1


def test_key_that_the_dutch_file_does_not_have(root):
    line = add_after(root, "tr", "sections.money.intro", "intro2", q("Fazladan metin."))
    m = only(check(root), TR, "sections.money.intro2", "not in the Dutch file", "warning")
    assert m.line == line


def test_misspelt_key_gets_a_suggestion(root):
    line = text_line("tr", "sections.money.intro", root)
    plant(root, TR, "intro:", "intor:", start=line)
    report = check(root)
    m = only(report, TR, "sections.money.intor", "not in the Dutch file")
    assert m.line == line and "sections.money.intro" in m.hint
    assert only(report, TR, "sections.money.intro", "missing", "error")


def test_text_identical_to_the_dutch_until_confirmed_on_purpose(root, capsys):
    key = "sections.work.title"
    line = set_text(root, "tr", key, q(dutch(key)))
    m = only(check(root), TR, key, "same as the Dutch text", "warning")
    assert m.line == line and f"hulpwijzer confirm tr {key}" in m.hint
    # confirming the whole language does not accept it silently ...
    assert main(["--root", str(root), "confirm", "tr"]) == 0
    assert f"hulpwijzer confirm tr {key}" in capsys.readouterr().out
    assert found(check(root), TR, key, "same as the Dutch text")
    # ... naming the key does, until the Dutch text changes
    assert main(["--root", str(root), "confirm", "tr", key]) == 0
    assert not found(check(root), TR, key)
    assert "same" in (root / LOCK_FILE).read_text(encoding="utf-8")


def test_sample_names_kept_on_purpose_are_not_reported():
    report = check_guide(SAMPLE, today=TODAY)
    assert not [m for m in report.messages if "same as the Dutch" in m.text]


def test_placeholder_translated_by_mistake(root):
    line = set_text(root, "tr", "back.edition", q("Baskı tarihi: {tarih}"))
    m = only(check(root), "translations/tr.yaml", "back.edition", "placeholders differ", "error")
    assert m.line == line
    assert "missing {date}" in m.text and "not in the Dutch text {tarih}" in m.text


def test_changed_phone_number_in_a_translation(root):
    key = "cover.emergency"
    line = set_text(root, "tr", key, q("Hayati tehlike mi var? 113'ü arayın."))
    m = only(check(root), TR, key, "numbers or addresses differ", "error")
    assert m.line == line
    assert "missing 112" in m.text and "not in the Dutch text 113" in m.text
    assert m.source_text == dutch(key)


def test_changed_other_number_in_a_translation(root):
    key = "contacts.kindertelefoon.about"
    value = load_translation(root / TR, root).texts[key].value
    assert "18" in value
    line = set_text(root, "tr", key, q(value.replace("18", "16")))
    m = only(check(root), TR, key, "numbers or addresses differ", "error")
    assert m.line == line and "missing 18" in m.text and "16" in m.text


def test_number_written_in_another_format_is_the_same_number_but_warned(root):
    key = "start.steps.municipality.text"
    value = load_translation(root / TR, root).texts[key].value
    assert "14 045" in value
    line = set_text(root, "tr", key, q(value.replace("14 045", "14045")))
    report = check(root)
    assert not found(report, TR, key, "differ")
    m = only(report, TR, key, "write the phone number 14045 as on the cards: 14 045", "warning")
    assert m.line == line


def test_changed_web_and_email_address_in_a_translation(root):
    key = "sections.digital.intro"
    nl_line = set_text(root, "nl", key, q("Kijk op https://www.digid.nl/ of mail info@heerlen.nl."))
    for code in LANGS:
        set_text(root, code, key, q("See https://www.digid.nl/ or mail info@heerlen.nl."))
    tr_line = set_text(root, "tr", key, q("Bakın: https://www.digid.com/ veya info@heerlen.com."))
    report = check(root)
    m = only(report, TR, key, "numbers or addresses differ", "error")
    assert m.line == tr_line
    assert "missing https://www.digid.nl/, info@heerlen.nl;" in m.text
    assert "https://www.digid.com/" in m.text and "info@heerlen.com" in m.text
    assert not found(report, "translations/en.yaml", key, "differ")
    assert not found(report, NL, key, "http")
    assert nl_line


def test_end_punctuation_that_differs_from_the_dutch(root):
    key = "sections.money.intro"
    value = load_translation(root / TR, root).texts[key].value.rstrip()
    assert value.endswith(".")
    line = set_text(root, "tr", key, q(value[:-1] + "?"))
    m = only(check(root), TR, key, "ends with a question mark, the Dutch text with a full stop")
    assert m.level == "warning" and m.line == line


def test_arabic_question_mark_counts_as_a_question_mark():
    report = check_guide(SAMPLE, today=TODAY)
    assert not found(report, "translations/ar.yaml", "start.title", "ends with")


def test_fresh_copy_reports_nothing_outdated(root):
    report = check(root)
    assert all(report.languages[c].outdated == 0 for c in LANGS)
    translations = [m for m in report.messages if m.file.startswith("translations/")]
    assert not [m for m in translations if "outdated" in m.text or "confirmed" in m.text]


def test_changed_dutch_text_makes_every_translation_outdated_until_confirmed(root, capsys):
    key = "sections.money.intro"
    old = dutch(key)
    set_text(root, "nl", key, q("Heeft u zorgen over geld? Wacht niet. Vraag snel om hulp."))
    report = check(root)
    for code in LANGS:
        file = f"translations/{code}.yaml"
        m = only(report, file, key, "outdated", "warning")
        assert m.line == text_line(code, key, root)
        assert m.source_text.startswith("Heeft u zorgen over geld?")
        assert old[:20] in m.text  # what it was translated from
        assert f"hulpwijzer confirm {code} {key}" in m.hint
        assert (report.languages[code].outdated, report.languages[code].not_confirmed) == (1, 0)
    assert not [m for m in report.errors if m.key == key]  # outdated is a warning

    assert main(["--root", str(root), "confirm", "tr", key]) == 0
    assert key in capsys.readouterr().out
    report = check(root)
    assert not found(report, TR, key, "outdated")
    assert found(report, "translations/en.yaml", key, "outdated")


def test_spacing_changes_in_the_dutch_do_not_make_translations_outdated(root):
    key = "sections.money.intro"
    set_text(root, "nl", key, ">-\n      " + dutch(key).replace(". ", ".\n      "))
    report = check(root)
    assert not [m for m in report.messages if m.key == key and "outdated" in m.text]


def test_new_translation_not_yet_confirmed(root):
    key = "contacts.geldfit.name"
    nl_line = add_after(root, "nl", "contacts.geldfit.about", "name", q("Geldfit hulplijn"))
    tr_line = add_after(root, "tr", "contacts.geldfit.about", "name", q("Geldfit yardım hattı"))
    report = check(root)
    m = only(report, TR, key, "not confirmed yet", "warning")
    assert m.line == tr_line and "hulpwijzer confirm tr contacts.geldfit.name" in m.hint
    assert (report.languages["tr"].not_confirmed, report.languages["tr"].outdated) == (1, 0)
    assert only(report, "translations/en.yaml", key, "missing", "error")
    assert nl_line


def test_language_without_any_confirmation(root):
    shutil.copy(root / "translations/tr.yaml", root / "translations/pl.yaml")
    report = check(root)
    m = only(report, "translations/pl.yaml", "", "no translation of 'pl' has been confirmed")
    assert m.line == 1 and "hulpwijzer confirm pl" in m.hint
    # never confirmed is its own state: "not confirmed yet", not "outdated" (the Dutch is as it was)
    assert m.text.startswith("not confirmed yet: ") and "106 texts not confirmed" in m.text
    stats = report.languages["pl"]
    assert (stats.outdated, stats.not_confirmed) == (0, stats.translated)


def test_missing_lock_file(root):
    (root / LOCK_FILE).unlink()
    m = only(check(root), LOCK_FILE, "", "not found", "warning")
    assert "hulpwijzer confirm --all" in m.hint


def test_lock_file_with_a_merge_conflict(root):
    path = root / LOCK_FILE
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[5:5] = ["<<<<<<< HEAD", "=======", ">>>>>>> other"]
    path.write_text("\n".join(lines), encoding="utf-8")
    m = only(check(root), LOCK_FILE, "", "merge conflict", "error")
    assert m.line == 6


def test_confirm_writes_a_stable_lock_and_refuses_bad_input(root, capsys):
    lock = root / LOCK_FILE
    assert main(["--root", str(root), "confirm", "--all"]) == 0
    before = lock.read_bytes()
    assert main(["--root", str(root), "confirm", "--all"]) == 0
    assert lock.read_bytes() == before  # same input, same file: no noise in Git
    assert main(["--root", str(root), "confirm", "nl"]) == 2
    assert main(["--root", str(root), "confirm", "xx"]) == 2
    assert main(["--root", str(root), "confirm"]) == 2
    assert main(["--root", str(root), "confirm", "tr", "sections.nothing.title"]) == 1
    assert "the Dutch file has no such key" in capsys.readouterr().err
    assert lock.read_bytes() == before


def test_a_missing_contact_text_is_shown_nested_under_its_contact(root):
    delete_key(root, "tr", "contacts.digid.about")
    before = SAMPLE.source.texts  # the Dutch order: the contact before digid there
    keys = list(before)
    previous = keys[keys.index("contacts.digid.about") - 1]
    line = text_line("tr", previous, root)
    m = only(check(root), TR, "contacts.digid.about", "missing", "error")
    assert m.line == line
    assert m.hint.endswith(
        f"Add it after line {line} ('{previous}'), under 'contacts:', indented like "
        f"'{previous.split('.')[1]}':\n        digid:\n          about: \"…\""
    )
