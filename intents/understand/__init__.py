"""Question understanding before linking: fans' shorthand and chatter, answer forms, and chained subjects."""
