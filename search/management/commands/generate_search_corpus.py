"""Synthetic exemplars and stories for the search benchmark: realistic Vietnamese names,
units, places, achievements and reports, drawn at random (seeded) from the demo's
vocabulary, published directly (no revisions), then indexed.

Run after `load_demo`: `python manage.py generate_search_corpus --count 20000`. Pages
are written in bulk (no `save`, no signals), as published pages with their relations
and feed identities; then the search index is rebuilt in bulk and the statistics of the
page and search tables refreshed.
"""

import datetime
import random
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import capfirst
from wagtail.models import Page

from search import entry_storage
from search.management.commands.search_index import Progress
from stories.demo.content import read
from stories.derived.tasks import rebuild_search_index
from stories.framework_internals import child_path, child_position
from stories.models import (
    ColumnPage,
    ExemplarIndexPage,
    ExemplarPage,
    Movement,
    Place,
    RecognitionLevel,
    Sector,
    StoryPage,
    SubjectType,
)
from stories.syndication import entries
from stories.syndication.models import FeedIdentity
from stories.vietnamese import slugify

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Lương", "Trịnh"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Xuân"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiền", "Hoa",
         "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Nhung",
         "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Tuấn"]
HIGHLAND = ["A Thút", "Y Hiền", "A Blông", "Y Khuyên", "A Vương", "Y Nhơn", "A Hyươl",
            "Y Bluih", "A Đứp", "Y Sương", "A Khâm", "Y Ngọc"]
ROLES = ["Cô giáo", "Thầy giáo", "Bác sĩ", "Già làng", "Trung tá", "Bí thư chi bộ",
         "Trưởng thôn", "Nữ hộ sinh", "Cựu chiến binh", "Đoàn viên", "Nông dân"]
COLLECTIVES = ["Chi đoàn thôn", "Tổ hòa giải thôn", "Hợp tác xã", "Câu lạc bộ cồng chiêng làng",
               "Tổ tự quản thôn", "Chi hội phụ nữ thôn", "Đội thanh niên tình nguyện xã",
               "Tổ bảo vệ rừng làng", "Tổ liên gia tự quản", "Trường Tiểu học"]
VILLAGES = ["Kon Klốc", "Kon Rlong", "Đăk Ring", "Kon Gộp", "Plei Krông", "Đăk Tô Kan",
            "Kon Braih", "Đăk Pne", "Ngọc Réo", "Kon Hring", "Tân Cảnh", "Đăk Mar"]
DEEDS = ["hiến đất mở đường", "giữ rừng đầu nguồn", "dạy chữ cho đồng bào", "đỡ đẻ an toàn",
         "xóa nhà tạm", "giúp hộ nghèo thoát nghèo", "giữ nghề dệt thổ cẩm", "cứu người đuối nước",
         "trả lại tài sản nhặt được", "vận động bà con bỏ hủ tục", "trồng cà phê xen cây ăn quả",
         "hiến máu tình nguyện", "làm sạch nguồn nước", "gìn giữ cồng chiêng"]


BATCH = 1000


def _insert_pages(model, pages):
    """Write ``pages`` (new instances of a page model, their ``pk`` still empty) as
    Page.save would, without its per-page queries: Django's ``bulk_create`` refuses
    models inherited from another table, so the page rows are created in bulk and the
    model's own table is filled with one INSERT per batch."""
    created = Page.objects.bulk_create([
        Page(**{field.attname: getattr(page, field.attname) for field in _own_fields(Page)})
        for page in pages])
    for page, row in zip(pages, created, strict=True):
        page.pk = page.page_ptr_id = row.pk
    fields = _own_fields(model)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) "  # noqa: S608
            f"VALUES ({marks})",
            [[field.get_db_prep_save(field.pre_save(page, add=True), connection)
              for field in fields] for page in pages])


def _own_fields(model):
    """The columns of ``model``'s own table (its parent link included, its parents'
    columns and many-to-many relations not)."""
    return [field for field in model._meta.get_fields(include_parents=False)
            if getattr(field, "concrete", False) and not field.many_to_many
            and not (field.primary_key and field.auto_created and model is Page)]


def _summaries():
    found = [item["summary"] for item in read("exemplars")["exemplars"]]
    return found or ["Gương sáng trong phong trào thi đua ở địa phương."]


def _paragraphs():
    paragraphs = []
    for report in read("stories")["reporting"].values():
        for part in report.values():
            for block in part.get("body", []):
                if isinstance(block, str):
                    paragraphs.append(block)
    for item in read("exemplars")["exemplars"]:
        paragraphs += [p for p in item["story"]["paragraphs"] if isinstance(p, str)]
    return paragraphs


