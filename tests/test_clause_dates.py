"""Which date a mention takes when its sentence, or the sentences before it, hold dates of other
happenings: an aside's date is the aside's, remarks told in the present perfect are the report's news, and
what a closing attribution follows was said, not said by whom it names. All sentences are our own."""

from __future__ import annotations

import dataclasses
import datetime as dt

from events.extract.corpus import Sentence, SourceRow, prepare_article
from events.extract.dates import find_dates
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from events.merge.clusters import Cluster, same_happening

TUESDAY = dt.date(2026, 6, 16)


def mentions_of(body: str, published: dt.date = TUESDAY) -> list[Mention]:
    article = prepare_article(
        "own.txt", "Headline of the story\n\n" + body + "\n", SourceRow(published=published)
    )
    return extract_mentions(article, load_gazetteer())


def test_an_aside_of_what_the_subject_did_before_keeps_its_date_from_the_main_clause() -> None:
    found = mentions_of(
        "The airline, after admitting that one of its engines had failed over the weekend, was grounding "
        "the rest of its fleet on Tuesday."
    )
    # the grounding is Tuesday's; the failure the aside admits is of the weekend before
    assert any(m.date_start == TUESDAY and "grounding" in m.clause for m in found)
    assert any(m.date_start == dt.date(2026, 6, 13) and "failed" in m.clause for m in found)
    assert not any("grounding" in m.clause and m.date_start != TUESDAY for m in found)


def test_whom_remarks_name_before_a_closing_attribution_lends_them_no_date() -> None:
    found = mentions_of(
        "Northwind Airlines said on 3 June that its new engines had passed every safety test.\n\n"
        "The long delays in the inspections are hurting Northwind Airlines, union leader Jane Roe warns."
    )
    roe = next(m for m in found if m.speaker == "Jane Roe")
    assert (roe.date_start, roe.date_basis) == (TUESDAY, "publication")


def test_a_count_confirmed_in_the_present_perfect_is_not_dated_by_the_speakers_earlier_remarks() -> None:
    found = mentions_of(
        "Vietnam said at the weekend that several travellers had taken fever pills before landing.\n\n"
        "Vietnam has confirmed 31 new infections, most of them among travellers."
    )
    confirmed = next(m for m in found if "31" in m.sentence.text)
    assert confirmed.date_start == TUESDAY
    earlier = next(m for m in found if "fever" in m.sentence.text)
    assert earlier.date_start == dt.date(2026, 6, 13)


def test_remarks_told_in_the_past_still_take_their_speakers_earlier_day() -> None:
    found = mentions_of(
        "Northwind Airlines said on Monday that its new engines had passed every safety test.\n\n"
        "The airline said the inspections had found no cracks in the fan blades."
    )
    assert {m.date_start for m in found} == {dt.date(2026, 6, 15)}


def _undated_remarks(published: dt.date, name: str) -> Mention:
    article = prepare_article(
        name,
        "Headline of the story\n\nNorthwind Airlines said the grounded jets would stay on the tarmac.\n",
        SourceRow(published=published, outlet="Outlet"),
    )
    [mention] = [m for m in extract_mentions(article, load_gazetteer()) if m.is_speech]
    assert mention.date_basis == "publication"
    return mention


def test_a_speakers_undated_remarks_in_reports_days_apart_are_two_occasions() -> None:
    first = _undated_remarks(dt.date(2026, 6, 12), "own-1.txt")
    # a report of the next day may tell the same remarks; one of three days later tells other ones
    assert same_happening(_undated_remarks(dt.date(2026, 6, 13), "own-2.txt"), Cluster([first]))
    assert not same_happening(_undated_remarks(dt.date(2026, 6, 15), "own-3.txt"), Cluster([first]))


FRIDAY = dt.date(2026, 6, 19)


def test_an_opening_weekday_takes_the_tense_of_its_own_verb_not_of_a_clause_after_it() -> None:
    # an irregular past ("stuck") is a past verb, before the "will" of what was estimated
    [thursday, *_] = find_dates(
        "On Thursday, the port authority stuck to its estimate that the quay will reopen by mid-August.",
        FRIDAY,
    )
    assert thursday.date_start == dt.date(2026, 6, 18)
    # the future of an aside about the subject is the aside's
    [tuesday] = find_dates(
        "On Tuesday the players, who will be taking part in the final, defended the decision to play.",
        FRIDAY,
    )
    assert tuesday.date_start == dt.date(2026, 6, 16)
    # with no verb outside the aside, the aside's future is the only tense there is
    [saturday] = find_dates(
        "Saturday's final, which will be shown on big screens in the square, is sold out.", FRIDAY
    )
    assert saturday.date_start == dt.date(2026, 6, 20)


def test_dates_joined_in_one_opening_phrase_share_its_tense() -> None:
    found = find_dates("By September and October the cranes will be crowding the northern lakes.", TUESDAY)
    assert [(d.text, d.date_start) for d in found] == [
        ("September", dt.date(2026, 9, 1)),
        ("October", dt.date(2026, 10, 1)),
    ]


def test_this_winter_in_a_clause_about_the_future_said_in_spring_is_the_winter_ahead() -> None:
    # ("on flooded fields": a word in -ed after a preposition is an adjective, no past verb)
    [ahead] = find_dates(
        "Most of the geese will be feeding on flooded fields this winter.", dt.date(2026, 4, 20)
    )
    assert (ahead.date_start, ahead.date_end) == (dt.date(2026, 12, 1), dt.date(2027, 2, 28))
    [past] = find_dates("The geese fed on the coastal marshes this winter.", dt.date(2026, 4, 20))
    assert past.date_start == dt.date(2025, 12, 1)


def test_the_end_of_a_range_without_its_year_is_not_before_its_start() -> None:
    found = find_dates(
        "It is possible to reopen the pier between June 16 and June 30, the harbour master told reporters.",
        dt.date(2026, 6, 5),
    )
    assert [d.date_start for d in found] == [dt.date(2026, 6, 16), dt.date(2026, 6, 30)]


def test_what_came_a_count_before_the_main_clause_is_dated_back_by_the_count() -> None:
    found = mentions_of(
        "The sludge began reaching the northern beaches last week, about a month after the dam burst and "
        "flooded the valley.",
        dt.date(2026, 2, 11),
    )
    burst = next(m for m in found if "dam burst" in m.clause)
    assert (burst.date_start, burst.date_end, burst.precision) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 1, 31),
        "month",
    )
    beaches = next(m for m in found if "beaches" in m.clause)
    assert beaches.date_start == dt.date(2026, 2, 2)


def test_a_hearing_set_for_a_day_without_its_year_is_ahead() -> None:
    [hearing] = find_dates("A hearing has been scheduled for 5 April in the capital.", dt.date(2026, 2, 11))
    assert hearing.date_start == dt.date(2026, 4, 5)


def _acts_of(text: str, published: dt.date, name: str) -> list[Mention]:
    article = prepare_article(
        name, f"Headline of the story\n\n{text}\n", SourceRow(published=published, outlet="Outlet")
    )
    return extract_mentions(article, load_gazetteer())


def test_acts_of_no_named_kind_in_two_reports_are_not_one_for_naming_the_same_body() -> None:
    [sheen] = _acts_of(
        "The Red Cross began repainting its fleet on Tuesday at a hangar near the airport.",
        dt.date(2026, 6, 9),
        "own-1.txt",
    )
    [takeover] = _acts_of(
        "The deputy chief of the Red Cross took over the daily running of the fleet last month.",
        dt.date(2026, 7, 20),
        "own-2.txt",
    )
    assert sheen.event_type == takeover.event_type == "other"
    assert not same_happening(takeover, Cluster([sheen]))


def test_a_day_followed_by_that_year_takes_the_year_the_story_is_in() -> None:
    found = find_dates(
        "The mill closed in March 2019. Its owner died on 2 July that year.", dt.date(2026, 8, 30)
    )
    assert [(d.text, d.date_start) for d in found] == [
        ("March 2019", dt.date(2019, 3, 1)),
        ("2 July that year", dt.date(2019, 7, 2)),
    ]


def test_plans_for_a_day_without_its_year_look_ahead() -> None:
    [concert] = find_dates("The council has backed plans for a parade on 8 October.", dt.date(2026, 8, 30))
    assert concert.date_start == dt.date(2026, 10, 8)


