"""The web client fixture for the reviews API tests."""

from tests.web.conftest import client

__all__ = ["client"]
