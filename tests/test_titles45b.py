"""Titles cut inside a phrase or left without their verb (session 45b): invented sentences only."""

from __future__ import annotations

import pytest

from events.merge.titles import fit, reads_cut


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the participle phrase that describes the subject goes whole, and the subject keeps its verb
        (
            "Some 62 percent of about 3.1 million tonnes dumped since the March collapse at the Northfield "
            "mine can be traced to the pit",
            "Some 62 percent of about 3.1 million tonnes dumped since the March collapse can be traced",
        ),
        (
            "Nearly half of the 4,000 ballots posted from overseas during the second week of the count have "
            "been rejected by the board",
            "Nearly half of the 4,000 ballots have been rejected by the board",
        ),
        (
            "The flood along the lower reaches of the Rhine valley caused by last week's heavy storm has so "
            "far cost insurers $2.3 bn in claims",
            "The flood along the lower reaches of the Rhine valley has so far cost insurers $2.3 bn",
        ),
    ],
)
def test_a_participle_phrase_goes_before_the_subjects_verb(text: str, title: str) -> None:
    assert fit(text) == title


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # after a verb, the noun and its participle are the object, and a verb after it another clause's
        (
            "A jury cleared three guards charged with the theft of paintings from the Orland city museum "
            "Maya Ruiz is 16 and was not in court",
            "cleared three guards charged with the theft",
        ),
        # "failed to show": an infinitive, not a phrase the participle describes a noun with
        (
            "The tribunal ruled the agency failed to show in what way it would suffer lasting harm if the "
            "licences were not renewed for the three firms",
            "the agency failed to show",
        ),
        # a noun in -ing before "that" is no participle of showing: the noun stays
        (
            "The bank disclosed in a regulatory filing that the Finance Ministry and the Audit Office are "
            "looking into loan matters relating to the collapse",
            "in a regulatory filing",
        ),
        # a participle after a pronoun is its verb
        (
            "The builder is sure that every repair it made at the Kestrel dam last spring was finished "
            "exactly as the engineers had specified in the plans",
            "every repair it made",
        ),
    ],
)
def test_a_participle_with_a_verb_before_it_stays(text: str, kept: str) -> None:
    assert kept in fit(text)


@pytest.mark.parametrize(
    "title",
    [
        "The mayor wrote a letter to the",
        "The council approved the firm's",
        "The minister dismissed short-term agency studies showing",
        "Day 12 of a strike that began with a walkout",
        "Jane Roe says an estimated 3,000 small boats",
        "The auditors found the report was more about shielding the builder than getting",
        "The last span of the bridge will be lifted into place in the coming",
    ],
)
def test_a_title_cut_inside_a_phrase_or_without_a_verb_reads_cut(title: str) -> None:
    assert reads_cut(title)


@pytest.mark.parametrize(
    "title",
    [
        "The talks went on",
        "Prices rose",
        "Workers at the Lindale plant are striking",
        "Jane Roe says the river was still rising",
        "The council approved the new ruling",
        "The firm says it has found a second crack",
        "Jane Roe says then you look foolish",
        "Jane Roe: “We will not leave”",
    ],
)
def test_a_whole_clause_does_not_read_cut(title: str) -> None:
    assert not reads_cut(title)


def test_a_participle_phrase_is_not_dropped_for_a_title_that_then_reads_cut() -> None:
    # without "ordered for the bridge" the clause would end on "in the coming", what the date left behind
    title = fit(
        "Site manager Jane Roe said the last steel beam ordered for the Kessel bridge would be lifted into "
        "place in the coming this week, with the painting to begin later"
    )
    assert not title.endswith("in the coming")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a verb in the past with its object after it is the clause's verb, and "it had" the object's clause
        (
            "Corvin Mutual cut by a third the bonus it had pledged to its agents in March after heavy "
            "losses on its farm loans in the north of the country",
            "Corvin Mutual cut by a third the bonus it had pledged to its agents",
        ),
        (
            "The district board approved on Monday the road repairs it had drawn up for the villages east "
            "of the river after a long dispute with the hauliers",
            "The district board approved on Monday the road repairs it had drawn up for the villages",
        ),
    ],
)
def test_a_verb_with_its_object_is_no_participle_that_describes(text: str, title: str) -> None:
    assert fit(text).rstrip("…") == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the usual cut reads whole: the participle phrase tells what the subject is and stays
        (
            "Vans built at the Orsk plant since the wiring change in August must be returned to dealers for "
            "checks on their steering, the agency ruled",
            "Vans built at the Orsk plant since the wiring change must be returned to dealers",
        ),
        # the participle and its first phrase stay when they fit
        (
            "The woman charged with the theft of a church organ in the Pellow district two weeks ago has "
            "been remanded in custody by magistrates until next month",
            "The woman charged with the theft of a church organ has been remanded in custody",
        ),
    ],
)
def test_a_participle_phrase_keeps_what_tells_the_subject(text: str, title: str) -> None:
    assert fit(text) == title


@pytest.mark.parametrize(
    "title",
    ["The report named agents working", "Police detained officers acting", "The board hired analysts"],
)
def test_a_word_that_only_begins_like_an_adverb_leaves_the_gerund_waiting(title: str) -> None:
    # ("agents", "officers": not "a" nor "of")
    assert reads_cut(title) == title.endswith("ing")


def test_a_participle_of_saying_left_without_its_clause_goes() -> None:
    # ("... shareholders alleging": what they alleged did not fit, and the word that led to it goes too)
    title = fit(
        "Judge Ana Lopez threw out the claims by the three Velmar shareholders alleging that the board of "
        "the firm had hidden the losses from them for years"
    )
    assert title == "Judge Ana Lopez threw out the claims by the three Velmar shareholders"


def test_a_participle_of_saying_keeps_its_clause_when_it_fits() -> None:
    # what was confirmed is the news: the phrase that describes its subject goes before it
    title = fit(
        "Police issued a statement confirming that the two climbers missing on the Ardmore ridge since the "
        "weekend had been found dead by a rescue team"
    )
    assert title == "Police issued a statement confirming that the two climbers had been found dead"


def test_a_participle_phrase_around_a_place_is_no_object() -> None:
    # ("around the estate": a phrase, not the object of a verb)
    title = fit(
        "The minister dismissed studies showing that the pesticides sprayed on the fields around the Tilbury "
        "estate are harmful to bees and birds"
    )
    assert title == "The minister dismissed studies showing that the pesticides are harmful to bees and birds"


@pytest.mark.parametrize(
    ("title", "cut"),
    [("The mayor says they are going", True), ("Workers at the Lindale plant are striking", False)],
)
def test_a_progressive_of_go_waits_for_where(title: str, cut: bool) -> None:
    assert reads_cut(title) == cut
