"""Which clause and which sentence a date belongs to: an undated sentence that goes on with the scene of
the dated one just above it takes its day; a date inside a later clause of its own (before, until, what a
participle of saying reports) dates that clause, not the act told before it. All sentences are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.mentions import Mention
from tests.reports import report_mentions

FRIDAY = dt.date(2026, 5, 15)
TUESDAY = dt.date(2026, 5, 12)
WEDNESDAY = dt.date(2026, 5, 13)

SCENE = (
    "Ballot count stalls\n\nOn Tuesday, riot police cleared the square outside the election commission.\n\n"
)


def mention_of(text: str, opening: str) -> Mention:
    """The mention of the sentence that opens with `opening`, in a report of ours published on a Friday."""
    found = [m for m in report_mentions(text, FRIDAY) if m.sentence.text.startswith(opening)]
    assert found, f"no mention of {opening!r}"
    return found[0]


def test_undated_sentence_going_on_with_a_dated_scene_takes_its_day() -> None:
    told = mention_of(
        SCENE + "Dozens of protesters were detained and three officers were injured.\n", "Dozens"
    )
    assert (told.date_start, told.date_basis) == (TUESDAY, "context")


def test_a_sentence_that_moves_off_the_scene_keeps_the_report_day() -> None:
    told = mention_of(SCENE + "Dozens of protesters were subsequently detained.\n", "Dozens")
    assert told.date_start == FRIDAY


def test_a_time_of_day_of_its_own_is_another_scene() -> None:
    told = mention_of(SCENE + "Dozens of protesters were detained by 1400 GMT.\n", "Dozens")
    assert told.date_start != TUESDAY


def test_a_sentence_two_sentences_below_the_scene_does_not_take_its_day() -> None:
    text = SCENE + "Turnout was low.\n\nDozens of protesters were detained and three officers were injured.\n"
    assert mention_of(text, "Dozens").date_start == FRIDAY


def test_a_date_in_an_aside_sets_no_scene() -> None:
    text = (
        "Farm protest\n\nThe trade minister, who was questioned by lawmakers on Tuesday, defended the "
        "tariffs.\n\n"
        "Hundreds of farmers blocked the motorway with tractors and burned tyres.\n"
    )
    assert mention_of(text, "Hundreds").date_start == FRIDAY


def test_a_happening_named_by_its_day_sets_no_scene() -> None:
    text = (
        "Storm damage\n\nRescue teams reached villages cut off by Tuesday's storm.\n\n"
        "Dozens of families were evacuated and two bridges collapsed.\n"
    )
    assert mention_of(text, "Dozens").date_start == FRIDAY


def test_a_dated_saying_sets_no_scene_for_an_act_below_it() -> None:
    text = (
        "Tariff row\n\nTwo senators said on Wednesday the steel tariffs should be scrapped.\n\n"
        "Steel producers' shares fell 4% in New York.\n"
    )
    assert mention_of(text, "Steel").date_start == FRIDAY


def test_a_date_in_a_before_clause_does_not_date_the_act() -> None:
    text = (
        "Refinery blast\n\nThe blast killed 11 workers and spilled fuel for weeks before the tank was sealed "
        "on 15 April.\n"
    )
    assert mention_of(text, "The blast").date_start != dt.date(2026, 4, 15)


def test_a_date_in_an_until_clause_does_not_date_the_act() -> None:
    text = "Floods\n\nThe storm flooded 300 homes until the river fell back on Sunday.\n"
    assert mention_of(text, "The storm").date_start != dt.date(2026, 5, 10)


def test_a_date_in_what_a_participle_of_saying_reports_does_not_date_the_act() -> None:
    text = (
        "Car recall\n\nThe carmaker recalled 40,000 vehicles, saying a brake fault found by inspectors on "
        "Wednesday could cause crashes.\n"
    )
    assert mention_of(text, "The carmaker").date_start != WEDNESDAY


def test_the_time_of_the_act_before_a_participle_of_saying_is_kept() -> None:
    text = "Car recall\n\nThe carmaker recalled 40,000 vehicles on Wednesday, saying the fault was rare.\n"
    assert mention_of(text, "The carmaker").date_start == WEDNESDAY


def test_an_after_clause_still_dates_the_act_that_follows_it() -> None:
    text = "Border town\n\nRebels seized the town after government troops withdrew on Monday.\n"
    assert mention_of(text, "Rebels").date_start == dt.date(2026, 5, 11)


def test_a_stretch_told_from_another_time_sets_no_scene() -> None:
    text = (
        "Harbour spill\n\nFuel has been leaking since the tanker ran aground on 2 May and broke up two days "
        "later.\n\nThe port authority ordered the shipping company to publish its water samples.\n"
    )
    assert mention_of(text, "The port authority").date_start == FRIDAY


def test_a_sentence_naming_two_times_sets_no_scene() -> None:
    text = (
        "Bank inquiry\n\nMinutes of the board's 12 March meeting were read out at the hearing on Tuesday.\n\n"
        "The chairman warned the regulator about the losses.\n"
    )
    assert mention_of(text, "The chairman").date_start == FRIDAY


def test_an_act_in_the_present_behind_a_dashed_aside_is_no_part_of_the_scene() -> None:
    text = (
        "Port strike\n\nThe dock workers' union filed two lawsuits in the labour court on Tuesday.\n\n"
        "The lawsuits -- one against the port operator and one against its contractors, both named "
        "-- seek back pay for 300 workers.\n"
    )
    assert mention_of(text, "The lawsuits").date_start != TUESDAY


def test_a_closing_relative_aside_does_not_stop_the_scene() -> None:
    # what the relative clauses tell ("which quoted a memo that said the plan had broken the rules") is of
    # the memo, so its saying and its "had" leave Tuesday's scene as it is
    text = (
        "Budget row\n\nThe future of the Carden budget is in doubt, lawmakers said.\n\n"
        "The row was set off on Tuesday by a ruling of the state court, which quoted a treasury memo that "
        "said the plan had broken the spending rules.\n\n"
        "Opposition members staged a walkout and blocked the vote.\n"
    )
    told = mention_of(text, "Opposition")
    assert (told.date_start, told.date_basis) == (TUESDAY, "context")


def test_a_perfect_main_clause_before_a_relative_aside_sets_no_scene() -> None:
    text = (
        "Budget row\n\nThe row has simmered since Tuesday over a ruling of the state court, which quoted a "
        "treasury memo.\n\n"
        "Opposition members staged a walkout and blocked the vote.\n"
    )
    assert mention_of(text, "Opposition").date_start == FRIDAY


def test_a_look_ahead_after_a_semicolon_leaves_the_scene_of_the_first_clause() -> None:
    text = (
        "Wildfire\n\nFirefighters battled a wildfire near Marlow for a third day.\n\n"
        "Facing the spreading flames, Governor Ana Ruiz declared a state of emergency Tuesday; a storm is "
        "forecast to hit the coast on Sunday.\n\n"
        "Ruiz announced the step at a news conference in Dunmore.\n"
    )
    told = mention_of(text, "Ruiz announced")
    assert (told.date_start, told.date_basis) == (TUESDAY, "context")


def test_an_undated_first_clause_before_a_semicolon_sets_no_scene() -> None:
    text = (
        "Wildfire\n\nFirefighters battled a wildfire near Marlow for a third day.\n\n"
        "Governor Ana Ruiz declared a state of emergency; a storm is forecast to hit the coast on Sunday.\n\n"
        "Ruiz announced the step at a news conference in Dunmore.\n"
    )
    assert mention_of(text, "Ruiz announced").date_start == FRIDAY


INQUIRY = (
    "Ferry inquiry\n\nThe inquiry into the sinking of the Cala ferry heard from its first witness.\n\n"
    "Lena Marsh, the ferry's former safety officer, gave evidence on Tuesday to the panel in Dunmore.\n\n"
)


def test_remarks_below_a_dated_act_of_speaking_take_its_day() -> None:
    told = mention_of(INQUIRY + "Marsh said the lifeboat checks had been skipped for months.\n", "Marsh said")
    assert (told.date_start, told.date_basis) == (TUESDAY, "context")
    assert "spoke at the time the article dates" in told.date_reason


def test_another_speakers_remarks_keep_the_report_day() -> None:
    text = INQUIRY + "The operator's lawyer, Tom Reed, said the checks were carried out every week.\n"
    assert mention_of(text, "The operator's lawyer").date_start == FRIDAY


def test_an_act_of_speaking_long_ago_dates_no_remarks() -> None:
    text = (
        "Ferry inquiry\n\nLena Marsh gave evidence to a similar inquiry in 2019.\n\n"
        "Marsh said the lifeboat checks had been skipped for months.\n"
    )
    assert mention_of(text, "Marsh said").date_start != dt.date(2019, 1, 1)
    assert mention_of(text, "Marsh said").date_basis != "context"


ORDER = (
    "River traffic\n\nWhile the floods were still rising, the regional government issued an order that "
    "banned river traffic on the Delle.\n\n"
    "Boat owners said the rule was ignored for weeks.\n\n"
)
APRIL_14 = dt.date(2026, 4, 14)


def test_an_act_takes_the_day_a_later_sentence_names_what_it_made_by() -> None:
    text = ORDER + "That 14 April order cut traffic sharply, the river agency said.\n"
    told = mention_of(text, "While the floods")
    assert (told.date_start, told.date_basis) == (APRIL_14, "context")
    assert "the order it issued is named below as 'That 14 April order'" in told.date_reason


def test_an_act_keeps_the_report_day_when_another_thing_of_the_name_is_brought_in() -> None:
    text = (
        ORDER + "A second order, issued on 14 April, closed the harbour; that 14 April order still stands.\n"
    )
    assert mention_of(text, "While the floods").date_start != APRIL_14


def test_an_act_in_the_perfect_keeps_the_report_day() -> None:
    text = (
        "River traffic\n\nThe regional government has issued an order that bans river traffic on the "
        "Delle.\n\n"
        "That 14 April order cut traffic sharply, the river agency said.\n"
    )
    assert mention_of(text, "The regional government").date_start != APRIL_14


def test_an_act_whose_thing_no_later_sentence_dates_keeps_the_report_day() -> None:
    text = ORDER + "Traffic fell sharply after the order took effect, the river agency said.\n"
    assert mention_of(text, "While the floods").date_start == FRIDAY


def test_remarks_below_another_day_set_after_the_act_of_speaking_keep_that_day() -> None:
    text = (
        INQUIRY + "On Thursday the panel published its findings.\n\n"
        "Marsh said the lifeboat checks had been skipped for months.\n"
    )
    assert mention_of(text, "Marsh said").date_start != TUESDAY


def test_a_semicolon_clause_of_the_report_day_is_a_time_of_its_own() -> None:
    text = (
        "Cup final\n\nThe club's supporters celebrated across the city.\n\n"
        "The Rovers won the cup final on Tuesday; the victory parade will be held today.\n\n"
        "Police arrested 12 fans after scuffles in the old town.\n"
    )
    assert mention_of(text, "Police arrested").date_start != TUESDAY


def test_a_thing_named_by_a_feast_day_gives_no_day_to_the_act() -> None:
    text = (
        "Fireworks\n\nThe city council imposed a ban on fireworks in the old town.\n\n"
        "Traders said the New Year's Eve ban had cost them dearly.\n"
    )
    assert mention_of(text, "The city council").date_start == FRIDAY


SHIPYARD = (
    "Shipyard inquiry\n\nThe inquiry into the collapse of the Orrin dock heard its first witness.\n\n"
    "Ivo Kern, the yard's chief engineer, gave evidence on Tuesday to the panel in Selby.\n\n"
)


def test_a_later_deed_of_the_speaker_keeps_its_own_time() -> None:
    text = SHIPYARD + "Kern was later arrested and charged with negligence.\n"
    assert mention_of(text, "Kern was").date_start != TUESDAY


def test_remarks_of_another_person_of_the_surname_keep_the_report_day() -> None:
    text = SHIPYARD + "His sister, Nora Kern, said the family wanted answers from the yard.\n"
    assert mention_of(text, "His sister").date_start != TUESDAY


def test_someone_speaking_for_a_person_is_not_that_person_speaking() -> None:
    text = (
        "Shipyard inquiry\n\nThe inquiry into the collapse of the Orrin dock heard its first witness.\n\n"
        "A lawyer for Ivo Kern spoke to reporters on Tuesday outside the hall in Selby.\n\n"
        "Kern said the cranes had been checked every month.\n"
    )
    assert mention_of(text, "Kern said").date_start != TUESDAY


def test_remarks_opening_on_a_pronoun_are_not_dated_by_an_act_of_speaking() -> None:
    text = (
        SHIPYARD + "The yard's owner, Piet Lund, did not attend the hearing.\n\n"
        "He said the cranes had been checked every month.\n"
    )
    assert mention_of(text, "He said").date_start != TUESDAY


def test_a_letter_addressed_is_no_act_of_speaking() -> None:
    text = (
        "Rates row\n\nKurt Mellor addressed a letter to the central bank on Tuesday.\n\n"
        "Mellor said the rates were far too high for small firms.\n"
    )
    assert mention_of(text, "Mellor said").date_start != TUESDAY


def test_remarks_that_name_their_own_occasion_keep_the_report_day() -> None:
    text = (
        SHIPYARD + "The panel will report in the autumn.\n\nUnions want the yard closed.\n\n"
        "In an interview with this newspaper, Kern said the cranes had been checked every month.\n"
    )
    assert mention_of(text, "In an interview").date_start == FRIDAY


RECALL_JAN_9 = dt.date(2026, 1, 9)


def test_a_thing_of_the_name_owned_by_another_gives_no_day() -> None:
    text = (
        "Truck recall\n\nTruckmaker Orla announced a recall of 300,000 trucks over faulty steering.\n\n"
        "The move comes weeks after that 9 January recall of 1 million cars over faulty locks.\n"
    )
    assert mention_of(text, "Truckmaker").date_start != RECALL_JAN_9


def test_a_thing_of_the_name_set_against_the_act_gives_no_day() -> None:
    text = (
        "Truck recall\n\nTruckmaker Orla announced a recall of 300,000 trucks over faulty steering.\n\n"
        "The step follows that 9 January recall, which drivers said came too late.\n"
    )
    assert mention_of(text, "Truckmaker").date_start != RECALL_JAN_9


def test_a_ruling_of_another_court_gives_no_day() -> None:
    text = (
        "Tax ruling\n\nThe high court handed down a ruling that upheld the harbour tax.\n\n"
        "That 2 February ruling of the district court had struck the tax down.\n"
    )
    assert mention_of(text, "The high court").date_start != dt.date(2026, 2, 2)


def test_an_act_takes_the_day_of_the_thing_named_day_first_after_the() -> None:
    text = ORDER + "The 14 April order cut traffic sharply, the river agency said.\n"
    assert mention_of(text, "While the floods").date_start == APRIL_14


def test_an_undated_perfect_clause_after_a_semicolon_sets_no_scene() -> None:
    text = (
        "League title\n\nThe Harriers won the league title on Tuesday; the club's owner had put it up for "
        "sale.\n\nInvestors from Orsk made an offer for the club.\n"
    )
    assert mention_of(text, "Investors").date_start != TUESDAY


def test_a_time_clause_after_the_thing_made_still_names_it() -> None:
    # (what fell after the order is another happening; the order is still the one the act made)
    text = ORDER + "Traffic fell sharply after that 14 April order took effect, the river agency said.\n"
    assert mention_of(text, "While the floods").date_start == APRIL_14
