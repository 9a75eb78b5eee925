"""Settings: the workspace's preferences."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from netgarden.services.database import Unit
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import UnitDep, in_transaction, page, show_again_on_error, text

router = APIRouter(include_in_schema=False)


@router.get("/settings")
def settings_page(request: Request, unit: UnitDep) -> Response:
    from netgarden.domain.preferences import PREFERENCES
    from netgarden.services.preferences import get_preferences

    return page(request, "settings.html", prefs=get_preferences(unit).as_dict(), help=PREFERENCES,
                errors={}, saved=False)  # fmt: skip


@router.post("/settings")
async def save_settings(request: Request) -> Response:
    from netgarden.domain.preferences import PREFERENCES
    from netgarden.services.preferences import set_preferences

    form = await checked_form(request)
    values = {pref.key: text(form, pref.key) for pref in PREFERENCES}

    def work(unit: Unit) -> dict[str, int]:
        return set_preferences(unit, values).as_dict()

    show_again_on_error(request, "settings.html", prefs=dict(form), help=PREFERENCES, saved=False)
    prefs = await in_transaction(request, work)
    return page(request, "settings.html", prefs=prefs, help=PREFERENCES, errors={}, saved=True)
