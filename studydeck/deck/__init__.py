"""The deck: the one contract between making cards and using them.

models (Deck, Card, Episode), deckfile (YAML text <-> Deck, every problem as path:line, through the
readers tree, quickyaml and fullyaml), quickindex (a deck's review cards read straight from its text),
cloze and markup (card text syntax), lockfile (per-card modification times), files (finding decks,
atomic writes) and schema (the JSON Schema of deck files). Every other subsystem may use all of it.
"""
