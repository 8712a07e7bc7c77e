"""Imports of introductions run by the task worker, off the admin's request (each row
becomes a page, a revision and a workflow: a long file takes many seconds).

The uploaded file and the import's state (waiting, running with the rows done, finished
with its report, failed) are kept in private storage, where the web process and the
worker, separate processes, both read them; the admin's page shows the state until the
import is done (`introduction_import_views`).
"""

import json
import logging
import os
import re
import uuid
from pathlib import PurePath

from django.contrib.auth import get_user_model
from django.core.files import File
from django.utils import translation
from django_tasks import task

from stories.discovery.introduction_import import import_introductions
from stories.discovery.models.nominations import private_storage
from stories.discovery.uploaded_sheets import SpreadsheetError, refuse_oversized
from stories.models import Unit

logger = logging.getLogger(__name__)

JOBS_DIRECTORY = "introduction-imports"
WAITING, RUNNING, DONE, FAILED = "waiting", "running", "done", "failed"
_JOB_ID = re.compile(r"[0-9a-f]{32}")


def _state_path(job_id):
    return private_storage().path(f"{JOBS_DIRECTORY}/{job_id}.json")


def read_state(job_id):
    """The import's state as a dict, or None when there is no such import."""
    if not _JOB_ID.fullmatch(job_id or ""):
        return None
    try:
        with open(_state_path(job_id), encoding="utf-8") as handle:
            return json.load(handle)
    except (FileNotFoundError, ValueError):
        return None


def write_state(job_id, **changes):
    state = {**(read_state(job_id) or {}), **changes}
    path = _state_path(job_id)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    # Written whole, then renamed: a reader never sees half a state.
    partial = f"{path}.{os.getpid()}.partial"
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(state, handle, ensure_ascii=False)
    os.replace(partial, path)
    return state


def start_import(upload, *, unit, year, quarter, user):
    """Store the upload and queue its import; returns the import's id. A file past the
    size bound is refused at once, without being stored."""
    job_id = uuid.uuid4().hex
    file_name = PurePath(upload.name or "").name[:255]
    state = {"user": user.pk, "unit": unit.pk, "year": year, "quarter": quarter,
             "file_name": file_name, "language": translation.get_language(),
             "status": WAITING, "done": 0, "total": 0,
             "problems": [], "created": [], "skipped": []}
    try:
        refuse_oversized(upload)
    except SpreadsheetError as error:
        write_state(job_id, **{**state, "status": DONE, "problems": [str(error)]})
        return job_id
    # The stored name is random: the original one may name people or places.
    suffix = PurePath(file_name).suffix.lower()[:8]
    stored = private_storage().save(f"{JOBS_DIRECTORY}/{job_id}{suffix}", upload)
    write_state(job_id, **{**state, "stored": stored})
    run_import.enqueue(job_id)
    return job_id


@task()
def run_import(job_id):
    """Import the stored file of ``job_id``, recording the progress and the report."""
    state = read_state(job_id)
    if state is None or state["status"] != WAITING:
        return
    storage = private_storage()
    write_state(job_id, status=RUNNING)
    try:
        with translation.override(state["language"]):
            user = get_user_model().objects.get(pk=state["user"])
            unit = Unit.objects.get(pk=state["unit"])
            with storage.open(state["stored"], "rb") as handle:
                outcome = import_introductions(
                    File(handle, name=state["file_name"]), unit=unit, year=state["year"],
                    quarter=state["quarter"], user=user,
                    progress=lambda done, total: write_state(job_id, done=done, total=total))
    except Exception:
        logger.exception("Import %s of introductions failed", job_id)
        write_state(job_id, status=FAILED)
        raise
    finally:
        storage.delete(state["stored"])
    write_state(
        job_id, status=DONE, problems=[str(problem) for problem in outcome.problems],
        created=[[row, introduction.pk] for row, introduction in outcome.created],
        skipped=[[row, name, introduction.pk] for row, name, introduction in outcome.skipped])
