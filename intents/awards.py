"""Award bodies as fans name them ("emmys", "baftas", "globes"), each with its name in replies."""

from __future__ import annotations

AWARD_BODIES = {
    "emmy": "Emmy",
    "emmys": "Emmy",
    "bafta": "BAFTA",
    "baftas": "BAFTA",
    "golden globe": "Golden Globe",
    "golden globes": "Golden Globe",
    "globe": "Golden Globe",
    "oscar": "Oscar",
    "oscars": "Oscar",
    "sag": "SAG",
    "peabody": "Peabody",
}


def bodies_named(tokens: list[str]) -> list[str]:
    """The award bodies the folded tokens name, in the order of the table, each once."""
    joined = f" {' '.join(tokens)} "
    return list(dict.fromkeys(body for words, body in AWARD_BODIES.items() if f" {words} " in joined))
