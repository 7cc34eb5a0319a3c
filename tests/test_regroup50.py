"""One voice's remarks at one occasion told in two runs are one event: a body's remarks and, after
another voice's aside, its officer named with the body's office (events.merge.clusters.regroup,
events.merge.elaboration.one_occasion). An interview, remarks said afterwards, or two people named in
full stay apart; an add that would need the join builds everything. All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import cluster_mentions, merge_pass, regroup
from events.merge.incremental import MergeLog, Ref, Replay, settled
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


def test_an_add_whose_happenings_would_be_joined_is_not_replayed() -> None:
    mentions = report_mentions("\n\n".join([BODY, ASIDE, OFFICER, QUOTE]), FRIDAY)
    passed = merge_pass(mentions)
    assert len(regroup(passed)) < len(passed)
    changed = {Ref(c.best.article, i): c for i, c in enumerate(passed)}
    result = Replay(MergeLog(()), changed=changed)
    article = mentions[0].article
    assert not settled(result, {article})  # (the full build joins two of the new article's happenings)
    assert not settled(Replay(MergeLog(()), changed={Ref(article, 0): passed[1]}), set())  # a kept article's
    assert settled(Replay(MergeLog(()), changed={Ref(article, 0): passed[1]}), {article})


def test_a_run_set_apart_by_earlier_stays_apart() -> None:
    earlier = "Earlier, the Coastal Trade Office said it expected talks with the mills next week."
    assert len(happenings(earlier, ASIDE, OFFICER, QUOTE)) == 3


def test_the_officer_speaking_to_one_outlet_stays_apart() -> None:
    told = (
        "Ana Roe, the Coastal Trade Office's chief negotiator, told the Harbour Gazette the quotas were fair."
    )
    assert len(happenings(BODY, ASIDE, told)) == 3
