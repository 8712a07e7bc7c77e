"""Background work of the stories app, run through Wagtail's task framework after the
change that caused it is committed."""

import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def refresh_entries_task(page_ids):
    """Prepare these pages' syndication entries again, then tell every feed: a failure
    is logged, and `manage.py syndication check --repair` finds what it left behind."""
    from stories.syndication.entries import changed, refresh_many

    try:
        refresh_many(page_ids)
    finally:
        changed()
