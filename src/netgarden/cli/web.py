"""``serve``: the web app and the REST API on this database."""

from __future__ import annotations

import typer

from netgarden.cli.context import err_console, guarded, state


def register(app: typer.Typer) -> None:
    app.command("serve")(guarded(serve))


def serve(
    ctx: typer.Context,
    host: str = typer.Option(
        "127.0.0.1",
        "--host",
        help="Address to listen on (loopback only "
        "by default; 0.0.0.0 shows your network to everyone who can reach you).",
    ),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
) -> None:
    """Start the web app and the REST API (/api/v1, /docs) on this database."""
    import uvicorn

    from netgarden.settings import Settings
    from netgarden.web.app import create_app

    app = create_app(Settings.load(db=state(ctx).db))
    shown = f"[{host}]" if ":" in host else host
    err_console().print(f"netgarden is running at [bold]http://{shown}:{port}[/] (Ctrl-C stops it)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
