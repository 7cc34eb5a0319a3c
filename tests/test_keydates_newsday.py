"""Key dates count a sentence with no date of its own on the day its article reports, which is not always
the day the article came out.

The invented story: a jury in a far-off city returns its verdict on Tuesday 7 May; the papers carry it on
Wednesday 8 May. The two verdict reports each say "on Tuesday" once and add two sentences with no date
("has been found guilty", "crowds gathered"), which the table dates by publication: Wednesday. On that
Wednesday a third article reports a rally held that day ("on Wednesday") with an undated sentence of its
own. Counted by publication, Wednesday has three reports and the verdict's Tuesday two; counted on each
article's news day, the verdict's reports are all Tuesday's and Wednesday keeps the rally alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pandas as pd
from small_corpus import event_row, source_row

from events.query.keydates import key_dates
from events.schema import Tables, validate

TUESDAY, WEDNESDAY = dt.date(2024, 5, 7), dt.date(2024, 5, 8)
# Far enough after the story that every day's reports are in (no correction for reports still to come).
HORIZON = dt.date(2024, 6, 30)

# article -> (outlet, published, sentences: (event day, date basis, text))
ARTICLES: dict[str, tuple[str, dt.date, list[tuple[dt.date, str, str]]]] = {
    "courier-verdict.txt": (
        "Evening Courier",
        WEDNESDAY,
        [
            (
                TUESDAY,
                "resolved",
                "The jury returned its verdict on Tuesday after four days of deliberation.",
            ),
            (
                WEDNESDAY,
                "publication",
                "The former harbour master has been found guilty of gross negligence.",
            ),
            (WEDNESDAY, "publication", "Crowds gathered outside the courthouse as the verdict was read out."),
        ],
    ),
    "gazette-verdict.txt": (
        "Harbour Gazette",
        WEDNESDAY,
        [
            (TUESDAY, "resolved", "Jurors reached a unanimous decision on Tuesday in the harbour trial."),
            (WEDNESDAY, "publication", "Families of the victims wept in the public gallery of the court."),
        ],
    ),
    "courier-rally.txt": (
        "Evening Courier",
        WEDNESDAY,
        [
            (WEDNESDAY, "resolved", "Dock workers held a rally on Wednesday to demand safer moorings."),
            (WEDNESDAY, "publication", "Union leaders marched from the docks to the town hall with banners."),
        ],
    ),
}


def _tables(articles: dict[str, tuple[str, dt.date, list[tuple[dt.date, str, str]]]]) -> Tables:
    mentions, sources, events = [], [], []
    for article, (outlet, published, sentences) in articles.items():
        sources.append(source_row(article, outlet, published, article))
        start = 0
        for day, basis, text in sentences:
            event_id = f"ev-{hashlib.sha256(text.encode()).hexdigest()[:10]}"
            mentions.append(
                {
                    "event_id": event_id,
                    "article": article,
                    "sentence": text,
                    "start": start,
                    "end": start + len(text),
                    "date_text": "",
                    "date_basis": basis,
                    "date_reason": "",
                    "figures": "",
                }
            )
            events.append(event_row(event_id, day, title=text[:60], sources=article, date_basis=basis))
            start += len(text) + 1
    return Tables(
        validate("events", pd.DataFrame(events)),
        validate("mentions", pd.DataFrame(mentions)),
        validate("sources", pd.DataFrame(sources)),
    )


def test_the_day_the_articles_report_wins_over_the_day_they_came_out() -> None:
    (top,) = key_dates(_tables(ARTICLES), dates=1, sentences=3, horizon=HORIZON)
    # Both verdict reports are Tuesday's news: their undated sentences count there, not on Wednesday.
    assert top.day == TUESDAY
    assert top.reason == "reported by 2 articles from 2 outlets"
    # The sentences shown are those the table dates Tuesday, verbatim; an undated one stays with its own
    # event's date (the date its drill-down shows).
    assert {sentence.text for sentence in top.sentences} == {
        "The jury returned its verdict on Tuesday after four days of deliberation.",
        "Jurors reached a unanimous decision on Tuesday in the harbour trial.",
    }


def test_the_publication_day_keeps_the_articles_that_report_it() -> None:
    days = {key.day: key for key in key_dates(_tables(ARTICLES), dates=2, sentences=2, horizon=HORIZON)}
    # The rally's article names its own publication day: its undated sentence counts there.
    assert days[WEDNESDAY].articles == 1
    assert days[WEDNESDAY].reason == "reported by 1 article from 1 outlet"


def test_an_article_naming_both_days_as_often_stays_on_its_publication_day() -> None:
    # The verdict report also tells of Wednesday's sentencing hearing: one date for each day, so its
    # undated sentences are left on the day it came out.
    tied = dict(ARTICLES)
    outlet, published, sentences = tied["courier-verdict.txt"]
    tied["courier-verdict.txt"] = (
        outlet,
        published,
        [
            *sentences,
            (WEDNESDAY, "resolved", "The judge opened the sentencing hearing on Wednesday morning."),
        ],
    )
    days = {key.day: key for key in key_dates(_tables(tied), dates=2, sentences=1, horizon=HORIZON)}
    assert days[WEDNESDAY].articles == 2
    assert days[TUESDAY].articles == 2


def test_a_date_older_than_the_day_before_does_not_move_the_undated_sentences() -> None:
    # A report published a week after the verdict that names only the verdict day: a look back, not the
    # day's news. Its undated sentence stays on its own publication day.
    later = WEDNESDAY + dt.timedelta(days=6)
    looking_back = {
        "weekly-review.txt": (
            "Harbour Weekly",
            later,
            [
                (TUESDAY, "resolved", "The verdict of last Tuesday divided opinion along the waterfront."),
                (later, "publication", "Shipping firms have since reviewed their mooring procedures."),
            ],
        )
    }
    days = {key.day: key for key in key_dates(_tables(looking_back), dates=2, sentences=1, horizon=HORIZON)}
    assert set(days) == {TUESDAY, later}
