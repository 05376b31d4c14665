"""Make the print PDF a PDF/X-1a:2003 file, after ReportLab has written it (with pikepdf).

ReportLab writes none of the PDF/X keys. What this adds or changes, and nothing else:

- the output intent: ``/OutputIntents`` with one ``/GTS_PDFX`` entry naming the registered
  printing condition FOGRA39 (coated offset, ISO 12647-2:2004) in the ICC registry. The profile
  itself is not embedded: PDF/X-1a allows naming a registered condition, and no freely licensed
  FOGRA39 profile with a clear provenance ships with hulpwijzer yet;
- the Info keys ``GTS_PDFXVersion``, ``GTS_PDFXConformance`` and ``/Trapped /False``, and XMP
  metadata that says the same (title, dates, PDF/X version, trapping, document and instance id);
- a unique subset tag per embedded font: ReportLab names every subset ``AAAAAA+…``, so the same
  name stands for different glyphs in different files (a tool that merges by name loses glyphs).
  Each tag is derived from the file and the font program, so it is the same on every build;
- the header stays PDF 1.4 (PDF/X-1a:2003 is based on PDF 1.4): no object streams.

Builds stay byte-reproducible: no clock (every date is ReportLab's, from the edition), the
document id is derived from the content (``deterministic_id``).
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from .. import PDFX_1A

__all__ = ["CONDITION", "PDFX_1A", "make_pdfx", "subset_tag"]

PDF_VERSION = {PDFX_1A: "1.4"}
VERSION_KEY = {PDFX_1A: "PDF/X-1:2003"}  # GTS_PDFXVersion of each conformance level
CONDITION = {
    "OutputConditionIdentifier": "FOGRA39",
    "RegistryName": "http://www.color.org",
    "OutputCondition": "Offset printing, according to ISO 12647-2:2004, paper type 1 or 2 "
    "(coated), 115 g/m2, screen ruling 60/cm",
    "Info": "Coated FOGRA39 (ISO 12647-2:2004)",
}
SUBSET = re.compile(r"^/?[A-Z]{6}\+")


def make_pdfx(pdf: bytes, standard: str = PDFX_1A) -> bytes:
    """``pdf`` (a print file as ReportLab wrote it) as a ``standard`` file."""
    if standard not in PDF_VERSION:
        raise ValueError(f"unknown PDF/X standard {standard!r}")
    seed = hashlib.sha256(pdf).digest()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        _unique_subset_tags(doc, seed)
        doc.Root.OutputIntents = Array([doc.make_indirect(_output_intent())])
        info = doc.docinfo
        info.GTS_PDFXVersion = String(VERSION_KEY[standard])
        info.GTS_PDFXConformance = String(standard)
        info.Trapped = Name.False_
        _write_xmp(doc, standard, seed)
        out = io.BytesIO()
        doc.save(
            out,
            deterministic_id=True,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
            force_version=PDF_VERSION[standard],
            fix_metadata_version=False,
        )
    return out.getvalue()


def _output_intent() -> Dictionary:
    return Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFX,
        **{key: String(value) for key, value in CONDITION.items()},
    )


def subset_tag(seed: bytes, name: str, program: bytes) -> str:
    """Six capital letters from the file's ``seed``, the font's ``name`` and its program."""
    digest = hashlib.sha256(seed + name.encode() + b"\0" + program).digest()
    return "".join(chr(ord("A") + b % 26) for b in digest[:6])


def _unique_subset_tags(doc: pikepdf.Pdf, seed: bytes) -> None:
    """Give every subset font (and its descriptor) a tag of its own, the same on every build."""
    used: set[str] = set()
    for font in _fonts(doc):
        name = str(font.BaseFont)
        if not SUBSET.match(name):
            continue
        base = name.lstrip("/")[7:]
        descriptor = _descriptor(font)
        program = _program(descriptor)
        salt = b""
        tag = subset_tag(seed, base, program)
        while tag in used:  # two subsets of one font with the same glyphs: keep them apart
            salt += b"+"
            tag = subset_tag(seed + salt, base, program)
        used.add(tag)
        font.BaseFont = Name("/" + tag + "+" + base)
        if descriptor is not None:
            descriptor.FontName = Name("/" + tag + "+" + base)


def _fonts(doc: pikepdf.Pdf):
    """Every font dictionary of the file, in object order (so the tags are reproducible)."""
    for obj in doc.objects:
        if isinstance(obj, Dictionary) and obj.get("/Type") == Name.Font and "/BaseFont" in obj:
            yield obj


def _descriptor(font: Dictionary):
    if "/FontDescriptor" in font:
        return font.FontDescriptor
    for descendant in font.get("/DescendantFonts", []):
        if "/FontDescriptor" in descendant:
            return descendant.FontDescriptor
    return None


def _program(descriptor) -> bytes:
    for key in ("/FontFile2", "/FontFile3", "/FontFile"):
        if descriptor is not None and key in descriptor:
            return descriptor[key].read_raw_bytes()
    return b""


def _write_xmp(doc: pikepdf.Pdf, standard: str, seed: bytes) -> None:
    """XMP metadata that matches the Info dictionary, with ids derived from the content."""
    document_id = _uuid(seed, b"document")
    with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        with warnings.catch_warnings():  # the GTS keys have no standard XMP twin: set below
            warnings.simplefilter("ignore", UserWarning)
            meta.load_from_docinfo(doc.docinfo)
        meta["xmp:MetadataDate"] = meta["xmp:ModifyDate"]
        meta["pdf:Trapped"] = "False"
        meta["pdfx:GTS_PDFXVersion"] = VERSION_KEY[standard]
        meta["pdfx:GTS_PDFXConformance"] = standard
        meta["xmpMM:DocumentID"] = document_id
        meta["xmpMM:InstanceID"] = _uuid(seed, b"instance")
        meta["dc:format"] = "application/pdf"


def _uuid(seed: bytes, kind: bytes) -> str:
    h = hashlib.sha256(seed + kind).hexdigest()
    return f"uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
