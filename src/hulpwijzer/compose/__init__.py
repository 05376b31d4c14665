"""Stage 3: what the guide says in one language, before any output draws it.

:mod:`.texts` gives the texts of one language (placeholders filled, drafts falling back to the
source language); :mod:`.formatting` writes contact data (opening hours, web addresses) as a
reader sees them; :mod:`.draft` says what a draft must say about itself. Reads no file.
"""
