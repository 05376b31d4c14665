"""``hulpwijzer preview``: the pages of one language as PNG pictures, for translators.

The screen variant (trim size, no crop marks) is rendered in memory and every page is rasterised
with PDFium (``pypdfium2``) into ``preview/<code>/page-01.png`` … A language with missing texts
is rendered as a marked draft: the missing texts appear in Dutch, and the back page says what is
missing and what no native speaker has reviewed yet. The pictures of an earlier preview in the
folder are replaced, so the folder always shows one rendering; a folder with other files (not
written by ``preview``, as its marker file tells) is refused and left as it is.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from ..model import Guide
from ..publish.files import replace_marked_files
from ..texts import missing_keys


@dataclass
class Preview:
    files: list[Path]
    draft: bool


def preview(guide: Guide, language: str, out: Path, dpi: int = 100) -> Preview:
    import pypdfium2 as pdfium

    from ..outputs.pdf.render import render
    from ..publish.run import draft_notices

    draft = bool(missing_keys(guide, language))
    notice = draft_notices(guide, [language])[language] if draft else ()
    pdf = render(guide, language, "screen", draft=draft, notice=notice).pdf
    pages = {}
    doc = pdfium.PdfDocument(pdf)
    try:
        for number, page in enumerate(doc, start=1):
            image = page.render(scale=dpi / 72).to_pil()
            png = io.BytesIO()
            image.save(png, format="PNG", optimize=True)
            pages[f"page-{number:02d}.png"] = png.getvalue()
            page.close()
    finally:
        doc.close()
    return Preview(replace_marked_files(Path(out), "preview", pages), draft)
