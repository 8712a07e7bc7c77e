"""The Elasticsearch-API server the integration tests run against, and a fresh alias on it
for each test.

The server is named by GUONGSANG_TEST_ELASTICSEARCH_URL (read by the test settings as
TEST_ELASTICSEARCH_URL); without it these tests are skipped. `.ci/run` starts the
emulator `noida-db` for the SQLite run and sets the variable. A real cluster works the
same way (see README, "Elasticsearch").
"""

import contextlib
import importlib.util
import socket
import subprocess
import time
import urllib.request
import uuid

import pytest
from django.conf import settings

from search import elastic

# A port nothing listens on: the cluster "down".
DOWN = "http://127.0.0.1:9"

needs_server = pytest.mark.skipif(
    not settings.TEST_ELASTICSEARCH_URL,
    reason="GUONGSANG_TEST_ELASTICSEARCH_URL is not set (no Elasticsearch-API server)")


@contextlib.contextmanager
def fresh_alias(django_settings):
    """Elasticsearch on, on an alias no other test or worker uses; every index made under
    it is deleted afterwards, so a run leaves nothing on the server."""
    name = f"guongsang-test-{uuid.uuid4().hex[:12]}"
    django_settings.ELASTICSEARCH_URL = settings.TEST_ELASTICSEARCH_URL
    django_settings.ELASTICSEARCH_INDEX = name
    try:
        yield elastic.client()
    finally:
        connection = elastic.Elasticsearch(settings.TEST_ELASTICSEARCH_URL)
        # Named one by one: a real cluster refuses to delete by wildcard.
        for index in connection.indices.get_alias(index=f"{name}*", ignore_unavailable=True):
            connection.options(ignore_status=404).indices.delete(index=index)


class Emulator:
    """A server of the test's own, the `noida-db` emulator, that the test can stop and
    start again (its data kept on disk, as a cluster keeps it across a restart); the
    shared server cannot be stopped under the other tests."""

    def __init__(self, folder):
        from importlib.resources import files

        self.binary = files("noida_db") / "noida-db"
        self.folder = folder
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 (the emulator the test extra installs)
            [str(self.binary), "start", "--only", "elasticsearch", "--host", "127.0.0.1",
             "--elasticsearch-port", str(self.port), "--data-dir", str(self.folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _attempt in range(100):
            with contextlib.suppress(OSError), urllib.request.urlopen(self.url, timeout=1):  # noqa: S310
                return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"noida-db did not answer at {self.url}")

    def stop(self):
        if self.process:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:  # busy: it may not heed the request
                self.process.kill()
                self.process.wait()
            self.process = None


def emulator_installed():
    return importlib.util.find_spec("noida_db") is not None
