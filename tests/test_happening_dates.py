"""When a happening took place and what kind it is, read from the sentence around it (issue 7): the date
of a saying versus the dates in what was said, description of a speaker versus an act, background versus
the day's news, forecasts versus happenings. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from events.merge.clusters import cluster_mentions, title
from tests.reports import report_mentions

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026


def mentions(text: str, published: dt.date = THU) -> list[Mention]:
    return report_mentions(text, published)


def kinds(text: str, published: dt.date = THU) -> list[tuple[str, dt.date, dt.date]]:
    return [(m.event_type, m.date_start, m.date_end) for m in mentions(text, published)]


def test_remarks_are_dated_by_the_day_after_the_verb_of_saying_not_by_what_they_urge() -> None:
    text = (
        "The World Health Organization urged people to get vaccinated before winter, its spokesman said "
        "on Tuesday."
    )
    assert kinds(text) == [("statement", dt.date(2026, 3, 10), dt.date(2026, 3, 10))]


def test_remarks_in_a_statement_on_a_day_take_that_day() -> None:
    text = "Vexa called for calm before the summer holidays, the company said in a statement on Monday."
    assert [d for _, d, _ in kinds(text)] == [dt.date(2026, 3, 9)]


def test_what_describes_a_speaker_is_no_act_of_the_sentence() -> None:
    after = '"They would not commit to it," said Jane Roe, a lawyer who is leading the lawsuits against Vexa.'
    before = "Jane Roe, a lawyer who filed the lawsuit against the company, said the ruling was unfair."
    assert [t for t, _, _ in kinds(after)] == ["statement"]
    assert [t for t, _, _ in kinds(before)] == ["statement"]
    # an act told before the attribution keeps its own type
    assert [t for t, _, _ in kinds("Police arrested the mayor on Monday, said Jane Roe, a prosecutor.")] == [
        "arrest"
    ]


def test_a_denial_event_is_titled_from_the_report_that_denies() -> None:
    text = (
        "Vexa Plc told a court it was ready to give up the limit on its liability for the crash. "
        '"Vexa has decided to give up the legal limit," Vexa said in a court filing on Monday. '
        "In Monday's court filing, Vexa said it would give up the limit. Vexa also said it kept the right to "
        "seek costs from its contractors and denied engaging in grossly negligent conduct."
    )
    denials = [title(c) for c in cluster_mentions(mentions(text)) if c.event_type == "denial"]
    assert denials
    assert denials == ["Vexa Plc denies engaging in grossly negligent conduct"]


LEAD = (
    "Rebels seized the town of Kamako on Tuesday, the army said. "
    "Thousands of residents fled across the river on Wednesday.\n\n"
)


def weak(text: str) -> list[tuple[str, bool]]:
    """(type, undated_past) of each mention below the two-sentence lead."""
    return [(m.event_type, m.undated_past) for m in mentions(LEAD + text)[2:]]


def test_an_undated_act_in_a_paragraph_dated_long_ago_is_background_not_the_days_news() -> None:
    text = "The rebel group was founded in 2012. Its fighters attacked an army base and killed 40 soldiers."
    assert weak(text) == [("attack", True)]


def test_an_undated_founding_is_background_but_an_aside_about_one_is_not() -> None:
    assert weak("The rebel commander founded the militia that attacked the convoy.") == [("attack", True)]
    text = "The group's leader, who founded the movement, was arrested by police in the capital."
    assert weak(text) == [("arrest", False)]


def test_an_undated_act_in_a_paragraph_of_recent_news_stays_the_days_news() -> None:
    text = "The army retook the bridge on Wednesday. Its soldiers arrested twelve fighters in the market."
    assert ("arrest", False) in weak(text)


def test_undated_background_is_left_out_of_the_events_unless_a_dated_report_tells_it() -> None:
    text = (
        LEAD
        + "The rebel group was founded in 2012. Its fighters attacked an army base and killed 40 soldiers."
    )
    assert not [c for c in cluster_mentions(mentions(text)) if c.event_type == "attack"]


def types(text: str) -> list[str]:
    return [m.event_type for m in mentions(text)]


def test_a_toll_foreseen_or_guessed_is_no_casualties() -> None:
    assert "casualties" not in types('Jan Roe wrote: "The winter death toll in the north will be similar."')
    assert "casualties" not in types(
        "Up to 2,000 people may have been killed in the floods, the Red Cross said on Monday."
    )
    assert "casualties" not in types(
        "The outbreak could kill 10,000 people by the end of the year, the World Health Organization said."
    )
    # a toll told as it stands is one
    assert types("Floods killed at least 40 people in the north on Monday, the Red Cross said.") == [
        "casualties"
    ]


def test_a_death_that_only_tells_when_something_else_happened_is_no_casualties() -> None:
    assert "casualties" not in types(
        "Prosecutors contend the pilot's handling of the jet in the hours before it crashed broke the rules."
    )
    assert "casualties" not in types(
        "The cardiologist was on the stand all day, describing what happened the night the singer died."
    )


def test_a_death_told_in_an_aside_is_dated_by_the_aside_and_a_heart_attack_is_no_attack() -> None:
    found = kinds("The former minister, who died of a heart attack on Monday, was buried on Wednesday.")
    assert ("casualties", dt.date(2026, 3, 9), dt.date(2026, 3, 9)) in found
    assert all(t != "attack" for t, _, _ in found)


def test_a_forecast_is_no_planned_happening() -> None:
    text = "The World Health Organization said the number of cases could reach 1 million by next year."
    assert [(m.event_type, m.planned) for m in mentions(text)] == [("statement", False)]
    text = "Governor Ali Bako said on Monday the toll could rise to 500 by Friday."
    assert [(m.event_type, m.planned) for m in mentions(text)] == [("statement", False)]


def test_remarks_about_a_day_ahead_are_dated_when_said_not_on_that_day() -> None:
    found = mentions("The death toll is expected to rise to 500 by Friday, Governor Ali Bako said.")
    assert [(m.event_type, m.date_start, m.planned) for m in found] == [("statement", THU, False)]


def test_remarks_dated_when_said_announce_what_is_planned_for_a_day_ahead() -> None:
    found = mentions("Governor Ali Bako said on Monday the troops would leave the capital on Friday.")
    assert [(m.date_start, m.planned) for m in found] == [
        (dt.date(2026, 3, 9), False),
        (dt.date(2026, 3, 13), True),
    ]


def test_verbs_of_violence_used_of_words_or_votes_are_no_violence() -> None:
    assert types("Senator Jan Roe attacked the plan on Monday as a waste of money.") == ["other"]
    assert types("Opposition lawmakers killed the bill in committee on Tuesday.") == ["other"]
    # done to people or places, they are
    assert types("Rebels attacked the president's convoy on Monday.") == ["attack"]
    assert types("Rebels attacked the government building on Monday.") == ["attack"]
    assert types("Gunmen killed the minister on Monday.") == ["casualties"]


def test_a_problem_attacked_or_an_effort_to_attack_with_is_no_violence() -> None:
    # a problem fought, or what it was fought with, in a minister's words or a report's
    assert "attack" not in types("Crews attacked the blaze from the air on Monday.")
    assert "attack" not in types(
        '"Our response attacked the outbreak in an unprecedented way," the health minister said on Monday.'
    )
    assert "attack" not in types("On Monday the ministry attacked it with the largest response in years.")
    # weapons and people are violence
    assert types("Rebels attacked the town with rockets on Monday.") == ["attack"]
    assert types("Gunmen attacked the fire station on Monday.") == ["attack"]


def test_more_kinds_of_happening_get_their_type() -> None:
    assert types("The president fired his finance minister on Monday.") == ["leadership"]
    assert types("Lightning struck a church on Sunday, starting a blaze.") == ["disaster"]
    assert types("The ceasefire was signed in Doha on 3 February 2026 after weeks of talks.") == ["agreement"]
    assert types("Five men were charged on Wednesday with murder.") == ["legal"]


MON, TUE, WED = dt.date(2026, 3, 9), dt.date(2026, 3, 10), dt.date(2026, 3, 11)


def test_two_days_in_one_sentence_each_date_their_own_clause() -> None:
    assert kinds("Gunmen who attacked a village on Sunday were arrested on Tuesday, police said.") == [
        ("arrest", TUE, TUE)
    ]
    assert ("disaster", dt.date(2026, 3, 7), dt.date(2026, 3, 7)) in kinds(
        "Health Minister Ali Bako, speaking on Tuesday, said the outbreak began on Saturday."
    )
    assert kinds("After rebels attacked the base on Monday, the army launched an offensive on Wednesday.")[
        0
    ] == (
        "offensive",
        WED,
        WED,
    )
    assert kinds("Jan Roe, arrested on Monday, was charged on Wednesday with fraud.") == [("legal", WED, WED)]


def test_a_clause_counted_from_keeps_its_own_day() -> None:
    found = set(
        kinds(
            "The army launched an offensive on Wednesday, two days after rebels attacked the base on Monday."
        )
    )
    assert found == {("offensive", WED, WED), ("attack", MON, MON)}


def test_what_an_inquiry_is_into_is_a_happening_of_its_own_day_not_the_inquirys() -> None:
    found = kinds(
        "Norvik released late on Wednesday an internal investigation into the fire at the Northern Star "
        "chemical plant on February 20."
    )
    assert found == [("other", WED, WED), ("disaster", dt.date(2026, 2, 20), dt.date(2026, 2, 20))]


def test_an_aim_a_visit_to_a_place_and_a_question_of_numbers_are_no_act_of_their_kind() -> None:
    assert (
        types("Mayor Jan Roe sees the strike as a chance to revive efforts to pass transport reform.") == []
    )
    assert types("Secretary General Ana Ruiz visited the ruins of the town hall on Monday.") == ["other"]
    assert "casualties" not in types(
        "Estimates of how many people died in the landslide on Tuesday have varied."
    )
    assert types("The Senate passed the climate bill on Monday.") == ["policy"]


def test_a_when_clause_after_a_since_date_is_a_happening_of_that_date() -> None:
    text = "Shares in the port operator have halved since 2 February, when the storm struck the coast."
    found = kinds(text)
    assert ("disaster", dt.date(2026, 2, 2), dt.date(2026, 2, 2)) in found
    # the main clause keeps no storm of its own
    assert [t for t, d, _ in found if d != dt.date(2026, 2, 2)] == ["other"]
    # remarks in the clause are not dated by the period they began
    quiet = kinds("Nobody has been paid since 2 February, when the director said the fund was empty.")
    assert all(d != dt.date(2026, 2, 2) for _, d, _ in quiet)


def test_claims_counted_or_determined_are_a_noun_and_nobody_speaks() -> None:
    received = kinds("The insurer has received as many as 12,000 claims from farmers after the floods.")
    assert [t for t, _, _ in received] == ["other"]
    assert not any(
        t in ("claim", "statement") for t, _, _ in kinds("The fund has paid many new claims today.")
    )


def test_an_act_in_the_present_perfect_outweighs_happenings_that_only_describe() -> None:
    text = (
        "The insurer has received as many as 12,000 claims, mostly from farmers in the north, which involve "
        "losses suffered by families of the workers killed when the dam burst."
    )
    found = mentions(text)
    assert [(m.event_type, m.clause) for m in found] == [
        ("other", "The insurer has received as many as 12,000 claims")
    ]


def test_the_day_a_change_is_measured_from_does_not_date_the_change() -> None:
    text = "The price of the bonds rose to 96 cents, a four-cent jump from the previous day, traders said."
    assert [(d, e) for _, d, e in kinds(text)] == [(THU, THU)]
    # a day right after the change is when it happened
    assert [d for _, d, _ in kinds("Shares in the carrier rose 5% on Tuesday after the storm.")] == [
        dt.date(2026, 3, 10)
    ]


def test_a_plan_undone_since_is_the_news_of_the_report_not_of_the_planned_day() -> None:
    found = mentions("The second vote was scheduled for Sunday but has been postponed indefinitely.")
    assert [(m.event_type, m.date_start, m.clause) for m in found] == [
        ("election", THU, "The second vote has been postponed indefinitely")
    ]
    # a plan that went ahead keeps its day
    assert [d for _, d, _ in kinds("The match was due on Monday and went ahead in an empty stadium.")] == [
        dt.date(2026, 3, 9)
    ]


def test_an_act_of_earlier_this_year_or_last_year_is_dated_by_that_year() -> None:
    text = LEAD + "Vexa was evicted earlier this year from the FTSE4Good index."
    assert [(m.event_type, m.date_start, m.date_end) for m in mentions(text)][2:] == [
        ("other", dt.date(2026, 1, 1), THU - dt.timedelta(days=1))
    ]


def test_two_acts_of_one_report_dated_differently_stay_two_events() -> None:
    text = LEAD + (
        "Vexa was evicted earlier this year from the FTSE4Good index. "
        "Vexa released on Wednesday an internal report on its drilling safety."
    )
    others = [c for c in cluster_mentions(mentions(text)) if c.event_type == "other" and "Vexa" in title(c)]
    assert len(others) == 2, [title(c) for c in others]


def test_the_company_speaking_is_the_business_named_last() -> None:
    text = (
        "Shares in NWG rose sharply in London on Monday. The company also said it would sell about $2bn "
        "worth of older depots."
    )
    # (the sale it announces is its own act, acts26: the act keeps who made it known)
    said = [m for m in mentions(text) if m.speaker]
    assert [m.speaker for m in said] == ["NWG"]
    # when no business was named, the company speaks by its kind alone (bodies38)
    said = [m for m in mentions("The company also said it would sell older refineries.") if m.speaker]
    assert [m.speaker for m in said] == ["Company"]


def test_a_since_clause_that_tells_the_act_dates_it_before_a_later_year() -> None:
    text = (
        "The reservoir has lost nearly half its water since the dam burst on March 2 -- nearly twice the "
        "loss of the great drought in 1976."
    )
    assert kinds(text) == [("disaster", dt.date(2026, 3, 2), dt.date(2026, 3, 2))]


def test_a_dated_happening_before_its_relative_clause_dates_the_toll_it_took() -> None:
    text = "It is the best hope yet of restoring power since the 2 March dam collapse that killed 11 people."
    assert [(d, e) for _, d, e in kinds(text)] == [(dt.date(2026, 3, 2), dt.date(2026, 3, 2))]


def test_a_state_since_an_act_is_still_not_that_act() -> None:
    assert kinds("Prices have risen since the war began in 2022, the bank said on Monday.") == []


def test_a_poll_is_dated_by_the_day_its_people_were_surveyed() -> None:
    text = "Half of 3,000 voters polled yesterday said they think the minister should resign."
    assert kinds(text) == [("claim", dt.date(2026, 3, 11), dt.date(2026, 3, 11))]


def test_a_plan_told_before_a_closing_saying_is_split_from_the_announcement() -> None:
    text = "The bridge will reopen on Monday, transport minister Jan Roe said on Wednesday."
    assert kinds(text) == [
        ("statement", dt.date(2026, 3, 11), dt.date(2026, 3, 11)),
        ("other", dt.date(2026, 3, 16), dt.date(2026, 3, 16)),
    ]


def test_a_possibility_told_before_a_closing_saying_is_no_plan() -> None:
    text = "The bridge could reopen on Monday, transport minister Jan Roe said on Wednesday."
    assert [k for k, _, _ in kinds(text)] == ["statement"]


def test_a_timetable_in_the_present_ahead_of_its_day_is_a_planned_happening() -> None:
    text = (
        "The car maker will cut 900 jobs as it closes its paint shop, officials said on Wednesday. "
        "The first 150 redundancy notices go out on Friday, mostly to staff in Leeds."
    )
    planned = [m for m in mentions(text, dt.date(2026, 3, 11)) if m.planned]
    assert [(m.event_type, m.date_start) for m in planned] == [("other", dt.date(2026, 3, 13))]
    # the same verb told of the past is no plan
    assert not [
        m for m in mentions("The first notices went out on Monday.", dt.date(2026, 3, 11)) if m.planned
    ]


def test_a_named_expert_speaking_in_the_present_below_the_lead_is_the_reports_news() -> None:
    text = (
        "Early tests suggest the new strain of the virus is mild, scientists say.\n\n"
        "Laboratories in three countries began sequencing samples on Monday.\n\n"
        "Professor Jane Okafor, chair of virology at the University of Lagos says nothing in its genes is a "
        "cause for particular concern.\n\n"
        "Farmers in the region say the price of feed keeps rising."
    )
    said = [(m.sentence.text, m.date_start) for m in mentions(text) if m.event_type == "statement"]
    assert [d for s, d in said if s.startswith("Professor Jane Okafor")] == [THU]
    # a standing complaint by people nobody names is still no news of the day
    assert not [s for s, _ in said if "Farmers" in s]
