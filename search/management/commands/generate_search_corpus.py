"""Synthetic exemplars and stories for the search benchmark: realistic Vietnamese names,
units, places, achievements and reports, drawn at random (seeded) from the demo's
vocabulary, published directly (no revisions), then indexed.

Run after `load_demo`: `python manage.py generate_search_corpus --count 20000`.
"""

import datetime
import random
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from search import indexing
from stories.demo.content import read
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
        # Wagtail's own admin index is not what is measured: it is left as it is.
        with override_settings(WAGTAILSEARCH_BACKENDS={
                "default": {"BACKEND": "wagtail.search.backends.database",
                            "AUTO_UPDATE": False}}):
            made = self._make(ExemplarPage, [directory] * half, rng, refs,
                              self._exemplar)
            made += self._make(StoryPage, [rng.choice(columns) for _ in range(count - half)],
                               rng, refs, self._story)
        self.stdout.write(f"Đã tạo {made} trang ({time.monotonic() - started:.0f} giây).")
        if not no_index:
            started = time.monotonic()
            total = indexing.rebuild(progress=lambda done, all_: self.stdout.write(
                f"  chỉ mục: {done}/{all_}") if done % 2000 == 0 else None)
            self.stdout.write(f"Đã lập chỉ mục {total} mục ({time.monotonic() - started:.0f} "
                              "giây).")

    def _make(self, model, parents, rng, refs, fill):
        content_type = ContentType.objects.get_for_model(model)
        next_child = {}
        relations = {"sectors": [], "movements": [], "places": []}
        made = 0
        now = timezone.now()
        for start in range(0, len(parents), 500):
            with transaction.atomic():
                for parent in parents[start:start + 500]:
                    if parent.pk not in next_child:
                        last = parent.get_last_child()
                        next_child[parent.pk] = (
                            child_position(last.path) + 1 if last else 1)
                    position = next_child[parent.pk]
                    next_child[parent.pk] += 1
                    page = model(content_type=content_type, locale_id=parent.locale_id,
                                 depth=parent.depth + 1, live=True,
                                 path=child_path(parent, position))
                    fill(page, rng, refs)
                    page.slug = f"{slugify(page.title)[:60]}-{position}"
                    page.url_path = f"{parent.url_path}{page.slug}/"
                    published = now - datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 900))
                    page.first_published_at = page.last_published_at = published
                    page.save(clean=False)
                    for name in relations:
                        if name == "places" and model is ExemplarPage:
                            continue
                        picks = rng.sample(refs[name], k=min(len(refs[name]),
                                                              rng.randint(1, 2)))
                        relations[name] += [(page.pk, pk) for pk in picks]
                    made += 1
            self.stdout.write(f"  {model._meta.verbose_name}: {made}/{len(parents)}")
        for parent_id, following in next_child.items():
            type(parents[0]).objects.filter(pk=parent_id).update(numchild=following - 1)
        for name, pairs in relations.items():
            if not pairs:
                continue
            through = model._meta.get_field(name).remote_field.through
            source = model._meta.get_field(name).m2m_field_name()
            target = model._meta.get_field(name).m2m_reverse_field_name()
            through.objects.bulk_create([through(**{f"{source}_id": page_id,
                                                    f"{target}_id": term_id})
                                         for page_id, term_id in pairs], batch_size=1000)
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
