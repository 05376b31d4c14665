"""`hulpwijzer build`: the files, the manifest, all-or-nothing replacement of build/."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.abag import ABag
from reportlab.pdfbase.ttfonts import shapeFragWord

from hulpwijzer import __version__
from hulpwijzer import typeset as text
from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.model import InputError
from hulpwijzer.outputs.pdf import layout, render
from hulpwijzer.publish import build as build_module


def test_build_writes_print_screen_and_manifest(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "nl", "-l", "ar"]) == 0
    out = sample_copy / "build"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    paths = {f["path"] for f in manifest["files"]}
    assert paths == {
        "print/hulpwijzer-nl.pdf",
        "screen/hulpwijzer-nl.pdf",
        "print/hulpwijzer-ar.pdf",
        "screen/hulpwijzer-ar.pdf",
    }
    for entry in manifest["files"]:
        data = (out / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert entry["variant"] in ("print", "screen")
        assert entry["pages"] % 4 == 0
    printed = capsys.readouterr().out
    assert "print/hulpwijzer-ar.pdf" in printed and "pages" in printed


def test_two_builds_are_byte_identical(sample_copy):
    assert main(["--root", str(sample_copy), "build", "-l", "tr"]) == 0
    first = (sample_copy / "build" / "manifest.json").read_bytes()
    assert main(["--root", str(sample_copy), "build", "-l", "tr", "--force"]) == 0
    assert (sample_copy / "build" / "manifest.json").read_bytes() == first


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_failed_build_leaves_previous_build_untouched(sample_copy, monkeypatch, jobs):
    assert main(["--root", str(sample_copy), "build", "-l", "nl"]) == 0
    out = sample_copy / "build"
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    # with --jobs 2 the two variants render in forked workers, which see the patch too
    monkeypatch.setattr(render, "render_variants", explode)
    args = ["--root", str(sample_copy), "build", "-l", "nl", "--force", "--jobs", jobs]
    assert main(args) == 130
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in sample_copy.iterdir() if p.name.startswith(".hulpwijzer-build-")]


def _hashes(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def test_parallel_build_is_byte_identical_to_serial(sample_copy):
    root = str(sample_copy)
    assert main(["--root", root, "build", "--jobs", "1", "--out", str(sample_copy / "a")]) == 0
    assert main(["--root", root, "build", "--jobs", "2", "--out", str(sample_copy / "b")]) == 0
    serial, parallel = _hashes(sample_copy / "a"), _hashes(sample_copy / "b")
    assert len(serial) == 2 * 4 + 1  # 4 languages × print + screen, and the manifest
    assert parallel == serial


def _statuses(printed: str) -> dict[str, str]:
    return dict(re.findall(r"^  (\S+\.pdf) .* (built|reused)$", printed, re.M))


def test_rebuild_reuses_unchanged_files_and_renders_only_the_changed_language(
    sample_copy, capsys, monkeypatch
):
    args = ["--root", str(sample_copy), "build", "-l", "nl", "-l", "tr"]
    out = sample_copy / "build"
    assert main(args) == 0
    first = _hashes(out)
    assert set(_statuses(capsys.readouterr().out).values()) == {"built"}

    real = render.render_variants
    rendered = []

    def spy(guide, language, *rest, **kwargs):
        rendered.append(language)
        return real(guide, language, *rest, **kwargs)

    monkeypatch.setattr(render, "render_variants", spy)
    assert main([*args, "--jobs", "1"]) == 0  # nothing changed
    assert set(_statuses(capsys.readouterr().out).values()) == {"reused"}
    assert rendered == []
    assert _hashes(out) == first  # the manifest too

    tr = sample_copy / "translations" / "tr.yaml"
    tr.write_text(tr.read_text(encoding="utf-8").replace("Notlar", "Notlarım"), "utf-8")
    assert main([*args, "--jobs", "1"]) == 0
    statuses = _statuses(capsys.readouterr().out)
    assert statuses == {
        "print/hulpwijzer-nl.pdf": "reused",
        "screen/hulpwijzer-nl.pdf": "reused",
        "print/hulpwijzer-tr.pdf": "built",
        "screen/hulpwijzer-tr.pdf": "built",
    }
    assert rendered == ["tr"]  # one pass for both variants
    second = _hashes(out)
    assert second["print/hulpwijzer-nl.pdf"] == first["print/hulpwijzer-nl.pdf"]
    assert second["print/hulpwijzer-tr.pdf"] != first["print/hulpwijzer-tr.pdf"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        assert entry["sha256"] == second[entry["path"]]

    assert main([*args, "--jobs", "1", "--force"]) == 0
    assert set(_statuses(capsys.readouterr().out).values()) == {"built"}
    assert _hashes(out) == second


def test_a_changed_output_file_is_rendered_again(sample_copy, capsys):
    args = ["--root", str(sample_copy), "build", "-l", "en", "--jobs", "1"]
    assert main(args) == 0
    out = sample_copy / "build"
    good = (out / "screen" / "hulpwijzer-en.pdf").read_bytes()
    (out / "screen" / "hulpwijzer-en.pdf").write_bytes(good[:-100])  # damaged after the build
    capsys.readouterr()
    assert main(args) == 0
    assert _statuses(capsys.readouterr().out) == {
        "print/hulpwijzer-en.pdf": "reused",
        "screen/hulpwijzer-en.pdf": "built",
    }
    assert (out / "screen" / "hulpwijzer-en.pdf").read_bytes() == good


def test_manifest_records_what_each_file_was_built_from(sample_copy):
    assert main(["--root", str(sample_copy), "build", "-l", "ar", "--jobs", "1"]) == 0
    manifest = json.loads((sample_copy / "build" / "manifest.json").read_text("utf-8"))
    entry = next(e for e in manifest["files"] if e["path"] == "print/hulpwijzer-ar.pdf")
    built_from = entry["built_from"]
    for name in ("content/guide.yaml", "content/contacts.yaml", "translations/ar.yaml"):
        data = (sample_copy / name).read_bytes()
        assert built_from[name] == hashlib.sha256(data).hexdigest()
    assert "translations/nl.yaml" in built_from  # the source language: the fallback
    assert "translations/tr.yaml" not in built_from
    assert built_from["languages"] == "ar en nl tr"
    assert built_from["variant"] == "print"
    assert re.fullmatch(r"[0-9a-f]{64}", built_from["fonts"])
    assert built_from["code"].startswith(f"hulpwijzer {__version__}; sources ")
    assert "reportlab=" in built_from["code"] and "reportlab=?" not in built_from["code"]
    assert re.fullmatch(r"[0-9a-f]{64}", entry["inputs"])


def test_inputs_change_with_the_language_file_the_source_the_set_of_languages(sample_copy):
    def inputs(language):
        guide = load_guide(sample_copy)
        return {v: build_module.inputs_of(guide, language, v) for v in ("print", "screen")}

    before = {code: inputs(code) for code in ("nl", "en", "tr")}
    assert inputs("tr") == before["tr"]
    assert before["tr"]["print"] != before["tr"]["screen"]

    en = sample_copy / "translations" / "en.yaml"
    en.write_text(en.read_text("utf-8") + "# a comment\n", "utf-8")
    assert inputs("en") != before["en"]
    assert inputs("tr") == before["tr"]

    nl = sample_copy / "translations" / "nl.yaml"
    nl.write_text(nl.read_text("utf-8") + "# a comment\n", "utf-8")
    assert inputs("tr") != before["tr"]  # the source language is every language's fallback

    shutil.copy(en, sample_copy / "translations" / "de.yaml")
    after = inputs("nl")
    assert after["print"]["languages"] == "ar de en nl tr"  # the cover lists the others


def test_unknown_language_is_refused(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "xx"]) == 2
    assert "translations/xx.yaml" in capsys.readouterr().err


def _snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_errors_stop_the_build_and_keep_the_previous_one(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "nl", "-l", "tr"]) == 0
    before = _snapshot(sample_copy / "build")
    tr = sample_copy / "translations" / "tr.yaml"
    tr.write_text(tr.read_text(encoding="utf-8").replace("112", "113", 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(sample_copy), "build", "-l", "nl", "-l", "tr"]) == 1
    err = capsys.readouterr().err
    assert "translations/tr.yaml" in err and "No guides were built" in err
    assert _snapshot(sample_copy / "build") == before
    # complete languages can still be looked at, marked as a draft, outside build/
    review = sorted(p.name for p in (sample_copy / "review" / "screen").iterdir())
    assert review == ["hulpwijzer-nl-draft.pdf", "hulpwijzer-tr-draft.pdf"]


def test_a_guide_over_max_pages_is_not_saved(sample_copy, capsys):
    assert main(["--root", str(sample_copy), "build", "-l", "en"]) == 0
    before = _snapshot(sample_copy / "build")
    guide = sample_copy / "content" / "guide.yaml"
    guide.write_text(
        guide.read_text(encoding="utf-8").replace("max_pages: 16", "max_pages: 8"),
        encoding="utf-8",
    )
    assert main(["--root", str(sample_copy), "build", "-l", "en"]) == 1
    err = capsys.readouterr().err
    assert "translations/en.yaml:1" in err and "needs 12 pages" in err
    assert _snapshot(sample_copy / "build") == before


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
        env = {**os.environ, "PYTHONPATH": str(Path(build_module.__file__).parents[1])}
        done = subprocess.run(
            [sys.executable, "-c", SHAPE_LAST, *words],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    alone = shaped("پښتو")
    assert "0xe" in alone  # the word does use an unmapped glyph
    assert shaped("ښښښ", "پښتو") == alone


# The short ways of text.py (for speed) must give what the long ways give.
SHAPE_SAMPLES = [
    "Test organisation 0042",
    "0800 0042",
    "https://example.org/test-0042",
    "Türkçe: İş ve gelir, 09:00–17:00",
    "office ﬁ AVATAR",
    "e\u0301 n\u0303",
    "مرحبا بالعالم",
    "پښتو ښښښ",
    "لا إله",
    "(112) - ",
]


@pytest.mark.parametrize("font", sorted(text.FONT_FILES))
def test_direct_harfbuzz_shaping_equals_reportlabs(font):
    text.register_fonts()
    for sample in SHAPE_SAMPLES:
        ours = text._harfbuzz(sample, font)
        word = [0, (ABag(fontName=font, fontSize=1000), sample)]
        theirs = shapeFragWord(word, features=text._FEATURES, force=True)[1][1]
        assert ours is not None
        assert str(ours) == str(theirs), sample
        assert ours.__shapeData__ == theirs.__shapeData__, sample


def test_plain_line_layout_equals_the_general_layout(monkeypatch):
    text.register_fonts()
    samples = [*SHAPE_SAMPLES, "", "Bel 0800 0042 of mail test-0042@example.org", "A1 1e"]
    fast = {
        (s, bold, rtl): text._layout.__wrapped__(s, 12.0, bold, rtl)
        for s in samples
        for bold in (False, True)
        for rtl in (False, True)
    }
    assert any(text._plain_latin(s, False) for s in samples)
    monkeypatch.setattr(text, "_plain_latin", lambda *args: False)
    for (s, bold, rtl), line in fast.items():
        assert text._layout.__wrapped__(s, 12.0, bold, rtl) == line, (s, bold, rtl)


TRICKY_YAML = """\
# comment
plain: Een tekst met 'quotes', een #hekje en een dubbele punt:zonder spatie
quoted: "Regel één\\nRegel twee \\u00e9 \\t tab"
single: 'It''s'
folded: >-
  lange tekst
  over twee regels
