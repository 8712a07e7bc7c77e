"""Production settings refuse to start half-configured and pass Django's deploy checks."""

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
                    SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="guongsang.example.vn")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_site_speaks_vietnamese_in_its_time_zone(settings):
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    import datetime

    from django.utils import formats
    assert formats.date_format(datetime.date(2023, 2, 1), "SHORT_DATE_FORMAT") == "01/02/2023"
    assert formats.date_format(datetime.date(2023, 2, 1)) == "01/02/2023"
