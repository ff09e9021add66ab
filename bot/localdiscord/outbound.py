"""What happens to a message the bot sends: permissions, allowed mentions, storage, echo on the gateway."""

from __future__ import annotations

from copy import copy
from typing import Any

from .gateway import Gateway
from .models import EMBED_LINKS, JSON, SEND_MESSAGES, VIEW_CHANNEL, FakeChannel, FakeUser, iso_now, snowflake
from .replies import Reply, error, rate_limited
from .state import FakeState, SentMessage

_EDITABLE: dict[str, Any] = {"content": "", "embeds": [], "components": [], "flags": 0}


class Outbound:
    """Turns the bot's sends and edits into stored messages, the way Discord would."""

    def __init__(self, state: FakeState, gateway: Gateway) -> None:
        self.state = state
        self.gateway = gateway

    def take_rate_limit(self) -> Reply | None:
        """Consume one of the 429s a test asked for, if any remain."""
        if self.state.pending_429s <= 0:
            return None
        self.state.pending_429s -= 1
        return rate_limited(self.state.retry_after, is_global=self.state.global_429s)

    def _bot_permissions(self, channel: FakeChannel) -> int | None:
        guild = self.state.guilds.get(channel.guild_id) if channel.guild_id else None
        if guild is None:
            return None  # DMs: no permission system
        return guild.channel_permissions(self.state.bot_user.id, channel.id)

    def _pings(
        self, body: JSON, content: str, reference: JSON | None
    ) -> tuple[list[FakeUser], list[int], bool]:
        """Who Discord would notify, honouring allowed_mentions (absent = everything parses)."""
        users, roles, everyone = self.state.parse_mentions(content)
        allowed: Any = body.get("allowed_mentions")
        replied = self.state.users.get(int(reference["author"]["id"])) if reference else None
        if not isinstance(allowed, dict):
            return users + ([replied] if replied else []), roles, everyone
        parse = set(allowed.get("parse") or [])
        allowed_users = {int(u) for u in allowed.get("users") or []}
        allowed_roles = {int(r) for r in allowed.get("roles") or []}
        users = [u for u in users if "users" in parse or u.id in allowed_users]
        roles = [r for r in roles if "roles" in parse or r in allowed_roles]
        if replied is not None and allowed.get("replied_user"):
            users.append(replied)
        return users, roles, everyone and "everyone" in parse

    async def create(
        self,
        channel: FakeChannel,
        body: JSON,
        *,
        kind: str,
        interaction_id: int | None = None,
        message_type: int | None = None,
    ) -> SentMessage | Reply:
        """Store and echo a new bot message, or return the error Discord would give."""
        perms = self._bot_permissions(channel)
        if (
            perms is not None
            and kind == "channel"
            and (perms & (VIEW_CHANNEL | SEND_MESSAGES)) != (VIEW_CHANNEL | SEND_MESSAGES)
        ):
            return error(403, 50013, "Missing Permissions")
        embeds = list(body.get("embeds") or [])
        if perms is not None and not perms & EMBED_LINKS and kind == "channel":
            embeds = []  # Discord drops embeds the bot may not post
        content = str(body.get("content") or "")
        components = list(body.get("components") or [])
        if not (content or embeds or components or body.get("_files")):
            return error(400, 50006, "Cannot send an empty message")
        reference = None
        ref = body.get("message_reference")
        if isinstance(ref, dict) and ref.get("message_id"):
            reference = self.state.messages.get(int(ref["message_id"]))
            if reference is None and ref.get("fail_if_not_exists", True):
                return error(400, 50035, "Invalid Form Body: Unknown message")
        users, roles, everyone = self._pings(body, content, reference)
        payload = self.state.build_message(
            channel,
            self.state.bot_user,
            content,
            mentions=users,
            mention_roles=roles,
            mention_everyone=everyone,
            embeds=embeds,
            components=components,
            reference=reference,
            message_type=message_type,
        )
        payload["flags"] = int(body.get("flags") or 0)
        payload["attachments"] = [
            {
                "id": str(snowflake()),
                "filename": f["filename"],
                "size": f["size"],
                "url": f"https://cdn.invalid/attachments/{channel.id}/{f['filename']}",
                "proxy_url": f"https://media.invalid/attachments/{channel.id}/{f['filename']}",
            }
            for f in body.get("_files") or []
        ]
        sent = SentMessage(int(payload["id"]), channel.id, kind, body, payload, interaction_id)
        self.state.record_sent(sent)
        if not sent.ephemeral:
            await self.gateway.dispatch("MESSAGE_CREATE", payload, channel.guild_id)
        return sent

    async def edit(
        self, message_id: int, body: JSON, *, kind: str = "edit", interaction_id: int | None = None
    ) -> SentMessage | Reply:
        """Apply an edit to a stored message and echo MESSAGE_UPDATE."""
        payload = self.state.messages.get(message_id)
        if payload is None:
            return error(404, 10008, "Unknown Message")
        for key, cleared in _EDITABLE.items():
            if key in body:
                # As on Discord, an explicit null clears a field ("content": null removes the text).
                payload[key] = copy(cleared) if body[key] is None else body[key]
        payload["edited_timestamp"] = iso_now()
        channel = self.state.channels[int(payload["channel_id"])]
        sent = SentMessage(message_id, channel.id, kind, body, dict(payload), interaction_id)
        self.state.record_sent(sent)
        await self.gateway.dispatch("MESSAGE_UPDATE", payload, channel.guild_id)
        return sent
