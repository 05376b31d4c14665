"""The report of `hulpwijzer check`: exit codes, --strict, messages grouped per file, JSON."""

from __future__ import annotations

import json

from hulpwijzer.cli import main

from .damage import (
    TODAY,
    TR,
    add_after,
    check,
    delete_key,
    dutch,
    q,
)


def test_exit_codes_strict_and_grouped_output(root, capsys):
    args = ["--root", str(root), "check", "--today", TODAY.isoformat()]
    report = check(root)
    assert main(args) == (1 if report.errors else 0)
    out = capsys.readouterr().out
    assert "Summary" in out and "tr Turkish" in out and "complete" in out
    assert main(args + ["--strict"]) == (1 if report.warnings or report.errors else 0)
    capsys.readouterr()
    delete_key(root, "tr", "sections.money.intro")
    assert main(args) == 1
    out = capsys.readouterr().out
    block = out.split("\ntranslations/tr.yaml\n", 1)[1]
    assert block.lstrip().startswith("error: translations/tr.yaml:")
    assert "Not ready: " in out


def test_json_format_for_ci(root, capsys):
    delete_key(root, "tr", "sections.money.intro")
    assert main(["--root", str(root), "check", "--format", "json", "--today", "2026-11-24"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["strict"] is False
    [m] = [m for m in data["messages"] if m["key"] == "sections.money.intro"]
    assert (m["level"], m["file"], m["text"]) == ("error", TR, "missing")
    assert m["source_text"] == dutch("sections.money.intro")
    tr = next(s for s in data["languages"] if s["language"] == "tr")
    assert tr["complete"] < 100 and tr["errors"] >= 1


def test_strict_json_turns_warnings_into_errors(root, capsys):
    add_after(root, "tr", "sections.money.intro", "intro2", q("Fazladan."))
    main(["--root", str(root), "check", "--format", "json", "--strict"])
    data = json.loads(capsys.readouterr().out)
    assert data["warnings"] == 0
    assert any(
        m["key"] == "sections.money.intro2" and m["level"] == "error" for m in data["messages"]
    )


def test_a_failed_strict_check_says_to_run_the_strict_check_again(root, capsys):
    args = ["--root", str(root), "check", "--no-layout", "--today", TODAY.isoformat()]
    delete_key(root, "tr", "sections.money.intro")
    assert main(args + ["--strict"]) == 1
    out = capsys.readouterr().out
    assert (
        out.rstrip()
        .splitlines()[-2]
        .endswith("Correct the errors and run 'hulpwijzer check --strict' again.")
    )
    assert main(args + ["tr", "--only", "texts"]) == 1
    out = capsys.readouterr().out
    assert "run 'hulpwijzer check tr --only texts' again." in out
    assert "(--no-layout: run the check without it before a print run.)" in out


def test_check_of_one_language_shows_only_its_texts(root, capsys):
    delete_key(root, "tr", "sections.money.intro")
    delete_key(root, "en", "sections.money.intro")
    args = ["--root", str(root), "check", "--no-layout", "--today", TODAY.isoformat()]
    assert main(args + ["en", "--only", "texts"]) == 1
    out = capsys.readouterr().out
    assert "translations/en.yaml:" in out and "translations/tr.yaml" not in out
    assert "content/contacts.yaml" not in out  # the contact warnings are not the translator's
    assert "  en English" in out and "tr Turkish" not in out
    assert "Not checked: the texts of nl, ar, tr." in out
    assert main(args + ["--only", "contacts"]) == 0  # the texts' errors are left out
    out = capsys.readouterr().out
    assert "content/contacts.yaml" in out and "translations/" not in out.split("Summary")[0]
    assert main(args + ["xx"]) == 2
    assert "no translations/xx.yaml; languages: nl, ar, en, tr" in capsys.readouterr().err
