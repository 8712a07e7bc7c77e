"""Demo newsroom: a user for every role and pages waiting at each step of the review, so
a newcomer can walk the whole review in the browser. Only ever loaded with DEBUG on."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import TaskState

from stories.demo.recordings import stand_in_recording
from stories.editorial.roles import APPROVER, EDITOR, REPORTER, SITE_ADMIN, VERIFIER
from stories.models import (
    Award,
    ColumnPage,
    ExemplarIndexPage,
    ExemplarPage,
    StoryPage,
    SubjectType,
)

PASSWORD = "gs-demo-2026"  # noqa: S105 - demo accounts exist only when DEBUG is on
ACCOUNTS = [
    ("phongvien", "Hà Phương", REPORTER),
    ("bientap", "Nguyễn Thu Trang", EDITOR),
    ("thamdinh", "Trần Văn Lâm", VERIFIER),
    ("lanhdao", "Lê Minh Đức", APPROVER),
    ("quantri", "Phạm Quốc Huy", SITE_ADMIN),
]


def demo_user(username, full_name, group, domain="ttvh-demo.example.vn"):
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.first_name = full_name
    user.email = f"{username}@{domain}"
    user.set_password(PASSWORD)
    user.save()
    user.groups.set([Group.objects.get(name=group)])
    return user


def demo_accounts():
    return {group: demo_user(username, full_name, group)
            for username, full_name, group in ACCOUNTS}


def _story(column, title, lead, text, author):
    existing = StoryPage.objects.filter(title=title).first()
    if existing:
        return existing, False
    page = StoryPage(title=title, lead=lead, owner=author, live=False,
                     byline=f"Bài: {author.first_name}",
                     body=[{"type": "paragraph", "value": f"<p>{text}</p>"}])
    column.add_child(instance=page)
    page.save_revision(user=author)
    return page, True


def _profile(directory, title, summary, author, subject_type, award=None, consent=False):
    existing = ExemplarPage.objects.filter(title=title).first()
    if existing:
        return existing, False
    page = ExemplarPage(title=title, achievement_summary=summary, owner=author, live=False,
                        subject_type=subject_type, recognition_year=2026)
    if consent:
        page.consent_by = title
        page.consent_on = datetime.date(2026, 10, 2)
        page.consent_note = "Đồng ý bằng văn bản, bản ký lưu tại Trung tâm."
    directory.add_child(instance=page)
    if award:
        Award.objects.create(page=page, **award)
    page.save_revision(user=author)
    return page, True


def _advance(page, author, steps, reviewers):
    """Submit as the author, then approve ``steps`` steps as their reviewers."""
    page.get_workflow().start(page, author)
    for reviewer in reviewers[:steps]:
        page.refresh_from_db()
        page.current_workflow_task_state.approve(user=reviewer)


def load_review_demo():
    users = demo_accounts()
    reporter, editor, verifier, approver = (users[REPORTER], users[EDITOR], users[VERIFIER],
                                            users[APPROVER])
    column = ColumnPage.objects.order_by("path").first()
    directory = ExemplarIndexPage.objects.first()
    story_reviewers = [editor, approver]
    profile_reviewers = [editor, verifier, approver]

    page, new = _story(column, "Bà Y Blông và tủ sách ở nhà rông", "Bản nháp chưa gửi duyệt.",
                       "Bà Y Blông dành một góc nhà rông làm tủ sách cho trẻ em trong làng.",
                       reporter)
    if new:  # a draft's recording: no public address until the story is published
        page.audio = stand_in_recording(page.title)
        page.save_revision(user=reporter)

    page, new = _story(column, "Tổ thợ hồ tình nguyện ở thôn Kon Klốc",
                       "Tin đang chờ biên tập.",
                       "Năm người thợ hồ trong thôn góp công sửa ba căn nhà cho hộ nghèo.",
                       reporter)
    if new:
        _advance(page, reporter, 0, story_reviewers)

    page, new = _story(column, "Cô giáo cắm bản dạy chữ cho người lớn",
                       "Tin đã qua biên tập, chờ lãnh đạo phê duyệt.",
                       "Mỗi tối thứ Ba và thứ Năm, lớp xóa mù chữ của cô lại sáng đèn.",
                       reporter)
    if new:
        _advance(page, reporter, 1, story_reviewers)

    page, new = _story(column, "Người nhặt rác trên dòng Đăk Bla",
                       "Tin bị trả lại để bổ sung.",
                       "Ông lặng lẽ vớt rác trên sông mỗi sáng sớm.", reporter)
    if new:
        _advance(page, reporter, 0, story_reviewers)
        page.refresh_from_db()
        page.current_workflow_task_state.reject(
            user=editor, comment="Cần bổ sung tên đầy đủ, tuổi và ảnh của nhân vật.")

    page, new = _story(column, "Đội thanh niên tình nguyện dọn đường sau lũ",
                       "Tin đã duyệt, hẹn giờ xuất bản sáng mai.",
                       "Hai mươi đoàn viên đã dọn sạch 3 km đường liên xã.", approver)
    if new:
        # Approved through the review with a go-live date: the approval schedules it.
        page.go_live_at = timezone.now() + datetime.timedelta(days=1)
        page.save_revision(user=approver)
        _advance(page, approver, 2, story_reviewers)

    award_without_decision = {"kind": Award.Kind.COMMENDATION, "name": "Giấy khen",
                              "level": Award.Level.COMMUNE, "year": 2026,
                              "issuer": "Ủy ban nhân dân xã Đăk Kôi"}
    complete_award = {**award_without_decision, "decision_number": "215",
                      "decision_symbol": "QĐ-UBND", "decision_date": datetime.date(2026, 9, 8)}

    page, new = _profile(directory, "Tổ hợp tác trồng sâm thôn 4",
                         "Mười hai hộ cùng trồng sâm dưới tán rừng, thu nhập tăng gấp đôi.",
                         reporter, SubjectType.COLLECTIVE, award=award_without_decision)
    if new:  # waits for verification, with a decision missing
        _advance(page, reporter, 1, profile_reviewers)

    page, new = _profile(directory, "A Khiêm",
                         "Trưởng thôn vận động 40 hộ hiến đất làm đường bê tông.",
                         reporter, SubjectType.INDIVIDUAL, award=complete_award, consent=True)
    if new:  # waits for verification, complete
        _advance(page, reporter, 1, profile_reviewers)

    page, new = _profile(directory, "Mô hình “Tổ dân phố không rác thải nhựa”",
                         "Tổ dân phố số 3 phân loại rác tại nguồn từ năm 2025.",
                         reporter, SubjectType.MODEL, award=complete_award)
    if new:  # verified, waiting for the leader
        _advance(page, reporter, 2, profile_reviewers)

    waiting = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS).count()
    return users, waiting
