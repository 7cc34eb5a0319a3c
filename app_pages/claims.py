"""Claims and denials: each contested claim beside the events that answer it, a page at a time; disputed
figures by source."""

import pandas as pd
import streamlit as st

import ui
from events.query.disputes import ClaimAnswers, DisputedFigure, figure_in_words, figure_sentence
from events.query.filters import Filters
from events.query.frames import TableQuery
from events.query.labels import OUTLETS_IN_A_LINE, outlet_shown, outlets_line, split_outlets
from ui import picks
from ui.data import data_version


# Shared by every session as they are (frozen items; a data cache would unpickle a copy on every run).
@st.cache_resource(show_spinner=False, max_entries=8)
def _disputes(
    version: str, filters: Filters, _query: TableQuery
) -> tuple[tuple[ClaimAnswers, ...], tuple[DisputedFigure, ...]]:
    del version  # part of the cache key: every write of the tables changes it
    return tuple(_query.claims_answered(filters)), tuple(_query.disputed(filters))


query = ui.table_query()
state = ui.current_state()
pairs, disputes = _disputes(data_version(), state.filters, query)

st.title("Claims and denials")
if not pairs:
    st.info("No contested or answered claims among the filtered events.")
else:
    # Said once: a denial answering two claims stood twice on the page, read as two denials.
    claims = "claim" if len(pairs) == 1 else "claims"
    st.caption(
        f"{len(pairs):,} {claims} among the filtered events, each (left) beside the denials or answers "
        "that reply to it (right): a denial that answers several claims stands beside each of them."
    )
first = picks.page_control(
    len(pairs), picks.CARDS_PAGE, "w:claims:page", "claims", linked=True, view_key="claims_page"
)
page = pairs[first : first + picks.CARDS_PAGE]
# The rows these cards read: their events (not the whole table).
cards = query.event_tables({pair.claim for pair in page} | {a for pair in page for a in pair.answers})
for pair in page:
    claim_column, answer_column = st.columns(2)
    with claim_column:
        ui.event_card(cards, pair.claim, state)
    with answer_column:
        for answer in pair.answers:
            ui.event_card(cards, answer, state)
        if not pair.answers:
            st.caption("No denial or answer recorded.")

st.header("Disputed figures", anchor=False)
if not disputes:
    st.info("No event among the filtered ones has sources giving different figures.")
first = picks.page_control(
    len(disputes),
    picks.CARDS_PAGE,
    "w:claims:figures-page",
    "disputed figures",
    linked=True,
    view_key="figures_page",
)
shown_disputes = disputes[first : first + picks.CARDS_PAGE]
named = query.event_tables({d.event_id for d in shown_disputes})
titles = dict(zip(named.events["event_id"], named.events["title"], strict=True))
for dispute in shown_disputes:
    # Which figure, from which sources, in plain words: a figure alone ("6 percent") says nothing of
    # what it counts, so each stands in its sentence.
    # Each article once, its outlet counted ("Tide Post (2)": two of its reports, not one outlet against
    # itself); articles of no named outlet counted, not listed by file name. A heading names half as many
    # as a card's line.
    outlet_of = {v.article: v.outlet for v in dispute.values}
    outlets = outlets_line(*split_outlets(list(outlet_of), outlet_of), OUTLETS_IN_A_LINE // 2)
    st.markdown(
        f"**Sources differ on {figure_in_words(dispute.kind)}** in "
        f"“{ui.md(titles.get(dispute.event_id, dispute.event_id))}”: {ui.md(outlets)}"
    )
    st.dataframe(
        pd.DataFrame(
            {
                "Source": [outlet_shown(v.outlet, v.article) for v in dispute.values],
                "Figure": [v.text for v in dispute.values],
                "In its sentence": [
                    figure_sentence(named.mentions, dispute.event_id, v) for v in dispute.values
                ],
            }
        ),
        hide_index=True,
        column_config={"In its sentence": st.column_config.TextColumn(width="large")},
    )
    st.page_link(
        "app_pages/event.py",
        label="The event, with every source sentence",
        icon=":material/info:",
        query_params=ui.link_params(state, "event", event=dispute.event_id),
    )
