import pytest


@pytest.fixture
def worker_backend(settings):
    """Work that can wait goes to the database queue, for `worker.run_worker` to do."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
