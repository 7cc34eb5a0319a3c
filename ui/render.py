"""Drawing helpers shared by pages: page styles, notes, and the drill-down of one event.

Text from articles goes through `md` (escaped Markdown) or `events.query.marking.to_html` (escaped HTML with
our own highlight tags) and never through unsafe_allow_html unescaped.
"""

from __future__ import annotations

import gc
import re
import threading

import pandas as pd
import streamlit as st

from events.extract.quantities import parse_figure_cell
from events.query.disputes import differing_days, differing_days_line
from events.query.figures import TYPE_STYLES
from events.query.filters import outlet_labels
from events.query.frames import TableQuery
from events.query.labels import (
    CONTESTED_LABEL,
    EventRow,
    MentionRow,
    countries_label,
    day_label,
    event_rows,
    mention_rows,
    outlet_shown,
    outlets_line,
    published_label,
    sources_label,
    split_outlets,
)
from events.query.marking import escape_markdown, name_marks, sentence_marks, to_html
from events.query.views import Span, State
from events.schema import Tables, split_list
from events.store import DEFAULT_DATA
from ui.data import articles_built_from, data_dir
from ui.state import current_notes, link_params

_CSS = """
<style>
mark.hl-date{background:#F0E442;color:#000;padding:0 .1em;border-radius:.2em}
mark.hl-name{background:transparent;color:inherit;border-bottom:2px solid #0072B2}
mark.hl-event{background:#dbeaf6;color:#000;border-radius:.2em}
mark.hl-cited{background:#ffd7a8;color:#000;border-radius:.2em;outline:2px solid #D55E00}
.nt-text{white-space:pre-wrap;line-height:1.6;font-size:1rem}
.nt-quote{border-left:4px solid #999;padding:.1rem .8rem;margin:.2rem 0 .6rem 0;line-height:1.55}
.nt-badge{display:inline-block;font-size:.8rem;padding:0 .45rem;border-radius:.3rem;color:#fff}
.nt-status{display:inline-block;font-size:.8rem;padding:0 .45rem;border-radius:.3rem;border:1px solid #888}
.nt-status.nt-new{border-color:currentColor;font-weight:600}
/* A still placeholder while an element's code loads (plotly's, for a second or more on a new visit): the
   pulse has the browser redraw it every frame, CPU taken from the code it waits for. */
[data-testid="stSkeleton"],[data-testid="stSkeleton"] *{animation:none !important}
/* A link's label wraps: Streamlit cuts it at the column's edge, and a chronology line lost its end. */
[data-testid="stMain"] [data-testid="stPageLink"] :is(span,p,[data-testid="stMarkdownContainer"]){
  white-space:normal}
/* Half of Streamlit's 6rem above the title: on a 720 px high screen the timeline's lanes start higher. */
[data-testid="stMainBlockContainer"]{padding-top:3rem !important}
@media print{
  [data-testid="stSidebar"],[data-testid="stHeader"],[data-testid="stToolbar"],[data-testid="stSidebarNav"],
  [data-testid="stBaseButton-secondary"],[data-testid="stBaseButton-primary"],[data-testid="stDownloadButton"],
  [data-testid="stExpander"],[data-testid="stElementToolbar"],[data-testid="stButtonGroup"],
  [data-testid="stAlert"],[data-testid="stSelectbox"],[data-testid="stSlider"]{display:none !important}
  [data-testid="stMain"]{margin-left:0 !important}
  .block-container{padding-top:0 !important}
}
</style>
"""
_PRESENT_CSS = """
<style>
[data-testid="stSidebar"],[data-testid="stSidebarCollapsedControl"],[data-testid="stExpandSidebarButton"],
[data-testid="stHeader"],[data-testid="stToolbar"]{display:none !important}
[data-testid="stMain"] p,[data-testid="stMain"] li{font-size:1.45rem !important;line-height:1.5}
[data-testid="stMain"] h1{font-size:3rem !important}
[data-testid="stMain"] h2{font-size:2rem !important;padding:.2rem 0 !important}
[data-testid="stMainBlockContainer"]{padding-top:1.2rem !important}
.st-key-present-clicker{display:none !important}
.nt-quote{font-size:1.35rem}
</style>
"""