literal: |
  regel 1
    ingesprongen
time: 09:00
sexagesimal: 17:30
date: 2026-11-24
number: 0800
float: 1.5
yes_no: [yes, no, on, off, ~, null]
flow: {a: 1, b: [x, "y z"]}
unicode: "مرحبا — Türkçe — 🙂"
empty:
nested:
  - id: a
    list: []
  - id: b
    map: {}
"""


def test_libyaml_and_the_strict_loader_read_the_same(sample_root):
    from hulpwijzer.load import reader as load

    texts = [TRICKY_YAML, TRICKY_YAML.replace("\n", "\r\n")]
    for folder in ("content", "translations"):
        texts += [p.read_text("utf-8") for p in sorted((sample_root / folder).glob("*.yaml"))]
    for source in texts:
        fast = load._compose_with_libyaml(source)
        assert fast is not None
        loader = load._StrictLoader(source)
        try:
            careful = loader.get_single_node()
        finally:
            loader.dispose()
        fast_reader, careful_reader = load._NodeReader(), load._NodeReader()
        assert fast_reader.convert(fast[0], ()) == careful_reader.convert(careful, ())
        assert fast_reader.lines == careful_reader.lines
        assert fast_reader.raw == careful_reader.raw
        assert fast_reader.spans == careful_reader.spans


@pytest.mark.parametrize(
    "source",
    ["a: &x 1\nb: *x\n", "a: &x 1\n", "a: 1\na: 2\n", "a: b: c\n", "a: !!python/name:os.system\n"],
)
def test_what_the_strict_loader_refuses_libyaml_leaves_to_it(tmp_path, source):
    from hulpwijzer.load import reader as load

    path = tmp_path / "x.yaml"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load.read_yaml(path, tmp_path)
    monkeypatched = pytest.MonkeyPatch()
    monkeypatched.setattr(load, "_LIBYAML", None)
    try:
        with pytest.raises(InputError) as again:
            load.read_yaml(path, tmp_path)
    finally:
        monkeypatched.undo()
    assert [m.format() for m in caught.value.messages] == [m.format() for m in again.value.messages]


def _two_pass(guide, language, variant):
    """The renderer's former way: count the pages without notes, then render with them."""
    texts = layout.Texts(guide, language)
    first = render._build(guide, texts, variant, 0, False)
    if first.pages % 4 == 0:
        return first
    return render._build(guide, texts, variant, -first.pages % 4, False)


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
    guide = load_guide(sample_copy)
    text.register_fonts()
    if long_back_page:  # the supposition of a one-page back page is wrong here
        padding = layout.NotesPadding(layout.Texts(guide, "nl"))
        assert render._build(guide, padding.t, "print", padding, False).pages % 4
    for language in ("nl", "ar") if not long_back_page else ("nl",):
        results = render.render_variants(guide, language)
        for variant, result in results.items():
            assert result.pages % 4 == 0
            assert result.pdf == _two_pass(guide, language, variant).pdf, (language, variant)


