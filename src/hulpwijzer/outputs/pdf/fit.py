"""The layout check: does every text of a language still fit the room the design gives it?

Run by ``check`` and by ``build``, for every edition (the A5 booklet and the large print): a
text longer than its place in :data:`style.PLACES`, a cover, contents or start page that no
longer fits on one page, or a name that takes more than two lines in the index, is reported
with the key to shorten; a text with the room in characters (:mod:`.room`, the figure
``status --key`` shows) and by how much to shorten it.
"""

from __future__ import annotations

from reportlab.platypus import PageBreak

from ... import typeset as text
from ...compose.blocks import Booklet
from ...compose.booklet import compose_booklet
from ...compose.texts import Texts
from ...model import Guide
from . import story, style
from .finding import PageMarks
from .room import length, room

INDEX_LINES = 4  # lines an organisation's name may take in the index (a narrow column)


def fit_problems(guide: Guide, language: str) -> list[tuple[str, str, str]]:
    """(key, what is wrong, what to do) for texts of ``language`` that outgrow their place,
    and for the cover, the contents and the start page when they no longer fit on one page,
    in every edition (:data:`style.DESIGNS`: the booklet and the large print)."""
    booklet = compose_booklet(guide, Texts(guide, language, fallback=True))
    problems: list[tuple[str, str, str]] = []
    for name in style.DESIGNS:
        design = style.design_for(name, guide.settings.max_pages)
        reported = {key for key, _, _ in problems}  # once per text: the first edition says it
        for key, problem, hint in _design_problems(guide, language, booklet, design):
            if key in reported:
                continue
            if name != style.BOOKLET.name:
                problem = f"in the {design.name} edition: {problem}"
            problems.append((key, problem, hint))
    return problems


def _design_problems(
    guide: Guide, language: str, booklet: Booklet, design: style.Design
) -> list[tuple[str, str, str]]:
    page_size = design.page(guide.settings.page_size)
    frame_width, frame_height = style.frame_size(page_size, design)
    rtl = booklet.rtl
    problems = []
    for key, entry in guide.translations[language].texts.items():
        place = style.place_of(key)
        if place is None or not isinstance(entry.value, str):
            continue
        width = place.width_in(page_size, design)
        tstyle = place.tstyle_in(design)
        lines = text.wrap(entry.value.strip(), width, tstyle.size, tstyle.bold, rtl)
        if len(lines) > place.lines:
            problems.append((key, *_too_long(key, entry.value, len(lines), page_size, design)))
    marks = PageMarks(rtl, design)
    for name, flowables, key in (
        ("cover", story.cover(booklet.cover, rtl, page_size, design), "cover.subtitle"),
        (
            "contents",
            story.contents_page(booklet, marks, design),
            _longest_question(guide, language),
        ),
        (
            "'where do I start?' page",
            story.start_page(booklet.start, rtl, page_size, design),
            "start.intro",
        ),
    ):
        page = [f for f in flowables if not isinstance(f, PageBreak)]
        height = sum(f.wrap(frame_width, frame_height)[1] for f in page)
        height += sum(f.getSpaceAfter() for f in page[:-1])
        if height > frame_height:
            problems.append(
                (
                    key,
                    f"the {name} is {height / style.mm:.0f} mm high; "
                    f"{frame_height / style.mm:.0f} mm fit on the page",
                    f"Shorten the texts of the {name}.",
                )
            )
    column = style.index_column_width(page_size, design)
    for line in story.index_pages(booklet.index, rtl, marks, design)[-1].lines:
        line.wrap(column, frame_height)
        if sum(len(lines) for lines, _ in line.blocks) > INDEX_LINES:
            key = f"contacts.{line.entry.contact_id}.name"
            problems.append(
                (
                    key,
                    f"the name takes more than {INDEX_LINES} lines in the index of organisations",
                    "Shorten the name (the index prints it as the contact card does).",
                )
            )
    return problems


def _longest_question(guide: Guide, language: str) -> str:
    """The key of the longest question of the contents: the first text to shorten."""
    texts = guide.translations[language].texts
    keys = [f"sections.{s.id}.question" for s in guide.sections]
    return max(keys, key=lambda k: len(str(texts[k].value)) if k in texts else 0)


def _too_long(
    key: str, value: str, taken: int, page_size: str, design: style.Design = style.BOOKLET
) -> tuple[str, str]:
    """What is wrong and what to do for a text that takes ``taken`` lines, more than its place
    has, with the room in characters as ``status --key`` gives it (:func:`.room.room`)."""
    r = room(key, page_size, design)
    has = length(value)
    fits = "1 fits" if r.lines == 1 else f"{r.lines} fit"
    problem = f"takes {taken} lines where {fits} (room: about {r.chars} characters; it has {has})"
    if has > r.chars:
        return problem, f"Shorten it by about {has - r.chars} characters (to {r.chars} or fewer)."
    # within the average figure, but its words (long ones, or wide letters) need more lines
    return problem, "Shorten it by a word or two, or use shorter words."
