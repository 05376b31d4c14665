"""The layout check: does every text of a language still fit the room the design gives it?

Run by ``check`` and by ``build``: a text longer than its place in :data:`style.PLACES`, or a
cover or start page that no longer fits on one page, is reported with the key to shorten; a
text with the room in characters (:mod:`.room`, the figure ``status --key`` shows) and by how
much to shorten it.
"""

from __future__ import annotations

from reportlab.platypus import PageBreak

from ... import typeset as text
from ...compose.booklet import compose_booklet
from ...compose.texts import Texts
from ...model import Guide
from . import story, style
from .room import length, room


def fit_problems(guide: Guide, language: str) -> list[tuple[str, str, str]]:
    """(key, what is wrong, what to do) for texts of ``language`` that outgrow their place,
    and for the cover and the start page when they no longer fit on one page."""
    page_size = guide.settings.page_size
    frame_width, frame_height = style.frame_size(page_size)
    booklet = compose_booklet(guide, Texts(guide, language, fallback=True))
    problems = []
    for key, entry in guide.translations[language].texts.items():
        place = style.place_of(key)
        if place is None or not isinstance(entry.value, str):
            continue
        width = place.width_in(page_size)
        size, bold = place.tstyle.size, place.tstyle.bold
        lines = text.wrap(entry.value.strip(), width, size, bold, booklet.rtl)
        if len(lines) > place.lines:
            problems.append((key, *_too_long(key, entry.value, len(lines), page_size)))
    for name, flowables, key in (
        ("cover", story.cover(booklet.cover, booklet.rtl, page_size), "cover.subtitle"),
        (
            "'where do I start?' page",
            story.start_page(booklet.start, booklet.rtl, page_size),
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
    return problems


def _too_long(key: str, value: str, taken: int, page_size: str) -> tuple[str, str]:
    """What is wrong and what to do for a text that takes ``taken`` lines, more than its place
    has, with the room in characters as ``status --key`` gives it (:func:`.room.room`)."""
    r = room(key, page_size)
    has = length(value)
    fits = "1 fits" if r.lines == 1 else f"{r.lines} fit"
    problem = f"takes {taken} lines where {fits} (room: about {r.chars} characters; it has {has})"
    if has > r.chars:
        return problem, f"Shorten it by about {has - r.chars} characters (to {r.chars} or fewer)."
    # within the average figure, but its words (long ones, or wide letters) need more lines
    return problem, "Shorten it by a word or two, or use shorter words."
