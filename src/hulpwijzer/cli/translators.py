"""The translators' commands of ``hulpwijzer``: status, add-language, review, export-xliff,
import-xliff, preview and schemas. :func:`add_commands` adds them to the main parser."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .common import load as _load
from .common import print_messages


def add_commands(commands) -> None:
    """Add the translators' commands to the subparsers ``commands``."""
    status = commands.add_parser(
        "status",
        help="per language: translated, missing, outdated and reviewed texts",
        description="Show how far every language is: translated / total texts, missing, "
        "outdated (the Dutch changed) and reviewed by a native speaker, with a bar per "
        "language. With a LANGUAGE: the list of what is left to do. With --key: one text "
        "in every language, with its note and the room the layout leaves for it.",
    )
    status.add_argument("language", nargs="?", help="only this language, with its to-do list")
    status.add_argument("--key", help="one text, e.g. cover.title")
    status.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    status.set_defaults(run=_status)

    add = commands.add_parser(
        "add-language",
        help="start a new language: translations/<code>.yaml with every Dutch key",
        description="Create translations/CODE.yaml with every key of the Dutch file in the "
        "same order, each with an empty text, the Dutch text beside it and a note above it. "
        "CODE is checked against CLDR (Babel): e.g. uk, pl, ti, so, pt_BR.",
    )
    add.add_argument("code", help="language code, e.g. uk")
    add.set_defaults(run=_add_language)

    review = commands.add_parser(
        "review",
        help="record that a native speaker reviewed a language's texts",
        description="Record in translations.review that NAME, a native speaker, reviewed the "
        "current texts of LANGUAGE (all translated and confirmed texts, or only the KEYs "
        "given). A text that changes later counts as not reviewed until reviewed again.",
    )
    review.add_argument("language", help="language code, e.g. tr")
    review.add_argument("keys", nargs="*", metavar="KEY", help="e.g. sections.money.intro")
    review.add_argument("--by", required=True, metavar="NAME", help="who reviewed the texts")
    review.set_defaults(run=_review)

    export = commands.add_parser(
        "export-xliff",
        help="write an XLIFF 1.2 file of a language for a translation agency or Weblate",
        description="Write LANGUAGE as XLIFF 1.2: the Dutch source, the translation, the note "
        "and room of every text, and its state (missing, outdated, translated, reviewed).",
    )
    export.add_argument("language", help="language code, e.g. uk")
    export.add_argument(
        "--out", type=Path, default=None, help="file to write (default: xliff/<code>.xlf)"
    )
    export.set_defaults(run=_export_xliff)

    imp = commands.add_parser(
        "import-xliff",
        help="read a translated XLIFF 1.2 file back into translations/<code>.yaml",
        description="Read the targets of an XLIFF 1.2 file into translations/<code>.yaml, "
        "changing only the texts that differ. The whole import is refused when a text would "
        "change a number, web address, e-mail address or {placeholder} of the Dutch text.",
    )
    imp.add_argument("file", type=Path, help="the .xlf file")
    imp.add_argument(
        "--by",
        metavar="NAME",
        default=None,
        help="reviewer to record for units marked approved (default: the agency's file name)",
    )
    imp.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    imp.set_defaults(run=_import_xliff)

    preview = commands.add_parser(
        "preview",
        help="render a language's pages to PNG pictures in preview/<code>/",
        description="Render the pages of LANGUAGE to preview/<code>/page-NN.png, so that a "
        "translator sees the texts in place without a PDF viewer. A language with missing "
        "texts is rendered as a marked draft (the missing texts in Dutch). With --watch: keep "
        "running and render the pages again each time a file in content/ or translations/ is "
        "saved; open preview/<code>/index.html in a browser to see them change.",
    )
    preview.add_argument("language", help="language code, e.g. uk")
    preview.add_argument(
        "--watch",
        action="store_true",
        help="render again at every save, until Ctrl-C (see preview/<code>/index.html)",
    )
    preview.add_argument("--dpi", type=int, default=100, help="resolution (default: 100)")
    preview.add_argument("--out", type=Path, default=None, help="folder (default: preview/<code>/)")
    preview.set_defaults(run=_preview)

    schemas = commands.add_parser(
        "schemas",
        help="write schemas/translation.schema.json from the Dutch keys",
        description="Generate the JSON Schema of the translation files from the keys of the "
        "Dutch file and the contacts, with the notes as descriptions, so that editors "
        "(VS Code with the YAML extension) show mistakes while typing. --check: only say "
        "whether the shipped schema is up to date (exit status 1 if not).",
    )
    schemas.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    schemas.set_defaults(run=_schemas)


