"""Illustrations drawn with Pillow at load time, so the demo ships no binary files.

Every drawing is seeded from its title: the same title always gives the same picture, and a
photo whose title already exists is reused rather than drawn again.
"""

import hashlib
import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from stories.models import Photo
from stories.vietnamese import slugify

CREDIT = "Ảnh minh họa: Gương Sáng"
HERO_SIZE = (1200, 800)
PORTRAIT_SIZE = (800, 800)
# Drawn at twice the size and reduced: smooth edges for little cost.
SUPERSAMPLE = 2

# What each landscape shows, for the alt text.
SCENES = {
    "doi-nui": "đồi núi xanh nhiều lớp, ruộng bậc thang và mặt trời",
    "nha-rong": "ngôi nhà rông mái cao giữa làng, phía sau là đồi núi",
    "dong-song": "dòng sông uốn quanh chân đồi và cánh đồng",
    "nuong-ca-phe": "những hàng cà phê xanh trên sườn đồi",
    "truong-hoc": "ngôi trường mái đỏ có cột cờ, bên dưới chân đồi",
}
PORTRAITS = {
    "chan-dung": "hình bán thân cách điệu, không rõ mặt, trên nền màu",
    "tap-the": "nhóm người cách điệu đứng cạnh nhau trên nền màu",
    "gia-dinh": "gia đình cách điệu gồm người lớn và trẻ nhỏ trên nền màu",
}

SKIES = [
    ((120, 170, 225), (250, 214, 170)),  # early morning
    ((90, 160, 230), (205, 232, 250)),  # clear noon
    ((70, 100, 170), (245, 170, 120)),  # late afternoon
    ((130, 185, 215), (235, 240, 225)),  # hazy highland day
]
HILLS = [
    [(92, 140, 120), (70, 125, 85), (52, 105, 60)],
    [(110, 150, 140), (85, 140, 95), (60, 118, 62)],
    [(100, 130, 150), (80, 128, 100), (66, 110, 58)],
]
FIELDS = [(150, 190, 80), (120, 170, 70), (200, 190, 95), (95, 150, 65)]
SKIN = [(233, 196, 160), (214, 170, 130), (190, 143, 104), (160, 112, 80)]
CLOTHES = [(180, 50, 60), (40, 70, 120), (30, 110, 100), (120, 60, 110), (200, 120, 40),
           (60, 60, 70)]
BACKDROPS = [
    ((246, 226, 200), (232, 180, 150)),
    ((210, 230, 240), (150, 190, 220)),
    ((225, 238, 214), (160, 200, 160)),
    ((240, 220, 235), (200, 170, 210)),
]


def seeded(key):
    """A random generator that always gives the same draws for the same key."""
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def mix(colour, other, amount):
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def gradient(size, top, bottom):
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def ridge(rng, width, base, amplitude):
    """Points of a hill line: two sines with random phases, so no two ridges match."""
    phases = [rng.uniform(0, math.tau) for _ in range(3)]
    waves = [rng.uniform(0.8, 1.6), rng.uniform(2.2, 3.5), rng.uniform(5, 8)]
    points = []
    for x in range(0, width + 41, 40):
        t = x / width * math.tau
        y = base - amplitude * (0.6 * math.sin(waves[0] * t + phases[0])
                                + 0.3 * math.sin(waves[1] * t + phases[1])
                                + 0.1 * math.sin(waves[2] * t + phases[2]))
        points.append((x, y))
    return points


def draw_landscape(rng, size, scene):
    width, height = size
    top, bottom = rng.choice(SKIES)
    image = gradient(size, top, bottom)
    draw = ImageDraw.Draw(image)
    sun_x, sun_y, sun_r = rng.uniform(0.15, 0.85) * width, height * 0.22, height * 0.07
    for ring in range(4, 0, -1):
        glow = mix(bottom, (255, 240, 200), 0.25 * (5 - ring))
        r = sun_r * (1 + ring * 0.35)
        draw.ellipse((sun_x - r, sun_y - r, sun_x + r, sun_y + r), fill=glow)
    draw.ellipse((sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r),
                 fill=(255, 236, 170))
    greens = rng.choice(HILLS)
    for layer, green in enumerate(greens):
        haze = 0.45 - layer * 0.2
        base = height * (0.42 + layer * 0.12)
        points = ridge(rng, width, base, height * (0.09 - layer * 0.02))
        draw.polygon([*points, (width, height), (0, height)], fill=mix(green, bottom, haze))
    if scene == "dong-song":
        draw_river(draw, rng, width, height, top)
    elif scene == "nuong-ca-phe":
        draw_coffee_rows(draw, rng, width, height, greens[-1])
    else:
        draw_terraces(draw, rng, width, height)
    if scene == "nha-rong":
        draw_communal_house(draw, rng, width, height)
    elif scene == "truong-hoc":
        draw_school(draw, rng, width, height)
    return image


