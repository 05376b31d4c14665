"""Page geometry, colours and type sizes: every number of the design, in one place."""

from __future__ import annotations

from dataclasses import dataclass

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


def trim_size(page_size: str) -> tuple[float, float]:
    return TRIM_SIZES[page_size]


def frame_size(page_size: str) -> tuple[float, float]:
    """Width and height of the text frame inside the margins, above the footer."""
    width, height = TRIM_SIZES[page_size]
    return width - 2 * MARGIN, height - 2 * MARGIN - FOOTER_HEIGHT


@dataclass(frozen=True)
class Place:
    """Where a translated text is printed: its type, its width, the lines the design leaves.

    One table for the layout check (``check`` warns when a text takes more lines) and for the
    room shown to translators (:mod:`hulpwijzer.notes`).
    """

    tstyle: TextStyle
    width: str  # "page": the text frame; "box": inside a card; "label": the third of a card's
    #             inside that a label shares with its phone number on one line; HANDOUT_WIDTHS
    lines: int

    def width_in(self, page_size: str) -> float:
        page = frame_size(page_size)[0]
        box = page - 2 * CARD_PADDING
        return {"page": page, "box": box, "label": box / 3, **HANDOUT_WIDTHS}[self.width]


PLACES: dict[str, Place] = {
    "cover.title": Place(COVER_TITLE, "page", 2),
    "cover.subtitle": Place(COVER_SUBTITLE, "page", 3),
    "cover.emergency": Place(EMERGENCY_TEXT, "box", 2),
    "cover.qr_caption": Place(SMALL, "page", 2),
    "cover.other_languages": Place(SMALL, "page", 1),
    "start.title": Place(PAGE_TITLE, "page", 1),
    "start.intro": Place(BODY, "page", 4),
    "start.steps.*.title": Place(CARD_NAME, "box", 1),
    "start.steps.*.text": Place(BODY, "box", 3),
    "start.emergency": Place(EMERGENCY_TEXT, "box", 2),
    "legend.title": Place(CARD_NAME, "box", 1),
    "sections.*.title": Place(SECTION_TITLE, "page", 1),
    "sections.*.intro": Place(BODY, "page", 3),
    "contacts.*.name": Place(CARD_NAME, "box", 2),
    "contacts.*.about": Place(BODY, "box", 4),
    "labels.*": Place(SMALL, "label", 1),
    "back.title": Place(PAGE_TITLE, "page", 1),
    "back.edition": Place(BODY, "page", 2),
    "back.verified": Place(BODY, "page", 2),
    "back.online": Place(BODY, "page", 2),
    "back.notes": Place(PAGE_TITLE, "page", 1),
}


def place_of(key: str) -> Place | None:
    """The :data:`PLACES` entry of a translation key (``*`` stands for one part of the key)."""
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
