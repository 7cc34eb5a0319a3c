"""Titles cut at a phrase's end: never after a verb that waits for the phrase cut off (a relative clause
holding only its verb, a participle describing the object), and a clause after a verb of demanding, whose
verb is bare, is whole. Every sentence is our own."""

from __future__ import annotations

import pytest

from events.merge.titles import _verb_left_without_its_phrase, fit, is_fragment
from events.schema import TITLE_MAX


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The coastguard said its crews had rescued more than forty young migrants stranded on a sandbank"
            " off the northern coast during the night",
            "The coastguard said its crews had rescued more than forty young migrants",
        ),
        (
            "The club's new manager has signed three young defenders from the academy teams that play in the"
            " regional under-21 league",
            "The club's new manager has signed three young defenders from the academy teams",
        ),
        (
            "A national park has banned off-road bikes from the narrow mountain trails that climb into the"
            " forest above the lake",
            "A national park has banned off-road bikes from the narrow mountain trails",
        ),
    ],
)
def test_a_cut_keeps_no_verb_whose_phrase_it_cut_off(text: str, title: str) -> None:
    assert len(text) > TITLE_MAX
    assert fit(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # (the clause's own verb, right after its subject or after a verb of saying, keeps its phrase cut)
        (
            "The central bank said prices jumped in March at the fastest pace for a decade as energy bills"
            " rose across the whole country",
            "The central bank said prices jumped at the fastest pace for a decade",
        ),
        (
            "The hurricane was downgraded to a tropical storm late on Friday as it moved over colder water"
            " off the coast of North Carolina",
            "The hurricane was downgraded to a tropical storm late on Friday",
        ),
        (
            "The striker who scored twice in the final was named player of the season by the league's"
            " managers at a ceremony in Madrid",
            "The striker who scored twice in the final was named player of the season",
        ),
        # (a noun before the verb is the subject of a clause of its own after "how", "what"; a word in -t
        # may be a noun, "its first pipe cut")
        (
            "Fans are still asking why the stadium roof failed during the storm in the spring of the previous"
            " year at the club's old ground",
            "Fans are still asking why the stadium roof failed during the storm",
        ),
        (
            "The surveyor said it was too early to conclude what happened on the night the old stone bridge"
            " gave way over the river",
            "The surveyor said it was too early to conclude what happened",
        ),
        (
            "Engineers said the crews were in the middle of their first major pipe cut in the latest bid to"
            " drain the flooded tunnel",
            "Engineers said the crews were in the middle of their first major pipe cut",
        ),
        # (an adverb inside the verb group, a gerund after a preposition, a noun in -ing after its adjective,
        # the noun a copula's complement)
        (
            "Rescue teams from the regional fire service have now arrived in the valley and the search is"
            " continuing",
            "Rescue teams from the regional fire service have now arrived in the valley",
        ),
        (
            "The opposition has already put the minister's apology to the unions into advertising for its"
            " campaign this spring",
            "The opposition has already put the minister's apology to the unions into advertising",
        ),
        (
            "The candidate said housing was the main issue raised by voters in the northern towns at every"
            " meeting of the long campaign",
            "The candidate said housing was the main issue raised by voters in the northern towns",
        ),
    ],
)
def test_a_verb_of_the_clause_itself_may_end_a_cut(text: str, title: str) -> None:
    assert fit(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "The regulator insisted that the bank repay all its customers",
        "The shareholders urged that the board appoint an independent chairman",
        "The regulator required that the bank hold more capital against its loans",
        "The committee proposed that the city build a new stadium",
        "The judge ordered that the company pay $2m to the families",
        "The inspectors recommended that the school close its old gym",
        "The union asked that the hospital be kept open",
    ],
)
def test_a_clause_after_a_verb_of_demanding_is_whole_with_its_bare_verb(text: str) -> None:
    assert not is_fragment(text)


@pytest.mark.parametrize(
    "text",
    [
        # (what was demanded still needs its verb: a noun before a preposition, a conjunction or a figure is
        # no bare verb)
        "The players' union demanded that the league",
        "Residents demanded that the new stadium at the edge of town",
        "Fans demanded that the club chairman and the board",
        "The families asked that the inquiry into the accident",
        "Lawmakers demanded that the nation's top 20 banks",
        "The league insisted that the division's other 12 clubs",
    ],
)
def test_a_clause_after_a_verb_of_demanding_needs_its_verb(text: str) -> None:
    assert is_fragment(text)


