"""/api/v1: import uploaded files, export the network."""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, Response, UploadFile

from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep, allowed
from netgarden.web.schemas import ImportSummaryRead

router = APIRouter(prefix=PREFIX)


@router.post("/import", response_model=ImportSummaryRead)
def import_files(
    request: Request,
    unit: UnitDep,
    files: Annotated[
        list[UploadFile],
        File(description="LinkedIn zip, .vcf, Google/Outlook CSV, .ics, .mbox, WhatsApp .txt"),
    ],
    format: Annotated[str | None, Form(max_length=20)] = None,
    column_map: Annotated[
        str | None,
        Form(
            alias="map",
            max_length=2000,
            description='With format csv: "Column=field,..." (fields: name, email, company…)',
        ),
    ] = None,
    dry_run: Annotated[bool, Form()] = False,
    me_emails: Annotated[
        str | None,
        Form(max_length=2000, description="Your own email addresses, comma-separated (kept)"),
    ] = None,
) -> ImportSummaryRead:
    limits = request.app.state.settings.zip_limits()
    if me_emails:
        from netgarden.services.preferences import set_preference

        set_preference(unit, "me_emails", me_emails)
    summary = run_import(unit, files, format, column_map, dry_run, limits)
    return allowed(ImportSummaryRead, summary.as_dict(), dry_run=dry_run)


def run_import(
    unit: Unit,
    files: list[UploadFile],
    fmt: str | None,
    column_map: str | None,
    dry_run: bool,
    limits: Any = None,
) -> Any:
    """Uploaded files are imported under the names they were sent with (a zip is measured
    against ``limits`` before it is unpacked). The request's size is capped by
    ``upload_limit_mb`` (web/limits.py) before it gets here."""
    from netgarden.services.importing import import_sources, open_files

    uploads = [
        (FilePath(u.filename or f"upload-{i}").name or f"upload-{i}", u.file.read())
        for i, u in enumerate(files)
    ]
    sources = open_files(uploads, fmt or None, column_map or None, limits)
    return import_sources(unit, sources, deps.now(), dry_run=dry_run)


@router.get("/export/{fmt}", responses={200: {"content": {"application/octet-stream": {}}}})
def export_file(unit: UnitDep, fmt: str, version: str = Query("4.0", max_length=4)) -> Response:
    from netgarden.web.downloads import download

    return download(unit, fmt, version, deps.today())
