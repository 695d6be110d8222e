"""Anki: deck files -> .apkg packages.

build (validate, lint and package a library, skipping what buildcache knows is up to date) and
export (one deck's notes, note types and templates through genanki). Others use `build.build`.
"""