def test_a_clause_after_a_verb_of_demanding_keeps_the_phrase_of_its_subject() -> None:
    assert (
        fit(
            "Residents of the village demanded that the new football stadium at the edge of the town be moved"
            " further from the river because of the risk of flooding"
        )
        == "Residents of the village demanded that the new football stadium at the edge of the town…"
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rescue teams from the fire service have now arrived in the valley", "in"),
        ("The opposition put the apology into advertising for its campaign", "for"),
        ("The bank disclosed in a regulatory filing that its chief had resigned", "that"),
        ("The candidate said housing was the main issue raised by voters in the north", "by"),
        ("Fans are still asking why the stadium roof collapsed in the storm", "in"),
        ("Engineers were busy with the first major pipe cut in the tunnel", "in"),
        ("Heavy snow kept the drivers stranded on the motorway", "on"),
        ("The coach has become more troubled since the defeat", "since"),
        # (a verb of saying or thinking opens the clause it reports, whose own verb the participle is)
        ("Fire officials believe the blaze started in the kitchen of the house", "in"),
        ("Witnesses told reporters the small plane crashed into the field", "into"),
        ("The prosecutor argued the defendant acted with clear intent", "with"),
        ("The judge ruled the contract the two companies signed in May was void", "in"),
        ("Officials announced the flights grounded by the strike would resume", "by"),
        ("Most analysts expect the economy contracted in the third quarter", "in"),
        # (a determiner straight after a noun opens a clause of its own: "the cuts the government announced")
        ("The minister defended the spending cuts the government announced in June", "in"),
        ("The board approved the same merger the shareholders rejected in a vote", "in"),
        ("The coach praised the young players the club promoted from its academy", "from"),
        # (a word in -ing after a singular noun, a name or a possessive heads a compound noun)
        ("The bank was fined for money laundering in three countries", "in"),
        ("Regulators charged three traders with insider trading in the shares", "in"),
        ("The central bank stepped up its bond buying in the spring", "in"),
        ("The club confirmed the player's signing from the rival club", "from"),
        ("The electronics maker announced its Hong Kong listing in the autumn", "in"),
        # (a noun or a number in -ed)
        ("The council lowered the road speed on the main street", "on"),
        ("The report blamed Wall Street greed for the crisis", "for"),
        ("The floods have now killed more than two hundred in the region", "in"),
    ],
)
def test_a_verb_of_the_clause_or_a_noun_keeps_the_cut_after_it(text: str, word: str) -> None:
    # (the cut before the preposition stays where it is)
    cut = text.index(f" {word} ")
    assert _verb_left_without_its_phrase(text, cut) == cut


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # (a relative clause that picks the one or everyone it tells of is the point)
        ("The senator was the only member of the committee who voted against the bill", "against"),
        ("The striker became the first player who scored in five finals", "in"),
        ("Police have appealed to anyone who was in the area", "in"),
        ("The museum will refund those who paid for the cancelled tour", "for"),
    ],
)
def test_a_relative_clause_that_picks_its_noun_keeps_the_cut_after_it(text: str, word: str) -> None:
    cut = text.index(f" {word} ")
    assert _verb_left_without_its_phrase(text, cut) == cut


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Rescuers pulled out eleven survivors trapped under the rubble",
            "Rescuers pulled out eleven survivors",
        ),
        (
            "Doctors are monitoring several patients infected with the virus",
            "Doctors are monitoring several patients",
        ),
        (
            "The floods have displaced thousands of people living in the valley",
            "The floods have displaced thousands of people",
        ),
        (
            "The storm damaged the homes of families insured by the state firm",
            "The storm damaged the homes of families",
        ),
    ],
)
def test_a_participle_describing_a_plural_object_moves_the_cut_before_it(text: str, kept: str) -> None:
    # (the cut before the preposition after the participle)
    cut = text.index(" ", len(kept) + 1)
    assert text[: _verb_left_without_its_phrase(text, cut)] == kept


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "In her closing speech to the jury the prosecutor argued the defendant acted with clear intent"
            " when he drove the car into the crowd outside the stadium",
            "In her closing speech to the jury the prosecutor argued the defendant acted",
        ),
        (
            "The board of the regional bank has now approved the same merger the shareholders rejected in a"
            " vote last year after the bid was raised by a fifth",
            "The board of the regional bank has now approved the same merger the shareholders rejected",
        ),
        (
            "The new head coach of the national team praised the young players the club promoted from its"
            " academy at the start of the season in August",
            "The new head coach of the national team praised the young players the club promoted",
        ),
        (
            "The state legislature in Albany narrowly voted on Wednesday to outlaw shale fracking near rivers"
            " and reservoirs that supply drinking water to New York City",
            "The state legislature in Albany narrowly voted on Wednesday to outlaw shale fracking",
        ),
        (
            "Riot police in the capital on Saturday night broke up an illegal street gathering in the old"
            " town of several thousand supporters of the jailed opposition leader",
            "Riot police in the capital on Saturday night broke up an illegal street gathering",
        ),
        (
            "The electronics maker on Monday announced its long-awaited Hong Kong listing in the second half"
            " of the year, which could raise as much as 3 billion dollars",
            "The electronics maker on Monday announced its long-awaited Hong Kong listing",
        ),
        (
            "Monsoon floods across the southern provinces have now killed more than two hundred in the region"
            " and left more than a million people homeless, officials said",
            "Monsoon floods across the southern provinces have now killed more than two hundred",
        ),
    ],
)
def test_a_reported_clause_a_compound_noun_or_a_number_keeps_its_last_word(text: str, title: str) -> None:
    assert fit(text) == title


def test_a_verb_alone_in_its_relative_clause_moves_the_cut_before_the_clause() -> None:
    text = "The club signed three defenders from the teams that play in the regional league"
    cut = text.rfind(" in ")
    assert (
        text[: _verb_left_without_its_phrase(text, cut)] == "The club signed three defenders from the teams"
    )
