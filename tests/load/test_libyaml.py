"""The libyaml fast path reads what the strict loader reads, and leaves to it what it refuses."""

from __future__ import annotations

import pytest

from hulpwijzer.model import InputError

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
