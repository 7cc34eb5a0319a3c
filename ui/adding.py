"""The add-articles page's parts: the inputs, a preview of the events each article yields, saving with
progress, and the report of what the last save added.

    inputs -> Draft (NewArticle items + fingerprint) --Preview--> Preview (kept in the session)
           --Save (only while the inputs still match the preview)--> AddReport, shown after a rerun

Article text reaches the page only through `md` (escaped Markdown) or `to_html` (escaped HTML), as in
the drill-down.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from events.errors import ArticlesElsewhere, DuplicateArticle, EventsError, PublicationDateError
from events.extract.corpus import MAX_ARTICLE_BYTES
from events.query.filters import outlet_labels
from events.query.frames import TableQuery
from events.query.labels import day_label, event_rows, mention_rows
from events.query.marking import sentence_marks, to_html
from events.query.views import State
from events.schema import Tables, split_list
from events.store.ingest import (
    ACCEPTED_SUFFIXES,
    AddReport,
    NewArticle,
    PreparedArticle,
    add_articles,
    copy_articles_in,
    parse_published,
    prepare_article,
    preview_article,
    yield_notes,
)
from ui.data import data_dir
from ui.render import inferred_date_warning, md, shown_outlets, stored_date_fix, type_badge
from ui.state import link_params

_ROUND = "news:add:round"  # bumped after a save, so that every input starts empty again
_PREVIEW = "news:add:preview"
_REPORT = "news:add:report"
_COPIED = "news:add:copied"  # what the copy of the table's articles did, shown once after its rerun
_HOW = {"paste": "Paste text", "upload": "Upload files"}
# How to give an article's date before it is saved (an inferred one is only an estimate).
TYPE_THE_DATE = "If you know the real date, type it under **Publication date** above and preview again."


@dataclass(frozen=True)
class Draft:
    """What the inputs hold now: the articles to add, a fingerprint of everything typed or uploaded,
    and why the typed publication date or URL cannot be used ("" if it can)."""

    items: tuple[NewArticle, ...]
    fingerprint: str
    date_problem: str = ""
    url_problem: str = ""


@dataclass(frozen=True)
class ArticlePreview:
    """One article's preview: the events it would yield (merged with the stored ones), or why not."""

    item: NewArticle
    prepared: PreparedArticle | None = None
    tables: Tables | None = None
    error: str = ""
    duplicate_of: str = ""


@dataclass(frozen=True)
class FolderRefusal:
    """Why no article can be added to this data folder as it stands (ArticlesElsewhere): said once for
    the whole add, not once per file, with where the table's articles are and how many, so that the page
    can offer to copy them in ("" when the folder itself lost them and there is nothing to copy)."""

    reason: str
    copy_from: str = ""
    copy_count: int = 0


@dataclass(frozen=True)
class Preview:
    fingerprint: str
    articles: tuple[ArticlePreview, ...]
    refusal: FolderRefusal | None = None

    @property
    def ready(self) -> tuple[NewArticle, ...]:
        if self.refusal is not None:
            return ()
        return tuple(a.item for a in self.articles if not a.error)


def _key(name: str) -> str:
    return f"w:add:{st.session_state.get(_ROUND, 0)}:{name}"


