"""The figures of issue 19 for benchmarks/run.py: hulpwijzer against its peer, and the live preview.

- :func:`peer_figures`: WeasyPrint rendering the same 8 guides (:mod:`peer`), a full
  ``hulpwijzer build --force`` (every output) and hulpwijzer's 8 PDFs alone (print and screen
  per language, in worker processes as the build renders them, with the print files' preflight),
  each in a fresh process, alternated run by run so that the machine's load falls on all alike;
  medians and the ratios of the medians.
- :func:`preview_figures`: ``hulpwijzer preview en --watch`` running; one English text is
  changed and saved, and the time until the new pictures are written (``preview.js`` says the
  next round) is measured, again and again.

Every figure comes with the machine's load average (1 minute) at its end.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import peer

# hulpwijzer's 8 PDFs alone, in one fresh process: the workers of a build, nothing else.
PDFS = """
import sys
from hulpwijzer.load import load_guide
from hulpwijzer.publish.workers import default_processes, render_all
guide = load_guide(sys.argv[1])
todo = [(code, variant) for code in guide.languages for variant in ("print", "screen")]
render_all(guide, todo, {}, default_processes(), lambda *result: None)
"""


def load_average() -> float:
    return os.getloadavg()[0]


def _timed(command: list[str], env: dict[str, str]) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])} … failed:\n{done.stderr}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"wall": wall, "cpu": cpu, "load": load_average()}


def _summary(runs: list[dict]) -> dict:
    walls = sorted(r["wall"] for r in runs)
    return {
        "wall": statistics.median(walls),
        "min": walls[0],
        "max": walls[-1],
        "cpu": statistics.median(r["cpu"] for r in runs),
        "load": statistics.median(r["load"] for r in runs),
        "load_max": max(r["load"] for r in runs),
        "runs": len(runs),
    }


def peer_figures(root: Path, runs: int, env: dict[str, str]) -> dict | None:
    """WeasyPrint, the full build and the 8 PDFs, alternated ``runs`` times; None (with the
    reason printed) when WeasyPrint cannot be imported."""
    why = peer.available()
    if why:
        print(f"  … the peer is left out: WeasyPrint {why}", file=sys.stderr)
        return {"missing": why}
    with tempfile.TemporaryDirectory(prefix="hw-bench-peer-") as tmp:
        jobs = peer.write_jobs(root, Path(tmp))
        build = [sys.executable, "-m", "hulpwijzer", "--root", str(root), "build", "--force"]
        commands = {
            "peer": peer.command(jobs),
            "build": build,
            "pdfs": [sys.executable, "-c", PDFS, str(root)],
        }
        found: dict[str, list[dict]] = {name: [] for name in commands}
        order = list(commands)
        for i in range(runs):
            for name in order if i % 2 == 0 else reversed(order):
                found[name].append(_timed(commands[name], env))
        pages = sum(_pdf_pages(p) for p in Path(tmp).glob("*.pdf"))
    out = {name: _summary(r) for name, r in found.items()}
    out["version"] = peer.version()
    out["peer_pages"] = pages
    out["ratio_build"] = out["peer"]["wall"] / out["build"]["wall"]
    out["ratio_pdfs"] = out["peer"]["wall"] / out["pdfs"]["wall"]
    return out


def _pdf_pages(path: Path) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(path)
    try:
        return len(doc)
    finally:
        doc.close()


def preview_figures(root: Path, runs: int, env: dict[str, str], language: str = "en") -> dict:
    """Save → new pictures written, for one changed text, ``runs`` times (watcher kept running)."""
    out = root / "preview" / language
    state = out / "preview.js"
    command = [sys.executable, "-m", "hulpwijzer", "--root", str(root), "preview", language]
    watcher = subprocess.Popen(
        [*command, "--watch"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    latencies, loads, first = [], [], None
    try:
        start = time.perf_counter()
        first = _wait_for_round(state, 1, start, 120)
        path = root / "translations" / f"{language}.yaml"
        text = path.read_text(encoding="utf-8")
        for i in range(runs):
            time.sleep(0.5)  # the watcher is idle, as when a translator types
            changed = text.replace('title: "Help guide', f'title: "Help {"v" * (i + 1)} guide', 1)
            saved = time.perf_counter()
            path.write_text(changed, encoding="utf-8")
            latencies.append(_wait_for_round(state, i + 2, saved, 60))
            loads.append(load_average())
        path.write_text(text, encoding="utf-8")
    finally:
        watcher.terminate()
        watcher.wait(10)
    return {
        "first": first,
        "wall": statistics.median(latencies),
        "min": min(latencies),
        "max": max(latencies),
        "load": statistics.median(loads),
        "load_max": max(loads),
        "runs": runs,
    }


def _wait_for_round(state: Path, number: int, since: float, limit: float) -> float:
    """Seconds from ``since`` until ``preview.js`` says round ``number`` (pictures written)."""
    while time.perf_counter() - since < limit:
        try:
            text = state.read_text(encoding="utf-8")
            found = json.loads(text[len("hulpwijzerPreview(") : -3])
            if found["round"] >= number:
                return time.perf_counter() - since
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.005)
    raise SystemExit(f"preview --watch did not render round {number} within {limit:.0f} s")


def report(peer_found: dict | None, preview: dict | None) -> list[str]:
    """The Markdown of both sections."""
    out: list[str] = []
    if peer_found is not None:
        out += ["", "## Against the peer: WeasyPrint rendering the same 8 guides", ""]
        if "missing" in peer_found:
            out.append(f"Left out: WeasyPrint cannot be imported here ({peer_found['missing']}).")
        else:
            p, b, d = peer_found["peer"], peer_found["build"], peer_found["pdfs"]
            out += [
                f"Each in a fresh process, alternated, {p['runs']} runs each; median wall time "
                "(min–max), median CPU time, load average (1 min) at the end of the runs: "
                f"median (max). WeasyPrint {peer_found['version']}: cover, start page, sections "
                "with their cards and back page, plain HTML from `compose_booklet`, A5, print "
                "(3 mm bleed, crop marks) and screen, nl en ar tr, "
                f"{peer_found['peer_pages']} pages.",
                "",
                "| what | wall (median) | min–max | CPU | load | ratio to the peer (wall) |",
                "|---|---:|---:|---:|---:|---:|",
                _row("WeasyPrint: the 8 PDFs", p, "1"),
                _row(
                    "hulpwijzer: full build --force (print, screen, proof, web, site)",
                    b,
                    f"{peer_found['ratio_build']:.1f}× faster",
                ),
                _row(
                    "hulpwijzer: the 8 PDFs alone (print + screen, with the preflight)",
                    d,
                    f"{peer_found['ratio_pdfs']:.1f}× faster",
                ),
            ]
    if preview is not None:
        out += [
            "",
            "## Live preview: `hulpwijzer preview en --watch`",
            "",
            f"One English text changed and saved {preview['runs']} times with the watcher "
            "running; from the save to the new pictures written (`preview.js` names the round). "
            f"The first rendering, when the watcher starts: {preview['first']:.2f} s.",
            "",
            "| what | median | min–max | load |",
            "|---|---:|---:|---:|",
            f"| save → PNG pages written | {preview['wall'] * 1000:,.0f} ms "
            f"| {preview['min'] * 1000:,.0f}–{preview['max'] * 1000:,.0f} ms "
            f"| {preview['load']:.2f} ({preview['load_max']:.2f}) |",
        ]
    return out


def _row(what: str, r: dict, ratio: str) -> str:
    return (
        f"| {what} | {r['wall'] * 1000:,.0f} ms | {r['min'] * 1000:,.0f}–{r['max'] * 1000:,.0f} ms "
        f"| {r['cpu'] * 1000:,.0f} ms | {r['load']:.2f} ({r['load_max']:.2f}) | {ratio} |"
    )
