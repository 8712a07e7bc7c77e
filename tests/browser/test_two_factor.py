"""An approver's first sign-in with two-factor on, in Chromium: password, the set-up page
(checked with axe-core), a wrong code, the right one, and the dashboard."""

import pytest

from tests.browser.conftest import AXE, ConsoleWatch, run_axe

pytestmark = pytest.mark.browser


def test_an_approver_sets_up_two_factor_in_the_browser(new_context, journey_content, settings):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice
    from playwright.sync_api import expect

    from stories.editorial.roles import APPROVER, sync_roles
    from tests.factories import UserFactory

    settings.TWO_FACTOR_REQUIRED = True
    sync_roles()
    UserFactory(username="lanhdao", groups=[APPROVER])
    page = new_context().new_page()
    console = ConsoleWatch(page)

    page.goto("/quan-tri/login/")
    page.get_by_label("Tên đăng nhập").fill("lanhdao")
    page.get_by_label("Mật khẩu").fill("mat-khau-thu-2026")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/quan-tri/xac-thuc/cai-dat/**")
    expect(page.get_by_role("heading", level=1)).to_have_text("Cài đặt xác thực hai bước")
    expect(page.get_by_role("img", name="Mã QR để thêm Gương Sáng vào ứng dụng xác thực"))\
        .to_be_visible()
    if AXE.is_file():
        run_axe(page, "two-factor set-up")

    code = page.get_by_label("Mã 6 chữ số")
    code.fill("12345")
    page.get_by_role("button", name="Bật xác thực hai bước").click()
    expect(page.get_by_role("alert")).to_contain_text("Hãy nhập đúng 6 chữ số")
    expect(code).to_have_value("12345")
    # Wagtail fades its messages in: contrast is measured once they are shown.
    page.wait_for_function(
        "getComputedStyle(document.querySelector('.messages > ul')).opacity === '1'")
    if AXE.is_file():
        run_axe(page, "two-factor set-up with an error")

    device = TOTPDevice.objects.get(user__username="lanhdao")
    code.fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Bật xác thực hai bước").click()
    page.wait_for_url("**/quan-tri/")
    expect(page.get_by_text("Đã bật xác thực hai bước")).to_be_visible()
    console.assert_clean("two-factor set-up")