def draw_terraces(draw, rng, width, height):
    for band in range(5):
        y = height * (0.74 + band * 0.055)
        points = ridge(rng, width, y, height * 0.015)
        colour = FIELDS[(band + rng.randrange(len(FIELDS))) % len(FIELDS)]
        draw.polygon([*points, (width, height), (0, height)], fill=colour)


def draw_river(draw, rng, width, height, sky):
    water = mix(sky, (255, 255, 255), 0.25)
    centre, left, right = rng.uniform(0.3, 0.7) * width, [], []
    for step in range(21):
        t = step / 20
        y = height * (0.62 + 0.38 * t)
        x = centre + math.sin(t * 5 + centre) * width * 0.12 * t
        half = width * (0.01 + 0.12 * t * t)
        left.append((x - half, y))
        right.append((x + half, y))
    draw.polygon([*left, *reversed(right)], fill=water)


def draw_coffee_rows(draw, rng, width, height, green):
    for row in range(6):
        y = height * (0.66 + row * 0.065)
        radius = height * (0.018 + row * 0.008)
        shade = mix(green, (20, 60, 30), 0.15 + row * 0.08)
        x = rng.uniform(0, radius * 2)
        while x < width + radius:
            draw.ellipse((x - radius * 1.3, y - radius, x + radius * 1.3, y + radius),
                         fill=shade)
            x += radius * 3.2


def draw_communal_house(draw, rng, width, height):
    cx = rng.uniform(0.3, 0.7) * width
    ground = height * 0.8
    roof_w, roof_h, stilts = height * 0.2, height * 0.42, height * 0.08
    wood = (110, 70, 45)
    draw.rectangle((cx - roof_w * 0.45, ground - stilts, cx + roof_w * 0.45, ground), fill=wood)
    draw.rectangle((cx - roof_w * 0.55, ground - stilts - height * 0.06,
                    cx + roof_w * 0.55, ground - stilts), fill=(140, 95, 60))
    apex = ground - stilts - roof_h
    draw.polygon([(cx, apex), (cx + roof_w * 0.62, ground - stilts - height * 0.04),
                  (cx - roof_w * 0.62, ground - stilts - height * 0.04)], fill=(92, 62, 40))
    for line in range(1, 6):
        y = apex + roof_h * line / 6
        half = roof_w * 0.62 * line / 6
        draw.line((cx - half, y, cx + half, y), fill=(150, 110, 70), width=3)


def draw_school(draw, rng, width, height):
    left = rng.uniform(0.15, 0.45) * width
    ground, w, h = height * 0.8, width * 0.36, height * 0.14
    draw.rectangle((left, ground - h, left + w, ground), fill=(245, 225, 150))
    draw.polygon([(left - 15, ground - h), (left + w + 15, ground - h),
                  (left + w - 20, ground - h - height * 0.07),
                  (left + 20, ground - h - height * 0.07)], fill=(185, 60, 45))
    for index in range(6):
        x = left + 20 + index * (w - 40) / 6
        draw.rectangle((x, ground - h * 0.7, x + w / 10, ground - h * 0.3), fill=(90, 120, 150))
    pole = left + w + width * 0.06
    draw.line((pole, ground, pole, ground - height * 0.3), fill=(200, 200, 200), width=6)
    flag_top = ground - height * 0.3
    draw.rectangle((pole, flag_top, pole + width * 0.07, flag_top + height * 0.05),
                   fill=(218, 37, 29))
    star_x, star_y, r = pole + width * 0.035, flag_top + height * 0.025, height * 0.016
    star = [(star_x + (r if i % 2 == 0 else r * 0.4) * math.sin(i * math.pi / 5),
             star_y - (r if i % 2 == 0 else r * 0.4) * math.cos(i * math.pi / 5))
            for i in range(10)]
    draw.polygon(star, fill=(255, 222, 0))


