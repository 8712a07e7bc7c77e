"""Subscribing by email: the form, the confirmation link, the weekly digest with
one-click unsubscribe (RFC 8058), forgetting unconfirmed addresses, and the
administrator's counts and exports."""

import csv
import datetime
import email
import io
import re
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from stories.models import EmailSubscription
from tests.factories import PlaceFactory, StoryPageFactory, UserFactory

pytestmark = pytest.mark.django_db

FORM = "/nhan-tin/email/"


@pytest.fixture
def lists(site_pages, committed):
    """A column and a commune, each with a story published this week, and one story
    published long ago."""
    place = PlaceFactory(name="Đăk Kôi")
    column = site_pages["column"]
    committed(lambda: StoryPageFactory(title="Cô giáo Y Hoa cắm bản", parent=column))
    committed(lambda: StoryPageFactory(title="Tổ hộ sinh giữa rừng", places=[place],
                                       parent=column))
    old = committed(lambda: StoryPageFactory(title="Chuyện năm ngoái", parent=column))
    long_ago = timezone.now() - datetime.timedelta(days=40)
    type(old).objects.filter(pk=old.pk).update(first_published_at=long_ago)
    old.refresh_from_db()
    committed(lambda: old.save_revision().publish())
    return {"column": column, "place": place}


def subscribe(client, capture, **data):
    with capture(execute=True):
        return client.post(FORM, data)


def link_in(message):
    return re.search(r"https?://\S+/nhan-tin/email/xac-nhan/\S+/", message.body)[0]


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def confirmed(address, columns=(), places=(), days_ago=30):
    subscription = EmailSubscription.objects.create(
        email=address, confirmed_at=timezone.now() - datetime.timedelta(days=days_ago))
    subscription.columns.set(columns)
    subscription.places.set(places)
    return subscription


def test_subscribing_mails_a_link_that_confirms(client, lists,
                                                django_capture_on_commit_callbacks):
    form = client.get(FORM)
    assert form.status_code == 200
    assert "Nhận tin bài mới qua email" in form.content.decode()
    response = subscribe(client, django_capture_on_commit_callbacks, email="Lan@Vidu.vn",
                         columns=[lists["column"].pk], places=[lists["place"].pk])
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Hãy xem hộp thư" in page
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["lan@vidu.vn"]
    pending = EmailSubscription.objects.get()
    assert pending.confirmed_at is None

    response = client.get(path_of(link_in(mail.outbox[0])))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Đã xác nhận" in text and lists["column"].title in text and "Đăk Kôi" in text
    subscription = EmailSubscription.objects.get()
    assert subscription.confirmed_at is not None
    assert list(subscription.columns.all()) == [lists["column"]]
    assert list(subscription.places.all()) == [lists["place"]]


def test_a_confirmed_address_keeps_its_choices_until_the_new_link_is_followed(
        client, lists, django_capture_on_commit_callbacks):
    confirmed("lan@vidu.vn", columns=[lists["column"]])
    subscribe(client, django_capture_on_commit_callbacks, email="lan@vidu.vn",
              places=[lists["place"].pk])
    subscription = EmailSubscription.objects.get()
    assert list(subscription.columns.all()) == [lists["column"]]
    assert not subscription.places.exists()
    client.get(path_of(link_in(mail.outbox[0])))
    assert not subscription.columns.exists()
    assert list(subscription.places.all()) == [lists["place"]]


