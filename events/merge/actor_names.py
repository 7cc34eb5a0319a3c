"""One name per actor across the event table: the forms one person or body is written in by different
reports made one, so that counts per actor are not split.

Each report is read alone, and reports name one actor differently: one says "Okafor", another "Ana
Okafor"; one "Harbour Line", another "Harbour Line PLC" or "the Harbour Line"; one "U.S. Mint", another
"US Mint"; one "the Coast Guard" in a report of a storm in Florida, another "the U.S. Coast Guard". The
table is where all of them meet, so the forms are settled there, from the names the table holds:

- `same_name_key`: forms that differ only by a leading "the", a legal suffix ("PLC", "Inc."), the points
  of an initialism or capitals are one name, written as the form without suffix or "the" (points kept);
- a lone surname is the one person the table names in full with it ("Okafor" -> "Ana Okafor"), unless two
  people share it ("Ana Okafor" and "Tom Okafor": whose is unknown, so it stays);
- a body named without its country ("Coast Guard") is the one of the event's country the table names with
  it ("U.S. Coast Guard"), when the event's countries hold exactly one such country.

What a report wrote stays in its sentence, so a search of the text for the short form still finds the
event; the actor facet counts the one name. The settled names depend only on the set of names and each
event's countries, never on how often each is written, so adding articles settles them as a whole build.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from nicknames import NickNamer

from events.extract.entities import (
    COLLECTIVE_SPEAKERS,
    COMMON_WORDS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    STATELESS_WORDS,
    load_gazetteer,
    may_be_a_person,
)
from events.extract.vocabulary import (
    COURTESY_TITLES,
    LEGAL_FORMS,
    MEN_GIVEN_NAMES,
    PERSON_ROLES,
    WOMEN_GIVEN_NAMES,
)
from events.merge.clusters import acronym_letters
from events.schema import join_list, split_list

# (as events.query.filters.REPORT_BASIS: a country inferred, not named by a sentence of the event)
REPORT_BASIS = "report"

# The heads of the names of a state's bodies ("Coast Guard", "Justice Department", "Senate"): a firm's name
# is none of them, so that a firm is never taken for a body of a state
STATE_BODY_HEADS = frozenset(
    """Ministry Ministries Department Council Guard Corps Forces Force Army Navy Commission Agency Authority
    Office Service Committee Court Tribunal Administration Assembly Parliament Congress Senate Police Board
    Bureau Secretariat Directorate Command Cabinet Survey Fleet Centers Center Centre Inspectorate""".split()
)

# "Harbour Line PLC", "Acme, Inc.", "Delta Shipping Co": the legal form that closes a firm's name
_LEGAL_SUFFIX = re.compile(
    rf",?\s+(?:{'|'.join(sorted(LEGAL_FORMS | {'Co', 'Corp', 'Plc', 'plc', 'Ltd', 'Inc'}))})\.?$"
)
_LEADING_THE = re.compile(r"^[Tt]he\s+")
# "Houston-based Harbour Line", "London-listed Harbour Line": where a firm is, said before its name
_BASED = re.compile(r"^[A-Z][\w.]*-(?:based|listed|owned|headquartered|registered)\s+(?=[A-Z])")
# A first name: "Ana", "Jean-Luc" (never "Rig-owner", "CEO")
_FIRST_NAME = re.compile(r"[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?")
# (a surname may open with a prefix before a second capital: "McCartney", "MacLeod", "O'Brien")
_SURNAME_PREFIX = r"(?:Mc|Mac|O[’']|D[’'])?"
_NAME_WORD = re.compile(
    rf"(?:{_SURNAME_PREFIX}[A-Z][a-z’'-]+|[A-Z]\.?|(?:de|van|von|der|da|al|bin|la|le|du|di)\b)"
)
_SURNAME = re.compile(rf"{_SURNAME_PREFIX}[A-Z][a-z’'-]+")
# A surname written alone, as a person's (a prefixed one, "McLaren", "Macmillan", is as often a firm named
# after its founder, "McLaren said it would appeal": only a full name joins it)
_LONE_SURNAME = re.compile(r"[A-Z][a-z’'-]+")
# Words before a surname that are no first name: a title ("Sen.", "Dr"), a role ("President Okafor")
_TITLES = (
    frozenset(t.lower() for t in COURTESY_TITLES)
    | frozenset(role for role in PERSON_ROLES if " " not in role)
    | frozenset("prof adm gen col lt sgt capt maj gov sen rep rev fr judge justice king queen ceo".split())
)


def bare_name(name: str) -> str:
    """The name without a leading "the" or a closing legal form: "the Harbour Line PLC" -> "Harbour Line"."""
    bare = _BASED.sub("", _LEADING_THE.sub("", name.strip()))
    cut = _LEGAL_SUFFIX.sub("", bare)
    return cut if cut.strip() else bare


def same_name_key(name: str) -> str:
    """What two forms of one name share: "U.S. Coast Guard" and "US Coast Guard", "Harbour Line PLC" and
    "the Harbour Line" -> "uS coast guard", "harbour line"."""
    # (a word's first letter only: "Ki-moon" and "Ki-Moon", "McKay" and "Mckay" may be two spellings, but
    # which is right the names alone cannot tell)
    # (two capitalised parts with a hyphen or a space between: "Jean-Luc Okafor" and "Jean Luc Okafor",
    # "Trans-Pacific Line" and "Trans Pacific Line" are one name, as a report's copy desk wrote it)
    # (a body's head may come first or last: "the Department of Fisheries" is "the Fisheries Department",
    # "the Ministry of the Interior" the "Interior Ministry"; and "&" is "and": "Forest & Game Service")
    bare = _bare_with_and(name)
    bare = _HEAD_FIRST.sub(lambda m: f"{m.group('country')}{m.group('of')} {m.group('head')}", bare)
    words = _HYPHEN_IN_NAME.sub(" ", bare).replace(".", "").replace("’", "'").split()
    return " ".join(_SPELLINGS.get(w.lower(), w[:1].lower() + w[1:]) for w in words)


# "Department of Fisheries", "Ministry of the Interior": a body's head before what it is of, the whole name
# (a name that goes on, "Department of Fisheries and Oceans", is kept: "Fisheries and Oceans Department"
# is another way of writing it, which the key gives as well)
_HEAD_FIRST = re.compile(
    r"^(?P<country>(?:[A-Z][\w.’']*\s+)*?)(?P<head>Department|Ministry)\s+of\s+(?:the\s+)?"
    r"(?P<of>[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)$"
)
_AMPERSAND = re.compile(r"\s+&\s+")


def _bare_with_and(name: str) -> str:
    """A name bare (`bare_name`) with "and" for "&": "the Forest & Game Service Ltd" -> "Forest and Game
    Service", as the key and the letters of a body read it."""
    return _AMPERSAND.sub(" and ", bare_name(name))


