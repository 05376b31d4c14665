"""The bundled pictograms: licence and README beside them, every one named there, the card
pictograms present, outlines inside their square."""

from __future__ import annotations

import pytest

from hulpwijzer import pictograms


def test_every_pictogram_is_shipped_with_its_licence_and_named_in_the_readme():
    readme = (pictograms.SYMBOL_DIR / "README.md").read_text(encoding="utf-8")
    assert "Apache License" in (pictograms.SYMBOL_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "@material-symbols/svg-400` version 0.47.5" in readme
    for name in pictograms.available():
        assert f"`{name}.svg`" in readme, name


def test_card_pictograms_exist_and_outlines_fill_their_square():
    for name in pictograms.CARD_ICONS.values():
        segments = pictograms.outline(name)
        points = [p for segment in segments for p in segment[1:]]
        assert segments[0][0] == "move" and ("close",) in segments, name
        assert all(-0.01 <= c <= 1.01 for p in points for c in p), name
        assert max(x for x, _ in points) - min(x for x, _ in points) > 0.5, name


def test_an_unknown_pictogram_is_a_key_error():
    with pytest.raises(KeyError):
        pictograms.outline("no_such_symbol")
    assert pictograms.svg_path("euro")[0] == "0 -960 960 960"
