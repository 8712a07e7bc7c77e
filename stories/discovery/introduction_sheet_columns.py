"""The spreadsheet of units' quarterly introductions as a unit fills it in: its columns,
the values they may name (sectors, movements, places, subject types, matched ignoring case,
diacritics and spacing), its bounds, and the instructions shown with the template and on
the import page."""

import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from openpyxl.utils import get_column_letter

from stories.discovery.uploaded_sheets import MAX_CELL_LENGTH, MAX_FILE_SIZE
from stories.models import Movement, Place, Sector, SubjectType
from stories.vietnamese import fold

# Each row becomes a page, a revision and a workflow: about 0.1 s a row.
MAX_ROWS = 200
HEADER_SEARCH_ROWS = 10
# Rows of a sheet read at most, blank or not: the header, 200 introductions and room for
# blank rows between them. A sheet formatted down to its last row is not walked to it.
SHEET_ROWS_READ = 1000


@dataclass(frozen=True)
class SheetColumn:
    key: str
    # The spreadsheet's column titles are Vietnamese whatever the admin's language, so that
    # a template downloaded by anyone imports anywhere.
    header: str
    required: bool
    max_length: int | None
    note: str
    aliases: tuple = ()


COLUMNS = (
    SheetColumn("subject_name", "Họ và tên / Tên tập thể", True, 255,
                _("Full name of the person, or the name of the collective, household or "
                  "model practice."),
                ("Họ và tên", "Họ tên", "Tên tập thể", "Tên cá nhân, tập thể")),
    SheetColumn("subject_type", "Loại đối tượng", True, None,
                _("One of the types listed."), ("Loại", "Đối tượng")),
    SheetColumn("achievement_summary", "Tóm tắt thành tích", True, 600,
                _("Two or three sentences on what they did, in plain text."),
                ("Thành tích", "Tóm tắt")),
    SheetColumn("sectors", "Lĩnh vực", False, None,
                _("Sectors from the list below; several separated by “;”."), ()),
    SheetColumn("movements", "Phong trào thi đua", False, None,
                _("Emulation movements from the list below; several separated by “;”."),
                ("Phong trào",)),
    SheetColumn("place", "Địa bàn", False, None,
                _("One current place from the list below, with or without its kind "
                  "(“xã Đăk Kôi” or “Đăk Kôi”)."), ("Địa phương",)),
    SheetColumn("proposed_awards", "Hình thức khen thưởng đề nghị", False, 2000,
                _("What the unit proposes, e.g. Giấy khen của Chủ tịch UBND xã."),
                ("Khen thưởng đề nghị", "Hình thức khen thưởng")),
    SheetColumn("decisions", "Quyết định khen thưởng đã có", False, 2000,
                _("Number, date and issuing body of each decision already issued, one "
                  "per line."), ("Quyết định khen thưởng", "Quyết định")),
)
COLUMN_BY_KEY = {column.key: column for column in COLUMNS}
SINGLE_LINE = {"subject_name", "subject_type", "sectors", "movements", "place",
               "achievement_summary"}


def match_key(text):
    """How spreadsheet values are compared: case, diacritics, punctuation and spacing
    ignored ("Văn hoá - Thể thao" is "van hoa the thao")."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


HEADER_KEYS = {match_key(name): column for column in COLUMNS
               for name in (column.header, *column.aliases)}


def allowed_values(names, limit=8):
    """A list of allowed values for an error message, shortened when long."""
    names = list(names)
    if not names:
        return gettext("none yet")
    # Separated as several values are in a cell: some names hold commas.
    shown = "; ".join(names[:limit])
    if len(names) <= limit:
        return shown
    return gettext("%(shown)s… and %(count)s more (see the “%(sheet)s” sheet of the "
                   "template)") % {"shown": shown, "count": len(names) - limit,
                                  "sheet": gettext("Instructions")}


class Vocabulary:
    """The values a spreadsheet may name, each under its match key."""

    def __init__(self):
        self.subject_type_labels = {}
        self.subject_types = {}
        for value, label in SubjectType.choices:
            with translation.override("vi"):
                self.subject_type_labels[value] = str(label)
            with translation.override("en"):
                english = str(label)
            for spelling in (value, english, self.subject_type_labels[value]):
                self.subject_types[match_key(spelling)] = value
        self.sectors = list(Sector.objects.all())
        self.movements = list(Movement.objects.all())
        self.places = list(Place.objects.filter(valid_to__isnull=True).order_by("name", "kind"))
        self.sector_keys = self._index(self.sectors, lambda sector: [sector.name])
        self.movement_keys = self._index(self.movements, lambda movement: [movement.name])
        self.place_keys = self._index(self.places, lambda place: [place.name, place.full_name])

    @staticmethod
    def _index(terms, spellings):
        index = {}
        for term in terms:
            for spelling in spellings(term):
                found = index.setdefault(match_key(spelling), [])
                if term not in found:
                    found.append(term)
        return index

    def place_names(self):
        return [place.full_name for place in self.places]


def column_guide(vocabulary):
    """What each column holds, for the template's instructions and the import page."""
    allowed = {
        "subject_type": ", ".join(vocabulary.subject_type_labels.values()),
        "sectors": gettext("See the list below"),
        "movements": gettext("See the list below"),
        "place": gettext("See the list below"),
    }
    return [{"letter": get_column_letter(number), "header": column.header,
             "required": gettext("Yes") if column.required else gettext("No"),
             "allowed": allowed.get(column.key, ""),
             "max_length": column.max_length or "", "note": str(column.note)}
            for number, column in enumerate(COLUMNS, start=1)]


def value_lists(vocabulary):
    """(column header, allowed values) for the columns that take listed values."""
    return [
        (COLUMN_BY_KEY["subject_type"].header, list(vocabulary.subject_type_labels.values())),
        (COLUMN_BY_KEY["sectors"].header, [sector.name for sector in vocabulary.sectors]),
        (COLUMN_BY_KEY["movements"].header,
         [movement.name for movement in vocabulary.movements]),
        (COLUMN_BY_KEY["place"].header, vocabulary.place_names()),
    ]


def guide_notes():
    return [
        gettext("One row per exemplar, below the header row. Keep the header row; the "
                "columns may be in any order and other columns (such as “STT”) are ignored."),
        gettext("Values are matched ignoring upper and lower case, diacritics and extra "
                "spaces. Separate several sectors or movements with “;”."),
        gettext("At most %(rows)s introductions and %(size)s MB per file, within the first "
                "%(sheet_rows)s rows of the first sheet, saved as “Excel Workbook (.xlsx)” "
                "or “CSV UTF-8”. A cell holds at most %(cell)s characters.") % {
            "rows": MAX_ROWS, "size": MAX_FILE_SIZE // 2**20, "sheet_rows": SHEET_ROWS_READ,
            "cell": MAX_CELL_LENGTH},
        gettext("The unit, year and quarter are chosen on the import page. People the unit "
                "has already introduced for that quarter are skipped: importing the same "
                "file again creates no duplicates."),
    ]
