"""Happenings told in a report's body with no kind of happening named and no date (issue 7, recall): a deed
of a named actor, a body or a working group told in the simple past; remarks in the present that give the
day's news (the speaker's own act to come, a demand, a count of those hit). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.acts import news_in_remarks, past_deed
from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026

# Two dated opening sentences, so that the sentence under test is read as the body of a report, below its
# lead, where the lead's own rules do not apply
OPENING = (
    "The electoral commission announced the results of the regional vote on Tuesday.\n\n"
    "Turnout was lower than at the last election, officials said on Wednesday.\n\n"
)


def mentions_of(sentence: str) -> list[Mention]:
    text = OPENING + sentence + "\n"
    article = prepare_article("own.txt", text, SourceRow(published=THU))
    start = len(OPENING)
    return [m for m in extract_mentions(article, load_gazetteer()) if m.sentence.start >= start]


def test_a_deed_of_a_working_group_or_a_body_in_the_simple_past_is_the_days_news() -> None:
    for sentence in (
        "In the northern valley, crews removed the barriers put up against the floodwater.",
        "Engineers quickly sealed the second breach in the levee with sandbags.",
        "Earlier, the ministry launched a new drive to vaccinate children in the camps.",
        "Divers recovered the second flight recorder from the wreck of the plane.",
    ):
        found = mentions_of(sentence)
        assert [(m.event_type, m.date_start) for m in found] == [("other", THU)], sentence


def test_a_state_a_view_a_reason_or_a_deed_long_past_is_no_deed_of_the_day() -> None:
    for sentence in (
        "The company had two hundred staff at the plant on the coast.",
        "Officials feared a second wave of infections in the coming weeks.",
        "He opened a small practice in the capital and married a nurse.",
        "The mayor created the task force because the council would not act.",
        "Hours after the crews left the site, the town went quiet again.",
        "Crews previously removed the barriers from the old bridge.",
        "Many residents carried their furniture out of the flooded homes.",
        "Firefighters joined them and soon reached the trapped driver.",
        "The insurer's chief executive pegged the cost of the claims at $2bn.",
        "With the allies having provided arms and money, the conflict has become a contest of endurance.",
    ):
        assert mentions_of(sentence) == [], sentence


def test_the_subject_and_verb_of_a_deed_are_told_by_their_form() -> None:
    assert past_deed("Crews removed the barriers overnight.", []) == "Crews removed the barriers overnight."
    assert past_deed("Later, the board dismissed its chairman.", []) == "the board dismissed its chairman."
    # the head of the subject is an actor, whatever follows it
    assert past_deed("The crew of the tug towed the barge to port.", []) is not None
    # a thing is no actor; a state is no deed; an auxiliary before the verb is no simple past
    assert past_deed("The barge drifted towards the rocks all night.", []) is None
    assert past_deed("The board seemed divided over the plan.", []) is None
    assert past_deed("The board had dismissed its chairman a year before.", []) is None


def test_remarks_in_the_present_that_give_the_days_news_are_kept_below_the_lead() -> None:
    for sentence in (
        "The Norwegian Refugee Council says up to 40,000 people are homeless after the storm.",
        "The Food Standards Agency says it will test every batch from the plant.",
        "The World Health Organization says hospitals must keep a week of oxygen in reserve.",
    ):
        found = mentions_of(sentence)
        assert [m.date_start for m in found] == [THU], sentence
        assert found[0].event_type in ("statement", "claim"), sentence


def test_a_view_said_in_the_present_stays_a_standing_position() -> None:
    assert not news_in_remarks("The union says the plan is flawed.")
    assert not news_in_remarks("The minister says the country is neutral in the dispute.")
    assert mentions_of("The World Health Organization says the virus is a serious threat.") == []


def test_a_dated_act_stands_when_only_what_it_raised_hopes_of_might_be() -> None:
    found = mentions_of(
        "Shares in the carrier rose 6 percent on Wednesday as its results gave hope there would be a "
        "higher dividend."
    )
    assert [(m.event_type, m.date_start) for m in found] == [("other", dt.date(2026, 3, 11))]
    # a sentence that tells only of what might be is still none
    assert mentions_of("The merger would raise fares on the busiest routes next year.") == []


def test_the_it_of_a_clause_put_after_its_verb_stands_for_nothing_named_before() -> None:
    # "Turnout" opens the sentence before; "It emerged that ..." is not about the turnout
    for sentence in (
        "It emerged on Wednesday that the harbour master had resigned.",
        "It is understood the two sailors were taken to hospital on Wednesday.",
        "It was confirmed on Wednesday that three more people had died.",
    ):
        found = mentions_of(sentence)
        assert found and all(m.clause.startswith("It ") for m in found), (sentence, found)


def test_an_act_planned_for_today_or_a_day_set_ahead_is_planned() -> None:
    # the report is of Thursday 12 March 2026
    for sentence, day in (
        (
            "Water still seeps through the dam, but engineers will begin testing the new gates this morning.",
            12,
        ),
        ("The minister will visit the flooded villages in the north tonight.", 12),
        ("The next official forecast from the weather agency is due on March 20.", 20),
        ("The final vote on the council's budget is scheduled for Friday.", 13),
    ):
        found = mentions_of(sentence)
        assert [m.date_start for m in found] == [dt.date(2026, 3, day)], (sentence, found)
    # a caption's full date in the present is no plan
    assert mentions_of("A boy wears a mask inside a bus in the capital March 12, 2026.") == []
