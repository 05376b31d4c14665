"""``hulpwijzer new-contact``: the staff's command to start a contact in contacts.yaml,
guide.yaml and nl.yaml, and what every other language then needs."""

from __future__ import annotations

import sys

from .common import print_messages


def add_commands(commands) -> None:
    """Add ``new-contact`` to the subparsers ``commands``."""
    new = commands.add_parser(
        "new-contact",
        help="start a contact: its entry in contacts.yaml, a section, its Dutch text",
        description="Add a contact: an entry in content/contacts.yaml with its fields as "
        "comments to fill in (and an empty 'sources:' and an 'unverified' note, because "
        "nothing is confirmed yet), its ID in the contacts of the SECTION(s) in "
        "content/guide.yaml, and an empty Dutch text contacts.ID.about in "
        "translations/nl.yaml after the contact before it. Says what each other language "
        "then needs. Nothing else in the files changes.",
    )
    new.add_argument("id", help="lowercase letters, digits and '-', e.g. wijkagent")
    new.add_argument("--name", required=True, help="the name as the organisation writes it")
    new.add_argument(
        "--section",
        action="append",
        required=True,
        metavar="SECTION",
        help="a section of content/guide.yaml, e.g. emergency (repeat for more than one)",
    )
    new.set_defaults(run=_new_contact)


def _new_contact(args) -> int:
    import datetime as dt

    from ..load import load_guide
    from ..model import InputError
    from ..translators.newcontact import NewContactError, plan, write

    try:
        guide = load_guide(args.root)
    except InputError as exc:  # e.g. the last new contact still has no source
        print_messages(exc.messages)
        print(
            f"\nCorrect these first; nothing was added ({len(exc.messages)} problem(s)).",
            file=sys.stderr,
        )
        return 1
    try:
        new = plan(guide, args.id, args.name, args.section, dt.date.today())
    except NewContactError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write(new)
    print(report(new))
    return 0


def report(new) -> str:
    """What was added where, and what is left to do, in order."""
    contacts, guide_file = "content/contacts.yaml", "content/guide.yaml"
    nl_file = next(f for f in new.lines if f.startswith("translations/"))
    key = f"contacts.{new.id}.about"
    after = f", after '{new.after}'" if new.after else ""
    sections = ", ".join(f"'{s}'" for s in new.sections)
    lines = [
        f"Added '{new.id}' ({new.name}):",
        f"  {contacts}:{new.lines[contacts]}  the entry, its fields as comments to fill in",
        f"  {guide_file}:{new.lines[guide_file]}  in the contacts of section {sections}",
        f'  {nl_file}:{new.lines[nl_file]}  {key}: ""{after}',
        "",
        "Now:",
        f"  1. {contacts} line {new.lines[contacts]}: fill in what residents need (phone, "
        "address, hours, website, e-mail)",
        "     and at least one source for it; until a source is there, check and build stop "
        "at 'lists no source'.",
        "     Never invent a number. Keep 'unverified' until a person has confirmed it with "
        "the organisation.",
        f"  2. {nl_file} line {new.lines[nl_file]}: write what they help with in one or two "
        "easy Dutch sentences (B1).",
        f"     It goes on the card, and the print order is that of the section(s) in {guide_file}.",
    ]
    if new.others:
        lines.append(f"  3. Every other language now needs {key}:")
        for code, file, has_after in new.others:
            where = (
                f"nested under 'contacts:', after '{new.after}'"
                if has_after
                else "nested under 'contacts:'"
            )
            lines.append(f"       {code:6} {file}  ({where})")
        lines += [
            "     Until they are translated, 'hulpwijzer build' stops, because a language of the "
            "last build",
            "     would lose a text (README, 'Adding a contact'). Meanwhile 'hulpwijzer build -l "
            "nl' gives a Dutch",
            "     proof and keeps the other languages' last files; translators see the new "
            "text in 'hulpwijzer status <code>'.",
        ]
    lines.append(
        f"  {4 if new.others else 3}. If it belongs on the emergency list or a step of the "
        f"'where do I start?' page, add '{new.id}' there in {guide_file} yourself."
    )
    lines.append(f"  {5 if new.others else 4}. hulpwijzer check")
    return "\n".join(lines)
