"""Every error netgarden raises on purpose is in the one tree of errors.py: importers'
FormatError and the backup's BackupError too (a BackupError was a ValueError, which the
surfaces do not translate), still importable from where they were raised."""

from __future__ import annotations

import pytest

from netgarden import errors


@pytest.mark.parametrize("name", ["FormatError", "BackupError", "NotFound"])
def test_the_error_is_a_user_error_of_the_one_tree(name: str) -> None:
    error = getattr(errors, name)
    assert issubclass(error, errors.UserError) and not issubclass(error, ValueError)
    assert f"── {name} " in (errors.__doc__ or "")


def test_the_old_names_still_import() -> None:
    from netgarden.formats.records import FormatError
    from netgarden.store.backup import BackupError

    assert (FormatError, BackupError) == (errors.FormatError, errors.BackupError)
    assert str(FormatError("a.csv", "binary")) == "a.csv: binary"
