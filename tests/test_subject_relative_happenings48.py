"""A dated relative clause of the sentence's subject ("A fisherman who went missing off the coast on Sunday
was found alive") tells a happening of its own, told of the subject at the clause's date, beside the main
clause, which is read without that date. Not so for a subject that is no one in particular ("Anyone who
..."), a relative set off by commas (read as an aside already), a gathering ("ministers who met on Monday
agreed": the main act's occasion), a perfect or a time clause inside the relative, whose date is not the
relative verb's own, a verb of a state that lasted ("persisted"), a year (history), or a main verb that is
a copula before a that-clause. Texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import Mention, extract_mentions

PUBLISHED = dt.date(2027, 9, 22)  # a Wednesday


def _mentions(text: str) -> list[Mention]:
    article = prepare_article("own.txt", text + "\n", SourceRow(published=PUBLISHED, outlet="Outlet"))
    return extract_mentions(article, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "second", "day"),
    [
        (
            "A fisherman who went missing off the coast on Sunday was found alive by a trawler.",
            "A fisherman went missing off the coast on Sunday",
            dt.date(2027, 9, 19),
        ),
        (
            "The nurse who collapsed during a night shift on Monday has died in hospital.",
            "The nurse collapsed during a night shift on Monday",
            dt.date(2027, 9, 20),
        ),
        (
            "A lorry driver who crashed into a school bus on 3 September was jailed for six years.",
            "A lorry driver crashed into a school bus on 3 September",
            dt.date(2027, 9, 3),
        ),
        (
            "The goalkeeper who was sent off in the derby last weekend has been banned for three matches.",
            "The goalkeeper was sent off in the derby last weekend",
            dt.date(2027, 9, 18),
        ),
        (
            "A climber who slipped on an icy path on Saturday was rescued by a helicopter crew.",
            "A climber slipped on an icy path on Saturday",
            dt.date(2027, 9, 18),
        ),
    ],
)
def test_a_dated_relative_of_the_subject_is_a_happening_of_its_own(
    text: str, second: str, day: dt.date
) -> None:
    told = {m.clause.rstrip(" ."): m.date_start for m in _mentions(text)}
    assert told.get(second) == day
    # the main clause is still there, undated by the relative's day
    assert any(clause != second and date != day for clause, date in told.items())


@pytest.mark.parametrize(
    "text",
    [
        "Anyone who travelled to the region last week should see a doctor.",
        "Those who lost their homes in the storm last month have been given grants.",
        "The ministers who met on Monday agreed a new budget.",
        "The union, which called the strike on 3 March, accepted the offer.",
        "One crew that has studied the footage of the bridge before it was repaired last week has concluded "
        "that the cracks were old.",
        "Another theory that circulated on social media this week was that the reservoir had been poisoned.",
        "The inspector who examined the dam after it was breached on Monday resigned.",
        # a state that lasted, and a year that tells history
        "The culture of secrecy that persisted ten years ago was addressed during the crisis.",
        "The optimism that prevailed last week has faded.",
        "A firm that was fined by the regulator in 2019 has lost its licence.",
    ],
)
def test_no_second_happening_of_a_relative_that_is_not_so(text: str) -> None:
    clauses = [m.clause for m in _mentions(text)]
    subject = text.split(" who ")[0].split(" which ")[0].split(" that ")[0].split(",")[0]
    # no title is the subject with the relative's verb right after it
    relative = text.split(" who ", 1)[-1] if " who " in text else text.split(" that ", 1)[-1]
    assert f"{subject} {relative.split()[0]}" not in " | ".join(clauses)
