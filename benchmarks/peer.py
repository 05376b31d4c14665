"""The peer of the benchmark: WeasyPrint rendering the same guides as PDFs, from HTML.

The HTML is made from the project's compose stage (``compose_booklet``, as for the PDFs, so it
says what they say): plain HTML (cover, start page, sections with their cards, back page) with a
print style sheet that lays it out as the booklet: A5 pages, the cover alone on the first page,
each section from a new page, the cards never split, the bundled Noto fonts (Arabic joined by
HarfBuzz through Pango). Not the web edition's page: its flexible boxes take WeasyPrint about
ten times as long, which would flatter hulpwijzer. Per language two PDFs, as the
build makes: *print* (3 mm bleed, crop marks) and *screen* (the trim only), so 8 documents for
the sample's 4 languages, rendered in one fresh process (WeasyPrint's import included, as
``hulpwijzer build`` includes its own).

    python benchmarks/peer.py ROOT OUT_DIR     # writes the HTML and renders it once

WeasyPrint is an optional extra (``pip install -e ".[bench]"``); it needs Pango, a system
library. :func:`available` says whether it can be imported, and why not.
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FONTS = REPO / "src" / "hulpwijzer" / "fonts"

BASE_CSS = """
@font-face { font-family: "Noto Sans"; src: url("%(fonts)s/NotoSans-Regular.ttf"); }
@font-face { font-family: "Noto Sans"; font-weight: bold;
             src: url("%(fonts)s/NotoSans-Bold.ttf"); }
@font-face { font-family: "Noto Sans Arabic"; src: url("%(fonts)s/NotoSansArabic-Regular.ttf"); }
@font-face { font-family: "Noto Sans Arabic"; font-weight: bold;
             src: url("%(fonts)s/NotoSansArabic-Bold.ttf"); }
body { font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; font-size: 10pt;
       line-height: 1.3; margin: 0; }
