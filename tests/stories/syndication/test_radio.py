import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stories.syndication.radio import (
    SPEAKING_PACE,
    format_duration,
    number_words,
    paragraphs_from_html,
    reading_seconds,
    speakable,
    syllable_count,
)

DIGIT = re.compile(r"\d")


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "không"),
        (1, "một"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (100, "một trăm"),
        (101, "một trăm linh một"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (1000, "một nghìn"),
        (1005, "một nghìn không trăm linh năm"),
        (2025, "hai nghìn không trăm hai mươi lăm"),
        (1_000_000, "một triệu"),
        (1_050_000, "một triệu không trăm năm mươi nghìn"),
        (1_000_000_000, "một tỷ"),
        (2_500_000_000, "hai tỷ năm trăm triệu"),
    ],
)
def test_numbers_follow_vietnamese_reading_rules(number, words):
    assert number_words(number) == words
    assert speakable(f"có {number} người") == f"có {words} người"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("500.000", "năm trăm nghìn"),
        ("1.234.567", "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy"),
        ("1,000,000", "một triệu"),
        ("1,5", "một phẩy năm"),
        ("3,14", "ba phẩy mười bốn"),
        ("0,05", "không phẩy không năm"),
        ("50%", "năm mươi phần trăm"),
        ("12,5 %", "mười hai phẩy năm phần trăm"),
        ("0912345678", "không chín một hai ba bốn năm sáu bảy tám"),
        ("4.0", "bốn chấm không"),
        ("18/20", "mười tám trên hai mươi"),
        ("10-15%", "mười đến mười lăm phần trăm"),
    ],
)
def test_separators_decimals_percent_and_codes(written, spoken):
    assert speakable(f"đạt {written} thôi") == f"đạt {spoken} thôi"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("vào 15/3/2025", "vào ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm"),
        ("vào 15/03/2025", "vào ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm"),
        ("vào ngày 15/3/2025", "vào ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm"),
        ("vào 15-3-2025", "vào ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm"),
        ("Ngày 1/4/2024", "Ngày mùng một tháng tư năm hai nghìn không trăm hai mươi tư"),
        ("trong 3/2025", "trong tháng ba năm hai nghìn không trăm hai mươi lăm"),
        ("trong tháng 4/2025", "trong tháng tư năm hai nghìn không trăm hai mươi lăm"),
        ("trong tháng 4 năm 2025", "trong tháng tư năm hai nghìn không trăm hai mươi lăm"),
        ("trong năm 2024", "trong năm hai nghìn không trăm hai mươi tư"),
        ("dịp ngày 30/4", "dịp ngày ba mươi tháng tư"),
        ("Chiều 2/9, trao quà", "Chiều ngày mùng hai tháng chín, trao quà"),
        ("đạt 3/5 tiêu chí", "đạt ba trên năm tiêu chí"),
        # The press writes dates with a dash: "từ ngày 1-5" is from the first of May.
        ("từ ngày 1-5", "từ ngày mùng một tháng năm"),
        ("trong ngày 1-5/6", "trong ngày mùng một đến mùng năm tháng sáu"),
        ("lúc 8h30", "lúc tám giờ ba mươi phút"),
        ("lúc 14:05", "lúc mười bốn giờ năm phút"),
        ("nhiệm kỳ 2020-2025", "nhiệm kỳ hai nghìn không trăm hai mươi đến hai nghìn không trăm "
                               "hai mươi lăm"),
    ],
)
def test_dates_months_years_and_times(written, spoken):
    assert speakable(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("theo số 123/QĐ-UBND.",
         "theo số một trăm hai mươi ba, quyết định của Ủy ban nhân dân."),
        ("theo Quyết định 45/2023/QĐ-UBND.",
         "theo Quyết định số bốn mươi lăm năm hai nghìn không trăm hai mươi ba"
         " của Ủy ban nhân dân."),
        ("theo Nghị định 91/2017/NĐ-CP.",
         "theo Nghị định số chín mươi mốt năm hai nghìn không trăm mười bảy của Chính phủ."),
        ("theo Quyết định số 1234/QĐ-UBND ngày 15/3/2025 của UBND tỉnh.",
         "theo Quyết định số một nghìn hai trăm ba mươi tư ngày mười lăm tháng ba năm"
         " hai nghìn không trăm hai mươi lăm của Ủy ban nhân dân tỉnh."),
        ("theo Nghị quyết 21-NQ/TW.", "theo Nghị quyết số hai mươi mốt của Trung ương."),
        ("theo 15/CT-TTg.", "theo số mười lăm, chỉ thị của Thủ tướng."),
        ("theo Luật số 45/2019/QH14.",
         "theo Luật số bốn mươi lăm năm hai nghìn không trăm mười chín của Quốc hội khóa"
         " mười bốn."),
        ("theo Thông tư 05/2012/TT-BGDĐT.",
         "theo Thông tư số năm năm hai nghìn không trăm mười hai của Bộ Giáo dục và Đào tạo."),
        ("(QĐ số 7/QĐ-CTN)", "(quyết định số bảy của Chủ tịch nước)"),
    ],
)
def test_document_references_are_read_without_their_symbols(written, spoken):
    assert speakable(written) == spoken
    assert "/" not in speakable(written)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("của UBND xã", "của Ủy ban nhân dân xã"),
        ("của HĐND tỉnh", "của Hội đồng nhân dân tỉnh"),
        ("của MTTQVN", "của Mặt trận Tổ quốc Việt Nam"),
        ("Ban Thường trực MTTQ", "Ban Thường trực Mặt trận Tổ quốc"),
        ("tại TP.HCM", "tại Thành phố Hồ Chí Minh"),
        ("tại TP. HCM", "tại Thành phố Hồ Chí Minh"),
        ("tại TPHCM", "tại Thành phố Hồ Chí Minh"),
        ("về TP Huế", "về thành phố Huế"),
        ("về TP. Huế", "về thành phố Huế"),
        ("của BCH TW", "của Ban Chấp hành Trung ương"),
        ("Đoàn TNCS HCM", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("các CLB, HTX và CCB", "các câu lạc bộ, hợp tác xã và cựu chiến binh"),
        ("trường THPT và THCS", "trường trung học phổ thông và trung học cơ sở"),
        ("chiến sĩ CAND và QĐND", "chiến sĩ Công an nhân dân và Quân đội nhân dân"),
        ("đạt chuẩn NTM.", "đạt chuẩn nông thôn mới."),
        ("phát triển KT-XH", "phát triển kinh tế - xã hội"),
        ("giữ ANTT, cấp BHYT", "giữ an ninh trật tự, cấp bảo hiểm y tế"),
        ("thực hiện NĐ-CP", "thực hiện nghị định của Chính phủ"),
        ("ông là GS.TS Nguyễn Văn A", "ông là giáo sư tiến sĩ Nguyễn Văn A"),
        ("bà là PGS. TS Lê Thị B", "bà là phó giáo sư tiến sĩ Lê Thị B"),
        ("chị là ThS Trần C", "chị là thạc sĩ Trần C"),
        ("ông A (SN 1965)", "ông A (sinh năm một nghìn chín trăm sáu mươi lăm)"),
        ("HTX Tân Phú làm ăn tốt", "Hợp tác xã Tân Phú làm ăn tốt"),
    ],
)
def test_administrative_abbreviations_are_written_out(written, spoken):
    assert speakable(written) == spoken


