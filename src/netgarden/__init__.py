"""netgarden: a local-first relationship manager for a professional networking practice."""

__version__ = "0.1.0"
