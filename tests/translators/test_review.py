"""``hulpwijzer review``: a native speaker's review is recorded per text, and a text that changes
afterwards is no longer reviewed."""

from __future__ import annotations

import pytest

from hulpwijzer.cli import main
from hulpwijzer.load.states import REVIEW_FILE, read_reviews
from hulpwijzer.model import InputError

from ..project import copy_project, fill
from .test_status import statuses


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def test_review_records_texts_and_a_changed_text_is_no_longer_reviewed(root, capsys):
    assert run(root, "review", "tr", "--by", "Ayşe Yılmaz") == 0
    assert "106 text(s) recorded as reviewed by Ayşe Yılmaz" in capsys.readouterr().out
    assert statuses(root)["tr"].reviewed == 106
    first = (root / REVIEW_FILE).read_text(encoding="utf-8")
    assert "cover.title: {hash: " in first and "by: Ayşe Yılmaz" in first
    assert run(root, "review", "tr", "--by", "Someone Else") == 0  # nothing new: unchanged
    assert (root / REVIEW_FILE).read_text(encoding="utf-8") == first

    fill(root, "tr", {"cover.title": "Heerlen Yardım Kılavuzu"})
    tr = statuses(root)["tr"]
    assert tr.reviewed == 105 and [k.key for k in tr.not_reviewed] == ["cover.title"]
    fill(
        root,
        "tr",
        {"cover.subtitle": "Nereden  yardım alabilirsiniz? Önemli telefon numaraları ve adresler."},
    )  # a double space is no change of meaning
    assert statuses(root)["tr"].reviewed == 105
    assert run(root, "review", "tr", "cover.title", "--by", "Ayşe Yılmaz") == 0
    assert statuses(root)["tr"].reviewed == 106


def test_review_refuses_outdated_texts_and_bad_input(root, capsys):
    fill(root, "nl", {"sections.money.intro": "Zorgen over geld? Vraag snel om hulp."})
    assert run(root, "review", "tr", "sections.money.intro", "--by", "A") == 1
    assert "sections.money.intro: outdated;" in capsys.readouterr().err
    assert not (root / REVIEW_FILE).exists()
    assert run(root, "review", "tr", "--by", "A") == 0  # all others; the outdated one skipped
    assert "Not recorded: 1" in capsys.readouterr().out
    assert statuses(root)["tr"].reviewed == 105
    assert run(root, "review", "nl", "--by", "A") == 2
    assert run(root, "review", "tr", "no.such.key", "--by", "A") == 1
    (root / REVIEW_FILE).write_text("languages:\n  tr: [1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_reviews(root)
    assert run(root, "review", "tr", "--by", "A") == 1


def test_review_records_nothing_while_the_lock_file_is_damaged(root, capsys):
    """Without a readable lock, outdated texts cannot be told apart: recording them as reviewed
    would be wrong, so nothing is recorded and the lock's problem is named."""
    (root / "translations.lock").write_text("languages: [not, a, mapping]\n", encoding="utf-8")
    assert run(root, "review", "tr", "--by", "Ayşe Yılmaz") == 1
    err = capsys.readouterr().err
    assert "translations.lock" in err and "Nothing was recorded." in err
    assert not (root / REVIEW_FILE).exists()
