"""[Your name] fills itself from the profile (`profile set --name`), and stays a placeholder
to fill when the profile has no name."""

from __future__ import annotations

from pathlib import Path

from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import open_database
from netgarden.services.drafts import DraftRequest, preview
from netgarden.services.profile import set_profile
from tests.conftest import NOW, TODAY


def test_your_name_comes_from_the_profile(tmp_path: Path) -> None:
    database = open_database(tmp_path / "n.db")
    with database.transaction() as unit:
        ada = add_contact(unit, ContactInput(name="Ada Lovelace"), NOW, TODAY)
        before = preview(unit, DraftRequest("join-group", ada), TODAY)
        assert "your name" in {m.lower() for m in before.missing}
        set_profile(unit, {"name": "Sam Rivera"}, NOW)
        after = preview(unit, DraftRequest("join-group", ada), TODAY)
        assert "your name" not in {m.lower() for m in after.missing}
        assert "Sam Rivera" in after.text
    database.close()