# A hyphen between two capitalised parts of a name ("Jean-Luc", "Trans-Pacific")
_HYPHEN_IN_NAME = re.compile(r"(?<=[A-Za-z])-(?=[A-Z])")


# The British and American spellings of the words of bodies' names ("World Health Organisation" and
# "World Health Organization", "Centre for ..." and "Center for ..."): one name, whichever a report uses
_SPELLINGS = {
    british: american
    for pair in "organisation:organization organisations:organizations centre:center centres:centers "
    "defence:defense programme:program programmes:programs".split()
    for british, american in [pair.split(":")]
}


def _preferred(forms: Iterable[str]) -> str:
    """The form a set of forms of one name is written as: the bare one ("Harbour Line" over "Harbour Line
    PLC"), with an initialism's points ("U.S." over "US"), in capitals ("Interior Ministry" over "interior
    ministry"), with its hyphens ("Jean-Luc" over "Jean Luc"); the first in order among equals, whichever
    report came first."""
    return min(
        forms,
        key=lambda n: (
            bare_name(n) != n,
            -n.count("."),
            -sum(w[:1].isupper() for w in _HYPHEN_IN_NAME.sub(" ", n).split()),
            -n.count("-"),
            n.count("&"),  # ("Forest and Game Service" over "Forest & Game Service")
            n,
        ),
    )


# What closes a person's name after the surname: "Eric H. Holder Jr", "Fred Bartlit III"
_GENERATION = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")
# A middle initial: "K." in "William K. Reilly", "J.B." in "Zygmunt J.B. Plater"
_MIDDLE_INITIAL = re.compile(r"(?:[A-Z]\.)+|[A-Z]")


def _without_generation(name: str) -> str:
    """ "Eric H. Holder Jr" -> "Eric H. Holder"; other names as they are."""
    cut = _GENERATION.sub("", name)
    return cut if len(cut.split()) >= 2 else name


def _generation(name: str) -> str:
    """ "Eric H. Holder Jr." -> "jr", "Fred Bartlit III" -> "iii"; "" for a name without one."""
    found = _GENERATION.search(name)
    return found.group(0).strip(" ,.").lower() if found and _without_generation(name) != name else ""


@functools.cache
def _full_given_names(short: str) -> frozenset[str]:
    """The given names in full (lower case) a short one may stand for, from the "nicknames" package's
    hand-kept pairs: "Sam" -> samuel, samantha; "Alex" -> alexander, alexandra, alexis."""
    return frozenset(_nicknamer().canonicals_of(short))


@functools.cache
def _nicknamer() -> NickNamer:
    """The package's table of given names and their short forms, read once."""
    return NickNamer()


def _person_parts(name: str) -> tuple[str, str]:
    """A person's name in full as (first and last name, the middle initials between them): "William K.
    Reilly" -> ("William Reilly", "K."), "Eric H. Holder Jr" -> ("Eric Holder", "H."); ("", "") when the
    name is no person's in full."""
    bare = _without_generation(name)
    if not _surname_owner(bare):
        return "", ""
    first, *middle, last = bare.split()
    if not all(_MIDDLE_INITIAL.fullmatch(w) for w in middle):
        return "", ""  # ("Mary Beth Badertscher": a second first name, not an initial)
    return f"{first} {last}", " ".join(middle).replace(".", "")


