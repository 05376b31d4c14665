"""Stage 1: read ``content/`` and ``translations/`` into the typed model.

Only this package reads the project's files. :mod:`.characters` checks bytes and characters,
:mod:`.reader` reads YAML strictly and keeps the line of every value, :mod:`.explain` puts YAML
syntax errors in plain words, :mod:`.content` and :mod:`.translations` turn the files into a
:class:`~hulpwijzer.model.Guide`, and :mod:`.states` reads the translators' state files.
"""

from .characters import MAX_FILE_BYTES, MERGE_CONFLICT_HINT
from .content import load_guide
from .reader import YamlDoc, read_yaml, relative_path
from .translations import LANGUAGE_FILE, load_translation

__all__ = [
    "LANGUAGE_FILE",
    "MAX_FILE_BYTES",
    "MERGE_CONFLICT_HINT",
    "YamlDoc",
    "load_guide",
    "load_translation",
    "read_yaml",
    "relative_path",
]
