"""Marquee's storage layer: models, engine, migrations, importers and read queries. Knows nothing of Discord."""
