"""The Jinja2 environment of the web edition: templates from the package, always autoescaped."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined


@cache
def environment() -> Environment:
    """Templates from ``outputs/html/templates``; every ``{{ value }}`` is escaped."""
    return Environment(
        loader=PackageLoader("hulpwijzer.outputs.html", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def html_lang(code: str) -> str:
    """A language code as HTML's ``lang`` wants it (BCP 47): ``sr_Latn`` -> ``sr-Latn``."""
    return code.replace("_", "-")


def render(template: str, **values) -> bytes:
    return environment().get_template(template).render(**values).encode("utf-8")
