"""Fixtures of the intents tests: the invented follow-up world (tests/intents/followup_world.py) and the
invented fan-phrasing world (tests/intents/fan_world.py)."""

from tests.intents.fan_world import fan_world_knowledge, fans
from tests.intents.followup_world import world, world_knowledge

__all__ = ["fan_world_knowledge", "fans", "world", "world_knowledge"]
