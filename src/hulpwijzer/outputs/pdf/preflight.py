"""A print shop's preflight of a PDF: what a shop would reject or phone about, per file and page.

:func:`preflight` checks any PDF (a built print file, or a file staff are about to send):

- the file: a page count that is a multiple of 4 (saddle stitching; not for flat sheets such
  as a poster or a card, ``booklet=False``), no JavaScript, no
  encryption, and the PDF/X-1a keys (``GTS_PDFXVersion``, ``GTS_PDFXConformance``, a
  ``/GTS_PDFX`` output intent with its condition, ``/Trapped`` True or False, a document id,
  a header no newer than PDF 1.4);
- every page: a TrimBox and a BleedBox with at least 3 mm of bleed on every side, inside the
  MediaBox; no annotations; every font embedded; only CMYK, gray or spot colours; no
  transparency; no ink under 10 % and at most 300 % in total; black text 100 % K; lines at
  least 0.25 pt; text at least 5 mm inside the trim (text outside the bleed, in the slug, is
  the shop's information and does not count).

Each finding is a :class:`Message` naming the file and the page, what is wrong and what to do;
:class:`Figures` are the measurements a shop asks about (ink, safe zone, thinnest line,
smallest text).
"""

from __future__ import annotations

import ctypes
import io
import math
from dataclasses import dataclass, field

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pikepdf import Name

from ...model import Message
from .. import PDFX_1A
from . import style
from .pagescan import PageScan, scan_page

MM = style.mm
MIN_BLEED = 3 * MM
SAFE_ZONE = 5 * MM
MIN_LINE = 0.25  # pt
MAX_INK = 3.0  # 300 %
MIN_TINT = style.MIN_TINT
TOLERANCE = 0.01  # pt, for boxes written with rounding


@dataclass
class Figures:
    """What was measured in a file (None: nothing of that kind in it)."""

    pages: int = 0
    pdfx: str | None = None
    max_ink: float | None = None  # percent
    safe_zone: float | None = None  # mm: the text closest to the trim, inside it
    thinnest_line: float | None = None  # pt
    smallest_text: float | None = None  # pt, inside the trim

    def summary(self) -> str:
        if not self.pages:
            return "not checked"
        parts = [f"{self.pages} pages", self.pdfx or "not PDF/X"]
        if self.max_ink is not None:
            parts.append(f"ink at most {self.max_ink:.0f} %")
        if self.safe_zone is not None:
            parts.append(f"text at least {self.safe_zone:.1f} mm inside the trim")
        if self.thinnest_line is not None:
            parts.append(f"thinnest line {self.thinnest_line:g} pt")
        if self.smallest_text is not None:
            parts.append(f"smallest text {self.smallest_text:.1f} pt")
        return ", ".join(parts)


@dataclass
class Preflight:
    """The findings of one file."""

    name: str
    messages: list[Message] = field(default_factory=list)
    figures: Figures = field(default_factory=Figures)

    @property
    def ok(self) -> bool:
        return not any(m.level == "error" for m in self.messages)

    def error(self, page: int, text: str, hint: str) -> None:
        self.messages.append(
            Message("error", self.name, 0, f"page {page}" if page else "", text, hint)
        )


def preflight(data: bytes, name: str, booklet: bool = True) -> Preflight:
    """Check the PDF ``data`` (called ``name`` in the messages) as a print shop's preflight;
    ``booklet``: its pages are folded and stapled (a multiple of 4), not flat sheets."""
    result = Preflight(name)
    try:
        doc = pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, ValueError) as exc:
        result.error(0, f"is not a PDF that can be read ({exc})", "Export it again as PDF/X-1a.")
        return result
    with doc:
        result.figures.pages = len(doc.pages)
        _document(doc, result, booklet)
        trims, forms = [], {}  # the forms read: each once, however many pages draw it
        for number, page in enumerate(doc.pages, start=1):
            trims.append(_boxes(page, number, result))
            _annotations(page, number, result)
            _paint(scan_page(page, forms), number, result)
    _text(data, trims, result)
    return result


