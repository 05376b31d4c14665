"""The Jinja2 environment of the web edition: templates from the package, always autoescaped."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape


@cache
def environment() -> Environment:
    """Templates from ``outputs/html/templates``; every ``{{ value }}`` is escaped."""
    env = Environment(
        loader=PackageLoader("hulpwijzer.outputs.html", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["prose"] = prose
    return env


def prose(text: str) -> Markup:
    """A running text, escaped, with every phone number, number, web and e-mail address in it
    as a left-to-right isolate that never breaks across lines (as on paper: "14 045" inside an
    Arabic sentence stays whole and reads left to right)."""
    from ...typeset.spans import protected_spans  # the PDFs' definition; loads the typesetter

    out, done = [], 0
    for start, end in protected_spans(text):
        out += [escape(text[done:start]), Markup('<bdi dir="ltr" class="nb">')]
        out += [escape(text[start:end]), Markup("</bdi>")]
        done = end
    out.append(escape(text[done:]))
    return Markup("").join(out)


def html_lang(code: str) -> str:
    """A language code as HTML's ``lang`` wants it (BCP 47): ``sr_Latn`` -> ``sr-Latn``."""
    return code.replace("_", "-")


def render(template: str, **values) -> bytes:
    return environment().get_template(template).render(**values).encode("utf-8")
