"""One article telling one happening in several sentences gives one event; two happenings of one day and
one kind stay two. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

from reports import build_reports

from events.extract.happenings import restates_a_happening

THURSDAY = dt.date(2026, 5, 14)


def test_a_ruling_restated_by_its_noun_is_the_ruling_the_article_told() -> None:
    found = build_reports(
        (
            THURSDAY,
            "A federal judge on Tuesday struck down the state's ban on offshore drilling.\n\n"
            "The ruling, issued on Tuesday in Denver, found the ban unconstitutional.\n\n"
            "The state's governor said on Wednesday he would appeal.",
        )
    )
    rulings = [f for f in found if f[0] == "legal"]
    assert [(f[1], f[4]) for f in rulings] == [("2026-05-12", 1)]
    assert len(rulings) == 1


def test_two_rulings_of_one_day_in_two_cities_stay_two() -> None:
    found = build_reports(
        (
            THURSDAY,
            "A court in Lyon on Tuesday convicted a former mayor of fraud.\n\n"
            "A court in Nantes on Tuesday acquitted two police officers of assault.",
        )
    )
    assert len([f for f in found if f[0] == "legal"]) == 2


def test_a_definite_noun_restates_only_when_no_other_act_of_its_kind_follows() -> None:
    assert restates_a_happening("The blast, heard across the city on Monday, shattered windows.", "disaster")
    assert restates_a_happening("Tuesday's verdict was greeted with cheers outside the court.", "legal")
    # another act of the kind after the subject: the aftershocks are happenings of their own
    assert not restates_a_happening("The quake was quickly followed by two aftershocks.", "disaster")
    # a noun that describes another one, or is told which by what follows, names no happening of the story
    assert not restates_a_happening("The ruling party won a majority on Sunday.", "legal")
    assert not restates_a_happening("The ruling of the appeals court came a year later.", "legal")
    # a noun of another kind
    assert not restates_a_happening("The quake was felt across the region.", "legal")
