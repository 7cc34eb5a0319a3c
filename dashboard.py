"""Entry point (`streamlit run dashboard.py`): page set-up, the shared sidebar and the page menu."""

import os
import sys
import time
from pathlib import Path

import streamlit as st

import ui

_began, _began_cpu = time.perf_counter(), time.thread_time()

# One line per page.
PAGES = [
    st.Page("app_pages/timeline.py", title="Timeline", icon=":material/timeline:", default=True),
    st.Page("app_pages/event.py", title="Event", icon=":material/info:", url_path="event"),
    st.Page(
        "app_pages/chronology.py", title="Chronology", icon=":material/view_list:", url_path="chronology"
    ),
    st.Page("app_pages/article.py", title="Article", icon=":material/article:", url_path="article"),
    st.Page("app_pages/actors.py", title="Actors & countries", icon=":material/groups:", url_path="actors"),
    st.Page("app_pages/claims.py", title="Claims & denials", icon=":material/forum:", url_path="claims"),
    st.Page("app_pages/exports.py", title="Exports", icon=":material/download:", url_path="exports"),
    st.Page("app_pages/add.py", title="Add articles", icon=":material/post_add:", url_path="add"),
    st.Page("app_pages/curate.py", title="Curate", icon=":material/edit_note:", url_path="curate"),
    st.Page("app_pages/review.py", title="Review queue", icon=":material/fact_check:", url_path="review"),
    st.Page(
        "app_pages/since.py", title="Since the last briefing", icon=":material/difference:", url_path="since"
    ),
]

# The tab icon is a file of ours: a ":material/...:" page icon is fetched from fonts.gstatic.com on every
# page load, and the dashboard must work (and leak nothing) on a network with no way out.
ICON = str(Path(__file__).parent / "ui" / "timeline-icon.svg")
st.set_page_config(page_title="News timeline", page_icon=ICON, layout="wide")
page = st.navigation(PAGES)
ui.shared_frame(page.url_path)
# The timeline draws its sidebar after itself, so that its chart's element reaches the browser first and
# the chart's code (the largest download) starts loading sooner. Only a page that never calls st.stop()
# may do so: a sidebar drawn after st.stop() would not be drawn at all.
sidebar_last = page.url_path == ""
if not sidebar_last:
    ui.shared_sidebar(page.url_path)
page.run()
if sidebar_last:
    ui.shared_sidebar(page.url_path)
ui.warm_up()
if os.environ.get("NEWS_TIMELINE_TIMING"):  # benchmarks/dashboard_browser.py reads these lines
    print(
        f"rerun {page.url_path or 'timeline'} {(time.perf_counter() - _began) * 1000:.1f} ms"
        f" cpu {(time.thread_time() - _began_cpu) * 1000:.1f} ms",  # the script's own CPU, whatever the load
        file=sys.stderr,
    )
