"""Who said it: the person named after an inverted "said", not the subject of what was said; "it" and "the
company" as the body heard in the sentence before; an agency that carries words is only their channel;
and remarks keep their verb of saying in the title."""

from __future__ import annotations

import datetime as dt

import pytest
from reports import build_reports

from events.extract.mentions import Mention
from tests.reports import report_mentions


def mentions_of(text: str) -> list[Mention]:
    return report_mentions(text, dt.date(2026, 5, 12))


def speakers_of(text: str) -> list[str]:
    return [m.speaker for m in mentions_of(text) if m.speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a word before that may be a verb of saying ("forecasts", "estimates") is in what was said
        (
            "Weather forecasts indicate the storm will stay away from the coast through the weekend, "
            "said Ana Costa of the National Hurricane Center.",
            "Ana Costa",
        ),
        (
            "Rain forecasts indicate the river will crest on Friday, said Ana Costa.",
            "Ana Costa",
        ),
        # a name after a preposition closes a phrase of what was said, it is no subject set off by commas
        (
            "The survivors were flown to hospitals run by the Red Cross, said Tomas Berg, a coast guard "
            "officer.",
            "Tomas Berg",
        ),
    ],
)
def test_the_name_after_an_inverted_said_speaks(sentence: str, speaker: str) -> None:
    assert speakers_of(sentence) == [speaker]


def test_a_name_set_off_by_commas_before_said_still_speaks() -> None:
    text = (
        "The Democratic nominee for governor, Cardiff lawyer Tomas Berg, said Hale may have had a "
        "stronger case if he had waited."
    )
    assert speakers_of(text) == ["Tomas Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "Nordmine Plc said on Monday it would appeal. The panel said on Monday that Nordmine Plc had hidden "
        "the faults in the shaft.",
        "Nordmine Plc said on Monday it would appeal. In its final report on the causes of the mine "
        "collapse, the commission said Nordmine Plc and its partners had lacked a system to check their "
        "work.",
    ],
)
def test_a_body_named_by_what_it_is_speaks_not_the_firm_it_speaks_of(text: str) -> None:
    assert "Nordmine Plc" not in speakers_of(text)[1:]


def test_it_is_the_body_that_spoke_just_before_not_a_firm_named_in_what_it_said() -> None:
    text = (
        "The Teachers' Pension Fund estimates that its exposure to Nordmine Plc was only about 2% of its "
        'assets. But it said that a cut in dividends would be a "real issue".'
    )
    assert speakers_of(text) == ["Pension Fund", "Pension Fund"]


def test_the_company_is_the_firm_that_spoke_just_before() -> None:
    text = (
        "Nordmine Plc said on Monday it would cut 200 jobs at its mines. In response to the report, "
        'Alpina said its drivers were "well trained". The company also said that the final timetable was '
        "set by Nordmine Plc managers."
    )
    assert speakers_of(text)[-1] == "Alpina"


def test_the_company_is_never_a_person_who_spoke_just_before() -> None:
    text = (
        "Nordmine Plc said on Monday it would cut 200 jobs. Union leader Jane Kemp said the cuts were a "
        "betrayal. The company said it would pay for retraining."
    )
    assert speakers_of(text)[-1] == "Nordmine Plc"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chile's President Ana Ortega landed in Lima on Sunday. Ms Ortega, who chairs the Pacific "
            "Alliance this year, is reported by AFP as saying the alliance would fund new schools in Peru.",
            "Ana Ortega",
        ),
        (
            "The bridge would reopen on Friday, Reuters reported, citing Governor Amina Yusuf.",
            "Amina Yusuf",
        ),
    ],
)
def test_the_agency_that_carries_the_words_is_only_their_channel(text: str, speaker: str) -> None:
    assert speakers_of(text)[-1] == speaker


def test_remarks_keep_their_verb_of_saying_and_a_told_act_is_the_act() -> None:
    titles = [
        title
        for _, _, _, title, _ in build_reports(
            (
                dt.date(2026, 5, 12),
                "Governor Amina Yusuf said on Monday she will continue to serve until the new election.",
            ),
            (dt.date(2026, 5, 12), "The governor, Amina Yusuf, said on Monday that she had resigned."),
            (
                dt.date(2026, 5, 12),
                'Floods have closed 40 schools in the valley, Jane Roe reports. She writes: "The regional '
                'council released figures showing that it received 1,378 calls yesterday."',
            ),
        )
    ]
    assert "Amina Yusuf says she will continue to serve until the new election" in titles
    assert "Amina Yusuf had resigned" in titles
    # (a pronoun opening the sentence is the speaker with her own verb of saying)
    assert any(title.startswith("Jane Roe writes") for title in titles), titles
