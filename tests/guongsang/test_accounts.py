"""Staff sign-in as people meet it at /quan-tri/: lockout after wrong passwords, throttled
password resets, the second factor for the roles that publish, sessions and passwords."""

import datetime
import re
import time

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone
from django.utils.formats import date_format

from tests.factories import UserFactory

PASSWORD = "mat-khau-thu-2026"  # UserFactory's
LOGIN = "/quan-tri/login/"
DASHBOARD = "/quan-tri/"
RESET = "/quan-tri/password_reset/"


@pytest.fixture
def roles(db):
    from stories.editorial.roles import sync_roles

    sync_roles()


def staff(username, *groups):
    return UserFactory(username=username, groups=list(groups))


@pytest.fixture
def reporter(roles):
    from stories.editorial.roles import REPORTER

    return staff("phongvien", REPORTER)


@pytest.fixture
def editor(roles):
    from stories.editorial.roles import EDITOR

    return staff("bientap", EDITOR)


@pytest.fixture
def approver(roles):
    from stories.editorial.roles import APPROVER

    return staff("lanhdao", APPROVER)


def sign_in(client, username, password=PASSWORD, address="203.0.113.10", forwarded=None,
            **fields):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return client.post(LOGIN, {"username": username, "password": password, "next": DASHBOARD,
                               **fields}, REMOTE_ADDR=address, **headers)


def page_text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def typed_username(response):
    field = BeautifulSoup(response.content, "html.parser").find("input", {"name": "username"})
    return field.get("value")


def signed_in(client):
    return client.get(DASHBOARD).status_code == 200


def lock_end_text(**filters):
    """The end of the lock, as the page should give it: the newest failure + 30 minutes."""
    from axes.models import AccessAttempt

    newest = AccessAttempt.objects.filter(**filters).latest("attempt_time").attempt_time
    return date_format(timezone.localtime(newest + datetime.timedelta(minutes=30)), "H:i")


# --- lockout ---------------------------------------------------------------------------------

def test_thirty_wrong_passwords_lock_the_account_even_from_another_address(client, reporter):
    for _attempt in range(30):
        sign_in(client, "phongvien", "sai-mat-khau-roi")

    response = sign_in(client, "phongvien", address="198.51.100.7")

    assert response.status_code == 429
    text = page_text(response)
    assert "Tài khoản này đã bị tạm khóa" in text
    # The thirty failures from the first address make the lock; a refused try from the
    # second, a moment later, may fall in the next minute.
    locking = lock_end_text(username="phongvien", ip_address="203.0.113.10")
    assert f"đến {locking} (giờ Việt Nam)" in text
    assert "kể cả mật khẩu đúng" in text and "Quản trị" in text
    assert typed_username(response) == "phongvien"
    assert int(response["Retry-After"]) > 25 * 60
    assert not signed_in(client)


def test_thirty_wrong_passwords_lock_the_address_for_other_accounts(client, editor):
    for attempt in range(30):
        sign_in(client, f"khong-co-ai-{attempt}", "sai-mat-khau-roi", address="192.0.2.44")

    response = sign_in(client, "bientap", address="192.0.2.44")

    assert response.status_code == 429
    text = page_text(response)
    assert "địa chỉ mạng của bạn" in text and "bị tạm khóa" in text
    assert f"đến {lock_end_text(ip_address='192.0.2.44')}" in text
    assert not signed_in(client)
    # The account itself is not locked: from elsewhere it signs in.
    assert sign_in(client, "bientap", address="192.0.2.45").status_code == 302
    assert signed_in(client)


def test_the_lock_is_counted_by_the_address_the_proxy_reports(client, editor, settings):
    settings.TRUSTED_PROXIES = 1
    for attempt in range(10):
        sign_in(client, f"khong-co-ai-{attempt}", "sai-mat-khau-roi", address="10.0.0.2",
                forwarded="192.0.2.80")
    # Same proxy, another visitor: not locked.
    assert sign_in(client, "bientap", address="10.0.0.2",
                   forwarded="192.0.2.81").status_code == 302
    client.logout()
    # What the locked visitor puts in the header themselves changes nothing (the proxy
    # adds the address it saw on the right).
    assert sign_in(client, "bientap", address="10.0.0.2",
                   forwarded="192.0.2.99, 192.0.2.80").status_code == 429