def article_inputs() -> Draft:
    """Paste box or file uploader, then outlet, publication date, title and URL."""
    how = st.segmented_control(
        "Article", list(_HOW), format_func=_HOW.__getitem__, default="paste", required=True, key=_key("how")
    )
    text: str | None = None
    files: list[tuple[str, bytes]] = []
    if how == "upload":
        uploads = st.file_uploader(
            f"Files ({', '.join(ACCEPTED_SUFFIXES)}; up to {MAX_ARTICLE_BYTES // 1_000_000} MB each)",
            type=[suffix.lstrip(".") for suffix in ACCEPTED_SUFFIXES],
            accept_multiple_files=True,
            max_upload_size=MAX_ARTICLE_BYTES // 1_000_000,
            key=_key("files"),
            help="HTML pages give their own title, date and site; scripts, menus and footers are dropped.",
        )
        files = [(upload.name, upload.getvalue()) for upload in uploads or []]
    else:
        text = st.text_area(
            "Article text",
            height=240,
            key=_key("text"),
            placeholder="Paste the article: its headline, then its text (plain text, Markdown or HTML).",
        )
    several = len(files) > 1
    left, right = st.columns(2)
    with left:
        outlet = st.text_input("Outlet (optional)", key=_key("outlet"), placeholder="e.g. Reuters")
        title = st.text_input(
            "Title (optional)",
            key=_key("title"),
            disabled=several,
            help="With several files, each takes its title from the file (or the page's own title).",
        )
    with right:
        published = st.text_input(
            "Publication date (optional)",
            key=_key("published"),
            placeholder="YYYY-MM-DD",
            help="Relative dates in the text (“on Tuesday”) are counted from it. Left empty, it is taken "
            "from the text or an HTML page; failing those it is inferred (an estimate, marked as such "
            "wherever the article is shown), so give it when you know it.",
        )
        date_problem = _date_problem(published)
        if date_problem:
            st.error(md(date_problem), icon=":material/event_busy:")
        url = st.text_input("URL (optional)", key=_key("url"), disabled=several, placeholder="https://…")
        url_problem = "" if several else _url_problem(url)
        if url_problem:
            st.error(md(url_problem), icon=":material/link_off:")
    if several:
        title = url = ""  # each file keeps its own
    if how == "upload":
        items = tuple(
            NewArticle(data=data, filename=name, outlet=outlet, title=title, url=url, published=published)
            for name, data in files
        )
    else:
        items = (NewArticle(text=text or "", outlet=outlet, title=title, url=url, published=published),)
    fingerprint = _fingerprint(how, text, files, [outlet, title, url, published])
    return Draft(items, fingerprint, date_problem, url_problem)


def _date_problem(typed: str) -> str:
    try:
        parse_published(typed)
    except PublicationDateError as error:
        return str(error)
    return ""


def _url_problem(typed: str) -> str:
    """Why a typed URL cannot be stored ("" if it can): the article page links only to a web address
    ("Open the original"), so anything else would be saved and then silently never shown."""
    url = typed.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        return (
            f"The URL '{url}' is not a web address: give it whole, starting with https:// or http:// "
            "(or leave it empty)."
        )
    return ""


