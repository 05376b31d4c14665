"""Write the hostile-input corpus (the files next to this script).

Each file is a broken variant of one input file; ``tests/load/test_hostile.py`` drops it in
place of its target in a copy of the sample and asserts the message. Most are written out below
as text; a few are bytes that no editor would show as they are (other encodings, NUL, control
characters). The files are committed; run this script only to change or add a case:

    python tests/hostile/make_corpus.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
# The sample's guide.yaml without its schema line, so that line numbers stay those of the tests.
GUIDE = (HERE.parent.parent / "content" / "guide.yaml").read_text(encoding="utf-8")
GUIDE = GUIDE[GUIDE.index("\n") + 1 :] if GUIDE.startswith("# yaml-language-server") else GUIDE

# A small Turkish file: line 3 is cover.title, line 4 cover.subtitle, line 5 cover.emergency.
TR = """\
# Turkish texts (a broken variant for the tests)
cover:
  title: "Heerlen Yardım Rehberi"
  subtitle: "Nereden yardım alabilirsiniz?"
  emergency: "Hayati tehlike mi var? 112'yi arayın."
"""

# Two contacts: line 4 is the name of politie-geen-spoed, line 8 its website, line 15 the street
# of adviesraad-mo, line 18 its e-mail.
CONTACTS = """\
# Contacts (a broken variant for the tests)
contacts:
  - id: politie-geen-spoed
    name: Politie
    phones:
      - number: "0900 8844"
        kind: voice
    website: https://www.politie.nl/
    sources:
      - {url: "https://www.politie.nl/", page_date: "no date shown", consulted: 2026-11-24}

  - id: adviesraad-mo
    name: Stichting Adviesraad MO Heerlen
    address:
      street: Kruisstraat 103
      postcode: 6411 BS
      city: Heerlen
    email: secretariaat@adviesraadmo.nl
    sources:
      - {document: seeds/adviesraad-mo.txt lines 32-36, page_date: 2026, consulted: 2026-11-24}
"""


# The sample's whole Turkish file under the same first lines: for faults in a text value, so
# that the language is complete and its fault is not hidden behind "missing" (the same lines).
_TR_SAMPLE = (HERE.parent.parent / "translations" / "tr.yaml").read_text(encoding="utf-8")
TR_FULL = TR.split("\n")[0] + "\n" + _TR_SAMPLE[_TR_SAMPLE.index("cover:") :]


def tr(line: int, new: str, base: str = TR) -> str:
    """TR (or ``base``) with ``line`` (1-based) replaced."""
    lines = base.split("\n")
    lines[line - 1] = new
    return "\n".join(lines)


def tr_full(line: int, new: str) -> str:
    return tr(line, new, TR_FULL)


def contacts(old: str, new: str) -> str:
    assert old in CONTACTS, old
    return CONTACTS.replace(old, new, 1)


def guide(old: str, new: str) -> str:
    assert old in GUIDE, old
    return GUIDE.replace(old, new, 1)


BILLION_LAUGHS = """\
# the "billion laughs" alias bomb: nine levels of ten aliases each
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
contacts: [*i]
"""

NL_LATIN1 = """\
# Dutch texts, saved by an old editor as Windows-1252
cover:
  title: "Hulpwijzer Heerlen"
  subtitle: "Waar vindt u hulp? Belangrijke telefoonnummers en adressen."
  emergency: "Levensgevaar? Bel 112. Geen paniek, één nummer."
