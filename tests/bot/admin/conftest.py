"""A store with two platforms' conversations, safety events and an admin account, for the desk and
the admin CLI."""

from __future__ import annotations

import pytest
from desk_seed import ADMIN, PASSWORD, seed

from medassist.bot.admin import accounts


@pytest.fixture
def seeded(store):
    accounts.set_password(store, ADMIN, PASSWORD)
    return store, seed(store)