def test_a_few_mistakes_do_not_lock_and_a_success_starts_the_count_again(client, reporter):
    for _round in range(2):
        for _attempt in range(9):
            response = sign_in(client, "phongvien", "sai-mat-khau-roi")
            assert response.status_code == 200
            assert "Tài khoản này" not in page_text(response)
        assert sign_in(client, "phongvien").status_code == 302
        assert signed_in(client)
        client.logout()


def test_the_lock_ends_after_the_cool_off(client, reporter):
    from axes.models import AccessAttempt

    for _attempt in range(10):
        sign_in(client, "phongvien", "sai-mat-khau-roi")
    assert sign_in(client, "phongvien").status_code == 429

    # Half an hour and a minute later.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=31))

    assert sign_in(client, "phongvien").status_code == 302
    assert signed_in(client)


@pytest.fixture
def site_admin(roles):
    from stories.editorial.roles import SITE_ADMIN

    return staff("quantri", SITE_ADMIN)


def test_a_site_administrator_unlocks_in_the_admin(client, reporter, editor, site_admin):
    for attempt in range(10):
        sign_in(client, "phongvien", "sai-mat-khau-roi", address=f"192.0.2.{attempt}")
        sign_in(client, f"khong-co-ai-{attempt}", "sai-mat-khau-roi", address="192.0.2.31")
    assert sign_in(client, "phongvien", address="198.51.100.7").status_code == 429
    assert sign_in(client, "bientap", address="192.0.2.31").status_code == 429

    administrator = Client()
    administrator.force_login(site_admin)
    page = administrator.get("/quan-tri/dang-nhap/")
    assert page.status_code == 200
    text = page_text(page)
    assert f"Tài khoản: phongvien {lock_end_text(username='phongvien')}" in text
    assert f"Địa chỉ mạng: 192.0.2.31 {lock_end_text(ip_address='192.0.2.31')}" in text

    response = administrator.post("/quan-tri/dang-nhap/", {"account": "phongvien"},
                                  follow=True)
    assert "Tài khoản phongvien đã đăng nhập lại được." in page_text(response)
    assert sign_in(client, "phongvien", address="198.51.100.7").status_code == 302

    response = administrator.post("/quan-tri/dang-nhap/", {"address": "192.0.2.31"},
                                  follow=True)
    assert "Hiện không có ai bị khóa." in page_text(response)
    client.logout()
    assert sign_in(client, "bientap", address="192.0.2.31").status_code == 302


