"""The sources of a contact's facts and a person's confirmation of them, in content/contacts.yaml.

Every fact names its sources: a web page (``url``) or a document, the date the page shows
(``page_date``, or "no date shown") and the day someone read it (``consulted``). ``verified``
with ``verified_by`` is something else: a person confirmed the facts with the organisation or
its own current site. Reading a page is not that, so a date without a name is refused.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import NO_DATE_SHOWN, FactSource
from .fields import FieldReader, describe
from .reader import KeyPath

SOURCE_FIELDS = {"url", "document", "page_date", "consulted", "says"}
PAGE_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
PAGE_YEAR = re.compile(r"^(\d{4})$")

SOURCE_HINT = (
    "Add 'sources:' with one '- url: https://…' (or '- document: …') per source, each with "
    "'page_date:' and 'consulted:'; see docs/content-format.md."
)


def parse_verified(r: FieldReader, data: dict, path: KeyPath) -> tuple[dt.date | None, str | None]:
    """A person's confirmation: the date and who, both or neither."""
    verified = r.date(data, path, "verified")
    verified_by = r.get(data, path, "verified_by", str)
    if verified_by is not None and not verified_by.strip():
        verified_by = None
    if verified is not None and verified_by is None:
        r.problem(
            path + ("verified",),
            "'verified' needs 'verified_by': the person who confirmed the facts",
            "'verified' means a person confirmed the facts with the organisation or its own "
            "current site: add 'verified_by: <name>'. If nobody did, delete 'verified' (the "
            "sources' 'consulted' dates say when they were read).",
        )
        verified = None
    elif verified_by is not None and "verified" not in data:
        r.problem(
            path + ("verified_by",),
            "'verified_by' needs 'verified': the date the person confirmed the facts",
            "Add 'verified: YYYY-MM-DD' (the day of the confirmation).",
        )
        verified_by = None
    return verified, verified_by


def parse_source(r: FieldReader, item: object, path: KeyPath) -> FactSource | None:
    """One source: url or document, page_date, consulted, says."""
    if not isinstance(item, dict):
        r.problem(
            path,
            f"a source must be a mapping with 'url', 'page_date' and 'consulted', not "
            f"{describe(item)}",
            "Write it as '- url: https://…' with the lines 'page_date: …' and 'consulted: …' "
            "below it, indented.",
        )
        return None
    r.unknown_keys(item, path, SOURCE_FIELDS)
    url = r.get(item, path, "url", str)
    document = r.get(item, path, "document", str)
    if (url is None) == (document is None):
        r.problem(
            path,
            "a source needs either 'url' (a web page) or 'document' (a report or file), "
            + ("not both" if url else "and has neither"),
            "Use 'url:' for a web page, 'document:' for a file or report (with the lines).",
        )
    page_date, page_text = _page_date(r, item, path)
    consulted = r.date(item, path, "consulted", "a date (the day you read it),")
    if "consulted" not in item:
        r.problem(
            path,
            "'consulted' is missing: the day the source was read",
            "Add 'consulted: YYYY-MM-DD'.",
        )
    says = r.get(item, path, "says", str, default="")
    if consulted is None or page_text is None or (url is None) == (document is None):
        return None
    return FactSource(url, document, page_date, page_text, consulted, says, r.where(path))


def _page_date(r: FieldReader, item: dict, path: KeyPath) -> tuple[dt.date | None, str | None]:
    """(last day the shown date can mean, the date as written); (None, None) if wrong."""
    value = item.get("page_date")
    hint = (
        "Write the date the page shows: 2021-02-11, 2019-09 (a month) or 2019 (a year); if the "
        "page shows none: page_date: \"no date shown\" (a date you deduce goes in 'says')."
    )
    if value is None:
        r.problem(path, "'page_date' is missing: the date the page shows", hint)
        return None, None
    if isinstance(value, dt.date):  # a date with a time of day is refused, as everywhere
        page_date = r.date(item, path, "page_date")
        return (page_date, page_date.isoformat()) if page_date else (None, None)
    text = str(value).strip() if isinstance(value, str | int) else ""
    if text.lower() == NO_DATE_SHOWN:
        return None, NO_DATE_SHOWN
    month, year = PAGE_MONTH.match(text), PAGE_YEAR.match(text)
    if month:
        y, m = int(month.group(1)), int(month.group(2))
        return dt.date(y, m, calendar.monthrange(y, m)[1]), text
    if year:
        return dt.date(int(text), 12, 31), text
    r.problem(path + ("page_date",), f"'{value}' is not a page date", hint)
    return None, None
