"""The composed booklet: what every output of a language says, before any output draws it."""

from __future__ import annotations

import dataclasses

import pytest

from hulpwijzer import languages
from hulpwijzer.compose.booklet import card, compose_booklet
from hulpwijzer.compose.draft import DRAFT_MARK
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide
from hulpwijzer.phones import display_phone, phone_link
from hulpwijzer.texts import complete_languages


@pytest.fixture(scope="module")
def guide(sample_root):
    return load_guide(sample_root)


def _booklet(guide, language, **texts):
    return compose_booklet(guide, Texts(guide, language, **texts))


@pytest.mark.parametrize(
    ("written", "shown", "link"),
    [
        ("0800-2000", "0800 2000", "tel:+318002000"),
        ("045 5602595", "045 560 2595", "tel:+31455602595"),
        ("112", "112", "tel:112"),
        ("14 045", "14 045", "tel:+3114045"),
        ("088 0767000", "088 076 7000", "tel:+31880767000"),
    ],
)
def test_phone_numbers_are_shown_in_one_national_format(written, shown, link):
    assert display_phone(written) == shown
    assert phone_link(written) == link


def test_every_sample_language_names_every_contact_of_its_sections(guide):
    for language in guide.languages:
        t = Texts(guide, language)
        booklet = compose_booklet(guide, t)
        assert [s.id for s in booklet.sections] == [s.id for s in guide.sections]
        for section, composed in zip(guide.sections, booklet.sections, strict=True):
            cards = {c.contact_id: c for c in composed.cards}
            assert list(cards) == list(section.contact_ids), (language, section.id)
            for contact_id, composed_card in cards.items():
                contact = guide.contacts[contact_id]
                assert composed_card.name == t.contact_name(contact)
                numbers = [p.number for p in composed_card.phones]
                assert numbers == [display_phone(p.number) for p in contact.phones]


def test_every_sample_language_lists_every_emergency_number_on_its_back_page(guide):
    for language in guide.languages:
        t = Texts(guide, language)
        back = compose_booklet(guide, t).back
        expected = [
            (
                t.contact_name(guide.contacts[cid]),
                display_phone(guide.contacts[cid].phones[0].number),
            )
            for cid in guide.emergency
        ]
        assert [(p.label, p.number) for p in back.emergency] == expected, language
        assert all(p.link and p.link.startswith("tel:") for p in back.emergency)


def test_a_number_not_open_day_and_night_shows_its_hours_on_the_back_page(guide):
    """De Kindertelefoon (11:00-21:00) in the emergency list: a reader must know when to call;
    112, open day and night, says so instead."""
    assert "kindertelefoon" in guide.emergency
    for language in guide.languages:
        t = Texts(guide, language)
        back = {p.label: p for p in compose_booklet(guide, t).back.emergency}
        kids = back[t.contact_name(guide.contacts["kindertelefoon"])]
        assert "11:00" in kids.notes and "21:00" in kids.notes, (language, kids.notes)
        alarm = back[t.contact_name(guide.contacts["alarm-112"])]
        assert t("labels.always_open") in alarm.notes and ":" not in alarm.notes


def test_direction_follows_the_language(guide):
    assert _booklet(guide, "ar").rtl
    assert not _booklet(guide, "nl").rtl


def test_a_real_edition_has_no_draft_notice_or_mark(guide):
    booklet = _booklet(guide, "nl")
    assert booklet.back.notice is None
    assert booklet.draft_mark is None


def test_a_drafts_back_page_carries_its_notice_lines(guide):
    notice = ("DRAFT / CONCEPT – Turkish – not for print.", "Details: hulpwijzer status tr")
    booklet = _booklet(guide, "tr", fallback=True, notice=notice)
    assert booklet.back.notice == notice
    assert booklet.draft_mark == DRAFT_MARK


def test_the_cover_names_only_the_other_complete_languages(guide):
    complete = complete_languages(guide)
    cover = _booklet(guide, "nl").cover
    assert [o.code for o in cover.other_languages] == [c for c in complete if c != "nl"]
    assert [o.name for o in cover.other_languages] == [
        languages.own_name(o.code) for o in cover.other_languages
    ]
    assert [o.rtl for o in cover.other_languages] == [o.code == "ar" for o in cover.other_languages]
    assert cover.other_languages_title

    tr = guide.translations["tr"]
    incomplete = dict(tr.texts)
    del incomplete["cover.title"]
    guide = dataclasses.replace(
        guide,
        translations={**guide.translations, "tr": dataclasses.replace(tr, texts=incomplete)},
    )
    cover = _booklet(guide, "nl").cover
    assert "tr" not in [o.code for o in cover.other_languages]
    assert [o.code for o in cover.other_languages] == [c for c in complete if c not in ("nl", "tr")]


def test_a_cover_without_other_languages_has_no_heading_for_them(guide):
    alone = dataclasses.replace(guide, translations={"nl": guide.translations["nl"]})
    cover = _booklet(alone, "nl").cover
    assert cover.other_languages == ()
    assert cover.other_languages_title == ""


def test_a_link_that_may_not_be_one_is_shown_as_text_only(guide):
    contact = dataclasses.replace(
        guide.contacts["adviesraad-mo"],
        website="javascript:alert(1)",
        email="a b@example.org",
    )
    rows = {row.value: row.link for row in card(contact, Texts(guide, "nl")).rows}
    assert rows["javascript:alert(1)"] is None
    assert rows["a b@example.org"] is None
