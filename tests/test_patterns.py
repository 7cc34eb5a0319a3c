import pickle
import re

import pytest

from events.extract.patterns import (
    LazyPattern,
    apart_at,
    boundary_at,
    with_first_characters,
    written_apart,
    written_between_boundaries,
)
from events.extract.triggers import TRIGGERS
from events.extract.vocabulary import alternatives


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


def _holds_one(text: str, required: tuple[str, ...] | None) -> bool:
    return required is None or any(s in text.lower() for s in required)


def test_required_substrings_cover_every_branch_of_an_alternation() -> None:
    from events.extract.patterns import required_substrings

    pattern = r"\b(den(y|ies|ied|ying|ial)|reject(s|ed)?\s+(the\s+)?claims?|no\s+basis\s+in\s+fact)\b"
    required = required_substrings(pattern, re.IGNORECASE)
    assert required is not None
    # one string for each branch, the longest each offers ("basis" over "no" and "in")
    assert "basis" in required and "reject" in required and not {"no", "in", "the"} & set(required)
    for text in ("They DENIED it", "the ministry rejected the claims", "It has No basis in fact."):
        assert re.search(pattern, text, re.IGNORECASE) and _holds_one(text, required)


def test_required_substrings_are_none_when_a_branch_needs_nothing() -> None:
    from events.extract.patterns import required_substrings

    assert required_substrings(r"coup|\d+", re.IGNORECASE) is None
    assert required_substrings(r"(?:storm)?\s*\w+") is None
    # optional words and lookarounds ask nothing; a repeated group asks what it holds once
    assert required_substrings(r"(?<!cardiac\s)arrest(ed)?(?!\s+the\s+decline)") == ("arrest",)
    assert required_substrings(r"(?:strikes?\s+){1,3}hit") is not None


def test_required_substrings_never_rule_out_a_match() -> None:
    from events.extract.patterns import required_substrings

    patterns = [
        r"\b(struck|hit)\s+(at\s+a\s+(shallow\s+)?depth\s+of|[\d.,]+\s*(km|miles)\s+(deep|below))\b",
        r"\b(was|were)\s+(later\s+)?(taken|flown)\s+to\s+(?!(?:[\w'-]+\s+){0,4}hospitals?\b)",
        r"(?<!\bto\s)\b(cut|shed)\s+(about\s+)?[\d,]+\s+([\w-]+\s+){0,2}?(jobs|staff)\b",
        r"\b(?-i:[A-Z])\w+\s+(?:was|is)\s+centr?ed\b",
        r"\bsanction(s|ed)?\b|\bembargo\b|\b(?:freeze|froze)\s+assets\b",
    ]
    texts = [
        "The quake struck at a depth of 10 km.",
        "It hit 35 miles below the seabed.",
        "The crew were later flown to Houston.",
        "The carmaker cut 900 jobs on Monday and shed 2,000 staff.",
        "Quake was centered near the coast; Storm is centred offshore.",
        "Washington sanctioned two banks and will freeze assets of a third.",
        "The crew were taken to a local hospital.",
    ]
    for pattern in patterns:
        required = required_substrings(pattern, re.IGNORECASE)
        for text in texts:
            if re.search(pattern, text, re.IGNORECASE):
                assert _holds_one(text, required), (pattern, text, required)


def test_longest_of_finds_the_longest_string_at_each_place() -> None:
    from events.extract.patterns import longest_of

    finder = re.compile(f"(?=({longest_of(['fire', 'fired', 'firefighters', 'den', 's&p', '-flagged'])}))")
    found = finder.findall("the fired firefighters denied the s&p index, a panama-flagged ship")
    assert found == ["fired", "firefighters", "den", "s&p", "-flagged"]


