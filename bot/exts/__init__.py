"""Discord features of Marquee, each a cog loaded as an extension by MarqueeBot.setup_hook."""
