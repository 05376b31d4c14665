"""The translators' commands of ``hulpwijzer``: schemas. :func:`add_commands` adds them to the
main parser."""

from __future__ import annotations


def add_commands(commands) -> None:
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


def _load(args):
    from .cli import _load

    return _load(args)


def _notes(guide):
    from .notes import Notes, NotesError, read_notes

    try:
        return read_notes(guide.root), []
    except NotesError as exc:
        return Notes({}, {}), exc.messages


def _no_language(guide, code: str) -> str:
    return f"error: no translations/{code}.yaml; languages: " + ", ".join(guide.languages)


def _no_key(guide, key: str) -> str:
    import difflib

    close = difflib.get_close_matches(key, list(guide.source.texts), n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    return f"error: the Dutch file has no key '{key}'.{hint}"


def _schemas(args) -> int:
    from .schemas import TRANSLATION_SCHEMA, schema_is_current, write_translation_schema

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
