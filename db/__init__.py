"""Storage: models, engine, migrations, importers and read queries. Knows nothing of Discord."""