def test_an_undated_act_after_a_one_sentence_paragraph_dated_long_ago_is_background() -> None:
    found = mentions_of(
        "The river burst its banks across the north of the country on Monday, officials said.\n\n"
        "The 1998 floods are still remembered as the worst on record.\n\n"
        "Soldiers evacuated more than 4,000 people from the valley in three weeks."
    )
    evacuated = next(m for m in found if "evacuated" in m.sentence.text)
    assert evacuated.undated_past
    river = next(m for m in found if "river" in m.sentence.text)
    assert not river.undated_past


def test_what_is_due_when_a_stretch_ahead_ends_is_planned_at_its_end() -> None:
    found = mentions_of(
        "Mayor Jane Roe warned on Tuesday that the tunnel could stay shut until September, when engineers "
        "are expected to finish shoring up its walls.\n\n"
        "But she repeated the governor's warning that the bridge could stay closed until August, when the "
        "new span is due to be finished.",
        dt.date(2026, 6, 2),
    )
    planned = {(m.clause, m.date_start) for m in found if m.planned}
    assert planned == {
        ("Engineers are expected to finish shoring up its walls", dt.date(2026, 9, 1)),
        ("The new span is due to be finished", dt.date(2026, 8, 1)),
    }
    # the warning itself is of Tuesday
    assert any(m.speaker == "Jane Roe" and m.date_start == dt.date(2026, 6, 2) for m in found)


def test_earlier_counts_back_from_the_date_its_sentence_has_told() -> None:
    found = find_dates("Exports rose 4% in October from a 2% rise a month earlier.", dt.date(2026, 11, 20))
    assert [(d.text, d.date_start) for d in found] == [
        ("October", dt.date(2026, 10, 1)),
        ("a month earlier", dt.date(2026, 9, 1)),
    ]
    # with nothing told before it, from publication
    [alone] = find_dates("Exports had risen 2% a month earlier.", dt.date(2026, 11, 20))
    assert alone.date_start == dt.date(2026, 10, 1)


def test_a_timetables_present_before_a_weekday_looks_ahead() -> None:
    [opens] = find_dates("Voter registration opens on Monday.", TUESDAY)
    assert opens.date_start == dt.date(2026, 6, 22)
    [notices] = find_dates("The first layoff notices go out on Monday.", TUESDAY)
    assert notices.date_start == dt.date(2026, 6, 22)
    [went] = find_dates("The first layoff notices went out on Monday.", TUESDAY)
    assert went.date_start == dt.date(2026, 6, 15)
    # an infinitive, a negation or an adjective is no timetable
    [shut] = find_dates("The shops remained open on Monday.", TUESDAY)
    assert shut.date_start == dt.date(2026, 6, 15)
    [failed] = find_dates("The border failed to open on Monday.", TUESDAY)
    assert failed.date_start == dt.date(2026, 6, 15)


def test_remarks_are_not_dated_by_a_relative_clause_inside_what_was_said() -> None:
    [remarks] = mentions_of(
        "But the airline's chief executive Jane Roe said the firm bore no blame for the crash which "
        "destroyed the hangar on 22 April, causing the fire.",
        dt.date(2026, 5, 3),
    )
    assert (remarks.speaker, remarks.date_basis) == ("Jane Roe", "publication")


def test_a_name_only_one_side_counts_as_a_party_is_no_word_of_a_shared_act() -> None:
    [handover] = _acts_of(
        "June 22 - The Red Cross hands control of the camp to its deputy director Janet Harrowby.",
        dt.date(2027, 1, 11),
        "own-1.txt",
    )
    assert handover.actors == ("Red Cross", "Janet Harrowby")
    text = "The minister wondered aloud this month whether the Red Cross should have fired Janet Harrowby."
    wondered = dataclasses.replace(
        handover,
        article="own-2.txt",
        published=dt.date(2026, 6, 25),
        sentence=Sentence(23, 23 + len(text), text, 1),
        clause=text.rstrip("."),
        actors=("Red Cross",),
        date_start=dt.date(2026, 6, 1),
        date_end=dt.date(2026, 6, 30),
        precision="month",
        date_basis="resolved",
    )
    # they share the body; "Janet Harrowby" is a name, and no word of an act is left
    assert not same_happening(wondered, Cluster([handover]))


