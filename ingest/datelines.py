"""Places an article's dateline names ("BARTLESVILLE — For three months ..."): never a show's title."""

from __future__ import annotations

import re

# A paragraph opening with a place in capitals (maybe with its state), then a dash: a local paper's dateline.
_DATELINE = re.compile(
    r"(?m)^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)? [—–-]+ "
)


def dateline_places(body: str) -> set[str]:
    """The places datelines in `body` name, spelt as prose would ("BARTLESVILLE" gives "Bartlesville")."""
    return {m.group(1).title() for m in _DATELINE.finditer(body)}
