"""Export downloads for the browser and the API (the Markdown vault comes as a zip)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from fastapi import Response

from netgarden.services.database import Unit

MEDIA = {
    "vcard": ("text/vcard; charset=utf-8", "vcf"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "json": ("application/json", "json"),
    "ics": ("text/calendar; charset=utf-8", "ics"),
    "markdown": ("application/zip", "zip"),
}


def download(unit: Unit, fmt: str, version: str, today: dt.date) -> Response:
    from netgarden.services.exporting import export_network, markdown_files

    if fmt == "markdown":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in markdown_files(unit, today).items():
                archive.writestr(f"netgarden/{name}", text)
        data = buffer.getvalue()
    else:
        data = export_network(unit, fmt, None, version, today) or b""
    media, suffix = MEDIA[fmt]
    name = f"netgarden-{today.isoformat()}.{suffix}"
    return Response(
        data, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )
