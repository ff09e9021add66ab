"""Typed stand-ins for discord.py's hybrid command decorators.

mypy cannot solve the generic callback type of ``commands.hybrid_command`` (and of
``HybridGroup.command``/``.group``) for cog methods, so every use would need an
ignore. These wrappers call the real decorators and only pin down their types.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, cast

from discord.ext import commands

Callback = Callable[..., Coroutine[Any, Any, None]]
HybridCommand = commands.HybridCommand[Any, ..., None]
HybridGroup = commands.HybridGroup[Any, ..., None]


def hybrid_command(**attrs: Any) -> Callable[[Callback], HybridCommand]:
    """``commands.hybrid_command``: one callback for ``!name`` and ``/name``."""
    return cast(Callable[[Callback], HybridCommand], commands.hybrid_command(**attrs))


def hybrid_group(**attrs: Any) -> Callable[[Callback], HybridGroup]:
    """``commands.hybrid_group``."""
    return cast(Callable[[Callback], HybridGroup], commands.hybrid_group(**attrs))


def subcommand(group: HybridGroup, **attrs: Any) -> Callable[[Callback], HybridCommand]:
    """``group.command(...)``."""
    return cast(Callable[[Callback], HybridCommand], group.command(**attrs))


def subgroup(group: HybridGroup, **attrs: Any) -> Callable[[Callback], HybridGroup]:
    """``group.group(...)``."""
    return cast(Callable[[Callback], HybridGroup], group.group(**attrs))
