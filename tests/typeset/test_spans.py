"""Protected spans: phone numbers, numbers with separators, URLs and e-mail addresses."""

from __future__ import annotations

from hulpwijzer import typeset as T


def test_protected_spans():
    def spans(text):
        return [text[s:e] for s, e in T.protected_spans(text)]

    assert spans("Bel 0800 2000.") == ["0800 2000"]
    assert spans("(020) 123 4567, +31 (0)20 123 4567") == ["(020) 123 4567", "+31 (0)20 123 4567"]
    assert spans("Open 09:00 - 17:00 uur") == ["09:00 - 17:00"]
    assert spans("mail a@b.nl of kijk op https://x.nl/a.") == ["a@b.nl", "https://x.nl/a"]
    assert spans("zie (veiligthuis.nl)") == ["veiligthuis.nl"]
    assert spans("زوروا https://x.nl/a، أو") == ["https://x.nl/a"]
    assert spans("A12 en 1e keer") == []
    assert spans("50% korting, €12,50") == ["50%", "€12,50"]
