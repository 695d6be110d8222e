"""Ingest: episode notes -> cards -> deck files.

notes/ reads the three notes formats into Notes; facts, keys, questions and generate turn them into
cards; merge plans and writes deck files without undoing a curator's work, reconcile deciding what
re-ingest does with each card and match pairing a corrected card with the one it corrects. Others use
`merge.plan` and `merge.write` (the `ingest` command) and `generate.make` / `generate.cards`.
"""
