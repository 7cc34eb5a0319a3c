"""Acts that news prose tells in forms the build did not read as acts (issue 7, found on unseen text): a
happening "known to have" taken place, a company named again by what it trades in as the one who speaks, a
deed joined by "also" to the acts of the person just told of, and the report's own act of a named kind told
in the present perfect with no count. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from events.extract.acts import past_deed
from events.merge.clusters import _own_act_of_the_day
from tests.reports import events_below_storm as events_of

THU = dt.date(2026, 3, 12)  # Thursday 12 March 2026
TUESDAY = "2026-03-10"
WEDNESDAY = "2026-03-11"


def test_a_happening_known_to_have_taken_place_is_told_as_a_fact() -> None:
    found = events_of("The old footbridge over the canal is known to have collapsed on Tuesday night.")
    assert [(day, title) for _kind, day, title in found] == [
        (TUESDAY, "The old footbridge over the canal is known to have collapsed")
    ]


def test_what_a_thing_is_known_to_do_is_still_no_happening() -> None:
    assert events_of("Such storms are known to cause floods in the lower valley.") == []


def test_a_company_named_by_its_trade_speaks_for_itself() -> None:
    # (with no firm of the name named before, the words it is called by speak: "Oil major says ...")
    for description, speaker in (
        ("The oil major on Wednesday said", "Oil major says"),
        ("The insurance giant said on Wednesday", "Insurance giant says"),
    ):
        found = events_of(
            f"Norvik Oil has paid $2m to the storm's victims. {description} it would pay the towns' claims."
        )
        # (the pledge is news of its day, whether typed as the remarks or as the act announced)
        told = [(day, title) for _kind, day, title in found if "would pay the towns" in title]
        assert len(told) == 1, found
        assert told[0][0] == WEDNESDAY
        assert told[0][1].startswith(speaker), told


def test_a_deed_joined_by_also_to_the_person_just_told_of_is_an_act() -> None:
    text = "He also granted a request by the prosecutors to freeze the bank accounts of the two men."
    assert past_deed(text, []) == text
    found = events_of(f"The judge ordered the two men to stand trial for fraud. {text}")
    assert any(title.startswith("He also granted a request") for _kind, _day, title in found), found


def test_a_pronouns_deed_without_also_or_over_a_span_is_still_no_act_of_its_own() -> None:
    # (who "he" is may have been told long before: a profile's "He opened a practice")
    assert past_deed("He granted a request by the prosecutors to freeze the accounts.", []) is None
    assert past_deed("She also covered the shipping trade for six years.", []) is None
    # (what "they" also did may be of patients or animals in a study)
    assert past_deed("They also developed sores on their skin.", []) is None


def test_the_reports_own_perfect_act_of_a_named_kind_stands_on_its_day() -> None:
    found = events_of("Senator Jane Roe has subpoenaed the records of the water company.")
    assert [(kind, day) for kind, day, _title in found] == [("legal", THU.isoformat())], found


def test_a_perfect_act_over_a_span_on_someone_named_or_a_plea_is_still_an_aside() -> None:
    assert _own_act_of_the_day("Senator Jane Roe has subpoenaed the records of the water company.")
    assert not _own_act_of_the_day("Since the spring the Velora court has fined the company three times.")
    assert not _own_act_of_the_day("The Harbour Festival has been criticised for its timing.")
    assert not _own_act_of_the_day("Captain Tom Hale has pleaded not guilty to negligence.")
    assert not _own_act_of_the_day("The company has paid fines for pollution before.")
    assert not _own_act_of_the_day("The talks are one of three sales that Norvik Energy has launched.")
    assert not _own_act_of_the_day("Under pressure from Ruritania, the firm has established a relief fund.")
    assert _own_act_of_the_day("In the capital, Senator Jane Roe has subpoenaed the records.")
    assert not _own_act_of_the_day("Attention in Ruritania has focused on the missing divers.")
    assert not _own_act_of_the_day("Two Velora families have watched the boats leave the harbour.")
    assert not _own_act_of_the_day("The Velora Shipping Line has already refunded most of the fares.")
    assert not _own_act_of_the_day("In the past, floods on the Velora have cut the railway in two places.")
    assert not _own_act_of_the_day("Governor Tom Hale has closed the harbour for the time being.")
    # (an act of no named kind with no count is still dropped: test_mergedate61)
    assert events_of("Norvik Energy has also released a video of the leaking gas.") == []
