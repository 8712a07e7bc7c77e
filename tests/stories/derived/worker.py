"""The task worker as the derived-data tests run it (with the `worker_backend` fixture):
one batch of `manage.py db_worker`, and what the public search finds after it."""

from django.core.management import call_command

from search import engine
from search.query import SearchRequest


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def found(text):
    return {hit.title for hit in engine.search(SearchRequest(text=text)).hits}
