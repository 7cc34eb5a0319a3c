"""Which sentences a key date shows: invented days of reports (a court ruling on a tariff), picked by
`pick_sentences` directly."""

from __future__ import annotations

import math

import pytest

from events.query import keydates
from events.query.keydates import SentenceVectors, StoryWords, pick_sentences

Candidate = keydates._Candidate

# One day's reports of a ruling: three say it in a few words; one long sentence gives the background,
# sharing a few of their words but holding many of its own.
RULING = [
    Candidate(
        "The appeals court struck down the tariff on steel imports on Thursday.",
        "wire-a.txt",
        "ev-ruling",
        0,
        70,
        True,
    ),
    Candidate(
        "Judges struck down the steel tariff in a unanimous ruling.", "paper-b.txt", "ev-ruling", 0, 59, False
    ),
    Candidate(
        "The court struck down the tariff after months of hearings.", "paper-c.txt", "ev-ruling", 0, 59, False
    ),
    Candidate(
        "Importers of steel, aluminium, copper, timber and grain, shipping firms, dockworkers' unions and "
        "three provincial governors had lobbied the court for years, arguing the tariff on steel raised "
        "prices of cars, fuel and machinery.",
        "paper-d.txt",
        "ev-ruling",
        0,
        200,
        False,
    ),
]


def _vectors(texts: list[str]) -> SentenceVectors:
    story = StoryWords.of(texts)
    return SentenceVectors(story.weights(), story)


def test_the_sentence_the_days_reports_share_comes_before_the_long_background() -> None:
    # The centroid, a mean of word counts, leans to the long sentence (its many words weigh most in it);
    # the sentence most reports say in part states what happened.
    vectors = _vectors([c.text for c in RULING])
    picked = pick_sentences(RULING, [], 1, vectors.weights, vector_of=vectors)
    assert [c.article for c in picked] == ["wire-a.txt"]


def test_without_centrality_the_centroid_alone_would_take_the_background(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keydates, "_CENTRALITY", 0.0)
    vectors = _vectors([c.text for c in RULING])
    picked = pick_sentences(RULING, [], 1, vectors.weights, vector_of=vectors)
    assert [c.article for c in picked] == ["paper-d.txt"]


def test_centrality_is_each_texts_cosine_to_the_sum_of_all_texts_as_unit_vectors() -> None:
    texts = [c.text for c in RULING] + ["It was what it was."]  # (no word kept: no centrality)
    vectors = _vectors(texts)
    plain = [vectors(t) for t in texts]
    unit: dict[str, float] = {}
    for vector in plain:
        norm = math.sqrt(sum(v * v for v in vector.values()))
        for word, value in vector.items():
            unit[word] = unit.get(word, 0.0) + value / norm
    total = math.sqrt(sum(v * v for v in unit.values()))
    expected = [
        sum(value * unit[word] for word, value in vector.items())
        / (math.sqrt(sum(v * v for v in vector.values())) * total)
        if vector
        else 0.0
        for vector in plain
    ]
    assert vectors.centrality(texts).tolist() == pytest.approx(expected)
    assert vectors.centrality([]).tolist() == []


# A day's reports of the government's answer: the wire quotes the minister; a paper reports it.
APPEAL = [
    Candidate(
        '"The government will appeal the tariff ruling," the trade minister said on Thursday.',
        "wire-a.txt",
        "ev-appeal",
        0,
        85,
        True,
    ),
    Candidate(
        "The government will appeal the tariff ruling, the trade minister said.",
        "paper-b.txt",
        "ev-appeal",
        0,
        70,
        False,
    ),
    Candidate(
        "Ministers said the government would appeal the ruling on steel.",
        "paper-c.txt",
        "ev-appeal",
        0,
        62,
        False,
    ),
    Candidate(
        "Steel importers welcomed the tariff ruling on Thursday.", "paper-d.txt", "ev-appeal", 0, 55, False
    ),
]


def test_a_sentence_that_reports_what_was_said_comes_before_the_quotation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vectors = _vectors([c.text for c in APPEAL])
    picked = pick_sentences(APPEAL, [], 1, vectors.weights, vector_of=vectors)
    assert [c.article for c in picked] == ["paper-b.txt"]
    # (the quotation is the day's most central sentence: without the rule it would come first)
    monkeypatch.setattr(keydates, "_QUOTED", 1.0)
    picked = pick_sentences(APPEAL, [], 1, vectors.weights, vector_of=vectors)
    assert [c.article for c in picked] == ["wire-a.txt"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('"We will not sign this deal," the prime minister told parliament.', True),
        ("'We have counted every ballot twice,' the returning officer said.", True),
        ("The union called the offer 'an insult to every nurse' on Monday.", True),
        ('The storm\'s so-called "red zone" was evacuated overnight.', False),
        ("The court's ruling was the judges' last of the term.", False),
        ("Officials called the closure a 'temporary' measure.", False),
    ],
)
def test_a_quotation_is_three_words_or_more_in_quotation_marks(text: str, quotes: bool) -> None:
    assert bool(keydates._QUOTES.search(text)) is quotes


def test_a_clause_cut_from_its_sentence_is_not_offered_when_a_whole_sentence_is() -> None:
    from events.query.keydates import _Candidate, _usable

    whole = _Candidate(
        "The court struck down the tariff on steel imports on Monday.", "a.txt", "e1", 0, 60, True
    )
    cut = _Candidate(
        "where the court struck down the tariff on steel imports on Monday", "b.txt", "e2", 0, 60, True
    )
    assert _usable([cut, whole]) == [whole]
    assert _usable([cut]) == [cut]  # a day with nothing better still says what it has
