"""Pictograms in the PDF: drawn as filled vector paths from :mod:`hulpwijzer.pictograms`.

No image and no font: the outline of each Material Symbol is drawn with the page's own colour
(CMYK in print), so it is as sharp as the text, needs nothing embedded and adds no characters to
the text a reader copies or a screen reader reads. Each pictogram's outline is written once per
PDF, as a form XObject without a colour of its own, and placed (scaled, in its colour) at every
use: the outlines are most of the drawing a page holds, written and compressed once.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable, Spacer

from ... import pictograms
from . import style

# The side of the square a pictogram's form is drawn in: coordinates up to 100 keep four to six
# decimals (ReportLab writes about six significant digits), finer than on the page before.
FORM_SIZE = 100.0


def draw_icon(canv, name: str, x: float, y: float, size: float, color=style.BLACK) -> None:
    """Draw pictogram ``name`` in a ``size`` square whose lower left corner is ``(x, y)``.

    Each use sets the colour and places the pictogram's form (:func:`_form`), so one form
    serves every size and colour.
    """
    form = _form(canv, name)
    scale = size / FORM_SIZE
    canv.saveState()
    canv.setFillColor(color)
    canv.transform(scale, 0, 0, scale, x, y)
    canv.doForm(form)
    canv.restoreState()


def _form(canv, name: str) -> str:
    """The name of the form that draws pictogram ``name`` in the current fill colour, in a
    :data:`FORM_SIZE` square; written into the canvas's document the first time."""
    form = f"icon-{name}"
    if not canv.hasForm(form):
        box, path = _outline_path(name)
        canv.beginForm(form, *box)
        canv.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        canv.endForm()
    return form


@cache
def _outline_path(name: str) -> tuple[tuple[float, float, float, float], PDFPathObject]:
    """The outline of pictogram ``name`` as a path in a :data:`FORM_SIZE` square, and a box
    that holds it all (a curve stays inside its control points), made once per process."""
    outline = pictograms.outline(name)
    path = PDFPathObject()
    for segment in outline:
        kind, points = segment[0], [(px * FORM_SIZE, py * FORM_SIZE) for px, py in segment[1:]]
        if kind == "move":
            path.moveTo(*points[0])
        elif kind == "line":
            path.lineTo(*points[0])
        elif kind == "curve":
            path.curveTo(*points[0], *points[1], *points[2])
        else:
            path.close()
    xs = [px for segment in outline for px, _ in segment[1:]]
    ys = [py for segment in outline for _, py in segment[1:]]
    box = (min(0.0, *xs), min(0.0, *ys), max(1.0, *xs), max(1.0, *ys))
    return tuple(v * FORM_SIZE for v in box), path


class ThemeIcon(Flowable):
    """A pictogram as a flowable of ``size`` square (the contents page, a section heading)."""

    def __init__(self, name: str, size: float = style.ICON_HEADING, color=style.ACCENT):
        super().__init__()
        self.name, self.size, self.color = name, size, color
        self.width = self.height = size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self):
        draw_icon(self.canv, self.name, 0, 0, self.size, self.color)


class Beside(Flowable):
    """``mark`` (a pictogram, a theme's tile) on the start side of ``child`` (left, or right in
    Arabic), both at the top: a section's title with its theme's tile."""

    def __init__(self, mark: Flowable, child: Flowable, rtl: bool):
        super().__init__()
        self.mark, self.child, self.rtl = mark, child, rtl
        self.spaceAfter = child.getSpaceAfter()
        self._sizes = ((0.0, 0.0), (0.0, 0.0))

    def wrap(self, avail_width, avail_height):
        mark = self.mark.wrap(avail_width, avail_height)
        lead = mark[0] + style.ICON_GAP
        child = self.child.wrap(avail_width - lead, avail_height)
        self._sizes = (mark, child)
        self.width, self.height = avail_width, max(mark[1], child[1])
        return self.width, self.height

    def split(self, avail_width, avail_height):
        """A title longer than the room left: the mark with the part that fits, the rest
        indented as far (only a very long title, in a draft, needs this)."""
        mark_width = self.mark.wrap(avail_width, avail_height)[0]
        parts = self.child.split(avail_width - mark_width - style.ICON_GAP, avail_height)
        if not parts:
            return []
        first, *rest = parts
        room = Spacer(mark_width, 0)
        return [Beside(self.mark, first, self.rtl)] + [Beside(room, p, self.rtl) for p in rest]

    def draw(self):
        (mark_width, mark_height), (_, child_height) = self._sizes
        lead = mark_width + style.ICON_GAP
        mark_x = self.width - mark_width if self.rtl else 0
        self.mark.drawOn(self.canv, mark_x, self.height - mark_height)
        self.child.drawOn(self.canv, 0 if self.rtl else lead, self.height - child_height)