def test_a_date_opening_a_clause_takes_the_tense_of_the_verb_after_it() -> None:
    text = (
        "The fear was that the strike could spread, the minister said, and that a second wave in the autumn "
        "could be worse."
    )
    [autumn] = find_dates(text, dt.date(2026, 5, 4))
    assert autumn.date_start == dt.date(2026, 9, 1)
    [ahead, past] = find_dates(
        "The minister said that in March the plant would close. "
        "The minister said that in March the plant closed.",
        dt.date(2026, 5, 4),
    )
    assert (ahead.date_start, past.date_start) == (dt.date(2027, 3, 1), dt.date(2026, 3, 1))


def test_what_was_agreed_or_offered_to_do_is_ahead() -> None:
    [march] = find_dates("The delegates agreed to hold a donors' conference in March.", dt.date(2026, 1, 26))
    assert march.date_start == dt.date(2026, 3, 1)
    [offer] = find_dates("The minister welcomed the offer to host the talks in March.", dt.date(2026, 1, 26))
    assert offer.date_start == dt.date(2026, 3, 1)


def test_this_spring_in_a_clause_about_the_future_said_in_autumn_is_the_next_spring() -> None:
    [spring] = find_dates(
        "Another audit should be released this spring, the office said.", dt.date(2026, 11, 14)
    )
    assert spring.date_start == dt.date(2027, 3, 1)


def test_a_rough_count_from_a_day_gives_the_period_not_a_day() -> None:
    [end] = find_dates(
        "The strike ended nearly five months after the mine closed on April 20, 2026.", dt.date(2026, 9, 19)
    )
    assert (end.date_start, end.date_end, end.precision) == (
        dt.date(2026, 9, 1),
        dt.date(2026, 9, 30),
        "month",
    )


def test_until_a_weekday_takes_the_tense_of_its_clauses_verb() -> None:
    sunday = dt.date(2026, 6, 21)
    [before] = find_dates("Until Saturday none of the floodwater had reached the town.", sunday)
    assert before.date_start == dt.date(2026, 6, 20)
    [ahead] = find_dates("The library would stay shut until Thursday on orders from the council.", sunday)
    assert ahead.date_start == dt.date(2026, 6, 25)
    first, _ = find_dates("From May 2, when the dam burst, until Thursday, the river rose.", sunday)
    assert first.date_start == dt.date(2026, 5, 2)


def test_a_compound_adjective_in_ed_is_no_past_verb() -> None:
    [august] = find_dates(
        "The road could stay shut until August, when the so-called relief lanes are expected to open.",
        dt.date(2026, 6, 1),
    )
    assert august.date_start == dt.date(2026, 8, 1)


def test_deadlines_and_plans_seen_from_the_past_are_ahead() -> None:
    may = dt.date(2026, 5, 28)
    [december] = find_dates("The government has deals in place for 90m doses of vaccine by December.", may)
    assert december.date_start == dt.date(2026, 12, 1)
    [done] = find_dates("The plant had been finished by December.", may)
    assert done.date_start == dt.date(2025, 12, 1)
    [july] = find_dates("The band had been due to stage 30 concerts in Paris, beginning on 13 July.", may)
    assert july.date_start == dt.date(2026, 7, 13)
    [august] = find_dates(
        "The breach could be sealed soon, officials said, keeping work on schedule to finish by mid-August.",
        may,
    )
    assert august.date_start.year == 2026


def test_a_stretch_that_ran_until_a_day_ended_then_but_an_end_that_was_set_is_ahead() -> None:
    september = dt.date(2026, 9, 19)
    [ran] = find_dates("The strike ran until July 15, when the union signed a deal.", september)
    assert ran.date_start == dt.date(2026, 7, 15)
    [adjourned] = find_dates("The court adjourned the case until October 12.", september)
    assert adjourned.date_start == dt.date(2026, 10, 12)


