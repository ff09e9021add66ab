"""The intents the engine answers, collected from intents/handlers."""

from __future__ import annotations

import importlib
import pkgutil

from intents import handlers
from intents.catalog.intents import with_catalog
from intents.handlers import meta
from intents.registry import Intent


def default_intents() -> list[Intent]:
    """Every intent Marquee answers: the INTENTS of each module in intents/handlers, found by themselves
    (a new intent is one new module there), then help, which lists the others."""
    intents: list[Intent] = []
    for module in sorted(pkgutil.iter_modules(handlers.__path__), key=lambda m: m.name):
        loaded = importlib.import_module(f"{handlers.__name__}.{module.name}")
        intents.extend(getattr(loaded, "INTENTS", ()))
    # Catalog phrasings ("what films did X act in") extend the show intents; their handlers answer for films.
    intents = with_catalog(intents)
    return [*intents, meta.make_help(intents)]
