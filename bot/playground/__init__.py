"""The browser playground: the local Discord-compatible server, the real bot, and a Discord-like page.

`marquee playground` (and `marquee run` without a DISCORD_TOKEN) starts it; see bot/playground/run.py.
"""