def test_one_report_giving_two_counts_tells_of_two_tolls() -> None:
    killed, injured = mentions_of(
        "At least 16 people were killed in the earthquake on Tuesday, the agency said.\n\n"
        "At least 56 people were injured in the earthquake on Tuesday.",
        dt.date(2026, 6, 17),
    )
    assert killed.event_type == injured.event_type == "casualties"
    assert not same_happening(injured, Cluster([killed]))
    # the same count told again is the same toll
    again = dataclasses.replace(injured, figures=killed.figures)
    assert same_happening(again, Cluster([killed]))


def test_remarks_told_in_an_as_clause_are_news_of_the_same_day() -> None:
    raised, announced = mentions_of(
        "The ministry today raised the toll to 300, as Health Minister Jane Roe announced that schools would "
        "close.",
        dt.date(2026, 5, 8),
    )
    assert raised.clause == "The ministry today raised the toll to 300"
    assert (announced.event_type, announced.speaker, announced.date_start) == (
        "statement",
        "Jane Roe",
        dt.date(2026, 5, 8),
    )


def test_a_year_ahead_in_what_was_said_is_a_planned_happening_of_that_year() -> None:
    found = mentions_of(
        "The national railway plans to cut 1,200 maintenance jobs over the next six months as it prepares to "
        "close its oldest depot in 2027, railway officials said on Thursday.",
        dt.date(2026, 6, 5),
    )
    said = next(m for m in found if not m.planned)
    assert said.date_start == dt.date(2026, 6, 4)
    planned = next(m for m in found if m.planned)
    assert (planned.date_start, planned.date_end) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))


def test_an_act_in_the_present_perfect_is_not_dated_by_its_doers_earlier_remarks() -> None:
    said, opened = mentions_of(
        "The Red Cross said last week that its camps were full.\n\n"
        "The Red Cross has opened three new camps on the edge of the city."
    )
    assert said.date_start == dt.date(2026, 6, 8)
    assert (opened.date_start, opened.date_basis) == (TUESDAY, "publication")


def test_a_quotation_going_on_from_remarks_is_not_dated_by_whom_it_names() -> None:
    found = mentions_of(
        "Northwind Airlines said on 3 June that its new engines had passed every safety test.\n\n"
        "The long delays in the inspections are hurting Northwind Airlines, Professor Jane Roe warns.\n\n"
        '"It depletes confidence that Northwind Airlines has control of its fleet."'
    )
    assert all(m.date_start == TUESDAY for m in found if m.speaker == "Jane Roe")


def test_all_year_before_a_number_is_a_school_year_not_a_date() -> None:
    assert find_dates("The school has offered all year 9 pupils a vaccine.", TUESDAY) == []
    [week] = find_dates("The school was closed all week.", TUESDAY)
    assert week.date_start == dt.date(2026, 6, 15)


def test_remarks_told_by_a_paper_named_for_its_day_are_of_that_day() -> None:
    [report] = mentions_of(
        "Separately, the Sunday Post of Leeds reported that the airline is in talks to sell its regional "
        "routes."
    )
    assert (report.date_start, report.date_basis) == (dt.date(2026, 6, 14), "resolved")


def test_a_count_confirmed_in_the_perfect_is_not_the_speakers_dated_remarks_of_days_before() -> None:
    earlier, confirmed = mentions_of(
        "Vietnam said at the weekend that several travellers had taken fever pills before landing.\n\n"
        "Vietnam has confirmed 31 new infections, most of them among travellers.",
        dt.date(2026, 6, 15),  # a Monday: the weekend is the day before
    )
    assert earlier.speaker == confirmed.speaker == "Vietnam"
    assert not same_happening(confirmed, Cluster([earlier]))


def test_a_second_date_whose_verb_is_left_out_gives_a_happening_with_the_first_clauses_verb() -> None:
    june, july = mentions_of(
        "The agency will raise its forecast to 3 percent by the end of June and to 4 percent by mid-July.",
        dt.date(2026, 6, 15),
    )
    assert june.clause == "The agency will raise its forecast to 3 percent by the end of June"
    assert july.clause == "The agency will raise its forecast to 4 percent by mid-July"
    assert (july.date_start, july.planned) == (dt.date(2026, 7, 11), True)
