"""Demo consent: the scan of each private person's signed consent form, and one person who
withdrew their consent.

The scans are drawn with Pillow as one-page PDFs (what a centre's scanner makes) and are
stamped across the page "Bản minh họa — không phải giấy tờ thật": the demo ships no real
papers. They are stored as any upload is, in the private storage under a random name, so a
newcomer sees who may open them (`stories.media.document_access`).
"""

import datetime
import io

from anyascii import anyascii
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from stories.demo.images import seeded
from stories.editorial.consent_withdrawal import withdraw_consent
from stories.models import ConsentWithdrawal, ExemplarPage, PrivateDocument

MARK = "Bản minh họa — không phải giấy tờ thật"
CENTRE = "Trung tâm Văn hóa - Thông tin (dữ liệu mẫu)"
PAGE_SIZE = (1240, 1754)  # A4 at 150 dpi
INK = (30, 40, 90)
STAMP = (200, 30, 30)

# The person whose withdrawal the demo shows: an individual with two stories and no other
# profile's stories naming him, so the withdrawal is easy to follow.
WITHDRAWN = "Ông Lê Văn Ba"
WITHDRAWAL = {
    "withdrawn_on": datetime.date(2026, 11, 10),
    "received_how": ConsentWithdrawal.ReceivedHow.WRITING,
    "reason": ("Dữ liệu mẫu: ông Ba gửi đơn đề nghị gỡ hồ sơ và các bài viết về mình vì lý do "
               "gia đình; đơn lưu tại bộ phận biên tập."),
}


def scan_title(name):
    return f"Giấy đồng ý đăng tin (bản minh họa) — {name}"


def _font(size, bold=False):
    """A font with Vietnamese letters if the machine has one (DejaVu, Liberation, Noto);
    otherwise Pillow's own, and the text is written without diacritics."""
    names = (["DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf", "NotoSerif-Bold.ttf"]
             if bold else ["DejaVuSerif.ttf", "LiberationSerif-Regular.ttf",
                           "NotoSerif-Regular.ttf"])
    for name in names:
        try:
            return ImageFont.truetype(name, size), True
        except OSError:
            continue
    return ImageFont.load_default(size=size), False


def _writer(draw):
    def write(xy, text, size, bold=False, fill=INK, anchor="la"):
        font, vietnamese = _font(size, bold)
        draw.text(xy, text if vietnamese else anyascii(text), font=font, fill=fill,
                  anchor=anchor)
    return write


def draw_consent_page(name, day):
    """The consent form, filled in and signed, stamped as an illustration."""
    rng = seeded(f"giay-dong-y:{name}")
    width, height = PAGE_SIZE
    shade = rng.randrange(8)
    paper = (250 - shade, 248 - shade, 240 - shade)
    page = Image.new("RGB", PAGE_SIZE, paper)
    draw = ImageDraw.Draw(page)
    write = _writer(draw)
    write((width / 2, 140), CENTRE, 30, bold=True, anchor="mm")
    write((width / 2, 260), "GIẤY ĐỒNG Ý", 54, bold=True, anchor="mm")
    write((width / 2, 330), "cho đăng hồ sơ, hình ảnh và câu chuyện của mình", 32, anchor="mm")
    lines = [
        f"Tôi là: {name}",
        "Đồng ý để Trung tâm đăng hồ sơ điển hình, ảnh và",
        "các bài viết về tôi trên trang Gương Sáng, bản tin,",
        "mạng xã hội và phát thanh.",
        "Tôi biết tôi có quyền rút lại sự đồng ý này bất cứ",
        "lúc nào (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).",
    ]
    for row, line in enumerate(lines):
        write((150, 450 + row * 64), line, 32)
    write((width - 150, 900), f"Ngày {day:%d} tháng {day:%m} năm {day:%Y}", 32, anchor="ra")
    write((width - 330, 970), "Người đồng ý", 32, bold=True, anchor="ma")
    # A signature: a seeded scribble, then the name written under it.
    x, y = width - 470, 1100
    points = [(x, y)]
    for _ in range(14):
        x += rng.uniform(12, 26)
        y = 1100 + rng.uniform(-45, 45)
        points.append((x, y))
    draw.line(points, fill=INK, width=4, joint="curve")
    write((width - 330, 1190), name, 32, anchor="ma")
    # The stamp across the page, so no one takes it for a real paper.
    font, vietnamese = _font(52, bold=True)
    mark = MARK if vietnamese else anyascii(MARK)
    left, top, right, bottom = font.getbbox(mark)
    stamp = Image.new("L", (right - left + 100, bottom - top + 90), 0)
    stamp_draw = ImageDraw.Draw(stamp)
    stamp_draw.text((stamp.width / 2, stamp.height / 2), mark, font=font, fill=255,
                    anchor="mm")
    stamp_draw.rectangle((8, 8, stamp.width - 8, stamp.height - 8), outline=255, width=8)
    stamp = stamp.rotate(28, expand=True)
    left, top = (width - stamp.width) // 2, (height - stamp.height) // 2 + 200
    faded = stamp.point(lambda value: int(value * 0.6))
    page.paste(Image.new("RGB", stamp.size, STAMP), (left, top), faded)
    write((width / 2, height - 80), MARK, 28, bold=True, fill=STAMP, anchor="mm")
    return page


def draw_consent_scan(name, day):
    """The form as a one-page PDF, as the centre's scanner makes it."""
    buffer = io.BytesIO()
    page = draw_consent_page(name, day)
    page.save(buffer, "PDF", resolution=150, title=f"{MARK}: {scan_title(name)}")
    return buffer.getvalue()


def consent_scan(name, day):
    """The scan for ``name``, drawn the first time only."""
    title = scan_title(name)
    document = PrivateDocument.objects.filter(title=title).first()
    if document is None:
        document = PrivateDocument(title=title)
        # Any name will do: the document's file name is made random on save.
        document.file.save("giay-dong-y.pdf", ContentFile(draw_consent_scan(name, day)),
                           save=False)
        document.save()
        # Wagtail's serve view sends the hash as the ETag.
        document.get_file_size()
        document.get_file_hash()
    return document


def withdraw_demo_consent():
    """The demo's withdrawn profile, recorded as an editor would; once."""
    profile = ExemplarPage.objects.filter(title=WITHDRAWN).first()
    if profile is None or profile.consent_withdrawals.exists():
        return None
    withdrawal, _taken_off = withdraw_consent(profile, None, **WITHDRAWAL)
    return withdrawal