def test_scanned_pattern_answers_as_the_pattern() -> None:
    from events.extract.patterns import ScannedPattern

    source = r"(?<!-)\b(said|told|warned)\b(?!\s+to\s+be\b)|\baccording\s+to\b"
    scanned, plain = ScannedPattern(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    texts = [
        "The mayor SAID on Tuesday that the roads had reopened, according to the council.",
        "The roads reopened on Tuesday.",  # no string a match needs: never scanned
        "She was said to be happy, officials told reporters.",
        "The mayor ſaid nothing; the council warned of floods.",  # a long s matches "s" in any case
    ]
    for text in texts * 2:  # the second time from what was kept
        assert [m.span() for m in scanned.finditer(text)] == [m.span() for m in plain.finditer(text)]
        found, expected = scanned.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span())
        later, expected_later = scanned.search(text, 12), plain.search(text, 12)
        assert (later and later.span()) == (expected_later and expected_later.span())
        assert scanned.findall(text) == plain.findall(text)
    assert scanned.fullmatch("Said") is not None and scanned.match("x said") is None


def _branch_passes(text: str, branches: tuple[tuple[tuple[str, ...], ...], ...] | None) -> bool:
    lowered = text.lower()
    return branches is None or any(
        all(any(s in lowered for s in need) for need in branch) for branch in branches
    )


def test_required_per_branch_asks_each_alternative_for_all_it_needs() -> None:
    from events.extract.patterns import required_per_branch, required_substrings

    pattern = r"\b(signed|passed)\s+(a\s+|the\s+)?(law|bill)\b|\bcurfew\b"
    branches = required_per_branch(pattern, re.IGNORECASE)
    assert branches is not None and len(branches) == 2
    # "signed" alone passes the one set of the whole pattern, but not the first alternative's two
    text = "The contract was signed on the steps of the town hall."
    assert _holds_one(text, required_substrings(pattern, re.IGNORECASE)) and not _branch_passes(
        text, branches
    )
    for text in ("The governor SIGNED the bill.", "A night curfew began."):
        assert re.search(pattern, text, re.IGNORECASE) and _branch_passes(text, branches)
    # an alternation inside a group is still split, with what stands around it asked of every alternative
    grouped = required_per_branch(r"\b(charged\s+with|indicted\s+on)\s+fraud\b", re.IGNORECASE)
    assert grouped is not None and len(grouped) == 2
    assert not _branch_passes("He was charged on Monday and indicted later.", grouped)
    assert _branch_passes("She was Charged with fraud.", grouped)
    # an alternative that asks nothing leaves nothing to test
    assert required_per_branch(r"coup|\d+", re.IGNORECASE) is None


def test_required_per_branch_never_rules_out_a_match() -> None:
    from events.extract.patterns import required_per_branch
    from events.extract.triggers import TRIGGERS

    texts = [
        "The parliament passed a new law on Tuesday restricting imports.",
        "A curfew was imposed after the riots, and schools were closed until Monday.",
        "The earthquake struck at a depth of 10 km, officials said.",
        "Two soldiers were killed and five wounded in the ambush.",
        "The ferry capsized off the coast and 30 passengers are missing.",
        "Shares rose 3% after the lender reported profits; the index closed higher.",
        "The president appointed a new defence minister and the cabinet was sworn in.",
        "The court sentenced him to five years; his lawyers said they would appeal.",
        "Regulators ordered the refinery to halt production, and the plant remains closed.",
    ]
    for trigger in TRIGGERS:
        branches = required_per_branch(trigger.pattern.pattern, re.IGNORECASE)
        for text in texts:
            if trigger.pattern.search(text):
                assert _branch_passes(text, branches), (trigger.family, text)


# Invented sentences on other topics than the evaluation's
_LEAD_TEXTS = [
    "The senate passed the farm bill on Tuesday, and the governor signed it into law.",
    "Storm surge flooded 40 homes; the coastguard said 3 people were missing.",
    "A court in Lyon fined the carrier €2m, the ruling said, after a strike-hit summer.",
    "Voters in the capital re-elected the mayor, who had promised cheaper buses.",
    "'We will appeal,' said the union — its 12,000 members walked out at dawn.",
    "Some $40 was raised in about 3 days, a few days after a two-day vote; 15 members gave.",
    "",
]


