"""Review: the terminal quiz.

loading and deckcache (decks read fast, checked meanwhile), library (what can be reviewed), quiz (the
session), scheduler (FSRS), grading (typed answers), store (progress in SQLite) and stats. Others use
`loading.Loading`, `quiz`, `store.Store` and `stats.compute`; rendering lives in studydeck/ui.py.
"""
