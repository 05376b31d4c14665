"""Stage 3: what the guide says in one language, before any output draws it.

:mod:`.texts` gives the texts of one language (placeholders filled, drafts falling back to the
source language); :mod:`.formatting` writes contact data (opening hours, web addresses) as a
reader sees them; :mod:`.draft` says what a draft must say about itself; :mod:`.booklet`
composes the whole guide of one language as the format-neutral blocks of :mod:`.blocks`, which
every output draws. Reads no file.
"""
