"""Production settings refuse to start half-configured or with a weak key, and pass Django's
deploy checks; the sign-in settings each environment runs with."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "-Xy9!Qz7#Lm2$Rt6&Wp4*Vn8^Bs3@Hd5%Jf1"


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items()
                   if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE",
                                # set for the browser tests only; never in deployment
                                "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    environment.update(DJANGO_SETTINGS_MODULE="guongsang.settings.production", **env)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("env", "missing"), [
    ({"ALLOWED_HOSTS": "guongsang.example.vn"}, "SECRET_KEY"),
    ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS"),
])
def test_production_refuses_to_start_without_secret_key_and_hosts(env, missing):
    result = manage("check", **env)
    assert result.returncode != 0
    assert missing in result.stderr


def test_check_deploy_is_clean():
    result = manage("check", "--deploy", "--fail-level", "WARNING",
                    SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="guongsang.example.vn",
                    PODCAST_OWNER_EMAIL="podcast@guongsang.example.vn")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_site_speaks_vietnamese_in_its_time_zone(settings):
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    import datetime

    from django.utils import formats
    assert formats.date_format(datetime.date(2023, 2, 1), "SHORT_DATE_FORMAT") == "01/02/2023"
    assert formats.date_format(datetime.date(2023, 2, 1)) == "01/02/2023"


@pytest.mark.parametrize("weak_key", [
    "Xy9!Qz7#Lm2$Rt6&Wp4*Vn8^Bs3@Hd5%Jf1",  # 35 characters
    "ab" * 30,  # long, but only 2 different characters
    "django-insecure-" + GOOD_KEY,  # what startproject writes
], ids=["short", "repetitive", "django-insecure"])
def test_production_refuses_a_weak_secret_key(weak_key):
    result = manage("check", SECRET_KEY=weak_key, ALLOWED_HOSTS="guongsang.example.vn")
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is too weak" in result.stderr


def settings_of(module, *names, **env):
    """Settings as a process started with this environment sees them."""
    environment = {k: v for k, v in os.environ.items()
                   if k not in {"DJANGO_SETTINGS_MODULE", "TWO_FACTOR_REQUIRED", "MEDIA_URL"}}
    environment.update(env)
    code = (f"import json, {module} as s; "
            f"print(json.dumps({{n: getattr(s, n) for n in {list(names)!r}}}, default=str))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment,
                            capture_output=True, text=True, timeout=60, check=True)
    return json.loads(result.stdout)


def test_two_factor_is_required_unless_the_demo_or_the_tests_run():
    assert settings_of("guongsang.settings.base", "TWO_FACTOR_REQUIRED") == \
        {"TWO_FACTOR_REQUIRED": True}
    assert settings_of("guongsang.settings.production", "TWO_FACTOR_REQUIRED",
                       SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="guongsang.example.vn") == \
        {"TWO_FACTOR_REQUIRED": True}
    assert settings_of("guongsang.settings.dev", "TWO_FACTOR_REQUIRED") == \
        {"TWO_FACTOR_REQUIRED": False}
    assert settings_of("guongsang.settings.dev", "TWO_FACTOR_REQUIRED",
                       TWO_FACTOR_REQUIRED="1") == {"TWO_FACTOR_REQUIRED": True}


def test_lockout_figures_come_from_the_environment():
    seen = settings_of("guongsang.settings.base", "AXES_FAILURE_LIMIT", "AXES_COOLOFF_TIME",
                       "AXES_LOCKOUT_PARAMETERS")
    assert seen == {"AXES_FAILURE_LIMIT": 10, "AXES_COOLOFF_TIME": "0:30:00",
                    "AXES_LOCKOUT_PARAMETERS": ["username", "ip_address"]}
    assert settings_of("guongsang.settings.base", "AXES_FAILURE_LIMIT", "AXES_COOLOFF_TIME",
                       LOGIN_FAILURE_LIMIT="5", LOGIN_LOCKOUT_MINUTES="60") == \
        {"AXES_FAILURE_LIMIT": 5, "AXES_COOLOFF_TIME": "1:00:00"}


def test_staff_sessions_and_passwords(settings):
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    lengths = [validator.get("OPTIONS", {}).get("min_length")
               for validator in settings.AUTH_PASSWORD_VALIDATORS
               if validator["NAME"].endswith("MinimumLengthValidator")]
    assert lengths == [12]


def test_media_on_another_host_is_allowed_by_the_content_security_policy():
    policy = settings_of("guongsang.settings.base", "CONTENT_SECURITY_POLICY",
                         MEDIA_URL="https://anh.example.vn/media/")["CONTENT_SECURITY_POLICY"]
    assert policy["DIRECTIVES"]["img-src"] == ["'self'", "data:", "https://anh.example.vn"]
    assert policy["DIRECTIVES"]["media-src"] == ["'self'", "https://anh.example.vn"]
