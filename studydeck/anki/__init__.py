"""Anki: deck files -> .apkg packages, and into a running Anki.

build (validate, lint and package a library, skipping what buildcache knows is up to date), export
(one deck's notes and tags, stamped with their times), package (the .apkg bytes), templates (the
note types' templates, a curator's or studydeck's), presets (deck options), links (the source
line's links) and connect (push through AnkiConnect). Others use `build.build` and `connect.push`.
"""
