"""Article view: one article with the sentences of its (filtered) events highlighted; the cited one first."""

import streamlit as st

import ui
from events.query.filters import apply_filters
from ui import article as view_article

query = ui.table_query()
sources = query.sources()
state = ui.current_state()
view = state.view

st.title("Article")
view_article.article_picker(sources, view)
known = view.article in set(sources["article"])
text = ui.article_text(view.article) if known else None
if not view.article:
    st.caption("Choose an article above to read it with the sentences its events come from marked.")
if known and text is None:
    looked = " or ".join(f"`{folder}`" for folder in ui.article_folders())
    st.error(f"The article's file cannot be read: looked for it in {looked}.")
if text is not None:
    view_article.article_header(sources[sources["article"] == view.article].iloc[0])
    # Only this article's rows: each filter reads an event, its mentions and the sources, so filtering
    # the events this article reports gives what filtering the whole table would.
    mine = query.article_tables(view.article)
    everything = mine.mentions[mine.mentions["article"] == view.article]
    reported = mine.events
    shown = apply_filters(mine, state.filters)
    mentions = shown.mentions[shown.mentions["article"] == view.article].sort_values("start")
    cite = view.cite if view.cite and view.cite.end <= len(text) else None
    if cite is not None:
        titles = dict(zip(reported["event_id"], reported["title"], strict=True))
        view_article.cited_sentence(text, cite, everything, titles, state)
    view_article.article_body(text, mentions, mine, cite, state)
