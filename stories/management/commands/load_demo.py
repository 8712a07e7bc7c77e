"""`manage.py load_demo`: the demo province, its exemplars and stories; offline and
idempotent. Dates count back from the day it runs (or ``--today``), so the demo never goes
stale; loading again on a later day moves the stories' dates with it. Demo accounts are
created only when DEBUG is on."""

import datetime
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test.utils import override_settings

from stories.demo.loader import DemoLoader

ADMIN_PASSWORD = "gs-demo-2026"  # noqa: S105 - only ever set with DEBUG on


class Command(BaseCommand):
    help = "Load the demo content (idempotent, no network)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--today", type=datetime.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
            help="Date the demo as if loaded on this day (default: the site's today).")

    def handle(self, *args, today=None, **options):
        started = time.monotonic()
        call_command("setup_site", stdout=self.stdout)
        loader = DemoLoader(self.stdout.write, today)
        created, photos = loader.run()
        call_command("search_index", "rebuild", stdout=self.stdout)
        call_command("syndication", "rebuild", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(
            f"Đã tạo {created['exemplars']} hồ sơ điển hình, {created['stories']} tin bài, "
            f"{photos} ảnh minh họa ({time.monotonic() - started:.0f} giây)."))
        if settings.DEBUG:
            self.demo_accounts(loader.calendar.today)
        else:
            self.stdout.write("DEBUG đang tắt: không tạo tài khoản dùng thử.")

    def demo_accounts(self, today):
        from stories.demo.discovery import load_discovery_demo
        from stories.demo.review import PASSWORD, accounts, load_review_demo

        admin, _ = get_user_model().objects.get_or_create(
            username="admin", defaults={"email": "admin@ttvh-demo.example.vn"})
        admin.is_staff = admin.is_superuser = True
        admin.set_password(ADMIN_PASSWORD)
        admin.save()
        # Walking pages through review notifies reviewers; keep those mails off the console.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            _, waiting = load_review_demo(today)
            focal_accounts = load_discovery_demo(today)
        self.stdout.write(f"Trang đang chờ duyệt: {waiting}")
        self.stdout.write(f"Tài khoản quản trị (chỉ dùng thử): admin / {ADMIN_PASSWORD} — "
                          "http://127.0.0.1:8000/quan-tri/")
        self.stdout.write("Tài khoản tòa soạn dùng thử, cùng mật khẩu:")
        for username, full_name, group in accounts():
            self.stdout.write(f"  {username} / {PASSWORD} — {group} ({full_name})")
        self.stdout.write("Đầu mối đơn vị dùng thử, cùng mật khẩu:")
        for username, unit in focal_accounts:
            self.stdout.write(f"  {username} / {PASSWORD} — {unit}")
