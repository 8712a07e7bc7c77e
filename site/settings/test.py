import os
import tempfile

from guongsang.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Made per process, so each pytest-xdist worker has its own (tests/conftest.py removes them);
# the local-memory caches below are per process too.
MEDIA_ROOT = tempfile.mkdtemp(prefix="guongsang-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="guongsang-test-private-")
STATIC_ROOT = tempfile.mkdtemp(prefix="guongsang-test-static-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None}},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                   "LOCATION": "renditions"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Off, so that tests see each change at once; the page cache's own tests switch it on.
PAGE_CACHE_SECONDS = 0
SECURE_SSL_REDIRECT = False
# Tests that are about two-factor sign-in turn it on with override_settings.
TWO_FACTOR_REQUIRED = False
# Background work runs as it is enqueued, so most tests see each change at once; the
# tests of the deferred path (tests/stories/derived/) switch to the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Elasticsearch is off in tests whatever the shell exports (a production shell exports
# ELASTICSEARCH_URL): the suite never writes to a real cluster by accident. The
# integration tests (tests/search/test_elasticsearch_server.py) switch it on, each on an
# alias of its own, only when GUONGSANG_TEST_ELASTICSEARCH_URL names a server for them.
ELASTICSEARCH_URL = ""
TEST_ELASTICSEARCH_URL = os.environ.get("GUONGSANG_TEST_ELASTICSEARCH_URL", "")
