"""Property-based tests: whatever text arrives, loading, checking and layout never crash.

Random text (Latin, Turkish, Arabic with its marks, mixed directions, very long words, empty
strings, only spaces, emoji and characters no bundled font has, markup, direction controls) goes
through the text engine, the layout and the renderer (a small guide, rendered directly rather
than through the CLI, to stay fast), and random bytes and YAML-like text go through the loader.
The properties: no exception but the ones with a message (``InputError``); every line fits its
width or is a single character; no character is lost by wrapping; glyph coverage as ``check``
sees it is what the renderer can draw; only https, tel and mailto links pass the link gate.
"""

from __future__ import annotations

import copy
import dataclasses
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hulpwijzer import glyphs, links
from hulpwijzer import typeset as text
from hulpwijzer.check.textrules import url_problem
from hulpwijzer.load import load_guide, read_yaml
from hulpwijzer.model import InputError, Text, Translation
from hulpwijzer.outputs.pdf import render
from hulpwijzer.publish.run import check_guide
from hulpwijzer.typeset import lines as typeset_lines

from .oracles import undrawable

REPO = Path(__file__).resolve().parents[2]
FAST = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëïöüçÉ"
TURKISH = "ığüşöçİĞÜŞÖÇ"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى" + "\u064b\u064e\u064f\u0650\u0651\u0652"
SPECIAL = [
    "112",
    "0800 2000",
    "045 560 2595",
    "14 045",
    "+31 45 560 2595",
    "https://www.heerlen.nl/actief-zijn-en-meedoen.html",
    "info@heerlen.nl",
    "{date}",
    "(",
    ")",
    "«",
    "»",
    "؟",
    "،",
    "😀",
    "👨\u200d👩\u200d👧",
    "中文",
    "\u0e01\u0e32",  # Thai: no bundled font
    "\u200f",
    "\u202e",
    "\u2066",
    "\u200b",
    "\u00ad",
    "\u00a0",
    "<b>",
    "</font>",
    "&amp;",
    "\t",
    "\n",
    "",
]
words = st.one_of(
    st.text(alphabet=LATIN + TURKISH, min_size=1, max_size=12),
    st.text(alphabet=ARABIC, min_size=1, max_size=12),
    st.sampled_from(SPECIAL),
    st.text(alphabet=LATIN + ARABIC, min_size=30, max_size=200),  # a word too long for a line
)
sentences = st.lists(words, max_size=25).map(" ".join)
texts = st.one_of(
    sentences,
    st.text(max_size=120),  # anything Hypothesis likes (no lone surrogates: load refuses them)
    st.just(""),
    st.text(alphabet=" \u00a0\t\n", max_size=8),
)


# --- the text engine -------------------------------------------------------------------------


@FAST
@given(
    s=texts,
    width=st.sampled_from([12.0, 60.0, 330.0]),
    size=st.sampled_from([7.0, 10.5, 24.0]),
    bold=st.booleans(),
    rtl=st.booleans(),
)
def test_wrap_fits_every_line_and_loses_no_character(s, width, size, bold, rtl):
    lines = text.wrap(s, width, size, bold, rtl)
    assert lines
    for line in lines:
        assert line.width <= width + 1e-6 or len(typeset_lines._clusters(line.text)) == 1, line.text
    wrapped = "".join(line.text for line in lines).replace(" ", "")
    assert wrapped == typeset_lines._clean(s).replace("\n", "").replace(" ", "")


@FAST
@given(s=texts)
def test_check_sees_the_missing_glyphs_the_layout_would_draw_as_boxes(s):
    assert glyphs.missing(s) == undrawable(s)


# --- layout and render of a small guide ------------------------------------------------------

SMALL_GUIDE = """\
edition: 2026-11-24
online_url:
  default: https://www.heerlen.nl/actief-zijn-en-meedoen.html
emergency: [alarm-112]
steps:
  - id: network
    contacts: []
  - id: municipality
    contacts: [gemeente-heerlen]
sections:
  - id: money
    contacts: [geldfit, adviesraad-mo]
"""
RANDOM_KEYS = [
    "cover.title",
    "cover.subtitle",
    "cover.emergency",
    "start.intro",
    "start.steps.network.text",
    "start.steps.municipality.title",
    "sections.money.title",
    "sections.money.intro",
    "contacts.geldfit.about",
    "contacts.geldfit.name",
    "labels.call",
    "labels.free",
    "labels.website",
    "back.title",
    "back.online",
]


@pytest.fixture(scope="module")
def small_guide(tmp_path_factory):
    root = tmp_path_factory.mktemp("small")
    shutil.copytree(REPO / "translations", root / "translations")
    (root / "content").mkdir()
    shutil.copy(REPO / "content" / "contacts.yaml", root / "content" / "contacts.yaml")
    (root / "content" / "guide.yaml").write_text(SMALL_GUIDE, encoding="utf-8")
    return load_guide(root)


