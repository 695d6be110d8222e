"""Language: what studydeck knows about English words, shared by ingest (choosing keys) and lint
(judging them), so that both agree on what a common or a content word is.

words: tokens, stopwords, Zipf frequency from the committed table in data/, stems.
tags: tokenize(text), tag(tokens) and tag_text(text): one part-of-speech tag per token (lexicon: the
committed table in data/, closed: the hand-written closed classes, guess: unknown words; the rules that
choose a tag in context: context, openrules, closedrules).
Phrases are grouped from these tags where they are used: ingest/phrases.py (what a blank may take) and
lint/spans.py (what a blank cuts).
"""
