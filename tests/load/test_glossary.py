"""content/glossary.yaml: read into rules per language, refused with file, line and hint."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

from hulpwijzer.load import load_guide
from hulpwijzer.load.glossary import GLOSSARY_FILE, read_glossary
from hulpwijzer.model import InputError

REPO = Path(__file__).resolve().parent.parent.parent


def test_the_sample_glossary_is_read_with_its_rules():
    glossary = load_guide(REPO).glossary
    terms = {t.term: t for t in glossary.terms}
    assert terms["Heerlen"].rule("ar").kind == "keep" and terms["Heerlen"].keeps()
    ido = terms["Informatiepunt Digitale Overheid"].rule("tr")
    assert ido.kind == "keep-with-translation" and ido.words == ("Dijital Devlet Bilgi Noktası",)
    toeslag = terms["toeslag"]
    assert "huurtoeslag" in toeslag.forms and toeslag.rule("en").words == ("allowance",)
    assert toeslag.rule("uk") is None and not toeslag.keeps()
    assert terms["Nationale ombudsman"].rule("en").kind == "translate"
    assert terms["Heerlen"].rule("pt_BR").kind == "keep"  # 'all' holds for a new language


def test_the_sample_glossary_matches_its_schema():
    schema = json.loads((REPO / "schemas" / "glossary.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load((REPO / GLOSSARY_FILE).read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)


def test_no_glossary_file_is_no_glossary(tmp_path):
    assert read_glossary(tmp_path) is None


@pytest.mark.parametrize(
    ("text", "line", "key", "gist"),
    [
        ("terms:\n  Heerlen:\n    en: {keep: ''}\n", 3, "terms.Heerlen.en", "not a rule"),
        ("terms:\n  Heerlen:\n    en: 12\n", 3, "terms.Heerlen.en", "not a rule"),
        ("terms:\n  Heerlen: keep\n", 2, "terms.Heerlen", "must be a mapping"),
        ("terms:\n  toeslag:\n    forms: {a: b}\n", 3, "terms.toeslag.forms", "list of Dutch"),
        ("- Heerlen\n", 1, "", "one mapping 'terms:'"),
    ],
)
def test_a_damaged_glossary_is_refused_with_line_and_hint(tmp_path, text, line, key, gist):
    for folder in ("content", "translations"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    (tmp_path / GLOSSARY_FILE).write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_guide(tmp_path)
    [m] = caught.value.messages
    assert (m.file, m.line, m.key) == (GLOSSARY_FILE, line, key) and gist in m.text
    assert m.hint
