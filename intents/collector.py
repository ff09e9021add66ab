"""Building long-lived objects (a snapshot, a command's modules) without the cyclic collector's passes.

Nothing heavy is imported here: the command line pauses the collector before it imports the engine.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a snapshot is built, then keep the snapshot out of its way.

    A snapshot is hundreds of thousands of small objects without cycles; the collector's repeated passes
    over them while they are created cost more than building them (about half of a catalog's start-up).
    Once built, everything alive is frozen (gc.freeze): otherwise the collector's next passes walk the whole
    snapshot again (100-300 ms each with a 43k-film catalog), stalling whichever questions come next. Frozen
    objects are still freed by reference counting, so a snapshot a reload replaces goes as before. A later
    pause (a reload; a build after the command's imports were made under one) first collects what is not
    frozen: garbage with cycles would stay for good once frozen, and with the rest frozen that pass is short.
    The same holds for a command's imports (modules, classes, functions that live as long as the process).
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