def _warm_and_settle() -> None:
    name_marks("In Paris, France.")
    # What the server holds from here on for good (modules, plotly's validators, the gazetteer's index)
    # leaves the garbage collector's full passes: each pass walked all of it, some 170 ms of CPU landing
    # on every few reruns (benchmarks/filter_change.py at a million events). Collected first, so that
    # nothing frozen is garbage.
    gc.collect()
    gc.freeze()


@st.cache_resource(show_spinner=False)
def _warm_names() -> threading.Thread:
    thread = threading.Thread(target=_warm_and_settle, name="warm-names", daemon=True)
    thread.start()
    return thread


def warm_up() -> None:
    """Build the gazetteer's name index (over a second, once per server) in the background after the
    first page has been sent, so that the first click on an event does not wait for it; then take what
    the server keeps out of the garbage collector's full passes."""
    _warm_names()


def md(text: str) -> str:
    """Article text for st.markdown/labels: every Markdown and Streamlit special character escaped."""
    return escape_markdown(text)


def inject_css(present: bool = False) -> None:
    st.html(_CSS + (_PRESENT_CSS if present else ""))


def show_notes() -> None:
    """What the last opened link contained that was ignored or read another way, in plain words."""
    notes = current_notes()
    if notes:
        # Not "not understood": most notes are of a link that was read, an actor in the form an older
        # build wrote it ("BP PLC" opens "BP"), a zoom past the table's dates, whose view is then shown.
        st.warning("This link was opened with some changes:\n\n" + "\n".join(f"- {md(n)}" for n in notes))


def type_badge(event_type: str) -> str:
    style = TYPE_STYLES.get(event_type, TYPE_STYLES["other"])
    text = "#000" if style.color in ("#F0E442", "#E69F00", "#56B4E9", "#999999") else "#fff"
    return f'<span class="nt-badge" style="background:{style.color};color:{text}">{event_type}</span>'


def event_link_params(state: State, event_id: str) -> dict[str, list[str]]:
    return link_params(state, "event", event=event_id)


def shown_outlets(sources: pd.DataFrame) -> dict[str, str]:
    """article -> its outlet as the drill-down and cards name it (`outlet_shown`); the filters' values
    stay `outlet_labels`' (a link's `outlet=` keeps meaning the same)."""
    return {article: outlet_shown(outlet, article) for article, outlet in outlet_labels(sources).items()}


def dates_differ(query: TableQuery, event_ids: set[str]) -> set[str]:
    """The events among `event_ids` (a page of them) whose sources date them to different days."""
    mentions = query.event_tables(event_ids).mentions if event_ids else pd.DataFrame()
    if mentions.empty:
        return set()
    return {
        str(event_id)
        for event_id, reports in mentions.groupby("event_id", sort=False)
        if differing_days(reports, {})
    }


def event_card(tables: Tables, event_id: str, state: State) -> None:
    """A compact box for one event: type, title, date, outlets, and a link to its drill-down."""
    rows = event_rows(tables.events[tables.events["event_id"] == event_id])
    if not rows:
        return
    event = rows[0]
    outlets = shown_outlets(tables.sources)
    with st.container(border=True):
        st.html(type_badge(event.event_type))
        st.markdown(f"**{md(event.title)}**")
        names = outlets_line(*split_outlets(split_list(event.sources), outlets))
        st.caption(md(f"{event.when} · {names}"))
        st.page_link(
            "app_pages/event.py",
            label="Sources and details",
            icon=":material/info:",
            query_params=link_params(state, "event", event=event_id),
        )


