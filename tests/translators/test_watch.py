"""``preview --watch``: a saved text shows on the pages; a YAML mistake halfway through typing
is reported and the watcher keeps watching (driven in a thread, no timing asserted)."""

from __future__ import annotations

import json
import queue
import re
import threading

import pytest
from PIL import Image, ImageChops

from hulpwijzer.translators.watch import Watcher

WAIT = 300  # seconds: a generous bound for a slow, busy machine; nothing is timed


@pytest.fixture
def watching(sample_copy):
    """A watcher of English in a thread; yields (rounds queue, preview folder)."""
    out = sample_copy / "preview" / "en"
    rounds: queue.Queue = queue.Queue()
    stop = threading.Event()
    watcher = Watcher(sample_copy, "en", out, dpi=50)
    thread = threading.Thread(
        target=watcher.run, kwargs={"stop": stop.is_set, "report": rounds.put, "interval": 0.05}
    )
    thread.start()
    try:
        yield rounds, out
    finally:
        stop.set()
        thread.join(WAIT)


def _state(out):
    text = (out / "preview.js").read_text(encoding="utf-8")
    return json.loads(re.fullmatch(r"hulpwijzerPreview\((.*)\);\n", text, re.S).group(1))


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_saved_text_shows_on_its_page_and_only_changed_pages_are_new(sample_copy, watching):
    rounds, out = watching
    first = rounds.get(timeout=WAIT)
    assert not first.failed and len(first.pages) % 4 == 0 and first.changed == list(first.pages)
    with Image.open(out / "page-01.png") as image:
        before = image.convert("RGB")
    assert "<script>" in (out / "index.html").read_text(encoding="utf-8")

    en = sample_copy / "translations" / "en.yaml"
    _replace(en, 'title: "Help guide', 'title: "Helpful guide')  # the cover's title
    second = rounds.get(timeout=WAIT)
    assert not second.failed
    assert "page-01.png" in second.changed and len(second.changed) < len(second.pages)
    with Image.open(out / "page-01.png") as image:
        assert ImageChops.difference(before, image.convert("RGB")).getbbox() is not None
    state = _state(out)
    assert state["round"] == second.number and state["pages"] == second.pages


def test_a_yaml_mistake_is_reported_and_the_watcher_keeps_watching(sample_copy, watching):
    rounds, out = watching
    good = rounds.get(timeout=WAIT)
    en = sample_copy / "translations" / "en.yaml"
    text = en.read_text(encoding="utf-8")
    en.write_text(text + "broken: [\n", encoding="utf-8")  # halfway through typing

    bad = rounds.get(timeout=WAIT)
    assert bad.failed and bad.pages == good.pages  # the last good pages stay
    assert any(m.file == "translations/en.yaml" and m.line for m in bad.messages)
    state = _state(out)
    assert state["failed"] and "translations/en.yaml" in state["messages"][0]["text"]
    assert sorted(p.name for p in out.glob("page-*.png")) == sorted(good.pages)

    en.write_text(text, encoding="utf-8")  # fixed: rendered again
    fixed = rounds.get(timeout=WAIT)
    assert not fixed.failed and fixed.pages == good.pages
