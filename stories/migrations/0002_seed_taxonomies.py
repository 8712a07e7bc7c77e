"""Seed the fourteen sectors of the domain brief and the standing movements.

Dates are filled in only where the launching document is known; editors complete the rest.
"""

import datetime

from django.db import migrations

SECTORS = [
    ("Xây dựng Đảng, chính quyền, đoàn thể", "xay-dung-dang-chinh-quyen-doan-the"),
    ("Quốc phòng, an ninh", "quoc-phong-an-ninh"),
    ("Công thương, xây dựng, giao thông vận tải", "cong-thuong-xay-dung-giao-thong-van-tai"),
    ("Nông nghiệp", "nong-nghiep"),
    ("Tài chính, ngân hàng", "tai-chinh-ngan-hang"),
    ("Y tế", "y-te"),
    ("Giáo dục và đào tạo", "giao-duc-va-dao-tao"),
    ("Khoa học và công nghệ", "khoa-hoc-va-cong-nghe"),
    ("Văn hóa, nghệ thuật, thể dục thể thao", "van-hoa-nghe-thuat-the-duc-the-thao"),
    ("Đối ngoại", "doi-ngoai"),
    ("Thông tin và truyền thông", "thong-tin-va-truyen-thong"),
    ("Cải cách hành chính", "cai-cach-hanh-chinh"),
    ("An sinh xã hội", "an-sinh-xa-hoi"),
    ("Đời sống xã hội", "doi-song-xa-hoi"),
]

D = datetime.date
# (name, slug, launched by, scope, launched on, ends on, in focus)
MOVEMENTS = [
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
     "hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh",
     "Bộ Chính trị (Chỉ thị số 05-CT/TW)", "national", D(2016, 5, 15), None, True),
    ("Toàn dân đoàn kết xây dựng đời sống văn hóa",
     "toan-dan-doan-ket-xay-dung-doi-song-van-hoa",
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "national", None, None, True),
    ("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
     "toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh",
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "national", None, None, False),
    ("Cả nước chung sức xây dựng nông thôn mới", "ca-nuoc-chung-suc-xay-dung-nong-thon-moi",
     "Thủ tướng Chính phủ", "national", None, None, True),
    ("Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
     "ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau",
     "Thủ tướng Chính phủ", "national", None, None, False),
    ("Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
     "can-bo-cong-chuc-vien-chuc-thi-dua-thuc-hien-van-hoa-cong-so",
     "Thủ tướng Chính phủ", "national", None, None, False),
    ("Dạy tốt - Học tốt", "day-tot-hoc-tot", "Ngành Giáo dục và Đào tạo", "national",
     None, None, False),
    ("Phong trào thi đua đặc biệt phòng, chống dịch COVID-19",
     "phong-trao-thi-dua-dac-biet-phong-chong-dich-covid-19",
     "Thủ tướng Chính phủ", "national", None, D(2022, 12, 31), False),
    ("Xóa nhà tạm, nhà dột nát", "xoa-nha-tam-nha-dot-nat", "Thủ tướng Chính phủ",
     "national", D(2024, 4, 13), None, True),
    ("Cả nước thi đua đổi mới sáng tạo và chuyển đổi số",
     "ca-nuoc-thi-dua-doi-moi-sang-tao-va-chuyen-doi-so", "Thủ tướng Chính phủ",
     "national", D(2025, 4, 24), None, True),
    ("Thi đua đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số và chuyển "
     "đổi xanh", "thi-dua-phat-trien-khoa-hoc-cong-nghe-chuyen-doi-so-va-chuyen-doi-xanh",
     "Thủ tướng Chính phủ", "national", D(2026, 2, 9), None, True),
    ("Thi đua phát triển kinh tế tư nhân", "thi-dua-phat-trien-kinh-te-tu-nhan",
     "Thủ tướng Chính phủ", "national", D(2026, 2, 9), None, False),
]


def seed(apps, schema_editor):
    Sector = apps.get_model("stories", "Sector")
    Movement = apps.get_model("stories", "Movement")
    for order, (name, slug) in enumerate(SECTORS):
        Sector.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})
    for name, slug, launched_by, scope, launched_on, ends_on, in_focus in MOVEMENTS:
        Movement.objects.get_or_create(slug=slug, defaults={
            "name": name, "launched_by": launched_by, "scope": scope,
            "launched_on": launched_on, "ends_on": ends_on, "in_focus": in_focus,
        })


class Migration(migrations.Migration):
    dependencies = [("stories", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
