"""What laying out finds: texts too long for their place, guides over max_pages."""

from __future__ import annotations

from pathlib import Path

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
    m = only(check_layout(root), TR, "sections.money.title", "lines where 1 fit", "warning")
    assert m.line == line and m.hint == "Make the text shorter."


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