def _surname_owner(name: str) -> str:
    """The surname a name of a person in full ends with ("Ana Okafor", "William K. Reilly" -> "Okafor"),
    or "" when the name is not a person's name in full (a title, a role or a body's word first)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not _FIRST_NAME.fullmatch(words[0]):
        return ""
    if words[0].lower() in _TITLES or words[0] in NOT_NAMES or _an_ordinary_word(words[0]):
        return ""
    if any(w.endswith(("'s", "’s")) or w in _CLAUSE_OPENERS for w in words[:-1]):
        return ""  # ("Harbour Line's Okafor", "Wire Though Okafor": no given name before the surname)
    if not all(_NAME_WORD.fullmatch(w) for w in words[1:]) or not _SURNAME.fullmatch(words[-1]):
        return ""
    return words[-1] if may_be_a_person(name) else ""


def _an_ordinary_word(word: str) -> bool:
    """Whether a capitalised word is a common word of English (`COMMON_WORDS`: "Like Okafor" has no given
    name) and no given name the lists or the nicknames package know ("Like", "Over"; never "Will", "May")."""
    lower = word.lower()
    if lower not in COMMON_WORDS or word in GIVEN_NAMES:
        return False
    return not (_full_given_names(word) or _nicknamer().nicknames_of(word))


def _titled_surname(name: str) -> str:
    """ "Okafor", "Dr Okafor", "President Okafor" -> "Okafor": a surname alone or after titles; "" else."""
    *before, last = name.split() or [""]
    if not _LONE_SURNAME.fullmatch(last) or last.isupper():
        return ""
    if any(w.rstrip(".").lower() not in _TITLES for w in before):
        return ""
    return last if may_be_a_person(last) else ""


def _known_otherwise(word: str) -> bool:
    """Whether the lists know a lone word as a country, place or body ("China", "Halliburton"): no
    surname to give a person."""
    return any(
        e.start == 0 and e.end == len(word) and (e.kind != "actor" or not may_be_a_person(e.name))
        for e in load_gazetteer().find(word)
    )


def settled_names(names: Iterable[str], written_times: Mapping[str, int] | None = None) -> dict[str, str]:
    """Each name that is another form of an actor the names hold -> the one name it is written as (the
    names that are settled already are left out). `written_times`: how many events name each, when the
    names are fewer than the events (each name once per table cell); else each name as often as listed."""
    listed = [n for n in names if n]
    distinct = list(dict.fromkeys(listed))
    forms: dict[str, list[str]] = {}
    for name in distinct:
        forms.setdefault(same_name_key(name), []).append(name)
    settled: dict[str, str] = {}
    for group in forms.values():
        chosen = _preferred(group)
        settled.update({form: chosen for form in group if form != chosen})

    # one person with and without middle initials or "Jr" ("Harry M. Reid", "Harry Reid"), unless two
    # people differ by them ("George W. Bush" and "George H. W. Bush": whose the bare form is is unknown)
    by_person: dict[str, dict[str, list[str]]] = {}
    for name in distinct:
        person, middle = _person_parts(settled.get(name, name))
        if person:
            by_person.setdefault(person, {}).setdefault(middle, []).append(settled.get(name, name))
    for middles in by_person.values():
        initials = [m for m in middles if m]
        if len(initials) > 1 or sum(len(group) for group in middles.values()) < 2:
            continue
        chosen = _preferred(middles[initials[0]] if initials else middles[""])
        for form in (f for group in middles.values() for f in group):
            if form != chosen:
                settled[form] = chosen
        settled.update({n: chosen for n, to in list(settled.items()) if to in middles.get("", [])})

    # one person under a short and a full given name ("Ken Roe", "Kenneth R. Roe"): the short form is the
    # person named in full with the same surname, the same "Jr" or "Sr" (father and son share the rest) and
    # no other middle initial, when exactly one of the given names it may stand for is named with them;
    # left as written when two are ("Sam Roe": Samuel and Samantha Roe both named)
    in_full: dict[tuple[str, str], set[tuple[str, str, str]]] = {}
    for name in distinct:
        form = settled.get(name, name)
        person, middle = _person_parts(form)
        if person:
            given, surname = person.split()
            in_full.setdefault((surname, _generation(form)), set()).add((given, middle, form))
    for namesakes in in_full.values():
        for given, middle, form in sorted(namesakes):
            stands_for = _full_given_names(given)
            # (a given name the short form opens may be one more it stands for, though the package's pairs
            # lack it: "Dan" of "Danielle", "Nick" of "Nicole")
            opened = {g for g, _, _ in namesakes if g != given and g.lower().startswith(given.lower())}
            if len({g for g, _, _ in namesakes if g.lower() in stands_for} | opened) != 1:
                continue
            meant = {
                f
                for g, m, f in namesakes
                if g.lower() in stands_for and (not middle or not m or m == middle) and len(g) > len(given)
            }  # (the longer of two names is the one in full: the package pairs "Robert" with "Bob" both ways)
            if len(meant) == 1:
                in_full_form = meant.pop()
                settled.update({n: in_full_form for n, to in list(settled.items()) if to == form})
                settled[form] = in_full_form

    # a person's name with a role, a party or a body run into it before ("Harbour Line CEO Ana Okafor",
    # "Republican Ana Okafor") or a body after ("Ana Okafor of Harbour Line"), when the table names the
    # person alone: the person
    alone = {n for n in distinct if _surname_owner(n) or _surname_owner(settled.get(n, n))}
    for name in distinct:
        person = _person_within(settled.get(name, name), alone)
        if person and settled.get(person, person) != name:
            settled[name] = settled.get(person, person)

    def written(name: str) -> str:
        return settled.get(name, name)

    # a surname's owners, by their first name: "William K. Reilly" and "William Reilly" are one person
    people: dict[str, dict[str, set[str]]] = {}
    for name in distinct:
        surname = _surname_owner(name)
        if surname:
            people.setdefault(surname, {}).setdefault(written(name).split()[0], set()).add(written(name))
    for name in distinct:
        surname = _titled_surname(name)
        owners = people.get(surname, {})
        if len(owners) != 1 or _known_otherwise(surname):
            continue  # nobody named in full with it, or two people who share it ("Ana" and "Tom Okafor")
        (full,) = owners.values()
        if len(full) == 1:
            settled[name] = next(iter(full))
    # a person's name with words that are no part of it, which a report's reading ran into it: an adverb,
    # a conjunction or a participle before ("Even Okafor", "Following Okafor"), an owner ("Harbour Line's
    # Okafor"), a clause after ("Okafor told reporters in Lagos"): the person, when the table names them so
    # (or a surname alone of the one person the table names in full with it: "Harbour Line's Okafor")
    held = {n for n in distinct if _surname_owner(n) or _titled_surname(n)}
    for name in distinct:
        inside = _person_inside(name)
        owners = people.get(_titled_surname(inside), {})
        if inside == name:
            continue
        if inside in held:
            settled[name] = settled.get(inside, inside)
        elif len(owners) == 1 and not _known_otherwise(inside):
            (full,) = owners.values()
            if len(full) == 1:
                settled[name] = next(iter(full))

    # an initialism is the one body the names spell out in full with its letters ("WHO" -> "World Health
    # Organization"), written in full: a reader of the facet knows the body by either, a count needs one
    # (a country before the name is no letter of it: "CDC" is "U.S. Centers for Disease Control and
    # Prevention"; the one body named with and without its country is one body, written with it)
    spelled = _spelled_out(written(name) for name in distinct)
    for name in distinct:
        bodies = _bodies_lettered(name, spelled)
        if len(bodies) != 1 or _a_country(name):
            continue  # (two bodies share the letters, or none; or no initialism)
        (body_forms,) = bodies.values()
        national = {f for f in body_forms if _country_and_body(f)[0]}
        if len({_country_and_body(f)[0] for f in national}) > 1:
            continue  # ("British Red Cross", "American Red Cross")
        # (a body named with and without its closing "and <Word>" is written with it: the name in full)
        pool = national or body_forms
        chosen = _preferred({f for f in pool if _CLOSING_AND.search(f)} or pool)
        if not _INITIALISM.fullmatch(name) and _country_and_body(chosen)[0]:
            continue  # ("DoF" of one country: chosen by the event's country, `_national_initialisms`)
        settled[name] = chosen
        # (the body's name as reports misspell it with the same country, "Ghana National Waters Agency"
        # beside "Ghana National Water Agency", is that body too)
        for form in national:
            if form != chosen and _country_and_body(form)[0] == _country_and_body(chosen)[0]:
                settled[form] = chosen
        # (and the body named without its closing "and <Word>", `_closings_joined`, is the one body too)
        for form in body_forms - {chosen}:
            if not _CLOSING_AND.search(form) and form == _CLOSING_AND.sub("", chosen):
                settled[form] = chosen
    # (a body's forms counted with and without a country before them: "U.S. Minerals Management Service"
    # is the "Minerals Management Service" written once more)
    times = Counter(written_times) if written_times is not None else Counter(listed)
    bodies_written: Counter[str] = Counter()
    for name, n in times.items():
        bodies_written[_country_and_body(name)[1]] += n
    _misspelt_bodies_settled(distinct, bodies_written, settled)
    return settled


def _misspelt_bodies_settled(distinct: list[str], counts: Counter[str], settled: dict[str, str]) -> None:
    """A body's full name as reports misspell it, with no initialism that joins the forms ("Minerals
    Management Service", "Mineral Management Service"): each form that is a slip of every other
    (`_one_body_spelt`: the same head word, a slip of a letter in a long word) is the one events name most
    often, with or without a country before it (`counts`, by the name without its country). Names of three
    words or more with a body's head word only: "Port Authority" and "Post Authority" are two bodies, and a
    person's name is never a body's slip."""
    by_letters: dict[str, dict[str, set[str]]] = {}
    for name in distinct:
        if settled.get(name, name) != name or _country_and_body(name)[0]:
            continue
        words = name.split()
        if len(words) < 3 or words[-1] not in ORGANISATION_HEADS or _may_be_initials_of_a_person(name):
            continue
        by_letters.setdefault(_initials(name), {})[name] = {name}
    for bodies in by_letters.values():
        if len(bodies) < 2:
            continue
        for forms in _misspellings_joined(bodies).values():
            if len(forms) < 2 or any(_a_name_differs(a, b) for a in forms for b in forms if a < b):
                continue
            # (the most often written; among as many, the one whose words more of the other names share,
            # "Health" of "Health Ministry"; a tie still is left apart, as which is the slip is unknown)
            ranked = sorted(forms, key=lambda f: (-counts[f], -_words_shared(f, distinct, forms)))
            if (counts[ranked[0]], _words_shared(ranked[0], distinct, forms)) == (
                counts[ranked[1]],
                _words_shared(ranked[1], distinct, forms),
            ):
                continue
            chosen = ranked[0]
            for form in forms - {chosen}:
                settled[form] = chosen
                settled.update({n: chosen for n, to in list(settled.items()) if to == form})


# Words after a place's name in a body's: "Macon County Sheriff Office", "Derby City Council"
_PLACE_NAME_HEADS = frozenset("City County Township Borough Parish District".split())


def _a_name_differs(one: str, other: str) -> bool:
    """Whether two bodies' names differ in a word that is a name, not a slip: a place the lists know
    ("Bolton"/"Boston Police Department"), a word before "County" or "City" ("Mason"/"Macon County"), a given
    name. A slip in a place's name cannot be told from a second body."""
    words, others = one.split(), other.split()
    for i, (word, spelt) in enumerate(zip(words, others, strict=False)):
        if word == spelt:
            continue
        follows = {w[i + 1] for w in (words, others) if i + 1 < len(w)}
        if follows & _PLACE_NAME_HEADS or any(_a_known_place(w) or w in GIVEN_NAMES for w in (word, spelt)):
            return True
    return False