@pytest.mark.parametrize(
    "damage",
    [
        lambda m: "not json",
        lambda m: json.dumps({"files": "nothing"}),
        lambda m: json.dumps({"files": [{**m["files"][0], "pages": "twelve"}]}),
        lambda m: json.dumps({"files": [dict(m["files"][0], inputs=None)]}),
    ],
)
def test_a_damaged_manifest_means_rendering_again(sample_copy, capsys, damage):
    args = ["--root", str(sample_copy), "build", "-l", "tr", "--jobs", "1"]
    assert main(args) == 0
    path = sample_copy / "build" / "manifest.json"
    path.write_text(damage(json.loads(path.read_text("utf-8"))), "utf-8")
    capsys.readouterr()
    assert main(args) == 0
    assert set(_statuses(capsys.readouterr().out).values()) == {"built"}


def test_a_rebuild_with_nothing_changed_does_not_load_the_renderer(sample_copy):
    assert main(["--root", str(sample_copy), "build", "-l", "en", "--jobs", "1"]) == 0
    probe = (
        "import sys\n"
        "from hulpwijzer.cli import main\n"
        f"assert main(['--root', {str(sample_copy)!r}, 'build', '-l', 'en']) == 0\n"
        "heavy = ('reportlab', 'uharfbuzz', 'qrcode')  # babel checks the language codes\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(build_module.__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert "reused" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_check_after_a_build_takes_the_layout_findings_from_the_manifest(sample_copy):
    """check lays out nothing the last build laid out from the same inputs; a change counts."""
    assert main(["--root", str(sample_copy), "build", "--jobs", "1"]) == 0
    probe = (
        "import io, sys, contextlib\n"
        "from hulpwijzer.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    main(['--root', {str(sample_copy)!r}, 'check'])\n"
        "print('reportlab' in sys.modules, 'lines where' in out.getvalue())"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(build_module.__file__).parents[1])}

    def check_in_a_fresh_process():
        done = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        )
        return done.stdout.split()

    assert check_in_a_fresh_process() == ["False", "False"]
    tr = sample_copy / "translations" / "tr.yaml"
    text = tr.read_text(encoding="utf-8")
    tr.write_text(text.replace('"Para ve borçlar"', '"' + "Para " * 30 + '"', 1), encoding="utf-8")
    assert check_in_a_fresh_process() == ["True", "True"]  # tr laid out again: too long
