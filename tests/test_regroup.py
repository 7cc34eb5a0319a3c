"""One voice's remarks at one occasion told in two runs are one event: a body's remarks and, after
another voice's aside, its officer named with the body's office (events.merge.clusters.regroup,
events.merge.elaboration.one_occasion). An interview, remarks said afterwards, or two people named in
full stay apart. An add joins them again in the articles it touches, as a full build does (the record
keeps which of the pass's happenings each event is made of). All texts are our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from small_corpus import write_corpus
from test_increments import assert_same_tables, rebuilt_from_nothing

from events.merge import incremental
from events.merge.clusters import cluster_mentions, merge_pass, occasions
from events.store import increments, load_tables
from events.store.build import build
from events.store.ingest import NewArticle, add_articles
from tests.reports import report_mentions

FRIDAY = dt.date(2026, 5, 15)
BODY = "The Coastal Trade Office said on Thursday it expected no agreement on steel quotas before the autumn."
ASIDE = "Port operators have warned that the dispute could slow shipments of grain this summer."
OFFICER = (
    "Ana Roe, the Coastal Trade Office's chief negotiator, said the two sides remained far apart on quotas."
)
QUOTE = '"We will not accept a deal that hurts our mills," Roe said.'


def happenings(*paragraphs: str) -> list[list[str]]:
    """The opening words of each source sentence of each event the report's merge builds."""
    mentions = report_mentions("\n\n".join(paragraphs), FRIDAY)
    return [[m.sentence.text[:20] for m in c.mentions] for c in cluster_mentions(mentions)]


def test_a_body_and_its_officer_named_after_an_aside_are_one_event() -> None:
    # the pass leaves the officer's run apart (the aside's happening lies between); every sentence is kept
    assert len(merge_pass(report_mentions("\n\n".join([BODY, ASIDE, OFFICER, QUOTE]), FRIDAY))) == 3
    assert happenings(BODY, ASIDE, OFFICER, QUOTE) == [
        ["The Coastal Trade Of", "Ana Roe, the Coastal", '"We will not accept '],
        ["Port operators have "],
    ]


def test_the_officer_in_an_interview_stays_apart() -> None:
    interview = f"In an interview on NBC, {OFFICER}"
    assert len(happenings(BODY, ASIDE, interview, QUOTE)) == 3


def test_remarks_said_afterwards_stay_apart() -> None:
    later = "Ana Roe, the Coastal Trade Office's chief negotiator, said afterwards that the quotas were fair."
    assert len(happenings(BODY, ASIDE, later)) == 3


def test_two_people_named_in_full_stay_apart() -> None:
    first = "Ana Roe, a Coastal Trade Office negotiator, said on Thursday quotas would stay until the autumn."
    second = "Ben Roe, a Coastal Trade Office negotiator, said the mills would be consulted."
    assert len(happenings(first, ASIDE, second)) == 3


def test_a_run_set_apart_by_earlier_stays_apart() -> None:
    earlier = "Earlier, the Coastal Trade Office said it expected talks with the mills next week."
    assert len(happenings(earlier, ASIDE, OFFICER, QUOTE)) == 3


def test_the_officer_speaking_to_one_outlet_stays_apart() -> None:
    told = (
        "Ana Roe, the Coastal Trade Office's chief negotiator, told the Harbour Gazette the quotas were fair."
    )
    assert len(happenings(BODY, ASIDE, told)) == 3


BODY_ON_STEEL = (
    "The Coastal Trade Office said on Thursday the steel quota was too low for the coastal mills to survive."
)
HEAD_SAYS_THE_SAME = (
    'Lena Brandt, chairwoman of the Coastal Trade Office, said: "The steel quota is too low for our '
    'mills to survive."'
)
HEAD_ON_ANOTHER_MATTER = (
    "Lena Brandt, chairwoman of the Coastal Trade Office, said harbour fees were too high."
)


def test_the_body_s_head_saying_what_the_body_said_is_one_event() -> None:
    assert happenings(BODY_ON_STEEL, ASIDE, HEAD_SAYS_THE_SAME) == [
        ["The Coastal Trade Of", "Lena Brandt, chairwo"],
        ["Port operators have "],
    ]


def test_the_body_s_head_on_another_matter_stays_apart() -> None:
    # (a head speaks for themselves as much as for the body: remarks of their own are an event of their own)
    assert len(happenings(BODY_ON_STEEL, ASIDE, HEAD_ON_ANOTHER_MATTER)) == 3


BODY_DISMISSES = (
    "The Harbour Authority on Thursday dismissed as reckless a plan to dredge the northern channel."
)


