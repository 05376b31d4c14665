"""How long ``hulpwijzer check --spelling`` takes: loading each dictionary, the check itself,
and the whole command (a fresh process, as a user runs it). Prints a Markdown table; not a test.

    python benchmarks/spelling.py            # the sample's languages (needs the 'spelling' extra)

Loading dominates: spylls builds its tables in pure Python.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from hulpwijzer.check.spelling import spelling_messages, words  # noqa: E402
from hulpwijzer.load import load_guide  # noqa: E402
from hulpwijzer.load.spelling import load_spelling, package_folder  # noqa: E402
from hulpwijzer.texts import usable  # noqa: E402


def main() -> int:
    if package_folder() is None:
        print("The dictionaries are not installed: pip install -e '.[spelling]'")
        return 1
    guide = load_guide(REPO)
    print("| language | dictionary | words | load s | check s | unknown |")
    print("|---|---|---:|---:|---:|---:|")
    for code in guide.languages:
        start = time.perf_counter()
        spelling = load_spelling(REPO, [code])
        loaded = time.perf_counter() - start
        texts = guide.translations[code].texts.values()
        count = sum(len(words(usable(t.value) or "")) for t in texts)
        start = time.perf_counter()
        found = spelling_messages(guide, spelling)
        checked = time.perf_counter() - start
        print(
            f"| {code} | {spelling.sources.get(code, '-')} | {count} | {loaded:.1f} | "
            f"{checked:.2f} | {len(found)} |"
        )
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    command = [sys.executable, "-m", "hulpwijzer", "--root", str(REPO), "check", "--no-layout"]
    for extra in ([], ["--spelling"]):
        start = time.perf_counter()
        subprocess.run(command + extra, env=env, capture_output=True, check=False)
        print(
            f"\n`hulpwijzer check --no-layout {' '.join(extra)}`: "
            f"{time.perf_counter() - start:.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
