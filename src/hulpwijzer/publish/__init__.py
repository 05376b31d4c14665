"""Stage 6: the guides on disk. Plans the jobs (language × output), fingerprints their inputs,
renders what changed in worker processes, writes the manifest and replaces ``build/`` all at
once (:mod:`.build`); :mod:`.run` holds the check and build pipelines the commands run;
:mod:`.verify` proves that a file is the one that was built; :mod:`.files` writes a file all at
once. Only this stage (and the translators' workflow, through :mod:`.files`) writes files.
"""
