"""Actors and countries: who and where over time, and who with where; picking one filters by it."""

import streamlit as st

import ui
from events.query.figures import cooccurrence_figure, facet_over_time
from events.query.filters import apply_filters, facet_values
from events.query.labels import country_label
from ui import picks

tables = ui.load_tables()
state = ui.current_state()
shown = apply_filters(tables, state.filters)

st.title("Actors and countries")
if shown.events.empty:
    st.info("No events match the filters.")
    st.stop()
for facet, heading in (("actor", "Events per actor"), ("country", "Events per country")):
    st.subheader(heading, anchor=False)
    counts = facet_values(shown, facet).value_counts()
    picks.facet_pills(facet, counts, state, country_label if facet == "country" else str)
    picks.pick_chart(facet_over_time(shown, facet), f"over-time:{facet}", facet)
st.subheader("Actors together with countries", anchor=False)
st.caption("Bubble size: events naming both. Click a bubble to filter by that actor and country.")
picks.pick_chart(cooccurrence_figure(shown), "cooccurrence", "pair")
