"""Related reading at the end of a story or a profile.

Pages that share the same person come first, then the same place (or one merged into it,
or it into one), the same movement, the same sector, then more from the same column (for a
profile: the directory). Each relation is a bit of a score, heavier than all the weaker
ones together, so ordering by the score orders by the strongest relation, then by how
many others hold. Two queries (stories, profiles) whatever the site holds: the page's own
terms are subqueries, not lists read first.

The models are looked up by name: their modules call this one.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext_lazy as _

from stories.cards import exemplar_cards, exemplar_rows, story_cards, story_rows
from stories.models.base import live_public

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


def nearby_places(places):
    """Primary keys of ``places`` (a subquery) and of the places merged into them or that
    they were merged into: an old commune's stories are its new commune's too."""
    return model("Place").objects.filter(
        Q(pk__in=places) | Q(successor__in=places) | Q(predecessors__in=places)).values("pk")


def _score(conditions):
    score = Value(0)
    for relation, condition in conditions.items():
        score = score + Case(When(condition, then=Value(WEIGHTS[relation])),
                             default=Value(0))
    return score


def _strongest(score):
    return next(relation for relation, weight in WEIGHTS.items() if score & weight)


def _ranked(queryset, conditions):
    return (queryset.annotate(related_score=_score(conditions)).filter(related_score__gt=0)
            .order_by("-related_score", "-first_published_at", "-pk")[:RELATED_LIMIT])


def _terms(story_ids, exemplar_ids, places):
    """Conditions on a story and on a profile for sharing a place, movement or sector
    with the stories ``story_ids`` or the profiles ``exemplar_ids`` (subqueries)."""
    story, exemplar = model("StoryPage"), model("ExemplarPage")
    shared = {}
    for relation, term in (("movement", model("Movement")), ("sector", model("Sector"))):
        terms = term.objects.filter(Q(stories__in=story_ids) | Q(exemplars__in=exemplar_ids))
        shared[relation] = terms.values("pk")
    near = nearby_places(places)
    on_story = {
        "place": Q(pk__in=story.objects.filter(places__in=near).values("pk")),
        "movement": Q(pk__in=story.objects.filter(movements__in=shared["movement"])
                      .values("pk")),
        "sector": Q(pk__in=story.objects.filter(sectors__in=shared["sector"]).values("pk")),
    }
    on_exemplar = {
        "place": Q(place__in=near),
        "movement": Q(pk__in=exemplar.objects.filter(movements__in=shared["movement"])
                      .values("pk")),
        "sector": Q(pk__in=exemplar.objects.filter(sectors__in=shared["sector"])
                    .values("pk")),
    }
    return on_story, on_exemplar


def _merge(request, stories, exemplars):
    """The best of both lists, alternating between them where the scores are equal."""
    items = []
    for card in story_cards(story_rows(stories, "related_score"), request,
                            ("related_score",)):
        score = card.extra["related_score"]
        items.append(RelatedItem(STORY_REASONS[_strongest(score)], score, story=card))
    exemplar_items = []
    for card in exemplar_cards(exemplar_rows(exemplars, "related_score"), request,
                               ("related_score",)):
        score = card.extra["related_score"]
        exemplar_items.append(
            RelatedItem(EXEMPLAR_REASONS[_strongest(score)], score, exemplar=card))
    alternating = [item for pair in zip(items, exemplar_items, strict=False) for item in pair]
    shorter = min(len(items), len(exemplar_items))
    alternating += items[shorter:] + exemplar_items[shorter:]
    return sorted(alternating, key=lambda item: -item.score)[:RELATED_LIMIT]


def related_to_story(story, request):
    """What to read after ``story``; its own exemplars, shown above it, are left out."""
    story_model, exemplar_model = model("StoryPage"), model("ExemplarPage")
    links = model("StoryExemplar").objects
    people = links.filter(story_id=story.pk).values("exemplar_id")
    places = model("Place").objects.filter(stories=story.pk).values("pk")
    on_story, on_exemplar = _terms(story_model.objects.filter(pk=story.pk).values("pk"),
                                   exemplar_model.objects.none().values("pk"), places)
    column_path = story.path[:-story.steplen]
    stories = _ranked(live_public(story_model.objects).exclude(pk=story.pk), {
        "person": Q(pk__in=links.filter(exemplar__in=people).values("story_id")),
        **on_story,
        "column": Q(path__startswith=column_path) if column_path else Q(pk__in=[]),
    })
    exemplars = _ranked(live_public(exemplar_model.objects).exclude(pk__in=people),
                        on_exemplar)
    return _merge(request, stories, exemplars)


def related_to_exemplar(exemplar, request, shown_story_ids=()):
    """What to read after a profile; the stories about it already shown are left out."""
    story_model, exemplar_model = model("StoryPage"), model("ExemplarPage")
    links = model("StoryExemplar").objects
    about = links.filter(exemplar_id=exemplar.pk).values("story_id")
    places = model("Place").objects.filter(pk=exemplar.place_id).values("pk")
    on_story, on_exemplar = _terms(story_model.objects.none().values("pk"),
                                   exemplar_model.objects.filter(pk=exemplar.pk).values("pk"),
                                   places)
    directory_path = exemplar.path[:-exemplar.steplen]
    stories = _ranked(live_public(story_model.objects).exclude(pk__in=list(shown_story_ids)),
                      {"person": Q(pk__in=about), **on_story})
    exemplars = _ranked(live_public(exemplar_model.objects).exclude(pk=exemplar.pk), {
        "person": Q(pk__in=links.filter(story__in=about).values("exemplar_id")),
        **on_exemplar,
        "column": Q(path__startswith=directory_path) if directory_path else Q(pk__in=[]),
    })
    return _merge(request, stories, exemplars)
