"""Import and export pages. Import: upload, preview (nothing is written), then confirm or cancel.

Uploads wait between the preview and the confirmation in a folder per preview, named by a
random token: ``<token>/options.json`` (the format and column map as typed) and
``<token>/<n>/<the user's file name>``. A confirmation or a cancel removes the folder; any
preview older than an hour is removed when the next upload arrives."""

from __future__ import annotations

import json
import re
import secrets
import shutil
import time
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.datastructures import UploadFile

from netgarden.errors import UserError
from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import (
    UnitDep,
    back,
    in_transaction,
    page,
    show_again_on_error,
    text,
)

router = APIRouter(include_in_schema=False)
STALE_SECONDS = 3600
OPTIONS = "options.json"
TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")  # secrets.token_urlsafe(16)
# the form's fields: any other mistake (a file's) goes beside the files
FIELDS = frozenset({"files", "format", "map", "me_emails"})
FORMAT_NAMES = {
    "linkedin": "LinkedIn export (.zip, Connections.csv, messages, invitations)",
    "vcard": "vCard (.vcf)",
    "google": "Google Contacts CSV",
    "outlook": "Outlook CSV",
    "csv": "Any CSV, with the columns mapped below",
    "calendar": "Calendar (.ics): meetings become touches",
    "mbox": "Mailbox (.mbox, Google Takeout): emails become touches",
    "whatsapp": "WhatsApp chat export (.txt): chats become touches",
}


@router.get("/export")
def export_page(request: Request) -> Response:
    return page(request, "export.html")


@router.get("/export/{fmt}")
def export_download(unit: UnitDep, fmt: str) -> Response:
    from netgarden.web.downloads import download

    return download(unit, fmt, "4.0", deps.today())


@router.get("/import")
def import_page(request: Request) -> Response:
    return _form(request)


@router.post("/import/preview")
async def import_preview(request: Request) -> Response:
    form = await checked_form(request)
    root = _root(request)
    _sweep(root)
    values = {"format": text(form, "format").strip(), "map": text(form, "map").strip(),
              "me_emails": text(form, "me_emails").strip()}  # fmt: skip
    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    kept = _folder(root, text(form, "kept"))
    if uploads:
        if kept is not None:
            shutil.rmtree(kept, ignore_errors=True)
        token = secrets.token_urlsafe(16)
        folder = root / token
        for index, upload in enumerate(uploads):
            name = Path(upload.filename or "upload").name or "upload"
            (folder / str(index)).mkdir(parents=True)
            (folder / str(index) / name).write_bytes(await upload.read())
    elif kept is not None:
        token, folder = kept.name, kept
    else:
        return _form(request, 422, errors={"files": "Choose at least one file to import."},
                     values=values)  # fmt: skip
    (folder / OPTIONS).write_text(json.dumps(values), encoding="utf-8")
    folder.touch()  # a fresh preview of kept files is not stale
    return await _import(request, token, dry_run=True)


@router.post("/import/confirm")
async def import_confirm(request: Request) -> Response:
    form = await checked_form(request)
    return await _import(request, text(form, "token"), dry_run=False)


@router.post("/import/cancel")
async def import_cancel(request: Request) -> Response:
    form = await checked_form(request)
    folder = _folder(_root(request), text(form, "token"))
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
    return back("/import")


async def _import(request: Request, token: str, dry_run: bool) -> Response:
    from netgarden.services.importing import import_sources, open_files

    folder = _folder(_root(request), token)
    if folder is None:
        expired = "That upload has expired; choose the files again."
        return _form(request, 410, errors={"files": expired})
    values = json.loads((folder / OPTIONS).read_text(encoding="utf-8"))
    fmt = values["format"] or ("csv" if values["map"] else None)  # a map is for a CSV

    def work(unit: Unit) -> Any:
        limits = request.app.state.settings.zip_limits()
        if values.get("me_emails"):  # calendars and mailboxes: who the user is
            from netgarden.services.preferences import set_preference

            set_preference(unit, "me_emails", values["me_emails"])
        sources = open_files(_uploaded(folder), fmt, values["map"] or None, limits)
        return import_sources(unit, sources, deps.now(), dry_run=dry_run)

    # a mistake keeps the files: fix the option and preview again
    show_again_on_error(request, "import.html", fields=FIELDS, other="files",
                        **_form_context(values=values, kept=folder))  # fmt: skip
    try:
        summary = await in_transaction(request, work)
    except Exception as error:
        if not isinstance(error, UserError):  # nothing to fix: the files go
            shutil.rmtree(folder, ignore_errors=True)
        raise
    if not dry_run:
        shutil.rmtree(folder, ignore_errors=True)
    return _form(request, summary=summary, token=token if dry_run else None,
                 confirmed=not dry_run)  # fmt: skip


def _form(
    request: Request,
    status: int = 200,
    *,
    errors: dict[str, str] | None = None,
    **context: Any,
) -> Response:
    return page(request, "import.html", status=status, errors=errors or {},
                **_form_context(**context))  # fmt: skip


def _form_context(
    *,
    values: dict[str, str] | None = None,
    kept: Path | None = None,
    summary: Any = None,
    token: str | None = None,
    confirmed: bool = False,
) -> dict[str, Any]:
    from netgarden.formats.address_book import MAPPABLE

    names = [name for _, name in _names(kept)] if kept is not None else []
    return {"values": values or {}, "formats": FORMAT_NAMES, "mappable": MAPPABLE,
            "kept": kept.name if kept is not None else None, "kept_names": names,
            "summary": summary, "token": token, "confirmed": confirmed}  # fmt: skip


def _root(request: Request) -> Path:
    """This server's own preview folder: private (0700, made by mkdtemp), bound to its
    database, removed when the server stops; never named in an answer."""
    root: Path = request.app.state.previews
    signed = getattr(request.state, "user", None)
    if signed is not None:  # server mode (issue 19): each account's previews apart
        root = root / f"workspace-{signed.workspace_id}"
        root.mkdir(mode=0o700, exist_ok=True)
    return root


def _folder(root: Path, token: str) -> Path | None:
    """The upload folder of a token, or None when the token is malformed or gone."""
    if not TOKEN.fullmatch(token):
        return None
    folder = root / token
    return folder if (folder / OPTIONS).is_file() else None


def _names(folder: Path) -> list[tuple[Path, str]]:
    """Each uploaded file and the name the user gave it, in upload order."""
    slots = sorted((p for p in folder.iterdir() if p.is_dir()), key=lambda p: int(p.name))
    return [(f, f.name) for slot in slots for f in slot.iterdir()]


def _uploaded(folder: Path) -> list[tuple[str, bytes]]:
    return [(name, path.read_bytes()) for path, name in _names(folder)]


def _sweep(root: Path) -> None:
    """Remove previews nobody confirmed or cancelled within the hour."""
    if not root.is_dir():
        return
    cutoff = time.time() - STALE_SECONDS
    for folder in root.iterdir():
        try:
            if folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue  # removed by another request meanwhile
