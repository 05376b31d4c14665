"""The names of the two files a build folder holds besides the guides: light to import, for the
commands that only look at a build (:mod:`.unchanged`)."""

MANIFEST = "manifest.json"  # the record of the build (:mod:`.manifest`)
MARKER = ".hulpwijzer-output"  # the list of the files hulpwijzer wrote there (:mod:`.files`)
