import unicodedata

import pytest

from stories.vietnamese import SLUG_FORMATTERS, fold, slugify, to_nfc


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Người tốt việc tốt", "nguoi-tot-viec-tot"),
        ("Đặng Thị Đào", "dang-thi-dao"),
        ("Chi đoàn thôn Đăk Tơ Lung", "chi-doan-thon-dak-to-lung"),
        ("Kon Rẫy: 20 năm giữ rừng!", "kon-ray-20-nam-giu-rung"),
        ("Y Hiền – “cô giáo bản”", "y-hien-co-giao-ban"),
        ("ĐOÀN THANH NIÊN", "doan-thanh-nien"),
    ],
)
def test_slugs_are_ascii_transliterations(title, slug):
    assert slugify(title) == slug


def test_slug_of_decomposed_input_is_the_same_as_composed():
    title = "Người tốt việc tốt"
    assert slugify(unicodedata.normalize("NFD", title)) == "nguoi-tot-viec-tot"


def test_long_slugs_are_cut_at_a_word_boundary():
    slug = slugify("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh " * 3)
    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert slug.startswith("hoc-tap-va-lam-theo")


def test_fold_strips_every_mark_and_d_bar():
    assert fold("Đặng Kôn Rẫy ĐẮK") == "dang kon ray dak"


def test_to_nfc_composes_nested_structures():
    decomposed = unicodedata.normalize("NFD", "Sống đẹp")
    result = to_nfc({"a": [decomposed], "b": decomposed})
    assert result == {"a": ["Sống đẹp"], "b": "Sống đẹp"}
    assert unicodedata.is_normalized("NFC", result["b"])


def test_admin_slug_formatters_cover_vietnamese_letters():
    """The admin fills the slug in the browser; its formatters must map every letter."""
    import re

    text = "Người tốt việc tốt Đặng ỹ ự ậ"
    for pattern, replacement in SLUG_FORMATTERS:
        text = re.sub(pattern, replacement, text)
    assert text == "Nguoi tot viec tot Dang y u a"
