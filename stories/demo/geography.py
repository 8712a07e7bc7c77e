"""Demo places and units (``data/places.yaml``): a province after the 2025 reorganisation,
the province and districts it absorbed, and the old communes merged into today's."""

from stories.demo.content import read
from stories.models import Place, Unit


def load_places():
    """Create the places (by name, kind and parent) and return them by key."""
    data = read("places")
    places = {}
    for key, place in data["current"].items():
        places[key], _ = Place.objects.get_or_create(
            kind=place["kind"], name=place["name"], parent=places.get(place["parent"]),
            defaults={"code": place["code"],
                      "valid_from": data["founded"] if place["kind"] != "tinh" else None},
        )
    for key, place in data["former"].items():
        places[key], _ = Place.objects.get_or_create(
            kind=place["kind"], name=place["name"], parent=places.get(place["parent"]),
            defaults={"valid_to": data["merged"], "successor": places.get(place["successor"])},
        )
    return places


def units():
    """The demo's units as written: {key: {"name", "kind", "place"}}."""
    return read("places")["units"]


def load_units(places):
    created = {}
    for key, unit in units().items():
        created[key], _ = Unit.objects.get_or_create(
            name=unit["name"], defaults={"kind": unit["kind"], "place": places[unit["place"]]})
    return created
