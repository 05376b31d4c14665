"""What laying out finds: texts too long for their place, guides over max_pages."""

from __future__ import annotations

import json
from pathlib import Path

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.publish.run import check_guide

from .damage import (
    GUIDE,
    SAMPLE,
    TODAY,
    TR,
    only,
    plant,
    q,
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