class Command(BaseCommand):
    help = "Add synthetic published exemplars and stories (for the search benchmark)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=20000,
                            help="exemplars and stories in all (half each)")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--no-index", action="store_true")

    def handle(self, count, seed, no_index, **options):
        rng = random.Random(seed)  # noqa: S311 (synthetic content, not secrets)
        started = time.monotonic()
        directory = ExemplarIndexPage.objects.get()
        columns = list(ColumnPage.objects.order_by("path"))
        refs = {
            "sectors": list(Sector.objects.values_list("pk", flat=True)),
            "movements": list(Movement.objects.values_list("pk", flat=True)),
            "places": list(Place.objects.values_list("pk", flat=True)),
            "summaries": _summaries(), "paragraphs": _paragraphs(),
        }
        half = count // 2
        # No signal is sent (pages are written in bulk): Wagtail's own admin index and
        # reference index, which are not what is measured, are left as they are.
        with entry_storage.large_cache():
            made = self._make(ExemplarPage, [directory] * half, rng, refs, self._exemplar)
            made += self._make(StoryPage, [rng.choice(columns) for _ in range(count - half)],
                               rng, refs, self._story)
        self.stdout.write(f"Đã tạo {made} trang ({time.monotonic() - started:.1f} giây).")
        if no_index:
            # Listings are planned with the statistics: fresh ones after a bulk load.
            entry_storage.analyse()
            return
        started = time.monotonic()
        total = rebuild_search_index(progress=Progress(self.stdout, "Chỉ mục "), resume=False)
        self.stdout.write(f"Đã lập chỉ mục {total} mục ({time.monotonic() - started:.1f} "
                          "giây).")

    def _make(self, model, parents, rng, refs, fill):
        """Insert ``len(parents)`` published pages of ``model`` in bulk: the page rows,
        then the model's own rows, its many-to-many rows and the pages' feed identities,
        one batch at a time, each batch in one transaction."""
        content_type = ContentType.objects.get_for_model(model)
        progress = Progress(self.stdout, f"{capfirst(model._meta.verbose_name_plural)} ")
        next_child = {}
        made = 0
        now = timezone.now()
        authority = entries.tag_authority()
        for start in range(0, len(parents), BATCH):
            pages = []
            for parent in parents[start:start + BATCH]:
                if parent.pk not in next_child:
                    last = parent.get_last_child()
                    next_child[parent.pk] = child_position(last.path) + 1 if last else 1
                position = next_child[parent.pk]
                next_child[parent.pk] += 1
                page = model(content_type=content_type, locale_id=parent.locale_id,
                             depth=parent.depth + 1, live=True, numchild=0,
                             path=child_path(parent, position))
                fill(page, rng, refs)
                page.draft_title = page.title
                page.slug = f"{slugify(page.title)[:60]}-{position}"
                page.url_path = f"{parent.url_path}{page.slug}/"
                published = now - datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 900))
                page.first_published_at = page.last_published_at = published
                page.relations = {
                    name: rng.sample(refs[name], k=min(len(refs[name]), rng.randint(1, 2)))
                    for name in ("sectors", "movements", "places")
                    if not (name == "places" and model is ExemplarPage)}
                pages.append(page)
            with transaction.atomic():
                _insert_pages(model, pages)
                for name in ("sectors", "movements", "places"):
                    if name == "places" and model is ExemplarPage:
                        continue
                    field = model._meta.get_field(name)
                    through = field.remote_field.through
                    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
                    through.objects.bulk_create([
                        through(**{f"{source}_id": page.pk, f"{target}_id": term_id})
                        for page in pages for term_id in page.relations[name]])
                FeedIdentity.objects.bulk_create([
                    FeedIdentity(page_id=page.pk, guid=entries.tag_uri(
                        authority, page.pk, page.first_published_at)) for page in pages])
            made += len(pages)
            progress(made, len(parents))
        for parent_id, following in next_child.items():
            Page.objects.filter(pk=parent_id).update(numchild=following - 1)
        return made

    def _exemplar(self, page, rng, refs):
        subject = rng.choice(list(SubjectType))
        village = rng.choice(VILLAGES)
        if subject in (SubjectType.INDIVIDUAL, SubjectType.HOUSEHOLD):
            person = rng.choice([
                f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
                rng.choice(HIGHLAND)])
            prefix = "Hộ ông" if subject == SubjectType.HOUSEHOLD else rng.choice(ROLES)
            page.title = f"{prefix} {person}"
            page.consent_by, page.consent_on = person, datetime.date(2025, 1, 6)
            page.consent_note = "Đồng ý bằng văn bản (dữ liệu thử)."
        else:
            page.title = f"{rng.choice(COLLECTIVES)} {village}"
        page.subject_type = subject
        page.recognition_level = rng.choice(list(RecognitionLevel))
        page.recognition_year = rng.randint(2019, 2026)
        page.place_id = rng.choice(refs["places"]) if refs["places"] else None
        page.achievement_summary = (f"{rng.choice(refs['summaries'])} Nổi bật ở việc "
                                    f"{rng.choice(DEEDS)} tại làng {village}.")
        page.profile = [{"type": "paragraph", "value": f"<p>{p}</p>"}
                        for p in rng.sample(refs["paragraphs"], k=3)]

    def _story(self, page, rng, refs):
        village = rng.choice(VILLAGES)
        deed = rng.choice(DEEDS)
        page.title = rng.choice([
            f"Người {deed} ở làng {village}",
            f"{rng.choice(HIGHLAND)} và chuyện {deed}",
            f"{village}: cả làng cùng {deed}",
            f"Kinh nghiệm {deed} của {rng.choice(COLLECTIVES).lower()} {village}"])
        page.lead = rng.choice(refs["summaries"])
        page.body = [{"type": "paragraph", "value": f"<p>{p}</p>"}
                     for p in rng.sample(refs["paragraphs"], k=4)]
        page.byline = f"Bài: {rng.choice(FAMILY)} {rng.choice(GIVEN)}"
        page.reading_minutes = rng.randint(2, 6)
