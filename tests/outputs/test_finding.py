"""The contents by need and the index of organisations, read from the built PDFs: every page
number printed is the page where that section's heading, or that organisation, is printed."""

from __future__ import annotations

import io
import json
import re

import pytest
from reportlab.pdfgen.canvas import Canvas

from hulpwijzer import typeset as text
from hulpwijzer.compose.booklet import compose_booklet
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.outputs import OUTPUTS
from hulpwijzer.outputs.pdf import style
from hulpwijzer.outputs.pdf.finding import PageRefError, draw_number

from ..pdfcheck import page_boxes, page_count, page_texts, sized_chars

LANGUAGES = ("nl", "ar", "en", "tr")
EDITIONS = ("print", "screen", "large-print")
CONTENTS_PAGE = 2  # the inside cover
SPLIT = r"[\s().,\u060c-]+"  # words of a name, whatever order a right-to-left line gives them


@pytest.fixture(scope="module")
def built(built_site):
    """{(language, variant): PDF path} of the build of every language."""
    manifest = json.loads((built_site / "manifest.json").read_text(encoding="utf-8"))
    files = {(f["language"], f["variant"]): built_site / f["path"] for f in manifest["files"]}
    return files


@pytest.fixture(scope="module")
def guide(built_site):
    return load_guide(built_site.parent)


def _booklet(guide, language):
    return compose_booklet(guide, Texts(guide, language))


def _design(variant: str) -> style.Design:
    return style.DESIGNS[OUTPUTS[variant].design]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r", "").split("\n")]


def _page_refs(
    pdf, page_index: int, design: style.Design, rtl: bool, columns: int = 1
) -> list[list[int]]:
    """The page numbers printed in the rooms of the page references, in reading order: the
    digits at the size of ``design.page_ref`` at the end side of each column (right, or left
    in Arabic), grouped by line, read left to right by position; columns from the start side
    (the index of the A5 booklet has two, the first on the right in Arabic)."""
    chars = sized_chars(pdf, page_index)
    x0, _, x1, _ = page_boxes(pdf)[page_index]["trim"]
    left_edge, width = x0 + design.margin, x1 - x0 - 2 * design.margin
    column = (width - (columns - 1) * design.column_gap) / columns
    room = 4 * style.page_ref_width(design)  # the widest room: a few numbers
    out = []
    for i in range(columns):
        if rtl:  # the end of a column is its left edge
            end = left_edge + width - i * (column + design.column_gap) - column
            low, high = end - 1, end + room
        else:
            end = left_edge + i * (column + design.column_gap) + column
            low, high = end - room, end + 1
        rows: dict[int, list[tuple[float, str]]] = {}
        for char, box, size in chars:
            inside = low <= box[0] and box[2] <= high
            if size == design.page_ref.size and (char.isdigit() or char in ",،") and inside:
                key = next((b for b in rows if abs(b - box[1]) <= 3), round(box[1]))
                rows.setdefault(key, []).append((box[0], char))
        for _, items in sorted(rows.items(), reverse=True):  # top of the page first
            visual = "".join(c for _, c in sorted(items))
            out.append([int(n) for n in re.findall(r"\d+", visual)])
    return out


def _heading_page(texts: list[str], title: str) -> int:
    """The page (from 1) after the contents whose printed lines include ``title``."""
    pages = [i + 1 for i, t in enumerate(texts) if i + 1 > CONTENTS_PAGE and title in _lines(t)]
    assert len(pages) == 1, f"{title!r} is printed as a line on pages {pages}"
    return pages[0]


