"""A build never loses a language quietly (issue 11).

After a build of all four languages, a new contact with only its Dutch text makes Arabic,
English and Turkish incomplete. ``build`` then stops (exit 1, ``build/`` byte for byte as it
was, a message naming the missing text and how to go on); ``build -l nl`` rebuilds Dutch and
keeps the other languages' files; ``build --allow-fewer-languages`` leaves them out on purpose,
and the Dutch cover stops naming them.
"""

from __future__ import annotations

import shutil

import pytest

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.publish.plan import plan_build

from ..pdfcheck import page_texts
from .support import folder_snapshot

NEW_CONTACT = """
  - id: nieuw-loket
    name: Nieuw Loket
    phones:
      - number: "045 560 2595"
    sources:
      - url: https://adviesraadmo.nl/
        page_date: 2026-10-01
        consulted: 2026-12-01
"""
OTHERS = ["ar", "en", "tr"]


@pytest.fixture(scope="module")
def built_all(tmp_path_factory):
    """The sample with a good build of all four languages (built once for this module)."""
    from ..project import copy_project

    root = copy_project(tmp_path_factory.mktemp("all"))
    assert main(["--root", str(root), "build"]) == 0
    return root


@pytest.fixture
def project(built_all, tmp_path):
    root = tmp_path / "project"
    shutil.copytree(built_all, root)
    return root


def add_dutch_only_contact(root) -> None:
    """A new contact in contacts.yaml and guide.yaml, with its text in nl.yaml only."""
    contacts = root / "content" / "contacts.yaml"
    contacts.write_text(contacts.read_text(encoding="utf-8") + NEW_CONTACT, encoding="utf-8")
    guide = root / "content" / "guide.yaml"
    text = guide.read_text(encoding="utf-8")
    old = "contacts: [adviesraad-mo, nationale-ombudsman]"
    assert old in text
    guide.write_text(text.replace(old, old[:-1] + ", nieuw-loket]"), encoding="utf-8")
    nl = root / "translations" / "nl.yaml"
    text = nl.read_text(encoding="utf-8")
    new = 'contacts:\n  nieuw-loket:\n    about: "Vragen? Bel 045 560 2595."\n'
    nl.write_text(text.replace("contacts:\n", new, 1), encoding="utf-8")


def cover_text(root) -> str:
    return page_texts(root / "build" / "print" / "hulpwijzer-nl-2026-11-24.pdf")[0]


def test_a_full_build_names_every_language_on_the_cover(built_all):
    cover = cover_text(built_all)
    assert "Deze gids is er ook in:" in cover
    for name in ("العربية", "English", "Türkçe"):
        assert name in cover, name


def test_a_new_dutch_only_contact_stops_the_build_and_keeps_build_unchanged(project, capsys):
    before = folder_snapshot(project / "build")
    add_dutch_only_contact(project)
    capsys.readouterr()
    assert main(["--root", str(project), "build"]) == 1
    err = capsys.readouterr().err
    for code in OTHERS:
        assert f"translations/{code}.yaml  " in err
        assert f"({code}) is in the last build, but 1 of" in err
    assert "texts are missing now: contacts.nieuw-loket.about" in err
    assert "hulpwijzer status ar" in err and "--allow-fewer-languages" in err
    assert "hulpwijzer build -l nl" in err
    assert "No guides were built" in err and "build/ is unchanged" in err
    assert folder_snapshot(project / "build") == before


def test_build_of_one_language_keeps_the_others_files(project, capsys):
    before = folder_snapshot(project / "build")
    add_dutch_only_contact(project)
    capsys.readouterr()
    assert main(["--root", str(project), "build", "-l", "nl"]) == 0
    out = capsys.readouterr().out
    assert "kept as they were in the last build (not rebuilt): ar, en, tr" in out
    after = folder_snapshot(project / "build")
    assert set(after) == set(before)
    of_nl_or_all = ("-nl", "manifest", "site/nl/", "site/index.html", "site/data/", "poster/")
    of_nl_or_all += ("-mul",)  # the poster and the card of every language: now Dutch only
    for path in before:  # the new contact changes Dutch, the language choice and the open data
        if not any(part in str(path) for part in of_nl_or_all):
            assert after[path] == before[path], path  # byte for byte the previous files
    assert (
        after[next(p for p in before if "print" in str(p) and "-nl" in str(p))]
        != before[next(p for p in before if "print" in str(p) and "-nl" in str(p))]
    )
    assert main(["--root", str(project), "verify"]) == 0
    # a second one-language build keeps them again
    assert main(["--root", str(project), "build", "-l", "nl"]) == 0
    assert set(folder_snapshot(project / "build")) == set(before)


def test_allowing_fewer_languages_leaves_them_out_and_off_the_cover(project, capsys):
    add_dutch_only_contact(project)
    capsys.readouterr()
    assert main(["--root", str(project), "build", "--allow-fewer-languages"]) == 0
    err = capsys.readouterr().err
    assert "LEFT OUT (--allow-fewer-languages): ar, en, tr" in err
    files = sorted(p.name for p in (project / "build" / "print").iterdir())
    assert files == ["hulpwijzer-nl-2026-11-24.pdf"]
    cover = cover_text(project)
    assert "Deze gids is er ook in:" not in cover and "English" not in cover


def test_the_plan_loses_nothing_quietly(project):
    add_dutch_only_contact(project)
    guide = load_guide(project)
    previous = ["nl", "ar", "en", "tr"]
    plan = plan_build(guide, None, None, previous)
    assert plan.languages == ["nl"] and not plan.skipped
    assert [m.file for m in plan.lost] == [f"translations/{c}.yaml" for c in OTHERS]
    allowed = plan_build(guide, None, None, previous, allow_fewer=True)
    assert (allowed.languages, allowed.dropped, allowed.lost) == (["nl"], OTHERS, [])
    only_nl = plan_build(guide, ["nl"], None, previous)
    assert (only_nl.languages, only_nl.kept, only_nl.lost) == (["nl"], OTHERS, [])
    # a language never built before that is incomplete is held back, as before: not lost
    first = plan_build(guide, None, None, ["nl"])
    assert first.languages == ["nl"] and len(first.skipped) == 3 and not first.lost
