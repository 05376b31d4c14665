"""Padding to a multiple of 4 pages in one pass gives what the former two passes gave."""

from __future__ import annotations

import re

import pytest

from hulpwijzer import typeset as text
from hulpwijzer.compose.booklet import compose_booklet
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.outputs import OUTPUTS
from hulpwijzer.outputs.pdf import render, story

from ..project import confirm_online_url


def _two_pass(guide, language, variant):
    """The renderer's former way: count the pages without notes, then render with them."""
    booklet = compose_booklet(guide, Texts(guide, language))
    first = render._build(guide, booklet, variant, 0)
    if first.pages % 4 == 0:
        return first
    return render._build(guide, booklet, variant, -first.pages % 4)


@pytest.mark.parametrize("long_back_page", [False, True])
def test_one_pass_padding_gives_the_two_pass_result(sample_copy, long_back_page):
    if long_back_page:  # 12 emergency numbers: the back page runs onto a second page
        guide_yaml = sample_copy / "content" / "guide.yaml"
        ids = [c.id for c in load_guide(sample_copy).contacts.values() if c.phones][:12]
        guide_yaml.write_text(
            re.sub(
                r"^emergency: .*$",
                "emergency: [" + ", ".join(ids) + "]",
                guide_yaml.read_text("utf-8"),
                flags=re.M,
            ),
            "utf-8",
        )
    confirm_online_url(sample_copy)  # the guides carry QR codes, the back page is at its longest
    guide = load_guide(sample_copy)
    text.register_fonts()
    if long_back_page:  # the supposition of a one-page back page is wrong here
        booklet = compose_booklet(guide, Texts(guide, "nl"))
        padding = story.notes_padding(booklet)
        assert render._build(guide, booklet, "print", padding).pages % 4
    for language in ("nl", "ar") if not long_back_page else ("nl",):
        results = render.render_variants(guide, language)
        for variant, result in results.items():
            if OUTPUTS[variant].made_from:  # the proof, the home print: made from another file
                continue
            assert result.pages % 4 == 0
            assert result.pdf == _two_pass(guide, language, variant).pdf, (language, variant)