@pytest.mark.parametrize("variant", EDITIONS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_contents_entry_gives_the_page_of_its_section_heading(
    built, guide, language, variant
):
    pdf = built[(language, variant)]
    booklet = _booklet(guide, language)
    texts = page_texts(pdf)
    contents = _lines(texts[CONTENTS_PAGE - 1])
    assert booklet.contents.title in contents
    refs = _page_refs(pdf, CONTENTS_PAGE - 1, _design(variant), booklet.rtl)
    entries = booklet.contents.entries
    assert len(refs) == len(entries), refs
    for entry, numbers in zip(entries, refs, strict=True):
        assert entry.question in texts[CONTENTS_PAGE - 1]
        section = next(s for s in booklet.sections if s.id == entry.section_id)
        assert numbers == [_heading_page(texts, section.title)], entry.question


def _words(name: str) -> list[str]:
    return [w for w in re.split(SPLIT, name) if w]


@pytest.mark.parametrize("variant", EDITIONS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_index_entry_points_at_pages_that_show_the_organisation(
    built, guide, language, variant
):
    pdf = built[(language, variant)]
    booklet = _booklet(guide, language)
    texts = page_texts(pdf)
    start = next(i for i, t in enumerate(texts) if booklet.index.title in _lines(t))
    refs = []  # the index runs to the notes and the back page, which print no page references
    for index in range(start, page_count(pdf)):
        design = _design(variant)
        refs += _page_refs(pdf, index, design, booklet.rtl, design.index_columns)
    entries = booklet.index.entries
    assert len(refs) == len(entries) > 20
    for entry, pages in zip(entries, refs, strict=True):
        assert pages, entry.name
        assert len(pages) <= len(entry.section_ids)
        for page in pages:
            words = re.split(SPLIT, texts[page - 1])
            missing = [w for w in _words(entry.name) if w not in words]
            assert not missing, f"{entry.name!r}: page {page} does not show {missing}"


@pytest.mark.parametrize("design", list(style.DESIGNS.values()), ids=lambda d: d.name)
def test_the_room_of_a_page_number_holds_two_digits_of_the_real_font(design):
    text.register_fonts()
    ref = design.page_ref
    widest = max(text.measure(f"{d}{d}", ref.size, ref.bold) for d in "0123456789")
    assert widest <= style.page_ref_width(design) < widest * 1.1


@pytest.mark.parametrize("max_pages", [16, 99, 100, 9999])
def test_the_room_of_a_page_number_holds_every_page_up_to_max_pages(max_pages):
    """A guide of 120 pages (1,000 contacts) numbers its contents and index: the room has as
    many digits as max_pages, and only the guide's own widest number is measured."""
    text.register_fonts()
    design = style.design_for("booklet", max_pages)
    widest = text.measure(str(max_pages).replace(str(max_pages)[0], "8"), 14, True)
    room = style.page_ref_width(design)
    assert widest <= room and design.page_ref_digits == max(2, len(str(max_pages)))
    canvas = Canvas(io.BytesIO())
    draw_number(canvas, max_pages, design.page_ref, 0, 0, room, "right")


def test_a_page_number_wider_than_its_room_stops_the_build():
    canvas = Canvas(io.BytesIO())
    with pytest.raises(PageRefError, match="page 100 is wider than the room"):
        room = style.page_ref_width(style.BOOKLET)  # two digits: max_pages is under 100
        draw_number(canvas, 100, style.BOOKLET.page_ref, 0, 0, room, "right")


def test_a_part_of_the_index_that_fills_its_page_fits_on_it():
    """Entries that fill a page but for the gap after the last one: the part made for that
    page is no taller than the page (10,000 contacts met it on page 3051 and stopped); the
    entry that would leave no room for its gap goes to the next page."""
    from reportlab.platypus import Spacer

    from hulpwijzer.outputs.pdf.finding import IndexColumns

    def entry():
        line = Spacer(10, 30)
        line.spaceAfter = 6
        return line

    design = style.BOOKLET
    room = 3 * 36 + 30  # three entries with their gaps, and a fourth without its gap
    index = IndexColumns([entry() for _ in range(design.index_columns * 4 + 3)], False, design)
    first, rest = index.split(300, room)
    assert first.wrap(300, room)[1] <= room
    assert (
        len(first.lines) == design.index_columns * 3 and len(rest.lines) == design.index_columns + 3
    )
