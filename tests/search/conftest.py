"""The demo, loaded once for the judgement set's module (see tests/stories/demo/conftest.py:
the load is slow, and the judgements only read it)."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings


@pytest.fixture(scope="module")
def _demo_load(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(DEBUG=True):
            call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(_demo_load, db, settings):
    settings.DEBUG = True