"""

TEXT: dict[str, str] = {
    # --- malformed YAML ---------------------------------------------------------------------
    "tr-unquoted-colon.yaml": tr(3, "  title: Heerlen: Yardım Rehberi"),
    "tr-unclosed-quote.yaml": tr(3, '  title: "Heerlen Yardım Rehberi'),
    "tr-unclosed-quote-last-line.yaml": tr(
        5, "  emergency: \"Hayati tehlike mi var? 112'yi arayın."
    ),
    "tr-unclosed-single-quote.yaml": tr(3, "  title: 'Heerlen Yardım Rehberi").replace(
        '"Nereden yardım alabilirsiniz?"', "'Nereden yardım alabilirsiniz?'"
    ),
    "tr-quote-inside-text.yaml": tr(5, '  emergency: "Hayati tehlike mi var? "112" arayın."'),
    "tr-tab-indent.yaml": tr(4, '\tsubtitle: "Nereden yardım alabilirsiniz?"'),
    "tr-deeper-indent.yaml": tr(4, '   subtitle: "Nereden yardım alabilirsiniz?"'),
    "tr-curly-quotes.yaml": tr(3, "  title: “Heerlen: Yardım Rehberi”"),
    "tr-backslash.yaml": tr(3, '  title: "Heerlen\\Yardım Rehberi"'),
    "tr-two-documents.yaml": TR + '---\ncover:\n  title: "İkinci"\n',
    "tr-merge-conflict.yaml": tr(
        3,
        '<<<<<<< HEAD\n  title: "Heerlen Yardım Rehberi"\n=======\n'
        '  title: "Yardım"\n>>>>>>> weblate',
    ),
    "guide-unclosed-bracket.yaml": guide(
        "emergency: [alarm-112, politie-geen-spoed, veilig-thuis, zelfmoordpreventie-113, "
        "centrum-seksueel-geweld, kindertelefoon]",
        "emergency: [alarm-112, politie-geen-spoed, veilig-thuis, zelfmoordpreventie-113",
    ),
    # --- duplicate keys, anchors and aliases, tags ---------------------------------------------
    "tr-duplicate-key.yaml": TR + '  title: "Heerlen Rehberi"\n',
    "contacts-duplicate-key.yaml": contacts(
        "    website: https://www.politie.nl/\n",
        "    website: https://www.politie.nl/\n    website: https://www.example.nl/\n",
    ),
    "contacts-alias-bomb.yaml": BILLION_LAUGHS,
    "tr-alias.yaml": tr(4, "  subtitle: *title"),
    "guide-python-tag.yaml": guide(
        "edition: 2026-11-24",
        'edition: !!python/object/apply:os.system ["touch PWNED"]',
    ),
    "contacts-python-name-tag.yaml": contacts(
        "    name: Politie", "    name: !!python/name:os.system"
    ),
    "tr-custom-tag.yaml": tr(3, '  title: !secret "Heerlen Yardım Rehberi"'),
    "contacts-binary-tag.yaml": contacts("    name: Politie", "    name: !!binary UG9saXRpZQ=="),
    # --- wrong shapes ---------------------------------------------------------------------------
    "tr-list-at-top.yaml": '- title: "Heerlen Yardım Rehberi"\n- subtitle: "Nereden?"\n',
    "tr-text-only.yaml": "Heerlen Yardım Rehberi\n",
    "tr-number-for-text.yaml": tr_full(3, "  title: 2026"),
    "tr-list-for-text.yaml": tr_full(4, "  subtitle: [Nereden, yardım]"),
    "contacts-list-for-mapping.yaml": contacts(
        "    address:\n      street: Kruisstraat 103\n"
        "      postcode: 6411 BS\n      city: Heerlen\n",
        "    address: [Kruisstraat 103, 6411 BS, Heerlen]\n",
    ),
    "contacts-list-at-top.yaml": "- id: politie-geen-spoed\n  name: Politie\n",
    "guide-text-for-list.yaml": guide("sections:\n", "sections: money\nold_sections:\n"),
    "tr-empty.yaml": "",
    "tr-only-comments.yaml": "# nog te vertalen\n# (to be translated)\n",
    "guide-empty.yaml": "\n",
    "tr-long-text.yaml": tr_full(4, '  subtitle: "' + "Nereden yardım alabilirsiniz? " * 200 + '"'),
    "tr-deep-nesting.yaml": TR + "extra: " + "[" * 60 + "]" * 60 + "\n",
    "guide-impossible-date.yaml": guide("edition: 2026-11-24", "edition: 2026-02-30"),
    "tr-unreadable-number.yaml": tr(3, "  title: 0x_"),
    "tr-huge-number.yaml": tr(3, "  title: " + "9" * 5000),
    "guide-unknown-contact.yaml": guide(
        "contacts: [sociaal-buurtteam, ido-bibliotheek, humanitas]",
        "contacts: [sociaal-buurtteamm, ido-bibliotheek, humanitas]",
    ),
    "nl-missing-texts.yaml": NL_LATIN1.replace(
        "saved by an old editor as Windows-1252", "most texts are missing"
    ),
    "guide-months-out-of-range.yaml": guide(
        "max_verified_age_months: 12", "max_verified_age_months: 100000"
    ),
    # --- files and languages --------------------------------------------------------------------
    "xx-unknown-language.yaml": TR,
    "pl-misnamed.yml": TR,
    # --- Unicode that does not belong -----------------------------------------------------------
    "tr-bidi-override.yaml": tr_full(3, '  title: "Heerlen \u202eYardım Rehberi"'),
    "tr-bidi-in-comment.yaml": "# \u202e }; to be translated \u2066\n" + TR,
    "tr-zero-width-space.yaml": tr_full(4, '  subtitle: "Nereden yar\u200bdım alabilirsiniz?"'),
    "tr-invisible-key.yaml": tr(3, '  ti\u200btle: "Heerlen Yardım Rehberi"'),
    "tr-nbsp-indent.yaml": tr(4, '\u00a0 subtitle: "Nereden yardım alabilirsiniz?"'),
    "tr-escaped-control.yaml": tr_full(3, '  title: "Heerlen\\aYardım Rehberi"'),
    "tr-lone-surrogate.yaml": tr_full(3, '  title: "Heerlen \\ud800 Rehberi"'),
    "tr-emoji.yaml": tr_full(3, '  title: "Heerlen Yardım Rehberi 😀"'),
    "contacts-cjk-name.yaml": contacts("    name: Politie", "    name: Politie 警察"),
    "contacts-bidi-name.yaml": contacts("    name: Politie", '    name: "Poli\u202eeitlop"'),
    "contacts-zero-width-street.yaml": contacts(
        "      street: Kruisstraat 103", "      street: Kruis\u200bstraat 103"
    ),
    # --- unsafe links ---------------------------------------------------------------------------
    "contacts-javascript-website.yaml": contacts(
        "    website: https://www.politie.nl/", '    website: "javascript:alert(1)"'
    ),
    "contacts-data-website.yaml": contacts(
        "    website: https://www.politie.nl/",
        '    website: "data:text/html,<script>alert(1)</script>"',
    ),
    "contacts-http-website.yaml": contacts(
        "    website: https://www.politie.nl/", "    website: http://www.politie.nl/"
    ),
    "contacts-userinfo-website.yaml": contacts(
        "    website: https://www.politie.nl/", "    website: https://www.politie.nl@evil.example/"
    ),
    "contacts-mailto-injection.yaml": contacts(
        "    email: secretariaat@adviesraadmo.nl",
        '    email: "secretariaat@adviesraadmo.nl?bcc=all@example.org"',
    ),
    # --- translations.lock (written by 'confirm', but it may be edited or merged badly) --------
    "lock-python-tag.yaml": (
        "languages:\n  tr:\n"
        '    cover.title: !!python/object/apply:os.system ["touch PWNED"]\nsources: {}\n'
    ),
    "lock-merge-conflict.yaml": (
        "languages:\n<<<<<<< HEAD\n  tr:\n    cover.title: 1a2b3c4d\n=======\n  tr:\n"
        "    cover.title: 5e6f7a8b\n>>>>>>> translators\nsources: {}\n"
    ),
    # --- issue 17: values that were program faults, terminal escapes, keys twice ------------
    "contacts-superscript-digit.yaml": contacts('"0900 8844"', '"0900 884²"'),
    "contacts-circled-digit.yaml": contacts('"0900 8844"', '"0900 884⑨"'),
    "contacts-huge-phone.yaml": contacts('"0900 8844"', '"' + "9" * 4000 + '"'),
    "contacts-verified-with-time.yaml": contacts(
        '"no date shown", consulted: 2026-11-24}\n',
        '"no date shown", consulted: 2026-11-24}\n'
        "    verified: 2026-11-24 10:30:00\n    verified_by: A. Jansen\n",
    ),
    "contacts-terminal-escape.yaml": contacts(
        "    website: https://www.politie.nl/",
        '    website: "\\e[2J\\e[H\\e[32mAll checks passed. Ready to print."',
    ),
    "tr-dotted-key-beside-nested.yaml": TR + '"cover.title": "Başka başlık"\n',
    "guide-edition-with-time.yaml": guide("edition: 2026-11-24", "edition: 2026-11-24 10:30:00"),
    "guide-file-url.yaml": guide(
        "default: https://www.heerlen.nl/hulpwijzer/",
        "default: file:///etc/passwd",
    ),
}

BYTES: dict[str, bytes] = {
    "nl-latin1.yaml": NL_LATIN1.encode("cp1252"),
    "tr-utf16.yaml": TR.encode("utf-16"),  # with its byte-order mark
    "tr-utf16-no-bom.yaml": TR.encode("utf-16-le"),
    "tr-nul-byte.yaml": tr(4, '  subtitle: "Nereden\x00 yardım"').encode("utf-8"),
    "tr-control-character.yaml": tr_full(3, '  title: "Heerlen \x1b[31mYardım"').encode("utf-8"),
}


def main() -> None:
    for name in list(HERE.glob("*.yaml")) + list(HERE.glob("*.yml")):
        name.unlink()
    for name, text in TEXT.items():
        (HERE / name).write_bytes(text.encode("utf-8"))
    for name, data in BYTES.items():
        (HERE / name).write_bytes(data)
    print(f"{len(TEXT) + len(BYTES)} files in {HERE}")


if __name__ == "__main__":
    main()
