"""``hulpwijzer preview``: the pages of one language as PNG pictures, for translators.

The screen variant (trim size, no crop marks) is rendered in memory and every page is rasterised
with PDFium (``pypdfium2``) into ``preview/<code>/page-01.png`` … A language with missing texts
is rendered as a marked draft: the missing texts appear in Dutch, and the back page says what is
missing and what no native speaker has reviewed yet. Older pictures in the folder are removed, so
the folder always shows one rendering.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .model import Guide


@dataclass
class Preview:
    files: list[Path]
    draft: bool


def preview(guide: Guide, language: str, out: Path, dpi: int = 100) -> Preview:
    import pypdfium2 as pdfium

    from .render import render
    from .translators import missing_keys

    draft = bool(missing_keys(guide, language))
    pdf = render(guide, language, "screen", draft=draft).pdf
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("page-*.png"):
        old.unlink()
    files = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for number, page in enumerate(doc, start=1):
            image = page.render(scale=dpi / 72).to_pil()
            path = out / f"page-{number:02d}.png"
            image.save(path, optimize=True)
            files.append(path)
            page.close()
    finally:
        doc.close()
    return Preview(files, draft)