@functools.cache
def _a_known_place(word: str) -> bool:
    """Whether the lists know a capitalised word as a place or a country ("Boston", "Derby")."""
    text = f"They met in {word} on Monday."
    return any(
        e.kind in ("place", "country") and e.start == 12 and e.end == 12 + len(word)
        for e in load_gazetteer().find(text)
    )


def _words_shared(form: str, names: list[str], forms: set[str]) -> int:
    """How many names other than `forms` hold a word of `form` ("Health Ministry" holds one of "World Health
    Organization", none of "World Heath Organization")."""
    words = set(form.split())
    return sum(bool(words & set(name.split())) for name in names if name not in forms)


def _spelled_out(names: Iterable[str]) -> dict[str, dict[str, set[str]]]:
    """The bodies named in full that an initialism's letters spell, by initialism: each body (its name
    without a country before it) with the forms the names give it, with and without a country."""
    by_letters: dict[str, dict[str, set[str]]] = {}
    for whole_name in dict.fromkeys(names):
        body = _country_and_body(whole_name)[1]
        if _may_be_initials_of_a_person(body):
            continue  # ("BP" is no "Bob Pinkerton")
        # (the country's word may be the name's own: "API" is "American Petroleum Institute"; and "CDC" is
        # "Centers for Disease Control and Prevention" written without its closing "and ...")
        letters = {_initials(n) for n in (whole_name, body, _CLOSING_AND.sub("", body))} - {""}
        for initialism in letters:
            by_letters.setdefault(initialism, {}).setdefault(body, set()).add(whole_name)
    return {initialism: _misspellings_joined(bodies) for initialism, bodies in by_letters.items()}


def _misspellings_joined(bodies: dict[str, set[str]]) -> dict[str, set[str]]:
    """Bodies (with their forms) made one where reports misspell one body (`_one_body_spelt`), under the
    first of their names in order: those that are each a misspelling of every other; a chain of slips
    ("Heath", "Health", "Wealth") leaves each apart, as whose the letters are is unknown."""
    # (from the set of names alone, never from the order they came in: a chain read in one order would
    # join its first two and in another its last two)
    joined: dict[str, set[str]] = {}
    seen: set[str] = set()
    for body in sorted(bodies):
        if body in seen:
            continue
        linked, reached = {body}, [body]
        while reached:
            one = reached.pop()
            found = {other for other in bodies if other not in linked and _one_body_spelt(one, other)}
            linked |= found
            reached.extend(found)
        seen |= linked
        if all(a == b or _one_body_spelt(a, b) for a in linked for b in linked):
            joined[body] = set().union(*(bodies[m] for m in linked))
        else:
            joined.update({m: bodies[m] for m in linked})
    return joined


def _body_words(body: str) -> list[str]:
    """A body's full name in lower case without its small words, in one spelling of the British and the
    American (`_SPELLINGS`): "Department of Fisheries & Game" -> ["department", "fisheries", "game"],
    "Centre for Sea Studies" -> ["center", "sea", "studies"]."""
    words = _bare_with_and(body).replace(".", "").split()
    # (so that a slip in one word of a name that reports also spell two ways, "Coastal Heath Organisation"
    # beside "Coastal Health Organization", is read as the slip alone)
    return [_SPELLINGS.get(w.lower(), w.lower()) for w in words if w.lower() not in _SMALL_WORDS]


def _may_be_initials_of_a_person(name: str) -> bool:
    """Whether a name whose initials an initialism may be is a person's ("Bob Pinkerton" for "BP"): any
    that may be a person's, but a name of three words or more with a body's head word ("Tayo Kanu
    Institute") or a small word of another language that no person's name holds ("Pilotos Sin Alas")."""
    if not may_be_a_person(name):
        return False
    words = name.split()
    # (the given-name lists know few names of other languages: "Olumide Tayo Kanu" is a person's name
    # though no list knows "Olumide", so only words a body's name alone has say it is none)
    return len(words) <= 2 or not any(
        w in ORGANISATION_HEADS or w.lower() in _FOREIGN_SMALL_WORDS for w in words
    )