@pytest.mark.parametrize("data, message", [
    ({"email": "", "columns": ["1"]}, "Nhập địa chỉ email của bạn."),
    ({"email": "khong-phai-email", "columns": ["1"]}, "khong-phai-email"),
    ({"email": "lan@vidu.vn"}, "Hãy chọn ít nhất một chuyên mục hoặc địa phương"),
    ({"email": "lan@vidu.vn", "columns": ["chu"]}, "Hãy chọn chuyên mục trong danh sách."),
    ({"email": "lan@vidu.vn", "places": ["99999999999999999999"]},
     "Hãy chọn địa phương trong danh sách."),
])
def test_odd_input_is_refused_in_vietnamese_keeping_what_was_typed(client, lists, data,
                                                                   message):
    response = client.post(FORM, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page and "Xin sửa các mục sau" in page
    assert not EmailSubscription.objects.exists() and not mail.outbox


def test_unknown_links_are_400_not_500(client, db):
    for path in ("/nhan-tin/email/xac-nhan/abc/", "/nhan-tin/email/huy/abc:def/"):
        response = client.get(path)
        assert response.status_code == 400
        assert "Liên kết này không dùng được" in response.content.decode()
    assert client.post("/nhan-tin/email/huy/%00/").status_code == 400


def test_the_form_is_limited_per_address(client, lists, django_capture_on_commit_callbacks):
    for _attempt in range(3):
        assert subscribe(client, django_capture_on_commit_callbacks, email="lan@vidu.vn",
                         columns=[lists["column"].pk]).status_code == 302
    response = subscribe(client, django_capture_on_commit_callbacks, email="LAN+b@vidu.vn",
                         columns=[lists["column"].pk])
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert 'value="LAN+b@vidu.vn"' in page and "quá nhiều yêu cầu đăng ký" in page
    assert len(mail.outbox) == 3


def test_a_filled_honeypot_sends_nothing(client, lists, django_capture_on_commit_callbacks):
    response = subscribe(client, django_capture_on_commit_callbacks, email="lan@vidu.vn",
                         columns=[lists["column"].pk], website="http://spam")
    assert response.status_code == 302
    assert not mail.outbox and not EmailSubscription.objects.exists()


def test_the_digest_goes_once_to_each_confirmed_address(lists):
    confirmed("lan@vidu.vn", columns=[lists["column"]])
    confirmed("hoa@vidu.vn", places=[lists["place"]])
    EmailSubscription.objects.create(email="cho@vidu.vn").columns.set([lists["column"]])
    call_command("send_digest", stdout=io.StringIO())
    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == ["hoa@vidu.vn", "lan@vidu.vn"]
    column_digest = by_address["lan@vidu.vn"]
    assert "Cô giáo Y Hoa cắm bản" in column_digest.body
    assert "Tổ hộ sinh giữa rừng" in column_digest.body
    assert "Chuyện năm ngoái" not in column_digest.body
    place_digest = by_address["hoa@vidu.vn"]
    assert "Tổ hộ sinh giữa rừng" in place_digest.body
    assert "Cô giáo Y Hoa" not in place_digest.body
    html, mimetype = column_digest.alternatives[0]
    assert mimetype == "text/html" and "Cô giáo Y Hoa cắm bản</a>" in html
    headers = column_digest.extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.fullmatch(r"<https?://\S+/nhan-tin/email/huy/\S+/>",
                        headers["List-Unsubscribe"])

    call_command("send_digest", stdout=io.StringIO())
    assert len(mail.outbox) == 2


def test_one_click_unsubscribes_without_login_or_csrf(lists):
    confirmed("lan@vidu.vn", columns=[lists["column"]])
    call_command("send_digest", stdout=io.StringIO())
    link = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    robot = Client(enforce_csrf_checks=True)
    page = robot.get(path_of(link))
    assert page.status_code == 200 and "Hủy nhận tin" in page.content.decode()
    assert EmailSubscription.objects.exists()
    response = robot.post(path_of(link), "List-Unsubscribe=One-Click",
                          content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not EmailSubscription.objects.exists()


def test_unconfirmed_addresses_are_forgotten_after_seven_days(lists):
    old = EmailSubscription.objects.create(
        email="cu@vidu.vn", created_at=timezone.now() - datetime.timedelta(days=8))
    old.columns.set([lists["column"]])
    EmailSubscription.objects.create(email="moi@vidu.vn")
    keep = confirmed("lan@vidu.vn", columns=[lists["column"]], days_ago=30)
    output = io.StringIO()
    call_command("send_digest", stdout=output)
    assert set(EmailSubscription.objects.values_list("email", flat=True)) == {
        "moi@vidu.vn", keep.email}
    assert "1" in output.getvalue()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos,
                              email.message_from_bytes(envelope.content,
                                                       policy=policy.default)))
        return "250 OK"


def test_a_real_smtp_server_receives_the_digest_with_working_headers(lists, settings):
    inbox, port = Inbox(), free_port()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.EMAIL_USE_TLS, settings.EMAIL_HOST_USER = False, ""
        settings.UNSUBSCRIBE_EMAIL = "huy@vidu.vn"
        confirmed("lan@vidu.vn", columns=[lists["column"]])
        confirmed("hoa@vidu.vn", places=[lists["place"]])
        call_command("send_digest", stdout=io.StringIO())
    finally:
        server.stop()
    assert sorted(rcpt for rcpts, _message in inbox.messages for rcpt in rcpts) == [
        "hoa@vidu.vn", "lan@vidu.vn"]
    received = {rcpts[0]: message for rcpts, message in inbox.messages}["lan@vidu.vn"]
    assert received["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    https, mailto = [part.strip(" <>") for part in received["List-Unsubscribe"].split(",")]
    assert mailto == "mailto:huy@vidu.vn?subject=unsubscribe"
    assert "Cô giáo Y Hoa cắm bản" in received.get_body(("plain",)).get_content()
    response = Client(enforce_csrf_checks=True).post(
        path_of(https), "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert list(EmailSubscription.objects.values_list("email", flat=True)) == ["hoa@vidu.vn"]


def test_the_administrator_sees_counts_per_list_and_exports(client, lists):
    confirmed("lan@vidu.vn", columns=[lists["column"]], places=[lists["place"]])
    confirmed("hoa@vidu.vn", places=[lists["place"]])
    EmailSubscription.objects.create(email="cho@vidu.vn").places.set([lists["place"]])
    editor = UserFactory(is_staff=False)
    client.force_login(editor)
    assert client.get("/quan-tri/nhan-tin-email/").status_code in (302, 403)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    page = client.get("/quan-tri/nhan-tin-email/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "2 địa chỉ đã xác nhận" in text
    assert re.search(r"Đăk Kôi.*?<td>[^<]*</td><td>2</td><td>1</td>", text, re.S)
    rows = list(csv.reader(io.StringIO(
        client.get("/quan-tri/nhan-tin-email/dia-chi.csv").content.decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["hoa@vidu.vn", "lan@vidu.vn"]
    counts = list(csv.reader(io.StringIO(
        client.get("/quan-tri/nhan-tin-email/danh-sach.csv").content.decode("utf-8-sig"))))
    assert [lists["column"].title, "1", "0"] == counts[1][1:]
