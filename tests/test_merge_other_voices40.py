"""Other voices on one happening (events.merge.restated `restated_by_another_voice`, `_act_and_anothers_words`
in events.merge.clusters): a report's act of a day and another voice's remarks of that day that tell it
again are one event with both sources; remarks that give another figure, another place, a denial, a view
of the act's matter or words of their own beside it stay apart.

All texts are our own."""

from __future__ import annotations

import datetime as dt

from events.merge.clusters import _event_actors, cluster_mentions
from tests.reports import report_mentions

WEDNESDAY = dt.date(2026, 3, 4)
ACT = "Hallmark Ratings lowered the credit grade of the port authority of Velden to BB on Tuesday."
ASIDE = "The weather at the quays was mild."


def joined(first: str, *later: str) -> bool:
    """Whether the report's merge puts the last of `later` in one event with `first`."""
    mentions = report_mentions("\n\n".join([first, ASIDE, *later]), WEDNESDAY)
    return any(
        {first, later[-1]} <= {m.sentence.text for m in c.mentions} for c in cluster_mentions(mentions)
    )


def test_another_voice_telling_the_act_again_joins_its_event() -> None:
    assert joined(
        ACT,
        "The mayor of Velden, Oskar Brandt, said on Tuesday that the lowering of the credit grade of the "
        "port authority would raise its costs.",
    )


def test_another_voice_giving_the_acts_figure_joins_its_event() -> None:
    assert joined(
        "Rescue crews pulled 14 miners from the flooded shaft at Orsk on Tuesday.",
        "The union's leader, Dana Kell, said on Tuesday the 14 miners pulled from the shaft were well.",
    )


def test_another_voice_with_another_figure_stays_apart() -> None:
    assert not joined(
        "Rescue crews pulled 14 miners from the flooded shaft at Orsk on Tuesday.",
        "The union's leader, Dana Kell, said on Tuesday the 9 miners pulled from the shaft were in hospital.",
    )


def test_a_view_of_the_acts_matter_sharing_two_words_stays_apart() -> None:
    assert not joined(
        ACT, "The mayor of Velden, Oskar Brandt, said on Tuesday that the port needed a new grade."
    )


def test_another_voice_denying_stays_apart() -> None:
    assert not joined(
        ACT,
        "The mayor of Velden, Oskar Brandt, said on Tuesday that the lowering of the credit grade of the "
        "port authority was not deserved.",
    )


def test_another_voice_of_another_day_stays_apart() -> None:
    assert not joined(
        ACT,
        "The mayor of Velden, Oskar Brandt, said on Monday that a lowering of the credit grade of the port "
        "port authority would raise its costs.",
    )


def test_a_voice_whose_other_remarks_are_its_own_view_stays_apart() -> None:
    assert not joined(
        ACT,
        "The mayor of Velden, Oskar Brandt, said on Tuesday that the lowering of the credit grade of the "
        "port authority would raise its costs.",
        '"We will build two new quays this year," Brandt said on Tuesday.',
    )


def test_another_voice_telling_the_act_is_a_source_not_an_actor() -> None:
    later = (
        "The mayor of Velden, Oskar Brandt, said on Tuesday that the lowering of the credit grade of the "
        "port authority would raise its costs."
    )
    text = "\n\n".join([f"The Hallmark Ratings Agency {ACT.removeprefix('Hallmark Ratings ')}", ASIDE, later])
    (event,) = [c for c in cluster_mentions(report_mentions(text, WEDNESDAY)) if len(c.mentions) == 2]
    assert _event_actors(event) == ["Hallmark Ratings Agency"]


def test_remarks_opening_with_the_act_and_one_more_word_join_it() -> None:
    assert joined(ACT, "The lowering of the grade reflects the debts of the port, the mayor said on Tuesday.")


def test_remarks_given_before_the_act_leave_it_the_lead() -> None:
    remark = "The lowering of the grade reflects the debts of the port, the mayor said on Tuesday."
    text = "\n\n".join([remark, ASIDE, ACT])
    (event,) = [c for c in cluster_mentions(report_mentions(text, WEDNESDAY)) if len(c.mentions) == 2]
    assert (event.best.sentence.text, event.event_type) == (ACT, "other")


def test_an_act_dated_by_the_publication_alone_stays_apart() -> None:
    # (the act dated by the day the report was published: it may be of any day before it)
    assert not joined(
        "The Hallmark Ratings Agency lowered the credit grade of the port authority of Velden to BB.",
        "The lowering of the credit grade of the port authority reflects its debts, the mayor said.",
    )


def test_remarks_on_one_more_act_of_its_kind_stay_apart() -> None:
    assert not joined(
        "Another agency lowered the credit grade of the port authority of Velden to BB on Tuesday.",
        "The mayor of Velden, Oskar Brandt, said on Tuesday that the lowering of the credit grade of the "
        "port authority would raise its costs.",
    )