@pytest.mark.parametrize(
    "source,flags",
    [
        (r"(?<!\bnot\s)(?<!\bnever\s)\s+(?:on\s+)?(?:Tuesday|dawn)\b", 0),
        (r"\b(passed|signed|fined)\s+(?:the\s+)?\w+", re.IGNORECASE),
        (r"\b(?:(?:re-)?elect(?:ed|s)?|(?<=,\s)said)\b", 0),
        (r"(?<!-)(?:\d+|a\s+few)\s+(?:people|homes|members)", 0),
        (r"\b(?-i:[A-Z])\w+\s+said", re.IGNORECASE),  # a case-bound capital first: looked for in its case
        (r"(?!(?:Storm|Voters)\b)(?-i:[A-Z][a-z]+)\s+\w+", re.IGNORECASE),
        (r"(?!the\b)(?i:[a-z]+)\s+said", 0),  # flags set inside that add case-blindness: left as it is
        (r"(?=[,;])[,;]\s*(?:the|its)\b", 0),
        (r"\b(?:the)?\s*(?:union|senate)", 0),  # may open with a space or a letter
        (r"(?<![\w-])[^\W\d]+-hit\b", 0),  # a negated class: left as it is
        (r"\bfined\b|(?<!-)\bsigned\b|^Storm", 0),  # alternatives of the whole pattern
        ("\\bunion\\b\n| \\bmembers\\b  # who walked out", re.VERBOSE),  # a comment ends the last line
        (r"(?P<qual>\b(?:about|some)\s+)?(?:\$\d+|\b\d+\s+members)", re.IGNORECASE),  # an optional opening
        (r"(?:\ba\s+few\s+)*?(?<!-)\bdays?\b", 0),
        (r"(?<!-)(?<!the\s)\bmembers|\bunion", re.IGNORECASE),  # a boundary every alternative asks for
        (r"(?<!x)(?:\bunion|members)", 0),  # a boundary only one alternative asks for
    ],
)
def test_a_first_character_look_ahead_finds_the_same_matches(source: str, flags: int) -> None:
    led = with_first_characters(source, flags)
    for text in _LEAD_TEXTS:
        expected = [m.span() for m in re.finditer(source, text, flags)]
        assert [m.span() for m in re.finditer(led, text, flags)] == expected, (led, text)


def test_a_first_character_look_ahead_only_where_sre_has_no_first_character() -> None:
    assert with_first_characters(r"said\s+\w+") == r"said\s+\w+"  # a literal first: sre skips along
    assert with_first_characters(r"(?i)\bsaid") == r"(?i)\bsaid"  # flags of the whole pattern stay first
    assert with_first_characters(r"\b(?:a|bc)?") == r"\b(?:a|bc)?"  # may match nothing
    assert with_first_characters(r"\b(?:said|told)\b") == r"\b(?=[st])(?:said|told)\b"
    assert with_first_characters(r"(?<!x)\s+y") == r"(?=[\s])(?<!x)\s+y"
    assert with_first_characters(r"\bsaid|told") == r"(?=[st])(?:\bsaid|told)"
    assert with_first_characters(r"said|told") == r"said|told"  # literals first: sre skips along
    # (a boundary that every alternative asks for after its look-behinds leads, before them)
    assert with_first_characters(r"(?<!-)\bsaid|\btold") == r"\b(?=[st])(?:(?<!-)\bsaid|\btold)"
    assert with_first_characters(r"(?<!-)(?:\bsaid|told)") == r"(?=[st])(?<!-)(?:\bsaid|told)"
    # (an optional opening is tried at every place, as a boundary is: what it or the rest opens with leads)
    assert with_first_characters(r"(?:about\s+)?\d+") == r"(?=[\da])(?:about\s+)?\d+"
    assert with_first_characters(r"(?:about\s+)?(?:\d+)?") == r"(?:about\s+)?(?:\d+)?"  # may match nothing
    # (a case-blind rule opening with a case-bound capital: the look-ahead keeps the capital's case)
    assert (
        with_first_characters(r"(?!May\b)(?-i:[A-Z])\w+", re.IGNORECASE)
        == r"(?-i:(?=[A-Z]))(?!May\b)(?-i:[A-Z])\w+"
    )
    assert with_first_characters(r"(?!May\b)(?i:[A-Z])\w+") == r"(?!May\b)(?i:[A-Z])\w+"