def _document(doc: pikepdf.Pdf, result: Preflight, booklet: bool) -> None:
    pages = len(doc.pages)
    if booklet and pages % 4:
        result.error(
            0,
            f"has {pages} pages: a stapled booklet needs a multiple of 4",
            f"Add or remove pages to make {pages + (-pages % 4)} (hulpwijzer adds notes pages).",
        )
    if doc.is_encrypted:
        result.error(0, "is encrypted", "Save it without a password or restrictions.")
    names = doc.Root.get("/Names")
    action = doc.Root.get("/OpenAction")
    if (names is not None and "/JavaScript" in names) or (
        isinstance(action, pikepdf.Dictionary) and action.get("/S") == Name.JavaScript
    ):
        result.error(0, "contains JavaScript", "Export it again without scripts (PDF/X-1a).")
    if "/AA" in doc.Root:
        result.error(0, "has actions that run when it is opened", "Export it as PDF/X-1a.")
    _pdfx(doc, result)


def _pdfx(doc: pikepdf.Pdf, result: Preflight) -> None:
    """The PDF/X-1a keys a shop's software reads before anything else."""
    info = doc.docinfo
    version = str(info.get("/GTS_PDFXVersion", "")) or None
    conformance = str(info.get("/GTS_PDFXConformance", "")) or None
    result.figures.pdfx = conformance or version
    hint = "Export it as PDF/X-1a:2003 with the output intent FOGRA39 (coated)."
    if version is None:
        result.error(0, "is not a PDF/X file: GTS_PDFXVersion is missing", hint)
        return
    if conformance != PDFX_1A or version != "PDF/X-1:2003":
        result.error(0, f"is {conformance or version}, not {PDFX_1A}", hint)
    intents = [i for i in doc.Root.get("/OutputIntents", []) if i.get("/S") == Name.GTS_PDFX]
    if len(intents) != 1:
        result.error(0, f"has {len(intents)} PDF/X output intents, not 1", hint)
    elif not str(intents[0].get("/OutputConditionIdentifier", "")):
        result.error(0, "its output intent names no printing condition", hint)
    elif "/DestOutputProfile" not in intents[0] and not str(intents[0].get("/RegistryName", "")):
        result.error(0, "its output intent has neither a profile nor a registry name", hint)
    if info.get("/Trapped") not in (Name.True_, Name.False_):
        result.error(0, "does not say whether it is trapped (/Trapped True or False)", hint)
    if "/ID" not in doc.trailer:
        result.error(0, "has no document id", hint)
    if doc.pdf_version > "1.4":
        result.error(0, f"is PDF {doc.pdf_version}; PDF/X-1a:2003 is at most PDF 1.4", hint)


def _boxes(page: pikepdf.Page, number: int, result: Preflight):
    """TrimBox, BleedBox (3 mm on every side) and MediaBox of a page; its trim, or None."""
    obj = page.obj
    trim = obj.get("/TrimBox") or obj.get("/ArtBox")
    if trim is None:
        result.error(
            number,
            "has no TrimBox: the shop cannot tell where to cut",
            "Export with the trim box set (hulpwijzer sets it on every page).",
        )
        return None
    trim = _normal(trim)
    bleed = obj.get("/BleedBox")
    if bleed is None:
        result.error(
            number,
            "has no BleedBox: the bleed is not defined",
            "Export with 3 mm bleed on every side.",
        )
    else:
        bleed = _normal(bleed)
        sides = {
            "left": trim[0] - bleed[0],
            "bottom": trim[1] - bleed[1],
            "right": bleed[2] - trim[2],
            "top": bleed[3] - trim[3],
        }
        short = {side: gap for side, gap in sides.items() if gap < MIN_BLEED - TOLERANCE}
        if short:
            where = ", ".join(f"{gap / MM:.1f} mm at the {side}" for side, gap in short.items())
            result.error(
                number,
                f"has too little bleed: {where}",
                "Shops ask for 3 mm bleed on every side: let backgrounds run 3 mm "
                "beyond the trim and set the BleedBox to it.",
            )
        media = _normal(obj.get("/MediaBox", bleed))
        if any(b < m - TOLERANCE for b, m in zip(bleed[:2], media[:2], strict=True)) or any(
            b > m + TOLERANCE for b, m in zip(bleed[2:], media[2:], strict=True)
        ):
            result.error(
                number,
                "its BleedBox reaches beyond the page (MediaBox)",
                "Export the page with room for the bleed.",
            )
    return trim