def stored_date_fix(article: str) -> str:
    """How a reader sets the day of a stored article (README, "sources.csv"): the dashboard has no form for
    it. Said for the data folder the app reads: on any other than data/, "data/sources.csv" and a bare
    `build` would send the reader to edit and rebuild another table than the one on the screen."""
    folder = data_dir()
    build = "python -m events build"
    if folder.resolve() != DEFAULT_DATA.resolve():
        build += f" --data {folder}"
    elsewhere = articles_built_from()
    if elsewhere is not None:
        # Built from another folder: a bare rebuild reads DATA/articles, which may not exist, and would
        # take the sources.csv beside those articles over the one edited here.
        build += f" --articles {elsewhere} --sources {folder / 'sources.csv'}"
    return (
        f"If you know the real date, set it: in {md(str(folder / 'sources.csv'))} write it as `published` "
        f"for {md(article)} with `published_basis` `given`, then rebuild the table (`{build}`)."
    )


_SOURCES_CSV_ADVICE = re.compile(r"[;,]\s*(?:give|set) `published`(?: in sources\.csv)?\s*$")


def inferred_date_text(published: object, evidence: str) -> str:
    """An inferred publication day said plainly, as Markdown: not given by the article, how it was worked
    out (sources.csv `published_evidence`: "inferred Tue 8 Apr 2025: 'Tuesday' → …"), and what hangs on it."""
    day = day_label(pd.Timestamp(str(published)))
    how = (
        re.sub(r"^inferred [^:]*: ", "", evidence.strip()) or "from the dates other articles give its events"
    )
    # The build's advice for the command line ("; set `published` in sources.csv"): every caller says
    # how to give the date where the reader is (the add page's date box, the drill-down's file to edit).
    how = _SOURCES_CSV_ADVICE.sub("", how)
    return (
        f"**Publication date inferred, not given: {day} is an estimate.** The article states no date of "
        f"its own. How it was inferred: {md(how)}. Its relative dates (“on Tuesday”, “yesterday”) are "
        "counted from this day, so they may be off too."
    )


def inferred_date_warning(source: pd.Series, set_it: str) -> None:
    """The warning for an article whose publication day was inferred (nothing for a given or read one);
    `set_it` says how the user can give the real date (Markdown)."""
    if str(source.get("published_basis", "")) != "inferred" or pd.isna(source.get("published")):
        return
    text = inferred_date_text(source["published"], str(source.get("published_evidence", "") or ""))
    st.warning(f"{text} {set_it}", icon=":material/event_busy:")


def _published(sources: pd.DataFrame, article: str) -> str:
    rows = sources[sources["article"] == article]
    if rows.empty:
        return "publication date unknown"
    return published_label(rows["published"].iloc[0], str(rows["published_basis"].iloc[0]))


def event_details(
    query: TableQuery, event_id: str, state: State, *, heading: bool = True, edited: bool = False
) -> None:
    """The drill-down of one event: what, when and why that date, who, where, figures, answers, sources.

    Read from the whole (unfiltered) tables, so that linked events and sources hidden by the filters are
    still shown; only this event's rows and its linked events' are read. `edited` marks an event an
    analyst has corrected.
    """
    tables = query.event_tables([event_id] if event_id else [])
    rows = event_rows(tables.events[tables.events["event_id"] == event_id])
    if not rows:
        st.info("That event is not in the table.")
        return
    event = rows[0]
    outlets = shown_outlets(tables.sources)
    if heading:
        st.subheader(md(event.title), anchor=False)
    badges = type_badge(event.event_type)
    if event.contested:
        badges += f' <span class="nt-badge" style="background:#D55E00">{CONTESTED_LABEL}</span>'
    if event.background:
        badges += ' <span class="nt-badge" style="background:#999999;color:#000">background</span>'
    if edited:
        badges += ' <span class="nt-badge" style="background:#0072B2">Edited by an analyst</span>'
    if event.reviewed:
        badges += ' <span class="nt-badge" style="background:#009E73">Reviewed</span>'
    st.html(badges)
    st.markdown(f"**When:** {md(event.when)} ({event.precision} precision)")
    if event.date_reason:
        st.caption(f"Why this date: {md(event.date_reason)}")
    mentions = tables.mentions[tables.mentions["event_id"] == event_id]
    differing = differing_days_line(differing_days(mentions, outlets))
    if differing:
        # Each source's own reading is under "Sources" below; this says at once that they are not one.
        st.warning(md(differing), icon=":material/event_busy:")
    facts = [
        ("Actors", ", ".join(md(a) for a in split_list(event.actors))),
        ("Countries", md(countries_label(split_list(event.countries), event.country_basis))),
        ("Places", ", ".join(md(p) for p in split_list(event.locations))),
    ]
    st.markdown(
        "  \n".join(f"**{name}:** {value}" for name, value in facts if value) or "No actors or places."
    )
    _figures(event, outlets)
    _linked(query, event, state)
    _sources(tables, event, outlets, state)


