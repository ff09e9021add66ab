"""Marquee's adapters: the Discord bot and the `marquee` command line."""
