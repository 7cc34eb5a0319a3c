"""The article view's parts: picking an article, its header, the cited sentence, and the marked-up text."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from events.query.labels import published_label
from events.query.marking import Mark, mention_marks, sentence_marks, to_html
from events.query.views import Span, State, View
from events.schema import Tables
from ui.picks import distinct_labels, page_control, search_box
from ui.render import inferred_date_warning, md, stored_date_fix
from ui.state import link_params, update_view

# Articles offered by one page of the picker.
ARTICLES_PAGE = 50


def article_picker(sources: pd.DataFrame, view: View) -> None:
    """A search over the articles (outlet, title or file name) and a select box of a page of those that
    match, newest first; the link's article stays a choice. The search and the page are in the link."""
    key = "w:view:article"
    find = search_box(
        f"{key}:find",
        "Find an article",
        "Words from its outlet, title or file name",
        f"{key}:page",
        linked=True,
    ).casefold()
    named = (
        sources["outlet"].astype("str") + " · " + sources["title"].astype("str") + " · " + sources["article"]
    )
    matching = sources[named.str.casefold().str.contains(find, regex=False)] if find else sources
    matching = matching.sort_values("published", ascending=False, kind="stable")
    if find and matching.empty:
        # Said, as the event lists say it: an empty select box alone reads as a table with no articles.
        st.caption(f"No article matches “{md(find)}”: the search reads outlets, titles and file names.")
    offset = page_control(len(matching), ARTICLES_PAGE, f"{key}:page", "articles", linked=True)
    page = matching.iloc[offset : offset + ARTICLES_PAGE]
    labels = {
        str(article): f"{outlet or article} · {title or article}"  # untitled: its file names it
        for article, outlet, title in zip(page["article"], page["outlet"], page["title"], strict=True)
    }
    if view.article and view.article not in labels:
        chosen = sources[sources["article"] == view.article]
        if len(chosen):
            outlet, title = chosen["outlet"].iloc[0], chosen["title"].iloc[0]
            labels[view.article] = f"{outlet or view.article} · {title or view.article}"
    labels = distinct_labels(labels)
    st.session_state[key] = view.article if view.article in labels else None
    st.selectbox(
        "Article",
        list(labels),
        key=key,
        format_func=lambda article: labels[article],
        placeholder="Choose an article…",
        on_change=lambda: update_view(article=st.session_state[key] or "", cite=None),
    )
    if view.article and view.article not in labels:
        st.warning(f"No article called {md(view.article)} in the table.")


def article_header(source: pd.Series) -> None:
    # The day's basis as the drill-down says it: an inferred date is not one the article gives.
    published = published_label(source["published"], str(source.get("published_basis", "")))
    outlet = str(source["outlet"] or "") or "Outlet not named"
    st.subheader(md(str(source["title"] or source["article"])), anchor=False)
    st.caption(md(f"{outlet} · {published} · {source['article']}"))
    inferred_date_warning(source, stored_date_fix(str(source["article"])))
    url = str(source["url"])
    if url.startswith(("https://", "http://")):  # never a javascript: or data: link
        st.link_button("Open the original", url, icon=":material/open_in_new:")


def cited_sentence(
    text: str, cite: Span, mentions: pd.DataFrame, titles: dict[str, str], state: State
) -> None:
    """The sentence a drill-down linked to, first, with its date words and names marked."""
    cited = mentions[(mentions["start"] == cite.start) & (mentions["end"] == cite.end)]
    sentence = text[cite.start : cite.end]
    date_text = str(cited["date_text"].iloc[0]) if len(cited) else ""
    with st.container(border=True):
        st.caption("Cited sentence")
        st.html(f'<div class="nt-quote">{to_html(sentence, sentence_marks(sentence, date_text))}</div>')
        for event_id in cited["event_id"]:
            st.page_link(
                "app_pages/event.py",
                label=md(f"Event: {titles.get(event_id, event_id)}"),
                icon=":material/info:",
                query_params=link_params(state, "event", event=event_id),
            )


def article_body(text: str, mentions: pd.DataFrame, tables: Tables, cite: Span | None, state: State) -> None:
    """The whole text, the sentences of the (filtered) events in it marked; hover a mark for its event."""
    events = tables.events
    labels = {
        str(event_id): f"{event_type}: {title}"
        for event_id, event_type, title in zip(
            events["event_id"], events["event_type"], events["title"], strict=True
        )
    }
    marks, stale = mention_marks(text, mentions, labels)
    if stale:
        st.warning(
            f"{stale} sentences no longer match the article's text; rebuild the table to place them again."
        )
    if cite is not None:
        marks.append(Mark(cite.start, cite.end, "cited", "the cited sentence"))
    count = f"{len(mentions)} sentence{'' if len(mentions) == 1 else 's'}"
    st.caption(
        f"{count} here report the events that match the filters (highlighted); hover one for its event."
    )
    st.html(f'<div class="nt-text">{to_html(text, marks)}</div>')
    with st.expander(f"Events reported in this article ({mentions['event_id'].nunique()})"):
        for event_id in mentions["event_id"].unique():
            st.page_link(
                "app_pages/event.py",
                label=md(labels.get(event_id, event_id)),
                query_params=link_params(state, "event", event=event_id),
            )