def test_a_spokesman_given_no_body_right_after_a_body_s_remarks_speaks_for_it() -> None:
    spokesman = "Spokesman Oskar Lind said the channel was too shallow for the dredgers."
    assert happenings(BODY_DISMISSES, spokesman, ASIDE) == [
        ["The Harbour Authorit", "Spokesman Oskar Lind"],
        ["Port operators have "],
    ]


def test_another_office_given_no_body_is_a_voice_of_its_own() -> None:
    # (a bare title other than a spokesperson's is the holder's own office: "said Commissioner ...")
    commissioner = "Commissioner Oskar Lind said the channel was too shallow for the dredgers."
    assert len(happenings(BODY_DISMISSES, commissioner, ASIDE)) == 3


def test_the_groups_are_named_by_their_earliest_happening() -> None:
    passed = merge_pass(report_mentions("\n\n".join([BODY, ASIDE, OFFICER, QUOTE]), FRIDAY))
    assert occasions(passed) == [[0, 2], [1]]


@pytest.fixture
def adds(monkeypatch):
    """The articles each add regrouped; fails the test if a build merged everything instead."""
    touched: list[set[str]] = []
    real = incremental.regroup_replay

    def spying(result, *args, **kwargs):
        touched.append(incremental.touched_articles(result))
        return real(result, *args, **kwargs)

    monkeypatch.setattr(increments, "regroup_replay", spying)
    return touched


TRADE = "coastal-trade_quota-talks.txt"


def joined_remarks(data_dir: Path, article: str) -> set[str]:
    """The events of the body's and of its officer's remarks in `article` (one when they are joined)."""
    mentions = load_tables(data_dir).mentions
    mine = mentions[mentions["article"] == article]
    said = mine["sentence"].str.startswith(("The Coastal Trade Office said", "Ana Roe, the Coastal"))
    return set(mine.loc[said, "event_id"])


def test_an_added_report_whose_remarks_are_joined_is_replayed_as_a_full_build_would(tmp_path, adds):
    data_dir = write_corpus(tmp_path / "data")
    text = "\n\n".join([BODY, ASIDE, OFFICER, QUOTE])
    (added,) = add_articles([NewArticle(text=text, outlet="Trade Weekly", published=FRIDAY)], data_dir).added
    assert adds and added.file in adds[0]  # replayed, not built from nothing
    assert len(joined_remarks(data_dir, added.file)) == 1
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_a_join_the_record_keeps_survives_adds(tmp_path, adds):
    data_dir = write_corpus(tmp_path / "data")
    (data_dir / "articles" / TRADE).write_text("\n\n".join([BODY, ASIDE, OFFICER, QUOTE]) + "\n", "utf-8")
    with (data_dir / "sources.csv").open("a", encoding="utf-8") as sources:
        sources.write(f"{TRADE},Trade Weekly,,,{FRIDAY}\n")
    build(data_dir)  # (the record of the corpus built before takes the new article as an add)
    [event] = joined_remarks(data_dir, TRADE)
    # another outlet's report of the aside's warning, on the same day: it joins the aside's happening,
    # between the two runs, and the join is made again around it
    aside = "Port operators warned on Thursday that the steel quota dispute could slow grain shipments."
    add_articles([NewArticle(text=aside, outlet="Harbour Daily", published=FRIDAY)], data_dir)
    storm = "Storms closed two ports in the north on Thursday, the coastguard said."
    add_articles([NewArticle(text=storm, outlet="Harbour Daily", published=FRIDAY)], data_dir)
    assert len(adds) == 3 and TRADE in adds[1]
    assert joined_remarks(data_dir, TRADE) == {event}
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))


def test_an_add_that_reports_one_run_again_undoes_the_join_as_a_full_build_would(tmp_path, adds):
    data_dir = write_corpus(tmp_path / "data")
    (data_dir / "articles" / TRADE).write_text("\n\n".join([BODY, ASIDE, OFFICER, QUOTE]) + "\n", "utf-8")
    with (data_dir / "sources.csv").open("a", encoding="utf-8") as sources:
        sources.write(f"{TRADE},Trade Weekly,,,{FRIDAY}\n")
    build(data_dir)
    assert len(joined_remarks(data_dir, TRADE)) == 1
    again = "The Coastal Trade Office said on Thursday it saw no agreement on steel quotas before the autumn."
    add_articles([NewArticle(text=again, outlet="Harbour Daily", published=FRIDAY)], data_dir)
    assert len(adds) == 2 and TRADE in adds[1]
    assert len(joined_remarks(data_dir, TRADE)) == 2  # (the body's happening is of two articles now)
    assert_same_tables(data_dir, rebuilt_from_nothing(data_dir, tmp_path))
