"""Generated content for the scale series: N contacts × L languages, for timing only.

Everything generated is obviously not real ("Test organisation 0042", 0800 numbers, example.org
addresses) and is written into a folder the caller names (a temporary folder), never into the
repository's content/ or translations/.

    python benchmarks/generate.py OUT_DIR --entries 200 --languages 10
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SAMPLE_LANGUAGES = ("nl", "en", "ar", "tr")
# Further real language codes; their files reuse the English texts (only for timing).
EXTRA_LANGUAGES = ("de", "fr", "pl", "uk", "es", "it", "pt", "ro", "so", "ti")

ABOUT = {
    "nl": "Testorganisatie {n}: voor vragen over geld, werk, wonen of zorg. Bel gerust.",
    "en": "Test organisation {n}: for questions about money, work, housing or care. Just call.",
    "ar": "منظمة تجريبية {n}: للأسئلة عن المال والعمل والسكن والرعاية. اتصل بنا.",
    "tr": "Test kuruluşu {n}: para, iş, konut veya bakım ile ilgili sorular için. Arayın.",
}
DAYS = (["mon", "tue", "wed", "thu", "fri"], ["mon", "wed", "fri"], ["sat"])


def letters(n: int) -> str:
    """``n`` as capital letters (0 -> "A", 27 -> "BB"): each text differs, as real texts do, but
    holds no number (a number in a text must be one of the contact's phone numbers)."""
    out = ""
    while True:
        n, rest = divmod(n, 26)
        out = chr(ord("A") + rest) + out
        if not n:
            return out


def languages_for(count: int) -> list[str]:
    if count <= len(SAMPLE_LANGUAGES):
        return list(SAMPLE_LANGUAGES[:count])
    extra = count - len(SAMPLE_LANGUAGES)
    if extra > len(EXTRA_LANGUAGES):
        raise ValueError(f"at most {len(SAMPLE_LANGUAGES) + len(EXTRA_LANGUAGES)} languages")
    return list(SAMPLE_LANGUAGES) + list(EXTRA_LANGUAGES[:extra])


QUOTED = {1: ("112",), 3: ("14 045",)}  # the emergency contact and the municipality's step


def contact(i: int) -> dict:
    n = f"{i:04d}"
    entry: dict = {
        "id": f"test-{n}",
        "name": f"Test organisation {n}",
        "phones": [{"number": f"0800 {i % 10000:04d}", "kind": "voice", "free": True}],
        "sources": [
            {
                "document": f"generated for the benchmark (entry {n}); not a real organisation",
                "page_date": dt.date(2026, 11, 1),
                "consulted": dt.date(2026, 11, 24),
            }
        ],
        "verified": dt.date(2026, 11, 24),
        "verified_by": "the benchmark generator",
    }
    # the sample's texts quote 112 and 14 045: every number in a text must be a contact's
    entry["phones"] += [{"number": n, "kind": "voice"} for n in QUOTED.get(i, ())]
    if i % 2 == 0:
        entry["phones"].append({"number": f"085 123 {i % 10000:04d}", "kind": "whatsapp"})
    if i % 3 == 0:
        entry["address"] = {"street": f"Teststraat {i % 200 + 1}", "postcode": "6411 AA"}
        entry["address"]["city"] = "Heerlen"
    if i % 2 == 1:
        entry["hours"] = [{"days": DAYS[i % 3], "opens": "09:00", "closes": "17:00"}]
    if i % 4 != 3:
        entry["website"] = f"https://example.org/test-{n}"
    if i % 5 == 0:
        entry["email"] = f"test-{n}@example.org"
    return entry


def generate(out: Path, entries: int, languages: int) -> Path:
    """Write content/ and translations/ for ``entries`` contacts in ``languages`` languages."""
    out = Path(out)
    (out / "content").mkdir(parents=True, exist_ok=True)
    (out / "translations").mkdir(parents=True, exist_ok=True)
    sample_guide = yaml.safe_load((REPO / "content" / "guide.yaml").read_text(encoding="utf-8"))
    contacts = [contact(i) for i in range(1, entries + 1)]
    ids = [c["id"] for c in contacts]
    sections = [s["id"] for s in sample_guide["sections"]]
    per_section = [ids[k :: len(sections)] for k in range(len(sections))]
    guide = {
        "edition": dt.date(2026, 11, 24),
        "page_size": "A5",
        "max_pages": 9999,  # 10,000 entries need some 3,340 pages
        "source_language": "nl",
        "max_verified_age_months": 12,
        "online_url": {"default": "https://example.org/hulpwijzer-test/"},
        "emergency": ids[:5],
        "steps": [
            {"id": step["id"], "contacts": ids[k : k + min(k, 3)]}
            for k, step in enumerate(sample_guide["steps"])
        ],
        "sections": [
            {"id": sid, "contacts": members}
            for sid, members in zip(sections, per_section, strict=True)
            if members
        ],
    }
    _write_yaml(out / "content" / "guide.yaml", guide, "generated for the benchmark")
    _write_yaml(
        out / "content" / "contacts.yaml", {"contacts": contacts}, "generated for the benchmark"
    )
    for code in languages_for(languages):
        base = code if code in SAMPLE_LANGUAGES else "en"
        texts = yaml.safe_load((REPO / "translations" / f"{base}.yaml").read_text("utf-8"))
        texts["contacts"] = {
            cid: {"about": ABOUT[base].format(n=letters(int(cid.split("-")[1])))} for cid in ids
        }
        _write_yaml(out / "translations" / f"{code}.yaml", texts, f"generated from {base}.yaml")
    return out


class _NoAliases(yaml.SafeDumper):
    """The loader refuses anchors and aliases: write repeated values out in full."""

    def ignore_aliases(self, data):
        return True


def _write_yaml(path: Path, data: dict, note: str) -> None:
    body = yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(f"# {note}\n{body}", encoding="utf-8")


def copy_sample(out: Path) -> Path:
    """A copy of the repository's content/, translations/ and translations.lock in ``out``."""
    out = Path(out)
    for folder in ("content", "translations"):
        shutil.copytree(REPO / folder, out / folder)
    shutil.copy(REPO / "translations.lock", out / "translations.lock")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--languages", type=int, default=4)
    args = parser.parse_args()
    generate(args.out, args.entries, args.languages)
    print(json.dumps({"root": str(args.out), "languages": languages_for(args.languages)}))


if __name__ == "__main__":
    main()
