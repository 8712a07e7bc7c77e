"""Create the page skeleton every installation needs: home, directory, columns, about.

Idempotent: existing pages are kept as editors left them.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page, Site

from stories.editorial.roles import sync_roles
from stories.models import ColumnPage, ExemplarIndexPage, HomePage, SiteIdentity, StandardPage
from stories.models.site_settings import DEFAULT_SITE_NAME, default_footer_links

HOME = {
    "title": DEFAULT_SITE_NAME,
    "slug": "trang-chu",
    "intro": "Những con người bình dị, những việc làm tử tế ở khắp các xã, phường: được "
    "phát hiện, xác minh và lan tỏa.",
}
DIRECTORY = {
    "title": "Điển hình tiên tiến",
    "slug": "dien-hinh",
    "intro": "Hồ sơ các cá nhân, tập thể, hộ gia đình và mô hình tiêu biểu đã được cơ quan "
    "có thẩm quyền công nhận. Mỗi danh hiệu, hình thức khen thưởng đều ghi rõ quyết định.",
}
COLUMNS = [
    ("Người tốt việc tốt", "nguoi-tot-viec-tot",
     "Những việc làm tử tế, thầm lặng của người dân ở mọi miền."),
    ("Sống đẹp", "song-dep", "Những tấm gương sống đẹp, sống có ích giữa đời thường."),
    ("Chuyện thường ngày", "chuyen-thuong-ngay",
     "Chuyện nhỏ ở thôn, tổ dân phố mà ý nghĩa lớn."),
    ("Cuộc sống muôn màu", "cuoc-song-muon-mau",
     "Đời sống phong phú của cộng đồng qua những câu chuyện gần gũi."),
    ("Học tập và làm theo tấm gương đạo đức, phong cách Hồ Chí Minh",
     "hoc-tap-va-lam-theo-bac",
     "Những tập thể, cá nhân học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
    ("Kinh nghiệm, cách làm sáng tạo", "kinh-nghiem-cach-lam-sang-tao",
     "Cách làm hay, mô hình mới của các điển hình tiên tiến để nhân rộng."),
]
ABOUT = [
    "Gương Sáng là trang thông tin tuyên truyền gương điển hình tiên tiến, người tốt việc "
    "tốt của Trung tâm Văn hóa - Thông tin. Mọi thành tích, danh hiệu được đăng đều đã "
    "được thẩm định theo quyết định khen thưởng.",
]
# Until the centre writes its own, the contact page says what belongs on it; the demo
# (stories.demo.loader) replaces exactly this text, never a page an editor has changed.
CONTACT_PLACEHOLDER = [
    "Trung tâm Văn hóa - Thông tin sẽ đăng tại đây địa chỉ trụ sở, số điện thoại đường dây "
    "nóng và thư điện tử của ban biên tập, cùng giờ làm việc.",
    "Biên tập viên: sửa trang “Liên hệ” trong phần quản trị để điền các thông tin trên, "
    "cách gửi lời giới thiệu người tốt việc tốt và cách đề nghị đính chính một bài đã đăng.",
    "Bạn có thể giới thiệu một người tốt việc tốt ngay bây giờ bằng "
    "<a href=\"/gioi-thieu-nguoi-tot/\">mẫu giới thiệu trực tuyến</a>.",
]
PAGES = [("Giới thiệu", "gioi-thieu", ABOUT), ("Liên hệ", "lien-he", CONTACT_PLACEHOLDER)]


def paragraphs(texts):
    """StreamField data of plain paragraphs (the texts are written here, trusted HTML)."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


class Command(BaseCommand):
    help = "Create the home page, exemplar directory, columns and about pages if missing."

    @transaction.atomic
    def handle(self, *args, **options):
        home = self.ensure_home()
        self.ensure_child(home, ExemplarIndexPage, {**DIRECTORY, "show_in_menus": True})
        for title, slug, intro in COLUMNS:
            self.ensure_child(home, ColumnPage,
                              {"title": title, "slug": slug, "intro": intro,
                               "show_in_menus": True})
        standard_pages = [
            self.ensure_child(home, StandardPage, {
                "title": title, "slug": slug, "body": paragraphs(texts),
            })
            for title, slug, texts in PAGES
        ]
        self.ensure_identity(Site.objects.get(root_page=home, is_default_site=True),
                             standard_pages)
        # The review workflows hang on the home page and the directory.
        sync_roles()
        self.stdout.write(self.style.SUCCESS("Site structure ready."))

    def ensure_home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(**HOME))
            home.save_revision().publish()
            # Wagtail's installer leaves a "Welcome" page as the site root; replace it.
            for page in root.get_children().exclude(pk=home.pk).filter(
                content_type__model="page"
            ):
                page.delete()
        # Full URLs in feeds, sitemaps and share links are built from the site's host.
        base = urlsplit(settings.SITE_BASE_URL)
        port = base.port or (443 if base.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname = base.hostname or "localhost"
        site.port = port
        site.root_page = home
        site.site_name = site.site_name or DEFAULT_SITE_NAME
        site.save()
        return home

    def ensure_child(self, parent, model, fields):
        existing = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
        if existing:
            return existing
        page = parent.add_child(instance=model(**fields))
        page.save_revision().publish()
        return page

    def ensure_identity(self, site, standard_pages):
        """The site's name and menus as the site has always shown them, the about and
        contact links pointing at their pages (so they follow a change of slug)."""
        if SiteIdentity.objects.filter(site=site).exists():
            return
        about, contact = standard_pages
        with translation.override(settings.LANGUAGE_CODE):
            footer = [("page", {"page": about, "title": gettext("About")}),
                      ("page", {"page": contact, "title": gettext("Contact")}),
                      *default_footer_links()[2:]]
        SiteIdentity.objects.create(site=site, site_name=site.site_name,
                                    footer_links=footer)
