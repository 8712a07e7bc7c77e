"""`manage.py derived_data check|repair|rebuild`: the search index and the feed entries,
compared with the public pages, repaired, or written anew."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from stories.derived import drift


class Command(BaseCommand):
    help = ("Search index and feed entries: `check` reports what they get wrong (exit 1 if "
            "anything), `repair` refreshes those pages and resends what Elasticsearch "
            "missed, `rebuild` writes both anew.")

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["check", "repair", "rebuild"])

    def handle(self, action, **options):
        if action == "rebuild":
            call_command("search_index", "rebuild", stdout=self.stdout)
            call_command("syndication", "rebuild", stdout=self.stdout)
            return
        found = drift.report()
        for name, (missing, stale, extra) in (("Chỉ mục tìm kiếm", found.search),
                                              ("Mục tin của kênh nhận tin", found.feeds)):
            self.stdout.write(f"{name}: thiếu {len(missing)}; đã cũ {len(stale)}; "
                              f"thừa (không còn công khai) {len(extra)}.")
        mirror = drift.elasticsearch_state()
        if mirror is not None:
            self._mirror(mirror)
        if action == "check":
            if found.page_ids() or (mirror and (mirror.waiting or mirror.error or (
                    mirror.documents != mirror.entries))):
                raise SystemExit(1)
            return
        failed = drift.repair(found, progress=self._progress)
        self.stdout.write(self.style.SUCCESS(
            f"Đã làm mới {len(found.page_ids()) - len(failed)} trang."))
        if failed:
            self.stderr.write(f"Không làm mới được các trang: {failed}")
        if mirror is not None and mirror.error == "":
            sent, rebuilt = drift.repair_elasticsearch(progress=self._progress)
            self.stdout.write(f"Đã gửi lại {sent} cập nhật tới Elasticsearch.")
            if rebuilt is not None:
                self.stdout.write(self.style.SUCCESS(
                    f"Số tài liệu vẫn lệch: đã lập lại chỉ mục Elasticsearch ({rebuilt})."))

    def _mirror(self, mirror):
        if mirror.error:
            self.stdout.write(f"Elasticsearch không trả lời ({mirror.error}); "
                              f"{mirror.waiting} cập nhật đang chờ gửi lại.")
        else:
            self.stdout.write(f"Elasticsearch: {mirror.documents} tài liệu; cơ sở dữ liệu: "
                              f"{mirror.entries} mục; {mirror.waiting} cập nhật đang chờ "
                              "gửi lại.")

    def _progress(self, done, total):
        self.stdout.write(f"  {done}/{total}")
