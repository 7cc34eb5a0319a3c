"""One happening told twice in one report is one event (issue 7, events matching nothing): an act told
with its doer and again in the passive, a happening a sentence names twice, a person's remarks and what
the report says she did at a news conference. Two acts of one day on different things stay two. All texts
are our own."""

from __future__ import annotations

from tests.reports import MONDAY, build_reports

VALVE_LEAD = (
    "In the first break in a week of flooding beneath the old town, city divers on Sunday fitted a steel "
    "valve to a cracked water main and began pumping water from the tunnels to tankers at the surface.\n\n"
    "The city's engineers said the tunnel would reopen within a week.\n\n"
)


def test_an_act_told_again_in_the_passive_is_one_act() -> None:
    # "divers fitted a valve" then "a valve was fitted": the passive's subject is the act's object
    events = build_reports(
        (
            MONDAY,
            VALVE_LEAD + "On Sunday, a two-metre valve was fitted to the broken section known as the spur, "
            "from which most of the flood has been pouring.",
        )
    )
    assert [(kind, day) for kind, day, *_ in events] == [("other", "2026-03-08"), ("statement", "2026-03-08")]


def test_a_passive_of_another_thing_on_the_same_day_is_another_act() -> None:
    events = build_reports(
        (MONDAY, VALVE_LEAD + "On Sunday, a pump was fitted to the second tank at the depot.")
    )
    assert [kind for kind, *_ in events] == ["other", "other", "statement"]


def test_a_passive_that_names_its_doer_is_compared_as_any_act() -> None:
    events = build_reports(
        (
            MONDAY,
            VALVE_LEAD + "On Sunday, a valve was fitted by a rival crew to the reservoir's outlet tower.",
        )
    )
    assert [kind for kind, *_ in events] == ["other", "other", "statement"]


def test_a_happening_a_sentence_names_twice_is_one_event() -> None:
    # a headline run into the lead names "Saturday's landslide" twice in what is read as one sentence
    events = build_reports(
        (
            MONDAY,
            "Landslide in Kerova: rescue work grows The governor of Kerova, Ana Ruiz, says dozens may have "
            "died in Saturday's landslide Efforts are growing to help the survivors of Saturday's landslide "
            "in the hills, who lack food and water.\n\nRoads into the valley remain blocked.",
        )
    )
    assert [(kind, day) for kind, day, *_ in events if kind == "disaster"] == [("disaster", "2026-03-07")]


RUIZ_PLEDGE = (
    "The governor of Kerova, Ana Ruiz, pledged on Monday to rebuild every school lost in the floods.\n\n"
    '"We will rebuild every one of them," said the governor.\n\n'
    "The transport ministry closed the port of Velm to all shipping on Monday.\n\n"
)


def test_what_a_speaker_did_at_a_news_conference_is_part_of_her_remarks_of_the_day() -> None:
    events = build_reports(
        (
            MONDAY,
            RUIZ_PLEDGE
            + "At a press conference Ruiz brushed aside criticism of her government's handling of "
            'the floods.\n\n"I leave those comparisons to you," she told reporters.',
        )
    )
    assert [kind for kind, *_ in events] == ["policy", "statement"]


def test_an_act_of_a_named_kind_at_a_news_conference_stays_news_of_its_own() -> None:
    # announcing a curfew is a measure, whatever the occasion it was announced at
    events = build_reports(
        (
            MONDAY,
            RUIZ_PLEDGE + "At a news conference Ruiz imposed a night curfew on the flooded districts.\n\n"
            '"Nobody should be on the streets after dark," she told reporters.',
        )
    )
    assert sorted(kind for kind, *_ in events) == ["policy", "policy", "statement"]


def test_a_courts_order_named_again_as_its_ruling_is_one_act() -> None:
    events = build_reports(
        (
            MONDAY,
            "A judge has ordered the former mayor of Velm to stand trial for fraud.\n\n"
            "The mayor's lawyer said his client would appeal.\n\n"
            "Judge Ana Ortiz gave the ruling against the former mayor at a preliminary hearing in Kerova.",
        )
    )
    assert sorted(kind for kind, *_ in events) == ["legal", "statement"]


def test_a_ruling_named_after_an_act_of_police_is_not_that_act() -> None:
    # an arrest is no court's decision: "the ruling" names another act
    events = build_reports(
        (
            MONDAY,
            "Police arrested the former mayor of Velm at his home in Kerova.\n\n"
            "The mayor's lawyer said his client would appeal.\n\n"
            "Judge Ana Ortiz gave the ruling on the mayor's bail at a hearing in the capital.",
        )
    )
    assert len(events) == 3


def test_the_words_a_court_writes_on_the_day_of_its_ruling_are_the_ruling() -> None:
    events = build_reports(
        (
            MONDAY,
            "The regional appeals court in Kerova refused the ministry's request to restore the ban on night "
            "fishing.\n\n"
            'The three-judge panel wrote that the ministry had "shown no harm that the boats could do".',
        )
    )
    assert [kind for kind, *_ in events] == ["legal"]


def test_a_lawyers_words_after_a_ruling_stay_remarks_of_their_own() -> None:
    events = build_reports(
        (
            MONDAY,
            "The regional appeals court in Kerova refused the ministry's request to restore the ban on night "
            "fishing.\n\n"
            'The ministry\'s lawyer said that the fleet had "shown no respect for the quotas".',
        )
    )
    assert sorted(kind for kind, *_ in events) == ["legal", "statement"]
