"""The ``netgarden`` command line. Modules import only Typer at start-up; each command
imports the services (and so SQLAlchemy) when it runs."""
