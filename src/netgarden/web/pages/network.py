"""The network: who knows whom (links from a contact's page) and the focused graph."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request, Response

from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import ContactId, UnitDep, back, in_transaction, page, text
from netgarden.web.pages.contacts import show_contact_again_on_error

router = APIRouter(include_in_schema=False)


@router.post("/contacts/{contact_id}/links")
async def add_link(request: Request, contact_id: ContactId) -> Response:
    from netgarden.services.links import link_contacts
    from netgarden.services.lookup import resolve_contact

    form = await checked_form(request)

    def work(unit: Unit) -> None:
        other = resolve_contact(unit, text(form, "other"))
        link_contacts(unit, contact_id, other, deps.now(), text(form, "how"),
                      text(form, "strength") or "medium")  # fmt: skip

    show_contact_again_on_error(request, contact_id, "link_error")
    await in_transaction(request, work)
    return back(f"/contacts/{contact_id}#network")


@router.get("/network")
def network_page(
    request: Request,
    unit: UnitDep,
    center: str = Query("", max_length=300),
    circle: str = Query("", max_length=10),
    tag: str = Query("", max_length=100),
) -> Response:
    from netgarden.services.graph import focused_graph
    from netgarden.services.lookup import resolve_contact

    center_id = resolve_contact(unit, center) if center.strip() else None
    graph = deps.kept(request, unit, ("graph", center_id, circle, tag),
                      lambda u: focused_graph(u, center=center_id, circle=circle or None,
                                            tag=tag or None))  # fmt: skip
    names = {n["id"]: n["label"] for n in graph.nodes}
    clusters = None  # issue 13: everyone or a big circle by clusters, never a hairball
    if center_id is None and not tag and circle not in ("inner", "middle"):
        from netgarden.services.cluster_graph import cluster_graph, clustering

        day, among = deps.today(), circle or None
        kept = deps.kept(request, unit, ("clusters", day, among),
                         lambda u: clustering(u, day, among))  # fmt: skip
        clusters = cluster_graph(unit, day, circle=among, clustered=kept)
    return page(request, "network.html", graph=graph, names=names, center=center,
                circle=circle, tag=tag, center_id=center_id, clusters=clusters)  # fmt: skip
