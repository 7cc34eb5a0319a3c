"""Review queue: the extractions most likely wrong first; accept, fix, merge or reject each in one step."""

import streamlit as st

import ui
from ui import curation, picks, review

query = ui.table_query()
state = ui.current_state()

st.title("Review queue")
curation.damaged_log_note()
curation.name_input()
curation.show_messages(query, state)
size = review.PAGE_SIZE
queue = review.queue_page(state.filters, (max(state.view.page, 1) - 1) * size)
if queue is None:
    st.info(
        "The review queue is being ranked (the better part of a minute at a million events); this page "
        "shows it when it is ready.",
        icon=":material/hourglass_top:",
    )
    review.rerun_when_ranked()
    st.stop()
if not queue.waiting:
    st.success("Nothing waits for review among the events the filters show.", icon=":material/task_alt:")
else:
    st.caption(
        f"{queue.waiting:,} events wait for review (of those the filters show), the most doubtful first. "
        "Keys for the top card: A accept, D reject, M merge with its likely twin. Every decision is a "
        "correction: it survives rebuilds, and Curate can undo it."
    )
    offset = picks.page_control(queue.waiting, size, "w:review:page", "events", linked=True)
    if offset != (max(state.view.page, 1) - 1) * size:  # a link's page past the end: its last page
        queue = review.queue_page(state.filters, offset)
    page = queue.first if queue is not None else ()
    cards = review.card_tables(query, page)
    for position, item in enumerate(page):
        review.review_card(cards, item, state, first=position == 0)
