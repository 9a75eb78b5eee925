"""/api/v1/settings: the workspace's preferences."""

from __future__ import annotations

from fastapi import APIRouter

from netgarden.web.api.common import PREFIX, UnitDep, allowed
from netgarden.web.schemas import SettingsRead, SettingsUpdate

router = APIRouter(prefix=PREFIX)


@router.get("/settings", response_model=SettingsRead)
def get_settings(unit: UnitDep) -> SettingsRead:
    from netgarden.services.preferences import get_preferences

    return allowed(SettingsRead, get_preferences(unit).as_dict())


@router.patch("/settings", response_model=SettingsRead)
def update_settings(unit: UnitDep, body: SettingsUpdate) -> SettingsRead:
    from netgarden.services.preferences import set_preferences

    values = {key: str(value) for key, value in body.model_dump(exclude_none=True).items()}
    return allowed(SettingsRead, set_preferences(unit, values).as_dict())
