"""Sliding-window rate limits for questions, per user and per channel (shared by chat and commands)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class Limiter:
    """Sliding-window rate limits per user and per channel, shared by chat and commands."""

    def __init__(
        self,
        per_user: tuple[int, float] = (5, 30.0),
        per_channel: tuple[int, float] = (20, 30.0),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = {"user": per_user, "channel": per_channel}
        self._hits: dict[tuple[str, int], deque[float]] = {}
        self._clock = clock
        self._next_sweep = 0.0

    def _sweep(self, now: float) -> None:
        # Users who asked once and left would otherwise keep their entry forever.
        longest = max(per for _, per in self._limits.values())
        self._hits = {k: h for k, h in self._hits.items() if h and now - h[-1] < longest}
        self._next_sweep = now + longest

    def _retry_after(self, kind: str, key: int, now: float) -> float:
        rate, per = self._limits[kind]
        hits = self._hits.get((kind, key))
        if hits is None:
            return 0.0
        while hits and now - hits[0] >= per:
            hits.popleft()
        if not hits:
            del self._hits[(kind, key)]  # keep memory bounded by active users/channels
            return 0.0
        return per - (now - hits[0]) if len(hits) >= rate else 0.0

    def hit(self, user_id: int, channel_id: int) -> float | None:
        """Count one question; None if allowed, else seconds until it would be."""
        now = self._clock()
        if now >= self._next_sweep:
            self._sweep(now)
        wait = max(self._retry_after("user", user_id, now), self._retry_after("channel", channel_id, now))
        if wait > 0:
            return wait
        for kind, key in (("user", user_id), ("channel", channel_id)):
            self._hits.setdefault((kind, key), deque()).append(now)
        return None
