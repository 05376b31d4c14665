"""The contents by need and the index of organisations, read from the built PDFs: every page
number printed is the page where that section's heading, or that organisation, is printed."""

from __future__ import annotations

import json
import re

import pytest

from hulpwijzer.compose.booklet import compose_booklet
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.outputs import OUTPUTS
from hulpwijzer.outputs.pdf import style

from ..pdfcheck import page_count, page_texts, sized_chars

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


def _page_refs(pdf, page_index: int, design: style.Design, rtl: bool) -> list[list[int]]:
    """The page numbers printed in the room of the page references, top to bottom: the digits
    at the size of ``design.page_ref`` at the end side of the page (right, or left in Arabic),
    grouped by line and read left to right by position."""
    chars = sized_chars(pdf, page_index)
    digits = [c for c in chars if c[2] == design.page_ref.size and (c[0].isdigit() or c[0] in ",،")]
    if not digits:
        return []
    xs = [box[0] for _, box, _ in digits]
    edge = min(xs) if rtl else max(xs)
    column = 4 * style.page_ref_width(design)  # the widest room: a few numbers
    rows: dict[int, list[tuple[float, str]]] = {}
    for char, (left, bottom, _, _), _ in digits:
        if abs(left - edge) > column:
            continue
        key = next((b for b in rows if abs(b - bottom) <= 3), round(bottom))
        rows.setdefault(key, []).append((left, char))
    out = []
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
        refs += _page_refs(pdf, index, _design(variant), booklet.rtl)
    entries = booklet.index.entries
    assert len(refs) == len(entries) > 20
    for entry, pages in zip(entries, refs, strict=True):
        assert pages, entry.name
        assert len(pages) <= len(entry.section_ids)
        for page in pages:
            words = re.split(SPLIT, texts[page - 1])
            missing = [w for w in _words(entry.name) if w not in words]
            assert not missing, f"{entry.name!r}: page {page} does not show {missing}"
