"""/api/v1: JSON over the same services as the CLI and the pages. No query lives here."""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import (
    APIRouter,
    Depends,
    File,
    Form,
    Path,
    Query,
    Request,
    Response,
    UploadFile,
    status,
)

from netgarden.domain.agenda import AgendaItem
from netgarden.domain.views import ContactView, ListFilter
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.schemas import (
    AgendaItemRead,
    CandidateRead,
    CaptureCreate,
    CaptureRead,
    ContactCreate,
    ContactRead,
    ContactSummaryRead,
    ContactUpdate,
    ContributionRead,
    Day,
    ErrorRead,
    GraphRead,
    ImportSummaryRead,
    IntroCreate,
    IntroRead,
    IntroUpdate,
    LedgerEntryCreate,
    LedgerEntryRead,
    LedgerRead,
    LinkCreate,
    LinkRead,
    ParticipantRead,
    PathRead,
    SettingsRead,
    SettingsUpdate,
    StatsRead,
    StrengthPoint,
    StrengthRead,
    SuggestionRead,
    TouchCreate,
    TouchRead,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorRead, "description": "No such contact"},
    409: {"model": ErrorRead, "description": "Cannot be done as asked"},
    422: {"model": ErrorRead, "description": "A field is invalid"},
}
router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)
UnitDep = deps.UnitDep
ContactId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]


def contact_read(view: ContactView) -> ContactRead:
    return ContactRead(
        id=view.id,
        name=view.name,
        **{
            k: view.get(k)
            for k in (
                "company",
                "title",
                "how_met",
                "met_on",
                "met_at",
                "personal",
                "interests",
                "help_them",
                "help_me",
                "notes",
                "location",
                "industry",
                "function",
                "seniority",
                "birthday",
                "linkedin_url",
                "connected_on",
            )
        },
        emails=view.emails,
        phones=view.phones,
        tags=view.tags,
        circle=view.circle,
        cadence_days=view.cadence_days,
        cadence_source=view.cadence_source,
        last_touch_on=view.last_touch_on,
        next_due_on=view.next_due_on,
        snoozed_until=view.snoozed_until,
        archived=view.archived,
        touches=[
            TouchRead(
                id=t.id,
                on=t.occurred_on,
                kind=t.kind,
                direction=t.direction,
                note=t.note,
                replied=t.replied,
                with_=list(t.with_others),
            )
            for t in view.touches
        ],
    )


def agenda_read(item: AgendaItem) -> AgendaItemRead:
    from netgarden.services.agenda import item_fields

    return AgendaItemRead.model_validate(item_fields(item))


def _input(body: ContactCreate | ContactUpdate, current: ContactView | None = None) -> Any:
    from netgarden.services.contacts import ContactInput

    given = body.model_dump(exclude_unset=True)
    values: dict[str, Any] = {}
    for key, value in given.items():
        if key in ("emails", "phones", "tags"):
            continue
        if key == "met_on":
            value = value.isoformat() if value else ""
        elif key == "every":
            value = value or 0
        elif value is None:
            value = ""
        values[key] = value
    data = ContactInput(**values)
    for key in ("emails", "phones", "tags"):
        wanted = given.get(key)
        if wanted is None:
            continue
        have = getattr(current, key) if current else []
        setattr(data, key, [v for v in wanted if v not in have])
        setattr(data, f"remove_{key}", [v for v in have if v not in wanted])
    return data


@router.get("/contacts", response_model=list[ContactSummaryRead])
def list_contacts(
    unit: UnitDep,
    response: Response,
    q: str | None = Query(None, max_length=200, description="Full-text search"),
    circle: str | None = Query(None, max_length=10),
    tag: str | None = Query(None, max_length=100),
    company: str | None = Query(None, max_length=300),
    sort: str = Query("name", max_length=20, description="name, recent, company"),
    due: bool = Query(False, description="Only people due, overdue or lapsed today"),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=10_000_000),
    agenda: deps.Agenda = Depends(deps.agenda),
) -> list[ContactSummaryRead]:
    from netgarden.services.agenda import due_ids
    from netgarden.services.contacts import browse

    among = due_ids(agenda(unit, deps.today())) if due else None
    page = browse(unit, ListFilter(circle, tag, company, False, limit), q, sort, offset, among)
    response.headers["X-Total-Count"] = str(page.total)
    return [ContactSummaryRead(**row.__dict__) for row in page.rows]


