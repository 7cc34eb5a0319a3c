"""Who said it and which date belongs to the act, as unseen news tells them (issue 7): counsel speak for
their client and are named as such, a named member of a body speaks rather than the body, a date inside a
noun phrase names that thing and not the clause's act, a relative clause's date is its own verb's (and a
plural closing the sentence before its verb of saying speaks), a date quoted in earlier words carries to no
later quotation, and an undated commitment by a named speaker is the report's news. Every sentence is our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

PUBLISHED = dt.date(2026, 5, 13)  # a Wednesday
LEAD = (
    "Floods swept through the northern province of Velora on Monday, killing at least 40 people, officials "
    "said.\n\nRescue teams reached the worst-hit villages on Tuesday.\n\n"
)


def mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=PUBLISHED))
    return extract_mentions(article, load_gazetteer())


def of_sentence(text: str, words: str) -> list[Mention]:
    return [m for m in mentions(text) if words in m.sentence.text]


@pytest.mark.parametrize(
    ("sentence", "speaker", "client"),
    [
        (
            "Lawyers for Dr Alan Pike have suggested that the patient gave himself the fatal dose.",
            "Lawyers for Dr Alan Pike",
            "Alan Pike",
        ),
        (
            "Dr Alan Pike's lawyers said on Monday the evidence was flawed.",
            "Dr Alan Pike's lawyers",
            "Alan Pike",
        ),
        (
            "Attorneys representing Maria Lopez said she would appeal the verdict.",
            "Attorneys representing Maria Lopez",
            "Maria Lopez",
        ),
        (
            # (in the simple past: undated, a past perfect is background, noise.earlier_done_at)
            "Dr Alan Pike's defence lawyers objected, saying the recordings would prejudice the panel.",
            "Dr Alan Pike's defence lawyers",
            "Alan Pike",
        ),
    ],
)
def test_counsel_speak_for_their_client_not_as_the_client(sentence: str, speaker: str, client: str) -> None:
    (mention,) = mentions(sentence)
    assert mention.speaker == speaker
    assert client in mention.actors  # the client is still a party to what is said


def test_his_lawyers_are_the_clients_counsel_and_he_is_the_client_again() -> None:
    said = mentions(
        "Dr Alan Pike was charged with fraud on Monday. His lawyers said he would appeal. "
        "He said on Tuesday he was innocent."
    )
    speakers = [m.speaker for m in said if m.is_speech]
    assert speakers == ["Alan Pike’s lawyers", "Alan Pike"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Kerstin Obi of Amnesty International said the detainees had been beaten.", "Kerstin Obi"),
        ("Jonas Feld of the U.S. Forest Service said countless birds could be affected.", "Jonas Feld"),
        (
            "Most of the gas stayed deep, researcher Maria Rossi of the University of Texas said in an "
            "interview.",
            "Maria Rossi",
        ),
        (
            "Anna K. Lindqvist, a geology professor at Uppsala University, said the samples showed no "
            "damage.",
            "Anna K. Lindqvist",
        ),
        # a body's own name holding "of" is no person's
        ("Bank of America said on Tuesday its profits rose.", "Bank of America"),
    ],
)
def test_a_named_member_of_a_body_speaks_not_the_body(sentence: str, speaker: str) -> None:
    (mention,) = [m for m in mentions(sentence) if m.is_speech]
    assert mention.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # a court's act comes after the deed it is about, whatever the preposition
        "Dr Alan Pike has pleaded not guilty to manslaughter in the patient's June 2024 death.",
        "A court convicted the driver on two counts in the March 3 crash.",
    ],
)
def test_a_dated_noun_after_a_legal_act_names_the_deed(sentence: str) -> None:
    legal = [m for m in mentions(sentence) if m.event_type == "legal"]
    assert legal and all(m.date_start == PUBLISHED for m in legal)


def test_the_dated_deed_is_a_happening_of_its_own_day() -> None:
    found = mentions("Dr Alan Pike has pleaded not guilty to manslaughter in the patient's June 2024 death.")
    assert any(m.date_start == dt.date(2024, 6, 1) and m.event_type != "legal" for m in found)


def test_a_measure_named_by_its_day_is_a_policy_of_that_day() -> None:
    found = mentions("The lawsuit is the first to challenge the governor's April 9 curfew on fishing boats.")
    assert any(m.event_type == "policy" and m.date_start == dt.date(2026, 4, 9) for m in found)
    assert all(m.date_start == PUBLISHED for m in found if m.event_type == "legal")


def test_a_happening_the_act_took_place_in_dates_it() -> None:
    (mention,) = [m for m in mentions("Eleven workers were injured in the May 4 blast at the refinery.")]
    assert mention.date_start == dt.date(2026, 5, 4)


def test_a_relative_clauses_date_is_its_own_verbs_and_the_closing_voice_speaks() -> None:
    (mention,) = mentions(
        "Bacteria consumed most of the gas that leaked from the Norvik Energy well last year, scientists "
        "reported on Tuesday."
    )
    assert mention.date_start == dt.date(2026, 5, 12)
    assert mention.speaker == "Scientists"  # not the firm named in what they reported


def test_a_date_quoted_before_does_not_date_the_next_quotation() -> None:
    text = (
        "The minister defended the budget on Monday.\n\n"
        '"Some of the critics who, only a few months ago, were calling for lower taxes now want more '
        'spending," Ms Roe said.\n\n'
        '"The same people who are asking for help today were telling the state to stay out of their lives."'
    )
    (quoted,) = of_sentence(text, "asking for help")
    assert quoted.date_start >= dt.date(2026, 5, 11)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Lena Hart has promised to rebuild the damaged schools.",
        "Governor Paul Renn has pledged $5 million for the cleanup.",
    ],
)
def test_an_undated_commitment_by_a_named_speaker_is_the_reports_news(sentence: str) -> None:
    (mention,) = of_sentence(LEAD + sentence, sentence[:20])
    assert mention.date_start == PUBLISHED


def test_an_undated_view_is_still_a_standing_position() -> None:
    assert not of_sentence(LEAD + "Lena Hart has long said the levees are too low.", "levees are too low")


def test_remarks_are_not_dated_by_a_named_happening_and_its_place() -> None:
    text = "The flood was the worst in the region since the Rhine flood in Germany in 1995, one expert said."
    (said,) = [m for m in mentions(text) if m.is_speech]
    assert said.date_start == PUBLISHED


def test_an_act_in_the_perfect_is_not_dated_by_the_happening_it_names() -> None:
    (act,) = mentions(
        "The Norvik spill has surpassed the Tasman Star spill off Tasmania in 1998 as the worst."
    )
    assert act.date_start == PUBLISHED


def test_a_legal_team_acting_for_a_client_is_named_up_to_its_own_verb() -> None:
    (said,) = of_sentence(
        LEAD + "The legal team representing Dr Alan Pike has now dropped its claim that the patient took the "
        "pills himself.",
        "legal team",
    )
    assert said.speaker == "The legal team representing Dr Alan Pike"
    assert said.date_start == PUBLISHED


def test_a_person_of_a_body_named_after_the_verb_speaks() -> None:
    (said,) = mentions('"The pattern is clear," said the Harbour Trust\'s Nadia Kell, who wrote the report.')
    assert said.speaker == "Nadia Kell"


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("In 2006, the Tarrow pipeline leaked 900 tonnes of diesel across the tundra.", 2006),
        ("In 2002 the tanker Solenne broke up off the northern coast.", 2002),
    ],
)
def test_a_past_year_opening_the_sentence_dates_its_act(sentence: str, year: int) -> None:
    (act,) = of_sentence(LEAD + sentence, sentence[:12])
    assert act.date_start == dt.date(year, 1, 1)


def test_a_year_opening_a_sentence_in_the_present_is_no_act() -> None:
    assert not of_sentence(LEAD + "In 2010 the company employs 400 people.", "employs")


def test_one_person_called_by_their_nationality_is_the_person_named_before() -> None:
    said = mentions(
        "Tom Hale, the chief executive of Norvik Energy, appeared before the committee on Thursday. "
        "The Briton said he had found no sign of negligence."
    )
    assert [m.speaker for m in said if m.is_speech] == ["Tom Hale"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause after the act tells of its own time (in the present as in the past)
        "Parliament approved the aid plan, which runs in 2019 and 2020.",
        # ... and so does a participle phrase that tells of the act's object
        "The court convicted the commander of crimes committed in the north in 2019 and 2020.",
        "Police arrested two men over attacks carried out in the capital in 2019.",
    ],
)
def test_a_year_in_a_clause_that_tells_of_a_noun_does_not_date_the_act(sentence: str) -> None:
    (mention,) = mentions(sentence)
    assert mention.date_start == PUBLISHED


def test_a_clause_of_its_own_after_a_conjunction_still_dates_the_act() -> None:
    (mention,) = mentions("Rebels seized the town after troops pulled out in March.")
    assert mention.date_start == dt.date(2026, 3, 1)


def test_a_quoted_relative_date_does_not_date_the_quotation_that_follows() -> None:
    found = mentions(
        "Health experts said the outbreak was a warning.\n\n"
        '"Last week the lesson was that we were fortunate," said Tom Hale.\n\n'
        '"Nobody can promise we will be so fortunate again."'
    )
    assert [m.date_start for m in found] == [PUBLISHED] * 3


def test_a_date_in_what_the_words_refer_to_dates_neither_them_nor_the_quotation_after() -> None:
    found = mentions(
        "Coastal towns are still cleaning up the beaches.\n\n"
        '"Nobody should be cheering yet," said Ana Roe, director of the Coast Alliance, '
        "in a reference to the minister's boast of a cleanup finished in May 2019.\n\n"
        '"The council wants the story closed, and the operator would like that too."'
    )
    assert [m.date_start for m in found if m.event_type == "statement"] == [PUBLISHED, PUBLISHED]
