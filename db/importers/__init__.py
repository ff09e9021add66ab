"""Importers that turn seed files, catalogs and articles into stored facts."""
