"""The intents the engine answers, collected from intents/handlers, and a helper for building snapshots."""

from __future__ import annotations

import contextlib
import gc
import importlib
import pkgutil
from collections.abc import Iterator

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


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a snapshot is built, then keep the snapshot out of its way.

    A snapshot is hundreds of thousands of small objects without cycles; the collector's repeated passes
    over them while they are created cost more than building them (about half of a catalog's start-up).
    Once built, everything alive is frozen (gc.freeze): otherwise the collector's next passes walk the whole
    snapshot again (100-300 ms each with a 43k-film catalog), stalling whichever questions come next. Frozen
    objects are still freed by reference counting, so a snapshot a reload replaces goes as before. A reload
    (something is frozen already) first collects what is not: garbage with cycles would stay for good once
    frozen, and with the previous snapshot frozen that pass is short.
    """
    if gc.get_freeze_count():
        gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
