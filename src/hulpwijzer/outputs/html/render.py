"""Render one language's web page from its composed booklet: ``site/<code>/index.html``."""

from __future__ import annotations

from markupsafe import Markup

from ... import pictograms
from ...compose.booklet import compose_booklet
from ...compose.texts import Texts
from ...model import Guide
from ...texts import complete_languages
from .. import Rendered
from .site import LanguageLink, language_links, pdf_name
from .templating import html_lang, render

TEMPLATE = "page.html.j2"


def pictogram(name: str) -> Markup:
    """A section's pictogram as inline SVG in the text's colour, hidden from screen readers
    (the heading beside it says the same)."""
    view_box, path = pictograms.svg_path(name)
    return Markup(
        '<svg class="icon" aria-hidden="true" focusable="false" viewBox="{}"><path d="{}"/></svg>'
    ).format(view_box, path)


def render_variants(
    guide: Guide,
    language: str,
    names: tuple[str, ...] = ("web",),
    draft: bool = False,
    notice: tuple[str, ...] = (),
) -> dict[str, Rendered]:
    """The page of ``language`` for each of ``names`` (there is one: ``web``)."""
    booklet = compose_booklet(guide, Texts(guide, language, fallback=draft, notice=tuple(notice)))
    links = language_links(complete_languages(guide), prefix="../")
    page = render(
        TEMPLATE,
        b=booklet,
        lang=html_lang(language),
        dir="rtl" if booklet.rtl else "ltr",
        alternates=links,
        others=[link for link in links if link.code != language],
        self_link=LanguageLink.of(language, "../"),
        screen_pdf=pdf_name(language, "screen"),
        print_pdf=pdf_name(language, "print"),
        large_print_pdf=pdf_name(language, "large-print"),
        pictogram=pictogram,
    )
    return {name: Rendered(page, 1) for name in names}
