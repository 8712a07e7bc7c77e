"""Fixtures every test may use.

The page skeleton (`setup_site`: home, directory, columns, about pages and the editorial
roles) is built once per test database, right after its migrations, so every test starts
with it and each test's rollback keeps it; after a test that commits (and so empties the
database) the database is restored as it was. Under pytest-xdist each worker has its own
test database, media folders (the test settings make them per process) and local-memory
caches.
"""

import io
import json
import shutil

import pytest
from django.core.management import call_command
from django.db.models.signals import post_migrate
from hypothesis import settings as hypothesis_settings

# No example database: workers would share one folder, and a run must not depend on the
# examples an earlier run happened to find. No deadline: the machine's load is not the code's.
hypothesis_settings.register_profile("suite", database=None, deadline=None)
hypothesis_settings.load_profile("suite")


def build_skeleton(sender, **kwargs):
    """`post_migrate` receiver: the skeleton, built where migrations leave the database.

    Connected to the last migrated app, when every app's permissions exist (the roles
    need them). A flush sends the signal too, but leaves no tree to build on: the restore
    below brings the skeleton back then.
    """
    from wagtail.models import Page

    if Page.get_first_root_node() is None:
        return
    call_command("setup_site", stdout=io.StringIO())


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """Hooks the skeleton onto the migration of each test database (this fixture is the
    one pytest-django runs just before creating them)."""
    from django.apps import apps

    last_app = [config for config in apps.get_app_configs() if config.models_module][-1]
    post_migrate.connect(build_skeleton, sender=last_app, dispatch_uid="tests-skeleton")
    yield
    post_migrate.disconnect(sender=last_app, dispatch_uid="tests-skeleton")


SNAPSHOT = pytest.StashKey[tuple]()


def flushes(item):
    """Whether the test commits, so that its database is emptied after it (the browser
    tests, through the live server)."""
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """The test database as migrated, skeleton included, kept to restore it after each test
    that commits: pytest-xdist hands each worker whole files, largest first, so a test
    that rolls back may come after one that flushed."""
    if any(flushes(item) for item in request.session.items):
        from django.db import connection

        with django_db_blocker.unblock():
            rows = json.loads(connection.creation.serialize_db_to_string())
        # Content types first: receivers of the rows loaded before them look their own up,
        # and would otherwise create them under other ids.
        rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
        request.config.stash[SNAPSHOT] = (django_db_blocker, json.dumps(rows))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that commits, once its flush is done: the database as migrated."""
    result = yield
    if nextitem is not None and flushes(item) and SNAPSHOT in item.config.stash:
        from django.contrib.contenttypes.models import ContentType
        from django.db import connection

        blocker, snapshot = item.config.stash[SNAPSHOT]
        with blocker.unblock():
            # The flush let migrations' receivers add rows back, under new ids: start empty.
            call_command("flush", interactive=False, inhibit_post_migrate=True,
                         reset_sequences=False, verbosity=0)
            ContentType.objects.clear_cache()
            connection.creation.deserialize_db_from_string(snapshot)
    return result


# Folders whose modules share one package-scoped load (the demo): pytest-xdist gives each of
# them to one worker whole, so the load is made once, not once per worker that gets a file.
SHARED_LOAD_FOLDERS = ("tests/stories/demo/",)


def pytest_xdist_make_scheduler(config, log):
    """`--dist loadfile`, except that a shared-load folder is one unit of work."""
    from xdist.scheduler import LoadFileScheduling

    class SharedLoadScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid):
            for folder in SHARED_LOAD_FOLDERS:
                if nodeid.startswith(folder):
                    return folder
            return super()._split_scope(nodeid)

    if config.getoption("dist") != "loadfile":
        return None
    return SharedLoadScheduling(config, log)


def pytest_unconfigure(config):
    """Removes the media, private media and static folders the test settings made, in
    each process (every xdist worker and the controller imports them)."""
    from django.conf import settings

    if not settings.configured:
        return
    for folder in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT, settings.STATIC_ROOT):
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def site_pages(db):
    """The page skeleton every installation has: home, directory, columns, about."""
    from stories.models import ColumnPage, ExemplarIndexPage, HomePage

    return {
        "home": HomePage.objects.get(),
        "directory": ExemplarIndexPage.objects.get(),
        "column": ColumnPage.objects.order_by("path").first(),
    }


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the commit (index and feed updates) as the change is made."""
    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            return change()
    return run


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with empty caches: database ids are reused between tests."""
    from django.conf import settings
    from django.core.cache import caches

    from stories.syndication.entries import forget_feed_state

    for alias in settings.CACHES:
        caches[alias].clear()
    forget_feed_state()
