"""Accessibility measured in a real browser: axe-core in Debian's headless chromium (WCAG 2.0,
2.1 and 2.2, levels A and AA) and the Nu Html Checker, on every page of the web edition.

They need chromium, Node.js with the modules of tests/web/package.json, and Java: `.ci/run`
installs them; elsewhere: `apt-get install chromium` and `npm install --prefix tests/web`. Where
they are missing, these tests are skipped with the reason; the rest of the suite needs none.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
MODULES = HERE / "node_modules"
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
VNU = MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = ("nl", "ar", "en", "tr")


def _missing_browser() -> str | None:
    if not Path(CHROMIUM).is_file():
        return "no chromium (apt-get install chromium; .ci/run does it)"
    if not shutil.which("node"):
        return "no node (Node.js)"
    for module in ("axe-core", "playwright-core"):
        if not (MODULES / module).is_dir():
            return f"no {module} in tests/web/node_modules (npm install --prefix tests/web)"
    return None


def _missing_vnu() -> str | None:
    if not shutil.which("java"):
        return "no java (the Nu Html Checker needs it)"
    if not VNU.is_file():
        return "no vnu-jar in tests/web/node_modules (npm install --prefix tests/web)"
    return None


needs_browser = pytest.mark.skipif(_missing_browser() is not None, reason=str(_missing_browser()))
needs_vnu = pytest.mark.skipif(_missing_vnu() is not None, reason=str(_missing_vnu()))


def audit(files: list[Path]) -> dict[str, dict]:
    """axe-core's violations and the requests of each page, by file."""
    run = subprocess.run(
        ["node", str(HERE / "audit.mjs"), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "CHROMIUM": CHROMIUM},
    )
    assert run.returncode == 0, run.stderr
    results = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    return {result["file"]: result for result in results}


def vnu(files: list[Path]) -> list[dict]:
    """The Nu Html Checker's errors for ``files``."""
    run = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    return [m for m in messages if m["type"] == "error" or m.get("subType") == "fatal"]


@pytest.fixture(scope="module")
def pages(built_site) -> list[Path]:
    site = built_site / "site"
    return [site / "index.html"] + [site / code / "index.html" for code in LANGUAGES]


@pytest.fixture(scope="module")
def broken(tmp_path_factory, pages) -> Path:
    """A copy of the Arabic page with faults a careless edit would make: an image without a
    text alternative, light grey text, a duplicate id, no lang."""
    html = pages[2].read_text(encoding="utf-8")
    html = html.replace('<html lang="ar" dir="rtl">', "<html>")
    html = html.replace(
        "<main", '<p style="color:#bbb">faint</p><img src="x.png"><p id="start">x</p><main', 1
    )
    path = tmp_path_factory.mktemp("broken") / "index.html"
    path.write_text(html, encoding="utf-8")
    return path


@needs_browser
def test_axe_finds_no_wcag_violation_and_no_request_leaves_the_page(pages, broken):
    results = audit([*pages, broken])
    for page in pages:
        result = results[str(page)]
        assert result["violations"] == [], (page, result["violations"])
        assert result["requests"] == [page.as_uri()], result["requests"]
    found = {v["id"] for v in results[str(broken)]["violations"]}  # the check can fail
    assert {"image-alt", "color-contrast", "html-has-lang"} <= found, found


@needs_vnu
def test_nu_html_checker_finds_no_error(pages, broken):
    assert vnu(pages) == []
    assert any("Duplicate ID" in m["message"] for m in vnu([broken]))
