"""Stage 5: the files a guide becomes. One module per kind of output, listed in one table.

:data:`OUTPUTS` names every output a language is built into: its name (the ``variant`` in
``build/manifest.json``, and its folder in ``build/``), the file extension and the renderer that
makes it. Outputs of one renderer are made together for a language, so they can share work (the
print and screen PDFs share one pagination and the line layouts). A new output is one module and
one entry here, plus its renderer in :data:`RENDERERS` if it is a new kind.

Importing this package is light: a renderer (ReportLab, HarfBuzz, …) is imported only when
something must be rendered.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from ..model import Guide

PDFX_1A = "PDF/X-1a:2003"  # the print shops' standard (outputs/pdf/pdfx.py writes it)
ALL_LANGUAGES = "mul"  # ISO 639 "multiple languages": the language of a file of every language


@dataclass(frozen=True)
class Output:
    name: str  # the manifest's variant, and the folder in build/
    extension: str
    renderer: str  # a key of RENDERERS
    purpose: str
    pdfx: str | None = None  # the PDF/X standard the file meets (the preflight checks it)
    bound: bool = False  # a bound booklet: the manifest records its binding side
    made_from: str | None = None  # the output this one is made from (rendered in the same task)
    booklet_pages: bool = True  # one PDF page per page of the booklet (the proof: per spread)
    dated: bool = False  # the edition date in the file's name: the print shop tells them apart
    # one file of every complete language (language ALL_LANGUAGES), not one file per language
    multilingual: bool = False
    # the look of a PDF: a key of outputs.pdf.style.DESIGNS (its page size, type sizes, …);
    # outputs of one design share one pagination, so their page numbers are the same
    design: str = "booklet"
    # where a language's file goes in build/; {draft} is "-draft" for a draft, else "";
    # {edition} is "-2026-11-24" for a dated output that is not a draft, else ""
    path: str = "{name}/hulpwijzer-{language}{edition}{draft}{extension}"

    def path_for(self, language: str, draft: bool = False, edition: str = "") -> str:
        """The file of ``language`` in the build folder: ``print/hulpwijzer-tr-2026-11-24.pdf``,
        ``screen/hulpwijzer-tr.pdf``, ``screen/hulpwijzer-tr-draft.pdf``."""
        return self.path.format(
            name=self.name,
            language=language,
            edition=f"-{edition}" if self.dated and edition and not draft else "",
            draft="-draft" if draft else "",
            extension=self.extension,
        )


OUTPUTS: dict[str, Output] = {
    "print": Output(
        "print",
        ".pdf",
        "pdf",
        "for the print shop: PDF/X-1a, bleed, marks, CMYK",
        pdfx=PDFX_1A,
        bound=True,
        dated=True,
    ),
    "screen": Output("screen", ".pdf", "pdf", "to share and print at home: links, no bleed"),
    "proof": Output(
        "proof",
        ".pdf",
        "pdf",
        "to sign off the page order: the print as spreads",
        made_from="print",
        booklet_pages=False,
    ),
    # Large print, A4 (body text 16 pt, phone numbers 24 pt and more): to read on screen and to
    # print at home or at a desk, for older readers and readers with low vision. Not for the
    # print shop: it is printed on demand, a page at a time, on ordinary A4 printers.
    "large-print": Output(
        "large-print",
        ".pdf",
        "pdf",
        "large print on A4, to read on screen and print at home: 16 pt text, 24 pt numbers",
        design="large-print",
    ),
    "web": Output(
        "web",
        ".html",
        "html",
        "the web edition, one page per language",
        booklet_pages=False,
        path="site/{language}/index.html",
    ),
    "homeprint": Output(
        "homeprint",
        ".pdf",
        "pdf",
        "to print at home: the screen pages two per A4 side, in the order that folds a booklet",
        made_from="screen",
        booklet_pages=False,
    ),
    "poster": Output(
        "poster",
        ".pdf",
        "poster",
        "to hang up, for the print shop: A4, every language, PDF/X-1a, bleed, marks",
        pdfx=PDFX_1A,
        booklet_pages=False,
        dated=True,
        multilingual=True,
        path="poster/hulpwijzer-poster{edition}{draft}{extension}",
    ),
    "poster-screen": Output(
        "poster-screen",
        ".pdf",
        "poster",
        "the poster to share or print at home: A4, no bleed",
        booklet_pages=False,
        multilingual=True,
        path="poster/hulpwijzer-poster-screen{draft}{extension}",
    ),
    "card": Output(
        "card",
        ".pdf",
        "card",
        "wallet card 85 x 55 mm, front and back, for the print shop: PDF/X-1a, bleed, marks",
        pdfx=PDFX_1A,
        booklet_pages=False,
        dated=True,
        path="card/hulpwijzer-card-{language}{edition}{draft}{extension}",
    ),
    "card-all": Output(
        "card-all",
        ".pdf",
        "card",
        "wallet card with every language's heading: PDF/X-1a, bleed, marks",
        pdfx=PDFX_1A,
        booklet_pages=False,
        dated=True,
        multilingual=True,
        path="card/hulpwijzer-card-{language}{edition}{draft}{extension}",
    ),
}

# renderer -> module with render_variants(guide, language, names, draft, notice)
RENDERERS = {
    "pdf": "hulpwijzer.outputs.pdf.render",
    "html": "hulpwijzer.outputs.html.render",
    "poster": "hulpwijzer.outputs.pdf.poster",
    "card": "hulpwijzer.outputs.pdf.card",
}


@dataclass(frozen=True)
class Rendered:
    """One rendered file: its bytes (a PDF, or a web page) and its number of pages (a web
    page counts as 1)."""

    pdf: bytes
    pages: int


def renderer(name: str):
    """The module that renders output ``name`` (imported on first use)."""
    return importlib.import_module(RENDERERS[OUTPUTS[name].renderer])


def render(
    guide: Guide,
    language: str,
    names: tuple[str, ...],
    draft: bool = False,
    notice: tuple[str, ...] = (),
) -> dict[str, Rendered]:
    """Render the outputs ``names`` of one language, each renderer's outputs in one go."""
    by_renderer: dict[str, list[str]] = {}
    for name in names:
        by_renderer.setdefault(OUTPUTS[name].renderer, []).append(name)
    out: dict[str, Rendered] = {}
    for group in by_renderer.values():
        module = renderer(group[0])
        out.update(module.render_variants(guide, language, tuple(group), draft, notice))
    return {name: out[name] for name in names}