# Prepositions of other languages that bodies' names hold and people's names never do ("Sin", "Sans", "Für";
# not "de", "da", "van", "von", which open many surnames)
_FOREIGN_SMALL_WORDS = frozenset(
    "sin sans sem ohne für fur pour por para senza zonder voor sur contre contra".split()
)


def _closings_joined(bodies: dict[str, set[str]]) -> dict[str, set[str]]:
    """The bodies an initialism's letters spell out, with a body named with and without one closing "and
    <Word>" made one ("Centers for Sea Studies" and "Centers for Sea Studies and Training": a report writes
    the short form of the one body); several closings ("... and Training", "... and Research") may be several
    bodies, and stay apart."""
    if len(bodies) < 2:
        return bodies
    closings = {m.group(0).lower() if (m := _CLOSING_AND.search(b)) else "" for b in bodies}
    if len(closings) != 2 or "" not in closings:
        return bodies
    # (the names without the closing word for word the same, and of one country or none: "Institutes of
    # Sea Studies" beside "Institute for Sea Studies and Training", or two countries' forms, may be two
    # bodies, a slip of a letter and a closing word together too much to call them one)
    if len({tuple(_body_words(_CLOSING_AND.sub("", b))) for b in bodies}) != 1:
        return bodies
    if len({_country_and_body(f)[0] for forms in bodies.values() for f in forms}) != 1:
        return bodies
    return {min(bodies): set().union(*bodies.values())}


def _edit_distance(a: str, b: str) -> int:
    """The letters to add, drop or change to make one word the other."""
    row = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, other in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (letter != other))
    return row[-1]


