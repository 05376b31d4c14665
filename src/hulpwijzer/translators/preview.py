"""``hulpwijzer preview``: the pages of one language as PNG pictures, for translators.

The screen variant (trim size, no crop marks) is rendered in memory and every page is rasterised
with PDFium (``pypdfium2``) into ``preview/<code>/page-01.png`` … (``--watch``: again at every
save, see :mod:`.watch`). A language with missing texts
is rendered as a marked draft: the missing texts appear in Dutch, and the back page says what is
missing and what no native speaker has reviewed yet. The pictures of an earlier preview in the
folder are replaced, so the folder always shows one rendering; a folder with other files (not
written by ``preview``, as its marker file tells) is refused and left as it is.
"""

from __future__ import annotations

import hashlib
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
    """Render the pages of ``language`` as PNG pictures into ``out``."""
    from ..outputs.pdf.render import render
    from ..publish.run import draft_notices

    draft = bool(missing_keys(guide, language))
    notice = draft_notices(guide, [language])[language] if draft else ()
    pdf = render(guide, language, "screen", draft=draft, notice=notice).pdf
    pages = {name: png for name, (_, png) in png_pages(pdf, dpi, optimize=True).items()}
    return Preview(replace_marked_files(Path(out), "preview", pages), draft)


def png_pages(
    pdf: bytes,
    dpi: int,
    known: dict[str, tuple[str, bytes]] | None = None,
    optimize: bool = False,
) -> dict[str, tuple[str, bytes]]:
    """Every page of ``pdf`` as ``page-01.png`` … -> (digest of its pixels, PNG).

    A page whose pixels have the digest it has in ``known`` keeps its PNG from there instead of
    being encoded again (encoding takes longer than drawing). ``optimize``: smaller files, made
    more slowly.
    """
    import pypdfium2 as pdfium

    known = known or {}
    pages = {}
    doc = pdfium.PdfDocument(pdf)
    try:
        for number, page in enumerate(doc, start=1):
            name = f"page-{number:02d}.png"
            bitmap = page.render(scale=dpi / 72)
            size = f"{bitmap.width}x{bitmap.height}:".encode()
            digest = hashlib.blake2b(size + bytes(bitmap.buffer), digest_size=12).hexdigest()
            if name in known and known[name][0] == digest:
                pages[name] = known[name]
            else:
                png = io.BytesIO()
                options = {"optimize": True} if optimize else {"compress_level": 1}
                bitmap.to_pil().save(png, format="PNG", **options)
                pages[name] = (digest, png.getvalue())
            page.close()
    finally:
        doc.close()
    return pages
