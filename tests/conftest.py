import pytest
from django.core.management import call_command


@pytest.fixture
def site_pages(db):
    """The page skeleton every installation has: home, directory, columns, about."""
    call_command("setup_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
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
    from django.core.cache import caches

    from stories.syndication.entries import forget_feed_state

    for alias in ("default", "renditions"):
        caches[alias].clear()
    forget_feed_state()
