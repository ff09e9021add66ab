"""A stored copy of the engine's snapshot (the facts and the tables derived from them), so a start with the
same facts and the same code reads one file instead of reading every fact and deriving the tables again.

The file sits beside the SQLite database (`marquee.db` -> `marquee.db.snapshot`, like SQLite's own `-wal`
file) and is used only when its key matches: the format, the Python version, the source files that shape a
snapshot (by size and modification time, the rule Python uses for its own bytecode cache) and the facts
version (db.freshness) read before the facts were. Any other file (older facts, other code, cut short,
unreadable) is ignored, and the caller replaces it with the snapshot it builds.

The body is a pickle, which names the classes it rebuilds: the file is written by Marquee into the
database's own folder with owner-only permissions, so whoever could plant one could change the database
(and the code beside it) already. A server database (PostgreSQL) has no folder of its own: no store.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import operator
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.freshness import FactsVersion
from db.urls import default_database_url, normalise_url, plain_sqlite_file

log = logging.getLogger(__name__)

# Bump when what a stored snapshot holds changes shape in a way the source fingerprint would not show.
SNAPSHOT_FORMAT = 1
SUFFIX = ".snapshot"


def source_fingerprint(folders: Iterable[Path]) -> str:
    """A digest of every .py file under `folders` by path, size and modification time (a few ms): an edit,
    a checkout or a deploy changes it, so a snapshot built by other code is never read back."""
    digest = hashlib.blake2b(digest_size=16)
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith(".py"):
                    stat = os.stat(os.path.join(root, name))
                    digest.update(f"{root}/{name}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class SnapshotStore:
    """Where one database's stored snapshot lives, and the code fingerprint its key includes."""

    path: Path
    code: str

    @classmethod
    def beside(cls, url: str | None, code: str) -> SnapshotStore | None:
        """The store beside a SQLite file database; None for an in-memory or a server database."""
        normalised = normalise_url(url or default_database_url())
        plain = plain_sqlite_file(normalised)
        if plain is not None:  # read as SQLAlchemy reads it, without importing SQLAlchemy
            return cls(plain.resolve().with_name(plain.name + SUFFIX), code)
        # Imported here: any other URL is read by SQLAlchemy's parser.
        from sqlalchemy.engine.url import make_url

        parsed = make_url(normalised)
        database = parsed.database
        in_memory = not database or database.startswith((":memory:", "file:"))
        if parsed.get_backend_name() != "sqlite" or database is None or in_memory:
            return None
        return cls(Path(database).resolve().with_name(Path(database).name + SUFFIX), code)

    def key(self, facts: FactsVersion) -> bytes:
        """The one-line key a stored snapshot must carry to be read back for these facts."""
        parts = (SNAPSHOT_FORMAT, sys.version, self.code, facts)
        return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest().encode() + b"\n"

    def load(self, facts: FactsVersion) -> object | None:
        """The snapshot stored for these facts, or None (none stored, another key, or unreadable)."""
        try:
            with self.path.open("rb") as stored:
                if stored.readline() != self.key(facts):
                    return None
                snapshot: object = pickle.load(stored)
                return snapshot
        except FileNotFoundError:
            return None
        except Exception as exc:  # a damaged or foreign file is only a missed shortcut
            log.info("stored snapshot %s not read (%s); the facts are read instead", self.path, exc)
            return None

    def save(self, facts: FactsVersion, snapshot: object) -> bool:
        """Store `snapshot` under the key of `facts`, replacing the file whole (readers see the old file or
        the new one, never half of one); False, logged, when it can't be written."""
        fd, temporary = -1, ""
        try:
            fd, temporary = tempfile.mkstemp(prefix=self.path.name + ".", dir=self.path.parent)
            with os.fdopen(fd, "wb") as out:
                fd = -1  # the file object closes it now
                out.write(self.key(facts))
                _SnapshotPickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(snapshot)
            os.replace(temporary, self.path)
            return True
        except Exception as exc:  # a full disk, a read-only folder, an object that can't be pickled
            log.warning("snapshot not stored at %s (%s); the next start reads the facts", self.path, exc)
            if fd >= 0:
                os.close(fd)
            if temporary:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            return False


class _SnapshotPickler(pickle.Pickler):
    """A pickler that stores frozen slotted dataclasses (every fact record, the linker's entity refs) as
    their field values, rebuilt by `_frozen_rebuilt`.

    Unpickled as dataclasses pickle them, each goes through the generated __setstate__, which asks
    dataclasses.fields() again and sets every field through object.__setattr__, for every object: most of
    the time to read back a catalog's snapshot (130,000 such records).
    """

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        try:
            values = _FIELD_VALUES[cls]
        except KeyError:
            values = _FIELD_VALUES[cls] = _field_values(cls)
        if values is None:
            return NotImplemented
        # One flat tuple (class, values...): the unpickler keeps every tuple until it ends.
        return (_frozen_rebuilt, (cls, *values(obj)))


_FIELD_VALUES: dict[type, Callable[[Any], tuple[Any, ...]] | None] = {}
_TWINS: dict[type, type] = {}


def _field_values(cls: type) -> Callable[[Any], tuple[Any, ...]] | None:
    """What reads the field values of a frozen dataclass with slots (straight on object, two fields or
    more, pickled no way of its own); None for any other class, pickled as usual."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or cls.__bases__ != (object,):
        return None
    own = vars(cls)
    names = tuple(field.name for field in dataclasses.fields(cls))
    if own.get("__slots__") != names or len(names) < 2 or "__reduce__" in own or "__reduce_ex__" in own:
        return None
    return operator.attrgetter(*names)  # a tuple of the values, read in C


def _frozen_rebuilt(cls: type, *values: Any) -> Any:
    """A frozen slotted dataclass from its field values, as db.fact_records.frozen_records builds them: a
    plain twin class with the same slots is filled (its __init__ assigns directly), then the object
    becomes a `cls` (the layouts are the same, so Python allows it)."""
    twin = _TWINS.get(cls)
    if twin is None:
        names = [f.name for f in dataclasses.fields(cls)]
        twin = _TWINS[cls] = dataclasses.make_dataclass(f"_{cls.__name__}Rebuilt", names, slots=True)
    built = twin(*values)
    built.__class__ = cls
    return built