@pytest.mark.parametrize(
    "written",
    ["Ngân hàng TPBank tài trợ", "giải ATP mở rộng", "chữ ubnd viết thường", "mã HTXA"],
)
def test_tokens_that_only_contain_an_abbreviation_are_untouched(written):
    assert speakable(written) == written


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("12 ha", "mười hai héc-ta"),
        ("5km", "năm ki-lô-mét"),
        ("200 m2", "hai trăm mét vuông"),
        ("200 m²", "hai trăm mét vuông"),
        ("30 kg", "ba mươi ki-lô-gam"),
        ("500.000đ", "năm trăm nghìn đồng"),
        ("100 VNĐ", "một trăm đồng"),
        ("200 đồng", "hai trăm đồng"),
        ("50 tr.đ", "năm mươi triệu đồng"),
        ("3 triệu đ", "ba triệu đồng"),
        ("65 triệu đồng/người/năm", "sáu mươi lăm triệu đồng một người một năm"),
    ],
)
def test_units_after_numbers(written, spoken):
    assert speakable(f"có {written} thôi") == f"có {spoken} thôi"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("lần thứ 2", "lần thứ hai"),
        ("thứ 4", "thứ tư"),
        ("thứ 1", "thứ nhất"),
        ("thứ 7", "thứ bảy"),
        ("hạng Nhì", "hạng Nhì"),
        ("hạng Nhì/Ba", "hạng Nhì/Ba"),
        ("hạng III", "hạng Ba"),
        ("bằng lái hạng C", "bằng lái hạng C"),
        ("khóa XIV", "khóa mười bốn"),
        ("Đại hội lần thứ XIII", "Đại hội lần thứ mười ba"),
        ("quý I/2025", "quý một năm hai nghìn không trăm hai mươi lăm"),
    ],
)
def test_ordinals_and_roman_numerals(written, spoken):
    assert speakable(f"được {written} rồi") == f"được {spoken} rồi"


def test_unreadable_symbols_go_and_dashes_become_pauses():
    assert speakable("• Ông A ⭐ được khen *thưởng* # ~ |") == "Ông A được khen thưởng"
    assert speakable("- Ông A – một cựu chiến binh — luôn gương mẫu.") == (
        "Ông A, một cựu chiến binh, luôn gương mẫu."
    )


