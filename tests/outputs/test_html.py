"""The web edition of the sample (``build/site/``): every number a tel: link, language and
direction, nothing loaded from another host, links that work from a USB stick, the QR codes of
the PDFs opening each language's page, the open data (HSDS 3.0) naming every contact."""

from __future__ import annotations

import json
import re
import uuid
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from hulpwijzer.load import load_guide
from hulpwijzer.phones import phone_link

from ..pdfcheck import decode_qr_codes, page_texts

LANGUAGES = ("nl", "ar", "en", "tr")
# elements and attributes through which a page loads something (not a link the reader follows)
LOADS = {
    "script": "src",
    "img": "src",
    "iframe": "src",
    "frame": "src",
    "embed": "src",
    "source": "src",
    "video": "src",
    "audio": "src",
    "track": "src",
    "object": "data",
    "input": "src",
}


class Page(HTMLParser):
    """What the tests need of a page: the html element, every tag with its attributes, the text
    of <style> elements."""

    def __init__(self, path: Path):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.styles: list[str] = []
        self._in_style = False
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)

    def first(self, tag: str) -> dict[str, str]:
        return next(a for t, a in self.tags if t == tag)

    def all(self, tag: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag]


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site / "site"


@pytest.fixture(scope="module")
def guide(built_site):
    return load_guide(built_site.parent)


def pages(site: Path) -> list[Path]:
    return [site / "index.html"] + [site / code / "index.html" for code in LANGUAGES]


def test_every_phone_number_is_a_tel_link_on_every_language_page(guide, site):
    wanted = {phone_link(p.number) for c in guide.contacts.values() for p in c.phones}
    assert len(wanted) >= 20
    for code in LANGUAGES:
        hrefs = {a.get("href") for a in Page(site / code / "index.html").all("a")}
        assert wanted <= hrefs, (code, sorted(wanted - hrefs))


def test_lang_and_dir_on_every_page(site):
    for code in LANGUAGES:
        html = Page(site / code / "index.html").first("html")
        assert html["lang"] == code
        assert html["dir"] == ("rtl" if code == "ar" else "ltr")
    index = Page(site / "index.html")
    assert index.first("html")["lang"] == "nl"
    choices = {a["hreflang"]: a for a in index.all("a") if "hreflang" in a}
    assert set(choices) == set(LANGUAGES)
    items = [a for a in index.all("li") if "lang" in a]
    assert {(li["lang"], li["dir"]) for li in items} == {
        ("nl", "ltr"),
        ("ar", "rtl"),
        ("en", "ltr"),
        ("tr", "ltr"),
    }


def test_the_language_choice_names_each_language_in_its_own_script(site):
    text = (site / "index.html").read_text(encoding="utf-8")
    for name in ("Nederlands", "العربية", "English", "Türkçe"):
        assert name in text


def test_hreflang_alternates_skip_link_and_headings_in_order(site):
    for code in LANGUAGES:
        page = Page(site / code / "index.html")
        alternates = {a["hreflang"] for a in page.all("link") if a.get("rel") == "alternate"}
        assert alternates == set(LANGUAGES)
        first_link = page.all("a")[0]
        assert first_link["href"] == "#content" and page.first("main")["id"] == "content"
        levels = [int(t[1]) for t, _ in page.tags if re.fullmatch(r"h[1-6]", t)]
        assert levels[0] == 1 and levels.count(1) == 1
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels


def test_nothing_is_loaded_from_another_host_and_there_is_no_script(site):
    for path in pages(site):
        page = Page(path)
        assert not page.all("script"), path
        for tag, attrs in page.tags:
            target = attrs.get(LOADS.get(tag, ""), "") or attrs.get("srcset", "")
            if tag == "link" and attrs.get("rel") != "alternate":
                target = attrs.get("href", "")
            assert not urlsplit(target).scheme and not target.startswith("//"), (path, tag)
        css = "".join(page.styles)
        assert "@import" not in css and "url(" not in css, path


def test_every_link_is_relative_and_leads_to_a_file_of_the_site_or_is_safe(site):
    """So the site works when only site/ is uploaded, and when opened from a USB stick."""
    for path in pages(site):
        for attrs in Page(path).all("a") + Page(path).all("link"):
            href = attrs["href"]
            scheme = urlsplit(href).scheme
            if scheme:
                assert scheme in ("https", "tel", "mailto"), (path, href)
                continue
            if href.startswith("#"):
                continue
            target = (path.parent / href).resolve()
            assert target.is_file(), (path, href)
            assert site.resolve() in target.parents, (path, href)


def test_the_pdfs_to_download_are_the_built_ones(built_site, site):
    for code in LANGUAGES:
        assert (site / code / f"hulpwijzer-{code}.pdf").read_bytes() == (
            built_site / "screen" / f"hulpwijzer-{code}.pdf"
        ).read_bytes()
        assert (site / code / f"hulpwijzer-{code}-print.pdf").read_bytes() == (
            built_site / "print" / f"hulpwijzer-{code}-2026-11-24.pdf"
        ).read_bytes()


def test_the_qr_codes_of_each_language_open_its_page(guide, built_site):
    addresses = set()
    for code in LANGUAGES:
        url = f"https://www.heerlen.nl/hulpwijzer/{code}/"
        assert guide.settings.url_for(code) == url
        for variant in ("print", "screen"):
            name = (
                f"hulpwijzer-{code}-2026-11-24.pdf"
                if variant == "print"
                else f"hulpwijzer-{code}.pdf"
            )
            pdf = (built_site / variant / name).read_bytes()
            last = len(page_texts(pdf)) - 1
            assert decode_qr_codes(pdf, 0) == [url], (code, variant)
            assert decode_qr_codes(pdf, last) == [url], (code, variant)
        addresses.add(url)
    assert len(addresses) == len(LANGUAGES)


