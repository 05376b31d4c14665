"""Benchmarks of hulpwijzer: prints tables (Markdown), is not a test.

    python benchmarks/run.py                 # everything; the scale series (1,000 × 10 and
                                             # 10,000 × 4) takes many minutes
    python benchmarks/run.py --runs 3        # fewer repetitions of the sample figures
    python benchmarks/run.py --skip-scale    # only the sample, the peer, the preview, the floor
    python benchmarks/run.py --scale 200x4   # another scale series (entries x languages, …)
    python benchmarks/run.py --write benchmarks/results-YYYY-MM-DD.md

Every command runs in a fresh process (``python -m hulpwijzer.cli``) on the code of *this*
checkout (``src/`` first on PYTHONPATH), on a copy of the sample content or on generated content
in a temporary folder. Wall time is the median of ``--runs`` runs; peak memory is the largest
resident set (``resource.getrusage``: ``ru_maxrss``) of the command's main process and of its
largest worker process. Every figure comes with the machine's load average (1 minute, at the
end of its runs; the median and the most of them): on a shared machine, the wall times suffer.

The peer (WeasyPrint rendering the same guides, :mod:`peer`) and the live preview are measured
by :mod:`speed`; the peer needs ``pip install -e ".[bench]"`` and is left out, saying so,
without it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

sys.path.insert(0, str(REPO / "src"))  # the peer's HTML is made by this checkout's code

import speed  # noqa: E402
from generate import copy_sample, generate, languages_for  # noqa: E402

# Runs the CLI in this process (as ``python -m hulpwijzer.cli`` does) and leaves the peak memory
# of this process and of its largest (waited-for) child in the file named by $HW_BENCH_RUSAGE.
CHILD = """
import json, os, resource, runpy, sys
sys.argv = ["hulpwijzer"] + sys.argv[1:]
code = 0
try:
    runpy.run_module("hulpwijzer", run_name="__main__", alter_sys=True)
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
finally:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    with open(os.environ["HW_BENCH_RUSAGE"], "w") as f:
        json.dump({"main_kib": me.ru_maxrss, "worker_kib": kids.ru_maxrss, "cpu": cpu,
                   "code": code}, f)
sys.exit(code)
"""

# The floor of every command, measured inside one fresh process.
FLOOR = """
import json, sys, time
t0 = time.perf_counter()
import hulpwijzer.cli
t1 = time.perf_counter()
from hulpwijzer.load import load_guide
t2 = time.perf_counter()
guide = load_guide(sys.argv[1])
t3 = time.perf_counter()
from hulpwijzer.outputs.pdf import render
from hulpwijzer import typeset as text
t4 = time.perf_counter()
text.register_fonts()
t5 = time.perf_counter()
print(json.dumps({"cli": t1 - t0, "import_load": t2 - t1, "load_guide": t3 - t2,
                  "import_render": t4 - t3, "fonts": t5 - t4}))
"""


# The web edition's own work on a loaded guide (what a full build adds for it): every language's
# page, the language choice and the open data, rendered in one process; the import of Jinja2 and
# the templates included. The copies of the PDFs into site/ are measured by the full build.
WEB = """
import json, sys, time
from hulpwijzer.load import load_guide
guide = load_guide(sys.argv[1])
t0 = time.perf_counter()
c0 = time.process_time()
from hulpwijzer.outputs.html import opendata, render, site
for code in guide.languages:
    render.render_variants(guide, code)