def test_sentences_are_kept_and_paragraphs_separated_by_a_blank_line():
    text = "Ông A sinh năm 1960. Ông là CCB!\nBà B có 2 con? Có.\n\n\nHết."
    assert speakable(text) == (
        "Ông A sinh năm một nghìn chín trăm sáu mươi. Ông là cựu chiến binh!"
        "\n\nBà B có hai con? Có.\n\nHết."
    )


def test_a_reading_that_starts_a_sentence_is_capitalised():
    assert speakable("Xong. 2024 là năm bản lề.") == (
        "Xong. Hai nghìn không trăm hai mươi tư là năm bản lề."
    )


def test_decomposed_input_reads_the_same_as_composed():
    text = "Ngày 15/3/2025, HĐND xã Đăk Tơ Lung hỗ trợ 12,5 ha cho 24 hộ đồng bào."
    assert unicodedata.normalize("NFD", text) != text
    assert speakable(unicodedata.normalize("NFD", text)) == speakable(text)


NEWS = (
    "Theo Quyết định số 1234/QĐ-UBND ngày 15/03/2025 của UBND tỉnh, HTX Tân Phú được hỗ trợ "
    "500.000.000 đồng (tương đương 50% kinh phí) để trồng 12,5 ha sâm. Năm 2024, thu nhập "
    "bình quân đạt 65 triệu đ/người/năm, tăng 1,5 lần so với năm 2020; 100% hộ có BHYT."
)


def test_a_news_paragraph_has_no_digits_left():
    spoken = speakable(NEWS)
    assert not DIGIT.search(spoken)
    assert "năm trăm triệu đồng" in spoken
    assert "năm mươi phần trăm" in spoken
    assert "mười hai phẩy năm héc-ta" in spoken
    assert "ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm" in spoken
    assert spoken.count(".") == NEWS.count(". ") + 1


def test_html_becomes_plain_paragraphs():
    html = (
        '<h2>Gương <b>sáng</b> <i>Đăk&nbsp;Tơ</i></h2>'
        '<p>Ông&nbsp;A &amp; bà B<br>sống <a href="/thon?a=1&amp;b=2">ở <b><i>thôn</i></b></a>'
        " &quot;Tân&quot;&#160;Phú.</p>"
        "<ul><li>Một<ul><li>Hai</li></ul></li><li>Ba&#39;s <br/> bốn</li></ul>"
        "<ol><li>  </li><li>Năm</li></ol><h3>Hết&hellip;</h3>"
    )
    paragraphs = paragraphs_from_html(html)
    assert paragraphs == [
        "Gương sáng Đăk Tơ",
        'Ông A & bà B sống ở thôn "Tân" Phú.',
        "Một",
        "Hai",
        "Ba's bốn",
        "Năm",
        "Hết…",
    ]
    joined = "\n".join(paragraphs)
    assert "<" not in joined
    assert ">" not in joined
    assert not re.search(r"&\w+;|&#", joined)
    assert "\xa0" not in joined


def test_empty_html_has_no_paragraphs():
    assert paragraphs_from_html("") == []
    assert paragraphs_from_html("<p> </p><p><br></p>") == []


def test_syllables_are_counted_on_the_spoken_text():
    assert syllable_count("Năm 2024") == 8
    assert syllable_count("12 ha") == 4
    assert syllable_count("đài VTV") == 4


def test_reading_time_matches_the_pace_and_grows_with_length():
    minute_of_text = " ".join(["một"] * SPEAKING_PACE)
    assert reading_seconds(minute_of_text) == 60
    assert reading_seconds(minute_of_text, pace=SPEAKING_PACE / 2) == 120
    assert 160 <= SPEAKING_PACE <= 200
    assert reading_seconds(NEWS) < reading_seconds(NEWS + " " + NEWS)
    assert reading_seconds(NEWS) == round(syllable_count(NEWS) * 60 / SPEAKING_PACE)
    assert reading_seconds("") == 0


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 giây"),
        (45, "45 giây"),
        (60, "1 phút"),
        (150, "2 phút 30 giây"),
        (3725, "1 giờ 2 phút 5 giây"),
    ],
)
def test_durations_are_formatted_in_vietnamese(seconds, text):
    assert format_duration(seconds) == text


VIETNAMESE_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữự"
    "ýỳỷỹỵAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYĐỨỆ"
)


