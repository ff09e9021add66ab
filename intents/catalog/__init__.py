"""Catalog questions: films, the people who made them, their genres, languages, tags and ratings.

Kept import-light (linking imports `intents.catalog.words`); the intents live in `intents.catalog.intents`.
"""
