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
        missing, stale, extra = indexing.drift()
        self.stdout.write(f"Thiếu trong chỉ mục: {len(missing)}; đã cũ: {len(stale)}; "
                          f"thừa (không còn công khai): {len(extra)}.")
        if action == "sync":
            for page_id in [*missing, *stale, *extra]:
                indexing.index_page(page_id)
            self.stdout.write(self.style.SUCCESS(
                f"Đã sửa {len(missing) + len(stale) + len(extra)} mục."))
        if settings.ELASTICSEARCH_URL:
            self._elasticsearch(repair=action == "sync")

    def _elasticsearch(self, repair):
        from search import elastic
        from search.models import ElasticsearchBacklog, SearchEntry
        from search.tasks import drain_backlog

        waiting = ElasticsearchBacklog.objects.count()
        try:
            documents = elastic.client().count(index=settings.ELASTICSEARCH_INDEX)["count"]
        except Exception as error:  # noqa: BLE001 (the cluster is down or unreachable)
            self.stdout.write(f"Elasticsearch không trả lời ({error}); {waiting} cập nhật "
                              "đang chờ gửi lại.")
            return
        entries = SearchEntry.objects.count()
        self.stdout.write(f"Elasticsearch: {documents} tài liệu; cơ sở dữ liệu: {entries} mục; "
                          f"{waiting} cập nhật đang chờ gửi lại.")
        if not repair:
            return
        sent = drain_backlog()
        self.stdout.write(f"Đã gửi lại {sent} cập nhật.")
        documents = elastic.client().count(index=settings.ELASTICSEARCH_INDEX)["count"]
        if documents != entries:
            total = elastic.rebuild(progress=self._progress)
            self.stdout.write(self.style.SUCCESS(
                f"Số tài liệu vẫn lệch: đã lập lại chỉ mục Elasticsearch ({total})."))

    def _progress(self, done, total):
        self.stdout.write(f"  {done}/{total}")
