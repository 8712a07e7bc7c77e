"""Demo consent: the scan of each private person's signed consent form, and one person who
withdrew their consent; the texts are in ``data/consent.yaml``.

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

from stories.demo.content import read
from stories.demo.images import seeded
from stories.editorial.consent_withdrawal import withdraw_consent
from stories.models import ExemplarPage, PrivateDocument

PAGE_SIZE = (1240, 1754)  # A4 at 150 dpi
INK = (30, 40, 90)
STAMP = (200, 30, 30)


def withdrawn_name():
    """The person whose withdrawal the demo shows."""
    return read("consent")["withdrawn"]


def scan_title(name):
    return read("consent")["scan_title"].format(name=name)


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
    form = read("consent")["form"]
    mark = read("consent")["mark"]
    width, height = PAGE_SIZE
    shade = rng.randrange(8)
    paper = (250 - shade, 248 - shade, 240 - shade)
    page = Image.new("RGB", PAGE_SIZE, paper)
    draw = ImageDraw.Draw(page)
    write = _writer(draw)
    write((width / 2, 140), form["centre"], 30, bold=True, anchor="mm")
    write((width / 2, 260), form["heading"], 54, bold=True, anchor="mm")
    write((width / 2, 330), form["subheading"], 32, anchor="mm")
    for row, line in enumerate(form["lines"]):
        write((150, 450 + row * 64), line.format(name=name), 32)
    write((width - 150, 900), form["date"].format(day=day), 32, anchor="ra")
    write((width - 330, 970), form["signer"], 32, bold=True, anchor="ma")
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
    mark = mark if vietnamese else anyascii(mark)
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
    write((width / 2, height - 80), read("consent")["mark"], 28, bold=True, fill=STAMP,
          anchor="mm")
    return page


def draw_consent_scan(name, day):
    """The form as a one-page PDF, as the centre's scanner makes it."""
    buffer = io.BytesIO()
    page = draw_consent_page(name, day)
    page.save(buffer, "PDF", resolution=150,
              title=f"{read('consent')['mark']}: {scan_title(name)}")
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


def withdrawal_day(today):
    """The day the demo's withdrawal was received: ``days_ago`` before the demo's today."""
    return today - datetime.timedelta(days=read("consent")["withdrawal"]["days_ago"])


def withdraw_demo_consent(today):
    """The demo's withdrawn profile, recorded as an editor would; once."""
    profile = ExemplarPage.objects.filter(title=withdrawn_name()).first()
    if profile is None or profile.consent_withdrawals.exists():
        return None
    fields = {key: value for key, value in read("consent")["withdrawal"].items()
              if key != "days_ago"}
    withdrawal, _taken_off = withdraw_consent(profile, None, withdrawn_on=withdrawal_day(today),
                                              **fields)
    return withdrawal
