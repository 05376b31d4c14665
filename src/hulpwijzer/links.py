"""The one gate for links: nothing but ``https:``, ``tel:`` and ``mailto:`` reaches a PDF.

``check`` refuses a website or an online URL that is not https, but a draft is built despite
errors, and a future caller might skip the check. So every link annotation and every QR code
of the layout goes through :func:`safe_link`, which returns the link only when it is harmless:
``javascript:``, ``data:``, ``file:``, ``http:`` and anything with spaces, control characters,
user names or an odd host never become a link. The text itself is still printed, literally.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from urllib.parse import quote, urlsplit

SCHEMES = ("https", "tel", "mailto")
MAX_LINK = 2000
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_TOP = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]+")
_TEL = re.compile(r"\+?\d{2,15}")
_EMAIL = re.compile(
    r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def safe_link(url: object, schemes: tuple[str, ...] = SCHEMES) -> str | None:
    """``url`` (non-ASCII percent-encoded) if it may be a link, else None."""
    if not isinstance(url, str) or not url or len(url) > MAX_LINK:
        return None
    return _safe(url, schemes)


@cache
def _safe(url: str, schemes: tuple[str, ...]) -> str | None:
    """:func:`safe_link` of a string, once per process (every output of every language asks
    again for the same links)."""
    if any(unicodedata.category(ch)[0] in "CZ" for ch in url):
        return None  # spaces, control, format and invisible characters
    scheme, colon, rest = url.partition(":")
    if not colon or scheme.lower() not in schemes or scheme != scheme.lower():
        return None
    if scheme == "tel":
        return url if _TEL.fullmatch(rest) else None
    if scheme == "mailto":
        return url if is_email(rest) else None
    return _https(url)


def is_email(address: str) -> bool:
    """True for a plain e-mail address (name@example.nl): one rule for the check and the links."""
    return bool(_EMAIL.fullmatch(address)) and ".." not in address and not address.startswith(".")


def _https(url: str) -> str | None:
    encoded = quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")
    try:
        parts = urlsplit(encoded)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return None
    if parts.scheme != "https" or not parts.netloc or "@" in parts.netloc:
        return None
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels[:-1]):
        return None
    if not _TOP.fullmatch(labels[-1]):
        return None
    return encoded


def mailto(address: str | None) -> str | None:
    return safe_link(f"mailto:{address}") if address else None


def qr_url(url: object) -> str | None:
    """What a QR code may encode: an https address only."""
    return safe_link(url, ("https",))