@pytest.mark.parametrize(
    "words",
    [
        ["sank", "sang", "sat", "saw", "sawed", "seen", "set", "sent"],  # shared beginnings, one a prefix
        ["May", "March", "Monday", "Mar"],
        ["may", "May"],  # one word to a case-blind pattern: kept as a list
        ["a.m.", "am", "p.m."],  # a pattern's own characters: kept as a list
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_alternatives_match_as_the_list_longest_first(words: list[str], flags: int) -> None:
    listed = "|".join(sorted(set(words), key=lambda word: (-len(word), word)))
    texts = [
        "The ferry sank; the crew sat and sawed the rope, then sent a flare they had seen.",
        "SAWED off in May, set for March; Mar 3 and Monday, May 4, at 9 a.m. or 10 p.m. (am)",
    ]
    for context in ("\\b(?:{})\\b", "(?:{})", "\\b({})s?\\s+\\w", "(?:x|{}|y)\\w*"):
        built = re.compile(context.format(alternatives(words)), flags)
        expected = re.compile(context.format(listed), flags)
        for text in texts:
            assert [m.group() for m in built.finditer(text)] == [m.group() for m in expected.finditer(text)]


def test_alternatives_of_plain_words_are_spelled_as_a_tree() -> None:
    assert alternatives(["said", "says", "say"]) == "sa(?:id|ys?)"
    assert alternatives(["May", "may"]) == "May|may"


@pytest.mark.parametrize(
    "source,flags",
    [
        (r"\b(?:(?:a\s+few|several)\s+)?(?:hours|days)\s+later\b", re.IGNORECASE),
        (
            r"""\b(?:
              the\s+next\s+(?:morning|day)
            | shortly\s+afterwards?
            )\b""",
            re.IGNORECASE | re.VERBOSE,
        ),
        (r"(?<!\bwas)(?<!\bbe)\s(?:said|announced)\s+(?:on\s+)?(?:Monday|Friday)$", 0),
    ],
)
def test_a_pattern_compiled_for_search_answers_as_the_pattern(source: str, flags: int) -> None:
    from events.extract.patterns import compile_for_search

    led, plain = compile_for_search(source, flags), re.compile(source, flags)
    texts = [
        "Several hours later the levee gave way; a few DAYS LATER crews returned.",
        "The next morning, the ferry sailed. Shortly afterward the port reopened.",
        "The council said on Monday",
        "The vote was announced Friday",
        "",
    ]
    for text in texts:
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert bool(led.match(text)) == bool(plain.match(text)) and led.sub("X", text) == plain.sub("X", text)
    assert led.pattern != plain.pattern  # each was led by a look-ahead


def test_a_trigger_finds_what_its_pattern_finds_once_topics_are_left_out() -> None:
    # (the strings a trigger's pattern needs rule a sentence out before its search, never a match)
    from events.extract.triggers import TRIGGERS, _only_a_topic

    texts = [
        "Rebels seized the airport on Monday and the army launched an offensive to retake it.",
        "The minister resigned after the court ruled the contract unlawful; talks resume in June.",
        "Floods killed 12 people and forced 3,000 to flee, officials said, denying reports of looting.",
        "The board approved the merger, and the union called a strike at both plants.",
        "A report on the causes of the blast was released as survivors of the fire met the mayor.",
        "Police arrested two men; the ceasefire was signed in Doha by the rival delegations.",
    ]
    for trigger in TRIGGERS:
        plain = re.compile(trigger.pattern.pattern, trigger.pattern.flags_given)
        for text in texts:
            expected = [m.span() for m in plain.finditer(text) if not _only_a_topic(text, m)]
            found = [m.span() for m in trigger.finditer(text, frozenset({trigger.family}))]
            assert found == expected, (trigger.family, text)


@pytest.mark.parametrize(
    "text,part",
    [
        ("Mayor Ana Roe said the Roe-Hale plan stands.", "Roe"),
        ("Mayor Ana Roe said the Roe-Hale plan stands.", "Hale plan"),
        ("The Roeburn plant and _Roe_ closed.", "Roe"),
        ("It rose 5%, then 5 % more.", "5%"),
        ("-forty and -forty-one", "-forty"),
        ("a year on, an year", "a year"),
        ("", "Roe"),
        ("Roe", "Roe"),
    ],
)
def test_written_between_boundaries_finds_what_the_pattern_of_the_part_finds(text: str, part: str) -> None:
    for before, after in ((True, True), (True, False), (False, True)):
        source = ("\\b" if before else "") + re.escape(part) + ("\\b" if after else "")
        expected = re.search(source, text) is not None
        assert written_between_boundaries(text, part, before=before, after=after) == expected, (source, text)


@pytest.mark.parametrize(
    "text,part",
    [
        ("the ship's coroner and the coroner’s aide", "coroner"),
        ("coroners said", "coroner"),
        ("an inquest: coroner, then judge", "coroner"),
        ("judge's", "judge"),
    ],
)
def test_written_apart_finds_what_the_pattern_of_the_part_finds(text: str, part: str) -> None:
    expected = re.search(rf"(?<![\w’']){re.escape(part)}(?![\w’'])", text) is not None
    assert written_apart(text, part, "’'") == expected


@pytest.mark.parametrize(
    "text,part",
    [
        # (a title's first word looked for in its sentence, as `_with_whole_name` asks: the first place
        # written apart, past any place joined to a word, a hyphen or an apostrophe)
        ("the Tamsin-based Tamsin Harbour Board said", "Tamsin"),
        ("O'Hale's aide and Hale said", "Hale"),
        ("Hale", "Hale"),
        ("Halestorm over Hale’s Hale", "Hale"),
        ("Žabljak and Ćuprija Ćuprija", "Ćuprija"),
        ("the café_Roe then Roe", "Roe"),
        ("no such word here", "Roe"),
        ("Roe, Roe", "Roe"),
    ],
)
def test_apart_at_is_where_the_pattern_of_the_part_finds_it(text: str, part: str) -> None:
    found = re.search(rf"(?<![\w’'-]){re.escape(part)}(?![\w’'-])", text)
    assert apart_at(text, part, "’'-") == (found.start() if found else -1)


def test_a_trigger_sent_to_another_process_finds_the_same_and_keeps_nothing_found() -> None:
    trigger = next(t for t in TRIGGERS if t.family == "arrest")
    text = "Police arrested the harbour master on Monday after the ferry ran aground."
    found = [m.span() for m in trigger.finditer(text, frozenset({trigger.family}))]
    assert found
    copy = pickle.loads(pickle.dumps(trigger))
    assert copy == trigger and hash(copy) == hash(trigger)
    assert "_found_in" not in copy.__dict__
    assert [m.span() for m in copy.finditer(text, frozenset({trigger.family}))] == found
    assert trigger.finditer(text, frozenset()) == []


def test_a_boundary_stands_where_a_word_meets_what_is_no_word() -> None:
    text = "Roe-Hale, 5% of it"
    assert [at for at in range(len(text) + 1) if boundary_at(text, at)] == [
        m.start() for m in re.finditer(r"\b", text)
    ]


# A rule of many words, each tried at every place the first letters let through: the look-ahead names the
# words' openings as a tree ("\b(?=[bcd...])(?=(?:b(?:a(?:ll|nn|rr)|...)|...))(...)")
_MANY_WORDS = (
    "balloted banned barred blamed briefed buried cancelled cheered closed convicted crowned deported "
    "drafted elected evacuated expelled fined flooded freed grounded hanged harvested impeached indicted "
    "jailed "
    "kidnapped levied looted mobbed nominated outvoted paroled quarantined raided ratified sacked taxed "
    "unseated vetoed wounded"
).split()


@pytest.mark.parametrize(
    "source,flags",
    [
        (rf"\b({'|'.join(_MANY_WORDS)})\b", 0),
        (rf"\b({'|'.join(_MANY_WORDS)})\s+(?:the\s+)?\w+", re.IGNORECASE),
        # (openings behind look-behinds and groups, one of them optional after its word)
        (rf"(?<!-)\b(?:(?<!not\s)(?:re-)?elected|{'|'.join(_MANY_WORDS)}(?:\s+on)?)\b", re.IGNORECASE),
        (rf"\b(?:the\s+)?(?:{'|'.join(_MANY_WORDS)})", 0),  # an optional opening: the words only may follow
    ],
)
def test_a_look_ahead_for_the_openings_of_many_words_finds_the_same_matches(source: str, flags: int) -> None:
    texts = [
        *_LEAD_TEXTS,
        "Voters re-elected the mayor; the council Fined the carrier and banned night flights.",
        "The senate was not re-elected, but it ratified the treaty and vetoed the bill on Tuesday.",
        "Raided, looted and flooded: the port was Evacuated, its pilots grounded on Monday.",
    ]
    led = with_first_characters(source, flags)
    assert led != source
    for text in texts:
        expected = [(m.span(), m.groups()) for m in re.finditer(source, text, flags)]
        assert [(m.span(), m.groups()) for m in re.finditer(led, text, flags)] == expected, (led, text)


def test_the_openings_look_ahead_only_for_many_words() -> None:
    many = rf"\b({'|'.join(_MANY_WORDS)})\b"
    assert with_first_characters(many).startswith(r"\b(?=[")
    assert "(?=(?:b(?:a(?:ll|nn|rr)" in with_first_characters(many)  # "balloted", "banned", "barred": a tree
    # (a few words: sre tries each at little cost, and the first letters alone lead)
    assert with_first_characters(r"\b(?:said|told)\b") == r"\b(?=[st])(?:said|told)\b"
    # (an opening class: no string is known)
    assert "(?=(?:" not in with_first_characters(rf"\b(?:[a-z]+\s+)?(?:{'|'.join(_MANY_WORDS)})")


@pytest.mark.parametrize("lazy", [False, True])
def test_gated_pattern_answers_as_the_pattern(lazy: bool) -> None:
    from events.extract.patterns import GatedPattern

    source = r"\b(?:keeping|kept)\s+(?:a\s+)?close\s+(eye|watch)\b|\bmonitor(?:ing|ed)\b"
    plain = re.compile(source, re.IGNORECASE)
    gated = GatedPattern(LazyPattern(source, re.IGNORECASE) if lazy else re.compile(source, re.IGNORECASE))
    texts = [
        "Engineers are KEEPING a close watch on the levee, and the county monitored the gauges.",
        "The ferry sailed at dawn with forty passengers.",  # no string a match needs: answered at once
        "Wardens are keeping a cloſe eye on the dunes.",  # a long s matches "s" in any case: still searched
        "The council kept close watch",
    ]
    for text in texts:
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for method in ("search", "match", "fullmatch"):
            found, expected = getattr(gated, method)(text), getattr(plain, method)(text)
            assert (found and found.span()) == (expected and expected.span())
        later, expected_later = gated.search(text, 20), plain.search(text, 20)
        assert (later and later.span()) == (expected_later and expected_later.span())
        assert gated.findall(text) == plain.findall(text)
        assert gated.sub("-", text) == plain.sub("-", text)
        assert gated.subn("-", text) == plain.subn("-", text)
        assert gated.split(text) == plain.split(text)
    assert gated.pattern == source and gated.flags == plain.flags  # what rules build other patterns from
    assert pickle.loads(pickle.dumps(gated)).search(texts[0]) is not None


def test_gated_for_search_answers_as_the_searched_pattern_and_skips_texts_lacking_its_words() -> None:
    from events.extract.patterns import compile_for_search, gated_for_search

    source = r"\b(?:two|three|\d+)\s+(?:boats|ferries)\s+(?:sank|capsized)\b"
    gated, plain = gated_for_search(source, re.IGNORECASE), compile_for_search(source, re.IGNORECASE)
    texts = [
        "Officials said three ferries capsized off Port Vela on Sunday.",
        "The harbour master counted 12 boats sank, and two ferries capsized later.",
        "Rain closed the coastal road for a week.",  # none of "boats", "ferries"
        "",
    ]
    for text in texts:
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert (gated.search(text) is None) == (plain.search(text) is None)
        assert gated.sub("#", text) == plain.sub("#", text)
    assert gated.pattern == plain.pattern and gated.flags == plain.flags
    assert gated._lacks_needs(texts[2]) and not gated._lacks_needs(texts[0])