def test_the_command_unlocks_an_account_too(client, reporter):
    for _attempt in range(10):
        sign_in(client, "phongvien", "sai-mat-khau-roi")
    assert sign_in(client, "phongvien", address="198.51.100.7").status_code == 429

    call_command("axes_reset_username", "phongvien", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert sign_in(client, "phongvien", address="198.51.100.7").status_code == 302


def test_only_site_administrators_see_the_sign_in_page(client, editor):
    client.force_login(editor)
    assert client.get("/quan-tri/dang-nhap/").status_code in (302, 403)
    assert "/quan-tri/dang-nhap/" not in client.get(DASHBOARD).content.decode()


# --- password reset --------------------------------------------------------------------------

@pytest.fixture
def long_windows(settings):
    """The real counts, in windows that no test run straddles."""
    settings.PASSWORD_RESET_LIMITS = {"address": (5, 10**9), "email": (3, 10**9)}


def ask_reset(client, email, address="203.0.113.20"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_password_reset_is_limited_per_email_address(client, reporter, long_windows):
    for attempt in range(3):
        assert ask_reset(client, reporter.email, address=f"198.51.100.{attempt}").status_code \
            == 302
    assert len(mail.outbox) == 3

    response = ask_reset(client, reporter.email.upper(), address="198.51.100.99")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    text = page_text(response)
    assert "quá nhiều yêu cầu đặt lại mật khẩu" in text and "Quản trị" in text
    field = BeautifulSoup(response.content, "html.parser").find("input", {"name": "email"})
    assert field["value"] == reporter.email.upper()
    assert len(mail.outbox) == 3


def test_password_reset_is_limited_per_address(client, db, long_windows):
    for attempt in range(5):
        assert ask_reset(client, f"nguoi{attempt}@donvi.example.vn").status_code == 302

    response = ask_reset(client, "nguoi-khac@donvi.example.vn")

    assert response.status_code == 429
    assert "thử lại sau" in page_text(response)
    # From another address the page still works.
    assert ask_reset(client, "nguoi-khac@donvi.example.vn",
                     address="198.51.100.50").status_code == 302


def test_a_refused_reset_looks_the_same_for_unknown_addresses(client, reporter, long_windows):
    for email in (reporter.email, "khong-ai@donvi.example.vn"):
        for attempt in range(3):
            ask_reset(client, email, address=f"198.51.100.{60 + attempt}")
    answers = [ask_reset(client, email, address="198.51.100.70")
               for email in (reporter.email, "khong-ai@donvi.example.vn")]
    assert [answer.status_code for answer in answers] == [429, 429]
    assert page_text(answers[0]).replace(reporter.email, "") == \
        page_text(answers[1]).replace("khong-ai@donvi.example.vn", "")


# --- two-factor sign-in ----------------------------------------------------------------------

two_factor_on = override_settings(TWO_FACTOR_REQUIRED=True)


def code_for(device, seconds_ahead=0):
    from django_otp.oath import TOTP, totp

    if not seconds_ahead:
        return f"{totp(device.bin_key):06d}"
    clock = TOTP(device.bin_key)
    clock.time = time.time() + seconds_ahead
    return f"{clock.token():06d}"


def enrolled(user):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.create(user=user, name="Điện thoại", confirmed=True)


@two_factor_on
def test_an_approver_sets_up_the_app_then_signs_in_with_codes(client, approver):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    response = sign_in(client, "lanhdao")
    response = client.get(response["Location"], follow=True)

    # No app yet: the set-up page, with the QR code and the key to type by hand.
    assert response.resolver_match.url_name == "two_factor_enrol"
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("img", src=re.compile(r"^data:image/svg\+xml;base64,"))["alt"]
    device = TOTPDevice.objects.get(user=approver, confirmed=False)
    import base64

    secret = page.find(id="two-factor-secret").get_text().replace(" ", "")
    assert base64.b32decode(secret + "=" * (-len(secret) % 8)) == device.bin_key
    # Until a code is given, the admin is closed.
    assert client.get("/quan-tri/pages/")["Location"].startswith("/quan-tri/xac-thuc/cai-dat/")

    response = client.post("/quan-tri/xac-thuc/cai-dat/",
                           {"code": code_for(device), "next": DASHBOARD})
    assert response.status_code == 302 and response["Location"] == DASHBOARD
    assert client.get(DASHBOARD).status_code == 200
    device.refresh_from_db()
    assert device.confirmed

    # The next time: password, then a code (a newer one: each code works once).
    client.post("/quan-tri/logout/")
    response = sign_in(client, "lanhdao")
    response = client.get(response["Location"])
    assert response["Location"].startswith("/quan-tri/xac-thuc/?")
    response = client.get(response["Location"])
    assert "Nhập mã" in page_text(response)

    response = client.post("/quan-tri/xac-thuc/",
                           {"code": code_for(device, seconds_ahead=30), "next": DASHBOARD})
    assert response["Location"] == DASHBOARD
    dashboard = client.get(DASHBOARD)
    assert dashboard.status_code == 200
    assert "Công việc biên tập" in page_text(dashboard)


@two_factor_on
def test_a_wrong_code_is_refused_and_the_next_one_waits(client, approver):
    device = enrolled(approver)
    sign_in(client, "lanhdao")
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"

    response = client.post("/quan-tri/xac-thuc/", {"code": wrong, "next": DASHBOARD})

    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").find(
        role="alert").get_text(strip=True).startswith("Mã này không đúng")
    assert client.get(DASHBOARD).status_code == 302

    # Straight after, even the right code waits its turn.
    response = client.post("/quan-tri/xac-thuc/", {"code": code_for(device), "next": DASHBOARD})
    assert response.status_code == 429
    assert re.search(r"chờ \d+ giây", page_text(response))
    assert client.get(DASHBOARD).status_code == 302


@two_factor_on
@pytest.mark.parametrize("typed", ["12345", "abcdef", "1234567", "", "１２３ ４５６x"])
def test_a_code_that_is_not_six_digits_gets_a_clear_message(client, approver, typed):
    enrolled(approver)
    sign_in(client, "lanhdao")
    response = client.post("/quan-tri/xac-thuc/", {"code": typed})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    # Said at the top, where the login page says its errors, and at the field.
    said = page.find(role="alert").get_text(" ", strip=True)
    assert said in ("Hãy nhập đúng 6 chữ số mà ứng dụng đang hiện, ví dụ 123456.",
                    "Trường này là bắt buộc.")
    assert said in page.find(class_="error-message").get_text(" ", strip=True)
    field = page.find("input", {"name": "code"})
    assert field.get("value", "") == typed and field["aria-invalid"] == "true"


@two_factor_on
def test_a_reporter_is_not_asked_for_a_code(client, reporter):
    assert sign_in(client, "phongvien")["Location"] == DASHBOARD
    assert client.get(DASHBOARD).status_code == 200


@two_factor_on
def test_a_password_alone_opens_nothing_restricted_on_the_public_site(client, approver,
                                                                      site_pages):
    from wagtail.models import PageViewRestriction

    page = site_pages["column"]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    sign_in(client, "lanhdao")

    response = client.get(page.url)
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    # The login page sends on to the set-up page, and from there back to the page.
    response = client.get(response["Location"])
    assert response["Location"].startswith("/quan-tri/xac-thuc/cai-dat/?next=")
    assert page.url in client.get(response["Location"]).content.decode()


@two_factor_on
def test_a_lost_phone_is_reset_by_command_and_set_up_again(client, approver):
    device = enrolled(approver)
    sign_in(client, "lanhdao")
    client.post("/quan-tri/xac-thuc/", {"code": code_for(device), "next": DASHBOARD})
    assert client.get(DASHBOARD).status_code == 200

    call_command("reset_two_factor", "lanhdao", stdout=open("/dev/null", "w"))  # noqa: SIM115

    response = client.get(DASHBOARD)
    assert response["Location"].startswith("/quan-tri/xac-thuc/cai-dat/")


def test_a_site_administrator_resets_a_lost_phone_in_the_admin(client, approver, site_admin):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    enrolled(approver)
    boss = UserFactory(username="sieuquantri", is_superuser=True)
    enrolled(boss)
    client.force_login(site_admin)
    page = BeautifulSoup(client.get("/quan-tri/dang-nhap/").content, "html.parser")
    buttons = {button.find_parent("tr").th.get_text(" ", strip=True): button
               for button in page.find_all("button") if "Đặt lại" in button.get_text()}
    assert [name for name in buttons if "lanhdao" in name]
    assert not [name for name in buttons if "sieuquantri" in name]

    response = client.post("/quan-tri/dang-nhap/", {"two_factor_user": approver.pk},
                           follow=True)
    assert "xác thực hai bước của lanhdao" in page_text(response)
    assert not TOTPDevice.objects.filter(user=approver).exists()
    # A site administrator cannot take a superuser's phone away.
    assert client.post("/quan-tri/dang-nhap/", {"two_factor_user": boss.pk}).status_code \
        in (302, 403)
    assert TOTPDevice.objects.filter(user=boss).exists()


def test_an_app_set_up_by_choice_is_asked_for_too(client, reporter):
    client.force_login(reporter)
    account = page_text(client.get("/quan-tri/account/"))
    assert "Xác thực hai bước" in account
    client.get("/quan-tri/xac-thuc/cai-dat/")
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=reporter)
    client.post("/quan-tri/xac-thuc/cai-dat/", {"code": code_for(device)})
    client.post("/quan-tri/logout/")

    sign_in(client, "phongvien")
    assert client.get(DASHBOARD)["Location"].startswith("/quan-tri/xac-thuc/?")


