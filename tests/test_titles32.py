"""Headlines that drop a date leave no stub of it, keep no photo credit and cut no shared object. Every
sentence is our own."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.merge.titles import fit, tidy


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "From next Tuesday, all voters will receive a polling card by post.",
            "All voters will receive a polling card by post",
        ),
        (
            "Late Saturday night, the weather service issued a storm warning for the coast.",
            "The weather service issued a storm warning for the coast",
        ),
        (
            "Late Wednesday, the court said the appeal was dismissed.",
            "The court said the appeal was dismissed",
        ),
        (
            "Late last Saturday afternoon, the patrol boat circled the harbour once more.",
            "The patrol boat circled the harbour once more",
        ),
        (
            "But on Saturday afternoon, another team of inspectors arrived at the port.",
            "Another team of inspectors arrived at the port",
        ),
        ("Until Friday, the ferry will sail twice a day.", "The ferry will sail twice a day"),
    ],
)
def test_a_fronted_day_goes_whole_with_its_governing_word(clause: str, title: str) -> None:
    assert tidy(clause) == title


def test_a_date_after_a_glued_heading_takes_its_capitalised_preposition() -> None:
    # a run-in heading leaves the sentence's "On" capitalised in the middle of the text
    title = tidy("Trade desk On 18 October, the shipping firm sent a letter to the board.")
    assert " On," not in title and " On " not in title
    assert title.endswith("the shipping firm sent a letter to the board")


@pytest.mark.parametrize("stub", ["From", "Late", "Early", "Until", "By"])
def test_no_title_opens_with_a_stub_of_a_date(stub: str) -> None:
    assert not tidy(f"{stub}, the senate passed the budget bill after a long debate.").startswith(stub)


def test_a_weekday_that_is_the_subject_stays() -> None:
    assert tidy("Tuesday was the wettest day of the year in the capital.").startswith("Tuesday was")


ROW = SourceRow(published=dt.date(2025, 3, 6), outlet="news")
OPENING = "Storm closes ports\nThe storm closed three ports on Monday, officials said. "
AFTER = "The port authority said on Wednesday that ships would wait offshore."


@pytest.mark.parametrize(
    "credit",
    [
        "REUTERS/Jane Holloway",
        "REUTERS\\/Jane Holloway",
        "(AP Photo/Tom Brandt)",
        "AP Photo\\/Tom Brandt",
        "EPA/Ana Ruiz",
        "AFP/Stringer",
    ],
)
def test_a_wire_photo_credit_and_its_caption_run_into_no_sentence(credit: str) -> None:
    page = f"{OPENING}Dock workers stack sandbags along the quay in Riverton. {credit} {AFTER}\n"
    sentences = [s.text for s in prepare_article("page.txt", page, ROW).sentences]
    assert sentences == ["The storm closed three ports on Monday, officials said.", AFTER]


def test_a_credit_closing_the_line_takes_its_caption_with_it() -> None:
    page = f"{OPENING}{AFTER} Dock workers stack sandbags along the quay. REUTERS/Jane Holloway\n"
    sentences = [s.text for s in prepare_article("page.txt", page, ROW).sentences]
    assert sentences == ["The storm closed three ports on Monday, officials said.", AFTER]


def test_a_poll_named_for_an_agency_is_no_credit() -> None:
    page = f"{OPENING}A REUTERS/Ipsos poll of voters found the mayor ahead by six points on Tuesday.\n"
    sentences = [s.text for s in prepare_article("page.txt", page, ROW).sentences]
    assert sentences[0] == "The storm closed three ports on Monday, officials said."


@pytest.mark.parametrize(
    "clause",
    [
        "City health authorities said they were working closely with the other regional agencies to monitor"
        " and deal with any cases from the outbreak.",
        "The regional water board said on Monday it would send three crews to the delta to inspect and repair"
        " the levees damaged in the storm last week.",
    ],
)
def test_two_infinitives_keep_the_object_they_share_or_go_together(clause: str) -> None:
    title = fit(tidy(clause))
    assert not re.search(r"\bto\s+\w+\s+and\s+\w+$", title)  # never "to monitor and deal" with no object


def test_two_infinitives_with_their_object_stay_whole() -> None:
    title = fit(tidy("The crews were sent to inspect and repair the levees on Monday."))
    assert title == "The crews were sent to inspect and repair the levees"


def test_a_caption_led_by_where_its_picture_stands_after_a_credit_is_no_sentence() -> None:
    page = (
        f"{OPENING}Dock workers stack sandbags on the quay. REUTERS/Jane Holloway Below: The flooded square"
        f" is cleared on 4 March.\n{AFTER}\n"
    )
    sentences = [s.text for s in prepare_article("page.txt", page, ROW).sentences]
    assert sentences == ["The storm closed three ports on Monday, officials said.", AFTER]
