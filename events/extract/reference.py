"""What a pronoun that opens a sentence stands for: the subject of the sentence before it.

    "The county council met on Monday. It raised the charges ..."     "it"   -> "The county council"
    "Harbour workers walked out. They want ..."                       "they" -> "Harbour workers"
    "Ferry captain Tomas Berg, 51, was arrested. He denied ..."       "he"   -> "Berg"

A subject pronoun most often continues the subject of the sentence before; the noun phrase is named only
when it agrees with the pronoun in number and kind (a person for "he" and "she", a thing or body for
"it", a plural for "they"), and nothing is named when the sentence before opens otherwise (a quotation, a
pronoun, a phrase whose verb is not found), since a wrong actor is worse than a pronoun.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence, Set

from events.extract.vocabulary import (
    COURTESY_TITLES,
    IRREGULAR_PAST,
    MEN_GIVEN_NAMES,
    PERSON_ROLES,
    WOMEN_GIVEN_NAMES,
    alternatives,
)

# The finite verb that ends a subject; no verb in -s, which a plural noun may be ("Harbour workers walk")
_VERB = (
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|did|does|says|said|told"
    rf"|[a-z]{{2,}}ed|{alternatives(IRREGULAR_PAST)})"
)
# A subject, an aside set off by commas ("The school, which shut on Monday,", "Tomas Berg, 51,"), an
# adverb, and the verb
_SUBJECT = re.compile(
    r"(?P<subject>[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){0,7}?)(?:,\s[^,;:“”\"()]{1,100},)?"
    # ("Roe also has ...", "The board then voted ...": an adverb of time or addition before the verb)
    rf"\s+(?:(?:[a-z]+ly|also|still|then|later|again|never|already|even)\s+)?(?P<verb>{_VERB})\b"
)
# A phrase of time that may open a sentence before its subject with no comma after it: "In 2003 it paid",
# "In April 2024 the navy seized", "Three years later it sold", "Last week the board voted", "This morning
# the port reopened", "Yesterday the board voted" (`speakers` reads it before a comma too)
TIME_BEFORE_SUBJECT = (
    r"(?:(?:In|By|Since|Until)\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?\d{4}"
    r"|(?:[A-Z][a-z]+|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:later|earlier|ago)"
    r"|(?:Last|This|Next|That)\s+(?:week|weekend|month|year|morning|afternoon|evening|spring|summer|autumn|fall"
    r"|winter)"
    r"|Yesterday|Today|Tonight"
    r"|(?:On\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
# What may open the sentence before its subject: a linking word, a date or place set off by a comma, or a
# phrase of time before a subject in lower case
_OPENING = re.compile(
    # ("Earlier this month, the guild wrote": "Earlier" opens the phrase of time, not a linking word alone)
    # ("Then he was ...", "Today, she has ...": a word that links the sentence to the story's time or course)
    r"^(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Then|So|Instead|Today|Yesterday|Tonight|Afterwards"
    r"|(?:Later|Earlier)(?!\s+(?:this|that|last|in|on)\b)),?\s+)?"
    # ("While at the bank, he ...", "After the vote, the board ...", "Following the talks, she ...", "Speaking
    # in Lagos, he ...": a phrase set off by its comma)
    r"(?:(?:On|In|At|By|Last|Earlier|Later|While|After|Before|During|Since|Under|Until|Following|Despite|Amid"
    r"|Throughout|Within|With|Without|Over|Speaking|Writing|Leading)\s+[^,;:“”\"]{1,30},\s+"
    rf"|{TIME_BEFORE_SUBJECT}\s+(?=[a-z]))?"
)
# A page's heading in capitals that the scrape ran into the sentence after it: "FIRST VICTIM Ana Berg, ..."
_HEADING_RUN_IN = re.compile(r"(?:[A-Z][A-Z’'-]{2,}\s+){2,}(?=[A-Z][a-z])|")
_NOT_A_SUBJECT = frozenset(
    """it he she they we i you this that these those there here one some many most all both each any none
    what who which when where while as if after before since though although because so such its his her
    their our my your other others another""".split()
)
# Words that open a clause of their own, or stand for what a subject names: none is inside a subject
# ("Twelve days after it had sealed the well, the company said ..." opens with no subject)
_NOT_INSIDE_A_SUBJECT = frozenset(
    """that who which whose it he she they we i you after before since when while because although though
    if unless until""".split()
)
# Words that name a person in the singular: "it" never stands for them
_PERSON_NOUNS = PERSON_ROLES | frozenset(
    """man woman boy girl child baby person mother father son daughter wife husband brother sister friend
    victim patient pupil student teacher worker fisherman resident survivor witness singer actor player
    officer soldier pilot driver owner""".split()
)
# A trailing phrase of place that a headline drops: "South Hill high school in north-west Leeds"
_PLACE_PHRASE = re.compile(
    r"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}$"
)
_NAME_SUFFIX = frozenset("jr jr. sr sr. ii iii".split())
MAX_SUBJECT_WORDS = 6


def _verb_of(sentence: str) -> str:
    """The verb after the opening subject, as `sentence_subject` finds it ("" when none)."""
    text = " ".join(sentence.split())
    opening = _OPENING.match(text)
    text = text[opening.end() :] if opening is not None else text
    found = _SUBJECT.match(text[:1].upper() + text[1:])
    return found.group("verb").lower() if found is not None else ""


def reports(sentence: str) -> bool:
    """Whether the sentence's subject is somebody reporting something: "The weather office said a storm
    formed"; not a sentence that ends with its verb of saying, split from the words said ("The office said
    on Monday | it had ..."), whose "it" is the speaker's own."""
    verb = _verb_of(sentence)
    return _SAYING.fullmatch(verb) is not None and not re.search(
        rf"\b{verb}(?:\s+(?:on\s+)?\w+day|\s+(?:yesterday|today))?[\s,.:;]*$", sentence, re.IGNORECASE
    )