@two_factor_on
def test_a_password_alone_never_adds_a_phone_to_an_account_that_has_one(client, approver):
    enrolled(approver)
    sign_in(client, "lanhdao")
    response = client.get("/quan-tri/xac-thuc/cai-dat/")
    assert response["Location"].startswith("/quan-tri/xac-thuc/?")


# --- sessions and passwords ------------------------------------------------------------------

def test_a_staff_session_ends_after_eight_hours_without_a_request(client, reporter, settings):
    from django.contrib.sessions.models import Session

    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    sign_in(client, "phongvien", remember="on")
    response = client.get(DASHBOARD)
    # Every request moves the end on: the cookie is sent again, for 8 more hours.
    assert response.cookies["sessionid"]["max-age"] == 8 * 60 * 60
    session = Session.objects.get(session_key=response.cookies["sessionid"].value)
    left = session.expire_date - timezone.now()
    assert datetime.timedelta(hours=7, minutes=59) < left <= datetime.timedelta(hours=8)


def account_form(response, **changes):
    """What the browser sends from the account page: every field as shown, plus changes."""
    form = BeautifulSoup(response.content, "html.parser").find(
        "input", {"name": "password-new_password1"}).find_parent("form")
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("file", "submit"):
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value") or field.get_text()
    data.update(changes)
    return data


