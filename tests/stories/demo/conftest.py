"""The demo, loaded once for this folder's tests: a load takes a while, and every test here
only reads it. The suite's scheduler (tests/conftest.py) gives this folder to one worker.

The load runs inside an outer transaction held for the folder and rolled back at its end.
Each test's own transaction (the `db` fixture) nests in it as a savepoint, so whatever a
test changes (a nomination sent, a spreadsheet imported) is undone before the next test,
which sees the demo as loaded.
"""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings


@pytest.fixture(scope="package")
def _demo_load(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        # As `make run` loads it: DEBUG on, so the newsroom and discovery demo are made too.
        out = io.StringIO()
        with override_settings(DEBUG=True):
            call_command("load_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(_demo_load, db, settings):
    """The demo as `make run` serves it (DEBUG on); the value is what `load_demo` printed."""
    settings.DEBUG = True
    return _demo_load
