"""translations.lock: which languages ``confirm`` works on, what it records and how it says so
(the command's messages and exit codes: tests/cli/test_check.py)."""

from __future__ import annotations

import pytest

from hulpwijzer.load import load_guide
from hulpwijzer.load.states import read_lock
from hulpwijzer.texts import text_hash
from hulpwijzer.translators.lock import Confirmed, confirm, languages_to_confirm, record

from ..project import REPO, copy_project, fill

GUIDE = load_guide(REPO)


@pytest.mark.parametrize(
    ("language", "every", "keys", "expected"),
    [
        ("tr", False, [], (["tr"], None)),
        ("tr", False, ["cover.title"], (["tr"], None)),
        (None, True, [], (["ar", "en", "tr"], None)),
        (None, False, [], ([], "name one language (hulpwijzer confirm tr), or use --all")),
        ("tr", True, [], ([], "name one language (hulpwijzer confirm tr), or use --all")),
        ("", True, ["cover.title"], ([], "with --all, name no keys")),
        ("nl", False, [], ([], "nl is the source language; there is nothing to confirm")),
        ("xx", False, [], ([], "no translations/xx.yaml; languages: ar, en, tr")),
    ],
)
def test_languages_to_confirm(language, every, keys, expected):
    assert languages_to_confirm(GUIDE, language, every, keys) == expected


def test_record_keeps_the_dutch_text_under_its_hash(tmp_path):
    lock = read_lock(copy_project(tmp_path))
    record(lock, "pl", "cover.title", "Hulpwijzer Heerlen", same=True)
    entry = lock.entry("pl", "cover.title")
    assert (entry.hash, entry.same) == (text_hash("Hulpwijzer Heerlen"), True)
    assert lock.sources[entry.hash] == "Hulpwijzer Heerlen"


def test_confirm_names_texts_the_same_as_the_dutch_and_drops_stale_entries(tmp_path):
    root = copy_project(tmp_path)
    fill(root, "en", {"labels.free": "gratis"})
    lock = read_lock(root)
    record(lock, "en", "no.such.key", "Weg")
    result = confirm(load_guide(root), lock, "en")
    assert result.same == ["labels.free"] and not result.problems and not result.changed
    assert lock.entry("en", "no.such.key") is None
    assert lock.entry("en", "labels.free") == read_lock(root).entry("en", "labels.free")


def test_the_report_lists_up_to_ten_changes_unless_the_keys_were_named():
    keys = [f"k{n}" for n in range(11)]
    done = Confirmed("tr", confirmed=keys, changed=keys)
    assert done.report(named=False) == (
        "tr: confirmed 11 text(s) (11 new or changed) in translations.lock."
    )
    assert done.report(named=True).splitlines()[1:] == [f"  {key}" for key in keys]
    assert Confirmed("tr", confirmed=["a"], same=["b", "c"]).report(named=False) == (
        "tr: confirmed 1 text(s) in translations.lock.\n"
        "  Not confirmed: 2 text(s) the same as the Dutch. If they are meant to stay the same, "
        "name them:\n"
        "  hulpwijzer confirm tr b c"
    )
