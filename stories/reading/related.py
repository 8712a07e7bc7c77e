"""Related reading at the end of a story or a profile.

Pages that share the same person come first, then the same place (or one merged into it,
or it into one), the same movement, the same sector, then more from the same column (for a
profile: the directory). Each relation is a bit of a score, heavier than all the weaker
ones together, so ordering by the score orders by the strongest relation, then by how
many others hold. Two queries (stories, profiles) whatever the site holds: the page's own
terms are subqueries, not lists read first.

The two queries are SQL written here, each built once per kind of page and then reused
with the page's own values as parameters: composed with the ORM on every view, they cost
twenty times more Python than the database spends running them, and more than the rest of
the page together (`make bench`, uncached story and profile). The tables and columns are
read from the models' `_meta`, so a renamed field or table still lines up; what the SQL
relies on of Wagtail (a page's `path`, `live`, its view restrictions) is checked by
`tests/stories/test_related_reading.py`, which runs on SQLite and PostgreSQL.

The models are looked up by name: their modules call this one.
"""

# Only table and column names from the models are interpolated; values are parameters.
# ruff: noqa: S608

import datetime
import functools
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.models import DateTimeField
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction

from stories.cards import EXEMPLAR, STORY, exemplar_cards, story_cards

RELATED_LIMIT = 6
WEIGHTS = {"person": 16, "place": 8, "movement": 4, "sector": 2, "column": 1}
STORY_REASONS = {
    "person": _("About the same person"),
    "place": _("From the same place"),
    "movement": _("In the same movement"),
    "sector": _("In the same field"),
    "column": _("More from this column"),
}
EXEMPLAR_REASONS = {**STORY_REASONS, "person": _("In the same story"),
                    "column": _("More exemplars")}


@dataclass(slots=True)
class RelatedItem:
    reason: str
    score: int
    story: object = None  # a StoryCard
    exemplar: object = None  # an ExemplarCard


def model(name):
    return apps.get_model("stories", name)


def _q(name):
    return connection.ops.quote_name(name)


def _column(model_class, name):
    return _q(model_class._meta.get_field(name).column)


def _table(model_class):
    return _q(model_class._meta.db_table)


class _Query:
    """One related-reading query: its SQL, with each parameter named in ``slots`` ("id":
    the page's own key, "live", "column": its column's path prefix, ("shown", n)), and
    the card columns it returns, then the score."""

    def __init__(self, target, source, shown):
        self.target, self.source, self.shown = model(target), model(source), shown
        self.slots = []
        self.joins = {}
        self.converters = []
        self.sql = self._build()

    def param(self, slot):
        self.slots.append(slot)
        return "%s"

    # The page's own terms, as subqueries on its key.

    def link(self, name):
        return _column(model("StoryExemplar"), name)

    def people_condition(self, column):
        """``column`` is one of the page's own people (for a profile: itself)."""
        if self.source is model("ExemplarPage"):
            return f"{column} = {self.param('id')}"
        return (f"{column} IN (SELECT {self.link('exemplar')} FROM "
                f"{_table(model('StoryExemplar'))} WHERE {self.link('story')} = "
                f"{self.param('id')})")

    def own_terms(self, relation):
        field = self.source._meta.get_field(relation)
        return (f"SELECT {_q(field.m2m_reverse_name())} FROM "
                f"{_q(field.remote_field.through._meta.db_table)} "
                f"WHERE {_q(field.m2m_column_name())} = {self.param('id')}")

    def own_places(self):
        if self.source is model("ExemplarPage"):
            return (f"SELECT {_column(self.source, 'place')} FROM {_table(self.source)} "
                    f"WHERE {_q(self.source._meta.pk.column)} = {self.param('id')}")
        return self.own_terms("places")

    def near_places(self):
        """The page's places and those merged into them or that they were merged into:
        an old commune's stories are its new commune's too."""
        place = model("Place")
        key, successor = _q(place._meta.pk.column), _column(place, "successor")
        return (f"SELECT {key} FROM {_table(place)} WHERE {key} IN ({self.own_places()})"
                f" OR {successor} IN ({self.own_places()})"
                f" OR {key} IN (SELECT {successor} FROM {_table(place)}"
                f" WHERE {key} IN ({self.own_places()}))")

    # What a candidate page shares with the page.

    def target_has(self, relation, terms):
        field = self.target._meta.get_field(relation)
        return (f"p.id IN (SELECT {_q(field.m2m_column_name())} FROM "
                f"{_q(field.remote_field.through._meta.db_table)} "
                f"WHERE {_q(field.m2m_reverse_name())} IN ({terms}))")

    def conditions(self):
        story, exemplar = model("StoryPage"), model("ExemplarPage")
        links = _table(model("StoryExemplar"))
        found = {}
        if self.target is story:
            found["person"] = (f"p.id IN (SELECT {self.link('story')} FROM {links} WHERE "
                               f"{self.people_condition(self.link('exemplar'))})")
            found["place"] = self.target_has("places", self.near_places())
        elif self.source is exemplar:
            found["person"] = (
                f"p.id IN (SELECT {self.link('exemplar')} FROM {links} WHERE "
                f"{self.link('story')} IN (SELECT {self.link('story')} FROM {links} "
                f"WHERE {self.link('exemplar')} = {self.param('id')}))")
        if self.target is exemplar:
            found["place"] = f"t.{_column(exemplar, 'place')} IN ({self.near_places()})"
        found["movement"] = self.target_has("movements", self.own_terms("movements"))
        found["sector"] = self.target_has("sectors", self.own_terms("sectors"))
        if self.target is self.source:
            found["column"] = f"p.{_column(Page, 'path')} LIKE {self.param('column')}"
        return found

    def exclusion(self):
        """The page itself, and what is shown above the related reading."""
        if self.target is self.source:
            return f"p.id <> {self.param('id')}"
        if self.target is model("ExemplarPage"):
            return f"NOT ({self.people_condition('p.id')})"
        if not self.shown:
            return "1 = 1"
        shown = ", ".join(self.param(("shown", n)) for n in range(self.shown))
        return f"p.id NOT IN ({shown})"

    def card_column(self, name):
        """The SQL for one of the card's columns ("title", "place__name"), joining the
        table it lives in."""
        if name == "pk":
            self.converters.append(False)
            return "p.id"
        first, _sep, rest = name.partition("__")
        field = self.target._meta.get_field(first)
        owner = "p" if field.model._meta.concrete_model is Page else "t"
        if not rest:
            self.converters.append(isinstance(field, DateTimeField))
            return f"{owner}.{_q(field.column)}"
        related = field.related_model
        alias = f"j_{first}"
        self.joins[alias] = (f"LEFT JOIN {_table(related)} {alias} ON {alias}."
                             f"{_q(field.target_field.column)} = {owner}.{_q(field.column)}")
        self.converters.append(False)
        return f"{alias}.{_column(related, rest)}"

    def _build(self):
        kind = STORY if self.target is model("StoryPage") else EXEMPLAR
        columns = [f"{self.card_column(name)} AS c{n}"
                   for n, name in enumerate(kind.all_columns())]
        names = ", ".join(f"c{n}" for n in range(len(columns)))
        score = " + ".join(f"CASE WHEN {condition} THEN {WEIGHTS[relation]} ELSE 0 END"
                           for relation, condition in self.conditions().items())
        page, restriction = _table(Page), _table(PageViewRestriction)
        path, live = _column(Page, "path"), _column(Page, "live")
        restricted = (f"SELECT 1 FROM {restriction} r JOIN {page} rp ON rp.id = "
                      f"r.{_column(PageViewRestriction, 'page')} WHERE "
                      f"SUBSTR(p.{path}, 1, LENGTH(rp.{path})) = rp.{path}")
        published = _column(Page, "first_published_at")
        return (
            f"SELECT {names}, related_score FROM (SELECT {', '.join(columns)}, "
            f"p.{published} AS sort_published, ({score}) AS related_score "
            f"FROM {page} p JOIN {_table(self.target)} t ON "
            f"t.{_q(self.target._meta.pk.column)} = p.id {' '.join(self.joins.values())} "
            f"WHERE p.{live} = {self.param('live')} AND NOT EXISTS ({restricted}) "
            f"AND {self.exclusion()}) ranked WHERE related_score > 0 "
            f"ORDER BY related_score DESC, sort_published DESC, c0 DESC "
            f"LIMIT {RELATED_LIMIT}")

    def rows(self, values):
        params = [values[slot[0]][slot[1]] if isinstance(slot, tuple) else values[slot]
                  for slot in self.slots]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            found = cursor.fetchall()
        return [[_datetime(value) if is_datetime else value
                 for value, is_datetime in zip(row, [*self.converters, False], strict=True)]
                for row in found]


