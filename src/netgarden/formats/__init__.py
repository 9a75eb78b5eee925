"""Importers and exporters: one module per format. Importers are stream parsers that yield
records (:mod:`netgarden.formats.records`); matching and applying them is a separate stage
(:mod:`netgarden.services.importing`)."""
