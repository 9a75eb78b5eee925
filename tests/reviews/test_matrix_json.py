"""The matrix's JSON written by template (services/review_fields.py ``matrix_json``) is the
text ``json.dumps(matrix_fields(...), indent=2)`` writes, byte for byte: every quadrant, an
introducer, both avoid signals, a missing company, and names that need escaping."""

from __future__ import annotations

import json

from netgarden.domain.matrix import place
from netgarden.domain.review_facts import Facts, History
from netgarden.services.review_fields import matrix_fields, matrix_json


def test_the_template_writes_what_the_indenting_encoder_writes() -> None:
    people = [
        Facts(1, 'Ada "the Countess" Lovelace', "Acme", "CEO", "inner", band="strong"),
        Facts(2, "Zoë Ng\n\t\\", None, "VP Sales", band="dormant"),  # aspirational, introduced
        Facts(3, "Émile ☃ \x01", "ACME", "Engineer", band="medium", influence=2),
        Facts(
            4, "Bo", "Other", "Intern", band="dormant", history=History(unanswered_year=4, gave=2)
        ),
        Facts(5, "Cy", "Other", "Director", accessibility=5, history=History(unanswered_year=3)),
    ]
    placed = place(people, ["acme"], {2: (1, 'Ada "the Countess" Lovelace')})
    assert {p.quadrant for p in placed} == {"golden", "aspirational", "peer", "avoid"}
    assert placed[1].introducer and len(placed[3].signals) == 2 and placed[4].signals
    want = json.dumps(matrix_fields(placed), indent=2, ensure_ascii=False)
    assert matrix_json(placed) == want
    assert json.loads(matrix_json(placed)) == matrix_fields(placed)
    assert matrix_json([]) == json.dumps([], indent=2) == "[]"
