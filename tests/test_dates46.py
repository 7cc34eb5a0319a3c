"""Dates that a clause or quoted words beside the act should not give it, and the scene a dated sentence
sets for the one below when a clause timing its act stands in it. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.dates import find_dates
from events.extract.dating import closest_date
from events.extract.mentions import Mention
from tests.reports import report_mentions

FRIDAY = dt.date(2026, 5, 15)
MONDAY = dt.date(2026, 5, 11)
TUESDAY = dt.date(2026, 5, 12)

BLAST_AFTER = (
    "Refinery blast\n\nAn explosion tore through a chemical plant in the port of Torvale on Tuesday, "
    "hours after inspectors had warned of a gas leak.\n\n"
    "The explosion killed 11 workers and injured dozens more.\n"
)
BLAST_OPENS_AFTER = (
    "Refinery blast\n\nHours after inspectors warned of a gas leak, an explosion tore through a chemical "
    "plant in the port of Torvale on Tuesday.\n\nThe explosion killed 11 workers and injured dozens more.\n"
)


def mention_of(text: str, opening: str) -> Mention:
    """The mention of the sentence that opens with `opening`, in a report of ours published on a Friday."""
    found = [m for m in report_mentions(text, FRIDAY) if m.sentence.text.startswith(opening)]
    assert found, f"no mention of {opening!r}"
    return found[0]


def test_a_clause_timing_the_act_by_an_earlier_one_leaves_the_scene_of_the_day() -> None:
    # the clause cut from the sentence above ("inspectors had warned ...") is not the act that sets the scene
    toll = mention_of(BLAST_AFTER, "The explosion killed")
    assert (toll.date_start, toll.date_basis) == (TUESDAY, "context")


def test_a_saying_in_an_opening_time_clause_is_not_the_act_above() -> None:
    toll = mention_of(BLAST_OPENS_AFTER, "The explosion killed")
    assert (toll.date_start, toll.date_basis) == (TUESDAY, "context")


def test_a_saying_above_still_sets_no_scene() -> None:
    text = (
        "Vote count\n\nTwo senators said on Tuesday that the count would be delayed.\n\n"
        "Police arrested three men at a polling station in the capital.\n"
    )
    assert mention_of(text, "Police arrested").date_start == FRIDAY


def test_a_week_inside_what_a_present_saying_reports_does_not_date_it() -> None:
    text = (
        "Court ruling\n\nThe Supreme Court struck down the electoral law on Wednesday.\n\n"
        "The opposition leader, Mara Velt, says the ruling this week shows the courts are independent.\n"
    )
    says = mention_of(text, "The opposition leader")
    assert (says.date_start, says.date_basis) == (FRIDAY, "publication")


def test_a_present_saying_dated_at_its_verb_keeps_its_week() -> None:
    text = "Storm damage\n\nThe coastguard says this week it has rescued 40 people from flooded villages.\n"
    assert mention_of(text, "The coastguard").date_start != FRIDAY


def test_a_day_quoted_from_a_speaker_does_not_date_the_speaker_s_other_remarks() -> None:
    text = (
        "Trade talks\n\nThe trade minister, Anil Roe, said the talks would resume. "
        '"We met the delegation on Monday and the mood was good," he said.\n'
    )
    remarks = mention_of(text, "The trade minister")
    assert remarks.date_start == FRIDAY
    # the deed the quoted words tell keeps its day
    assert mention_of(text, '"We met').date_start == MONDAY


def test_a_week_a_present_saying_foresees_keeps_its_remarks() -> None:
    # ("will take all week": the plan the words tell, which the remarks are the only report of)
    text = "Bridge repairs\n\nThe highways agency says the repairs to the bridge will take all week.\n"
    assert [m.sentence.text[:10] for m in report_mentions(text, FRIDAY)] == ["The highwa"]


def test_a_day_named_inside_this_week_tells_when() -> None:
    text = "The exporter's share price rallied this week - including a 6% rise on Wednesday."
    dates = find_dates(text, FRIDAY)
    nearest = closest_date(dates, text.index("rallied"), text, 0)
    assert nearest is not None and nearest.date_start == dt.date(2026, 5, 13)


def test_this_week_alone_still_dates_the_week() -> None:
    text = (
        "Exporters' shares\n\nShares in the grain exporter rallied this week after the port strike ended.\n"
    )
    rally = mention_of(text, "Shares in")
    assert (rally.date_start, rally.date_end) == (MONDAY, FRIDAY)


def test_a_toll_told_again_with_an_aside_takes_the_day_the_article_gave_its_happening() -> None:
    # a month later, the article dates the blast by where it struck, and tells its toll again below
    text = (
        "Refinery inquiry\n\nInvestigators said on Thursday that faulty valves were behind the blast at "
        "the Torvale refinery on March 3.\n\n"
        "The explosion at the refinery -- which was owned by a state firm and run by a contractor -- killed "
        "11 workers.\n"
    )
    toll = mention_of(text, "The explosion at the refinery")
    assert toll.date_start == dt.date(2026, 3, 3)


def test_a_toll_with_no_happening_dated_above_stays_the_report_s() -> None:
    text = (
        "Refinery inquiry\n\nInvestigators said on Thursday that faulty valves were found at the Torvale "
        "refinery on March 3.\n\n"
        "The explosion at the refinery, which was heard across the bay, killed 11 workers.\n"
    )
    assert mention_of(text, "The explosion at the refinery").date_start != dt.date(2026, 3, 3)