site.index_page(guide, guide.languages)
opendata.hsds(guide)
print(json.dumps({"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0}))
"""


# Where a full build's CPU time goes: each output of every language of the sample rendered
# alone in one process (line layouts forgotten before each), the layout check and the print
# shop's preflight apart, and a worker's whole task per language (what a build runs).
PER_OUTPUT = """
import json, sys, time
from hulpwijzer import outputs, typeset
from hulpwijzer.load import load_guide
from hulpwijzer.outputs.pdf.fit import fit_problems
from hulpwijzer.outputs.pdf.preflight import preflight
from hulpwijzer.publish.build import all_jobs
from hulpwijzer.publish.workers import render_task
guide = load_guide(sys.argv[1])
typeset.register_fonts()
rows = {}
def timed(what, fn):
    typeset.clear_caches()
    start = time.process_time()
    result = fn()
    rows[what] = rows.get(what, 0.0) + time.process_time() - start
    return result
for code in guide.languages:
    for names in (("print",), ("screen",), ("print", "screen"), ("large-print",),
                  ("print", "proof"), ("screen", "homeprint"), ("web",), ("card",)):
        made = timed(" + ".join(names), lambda: outputs.render(guide, code, names))
        printed = made["print"].pdf if names == ("print",) else printed
    timed("layout check (fit_problems)", lambda: fit_problems(guide, code))
    timed("preflight of the print file", lambda: preflight(printed, "", True))
for names in (("poster", "poster-screen"), ("card-all",)):
    timed(" + ".join(names), lambda: outputs.render(guide, "mul", names))
tasks = {}
for language, name in all_jobs(guide):
    tasks.setdefault(language, []).append(name)
for language, names in tasks.items():
    timed("a worker's task (all of it)", lambda: render_task(guide, language, tuple(names), False))
print(json.dumps(rows))
"""


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), e.get("PYTHONPATH", "")]).rstrip(
        os.pathsep
    )
    e.setdefault("PYTHONHASHSEED", "0")
    # as on a user's machine: compiled modules are cached (some sandboxes switch this off)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    return e


def run_cli(args: list[str], quiet: bool = True) -> dict:
    """Run ``hulpwijzer ARGS`` in a fresh process: wall seconds, peak memory, exit code."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        usage_file = f.name
    e = env()
    e["HW_BENCH_RUSAGE"] = usage_file
    wait_until_quiet()
    load = MachineLoad()
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        env=e,
        stdout=subprocess.PIPE if quiet else None,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    others = load.others()
    try:
        usage = json.loads(Path(usage_file).read_text())
    finally:
        os.unlink(usage_file)
    if usage["code"] not in (0, 1):
        raise SystemExit(f"hulpwijzer {' '.join(args)} failed:\n{done.stderr}")
    return {
        "wall": wall,
        "cpu": usage["cpu"],
        "others": others,
        "load": os.getloadavg()[0],
        "main_mib": usage["main_kib"] / 1024,
        "worker_mib": usage["worker_kib"] / 1024,
        "code": usage["code"],
        "stdout": done.stdout or "",
        "stderr": done.stderr,
    }


def capabilities() -> dict[str, bool]:
    def help_of(*words: str) -> str | None:
        done = subprocess.run(
            [sys.executable, "-m", "hulpwijzer", *words, "--help"],
            env=env(),
            capture_output=True,
            text=True,
        )
        return done.stdout if done.returncode == 0 else None

    build = help_of("build") or ""
    return {
        "check": help_of("check") is not None,
        "force": "--force" in build,
        "jobs": "--jobs" in build,
    }


WAIT_IDLE = 0.0  # seconds to wait for a quiet machine before each run (--wait-idle)


def wait_until_quiet(threshold: float = 0.1) -> None:
    """Wait (at most WAIT_IDLE seconds) until other processes leave the CPUs nearly idle."""
    deadline = time.perf_counter() + WAIT_IDLE
    while time.perf_counter() < deadline:
        load = MachineLoad()
        time.sleep(0.5)
        others = load.others()
        if others is None or others < threshold:
            return


RETRIES = 0  # runs again while other processes were busy (--retry-busy)
BUSY = 0.1


def attempt(fn) -> dict:
    """fn(), run again (at most RETRIES times) if other processes kept the CPUs busy."""
    for _ in range(RETRIES):
        result = fn()
        if result["others"] is None or result["others"] < BUSY:
            return result
        print(f"  … others used {result['others']:.0%} of the CPUs: again", file=sys.stderr)
    return fn()


def median_of(runs: int, fn) -> dict:
    results = [attempt(fn) for _ in range(runs)]
    walls = sorted(r["wall"] for r in results)
    others = [r["others"] for r in results if r["others"] is not None]
    return {
        "wall": statistics.median(walls),
        "cpu": statistics.median(r["cpu"] for r in results),
        "others": max(others) if others else None,
        "load": statistics.median(r["load"] for r in results),
        "load_max": max(r["load"] for r in results),
        "min": walls[0],
        "max": walls[-1],
        "main_mib": max(r["main_mib"] for r in results),
        "worker_mib": max(r["worker_mib"] for r in results),
        "last": results[-1],
    }


def manifest_pages(out: Path) -> tuple[int, int]:
    files = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    return sum(f["pages"] for f in files), len(files)


def statuses(stdout: str) -> str:
    """ "6 reused, 2 built" from the file table the build prints (if it prints a status)."""
    found = re.findall(r"^  \S+\.pdf .* (built|reused)$", stdout, re.M)
    if not found:
        return "all built"
    return ", ".join(f"{found.count(s)} {s}" for s in ("built", "reused") if s in found)


def touch_translation(root: Path, language: str, version: int) -> None:
    """Change one text of ``language`` (the last quoted value), differently per ``version``."""
    path = root / "translations" / f"{language}.yaml"
    text = path.read_text(encoding="utf-8")
    lines = text.rstrip("\n").split("\n")
    m = re.match(r'^(\s*[\w-]+: ")(.*?)( \(v+\))?(")$', lines[-1])
    if not m:
        raise SystemExit(f"cannot change the last line of {path}: {lines[-1]!r}")
    # letters, not digits: a number the Dutch text lacks would be an error for check
    lines[-1] = f"{m.group(1)}{m.group(2)} ({'v' * (version + 1)}){m.group(4)}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- the sections of the report ------------------------------------------------------------


def sample_figures(runs: int, caps: dict[str, bool], jobs: int | None) -> list[tuple]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="hw-bench-sample-") as tmp:
        root = copy_sample(Path(tmp))
        out = root / "build"
        base = ["--root", str(root)]
        build = [*base, "build"] + (["--jobs", str(jobs)] if jobs and caps["jobs"] else [])
        full = build + (["--force"] if caps["force"] else [])

        r = median_of(runs, lambda: run_cli(full))
        pages, files = manifest_pages(out)
        notes = f"{files} files, {pages} pages; {statuses(r['last']['stdout'])}"
        rows.append(("full build, every output (4 languages)", r, notes))
        full_build = r
        web = web_figures(root, runs)
        if web is not None:
            share = f"{web['wall'] / full_build['wall']:.1%} of the full build's wall time, "
            share += f"{web['cpu'] / full_build['cpu']:.1%} of its CPU time (at most 10 % wanted)"
            rows.append(("web edition alone: 4 pages, language choice, open data", web, share))

        run_cli(build)
        r = median_of(runs, lambda: run_cli(build))
        rows.append(("rebuild, nothing changed", r, statuses(r["last"]["stdout"])))

        version = iter(range(1, 1000))

        def changed():
            touch_translation(root, "tr", next(version))
            return run_cli(build)

        r = median_of(runs, changed)
        rows.append(("rebuild, one translation (tr) changed", r, statuses(r["last"]["stdout"])))

        if caps["check"]:
            r = median_of(runs, lambda: run_cli([*base, "check"]))
            note = f"exit {r['last']['code']}; layout findings of the last build reused"
            rows.append(("check after a build", r, note))
            fresh = ["--root", str(copy_sample(Path(tmp) / "not-built"))]
            r = median_of(runs, lambda: run_cli([*fresh, "check"]))
            note = f"exit {r['last']['code']}; lays out all 4 languages"
            rows.append(("check, no build to reuse", r, note))
            r = median_of(runs, lambda: run_cli([*base, "check", "--no-layout"]))
            rows.append(("check --no-layout", r, f"exit {r['last']['code']}"))
        else:
            rows.append(("check", None, "n/a (check not available)"))

        r = median_of(runs, lambda: run_cli([*base, "--version"]))
        rows.append(("--version (start-up of the command)", r, ""))
    return rows


def web_figures(root: Path, runs: int) -> dict | None:
    """The web edition's own work (:data:`WEB`), median of ``runs`` fresh processes; None for a
    checkout without it."""
    if not (REPO / "src" / "hulpwijzer" / "outputs" / "html").is_dir():
        return None
    walls, cpus = [], []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", WEB, str(root)], env=env(), capture_output=True, text=True
        )
        figures = json.loads(done.stdout)
        walls.append(figures["wall"])
        cpus.append(figures["cpu"])
    wall = statistics.median(walls)
    return {
        "wall": wall,
        "min": min(walls),
        "max": max(walls),
        "cpu": statistics.median(cpus),
        "main_mib": 0.0,
        "worker_mib": 0.0,
        "others": None,
        "load": os.getloadavg()[0],
        "load_max": os.getloadavg()[0],
    }


def floor_figures(runs: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {}
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        found = script_figures(FLOOR, REPO)
        walls.append(time.perf_counter() - start)
        for key, value in found.items():
            samples.setdefault(key, []).append(value)
    bare = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - start)
    figures = {key: statistics.median(values) for key, values in samples.items()}
    figures["python"] = statistics.median(bare)
    figures["process"] = statistics.median(walls)
    return figures


def script_figures(script: str, root: Path) -> dict[str, float]:
    """The figures ``script`` prints (JSON), run in a fresh process on the project ``root``."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(root)],
        env=env(),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def output_figures() -> dict[str, float]:
    """CPU seconds per output of the sample (:data:`PER_OUTPUT`), all languages together."""
    return script_figures(PER_OUTPUT, REPO)


def scale_figures(
    series: list[tuple[int, int]], caps: dict[str, bool], jobs: int | None
) -> list[dict]:
    rows = []
    for n, count in series:
        with tempfile.TemporaryDirectory(prefix="hw-bench-scale-") as tmp:
            root = generate(Path(tmp), n, count)
            args = ["--root", str(root), "build"]
            if jobs and caps["jobs"]:
                args += ["--jobs", str(jobs)]
            load = script_figures(FLOOR, root)

            def fresh_build(root=root, args=args):
                shutil.rmtree(root / "build", ignore_errors=True)
                return run_cli(args)

            checked = attempt(
                lambda root=root: run_cli(["--root", str(root), "check", "--no-layout"])
            )
            if checked["code"] not in (0, 1):
                raise SystemExit(f"check of {n} × {count} failed:\n{checked['stderr']}")

            r = attempt(fresh_build)
            if r["code"] != 0:  # said in the report; the figures measured so far are kept
                print(f"build of {n} × {count} failed:\n{r['stderr'][-2000:]}", file=sys.stderr)
                rows.append({"entries": n, "languages": count, "failed": True})
                continue
            pages, files = manifest_pages(root / "build")
            rows.append(
                {
                    "entries": n,
                    "languages": count,
                    "load": load["load_guide"],
                    "check": checked["wall"],
                    "wall": r["wall"],
                    "cpu": r["cpu"],
                    "others": r["others"],
                    "load_avg": r["load"],
                    "files": files,
                    "pages": pages,
                    "main_mib": r["main_mib"],
                    "worker_mib": r["worker_mib"],
                }
            )
            print(
                f"  … {n} × {count}: check --no-layout {checked['wall']:.2f} s, "
                f"build {r['wall']:.2f} s, {pages} pages",
                file=sys.stderr,
                flush=True,
            )
    return rows


# --- output ----------------------------------------------------------------------------------


def _pct(share: float | None) -> str:
    return "?" if share is None else f"{share:.0%}"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s"


class MachineLoad:
    """How busy the machine's CPUs were, from /proc/stat, and how much of that was not us."""

    def __init__(self) -> None:
        self.start = self._ticks()
        self.own_start = self._own()
        self.wall_start = time.perf_counter()

    @staticmethod
    def _ticks() -> tuple[int, int] | None:
        try:
            fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
        except (OSError, ValueError):
            return None
        idle = fields[3] + fields[4]
        return sum(fields[:8]) - idle, sum(fields[:8])

    @staticmethod
    def _own() -> float:
        import resource

        me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    def others(self) -> float | None:
        """Share of the machine's CPU time used by other processes since the start (0-1)."""
        end = self._ticks()
        if self.start is None or end is None:
            return None
        hz = os.sysconf("SC_CLK_TCK")
        busy = (end[0] - self.start[0]) / hz
        total = (end[1] - self.start[1]) / hz
        own = self._own() - self.own_start
        return max(0.0, busy - own) / total if total > 0 else None


def accelerated() -> bool:
    """Whether ReportLab's C accelerators (rl_accel) are installed where the CLI runs."""
    probe = [sys.executable, "-c", "import _rl_accel"]
    return subprocess.run(probe, env=env(), capture_output=True).returncode == 0


def machine() -> list[str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(
        ["git", "-C", str(REPO), "log", "-1", "--format=%h %s"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "--", "src"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return [
        f"- date: {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        f"- machine: {os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0))}), {model}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}",
        f"- code: {commit}" + (" (with uncommitted changes in src/)" if dirty else ""),
        f"- ReportLab's C accelerators (rl_accel): {'yes' if accelerated() else 'no'}",
    ]


