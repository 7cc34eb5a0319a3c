"""Types a briefing officer would file a report under (issue 7), for classes of news English that the type
rules misread on unseen text (the forty-seventh session's count of wrong types on two opened slices): an
assent with its day, terms or pressure between "agreed" and what was agreed, several laws passed and
counted, and the toll of an act of violence told after it. The guards (review 47y) keep money bills, a clause
declared and a body's account of its deed out of the measure and words types. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import build_reports

THURSDAY = dt.date(2031, 5, 8)


def types_of(sentence: str) -> list[str]:
    return [event[0] for event in build_reports((THURSDAY, sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two unions agreed on Tuesday to end the strike at the port.",
        "The carmaker agreed last month under pressure from regulators to recall 40,000 vehicles.",
        "The rival bidders agreed in principle to split the broadcasting rights.",
        "The football club agreed late Friday to sell its stadium to the city council.",
        "The hospital trust agreed under pressure from patients to reopen the maternity ward.",
    ],
)
def test_an_assent_with_its_day_or_terms_is_an_agreement(sentence: str) -> None:
    assert types_of(sentence) == ["agreement"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a view shared, a date fixed, a finding endorsed: no deal
        "Scientists agreed on Tuesday that the drug was safe for children.",
        "The two teams agreed on a date for the replay.",
        "It was widely agreed on Monday to be the best result in years.",
        "The firm agreed with the report's findings on Wednesday.",
    ],
)
def test_agreed_without_an_act_to_come_is_no_agreement(sentence: str) -> None:
    assert "agreement" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a court taking up a case, a view held, a race given up told with its day: the type of what is agreed
        # to, no deal
        "The judge agreed on Tuesday to hear the appeal of the former mayor.",
        "Most economists agreed last month to the view that rates would rise.",
        "The candidate agreed on Sunday to concede the race after a recount.",
        "The senator agreed under pressure from his party to drop out of the race.",
        "The two parties agreed this week to hold a second round of talks.",
    ],
)
def test_agreed_to_a_hearing_a_view_or_a_race_given_up_is_no_agreement(sentence: str) -> None:
    assert "agreement" not in types_of(sentence)


def test_an_assent_to_be_questioned_is_the_same_with_its_day() -> None:
    assert types_of("The opposition leader agreed on Monday to be questioned by the committee.") == types_of(
        "The opposition leader agreed to be questioned by the committee."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Senate on Wednesday passed two bills that would raise the minimum wage.",
        "The regional assembly approved three laws on Thursday to protect wetlands.",
        "The president signed four new laws on Friday on policing and prisons.",
    ],
)
def test_several_laws_passed_and_counted_are_a_measure(sentence: str) -> None:
    assert types_of(sentence) == ["policy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council has passed three bills on housing this year.",
        "The cashier passed two counterfeit bills on Friday before police arrived.",
        "The singer signed two dollar bills for fans on Wednesday.",
        # money bills and a film's budgets are no measure; laws passed over a period are no one day's act
        "Police said the man had passed counterfeit bills at three shops in the town centre.",
        "The singer signed dollar bills for fans outside the theatre on Wednesday.",
        "The central bank said forgers had passed thousands of fake bills in the capital.",
        "The studio approved budgets of more than 200 million dollars for its two summer films.",
        "The company announced budgets for its new stores on Thursday.",
        "State legislatures have passed laws restricting abortion since 2022.",
        "Since taking office, the governor has signed laws on gun control and voting.",
        "Lawmakers in 20 states have introduced bills this year to limit mail voting.",
        "Voters on Tuesday passed the time queuing in the rain outside the town hall.",
        "The driver paid two bills on Monday and left the garage.",
    ],
)
def test_bills_of_money_or_laws_over_a_period_are_no_measure(sentence: str) -> None:
    assert "policy" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the news a declaration carries is not words alone
        "The health minister declared last week that the flu epidemic was over.",
        "The weather service declared on Wednesday that the drought in the south had ended.",
        "The carmaker declared on Monday that it would file for bankruptcy.",
        "The company declared on Monday that it was insolvent.",
        "The coach declared that he would resign at the end of the season.",
    ],
)
def test_the_news_a_declaration_carries_is_not_filed_as_words(sentence: str) -> None:
    assert "statement" not in types_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # what is declared as an act keeps the act's type
        ("The governor declared a state of emergency on Monday that will last a week.", "policy"),
        ("The health agency declared the outbreak over on Friday.", "disaster"),
        ("The athlete declared on Sunday for the national team.", "other"),
    ],
)
def test_an_act_declared_keeps_its_type(sentence: str, kind: str) -> None:
    assert types_of(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen stormed a wedding party on Friday, killing 12 people.",
        "Rebels ambushed a convoy near the border on Monday, killing six soldiers.",
        "A gunman opened fire in a shopping centre on Saturday, killing five.",
        "State radio quoted a farmer as saying soldiers had opened fire on a crowd at a fuel depot on"
        " Tuesday, killing at least two of them.",
    ],
)
def test_the_toll_of_an_act_of_violence_is_casualties(sentence: str) -> None:
    assert types_of(sentence) == ["casualties"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a disaster's toll stays the disaster's; animals, hopes or a game killed count no one
        ("The rig blew up on Monday, killing 11 workers.", "disaster"),
        ("Hunters shot at the flock on Monday, killing 40 geese.", "other"),
        ("The firm fired its chief executive on Monday, killing hopes of a merger.", "leadership"),
        ("The striker shot from distance on Saturday, killing off the tie.", "other"),
    ],
)
def test_a_toll_of_no_violence_keeps_its_type(sentence: str, kind: str) -> None:
    assert types_of(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        # weather, a hazard or an accident told with a verb of violence, or animals killed: no act of violence
        "The hurricane stormed ashore on Tuesday, killing 12 people.",
        "Warm and cold air masses clashed over the plains on Sunday, spawning tornadoes across three states,"
        " killing 12 people.",
        "A gas cylinder detonated in a restaurant kitchen on Saturday, killing three workers.",
        "Fireworks stored in a warehouse detonated on Saturday night, killing 14 people.",
        "Demolition crews detonated the old cooling towers on Sunday, killing two spectators who had crossed"
        " the safety line.",
        "Gunmen opened fire on a police patrol on Sunday, killing two police dogs.",
    ],
)
def test_a_toll_of_weather_a_hazard_or_animals_is_no_casualties(sentence: str) -> None:
    assert "casualties" not in types_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # harm done or a degree reached is no defence of the deed: the deed is not filed as words
        "The army said it had seriously damaged the rebels' supply lines in an offensive on Wednesday.",
        "The army said it had thoroughly destroyed the rebel camp on Tuesday.",
        "The shipping company said it had sold two of its tankers on Friday, a year after one was seriously"
        " damaged in a collision.",
    ],
)
def test_harm_or_degree_in_a_body_s_deed_is_not_its_words(sentence: str) -> None:
    assert "statement" not in types_of(sentence)
