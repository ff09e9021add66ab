"""Platform-neutral question answering: normalisation, entity linking, intent matching and answers."""
