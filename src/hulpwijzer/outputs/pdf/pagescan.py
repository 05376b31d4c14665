"""Read what a PDF page paints, as a print shop's preflight does: colours, ink, lines, fonts.

:func:`scan_page` walks the page's content stream (and the forms it draws) with pikepdf and
keeps the graphics state that matters for print: the fill and stroke colour in their colour
space, the line width and the scale of the current matrix. At every painting operator it notes
the colour used (its inks, in CMYK), the width of every stroked line, the colour of every text,
and every colour space, image, font and transparency setting it meets. The preflight
(:mod:`.preflight`) turns that into findings.

Only the operators that change or use that state reach Python (pikepdf's parser drops the
others: path construction, text positioning), and a form is read once per file, however often
it is drawn (a pictogram is one form, drawn on many pages).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Name

FILL_OPS = {"f", "F", "f*", "B", "B*", "b", "b*"}
STROKE_OPS = {"S", "s", "B", "B*", "b", "b*"}
TEXT_OPS = {"Tj", "TJ", "'", '"'}
# operators whose operands the walk reads (reading them costs: a TJ's array above all)
WITH_OPERANDS = {"cm", "w", "gs", "Tf", "Do", "cs", "CS", "sc", "scn", "SC", "SCN"}
WITH_OPERANDS |= {"g", "G", "k", "K", "rg", "RG", "INLINE IMAGE"}
# what the parser hands on (BI … ID … EI come as one "INLINE IMAGE"); it leaves out every other
# operator with its operands
OPERATORS = " ".join(
    sorted(
        (FILL_OPS | STROKE_OPS | TEXT_OPS | WITH_OPERANDS | {"q", "Q", "sh", "BI", "ID", "EI"})
        - {"INLINE IMAGE"}
    )
)
RGB_SPACES = {"/DeviceRGB", "/CalRGB"}
CMYK_SPACES = {"/DeviceCMYK"}
GRAY_SPACES = {"/DeviceGray", "/CalGray"}


@dataclass(frozen=True)
class Colour:
    space: str  # "gray", "cmyk", "rgb", "lab", "spot", "pattern"
    values: tuple[float, ...]

    @property
    def inks(self) -> tuple[float, ...] | None:
        """The ink of every colorant (CMYK, gray as K, spot tints); None for RGB, Lab."""
        if self.space == "gray":
            return (0.0, 0.0, 0.0, 1 - self.values[0]) if self.values else (0, 0, 0, 1)
        if self.space in ("cmyk", "spot"):
            return self.values
        return None


BLACK = Colour("gray", (0.0,))


@dataclass
class PageScan:
    """What one page paints."""

    colours: set[Colour] = field(default_factory=set)  # painted (fill, stroke or text)
    text_colours: set[Colour] = field(default_factory=set)
    line_widths: set[float] = field(default_factory=set)  # of stroked paths, in points
    rgb: set[str] = field(default_factory=set)  # where RGB or Lab was met
    transparency: set[str] = field(default_factory=set)
    fonts: dict[str, pikepdf.Dictionary] = field(default_factory=dict)  # by BaseFont
    overprint: bool = False


@dataclass
class _State:
    fill: Colour = BLACK
    stroke: Colour = BLACK
    fill_space: str = "gray"
    stroke_space: str = "gray"
    width: float = 1.0
    scale: float = 1.0  # of the current transformation matrix


def scan_page(page: pikepdf.Page, forms: dict | None = None) -> PageScan:
    """Everything :class:`PageScan` notes about ``page``; ``forms`` keeps the forms read so
    far (pass one dict for all pages of a file, so that each form is read once)."""
    scan = PageScan()
    group = page.obj.get("/Group")
    if group is not None and group.get("/S") == Name.Transparency:
        scan.transparency.add("the page is a transparency group")
    resources = page.obj.get("/Resources", pikepdf.Dictionary())
    _walk(_read(page.obj), resources, _State(), scan, 0, {} if forms is None else forms)
    return scan


Instructions = list[tuple[str, list]]


def _read(holder) -> Instructions:
    """The instructions of ``holder`` (a page or a form) that the walk acts on: (operator,
    operands), the operands only where the walk reads them."""
    return [
        (op, instruction.operands if op in WITH_OPERANDS else [])
        for instruction in pikepdf.parse_content_stream(holder, OPERATORS)
        for op in (str(instruction.operator),)
    ]


def _walk(
    instructions: Instructions, resources, state: _State, scan: PageScan, depth: int, forms: dict
) -> None:
    """Walk the ``instructions`` of a page or a form with ``resources``."""
    if depth > 8:  # forms that draw themselves: stop
        return
    stack: list[_State] = []
    fonts: set[str] = set()  # the names of the fonts noted (the resources stay the same)
    for op, operands in instructions:
        if op == "q":
            stack.append(_copy(state))
        elif op == "Q":
            if stack:
                state = stack.pop()
        elif op == "cm":
            a, b, c, d = (float(x) for x in operands[:4])
            state.scale *= math.sqrt(abs(a * d - b * c))
        elif op == "w":
            state.width = float(operands[0])
        elif op in ("cs", "CS"):
            space = _space(resources, operands[0], scan)
            if op == "cs":
                state.fill_space, state.fill = space, Colour(space, _initial(space))
            else:
                state.stroke_space, state.stroke = space, Colour(space, _initial(space))
        elif op in ("sc", "scn", "SC", "SCN"):
            values = tuple(float(x) for x in operands if not isinstance(x, Name))
            if op in ("sc", "scn"):
                state.fill = Colour(state.fill_space, values)
            else:
                state.stroke = Colour(state.stroke_space, values)
        elif op in ("g", "G", "k", "K", "rg", "RG"):
            space = {"g": "gray", "k": "cmyk", "r": "rgb"}[op[0].lower()]
            colour = Colour(space, tuple(float(x) for x in operands))
            if space == "rgb":
                scan.rgb.add(f"colour {' '.join(f'{v:g}' for v in colour.values)} {op}")
            if op.islower():
                state.fill, state.fill_space = colour, space
            else:
                state.stroke, state.stroke_space = colour, space
        elif op == "gs":
            _ext_gstate(resources, operands[0], state, scan)
        elif op == "Tf":
            name = str(operands[0])
            if name not in fonts:
                fonts.add(name)
                _font(resources, name, scan)
        elif op in TEXT_OPS:
            scan.colours.add(state.fill)
            scan.text_colours.add(state.fill)
        elif op == "Do":
            _xobject(resources, operands[0], state, scan, depth, forms)
        elif op == "sh":
            scan.colours.add(state.fill)
        elif op == "INLINE IMAGE":
            _inline_image(operands, scan)
        if op in FILL_OPS:
            scan.colours.add(state.fill)
        if op in STROKE_OPS:
            scan.colours.add(state.stroke)
            scan.line_widths.add(round(state.width * state.scale, 3))


def _copy(state: _State) -> _State:
    return _State(**vars(state))


def _initial(space: str) -> tuple[float, ...]:
    return {"gray": (0.0,), "cmyk": (0.0, 0.0, 0.0, 1.0)}.get(space, ())


def _space(resources, name, scan: PageScan) -> str:
    """The kind of colour space ``name`` (a device space or one of the page's resources)."""
    key = str(name)
    if key in CMYK_SPACES:
        return "cmyk"
    if key in GRAY_SPACES:
        return "gray"
    if key in RGB_SPACES:
        scan.rgb.add(f"colour space {key}")
        return "rgb"
    if key == "/Pattern":
        return "pattern"
    entry = resources.get("/ColorSpace", {}).get(key)
    return _kind(entry, key, scan)


def _kind(entry, label: str, scan: PageScan) -> str:
    if entry is None:
        return "gray"
    if isinstance(entry, Name):
        return _space({}, entry, scan)
    family = str(entry[0])
    if family in ("/Separation", "/DeviceN"):
        return "spot"
    if family == "/ICCBased":
        n = int(entry[1].get("/N", 0))
        if n == 3:
            scan.rgb.add(f"colour space {label} (ICC, RGB)")
        return {1: "gray", 3: "rgb", 4: "cmyk"}.get(n, "rgb")
    if family in ("/CalRGB", "/Lab"):
        scan.rgb.add(f"colour space {label} ({family[1:]})")
        return "rgb" if family == "/CalRGB" else "lab"
    if family == "/Indexed":
        return _kind(entry[1], label, scan)
    if family == "/Pattern":
        return "pattern"
    return "gray"


def _ext_gstate(resources, name, state: _State, scan: PageScan) -> None:
    gs = resources.get("/ExtGState", {}).get(str(name))
    if gs is None:
        return
    for key in ("/CA", "/ca"):
        if key in gs and float(gs[key]) < 1:
            scan.transparency.add(f"opacity {float(gs[key]):g} ({key[1:]})")
    mask = gs.get("/SMask")
    if mask is not None and mask != Name.None_:
        scan.transparency.add("a soft mask")
    blend = gs.get("/BM")
    if blend is not None and str(blend) not in ("/Normal", "/Compatible", "[/Normal]"):
        scan.transparency.add(f"blend mode {blend}")
    if gs.get("/OP") is True or gs.get("/op") is True:
        scan.overprint = True
    if "/LW" in gs:
        state.width = float(gs.LW)


def _font(resources, name: str, scan: PageScan) -> None:
    font = resources.get("/Font", {}).get(name)
    if font is not None:
        scan.fonts[str(font.get("/BaseFont", name)).lstrip("/")] = font


@dataclass(frozen=True)
class _Form:
    """What the walk needs of a form XObject, read once per file."""

    instructions: Instructions
    scale: float  # of its /Matrix
    resources: pikepdf.Dictionary | None  # its own; None: those of the place it is drawn
    group: bool  # a transparency group


def _xobject(resources, name, state: _State, scan: PageScan, depth: int, forms: dict) -> None:
    xobject = resources.get("/XObject", {}).get(str(name))
    if xobject is None:
        return
    form = forms.get(xobject.objgen)
    if form is None:
        subtype = xobject.get("/Subtype")
        if subtype == Name.Image:
            _image(xobject, scan)
            return
        if subtype != Name.Form:
            return
        form = forms[xobject.objgen] = _read_form(xobject)
    if form.group:
        scan.transparency.add("a transparency group")
    inner = _copy(state)
    inner.scale *= form.scale
    inside = resources if form.resources is None else form.resources
    _walk(form.instructions, inside, inner, scan, depth + 1, forms)


def _read_form(xobject) -> _Form:
    scale = 1.0
    matrix = xobject.get("/Matrix")
    if matrix is not None:
        a, b, c, d = (float(x) for x in list(matrix)[:4])
        scale = math.sqrt(abs(a * d - b * c))
    group = xobject.get("/Group")
    transparent = group is not None and group.get("/S") == Name.Transparency
    return _Form(_read(xobject), scale, xobject.get("/Resources"), transparent)


def _image(image, scan: PageScan) -> None:
    if "/SMask" in image or "/SMaskInData" in image:
        scan.transparency.add("an image with a soft mask")
    space = image.get("/ColorSpace")
    if space is not None and image.get("/ImageMask") is not True:
        _kind(space, "of an image", scan)


def _inline_image(operands, scan: PageScan) -> None:
    try:
        image = operands[0]
        space = image.obj.get("/CS") or image.obj.get("/ColorSpace")
    except (AttributeError, IndexError, TypeError):
        return
    if space is not None and str(space) in ("/RGB", "/DeviceRGB"):
        scan.rgb.add("an inline RGB image")
