"""The translators' commands on a copy of the sample: status, add-language, review, drafts, and a
fifth language end to end (add-language, fill in, check, confirm, review, build, preview)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import yaml
from PIL import Image

from hulpwijzer import glyphs, languages
from hulpwijzer.cli import main
from hulpwijzer.load import load_guide, load_translation
from hulpwijzer.load.states import REVIEW_FILE, read_reviews, read_states
from hulpwijzer.model import InputError
from hulpwijzer.publish.run import check_guide
from hulpwijzer.texts import complete_languages
from hulpwijzer.translators import status as translators

from .pdfcheck import page_texts
from .project import REPO, UK, copy_project, fill
from .typeset.oracles import undrawable


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def statuses(root) -> dict[str, translators.LanguageStatus]:
    states = read_states(root)
    found = translators.all_status(load_guide(root), states)
    assert not states.problems
    return {s.language: s for s in found}


# --- status ----------------------------------------------------------------------------------


def test_status_table_of_the_sample(root, capsys):
    assert run(root, "status") == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("  ")}
    assert "82/82" in lines["nl"] and "(source)" in lines["nl"]
    for code in ("en", "ar", "tr"):  # the sample texts start as not reviewed
        assert lines[code].split()[2:6] == ["82/82", "0", "0", "0"]
        assert "▒" * translators.BAR_WIDTH in lines[code] and lines[code].endswith("print")


def test_status_json_for_dashboards(root, capsys):
    assert run(root, "status", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    by_code = {entry["language"]: entry for entry in data["languages"]}
    assert data["source_language"] == "nl" and list(by_code) == ["nl", "ar", "en", "tr"]
    ar = by_code["ar"]
    assert (ar["own_name"], ar["direction"], ar["total"], ar["translated"]) == (
        "العربية",
        "rtl",
        82,
        82,
    )
    assert ar["reviewed"] == 0 and len(ar["not_reviewed_keys"]) == 82
    assert ar["complete"] and ar["buildable"] == "print" and not data["problems"]


@pytest.mark.parametrize("change", ["dutch", "missing", "unconfirmed"])
def test_status_counts_as_check_counts(root, change):
    if change == "dutch":
        fill(root, "nl", {"sections.money.intro": "Zorgen over geld? Vraag snel om hulp."})
    elif change == "missing":
        fill(root, "tr", {"labels.free": "", "back.title": ""})
    else:
        (root / "translations" / "uk.yaml").write_text(
            (root / "translations" / "tr.yaml").read_text(encoding="utf-8"), encoding="utf-8"
        )
    guide = load_guide(root)
    report = check_guide(guide, layout=False)
    for code, s in statuses(root).items():
        if s.is_source:
            continue
        expected = report.languages[code]
        assert (s.total, s.translated, s.outdated) == (
            expected.keys,
            expected.translated,
            expected.outdated,
        ), code


def test_status_of_one_language_and_of_one_key(root, capsys):
    fill(root, "tr", {"labels.free": ""})
    assert run(root, "status", "tr") == 0
    out = capsys.readouterr().out
    assert "Missing (translate these): 1" in out and "labels.free" in out and "nl: gratis" in out
    assert "Not reviewed by a native speaker" in out
    assert run(root, "status", "--key", "back.edition") == 0
    out = capsys.readouterr().out
    assert "Keep {date} exactly as it is" in out and "Room: 2 lines" in out
    assert "Uitgave van {date}" in out and "Baskı tarihi: {date}" in out
    assert run(root, "status", "tr", "--key", "back.edition", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["languages"]) == {"nl", "tr"} and data["room"]["lines"] == 2
    assert run(root, "status", "--key", "cover.titel") == 2
    assert "Did you mean 'cover.title'?" in capsys.readouterr().err
    assert run(root, "status", "xx") == 2


def test_status_imports_no_renderer(root):
    code = (
        "import sys; from hulpwijzer.cli import main; main(['--root', sys.argv[1], 'status']); "
        "heavy = [m for m in sys.modules if m.startswith(('reportlab.platypus', "
        "'reportlab.pdfbase', 'reportlab.pdfgen', 'hulpwijzer.render', 'hulpwijzer.layout'))]; "
        "print('HEAVY', heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(root)], capture_output=True, text=True, check=True
    ).stdout
    assert "HEAVY []" in out


# --- languages, names, fonts -------------------------------------------------------------------


def test_glyph_coverage_agrees_with_the_renderer():
    for code in ("nl", "en", "ar", "tr", "uk", "pl", "ti", "so", "fa"):
        sample = languages.locale_strings(code)
        assert glyphs.missing(sample) == undrawable(sample), code
    assert glyphs.missing(languages.locale_strings("uk")) == set()  # Cyrillic is there
    assert glyphs.missing(languages.locale_strings("ti"))  # Ethiopic is not


@pytest.mark.parametrize(
    ("given", "code"), [("uk", "uk"), ("UK", "uk"), ("pt-br", "pt_BR"), ("ti", "ti")]
)
def test_language_codes_are_checked_with_babel(given, code):
    assert translators.parse_code(given) == code


@pytest.mark.parametrize(
    ("given", "hint"),
    [("xx", "ISO 639 code"), ("ukrainian", "did you mean uk (Ukrainian)?"), ("Pools", "pl")],
)
def test_unknown_language_codes_are_refused_with_a_hint(given, hint):
    with pytest.raises(translators.LanguageCodeError) as exc:
        translators.parse_code(given)
    assert hint in str(exc.value)


# --- add-language ------------------------------------------------------------------------------


def test_add_language_writes_every_dutch_key_in_order_with_comments(root, capsys):
    assert run(root, "add-language", "uk") == 0
    out = capsys.readouterr().out
    assert "Українська (Ukrainian), written left to right" in out
    assert "hulpwijzer build --draft uk" in out and "hulpwijzer confirm uk" in out
    path = root / "translations" / "uk.yaml"
    body = path.read_text(encoding="utf-8")
    lines = body.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../schemas/translation.schema.json"
    assert "Українська (Ukrainian, uk), written left to right" in lines[2]
    assert '  title: ""  # nl: Hulpwijzer Heerlen' in lines
    comment = " ".join(line.strip(" #") for line in lines[7:10])  # the note above cover.title
    assert "Name of the booklet" in comment and "Room: 2 lines of about 22 characters" in comment
    new = load_translation(path, root)
    dutch = load_guide(REPO).source
    assert list(new.texts) == list(dutch.texts)  # every key, in the Dutch order
    assert all(t.value == "" for t in new.texts.values())
    # plain YAML: the values are the only data, the rest is comments
    assert yaml.safe_load(body)["labels"]["call"] == ""
    assert run(root, "add-language", "uk") == 2  # it exists now
    assert run(root, "add-language", "nl") == 2
    assert run(root, "add-language", "klingon") == 2
    assert "CLDR" in capsys.readouterr().err


def test_add_language_rtl_and_a_script_without_font(root, capsys):
    assert run(root, "add-language", "fa") == 0
    assert "written right to left" in capsys.readouterr().out
    assert run(root, "add-language", "ti") == 0
    out = capsys.readouterr().out
    assert "ትግርኛ (Tigrinya)" in out
    assert "cannot draw" in out and "ETHIOPIC" in out and "Noto Sans Ethiopic" in out
    assert "ETHIOPIC" in (root / "translations" / "ti.yaml").read_text(encoding="utf-8")
    # the new languages are not complete: not named on the covers, not built
    guide = load_guide(root)
    assert complete_languages(guide) == ["nl", "ar", "en", "tr"]
    assert run(root, "status") == 0
    out = capsys.readouterr().out
    assert "ti: the fonts of the guide cannot draw" in out and "draft only" in out


# --- review ------------------------------------------------------------------------------------


def test_review_records_texts_and_a_changed_text_is_no_longer_reviewed(root, capsys):
    assert run(root, "review", "tr", "--by", "Ayşe Yılmaz") == 0
    assert "82 text(s) recorded as reviewed by Ayşe Yılmaz" in capsys.readouterr().out
    assert statuses(root)["tr"].reviewed == 82
    first = (root / REVIEW_FILE).read_text(encoding="utf-8")
    assert "cover.title: {hash: " in first and "by: Ayşe Yılmaz" in first
    assert run(root, "review", "tr", "--by", "Someone Else") == 0  # nothing new: unchanged
    assert (root / REVIEW_FILE).read_text(encoding="utf-8") == first

    fill(root, "tr", {"cover.title": "Heerlen Yardım Kılavuzu"})
    tr = statuses(root)["tr"]
    assert tr.reviewed == 81 and [k.key for k in tr.not_reviewed] == ["cover.title"]
    fill(
        root,
        "tr",
        {"cover.subtitle": "Nereden  yardım alabilirsiniz? Önemli telefon numaraları ve adresler."},
    )  # a double space is no change of meaning
    assert statuses(root)["tr"].reviewed == 81
    assert run(root, "review", "tr", "cover.title", "--by", "Ayşe Yılmaz") == 0
    assert statuses(root)["tr"].reviewed == 82


def test_review_refuses_outdated_texts_and_bad_input(root, capsys):
    fill(root, "nl", {"sections.money.intro": "Zorgen over geld? Vraag snel om hulp."})
    assert run(root, "review", "tr", "sections.money.intro", "--by", "A") == 1
    assert "outdated or not confirmed" in capsys.readouterr().err
    assert not (root / REVIEW_FILE).exists()
    assert run(root, "review", "tr", "--by", "A") == 0  # all others; the outdated one skipped
    assert "Not recorded: 1" in capsys.readouterr().out
    assert statuses(root)["tr"].reviewed == 81
    assert run(root, "review", "nl", "--by", "A") == 2
    assert run(root, "review", "tr", "no.such.key", "--by", "A") == 1
    (root / REVIEW_FILE).write_text("languages:\n  tr: [1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_reviews(root)
    assert run(root, "review", "tr", "--by", "A") == 1


# --- build: incomplete languages, drafts -------------------------------------------------------


def test_build_skips_an_incomplete_language_and_builds_a_marked_draft(root, capsys):
    fill(root, "tr", {"labels.free": "", "sections.money.intro": ""})
    assert run(root, "build", "-l", "tr") == 1
    out = capsys.readouterr()
    assert "tr (Turkish): not built, 2 of 82 texts are missing" in out.out
    assert "hulpwijzer build --draft tr" in out.out
    assert not (root / "build").exists()

    assert run(root, "review", "tr", "--by", "A") == 0
    fill(root, "tr", {"cover.title": "Heerlen Yardım Kılavuzu"})  # changed after the review
    assert run(root, "build", "-l", "nl", "--draft", "tr") == 0
    manifest = json.loads((root / "build" / "manifest.json").read_text(encoding="utf-8"))
    assert [f["path"] for f in manifest["files"]] == [
        "print/hulpwijzer-nl.pdf",
        "screen/hulpwijzer-nl.pdf",
    ]
    # the draft goes to review/, never into build/ where it could reach the print shop
    draft = root / "review" / "screen" / "hulpwijzer-tr-draft.pdf"
    pages = page_texts(draft)
    assert all("DRAFT / CONCEPT" in page for page in pages)
    flat = [" ".join(page.split()) for page in pages]
    assert any("Heeft u geldzorgen?" in page for page in flat)  # missing: shown in Dutch
    back = flat[-1]
    assert "Missing, shown in Dutch: 2 of 82 texts (sections.money.intro, labels.free)" in back
    assert "Not reviewed by a native speaker: 1 of 80 translated texts (cover.title)" in back
    # the Dutch cover names only complete languages
    cover = page_texts(root / "build" / "screen" / "hulpwijzer-nl.pdf")[0]
    assert "English" in cover and "Türkçe" not in cover


# --- a fifth language end to end ---------------------------------------------------------------


def test_a_fifth_language_end_to_end(root, capsys):
    assert run(root, "add-language", "uk") == 0
    assert run(root, "preview", "uk") == 0  # nothing translated yet: a draft, all in Dutch
    assert "a marked draft" in capsys.readouterr().out

    fill(root, "uk", UK)  # the translator fills in every text
    contacts = root / "content" / "contacts.yaml"  # the sample's one open error (not ours)
    contacts.write_text(
        contacts.read_text(encoding="utf-8").replace(
            "http://www.stichtingchrisko", "https://www.stichtingchrisko"
        ),
        encoding="utf-8",
    )
    assert run(root, "check") == 0
    out = capsys.readouterr().out
    assert re.search(r"uk Ukrainian +100% +82 +0 ", out)  # complete; not confirmed yet
    assert "translations/uk.yaml" in out and "error: translations/uk.yaml" not in out
    assert run(root, "confirm", "uk") == 0
    assert run(root, "confirm", "uk", "labels.whatsapp") == 0  # stays 'WhatsApp' on purpose
    assert run(root, "review", "uk", "--by", "Оксана Коваленко") == 0
    capsys.readouterr()
    assert run(root, "status", "--format", "json") == 0
    uk = json.loads(capsys.readouterr().out)["languages"][-1]
    assert (uk["language"], uk["translated"], uk["outdated"], uk["reviewed"]) == ("uk", 82, 0, 82)

    assert run(root, "build", "-l", "uk", "-l", "nl") == 0
    manifest = json.loads((root / "build" / "manifest.json").read_text(encoding="utf-8"))
    assert {f["path"] for f in manifest["files"]} == {
        "print/hulpwijzer-uk.pdf",
        "screen/hulpwijzer-uk.pdf",
        "print/hulpwijzer-nl.pdf",
        "screen/hulpwijzer-nl.pdf",
    }
    uk_pages = page_texts(root / "build" / "print" / "hulpwijzer-uk.pdf")
    assert len(uk_pages) % 4 == 0 and len(uk_pages) <= 16
    assert "Довідник допомоги" in uk_pages[0] and "DRAFT" not in uk_pages[0]
    assert "Українська" in page_texts(root / "build" / "print" / "hulpwijzer-nl.pdf")[0]

    assert run(root, "preview", "uk") == 0
    assert "as it will be printed" in capsys.readouterr().out
    pngs = sorted((root / "preview" / "uk").glob("page-*.png"))
    assert [p.name for p in pngs] == [f"page-{n:02d}.png" for n in range(1, len(uk_pages) + 1)]
    with Image.open(pngs[0]) as image:  # A5 at 100 dpi
        assert image.size == (583, 827)
