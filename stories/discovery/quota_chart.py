"""The quota report's bar chart, drawn on the server as SVG (no JavaScript): per unit, one
bar a quarter against a line at the quota; `tracking_chart.html` draws what `chart()`
computes."""

from django.utils.translation import gettext

# Colours chosen for at least 3:1 against white (WCAG AA for graphics) and told apart
# by people with red-green colour blindness; text is near-black on white.
COLOUR_MET = "#1f5fa8"
COLOUR_BELOW = "#a64b00"
COLOUR_NOT_EXPECTED = "#5f6368"
COLOUR_TEXT = "#1a1a1a"
COLOUR_GRID = "#767676"

CHART_WIDTH = 760
NAME_WIDTH = 210
QUARTER_LABEL_WIDTH = 56
BAR_LEFT = NAME_WIDTH + QUARTER_LABEL_WIDTH
BAR_AREA = 400
BAR_HEIGHT = 14
BAR_GAP = 4
UNIT_GAP = 16
LEGEND_HEIGHT = 64
NAME_CHARS = 28


def _short(name):
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS - 1].rstrip() + "…"


def chart(report):
    """Geometry and words of the per-unit, per-quarter bar chart; tracking_chart.html
    draws it."""
    peak = max([1] + [max(q.introduced, q.quota) for row in report for q in row.by_quarter])
    scale = BAR_AREA / peak
    block = 4 * BAR_HEIGHT + 3 * BAR_GAP + UNIT_GAP
    units = []
    for index, row in enumerate(report):
        top = LEGEND_HEIGHT + index * block
        bars = []
        for position, count in enumerate(row.by_quarter):
            y = top + position * (BAR_HEIGHT + BAR_GAP)
            width = round(count.introduced * scale, 1)
            marker = round(count.quota * scale, 1) if count.quota else None
            if count.met is None:
                colour = COLOUR_NOT_EXPECTED
            else:
                colour = COLOUR_MET if count.met else COLOUR_BELOW
            bars.append({
                "label": gettext("Quarter %(quarter)s") % {"quarter": count.label},
                "y": y, "width": width, "colour": colour,
                # The figure goes after the bar or the quota line, whichever is further.
                "text_x": round(BAR_LEFT + max(width, marker or 0) + 6, 1),
                "text_y": y + BAR_HEIGHT - 3,
                "figure": (f"{count.introduced}/{count.quota}" if count.quota
                           else str(count.introduced)),
                "selected": count.quarter == report.quarter,
                "marker_x": None if marker is None else round(BAR_LEFT + marker, 1),
                "marker_top": y - 1, "marker_bottom": y + BAR_HEIGHT + 1,
            })
        units.append({"row": row, "name": _short(row.unit.name),
                      "name_y": top + (4 * BAR_HEIGHT + 3 * BAR_GAP) / 2 + 4, "bars": bars})
    height = LEGEND_HEIGHT + len(report) * block
    values = {"year": report.year}
    return {
        "width": CHART_WIDTH, "height": height, "units": units,
        "bar_left": BAR_LEFT, "bar_height": BAR_HEIGHT, "label_x": BAR_LEFT - 6,
        "axis_top": LEGEND_HEIGHT - 6, "axis_bottom": height - UNIT_GAP + 4,
        "title": gettext("Introductions against quota, by unit and quarter, %(year)s")
        % values,
        "description": gettext(
            "For each unit, four bars show the exemplars introduced in quarters I to IV "
            "of %(year)s, and a vertical line marks the quarter's quota. The figures "
            "after each bar are introduced/quota. Blue: quota met; orange: below quota; "
            "grey: nothing expected.") % values,
        "legend": [
            {"x": 0, "colour": COLOUR_MET, "text": gettext("Quota met")},
            {"x": 150, "colour": COLOUR_BELOW, "text": gettext("Below quota")},
            {"x": 300, "colour": COLOUR_NOT_EXPECTED, "text": gettext("Nothing expected")},
        ],
        "legend_marker": {"x": 470, "text": gettext("Quota")},
        "legend_figures": gettext("Figures: introduced/quota; the selected quarter in bold."),
        "colours": {"text": COLOUR_TEXT, "grid": COLOUR_GRID},
    }