@pytest.mark.parametrize(("new", "accepted"), [("ngan-qua-11", False),
                                                ("dai-du-muoi-hai", True)])
def test_a_password_shorter_than_twelve_characters_is_refused(client, reporter, new,
                                                              accepted):
    client.force_login(reporter)
    page = client.get("/quan-tri/account/")
    response = client.post("/quan-tri/account/", account_form(
        page, **{"password-old_password": PASSWORD, "password-new_password1": new,
                 "password-new_password2": new,
                 # Wagtail asks for it; the factory leaves it empty.
                 "name_email-last_name": "Nguyễn"}))
    reporter.refresh_from_db()
    assert reporter.check_password(new) is accepted
    if not accepted:
        assert "ít nhất 12 ký tự" in page_text(response)


# --- odd input -------------------------------------------------------------------------------

ODD = ["\x00", "a" * 5000, "１２３４５６", "<script>", "' OR 1=1 --", "\u202e123456", " "]


@two_factor_on
@pytest.mark.parametrize("odd", ODD)
def test_odd_input_to_the_sign_in_pages_gets_an_answer_not_an_error(client, approver, odd):
    enrolled(approver)
    for data in ({"username": odd, "password": odd}, {"username": "lanhdao", "password": odd}):
        assert client.post(LOGIN, {**data, "next": odd}).status_code in (200, 429)
    assert client.post(RESET, {"email": odd}).status_code == 200

    sign_in(client, "lanhdao")
    for url in ("/quan-tri/xac-thuc/", "/quan-tri/xac-thuc/cai-dat/"):
        response = client.post(url, {"code": odd, "next": odd})
        assert response.status_code in (200, 302, 429), url
        response = client.get(url, {"next": odd})
        assert response.status_code in (200, 302), url


@two_factor_on
@pytest.mark.parametrize("elsewhere", ["//evil.example/", "https://evil.example/quan-tri/",
                                       "javascript:alert(1)"])
def test_after_the_code_only_addresses_on_this_site_are_followed(client, approver, elsewhere):
    device = enrolled(approver)
    sign_in(client, "lanhdao")
    response = client.post("/quan-tri/xac-thuc/", {"code": code_for(device),
                                                     "next": elsewhere})
    assert response.status_code == 302 and response["Location"] == DASHBOARD
