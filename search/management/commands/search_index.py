"""`manage.py search_index rebuild|check|sync`: the public search index. `check` and
`sync` are the search half of `manage.py derived_data check|repair`."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand


class Progress:
    """done/total, rate and time left: one line rewritten in place on a terminal, a
    plain line every few seconds otherwise (a log, a pipe)."""

    PLAIN_EVERY = 5.0

    def __init__(self, stdout, label="", started_at=0):
        self.stdout, self.label = stdout, label
        self.terminal = stdout.isatty()
        self.started, self.first = time.monotonic(), started_at
        self.shown = 0.0

    def __call__(self, done, total):
        now = time.monotonic()
        finished = done >= total
        if (finished and self.shown == -1) or (not finished and now - self.shown < (
                0.2 if self.terminal else self.PLAIN_EVERY)):
            return
        self.shown = now
        rate = (done - self.first) / max(now - self.started, 1e-6)
        left = (total - done) / rate if rate > 0 else 0
        width = 30
        bar = "█" * (width * done // max(total, 1))
        line = (f"{self.label}{bar:░<{width}} {done}/{total}  {rate:.0f}/giây  "
                f"còn {_duration(left)}")
        if self.terminal:
            self.stdout.write(f"\r{line}", ending="\n" if finished else "")
            self.stdout.flush()
        else:
            self.stdout.write(line)
        if finished:
            self.shown = -1  # the last line is written once


def _duration(seconds):
    seconds = round(seconds)
    return f"{seconds // 60} phút {seconds % 60:02d} giây" if seconds >= 60 else (
        f"{seconds} giây")


class Command(BaseCommand):
    help = ("Public search index: `rebuild` writes it anew, `check` reports what it gets "
            "wrong, `sync` reports and repairs that.")

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "check", "sync"])
        parser.add_argument(
            "--from-start", action="store_true",
            help="rebuild: start again from the first page even if the last rebuild "
                 "stopped before the end (by default it continues where it stopped)")

    def handle(self, action, from_start=False, **options):
        if action == "rebuild":
            from stories.derived import tasks

            unfinished = None if from_start else tasks.unfinished_rebuild()
            if unfinished:
                self.stdout.write(f"Tiếp tục lần lập lại dừng giữa chừng ({unfinished['done']}/"
                                  f"{unfinished['total']} mục đã xong).")
            progress = Progress(self.stdout, started_at=unfinished["done"] if unfinished else 0)
            started = time.monotonic()
            total = tasks.rebuild_search_index(progress=progress, resume=not from_start)
            self.stdout.write(self.style.SUCCESS(
                f"Đã lập lại chỉ mục tìm kiếm: {total} mục "
                f"({time.monotonic() - started:.1f} giây)."))
            if settings.ELASTICSEARCH_URL:
                from search import elastic

                total = elastic.rebuild(progress=Progress(self.stdout, "Elasticsearch "))
                self.stdout.write(self.style.SUCCESS(
                    f"Đã lập chỉ mục Elasticsearch mới ({total} tài liệu) và chuyển bí danh "
                    f"“{settings.ELASTICSEARCH_INDEX}” sang."))
            return
        from stories.derived import drift

        found = drift.report()
        missing, stale, extra = found.search
        self.stdout.write(f"Thiếu trong chỉ mục: {len(missing)}; đã cũ: {len(stale)}; "
                          f"thừa (không còn công khai): {len(extra)}.")
        if action == "sync":
            search_only = drift.Drift(search=found.search, feeds=((), (), ()))
            failed = drift.repair(search_only, progress=Progress(self.stdout))
            self.stdout.write(self.style.SUCCESS(
                f"Đã sửa {len(search_only.page_ids()) - len(failed)} mục."))
        mirror = drift.elasticsearch_state()
        if mirror is None:
            return
        if mirror.error:
            self.stdout.write(f"Elasticsearch không trả lời ({mirror.error}); "
                              f"{mirror.waiting} cập nhật đang chờ gửi lại.")
            return
        self.stdout.write(f"Elasticsearch: {mirror.documents} tài liệu; cơ sở dữ liệu: "
                          f"{mirror.entries} mục; {mirror.waiting} cập nhật đang chờ gửi lại.")
        if action == "sync":
            sent, rebuilt = drift.repair_elasticsearch(
                progress=Progress(self.stdout, "Elasticsearch "))
            self.stdout.write(f"Đã gửi lại {sent} cập nhật.")
            if rebuilt is not None:
                self.stdout.write(self.style.SUCCESS(
                    f"Số tài liệu vẫn lệch: đã lập lại chỉ mục Elasticsearch ({rebuilt})."))
