"""Commentary is not a happening: a quoted opinion or likeness with only its attribution is one person's view
of the story, while a quotation that names an act, or a body's assessment, is still news. Every sentence
here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.background import explanation_or_state_of_mind, only_a_feeling, quoted_opinion_only
from events.extract.noise import analysts_estimate, crowd_feeling_only
from tests.reports import mentions_below_lead

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        '"I think the new rules will change how the harbour works," said Nadia Holm, a shopkeeper.',
        '"It was like a movie," said Tom Reed, 44, a baker.',
        '"Honestly, I feel the whole town has been forgotten," a fisherman told the paper.',
        '"I think this will change everything for the valley," one villager said.',
        # a witness who froze, a noise heard, a likeness felt
        '"I just stood there and watched it," said a passenger.',
        '"We heard a huge bang," said Lena Berg, 31.',
        '"It felt like the end of the world," said Jon Dale, a local farmer.',
        # people at large, and how they feel or what they know
        '"Everybody is just totally shaken," said Ben Olsen, 52.',
        '"Everyone was hoping the rain would slow it down," said Tom Lane, a 39-year-old nurse.',
        '"People want to forget what the ferry firm is going through," said Eva Lind, from Dalby.',
    ],
)
def test_quoted_opinion_or_likeness_is_no_happening(sentence: str) -> None:
    assert quoted_opinion_only(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a body's assessment of what happened is news
        '"We believe the ferry sank on Monday," the coastguard said.',
        # an act named in the quotation types it
        '"I believe two crew members were killed," the harbour master said.',
        # what comes after the attribution is news of its own
        '"It is like a slow flood," said captain Dan Perry, adding that the ministry had closed the port.',
        # no opinion opens the quotation
        '"The port will reopen on Friday," the ministry said.',
        # what a witness saw befall, and a meeting held
        '"We saw the ferry sink within minutes," said Jon Dale.',
        '"We sat down with the union on Monday and agreed a deal," the minister said.',
        # people at large and what befell them
        '"Everyone on board is safe," the ferry company said.',
        '"Nobody was hurt in the blast," police said.',
        # the view of an official, an office or an executive is news; so is what is not yet known
        '"We think the fever is now under control," the health minister said.',
        '"Nobody knows how many people are still trapped in the mine," the rescue chief said.',
        '"I think it is probably going to get worse," Ola Berg, chief executive of Nordair, told reporters.',
        '"I think we have reached the bottom," Kim Sun Ho told reporters.',
    ],
)
def test_quoted_news_stays(sentence: str) -> None:
    assert mentions_below_lead(sentence, THURSDAY) != []


def test_a_second_quotation_after_the_attribution_is_more_than_a_view() -> None:
    assert not quoted_opinion_only('"I think it is over," he said, "The army shelled the port on Monday."')
    assert not quoted_opinion_only('"I think so," the mayor said: "The dam was breached at dawn."')


def test_a_view_dated_in_its_attribution_is_left_to_date_what_follows() -> None:
    assert not quoted_opinion_only('"I think nobody knows the state of the dam," the admiral said last week.')


def test_a_guess_at_what_will_be_is_no_likeness() -> None:
    assert not quoted_opinion_only(
        '"It looks like it is achievable if we stay on schedule," the admiral said.'
    )


def test_speakers_view_of_their_own_step_stays() -> None:
    sentence = '"I believe it is right for me to step down after ten years," the chairman said.'
    assert not quoted_opinion_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He believes the flood may cause more damage than the storm in the valley 30 years ago.",
        "Mr Dahl believes that Norvik won a bigger stake as a result of last year's troubles at the firm.",
        "Nora Lund thinks the tides are a threat, but that the crews can finish the wall before winter.",
    ],
)
def test_ones_belief_told_by_the_writer_is_no_happening(sentence: str) -> None:
    assert explanation_or_state_of_mind(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a body's assessment, and a belief about a named kind of act
        "The ministry believes the terminal will reopen on Friday.",
        "Mr Dahl believes the tanker was attacked by pirates.",
    ],
)
def test_a_bodys_belief_or_a_belief_about_an_act_stays(sentence: str) -> None:
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents fear the smelter will never reopen, said Mayor Tom Dale.",
        "Many parents felt the school board had been too slow to act, said councillor Ann Ruiz.",
        "Local shopkeepers are growing increasingly angry at the roadworks.",
    ],
)
def test_a_crowds_feeling_told_for_it_is_no_happening(sentence: str) -> None:
    assert crowd_feeling_only(sentence)
    assert not analysts_estimate(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents felt the tremor shortly after midnight.",
        "Passengers believe the ferry hit a rock.",
        "Residents fear dead fish are washing up on the shore.",
    ],
)
def test_what_a_crowd_witnessed_is_not_its_feeling(sentence: str) -> None:
    assert not crowd_feeling_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Villagers were angry after the province shut the only school in the district on Monday.",
        "Fans were furious when the league fined the team on Sunday.",
        "Tenants complained because the landlord cut off the heating on Friday.",
    ],
)
def test_a_crowds_feeling_about_a_deed_told_in_its_own_clause_stays(sentence: str) -> None:
    assert not crowd_feeling_only(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Professor Ana Ruiz says the rules are too weak to matter.",
        "Tom Dale, an analyst at Norbank, said the merger plan was misguided.",
        "Jane Roe, a historian, said the decision was a grave mistake for the region.",
        "Political analyst Ben Ortiz said the merger plan was misguided.",
        "An economist at Norbank said the rescue package was far too small.",
    ],
)
def test_a_scholars_verdict_is_no_happening(sentence: str) -> None:
    assert only_a_feeling(sentence)
    assert mentions_below_lead(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a body's verdict, and a scholar's finding
        "The ministry said the report was flawed.",
        "Professor Ana Ruiz said on Monday that her team had found silt on the lake bed.",
    ],
)
def test_a_bodys_verdict_or_a_scholars_finding_stays(sentence: str) -> None:
    assert not only_a_feeling(sentence)
    assert mentions_below_lead(sentence, THURSDAY) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade minister Ola Berg, addressing economists in Bergen, said the rescue was a mistake.",
        "The mayor, who met historians on Friday, said the plan was a failure.",
    ],
)
def test_an_expert_noun_that_is_not_the_subjects_head_makes_no_verdict(sentence: str) -> None:
    assert not only_a_feeling(sentence)


def test_a_verdict_given_on_a_named_day_is_left_to_the_reading_of_remarks() -> None:
    assert not only_a_feeling(
        "Nora Lund, a professor of law, said on Monday the new rules were too weak to matter."
    )


def test_the_quotation_after_a_dropped_view_is_of_its_speaker_not_the_one_before() -> None:
    text = (
        "Mayor Lise Dahl said on Tuesday the council would close the old harbour.\n\n"
        '"I think the rents will double," said Tom Reed, 44.\n\n'
        '"They have never listened to the harbour traders," he said.'
    )
    later = [
        m for m in mentions_below_lead(text, THURSDAY, lead="") if m.sentence.text.startswith('"They have')
    ]
    assert later
    assert all(m.speaker == "Tom Reed" for m in later)


@pytest.mark.parametrize(
    "sentence",
    [
        # a person first named with no office, post or body is a private one
        '"I think the valley will take a decade to recover," said Ines Marlow.',
        '"I believe nobody will come back to the village," Piet Van said.',
        # a likeness is colour from whoever is not an official, named or not
        '"It was almost like a film," she said.',
        '"It\'s like the sea just swallowed the road," Ana Brook said.',
    ],
)
def test_a_view_or_likeness_of_a_private_person_is_no_happening(sentence: str) -> None:
    assert quoted_opinion_only(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"It was like a war zone," said Mayor Ines Marlow.',
        '"I think the valley will recover," Mr Marlow said.',
        '"I think the valley will recover," he said.',
    ],
)
def test_an_officials_likeness_and_a_view_of_someone_named_before_stay(sentence: str) -> None:
    assert not quoted_opinion_only(sentence)
