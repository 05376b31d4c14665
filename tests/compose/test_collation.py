"""Alphabetical order per language (CLDR collation through ICU), with names planted to show
where each language's order differs from the others and from code-point order."""

from __future__ import annotations

from hulpwijzer.compose.booklet import compose_booklet
from hulpwijzer.compose.collation import collated
from hulpwijzer.compose.texts import Texts
from hulpwijzer.load import load_guide

from ..project import copy_project, fill

TURKISH = [
    "Cem",
    "Çınar",
    "Gül",
    "Ğ Merkezi",
    "Hale",
    "Ilık",
    "ısı",
    "İnci",
    "iyi",
    "Oya",
    "Öz",
    "Su",
    "Şen",
    "Uz",
    "Üm",
    "Zeki",
]


def test_turkish_order_has_its_own_letters():
    """ç after c, ğ after g, ı (dotless) before i (dotted), ö, ş, ü after o, s, u."""
    shuffled = list(reversed(TURKISH))
    assert collated(shuffled, "tr") == TURKISH
    assert sorted(shuffled) != TURKISH  # code points put Ç, Ğ, İ, Ö, Ş, Ü after Z


def test_dutch_sorts_the_same_names_as_plain_latin_letters():
    dutch = collated(TURKISH, "nl")
    assert dutch.index("Çınar") < dutch.index("Ğ Merkezi") < dutch.index("Gül")
    assert dutch.index("İnci") < dutch.index("ısı")  # no dotless i in Dutch: ı sorts as i
    assert dutch != TURKISH


def test_arabic_names_in_arabic_order_before_latin_ones():
    names = ["Geldfit", "يوسف", "بنك الطعام", "Alzheimer", "ثابت", "أمل", "113 Zelfmoordpreventie"]
    assert collated(names, "ar") == [
        "113 Zelfmoordpreventie",  # digits first
        "أمل",  # alif, ba, tha, ya: the Arabic alphabet
        "بنك الطعام",
        "ثابت",
        "يوسف",
        "Alzheimer",
        "Geldfit",
    ]
    assert collated(names, "nl")[1:3] == ["Alzheimer", "Geldfit"]  # Latin first elsewhere


def test_the_turkish_index_follows_turkish_order(tmp_path):
    """Planted Turkish names in the Turkish file: the index of the booklet puts them where a
    Turkish reader looks for them (C < Ç < … < I < İ), not where code points put them."""
    root = copy_project(tmp_path)
    planted = {
        "geldfit": "Çağrı Geldfit",
        "humanitas": "Cem Humanitas",
        "voedselbank": "Ilık Gıda",
        "uwv": "İş Kurumu",
        "digid": "Zeki DigiD",
    }
    fill(root, "tr", {f"contacts.{cid}.name": name for cid, name in planted.items()})
    guide = load_guide(root)
    names = [e.name for e in compose_booklet(guide, Texts(guide, "tr")).index.entries]
    wanted = ["Cem Humanitas", "Çağrı Geldfit", "Ilık Gıda", "İş Kurumu", "Zeki DigiD"]
    assert [n for n in names if n in wanted] == wanted
    assert sorted(wanted) != wanted
