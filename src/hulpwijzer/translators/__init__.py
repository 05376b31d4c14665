"""The translators' workflow, beside the pipeline: where every language stands (:mod:`.status`),
a new language (:mod:`.scaffold`), confirming translations against the Dutch (:mod:`.lock`),
native speakers' reviews (:mod:`.review`), notes and room per text (:mod:`.notes`), XLIFF for
agencies (:mod:`.xliff`, :mod:`.xliff_import`), JSON Schemas for editors (:mod:`.schemas`),
pages as pictures (:mod:`.preview`) and editing a YAML file in place (:mod:`.yamledit`). Reads
through :mod:`hulpwijzer.load`, writes through :mod:`hulpwijzer.publish.files`.
"""
