from guongsang.settings.base import *  # noqa: F403
from guongsang.settings.base import SECRET_KEY as _SECRET_KEY
from guongsang.settings.base import _env_bool

DEBUG = True
SECRET_KEY = _SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": PRIVATE_STORAGE,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SECURE_SSL_REDIRECT = False
# The demo accounts sign in with their password alone; TWO_FACTOR_REQUIRED=1 tries 2FA.
TWO_FACTOR_REQUIRED = _env_bool("TWO_FACTOR_REQUIRED", False)