@router.post("/contacts", response_model=ContactRead, status_code=status.HTTP_201_CREATED)
def create_contact(unit: UnitDep, body: ContactCreate) -> ContactRead:
    from netgarden.services.contacts import add_contact, show_contact

    contact_id = add_contact(unit, _input(body), deps.now(), deps.today())
    return contact_read(show_contact(unit, contact_id, deps.today()))


@router.get("/contacts/{contact_id}", response_model=ContactRead)
def get_contact(unit: UnitDep, contact_id: ContactId) -> ContactRead:
    from netgarden.services.contacts import show_contact

    return contact_read(show_contact(unit, contact_id, deps.today()))


@router.patch("/contacts/{contact_id}", response_model=ContactRead)
def update_contact(unit: UnitDep, contact_id: ContactId, body: ContactUpdate) -> ContactRead:
    from netgarden.services.contacts import edit_contact, show_contact

    current = show_contact(unit, contact_id, deps.today())
    edit_contact(unit, contact_id, _input(body, current), deps.now(), deps.today())
    return contact_read(show_contact(unit, contact_id, deps.today()))


@router.delete("/contacts/{contact_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_contact(unit: UnitDep, contact_id: ContactId) -> Response:
    from netgarden.services.contacts import delete_contact as delete

    delete(unit, contact_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/contacts/{contact_id}/touches", response_model=TouchRead, status_code=status.HTTP_201_CREATED
)
def log_touch(unit: UnitDep, contact_id: ContactId, body: TouchCreate) -> TouchRead:
    from netgarden.services.contacts import show_contact
    from netgarden.services.touches import TouchInput
    from netgarden.services.touches import log_touch as log

    show_contact(unit, contact_id, deps.today())  # 404 before anything is written
    others = [show_contact(unit, other, deps.today()).id for other in body.with_contacts]
    data = TouchInput(body.kind, body.on.isoformat() if body.on else None, body.direction,
                      body.note, body.replied)  # fmt: skip
    logged = log(unit, [contact_id, *others], data, deps.now(), deps.today())
    [touch] = [t for t in show_contact(unit, contact_id, deps.today()).touches if t.id == logged.id]
    return TouchRead(
        id=touch.id,
        on=touch.occurred_on,
        kind=touch.kind,
        direction=touch.direction,
        note=touch.note,
        replied=touch.replied,
        with_=list(touch.with_others),
    )


@router.post("/capture", response_model=CaptureRead)
def capture(unit: UnitDep, body: CaptureCreate) -> CaptureRead:
    """Quick capture: the people, kind, day and note a line of text proposes. Writes
    nothing; a name that fits several contacts has no contact_id: the user chooses."""
    from netgarden.services.capture import propose

    if not body.text.strip():
        raise InvalidValue("text", "type what happened, e.g. “coffee with Priya about evals”")
    proposal = propose(unit, body.text.strip(), deps.today())
    people = [
        ParticipantRead(said=p.said, contact_id=p.chosen, problem=p.problem,
                        candidates=[CandidateRead(**c.__dict__) for c in p.candidates])
        for p in proposal.people
    ]  # fmt: skip
    return CaptureRead(text=proposal.text, kind=proposal.kind, on=proposal.on,
                       note=proposal.note, people=people, problems=proposal.problems,
                       confirmable=proposal.confirmable)  # fmt: skip


@router.get("/agenda", response_model=list[AgendaItemRead])
def get_agenda(
    unit: UnitDep,
    items: Annotated[deps.Agenda, Depends(deps.agenda)],
    as_of: Day | None = None,
    limit: int = Query(20, ge=1, le=1000),
) -> list[AgendaItemRead]:
    """The agenda, most valuable first: the same items as the CLI's `today` gives as JSON."""
    return [agenda_read(item) for item in items(unit, as_of or deps.today())[:limit]]


@router.post(
    "/contacts/{contact_id}/ledger",
    response_model=LedgerEntryRead,
    status_code=status.HTTP_201_CREATED,
)
def record_ledger_entry(
    unit: UnitDep, contact_id: ContactId, body: LedgerEntryCreate
) -> LedgerEntryRead:
    """Record value given, received or asked (an ask takes a kind or a note)."""
    from netgarden.services.ledger import EntryInput, ledger_report, record_entry

    data = EntryInput(body.type, body.kind, body.note, body.on.isoformat() if body.on else None)
    entry_id = record_entry(unit, contact_id, data, deps.now(), deps.today())
    [row] = [e for e in ledger_report(unit, contact_id).entries if e.id == entry_id]
    return LedgerEntryRead(id=row.id, contact_id=row.contact_id, type=row.entry_type,
                           kind=row.kind, note=row.note, on=row.on)  # fmt: skip


@router.get("/ledger", response_model=LedgerRead)
def get_ledger(
    unit: UnitDep,
    contact_id: Annotated[int | None, Query(ge=1, le=deps.MAX_ID)] = None,
    since: Day | None = None,
) -> LedgerRead:
    """Given, received, asked; the give/ask ratio (5-to-1) and the 70-20-10 mix."""
    from netgarden.services.ledger import ledger_report

    report = ledger_report(unit, contact_id, since)
    entries = [
        LedgerEntryRead(
            id=e.id, contact_id=e.contact_id, type=e.entry_type, kind=e.kind, note=e.note, on=e.on
        )
        for e in report.entries
    ]
    return LedgerRead(**report.summary.as_dict(), entries=entries)  # type: ignore[arg-type]


@router.get("/contacts/{contact_id}/strength", response_model=StrengthRead)
def get_strength(unit: UnitDep, contact_id: ContactId) -> StrengthRead:
    """The 0-100 score, its band, what each touch and exchange contributed, and 12 months."""
    from netgarden.services.strength import contact_strength

    report = contact_strength(unit, contact_id, deps.today())
    return StrengthRead(
        contact_id=contact_id,
        score=report.strength.score,
        band=report.strength.band.value,
        contributions=[
            ContributionRead(on=c.on, label=c.label, points=round(c.points, 1))
            for c in report.strength.contributions
        ],
        history=[StrengthPoint(on=day, score=score) for day, score in report.history],
    )


@router.get("/contacts/{contact_id}/links", response_model=list[LinkRead])
def get_links(unit: UnitDep, contact_id: ContactId) -> list[LinkRead]:
    """Whom this contact knows."""
    from netgarden.services.network import known_by

    return [LinkRead(**k.__dict__) for k in known_by(unit, contact_id)]


@router.post(
    "/contacts/{contact_id}/links",
    response_model=list[LinkRead],
    status_code=status.HTTP_201_CREATED,
)
def add_link(unit: UnitDep, contact_id: ContactId, body: LinkCreate) -> list[LinkRead]:
    """Record that this contact knows another; answers with everyone they know."""
    from netgarden.services.network import known_by, link_contacts

    link_contacts(unit, contact_id, body.other_id, deps.now(), body.how, body.strength)
    return [LinkRead(**k.__dict__) for k in known_by(unit, contact_id)]


@router.get("/paths", response_model=list[PathRead])
def get_paths(
    unit: UnitDep,
    to: Annotated[int | None, Query(ge=1, le=deps.MAX_ID)] = None,
    company: Annotated[str | None, Query(max_length=300)] = None,
    role: Annotated[str | None, Query(max_length=300)] = None,
    max_hops: Annotated[int, Query(ge=1, le=4)] = 3,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> list[PathRead]:
    """Warm paths (give exactly one of to, company, role), warmest first, with drafts."""
    from netgarden.services.network import warm_paths

    found = warm_paths(unit, to=to, company=company, role=role, max_hops=max_hops,
                       limit=limit, today=deps.today())  # fmt: skip
    return [
        PathRead(path=p.names, ids=p.ids, score=p.score, warmth=p.warmth, help=p.help,
                 why=p.why, draft=p.draft)
        for p in found
    ]  # fmt: skip


def _intro_read(intro: Any) -> IntroRead:
    return IntroRead(**intro.__dict__, follow_up_due=intro.follow_up_due(deps.today()))


@router.get("/introductions", response_model=list[IntroRead])
def list_introductions(unit: UnitDep) -> list[IntroRead]:
    from netgarden.services.network import introductions

    return [_intro_read(i) for i in introductions(unit)]


@router.post("/introductions", response_model=IntroRead, status_code=status.HTTP_201_CREATED)
def create_introduction(unit: UnitDep, body: IntroCreate) -> IntroRead:
    """Propose a double opt-in introduction between two contacts."""
    from netgarden.services.network import introductions, propose_intro

    number = propose_intro(unit, body.a_id, body.b_id, body.why, deps.today(), deps.now()).id
    return _intro_read(next(i for i in introductions(unit) if i.id == number))


@router.patch("/introductions/{intro_id}", response_model=IntroRead)
def move_introduction(
    unit: UnitDep, intro_id: Annotated[int, Path(ge=1, le=deps.MAX_ID)], body: IntroUpdate
) -> IntroRead:
    """Move it on: asked-a, asked-b, made (links them, counts as given), outcome, declined."""
    from netgarden.services.network import advance_intro, introductions

    advance_intro(unit, intro_id, body.state, body.outcome, deps.today(), deps.now())
    return _intro_read(next(i for i in introductions(unit) if i.id == intro_id))


@router.get("/suggestions/intros", response_model=list[SuggestionRead])
def get_suggestions(
    unit: UnitDep, limit: Annotated[int, Query(ge=1, le=500)] = 20
) -> list[SuggestionRead]:
    """Pairs who would gain from knowing each other, not yet linked, with the reason."""
    from netgarden.services.network import suggest_intros

    return [SuggestionRead(**s.__dict__) for s in suggest_intros(unit, limit)]


@router.get("/graph", response_model=GraphRead)
def get_graph(
    unit: UnitDep,
    center: Annotated[int | None, Query(ge=1, le=deps.MAX_ID)] = None,
    circle: Annotated[str | None, Query(max_length=10)] = None,
    tag: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 150,
) -> GraphRead:
    """A focused subgraph: around one contact, or a circle's or tag's people (never all)."""
    from netgarden.services.network import focused_graph

    graph = focused_graph(unit, center=center, circle=circle or None, tag=tag or None, limit=limit)
    return GraphRead(nodes=graph.nodes, edges=graph.edges, truncated=graph.truncated)


@router.get("/stats", response_model=StatsRead)
def get_stats(unit: UnitDep, agenda: Annotated[deps.Agenda, Depends(deps.agenda)]) -> StatsRead:
    from netgarden.services.stats import network_stats

    return StatsRead(**network_stats(unit, deps.today(), cache=agenda.cache).__dict__)


@router.get("/settings", response_model=SettingsRead)
def get_settings(unit: UnitDep) -> SettingsRead:
    from netgarden.services.preferences import get_preferences

    return SettingsRead(**get_preferences(unit).as_dict())


@router.patch("/settings", response_model=SettingsRead)
def update_settings(unit: UnitDep, body: SettingsUpdate) -> SettingsRead:
    from netgarden.services.preferences import set_preferences

    values = {key: str(value) for key, value in body.model_dump(exclude_none=True).items()}
    return SettingsRead(**set_preferences(unit, values).as_dict())


@router.post("/import", response_model=ImportSummaryRead)
def import_files(
    request: Request,
    unit: UnitDep,
    files: Annotated[list[UploadFile], File(description="LinkedIn zip, .vcf, Google/Outlook CSV")],
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
) -> ImportSummaryRead:
    limits = request.app.state.settings.zip_limits()
    summary = run_import(unit, files, format, column_map, dry_run, limits)
    return ImportSummaryRead(**summary.as_dict(), dry_run=dry_run)


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
