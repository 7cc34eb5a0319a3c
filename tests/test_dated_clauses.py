"""Every dated happening in a sentence: two dated clauses give two mentions; an announcement is dated when
it is made and what it announces is planned at its own date. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions
from tests.reports import report_mentions

TUESDAY = dt.date(2026, 5, 12)


def mentions_of(text: str) -> list[Mention]:
    return report_mentions(text, TUESDAY)


def test_two_dated_clauses_give_two_mentions() -> None:
    found = mentions_of(
        "Talks between the two governments began in March and the agreement takes effect on 1 June, "
        "the ministry said."
    )
    assert [(m.event_type, m.date_start) for m in found] == [
        ("diplomacy", dt.date(2026, 3, 1)),
        ("agreement", dt.date(2026, 6, 1)),
    ]
    assert found[1].planned


def test_announcement_and_what_it_announces_are_dated_apart() -> None:
    found = mentions_of(
        "The trade ministry said on Monday it would impose 20% tariffs on imported steel, which will take "
        "effect on Friday."
    )
    assert [(m.event_type, m.date_start, m.planned) for m in found] == [
        ("policy", dt.date(2026, 5, 11), False),
        ("policy", dt.date(2026, 5, 15), True),
    ]
    # each mention points at its own clause of the sentence
    assert found[1].sentence.text.startswith("which will take effect on Friday")
    assert found[0].sentence.end <= found[1].sentence.start


def test_one_dated_clause_gives_one_mention() -> None:
    found = mentions_of("Police arrested two men near the harbour on Monday and questioned them for hours.")
    assert [(m.event_type, m.date_start) for m in found] == [("arrest", dt.date(2026, 5, 11))]


def test_a_second_dated_clause_keeps_the_subject_it_shares() -> None:
    text = (
        "Headline of the story\n\n"
        "He was arrested in Chad in March 2022 and transferred to The Hague the following month.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 8, 20)))
    clauses = [(m.clause, m.date_start) for m in extract_mentions(article, load_gazetteer())]
    assert clauses[-1] == ("He was transferred to The Hague the following month", dt.date(2022, 4, 1))


def test_a_dated_relative_clause_in_the_past_tells_of_its_noun() -> None:
    text = (
        "Headline of the story\n\n"
        "Divers removed the damaged barrier Saturday that had been put up on the quay in early June.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2026, 7, 12)))
    clauses = [(m.clause, m.date_start) for m in extract_mentions(article, load_gazetteer())]
    assert clauses == [
        ("Divers removed the damaged barrier Saturday", dt.date(2026, 7, 11)),
        ("The damaged barrier had been put up on the quay in early June", dt.date(2026, 6, 1)),
    ]


def test_an_undated_act_in_the_present_perfect_happened_by_publication() -> None:
    found = mentions_of("The relief agency has released £80,000 for tents and blankets.")
    assert [(m.event_type, m.date_start, m.date_basis) for m in found] == [("other", TUESDAY, "publication")]
    assert mentions_of("The harbour ferry has been ordered to stay in port until the storm passes.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The village's only clinic, the Mercy health post, has been closed and its staff sent home.",
        "The ferry, which carries 300 passengers a day, has been ordered to stay in port.",
    ],
)
def test_a_subject_with_a_name_or_an_aside_set_apart_still_acts_in_the_present_perfect(sentence: str) -> None:
    found = mentions_of(sentence)
    assert [(m.date_start, m.date_basis) for m in found] == [(TUESDAY, "publication")]


def test_an_undated_lead_in_the_simple_past_is_the_days_news() -> None:
    found = mentions_of(
        "As anger grew in the coastal towns, the company began work on a new cap for the leak."
    )
    assert [(m.clause, m.date_start) for m in found] == [
        ("The company began work on a new cap for the leak", TUESDAY)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Scientists recently discovered a new species of frog in the northern forests.",
        "It was a day of mourning across the country for the victims.",
    ],
)
def test_a_lead_told_as_earlier_or_as_a_state_is_no_act_of_the_day(sentence: str) -> None:
    assert mentions_of(sentence) == []


def test_an_opening_sentence_after_a_caption_can_be_the_days_news_and_a_later_one_cannot() -> None:
    found = mentions_of(
        "Rescue boats wait in the harbour. The coastguard began a new search for the missing trawler crew. "
        "Fishermen drifted for hours on the open sea before the storm broke."
    )
    assert [(m.clause, m.date_start) for m in found] == [
        ("The coastguard began a new search for the missing trawler crew", TUESDAY)
    ]


def test_a_present_verb_before_a_past_participle_is_no_lead_act() -> None:
    assert mentions_of("The new rules freeze any bank accounts of the companies named by the ministry.") == []


def test_a_state_in_the_present_perfect_is_no_act() -> None:
    assert mentions_of("The long drought has seen food prices rise across the region.") == []


def test_a_clause_whose_date_stands_right_after_and_is_split_and_keeps_its_subject() -> None:
    found = mentions_of(
        "The decision came after the port authority on Friday added 12 shipping firms to its blacklist and "
        "last month tightened rules on cargo checks."
    )
    assert [(m.clause, m.date_start) for m in found] == [
        ("The port authority on Friday added 12 shipping firms to its blacklist", dt.date(2026, 5, 8)),
        ("The port authority last month tightened rules on cargo checks", dt.date(2026, 4, 1)),
    ]


def test_coordinated_nouns_are_no_clause_break() -> None:
    found = mentions_of(
        "Police closed the bridge on Monday, and a repair crew will start work in Lagos and Abuja next "
        "Monday, the ministry said."
    )
    assert [m.date_start for m in found] == [dt.date(2026, 5, 11), dt.date(2026, 5, 18)]
    assert found[1].clause.startswith("A repair crew will start work")


def test_the_main_clause_types_the_sentence_and_not_its_after_clause() -> None:
    found = mentions_of(
        "Airline shares closed down 6% on Monday after the carrier agreed to sell its cargo arm."
    )
    # the agreement the after-clause tells is a happening of its own, not the sentence's type
    assert [(m.event_type, m.family) for m in found] == [("other", "market"), ("agreement", "agreement")]


def test_an_act_before_and_said_is_news_of_its_own() -> None:
    found = mentions_of(
        "The aid agency opened a 50-bed field hospital in the port last week and said its staff were "
        "overwhelmed."
    )
    assert [(m.event_type, m.clause) for m in found] == [
        ("other", "The aid agency opened a 50-bed field hospital in the port last week")
    ]
    congratulated = mentions_of(
        "Prime Minister Jane Okoth congratulated the new leader in a message on Monday and said she looked "
        "forward to working together."
    )
    assert [m.event_type for m in congratulated] == ["statement"]


def test_a_relative_clause_told_alone_names_what_it_tells_of() -> None:
    found = mentions_of(
        "The whereabouts of Jorge Mendes, who won a second term in the November 2025 presidential election, "
        "were not known on Monday."
    )
    told = {m.clause: m.date_start for m in found}
    # the aside is a happening of its own, at its own date; the main clause keeps Monday
    assert told["Jorge Mendes won a second term in the November 2025 presidential election"] == dt.date(
        2025, 11, 1
    )
    assert all(day == dt.date(2026, 5, 11) for clause, day in told.items() if "whereabouts" in clause)


def test_an_order_to_come_is_a_planned_policy_at_its_own_date() -> None:
    found = mentions_of(
        "The aviation authority is expected to order on Thursday fresh checks on all engines."
    )
    assert [(m.event_type, m.date_start, m.planned) for m in found] == [
        ("policy", dt.date(2026, 5, 14), True)
    ]


def test_what_is_to_be_done_on_a_day_is_planned() -> None:
    found = mentions_of("The final results are to be declared on 27 June.")
    assert [(m.date_start, m.planned) for m in found] == [(dt.date(2026, 6, 27), True)]


def test_what_news_came_a_day_after_is_dated_a_day_before() -> None:
    found = mentions_of("The blockade came a day after the government announced new sanctions on the port.")
    assert [m.date_start for m in found] == [TUESDAY - dt.timedelta(days=1)]


def test_a_result_told_of_a_days_vote_is_dated_when_it_was_given() -> None:
    found = mentions_of(
        "The ruling party won 120 of the 200 seats in Sunday's parliamentary elections, the electoral "
        "commission said on Tuesday."
    )
    assert [(m.event_type, m.date_start) for m in found] == [
        ("election", TUESDAY),
        ("election", dt.date(2026, 5, 10)),  # the elections themselves, named in the sentence
    ]
    marred = mentions_of("Sunday's vote was marred by violence, observers said on Tuesday.")
    assert [m.date_start for m in marred] == [dt.date(2026, 5, 10)]


@pytest.mark.parametrize(
    ("sentence", "clause", "day"),
    [
        (
            "Engineers resumed drilling on Monday in the crater of the 12 January earthquake.",
            "The earthquake took place",
            dt.date(2026, 1, 12),
        ),
        (
            "A parliamentary committee began hearings on the April 3 refinery blast on Monday.",
            "The refinery blast took place",
            dt.date(2026, 4, 3),
        ),
    ],
)
def test_a_dated_happening_named_in_a_noun_phrase_is_one_of_its_own(
    sentence: str, clause: str, day: dt.date
) -> None:
    found = mentions_of(sentence)
    assert [m.date_start for m in found] == [dt.date(2026, 5, 11), day]
    assert (found[1].event_type, found[1].clause) == ("disaster", clause)


def test_a_shared_subject_clause_carries_its_subject_and_a_gapped_one_is_no_clause() -> None:
    sank = mentions_of("The trawler caught fire on 3 March and sank in April.")
    assert [m.clause for m in sank] == ["The trawler caught fire on 3 March", "The trawler sank in April"]
    gapped = mentions_of("Divers found engine parts near the pier on Monday and in the channel on Tuesday.")
    assert [m.date_start for m in gapped] == [dt.date(2026, 5, 11)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The new valve never before has been tested at such depths.",
        "Cold water will mean the gas has been trapped inside the pipe.",
    ],
)
def test_a_present_perfect_that_did_not_happen_is_no_act(sentence: str) -> None:
    assert mentions_of(sentence) == []


def test_an_announcement_and_the_act_it_announces_are_two_mentions() -> None:
    found = mentions_of(
        "Transport Minister Ana Soto said on Monday that the agency would order new brake checks on Thursday."
    )
    assert [(m.event_type, m.date_start, m.planned) for m in found] == [
        ("statement", dt.date(2026, 5, 11), False),
        ("policy", dt.date(2026, 5, 14), True),
    ]
    assert found[0].speaker == "Ana Soto"


def test_a_relative_clause_tells_of_the_name_not_of_the_word_that_opened_the_sentence() -> None:
    found = mentions_of(
        "Under Amara Diallo, who was elected to a second term in 2021, the port reopened slowly, "
        "the report said."
    )
    # (told by the report, as what it says: "According to the report, ...")
    assert [m.clause for m in found if m.event_type == "election"] == [
        "According to the report, Amara Diallo was elected to a second term in 2021"
    ]


def test_a_remark_in_the_present_tense_is_not_dated_by_an_earlier_act_joined_by_and() -> None:
    found = mentions_of(
        "Amara Diallo said on Monday the charity would send 40 doctors. She went to Nepal after the "
        "earthquake in 2015 and says she has been told to expect the worst."
    )
    told = [m for m in found if m.clause == "she has been told to expect the worst"]
    assert [str(m.date_start) for m in told] == ["2026-05-11"]  # the day she was last quoted, not 2015
    found = mentions_of("The ministry signed the contract in March and says the plant will open next year.")
    assert [str(m.date_start) for m in found] == ["2026-03-01", "2027-01-01"]


def test_a_war_breaking_out_in_an_aside_is_an_offensive_at_its_own_date() -> None:
    # (moved from test_event_types: the toll of the main clause is now a mention of its own)
    found = mentions_of(
        "The war between the army and the militia, which erupted in April 2023, has killed thousands."
    )
    assert [(m.event_type, m.date_start) for m in found] == [
        ("casualties", TUESDAY),
        ("offensive", dt.date(2023, 4, 1)),
    ]


@pytest.mark.parametrize(
    ("sentence", "main", "aside"),
    [
        (
            "The mine's owner Peter Lamb, who was questioned by a parliamentary committee for six hours on "
            "Friday, said he had done nothing wrong.",
            TUESDAY,
            (
                "Peter Lamb was questioned by a parliamentary committee for six hours on Friday",
                dt.date(2026, 5, 8),
            ),
        ),
        (
            "In neighbouring Malawi, where a state of disaster was declared in March 2025, the health "
            "ministry reported 60 new cases.",
            TUESDAY,
            ("A state of disaster was declared in March 2025", dt.date(2025, 3, 1)),
        ),
        (
            "The company said the refinery would reopen, stronger than before, after the shutdown, caused "
            "by a fire in its main boiler on 3 March, ended.",
            TUESDAY,
            ("The shutdown was caused by a fire in its main boiler on 3 March", dt.date(2026, 3, 3)),
        ),
    ],
)
def test_a_dated_aside_does_not_date_its_main_clause(
    sentence: str, main: dt.date, aside: tuple[str, dt.date]
) -> None:
    found = mentions_of(sentence)
    assert (found[-1].clause, found[-1].date_start) == aside
    assert [m.date_start for m in found[:-1]] in ([], [main])
    # the aside's mention points at the aside, the main clause's at the whole sentence
    assert found[-1].sentence.text.endswith(aside[0].split()[-1])


def test_the_main_clause_is_told_without_its_aside() -> None:
    found = mentions_of(
        "The cyclone, which made landfall on Sunday, destroyed 300 homes on the coast, officials said."
    )
    assert [(m.clause, m.date_start) for m in found] == [
        ("The cyclone destroyed 300 homes on the coast", TUESDAY),
        ("The cyclone made landfall on Sunday", dt.date(2026, 5, 10)),
    ]


def test_an_aside_that_looks_ahead_still_dates_its_main_clause() -> None:
    found = mentions_of(
        "The inquiry will run alongside the criminal trial, which is expected to begin next year."
    )
    assert {m.date_start for m in found} == {dt.date(2027, 1, 1)}


def test_clauses_joined_by_a_semicolon_are_read_apart() -> None:
    # the first clause's mood ("would be") does not hide the second clause's planned act
    found = mentions_of(
        "The barrier would only be a stopgap; the city council plans to finish the levee by mid-June."
    )
    assert [(m.clause, m.date_start, m.planned) for m in found] == [
        ("The city council plans to finish the levee by mid-June", dt.date(2026, 6, 11), True)
    ]
    # a list set off by semicolons stays one sentence
    listed = mentions_of(
        "Those hurt on Friday included a driver, aged 40; two nurses from the clinic; and a boy."
    )
    assert len(listed) == 1 and listed[0].sentence.text.endswith("and a boy.")


def test_a_since_clause_with_its_own_subject_and_date_is_a_happening_of_its_own() -> None:
    found = mentions_of(
        "Measles has killed 60 children and sickened more than 3,000 since the health ministry declared an "
        "epidemic on 2 March, UNICEF said on Monday."
    )
    assert [(m.clause, m.date_start) for m in found] == [
        ("Measles has killed 60 children and sickened more than 3,000", dt.date(2026, 5, 11)),
        ("The health ministry declared an epidemic on 2 March", dt.date(2026, 3, 2)),
    ]


def test_a_happening_told_in_dated_remarks_is_dated_when_it_happened() -> None:
    # Tuesday 12 May 2026: remarks of Monday about an act of Saturday
    found = mentions_of(
        "In a statement issued on Monday, Admiral Grace Otieno said divers had recovered two bodies on "
        "Saturday."
    )
    assert [(m.event_type, m.date_start) for m in found] == [
        ("statement", dt.date(2026, 5, 11)),
        ("other", dt.date(2026, 5, 9)),
    ]
    assert found[1].clause == "Divers had recovered two bodies on Saturday"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said on Friday that militants had shelled its base near the border on Saturday.",
        "Police said on Friday the two suspects were arrested on Saturday.",
    ],
)
def test_a_weekday_told_in_past_remarks_falls_before_them(sentence: str) -> None:
    # published Tuesday 12 May: remarks of Friday 8 May tell of Saturday 2 May, not Saturday 9 May
    found = mentions_of(sentence)
    assert [m.date_start for m in found] == [dt.date(2026, 5, 2)]
    assert "before the remarks" in found[0].date_reason


def test_an_act_planned_as_seen_from_a_past_time_is_planned_at_its_day() -> None:
    # Tuesday 12 May 2026: the band was to play tomorrow
    found = mentions_of(
        "Members of a school band were to play the anthem for the visiting delegation on Wednesday."
    )
    assert [(m.date_start, m.planned) for m in found] == [(dt.date(2026, 5, 13), True)]


def test_words_said_at_an_occasion_told_earlier_take_its_date() -> None:
    article = prepare_article(
        "own.txt",
        "Rival parties signed a power-sharing deal on Saturday in Nairobi.\n\n"
        "Markets rose in early trading.\n\n"
        "``We have waited years for this,'' the mediator Amina Duale said at the signing ceremony.\n",
        SourceRow(published=TUESDAY),
    )
    said = extract_mentions(article, load_gazetteer())[-1]
    assert (said.date_start, said.date_basis) == (dt.date(2026, 5, 9), "context")


def test_an_aside_whose_date_names_a_thing_is_no_happening_of_its_own() -> None:
    found = mentions_of(
        "The national observatory, which put Sunday's earthquake at magnitude 6.1, said aftershocks could "
        "continue for weeks."
    )
    assert not any(m.clause.startswith("The national observatory put") for m in found)


def test_a_second_act_joined_by_and_shares_the_first_ones_day() -> None:
    found = mentions_of(
        "The regional government on Monday released emergency funds for the flooded districts, a spokesman "
        "said, and the navy deployed rescue boats to the worst-hit villages."
    )
    assert [(m.event_type, m.date_start) for m in found] == [
        ("other", dt.date(2026, 5, 11)),
        ("deployment", dt.date(2026, 5, 11)),
    ]
    assert found[1].clause == "The navy deployed rescue boats to the worst-hit villages"
    # nouns joined by "and" are no second act
    assert len(mentions_of("Rescuers on Monday searched the port, and the hangars near the runway.")) <= 1


def test_a_persons_future_in_an_aside_is_theirs_not_the_main_clauses() -> None:
    found = mentions_of(
        "Rescue crews worked through the night.\n\n"
        "The firm's lawyers said the company had hired Mr Okafor, who goes on trial in July 2026 for fraud."
    )
    told = {m.clause: (m.date_start, m.planned) for m in found}
    assert told["Mr Okafor goes on trial in July 2026 for fraud"] == (dt.date(2026, 7, 1), True)
    assert all(day == TUESDAY for clause, (day, _p) in told.items() if "hired" in clause)


@pytest.mark.parametrize(
    ("sentence", "happening", "start", "end"),
    [
        # the happening counted from is one of its own, at the date the count starts from
        (
            "The inspector questioned the foreman two days after the explosion on 3 March 2024.",
            ("disaster", "The explosion took place"),
            dt.date(2024, 3, 3),
            dt.date(2024, 3, 3),
        ),
        (
            "The firm bought the policy two months before the singer's August 2023 death.",
            ("casualties", "The death took place"),
            dt.date(2023, 8, 1),
            dt.date(2023, 8, 31),
        ),
        # the noun before its date, in a phrase hanging on a preposition
        (
            "Supplies have been slow to reach the valley since the first tremor on 2 February.",
            ("disaster", "The first tremor took place"),
            dt.date(2026, 2, 2),
            dt.date(2026, 2, 2),
        ),
        # a week's happening, and a sentence that tells nothing else dated
        (
            "The footage, first shown in last week's opening statements, was shown again on Tuesday.",
            ("legal", "The opening statements took place"),
            dt.date(2026, 5, 4),
            dt.date(2026, 5, 10),
        ),
        (
            "The minister is heard shouting at an aide in the 4 June 2025 recording.",
            ("other", "The recording took place"),
            dt.date(2025, 6, 4),
            dt.date(2025, 6, 4),
        ),
    ],
)
def test_a_happening_that_a_date_names_inside_a_phrase_is_one_of_its_own(
    sentence: str, happening: tuple[str, str], start: dt.date, end: dt.date
) -> None:
    named = [m for m in mentions_of(sentence) if m.clause.endswith("took place")]
    assert [(m.event_type, m.clause, m.date_start, m.date_end) for m in named] == [(*happening, start, end)]


def test_the_object_of_the_verb_is_no_happening_named_apart() -> None:
    # "launched an attack on Monday": the attack is the act the sentence dates, not a second happening
    found = mentions_of("Rebels launched an attack on Monday on an army base near the border.")
    assert [m.clause.endswith("took place") for m in found] == [False]


def test_the_happening_an_after_clause_tells_is_one_of_its_own_of_the_main_clauses_day() -> None:
    found = mentions_of("Crowds gathered outside the court on Monday after the judges convicted the mayor.")
    assert [(m.date_start, m.clause) for m in found] == [
        (dt.date(2026, 5, 11), "Crowds gathered outside the court on Monday"),
        (dt.date(2026, 5, 11), "The judges convicted the mayor"),
    ]
    assert found[1].event_type == "legal"


def test_the_main_clause_is_typed_without_the_clause_it_follows() -> None:
    found = mentions_of(
        "The bank suspended its lending programme with Ruritania in March 2025 after the government "
        "froze talks on a trade deal."
    )
    assert [m.clause for m in found][1:] == ["The government froze talks on a trade deal"]
    assert found[0].event_type != found[1].event_type


@pytest.mark.parametrize(
    "sentence",
    [
        "The ceasefire was signed on Friday after three weeks of talks mediated by the African Union.",
        "Rebels seized the town on Friday after heavy fighting.",
    ],
)
def test_an_after_phrase_with_no_clause_is_no_happening_of_its_own(sentence: str) -> None:
    assert len(mentions_of(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "told", "day"),
    [
        # a participle and its agent tell which thing; the after-clause's own verb comes after them
        (
            "The club sacked its coach on Sunday, two days after the bus hired by the team broke down on a "
            "motorway.",
            "broke down",
            dt.date(2026, 5, 8),
        ),
        (
            "Ministers met on Sunday, a week after the dam built by the state company collapsed without "
            "warning.",
            "collapsed",
            dt.date(2026, 5, 3),
        ),
        # (a past of any irregular verb: "ran", and "spread", which is also a participle)
        (
            "The tanker was refloated on Sunday, five days after the ship owned by a shipping firm ran "
            "aground.",
            "ran aground",
            dt.date(2026, 5, 5),
        ),
        (
            "The ferry was towed to port on Sunday after a fire started by a faulty heater spread to the "
            "engine room.",
            "spread",
            dt.date(2026, 5, 10),
        ),
        # "by" then an amount is how much a verb of its own changed, not who did a participle
        (
            "Shares in the bank fell 9 percent on Sunday after profits dropped by a third.",
            "dropped",
            dt.date(2026, 5, 10),
        ),
    ],
)
def test_an_after_clause_whose_subject_a_participle_describes_is_counted_back(
    sentence: str, told: str, day: dt.date
) -> None:
    found = mentions_of(sentence)
    after = [m for m in found if told in m.clause]
    assert [(m.date_start, m.date_end) for m in after] == [(day, day)]
    assert any(m.date_start == dt.date(2026, 5, 10) and told not in m.clause for m in found)


def test_an_after_clause_told_in_the_passive_is_counted_back_and_leaves_the_main_clause_whole() -> None:
    found = mentions_of(
        "Police recovered the stolen van on Sunday, three days after the jewellery shop in the old town was "
        "robbed by two men."
    )
    assert sorted((m.date_start, m.clause.endswith("three days")) for m in found) == [
        (dt.date(2026, 5, 7), False),
        (dt.date(2026, 5, 10), False),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ceasefire was signed on Friday after three weeks of talks mediated by the African Union.",
        "The league fined the club on Friday after a report compiled by the referees, officials said.",
        "The team won the final on Sunday after a season marred by injuries.",
        # a capitalised word, or an adjective after a determiner or an adverb, in the agent is no verb
        "The two sides agreed a truce on Sunday after talks mediated by the United Nations.",
        "The rebels laid down their arms on Friday after a peace deal backed by the United States.",
        "The court freed the journalist on Monday after a campaign led by the newly elected president.",
        "Voters returned to the polls on Sunday after a campaign dominated by the elected mayor's record.",
        "Judges threw out the case on Thursday after an appeal lodged by the disgraced banker.",
        # ... nor a second participle, which a preposition follows
        "The striker returned to training on Tuesday after a season marred by injuries suffered in the cup.",
    ],
)
def test_an_after_phrase_with_a_participle_and_no_verb_of_its_own_stays_one_mention(sentence: str) -> None:
    assert len(mentions_of(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        # a count set off before "after" measures back to the after-clause, and is no part of the main clause
        (
            "The president was sworn in on Friday, two weeks after he won the runoff.",
            "The president was sworn in on Friday",
        ),
        # a count after "for" or "in" is how long, and stays
        (
            "The champion was suspended on Monday for four years after he failed a drug test.",
            "The champion was suspended on Monday for four years",
        ),
        (
            "The carmaker posted its first profit on Monday in three years after sales rebounded in China.",
            "The carmaker posted its first profit on Monday in three years",
        ),
    ],
)
def test_the_count_before_after_leaves_the_main_clause_only_when_it_measures_back(
    sentence: str, main: str
) -> None:
    assert main in [m.clause for m in mentions_of(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The champion was suspended on Monday for four years after he failed a drug test.",
        "The former mayor was jailed on Tuesday for two years after a court convicted him of fraud.",
        "The airport was closed on Monday for three days after the storm damaged its runway.",
    ],
)
def test_a_stretch_before_after_is_no_count_back(sentence: str) -> None:
    # ("for four years after": how long the main clause's state lasts, not how long before it the clause came)
    assert all(m.date_start.year == 2026 and m.date_start.month == 5 for m in mentions_of(sentence))


def test_a_count_from_a_happening_the_article_dates_elsewhere_is_dated_by_it() -> None:
    found = mentions_of(
        "A boy was dug out alive from the ruins eight days after the earthquake hit, rescuers said.\n\n"
        "More than 300 people died in the 3 May earthquake."
    )
    rescue = next(m for m in found if "boy" in m.sentence.text)
    assert (rescue.date_start, rescue.date_basis) == (dt.date(2026, 5, 11), "resolved")
    assert "counted from" in rescue.date_reason


def test_a_count_from_a_happening_the_article_never_dates_stays_undated() -> None:
    found = mentions_of("Talks resumed on the border a week after the vote, officials said.")
    assert all(m.date_basis == "publication" for m in found)


def test_a_speakers_news_of_its_own_recent_act_is_the_days() -> None:
    # not the lead, and in the present perfect: still today's news, since the speaker says it now
    found = mentions_of(
        "Schools reopened in the capital on Monday.\n\n"
        "The Ruritanian health ministry says it has ordered hospitals to stockpile masks."
    )
    masks = next(m for m in found if "masks" in m.sentence.text)
    assert (masks.date_start, masks.date_basis, masks.undated_past) == (TUESDAY, "publication", False)


def test_a_date_compared_with_never_dates_the_sentence() -> None:
    (turnout,) = mentions_of(
        "Turnout was 41%, chairman Ana Okonjo said, down from the previous vote in 2021."
    )
    assert (turnout.date_start, turnout.date_basis) == (TUESDAY, "publication")


def test_a_plan_whose_verb_comes_after_its_date_is_planned() -> None:
    found = mentions_of(
        "Crews are confident that by week's end they will have repaired the broken water main."
    )
    assert [(m.planned, m.precision, m.date_start) for m in found] == [(True, "week", dt.date(2026, 5, 15))]


def test_what_news_came_days_after_is_an_act_dated_from_the_lead() -> None:
    found = mentions_of(
        "Divers rescued a fisherman from the capsized trawler on Sunday, the coastguard said.\n\n"
        "His rescue comes five days after the navy called off the hunt for the crew."
    )
    search = next(m for m in found if "navy" in m.sentence.text)
    assert (search.clause, search.date_start) == (
        "The navy called off the hunt for the crew",
        dt.date(2026, 5, 5),
    )


def test_an_act_that_has_gone_on_since_a_date_began_then() -> None:
    found = mentions_of("The team that has been searching the lake since early March found a second wreck.")
    begun = [m for m in found if m.date_basis != "publication"]
    assert [(m.clause, m.date_start, m.date_end) for m in begun] == [
        ("The team has been searching the lake since early March", dt.date(2026, 3, 1), dt.date(2026, 3, 10))
    ]


def test_a_name_set_off_by_commas_does_not_end_the_clause_that_goes_on_since() -> None:
    found = mentions_of(
        "The insurer said it had sought records from the clinic's owner, Ana Okonjo, since June 2024."
    )
    assert [m.date_start for m in found if m.date_basis == "explicit"] == [dt.date(2024, 6, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 400 turtles have died in the bay since 30 April, the agency said.",
        "The drought has hit thousands of acres of farmland since April.",
    ],
)
def test_a_count_or_a_state_since_a_date_is_no_beginning(sentence: str) -> None:
    assert not [m for m in mentions_of(sentence) if m.date_basis == "explicit"]


def test_a_named_attack_or_quake_is_never_ahead() -> None:
    found = mentions_of("Security was tightened on Monday ahead of the anniversary of the 29 May bombing.")
    assert [m.clause.endswith("took place") for m in found] == [False]


def test_a_state_since_a_year_is_no_beginning() -> None:
    found = mentions_of("Peacekeepers have been deployed there since 2014, the mission said on Monday.")
    assert all(m.date_start.year == 2026 for m in found)


def test_dates_listed_one_after_another_are_one_happening_each() -> None:
    found = mentions_of("The cabinet survived two attempts to unseat it, in December and in March.")
    assert [(m.date_start, m.clause) for m in found] == [
        (dt.date(2025, 12, 1), "The cabinet survived two attempts to unseat it"),
        (dt.date(2026, 3, 1), "The cabinet survived two attempts to unseat it"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The region suffered a cholera epidemic in 2014 and 2015, when 200 people died.",
        "The river flooded the valley between May and June.",
        # alternatives are one happening at one of them
        "The court is expected to hear the appeal in late August or September.",
    ],
)
def test_years_listed_or_a_span_are_one_happening(sentence: str) -> None:
    assert len(mentions_of(sentence)) == 1


def test_a_state_that_goes_on_since_a_dated_thing_is_no_act_of_that_date() -> None:
    found = mentions_of("The singer has been named the biggest seller since his death last year.")
    assert all(m.date_start.year == 2026 for m in found)
    quake = mentions_of("Some 300 of them have been found since the quake struck on 2 May.")
    assert [m.date_start for m in quake] == [dt.date(2026, 5, 2)]


def test_a_that_after_a_dash_tells_of_the_noun_before_it() -> None:
    found = mentions_of(
        "The minister, in a surprise move, called off plans to visit Chile and Peru later in the month -- a "
        "visit that was already postponed earlier in the year because of the strikes."
    )
    clauses = [m.clause for m in found]
    assert any(c.startswith("A visit was already postponed") for c in clauses), clauses
    assert not any(c.startswith("The minister:") for c in clauses), clauses


def test_nouns_joined_inside_an_object_are_no_second_clause() -> None:
    # "and" joins two nouns after "of"; the second is told of by a participle phrase with its own years
    found = mentions_of(
        "The tribunal on Monday convicted the former commander of fraud and crimes committed in the north "
        "in 2019 and 2020."
    )
    assert [(m.event_type, m.date_start) for m in found] == [("legal", dt.date(2026, 5, 11))]


def test_a_clause_with_its_own_subject_after_and_is_still_a_second_clause() -> None:
    found = mentions_of("Police arrested the driver on Monday and prosecutors charged him in March.")
    assert [m.date_start for m in found] == [dt.date(2026, 5, 11), dt.date(2026, 3, 1)]


def test_a_second_act_in_the_perfect_after_and_is_of_the_reports_days() -> None:
    found = mentions_of(
        "Firefighters rescued 12 villagers from the river on Monday, and the army has sent two helicopters "
        "to the valley."
    )
    assert [(m.clause, m.date_start) for m in found] == [
        ("Firefighters rescued 12 villagers from the river on Monday", dt.date(2026, 5, 11)),
        ("The army has sent two helicopters to the valley", TUESDAY),
    ]
    met = mentions_of(
        "The governor chaired a meeting of the crisis committee on Monday, and the health minister has "
        "spoken with her federal counterpart about the outbreak."
    )
    assert [m.date_start for m in met] == [dt.date(2026, 5, 11), TUESDAY]
    assert met[1].clause.startswith("The health minister has spoken")


def test_two_acts_under_way_joined_by_and_give_two_mentions() -> None:
    found = mentions_of(
        "Heavy rain fell for a third day across the region.\n\n"
        "The Red Cross is sending a medical team from Nairobi and the World Health Organization is flying "
        "in three planes with tents and blankets."
    )
    assert ("The World Health Organization is flying in three planes with tents and blankets", TUESDAY) in [
        (m.clause, m.date_start) for m in found
    ]


def test_and_in_a_list_or_a_reported_that_clause_opens_no_second_act() -> None:
    # the last word of a list before "and" is no subject; "and that ..." goes on with what was said
    listed = mentions_of(
        "The fever, carried by ticks, fleas and stray dogs, has killed 40 people in the province."
    )
    assert len(listed) == 1
    said = mentions_of(
        "The ministry said on Sunday that 40 people had been detained for looting, and that nine officers "
        "were injured."
    )
    assert not any(m.clause.lower().startswith("that") for m in said)
    assert len(said) == 1


def test_a_perfect_participle_after_the_main_clause_keeps_its_date_to_itself() -> None:
    found = mentions_of(
        "Shares of the mining group rose 4% in early trading, having fallen 6% on Monday after the warning "
        "on profits."
    )
    assert [(m.clause, m.date_start) for m in found] == [
        ("Shares of the mining group rose 4% in early trading", TUESDAY),
        (
            "Shares of the mining group had fallen 6% on Monday after the warning on profits",
            dt.date(2026, 5, 11),
        ),
    ]
    # a participle with no date leaves the sentence one happening
    assert len(mentions_of("Shares of the mining group rose 4% on Monday, having fallen for a week.")) == 1


def test_the_only_date_in_an_after_clause_is_its_own_not_the_present_main_clauses() -> None:
    found = mentions_of(
        "Her deputy is in day-to-day charge of the ministry after the minister returned to Geneva last week, "
        "the government said."
    )
    told = {m.clause: m.date_start for m in found}
    assert told["The minister returned to Geneva last week"] == dt.date(2026, 5, 4)
    assert [day for clause, day in told.items() if clause.startswith("Her deputy")] == [TUESDAY]
    # a main clause in the past keeps the day it shares with what came first
    began = mentions_of("The protests began on Thursday after parliament passed the law.")
    assert [(m.clause, m.date_start) for m in began] == [
        ("The protests began on Thursday", dt.date(2026, 5, 7)),
        ("Parliament passed the law", dt.date(2026, 5, 7)),
    ]


def test_a_second_clause_in_the_perfect_inside_what_was_said_is_no_act_of_its_own() -> None:
    found = mentions_of(
        "Firefighters have rescued 12 villagers from the river, and the army has sent two helicopters to the "
        "valley, a regional spokesman said."
    )
    assert not any(m.clause.startswith("The army has sent") for m in found)


def test_an_opening_that_names_the_occasion_of_the_saying_dates_it() -> None:
    # (wrong24) "Speaking after the 2019 storms": said in that year, though the year names the storms
    found = mentions_of(
        "Speaking after the 2019 storms, President Ana Roe said that the country needed long-term help."
    )
    assert [(m.event_type, m.date_start, m.precision) for m in found] == [
        ("statement", dt.date(2019, 1, 1), "year")
    ]
    # elsewhere a year that names a happening still does not date the remarks
    found = mentions_of("President Ana Roe said the country had never recovered from the 2019 storms.")
    assert all(m.date_start == TUESDAY for m in found)


def test_dates_joined_inside_an_aside_between_dashes_cut_no_clause() -> None:
    # the "and" joins the two days inside the aside; a cut there would leave "and March 16 -- ..." as a
    # clause with no subject
    from events.extract.corpus import Sentence
    from events.extract.dates import find_dates
    from events.extract.dating import dated_clauses

    text = (
        "The coach said on Monday that the two strikers -- hurt on March 2 and March 16 -- would be fit "
        "by June, and the club confirmed on Tuesday that it had signed a goalkeeper."
    )
    clauses = dated_clauses(Sentence(0, len(text), text, 0), list(find_dates(text, TUESDAY)))
    assert not any(c.text.startswith("and March 16") for c in clauses)
    assert any("-- hurt on March 2 and March 16 --" in c.text for c in clauses)


@pytest.mark.parametrize(
    "sentence",
    [
        "The navy said on Friday that pirates had seized a cargo ship near the reef on Saturday.",
        "Police said on Friday that bandits had attacked their post near the market on Saturday.",
        "The ministry said on Friday that rebels had shelled a depot outside the town on Saturday.",
        "Senator Ruth Okafor said on Friday that gunmen had stormed a checkpoint on Saturday.",
        "The Lagos Port Authority said on Friday that a tanker had struck the pier on Saturday.",
    ],
)
def test_a_weekday_told_in_past_remarks_of_any_speaker_falls_before_them(sentence: str) -> None:
    # published Tuesday 12 May: whoever speaks, remarks of Friday 8 May tell of Saturday 2 May, never of the
    # Saturday after them
    found = mentions_of(sentence)
    assert dt.date(2026, 5, 9) not in [m.date_start for m in found]
    told = [m for m in found if m.event_type != "statement"]
    assert [m.date_start for m in told] == [dt.date(2026, 5, 2)]
    assert "before the remarks" in told[0].date_reason


def test_a_weekday_ahead_in_remarks_stays_after_them() -> None:
    # published Tuesday 12 May: talks told in the future are planned for the Saturday after the remarks
    found = mentions_of("The ministry said on Friday the talks would open on Saturday.")
    assert [(m.date_start, m.planned) for m in found] == [
        (dt.date(2026, 5, 8), False),
        (dt.date(2026, 5, 16), True),
    ]
