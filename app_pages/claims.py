"""Claims and denials: each contested claim beside the events that answer it; disputed figures by source."""

import pandas as pd
import streamlit as st

import ui
from events.query.disputes import claims_with_answers, disputed_figures
from events.query.filters import apply_filters

tables = ui.load_tables()
state = ui.current_state()
shown = apply_filters(tables, state.filters)
titles = dict(zip(tables.events["event_id"], tables.events["title"], strict=True))

st.title("Claims and denials")
pairs = claims_with_answers(shown.events)
if not pairs:
    st.info("No contested or answered claims among the filtered events.")
for pair in pairs:
    claim_column, answer_column = st.columns(2)
    with claim_column:
        ui.event_card(tables, pair.claim, state)
    with answer_column:
        for answer in pair.answers:
            ui.event_card(tables, answer, state)
        if not pair.answers:
            st.caption("No denial or answer recorded.")

st.header("Disputed figures", anchor=False)
disputes = disputed_figures(shown)
if not disputes:
    st.info("No event among the filtered ones has sources giving different figures.")
for dispute in disputes:
    st.markdown(f"**{ui.md(titles[dispute.event_id])}**: {ui.md(dispute.kind)}")
    st.dataframe(
        pd.DataFrame(
            {"Source": [v.outlet for v in dispute.values], "Figure": [v.text for v in dispute.values]}
        ),
        hide_index=True,
    )