def _fingerprint(how: str, text: str | None, files: Sequence[tuple[str, bytes]], fields: list[str]) -> str:
    digests = [(name, hashlib.sha256(data).hexdigest()) for name, data in files]
    body = json.dumps([how, text, digests, fields], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def preview_step(draft: Draft) -> Preview | None:
    """The Preview button; the preview of these very inputs (None before one is made, or once they change)."""
    copied = st.session_state.pop(_COPIED, None)
    if copied:
        st.success(md(copied), icon=":material/check:")
    if not draft.items:
        st.caption("Choose one or more files to add.")
    if st.button(
        "Preview the events",
        type="primary",
        icon=":material/visibility:",
        disabled=not draft.items or bool(draft.date_problem or draft.url_problem),
    ):
        st.session_state[_PREVIEW] = _make_preview(draft)
        st.session_state.pop(_REPORT, None)
    preview: Preview | None = st.session_state.get(_PREVIEW)
    if preview is None:
        return None
    if preview.fingerprint != draft.fingerprint:
        st.caption("The inputs changed since the last preview: preview again before saving.")
        return None
    return preview


def _make_preview(draft: Draft) -> Preview:
    folder = data_dir()
    bar = st.progress(0.0, text="Reading…") if len(draft.items) > 1 else None
    out = []
    for done, item in enumerate(draft.items):
        if bar is not None:
            bar.progress(
                done / len(draft.items), text=md(f"Reading {item.label} ({done + 1} of {len(draft.items)})")
            )
        try:
            prepared = prepare_article(item)
            out.append(ArticlePreview(item, prepared, preview_article(item, folder)))
        except DuplicateArticle as error:
            out.append(ArticlePreview(item, error=_sentence(error, item), duplicate_of=error.existing))
        except ArticlesElsewhere as error:
            # The data folder's state, the same for every file: said once, and the other files are not
            # read against a folder that would refuse them all.
            if bar is not None:
                bar.empty()
            return Preview(draft.fingerprint, tuple(ArticlePreview(i) for i in draft.items), _refusal(error))
        except EventsError as error:
            out.append(ArticlePreview(item, error=_sentence(error, item)))
    if bar is not None:
        bar.empty()
    return Preview(draft.fingerprint, tuple(out))


def _refusal(error: ArticlesElsewhere) -> FolderRefusal:
    if not error.source:  # the folder lost its own articles: the message's advice is the way out
        return FolderRefusal(str(error))
    # (the page's own button, just below, is the way to copy them in, not the command line)
    return FolderRefusal(
        f"{error.reason} Copy them in first with the button below.", error.source, error.count
    )


def _sentence(error: EventsError, item: NewArticle) -> str:
    """The message without the article's name (the preview's heading gives it), as a sentence."""
    text = str(error).removeprefix(f"{item.label}: ")
    return text[:1].upper() + text[1:]


def show_preview(preview: Preview, state: State) -> None:
    """Per article: what it will be stored as, the notes, and its events (new, or joining stored ones)."""
    if preview.refusal is not None:
        _folder_refusal(preview)
        return
    for article in preview.articles:
        with st.container(border=True):
            st.markdown(f"**{md(article.item.filename or 'Pasted text')}**")
            if article.error:
                st.error(md(article.error), icon=":material/block:")
                if article.duplicate_of:
                    _article_link(article.duplicate_of, state, "Open the stored article")
                continue
            assert article.prepared is not None and article.tables is not None
            _yield(article.prepared, article.tables)


def _folder_refusal(preview: Preview) -> None:
    """One refusal for the whole add, the files that wait for it, and the way out when there is one."""
    refusal = preview.refusal
    assert refusal is not None
    st.error(md(refusal.reason), icon=":material/block:")
    waiting = [article.item.filename or "the pasted text" for article in preview.articles]
    st.caption(md(f"Not previewed yet: {', '.join(waiting)}."))
    if refusal.copy_from:
        _copy_articles_step(refusal)


def _copy_articles_step(refusal: FolderRefusal) -> None:
    """When the table's articles are kept in the folder its build read, offer to copy them into the data
    folder: then the add can rebuild from there without losing any."""
    folder = data_dir()
    count = refusal.copy_count
    label = f"Copy the {count:,} article{'' if count == 1 else 's'} into this data folder"
    st.caption(
        md(f"From {refusal.copy_from} to {folder / 'articles'}; the folder you built from is not changed.")
    )
    if not st.button(label, icon=":material/content_copy:"):
        return
    with st.spinner(f"Copying {count:,} articles…"):
        try:
            copied = copy_articles_in(folder)
        except EventsError as error:
            st.error(md(str(error)), icon=":material/block:")
            return
    st.session_state.pop(_PREVIEW, None)
    st.session_state[_COPIED] = (
        f"Copied {copied:,} article{'' if copied == 1 else 's'} into {folder / 'articles'}: "
        "preview again to add."
    )
    st.rerun()


def _yield(prepared: PreparedArticle, tables: Tables) -> None:
    source = tables.sources[tables.sources["sha256"] == prepared.sha256]
    title = str(source["title"].iloc[0]) if len(source) else prepared.title
    published = "not given, nor found in the text"
    if len(source) and pd.notna(source["published"].iloc[0]):
        how = {"text": " (from the text)", "inferred": " (inferred: not in the article)"}.get(
            str(source["published_basis"].iloc[0]), ""
        )
        published = day_label(source["published"].iloc[0]) + how
    st.caption(
        md(f"Title: {title or 'none'} · outlet: {prepared.outlet or 'unknown'} · published: {published}")
    )
    if len(source):
        inferred_date_warning(source.iloc[0], TYPE_THE_DATE)
    events = yielded_events(tables, str(source["article"].iloc[0]) if len(source) else "")
    for note in [*prepared.notes, *yield_notes(prepared.n_dates, len(events))]:
        st.info(md(note), icon=":material/info:")
    if not events:
        return
    known = sum(1 for event in events if event.others)
    st.markdown(
        f"**{len(events)} event{'' if len(events) == 1 else 's'}**: {len(events) - known} new, "
        f"{known} already reported by stored articles (the reports are merged)"
    )
    for event in events:
        status = (
            '<span class="nt-status">already reported</span>'
            if event.others
            else '<span class="nt-status nt-new">new event</span>'
        )
        with st.container(border=True):
            st.html(f"{type_badge(event.event_type)} {status}")
            st.markdown(f"**{md(event.title)}** · {md(event.when)}")
            if event.others:
                st.caption(md(f"Joins the reports of {', '.join(event.others)}"))
            marks = sentence_marks(event.sentence, event.date_text)
            st.html(f'<div class="nt-quote">{to_html(event.sentence, marks)}</div>')


@dataclass(frozen=True)
class YieldedEvent:
    """An event a previewed article reports: new, or already reported by `others` (their outlets)."""

    event_id: str
    when: str
    event_type: str
    title: str
    others: tuple[str, ...]
    sentence: str  # the new article's sentence that reports it
    date_text: str


def yielded_events(tables: Tables, article: str) -> list[YieldedEvent]:
    """The events of a preview in date order, each with the new article's sentence and the other outlets."""
    outlets = shown_outlets(tables.sources)
    mentions = tables.mentions[tables.mentions["article"] == article].drop_duplicates("event_id")
    sentences = {row.event_id: row for row in mention_rows(mentions)}
    out = []
    for row in event_rows(tables.events.sort_values(["date", "event_id"])):
        mention = sentences.get(row.event_id)
        others = dict.fromkeys(outlets.get(a, a) for a in split_list(row.sources) if a != article)
        out.append(
            YieldedEvent(
                event_id=row.event_id,
                when=row.when,
                event_type=row.event_type,
                title=row.title,
                others=tuple(others),
                sentence=mention.sentence if mention else "",
                date_text=mention.date_text if mention else "",
            )
        )
    return out


def save_button(preview: Preview) -> None:
    """Save the articles that previewed well, with a progress bar; the report shows after a rerun."""
    ready = preview.ready
    if not ready:
        return
    label = "Save the article" if len(ready) == 1 else f"Save the {len(ready)} articles"
    if len(ready) < len(preview.articles):
        label += " that can be added"
    if not st.button(label, type="primary", icon=":material/save:"):
        return
    bar = st.progress(0.0, text="Saving…")

    def progress(done: int, total: int, what: str) -> None:
        bar.progress(min(done / total, 1.0) if total else 1.0, text=md(f"{what} ({done} of {total})"))

    try:
        report = add_articles(ready, data_dir(), progress=progress)
    except EventsError as error:
        bar.empty()
        st.error(md(str(error)))
        return
    st.session_state[_REPORT] = report
    st.session_state.pop(_PREVIEW, None)
    if report.added:
        st.session_state[_ROUND] = st.session_state.get(_ROUND, 0) + 1
    st.rerun()


def last_report(query: TableQuery, state: State) -> None:
    """What the last save did: each article's events (new, or merged with stored reports), duplicates,
    refusals; links go to the events' drill-downs."""
    report: AddReport | None = st.session_state.get(_REPORT)
    if report is None:
        return
    outlets = outlet_labels(query.sources())
    for added in report.added:
        new = added.n_events - added.n_shared
        events = f"{added.n_events} event{'' if added.n_events == 1 else 's'}"
        name = f"“{added.title}” ({added.label})" if added.title else added.label
        st.success(
            md(
                f"Saved {name} as {added.file}: {events}, {new} new and {added.n_shared} merged with events "
                "other articles report."
            ),
            icon=":material/check_circle:",
        )
        for note in added.notes:
            st.info(md(note), icon=":material/info:")
        stored = query.sources()
        stored = stored[stored["article"] == added.file]
        if len(stored):
            inferred_date_warning(stored.iloc[0], stored_date_fix(added.file))
        for row in event_rows(query.article_tables(added.file).events.sort_values("date")):
            others = [outlets.get(a, a) for a in split_list(row.sources) if a != added.file]
            status = f"joins {len(others)} other report{'' if len(others) == 1 else 's'}" if others else "new"
            st.page_link(
                "app_pages/event.py",
                label=md(f"{row.when} · {row.title} · {status}"),
                icon=":material/info:",
                query_params=link_params(state, "event", event=row.event_id),
            )
    for duplicate in report.duplicates:
        st.warning(md(f"{duplicate.label} was not saved: {duplicate.message}"))
        _article_link(duplicate.duplicate_of, state, "Open the stored article")
    for refused in report.refused:
        st.error(md(f"{refused.label} was not saved: {refused.message}"))
    for problem in report.problems:
        st.warning(md(problem))
    if report.added:
        st.page_link(
            "app_pages/timeline.py",
            label="See the timeline",
            icon=":material/timeline:",
            query_params=link_params(state, "timeline"),
        )
        st.divider()


def _article_link(article: str, state: State, label: str) -> None:
    st.page_link(
        "app_pages/article.py",
        label=md(f"{label}: {article}"),
        icon=":material/article:",
        query_params=link_params(state, "article", article=article, cite=None),
    )
