import pickle
import re

from events.extract.patterns import LazyPattern


def test_lazy_pattern_answers_as_the_compiled_pattern() -> None:
    lazy = LazyPattern(r"\b(fir(e|ed))\b", re.IGNORECASE)
    plain = re.compile(r"\b(fir(e|ed))\b", re.IGNORECASE)
    text = "Troops Fired on the crowd; the fire spread."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    found, expected = lazy.search(text, 10), plain.search(text, 10)
    assert found is not None and expected is not None and found.span() == expected.span()
    assert lazy.match(text) is None and lazy.fullmatch("FIRE") is not None
    assert lazy.findall(text) == plain.findall(text)
    assert lazy.sub("X", text) == plain.sub("X", text) and lazy.subn("X", text) == plain.subn("X", text)
    assert lazy.split(text) == plain.split(text)
    assert lazy.flags == plain.flags and lazy.groups == plain.groups and lazy.pattern == plain.pattern


def test_lazy_pattern_compiles_only_when_first_used() -> None:
    lazy = LazyPattern(r"never (used")  # invalid: compiling it would raise
    assert lazy.pattern == "never (used"
    used = LazyPattern(r"used")
    assert used.search("a used car") is not None
    assert used.compiled() is used.compiled()


def test_lazy_pattern_survives_pickling_before_and_after_use() -> None:
    lazy = LazyPattern(r"coup", re.IGNORECASE)
    assert pickle.loads(pickle.dumps(lazy)).search("A COUP") is not None
    lazy.search("coup")
    again = pickle.loads(pickle.dumps(lazy))
    assert again.pattern == "coup" and again.search("A Coup") is not None
    assert again == lazy and hash(again) == hash(lazy) and again != LazyPattern("coup")