def draw_person(draw, rng, cx, base, scale):
    """A bust seen from the front: shoulders, neck, head and hair, no face."""
    skin, clothes = rng.choice(SKIN), rng.choice(CLOTHES)
    hair = mix((40, 30, 25), (90, 80, 75), rng.random() * 0.4)
    shoulder_w, head_r = 260 * scale, 95 * scale
    draw.ellipse((cx - shoulder_w, base - 190 * scale, cx + shoulder_w, base + 260 * scale),
                 fill=clothes)
    draw.rectangle((cx - 40 * scale, base - 250 * scale, cx + 40 * scale, base - 170 * scale),
                   fill=mix(skin, (0, 0, 0), 0.08))
    draw.polygon([(cx - 60 * scale, base - 190 * scale), (cx + 60 * scale, base - 190 * scale),
                  (cx, base - 110 * scale)], fill=mix(skin, (0, 0, 0), 0.08))
    head_y = base - 330 * scale
    draw.ellipse((cx - head_r, head_y - head_r * 1.15, cx + head_r, head_y + head_r * 1.15),
                 fill=skin)
    style = rng.randrange(3)
    if style == 0:  # short hair
        draw.chord((cx - head_r * 1.05, head_y - head_r * 1.3, cx + head_r * 1.05,
                    head_y + head_r * 0.5), 180, 360, fill=hair)
    elif style == 1:  # long hair falling to the shoulders
        draw.chord((cx - head_r * 1.1, head_y - head_r * 1.3, cx + head_r * 1.1,
                    head_y + head_r * 0.6), 180, 360, fill=hair)
        draw.rectangle((cx - head_r * 1.1, head_y, cx - head_r * 0.8, head_y + head_r * 1.7),
                       fill=hair)
        draw.rectangle((cx + head_r * 0.8, head_y, cx + head_r * 1.1, head_y + head_r * 1.7),
                       fill=hair)
    else:  # woven headscarf of the highlands
        scarf = rng.choice(CLOTHES)
        draw.chord((cx - head_r * 1.12, head_y - head_r * 1.35, cx + head_r * 1.12,
                    head_y + head_r * 0.35), 180, 360, fill=scarf)
        for stripe in range(3):
            y = head_y - head_r * (1.0 - stripe * 0.3)
            draw.line((cx - head_r * 0.9, y, cx + head_r * 0.9, y),
                      fill=mix(scarf, (255, 255, 255), 0.5), width=max(2, round(8 * scale)))


def draw_portrait(rng, size, scene):
    width, height = size
    top, bottom = rng.choice(BACKDROPS)
    image = gradient(size, top, bottom)
    draw = ImageDraw.Draw(image)
    r = width * 0.38
    draw.ellipse((width / 2 - r, height * 0.42 - r, width / 2 + r, height * 0.42 + r),
                 fill=mix(top, (255, 255, 255), 0.35))
    scale = width / 800
    if scene == "chan-dung":
        draw_person(draw, rng, width / 2, height * 0.98, 1.25 * scale)
    elif scene == "gia-dinh":
        for cx, size_factor, lift in ((0.3, 0.78, 0), (0.7, 0.74, 0.02),
                                      (0.5, 0.55, -0.02), (0.86, 0.45, -0.04)):
            draw_person(draw, rng, width * cx, height * (1.0 + lift), size_factor * scale)
    else:
        positions = [0.18, 0.5, 0.82, 0.34, 0.66]
        for index, cx in enumerate(positions):
            back = index < 3
            draw_person(draw, rng, width * cx, height * (0.86 if back else 1.02),
                        (0.6 if back else 0.68) * scale)
    return image


def render(title, size, scene):
    rng = seeded(title)
    big = (size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE)
    drawer = draw_portrait if scene in PORTRAITS else draw_landscape
    image = drawer(rng, big, scene).reduce(SUPERSAMPLE)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=84)
    return buffer


class PhotoLibrary:
    """Hands out photos by title, drawing only those not already in the database."""

    def __init__(self):
        self.by_title = {photo.title: photo for photo in Photo.objects.all()}
        self.created = 0

    def get(self, title, description, size=HERO_SIZE, scene=None):
        photo = self.by_title.get(title)
        if photo is not None:
            return photo
        if scene is None:
            scene = seeded(title).choice(sorted(SCENES))
        buffer = render(title, size, scene)
        photo = Photo(title=title, description=description[:255], credit=CREDIT,
                      file=ImageFile(buffer, name=f"{slugify(title, 60) or 'anh'}.jpg"))
        photo.set_file_metadata()
        photo.save()
        self.by_title[title] = photo
        self.created += 1
        return photo

    def landscape(self, title, story_title, scene=None):
        """A hero or in-story illustration for the story called ``story_title``."""
        scene = scene or seeded(title).choice(sorted(SCENES))
        description = f"Tranh minh họa {SCENES[scene]}, kèm bài “{story_title}”"
        return self.get(title, description, HERO_SIZE, scene)

    def portrait(self, title, who, scene="chan-dung"):
        description = f"Hình minh họa {who}: {PORTRAITS[scene]}"
        return self.get(title, description, PORTRAIT_SIZE, scene)
