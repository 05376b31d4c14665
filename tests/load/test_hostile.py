"""Broken and hostile input: a clear message, nothing lost, nothing executed (issue 4).

The corpus in ``tests/hostile/`` holds broken variants of the input files (written by
``tests/hostile/make_corpus.py``). For every file, :data:`CASES` names the file it replaces and
the message it must produce. Each case starts from a project with a good build, drops the file in
place, runs ``hulpwijzer build`` and ``hulpwijzer check``, and asserts for both: exit status 1
(a handled error, not the catch-all's 3), the file and line of the problem (and its key where
there is one), the gist of the message and its hint, no traceback, and a ``build/`` folder that
is byte for byte what it was. The process runs inside the built_project, so that a ``!!python`` tag
that ran would leave a file behind.

Further tests below: a file far too large, a pipe in place of a file, and a byte-order mark,
which is accepted on purpose. What ``build`` and ``verify`` do with damaged builds is in
``tests/publish/test_hostile_build.py``, the command line's last resorts in
``tests/cli/test_hostile_cli.py``.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from hulpwijzer.cli import main
from hulpwijzer.load import MAX_FILE_BYTES

from ..project import CORPUS
from ..project import folder_snapshot as snapshot

TR, NL = "translations/tr.yaml", "translations/nl.yaml"
CONTACTS, GUIDE = "content/contacts.yaml", "content/guide.yaml"


@dataclass(frozen=True)
class Case:
    file: str | None  # the corpus file; None: the target is deleted
    target: str  # the path in the built_project it replaces (or that is deleted)
    where: str  # file, or file:line, as printed at the start of the message
    says: tuple[str, ...]  # parts of the message and its hint
    key: str = ""  # the key named in the message, where there is one


CASES = [
    # --- malformed YAML ------------------------------------------------------------------------
    Case("tr-unquoted-colon.yaml", TR, f"{TR}:3:17", ('": " but is not in quotes', "in quotes")),
    Case("tr-unclosed-quote.yaml", TR, f"{TR}:3:10", ("the quote opened here is not closed",)),
    Case(
        "tr-unclosed-quote-last-line.yaml",
        TR,
        f"{TR}:5:14",
        ("the quote opened here is not closed", "Close the text with the same quote"),
    ),
    Case("tr-unclosed-single-quote.yaml", TR, f"{TR}:3:10", ("quote opened here is not closed",)),
    Case(
        "tr-quote-inside-text.yaml",
        TR,
        f"{TR}:5",
        ("more text after the closing quote", "A quote inside a text ends it"),
    ),
    Case("tr-tab-indent.yaml", TR, f"{TR}:4:1", ("a Tab is used", "not with the Tab key")),
    Case("tr-deeper-indent.yaml", TR, f"{TR}:4", ("indented further than the line above",)),
    Case("tr-curly-quotes.yaml", TR, f"{TR}:3", ("curly quotes", 'straight quotes "…"')),
    Case("tr-backslash.yaml", TR, f"{TR}:3", ("backslash", "use single quotes")),
    Case("tr-two-documents.yaml", TR, f"{TR}:6:1", ("a second document starts here",)),
    Case("guide-unclosed-bracket.yaml", GUIDE, f"{GUIDE}:17", ("bracket [ or { opened here",)),
    # --- duplicate keys, anchors and aliases, tags -----------------------------------------------
    Case(
        "tr-duplicate-key.yaml",
        TR,
        f"{TR}:6:3",
        ("the key 'title' appears twice (first on line 3)", "Keep one of the two"),
    ),
    Case(
        "contacts-duplicate-key.yaml",
        CONTACTS,
        f"{CONTACTS}:9:5",
        ("the key 'website' appears twice (first on line 8)",),
    ),
    Case("contacts-alias-bomb.yaml", CONTACTS, f"{CONTACTS}:2:4", ("anchor '&a' is not allowed",)),
    Case("tr-alias.yaml", TR, f"{TR}:4:13", ("the alias '*title' is not allowed", "in full")),
    Case(
        "guide-python-tag.yaml",
        GUIDE,
        f"{GUIDE}:2:10",
        ("the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",),
    ),
    Case(
        "contacts-python-name-tag.yaml",
        CONTACTS,
        f"{CONTACTS}:4:11",
        ("python/name:os.system' is not allowed",),
    ),
    Case("tr-custom-tag.yaml", TR, f"{TR}:3:10", ("the tag '!secret' is not allowed",)),
    Case("contacts-binary-tag.yaml", CONTACTS, f"{CONTACTS}:4:11", ("2002:binary' is not",)),
    # --- wrong shapes ----------------------------------------------------------------------------
    Case("tr-list-at-top.yaml", TR, f"{TR}:1", ("must be a mapping of keys to texts",)),
    Case("tr-text-only.yaml", TR, f"{TR}:1", ("must be a mapping of keys to texts",)),
    Case("tr-number-for-text.yaml", TR, f"{TR}:3", ("is a number, not a text",), "cover.title"),
    Case("tr-list-for-text.yaml", TR, f"{TR}:4", ("is a list",), "cover.subtitle"),
    Case(
        "contacts-list-for-mapping.yaml",
        CONTACTS,
        f"{CONTACTS}:14",
        ("must be a mapping (lines 'key: value'), not a list",),
        "contacts.adviesraad-mo.address",
    ),
    Case("contacts-list-at-top.yaml", CONTACTS, f"{CONTACTS}:1", ("must hold a list 'contacts:'",)),
    Case("guide-text-for-list.yaml", GUIDE, f"{GUIDE}:27", ("must be a list",), "sections"),
    Case("tr-empty.yaml", TR, f"{TR}:1", ("is empty", "Copy the keys of the Dutch file")),
    Case("tr-only-comments.yaml", TR, f"{TR}:1", ("is empty",)),
    Case("guide-empty.yaml", GUIDE, f"{GUIDE}:1", ("must be a mapping with edition",)),
    Case(
        "tr-long-text.yaml",
        TR,
        f"{TR}:4:13",
        ("this text has 6,000 characters; at most 5,000",),
    ),
    Case("tr-deep-nesting.yaml", TR, f"{TR}:6", ("nested more than 24 levels deep",)),
    Case(
        "guide-impossible-date.yaml",
        GUIDE,
        f"{GUIDE}:2:10",
        ("'2026-02-30' looks like a date, but there is no such date", "YYYY-MM-DD"),
    ),
    Case("tr-unreadable-number.yaml", TR, f"{TR}:3:10", ("'0x_' looks like a number",)),
    Case("tr-huge-number.yaml", TR, f"{TR}:3:10", ("looks like a number", "put it in quotes")),
    Case(
        "guide-months-out-of-range.yaml",
        GUIDE,
        f"{GUIDE}:6",
        ("must be a whole number from 1 to 240, not 100000",),
        "max_verified_age_months",
    ),
    Case(
        "guide-unknown-contact.yaml",
        GUIDE,
        f"{GUIDE}:22",
        ("there is no contact 'sociaal-buurtteamm'", "Did you mean 'sociaal-buurtteam'?"),
        "steps.neighbourhood.contacts",
    ),
    # --- encodings and bytes ---------------------------------------------------------------------
    Case(
        "nl-latin1.yaml",
        NL,
        f"{NL}:5:51",
        (
            "is not UTF-8: the byte 0xe9",
            "Western European Windows-1252 it would read 'één'",
            "save it again with the encoding",
        ),
    ),
    Case("tr-utf16.yaml", TR, f"{TR}:1", ("is saved as UTF-16, not as UTF-8",)),
    Case("tr-utf16-no-bom.yaml", TR, f"{TR}:1", ("is saved as UTF-16",)),
    Case("tr-nul-byte.yaml", TR, f"{TR}:4:21", ("contains a NUL byte",)),
    Case(
        "tr-control-character.yaml",
        TR,
        f"{TR}:3:19",
        ("the control character U+001B", "Retype the words around it"),
    ),
    # --- files, folders, languages ---------------------------------------------------------------
    Case(
        "xx-unknown-language.yaml",
        "translations/xx.yaml",
        "translations/xx.yaml",
        ("'xx' is not a language code", "ISO 639"),
    ),
    Case(
        "pl-misnamed.yml",
        "translations/pl.yml",
        "translations/pl.yml",
        ("language files must end in '.yaml'", "Rename it to pl.yaml"),
    ),
    Case(
        "nl-missing-texts.yaml",
        NL,
        f"{NL}:5",
        ("missing: the guide needs this text",),
        "cover.qr_caption",
    ),
    Case(None, "content", "content/", ("folder not found", "holds content/ and translations/")),
    Case(None, "translations", "translations/", ("folder not found",)),
    Case(None, NL, NL, ("the source language file is missing",)),
    # --- Unicode that does not belong ------------------------------------------------------------
    Case(
        "tr-bidi-override.yaml",
        TR,
        f"{TR}:3",
        ("U+202E RIGHT-TO-LEFT OVERRIDE", "sets the reading direction itself"),
        "cover.title",
    ),
    Case(
        "tr-bidi-in-comment.yaml",
        TR,
        f"{TR}:1:3",
        ("direction control character U+202E RIGHT-TO-LEFT OVERRIDE outside a text",),
    ),
    Case(
        "tr-zero-width-space.yaml",
        TR,
        f"{TR}:4",
        ("U+200B ZERO WIDTH SPACE", 'after "Nereden yar"'),
        "cover.subtitle",
    ),
    Case(
        "tr-invisible-key.yaml",
        TR,
        f"{TR}:3:3",
        ("a key contains the invisible character U+200B ZERO WIDTH SPACE (after 'ti')",),
    ),
    Case("tr-nbsp-indent.yaml", TR, f"{TR}:4:1", ("indented with U+00A0 NO-BREAK SPACE",)),
    Case("tr-escaped-control.yaml", TR, f"{TR}:3", ("U+0007",), "cover.title"),
    Case("tr-lone-surrogate.yaml", TR, f"{TR}:3:10", ("lone surrogate",)),
    Case(
        "tr-emoji.yaml",
        TR,
        f"{TR}:3",
        ("cannot be printed", "U+1F600 GRINNING FACE", "empty boxes"),
        "cover.title",
    ),
    Case(
        "contacts-cjk-name.yaml",
        CONTACTS,
        f"{CONTACTS}:4",
        ("cannot be printed", "U+8B66"),
        "contacts.politie-geen-spoed.name",
    ),
    Case(
        "contacts-bidi-name.yaml",
        CONTACTS,
        f"{CONTACTS}:4",
        ("U+202E RIGHT-TO-LEFT OVERRIDE",),
        "contacts.politie-geen-spoed.name",
    ),
    Case(
        "contacts-zero-width-street.yaml",
        CONTACTS,
        f"{CONTACTS}:15",
        ("U+200B ZERO WIDTH SPACE",),
        "contacts.adviesraad-mo.address.street",
    ),
    # --- unsafe links ----------------------------------------------------------------------------
    Case(
        "contacts-javascript-website.yaml",
        CONTACTS,
        f"{CONTACTS}:8",
        ("'javascript:alert(1)' is not a web address starting with https://",),
        "contacts.politie-geen-spoed.website",
    ),
    Case(
        "contacts-data-website.yaml",
        CONTACTS,
        f"{CONTACTS}:8",
        ("'data:text/html,<script>alert(1)</script>' is not a web address",),
        "contacts.politie-geen-spoed.website",
    ),
    Case(
        "contacts-http-website.yaml",
        CONTACTS,
        f"{CONTACTS}:8",
        ("starts with http://", "https://"),
        "contacts.politie-geen-spoed.website",
    ),
    Case(
        "contacts-userinfo-website.yaml",
        CONTACTS,
        f"{CONTACTS}:8",
        ("has no valid domain name",),
        "contacts.politie-geen-spoed.website",
    ),
    Case(
        "contacts-mailto-injection.yaml",
        CONTACTS,
        f"{CONTACTS}:18",
        ("is not an e-mail address",),
        "contacts.adviesraad-mo.email",
    ),
    # --- translations.lock ---------------------------------------------------------------------
    Case(
        "lock-python-tag.yaml",
        "translations.lock",
        "translations.lock:3",
        ("python/object/apply:os.system' is not allowed", "git checkout translations.lock"),
    ),
    Case(
        "tr-merge-conflict.yaml",
        TR,
        f"{TR}:3",
        ("has a Git merge conflict", "delete the lines <<<<<<<"),
    ),
    Case(
        "lock-merge-conflict.yaml",
        "translations.lock",
        "translations.lock:2",
        ("has a Git merge conflict", "delete the lines <<<<<<<"),
    ),
    # --- issue 17: faults that were reported as the program's, terminal escapes, keys twice -------
    Case(
        "contacts-superscript-digit.yaml",
        CONTACTS,
        f"{CONTACTS}:6",
        ("'0900 884²' is not a phone number: only digits, spaces and '-' are allowed",),
    ),
    Case(
        "contacts-circled-digit.yaml",
        CONTACTS,
        f"{CONTACTS}:6",
        ("'0900 884⑨' is not a phone number",),
    ),
    Case(
        "contacts-huge-phone.yaml",
        CONTACTS,
        f"{CONTACTS}:6",
        ("'" + "9" * 39 + "…' is not a valid phone number",),
    ),
    Case(
        "contacts-verified-with-time.yaml",
        CONTACTS,
        f"{CONTACTS}:11",
        ("must be a date like 2026-11-24, without a time of day (not '2026-11-24 10:30:00')",),
        "contacts.politie-geen-spoed.verified",
    ),
    Case(
        "guide-edition-with-time.yaml",
        GUIDE,
        f"{GUIDE}:2",
        ("must be a date like 2026-11-24, without a time of day",),
        "edition",
    ),
    Case(
        "contacts-terminal-escape.yaml",
        CONTACTS,
        f"{CONTACTS}:8",
        ("'\\u001b[2J\\u001b[H\\u001b[32mAll checks passed. Ready to print.' contains",),
        "contacts.politie-geen-spoed.website",
    ),
    Case(
        "tr-dotted-key-beside-nested.yaml",
        TR,
        f"{TR}:6",
        ("this text is written twice: nested on line 3", "delete line 6"),
        "cover.title",
    ),
    Case(
        "guide-file-url.yaml",
        GUIDE,
        f"{GUIDE}:13",
        ("'file:///etc/passwd' is not a web address starting with https://",),
        "online_url.default",
    ),
]


def _place(case: Case, root: Path) -> None:
    target = root / case.target
    if case.file is None:
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    else:
        target.write_bytes((CORPUS / case.file).read_bytes())


def _assert_message(output: str, case: Case, command: str) -> None:
    assert "Traceback" not in output, f"{command}: {output}"
    assert "\x1b" not in output, f"{command}: a terminal escape reached the terminal"
    assert "unexpected problem" not in output, f"{command}: {output}"
    assert re.search(re.escape(case.where) + r"(?![\d/])", output), (
        f"{command}: no '{case.where}' in:\n{output}"
    )
    for part in case.says:
        assert part in output, f"{command}: no '{part}' in:\n{output}"
    if case.key:
        assert re.search(re.escape(case.where) + r"\S*  " + re.escape(case.key) + "  ", output), (
            f"{command}: the message at {case.where} does not name the key {case.key}:\n{output}"
        )


@pytest.mark.parametrize("case", CASES, ids=[c.file or f"no-{c.target}" for c in CASES])
def test_hostile_input(case: Case, built_project: Path, capsys):
    before = snapshot(built_project / "build")
    _place(case, built_project)

    status = main(["--root", str(built_project), "build", "-l", "nl"])
    out = capsys.readouterr()
    assert status == 1, out.out + out.err
    _assert_message(out.out + out.err, case, "build")

    status = main(["--root", str(built_project), "check"])
    out = capsys.readouterr()
    assert status == 1, out.out + out.err
    _assert_message(out.out + out.err, case, "check")

    assert snapshot(built_project / "build") == before
    assert not [p for p in built_project.iterdir() if p.name.startswith(".hulpwijzer-build-")]
    assert not (built_project / "PWNED").exists()  # nothing from a file was ever run


def test_the_corpus_has_40_files_and_every_one_is_asserted():
    files = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".yaml", ".yml"))
    assert len(files) >= 40
    assert files == sorted(c.file for c in CASES if c.file)


def test_a_file_far_too_large_is_refused(built_project, capsys):
    before = snapshot(built_project / "build")
    line = '  title: "' + "x" * 70 + '"\n'
    (built_project / TR).write_text("cover:\n" + line * (MAX_FILE_BYTES // len(line) + 1))
    assert main(["--root", str(built_project), "build", "-l", "nl"]) == 1
    err = capsys.readouterr().err
    assert f"{TR}  the file is larger than {MAX_FILE_BYTES:,} bytes" in err
    assert snapshot(built_project / "build") == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_in_place_of_a_file_is_refused_not_waited_for(built_project, capsys):
    (built_project / TR).unlink()
    os.mkfifo(built_project / TR)  # opening it would wait for a writer forever
    assert main(["--root", str(built_project), "check", "--no-layout"]) == 1
    assert f"{TR}  is not a plain file" in capsys.readouterr().out


def test_a_byte_order_mark_is_accepted_and_changes_nothing(built_project, capsys):
    """Windows editors write a UTF-8 byte-order mark: it is dropped silently."""
    before = snapshot(built_project / "build")
    nl = built_project / NL
    nl.write_bytes(b"\xef\xbb\xbf" + nl.read_bytes())
    assert main(["--root", str(built_project), "build", "-l", "nl", "--force"]) == 0
    assert "byte-order" not in capsys.readouterr().err
    after = snapshot(built_project / "build")
    # the PDFs are the same bytes; only the manifest's record of the input file changed
    pdfs = {path for path in before if str(path).endswith(".pdf")}
    assert pdfs and {p: after[p] for p in pdfs} == {p: before[p] for p in pdfs}


def test_a_translation_file_that_is_a_symlink_loop_is_an_input_error(built_project, capsys):
    before = snapshot(built_project / "build")
    (built_project / TR).unlink()
    (built_project / TR).symlink_to("tr.yaml")  # leads to itself
    for command in (["build", "-l", "nl"], ["check", "--no-layout"]):
        assert main(["--root", str(built_project), *command]) == 1
        out = capsys.readouterr()
        output = out.out + out.err
        assert f"{TR}  cannot be read (Too many levels of symbolic links)" in output
        assert "a symbolic link that leads to itself" in output and "Traceback" not in output
    assert snapshot(built_project / "build") == before


def test_no_control_character_of_a_file_reaches_the_terminal(built_project, capsys):
    """Whatever prints it (a message, a report, JSON), ESC and C1 codes arrive as codes."""
    contacts = built_project / CONTACTS
    text = contacts.read_text(encoding="utf-8")
    first = "    name: "
    at = text.index(first) + len(first)
    end = text.index("\n", at)
    contacts.write_text(text[:at] + '"Politie \\e[2J\\x9b31m"' + text[end:], encoding="utf-8")
    for command in (["check", "--no-layout"], ["check", "--no-layout", "--format", "json"]):
        main(["--root", str(built_project), *command])
        out = capsys.readouterr()
        assert "\x1b" not in out.out + out.err and "\x9b" not in out.out + out.err
        assert "U+001B" in out.out + out.err


def test_the_printing_of_messages_shows_control_characters_as_codes():
    from hulpwijzer.cli.common import SafeStream
    from hulpwijzer.model import Message

    message = Message("error", "f.yaml", 3, "k", "'\x1b[2J\nAll checks passed.' is wrong", "x")
    assert message.format() == (
        "f.yaml:3  k  '\\u001b[2J\\u000aAll checks passed.' is wrong\n    → x"
    )

    class Sink:
        text = ""

        def write(self, s):
            self.text += s

    sink = Sink()
    SafeStream(sink).write("a\x1b]0;title\x07\u202eb\n")
    assert sink.text == "a\\u001b]0;title\\u0007\\u202eb\n"
