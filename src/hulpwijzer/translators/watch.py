"""``hulpwijzer preview LANG --watch``: the pages of one language, rendered again at every save.

A long-running process keeps ReportLab, HarfBuzz, the fonts and the line layouts of the last
rendering warm. It looks at ``content/``, ``translations/`` and the lock and review files a few
times a second (their modification times and sizes: a handful of files, so polling costs next to
nothing and works on shared and network folders too, where change notifications often do not).
When one was saved it reads the guide again, renders the screen variant of the language (the
texts that did not change keep their laid-out lines), rasterises the pages and encodes as PNG
only the pages whose pixels changed. Then it checks the language (the checks of ``hulpwijzer
check`` and the layout check) and shows what needs doing, in the terminal and on the page.

``preview/<code>/index.html`` shows the pages; a small script beside it (``preview.js``) says
which pages there are and which changed, and the page reloads just those pictures by itself.
A file that cannot be read (a YAML mistake halfway through typing) is reported kindly, the last
good pages stay, and the watcher keeps watching.
"""

from __future__ import annotations

import html
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import InputError, Message
from ..publish.files import replace_marked_files
from .preview import png_pages

WATCHED = ("content", "translations")  # folders: every file in them
WATCHED_FILES = ("translations.lock", "translations.review")
INTERVAL = 0.1  # seconds between two looks at the files
SETTLE = 0.05  # a save in several writes: wait this long for the files to stop changing


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """(modification time, size) of every watched file of the project at ``root``."""
    found: dict[str, tuple[int, int]] = {}
    paths = [p for folder in WATCHED for p in sorted((root / folder).glob("*"))]
    for path in [*paths, *(root / name for name in WATCHED_FILES)]:
        try:
            stat = path.stat()
        except OSError:
            continue
        found[path.name if path.parent == root else f"{path.parent.name}/{path.name}"] = (
            stat.st_mtime_ns,
            stat.st_size,
        )
    return found


@dataclass
class Round:
    """What one rendering did: its number, the pages (name -> digest), the pages that changed,
    the messages to show, and the seconds from noticing the change to the pictures written."""

    number: int
    pages: dict[str, str] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    seconds: float = 0.0
    draft: bool = False
    failed: bool = False  # the guide could not be read: the pages are the last good ones


class Watcher:
    """Renders ``language`` of the project at ``root`` into ``out`` whenever its files change."""

    def __init__(self, root: Path, language: str, out: Path, dpi: int = 100) -> None:
        self.root, self.language, self.out, self.dpi = Path(root), language, Path(out), dpi
        self.rounds = 0
        self._pngs: dict[str, tuple[str, bytes]] = {}  # page name -> (pixel digest, PNG)
        self._files: dict[str, tuple[int, int]] = {}

    def render(self, started: float | None = None) -> Round:
        """Read the guide, render the language's pages, write the changed ones, check it."""
        from ..load import load_guide

        started = time.perf_counter() if started is None else started
        self.rounds += 1
        result = Round(self.rounds)
        try:
            guide = load_guide(self.root)
            if self.language not in guide.translations:
                raise InputError([_no_language(self.language)])
        except InputError as exc:
            result.failed, result.messages = True, list(exc.messages)
            result.pages = {name: digest for name, (digest, _) in self._pngs.items()}
            self._write(result)
            return result
        pdf, result.draft = _screen_pdf(guide, self.language)
        pngs = png_pages(pdf, self.dpi, self._pngs)
        result.changed = [name for name, page in pngs.items() if self._pngs.get(name) != page]
        self._pngs = pngs
        result.pages = {name: digest for name, (digest, _) in pngs.items()}
        result.seconds = time.perf_counter() - started
        self._write(result)  # the pictures first: the checks take a moment longer
        result.messages = language_messages(guide, self.language, len(pngs))
        self._write(result)
        return result

    def changed(self) -> bool:
        """True (once) when a watched file was saved since the last look."""
        now = snapshot(self.root)
        if now == self._files:
            return False
        while True:  # an editor may write a file in several steps: wait until it is still
            time.sleep(SETTLE)
            later = snapshot(self.root)
            if later == now:
                break
            now = later
        self._files = now
        return True

    def run(
        self,
        stop: Callable[[], bool] = lambda: False,
        report: Callable[[Round], None] = lambda _: None,
        interval: float = INTERVAL,
    ) -> None:
        """Render now and at every change until ``stop()``; ``report`` is told every round."""
        self._files = snapshot(self.root)
        report(self.render())
        while not stop():
            time.sleep(interval)
            if self.changed():
                report(self.render(time.perf_counter()))

    def _write(self, result: Round) -> None:
        files = {name: png for name, (_, png) in self._pngs.items()}
        files["index.html"] = INDEX.format(language=html.escape(self.language)).encode()
        files["preview.js"] = _state_script(self.language, result).encode()
        replace_marked_files(self.out, "preview", files)


