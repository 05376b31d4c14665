"""Notes for translators (content/notes.yaml) and the room the layout leaves for each text."""

from __future__ import annotations

import pytest

from hulpwijzer import typeset as text
from hulpwijzer.load import load_guide
from hulpwijzer.load.states import read_notes
from hulpwijzer.model import InputError
from hulpwijzer.outputs.pdf.room import AVERAGE_EM
from hulpwijzer.translators import notes

from ..project import REPO, copy_project

GUIDE = load_guide(REPO)


def test_average_character_width_is_measured_on_the_dutch_texts():
    """The room in characters uses the average width of a Dutch character in Noto Sans."""
    values = [str(t.value).strip() for t in GUIDE.source.texts.values()]
    for bold in (False, True):
        width = sum(text.measure(v, 1000, bold) for v in values) / 1000
        average = width / sum(len(v) for v in values)
        assert average == pytest.approx(AVERAGE_EM[bold], abs=0.01)


def test_every_key_has_a_room_and_every_dutch_text_fits_it():
    for key, entry in GUIDE.source.texts.items():
        room = notes.room(key)
        if key.startswith("web."):  # only on the web edition, whose lines wrap: no room
            assert room is None, key
            continue
        assert room is not None, key
        assert len(str(entry.value).strip()) <= room.chars, key


def test_room_follows_the_layout():
    title = notes.room("cover.title")
    # 128 mm text width at 32 pt bold: 362.8 pt / (32 × 0.51) = 22 characters a line
    assert (title.lines, title.per_line, title.size, title.bold) == (2, 22, 32, True)
    assert notes.room("labels.call").per_line < notes.room("contacts.geldfit.about").per_line
    assert notes.room("cover.title", "A4").per_line > title.per_line
    assert notes.room("no.such.key") is None
    assert "2 lines of about 22 characters" in title.describe()


def test_notes_combine_patterns_the_guide_and_the_room():
    n = read_notes(REPO)
    assert n.exists and not notes.unused_notes(n, list(GUIDE.source.texts))
    about = notes.note_text(GUIDE, n, "contacts.geldfit.about")
    assert about.startswith("On the contact card")  # contacts.*.about
    assert "Card of 'Geldfit' in 'Geld en schulden'" in about  # from contacts.yaml, guide.yaml
    assert about.endswith("122 mm wide.")
    # a general pattern first, the note of the key itself after it
    name = notes.note_text(GUIDE, n, "contacts.huisartsenpost.name")
    assert name.index("Name on the contact card") < name.index("out-of-hours GP service")


def test_the_loader_ignores_notes_and_a_wrong_key_is_reported(tmp_path):
    root = copy_project(tmp_path)
    path = root / "content" / "notes.yaml"
    path.write_text(path.read_text(encoding="utf-8") + '  cover.titel: "typo"\n', encoding="utf-8")
    load_guide(root)  # content/notes.yaml is not part of the guide
    n = read_notes(root)
    (m,) = notes.unused_notes(n, list(GUIDE.source.texts))
    assert m.key == "cover.titel" and m.line == n.lines["cover.titel"]
    path.write_text("notes:\n  cover.title: [a, list]\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_notes(root)
    assert exc.value.messages[0].line == 2
