"""Scrape fragments that reached titles: a caption glued to the sentence after it, a relative clause told of
an age instead of the person."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import quoted_caption
from events.extract.speakers import relative_antecedent
from tests.reports import body_mentions


def test_a_quoting_caption_glued_to_the_next_sentence_is_cut_from_it() -> None:
    line = 'Harbour master Ines Varga: "We will reopen the quay within days"Ferry crews returned to work.'
    assert line[quoted_caption(line) :] == "Ferry crews returned to work."
    # a single mark glued to a capital may be an apostrophe: no caption is read there
    assert quoted_caption("Varga: 'We will reopen the quay within days'Ferry crews returned.") == 0


def test_an_age_between_commas_is_not_what_a_relative_clause_tells_of() -> None:
    assert relative_antecedent("Lena Ortiz, 47,") == "Lena Ortiz"
    assert relative_antecedent("Lena Ortiz, aged 47,") == "Lena Ortiz"


def test_a_dated_relative_aside_after_an_age_is_titled_with_the_person() -> None:
    found = body_mentions(
        "Lena Ortiz, 47, who lost her bakery in the flood nearly three years ago, said the town was used to"
        " high water.",
        dt.date(2026, 5, 12),
    )
    titles = [m.clause for m in found]
    assert any(t.startswith("Lena Ortiz lost her bakery") for t in titles), titles
    assert not any(t.lower().startswith("who ") for t in titles), titles