def _screen_pdf(guide, language: str) -> tuple[bytes, bool]:
    """The screen PDF of ``language`` (a marked draft if texts are missing), and whether it is
    a draft."""
    from ..outputs.pdf.render import render
    from ..publish.run import draft_notices
    from ..texts import missing_keys

    draft = bool(missing_keys(guide, language))
    notice = draft_notices(guide, [language])[language] if draft else ()
    return render(guide, language, "screen", draft=draft, notice=notice).pdf, draft


def language_messages(guide, language: str, pages: int) -> list[Message]:
    """What ``hulpwijzer check`` finds about ``language`` (its file: errors and warnings, but
    not each missing text, which the draft shows; the other files: errors), with the texts that
    do not fit their place on its ``pages`` pages."""
    from ..check import Layout, fit_messages
    from ..outputs.pdf.fit import fit_problems
    from ..publish.run import check_guide
    from ..texts import missing_keys

    own = f"translations/{language}.yaml"
    report = check_guide(guide, layout=False)
    missing = set(missing_keys(guide, language))

    def wanted(m: Message) -> bool:
        if m.file == own:
            return m.key not in missing
        return m.level == "error" and not m.file.startswith("translations/")

    found = [m for m in report.messages if wanted(m)]
    return found + fit_messages(
        guide, {language: Layout(pages, tuple(fit_problems(guide, language)))}
    )


def _no_language(language: str) -> Message:
    return Message(
        "error",
        f"translations/{language}.yaml",
        0,
        "",
        f"there is no language '{language}'",
        f"Start it with 'hulpwijzer add-language {language}'.",
    )


def _state_script(language: str, result: Round) -> str:
    """``preview.js``: the page calls ``hulpwijzerPreview(state)`` each time it loads it."""
    state = {
        "language": language,
        "round": result.number,
        "pages": result.pages,
        "draft": result.draft,
        "failed": result.failed,
        "messages": [
            {"level": m.level, "text": m.format(), "file": m.file, "line": m.line}
            for m in result.messages
        ],
    }
    return f"hulpwijzerPreview({json.dumps(state, ensure_ascii=False)});\n"


INDEX = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>hulpwijzer preview: {language}</title>
<style>
body {{ font-family: sans-serif; margin: 0; background: #ddd; }}
header {{ position: sticky; top: 0; background: #fff; padding: .5em 1em; border-bottom: 1px solid
  #999; }}
#messages p {{ margin: .2em 0; white-space: pre-wrap; }}
.error {{ color: #a00; }} .warning {{ color: #850; }}
main {{ display: flex; flex-wrap: wrap; gap: 1em; padding: 1em; }}
figure {{ margin: 0; }} img {{ background: #fff; box-shadow: 0 0 4px #888; }}
figcaption {{ font-size: small; text-align: center; }}
</style></head>
<body><header><strong>hulpwijzer preview: {language}</strong> <span id="status">waiting for
the watcher (hulpwijzer preview {language} --watch)</span><div id="messages"></div></header>
<main id="pages"></main>
<script>
var shown = {{}};
function hulpwijzerPreview(state) {{
  var status = "updated " + new Date().toLocaleTimeString() + " (round " + state.round + ")";
  if (state.draft) status += "; a draft: missing texts in Dutch";
  if (state.failed) status += "; the files cannot be read: these are the last good pages";
  document.getElementById("status").textContent = status;
  var box = document.getElementById("messages");
  box.textContent = "";
  state.messages.forEach(function (m) {{
    var p = document.createElement("p");
    p.className = m.level; p.textContent = m.level + ": " + m.text; box.appendChild(p);
  }});
  var main = document.getElementById("pages");
  Object.keys(state.pages).forEach(function (name) {{
    var img = document.getElementById(name);
    if (!img) {{
      var fig = document.createElement("figure");
      img = document.createElement("img"); img.id = name; img.alt = name;
      var cap = document.createElement("figcaption"); cap.textContent = name;
      fig.appendChild(img); fig.appendChild(cap); main.appendChild(fig);
    }}
    if (shown[name] !== state.pages[name]) {{
      img.src = name + "?" + state.pages[name]; shown[name] = state.pages[name];
    }}
  }});
  Object.keys(shown).forEach(function (name) {{
    if (!(name in state.pages)) {{
      var gone = document.getElementById(name); gone.parentNode.remove(); delete shown[name];
    }}
  }});
}}
function look() {{
  var s = document.createElement("script");
  s.src = "preview.js?" + Date.now();
  s.onload = s.onerror = function () {{ s.remove(); setTimeout(look, 300); }};
  document.body.appendChild(s);
}}
look();
</script></body></html>
"""
