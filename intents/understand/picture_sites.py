"""The sites a show's pictures are posted on, by the words fans use for them: one table for every reader of
pictures (intents.understand.picture_asks, intents.understand.posted_media)."""

from __future__ import annotations

POSTING_SITES: dict[str, str] = {
    "x": "X", "twitter": "X", "tweet": "X", "tweeted": "X", "instagram": "Instagram", "insta": "Instagram",
    "ig": "Instagram", "tiktok": "TikTok", "tik tok": "TikTok", "facebook": "Facebook", "fb": "Facebook",
    "youtube": "YouTube", "yt": "YouTube", "threads": "Threads", "tumblr": "Tumblr", "bluesky": "Bluesky",
}  # fmt: skip
