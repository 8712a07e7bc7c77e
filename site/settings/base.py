"""Settings safe for production. Overlays: dev, test, production.

Every environment variable the site reads is read in the "Environment" block below, with
its default; the README's configuration reference mirrors it.
"""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def _env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _url_origin(url):
    """[origin] of an absolute URL (media on another host), [] for a path on this site."""
    parts = urlsplit(url)
    return [f"{parts.scheme}://{parts.netloc}"] if parts.scheme and parts.netloc else []


def _env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# --- Environment -----------------------------------------------------------------------
# SECRET_KEY: required in production; dev and test use a throwaway key.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
# ALLOWED_HOSTS: comma-separated host names; required in production.
ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS")
# CSRF_TRUSTED_ORIGINS: comma-separated origins (https://example.gov.vn) behind a proxy.
CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS")
# DATABASE_URL: sqlite:///path or postgres://user@host:5432/name. Default: var/guongsang.sqlite3.
DATABASE_URL = os.environ.get(
    "DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'guongsang.sqlite3'}"
)
# MEDIA_ROOT / MEDIA_URL: where uploads are stored and served from. Default: var/media.
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "var" / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# PRIVATE_MEDIA_ROOT: citizens' photos and units' files, never served as media; the admin
# serves them to editors. Default: var/private.
PRIVATE_MEDIA_ROOT = os.environ.get("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "var" / "private"))
# STATIC_ROOT: where collectstatic writes. Default: var/static.
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "var" / "static"))
# ELASTICSEARCH_URL: empty means the database search backend.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
# ELASTICSEARCH_INDEX: the alias searched; each rebuild makes a new index behind it.
ELASTICSEARCH_INDEX = os.environ.get("ELASTICSEARCH_INDEX", "guongsang")
# CACHE_URL: locmem:// (default), redis://host:6379/0, file:///path or dummy://.
CACHE_URL = os.environ.get("CACHE_URL", "locmem://")
# PAGE_CACHE_URL: where finished pages for anonymous visitors are kept. The web workers and
# the task worker (which runs the purges) must share it, so the default is CACHE_URL when
# that is shared (Redis), else files under var/page-cache.
PAGE_CACHE_URL = os.environ.get("PAGE_CACHE_URL", "") or (
    f"file://{BASE_DIR / 'var' / 'page-cache'}" if CACHE_URL.startswith("locmem")
    else CACHE_URL)
# PAGE_CACHE_SECONDS: longest a cached page is served without a purge; 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# FRONTEND_CACHE_URL: a Varnish or nginx cache in front that accepts PURGE requests
# (http://127.0.0.1:6081); empty (default) means none.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
# SITE_BASE_URL: absolute base of the public site, used in emails and feeds.
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
# Email: EMAIL_HOST empty means messages go to the console.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Gương Sáng <no-reply@localhost>")
# UNSUBSCRIBE_EMAIL: a mailbox that handles "unsubscribe" emails; when set, the weekly
# digest's List-Unsubscribe header offers it beside the one-click link. Default: none.
UNSUBSCRIBE_EMAIL = os.environ.get("UNSUBSCRIBE_EMAIL", "")
# SECURE_SSL_REDIRECT: production redirects http to https unless a proxy does it.
SECURE_SSL_REDIRECT = _env_bool("SECURE_SSL_REDIRECT", True)
# PODCAST_OWNER_EMAIL: the podcasts' owner, named in every podcast feed for directories
# (Apple Podcasts) to verify; required in production (system check), default empty.
PODCAST_OWNER_EMAIL = os.environ.get("PODCAST_OWNER_EMAIL", "")
# FEED_TAG_AUTHORITY: host name naming new feed items' ids (tag URIs, RFC 4151); empty: the
# host name of the site's address (the Site record). An item keeps the id it was first given.
FEED_TAG_AUTHORITY = os.environ.get("FEED_TAG_AUTHORITY", "").strip()
# API_RATE: requests an address may make to the portal API (e.g. 120/min, 2000/hour).
API_RATE = os.environ.get("API_RATE", "120/min")
# TRUSTED_PROXIES: how many reverse proxies (nginx: 1) add X-Forwarded-For in front of the
# site; 0 means REMOTE_ADDR is the visitor. Rate limits per address depend on it.
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
# LOG_LEVEL: level of the site's own log messages.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
# BENCH: "1" adds the benchmark's bare view and lets it ask past the caches (`make bench` sets it).
BENCH = _env_bool("BENCH", False)
# TWO_FACTOR_REQUIRED: approvers, verifiers, site administrators and superusers sign in with a
# code from an authenticator app as well as their password (dev and test: false).
TWO_FACTOR_REQUIRED = _env_bool("TWO_FACTOR_REQUIRED", True)
# LOGIN_FAILURE_LIMIT: wrong passwords after which an account, and separately an address, is
# locked; LOGIN_LOCKOUT_MINUTES: for how long.
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "10"))
LOGIN_LOCKOUT_MINUTES = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30"))
# -----------------------------------------------------------------------------------------

