"""An event's title is told by the report's lead: the sentence that states the happening, not a later one of
the same article that goes on about it, however much shorter."""

from __future__ import annotations

import datetime as dt

from reports import build_reports

from events.merge.titles import ends_dangling

PUBLISHED = dt.date(2025, 3, 4)


def titles(text: str) -> list[str]:
    return [title for _type, _start, _end, title, _sources in build_reports((PUBLISHED, text))]


def test_a_speakers_remarks_are_titled_by_the_sentence_that_introduces_them() -> None:
    text = (
        "Maria Lund, the head of the national weather service, said the storm would reach the southern coast "
        "by Friday and urged residents of low-lying towns to stock up on water.\n\n"
        '"We expect the worst of the wind overnight," Lund said.'
    )
    assert titles(text) == ["Maria Lund says the storm would reach the southern coast"]


def test_a_later_quotation_does_not_title_the_announcement_it_follows() -> None:
    text = (
        "The finance minister, Tomas Berg, said the government would cut the tax on fuel by a fifth "
        "from next month to ease the burden on households and small firms.\n\n"
        '"Families cannot wait any longer," Berg said.'
    )
    assert "Tomas Berg says the government would cut the tax on fuel by a fifth from next month" in titles(
        text
    )


def test_a_short_quotation_titles_remarks_when_it_is_the_first_sentence() -> None:
    # (the lead rule only moves a title earlier in its article; the first report keeps its own)
    text = (
        '"We will not sign this deal," the trade minister, Ana Costa, said on Tuesday.\n\n'
        "Costa said the terms offered to farmers were worse than those of the last agreement."
    )
    found = titles(text)
    assert len(found) == 1
    assert "will not sign this deal" in found[0]


def test_a_lead_title_cut_before_what_its_last_word_led_to_is_no_title() -> None:
    # (the lead gives way to the ranking's choice when its title stops on a word that leads on)
    assert ends_dangling("Ana Costa: “Signing this deal would be like”")
    assert ends_dangling("Tomas Berg says there is still doubt about")
    assert ends_dangling("The union says the strike will go on until")
    assert not ends_dangling("Tomas Berg says the tax on fuel will fall by a fifth")
