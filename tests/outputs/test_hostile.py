"""Hostile input that reaches the PDF: markup, unsafe links, the clock (issue 4).

Markup in a text is printed literally; an unsafe link never reaches a PDF, not even a draft; the
PDF does not depend on the clock or the environment. The hostile corpus and its loading are
tested in ``tests/load/test_hostile.py``, damaged builds and ``verify`` in
``tests/publish/test_hostile_build.py``, the command line's last resorts in
``tests/cli/test_hostile_cli.py``.
"""

from __future__ import annotations

import re

import pytest

from hulpwijzer import links
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf import render

from ..pdfcheck import decode_qr_codes, page_texts

NL = "translations/nl.yaml"


def test_markup_is_printed_literally(sample_copy):
    """<b>, &amp; and ReportLab's <font> tags are text like any other, never interpreted."""
    markup = '<b>Hulp</b> &amp; <font color="red">rood</font> <br/> &lt;'
    nl = sample_copy / NL
    nl.write_text(
        nl.read_text(encoding="utf-8").replace(
            'title: "Hulpwijzer Heerlen"', f"title: '{markup}'", 1
        ),
        encoding="utf-8",
    )
    guide = load_guide(sample_copy)
    pdf = render.render(guide, "nl", "screen").pdf
    # the cover title is large: compare without the line breaks the layout put in
    printed = "".join(page_texts(pdf)[0].split())
    assert "".join(markup.split()) in printed


# --- links never unsafe in a PDF, even in a draft -------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "http://www.heerlen.nl/",
        "https://www.heerlen.nl@evil.example/",
        "https://www.heerlen.nl/\u202ephp.exe",
        "https://www.heerlen.nl/ spatie",
        "https:javascript:alert(1)",
        "tel:112;ext=1",
        "mailto:a@b.nl?bcc=c@d.nl",
        "ftp://www.heerlen.nl/",
        "",
    ],
)
def test_unsafe_links_are_refused(url):
    assert links.safe_link(url) is None


@pytest.mark.parametrize(
    "url", ["https://www.heerlen.nl/", "tel:+31455602595", "tel:112", "mailto:info@heerlen.nl"]
)
def test_safe_links_pass(url):
    assert links.safe_link(url) == url


def test_a_draft_never_links_or_encodes_an_unsafe_address(sample_copy):
    guide = load_guide(sample_copy)
    politie = guide.contacts["politie-geen-spoed"]
    guide.contacts["politie-geen-spoed"] = type(politie)(
        **{**politie.__dict__, "website": "javascript:alert(1)", "email": "x@y.nl?bcc=z@y.nl"}
    )
    guide.settings.online_url["default"] = "data:text/html,<script>alert(1)</script>"
    pdf = render.render(guide, "nl", "screen", draft=True).pdf
    uris = re.findall(rb"/URI \((.*?)\)", pdf)
    assert uris and all(u.startswith((b"https://", b"tel:", b"mailto:")) for u in uris)
    assert not any(b"javascript" in u or b"data:" in u or b"bcc" in u for u in uris)
    assert decode_qr_codes(pdf, 0) == []  # an empty frame instead of the QR code


# --- byte-identical -------------------------------------------------------------------------------


def test_the_pdf_does_not_depend_on_the_clock_or_the_environment(sample_root, monkeypatch):
    guide = load_guide(sample_root)
    first = render.render(guide, "nl", "screen").pdf
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1234567890")
    monkeypatch.setattr("time.time", lambda: 2_000_000_000.0)
    assert render.render(guide, "nl", "screen").pdf == first
    edition = guide.settings.edition.strftime("%Y%m%d").encode()
    assert b"/CreationDate (D:" + edition + b"000000" in first
