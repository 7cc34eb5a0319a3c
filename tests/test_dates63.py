"""A report's lead told in the present perfect takes the day its next sentence names for the news, and keeps
it apart from another act the report dates only to its month. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions
from tests.reports import build_reports

TUESDAY = dt.date(2027, 3, 16)

LEAD = (
    "The port authority has declared the harbour at Velmora safe for shipping after divers cleared the wreck."
)
NEXT = "Divers completed their last survey of the channel yesterday and found no further hazards."


def _lead_dates(text: str) -> list[dt.date]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=TUESDAY))
    mentions = extract_mentions(article, load_gazetteer())
    return [m.date_start for m in mentions if m.sentence.start < article.sentences[0].end]


def test_a_perfect_lead_takes_the_day_the_next_sentence_names() -> None:
    assert _lead_dates(f"{LEAD}\n\n{NEXT}") == [dt.date(2027, 3, 15)]


def test_a_perfect_lead_keeps_the_report_day_when_the_day_is_named_further_down() -> None:
    text = (
        f"{LEAD}\n\nSeveral shipping lines had diverted their cargo to ports further south.\n\n"
        "Divers completed their last survey of the channel yesterday and found no further hazards."
    )
    assert _lead_dates(text) == [TUESDAY]


def test_a_perfect_lead_keeps_the_report_day_when_the_next_sentence_names_a_day_of_the_past_perfect() -> None:
    text = f"{LEAD}\n\nThe authority had closed the channel yesterday after a collision."
    assert _lead_dates(text) == [TUESDAY]


def test_the_dated_lead_stays_apart_from_an_act_of_no_kind_the_report_dates_to_its_month() -> None:
    third = "Earlier this month, the port authority removed the wreck of the ferry from the harbour."
    events = build_reports((TUESDAY, f"{LEAD}\n\n{NEXT}\n\n{third}"))
    # the declaring, of the day the report names, is no part of the removal, which it dates to its month
    assert [(date, end, title[:30]) for _, date, end, title, _ in events if "Divers" not in title] == [
        ("2027-03-01", "2027-03-15", "The port authority removed the"),
        ("2027-03-15", "2027-03-15", "The port authority has declare"),
    ]
