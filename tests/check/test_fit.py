"""What laying out finds: texts too long for their place, guides over max_pages."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf import style
from hulpwijzer.publish.run import check_guide

from .damage import (
    CONTACTS,
    GUIDE,
    SAMPLE,
    TODAY,
    TR,
    found,
    only,
    plant,
    q,
    set_text,
    text_line,
)


def test_a_section_title_too_long_for_its_place_is_reported_with_its_key(root):
    line = plant(root, TR, dutch_free_title(root), "title: " + q("Para " * 30))
    m = only(check_layout(root), TR, "sections.money.title", "lines where 1 fits", "warning")
    assert m.line == line and m.text.startswith("takes 5 lines where 1 fits")
    assert "(room: about 35 characters; it has 149)" in m.text
    assert m.hint == "Shorten it by about 114 characters (to 35 or fewer)."


def test_check_and_status_give_the_same_room_figure(root, capsys):
    """A title 10 characters over: check's hint and status --key name the same room and
    length (the room of outputs/pdf/room.py)."""
    title = "Para yönetimi ve borç danışmanlığı hizmetleri"  # 45 characters, two lines
    plant(root, TR, dutch_free_title(root), "title: " + q(title))
    m = only(check_layout(root), TR, "sections.money.title", "lines where 1 fits", "warning")
    assert "(room: about 35 characters; it has 45)" in m.text
    assert m.hint == "Shorten it by about 10 characters (to 35 or fewer)."
    assert main(["--root", str(root), "status", "tr", "--key", "sections.money.title"]) == 0
    out = capsys.readouterr().out
    assert "Room: one line of about 35 characters" in out
    assert "45/35 characters, too long" in out
    assert (
        main(
            [
                "--root",
                str(root),
                "status",
                "tr",
                "--key",
                "sections.money.title",
                "--format",
                "json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["room"]["characters"] == 35 and data["languages"]["tr"]["too_long"]


def test_a_text_within_the_room_whose_words_need_more_lines(root):
    """Wide letters: fewer characters than the average room, still two lines; the hint does not
    ask for a negative number of characters."""
    title = "WWWWW MMMMM WWWWW MMMMM WWWWW"  # 29 characters, far wider than average
    plant(root, TR, dutch_free_title(root), "title: " + q(title))
    m = only(check_layout(root), TR, "sections.money.title", "lines where 1 fits", "warning")
    assert "(room: about 35 characters; it has 29)" in m.text
    assert m.hint == "Shorten it by a word or two, or use shorter words."


def test_a_guide_over_max_pages_is_an_error_per_language(root):
    plant(root, GUIDE, "max_pages: 16", "max_pages: 8")
    report = check_layout(root)
    over = [m for m in report.errors if "max_pages" in m.text]
    assert {m.file for m in over} == {f"translations/{code}.yaml" for code in SAMPLE.languages}
    assert all(m.text.startswith("the guide needs 16 pages") for m in over)


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


def test_a_question_too_long_for_the_contents_is_reported_with_file_line_and_key(root):
    question = "Heeft u zorgen over geld, rekeningen die u niet kunt betalen of schulden?"
    line = set_text(root, "nl", "sections.money.question", q(question))
    report = check_layout(root)
    m = only(report, "translations/nl.yaml", "sections.money.question", "takes 2 lines")
    assert m.line == line and m.level == "warning"
    assert m.text.startswith("takes 2 lines where 1 fits")
    # the large print has the same trouble: one message is enough
    assert only(report, "translations/nl.yaml", "sections.money.question") == m


def test_a_contents_page_that_no_longer_fits_names_the_longest_question(root):
    for section in SAMPLE.sections:
        set_text(root, "tr", f"sections.{section.id}.question", q("Soru? " * 16))
    report = check_layout(root)
    m = only(report, TR, "sections.emergency.question", "the contents is")
    assert "mm fit on the page" in m.text and m.hint == "Shorten the texts of the contents."
    assert m.line == text_line("tr", "sections.emergency.question", root)


def test_a_start_page_too_high_for_the_large_print_is_reported(root, monkeypatch):
    """The check lays out every edition: a large print whose type no longer lets the start
    page fit on one A4 page is reported, named as the large-print edition's."""
    larger = dataclasses.replace(style.LARGE_PRINT, body=style.TextStyle(22, leading=1.5))
    monkeypatch.setitem(style.DESIGNS, "large-print", larger)
    report = check_layout(root)
    high = found(report, "translations/en.yaml", "start.intro", "'where do I start?' page is")
    assert [m.text.split(":")[0] for m in high] == ["in the large-print edition"]
    assert not found(report, "translations/en.yaml", "start.intro", "lines where")


def test_a_name_too_long_for_the_index_is_reported(root):
    """A name in contacts.yaml (no language translates it) that takes more than two lines in
    the index of organisations is reported, in every language's file."""
    name = "Geldfit, de landelijke hulplijn voor vragen over geld en schulden " * 2
    plant(root, CONTACTS, "name: Geldfit", "name: " + q(name.strip()))
    report = check_layout(root)
    for code in SAMPLE.languages:
        m = only(report, f"translations/{code}.yaml", "contacts.geldfit.name", "in the index")
        assert m.text == "the name takes more than 4 lines in the index of organisations"