def sentence_subject(sentence: str) -> str:
    """The noun phrase that opens the sentence as the subject of its verb, or "" when it opens otherwise:
    "The school, which shut on Monday, announced ..." -> "The school"."""
    text = " ".join(sentence.split())
    if not text or text[0] in "\"“‘'`":
        return ""
    opening = _OPENING.match(text)
    text = text[opening.end() :] if opening is not None else text
    text = text[_HEADING_RUN_IN.match(text).end() :]  # type: ignore[union-attr]
    text = text[:1].upper() + text[1:]  # "On Monday, the board voted" -> "The board voted"
    found = _SUBJECT.match(text)
    if found is None:
        return ""
    subject = found.group("subject")
    words = subject.split()
    if (
        words[0].lower() in _NOT_A_SUBJECT
        or any(re.fullmatch(_VERB, w) or w.lower() in _NOT_INSIDE_A_SUBJECT for w in words)
        or any(w.endswith(("ing",)) and w[:1].islower() for w in words)  # "A tube operating for a week"
        or re.search(r"['’]s?$", words[-1])  # "Jane Roe's" is no subject
    ):
        return ""
    if len(words) > MAX_SUBJECT_WORDS:
        subject = _PLACE_PHRASE.sub("", subject)
    return subject if len(subject.split()) <= MAX_SUBJECT_WORDS else ""


def _plural(subject: str) -> bool:
    """Whether the phrase names more than one: its last word is a plural noun ("Harbour workers"), never a
    name's ("Reuters" after other words of a name is one body)."""
    words = subject.split()
    last = words[-1]
    lowered = last.lower()
    if lowered in ("police", "people", "staff", "crew"):
        return True
    named = last[:1].isupper() and len(words) > 1
    return not named and lowered.endswith("s") and not lowered.endswith(("ss", "us", "is", "'s", "’s"))


def surname(name: str) -> str:
    """How a headline names a person after the first mention: "Tomas Berg Jr." -> "Berg"."""
    words = [w for w in name.split() if w.lower() not in _NAME_SUFFIX]
    return words[-1].rstrip(",") if words else ""


# What says whether a person is a "he" or a "she": a courtesy title, or a word for a man or a woman
_HE_WORDS = frozenset(
    """mr mr. sir lord king prince father son husband brother boy man uncle nephew grandfather
    spokesman chairman congressman councilman businessman fisherman""".split()
)
_SHE_WORDS = frozenset(
    """mrs mrs. ms ms. miss lady dame queen princess mother daughter wife sister girl woman aunt niece
    grandmother spokeswoman chairwoman congresswoman councilwoman businesswoman""".split()
)


def _gender(subject: str) -> str:
    """ "he" or "she" when the subject's words say which ("Mrs Ana Berg", "The harbour chairman"), else ""."""
    words = {w.lower().strip(",") for w in subject.split()}
    he, she = bool(words & _HE_WORDS), bool(words & _SHE_WORDS)
    return "he" if he and not she else "she" if she and not he else ""


