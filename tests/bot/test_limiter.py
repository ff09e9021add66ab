"""Sliding-window limits per user and per channel."""

from __future__ import annotations

from bot.limiter import Limiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_user_limit_then_window_slides() -> None:
    clock = Clock()
    limiter = Limiter(per_user=(2, 10.0), per_channel=(100, 10.0), clock=clock)
    assert limiter.hit(1, 100) is None
    assert limiter.hit(1, 100) is None
    assert limiter.hit(1, 100) == 10.0
    assert limiter.hit(2, 100) is None  # another user is not affected
    clock.now = 10.0
    assert limiter.hit(1, 100) is None


def test_channel_limit_covers_all_users() -> None:
    clock = Clock()
    limiter = Limiter(per_user=(100, 10.0), per_channel=(3, 10.0), clock=clock)
    assert [limiter.hit(user, 7) for user in (1, 2, 3)] == [None, None, None]
    clock.now = 4.0
    assert limiter.hit(4, 7) == 6.0
    assert limiter.hit(4, 8) is None


def test_refused_hits_are_not_counted_and_memory_is_released() -> None:
    clock = Clock()
    limiter = Limiter(per_user=(1, 5.0), per_channel=(100, 5.0), clock=clock)
    assert limiter.hit(1, 1) is None
    for _ in range(10):
        assert limiter.hit(1, 1) is not None
    clock.now = 5.0
    assert limiter.hit(1, 1) is None
    clock.now = 20.0
    assert limiter.hit(2, 2) is None
    assert limiter.hit(1, 1) is None  # old windows were dropped, not accumulated


def test_idle_entries_are_swept() -> None:
    clock = Clock()
    limiter = Limiter(per_user=(5, 10.0), per_channel=(50, 10.0), clock=clock)
    for user in range(100):
        limiter.hit(user, user)
    clock.now = 25.0
    limiter.hit(1000, 1000)
    assert len(limiter._hits) == 2  # only the new user's and channel's windows remain
