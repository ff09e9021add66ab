"""Answers worked out once per article: kept for one `extract_facts` call, so no article text outlives it.

A global `lru_cache` keyed by the article's text would keep thousands of whole articles alive between calls;
a memo scoped to one extraction gives the same reuse (every step asks again about the same titles and text)
and is dropped with the article.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")

_MEMO: ContextVar[dict[tuple[object, ...], object] | None] = ContextVar("ingest_article_memo", default=None)


@contextmanager
def article_memo() -> Iterator[None]:
    """Remember `per_article` answers until the block ends (one article's extraction)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_article(function: Callable[P, R]) -> Callable[P, R]:
    """Memoise a pure function of hashable positional arguments inside `article_memo` (outside: no memo)."""

    @functools.wraps(function)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _MEMO.get()
        if memo is None or kwargs:
            return function(*args, **kwargs)
        key = (function, *args)
        if key in memo:
            return cast(R, memo[key])
        value = memo[key] = function(*args, **kwargs)
        return value

    return remembered