# Words of a man or a woman that stand beside a name, before it ("actress Jane Roe") or set off after it
# ("Jane Roe, his sister,"), besides the titles and roles above
_HE_BESIDE = _HE_WORDS | frozenset("actor widower stepfather grandson monsieur".split())
_SHE_BESIDE = _SHE_WORDS | frozenset("actress widow stepmother granddaughter madame mum mom".split())
_TITLE_OF = {"mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she", "dame": "she"}


@functools.lru_cache(maxsize=2048)
def _gender_cues(called: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`person_gender`'s three searches for one way of naming a person, compiled once: a build names more
    people than the re module's cache holds patterns, and the same person is looked up in many articles."""
    return (
        re.compile(rf"\b(Mr|Sir|Lord|Mrs|Ms|Miss|Dame)\.?\s+{called}\b"),
        # (the word before the name taken whole, never given back: what follows it, a comma or a space,
        # is no letter, and trying each shorter part of every word of the text was a third of the search)
        re.compile(
            rf"\b([a-z]++),?\s+{called}\b|\b{called},\s+(?:(?:a|an|the|his|her|their)\s+)?((?:[\w-]+\s+){{0,2}}"
            r"[a-z]+)\b"
        ),
        re.compile(
            rf"\b{called}\s+(?:said|says|added|told\s+\w+|explained|insisted)\s+(?:that\s+)?(he|she)\b"
        ),
    )


# What `_gender_cues`' patterns need right after the name: a verb of saying and "he" or "she", or a comma
# and the words set off after it
_SAID_AFTER_NAME = re.compile(
    r"\s+(?:said|says|added|told\s+\w+|explained|insisted)\s+(?:that\s+)?(?:he|she)\b"
)
_SET_OFF_AFTER_NAME = re.compile(r",\s+(?:(?:a|an|the|his|her|their)\s+)?((?:[\w-]+\s+){0,2}[a-z]+)\b")
_TITLES_BEFORE_NAME = ("Mr", "Sir", "Lord", "Mrs", "Ms", "Miss", "Dame")


def _may_cue_gender(text: str, literals: list[str]) -> bool:
    """Whether some place of the text where the person is named as written (`literals`: the full name, and
    the surname when it alone names them) has what one of `_gender_cues`' patterns needs there to find a man
    or a woman: a courtesy title, a word of a man or a woman before or set off after, or "said he/she".
    Tested with string operations, so a person the text gives no such cue costs no compiled patterns (a
    build names thousands of people, each with patterns of their own); a necessary test, never sufficient:
    when it holds, the patterns decide as before."""
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            end = at + len(literal)
            before = at
            while before > 0 and text[before - 1].isspace():
                before -= 1
            if before < at:
                titled_end = before - 1 if text[before - 1 : before] == "." else before
                if text.endswith(_TITLES_BEFORE_NAME, 0, titled_end):
                    return True
                word_end = before - 1 if text[before - 1 : before] == "," else before
                word_start = word_end
                while word_start > 0 and "a" <= text[word_start - 1] <= "z":
                    word_start -= 1
                if text[word_start:word_end] in _HE_BESIDE or text[word_start:word_end] in _SHE_BESIDE:
                    return True
            if _SAID_AFTER_NAME.match(text, end):
                return True
            set_off = _SET_OFF_AFTER_NAME.match(text, end)
            if set_off and set(set_off.group(1).lower().split()) & (_HE_BESIDE | _SHE_BESIDE):
                return True
            at = text.find(literal, at + 1)
    return False


@functools.lru_cache(maxsize=4096)
def person_gender(name: str, text: str, namesakes: bool = False) -> str:
    """ "he" or "she" when the text says which the person `name` is, else "": a courtesy title before the
    name ("Mrs Ana Berg", "Mr Berg"), a word of a man or a woman beside it ("his sister Ana Berg", "Ana Berg,
    a spokeswoman"), or a "he" or "she" that the name says something of ("Berg said she ..."), the
    evidence of one kind outvoting the other's; with no such evidence, a given name of one gender. With
    `namesakes` (another person of the text shares the surname: a family) only the full name counts."""
    words = [w for w in name.split() if w.lower() not in _NAME_SUFFIX]
    if not words:
        return ""
    full = re.escape(" ".join(words))
    called = full if namesakes or len(words) == 1 else rf"(?:{full}|{re.escape(words[-1])})"
    votes = {"he": 0, "she": 0}
    # (every cue holds the surname as written: a text without it has none, and its patterns, one set per
    # person, are not compiled)
    if words[-1] in text and _may_cue_gender(
        text, [" ".join(words)] if called == full else [" ".join(words), words[-1]]
    ):
        titled, beside_name, saying = _gender_cues(called)
        for title in titled.finditer(text):
            votes[_TITLE_OF[title.group(1).lower()]] += 1
        for found in beside_name.finditer(text):
            beside = set((found.group(1) or found.group(2) or "").lower().split())
            he, she = bool(beside & _HE_BESIDE), bool(beside & _SHE_BESIDE)
            if he != she:
                votes["he" if he else "she"] += 1
        for said in saying.finditer(text):
            votes[said.group(1)] += 1
    if votes["he"] > votes["she"]:
        return "he"
    if votes["she"] > votes["he"]:
        return "she"
    # ("Tom Hale", "Ana Berg": with nothing in the text to say, a given name of one gender does)
    given = words[0] if len(words) > 1 else ""
    return "he" if given in MEN_GIVEN_NAMES else "she" if given in WOMEN_GIVEN_NAMES else ""


_SAYING = re.compile(
    r"(?:said|says|told|announced|reported|warned|added|claimed|stated|explained|noted|confirmed|estimated"
    r"|predicted|wrote)"
)


def referent(
    pronoun: str, sentence_before: str, people: Set[str], *, saying: bool = False, text: str = ""
) -> str:
    """What a subject pronoun opening a sentence stands for, as a headline names it, from the sentence
    before; "" when its subject does not agree with the pronoun or is no such phrase. `people` are the
    persons the article names (full names). After a report ("The weather office said a storm had
    formed."), "it" and "they" stand for what was reported as often as for who reported it, so the speaker
    is named only for a pronoun that speaks again (`saying`: "It also said ..."). A person is named by
    surname, or whole when the report (`text`) names another person of that surname."""
    subject = sentence_subject(sentence_before)
    if not subject:
        return ""
    word = pronoun.lower()
    if not saying and word in ("it", "they") and reports(sentence_before):
        return ""
    aged = _aged_name(sentence_before)
    if word in ("he", "she"):
        if _gender(subject) not in ("", word):
            return ""  # "Mrs Ana Berg was arrested. He ...": "he" is somebody else
        # a person: the subject ends with a name the article gives a person ("Ferry captain Tomas Berg")
        # (a surname alone that two people of the report share names neither: "Roe" of Jane and Tom Roe)
        matching = [p for p in people if subject.endswith(p) or subject == surname(p)]
        person = matching[0] if len(matching) == 1 else next((p for p in matching if subject.endswith(p)), "")
        if not person:
            person = titled_person(subject, people)
        # ("Mr Berg", "Tomas Berg", "Tomas": a name the lists lack, of the pronoun's gender)
        if not person and _named_by_form(subject, word):
            person = subject
        if not person and aged == subject and _aged_gender(sentence_before) in ("", word):
            person = subject  # "Berg, 51, was ...": news gives a person's age beside the name
        if not person:
            return ""
        # (by surname, unless the report names another person of that surname: "David Roe", then "Tom Roe")
        short = surname(person)
        namesakes = [p for p in people if p != person and " " in p and surname(p) == short]
        return person if " " in person and (namesakes or _namesake_in(text, person)) else short
    if aged or any(p and (p in subject or surname(p) == subject.split()[-1]) for p in people):
        return ""  # "it" and "they" stand for no person
    if word == "they":
        return subject if _plural(subject) else ""
    head = subject.split()[-1].lower()
    # ("the night watchman", "a spokeswoman": a word of a person by its ending too)
    if _plural(subject) or head in _PERSON_NOUNS or head.endswith(("man", "woman", "person")):
        return ""
    return subject


# Words that stand before a surname as a title and are no part of the name: "Mr Berg", "Judge Ruiz",
# "Chief Inspector Berg", "Dr. Roe"
_TITLE_WORDS = (
    frozenset(t.lower() for t in COURTESY_TITLES)
    | PERSON_ROLES
    | frozenset(
        """mr. mrs. ms. dr. prof prof. sen sen. gov gov. gen gen. col col. lt lt. sgt sgt. capt capt. rev rev.
    lord lady dame king queen prince princess judge justice deputy acting chief senior vice""".split()
    )
)


def titled_person(subject: str, people: Set[str]) -> str:
    """The one person of `people` a subject names by title and surname ("Mr Berg", "Judge Berg", "Chief
    Inspector Berg" for Tomas Berg), or "" when the words before the surname are no titles or two people
    share it."""
    *before, last = subject.split()
    if not before or not all(w.lower() in _TITLE_WORDS for w in before):
        return ""
    named = [p for p in people if " " in p and surname(p) == last]
    return named[0] if len(named) == 1 else ""


def _namesake_in(text: str, person: str) -> bool:
    """Whether the text names another person of the person's surname: "Tom Roe" beside "Jane Roe" (a
    capitalised word before the surname that is neither a word of the person's name nor a title)."""
    words, last = person.split(), surname(person)
    if not text or not last:
        return False
    # ("Adela Maria Roe" is named "Maria Roe" too)
    return any(
        found.group(1) not in words and found.group(1).lower() not in _TITLE_WORDS | _NOT_A_SUBJECT
        for found in re.finditer(rf"\b([A-Z][a-z’'-]+)\s+{re.escape(last)}\b", text)
    )


def _named_by_form(subject: str, pronoun: str) -> bool:
    """Whether the subject is a person's name by its form, of the pronoun's gender: a courtesy title of that
    gender then a surname ("Mr Berg"), or a given name of that gender alone or before a surname ("Tomas",
    "Tomas Berg")."""
    *before, last = subject.split()
    if not re.fullmatch(r"[A-Z][a-z’'-]+", last) or len(before) > 1:
        return False
    given = MEN_GIVEN_NAMES if pronoun == "he" else WOMEN_GIVEN_NAMES
    if not before:
        return last in given
    first = before[0]
    return first in given or (first.lower().rstrip(".") in _TITLE_OF and _gender(first) == pronoun)


# A name that opens the sentence with an age set off by commas, then its verb: "Berg, 51, was arrested"
# ("Ana Berg, a 39-year-old teacher, fell ill": an age in years set off with what the person is)
_AGED_NAME = re.compile(
    rf"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,3}}),\s+(?P<aside>(?:aged\s+)?\d{{1,3}}"
    r"|an?\s+\d{1,3}-year-old\b[^,;:“”\"()]{0,60}),"
    rf"\s+(?:[a-z]+ly\s+)?{_VERB}\b"
)


def _aged_name(sentence: str) -> str:
    """The person's name that opens the sentence with an age beside it ("Tomas Berg, 51, denied ..." ->
    "Tomas Berg"), or ""."""
    text = " ".join(sentence.split())
    opening = _OPENING.match(text)
    at = opening.end() if opening is not None else 0
    at += _HEADING_RUN_IN.match(text[at:]).end()  # type: ignore[union-attr]
    found = _AGED_NAME.match(text, at)
    return found.group("name") if found is not None else ""


def _aged_gender(sentence: str) -> str:
    """ "he" or "she" when the words beside the opening name's age say which ("a 39-year-old mother")."""
    text = " ".join(sentence.split())
    opening = _OPENING.match(text)
    at = opening.end() if opening is not None else 0
    at += _HEADING_RUN_IN.match(text[at:]).end()  # type: ignore[union-attr]
    found = _AGED_NAME.match(text, at)
    return _gender(found.group("aside")) if found is not None else ""


# A subject pronoun that opens a sentence, after any linking word or phrase of time ("In 2003 it paid ...")
_OPENING_PRONOUN = re.compile(r"(?P<pronoun>(?i:he|she|it|they))\s+(?:[a-z]+ly\s+)?[a-z]")
# "It is hoped ...", "It emerged that ...", "It is a critical week", "It was new": an "it" that stands for
# nothing, or one whose verb only links it to what it is (never a run's subject to name); "It was loaded onto
# a barge", a passive, tells of an act
_EMPTY_IT_OPENING = re.compile(
    r"(?i:it)(?:\s+(?:now|also|still|\w+ly))?(?:\s+(?:emerged|emerges|transpired|turned\s+out)\b"
    r"|(?:['’]s|\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|may\s+be|could\s+be|might\s+be"
    r"|seems|seemed|appears|appeared|remains|remained))(?:\s+(?:not|also|now|still|\w+ly))*"
    # ("It is hoped ...", "It was announced ...": a thought or a saying that nobody named had)
    r"(?:\s+(?:hoped|understood|thought|believed|expected|feared|said|reported|known|claimed|alleged|estimated"
    r"|assumed|announced|confirmed|revealed|learned|learnt|agreed|decided)\b"
    r"|(?!\s+(?:[a-z]+ed|[a-z]+en|made|sold|built|held|sent|bought|brought|taken|given|told|found|hit|shut|set|put)\b)))"
)
# How many sentences that open with the same pronoun may stand between it and what it stands for
PRONOUN_CHAIN = 3


def opening_pronoun(sentence: str) -> str:
    """The subject pronoun that opens the sentence, lower-cased ("In 2003 it paid ..." -> "it"), or ""."""
    found = subject_pronoun_opening(" ".join(sentence.split()))
    return found.group("pronoun").lower() if found is not None else ""


def subject_pronoun_opening(text: str) -> re.Match[str] | None:
    """The subject pronoun that opens the text after any linking word or phrase of time (group "pronoun":
    "In 2003 it paid ..."), or None; never an "it" that stands for nothing ("It emerged that ...")."""
    opening = _OPENING.match(text)
    at = opening.end() if opening is not None else 0
    if _EMPTY_IT_OPENING.match(text, at):
        return None
    return _OPENING_PRONOUN.match(text, at)


def referent_looking_back(
    pronoun: str, sentences_before: Sequence[str], people: Set[str], *, text: str = ""
) -> str:
    """What a subject pronoun stands for when the sentences just before it (`sentences_before`, the
    nearest first) open with the same pronoun: the subject of the sentence that opens that run, when it
    agrees (`referent`). "Apex is a mid-sized driller. It has bought fields before. In 2003 it paid ..." ->
    "Apex": a run of sentences about one subject names it once. `text`, the report, tells whether a
    person's surname is another's too (`referent`)."""
    for before in sentences_before[: PRONOUN_CHAIN + 1]:
        opening = opening_pronoun(before)
        if not opening:
            return referent(pronoun, before, people, text=text)
        if opening != pronoun.lower():
            return ""
    return ""


# What joins a clause to the one before it, with a phrase of time after it: "..., and in 2019 | it held ..."
_JOINED = re.compile(
    r"(?:,|\b(?:and|but|so|yet|when|as|after|before|while|because|until|once|since|then))"
    r"(?:\s+(?:then|later|also|now|in\s+\d{4}|on\s+\w+day)(?:,)?)?\s*$",
    re.IGNORECASE,
)
# A subordinate clause that opens the sentence, whose pronoun looks ahead to the main clause's subject:
# "Until it was flooded in May, the old mill was ..."
_LOOKING_AHEAD = re.compile(
    r"(?:until|when|after|before|since|although|though|while|once|as)\s*", re.IGNORECASE
)


def referent_in_sentence(
    pronoun: str, sentence: str, at: int, people: Set[str], *, saying: bool = False
) -> str:
    """What the subject pronoun of a clause at `at` in the sentence stands for: the subject of the clause it
    is joined to ("The ferry left at noon, and it docked ..." -> "The ferry"), or, in a subordinate clause
    that opens the sentence, the subject of the main clause after it ("Until it was flooded in May, the old
    mill was ..." -> "The old mill"); "" otherwise."""
    head = sentence[:at]
    if _LOOKING_AHEAD.fullmatch(head.strip(' "“')):
        comma = sentence.find(", ", at)
        return referent(pronoun, sentence[comma + 2 :], people, saying=saying) if comma > 0 else ""
    if _JOINED.search(head) and not _rival_after_verb(pronoun, head):
        return referent(pronoun, head, people, saying=saying)
    return ""


def _rival_after_verb(pronoun: str, clause: str) -> bool:
    """Whether the clause names, after its subject's verb, something else the pronoun could stand for:
    "The council approved the plan, but it ..." (the plan), "Police questioned Roe, and he ..." (Roe)."""
    found = _SUBJECT.match(clause[:1].upper() + clause[1:])
    rest = clause[found.end() :] if found is not None else clause
    if pronoun.lower() != "they" and re.search(r"\b[A-Z][\w’'-]+", rest):
        return True  # a name: a person, a body or a place
    nouns = re.findall(
        r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w’'-]+)\b", rest
    )
    if pronoun.lower() == "they":
        return any(_plural(n) for n in nouns)
    return any(not _plural(n) for n in nouns)