DEBUG = False

INSTALLED_APPS = [
    "stories",
    "search.apps.SearchConfig",
    "guongsang.accounts",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "stories.editorial.staff_app.StaffUsersConfig",  # wagtail.users with our staff views
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "wagtail.api.v2",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
]

MIDDLEWARE = [
    "guongsang.middleware.ClientAddressMiddleware",
    # Before everything that reads the session or the user: a cached page skips it all.
    "guongsang.page_cache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "guongsang.accounts.two_factor.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout noticed during the login into the answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "guongsang.urls"
WSGI_APPLICATION = "guongsang.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "stories.context_processors.site_navigation",
            ],
        },
    },
]

# Connections are kept between requests (and checked before reuse): a new one costs more
# than a page's queries, and SQLite keeps its prepared statements per connection.
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60,
                                              conn_health_checks=True)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets gunicorn workers read while one writes; IMMEDIATE avoids lock upgrades.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"



def _cache_from_url(url, name=""):
    if url.startswith(("redis://", "rediss://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if url.startswith("dummy://"):
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    if url.startswith("file://"):
        return {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": url.removeprefix("file://")}
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}


_cache = _cache_from_url(CACHE_URL)
CACHES = {
    "default": _cache,
    # Finished pages (guongsang.page_cache), each a few tens of kilobytes.
    "pages": {**_cache_from_url(PAGE_CACHE_URL, "pages"), "KEY_PREFIX": "pages",
              **({"OPTIONS": {"MAX_ENTRIES": 5_000}}
                 if PAGE_CACHE_URL.startswith(("locmem", "file")) else {})},
    # Wagtail looks renditions up here before asking the database. A photo has several
    # (sizes, WebP): local memory's default of 300 entries would drop them every few views.
    "renditions": {**_cache, "TIMEOUT": 60 * 60 * 24,
                   **({"OPTIONS": {"MAX_ENTRIES": 20_000}}
                      if _cache["BACKEND"].endswith("LocMemCache") else {})},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language, time, formats -------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Our catalogue, then Vietnamese for Wagtail's admin (Wagtail's own "vi" is mostly empty).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
FORMAT_MODULE_PATH = ["guongsang.formats"]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

# --- Static and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# "private" is never served as media: consent scans, audio, citizens' photos and photos
# no live page uses yet (stories/storage.py).
PRIVATE_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage",
                   "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": PRIVATE_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
FILE_UPLOAD_PERMISSIONS = 0o644
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Gương Sáng"
# A protected page asks for its password in the site's own frame.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105 (a template)
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_I18N_ENABLED = False
WAGTAILIMAGES_IMAGE_MODEL = "stories.Photo"
WAGTAILDOCS_DOCUMENT_MODEL = "stories.PrivateDocument"
WAGTAILIMAGES_RENDITION_STORAGE = "stories.media.storage.PhotoStorage"
# Damaged files refused, metadata (GPS, names) removed from every upload.
WAGTAILIMAGES_IMAGE_FORM_BASE = "stories.media.photo_uploads.PhotoForm"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"gif": "png", "bmp": "png", "avif": "webp"}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "jpg", "jpeg", "png"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from Gravatar: the admin would send a hash of each staff email to another host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Pages restricted to logged-in users send readers to the one login page the site has.
WAGTAIL_FRONTEND_LOGIN_URL = "/quan-tri/login/"
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# The approval step publishes without a "publish" permission no group holds
# (stories.editorial.publishing).
WAGTAIL_FINISH_WORKFLOW_ACTION = "stories.editorial.publishing.publish_approved_revision"
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "hr"]},
    }
}

