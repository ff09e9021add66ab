"""End-to-end tests: real discord.py clients against the local fake Discord server."""
