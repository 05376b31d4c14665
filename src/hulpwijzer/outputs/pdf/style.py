"""Page geometry, colours and type sizes: every number of the design, in one place."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from reportlab.lib.colors import CMYKColor
from reportlab.lib.units import mm

TRIM_SIZES = {"A5": (148 * mm, 210 * mm), "A4": (210 * mm, 297 * mm)}

BLEED = 3 * mm  # printed beyond the trim on every side
# Printer marks (content/guide.yaml print_marks: true). Crop marks start 3 mm outside the bleed,
# 6 mm from the trim, so a shop that trims a little off never prints them into the bleed, and are
# 5 mm long; the slug line (title, language, edition, page, binding side) runs below the trim,
# between the crop marks, also outside the bleed. Without marks the media ends at the bleed.
CROP_MARK_OFFSET = BLEED + 3 * mm  # from the trim
CROP_MARK_LENGTH = 5 * mm
CROP_MARK_WIDTH = 0.25  # pt, 100 % K: the thinnest line in the print file
SLUG = CROP_MARK_OFFSET + CROP_MARK_LENGTH + 2 * mm  # media beyond the trim, per side
SLUG_LINE = 6  # pt: type size of the slug line, for the print shop only
SLUG_BASELINE = BLEED + 4.5 * mm  # below the trim: in the slug, outside the bleed
MARGIN = 10 * mm  # text stays this far inside the trim (print shops ask for at least 5 mm)
FOOTER_HEIGHT = 6 * mm

# CMYK only, so the print PDF needs no conversion; black text is 100 % K. Every ink of a colour is
# 0 or at least 10 % (MIN_TINT): lighter tints drop out on press.
BLACK = CMYKColor(0, 0, 0, 1)
WHITE = CMYKColor(0, 0, 0, 0)
ACCENT = CMYKColor(1, 0.55, 0, 0.25)  # dark blue: rules and frames, never the only signal
EMERGENCY = CMYKColor(0, 0.9, 0.85, 0)  # red frame around emergency numbers
TINT = CMYKColor(0.12, 0, 0, 0)  # light blue background of the "where do I start" steps
MIN_TINT = 0.10
RULE = CMYKColor(0, 0, 0, 0.45)  # card borders, crop marks use BLACK

CARD_PADDING = 3 * mm
CARD_GAP = 3 * mm
CARD_BORDER = 0.8
# QR codes: the size of the code itself, without its quiet zone (print: at least 20 mm)
QR_SIZE = 25 * mm  # on the cover
QR_SIZE_BACK = 20.5 * mm  # on the back page
QR_QUIET_ZONE = 4  # modules of white around the code, on top of its size


@dataclass(frozen=True)
class TextStyle:
    size: float
    bold: bool = False
    leading: float = 1.3  # line height as a multiple of size
    space_after: float = 0.0

    @property
    def line_height(self) -> float:
        return self.size * self.leading


BODY = TextStyle(12, space_after=2 * mm)
SMALL = TextStyle(12, leading=1.25)  # never below 12 pt: the readers include older people
CARD_NAME = TextStyle(14, bold=True, leading=1.25, space_after=1 * mm)
PHONE = TextStyle(18, bold=True, leading=1.2)
PHONE_IN_LIST = TextStyle(14, bold=True, leading=1.3)  # numbers listed on the start page
SECTION_TITLE = TextStyle(20, bold=True, leading=1.2, space_after=2 * mm)
PAGE_TITLE = TextStyle(22, bold=True, leading=1.2, space_after=4 * mm)
COVER_TITLE = TextStyle(32, bold=True, leading=1.45, space_after=4 * mm)  # room for marks below
COVER_SUBTITLE = TextStyle(16, leading=1.3, space_after=6 * mm)
EMERGENCY_TEXT = TextStyle(18, bold=True, leading=1.25)
FOOTER = TextStyle(9)  # page number and edition only: not body text


# The contents page and the index of organisations (:mod:`.finding`)
CONTENTS_QUESTION = TextStyle(14, bold=True, leading=1.25)  # "Geldzorgen?"
CONTENTS_SECTION = TextStyle(12, leading=1.25)  # the section's title under it
PAGE_REF = TextStyle(14, bold=True, leading=1.25)  # the page number of an entry
INDEX_NAME = TextStyle(12, leading=1.3)
# The room of one digit of a page number, in ems of its type: two digits of Noto Sans Bold take
# 1.144 em (a test measures them); a little more, so no number ever touches its neighbours.
PAGE_REF_EM = 0.6
ENTRY_GAP = 2 * mm  # between two entries of the contents or the index
RULE_WIDTH = 0.5  # the thin rule between entries
LEADER_DOT = 0.1  # the dots leading to a page number: their size, as a part of its type size


@dataclass(frozen=True)
class Design:
    """Every number of one edition's look: its page, margins, type sizes, cards and QR codes.

    The story (:mod:`.story`) and the renderer take a design instead of bare constants, so the
    A5 booklet and the large-print edition are the same layout at other sizes.
    """

    name: str
    page_size: str | None  # None: the guide's page_size (content/guide.yaml)
    margin: float
    footer_height: float
    body: TextStyle
    small: TextStyle
    card_name: TextStyle
    phone: TextStyle
    phone_in_list: TextStyle
    section_title: TextStyle
    page_title: TextStyle
    cover_title: TextStyle
    cover_subtitle: TextStyle
    emergency_text: TextStyle
    footer: TextStyle
    contents_question: TextStyle
    contents_section: TextStyle
    page_ref: TextStyle
    index_name: TextStyle
    card_padding: float
    card_gap: float
    card_border: float
    entry_gap: float
    index_columns: int  # the index of organisations in this many columns
    column_gap: float
    qr_size: float
    qr_size_back: float
    # the most digits of a page number in the contents and the index (:func:`design_for`)
    page_ref_digits: int = 2

    def page(self, guide_page_size: str) -> str:
        """The page size of this edition for a guide whose booklet is ``guide_page_size``."""
        return self.page_size or guide_page_size


BOOKLET = Design(
    "booklet",
    None,
    MARGIN,
    FOOTER_HEIGHT,
    BODY,
    SMALL,
    CARD_NAME,
    PHONE,
    PHONE_IN_LIST,
    SECTION_TITLE,
    PAGE_TITLE,
    COVER_TITLE,
    COVER_SUBTITLE,
    EMERGENCY_TEXT,
    FOOTER,
    CONTENTS_QUESTION,
    CONTENTS_SECTION,
    PAGE_REF,
    INDEX_NAME,
    CARD_PADDING,
    CARD_GAP,
    CARD_BORDER,
    ENTRY_GAP,
    2,  # two columns: the index takes half the pages (the booklet's pages are paid for)
    6 * mm,
    QR_SIZE,
    QR_SIZE_BACK,
)

# The large-print edition, A4. Guidance followed (docs/large-print.md names the pages): body
# text at least 16 pt (Vision Australia, "Preparing documents": 16 pt, never under 12; Vision
# Impaired Ireland: 16 pt by default), phone numbers at least 24 pt (issue 14), line spacing at
# least 1.5 (Vision Australia; American Council of the Blind), a plain sans-serif (Noto Sans),
# text aligned to its start side and never hyphenated, black on white, bold headings larger
# than the text, clear page numbers (16 pt, not 9). The Dutch guidance of Visio, Bartiméus and
# the Oogvereniging is still to be checked against a printed copy (docs/large-print.md).
LARGE_PRINT = Design(
    "large-print",
    "A4",
    12 * mm,
    9 * mm,
    body=TextStyle(16, leading=1.5, space_after=2 * mm),
    small=TextStyle(16, leading=1.5),
    card_name=TextStyle(18, bold=True, leading=1.3, space_after=1 * mm),
    phone=TextStyle(26, bold=True, leading=1.25),
    phone_in_list=TextStyle(24, bold=True, leading=1.2),
    section_title=TextStyle(28, bold=True, leading=1.25, space_after=3 * mm),
    page_title=TextStyle(28, bold=True, leading=1.25, space_after=4 * mm),
    cover_title=TextStyle(44, bold=True, leading=1.45, space_after=6 * mm),
    cover_subtitle=TextStyle(22, leading=1.4, space_after=8 * mm),
    emergency_text=TextStyle(26, bold=True, leading=1.3),
    footer=TextStyle(16),
    contents_question=TextStyle(20, bold=True, leading=1.3),
    contents_section=TextStyle(16, leading=1.4),
    page_ref=TextStyle(20, bold=True, leading=1.3),
    index_name=TextStyle(16, leading=1.5),
    card_padding=4 * mm,
    card_gap=4 * mm,
    card_border=1.2,
    entry_gap=3 * mm,
    index_columns=1,  # one column: long names stay on one line, the eye never jumps
    column_gap=8 * mm,
    qr_size=30 * mm,
    qr_size_back=25 * mm,
)

DESIGNS = {design.name: design for design in (BOOKLET, LARGE_PRINT)}


def design_for(name: str, max_pages: int) -> Design:
    """The design ``name`` for a guide of at most ``max_pages`` pages: its contents and index
    leave room for page numbers of as many digits (at least two)."""
    return replace(DESIGNS[name], page_ref_digits=max(2, len(str(max_pages))))


def grown(size: float, tstyle: TextStyle, in_booklet: TextStyle) -> float:
    """``size`` (a pictogram drawn beside ``in_booklet`` type in the A5 booklet) grown with the
    type it stands beside: the same in the booklet, larger in the large-print edition."""
    return size * tstyle.size / in_booklet.size


def trim_size(page_size: str) -> tuple[float, float]:
    return TRIM_SIZES[page_size]


def frame_size(page_size: str, design: Design = BOOKLET) -> tuple[float, float]:
    """Width and height of the text frame inside the margins, above the footer."""
    width, height = TRIM_SIZES[page_size]
    return width - 2 * design.margin, height - 2 * design.margin - design.footer_height


def index_column_width(page_size: str, design: Design) -> float:
    """The width of one column of the index of organisations."""
    columns = design.index_columns
    return (frame_size(page_size, design)[0] - (columns - 1) * design.column_gap) / columns


def page_ref_width(design: Design) -> float:
    """The room of one page number in the contents and the index: the same whatever the
    number, so the page numbers never move the layout (:mod:`.finding`)."""
    return design.page_ref.size * PAGE_REF_EM * design.page_ref_digits


@dataclass(frozen=True)
class Place:
    """Where a translated text is printed: its type (a :class:`Design` field), its width, the
    lines the design leaves.

    One table for the layout check (``check`` warns when a text takes more lines, in every
    edition) and for the room shown to translators (:mod:`hulpwijzer.notes`).
    """

    # a TextStyle field of Design ("body", "card_name", …), or the type of a handout's text,
    # which is the same whatever the booklet's design
    role: str | TextStyle
    width: str  # "page": the text frame; "box": inside a card; "label": the third of a card's
    #             inside that a label shares with its phone number on one line; "entry": a
    #             line of the contents, beside the room of its page number; HANDOUT_WIDTHS
    lines: int

    @property
    def tstyle(self) -> TextStyle:
        """The type of this place in the A5 booklet."""
        return self.tstyle_in(BOOKLET)

    def tstyle_in(self, design: Design) -> TextStyle:
        return self.role if isinstance(self.role, TextStyle) else getattr(design, self.role)

    def width_in(self, page_size: str, design: Design = BOOKLET) -> float:
        page = frame_size(page_size, design)[0]
        box = page - 2 * design.card_padding
        if self.width == "entry":  # beside its section's tile and its page number
            tile = design.contents_question.line_height + design.entry_gap
            return page - tile - page_ref_width(design) - design.entry_gap
        return {"page": page, "box": box, "label": box / 3, **HANDOUT_WIDTHS}[self.width]


PLACES: dict[str, Place] = {
    "cover.title": Place("cover_title", "page", 2),
    "cover.subtitle": Place("cover_subtitle", "page", 3),
    "cover.emergency": Place("emergency_text", "box", 2),
    "cover.qr_caption": Place("small", "page", 2),
    "cover.other_languages": Place("small", "page", 1),
    "contents.title": Place("page_title", "page", 1),
    "contents.intro": Place("body", "page", 2),
    "index.intro": Place("body", "page", 2),
    "start.title": Place("page_title", "page", 1),
    "start.intro": Place("body", "page", 4),
    "start.steps.*.title": Place("card_name", "box", 1),
    "start.steps.*.text": Place("body", "box", 3),
    "start.emergency": Place("emergency_text", "box", 2),
    "legend.title": Place("card_name", "box", 1),
    "sections.*.title": Place("section_title", "page", 1),
    "sections.*.intro": Place("body", "page", 3),
    "sections.*.question": Place("contents_question", "entry", 1),
    "contacts.*.name": Place("card_name", "box", 2),
    "contacts.*.about": Place("body", "box", 4),
    "labels.*": Place("small", "label", 1),
    "index.title": Place("page_title", "page", 1),
    "back.title": Place("page_title", "page", 1),
    "back.edition": Place("body", "page", 2),
    "back.verified": Place("body", "page", 2),
    "back.online": Place("body", "page", 2),
    "back.notes": Place("page_title", "page", 1),
}


@cache
def place_of(key: str) -> Place | None:
    """The :data:`PLACES` entry of a translation key (``*`` stands for one part of the key);
    once per key and process (the layout check asks for every text of every edition)."""
    parts = key.split(".")
    for pattern, place in PLACES.items():
        pattern_parts = pattern.split(".")
        if len(pattern_parts) == len(parts) and all(
            p in ("*", k) for p, k in zip(pattern_parts, parts, strict=True)
        ):
            return place
    return None


# --- Finding a theme: pictograms, colour tabs on the outer edge, the icons on the cards ----------
# Each section has its own tab: a colour bar on the outer edge of every page of the section, in a
# slot of its own (the frame's height divided among the sections, top to bottom in their order),
# with the section's pictogram in white or black, whichever contrasts more (tabs.icon_colour; at
# least 4.5:1). In print the bar runs BLEED into the bleed; on screen it ends at the trim. It
# reaches TAB_DEPTH into the page, less than MARGIN, so it never covers text.
TAB_DEPTH = 8 * mm  # from the trim inwards
TAB_GAP = 1 * mm  # between two slots
TAB_ICON = 5.5 * mm  # the largest pictogram on a tab (smaller when the slots are)
TAB_ICON_INSET = 1.25 * mm  # from the trim to the pictogram: inside what a shop may trim off
MIN_CONTRAST = 4.5  # pictogram on its tab, as WCAG computes it (tabs.contrast)
# one colour per section in the order of guide.yaml (more sections: the colours repeat); each ink
# 0 or at least MIN_TINT; dark ones carry a white pictogram, the yellow a black one
TAB_COLOURS = (
    CMYKColor(0, 0.95, 0.9, 0.2),  # red
    CMYKColor(0.8, 0, 0.9, 0.55),  # green
    CMYKColor(1, 0.7, 0, 0.2),  # dark blue
    CMYKColor(0, 0.6, 1, 0.4),  # brown
    CMYKColor(0.6, 0.9, 0, 0.15),  # purple
    CMYKColor(1, 0, 0.4, 0.55),  # teal
    CMYKColor(1, 0.3, 0, 0.45),  # blue
    CMYKColor(0, 1, 0.2, 0.3),  # magenta
    CMYKColor(0.35, 0, 1, 0.6),  # olive
    CMYKColor(0, 0.25, 1, 0),  # yellow
)
ICON_HEADING = 8.5 * mm  # the tile beside a section's title: as high as its line
ICON_COVER = 10.5 * mm  # a tile of the themes on the cover
ICON_CARD = 4.2 * mm  # beside a card's labels: a little taller than the 12 pt capitals
ICON_GAP = 1.2 * mm  # between a pictogram and its text
COVER_TILE_GAP = 2 * mm  # between two tiles of the themes on the cover
COVER_TILES_SPACE = 4 * mm  # below the tiles, above the edition
COVER_TILE_RADIUS = 1.5 * mm
COVER_TILE_ICON = 0.72  # the pictogram's share of a tile's side
LEGEND_GAP = 5 * mm  # between two entries of the legend of the card pictograms

# --- The handouts for volunteers and partners: the home-print booklet, the poster, the card ----
# Home print: the A5 screen pages two by two on A4 landscape, scaled down just enough to leave the
# edge a home printer cannot print on and the lines on how to print and fold (for the volunteer
# who prints it, not body text).
HOMEPRINT_SHEET = (297 * mm, 210 * mm)
HOMEPRINT_EDGE = 5 * mm
HOMEPRINT_NOTE = TextStyle(9, bold=True, leading=1.25, space_after=1.5 * mm)
HOMEPRINT_NOTE_WIDTH = HOMEPRINT_SHEET[0] / 2 - HOMEPRINT_EDGE  # above the back page only
# The poster: A4 portrait, to be read from a step or two away. Nothing under 12 pt but its
# footer (the edition, like a page number).
POSTER_TRIM = TRIM_SIZES["A4"]
POSTER_BAND = 8 * mm  # the colour band across the top, into the bleed
POSTER_TITLE = TextStyle(40, bold=True, leading=1.15, space_after=1 * mm)
POSTER_SUBTITLE = TextStyle(16, leading=1.25, space_after=4 * mm)
POSTER_NUMBER = TextStyle(24, bold=True, leading=1.15)
POSTER_NAME = TextStyle(12, bold=True, leading=1.2)
POSTER_NOTE = TextStyle(12, leading=1.2)
POSTER_LANGUAGE = TextStyle(12, bold=True, leading=1.3)  # the language named in its own script
POSTER_BLOCK_TITLE = TextStyle(18, bold=True, leading=1.25)
POSTER_EMERGENCY = TextStyle(14, bold=True, leading=1.3, space_after=1 * mm)
POSTER_LADDER = TextStyle(12, leading=1.3)
POSTER_QR = 22 * mm  # each language's code, without its quiet zone (print: at least 20 mm)
POSTER_GAP = 4 * mm  # between the numbers, between the language blocks, text and code
POSTER_COLUMNS = 2  # the most columns of language blocks, for a guide of many languages
# the language blocks' type is enlarged by the first of these factors at which they fit, each
# step of the ladder on one line (few languages: larger type for the same A4)
POSTER_SCALES = (1.6, 1.4, 1.25, 1.1, 1.0)
# The wallet card: 85 x 55 mm, the size of a bank card. Text stays 5 mm inside the trim (the
# shop's safe zone), so 75 x 45 mm hold the heading and six numbers. Its labels are therefore
# smaller than the booklet's minimum (6.5 pt, as on bank and insurance cards, and only beside a
# number); the numbers themselves are 11 pt bold, the largest at which six fit with their names.
CARD_TRIM = (85 * mm, 55 * mm)
CARD_SAFE = 5.5 * mm  # the shop's 5 mm, and 0.5 mm for letters that reach past their width
CARD_BAND = 3 * mm  # the colour band across the top of the front, into the bleed
CARD_HEADING = TextStyle(9, bold=True, leading=1.2, space_after=1 * mm)
CARD_NUMBER = TextStyle(11, bold=True, leading=1.15)
CARD_LABEL = TextStyle(6.5, leading=1.15)
CARD_NOTE = TextStyle(6.5, leading=1.15)
CARD_ROW_GAP = 0.8 * mm
CARD_COLUMN_GAP = 2 * mm  # between the languages of the card of every language
CARD_TITLE = TextStyle(10, bold=True, leading=1.2, space_after=1.5 * mm)
CARD_EMERGENCY = TextStyle(8, bold=True, leading=1.25, space_after=1 * mm)
CARD_SMALL = TextStyle(6.5, bold=True, leading=1.2, space_after=0.5 * mm)  # many languages
CARD_QR = 20 * mm  # the smallest code that scans well in print
# The room of the handouts' own texts (Place.width_in): a column of the poster, half an A4 side
HANDOUT_WIDTHS = {
    "poster column": (POSTER_TRIM[0] - 2 * MARGIN - POSTER_GAP) / 2,
    "half sheet": HOMEPRINT_NOTE_WIDTH,
}
PLACES.update(
    {
        "poster.title": Place(POSTER_BLOCK_TITLE, "poster column", 2),
        "homeprint.how": Place(HOMEPRINT_NOTE, "half sheet", 3),
    }
)
