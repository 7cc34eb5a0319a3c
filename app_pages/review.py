"""Review queue: the extractions most likely wrong first; accept, fix, merge or reject each in one step."""

import streamlit as st

import ui
from ui import curation, review

query = ui.table_query()
state = ui.current_state()

st.title("Review queue")
curation.damaged_log_note()
curation.name_input()
curation.show_messages(query, state)
queue = review.queue_items(state.filters)
if not queue.waiting:
    st.success("Nothing waits for review among the events the filters show.", icon=":material/task_alt:")
else:
    st.caption(
        f"{queue.waiting} events wait for review (of those the filters show), the most doubtful first. "
        "Keys for the top card: A accept, D reject, M merge with its likely twin. Every decision is a "
        "correction: it survives rebuilds, and Curate can undo it."
    )
    page = queue.first[: review.PAGE_SIZE]
    cards = review.card_tables(query, page)
    for position, item in enumerate(page):
        review.review_card(cards, item, state, first=position == 0)
    if queue.waiting > review.PAGE_SIZE:
        st.caption(f"The next {queue.waiting - review.PAGE_SIZE} appear as these are decided.")
