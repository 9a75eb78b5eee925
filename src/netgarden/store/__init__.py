"""Persistence: tables, engine and sessions, migrations, and every query (repositories)."""
