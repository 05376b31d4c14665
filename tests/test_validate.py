"""`hulpwijzer check`: every check plants its fault in a copy of the sample and finds it exactly.

Each test copies the shipped sample (content/, translations/, translations.lock), damages one
thing by editing the YAML text, and asserts the message: level, file, line, key and the gist of
the text. Lines are found in the damaged copy itself, so the tests follow edits to the sample.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hulpwijzer.check import format_report
from hulpwijzer.cli import main
from hulpwijzer.load import load_guide, load_translation
from hulpwijzer.phones import display_phone, phone_info
from hulpwijzer.publish.run import check_guide
from hulpwijzer.translators import lock as i18nlock

REPO = Path(__file__).resolve().parent.parent
SAMPLE = load_guide(REPO)
# judge 'verified' dates from a fixed day, never before the newest date in the sample
TODAY = max([dt.date(2026, 11, 24)] + [c.verified for c in SAMPLE.contacts.values() if c.verified])
LANGS = [code for code in SAMPLE.languages if code != "nl"]


# --- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def root(tmp_path) -> Path:
    for folder in ("content", "translations"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    shutil.copy(REPO / i18nlock.LOCK_FILE, tmp_path / i18nlock.LOCK_FILE)
    return tmp_path


def q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return json.dumps(text, ensure_ascii=False)


def plant(root: Path, rel: str, old: str, new: str, start: int = 1) -> int:
    """Replace the first ``old`` on or after line ``start``; return that line's number."""
    path = root / rel
    lines = path.read_text(encoding="utf-8").split("\n")
    for i in range(start - 1, len(lines)):
        if old in lines[i]:
            lines[i] = lines[i].replace(old, new, 1)
            path.write_text("\n".join(lines), encoding="utf-8")
            return i + 1
    raise AssertionError(f"{old!r} not found in {rel} after line {start}")


def _key_span(root: Path, lang: str, key: str) -> tuple[list[str], int, int, int]:
    path = root / "translations" / f"{lang}.yaml"
    line = load_translation(path, root).texts[key].line
    lines = path.read_text(encoding="utf-8").split("\n")
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    assert lines[line - 1].strip().startswith(key.rsplit(".", 1)[1] + ":"), lines[line - 1]
    end = line
    while (
        end < len(lines)
        and lines[end].strip()
        and len(lines[end]) - len(lines[end].lstrip()) > indent
    ):
        end += 1
    return lines, line, end, indent


def set_text(root: Path, lang: str, key: str, raw: str) -> int:
    """Give ``key`` of ``lang`` the YAML value ``raw``; return its line."""
    lines, line, end, indent = _key_span(root, lang, key)
    lines[line - 1 : end] = [" " * indent + f"{key.rsplit('.', 1)[1]}: {raw}"]
    (root / "translations" / f"{lang}.yaml").write_text("\n".join(lines), encoding="utf-8")
    return line


def delete_key(root: Path, lang: str, key: str) -> int:
    lines, line, end, _ = _key_span(root, lang, key)
    del lines[line - 1 : end]
    (root / "translations" / f"{lang}.yaml").write_text("\n".join(lines), encoding="utf-8")
    return line


def add_after(root: Path, lang: str, key: str, leaf: str, raw: str) -> int:
    """Add ``leaf: raw`` as a sibling right after ``key``; return the new line."""
    lines, line, end, indent = _key_span(root, lang, key)
    lines.insert(end, " " * indent + f"{leaf}: {raw}")
    (root / "translations" / f"{lang}.yaml").write_text("\n".join(lines), encoding="utf-8")
    return end + 1


def text_line(lang: str, key: str, root: Path = REPO) -> int:
    return load_translation(root / "translations" / f"{lang}.yaml", root).texts[key].line


def dutch(key: str) -> str:
    return SAMPLE.source.texts[key].value.strip()


def check(root: Path, today: dt.date = TODAY):
    """Every check but the layout (that has its own tests below: it renders)."""
    return check_guide(load_guide(root), today=today, layout=False)


