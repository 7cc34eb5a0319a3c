"""Add articles: paste or upload them, see the events each would yield, then save them into every view."""

import streamlit as st

import ui
from ui import adding

query = ui.table_query(missing_ok=True)
state = ui.current_state()

st.title("Add articles")
adding.last_report(query, state)
draft = adding.article_inputs()
preview = adding.preview_step(draft)
if preview is not None:
    adding.show_preview(preview, state)
    adding.save_button(preview)
