"""The glossary's rules and repeated sentences, each broken in a copy of the sample."""

from __future__ import annotations

from hulpwijzer.check.glossary import fold

from .damage import SAMPLE, TR, check, found, only, q, set_text

AR, EN = "translations/ar.yaml", "translations/en.yaml"
GISTS = ("glossary", "translates the Dutch sentence")


def test_the_sample_follows_its_glossary(root):
    assert [m for m in check(root).messages if any(g in m.text for g in GISTS)] == []


def test_a_name_the_glossary_keeps_is_translated(root):
    value = SAMPLE.translations["ar"].get("start.steps.municipality.text")
    line = set_text(
        root, "ar", "start.steps.municipality.text", q(value.replace("Heerlen", "هيرلن"))
    )
    m = only(check(root), AR, "start.steps.municipality.text", 'glossary for "Heerlen"', "warning")
    assert m.line == line and 'keep "Heerlen" as it is' in m.text
    assert "speech computer" in m.hint and "content/glossary.yaml" in m.hint


def test_a_name_kept_without_its_translation_in_brackets(root):
    line = set_text(
        root, "tr", "contacts.ido-bibliotheek.name", q("Informatiepunt Digitale Overheid")
    )
    m = only(check(root), TR, "contacts.ido-bibliotheek.name", "Informatiepunt Digitale Overheid")
    assert m.line == line and '"(Dijital Devlet Bilgi Noktası)"' in m.text


def test_the_word_of_one_term_used_for_another_that_the_glossary_keeps_apart(root):
    value = SAMPLE.translations["ar"].get("contacts.belastingtelefoon.about")
    broken = (
        value.replace("البدلات", "الإعانات").replace("البدل", "الإعانة").replace("بدل", "إعانة")
    )
    line = set_text(root, "ar", "contacts.belastingtelefoon.about", q(broken))
    m = only(check(root), AR, "contacts.belastingtelefoon.about", 'glossary for "toeslag"')
    assert m.line == line
    assert 'the glossary\'s word for "uitkering", which the glossary keeps apart' in m.text


def test_zorg_and_onderhoud_kept_apart_in_turkish(root):
    value = SAMPLE.translations["tr"].get("contacts.huurcommissie.about").replace("onarım", "bakım")
    set_text(root, "tr", "contacts.huurcommissie.about", q(value))
    m = only(check(root), TR, "contacts.huurcommissie.about", 'glossary for "onderhoud"')
    assert '"bakım", the glossary\'s word for "zorg"' in m.text


def test_a_term_translated_otherwise_than_agreed(root):
    value = SAMPLE.translations["en"].get("start.steps.professional.text")
    set_text(
        root, "en", "start.steps.professional.text", q(value.replace("legal adviser", "lawyer"))
    )
    m = only(check(root), EN, "start.steps.professional.text", 'glossary for "jurist"')
    assert 'translate "jurist" as "legal adviser"' in m.text


def test_the_same_dutch_sentence_translated_two_ways(root):
    value = SAMPLE.translations["en"].get("contacts.digid.about")
    line = set_text(
        root,
        "en",
        "contacts.digid.about",
        q(value.replace("Does that not work?", "Does it not work?")),
    )
    m = only(check(root), EN, "contacts.digid.about", 'the Dutch sentence "Lukt het niet?"')
    assert m.line == line and 'start.intro as "Does that not work?"' in m.text
    assert "same way everywhere" in m.hint


def test_suffixes_and_case_do_not_hide_a_word():
    assert fold("ödenek") in fold("bir ödeneğe") or fold("öden") in fold("bir ödeneğe")
    assert fold("intihar") in fold("İntiharı mı düşünüyorsunuz")
    assert fold("أولا") == fold("أولًا")


def test_a_language_without_rules_is_not_judged(root):
    set_text(
        root, "tr", "start.steps.professional.text", q("Daha fazla yardım mı? Avukat yardım eder.")
    )
    report = check(root)
    assert found(report, TR, "start.steps.professional.text", "glossary")  # tr has a rule
    # the rule holds for tr only: en, ar unchanged and clean
    assert not found(report, EN, "start.steps.professional.text", "glossary")