def _unicode_ok() -> bool:
    try:
        "█▒░".encode(sys.stdout.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _notes(guide):
    from ..load.states import Notes, read_notes
    from ..model import InputError

    try:
        return read_notes(guide.root), []
    except InputError as exc:
        return Notes({}, {}), exc.messages


def _status(args) -> int:
    from ..load.states import read_states
    from ..translators.notes import unused_notes
    from ..translators.schemas import schema_is_current
    from ..translators.status import all_status

    guide = _load(args)
    if guide is None:
        return 1
    notes, problems = _notes(guide)
    problems += unused_notes(notes, list(guide.source.texts))
    if args.language and args.language not in guide.translations:
        print(_no_language(guide, args.language), file=sys.stderr)
        return 2
    states = read_states(guide.root)
    statuses = all_status(guide, states)
    problems = states.problems + problems
    if not schema_is_current(guide):
        problems.append(_stale_schema_message())
    if args.key:
        return _status_of_key(args, guide, notes, statuses)
    if args.language:
        statuses = [s for s in statuses if s.language == args.language]
    _print_status(args, guide, notes, statuses, problems)
    return 0


def _status_of_key(args, guide, notes, statuses) -> int:
    """``status --key KEY``: one text in every language (or the Dutch and ``args.language``)."""
    from ..translators.status import format_key, key_json

    if not any(k.key == args.key for s in statuses for k in s.keys):
        print(_no_key(guide, args.key), file=sys.stderr)
        return 2
    if args.language:  # the Dutch text and this language
        keep = (guide.settings.source_language, args.language)
        statuses = [s for s in statuses if s.language in keep]
    if args.format == "json":
        data = key_json(args.key, guide, notes, statuses)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(format_key(args.key, guide, notes, statuses))
    return 0


def _print_status(args, guide, notes, statuses, problems) -> None:
    """The table of every language, or the to-do list of one, or either as JSON."""
    from ..translators.status import format_language, format_status, status_json

    if args.format == "json":
        data = status_json(statuses, problems, guide, notes)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif args.language:
        print(format_language(statuses[0], guide, notes))
        for m in problems:
            print(f"{m.level}: {m.format()}")
    else:
        print(format_status(statuses, problems, _unicode_ok()))


def _stale_schema_message():
    from ..model import Message

    return Message(
        "warning",
        "schemas/translation.schema.json",
        0,
        "",
        "is older than the Dutch file and the notes, so editors such as VS Code underline "
        "or explain keys wrongly (the guide itself is not affected)",
        "Run 'hulpwijzer schemas' to bring it up to date, and pass the updated file on with the "
        "translations, as you pass on nl.yaml.",
    )


def _no_language(guide, code: str) -> str:
    return f"error: no translations/{code}.yaml; languages: " + ", ".join(guide.languages)


def _no_key(guide, key: str) -> str:
    import difflib

    close = difflib.get_close_matches(key, list(guide.source.texts), n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    return f"error: the Dutch file has no key '{key}'.{hint}"


def _add_language(args) -> int:
    from .. import languages
    from ..publish import files
    from ..translators.scaffold import LanguageCodeError, parse_code, scaffold
    from ..translators.status import font_note

    guide = _load(args)
    if guide is None:
        return 1
    try:
        code = parse_code(args.code)
    except LanguageCodeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if code == guide.settings.source_language:
        print(f"error: {code} is the source language of the guide", file=sys.stderr)
        return 2
    path = guide.root / "translations" / f"{code}.yaml"
    if path.exists():
        print(
            f"error: translations/{code}.yaml exists already; see: hulpwijzer status {code}",
            file=sys.stderr,
        )
        return 2
    notes, problems = _notes(guide)
    for m in problems:
        print(f"{m.level}: {m.format()}  (the new file gets no notes)", file=sys.stderr)
    body = scaffold(guide, code, notes)
    files.create_text(path, body)
    texts = len(guide.source.texts)
    direction = "right to left" if languages.is_rtl(code) else "left to right"
    print(
        f"Created translations/{code}.yaml: {texts} texts to translate into "
        f"{languages.own_name(code)} ({languages.english_name(code)}), written {direction}.\n"
        "\nNext:\n"
        f"  1. Translate: write each text between the quotes in translations/{code}.yaml;\n"
        f"     the Dutch text is beside each key. (Or use Weblate, or send the file of\n"
        f"     'hulpwijzer export-xliff {code}' to a translation agency.)\n"
        "  2. hulpwijzer check                 finds mistakes (an empty text is an error)\n"
        f"  3. hulpwijzer status {code:<14} what is left to do\n"
        f"  4. hulpwijzer preview {code:<13} the pages as pictures in preview/{code}/\n"
        f"  5. hulpwijzer confirm {code:<13} when done: record which Dutch text was translated\n"
        f'  6. hulpwijzer review {code} --by "Name"   a native speaker records the review'
    )
    missing = languages.uncovered(code)
    if missing:  # said at once: no build will print it until a programmer adds a font
        print("\nwarning: " + font_note(code, set(missing)))
    else:
        print(
            f"Until every text is filled in, 'hulpwijzer build' skips {code}; a marked draft:\n"
            f"  hulpwijzer build --draft {code}"
        )
    return 0


def _review(args) -> int:
    from ..load.states import read_states
    from ..translators.review import mark, reviewable, write_reviews

    guide = _load(args)
    if guide is None:
        return 1
    code = args.language
    if code == guide.settings.source_language:
        print(f"error: {code} is the source language; it is not reviewed", file=sys.stderr)
        return 2
    if code not in guide.translations:
        print(_no_language(guide, code), file=sys.stderr)
        return 2
    name = " ".join(args.by.split())
    if not name:
        print("error: --by needs the reviewer's name", file=sys.stderr)
        return 2
    states = read_states(guide.root)
    reviews = states.reviews
    if states.problems:  # a damaged review file would lose its entries; a damaged lock would
        print_messages(states.problems)  # let outdated texts be recorded as reviewed
        print("Nothing was recorded.", file=sys.stderr)
        return 1
    chosen, refused, skipped = reviewable(guide, code, args.keys, states.lock)
    if refused:
        for line in refused:
            print(f"error: {line}", file=sys.stderr)
        print("Nothing was recorded.", file=sys.stderr)
        return 1
    new = mark(reviews, code, chosen, name)
    write_reviews(reviews)
    print(
        f"{code}: {len(chosen)} text(s) recorded as reviewed by {name} "
        f"({len(new)} new or changed) in translations.review."
    )
    if skipped:
        print(f"Not recorded: {len(skipped)} text(s) that are outdated or not confirmed:")
        for line in skipped[:20]:
            print(f"  {line.split(':')[0]}")
        print(f"  Update them, run 'hulpwijzer confirm {code}', then review them.")
    return 0


def _export_xliff(args) -> int:
    from ..translators.xliff import export_xliff

    guide = _load(args)
    if guide is None:
        return 1
    code = args.language
    if code not in guide.translations or code == guide.settings.source_language:
        print(_no_language(guide, code), file=sys.stderr)
        return 2
    notes, problems = _notes(guide)
    for m in problems:
        print(f"{m.level}: {m.format()}  (exported without notes)", file=sys.stderr)
    out = args.out or guide.root / "xliff" / f"{code}.xlf"
    summary = export_xliff(guide, code, notes, out)
    print(f"Wrote {out}: {summary}.")
    print(f"When it comes back translated: hulpwijzer import-xliff {out}")
    return 0


def _import_xliff(args) -> int:
    from ..translators.xliff_import import XliffError, import_xliff

    guide = _load(args)
    if guide is None:
        return 1
    try:
        result = import_xliff(guide, args.file, reviewer=args.by, dry_run=args.dry_run)
    except XliffError as exc:
        for line in exc.problems:
            print(f"error: {line}", file=sys.stderr)
        print(
            f"\nNothing was imported from {args.file}: {len(exc.problems)} problem(s).",
            file=sys.stderr,
        )
        return 1
    print(result.report(args.dry_run))
    return 0


def _preview(args) -> int:
    from ..translators.preview import preview

    guide = _load(args)
    if guide is None:
        return 1
    if args.language not in guide.translations:
        print(_no_language(guide, args.language), file=sys.stderr)
        return 2
    if not 36 <= args.dpi <= 600:
        print("error: --dpi must be between 36 and 600", file=sys.stderr)
        return 2
    out = args.out or guide.root / "preview" / args.language
    if args.watch:
        return _watch(guide.root, args.language, out, args.dpi)
    result = preview(guide, args.language, out, dpi=args.dpi)
    kind = "a marked draft (missing texts in Dutch)" if result.draft else "as it will be printed"
    print(f"Wrote {len(result.files)} pages of {args.language}, {kind}, to {out}/:")
    for path in result.files:
        print(f"  {path.name}")
    return 0


def _watch(root, language, out, dpi) -> int:
    from ..translators.watch import Watcher

    print(
        f"Watching content/ and translations/ for {language}: open {out}/index.html in a "
        "browser. Stop with Ctrl-C.",
        flush=True,
    )
    try:
        Watcher(root, language, out, dpi).run(report=_say_round)
    except KeyboardInterrupt:
        print("\nStopped watching.")
    return 0


def _say_round(found) -> None:
    """One round of ``preview --watch`` in a few lines."""
    if found.failed:
        print(f"\n[{found.number}] cannot read the files; the pages stay as they were:")
    else:
        kind = "; a draft (missing texts in Dutch)" if found.draft else ""
        changed = ", ".join(found.changed) or "none"
        took = f"{len(found.pages)} pages in {found.seconds:.2f} s{kind}"
        print(f"\n[{found.number}] {took}; changed: {changed}")
    print_messages(found.messages)
    sys.stderr.flush()
    sys.stdout.flush()


def _schemas(args) -> int:
    from ..translators.schemas import (
        TRANSLATION_SCHEMA,
        schema_is_current,
        write_translation_schema,
    )

    guide = _load(args)
    if guide is None:
        return 1
    if args.check:
        if schema_is_current(guide):
            print(f"{TRANSLATION_SCHEMA} is up to date.")
            return 0
        print(f"{TRANSLATION_SCHEMA} is out of date: run 'hulpwijzer schemas'.")
        return 1
    changed = write_translation_schema(guide)
    print(f"{TRANSLATION_SCHEMA} " + ("written." if changed else "was up to date."))
    return 0