# Words the rules look for, so that generated text reaches them and not only the fallbacks.
TRIGGERS = ["ngày ", "tháng ", "năm ", "thứ ", "hạng ", "quý ", "số ", "/QĐ-UBND", "-NQ/TW",
            "/2025", "TP.", "GS.TS ", "XIV", "ha", "km2", "triệu đ", "h", "gọi ", "ĐT: ", "+84 ",
            "1900 ", "113/", "Cảnh sát ", "P. ", "H. ", "COVID-", "Hội CCB", "mỗi ngày "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(list("0123456789./,-%: " + VIETNAMESE_LETTERS)),
                          st.sampled_from(TRIGGERS)), max_size=40).map("".join))
def test_speakable_never_fails_and_never_leaves_digits(text):
    assert not DIGIT.search(speakable(text))


# --- the radio texts as stations receive them (issue #16) -----------------------------------

RULE = "=" * 40


@pytest.fixture
def aired_story(site_pages, committed):
    from tests.factories import AudioClipFactory, StoryPageFactory

    return committed(lambda: StoryPageFactory(
        title="Hội LHPN xã mở đường dây nóng",
        parent=site_pages["column"], audio=AudioClipFactory(),
        lead="Dịp ngày 2-9, chị em gọi 0912 345 678 để được giúp.",
    ))


def week_query():
    from django.utils import timezone

    year, week, _day = timezone.localdate().isocalendar()
    return f"{year}-W{week:02d}"


@pytest.mark.django_db
def test_the_radio_version_reads_phones_dates_and_short_names_as_a_newsreader(
        client, aired_story):
    text = client.get(f"/nhan-tin/phat-thanh/{aired_story.pk}.txt").content.decode()
    spoken = text.split(RULE, 1)[1].split("\n\n[", 1)[0]
    assert "không chín một hai, ba bốn năm, sáu bảy tám" in spoken
    assert "ngày mùng hai tháng chín" in spoken
    assert "Hội Liên hiệp Phụ nữ" in spoken
    assert not DIGIT.search(spoken)


@pytest.mark.django_db
def test_audio_lines_name_the_recording_by_its_whole_address(client, aired_story):
    from stories.models.base import site_url

    clip_url = site_url(aired_story.audio.get_absolute_url())
    assert clip_url.startswith(("http://", "https://"))
    column = aired_story.get_parent().slug
    for url in (f"/nhan-tin/phat-thanh/{aired_story.pk}.txt",
                f"/nhan-tin/ban-tin/chuyen-muc/{column}.txt?tuan={week_query()}",
                f"/nhan-tin/ban-tin/chuyen-muc/{column}.rss"):
        body = client.get(url).content.decode()
        audio_lines = re.findall(r"\[[^\]\n]*\.mp3[^\]\n]*\]", body)
        assert audio_lines, url
        assert all(f" {clip_url}," in line for line in audio_lines), (url, audio_lines)


@pytest.mark.django_db
def test_a_bulletins_time_includes_its_opening_and_closing(client, aired_story):
    from stories.models import SyndicationEntry

    column = aired_story.get_parent().slug
    text = client.get(
        f"/nhan-tin/ban-tin/chuyen-muc/{column}.txt?tuan={week_query()}").content.decode()
    header, body = text.split(RULE, 1)
    parts = body.strip().split("\n\n---\n\n")
    opening, closing = parts[0], parts[-1]
    assert len(parts) == 3 and reading_seconds(opening) > 0 and reading_seconds(closing) > 0
    story_seconds = SyndicationEntry.objects.get(page=aired_story).radio_seconds
    total = story_seconds + reading_seconds(opening) + reading_seconds(closing)
    assert f" {format_duration(total)}\n" in header + "\n"
    assert f" {format_duration(story_seconds)}\n" not in header + "\n"


@pytest.mark.django_db
def test_a_bulletin_item_is_the_same_item_through_any_address(client, aired_story):
    from django.core.cache import cache

    from stories.syndication.entries import tag_authority
    from tests.feed_validation import assert_valid_rss, parse_feed

    column = aired_story.get_parent().slug
    seen = []
    for host in ("testserver", "localhost"):
        cache.clear()
        body = client.get(f"/nhan-tin/ban-tin/chuyen-muc/{column}.rss", HTTP_HOST=host).content
        assert_valid_rss(body)
        seen.append([(entry.id, entry.published) for entry in parse_feed(body).entries])
    assert seen[0] == seen[1] and len(seen[0]) == 1
    guid, published = seen[0][0]
    assert guid.startswith(f"tag:{tag_authority()},")
    assert published.endswith("+0700")


@pytest.mark.django_db
def test_an_empty_bulletin_feed_is_dated_in_vietnam_time_too(client, site_pages):
    from tests.factories import ColumnPageFactory

    column = ColumnPageFactory(title="Chuyên mục chưa có bài")
    body = client.get(f"/nhan-tin/ban-tin/chuyen-muc/{column.slug}.rss").content.decode()
    built = re.search(r"<lastBuildDate>([^<]+)</lastBuildDate>", body)
    assert built and built[1].endswith("+0700"), body[:400]
