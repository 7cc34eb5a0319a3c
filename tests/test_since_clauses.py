"""A 'since' clause with a subject of several words ('since the Caspian Star drilling rig exploded on 20
April') is a happening of its own, dated by its own date, not by a later comparison's. Texts are our own."""

from __future__ import annotations

import datetime as dt

from events.extract.corpus import SourceRow, prepare_article
from events.extract.entities import load_gazetteer
from events.extract.mentions import extract_mentions


def test_a_since_clause_with_a_long_subject_keeps_its_own_date() -> None:
    text = (
        "The well has leaked nearly a million barrels into the sea since the Caspian Star drilling rig "
        "exploded on 20 April -- five times what the tanker Nordic Belle spilled in 1996.\n"
    )
    article = prepare_article("own.txt", text, SourceRow(published=dt.date(2027, 6, 15), outlet="Outlet"))
    dated = {m.date_start for m in extract_mentions(article, load_gazetteer()) if "exploded" in m.clause}
    assert dated == {dt.date(2027, 4, 20)}