@functools.cache
def _query(target, source, shown=0):
    return _Query(target, source, shown)


def _datetime(value):
    """A datetime as the ORM gives it: SQLite hands the query's text back."""
    if isinstance(value, str):
        value = DateTimeField().to_python(value)
    if value is not None and settings.USE_TZ and timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


def _strongest(score):
    return next(relation for relation, weight in WEIGHTS.items() if score & weight)


def _merge(request, story_rows, exemplar_rows):
    """The best of both lists, alternating between them where the scores are equal."""
    items = []
    for card in story_cards(story_rows, request, ("related_score",)):
        score = card.extra["related_score"]
        items.append(RelatedItem(STORY_REASONS[_strongest(score)], score, story=card))
    exemplar_items = []
    for card in exemplar_cards(exemplar_rows, request, ("related_score",)):
        score = card.extra["related_score"]
        exemplar_items.append(
            RelatedItem(EXEMPLAR_REASONS[_strongest(score)], score, exemplar=card))
    alternating = [item for pair in zip(items, exemplar_items, strict=False) for item in pair]
    shorter = min(len(items), len(exemplar_items))
    alternating += items[shorter:] + exemplar_items[shorter:]
    return sorted(alternating, key=lambda item: -item.score)[:RELATED_LIMIT]


def _values(page, shown=()):
    parent_path = page.path[:-page.steplen]
    # Without a parent (never on this site's tree) no page is in the same column.
    return {"id": page.pk, "live": True, "shown": list(shown),
            "column": parent_path + "%" if parent_path else "-"}


def related_to_story(story, request):
    """What to read after ``story``; its own exemplars, shown above it, are left out."""
    values = _values(story)
    return _merge(request, _query("StoryPage", "StoryPage").rows(values),
                  _query("ExemplarPage", "StoryPage").rows(values))


def related_to_exemplar(exemplar, request, shown_story_ids=()):
    """What to read after a profile; the stories about it already shown are left out."""
    values = _values(exemplar, shown_story_ids)
    return _merge(request,
                  _query("StoryPage", "ExemplarPage", len(values["shown"])).rows(values),
                  _query("ExemplarPage", "ExemplarPage").rows(values))
