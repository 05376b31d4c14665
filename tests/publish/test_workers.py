"""Rendering in worker processes (:mod:`hulpwijzer.publish.workers`): the same bytes as a
serial build, whatever a worker rendered before."""

from __future__ import annotations

from hulpwijzer.cli import main

from .support import file_hashes, run_python


def test_parallel_build_is_byte_identical_to_serial(sample_copy):
    root, out = str(sample_copy), str(sample_copy / "out")
    assert main(["--root", root, "build", "--jobs", "1", "--out", out]) == 0
    serial = file_hashes(sample_copy / "out")
    # into the same folder: the manifest records what a build into it prints
    assert main(["--root", root, "build", "--jobs", "2", "--force", "--out", out]) == 0
    parallel = file_hashes(sample_copy / "out")
    # 4 languages × print, screen, proof, large print, web page, home print and card, each print,
    # screen and large-print PDF copied into site/, the language choice, the open data, the
    # manifest and the marker; the poster (print and screen) and the card of every language
    assert len(serial) == 4 * 7 + 3 * 4 + 4 + 3
    assert parallel == serial


SHAPE_LAST = """
import sys
from hulpwijzer import typeset as text
for word in sys.argv[1:]:
    line = text.wrap(word, 300, 12, rtl=True)[0]
print([(run.font, [hex(ord(c)) for c in run.shaped]) for run in line.runs])
"""


def test_glyph_numbers_do_not_depend_on_what_the_process_shaped_before():
    # Pashto: glyphs that no character maps to, which ReportLab would number in order of
    # first use; the PDF records those numbers, so a worker's history must not change them.
    def shaped(*words):
        return run_python(SHAPE_LAST, *words)

    alone = shaped("پښتو")
    assert "0xe" in alone  # the word does use an unmapped glyph
    assert shaped("ښښښ", "پښتو") == alone
