"""The fake gateway: HELLO/IDENTIFY/READY, heartbeats, dispatches with sequence numbers, RESUME replay."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from aiohttp import WSMsgType, web

from .models import JSON
from .state import FakeState

log = logging.getLogger("fake_discord.gateway")

INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15
PRIVILEGED_INTENTS = INTENT_GUILD_MEMBERS | (1 << 8) | INTENT_MESSAGE_CONTENT  # members, presences, content
_MESSAGE_EVENTS = ("MESSAGE_CREATE", "MESSAGE_UPDATE")


@dataclass
class Session:
    """One identified gateway session; it outlives its websocket so it can be resumed."""

    id: str
    intents: int
    shard: tuple[int, int] | None
    seq: int = 0
    history: list[JSON] = field(default_factory=list)  # every dispatch sent, for RESUME replay
    ws: web.WebSocketResponse | None = None
    resumes: int = 0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def owns(self, guild_id: int | None) -> bool:
        """Whether events of ``guild_id`` go to this session (DMs go to shard 0)."""
        if self.shard is None:
            return True
        shard_id, count = self.shard
        return ((guild_id >> 22) % count if guild_id else 0) == shard_id


class Gateway:
    """Speaks Discord's gateway protocol (JSON text frames, never compressed) to discord.py."""

    def __init__(self, state: FakeState, resume_url: Callable[[], str]) -> None:
        self.state = state
        self._resume_url = resume_url
        self.heartbeat_interval_ms = 41250
        self.sessions: dict[str, Session] = {}
        self.identifies: list[JSON] = []  # IDENTIFY payloads, token removed
        self.received: list[JSON] = []  # every op the client sent (tokens removed)
        self.connect_paths: list[str] = []
        # Privileged intents "enabled in the developer portal"; asking for others closes with 4014.
        self.allowed_privileged = PRIVILEGED_INTENTS
        self._open = asyncio.Event()
        self._open.set()

    # -- websocket endpoint --------------------------------------------
    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.connect_paths.append(request.path)
        # During an outage the handshake succeeds but HELLO never comes, so the
        # client just waits: no back-off sleeps, and the RESUME is deterministic.
        await self._open.wait()
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}}))
        session: Session | None = None
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                op, data = frame.get("op"), frame.get("d")
                self.received.append(_without_token(frame))
                if op == 1:
                    await ws.send_str(json.dumps({"op": 11}))
                elif op == 2:
                    session = await self._identify(ws, data)
                elif op == 6:
                    session = await self._resume(ws, data)
                elif op == 8 and session is not None:
                    await self._send_chunk(session, data)
                elif op in (3, 4):
                    pass  # presence / voice state: nothing to do
                else:
                    log.warning("fake gateway: unhandled op %s", op)
        finally:
            if session is not None and session.ws is ws:
                session.ws = None
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: JSON) -> Session | None:
        self.identifies.append(_without_token({"d": data})["d"])
        if data.get("token") != self.state.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        if int(data.get("intents", 0)) & PRIVILEGED_INTENTS & ~self.allowed_privileged:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return None
        shard = (int(data["shard"][0]), int(data["shard"][1])) if data.get("shard") else None
        # A new IDENTIFY for the same shard replaces the old session, as on Discord.
        for old in [s for s in self.sessions.values() if s.shard == shard]:
            del self.sessions[old.id]
        session = Session(uuid.uuid4().hex, int(data.get("intents", 0)), shard)
        session.ws = ws
        self.sessions[session.id] = session
        guilds = [g for g in self.state.guilds.values() if session.owns(g.id)]
        ready: JSON = {
            "v": 10,
            "user": {**self.state.bot_user.payload(), "verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self._resume_url(),
            "application": {"id": str(self.state.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        if shard is not None:
            ready["shard"] = list(shard)
        await self._emit(session, "READY", ready)
        with_members = bool(session.intents & INTENT_GUILD_MEMBERS)
        bot_id = self.state.bot_user.id
        for guild in guilds:
            await self._emit(
                session, "GUILD_CREATE", guild.payload(include_members=with_members, bot_id=bot_id)
            )
        self.state.changed.notify()
        return session

    async def _resume(self, ws: web.WebSocketResponse, data: JSON) -> Session | None:
        session = self.sessions.get(str(data.get("session_id")))
        if session is None or data.get("token") != self.state.token:
            await ws.send_str(json.dumps({"op": 9, "d": False}))  # not resumable: client re-identifies
            return None
        last_seen = int(data.get("seq") or 0)
        async with session.lock:
            session.ws = ws
            for frame in session.history:
                if frame["s"] > last_seen:
                    await ws.send_str(json.dumps(frame))
            await self._emit_locked(session, "RESUMED", {})
            session.resumes += 1
        self.state.changed.notify()
        return session

    async def _send_chunk(self, session: Session, data: JSON) -> None:
        guild = self.state.guilds.get(int(data["guild_id"]))
        if guild is None:
            return
        wanted = {int(i) for i in data.get("user_ids") or []}
        query = str(data.get("query") or "").lower()
        members = [
            m.payload()
            for m in guild.members.values()
            if (not wanted or m.user.id in wanted) and m.user.username.lower().startswith(query)
        ]
        chunk: JSON = {"guild_id": str(guild.id), "members": members, "chunk_index": 0, "chunk_count": 1}
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await self._emit(session, "GUILD_MEMBERS_CHUNK", chunk)

    # -- dispatching ------------------------------------------------------
    async def dispatch(self, event: str, data: JSON, guild_id: int | None = None) -> None:
        """Send an event to every session that would get it (shard, intents), queueing while offline."""
        for session in list(self.sessions.values()):
            if not session.owns(guild_id):
                continue
            view = self._as_seen_by(session, event, data)
            if view is not None:
                await self._emit(session, event, view)

    async def _emit(self, session: Session, event: str, data: JSON) -> None:
        async with session.lock:
            await self._emit_locked(session, event, data)

    async def _emit_locked(self, session: Session, event: str, data: JSON) -> None:
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.history.append(frame)
        if session.ws is not None and not session.ws.closed:
            try:
                await session.ws.send_str(json.dumps(frame))
            except ConnectionError:
                # The client is gone mid-send; the frame stays in history for RESUME.
                session.ws = None

    def _as_seen_by(self, session: Session, event: str, data: JSON) -> JSON | None:
        """Apply intent gating and message-content blanking the way Discord does."""
        if event not in _MESSAGE_EVENTS:
            return data
        needed = INTENT_GUILD_MESSAGES if "guild_id" in data else INTENT_DIRECT_MESSAGES
        if not session.intents & needed:
            return None
        if session.intents & INTENT_MESSAGE_CONTENT:
            return data
        return self._blank_content(data, in_dm="guild_id" not in data)

    def _blank_content(self, data: JSON, *, in_dm: bool) -> JSON:
        bot_id = str(self.state.bot_user.id)
        # Exempt: the bot's own messages, DMs, and messages that mention the bot.
        exempt = (
            in_dm
            or data["author"]["id"] == bot_id
            or any(m.get("id") == bot_id for m in data.get("mentions") or [])
        )
        out = dict(data)
        if not exempt:
            out.update(content="", embeds=[], attachments=[], components=[])
            out.pop("poll", None)
        if isinstance(out.get("referenced_message"), dict):
            out["referenced_message"] = self._blank_content(out["referenced_message"], in_dm=in_dm)
        return out

    # -- connection control -------------------------------------------------
    async def drop(self, code: int = 4000) -> None:
        """Close every live websocket; sessions stay resumable (code 4000 = "unknown error")."""
        for session in self.sessions.values():
            ws, session.ws = session.ws, None
            if ws is not None and not ws.closed:
                await ws.close(code=code, message=b"fake Discord: connection dropped")

    @asynccontextmanager
    async def outage(self) -> AsyncIterator[None]:
        """Drop the connection and hold reconnects (no HELLO) until the block ends."""
        self._open.clear()
        await self.drop()
        try:
            yield
        finally:
            self._open.set()

    @property
    def resume_count(self) -> int:
        return sum(s.resumes for s in self.sessions.values())

    async def close(self) -> None:
        self._open.set()
        await self.drop(code=1001)


def _without_token(frame: JSON) -> JSON:
    data = frame.get("d")
    if isinstance(data, dict) and "token" in data:
        return {**frame, "d": {**data, "token": "<redacted>"}}
    return frame
