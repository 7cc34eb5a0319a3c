"""A deed told through a speaker ("X said <deed>") is typed by the deed, one event per sentence; the title of
who speaks ("the envoy", "the election commission") names no happening; a court's refusal of a motion is its
ruling, not a denial; what is said in the passive is the deed when it tells a thing done, and stays remarks
when it tells a state, a view or a wrong complained of (saidtype41). Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reports import BODY_OPENING, body_kinds, build_reports

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def kinds(sentence: str) -> list[str]:
    return [kind for kind, _ in body_kinds(sentence, PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Police said four women were arrested on Tuesday.", "arrest"),
        ("The transport ministry said the border had been closed to lorries.", "policy"),
        ("Officials said the cyclone killed 14 fishermen on Tuesday.", "casualties"),
        ("The electoral board said the two parties signed a coalition deal on Tuesday.", "agreement"),
        # a deed of the clause still types it when the speaker's title names a happening too
        ("The peace envoy said on Tuesday that both sides had agreed to a ceasefire.", "agreement"),
        ("Negotiators said on Tuesday that the talks had stalled.", "diplomacy"),
    ],
)
def test_a_deed_told_through_a_speaker_is_one_event_of_the_deeds_type(sentence: str, kind: str) -> None:
    assert kinds(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN envoy to the region said the repairs would take years to finish.",
        "The election commission chairman said turnout was high.",
        "The sanctions committee said the rules were clear.",
        "Election officials said turnout was high.",
        "The head of the election commission said turnout was high.",
    ],
)
def test_a_happenings_word_in_the_speakers_title_makes_no_happening(sentence: str) -> None:
    assert kinds(sentence) == ["statement"]


def test_a_denial_whose_clause_holds_a_saying_stays_a_denial() -> None:
    # ("officials deny that anyone ever told": the verb of the denial follows who speaks, no title of theirs)
    assert kinds("Harrow County officials deny that anyone ever told the mayor such a thing.") == ["denial"]


def test_a_court_officer_speaking_is_a_step_of_the_case() -> None:
    assert kinds("The trial judge said the jury would be sequestered.") == ["legal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge denied the motion on Tuesday.",
        "The judge denied the defence motion to dismiss the charges.",
        "The appeals court denied the company's petition on Tuesday.",
        "The presiding judge, a former senator, quickly denied the motion on Tuesday.",
    ],
)
def test_a_court_refusing_a_motion_or_a_petition_rules(sentence: str) -> None:
    assert kinds(sentence) == ["legal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman denied the motion had anything to do with the vote.",
        "The minister denied the allegations on Tuesday.",
    ],
)
def test_a_claim_denied_stays_a_denial(sentence: str) -> None:
    assert kinds(sentence) == ["denial"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Late Wednesday, Norvik Shipping said the bridge was successfully reopened.",
        "The Coast Guard said two ferries have been refloated.",
        "The Interior Ministry said the last survivors were airlifted out of the valley.",
        "The Red Cross said the tents were sent to the camp.",
    ],
)
def test_a_thing_done_told_in_the_passive_is_the_deed(sentence: str) -> None:
    assert kinds(sentence) == ["other"]


def test_a_thing_done_before_the_remark_leaves_the_remark_the_news() -> None:
    # the past before the remark ("had been tested") is what the remark rests on
    assert kinds("The Water Board said on Tuesday that the pipes had been tested twice.") == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a state, a view, a plan, a denial, a judgement and a wrong complained of stay remarks
        "Norvik Shipping said the figures were based on old data.",
        "Norvik Shipping said the plant was not damaged.",
        "Jane Roe said the workers were forced to leave.",
        "The Finance Ministry said the plan was expected to cost millions.",
        "Jane Roe said the firm was rushed and could have worked more safely.",
        "The Interior Ministry said its citizens were singled out at the border.",
        # ("suggested" puts a view; after "told" the one told comes first)
        "Jane Roe suggested the ferries were refloated too early.",
        "Jane Roe told reporters after the results were announced that she was content.",
        # a readiness or an aim, a cause given and what someone ought to do are no deed done
        "Jane Roe said the president was poised to seize control of the fund.",
        "Jane Roe said the move was triggered by the risk of storms.",
        "Jane Roe says the chief was briefed on the questions and ought to answer them.",
    ],
)
def test_a_state_a_view_or_a_complaint_in_the_passive_stays_remarks(sentence: str) -> None:
    assert kinds(sentence) in (["statement"], ["claim"])


def test_a_judge_telling_of_deeds_in_the_case_gives_a_ruling() -> None:
    sentence = "Presiding Judge Jane Roe said the evidence showed the militia leader had ordered the attacks."
    assert kinds(sentence) == ["legal"]


def test_police_telling_of_a_deed_give_the_deed() -> None:
    assert kinds("Police said the man killed his business partner in March.") == ["casualties"]


def test_a_role_with_no_article_after_a_closing_speaker_only_describes_them() -> None:
    # ("president of the ... Center who recently discussed the topic": who speaks, no talks held)
    sentence = (
        "Crop insurance began as a charity in the 1990s, said Jane Roe, president of the Harrow Insurance "
        "Center who recently discussed the topic with officials at the central bank."
    )
    assert kinds(sentence) == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The poet's writing desk has been withdrawn from the sale after his daughters objected, Harrow "
        "Auctions has said.",
        "Two ferries were sent to the island, Norvik Shipping said.",
    ],
)
def test_a_deed_in_a_participle_of_no_ed_form_told_before_its_teller_is_the_deed(sentence: str) -> None:
    assert kinds(sentence) == ["other"]


def test_words_told_to_someone_before_the_teller_stay_remarks() -> None:
    assert kinds("The staff were told to stay at home, Norvik Shipping said.") == ["statement"]


def _titles(text: str) -> list[tuple[str, str]]:
    found = build_reports((PUBLISHED, BODY_OPENING + text))
    return [(kind, title) for kind, _day, _end, title, _n in found if kind not in ("election", "statement")]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Norvik Shipping said on Tuesday it had sacked its chief executive.",
            "Norvik Shipping says it had sacked its chief executive",
        ),
        (
            "State health officials said they had confirmed cholera in two fishermen.",
            "State health officials say they had confirmed cholera in two fishermen",
        ),
    ],
)
def test_a_deed_said_of_the_speakers_own_keeps_the_speaker_in_its_title(sentence: str, title: str) -> None:
    assert [t for _kind, t in _titles(sentence)] == [title]


def test_a_pronoun_that_cannot_be_the_speaker_leaves_the_title_as_it_was() -> None:
    # (the students, not the university, said "they"; the university is no "they")
    titles = _titles("Students at Harrow University said they would strike on Friday.")
    assert [t.split()[0] for _kind, t in titles] == ["Students"]