def found(report, file: str, key: str, gist: str = "", level: str | None = None):
    """The messages about ``key`` in ``file`` whose text contains ``gist``."""
    return [
        m
        for m in report.messages
        if m.file == file
        and m.key == key
        and gist in m.text
        and (level is None or m.level == level)
    ]


def only(report, file: str, key: str, gist: str = "", level: str | None = None):
    hits = found(report, file, key, gist, level)
    assert len(hits) == 1, (hits, format_report(report))
    return hits[0]


def contact_line(root: Path, cid: str) -> int:
    return load_guide(root).contacts[cid].where.line


def a_contact(predicate) -> str:
    return next(c.id for c in SAMPLE.contacts.values() if predicate(c))


TR, NL, CONTACTS, GUIDE = (
    "translations/tr.yaml",
    "translations/nl.yaml",
    "content/contacts.yaml",
    "content/guide.yaml",
)


# --- the shipped sample ------------------------------------------------------------------------


def test_sample_has_no_errors_and_nothing_outdated():
    report = check_guide(SAMPLE, today=TODAY)
    for code in LANGS:
        stats = report.languages[code]
        assert (stats.complete, stats.outdated, stats.errors) == (100.0, 0, 0), code
    assert report.languages["nl"].is_source
    assert report.errors == [], format_report(report)


