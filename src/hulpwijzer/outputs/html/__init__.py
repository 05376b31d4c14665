"""The web edition: one accessible page per language, the language choice and the open data.

:mod:`.render` draws a language's :class:`~hulpwijzer.compose.blocks.Booklet` (the same
composition as the PDFs, so the page cannot say something the paper does not) through the Jinja2
templates in ``templates/`` (autoescaped); :mod:`.site` makes the files of the whole site (the
language choice), :mod:`.opendata` the contacts as Open Referral HSDS 3.0 JSON. Nothing here
loads from another host: no scripts, no remote fonts, relative links only.
"""
