"""``python -m hulpwijzer``: the same as the ``hulpwijzer`` command."""

import sys

from .cli import main

sys.exit(main())
