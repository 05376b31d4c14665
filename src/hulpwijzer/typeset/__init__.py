"""Text direction, fonts, shaping and line breaking for every language, in one place.

ReportLab's ``Paragraph`` cannot lay out right-to-left text without ``rlbidi``, so all text of
the booklet (Latin and Arabic alike) goes through this package:

1. :func:`wrap` (:mod:`.lines`) breaks the *logical* text greedily at spaces (and after the
   Ethiopic wordspace and full stop), measuring shaped widths. Phone numbers, numbers with
   separators, URLs and e-mail addresses are atomic (:mod:`.spans`); a word wider than the line
   is broken between characters.
2. Each line is laid out by :mod:`.runs`: protected spans (and, in right-to-left paragraphs,
   runs of left-to-right letters) are *isolated*: each is replaced by one neutral placeholder
   while embedding levels are computed (:mod:`.bidi`), and then comes back as its own
   left-to-right unit. Runs are reordered into visual order by rule L2.
3. Each run gets one font (:mod:`.fonts`: a character of a script a bundled family is made
   for goes to it, Arabic script to Noto Sans Arabic, Ethiopic to Noto Sans Ethiopic; the
   neutrals of right-to-left runs: Noto Sans Arabic; everything else: Noto Sans; a character
   the chosen font lacks falls back to a family that has it) and is shaped by HarfBuzz through
   ReportLab in logical order (:mod:`.shaping`), so Arabic joins, lam-alef ligatures and
   mirrored brackets come out right.
4. :func:`draw_line` draws the runs left to right with a text object's ``textOut``.

Control and format characters (bidi marks, isolates, ZWSP, soft hyphen ...) are removed before
anything else and never drawn; ZWJ/ZWNJ are kept for shaping only (they steer Arabic joining)
and their glyphs are dropped from the output. Which characters the fonts can print at all is
:mod:`hulpwijzer.glyphs`' answer.
"""

from __future__ import annotations

from .fonts import ARABIC_FONT, LATIN_FONT, font_name, register_fonts
from .lines import clear_caches, draw_line, measure, wrap
from .runs import Line, Run
from .spans import protected_spans

__all__ = [
    "ARABIC_FONT",
    "LATIN_FONT",
    "Line",
    "Run",
    "clear_caches",
    "draw_line",
    "font_name",
    "measure",
    "protected_spans",
    "register_fonts",
    "wrap",
]
