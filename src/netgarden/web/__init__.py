"""The web app and REST API: ``create_app(settings)``; pages (Jinja2 + HTMX) and /api/v1
(JSON) call the same services as the CLI. Imported only by ``netgarden serve``."""