def _one_body_spelt(one: str, other: str) -> bool:
    """Whether two full names of the same initialism are one body as reports misspell it: the same head word,
    its plural allowed ("Agency", "Agencies" is never "Administration"; "Commission" never "Committee"), and
    each word before it a slip of at most two letters, one in a short word and none in a word of four
    letters or fewer ("Coastal Protection Agency" and "Coastal Protective Agency"; never "Internal" and
    "International", "Rural" and "Royal", "Port" and "Post", which are other words)."""
    words, others = _body_words(one), _body_words(other)
    if len(words) != len(others) or not words:
        return False
    head, other_head = sorted((words[-1], others[-1]), key=len)
    if other_head not in (head, head + "s", head + "es", head[:-1] + "ies"):
        return False
    for word, spelt in zip(words[:-1], others[:-1], strict=True):
        shorter = min(len(word), len(spelt))
        if _edit_distance(word, spelt) > min(2, shorter // 5):
            return False
    return True


# Capitalised words that open a sentence or a clause and are no part of a name run into it ("Even Okafor",
# "Though Okafor", "Meanwhile Okafor"); never a preposition or a participle, which opens firms' names as well
# ("Under Armour", "Before Dawn Films", "Told Tales Ltd")
_NO_NAME_WORDS = frozenset("And But Or Nor Yet However Meanwhile Moreover".split())
# A verb in the past or of saying right after a name opens a clause ("Okafor told reporters", "Okafor
# shocked residents"); a noun after it ("Okafor aide", "Harbour Line officials") says who else speaks
_CLAUSE_VERB = re.compile(r"[a-z]+ed|said|says|told|tells|met|spoke|went|took|gave|made|left|won|lost")


# The conjunctions that open a clause, never a word of a body's name
_CLAUSE_OPENERS = frozenset("Though Although While Whereas Because Unless Even".split())


def _person_inside(name: str) -> str:
    """The part of an actor's name that may be a person's name without the words a reading ran into it:
    "Even Okafor", "Harbour Line's Okafor", "Okafor told reporters in Lagos" -> "Okafor"."""
    words = name.split()
    if _known_otherwise(name):
        return name  # (a body the lists know by the whole name)
    start = 0
    for i, word in enumerate(words[:-1]):
        # (inside a name only a conjunction that opens a clause: "Doctors Without Borders", "Black and
        # Decker" are bodies' names)
        opener = word in _CLAUSE_OPENERS or (i == 0 and word in _NO_NAME_WORDS)
        if opener or word.endswith(("'s", "’s")):
            start = i + 1
    end = next((j for j in range(start + 1, len(words)) if _CLAUSE_VERB.fullmatch(words[j])), len(words))
    return " ".join(words[start:end])


# The closing "and <Word>" of a body's name, which its initialism may leave out
_CLOSING_AND = re.compile(r"\s+and\s+[A-Z][a-z]+$")


def _country_and_body(name: str) -> tuple[str, str]:
    """A body's name as (the country named before it, the rest): "U.S. Coast Guard" -> ("USA", "Coast
    Guard"); ("", name) when no country comes first or no name of two words is left."""
    words = name.split()
    for k in range(1, min(3, len(words) - 2) + 1):
        prefix = " ".join(words[:k])
        for entity in load_gazetteer().find(prefix):
            if entity.kind == "country" and entity.start == 0 and prefix[entity.end :] in ("", "’s", "'s"):
                return entity.country, " ".join(words[k:])
    return "", name


# "Ana Okafor of Harbour Line", "Ana Okafor, of Harbour Line": a person named with the body they speak for
_OF_BODY = re.compile(r",?\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z&][\w.&’'-]*)*$")


def _person_within(name: str, people: set[str]) -> str:
    """The person a longer name holds, from `people` (names of people the table gives alone): "BP CEO Ana
    Okafor", "Republican Ana Okafor", "Harbour Line's Ana Okafor", "Ana Okafor of Harbour Line", "Ana
    Okafor CEO", "Ana Okafor Greenpeace" -> "Ana Okafor"; "" when the name holds none, or is a person's
    name in full already ("Mary Ana Okafor": a first name before, one more of the person's names)."""
    trimmed = _OF_BODY.sub("", name)
    if trimmed != name and trimmed in people:
        return trimmed
    words = name.split()
    # (a person's name that opens with a given name: "Gulf Coast" may look like one, and "Gulf Coast
    # Claims Facility" is a body)
    for k in range(len(words) - 1, 1, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if head in people and words[0] in GIVEN_NAMES and (rest.lower() in _TITLES or may_be_a_person(rest)):
            return head  # ("Ana Okafor CEO", "Ana Okafor Greenpeace"; never "Ana Okafor Foundation")
    for k in range(1, len(words) - 1):
        tail = " ".join(words[k:])
        before = words[k - 1]
        # (after a title, a role, a party or an owner: "Adm. Ana Okafor", "CEO Ana Okafor", "Republican Ana
        # Okafor", "Harbour Line's Ana Okafor"; else only a name that opens with a given name; never after
        # a first name, "Mary Beth Okafor", nor inside a body's name, "Office of Ana Okafor")
        marked = (
            before.endswith((".", "’s", "'s"))
            or before.isupper()
            or before.lower() in _TITLES
            or before in _PARTIES
        )
        # (a given name the lists lack may be a nickname the package knows: "Choreographer Kenny Ortega")
        given = words[k] in GIVEN_NAMES or bool(_full_given_names(words[k]))
        if (
            tail in people
            and 2 <= len(words) - k <= 4
            and (marked or given)
            and before not in GIVEN_NAMES
            and before[:1].isupper()
        ):
            return tail
    return ""


# A party's word before a politician's name ("Republican Ana Okafor")
_PARTIES = frozenset("Republican Democrat Democratic Labour Conservative Liberal Green Socialist".split())


GIVEN_NAMES = MEN_GIVEN_NAMES | WOMEN_GIVEN_NAMES


# An initialism as a name: "WHO", "U.N.", "NOAA" (two to six capitals, with or without points)
_INITIALISM = re.compile(r"(?:[A-Z]\.?){2,6}")

# An initialism that keeps the small words' letters in lower case, as British bodies are written: "DoH"
# (Department of Health), "MoD", "DfID" (never "McD" nor "Defra": only "of", "for", "the", "and" give one)
_SMALL_LETTERED = re.compile(r"(?=[A-Z]*[oft])[A-Z](?:[ofta]?[A-Z]){1,5}")


def _bodies_lettered(name: str, spelled: dict[str, dict[str, set[str]]]) -> dict[str, set[str]]:
    """The bodies of `spelled` (`_spelled_out`) an initialism's letters spell out ("CSS", "C.S.S."; "DoH"
    only those whose small words give its small letters: "Department of Health", never "Daily Herald"),
    a body named with and without a closing "and <Word>" as one (`_closings_joined`); none for a name
    that is no initialism."""
    if _INITIALISM.fullmatch(name):
        return _closings_joined(spelled.get(name.replace(".", ""), {}))
    if not _SMALL_LETTERED.fullmatch(name):
        return {}
    capitals = "".join(c for c in name if c.isupper())
    # (and only a department's, a ministry's or an office's: "AfD", "IoT" are written so in other ways)
    bodies = _closings_joined(
        {
            b: f
            for b, f in spelled.get(capitals, {}).items()
            if _small_words_kept(b) == name and bare_name(b).split()[0] in _LETTERED_HEADS
        }
    )
    # (such a name is a department's or a ministry's, which many states have: one named both bare and
    # with a country, "Department of Health" and "Irish Department of Health", may be two, and the
    # initialism either)
    if any({bool(_country_and_body(f)[0]) for f in forms} == {True, False} for forms in bodies.values()):
        return {}
    return bodies


# The heads of the bodies written with their small words' letters in lower case ("DoH", "MfT", "OfS")
_LETTERED_HEADS = frozenset(("Department", "Ministry", "Office"))


def _small_words_kept(body: str) -> str:
    """A body's initials with its small words' letters in lower case: "Department for International
    Development" -> "DfID"."""
    words = _bare_with_and(body).split()
    return "".join(w[0].lower() if w.lower() in _SMALL_WORDS else w[0] for w in words)


def _initials(name: str) -> str:
    """The letters a body's full name gives an initialism (`acronym_letters`, as the merge reads an
    acronym: "National Oceanic and Atmospheric Administration" -> "NOAA"), or "" when a word of the name
    is in lower case or in capitals (no name written in full)."""
    words = bare_name(name).split()
    if not all(w[:1].isupper() and not w.isupper() for w in words if w.lower() not in _SMALL_WORDS):
        return ""
    return acronym_letters(bare_name(name))


# The small words a full name keeps in lower case ("Food and Drug Administration")
_SMALL_WORDS = frozenset("of and for the on in to &".split())


def _a_country(name: str) -> bool:
    """Whether the lists know the name as a country ("US", "UK"): no body to spell out."""
    return any(e.kind == "country" for e in load_gazetteer().find(name))


def _names_one_body(words: list[str]) -> bool:
    """Whether words name one body, not a person nor people of a kind: "Coast Guard", "Justice Department",
    "Senate"; never a body of the world ("Red Cross"), nor "officials", "scientists" or "police" (a report's
    "officials" or "police" are as often a city's or a firm's as the nation's)."""
    last = words[-1].lower()
    if (last.endswith("s") and last in COLLECTIVE_SPEAKERS) or last == "police":
        return False
    if any(w in STATELESS_WORDS for w in words):
        return False  # ("Red Cross": the movement's, whichever national society a report names)
    return not may_be_a_person(" ".join(words))


def _national_forms(names: Iterable[str]) -> dict[str, dict[str, str]]:
    """For each body named without its country, the forms the names give it with one, by country:
    "coast guard" -> {"USA": "U.S. Coast Guard"} from "U.S. Coast Guard" and "Coast Guard"."""
    distinct = list(dict.fromkeys(names))
    keys = {same_name_key(n) for n in distinct}
    found: dict[str, dict[str, set[str]]] = {}
    for name in distinct:
        words = name.split()
        for k in range(1, min(3, len(words) - 1) + 1):
            tail = same_name_key(" ".join(words[k:]))
            if tail not in keys or not _names_one_body(words[k:]):
                continue
            prefix = " ".join(words[:k])
            country = next(
                (
                    e.country
                    for e in load_gazetteer().find(prefix)
                    if e.kind == "country" and e.start == 0 and prefix[e.end :] in ("", "’s", "'s")
                ),
                "",
            )
            if country:
                found.setdefault(tail, {}).setdefault(country, set()).add(name)
                break
    return {tail: {c: _preferred(f) for c, f in by.items()} for tail, by in found.items()}


def _national_initialisms(names: Iterable[str]) -> dict[str, dict[str, str]]:
    """For each initialism whose letters spell one body that the names give with two countries or more
    (so that `settled_names` leaves it), that body's form with each country: "CSS" -> {"USA": "U.S.
    Centers for Sea Studies", "IRL": "Irish Centers for Sea Studies"}, for the event's country to choose
    from, as a body named without its country is chosen (`_national_forms`); and a department's ("DoF")
    named with one country alone, for an event of that country or of none ("" -> the form): many states
    have one."""
    distinct = list(dict.fromkeys(names))
    spelled = _spelled_out(distinct)
    found: dict[str, dict[str, str]] = {}
    for name in distinct:
        if _a_country(name):
            continue
        bodies = _bodies_lettered(name, spelled)
        if len(bodies) != 1:
            continue  # (two bodies share the letters: "ICC")
        by_country: dict[str, set[str]] = {}
        for form in next(iter(bodies.values())):
            country = _country_and_body(form)[0]
            if country:
                by_country.setdefault(country, set()).add(form)
        if len(by_country) > 1:
            found[same_name_key(name)] = {c: _preferred(forms) for c, forms in by_country.items()}
        elif by_country and not _INITIALISM.fullmatch(name):
            ((country, forms),) = by_country.items()
            found[same_name_key(name)] = {country: _preferred(forms), "": _preferred(forms)}
    return found


def _distinct_pairs(first: pd.Series, second: pd.Series) -> tuple[np.ndarray, list[tuple[str, str]]]:
    """Each row's code among the distinct (first, second) cells, and those pairs: a big table has few
    distinct cells, and each is read once."""
    a_codes, a_cells = pd.factorize(first.fillna(""))
    b_codes, b_cells = pd.factorize(second.fillna(""))
    width = max(len(b_cells), 1)
    pairs, codes = np.unique(a_codes.astype(np.int64) * width + b_codes, return_inverse=True)
    cells = [(str(a_cells[p // width]), str(b_cells[p % width])) for p in pairs.tolist()]
    return codes.reshape(-1), cells


def one_name_per_actor(events: pd.DataFrame) -> pd.DataFrame:
    """The events with each actor under its one name (`settled_names`), a body named without its country
    under the name with the event's country; each cell's names in their order, once each."""
    if events.empty or "actors" not in events.columns:
        return events
    countries = events["countries"] if "countries" in events.columns else pd.Series("", index=events.index)
    codes, cells = _distinct_pairs(events["actors"], countries)
    names = [n for cell, _ in cells for n in split_list(cell)]
    events_of = np.bincount(codes, minlength=len(cells)).tolist()
    written_times: Counter[str] = Counter()
    for (cell, _), n in zip(cells, events_of, strict=True):
        for name in split_list(cell):
            written_times[name] += n
    settled = settled_names(names, written_times)
    national = _national_forms(settled.get(n, n) for n in names)
    for key, by_country in _national_initialisms(settled.get(n, n) for n in names).items():
        national.setdefault(key, by_country)
    if not settled and not national:
        return _in_articles(_namesakes_by_title(events))
    rewritten = []
    for cell, placed in cells:
        here = set(split_list(placed))
        written = []
        for name in split_list(cell):
            name = settled.get(name, name)
            # (an event of no country takes only a form given for none: "" -> "Irish Department of ...")
            by_country = {
                c: n for c, n in national.get(same_name_key(name), {}).items() if c in (here or {""})
            }
            if len(by_country) == 1:
                name = next(iter(by_country.values()))
            written.append(name)
        rewritten.append(join_list(written))
    actors = np.asarray(rewritten, dtype=object)[codes]
    return _in_articles(
        _namesakes_by_title(
            events.assign(actors=pd.Series(actors, index=events.index, dtype=events["actors"].dtype))
        )
    )


# The titles that say a person's gender
_MEN_TITLES = frozenset(("mr", "sir", "lord", "king", "prince"))
_WOMEN_TITLES = frozenset(("mrs", "ms", "miss", "dame", "lady", "queen", "princess"))


@functools.lru_cache(maxsize=4096)
def _title_then(name: str) -> re.Pattern[str]:
    """`_titles_before`'s search for one name, compiled once: a table names the same people in many rows."""
    return re.compile(rf"\b(?:([A-Z][A-Za-z]+)\.?\s+)?{re.escape(name)}\b")


def _titles_before(name: str, text: str, every: bool = False) -> set[str]:
    """The titles `text` writes right before `name` (lower case, without the point): "Mrs." in "said Mrs.
    Okafor" -> {"mrs"}; with `every`, none unless each mention of the name has one ("Okafor told Mr.
    Okafor": the title may be the other mention's)."""
    found = set()
    for match in _title_then(name).finditer(text):
        word = (match.group(1) or "").lower()
        if word in _TITLES or word in _MEN_TITLES or word in _WOMEN_TITLES:
            found.add(word)
        elif every:
            return set()
    return found


def _fits(title: str, given: str, held: set[str]) -> bool:
    """Whether a person of that given name, whose name the table writes after the titles `held`, may be
    the one a title before their surname names: a title of a gender, unless the given name is of the
    other (a given name the lists do not know may be either); any other title, when the person's name is
    written after it too."""
    if title in _MEN_TITLES:
        return given not in WOMEN_GIVEN_NAMES
    if title in _WOMEN_TITLES:
        return given not in MEN_GIVEN_NAMES
    return title in held


def _namesakes_by_title(events: pd.DataFrame) -> pd.DataFrame:
    """The events that name a surname two people of the table share, with a title before it ("President
    Okafor", "Mrs Okafor" in the actor's name or the event's title), under the one of them the title fits
    (`_fits`): "Mrs Okafor" is Ana Okafor, not Tom Okafor; "President Okafor" is the Okafor whose full name
    the table writes after "President". Without a title, or when it fits both or neither, the surname stays
    as written."""
    if "title" not in events.columns:
        return events
    actors = events["actors"].fillna("").to_numpy(dtype=object)
    titles = events["title"].fillna("").astype(str).to_numpy(dtype=object)
    names = {n for cell in set(actors.tolist()) for n in split_list(cell)}
    owners: dict[str, set[str]] = {}
    for name in names:
        surname = _surname_owner(name)
        if surname and _person_parts(name)[0]:
            owners.setdefault(surname, set()).add(name)
    shared = {n: _titled_surname(n) for n in names}
    shared = {n: s for n, s in shared.items() if len(owners.get(s, ())) > 1 and not _known_otherwise(s)}
    if not shared:
        return events
    # the titles each of those people is written after, in the titles of the events that name them
    held: dict[str, set[str]] = {p: set() for s in set(shared.values()) for p in owners[s]}
    for cell, text in zip(actors.tolist(), titles.tolist(), strict=True):
        for name in split_list(cell):
            if name in held:
                held[name] |= _titles_before(name, text)
    out = actors.copy()
    for i, (cell, text) in enumerate(zip(actors.tolist(), titles.tolist(), strict=True)):
        written = split_list(cell)
        if not any(n in shared for n in written):
            continue
        chosen = []
        for name in written:
            surname = shared.get(name, "")
            said = _titles_before(surname, text, every=True) | {
                w.rstrip(".").lower() for w in name.split()[:-1]
            }
            fitting = {
                p
                for p in owners.get(surname, ())
                if said and all(_fits(t, p.split()[0], held[p]) for t in said)
            }
            chosen.append(fitting.pop() if surname and len(fitting) == 1 else name)
        if chosen != written:
            out[i] = join_list(list(dict.fromkeys(chosen)))
    if (out == actors).all():
        return events
    return events.assign(actors=pd.Series(out, index=events.index, dtype=events["actors"].dtype))


def _in_articles(events: pd.DataFrame) -> pd.DataFrame:
    """The events with the names the table leaves open settled by their own articles
    (`_settled_in_articles`)."""
    if "sources" not in events.columns:
        return events
    actors = events["actors"].to_numpy(dtype=object)
    settled = _settled_in_articles(actors, events["sources"].to_numpy(dtype=object))
    if settled is actors:
        return events
    return events.assign(actors=pd.Series(settled, index=events.index, dtype=events["actors"].dtype))


def _settled_in_articles(actors: np.ndarray, sources: np.ndarray) -> np.ndarray:
    """Each event's bodies named without their country that the table leaves open, settled by its own
    articles: the one form with a country its articles' events name ("Geological Survey" where "U.S.
    Geological Survey" is named), though the event's own sentences name no country. (A surname is left to
    the article's reading, which sees the whole text: a person its events never name may be the one
    meant, "Mr Okafor" after "Tom Okafor" in a report whose events name only "Ana Okafor".)"""
    codes, cells = _distinct_pairs(pd.Series(actors, dtype=object), pd.Series(sources, dtype=object))
    names_of = [split_list(actor_cell) for actor_cell, _ in cells]
    distinct = {n for names in names_of for n in names}
    national = {same_name_key(_country_and_body(n)[1]) for n in distinct if _country_and_body(n)[0]}
    open_names = {n for n in distinct if same_name_key(n) in national and not _country_and_body(n)[0]}
    open_cells = [i for i, names in enumerate(names_of) if not open_names.isdisjoint(names)]
    if not open_cells:
        return actors
    # only the articles of the open cells are read
    wanted = {a for i in open_cells for a in split_list(cells[i][1])}
    in_article: dict[str, set[str]] = {}
    for names, (_, placed) in zip(names_of, cells, strict=True):
        for article in split_list(placed):
            if article in wanted:
                in_article.setdefault(article, set()).update(names)
    given: dict[int, str] = {}
    for i in open_cells:
        here = set().union(*(in_article[a] for a in split_list(cells[i][1])))
        written = list(dict.fromkeys(_named_in_full(n, here) for n in names_of[i]))
        if written != names_of[i]:
            given[i] = join_list(written)
    if not given:
        return actors
    out = actors.copy()
    rows = np.flatnonzero(np.isin(codes, list(given)))
    out[rows] = [given[c] for c in codes[rows].tolist()]
    return out


def _named_in_full(name: str, here: set[str]) -> str:
    """The one actor of `here` (the names of an article's events) that a body's name is written with a
    country before ("Coast Guard" -> "U.S. Coast Guard"); `name` when none or several."""
    key = same_name_key(name)
    if not _names_one_body(name.split()):
        return name
    national = {n for n in here if _country_and_body(n)[0] and same_name_key(_country_and_body(n)[1]) == key}
    return national.pop() if len(national) == 1 else name


# How much of an actor's named events one country must be, and in how many at least, to be the actor's
# country (a person's or a state body's events are of its state, save a visit or a talk abroad)
HOME_SHARE = 0.8
HOME_EVENTS = 3


@functools.lru_cache(maxsize=65536)
def _of_one_state(name: str) -> bool:
    """Whether an actor is a person or a state's body ("Coast Guard", "Justice Department"), whose events
    are of one country; never a firm (its events are wherever it works) nor a body of the world ("World
    Health Organization", "UN Security Council")."""
    words = name.split()
    if any(w in STATELESS_WORDS for w in words) or name.isupper():
        return False
    if words[-1] in STATE_BODY_HEADS:
        return True
    return 2 <= len(words) <= 4 and bool(_surname_owner(name))


def countries_of_known_actors(events: pd.DataFrame) -> pd.DataFrame:
    """The events no sentence gives a country (countries ""), given the one country the table's other
    events name for their people and state bodies: "Senator Ana Okafor said" in a report that names no
    place is of the country that Okafor's events name (at least HOME_EVENTS of them, HOME_SHARE of all),
    inferred ("report"), as a country from where a report is set is."""
    if events.empty or not {"actors", "countries", "country_basis"} <= set(events.columns):
        return events
    codes, cells = _distinct_pairs(events["actors"], events["countries"] + "|" + events["country_basis"])
    times = np.bincount(codes, minlength=len(cells))
    seen: Counter[str] = Counter()
    where: dict[str, Counter[str]] = {}
    for (actors, placed), n in zip(cells, times.tolist(), strict=True):
        countries, basis = placed.rsplit("|", 1)
        if basis != "named":
            continue
        for actor in split_list(actors):
            if _of_one_state(actor):
                seen[actor] += n
                counts = where.setdefault(actor, Counter())
                for country in split_list(countries):
                    counts[country] += n
    home = {
        actor: country
        for actor, counts in where.items()
        for country, n in counts.most_common(1)
        if n >= HOME_EVENTS and n >= HOME_SHARE * seen[actor]
    }
    if not home:
        return events
    given: dict[int, str] = {}  # a distinct cell of no country -> the one country its actors have
    for index, (actors, placed) in enumerate(cells):
        if placed == "|":
            found = {home[a] for a in split_list(actors) if a in home}
            if len(found) == 1:
                given[index] = found.pop()
    if not given:
        return events
    rows = np.flatnonzero(np.isin(codes, list(given)))
    countries_given = events["countries"].to_numpy(dtype=object).copy()
    basis_given = events["country_basis"].to_numpy(dtype=object).copy()
    countries_given[rows] = [given[c] for c in codes[rows].tolist()]
    basis_given[rows] = REPORT_BASIS
    return events.assign(
        countries=pd.Series(countries_given, index=events.index, dtype=events["countries"].dtype),
        country_basis=pd.Series(basis_given, index=events.index, dtype=events["country_basis"].dtype),
    )


def settle_actors(events: pd.DataFrame) -> pd.DataFrame:
    """The finished event table with one name per actor, and the events no sentence gives a country given
    their actors' country (`one_name_per_actor`, then `countries_of_known_actors`, which counts the actors
    under their one names)."""
    return countries_of_known_actors(one_name_per_actor(events))


__all__ = [
    "bare_name",
    "countries_of_known_actors",
    "one_name_per_actor",
    "same_name_key",
    "settle_actors",
    "settled_names",
]
