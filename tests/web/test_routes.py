"""The web app's addresses stay put when its modules move: every API operation (method,
path, operationId) and every page route answers where it did."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

API = {
    ("GET", "/api/v1/agenda", "get_agenda_api_v1_agenda_get"),
    ("POST", "/api/v1/capture", "capture_api_v1_capture_post"),
    ("GET", "/api/v1/contacts", "list_contacts_api_v1_contacts_get"),
    ("POST", "/api/v1/contacts", "create_contact_api_v1_contacts_post"),
    ("DELETE", "/api/v1/contacts/{contact_id}",
     "delete_contact_api_v1_contacts__contact_id__delete"),
    ("GET", "/api/v1/contacts/{contact_id}", "get_contact_api_v1_contacts__contact_id__get"),
    ("PATCH", "/api/v1/contacts/{contact_id}", "update_contact_api_v1_contacts__contact_id__patch"),
    ("POST", "/api/v1/contacts/{contact_id}/ledger",
     "record_ledger_entry_api_v1_contacts__contact_id__ledger_post"),
    ("GET", "/api/v1/contacts/{contact_id}/links",
     "get_links_api_v1_contacts__contact_id__links_get"),
    ("POST", "/api/v1/contacts/{contact_id}/links",
     "add_link_api_v1_contacts__contact_id__links_post"),
    ("GET", "/api/v1/contacts/{contact_id}/strength",
     "get_strength_api_v1_contacts__contact_id__strength_get"),
    ("POST", "/api/v1/contacts/{contact_id}/touches",
     "log_touch_api_v1_contacts__contact_id__touches_post"),
    ("GET", "/api/v1/events", "list_events_api_v1_events_get"),
    ("POST", "/api/v1/events", "create_event_api_v1_events_post"),
    ("GET", "/api/v1/events/{event_id}", "get_event_api_v1_events__event_id__get"),
    ("PATCH", "/api/v1/events/{event_id}", "update_event_api_v1_events__event_id__patch"),
    ("POST", "/api/v1/events/{event_id}/people",
     "add_people_met_api_v1_events__event_id__people_post"),
    ("GET", "/api/v1/tasks", "list_tasks_api_v1_tasks_get"),
    ("POST", "/api/v1/tasks/{task_id}/done", "complete_task_api_v1_tasks__task_id__done_post"),
    ("GET", "/api/v1/export/{fmt}", "export_file_api_v1_export__fmt__get"),
    ("GET", "/api/v1/graph", "get_graph_api_v1_graph_get"),
    ("POST", "/api/v1/import", "import_files_api_v1_import_post"),
    ("GET", "/api/v1/introductions", "list_introductions_api_v1_introductions_get"),
    ("POST", "/api/v1/introductions", "create_introduction_api_v1_introductions_post"),
    ("PATCH", "/api/v1/introductions/{intro_id}",
     "move_introduction_api_v1_introductions__intro_id__patch"),
    ("GET", "/api/v1/ledger", "get_ledger_api_v1_ledger_get"),
    ("GET", "/api/v1/paths", "get_paths_api_v1_paths_get"),
    ("GET", "/api/v1/settings", "get_settings_api_v1_settings_get"),
    ("PATCH", "/api/v1/settings", "update_settings_api_v1_settings_patch"),
    ("GET", "/api/v1/stats", "get_stats_api_v1_stats_get"),
    ("GET", "/api/v1/suggestions/intros", "get_suggestions_api_v1_suggestions_intros_get"),
    # issue 14: outreach templates, drafts, the outreach report
    ("GET", "/api/v1/templates", "list_templates_api_v1_templates_get"),
    ("POST", "/api/v1/templates", "create_template_api_v1_templates_post"),
    ("GET", "/api/v1/templates/{key}", "get_template_api_v1_templates__key__get"),
    ("PATCH", "/api/v1/templates/{key}", "update_template_api_v1_templates__key__patch"),
    ("DELETE", "/api/v1/templates/{key}", "delete_template_api_v1_templates__key__delete"),
    ("POST", "/api/v1/drafts", "create_draft_api_v1_drafts_post"),
    ("GET", "/api/v1/outreach", "outreach_api_v1_outreach_get"),
    ("PUT", "/api/v1/touches/{touch_id}/reply", "mark_reply_api_v1_touches__touch_id__reply_put"),
    # events, the rest of issue 12
    ("POST", "/api/v1/contacts/{contact_id}/promises",
     "create_promise_api_v1_contacts__contact_id__promises_post"),
    ("GET", "/api/v1/contacts/{contact_id}/trust",
     "get_trust_api_v1_contacts__contact_id__trust_get"),
    ("GET", "/api/v1/event-roi", "event_roi_api_v1_event_roi_get"),
    ("GET", "/api/v1/events/{event_id}/prep", "get_prep_api_v1_events__event_id__prep_get"),
    ("GET", "/api/v1/events/{event_id}/suggestions",
     "event_suggestions_api_v1_events__event_id__suggestions_get"),
    ("POST", "/api/v1/events/{event_id}/targets",
     "add_target_api_v1_events__event_id__targets_post"),
    ("GET", "/api/v1/plans", "list_plans_api_v1_plans_get"),
    ("POST", "/api/v1/plans", "create_plan_api_v1_plans_post"),
    ("POST", "/api/v1/plans/{plan_id}/cancel", "cancel_plan_api_v1_plans__plan_id__cancel_post"),
    ("POST", "/api/v1/plans/{plan_id}/confirm",
     "confirm_plan_api_v1_plans__plan_id__confirm_post"),
    ("GET", "/api/v1/profile", "get_profile_api_v1_profile_get"),
    ("PATCH", "/api/v1/profile", "update_profile_api_v1_profile_patch"),
    # network reviews (issue 13)
    ("DELETE", "/api/v1/reviews/targets/{dimension}/{value}",
     "remove_target_api_v1_reviews_targets__dimension___value__delete"),
    ("GET", "/api/v1/reviews/audit", "get_audit_api_v1_reviews_audit_get"),
    ("GET", "/api/v1/reviews/board", "get_board_api_v1_reviews_board_get"),
    ("GET", "/api/v1/reviews/brokers", "get_brokers_api_v1_reviews_brokers_get"),
    ("GET", "/api/v1/reviews/diversity", "get_diversity_api_v1_reviews_diversity_get"),
    ("GET", "/api/v1/reviews/graph", "get_cluster_graph_api_v1_reviews_graph_get"),
    ("GET", "/api/v1/reviews/handover", "get_handover_api_v1_reviews_handover_get"),
    ("GET", "/api/v1/reviews/health", "get_health_api_v1_reviews_health_get"),
    ("GET", "/api/v1/reviews/internal", "get_internal_api_v1_reviews_internal_get"),
    ("GET", "/api/v1/reviews/matrix", "get_matrix_api_v1_reviews_matrix_get"),
    ("GET", "/api/v1/reviews/profile", "get_profile_api_v1_reviews_profile_get"),
    ("GET", "/api/v1/reviews/targets", "get_targets_api_v1_reviews_targets_get"),
    ("GET", "/api/v1/reviews/triage", "get_triage_api_v1_reviews_triage_get"),
    ("GET", "/api/v1/reviews/week", "get_week_api_v1_reviews_week_get"),  # issue 15
    ("GET", "/api/v1/reviews/month", "get_month_api_v1_reviews_month_get"),  # issue 15
    ("GET", "/api/v1/reviews/quarter", "get_quarter_api_v1_reviews_quarter_get"),  # issue 15
    ("GET", "/api/v1/reviews/year", "get_year_api_v1_reviews_year_get"),  # issue 15
    ("PATCH", "/api/v1/reviews/profile", "patch_profile_api_v1_reviews_profile_patch"),
    ("POST", "/api/v1/reviews/audit", "apply_audit_api_v1_reviews_audit_post"),
    ("POST", "/api/v1/reviews/targets", "add_target_api_v1_reviews_targets_post"),
    ("POST", "/api/v1/reviews/triage", "apply_triage_api_v1_reviews_triage_post"),
    # issue 15: goals, content, communities
    ("DELETE", "/api/v1/communities/{community_id}",
     "delete_community_api_v1_communities__community_id__delete"),
    ("DELETE", "/api/v1/content/{content_id}", "delete_content_api_v1_content__content_id__delete"),
    ("DELETE", "/api/v1/goals/{goal_id}", "delete_goal_api_v1_goals__goal_id__delete"),
    ("GET", "/api/v1/communities", "list_communities_api_v1_communities_get"),
    ("GET", "/api/v1/content", "list_content_api_v1_content_get"),
    ("GET", "/api/v1/content/mix", "get_content_mix_api_v1_content_mix_get"),
    ("GET", "/api/v1/goals", "list_goals_api_v1_goals_get"),
    ("GET", "/api/v1/goals/metrics", "goal_metrics_api_v1_goals_metrics_get"),
    ("GET", "/api/v1/goals/presets", "list_presets_api_v1_goals_presets_get"),
    ("POST", "/api/v1/communities", "join_community_api_v1_communities_post"),
    ("POST", "/api/v1/communities/{community_id}/leave",
     "leave_community_api_v1_communities__community_id__leave_post"),
    ("POST", "/api/v1/content", "create_content_api_v1_content_post"),
    ("POST", "/api/v1/goals", "create_goal_api_v1_goals_post"),
    ("POST", "/api/v1/goals/presets/{name}", "apply_preset_api_v1_goals_presets__name__post"),
    ("POST", "/api/v1/goals/{goal_id}/renew", "renew_goal_api_v1_goals__goal_id__renew_post"),
    ("POST", "/api/v1/goals/{goal_id}/tick", "tick_goal_api_v1_goals__goal_id__tick_post"),
    # career resilience (issue 16)
    ("GET", "/api/v1/companies", "get_companies_api_v1_companies_get"),
    ("POST", "/api/v1/companies", "set_company_api_v1_companies_post"),
    ("GET", "/api/v1/companies/{company_id}", "get_company_api_v1_companies__company_id__get"),
    ("GET", "/api/v1/changes", "get_changes_api_v1_changes_get"),
    ("POST", "/api/v1/changes/{change_id}/accept",
     "accept_api_v1_changes__change_id__accept_post"),
    ("POST", "/api/v1/changes/{change_id}/dismiss",
     "dismiss_api_v1_changes__change_id__dismiss_post"),
    ("GET", "/api/v1/call-list", "get_call_list_api_v1_call_list_get"),
    # server mode (issue 19): me, teams, who knows whom, introduction requests
    ("GET", "/api/v1/me", "who_am_i_api_v1_me_get"),
    ("GET", "/api/v1/team", "team_overview_api_v1_team_get"),
    ("POST", "/api/v1/teams", "create_team_api_v1_teams_post"),
    ("POST", "/api/v1/team/invitations", "invite_api_v1_team_invitations_post"),
    ("POST", "/api/v1/team/join", "join_api_v1_team_join_post"),
    ("PUT", "/api/v1/team/sharing", "set_sharing_api_v1_team_sharing_put"),
    ("GET", "/api/v1/team/who", "team_who_api_v1_team_who_get"),
    ("POST", "/api/v1/team/asks", "ask_api_v1_team_asks_post"),
    ("POST", "/api/v1/team/asks/{ask_id}/answer", "answer_api_v1_team_asks__ask_id__answer_post"),
    # issue 16: opportunities and ROI
    ("DELETE", "/api/v1/opportunities/{opp_id}",
     "delete_opportunity_api_v1_opportunities__opp_id__delete"),
    ("GET", "/api/v1/opportunities",
     "list_opportunities_api_v1_opportunities_get"),
    ("GET", "/api/v1/opportunities/{opp_id}",
     "get_opportunity_api_v1_opportunities__opp_id__get"),
    ("GET", "/api/v1/opportunities/{opp_id}/suggestions",
     "share_suggestions_api_v1_opportunities__opp_id__suggestions_get"),
    ("GET", "/api/v1/roi",
     "networking_roi_api_v1_roi_get"),
    ("PATCH", "/api/v1/opportunities/{opp_id}",
     "update_opportunity_api_v1_opportunities__opp_id__patch"),
    ("POST", "/api/v1/opportunities",
     "create_opportunity_api_v1_opportunities_post"),
    ("POST", "/api/v1/opportunities/{opp_id}/move",
     "move_opportunity_api_v1_opportunities__opp_id__move_post"),
    ("POST", "/api/v1/opportunities/{opp_id}/share",
     "share_opportunity_api_v1_opportunities__opp_id__share_post"),
}  # fmt: skip

PAGES_READ = [
    "/", "/contacts", "/contacts/new", "/contacts/1", "/introductions", "/network",
    "/export", "/import", "/dashboard", "/settings", "/docs", "/events", "/events/new",
    "/styleguide", "/reviews", "/triage",
    "/goals",  # issue 15
    "/call-list", "/companies", "/changes",  # issue 16
]  # fmt: skip
# without the form's token a write is refused (403) by its route, never unknown (404/405)
PAGES_WRITE = [
    "/touches", "/contacts/1/snooze", "/capture", "/capture/confirm", "/contacts/new",
    "/contacts/1", "/contacts/1/links", "/contacts/1/ledger", "/contacts/1/touches",
    "/contacts/1/archive", "/introductions", "/introductions/1", "/settings",
    "/import/preview", "/import/confirm", "/import/cancel", "/events/new", "/events/1/people",
    "/events/1/status", "/tasks/1/done", "/touches/1/undo", "/contacts/1/unsnooze",
    "/events/1/targets",
    "/triage", "/reviews/audit", "/contacts/1/review-facts",
    "/goals/new", "/goals/preset", "/goals/1/delete", "/goals/1/renew", "/goals/1/tick",  # 15
    "/companies", "/changes/1/accept", "/contacts/1/career",  # issue 16
]  # fmt: skip


def test_the_api_documents_the_same_operations(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    found = {
        (method.upper(), path, operation["operationId"])
        for path, operations in paths.items()
        for method, operation in operations.items()
    }
    assert found == API


@pytest.fixture
def someone(client: TestClient) -> None:
    made = client.post("/api/v1/contacts", json={"name": "Ada Lovelace"})
    assert made.json()["id"] == 1


@pytest.mark.usefixtures("someone")
def test_every_page_answers_where_it_did(client: TestClient) -> None:
    for url in PAGES_READ:
        assert client.get(url).status_code == 200, url
    assert client.get("/export/json").status_code == 200
    for url in PAGES_WRITE:
        answer = client.post(url, data={})
        assert answer.status_code == 403 and "Form expired" in answer.text, url
