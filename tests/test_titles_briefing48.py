"""Titles a briefing officer would keep (session 48): a title keeps the main clause's subject and verb and
ends where a phrase ends. Invented sentences only."""

import pytest

from events.merge.titles import _verb_awaits_its_complement, fit, is_fragment


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a legislator's party and state go before any word of what was done
        (
            "Rep. Jane Roe, R-Ohio, called for the league to compensate the injured players of the northern"
            " football clubs.",
            "Rep. Jane Roe called for the league to compensate the injured players",
        ),
        (
            "Ann Lowe, R-Ohio, and Tom Baxter, D-Calif., asked the court"
            " to halt the sale of the disputed land"
            " near the river delta.",
            "Ann Lowe and Tom Baxter asked the court to halt the sale of the disputed land",
        ),
        (
            "Rep. Lisa Marsh, D-Ore., voted against the farm bill"
            " because it cut support for small growers in the"
            " western states.",
            "Rep. Lisa Marsh voted against the farm bill",
        ),
        # a phrase of time alone between "added that" and the subject of what was added
        (
            "Officials close to the club later added that by early March the owners had weighed the option of"
            " selling the ground to a developer who had offered cash.",
            "Officials close to the club later added the owners had weighed the option",
        ),
        (
            "The head of the election commission said on Sunday the"
            " count in the capital had been halted after a"
            " row over missing ballot boxes in two districts.",
            "The head of the election commission said the count in the capital had been halted",
        ),
        # the phrase of place after a plural subject goes before its verb of saying, never what was said
        (
            "Teachers at the largest school in the eastern district said"
            " the new timetable had left pupils with"
            " too little time for lunch and for sport each week.",
            "Teachers said the new timetable had left pupils with too little time for lunch",
        ),
        (
            "Farmers from the hill villages along the border said the"
            " drought had killed most of their cattle and"
            " left the wells in the valley completely dry.",
            "Farmers said the drought had killed most of their cattle",
        ),
        # a share that opens what is announced waits for its "of"; "announce that" loses its "that"
        (
            "The board is expected to announce that only 40% of the money raised was still in the bank or in"
            " bonds of a kind that possibly could cause new losses.",
            "The board is expected to announce only 40% of the money raised was still in the bank",
        ),
        # the ellipsis never follows a word that leads to the phrase it stands for
        (
            "The former governor of the state and former presidential candidate sent this message out on her"
            " blog about the new tax plan for farmers.",
            "The former governor of the state and former presidential candidate sent this message out…",
        ),
    ],
)
def test_titles_keep_subject_and_verb(text: str, title: str) -> None:
    assert fit(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Tom Baxter, D-N.M., said the committee would vote.",
        "The mayor of the northern port city, Ann Lowe, called for calm after a night of rioting.",
        "The striker Tom Baxter, D-block resident and father of two, scored twice in the cup final.",
        "Nurses at the hospital said they were tired.",
        "The river was still rising.",
    ],
)
def test_short_titles_stay_whole(text: str) -> None:
    assert fit(text) == text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The judge in the fraud trial of the former bank chief said the jury would be sent home for the"
            " weekend after a juror fell ill during the hearing.",
            "The judge in the fraud trial of the former bank chief said the jury would be sent home",
        ),
        (
            "Unemployment in the northern region rose to 8% of the"
            " workforce last month as two car plants and a"
            " steel mill closed their doors for good.",
            "Unemployment in the northern region rose to 8% of the workforce as two car plants",
        ),
        (
            "The striker was again the best player on the pitch as his"
            " side beat the league leaders in front of"
            " a crowd of more than forty thousand fans.",
            "The striker was again the best player on the pitch",
        ),
    ],
)
def test_titles_that_were_whole_stay(text: str, title: str) -> None:
    assert fit(text) == title


@pytest.mark.parametrize(
    "title",
    [
        "Union leaders at the plant later added",
        "The players' lawyers cautioned",
        "The health minister also added",
        "Doctors at the two clinics in the north",
        "The three judges in the case",
    ],
)
def test_cut_titles_are_fragments(title: str) -> None:
    assert is_fragment(title)


@pytest.mark.parametrize(
    "title",
    [
        "The losing candidate conceded",
        "The two rival owners disagreed",
        "Prices rose faster than the bank had predicted",
        "The union added 500 members",
        "The two sides agreed a deal",
        "Voters in the three states go to the polls",
        "Police in the five towns say the roads are closed",
    ],
)
def test_whole_titles_are_no_fragments(title: str) -> None:
    assert not is_fragment(title)


@pytest.mark.parametrize(
    ("kept", "text", "awaits"),
    [
        ("The union called for the council", "The union called for the council to reopen the depot", True),
        (
            "Parents appealed for the school board",
            "Parents appealed for the school board to reverse it",
            True,
        ),
        (
            "The coach is pushing for the league",
            "The coach is pushing for the league to shorten the season",
            True,
        ),
        ("Farmers pressed for the ministry", "Farmers pressed for the ministry to release the aid", True),
        ("The mayor calls for residents", "The mayor calls for residents to stay indoors", True),
        ("The union called for talks", "The union called for talks to the end of the month", False),
        ("The firm pushed for a deal", "The firm pushed for a deal worth millions", False),
        ("Fans appealed for help", "Fans appealed for help in finding the lost dog", False),
        ("The judge asked the jury", "The judge asked the jury to the bench", False),
        ("The firm called for calm", "The firm called for calm", False),
    ],
)
def test_verb_of_asking_through_for_awaits_its_infinitive(kept: str, text: str, awaits: bool) -> None:
    assert _verb_awaits_its_complement(kept, text) is awaits


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The museum, which was closed for two years while builders replaced its leaking roof and rebuilt"
            " the west wing, reopens today with a new show.",
            "The museum reopens with a new show.",
        ),
        (
            "The bank, which lost more than half of its value in the crash of the spring and had to be"
            " rescued by the state, posted a profit.",
            "The bank posted a profit.",
        ),
        (
            "The storm, which forecasters said could bring winds of up to 100 miles an hour to the islands"
            " off the coast, weakened overnight as it moved north.",
            "The storm weakened overnight as it moved north.",
        ),
        (
            "The new law, which takes effect next month and applies to all firms with more than fifty staff,"
            " requires employers to publish their pay gaps.",
            "The new law requires employers to publish their pay gaps.",
        ),
        (
            "The striker, who has scored in each of the last five matches for the club since his return from"
            " injury, was named in the squad for the final.",
            "The striker was named in the squad for the final.",
        ),
    ],
)
def test_relative_aside_goes_before_the_subjects_verb(text: str, title: str) -> None:
    assert fit(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The museum, which reopened today, drew large crowds.",
            "The museum, which reopened today, drew large crowds.",
        ),
        (
            "The firm, which is based in the capital, employs 300 people at the plant in the north and"
            " another 200 at its offices near the harbour in the south.",
            "The firm, which is based in the capital, employs 300 people at the plant in the north",
        ),
    ],
)
def test_relative_aside_stays_when_the_title_fits(text: str, title: str) -> None:
    assert fit(text) == title
