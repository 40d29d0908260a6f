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


@pytest.fixture
def insights_store(store):
    """The insights seed, embedded with the word-hashing stand-in, and an admin account."""
    from insights_seed import reindexed

    accounts.set_password(store, ADMIN, PASSWORD)
    return store, reindexed(store)