.cover { break-after: page; } .cover h1 { font-size: 24pt; color: #00558c; }
.emergency { border: 1.5pt solid #c00; border-radius: 2mm; padding: 2mm; font-weight: bold; }
h2 { font-size: 15pt; color: #00558c; break-after: avoid; }
.start, .section, .back { break-before: page; }
.card { break-inside: avoid; border: 0.5pt solid #00558c; border-radius: 2mm; padding: 2mm 3mm;
        margin: 0 0 3mm; }
.card h3 { font-size: 11pt; margin: 0 0 1mm; }
ul { list-style: none; margin: 0; padding: 0; }
.phone { white-space: nowrap; font-weight: bold; unicode-bidi: isolate; direction: ltr; }
.label { color: #555; }
"""
PRINT_CSS = "@page { size: 148mm 210mm; margin: 15mm 12mm 18mm; bleed: 3mm; marks: crop; }"
SCREEN_CSS = "@page { size: 148mm 210mm; margin: 15mm 12mm 18mm; }"

# Renders every (html, css, pdf) of a list file in this one process; prints nothing.
RENDER = """
import sys
from pathlib import Path
from weasyprint import CSS, HTML
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    html, css, pdf = line.split("\\t")
    HTML(filename=html).write_pdf(pdf, stylesheets=[CSS(filename=css)])
"""


def available(python: str = sys.executable) -> str | None:
    """None if WeasyPrint can be imported by ``python``; else why not (one line)."""
    done = subprocess.run(
        [python, "-c", "import weasyprint; print(weasyprint.__version__)"],
        capture_output=True,
        text=True,
    )
    if done.returncode == 0:
        return None
    last = (done.stderr.strip().splitlines() or ["cannot import weasyprint"])[-1]
    return f"{last} (pip install -e '.[bench]'; WeasyPrint needs Pango)"


def version(python: str = sys.executable) -> str:
    done = subprocess.run(
        [python, "-c", "import weasyprint; print(weasyprint.__version__)"],
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


def write_jobs(root: Path, folder: Path) -> Path:
    """Write each language's HTML and the two style sheets into ``folder``; return the list
    file for :data:`RENDER` (html, css, pdf per line: print and screen per language)."""
    from hulpwijzer.compose.booklet import compose_booklet
    from hulpwijzer.compose.texts import Texts
    from hulpwijzer.load import load_guide

    folder.mkdir(parents=True, exist_ok=True)
    guide = load_guide(root)
    css = BASE_CSS % {"fonts": FONTS.as_uri()}
    sheets = {}
    for variant, page in (("print", PRINT_CSS), ("screen", SCREEN_CSS)):
        sheets[variant] = folder / f"{variant}.css"
        sheets[variant].write_text(css + page, encoding="utf-8")
    lines = []
    for code in guide.languages:
        html = folder / f"{code}.html"
        html.write_text(booklet_html(compose_booklet(guide, Texts(guide, code))), "utf-8")
        for variant, sheet in sheets.items():
            lines.append(f"{html}\t{sheet}\t{folder / f'{code}-{variant}.pdf'}")
    jobs = folder / "jobs.tsv"
    jobs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return jobs


def booklet_html(b) -> str:
    """The booklet as plain HTML (the guide's words, as the PDFs print them)."""

    def e(text) -> str:
        return html.escape(text or "")

    def phones(lines) -> str:
        items = "".join(
            f'<li><span class="label">{e(p.label)}</span> <span class="phone">{e(p.number)}'
            f"</span> {e(p.notes)}</li>"
            for p in lines
        )
        return f"<ul>{items}</ul>"

    c = b.cover
    others = "".join(f"<li>{e(o.name)}</li>" for o in c.other_languages)
    out = [
        f'<!DOCTYPE html><html lang="{e(b.language)}" dir="{"rtl" if b.rtl else "ltr"}">',
        f'<head><meta charset="utf-8"><title>{e(c.title)}</title></head><body>',
        f'<div class="cover"><h1>{e(c.title)}</h1><p>{e(c.subtitle)}</p>',
        f'<p class="emergency">{e(c.emergency)}</p><p>{e(c.other_languages_title)}</p>',
        f"<ul>{others}</ul><p>{e(c.edition)}</p></div>",
        f'<div class="start"><h2>{e(b.start.title)}</h2><p>{e(b.start.intro)}</p>',
    ]
    for step in b.start.steps:
        out.append(f"<h3>{e(step.title)}</h3><p>{e(step.text)}</p>{phones(step.phones)}")
    out.append(f'<p class="emergency">{e(b.start.emergency)}</p></div>')
    for section in b.sections:
        out.append(f'<div class="section"><h2>{e(section.title)}</h2><p>{e(section.intro)}</p>')
        for card in section.cards:
            rows = "".join(
                f'<li><span class="label">{e(r.label)}</span> {e(r.value)}</li>' for r in card.rows
            )
            out.append(
                f'<div class="card"><h3>{e(card.name)}</h3><p>{e(card.about)}</p>'
                f"{phones(card.phones)}<ul>{rows}</ul></div>"
            )
        out.append("</div>")
    back = b.back
    out.append(f'<div class="back"><h2>{e(back.title)}</h2>{phones(back.emergency)}')
    out.append(f"<p>{e(back.online)}</p><p>{e(back.edition)}</p><p>{e(back.verified)}</p></div>")
    out.append("</body></html>")
    return "\n".join(out)


def command(jobs: Path) -> list[str]:
    """The command that renders ``jobs`` in one fresh process."""
    return [sys.executable, "-c", RENDER, str(jobs)]


def main() -> None:
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    why = available()
    if why:
        raise SystemExit(f"WeasyPrint is not available: {why}")
    jobs = write_jobs(root, out)
    subprocess.run(command(jobs), check=True)
    print(f"wrote {len(jobs.read_text().splitlines())} PDFs into {out}")


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    main()
