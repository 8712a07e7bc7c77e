"""`manage.py search_index rebuild|check|sync`: the public search index. `check` and
`sync` are the search half of `manage.py derived_data check|repair`."""

from django.conf import settings
from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = ("Public search index: `rebuild` writes it anew, `check` reports what it gets "
            "wrong, `sync` reports and repairs that.")

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "check", "sync"])

    def handle(self, action, **options):
        if action == "rebuild":
            total = indexing.rebuild(progress=self._progress)
            self.stdout.write(self.style.SUCCESS(f"Đã lập lại chỉ mục tìm kiếm: {total} mục."))
            if settings.ELASTICSEARCH_URL:
                from search import elastic

                total = elastic.rebuild(progress=self._progress)
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
            failed = drift.repair(search_only)
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
            sent, rebuilt = drift.repair_elasticsearch(progress=self._progress)
            self.stdout.write(f"Đã gửi lại {sent} cập nhật.")
            if rebuilt is not None:
                self.stdout.write(self.style.SUCCESS(
                    f"Số tài liệu vẫn lệch: đã lập lại chỉ mục Elasticsearch ({rebuilt})."))

    def _progress(self, done, total):
        self.stdout.write(f"  {done}/{total}")
