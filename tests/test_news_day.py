"""A report about the day before it was printed: its undated acts told in the simple past are of that day
(issue 7, right dates). The report says which day it is about by naming it, more than once and never its
own day. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from reports import report_mentions

MONDAY = dt.date(2011, 3, 14)
SUNDAY = MONDAY - dt.timedelta(days=1)
TUESDAY = MONDAY + dt.timedelta(days=1)


def dated(text: str, published: dt.date = MONDAY) -> list[tuple[str, dt.date]]:
    return [(m.sentence.text, m.date_start) for m in report_mentions(text, published)]


def days(text: str, published: dt.date = MONDAY) -> dict[str, dt.date]:
    return dict(dated(text, published))


MORNING_PAPER = (
    "On a wet Sunday along the northern coast, the one piece of good news was that the flood barrier held "
    "as the river kept rising.\n\n"
    "The prime minister flew in for a briefing on the defences.\n\n"
    "The regional governor, Ana Okafor, ordered the army to evacuate three villages.\n\n"
    '"We will rebuild every house," Okafor told reporters at the town hall.\n\n'
    "The water board closed two pumping stations near the estuary.\n\n"
    "The board's engineers said on Sunday that the barrier could hold for three more days."
)


def test_undated_past_acts_of_a_report_about_the_day_before_take_that_day() -> None:
    found = days(MORNING_PAPER)
    for sentence in (
        "The prime minister flew in for a briefing on the defences.",
        "The regional governor, Ana Okafor, ordered the army to evacuate three villages.",
        '"We will rebuild every house," Okafor told reporters at the town hall.',
        "The water board closed two pumping stations near the estuary.",
    ):
        assert found[sentence] == SUNDAY, sentence


def test_present_and_perfect_acts_keep_the_publication_day() -> None:
    text = MORNING_PAPER + (
        "\n\nThe water board has opened a relief fund for the villages.\n\n"
        "The governor says the army is sending more boats."
    )
    found = days(text)
    assert found.get("The water board has opened a relief fund for the villages.", MONDAY) == MONDAY
    assert found.get("The governor says the army is sending more boats.", MONDAY) == MONDAY


def test_a_report_that_names_its_own_day_tells_that_days_news() -> None:
    # the day before named twice, but the report's own day too: undated acts stay on the publication day
    text = MORNING_PAPER + "\n\nOn Monday the river began to fall at the estuary gauge."
    found = days(text)
    assert found["The water board closed two pumping stations near the estuary."] == MONDAY


def test_one_mention_of_the_day_before_is_a_side_matter() -> None:
    text = (
        "The port authority closed the eastern harbour to ferries.\n\n"
        "The harbour master, Tomas Berg, inspected the damaged pier.\n\n"
        "Divers had surveyed the pier on Sunday and found cracks in two piles."
    )
    found = days(text)
    assert found["The harbour master, Tomas Berg, inspected the damaged pier."] == MONDAY


def test_a_quoted_day_is_the_speakers_and_names_no_news_day() -> None:
    # the speaker's "today" is the day of the speaking, whichever it is: it neither keeps the report on the
    # publication day nor counts for the day before
    text = MORNING_PAPER.replace('"We will rebuild every house,"', '"We will start rebuilding today,"')
    found = days(text)
    assert found["The water board closed two pumping stations near the estuary."] == SUNDAY


def test_a_clause_beside_one_dated_the_day_before_tells_of_another_time() -> None:
    text = (
        "On Monday the airline said it would cut its summer schedule by a tenth.\n\n"
        "Its chief executive, Ruth Hale, resigned after a board meeting on Monday.\n\n"
        "The airline's shares fell 4% in early trading, having risen 2% on Monday."
    )
    found = dated(text, TUESDAY)
    assert ("Its chief executive, Ruth Hale, resigned after a board meeting on Monday.", MONDAY) in found
    shares = {day for sentence, day in found if sentence.startswith("The airline's shares fell")}
    # the rise of the day before, and the fall in the report's own day's trading
    assert shares == {MONDAY, TUESDAY}


def test_the_reports_own_day_as_the_day_of_what_lies_ahead_keeps_the_day_before() -> None:
    # a morning paper: what happened "yesterday" and "last night", and what should happen "this morning"
    text = (
        "The rail company was ready to reopen the flooded tunnel yesterday, ten days after the storm.\n\n"
        "A fault in a signal box delayed the final safety checks.\n\n"
        "It is hoped the checks will be finished this morning.\n\n"
        "The transport secretary, Ruth Hale, criticised the company for the delays.\n\n"
        "Engineers last night pumped the last of the water from the tunnel."
    )
    found = days(text, TUESDAY)
    assert found["The transport secretary, Ruth Hale, criticised the company for the delays."] == MONDAY


def test_the_past_perfect_tells_of_a_time_before_the_reports_day() -> None:
    # an undated main clause in the past perfect is background and no event at all (noise.py); one
    # opened by a clause of time is an event, and still not of the day the report is about
    background = "A federal judge had struck down the first plan for the barrier, calling it too broad."
    opened = "By then a federal judge had struck down the first plan for the barrier, calling it too broad."
    found = days(MORNING_PAPER + "\n\n" + background + "\n\n" + opened)
    assert background not in found
    assert found[opened] == MONDAY


def test_a_clause_read_apart_after_a_day_after_is_a_day_before_the_other() -> None:
    text = (
        "The water board said on Sunday that the barrier would hold.\n\n"
        "Its engineers said on Sunday the pumps were working.\n\n"
        "The power company also suggested it had long since paid every claim in full, a day after the "
        "Italian government demanded a full account of its payments."
    )
    found = dated(text)
    demanded = [day for sentence, day in found if sentence.startswith("the Italian government demanded")]
    assert demanded == [SUNDAY - dt.timedelta(days=1)]


def test_news_to_be_made_public_is_told_when_said_and_released_when_planned() -> None:
    text = (
        "The coroner ruled the death of the ferry captain a homicide on Wednesday.\n\n"
        "Details of the charges will be released Monday, the county prosecutor's office said."
    )
    friday = dt.date(2011, 3, 18)
    found = [
        (m.event_type, m.date_start, m.planned)
        for m in report_mentions(text, friday)
        if m.sentence.text.startswith("Details")
    ]
    # the saying, of the report's day, and the release it announces, planned for the coming Monday
    assert ("statement", friday, False) in found
    assert any(planned and day == dt.date(2011, 3, 21) for _, day, planned in found)
    # what is not to be made public is the planned happening alone: "will travel", "will resume"
    text = "The envoy will travel to the capital on Saturday, a spokesman for the bloc said."
    assert not any(m.event_type == "statement" for m in report_mentions(text, friday))


def test_a_disaster_of_yesterday_in_the_lead_dates_the_undated_acts_below_it() -> None:
    text = (
        "Floods swept through the northern valley yesterday, destroying hundreds of homes and cutting the "
        "main road.\n\n"
        "The regional governor, Ana Okafor, ordered the army to evacuate three villages.\n\n"
        "The water board closed two pumping stations near the estuary."
    )
    found = days(text, TUESDAY)
    assert found["The regional governor, Ana Okafor, ordered the army to evacuate three villages."] == MONDAY
    assert found["The water board closed two pumping stations near the estuary."] == MONDAY


def test_the_day_before_named_once_at_the_top_sets_the_reports_scene() -> None:
    # (wrong24) a caption, an opening line, then the scene dated once: the acts told below are of that day
    text = (
        "Lawyers for the ferry company confer during the inquiry.\n\n"
        "The inquiry into the ferry sinking is winding down, but the lawsuits are just beginning.\n\n"
        "A hearing room near the port was packed Sunday with lawyers for the shipping companies.\n\n"
        "The panel's chairman, Tom Berg, accused the owner of hiding documents.\n\n"
        "A retired judge on the panel quickly denied the owner's motion."
    )
    found = days(text)
    assert found["The panel's chairman, Tom Berg, accused the owner of hiding documents."] == SUNDAY
    assert found["A retired judge on the panel quickly denied the owner's motion."] == SUNDAY


def test_the_day_before_named_once_below_the_top_is_a_side_matter() -> None:
    # (wrong24) the same naming after eight sentences of the report tells of a side matter
    filler = "".join(f"The harbour's berth number {n} stays open to cargo ships.\n\n" for n in range(8))
    text = (
        filler + "A hearing room near the port was packed Sunday with lawyers for the shipping companies.\n\n"
        "A retired judge on the panel quickly denied the owner's motion."
    )
    found = days(text)
    assert found["A retired judge on the panel quickly denied the owner's motion."] == MONDAY


def test_a_speakers_today_of_the_reports_day_keeps_the_scene_on_it() -> None:
    # (wrong24) the day before set at the top, then a speaker's "today" that is the publication day: the
    # report tells its own day's news
    text = (
        "Lawyers for the ferry company confer during the inquiry.\n\n"
        "A hearing room near the port was packed Sunday with lawyers for the shipping companies.\n\n"
        "A retired judge on the panel quickly denied the owner's motion.\n\n"
        '"Today\'s ruling changes nothing," a lawyer for the owner said.'
    )
    found = days(text)
    assert found["A retired judge on the panel quickly denied the owner's motion."] == MONDAY