def _normal(box) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in box)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _annotations(page: pikepdf.Page, number: int, result: Preflight) -> None:
    kinds = [
        str(a.get("/Subtype", "/unknown"))[1:]
        for a in page.obj.get("/Annots", [])
        if a.get("/Subtype") not in (Name.PrinterMark, Name.TrapNet)
    ]
    if kinds:
        what = ", ".join(sorted(set(kinds)))
        result.error(
            number,
            f"has {len(kinds)} annotation(s) ({what}): PDF/X forbids them",
            "Remove links and comments from the print file (the screen file keeps them).",
        )


def _paint(scan: PageScan, number: int, result: Preflight) -> None:
    """Colours, ink, lines, text colour, fonts and transparency of one page."""
    figures = result.figures
    if scan.rgb:
        result.error(
            number,
            "uses RGB or Lab colour: " + "; ".join(sorted(scan.rgb)),
            "Use CMYK only (or convert to the FOGRA39 condition when exporting).",
        )
    if scan.transparency:
        result.error(
            number,
            "uses transparency: " + ", ".join(sorted(scan.transparency)),
            "PDF/X-1a forbids it: flatten transparency when exporting.",
        )
    light, heavy = set(), set()
    for colour in scan.colours:
        inks = colour.inks
        if inks is None:
            continue
        total = sum(inks)
        figures.max_ink = max(figures.max_ink or 0.0, total * 100)
        if any(0 < ink < MIN_TINT - 1e-6 for ink in inks):
            light.add(_describe(colour))
        if total > MAX_INK + 1e-6:
            heavy.add(f"{_describe(colour)} = {total * 100:.0f} %")
    if light:
        result.error(
            number,
            "has tints under 10 %, which drop out on press: " + "; ".join(sorted(light)),
            "Make every ink 0 or at least 10 %.",
        )
    if heavy:
        result.error(
            number,
            "has more than 300 % ink: " + "; ".join(sorted(heavy)),
            "Reduce the total ink to 300 % or less.",
        )
    rich = sorted(_describe(c) for c in scan.text_colours if _rich_black(c))
    if rich:
        result.error(
            number,
            "has black text that is not 100 % K: " + "; ".join(rich),
            "Black text must be pure black: C 0, M 0, Y 0, K 100 %.",
        )
    if scan.line_widths:
        thinnest = min(scan.line_widths)
        figures.thinnest_line = min(figures.thinnest_line or thinnest, thinnest)
        if thinnest < MIN_LINE - 1e-3:
            result.error(
                number,
                f"has a line of {thinnest:g} pt, thinner than 0.25 pt",
                "Make every line at least 0.25 pt, or it may not print.",
            )
    missing = sorted(name for name, font in scan.fonts.items() if not _embedded(font))
    if missing:
        result.error(
            number,
            "uses fonts that are not embedded: " + ", ".join(missing),
            "Embed every font when exporting the PDF.",
        )


def _describe(colour) -> str:
    if colour.space == "cmyk":
        return " + ".join(
            f"{v * 100:.0f} % {c}" for v, c in zip(colour.values, "CMYK", strict=False) if v
        )
    if colour.space == "gray":
        return f"{(1 - colour.values[0]) * 100:.0f} % K (gray)"
    return f"{colour.space} " + " ".join(f"{v:g}" for v in colour.values)


