"""Interaction callbacks, follow-ups and edits of the original response (the webhook side of REST)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .models import JSON
from .outbound import Outbound
from .replies import Reply, error, no_content, ok
from .state import FakeState, InteractionRecord, SentMessage

if TYPE_CHECKING:
    from .rest import Call

_APP_COMMAND_MESSAGE = 20  # MessageType.chat_input_command


class Webhooks:
    """Handlers keyed by interaction id/token, sharing the Outbound message logic."""

    def __init__(self, state: FakeState, outbound: Outbound) -> None:
        self.state = state
        self.outbound = outbound

    def register(self, add: Callable[[str, str, Callable[[Call], Awaitable[Reply]]], None]) -> None:
        add("POST", "/interactions/{interaction}/{token}/callback", self.callback)
        add("POST", "/webhooks/{app}/{token}", self.followup)
        add("GET", "/webhooks/{app}/{token}/messages/{message}", self.get_message)
        add("PATCH", "/webhooks/{app}/{token}/messages/{message}", self.edit_message)
        add("DELETE", "/webhooks/{app}/{token}/messages/{message}", self.delete_message)

    def _by_token(self, token: str) -> InteractionRecord | None:
        return next((r for r in self.state.interactions.values() if r.token == token), None)

    def _message_id(self, record: InteractionRecord, raw: str) -> int | None:
        return record.original_message_id if raw == "@original" else int(raw)

    async def callback(self, call: Call) -> Reply:
        record = self.state.interactions.get(call.id("interaction"))
        if record is None or record.token != call.params["token"]:
            return error(404, 10062, "Unknown interaction")
        if record.callbacks:
            return error(400, 40060, "Interaction has already been acknowledged.")
        body: JSON = call.body or {}
        record.callbacks.append(body)
        kind = int(body.get("type", 0))
        data: JSON = body.get("data") or {}
        info: JSON = {"id": str(record.id), "type": record.type}
        response: JSON = {"interaction": info}
        channel = self.state.channels[record.channel_id]
        if kind == 4:
            sent = await self.outbound.create(
                channel, data, kind="interaction", interaction_id=record.id, message_type=_APP_COMMAND_MESSAGE
            )
            if not isinstance(sent, SentMessage):
                record.callbacks.clear()  # a refused response does not acknowledge
                return sent
            record.original_message_id = sent.id
            info["response_message_id"] = str(sent.id)
            info["response_message_ephemeral"] = sent.ephemeral
            response["resource"] = {"type": 4, "message": sent.payload}
        elif kind == 5:
            # A deferral shows "thinking…": an empty message the bot fills in later.
            placeholder = self.state.build_message(channel, self.state.bot_user, "", mentions=[])
            placeholder["flags"] = 128 | int(data.get("flags") or 0)
            record.original_message_id = int(placeholder["id"])
            info.update(response_message_id=placeholder["id"], response_message_loading=True)
        elif kind == 7:
            message = record.payload.get("message")
            if message is not None:
                updated = await self.outbound.edit(
                    int(message["id"]), data, kind="update", interaction_id=record.id
                )
                if isinstance(updated, SentMessage):
                    response["resource"] = {"type": 7, "message": updated.payload}
        elif kind == 8:
            record.choices = list(data.get("choices") or [])
        self.state.changed.notify()
        return ok(response)

    async def followup(self, call: Call) -> Reply:
        record = self._by_token(call.params["token"])
        if record is None:
            return error(404, 10015, "Unknown Webhook")
        if not record.callbacks:
            return error(400, 40060, "Interaction has not been acknowledged.")
        limited = self.outbound.take_rate_limit()
        if limited is not None:
            return limited
        channel = self.state.channels[record.channel_id]
        result = await self.outbound.create(
            channel, call.body or {}, kind="followup", interaction_id=record.id
        )
        return ok(result.payload) if isinstance(result, SentMessage) else result

    async def get_message(self, call: Call) -> Reply:
        record = self._by_token(call.params["token"])
        message_id = self._message_id(record, call.params["message"]) if record else None
        message = self.state.messages.get(message_id) if message_id else None
        return ok(message) if message else error(404, 10008, "Unknown Message")

    async def edit_message(self, call: Call) -> Reply:
        record = self._by_token(call.params["token"])
        message_id = self._message_id(record, call.params["message"]) if record else None
        if record is None or message_id is None:
            return error(404, 10008, "Unknown Message")
        body: Any = call.body or {}
        result = await self.outbound.edit(message_id, body, kind="edit", interaction_id=record.id)
        return ok(result.payload) if isinstance(result, SentMessage) else result

    async def delete_message(self, call: Call) -> Reply:
        record = self._by_token(call.params["token"])
        message_id = self._message_id(record, call.params["message"]) if record else None
        if message_id is None or self.state.messages.pop(message_id, None) is None:
            return error(404, 10008, "Unknown Message")
        return no_content()
