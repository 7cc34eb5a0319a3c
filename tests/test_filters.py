"""Filters and view state: URL encoding both ways, notes on bad links, applying filters, facet counts."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import CAPTURE, CLAIM, DENIAL, DRONES, EVIL, HOSTILE, INVASION, KURSK, OFFENSIVE, SWAP

from events.query.filters import FILTER_KEYS, Filters, apply_filters, facet_counts, facet_options, has_any
from events.query.views import (
    DateRange,
    Span,
    State,
    View,
    from_query,
    normalise_query,
    step_events,
    to_query,
    widen_to,
)
from events.schema import Tables


def ids(tables: Tables) -> set[str]:
    return set(tables.events["event_id"])


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(start=dt.date(2025, 4, 8), end=dt.date(2025, 4, 9)),
        Filters(types=("denial", "claim")),
        Filters(actors=("Volodymyr Zelensky", "Lin Jian"), countries=("CHN",), locations=("Kyiv",)),
        Filters(outlets=("NBC News", "Newsmax (AP)")),
        Filters(query="passport & 'names'", min_sources=2, contested_only=True, include_background=False),
        Filters(actors=("Smith, John",)),  # commas stay inside one value
    ],
)
def test_filters_round_trip_through_the_url(filters: Filters) -> None:
    query = filters.to_query()
    assert Filters.from_query(query) == (filters, [])


def test_default_filters_write_no_parameters() -> None:
    assert Filters().to_query() == {}


def test_url_keys_are_written_in_a_fixed_order() -> None:
    query = Filters(query="x", types=("claim",), start=dt.date(2025, 4, 8)).to_query()
    assert list(query) == ["from", "type", "q"]
    assert set(query) <= set(FILTER_KEYS)


@pytest.mark.parametrize(
    ("params", "expected", "note"),
    [
        ({"from": "9 April"}, Filters(), "is not a date"),
        ({"type": ["claim", "rumour"]}, Filters(types=("claim",)), "“rumour” is not an event type"),
        ({"country": ["chn", "China"]}, Filters(countries=("CHN",)), "not a three-letter country code"),
        ({"min_sources": "two"}, Filters(), "not a whole number"),
        ({"min_sources": "0"}, Filters(), "not a whole number"),
        ({"contested": "maybe"}, Filters(), "is not 1 or 0"),
        ({"from": "2025-04-10", "to": "2025-04-08"}, Filters(), "“from” is after “to”"),
        ({"q": ["a", "b"]}, Filters(query="b"), "given more than once"),
        ({"utm_source": "mail"}, Filters(), "unknown link parameter “utm_source”"),
    ],
)
def test_malformed_parameters_are_dropped_with_a_note(
    params: dict[str, object], expected: Filters, note: str
) -> None:
    filters, notes = Filters.from_query(params)  # type: ignore[arg-type]
    assert filters == expected
    assert len(notes) == 1 and note in notes[0]


def test_a_query_string_reads_like_its_mapping() -> None:
    expected: tuple[Filters, list[str]] = (Filters(types=("claim", "denial"), countries=("CHN",)), [])
    assert Filters.from_query("?type=claim&type=denial&country=CHN") == expected
    assert from_query("type=claim&type=denial&country=CHN&order=newest")[0].view.order == "newest"


def test_view_keys_are_not_reported_as_unknown_by_the_filters() -> None:
    _, notes = Filters.from_query({"lanes": "country", "type": "claim"}, other_keys={"lanes"})
    assert notes == []


def test_an_overlong_search_is_cut_with_a_note() -> None:
    filters, notes = Filters.from_query({"q": "x" * 500})
    assert len(filters.query) == 200 and "cut" in notes[0]


def test_values_no_event_has_are_dropped_with_a_note(tables: Tables) -> None:
    filters, notes = Filters(actors=("Lin Jian", "Nobody")).keep_known(facet_options(tables))
    assert filters.actors == ("Lin Jian",)
    assert notes == ["No event has the actor “Nobody”; that choice was dropped."]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), {INVASION, KURSK, CAPTURE, CLAIM, DENIAL, SWAP, DRONES, OFFENSIVE, HOSTILE}),
        # The week-long offensive (7-13 Apr) overlaps 10 Apr; the range is inclusive at both ends.
        (Filters(start=dt.date(2025, 4, 10), end=dt.date(2025, 4, 10)), {DRONES, OFFENSIVE, HOSTILE}),
        (Filters(end=dt.date(2024, 12, 31)), {INVASION, KURSK}),
        (Filters(types=("claim", "denial")), {CLAIM, DENIAL}),
        (Filters(actors=("Lin Jian",)), {DENIAL}),
        # "Russia" is a whole item: it does not match inside "Russian" or other items.
        (Filters(actors=("Russia",)), {INVASION, DRONES, OFFENSIVE}),
        (Filters(countries=("IRN", "PRK")), {KURSK, DRONES}),
        (Filters(locations=("Donetsk",)), {CAPTURE}),
        (Filters(outlets=("Newsmax (AP)",)), {INVASION, CAPTURE, SWAP}),
        # An article without an outlet is named by its file.
        (
            Filters(
                outlets=(
                    EVIL.replace("evil", "none"),
                    "ukraine-claims-dozens-of-chinese-nationals-fighting-for-russia.txt",
                )
            ),
            {CLAIM, DENIAL},
        ),
        (Filters(query="GROUNDLESS"), {DENIAL}),  # in the title, any case
        (Filters(query="passport"), set()),
        (Filters(query="168 Chinese"), {CLAIM}),  # in a source sentence only
        (Filters(min_sources=3), {CAPTURE, CLAIM}),
        (Filters(contested_only=True), {CLAIM}),
        (Filters(include_background=False, types=("offensive", "deployment")), {OFFENSIVE}),
        (Filters(types=("claim",), countries=("IRN",)), set()),
    ],
)
def test_apply_filters_keeps_the_matching_events(
    tables: Tables, filters: Filters, expected: set[str]
) -> None:
    assert ids(apply_filters(tables, filters)) == expected


def test_apply_filters_keeps_only_the_mentions_and_sources_of_kept_events(tables: Tables) -> None:
    shown = apply_filters(tables, Filters(types=("attack",)))
    assert set(shown.mentions["event_id"]) == {DRONES}
    assert list(shown.sources["outlet"]) == ["NBC News"]


def test_facet_counts_say_how_many_events_each_option_would_leave(tables: Tables) -> None:
    counts = facet_counts(tables, Filters(types=("claim",), countries=("CHN",)))
    # A facet is counted without its own choice: denial stays countable while claim is chosen.
    assert counts.options["type"]["denial"] == 1
    assert counts.options["type"]["claim"] == 1
    assert counts.options["type"]["deployment"] == 0  # Kursk names no CHN
    # Other facets are counted under every current choice.
    assert counts.options["country"]["UKR"] == 1
    assert counts.options["actor"]["Lin Jian"] == 0
    assert counts.total == 1
    assert counts.contested == 1


def test_facet_counts_for_min_sources_and_flags(tables: Tables) -> None:
    counts = facet_counts(tables, Filters(include_background=False))
    assert counts.min_sources == {1: 7, 2: 4, 3: 2, 4: 1}
    assert counts.background == 2
    assert counts.options["country"]["PRK"] == 0


def test_has_any_matches_whole_items_only() -> None:
    import pandas as pd

    cells = pd.Series(["Russia;Ukraine", "Russian Federation", "", "Ukraine"])
    assert has_any(cells, ["Russia"]).tolist() == [True, False, False, False]


@pytest.mark.parametrize(
    "state",
    [
        State(),
        State(view=View(lanes="country", zoom=DateRange(dt.date(2025, 4, 7), dt.date(2025, 4, 11)))),
        State(Filters(types=("claim",)), View(event=CLAIM, present=True, step=3)),
    ],
)
def test_timeline_state_round_trips_through_the_url(state: State) -> None:
    query = to_query(state, "timeline")
    assert from_query(query) == (state, [])


def test_each_page_writes_only_its_own_view_keys() -> None:
    state = State(Filters(types=("claim",)), View(lanes="actor", event=CLAIM, order="newest"))
    assert to_query(state, "chronology") == {"type": ["claim"], "order": ["newest"]}
    assert to_query(state, "event") == {"type": ["claim"], "event": [CLAIM]}
    assert to_query(state, "curate") == {"type": ["claim"], "event": [CLAIM]}
    assert to_query(state, "add") == {"type": ["claim"]}
    article = State(view=View(article="a.txt", cite=Span(10, 42)))
    assert to_query(article, "article") == {"article": ["a.txt"], "cite": ["10-42"]}


@pytest.mark.parametrize(
    ("params", "note"),
    [
        ({"lanes": "colour"}, "not one of type, country, actor, outlet"),
        ({"zoom": "2025-04-11..2025-04-07"}, "ends before it starts"),
        ({"zoom": "last week"}, "not a range"),
        ({"event": "<script>"}, "not an event id"),
        ({"step": "-1"}, "not a step number"),
        ({"cite": "40-10"}, "not a character range"),
        ({"article": "../../etc/passwd"}, "not an article file name"),
        ({"order": "random"}, "not oldest or newest"),
    ],
)
def test_malformed_view_parameters_are_dropped_with_a_note(params: dict[str, str], note: str) -> None:
    state, notes = from_query(params)
    assert state == State()
    assert len(notes) == 1 and note in notes[0]


def test_normalise_query_treats_single_values_and_lists_alike() -> None:
    assert normalise_query({"type": "claim", "x": []}) == {"type": ["claim"]}


def test_the_presenter_view_widens_just_enough_to_show_the_current_event() -> None:
    view = DateRange(dt.date(2025, 4, 7), dt.date(2025, 4, 11))
    assert widen_to(view, dt.date(2025, 4, 8), dt.date(2025, 4, 8)) == view
    assert widen_to(view, dt.date(2025, 1, 1), dt.date(2025, 1, 31)) == DateRange(
        dt.date(2024, 12, 31), dt.date(2025, 4, 11)
    )
    assert widen_to(None, dt.date(2025, 4, 8), dt.date(2025, 4, 8)).start == dt.date(2025, 4, 7)


@pytest.mark.parametrize(("step", "expected"), [(0, (1, "a")), (2, (2, "b")), (9, (3, "c"))])
def test_presenter_steps_are_clamped_to_the_events_shown(step: int, expected: tuple[int, str]) -> None:
    assert step_events(["a", "b", "c"], step) == expected
    assert step_events([], step) == (1, "")


def test_a_link_naming_another_form_of_an_actor_opens_that_actor() -> None:
    # The table writes each actor once ("Amara Diallo" for "Diallo", "Northwind" for "Northwind PLC"): a
    # link made on an older build, or typed by hand, with the other form still opens the actor.
    known = {"actor": ["Amara Diallo", "Northwind", "Senate"]}
    filters, notes = Filters(actors=("Diallo", "Northwind PLC", "Senate", "Nobody")).keep_known(known)
    assert filters.actors == ("Amara Diallo", "Northwind", "Senate")
    assert "The actor “Diallo” is written “Amara Diallo” in this table." in notes
    assert "The actor “Northwind PLC” is written “Northwind” in this table." in notes
    assert any("“Nobody”" in note and "dropped" in note for note in notes)


def test_an_export_of_another_form_of_an_actor_takes_the_tables_form_and_drops_nothing() -> None:
    # (a saved query of "Diallo" exports Amara Diallo's events; one of "Nobody" stays empty, not everything)
    known = ["Amara Diallo", "Northwind"]
    filters, notes = Filters(actors=("Diallo", "Nobody")).actors_as_written(known)
    assert filters.actors == ("Amara Diallo", "Nobody")
    assert notes == ["The actor “Diallo” is written “Amara Diallo” in this table."]
    assert Filters(countries=("CHN",)).actors_as_written(known) == (Filters(countries=("CHN",)), [])
