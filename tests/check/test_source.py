"""The Dutch source: missing and unused texts, placeholders, numbers, easy Dutch."""

from __future__ import annotations

from hulpwijzer.check import format_report
from hulpwijzer.load import load_guide

from .damage import (
    NL,
    TR,
    add_after,
    check,
    delete_key,
    dutch,
    only,
    plant,
    q,
    set_text,
    text_line,
)


def test_empty_dutch_text_is_an_error(root):
    line = set_text(root, "nl", "sections.money.intro", '"  "')
    m = only(check(root), NL, "sections.money.intro", "is empty", "error")
    assert m.line == line


def test_unknown_placeholder_in_the_dutch(root):
    line = set_text(root, "nl", "back.notes", q("Notities van {naam}"))
    m = only(check(root), NL, "back.notes", "unknown placeholder {naam}", "error")
    assert m.line == line


def test_placeholder_missing_in_the_dutch(root):
    line = set_text(root, "nl", "back.online", q("Nieuwste informatie staat online."))
    m = only(check(root), NL, "back.online", "the placeholder {url} is missing", "error")
    assert m.line == line


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


NEW_CONTACT = """
  - id: wijkagent
    name: Wijkagent
    phones:
      - number: "0900 8844"
    sources:
      - url: https://www.politie.nl/
        page_date: no date shown
        consulted: 2026-11-24
        says: (test entry)
"""


def test_a_new_contacts_missing_text_is_placed_nested_after_the_contact_before_it(root):
    path = root / "content" / "contacts.yaml"
    path.write_text(path.read_text(encoding="utf-8") + NEW_CONTACT, encoding="utf-8")
    plant(root, "content/guide.yaml", "nationale-ombudsman]", "nationale-ombudsman, wijkagent]")
    previous = list(load_guide(root).contacts)[-2]  # the entry above it in contacts.yaml
    line = text_line("nl", f"contacts.{previous}.about", root)
    m = only(check(root), NL, "contacts.wijkagent.about", "missing", "warning")
    assert m.line == line
    assert m.hint == (
        f"Write one or two easy sentences. Add it after line {line} "
        f"('contacts.{previous}.about'), under 'contacts:', indented like '{previous}':\n"
        '        wijkagent:\n          about: "…"'
    )
    assert "back.notes" not in m.hint
