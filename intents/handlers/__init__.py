"""One module per family of intents; each exports INTENTS."""
