"""Small translations in the scripts the guide prints, for the tests: Tigrinya (Ethiopic),
Persian and Pashto (Arabic script, right to left), Somali (Latin), Ukrainian (Cyrillic).

Each file in ``tests/data/`` gives some texts (written for the tests, not reviewed: not part of
the guide); :func:`add_language` makes the language the way a translator would (``add-language``,
then the texts) and fills the keys the sample leaves out with the Dutch text, so that the
language is complete and ``build`` prints it.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import yaml

from .project import DATA, fill

SCRIPTS = {"ti": "Ethiopic", "fa": "Arabic", "ps": "Arabic", "so": "Latin", "uk": "Cyrillic"}


def sample(code: str) -> dict[str, str]:
    """The texts of ``tests/data/<code>.yaml`` (flat keys)."""
    return yaml.safe_load((DATA / f"{code}.yaml").read_text(encoding="utf-8"))


def run(root: Path, *args: str) -> tuple[int, str, str]:
    """``hulpwijzer --root root args``: exit status, standard output, standard error."""
    from hulpwijzer.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--root", str(root), *args])
    return status, out.getvalue(), err.getvalue()


def add_language(root: Path, code: str, texts: dict[str, str]) -> str:
    """``add-language code``, then ``texts`` and the Dutch text for every other key; returns
    what add-language printed."""
    from hulpwijzer.load import load_guide
    from hulpwijzer.texts import required_keys, source_texts

    status, out, err = run(root, "add-language", code)
    assert status == 0, err
    guide = load_guide(root)
    dutch = source_texts(guide)
    fill(root, code, {key: texts.get(key, dutch[key].text) for key in required_keys(guide)})
    return out
