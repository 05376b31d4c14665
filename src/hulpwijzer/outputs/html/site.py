"""The files of the whole site: where each language's page and PDFs go, and the language choice.

``site/index.html`` names every language in its own script and links to ``<code>/``; each
language's folder holds its page and copies of its PDFs, so the folder ``site/`` works on its
own (uploaded as it is, or opened from a USB stick).
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import languages
from ...compose.texts import Texts
from ...model import Guide

SITE = "site"
DATA = "data/hulpwijzer.json"


def pdf_name(language: str, variant: str) -> str:
    """The copy of a PDF beside a language's page: ``hulpwijzer-nl.pdf`` (screen) or
    ``hulpwijzer-nl-print.pdf``."""
    return f"hulpwijzer-{language}{'' if variant == 'screen' else '-' + variant}.pdf"


@dataclass(frozen=True)
class LanguageLink:
    """A link to another language's page, named in that language."""

    code: str
    lang: str  # for HTML's lang and hreflang
    name: str
    rtl: bool
    href: str

    @classmethod
    def of(cls, code: str, prefix: str = "") -> LanguageLink:
        from .templating import html_lang  # Jinja2: not for a build that reuses every file

        return cls(
            code,
            html_lang(code),
            languages.own_name(code),
            languages.is_rtl(code),
            f"{prefix}{code}/index.html",
        )


def language_links(codes: list[str], prefix: str = "") -> list[LanguageLink]:
    return [LanguageLink.of(code, prefix) for code in codes]


def index_page(guide: Guide, codes: list[str]) -> bytes:
    """``site/index.html``: the title and subtitle of each language's guide, linked, each in its
    own language and direction; the page itself is in the source language."""
    from .templating import html_lang, render

    source = guide.settings.source_language
    entries = []
    for code in codes:
        t = Texts(guide, code)
        entries.append((LanguageLink.of(code), t("cover.title"), t("cover.subtitle")))
    title = Texts(guide, source)("cover.title")
    return render(
        "index.html.j2",
        lang=html_lang(source),
        dir="rtl" if languages.is_rtl(source) else "ltr",
        title=title,
        entries=entries,
        data=DATA,
    )
