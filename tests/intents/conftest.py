"""Fixtures of the intents tests: the invented follow-up world (tests/intents/followup_world.py)."""

from tests.intents.followup_world import world, world_knowledge

__all__ = ["world", "world_knowledge"]
