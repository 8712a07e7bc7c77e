"""Issue #16: what a newsreader says for telephone numbers, dates written with a dash, and
short names, and the maintained list of organisations' short names."""

import re

import pytest
import yaml

from stories.syndication.radio import speakable
from stories.syndication.radio_terms import SHORT_NAMES_FILE

DIGIT = re.compile(r"\d")
WORD = re.compile(r"\w+")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("gọi 0912 345 678 nhé", "gọi không chín một hai, ba bốn năm, sáu bảy tám nhé"),
        ("gọi 0912.345.678 nhé", "gọi không chín một hai, ba bốn năm, sáu bảy tám nhé"),
        ("gọi 0912-345-678 nhé", "gọi không chín một hai, ba bốn năm, sáu bảy tám nhé"),
        ("số máy 0260.3862.123 nhé", "số máy không hai sáu không, ba tám sáu hai, một hai ba nhé"),
        ("số máy (0260) 3862 123 nhé",
         "số máy không hai sáu không, ba tám sáu hai, một hai ba nhé"),
        ("số máy +84 912 345 678 nhé",
         "số máy cộng tám bốn, chín một hai, ba bốn năm, sáu bảy tám nhé"),
        ("số máy (+84) 260 3862 123 nhé",
         "số máy cộng tám bốn, hai sáu không, ba tám sáu hai, một hai ba nhé"),
        ("số máy 1900 1234 nhé", "số máy một chín không không, một hai ba bốn nhé"),
        ("số máy 1800.1091 nhé", "số máy một tám không không, một không chín một nhé"),
        ("đường dây nóng 19001234 nhé", "đường dây nóng một chín không không, một hai ba bốn nhé"),
        # Written without spaces and announced as a phone: grouped as it is read.
        ("SĐT: 0912345678 nhé", "số điện thoại: không chín một hai, ba bốn năm, sáu bảy tám nhé"),
        ("ĐT: 02603862123 nhé",
         "điện thoại: không hai sáu không, ba tám sáu hai, một hai ba nhé"),
        ("hãy gọi 113 ngay", "hãy gọi một một ba ngay"),
        ("hãy gọi 113, 114 hoặc 115 ngay",
         "hãy gọi một một ba, một một bốn hoặc một một năm ngay"),
        ("các số 113/114/115 ngay", "các số một một ba, một một bốn, một một năm ngay"),
        ("đội Cảnh sát 113 Công an tỉnh", "đội Cảnh sát một một ba Công an tỉnh"),
        ("trung tâm cấp cứu 115 đến", "trung tâm cấp cứu một một năm đến"),
        ("tổng đài 1022 của tỉnh", "tổng đài một không hai hai của tỉnh"),
        ("SĐT:0912345678 nhé", "số điện thoại: không chín một hai, ba bốn năm, sáu bảy tám nhé"),
    ],
)
def test_telephone_numbers_are_read_digit_by_digit_in_their_groups(written, spoken):
    assert speakable(f"Sau đó {written}") == f"Sau đó {spoken}"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("có 113 hộ", "có một trăm mười ba hộ"),
        ("kêu gọi 200 hộ tham gia", "kêu gọi hai trăm hộ tham gia"),
        ("đã gọi 120 lần", "đã gọi một trăm hai mươi lần"),
        ("cứu nạn 120 người", "cứu nạn một trăm hai mươi người"),
        ("cứu hỏa 200 ngôi nhà", "cứu hỏa hai trăm ngôi nhà"),
        ("tổng đài nhận 1.000 cuộc", "tổng đài nhận một nghìn cuộc"),
        ("năm 1900 ông sinh", "năm một nghìn chín trăm ông sinh"),
        ("thanh toán di động 2025", "thanh toán di động hai nghìn không trăm hai mươi lăm"),
        ("giai đoạn 1900-1934", "giai đoạn một nghìn chín trăm đến một nghìn chín trăm ba mươi tư"),
    ],
)
def test_amounts_near_telephone_words_stay_amounts(written, spoken):
    assert speakable(f"Sau đó {written}") == f"Sau đó {spoken}"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("dịp ngày 2-9 năm nay", "dịp ngày mùng hai tháng chín năm nay"),
        ("dịp ngày 2/9 năm nay", "dịp ngày mùng hai tháng chín năm nay"),
        ("dịp ngày 30-4 năm nay", "dịp ngày ba mươi tháng tư năm nay"),
        ("sinh ngày 19-5-1890 tại",
         "sinh ngày mười chín tháng năm năm một nghìn tám trăm chín mươi tại"),
        ("vào sáng 30-4, tại", "vào sáng ngày ba mươi tháng tư, tại"),
        ("hôm 10-10 vừa qua", "hôm ngày mùng mười tháng mười vừa qua"),
        # The context does not say "ngày": a range, a ratio or a count.
        ("có 2-3 người", "có hai đến ba người"),
        ("mỗi ngày 2-3 lần", "mỗi ngày hai đến ba lần"),
        ("trong ngày 2-3 người đến", "trong ngày hai đến ba người đến"),
        ("đạt 2/9 điểm", "đạt hai trên chín điểm"),
        # A day that cannot exist is not a date.
        ("dịp ngày 31-2 đó", "dịp ngày ba mươi mốt đến hai đó"),
    ],
)
def test_a_date_written_with_a_dash_is_a_date_where_the_words_say_ngay(written, spoken):
    assert speakable(f"Sau đó {written}") == f"Sau đó {spoken}"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("của Hội LHPN xã", "của Hội Liên hiệp Phụ nữ xã"),
        ("chị em LHPN xã", "chị em Liên hiệp Phụ nữ xã"),
        ("của Hội ND xã", "của Hội Nông dân xã"),
        ("của Hội CTĐ xã", "của Hội Chữ thập đỏ xã"),
        ("của BCHQS xã", "của Ban Chỉ huy Quân sự xã"),
        ("các ĐVTN xã", "các đoàn viên thanh niên xã"),
        ("của Hội CCB và các CCB", "của Hội Cựu chiến binh và các cựu chiến binh"),
        ("tại P. Tân Lợi", "tại phường Tân Lợi"),
        ("tại P.Tân Lợi", "tại phường Tân Lợi"),
        ("tại TT. Đăk Hà", "tại thị trấn Đăk Hà"),
        ("tại H. Đăk Glei", "tại huyện Đăk Glei"),
        ("ở xã Đăk Kôi, H. Kon Rẫy", "ở xã Đăk Kôi, huyện Kon Rẫy"),
        ("của UBND P. Tân Lợi", "của Ủy ban nhân dân phường Tân Lợi"),
        ("ông P. Chủ tịch", "ông Phó Chủ tịch"),
        # An initial in a name is not a place.
        ("ông Nguyễn H. Nam", "ông Nguyễn H. Nam"),
        ("anh Văn H. Nam", "anh Văn H. Nam"),
        ("vì dịch COVID-19 nên", "vì dịch cô-vít mười chín nên"),
        ("vì dịch Covid-19 nên", "vì dịch cô-vít mười chín nên"),
        ("sản phẩm OCOP ba sao", "sản phẩm ô-cóp ba sao"),
        ("tệp MP3 này", "tệp em-pê-ba này"),
    ],
)
def test_short_names_and_words_said_as_they_sound(written, spoken):
    assert speakable(f"Sau đó {written}") == f"Sau đó {spoken}"


