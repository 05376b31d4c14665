"""The texts of one language: placeholders filled literally."""

from __future__ import annotations

from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide


def test_placeholders_are_filled_literally(sample_root):
    guide = load_guide(sample_root)
    t = Texts(guide, "nl")
    assert "{date}" not in t("back.edition", date="1 mei")
    assert "1 mei" in t("back.edition", date="1 mei")
    # a filling that looks like a format field stays text
    assert "{0.__class__}" in t("back.online", url="{0.__class__}")