def _figures(event: EventRow, outlets: dict[str, str]) -> None:
    items = [parse_figure_cell(item) for item in split_list(event.figures)]
    if not items:
        return
    # One line per figure, not a box per figure in columns: beside the timeline the drill-down is 390 px
    # wide, and four columns there broke "About 50 people" into "Abou / t 50".
    lines = [
        f"- **{md(item.text)}** · {md(outlets.get(item.article, item.article or 'source not given'))}"
        for item in items
    ]
    st.markdown("**Figures** (each as its source gives it)\n\n" + "\n".join(lines))


def linked_heading(event_type: str) -> str:
    """What the linked events are to this one: a claim is answered, a denial answers."""
    return {"claim": "Answered by", "denial": "Answers these claims"}.get(
        event_type, "Linked claims and denials"
    )


def answer_out_of_order(event: EventRow, other: EventRow) -> str:
    """ " · ⚠ dated before the claim" when a denial is dated before the claim it is linked to: an answer
    comes on the claim's day or later, so the link (made by countries and a few days around) is to check."""
    pair = {event.event_type: event, other.event_type: other}
    claim, denial = pair.get("claim"), pair.get("denial")
    if claim is None or denial is None or len(pair) < 2 or denial.date >= claim.date:
        return ""
    return " · ⚠ the denial is dated before the claim: check this link"


def _linked(query: TableQuery, event: EventRow, state: State) -> None:
    """The claims or denials that answer this event, or that it answers (links go both ways)."""
    ids = set(split_list(event.linked)) | set(query.linked_to(event.event_id))
    ids.discard(event.event_id)
    if not ids:
        return
    st.markdown(f"**{linked_heading(event.event_type)}**")
    for row in event_rows(query.event_tables(ids).events.sort_values("date")):
        st.page_link(
            "app_pages/event.py",
            label=md(f"{row.event_type}: {row.title} ({row.when}){answer_out_of_order(event, row)}"),
            icon=":material/forum:",
            query_params=link_params(state, "event", event=row.event_id),
        )


def _sources(tables: Tables, event: EventRow, outlets: dict[str, str], state: State) -> None:
    mentions = mention_rows(tables.mentions[tables.mentions["event_id"] == event.event_id])
    by_article: dict[str, list[MentionRow]] = {}
    for mention in mentions:
        by_article.setdefault(mention.article, []).append(mention)
    counted = sources_label(len(by_article))
    if len(mentions) > len(by_article):
        counted += f", {len(mentions):,} sentences"
    st.markdown(f"**Sources** ({counted})")
    # One box per article, its sentences under one outlet line: a run of one voice's remarks joined
    # into one event showed 11 boxes of "BBC · published ..." under "1 source", read as 11 sources.
    for article, sentences in by_article.items():
        with st.container(border=True):
            outlet = outlets.get(article, article)
            st.markdown(f"**{md(outlet)}** · {md(_published(tables.sources, article))}")
            source = tables.sources[tables.sources["article"] == article]
            if len(source):
                inferred_date_warning(source.iloc[0], stored_date_fix(article))
            reason = ""
            for mention in sentences:
                marks = sentence_marks(mention.sentence, mention.date_text)
                st.html(f'<div class="nt-quote">{to_html(mention.sentence, marks)}</div>')
                if mention.date_reason and mention.date_reason != reason:
                    st.caption(f"Date: {md(mention.date_reason)}")
                reason = mention.date_reason
                st.page_link(
                    "app_pages/article.py",
                    label="Read it in the article",
                    icon=":material/article:",
                    query_params=link_params(
                        state, "article", article=mention.article, cite=Span(mention.start, mention.end)
                    ),
                )
