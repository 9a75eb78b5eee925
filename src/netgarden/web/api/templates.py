"""/api/v1/templates, /drafts, /outreach: outreach templates (built-ins read-only), drafts
filled from them (422 naming each unfilled placeholder), and how each template does."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Path, Query, Response, status
from fastapi.responses import JSONResponse

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep
from netgarden.web.template_schemas import (
    DraftCreate,
    DraftRead,
    OutreachRead,
    ReplyRead,
    ReplyUpdate,
    TemplateCreate,
    TemplateRead,
    TemplateUpdate,
)

if TYPE_CHECKING:
    from netgarden.services.templates import Template

router = APIRouter(prefix=PREFIX)
TemplateKey = Annotated[str, Path(min_length=1, max_length=40)]
TouchId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]


def template_read(t: Template) -> TemplateRead:
    return TemplateRead(key=t.key, name=t.name, purpose=t.purpose, body=t.body,
                        placeholders=t.placeholders, asks=t.asks, builtin=t.builtin,  # type: ignore[arg-type]
                        based_on=t.based_on, seed=t.seed)  # fmt: skip


@router.get("/templates", response_model=list[TemplateRead])
def list_templates(unit: UnitDep) -> list[TemplateRead]:
    """The built-ins (the seeds' scripts, read-only), then your own."""
    from netgarden.services.templates import list_templates as listed

    return [template_read(t) for t in listed(unit)]


@router.get("/templates/{key}", response_model=TemplateRead)
def get_template(unit: UnitDep, key: TemplateKey) -> TemplateRead:
    """One template with its placeholders."""
    from netgarden.services.templates import get_template as found

    return template_read(found(unit, key))


@router.post("/templates", response_model=TemplateRead, status_code=status.HTTP_201_CREATED)
def create_template(unit: UnitDep, body: TemplateCreate) -> TemplateRead:
    """A template of your own: a copy of another, with any field changed."""
    from netgarden.services.templates import TemplateChange, copy_template, edit_template

    made = copy_template(unit, body.copy_of, body.key, deps.now())
    change = TemplateChange(body.body, body.name, body.purpose, body.asks)
    return template_read(edit_template(unit, made.key, change, deps.now()))


@router.patch("/templates/{key}", response_model=TemplateRead)
def update_template(unit: UnitDep, key: TemplateKey, body: TemplateUpdate) -> TemplateRead:
    """Change a template of your own (a built-in answers 409: copy it first)."""
    from netgarden.services.templates import TemplateChange, edit_template

    change = TemplateChange(body.body, body.name, body.purpose, body.asks)
    return template_read(edit_template(unit, key, change, deps.now()))


@router.delete("/templates/{key}", status_code=status.HTTP_204_NO_CONTENT)
def delete_template(unit: UnitDep, key: TemplateKey) -> Response:
    """Delete a template of your own; touches logged from it keep its key."""
    from netgarden.services.templates import remove_template

    remove_template(unit, key)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/drafts", response_model=DraftRead)
def create_draft(unit: UnitDep, body: DraftCreate) -> DraftRead | JSONResponse:
    """The filled text; 422 with one error per unfilled placeholder (``loc`` ends with its
    name) and nothing logged. With ``log``, it is recorded as an outgoing touch."""
    from netgarden.domain.templates import MissingPlaceholders
    from netgarden.errors import InvalidValue
    from netgarden.services.drafts import DraftRequest, draft, draft_and_log

    request = DraftRequest(body.key, body.contact_id, body.to_id, body.event_id, body.values)
    today = body.as_of or deps.today()
    touch_id = None
    try:
        if body.log:
            made, logged = draft_and_log(unit, request, body.via, deps.now(), today)
            touch_id = logged.id
        else:
            made = draft(unit, request, today)
    except MissingPlaceholders as missing:
        return JSONResponse(missing_problem(missing), status_code=422)
    except InvalidValue as error:
        if error.field != "set":
            raise
        raise InvalidValue("values", error.message) from None
    return DraftRead(key=made.template.key, contact_id=made.contact_id, text=made.text,
                     asks=made.template.asks, filled=made.filled,  # type: ignore[arg-type]
                     warnings=list(made.warnings), touch_id=touch_id)  # fmt: skip


def missing_problem(missing: Exception) -> dict[str, object]:
    """FastAPI's error shape, one entry per unfilled placeholder under ``values``."""
    from netgarden.domain.templates import MissingPlaceholders

    assert isinstance(missing, MissingPlaceholders)
    return {
        "detail": [
            {"loc": ["body", "values", name], "msg": "is not filled; give it a value",
             "type": "value_error"}
            for name in missing.missing
        ]
    }  # fmt: skip


@router.get("/outreach", response_model=list[OutreachRead])
def outreach(
    unit: UnitDep, since: str | None = Query(None, max_length=10),
    until: str | None = Query(None, max_length=10),
) -> list[OutreachRead]:  # fmt: skip
    """Per template: messages sent, response rate (replied, or a message or meeting from
    them within 14 days when unknown) and meeting acceptance (a meeting within 30 days)."""
    from netgarden.domain.values import parse_date
    from netgarden.services.outreach import outreach_report

    first = parse_date(since, deps.today(), "since") if since else None
    last = parse_date(until, deps.today(), "until") if until else None
    return [
        OutreachRead(template=r.template_key, sent=r.sent, answered=r.answered,
                     response_rate=r.response_rate, meeting_requests=r.meeting_requests,
                     meetings=r.meetings, meeting_acceptance=r.meeting_acceptance)
        for r in outreach_report(unit, first, last)
    ]  # fmt: skip


@router.put("/touches/{touch_id}/reply", response_model=ReplyRead)
def mark_reply(unit: UnitDep, touch_id: TouchId, body: ReplyUpdate) -> ReplyRead:
    """Whether a message you sent was answered: true, false (stays no) or null (unknown)."""
    from netgarden.services.outreach import mark_replied

    answer = {True: "yes", False: "no", None: "unknown"}[body.replied]
    done = mark_replied(unit, touch_id, answer)
    return ReplyRead(touch_id=done.touch_id, template_key=done.template_key, replied=done.replied)