def _with(guide, language: str, values: dict[str, str], name: str, street: str):
    changed = copy.copy(guide)
    old = guide.translations[language]
    new = dict(old.texts)
    for key, value in values.items():
        new[key] = Text(key, value, 1)
    changed.translations = {**guide.translations, language: Translation(language, old.path, new)}
    contact = guide.contacts["adviesraad-mo"]
    address = dataclasses.replace(contact.address, street=street)
    changed.contacts = {
        **guide.contacts,
        "adviesraad-mo": dataclasses.replace(contact, name=name, address=address),
    }
    return changed


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    language=st.sampled_from(["nl", "ar", "tr"]),
    variant=st.sampled_from(["screen", "print"]),
    values=st.dictionaries(st.sampled_from(RANDOM_KEYS), texts, max_size=8),
    name=texts,
    street=texts,
)
def test_a_guide_with_any_texts_renders(small_guide, language, variant, values, name, street):
    guide = _with(small_guide, language, values, name, street)
    result = render.render(guide, language, variant, draft=True)
    assert result.pdf.startswith(b"%PDF") and result.pages % 4 == 0


def test_a_text_of_5000_characters_is_split_over_pages_not_refused(small_guide):
    guide = _with(
        small_guide,
        "nl",
        {"contacts.geldfit.about": "Hulp bij geld. " * 330, "sections.money.intro": "x" * 4000},
        "Stichting Adviesraad MO Heerlen",
        "Kruisstraat 103",
    )
    result = render.render(guide, "nl", "print", draft=True)
    assert result.pages >= 8


def test_a_draft_with_a_name_longer_than_a_page_shows_its_start_in_the_index(small_guide):
    """Found by the test above: the index entry of a name longer than a page could not be
    placed ("a part of it is larger than a page"); it now ends with "…" after 12 lines."""
    import pypdfium2 as pdfium

    name = "AAAAAAAAAA ءءءءءسءجصب A AAAAAAAA " + " A ".join(["A" * 70] * 12)
    guide = _with(small_guide, "nl", {}, name, "")
    result = render.render(guide, "nl", "screen", draft=True)
    pages = [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(result.pdf)]
    index = next(t for t in pages if "Organisaties van A tot Z" in t)
    shown = index[index.index("AAAAAAAAAA") : index.index("…") + 1].splitlines()
    assert len(shown) <= 12


# --- loading ---------------------------------------------------------------------------------

YAMLISH = st.text(
    alphabet=st.sampled_from(
        list("ab1:- \n\t\"'[]{}#&*!|>%@`\\,?=<") + ["\u00a0", "\u202e", "é", "\x1b", "\ufeff"]
    ),
    max_size=60,
)


@pytest.fixture(scope="module")
def scratch():
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


@settings(max_examples=300, deadline=None)
@given(content=st.one_of(YAMLISH, st.binary(max_size=60), st.text(max_size=60)))
def test_any_file_content_gives_data_or_a_message(content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        try:
            read_yaml(path, Path(folder))
        except InputError as exc:
            assert exc.messages and all(m.text and m.file == "x.yaml" for m in exc.messages)


scalars = st.one_of(
    texts, st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(), st.dates()
)
keys = st.one_of(
    st.sampled_from(["cover", "title", "labels", "call", "start"]), st.text(max_size=8)
)
trees = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=4)
)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    for folder in ("content", "translations"):
        shutil.copytree(REPO / folder, root / folder)
    shutil.copy(REPO / "translations.lock", root / "translations.lock")
    return root


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tree=trees)
def test_any_translation_file_is_loaded_and_checked_without_a_crash(project, tree):
    body = yaml.safe_dump(tree, allow_unicode=True)
    (project / "translations" / "tr.yaml").write_text(body, encoding="utf-8")
    try:
        guide = load_guide(project)
    except InputError as exc:
        assert exc.messages
        return
    report = check_guide(guide, layout=False)
    assert report.exit_code() in (0, 1)


# --- the link gate ---------------------------------------------------------------------------


@FAST
@given(url=st.one_of(st.text(max_size=60), st.sampled_from(["https://", "tel:", "mailto:"])))
def test_only_https_tel_and_mailto_pass_the_link_gate(url):
    link = links.safe_link(url)
    if link is not None:
        assert link.startswith(("https://", "tel:", "mailto:"))
        assert link.isascii() and not any(ch.isspace() for ch in link)


labels = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)


@FAST
@given(
    host=st.lists(labels, min_size=1, max_size=3),
    top=st.sampled_from(["nl", "com", "org", "eu"]),
    path=st.text(alphabet=LATIN + "/-_.?=&#%~0123456789é", max_size=30),
)
def test_every_address_check_accepts_becomes_a_link(host, top, path):
    url = f"https://{'.'.join(host)}.{top}/{path}"
    if url_problem(url) is None:
        assert links.safe_link(url) is not None
