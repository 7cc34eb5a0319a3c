"""Titles that said "Police says", kept whom a remark was told to ("X says to the chief executive that
..."), named the speaker twice ("X says ..., said X") or kept a stub of an opening time ("April, ..."
from "In late April, ..."). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.engines.local import build_tables
from events.extract.corpus import Corpus, SourceRow, prepare_article
from events.extract.speakers import PLURAL_VOICE
from events.merge.titles import fit, headline, plural_speaker, tidy, without_split_time


def titles_of(text: str) -> list[str]:
    """The title of each event built from a one-paragraph report."""
    article = prepare_article("own.txt", text + "\n", SourceRow(published=dt.date(2026, 3, 12), outlet="Own"))
    return list(build_tables(Corpus(articles=(article,))).events["title"])


# 1. A body named by a plural with no "-s" says in the plural


@pytest.mark.parametrize("speaker", ["Police", "Local police", "Local people", "Hospital staff", "Personnel"])
def test_a_plural_body_without_s_speaks_in_the_plural(speaker: str) -> None:
    assert PLURAL_VOICE.search(speaker)
    assert plural_speaker(speaker)


@pytest.mark.parametrize("speaker", ["The chief of staff", "Jane Roe", "The ministry"])
def test_one_speaker_stays_singular(speaker: str) -> None:
    assert not PLURAL_VOICE.search(speaker)
    assert not plural_speaker(speaker)


def test_police_reporting_an_act_say_it() -> None:
    titles = titles_of("Police said a second ferry had been moved to the inner harbour on Monday.")
    assert any(title.startswith("Police say ") for title in titles), titles
    assert not any("Police says" in title for title in titles)


def test_staff_reporting_an_act_say_it() -> None:
    titles = headline("the ward had been closed to visitors", speaker="Hospital staff", speech=True)
    assert titles == "Hospital staff say the ward had been closed to visitors"


# 2. Whom, where and when a remark was told, between its verb and "that", go


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "The senator said in a letter Friday to the port authority's chief executive that the new toll"
            " was unlawful.",
            "The senator said the new toll was unlawful",
        ),
        (
            "The mayor told reporters in the capital on Tuesday that the shelters were full.",
            "The mayor said the shelters were full",
        ),
        (
            "The governor said on a morning radio programme that the recount would start at once.",
            "The governor said the recount would start at once",
        ),
    ],
)
def test_a_listener_between_the_verb_and_that_goes(clause: str, title: str) -> None:
    assert tidy(clause) == title


@pytest.mark.parametrize(
    "clause",
    [
        # (the listener may be whom what follows is about)
        "The union told the schools that they did not have to reopen.",
        "The judge told him that he would be released.",
        # (a passive has no speaker to keep)
        "The tribunal was told that the ballot boxes had been opened.",
        # ("in the weeks that followed": a relative clause, no remark)
        "The minister said in the weeks that followed, prices rose.",
        # ("in the hope that": what the noun holds)
        "The minister said in the hope that the talks would resume.",
    ],
)
def test_no_listener_to_drop_leaves_the_clause_as_it_was(clause: str) -> None:
    assert "that" in tidy(clause)


def test_words_said_before_that_stay_what_was_said() -> None:
    # ("said on Monday it found no evidence ... that": what was said began before "that")
    title = tidy("The inquiry said on Monday it found no evidence to support claims that the dam was weak.")
    assert title.startswith("The inquiry said it found no evidence")


def test_a_clause_that_opens_with_its_listener_loses_it() -> None:
    # the verb stayed in the sentence before the clause, "Friday" went as an opening date
    title = headline(
        "Friday to the trade minister Tom Hale that the tariff on steel would cost jobs",
        speaker="Jane Roe",
        speech=True,
    )
    assert title == "Jane Roe says the tariff on steel would cost jobs"


def test_a_remark_told_to_reporters_is_titled_with_its_speaker() -> None:
    titles = titles_of(
        "Jane Roe, the election commissioner, said in a letter on Monday to the party's chairman that the"
        " count would be repeated in three districts."
    )
    assert "Jane Roe says the count would be repeated in three districts" in titles, titles


# 3. An attribution to the speaker closing the words said goes: the title names the speaker once


@pytest.mark.parametrize(
    "clause",
    [
        "The flood gauges must be replaced before the autumn storms, said Rep. Jane Roe",
        "The flood gauges must be replaced before the autumn storms, said Jane Roe, director of the coastal"
        " institute for tides",
        "The flood gauges must be replaced before the autumn storms, Dr Roe said",
        "Jane Roe says the flood gauges must be replaced before the autumn storms, said Rep. Jane Roe",
    ],
)
def test_a_closing_attribution_to_the_speaker_goes(clause: str) -> None:
    title = headline(clause, speaker="Jane Roe", speech=True)
    assert title == "Jane Roe says the flood gauges must be replaced before the autumn storms"


# 4. An opening time goes whole, never its last word alone


@pytest.mark.parametrize(
    ("sentence", "clause", "kept"),
    [
        (
            "In late April, Roe and Hale met the trade envoy in Lisbon.",
            "April, Roe and Hale met the trade envoy in Lisbon",
            "Roe and Hale met the trade envoy in Lisbon",
        ),
        (
            "By mid-2019, Roe and Hale had left the party.",
            "2019, Roe and Hale had left the party",
            "Roe and Hale had left the party",
        ),
        (
            "In early March 2021, Harbour Lines cut its fares.",
            "March 2021, Harbour Lines cut its fares",
            "Harbour Lines cut its fares",
        ),
    ],
)
def test_a_split_opening_time_goes_whole(sentence: str, clause: str, kept: str) -> None:
    assert without_split_time(sentence, clause) == kept


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # (a name's date inside the sentence, not its opening)
        ("Claims rose after the 11 March, 2011, floods hit.", "2011, floods hit"),
        # (the sentence opens with the word itself)
        ("April, a nurse at the clinic, said the ward was full.", "April, a nurse at the clinic, said"),
    ],
)
def test_a_time_that_opens_no_split_sentence_stays(sentence: str, clause: str) -> None:
    assert without_split_time(sentence, clause) == clause


def test_a_report_opening_with_late_and_a_month_is_titled_without_it() -> None:
    titles = titles_of("In late April, Roe and Hale met the trade envoy in Lisbon to discuss the tariffs.")
    assert titles and not any(title.startswith("April") for title in titles), titles


# 5. A time told relative to the report goes whole, with its "later" or "earlier"


def test_later_today_goes_whole_and_the_title_fits_uncut() -> None:
    title = fit(
        "The harbour board will run a final test of its new flood gates later today on the coast of Marren"
    )
    assert title == "The harbour board will run a final test of its new flood gates on the coast of Marren"
