"""The one-character gate in front of the network-name pattern must let every network's name through."""

from __future__ import annotations

import importlib
import re
from typing import Any

from ingest.names import ANY_NETWORK, NETWORK_FIRST_CHARACTERS, NETWORKS

# The standard library's own regex parser (no type stubs): what a pattern can start with, read exactly.
sre: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")


def _first_characters(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The characters a parsed pattern's first consumed character can be, and whether it can match empty.

    Zero-width checks are skipped, which can only widen the set: a safe over-estimate for a gate test.
    """
    found: set[str] = set()
    for op, arg in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            return found | {chr(arg)}, False
        if op is sre.IN:
            for kind, value in arg:
                assert kind in (sre.LITERAL, sre.RANGE), f"unsupported class item {kind}"
                low, high = (value, value) if kind is sre.LITERAL else value
                found |= {chr(c) for c in range(low, high + 1)}
            return found, False
        if op is sre.SUBPATTERN:
            assert not arg[1] and not arg[2], "inline flags would change the letters' case"
            inner, empty = _first_characters(list(arg[3]))
        elif op is sre.BRANCH:
            results = [_first_characters(list(branch)) for branch in arg[1]]
            inner, empty = set().union(*(r[0] for r in results)), any(r[1] for r in results)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner, empty = _first_characters(list(arg[2]))
            empty = empty or arg[0] == 0
        else:
            raise AssertionError(f"unsupported pattern element {op}")
        found |= inner
        if not empty:
            return found, False
    return found, True


def test_every_network_starts_with_a_gate_character() -> None:
    for name, pattern in NETWORKS:
        assert not pattern.flags & re.IGNORECASE, name
        first, empty = _first_characters(list(sre_parse.parse(pattern.pattern)))
        assert not empty, f"{name} can match nothing"
        missing = first - set(NETWORK_FIRST_CHARACTERS)
        assert not missing, f"{name} may start with {missing}: add them to NETWORK_FIRST_CHARACTERS"


def test_the_gated_pattern_finds_a_network_named_mid_sentence() -> None:
    assert re.search(ANY_NETWORK, "The comedy Pine Hollow returns on Hulu in May.") is not None