def short_names():
    with SHORT_NAMES_FILE.open(encoding="utf-8") as stream:
        data = yaml.safe_load(stream)
    return [(section, name, reading) for section, entries in data.items()
            for name, reading in entries.items()]


def test_the_list_of_short_names_is_well_formed():
    entries = short_names()
    sections = {section for section, _name, _reading in entries}
    assert {"organisations", "terms", "before_a_name", "honours", "said_as_words"} == sections
    names = [name.casefold() if section == "said_as_words" else name
             for section, name, _reading in entries]
    assert len(names) == len(set(names)), "a short name is listed twice"
    for _section, name, reading in entries:
        assert isinstance(name, str) and isinstance(reading, str), name
        assert reading.strip() == reading and reading, name
        assert name not in reading.split(), f"{name} is read as itself"
    organisations = {name for section, name, _ in entries if section == "organisations"}
    assert {"MTTQ", "UBND", "HĐND", "HTX", "CCB", "ĐTN", "Hội CCB", "BHXH", "BHYT", "THCS",
            "THPT", "PCCC", "LHPN", "Hội ND", "CTĐ", "BCHQS", "ĐVTN"} <= organisations


@pytest.mark.parametrize(("section", "name", "reading"), short_names(),
                         ids=lambda value: value if isinstance(value, str) else None)
def test_every_listed_short_name_is_read_as_the_list_says(section, name, reading):
    spoken = speakable(f"theo {name} xã")
    assert spoken == f"theo {reading} xã"
    # Read once, a short name does not turn into another one: the words stay the same when
    # the radio version is read again (its time is counted on it).
    assert WORD.findall(speakable(spoken)) == WORD.findall(spoken)


TELEPHONE_STORY = (
    "Mọi thông tin xin gọi đường dây nóng của Hội LHPN xã, ĐT: 0260.3862.123, hoặc chị Hoa "
    "(0912 345 678). Dịp ngày 2-9, Hội ND và Hội CTĐ xã trao 2-3 suất quà cho mỗi hộ; "
    "BCHQS và ĐVTN tại P. Tân Lợi, TT. Đăk Hà, H. Đăk Glei giúp dân sau dịch COVID-19, "
    "quảng bá sản phẩm OCOP qua tệp MP3. Khi cần, gọi 113/114/115 hoặc +84 912 345 678."
)


def test_a_story_with_phones_dates_and_short_names_has_nothing_left_to_decode():
    spoken = speakable(TELEPHONE_STORY)
    assert not DIGIT.search(spoken)
    for written in ("LHPN", "Hội ND", "CTĐ", "BCHQS", "ĐVTN", "P.", "TT.", "H.", "COVID",
                    "OCOP", "MP3"):
        assert written not in spoken, written
    assert "không hai sáu không, ba tám sáu hai, một hai ba" in spoken
    assert "không chín một hai, ba bốn năm, sáu bảy tám" in spoken
    assert "ngày mùng hai tháng chín" in spoken
    assert "hai đến ba suất quà" in spoken
    assert "một một ba, một một bốn, một một năm" in spoken
    assert "cộng tám bốn, chín một hai" in spoken
