"""Build the event table of a few one-paragraph reports, each with its own publication day and outlet,
for tests that read how a report's wording dates and merges what it tells."""

from __future__ import annotations

import datetime as dt

from events.engines.local import build_tables
from events.extract.clauses import second_subject_clause
from events.extract.corpus import Corpus, Sentence, SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.extract.triggers import SPEECH, TRIGGERS, possible_families


def report_mentions(text: str, published: dt.date, name: str = "own.txt", outlet: str = "") -> list[Mention]:
    """The mentions one report of our own yields, published on `published` (a final newline added, as an
    article read from a file ends)."""
    article = prepare_article(name, text.rstrip("\n") + "\n", SourceRow(published=published, outlet=outlet))
    return extract_mentions(article, load_gazetteer())


# Two dated opening sentences, so that a sentence under test is read as the body of a report, below its lead,
# where an undated sentence is not taken for the day's lead
BODY_OPENING = (
    "The electoral commission announced the results of the regional vote on Tuesday.\n\n"
    "Turnout was lower than at the last election, officials said on Wednesday.\n\n"
)


def opening(found: list[Mention], words: str) -> Mention:
    """The first mention whose sentence opens with `words` (the test fails when there is none)."""
    chosen = [m for m in found if m.sentence.text.startswith(words)]
    assert chosen, f"no mention of {words!r}"
    return chosen[0]


def body_mentions(sentence: str, published: dt.date) -> list[Mention]:
    """The mentions of one sentence read in the body of a report of our own, after `BODY_OPENING`."""
    text = BODY_OPENING + sentence + "\n"
    article = prepare_article("own.txt", text, SourceRow(published=published))
    return [m for m in extract_mentions(article, load_gazetteer()) if m.sentence.start >= len(BODY_OPENING)]


def body_kinds(sentence: str, published: dt.date) -> list[tuple[str, dt.date]]:
    """(type, day) of each mention `body_mentions` reads in `sentence`: what a test of a trigger asserts."""
    return [(m.event_type, m.date_start) for m in body_mentions(sentence, published)]


# A dated lead for sentences under test read below it, as the body of a report of our own
FLOOD_LEAD = "Floods swept through the northern province of Velora on Monday, officials said.\n\n"


def mentions_below_lead(sentence: str, published: dt.date, lead: str = FLOOD_LEAD) -> list[Mention]:
    """The mentions `sentence` makes below `lead` in a report published on `published` (all of them, when
    the sentence is read as several)."""
    article = prepare_article("own.txt", lead + sentence + "\n", SourceRow(published=published))
    return [m for m in extract_mentions(article, load_gazetteer()) if m.sentence.start >= len(lead)]


def types_below_lead(sentence: str, published: dt.date, lead: str = FLOOD_LEAD) -> list[str]:
    """The types of the mentions `sentence` makes below `lead` in a report published on `published`."""
    return [m.event_type for m in mentions_below_lead(sentence, published, lead)]


def build_reports(*reports: tuple[dt.date, str]) -> list[tuple[str, str, str, str, int]]:
    """(type, date, date_end, title, number of sources) of each event, sorted."""
    articles = tuple(
        prepare_article(f"own-{i}.txt", text + "\n", SourceRow(published=published, outlet=f"Outlet {i}"))
        for i, (published, text) in enumerate(reports)
    )
    events = build_tables(Corpus(articles=articles)).events
    return sorted(
        zip(
            events["event_type"],
            events["date"].dt.strftime("%Y-%m-%d"),
            events["date_end"].dt.strftime("%Y-%m-%d"),
            events["title"],
            events["n_sources"],
            strict=True,
        )
    )


MONDAY = dt.date(2026, 3, 9)


STORM_LEAD = "The storm flooded the coastal towns of the province on Tuesday, officials said."


def events_below_storm(text: str, published: dt.date = dt.date(2026, 3, 12)) -> list[tuple[str, str, str]]:
    """(type, day, title) of each event a report (Thursday 12 March 2026 unless told) makes of `text` below
    the storm's lead, the storm's own event left out."""
    return [
        (kind, day, title)
        for kind, day, _end, title, _n in build_reports((published, STORM_LEAD + "\n\n" + text))
        if not title.startswith("The storm flooded")
    ]


def build_monday_reports(*texts: str) -> list[tuple[str, str, int]]:
    """(type, date, number of sources) of each event of reports all published on one Monday, sorted."""
    articles = tuple(
        prepare_article(f"own-{i}.txt", text + "\n", SourceRow(published=MONDAY, outlet=f"Outlet {i}"))
        for i, text in enumerate(texts)
    )
    events = build_tables(Corpus(articles=articles)).events
    return sorted(
        zip(events["event_type"], events["date"].dt.strftime("%Y-%m-%d"), events["n_sources"], strict=True)
    )


SATURDAY = dt.date(2027, 5, 8)


def saturday_happenings(*texts: str) -> list[tuple[str, list[str]]]:
    """(type, first words of each report) of each event built from reports all published on one Saturday,
    each by an outlet of its own."""
    articles = tuple(
        prepare_article(f"own-{i}.txt", text + "\n", SourceRow(published=SATURDAY, outlet=f"Outlet {i}"))
        for i, text in enumerate(texts)
    )
    tables = build_tables(Corpus(articles=articles))
    kinds = dict(zip(tables.events["event_id"], tables.events["event_type"], strict=True))
    return sorted(
        (kinds[event], sorted(s[:24] for s in group["sentence"]))
        for event, group in tables.mentions.groupby("event_id")
    )


def families_in(sentence: str) -> list[str]:
    """The trigger families that name a happening in `sentence`."""
    possible = possible_families(sentence.lower())
    return [t.family for t in TRIGGERS if t.finditer(sentence, possible)]


def said_in(sentence: str) -> list[str]:
    """The verbs of saying `sentence` holds, lower case."""
    return [m.group().lower() for m in SPEECH.finditer(sentence)]


def clause_of_its_own(text: str, published: dt.date) -> str | None:
    """The clause with a subject of its own that `second_subject_clause` cuts from `text`, or None."""
    cut = second_subject_clause(Sentence(0, len(text), text, 0), find_dates(text, published))
    return cut[1].text if cut is not None else None
