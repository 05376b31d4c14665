"""The bundled pictograms: which exist, and the outline of each, without loading ReportLab.

The pictograms are SVG files of Google's Material Symbols (Apache-2.0), shipped in ``symbols/``
with their licence and a README naming version and source. Each file is one filled path; it is
read here into its outline (lines and Bézier curves, in a square of side 1 with y upwards), and
every output draws that outline as vectors in its own colour: no raster image, no icon font.

``guide.yaml`` names a section's pictogram by its file name without ``.svg`` (``icon: payments``);
:func:`available` is the one answer to "does it exist" (``check`` asks it). :data:`CARD_ICONS`
names the pictograms of a contact card's rows, which the legend explains.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

SYMBOL_DIR = Path(__file__).parent / "symbols"

# What a pictogram on a card means -> its file. The legend lists them in this order.
CARD_ICONS: dict[str, str] = {
    "call": "call-fill",
    "website": "language",
    "address": "location_on-fill",
    "hours": "schedule",
    "free": "money_off",
    "always_open": "routine",
    "email": "mail-fill",
    "whatsapp": "chat-fill",
    "text": "sms-fill",
}

Point = tuple[float, float]
# ("move", p), ("line", p), ("curve", c1, c2, p), ("close",): absolute points in the unit square
Segment = tuple


@cache
def available() -> frozenset[str]:
    """The names of the bundled pictograms (their file names without ``.svg``)."""
    return frozenset(path.stem for path in SYMBOL_DIR.glob("*.svg"))


@cache
def svg_path(name: str) -> tuple[str, str]:
    """The viewBox and the path data of pictogram ``name`` as its file has them (the web page
    puts them inline). Raises KeyError for a name that is not bundled."""
    root = _svg(name)
    paths = [e.get("d") for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "path"]
    return root.get("viewBox"), " ".join(paths)


def _svg(name: str):
    from defusedxml import ElementTree  # here: check and the CLI never read an SVG

    if name not in available():
        raise KeyError(name)
    return ElementTree.parse(SYMBOL_DIR / f"{name}.svg").getroot()


@cache
def outline(name: str) -> tuple[Segment, ...]:
    """The outline of pictogram ``name``, scaled into the unit square, y upwards.

    Raises KeyError for a name that is not bundled (``check`` reports those first).
    """
    from fontTools.pens.basePen import BasePen  # here: 25 ms that check does not need
    from fontTools.svgLib.path import parse_path

    root = _svg(name)
    x0, y0, width, height = (float(v) for v in root.get("viewBox").split())
    segments: list[Segment] = []

    def unit(p: Point) -> Point:
        return ((p[0] - x0) / width, 1 - (p[1] - y0) / height)

    class OutlinePen(BasePen):
        """Records the path as segments (BasePen turns quadratic curves and arcs into cubic)."""

        def _moveTo(self, pt):
            segments.append(("move", unit(pt)))

        def _lineTo(self, pt):
            segments.append(("line", unit(pt)))

        def _curveToOne(self, pt1, pt2, pt3):
            segments.append(("curve", unit(pt1), unit(pt2), unit(pt3)))

        def _closePath(self):
            segments.append(("close",))

    pen = OutlinePen(None)
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "path":
            parse_path(element.get("d"), pen)
    return tuple(segments)