def test_check_without_layout_does_not_load_reportlab():
    """Translators' quick check stays light (speed itself is measured in benchmarks/)."""
    code = (
        "import sys, io, contextlib\n"
        "from hulpwijzer.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['--root', {str(REPO)!r}, 'check', '--no-layout'])\n"
        "print('reportlab' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


# --- missing, extra, empty, wrong type -----------------------------------------------------------


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
    assert "after 'sections.money.title'" in m.hint
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


@pytest.mark.parametrize(
    ("raw", "gist"),
    [
        ('""', "is empty"),
        ("", "is empty"),
        ("[Para, borç]", "is a list"),
        ("42", "is a number"),
        ("yes", "is read as true"),
        ("2026-01-01", "is read as a date"),
    ],
)
def test_empty_values_and_wrong_types(root, raw, gist):
    line = set_text(root, "tr", "sections.money.title", raw)
    m = only(check(root), TR, "sections.money.title", gist, "error")
    assert m.line == line and m.source_text == dutch("sections.money.title")


def test_empty_dutch_text_is_an_error(root):
    line = set_text(root, "nl", "sections.money.intro", '"  "')
    m = only(check(root), NL, "sections.money.intro", "is empty", "error")
    assert m.line == line


# --- identical to the Dutch ----------------------------------------------------------------------


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
    assert "same" in (root / i18nlock.LOCK_FILE).read_text(encoding="utf-8")


def test_sample_names_kept_on_purpose_are_not_reported():
    report = check_guide(SAMPLE, today=TODAY)
    assert not [m for m in report.messages if "same as the Dutch" in m.text]


# --- placeholders, numbers, addresses ------------------------------------------------------------


def test_placeholder_translated_by_mistake(root):
    line = set_text(root, "tr", "back.edition", q("Baskı tarihi: {tarih}"))
    m = only(check(root), "translations/tr.yaml", "back.edition", "placeholders differ", "error")
    assert m.line == line
    assert "missing {date}" in m.text and "not in the Dutch text {tarih}" in m.text


def test_unknown_placeholder_in_the_dutch(root):
    line = set_text(root, "nl", "back.notes", q("Notities van {naam}"))
    m = only(check(root), NL, "back.notes", "unknown placeholder {naam}", "error")
    assert m.line == line


def test_placeholder_missing_in_the_dutch(root):
    line = set_text(root, "nl", "back.online", q("Nieuwste informatie staat online."))
    m = only(check(root), NL, "back.online", "the placeholder {url} is missing", "error")
    assert m.line == line


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


def test_http_address_in_a_dutch_text(root):
    key = "sections.digital.intro"
    line = set_text(root, "nl", key, q("Kijk op http://www.digid.nl/ voor hulp."))
    m = only(check(root), NL, key, "starts with http://", "error")
    assert m.line == line


def test_phone_number_in_a_dutch_text_written_unlike_the_cards(root):
    key = "contacts.schuldhulpmaatje.about"
    value = dutch(key)
    assert "0800 8115" in value
    line = set_text(root, "nl", key, q(value.replace("0800 8115", "0800-8115")))
    m = only(check(root), NL, key, "as on the cards: 0800 8115", "warning")
    assert m.line == line


# --- whitespace, punctuation, invisible characters -----------------------------------------------


def test_leading_and_trailing_space(root):
    key = "sections.money.title"
    value = load_translation(root / TR, root).texts[key].value
    line = set_text(root, "tr", key, q(" " + value + " "))
    m = only(check(root), TR, key, "starts and ends with a space", "warning")
    assert m.line == line


def test_double_space(root):
    key = "sections.money.intro"
    value = load_translation(root / TR, root).texts[key].value
    first, rest = value.split(" ", 1)
    line = set_text(root, "tr", key, q(first + "  " + rest))
    m = only(check(root), TR, key, "has a double space", "warning")
    assert m.line == line


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


def test_zero_width_space_is_an_error(root):
    key = "sections.money.title"
    value = load_translation(root / TR, root).texts[key].value
    line = set_text(root, "tr", key, q(value[:3] + "\u200b" + value[3:]))
    m = only(check(root), TR, key, "U+200B ZERO WIDTH SPACE", "error")
    assert m.line == line


def test_bidi_control_character_is_an_error(root):
    key = "sections.money.title"
    value = load_translation(root / "translations/ar.yaml", root).texts[key].value
    line = set_text(root, "ar", key, q("\u200f" + value))
    m = only(check(root), "translations/ar.yaml", key, "U+200F RIGHT-TO-LEFT MARK", "error")
    assert m.line == line and "reading direction" in m.hint


def test_zero_width_non_joiner_between_arabic_letters_belongs(root):
    key = "sections.money.title"
    value = load_translation(root / "translations/ar.yaml", root).texts[key].value
    i = next(i for i in range(1, len(value)) if value[i - 1].isalpha() and value[i].isalpha())
    set_text(root, "ar", key, q(value[:i] + "\u200c" + value[i:]))
    assert not found(check(root), "translations/ar.yaml", key, "invisible")


# --- outdated translations -----------------------------------------------------------------------


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
        assert report.languages[code].outdated == 1
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
    assert only(report, "translations/en.yaml", key, "missing", "error")
    assert nl_line


def test_language_without_any_confirmation(root):
    shutil.copy(root / "translations/tr.yaml", root / "translations/pl.yaml")
    report = check(root)
    m = only(report, "translations/pl.yaml", "", "no translation of 'pl' has been confirmed")
    assert m.line == 1 and "hulpwijzer confirm pl" in m.hint
    assert report.languages["pl"].outdated == report.languages["pl"].translated


def test_missing_lock_file(root):
    (root / i18nlock.LOCK_FILE).unlink()
    m = only(check(root), i18nlock.LOCK_FILE, "", "not found", "warning")
    assert "hulpwijzer confirm --all" in m.hint


def test_lock_file_with_a_merge_conflict(root):
    path = root / i18nlock.LOCK_FILE
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[5:5] = ["<<<<<<< HEAD", "=======", ">>>>>>> other"]
    path.write_text("\n".join(lines), encoding="utf-8")
    m = only(check(root), i18nlock.LOCK_FILE, "", "merge conflict", "error")
    assert m.line == 6


def test_confirm_writes_a_stable_lock_and_refuses_bad_input(root, capsys):
    lock = root / i18nlock.LOCK_FILE
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


# --- the Dutch source ----------------------------------------------------------------------------


def test_dutch_file_missing_a_text_the_guide_needs(root):
    title_line = text_line("nl", "sections.money.title", root)
    delete_key(root, "nl", "sections.money.intro")
    report = check(root)
    m = only(report, NL, "sections.money.intro", "missing", "error")
    assert m.line == title_line
    m = only(report, TR, "sections.money.intro", "not in the Dutch file", "warning")
    assert m.line == text_line("tr", "sections.money.intro", root)


def test_dutch_key_that_the_guide_does_not_use(root):
    line = add_after(root, "nl", "sections.money.intro", "outro", q("Tot ziens."))
    m = only(check(root), NL, "sections.money.outro", "not used", "warning")
    assert m.line == line


def test_dutch_text_for_a_section_that_does_not_exist(root):
    path = root / NL
    path.write_text(
        path.read_text(encoding="utf-8") + "\nextra:\n  title: Nieuw\n", encoding="utf-8"
    )
    n = len(path.read_text(encoding="utf-8").rstrip("\n").split("\n"))
    m = only(check(root), NL, "extra.title", "not used", "warning")
    assert m.line == n


def test_long_sentence_and_long_word_in_easy_dutch(root):
    key = "sections.money.intro"
    sentence = (
        "Heeft u geldzorgen en weet u niet goed waar u moet beginnen met het regelen "
        "van uw rekeningen en post?"
    )
    line = set_text(root, "nl", key, q(sentence + " Bel de schuldhulpverleningsorganisatie."))
    report = check(root)
    m = only(report, NL, key, "sentence of 20 words", "warning")
    assert m.line == line and "at most 15" in m.text and "readability" in m.text
    m = only(report, NL, key, "long word: schuldhulpverleningsorganisatie", "warning")
    assert m.line == line


def test_readability_scores_hardest_first(root):
    key = "sections.money.intro"
    set_text(root, "nl", key, q("Financiële problematiek vereist professionele ondersteuning."))
    report = check(root)
    assert report.readability[0].key == key
    scores = [r.score for r in report.readability]
    assert scores == sorted(scores)
    assert f"{NL}:{text_line('nl', key, root)}  {key}" in format_report(report)


# --- contacts ------------------------------------------------------------------------------------


def test_invalid_phone_number(root):
    cid = a_contact(lambda c: c.phones and not c.phones[0].number.startswith(("1", "0800")))
    number = SAMPLE.contacts[cid].phones[0].number
    line = plant(root, CONTACTS, f'number: "{number}"', f'number: "{number[:-1]}"')
    m = only(check(root), CONTACTS, f"contacts.{cid}.phones", "not a valid", "error")
    assert m.line == line and number[:-1] in m.text


@pytest.mark.parametrize(
    ("number", "display", "free"),
    [
        ("112", "112", True),
        ("113", "113", True),
        ("116 123", "116123", True),
        ("14 045", "14 045", False),
        ("0800-2000", "0800 2000", True),
        ("0900 8844", "0900 8844", False),
        ("088 506 6262", "088 506 6262", False),
        ("045 560 2595", "045 560 2595", False),
        ("+31 45 560 2595", "045 560 2595", False),
        ("06 12345678", "06 12345678", False),
    ],
)
def test_dutch_numbers_are_accepted_and_printed_in_one_format(number, display, free):
    info = phone_info(number)
    assert (info.problem, info.display, info.free) == ("", display, free)
    assert display_phone(number) == display


@pytest.mark.parametrize(
    ("number", "gist"),
    [("+49 241 123456", "not a Dutch phone number"), ("0800 HULP", "not a phone number")],
)
def test_foreign_and_lettered_numbers(root, number, gist):
    cid = a_contact(lambda c: c.phones)
    line = plant(
        root, CONTACTS, f'number: "{SAMPLE.contacts[cid].phones[0].number}"', f'number: "{number}"'
    )
    m = only(check(root), CONTACTS, f"contacts.{cid}.phones", gist, "error")
    assert m.line == line


def test_paid_number_marked_free_and_free_number_not_marked(root):
    paid = a_contact(lambda c: c.phones and c.phones[0].number.startswith("0900"))
    start = contact_line(root, paid)
    line = plant(root, CONTACTS, "free: false", "free: true", start=start)
    report = check(root)
    m = only(report, CONTACTS, f"contacts.{paid}.phones", "marked free", "error")
    assert m.line == line and "cost money" in m.text
    free = a_contact(lambda c: c.phones and c.phones[0].number.startswith("0800"))
    line = plant(root, CONTACTS, "free: true", "free: false", start=contact_line(root, free))
    m = only(check(root), CONTACTS, f"contacts.{free}.phones", "not marked free", "warning")
    assert m.line == line - 2  # the line of the phone entry ("- number: …")


@pytest.mark.parametrize(
    ("url", "gist"),
    [
        ("http://adviesraadmo.nl/", "starts with http://"),
        ("https://adviesraadmo", "no valid domain name"),
        ("adviesraadmo.nl", "not a web address starting with https://"),
        ("https://advies raadmo.nl/", "contains a space"),
    ],
)
def test_website_must_be_a_well_formed_https_url(root, url, gist):
    cid = a_contact(lambda c: c.website and c.website.startswith("https://"))
    line = plant(root, CONTACTS, f"website: {SAMPLE.contacts[cid].website}", f"website: {url}")
    m = only(check(root), CONTACTS, f"contacts.{cid}.website", gist, "error")
    assert m.line == line


def test_qr_code_url_must_be_https(root):
    line = plant(root, GUIDE, "default: https://", "default: http://")
    m = only(check(root), GUIDE, "online_url.default", "starts with http://", "error")
    assert m.line == line


def test_email_address(root):
    cid = a_contact(lambda c: c.email)
    email = SAMPLE.contacts[cid].email
    line = plant(root, CONTACTS, f"email: {email}", f"email: {email.replace('@', ' at ')}")
    m = only(check(root), CONTACTS, f"contacts.{cid}.email", "is not an e-mail address", "error")
    assert m.line == line


@pytest.mark.parametrize(
    ("postcode", "level", "gist"),
    [
        ("641 BS", "error", "is not a Dutch postcode"),
        ("6411 SS", "error", "is not a Dutch postcode"),
        ("6411bs", "warning", "write the postcode as '6411 BS'"),
    ],
)
def test_postcode(root, postcode, level, gist):
    cid = a_contact(lambda c: c.address)
    old = SAMPLE.contacts[cid].address.postcode
    line = plant(root, CONTACTS, f"postcode: {old}", f"postcode: {postcode}")
    m = only(check(root), CONTACTS, f"contacts.{cid}.address.postcode", gist, level)
    assert m.line == line


def _add_hours(root: Path, cid: str, rows: list[str]) -> list[int]:
    """Give contact ``cid`` these hours rows ("[mon, tue] 09:00 17:00"); return their lines."""
    start = contact_line(root, cid)
    block = ["    hours:"]
    for row in rows:
        days, opens, closes = row.rsplit(" ", 2)
        block += [
            f"      - days: {days}",
            f'        opens: "{opens}"',
            f'        closes: "{closes}"',
        ]
    line = plant(root, CONTACTS, "    source:", "\n".join(block + ["    source:"]), start=start)
    return [line + 1 + 3 * i for i in range(len(rows))]


def test_opening_hours_that_close_before_they_open(root):
    cid = a_contact(lambda c: c.address)
    (line,) = _add_hours(root, cid, ["[mon, tue] 17:00 09:00"])
    m = only(check(root), CONTACTS, f"contacts.{cid}.hours", "must open before it closes", "error")
    assert m.line == line


def test_overlapping_opening_hours(root):
    cid = a_contact(lambda c: c.address)
    first, second = _add_hours(root, cid, ["[mon, tue] 09:00 12:00", "[tue] 11:00 17:00"])
    m = only(check(root), CONTACTS, f"contacts.{cid}.hours", "overlaps", "error")
    assert m.line == second and "on Tuesday" in m.text and f"(line {first})" in m.text


def test_day_listed_twice_and_valid_hours(root):
    cid = a_contact(lambda c: c.address)
    (line, _) = _add_hours(root, cid, ["[mon, mon] 09:00 12:00", "[mon] 13:00 17:00"])
    report = check(root)
    m = only(report, CONTACTS, f"contacts.{cid}.hours", "listed twice", "warning")
    assert m.line == line
    assert len(found(report, CONTACTS, f"contacts.{cid}.hours")) == 1


def test_unknown_day_is_refused_when_loading(root):
    cid = a_contact(lambda c: c.address)
    _add_hours(root, cid, ["[maandag] 09:00 12:00"])
    assert main(["--root", str(root), "check"]) == 1


def test_contact_id_used_twice_is_refused_with_both_lines(root, capsys):
    first = contact_line(root, "geldfit")
    second = plant(root, CONTACTS, "- id: humanitas", "- id: geldfit")
    assert main(["--root", str(root), "check"]) == 1
    out = capsys.readouterr().out
    assert f"{CONTACTS}:{second}" in out and f"(first on line {first})" in out


def test_step_lists_a_contact_that_does_not_exist(root):
    line = plant(root, GUIDE, "contacts: [gemeente-heerlen]", "contacts: [gemeente]")
    m = only(check(root), GUIDE, "steps.municipality.contacts", "no contact 'gemeente'", "error")
    assert m.line == line


def test_section_lists_a_contact_that_does_not_exist(root):
    line = plant(root, GUIDE, "[geldfit,", "[geldfitt,")
    m = only(check(root), GUIDE, "sections.money.contacts", "no contact 'geldfitt'", "error")
    assert m.line == line and "'geldfit'" in m.hint


def test_contact_that_is_used_nowhere(root):
    cid = "nationale-ombudsman"
    line = plant(root, GUIDE, f", {cid}]", "]")
    report = check(root)
    m = only(report, CONTACTS, f"contacts.{cid}", "not printed", "warning")
    assert m.line == contact_line(root, cid)
    assert line


def test_duplicate_section_id(root):
    line = plant(root, GUIDE, "- id: housing", "- id: work")
    report = check(root)
    m = only(report, GUIDE, "sections.work", "used twice", "error")
    assert m.line == line


def test_emergency_contact_without_phone(root):
    cid = a_contact(lambda c: not c.phones)
    line = plant(root, GUIDE, "emergency: [", f"emergency: [{cid}, ")
    m = only(check(root), GUIDE, "emergency", f"'{cid}' has no phone number", "error")
    assert m.line == line


def test_verified_date_too_old_lists_what_to_recheck(root):
    cid = a_contact(lambda c: c.address and c.phones and c.website and c.email)
    start = contact_line(root, cid)
    old = SAMPLE.contacts[cid].verified.isoformat()
    line = plant(root, CONTACTS, f"verified: {old}", "verified: 2025-10-01", start=start)
    m = only(check(root, dt.date(2026, 11, 24)), CONTACTS, f"contacts.{cid}.verified")
    assert (m.level, m.line) == ("warning", line)
    assert m.text == "last checked on 2025-10-01, more than 12 months ago"
    assert "phone number, address, website, e-mail" in m.hint
    assert "verified: 2026-11-24" in m.hint
    assert not found(check(root, dt.date(2026, 9, 30)), CONTACTS, f"contacts.{cid}.verified")


def test_verified_age_is_configurable(root):
    cid = a_contact(lambda c: c.verified and not c.unverified)
    plant(root, GUIDE, "max_verified_age_months: 12", "max_verified_age_months: 3")
    later = SAMPLE.contacts[cid].verified + dt.timedelta(days=100)
    m = only(check(root, later), CONTACTS, f"contacts.{cid}.verified", "more than 3 months ago")
    assert m.level == "warning"


def test_verified_missing_or_in_the_future(root):
    cid = a_contact(lambda c: c.verified and not c.unverified)
    start = contact_line(root, cid)
    old = SAMPLE.contacts[cid].verified.isoformat()
    line = plant(root, CONTACTS, f"verified: {old}", "verified: 2099-01-01", start=start)
    m = only(check(root), CONTACTS, f"contacts.{cid}.verified", "in the future", "error")
    assert m.line == line
    plant(root, CONTACTS, "verified: 2099-01-01", "# no date", start=start)
    m = only(check(root), CONTACTS, f"contacts.{cid}.verified", "no 'verified' date", "warning")
    assert m.line == start


def test_unverified_facts_are_listed_for_staff():
    cid = a_contact(lambda c: c.unverified)
    report = check_guide(SAMPLE, today=TODAY)
    m = only(report, CONTACTS, f"contacts.{cid}.unverified", "still to be confirmed", "warning")
    assert m.line == SAMPLE.contacts[cid].lines["unverified"]


# --- behaviour of the command --------------------------------------------------------------------


def test_exit_codes_strict_and_grouped_output(root, capsys):
    args = ["--root", str(root), "check", "--today", TODAY.isoformat()]
    report = check(root)
    assert main(args) == (1 if report.errors else 0)
    out = capsys.readouterr().out
    assert "Summary" in out and "tr Turkish" in out and "complete" in out
    assert main(args + ["--strict"]) == (1 if report.warnings or report.errors else 0)
    capsys.readouterr()
    delete_key(root, "tr", "sections.money.intro")
    assert main(args) == 1
    out = capsys.readouterr().out
    block = out.split("\ntranslations/tr.yaml\n", 1)[1]
    assert block.lstrip().startswith("error: translations/tr.yaml:")
    assert "Not ready: " in out


def test_json_format_for_ci(root, capsys):
    delete_key(root, "tr", "sections.money.intro")
    assert main(["--root", str(root), "check", "--format", "json", "--today", "2026-11-24"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["strict"] is False
    [m] = [m for m in data["messages"] if m["key"] == "sections.money.intro"]
    assert (m["level"], m["file"], m["text"]) == ("error", TR, "missing")
    assert m["source_text"] == dutch("sections.money.intro")
    tr = next(s for s in data["languages"] if s["language"] == "tr")
    assert tr["complete"] < 100 and tr["errors"] >= 1


def test_strict_json_turns_warnings_into_errors(root, capsys):
    add_after(root, "tr", "sections.money.intro", "intro2", q("Fazladan."))
    main(["--root", str(root), "check", "--format", "json", "--strict"])
    data = json.loads(capsys.readouterr().out)
    assert data["warnings"] == 0
    assert any(
        m["key"] == "sections.money.intro2" and m["level"] == "error" for m in data["messages"]
    )


def test_unreadable_yaml_is_reported_and_exits_1(root, capsys):
    line = plant(
        root, TR, "title:", "title: [", start=text_line("tr", "sections.money.title", root)
    )
    assert main(["--root", str(root), "check", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["messages"][0]["file"] == TR and data["messages"][0]["line"] >= line


def test_a_section_title_too_long_for_its_place_is_reported_with_its_key(root):
    line = plant(root, TR, dutch_free_title(root), "title: " + q("Para " * 30))
    m = only(check_layout(root), TR, "sections.money.title", "lines where 1 fit", "warning")
    assert m.line == line and m.hint == "Make the text shorter."


def test_a_guide_over_max_pages_is_an_error_per_language(root):
    plant(root, GUIDE, "max_pages: 16", "max_pages: 8")
    report = check_layout(root)
    over = [m for m in report.errors if "max_pages" in m.text]
    assert {m.file for m in over} == {f"translations/{code}.yaml" for code in SAMPLE.languages}
    assert all(m.text.startswith("the guide needs 12 pages") for m in over)


def test_sample_fits_its_places_and_pages():
    with_layout = check_guide(SAMPLE, today=TODAY)
    assert not with_layout.not_checked
    assert with_layout.messages == check_guide(SAMPLE, today=TODAY, layout=False).messages


def check_layout(root: Path):
    return check_guide(load_guide(root), today=TODAY, layout=True)


def dutch_free_title(root: Path) -> str:
    """The 'title: …' line of sections.money in the Turkish file, as written there."""
    line = text_line("tr", "sections.money.title", root)
    return (root / TR).read_text(encoding="utf-8").split("\n")[line - 1].strip()