def test_every_file_of_the_site_is_in_the_manifest(built_site):
    manifest = json.loads((built_site / "manifest.json").read_text(encoding="utf-8"))
    listed = {entry["path"]: entry for entry in manifest["files"]}
    on_disk = {
        p.relative_to(built_site).as_posix()
        for p in (built_site / "site").rglob("*")
        if p.is_file()
    }
    assert on_disk <= set(listed)
    assert {"site/index.html", "site/data/hulpwijzer.json"} <= on_disk
    assert len(on_disk) == 2 + 4 * len(LANGUAGES)  # a page and three PDFs per language
    for path in on_disk:
        assert listed[path]["inputs"] and listed[path]["variant"] == "web"


# --- the open data -------------------------------------------------------------------------------

HSDS_REQUIRED = {  # HSDS 3.0 schema/*.json "required"
    "service": {"id", "name", "status"},
    "organization": {"id", "name", "description"},
    "phone": {"id", "number"},
    "schedule": {"id"},
    "service_at_location": {"id"},
    "location": {"id", "location_type"},
    "address": {
        "id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    },
}
PAGE = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"}


@pytest.fixture(scope="module")
def data(site) -> dict:
    return json.loads((site / "data" / "hulpwijzer.json").read_text(encoding="utf-8"))


def _records(data: dict):
    """(kind, record) of every HSDS object in the file."""
    for service in data["contents"]:
        yield "service", service
        yield "organization", service["organization"]
        yield from (("phone", p) for p in service.get("phones", []))
        yield from (("schedule", s) for s in service.get("schedules", []))
        for link in service.get("service_at_locations", []):
            yield "service_at_location", link
            yield "location", link["location"]
            yield from (("address", a) for a in link["location"]["addresses"])


def test_open_data_names_every_contact_with_its_phones_and_dates(guide, data):
    assert PAGE <= set(data) and data["total_items"] == len(data["contents"]) == len(guide.contacts)
    by_name = {s["organization"]["name"]: s for s in data["contents"]}
    for contact in guide.contacts.values():
        service = by_name[contact.name]
        assert [p["number"] for p in service.get("phones", [])] == [
            p.number for p in contact.phones
        ]
        assert service.get("assured_date") == (
            contact.verified.isoformat() if contact.verified else None
        )
        assert len(service.get("schedules", [])) == len(contact.hours)
        if contact.unverified:
            assert service["x_hulpwijzer_unverified"] == contact.unverified


def test_open_data_has_the_fields_hsds_3_requires_and_unique_uuids(data):
    ids = []
    for kind, record in _records(data):
        nulls = [k for k, v in record.items() if v is None]  # HSDS types allow no null
        assert not nulls, (kind, record["id"], nulls)
        missing = HSDS_REQUIRED[kind] - set(record)
        assert not missing, (kind, record.get("id"), missing)
        uuid.UUID(record["id"])
        if kind != "organization":  # an organization is also nested in its service
            ids.append(record["id"])
        if kind == "service":
            assert record["status"] in ("active", "inactive", "defunct", "temporarily closed")
        if kind == "schedule":
            assert record["freq"] == "WEEKLY"
            assert set(record["byday"].split(",")) <= {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
            assert re.fullmatch(r"\d\d:\d\d", record["opens_at"])
        if kind in ("location", "address"):
            assert record.get("location_type", record.get("address_type")) == "physical"
    assert len(ids) == len(set(ids))


def test_open_data_ids_stay_the_same_from_build_to_build(guide, data):
    from hulpwijzer.outputs.html.opendata import hsds

    assert json.loads(hsds(guide)) == data


# --- while nobody confirmed the web address ------------------------------------------------------


def test_unconfirmed_guides_have_no_qr_code_and_no_web_address_but_a_draft_has(sample_root):
    from hulpwijzer.outputs.pdf import render

    guide = load_guide(sample_root)  # as shipped: online_url_confirmed: false
    assert not guide.settings.online_url_confirmed
    result = render.render(guide, "nl", "print")
    pages = page_texts(result.pdf)
    assert all(decode_qr_codes(result.pdf, i) == [] for i in (0, len(pages) - 1))
    assert not any("heerlen.nl/hulpwijzer" in page for page in pages)
    assert "Scan de code" not in pages[0]
    draft = render.render(guide, "nl", "screen", draft=True)
    assert decode_qr_codes(draft.pdf, 0) == ["https://www.heerlen.nl/hulpwijzer/nl/"]


def test_numbers_in_running_text_stay_whole_and_read_left_to_right(site):
    """ "14 045" in an Arabic sentence: one left-to-right isolate that never breaks (as on
    paper), not "14" at the end of one line and "045" on the next."""
    page = (site / "ar" / "index.html").read_text(encoding="utf-8")
    assert '<bdi dir="ltr" class="nb">14 045</bdi>' in page
    assert ".nb { white-space: nowrap; }" in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_section_heading_shows_its_pictogram_inline(site, sample_root, lang):
    """The same Material Symbol as in the PDFs, as inline SVG (nothing loaded), hidden from
    screen readers: the heading's words say it."""
    from hulpwijzer.pictograms import svg_path

    html = (site / lang / "index.html").read_text(encoding="utf-8")
    for section in load_guide(sample_root).sections:
        heading = re.search(rf'<h2 id="section-{section.id}">(.*?)</h2>', html, re.S).group(1)
        view_box, path = svg_path(section.icon)
        assert heading.startswith('<svg class="icon" aria-hidden="true" focusable="false"')
        assert f'viewBox="{view_box}"><path d="{path}"/></svg>' in heading, section.id