def report(args, caps, sample, floor, scale, outputs=None) -> str:
    out = ["# hulpwijzer benchmarks", "", *machine()]
    out.append(
        f"- options: runs={args.runs}, jobs={args.jobs or 'default'}, "
        f"wait-idle={args.wait_idle:g} s, retry-busy={args.retry_busy}; "
        f"CLI has check={caps['check']}, --force={caps['force']}, --jobs={caps['jobs']}"
    )
    out += [
        "",
        "## Sample (content/ + translations/ of the repository)",
        "",
        f"Median wall time of {args.runs} runs (min–max); CPU time of the command's processes; "
        "peak resident memory of the main process and of the largest worker; *others*: the "
        "share of the machine's CPU time that other processes used meanwhile (the most of the "
        "runs): above a few per cent, the wall time suffers; *load*: the load average (1 min) "
        "at the end of the runs, median (most).",
        "",
        "| what | wall (median) | min–max | CPU | peak main | peak worker | others | load "
        "| notes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for what, r, notes in sample:
        if r is None:
            out.append(f"| {what} | n/a | | | | | | | {notes} |")
            continue
        worker = f"{r['worker_mib']:.0f} MiB" if r["worker_mib"] > 0.5 else "–"
        out.append(
            f"| {what} | {_ms(r['wall'])} | {_ms(r['min'])}–{_ms(r['max'])} | {_ms(r['cpu'])} | "
            f"{r['main_mib']:.0f} MiB | {worker} | {_pct(r['others'])} "
            f"| {r['load']:.2f} ({r['load_max']:.2f}) | {notes} |"
        )
    out += speed.report(args.peer_found, args.preview_found)
    out += [
        "",
        "## The floor of every command (median of fresh processes)",
        "",
        "| step | time |",
        "|---|---:|",
        f"| start Python (`python -c pass`) | {_ms(floor['python'])} |",
        f"| `import hulpwijzer.cli` | {_ms(floor['cli'])} |",
        f"| `import hulpwijzer.load` (PyYAML) | {_ms(floor['import_load'])} |",
        f"| `load_guide` on the sample | {_ms(floor['load_guide'])} |",
        f"| `import hulpwijzer.render` (ReportLab, HarfBuzz, Babel, qrcode, …) "
        f"| {_ms(floor['import_render'])} |",
        f"| `text.register_fonts()` (4 Noto fonts) | {_ms(floor['fonts'])} |",
        f"| the whole process (all of the above) | {_ms(floor['process'])} |",
    ]
    if outputs:
        out += [
            "",
            "## Where the CPU goes: each output of the sample alone, in one process",
            "",
            "CPU time summed over the 4 languages (the line layouts forgotten before each row); "
            "a build renders the outputs of a language together (print and screen share their "
            "line layouts), with the layout check and the preflight of its print files: the "
            "last row, one worker task per language and one for the files of every language.",
            "",
            "| output | CPU |",
            "|---|---:|",
            *(f"| {what} | {_ms(cpu)} |" for what, cpu in outputs.items()),
        ]
    if scale:
        out += [
            "",
            "## Scale: generated content (one run each; every output of every language, and "
            "the files of every language)",
            "",
            "| entries | languages | load | check --no-layout | per entry × language "
            "| build (wall) | CPU | files | pages | per page "
            "| per entry × language | peak main | peak worker | others | load |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in scale:
            if row.get("failed"):
                out.append(f"| {row['entries']:,} | {row['languages']} | build failed " + "| " * 12)
                continue
            worker = f"{row['worker_mib']:.0f} MiB" if row["worker_mib"] > 0.5 else "–"
            out.append(
                f"| {row['entries']:,} | {row['languages']} | {_ms(row['load'])} "
                f"| {_s(row['check'])} "
                f"| {row['check'] / (row['entries'] * row['languages']) * 1000:.2f} ms "
                f"| {_s(row['wall'])} | {_s(row['cpu'])} | {row['files']} | {row['pages']:,} "
                f"| {row['wall'] / row['pages'] * 1000:.1f} ms "
                f"| {row['wall'] / (row['entries'] * row['languages']) * 1000:.2f} ms "
                f"| {row['main_mib']:.0f} MiB | {worker} | {_pct(row['others'])} "
                f"| {row['load_avg']:.2f} |"
            )
        langs = sorted({row["languages"] for row in scale})
        out += ["", "Languages: " + "; ".join(f"{c}: {' '.join(languages_for(c))}" for c in langs)]
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmarks of hulpwijzer (prints tables).")
    parser.add_argument("--runs", type=int, default=5, help="runs per sample figure (median)")
    parser.add_argument("--jobs", type=int, default=None, help="pass --jobs N to build")
    parser.add_argument("--skip-scale", action="store_true", help="leave out the scale series")
    parser.add_argument(
        "--scale",
        default="1000x10,10000x4",
        help="the scale series: entries x languages, comma-separated (default: 1000x10,10000x4)",
    )
    parser.add_argument("--skip-peer", action="store_true", help="leave out the WeasyPrint peer")
    parser.add_argument("--write", type=Path, help="also write the report to this file")
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="before each run, wait up to SECONDS for other processes to leave the CPUs idle",
    )
    parser.add_argument(
        "--retry-busy",
        type=int,
        default=0,
        metavar="N",
        help=f"run a figure again, at most N times, if others used over {BUSY * 100:.0f}%% "
        "of the CPUs",
    )
    args = parser.parse_args()
    global WAIT_IDLE, RETRIES
    WAIT_IDLE, RETRIES = args.wait_idle, args.retry_busy

    started = time.perf_counter()
    load = MachineLoad()
    caps = capabilities()
    print("sample …", file=sys.stderr, flush=True)
    sample = sample_figures(args.runs, caps, args.jobs)
    args.peer_found = args.preview_found = None
    with tempfile.TemporaryDirectory(prefix="hw-bench-speed-") as tmp:
        if not args.skip_peer:
            print("peer …", file=sys.stderr, flush=True)
            root = copy_sample(Path(tmp) / "peer")
            args.peer_found = speed.peer_figures(root, args.runs, env())
        print("preview …", file=sys.stderr, flush=True)
        args.preview_found = speed.preview_figures(
            copy_sample(Path(tmp) / "preview"), args.runs, env()
        )
    print("floor …", file=sys.stderr, flush=True)
    floor = floor_figures(args.runs)
    print("per output …", file=sys.stderr, flush=True)
    outputs = output_figures()
    scale = []
    if not args.skip_scale:
        print("scale …", file=sys.stderr, flush=True)
        series = [tuple(int(n) for n in pair.split("x")) for pair in args.scale.split(",")]
        scale = scale_figures(series, caps, args.jobs)
    text = report(args, caps, sample, floor, scale, outputs)
    text += f"\nThe benchmark took {time.perf_counter() - started:.0f} s."
    others = load.others()
    if others is not None:
        text += f" Other processes on the machine used {others:.0%} of its CPU time meanwhile" + (
            " (the wall times above suffer from it)." if others > 0.05 else "."
        )
    print(text + "\n")
    if args.write:
        args.write.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
