"""Stage 6: the guides on disk. :mod:`.plan` decides which languages are built and as what;
:mod:`.build` runs the build: it fingerprints each file's inputs (:mod:`.fingerprint`), reuses
the unchanged files the manifest records (:mod:`.manifest`), renders the others in worker
processes (:mod:`.workers`) and replaces ``build/`` all at once. :mod:`.run` holds the check and
build pipelines the commands run; :mod:`.verify` proves that a file is the one that was built;
:mod:`.files` writes a file all at once. Only this stage (and the translators' workflow, through
:mod:`.files`) writes files.
"""