# Purges (on publish, unpublish, move, view restriction and taxonomy change) reach the page
# cache, and a reverse proxy's cache when FRONTEND_CACHE_URL names one.
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "guongsang.page_cache.backends.PageCacheBackend"}}
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_URL,
    }
# Requests never served from the page cache: the admin, Wagtail's own views (page
# passwords), the bench's bare view; and search results, whose answer depends on the query.
PAGE_CACHE_EXCLUDED_PATHS = ("/quan-tri/", "/_util/", "/_bench/", STATIC_URL, MEDIA_URL)
PAGE_CACHE_QUERY_EXCLUDED_PATHS = ("/tim-kiem/",)
# A visitor with a message waiting (Django's cookie message storage) gets a page made for them.
PAGE_CACHE_MESSAGES_COOKIE = "messages"

REST_FRAMEWORK = {
    "DEFAULT_THROTTLE_RATES": {"portal": API_RATE},
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    # REMOTE_ADDR is already the visitor (ClientAddressMiddleware); never trust the header.
    "NUM_PROXIES": 0,
}

# Background work (search and feed entries, cache purges, Wagtail's reference index) is
# stored in the database and run by the worker, `manage.py db_worker` (`make run` starts
# it; a systemd unit in production): the admin answers without waiting for it.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Email ---------------------------------------------------------------------------------
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# --- Security defaults (production tightens further) ---------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy of every page but the Wagtail admin, whose editors need inline
# scripts. Public pages load nothing from other hosts and run no inline script or style
# (JSON-LD is data, not script). The widget sets its own, stricter policy and may be framed.
_media_origin = _url_origin(MEDIA_URL)
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/quan-tri/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_media_origin],
        "media-src": ["'self'", *_media_origin],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# Powerful browser features no page of the site uses (the share button's clipboard stays).
# Only names Chromium knows: it logs every other one on every page.
PERMISSIONS_POLICY = {
    feature: [] for feature in (
        "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture",
        "geolocation", "gyroscope", "hid", "idle-detection", "interest-cohort", "local-fonts",
        "magnetometer", "microphone", "midi", "payment", "screen-wake-lock", "serial", "usb",
        "xr-spatial-tracking",
    )
}

# --- Logins ----------------------------------------------------------------------------------
# Staff are signed out after 8 hours without a request (every request moves the expiry on).
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
AUTHENTICATION_BACKENDS = [
    # Refuses every sign-in, right password or not, while the account or address is locked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
WAGTAILADMIN_USER_LOGIN_FORM = "guongsang.accounts.lockout.LoginForm"
# django-axes: the account and the address are counted and locked each on its own.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = datetime.timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_RESET_ON_SUCCESS = True
# The lock ends at the time the person was told, however often they try meanwhile.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# The visitor's address as ClientAddressMiddleware worked it out; never X-Forwarded-For.
AXES_CLIENT_IP_CALLABLE = "guongsang.middleware.visitor_address"
AXES_LOCKOUT_CALLABLE = "guongsang.accounts.lockout.lockout_response"
AXES_ENABLE_ADMIN = False
# Two-factor (django-otp, TOTP): the name authenticator apps show next to the code.
OTP_TOTP_ISSUER = "Gương Sáng"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"},
                 "warnings": {"class": "logging.StreamHandler", "level": "WARNING"}},
    "loggers": {
        # The task worker reports each task once (django_tasks_db); the framework's own
        # lines about the same tasks only when something goes wrong.
        "django_tasks": {"handlers": ["warnings"], "propagate": False},
        "stories": {"handlers": ["console"], "level": LOG_LEVEL},
        "search": {"handlers": ["console"], "level": LOG_LEVEL},
        "django.request": {"handlers": ["console"], "level": "ERROR"},
    },
}

SITE_DESCRIPTION = _(
    "Stories of exemplary people and good deeds, verified and shared by the "
    "culture-information centre."
)
