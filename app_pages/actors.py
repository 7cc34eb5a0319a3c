"""Actors and countries: who and where over time, and who with where; picking one filters by it."""

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

import ui
from events.query.figures import facet_time_figure, pairs_figure
from events.query.filters import Filters
from events.query.frames import TableQuery
from events.query.labels import country_label
from ui import picks
from ui.data import data_version
from ui.timeline import story_frame

FACETS = (("actor", "Events per actor"), ("country", "Events per country"))


@st.cache_data(show_spinner=False, max_entries=8)
def _figures(
    version: str, filters: Filters, _query: TableQuery
) -> tuple[int, dict[str, pd.Series], dict[str, go.Figure]]:
    """How many events, the counts per actor and country and the three charts: made once per data
    version and filters for every reader (over a big table, counted over its coded columns)."""
    del version  # part of the cache key: every write of the tables changes it
    found = _query.actor_counts(filters)
    figures = {facet: facet_time_figure(found.over_time[facet], facet) for facet, _ in FACETS}
    figures["pair"] = pairs_figure(found.pairs)
    return found.total, found.counts, figures


def _open_on_story(figure: go.Figure, state_filters: Filters) -> None:
    """Widen the chart's opening dates to cover the timeline's story dates: the densest stretch of events
    can leave out the story's first days (one day reported by dozens of articles, then a year of
    follow-ups), and a researcher who picked an actor would not see the day the story is about."""
    frame = story_frame(state_filters)
    shown = figure.layout.xaxis.range
    if frame is None or not shown:
        return
    # Padded as the densest stretch is: a month's bubble sits on the month's first day, before the story's.
    pad = dt.timedelta(days=max(1, round((frame.view.end - frame.view.start).days * 0.1)))
    start = min(str(shown[0])[:10], (frame.view.start - pad).isoformat())
    end = max(str(shown[1])[:10], (frame.view.end + pad + dt.timedelta(days=1)).isoformat())
    figure.update_xaxes(range=[start, end])


state = ui.current_state()
total, counts, figures = _figures(data_version(), state.filters, ui.table_query())
for facet, _ in FACETS:
    _open_on_story(figures[facet], state.filters)

st.title("Actors and countries")
if total == 0:
    st.info("No events match the filters.", icon=":material/filter_alt_off:")
    st.stop()
# One count on the whole page, said once: the pills, the chart's rows and their bubbles all give it.
st.caption(
    f"Each count is the number of the {total:,} filtered events that name the actor or country, "
    "background events included (an event naming two actors counts once for each): the same number "
    "on its pill, on its chart row and in its bubbles added up. Picking one filters by it."
)
for facet, heading in FACETS:
    st.subheader(heading, anchor=False)
    if facet == "country" and state.filters.named_countries_only:
        st.caption("Only the countries the reports name: none inferred from where a report is set.")
    picks.facet_pills(facet, counts[facet], state, country_label if facet == "country" else str)
    st.caption(
        "Over time: the rows most named in the story's busiest stretch; the chart opens on that stretch "
        "and the timeline's story dates (double-click it to see all dates, background events too); each "
        "bubble, that row's events in one period."
    )
    picks.pick_chart(figures[facet], f"over-time:{facet}", facet)
st.subheader("Actors together with countries", anchor=False)
st.caption("Bubble size: events naming both. Click a bubble to filter by that actor and country.")
picks.pick_chart(figures["pair"], "cooccurrence", "pair")
