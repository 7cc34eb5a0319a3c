"""Data versions in the dashboard: the notice on a link pinned to older data, and choosing versions."""

from __future__ import annotations

import streamlit as st

from events.query.views import State
from events.store import tables_version
from events.store.generations import KEEP_GENERATIONS, Version
from ui.data import data_dir, data_version, versions
from ui.render import md
from ui.state import update_view


def version_label(version: Version) -> str:
    """ "1 Dec 2026 16:01 UTC · added nbc.txt" """
    when = version.written.replace("T", " ").removesuffix("Z")[:16]
    return f"{when} UTC · {version.label or 'build'}"


def version_notice(state: State) -> None:
    """On a link pinned to older data: say so, say what is newer, and offer to switch."""
    pinned = state.view.v
    current = tables_version(data_dir())
    if not pinned or pinned == current:
        return
    kept = {v.generation: v for v in versions()}
    if data_version() != pinned or pinned not in kept:
        st.warning(
            f"This link was made on a data version that is no longer kept (the last {KEEP_GENERATIONS} "
            "are); you are seeing the current data.",
            icon=":material/history:",
        )
        return
    # Newest first, by their names (stamped to the microsecond): a version written in the same second
    # as the pinned one is newer all the same.
    listed = [v.generation for v in versions()]
    newer = versions()[: listed.index(pinned)]
    with st.container(border=True, key="version-notice"):
        st.markdown(
            f":material/history: **You are seeing the data as of {md(version_label(kept[pinned]))}**, "
            f"as the link was shared. Newer data exists: {len(newer)} later version(s), the latest "
            f"{md(version_label(newer[0]))}."
            if newer
            else f"You are seeing the data as of {md(version_label(kept[pinned]))}."
        )
        left, right = st.columns([1, 1])
        with left:
            st.button(
                "Switch to the latest data",
                icon=":material/update:",
                on_click=update_view,
                kwargs={"v": ""},
                key="w:version:latest",
            )
        with right:
            st.page_link(
                "app_pages/since.py",
                label="What changed since then",
                icon=":material/difference:",
                query_params={"since": pinned},
            )