def _rich_black(colour) -> bool:
    """Dark text made of more than black ink (or not of 100 % black)."""
    inks = colour.inks
    if inks is None or colour.space not in ("cmyk", "gray") or len(inks) != 4:
        return False
    c, m, y, k = inks
    return (k >= 0.8 or sum(inks) >= 2.0) and (c, m, y, k) != (0, 0, 0, 1)


def _embedded(font) -> bool:
    if font.get("/Subtype") == Name.Type3:
        return True
    holders = [font] + list(font.get("/DescendantFonts", []))
    for holder in holders:
        descriptor = holder.get("/FontDescriptor")
        if descriptor is not None and any(
            key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            return True
    return False


def _text(data: bytes, trims: list, result: Preflight) -> None:
    """Text inside the bleed is at least 5 mm inside the trim; the smallest text size."""
    doc = pdfium.PdfDocument(data)
    try:
        for number, (page, trim) in enumerate(zip(doc, trims, strict=True), start=1):
            if trim is None:
                continue
            closest, side = _closest_text(page, trim, result.figures)
            if closest is None:
                continue
            result.figures.safe_zone = min(result.figures.safe_zone or closest, closest)
            if closest < SAFE_ZONE - TOLERANCE:
                result.error(
                    number,
                    f"has text {closest / MM:.1f} mm from the trim ({side}): it may be cut off",
                    "Keep text at least 5 mm inside the trim.",
                )
    finally:
        doc.close()
    if result.figures.safe_zone is not None:
        result.figures.safe_zone /= MM


def _closest_text(page, trim, figures: Figures):
    """(distance, side) of the character closest to the trim, or (None, "") for no text."""
    x0, y0, x1, y1 = trim
    textpage = page.get_textpage()
    raw = textpage.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    # per side, the least gap and the first character that has it: (gap, character, side)
    edges = [(math.inf, 0, 0, "left"), (math.inf, 0, 1, "right")]
    edges += [(math.inf, 0, 2, "bottom"), (math.inf, 0, 3, "top")]
    smallest = math.inf
    try:
        for i in range(pdfium_c.FPDFText_CountChars(raw)):
            if chr(_GET_UNICODE(raw, i)).isspace() or not _GET_CHAR_BOX(raw, i, *refs):
                continue
            box_left, box_right = left.value, right.value
            box_bottom, box_top = bottom.value, top.value
            if (
                box_right < x0 - MIN_BLEED
                or box_left > x1 + MIN_BLEED
                or box_top < y0 - MIN_BLEED
                or box_bottom > y1 + MIN_BLEED
            ):
                continue  # outside the bleed: the slug, for the shop
            size = _GET_FONT_SIZE(raw, i)
            if 0 < size < smallest:
                smallest = size
            if box_left - x0 < edges[0][0]:
                edges[0] = (box_left - x0, i, 0, "left")
            if x1 - box_right < edges[1][0]:
                edges[1] = (x1 - box_right, i, 1, "right")
            if box_bottom - y0 < edges[2][0]:
                edges[2] = (box_bottom - y0, i, 2, "bottom")
            if y1 - box_top < edges[3][0]:
                edges[3] = (y1 - box_top, i, 3, "top")
    finally:
        textpage.close()
    if smallest < math.inf:
        figures.smallest_text = min(figures.smallest_text or smallest, smallest)
    # the least gap; of equal ones, the first character's, then left, right, bottom, top
    gap, _, _, side = min(edges)
    return (None, "") if gap == math.inf else (gap, side)


def _plain(function, restype):
    """pdfium's ``function`` called without pypdfium2's conversion of its arguments, which
    costs 1 to 3 µs a call: three calls for each character of every page were most of the
    preflight's time. The same entry point, for the same arguments (a text page, an index,
    pointers)."""
    plain = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
    plain.restype = restype
    return plain


_GET_UNICODE = _plain(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
_GET_CHAR_BOX = _plain(pdfium_c.FPDFText_GetCharBox, ctypes.c_int)
_GET_FONT_SIZE = _plain(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
