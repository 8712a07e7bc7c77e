"""Demo places and units: a province after the 2025 reorganisation, the province and
districts it absorbed, and the old communes merged into today's. The mergers are
illustrative, not an official list."""

import datetime

from stories.models import Place, Unit

MERGED = datetime.date(2025, 6, 30)
FOUNDED = datetime.date(2025, 7, 1)

# key: (kind, name, parent key, code)
CURRENT = {
    "quang-ngai": ("tinh", "Quảng Ngãi", None, ""),
    "kon-braih": ("xa", "Kon Braih", "quang-ngai", "23371"),
    "dak-koi": ("xa", "Đăk Kôi", "quang-ngai", "23374"),
    "dak-rve": ("xa", "Đăk Rve", "quang-ngai", "23377"),
    "dak-ha": ("xa", "Đăk Hà", "quang-ngai", "23380"),
    "dak-pxi": ("xa", "Đăk Pxi", "quang-ngai", "23383"),
    "ngok-reo": ("xa", "Ngọk Réo", "quang-ngai", "23386"),
    "kon-tum": ("phuong", "Kon Tum", "quang-ngai", "23389"),
    "dak-cam": ("phuong", "Đăk Cấm", "quang-ngai", "23392"),
    "ba-to": ("xa", "Ba Tơ", "quang-ngai", "23395"),
}
# key: (kind, name, parent key, successor key)
FORMER = {
    "kon-tum-tinh": ("tinh", "Kon Tum", None, "quang-ngai"),
    "kon-ray": ("huyen", "Kon Rẫy", "kon-tum-tinh", None),
    "dak-ha-huyen": ("huyen", "Đăk Hà", "kon-tum-tinh", None),
    "kon-tum-tp": ("thanh_pho", "Kon Tum", "kon-tum-tinh", None),
    "tt-dak-rve": ("thi_tran", "Đăk Rve", "kon-ray", "dak-rve"),
    "dak-to-lung": ("xa", "Đăk Tơ Lung", "kon-ray", "kon-braih"),
    "tan-lap": ("xa", "Tân Lập", "kon-ray", "kon-braih"),
    "dak-koi-cu": ("xa", "Đăk Kôi", "kon-ray", "dak-koi"),
    "dak-pne": ("xa", "Đăk Pne", "kon-ray", "dak-koi"),
    "dak-ruong": ("xa", "Đăk Ruồng", "kon-ray", "dak-rve"),
    "dak-to-re": ("xa", "Đăk Tờ Re", "kon-ray", "kon-braih"),
    "tt-dak-ha": ("thi_tran", "Đăk Hà", "dak-ha-huyen", "dak-ha"),
    "ha-mon": ("xa", "Hà Mòn", "dak-ha-huyen", "dak-ha"),
    "dak-mar": ("xa", "Đăk Mar", "dak-ha-huyen", "dak-ha"),
    "dak-pxi-cu": ("xa", "Đăk Pxi", "dak-ha-huyen", "dak-pxi"),
    "dak-ui": ("xa", "Đăk Ui", "dak-ha-huyen", "dak-pxi"),
    "ngok-reo-cu": ("xa", "Ngọk Réo", "dak-ha-huyen", "ngok-reo"),
    "ngok-wang": ("xa", "Ngọk Wang", "dak-ha-huyen", "ngok-reo"),
    "quyet-thang": ("phuong", "Quyết Thắng", "kon-tum-tp", "kon-tum"),
    "thang-loi": ("phuong", "Thắng Lợi", "kon-tum-tp", "kon-tum"),
    "truong-chinh": ("phuong", "Trường Chinh", "kon-tum-tp", "kon-tum"),
    "ngo-may": ("phuong", "Ngô Mây", "kon-tum-tp", "dak-cam"),
}
# key: (name, kind, place key)
UNITS = {
    "ubnd-kon-braih": ("Ủy ban nhân dân xã Kon Braih", "commune", "kon-braih"),
    "ubnd-dak-ha": ("Ủy ban nhân dân xã Đăk Hà", "commune", "dak-ha"),
    "truong-dak-koi": ("Trường Phổ thông Dân tộc bán trú Tiểu học Đăk Kôi", "school", "dak-koi"),
    "truong-kon-tum": ("Trường Trung học cơ sở Lê Lợi, phường Kon Tum", "school", "kon-tum"),
    "cong-an-dak-ha": ("Công an xã Đăk Hà", "police", "dak-ha"),
    "quan-su-dak-pxi": ("Ban Chỉ huy quân sự xã Đăk Pxi", "military", "dak-pxi"),
    "phu-nu-ngok-reo": ("Hội Liên hiệp Phụ nữ xã Ngọk Réo", "mass_org", "ngok-reo"),
    "doan-kon-tum": ("Đoàn Thanh niên phường Kon Tum", "mass_org", "kon-tum"),
    "nong-dan-kon-braih": ("Hội Nông dân xã Kon Braih", "mass_org", "kon-braih"),
    "ccb-dak-cam": ("Hội Cựu chiến binh phường Đăk Cấm", "mass_org", "dak-cam"),
    "htx-dak-rve": ("Hợp tác xã Nông nghiệp Đăk Rve", "enterprise", "dak-rve"),
    "tram-y-te-dak-koi": ("Trạm Y tế xã Đăk Kôi", "health", "dak-koi"),
    "so-noi-vu": ("Sở Nội vụ tỉnh Quảng Ngãi", "agency", "quang-ngai"),
    "ubnd-kon-tum": ("Ủy ban nhân dân phường Kon Tum", "commune", "kon-tum"),
    "ubnd-dak-rve": ("Ủy ban nhân dân xã Đăk Rve", "commune", "dak-rve"),
    "ubnd-dak-koi": ("Ủy ban nhân dân xã Đăk Kôi", "commune", "dak-koi"),
    "ubnd-dak-pxi": ("Ủy ban nhân dân xã Đăk Pxi", "commune", "dak-pxi"),
    "phu-nu-dak-koi": ("Hội Liên hiệp Phụ nữ xã Đăk Kôi", "mass_org", "dak-koi"),
    "doan-kon-braih": ("Đoàn Thanh niên xã Kon Braih", "mass_org", "kon-braih"),
    "truong-dak-ui": ("Trường Trung học cơ sở Đăk Ui", "school", "dak-pxi"),
    "benh-vien-kon-tum": ("Bệnh viện Đa khoa khu vực Kon Tum", "health", "kon-tum"),
    "ttvh-ba-to": ("Trung tâm Văn hóa - Thông tin và Thể thao xã Ba Tơ", "agency", "ba-to"),
}


def load_places():
    """Create the places (by name, kind and parent) and return them by key."""
    places = {}
    for key, (kind, name, parent, code) in CURRENT.items():
        places[key], _ = Place.objects.get_or_create(
            kind=kind, name=name, parent=places.get(parent),
            defaults={"code": code, "valid_from": FOUNDED if kind != "tinh" else None},
        )
    for key, (kind, name, parent, successor) in FORMER.items():
        places[key], _ = Place.objects.get_or_create(
            kind=kind, name=name, parent=places.get(parent),
            defaults={"valid_to": MERGED, "successor": places.get(successor)},
        )
    return places


def load_units(places):
    units = {}
    for key, (name, kind, place) in UNITS.items():
        units[key], _ = Unit.objects.get_or_create(
            name=name, defaults={"kind": kind, "place": places[place]})
    return units
