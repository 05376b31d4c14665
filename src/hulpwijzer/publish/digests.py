"""Digests that say whether something changed: of a set of values, of hulpwijzer's code and of
its fonts. Light to import (no guide, no renderer): a rebuild with nothing changed needs them
before anything else is loaded (:mod:`.unchanged`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import zlib
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..pictograms import SYMBOL_DIR

PACKAGE = Path(__file__).resolve().parent.parent
FONT_DIR = PACKAGE / "fonts"  # the bundled fonts (hulpwijzer.glyphs reads them)
# Distributions whose code shapes the output: their versions are part of every file's inputs.
DEPENDENCIES = (
    "reportlab",
    "uharfbuzz",
    "babel",
    "qrcode",
    "python-bidi",
    "phonenumbers",
    "fonttools",  # Unicode script data: which font draws a character
    "pikepdf",  # PDF/X and the proof
    "jinja2",
    "markupsafe",
    "pyicu-wheels",  # ICU's collation: the order of the index of organisations
)
TEMPLATES = ("*.j2", "*.css")  # the web edition's templates are code too


def digest(built_from: dict[str, str]) -> str:
    """One SHA-256 over all of ``built_from``: the file's ``inputs`` in the manifest."""
    canonical = json.dumps(built_from, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


@lru_cache(maxsize=1)
def fonts_fingerprint() -> str:
    """SHA-256 over the bundled font and pictogram files (names and bytes)."""
    h = hashlib.sha256()
    for path in [*sorted(FONT_DIR.glob("*.ttf")), *sorted(SYMBOL_DIR.glob("*.svg"))]:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """hulpwijzer's version, a SHA-256 of its source files, the libraries' versions, and
    Python's (its Unicode data breaks the lines) and zlib's (it compresses the PDF's streams)."""
    h = hashlib.sha256()
    sources = [path for pattern in ("*.py", *TEMPLATES) for path in PACKAGE.rglob(pattern)]
    for path in sorted(sources):
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    versions = _distribution_versions()
    libraries = " ".join(f"{name}={versions.get(_normalise(name), '?')}" for name in DEPENDENCIES)
    python = f"python {'.'.join(map(str, sys.version_info[:3]))}; zlib {zlib.ZLIB_RUNTIME_VERSION}"
    return f"hulpwijzer {__version__}; sources {h.hexdigest()[:16]}; {libraries}; {python}"


def _normalise(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _distribution_versions() -> dict[str, str]:
    """Installed distributions' versions from the ``*.dist-info`` folders on ``sys.path``.

    The same answer as ``importlib.metadata.version`` for installed wheels, without the cost
    of importing it (tens of milliseconds, on every rebuild).
    """
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                dist, _, version = name[: -len(".dist-info")].rpartition("-")
                found.setdefault(_normalise(dist), version)
    return found
