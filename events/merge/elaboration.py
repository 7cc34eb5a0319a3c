"""One speaker going on: remarks a report gives by a pronoun ("he said", "she added") right after the
remarks it attributed by name are the same speaker's words at the same occasion, so one event.

News prose names a speaker once, in a paraphrase or a first quote, and then carries the voice on with
"he said" for the next sentence or two. The extraction reads each sentence apart, and the speaker it gives
the pronoun may differ from the name before it (a surname, an office, a name read from the quote), so the
merge's comparison of speakers leaves the continuation as an event of its own that matches no happening.
The DEV_SET conventions count one speaker's remarks on one matter at one occasion as one event; a remark
the report sets apart ("Earlier,", "Later,", "Separately,") is another occasion and stays apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from events.extract.coreference import SPOKESPEOPLE
from events.extract.entities import may_be_a_person
from events.extract.mentions import Mention
from events.extract.patterns import compile_for_search
from events.merge.per_mention import per_mention

_SAYING = r"(?:said|says|added|adds|told|tells|noted|explained|stated|wrote|continued|went\s+on)"
# "..., he added", "She said the ...": the voice carried on by a pronoun, outside quotes ("Ms Roe said he
# would appeal" names its speaker; the pronoun after the verb is whom the remarks are about)
_PRONOUN_VOICE = re.compile(
    rf"\b(?P<subject>he|she|it|they)\s+(?:also\s+|then\s+)?{_SAYING}\b",
    re.IGNORECASE,
)
# "the company said", "said the firm", "the magazine added": a voice named again by the description news
# gives the body or person its remarks are about. Only descriptions that rarely name a second voice: a
# commission, a court or a ministry said to speak after a company is another voice ("The commission said
# regulators lacked the means" after the company's reply), so public bodies are left to the names.
_BODY_HEADS = (
    "company|firm|group|bank|carrier|airline|retailer|insurer|lender|manufacturer|carmaker|operator|"
    "magazine|newspaper|paper|broadcaster|network|union|charity"
)
_PERSON_HEADS = "spokesman|spokeswoman|spokesperson|executive|lawmaker|lawmakers|senator|senators"
_DEFINITE_VOICE = compile_for_search(
    rf"\b(?:the|its|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>{_BODY_HEADS}|{_PERSON_HEADS})\s+"
    rf"(?:also\s+)?(?:has\s+|had\s+|have\s+)?{_SAYING}\b"
    rf"|\b{_SAYING}\s+(?:the|its)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<after>{_BODY_HEADS}|{_PERSON_HEADS})\s*[.,;]",
    re.IGNORECASE,
)
_PERSON_HEAD = re.compile(rf"(?:{_PERSON_HEADS})$", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
# A report's marks of another occasion or another matter at the head of a sentence
_SET_APART = re.compile(
    r"^\W*(?:earlier|later|previously|meanwhile|separately|elsewhere|afterwards|in\s+a\s+separate|"
    r"in\s+an\s+earlier|on\s+another|in\s+another|also\s+on|on\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday))\b",
    re.IGNORECASE,
)


def set_apart(m: Mention) -> bool:
    """Whether a report opens the mention's sentence with a mark of another occasion or matter ("Earlier,",
    "Separately,", "On Monday,")."""
    return _SET_APART.match(m.sentence.text) is not None


# How far back the named remarks can be: the sentence before, or the one before that (news sentences run
# to about two hundred characters), in the same paragraph or the one just before it
GOES_ON_REACH = 400


@per_mention
def pronoun_of(m: Mention) -> str:
    """The pronoun that carries a voice on in the sentence, outside its quotes, or "the" for remarks with
    no speaker read whose voice is a definite description, as the pronoun it stands for ("" if
    neither)."""
    unquoted = _QUOTED.sub(" ", m.sentence.text)
    if m.speaker and m.speaker.split()[-1] in unquoted:
        return ""  # ('"A good step," said Ana Roe, a professor': the sentence names its own speaker)
    found = _PRONOUN_VOICE.search(unquoted)
    if found is not None:
        return found.group("subject").lower()
    described = _DEFINITE_VOICE.search(unquoted) if not m.speaker else None
    if described is not None:
        # a description of a person is "he" or "she" to the agreement below, of a body "it"
        return "he" if _PERSON_HEAD.match(described.group("head") or described.group("after")) else "it"
    return ""


def _agrees(pronoun: str, named: Mention) -> bool:
    """Whether a pronoun can stand for the speaker named before: "he"/"she" only for a person."""
    if not named.speaker:
        return False
    person = may_be_a_person(named.speaker)
    if pronoun in ("he", "she"):
        return person
    # "it" and "they" may stand for any voice: a body's name is often read as a person's ("Harlow said"),
    # and a speaker's group goes on as "they"
    return True


def goes_on_from(m: Mention, reports: Iterable[Mention]) -> bool:
    """Whether remarks with no date of their own, voiced by a pronoun or a description, carry on remarks
    of `reports` (one happening's reports), or an act of no named kind a speaker tells ("Harlow said it
    would shut two plants"), told just before them in the same article by a speaker the pronoun can
    stand for, with nothing setting them apart as another occasion or matter."""
    if not m.is_speech or m.date_basis in ("explicit", "resolved"):
        return False
    pronoun = pronoun_of(m)
    if not pronoun or _SET_APART.match(m.sentence.text):
        return False
    here = m.sentence
    for named in reports:
        there = named.sentence
        if (
            named.article == m.article
            and (named.is_speech or (named.event_type == "other" and bool(named.speaker)))
            and there.end <= here.start
            and here.start - there.end <= GOES_ON_REACH
            and 0 <= here.paragraph - there.paragraph <= 1
            and named.planned == m.planned
            and _agrees(pronoun, named)
        ):
            return True
    return False


def goes_on_from_act(m: Mention, told: Mention) -> bool:
    """Whether remarks with no date of their own, voiced by a pronoun, carry on the sentence just before
    them, an act of a named kind that a speaker told: "More than 2,000 families have been evacuated, the
    agency's director, Ana Roe, told reporters." then '"More will have to leave," she said.' The report
    names the speaker once, for the act, and quotes the speaker going on at the same occasion; the quote is
    part of what that report of the act tells, not a happening of its own. Only the very next sentence:
    further on, the pronoun may stand for someone else, or the speaker for another matter."""
    if not m.is_speech or m.date_basis in ("explicit", "resolved") or m.planned != told.planned:
        return False
    if told.is_speech or told.event_type == "other" or not told.speaker or told.article != m.article:
        return False  # (remarks, and an act of no named kind a speaker tells, go on by `goes_on_from`)
    pronoun = pronoun_of(m)
    if not pronoun or _SET_APART.match(m.sentence.text) or not _agrees(pronoun, told):
        return False
    return _next_sentence(told, m) and _act_before_its_source(told)


_SOURCE_VERB = re.compile(r"\b(?:said|says|told|tells|added|adds)\b")
# What says that a clause follows the verb of saying: what was said, not whom to or where
_CLAUSE_AFTER = re.compile(
    r"\b(?:that|he|she|it|they|we|there|was|were|is|are|had|has|have|would|will|could|may|might)\b", re.I
)
# The fewest words an act told before its source can take ("Six people died, police said")
ACT_WORDS = 3
# A sentence that opens with a quotation: the speaker's own words, remarks whatever they tell
_OPENS_WITH_QUOTE = re.compile(r"^\W*(?:``|[\"“‘'])")


def _act_before_its_source(told: Mention) -> bool:
    """Whether the report tells the act in its own words and names the speaker after it, as its source,
    with nothing said after the verb but whom to and where ("More than 2,000 families have been evacuated,
    the agency's director, Ana Roe, told reporters in the capital"). A sentence in which the speaker says
    something ("Roe said the families were safe", "During a visit, Roe said she understood their anger")
    tells what the speaker said, however its words were typed, and a quote is the speaker's own words: a
    quote after either is remarks of their own."""
    text = told.sentence.text
    if _OPENS_WITH_QUOTE.match(text) or not told.speaker:
        return False
    surname = re.compile(rf"\b{re.escape(told.speaker.split()[-1])}\b")
    for verb in _SOURCE_VERB.finditer(text):
        before = text[: verb.start()]
        named = [found.start() for found in surname.finditer(before)]
        if not named:
            continue
        comma = before.rfind(",", 0, named[-1])
        if comma < 0 or len(before[:comma].split()) < ACT_WORDS:
            return False
        return _CLAUSE_AFTER.search(text[verb.end() :]) is None
    return False


# One voice named the second time: a report gives a body's remarks, or an unnamed holder's of one of its
# offices ("a top agency official said", "the port's harbour master said"), and in the next sentences
# names the person who spoke with the office and the body ("Ana Roe, the agency's chief scientist,
# said"). News prose leads with the body and brings the person in to carry the remarks on; the
# extraction reads two speakers, a body and a person, and the merge leaves the named remarks as an event
# of their own that matches no happening.
_OFFICES = (
    r"spokes(?:man|woman|person)|minister|secretary|director|officer|official|executive|chief|head|"
    r"president|chair(?:man|woman)?|manager|commissioner|advis[eo]r|expert|scientist|co-?ordinator|"
    r"administrator|governor|ambassador|envoy|inspector|superintendent"
)
# "a World Bank economist said", "Norland's chief operating officer told reporters", "said a senior
# ministry official.": an office held by nobody the sentence names (a capitalised word right after the
# office would be the holder's name, and the office then no voice of its own)
_UNNAMED_HOLDER = re.compile(
    rf"(?:\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+|(?P<owner>\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})[’']s\s+)"
    rf"(?P<words>(?:[\w’'.&-]+\s+){{0,4}}?)(?P<office>(?i:{_OFFICES}))\s+"
    rf"(?:(?:has|had)\s+)?(?:also\s+)?{_SAYING}\b"
    rf"|\b{_SAYING}\s+(?:an?|the|one)\s+(?P<words_after>(?:[\w’'.&-]+\s+){{0,4}}?)"
    rf"(?P<office_after>(?i:{_OFFICES}))\s*[.,;]"
)
_HEADS = re.compile(r"\b(?i:chief\s+executive|chair(?:man|woman)?|president|head|leader|CEO)\b")
_ARTICLES = frozenset(("a", "an", "the", "one", "A", "An", "The", "One"))
# How far the named holder's further remarks can be from the sentence that names them: the paragraphs of
# quotes a report gives the person it has named (further down, after other voices, the person's remarks
# are often on another matter)
QUOTED_REACH = 1500
# How far the named holder can be: the next two or three sentences, in the same paragraph or one of the
# two after it (news gives a sentence a paragraph of its own)
NAMED_REACH = 600


@dataclass(frozen=True)
class UnnamedVoice:
    """Who spoke, as far as remarks name no person: the body's capitalised words, in order ("World",
    "Health", "Organization"), the office its unnamed holder holds ("" for the body itself) and the words
    that say which office of several ("health" of "the health minister")."""

    body: tuple[str, ...]
    office: str = ""
    qualifiers: frozenset[str] = frozenset()


def _unnamed_voice(m: Mention) -> UnnamedVoice | None:
    """The voice of remarks made by a body or by an unnamed holder of one of its offices; None when the
    remarks are a named person's."""
    if _named_person(m.speaker):
        return None
    unquoted = _QUOTED.sub(" ", m.sentence.text)
    holder = _UNNAMED_HOLDER.search(unquoted)
    if holder is not None:
        words = holder.group("words") or holder.group("words_after") or ""
        office = (holder.group("office") or holder.group("office_after")).lower()
        qualifiers = frozenset(w.lower() for w in words.split() if w.islower()) - _RANKS
        return UnnamedVoice(_capitalised(f"{holder.group('owner') or ''} {words}"), office, qualifiers)
    if m.speaker and not may_be_a_person(m.speaker) and m.speaker[:1].isupper():
        return UnnamedVoice(_capitalised(re.split(r"[’']s\s", m.speaker)[-1]))
    return None


# Words of rank, which a report gives the office once and leaves out when it names the holder ("a top
# executive", then "Chief Operating Officer Ana Roe")
_RANKS = frozenset("top senior junior deputy former chief local leading acting".split())


def _capitalised(text: str) -> tuple[str, ...]:
    """The capitalised words of a name, in order, without a possessive ending or a leading article."""
    words = (re.sub(r"[’']s$", "", w) for w in re.findall(r"[A-Z][\w.&’'-]*", text))
    return tuple(w for w in words if w and w not in _ARTICLES)


def _named_person(speaker: str) -> bool:
    """Whether a speaker is a person named in full ("Ana Roe"), not a body or an office ("the minister")."""
    words = speaker.split()
    return len(words) >= 2 and may_be_a_person(speaker) and all(w[:1].isupper() for w in words)


def _office_of_named(m: Mention) -> str:
    """The office a sentence gives its named speaker, before the name ("Deputy Minister Ana Roe") or in
    apposition after it ("Ana Roe, chief scientist at the Water Board,"), "" when it gives none."""
    person = m.speaker
    if not _named_person(person):
        return ""
    text = _QUOTED.sub(" ", m.sentence.text)
    at = text.find(person)
    if at < 0:
        return ""
    before = re.split(r"[,;:.]|\b(?:said|says|told|quoted|by|and)\b", text[max(0, at - 60) : at])[-1]
    after = re.match(r",\s+([^,;:]{3,100})", text[at + len(person) :])
    role = f"{' '.join(before.split()[-5:])} {after.group(1) if after else ''}"
    return role if re.search(rf"\b(?:{_OFFICES})\b", role, re.IGNORECASE) else ""


def _body_named(body: tuple[str, ...], role: str) -> bool:
    """Whether an office names the body: all of its capitalised words, or their initials ("WHO")."""
    if not body:
        return False
    named = set(_capitalised(role))
    initials = "".join(w[0] for w in body if w.lower() not in _MINOR_WORDS)
    return set(body) <= named or (len(body) >= 2 and initials in named)


_MINOR_WORDS = frozenset(("of", "for", "the", "and", "on", "in", "to", "&"))
# An office of the body the report has just given remarks to, named again by a description, not by its
# name: "Ana Roe, the chief economist of the agency, said", "a director at the group", "the fund's chief
# economist" (lower-case words: "of the World Bank" names a body, which `_body_named` compares)
_A_BODY = (
    "agency|authority|board|group|organi[sz]ation|body|fund|bank|institute|association|commission|council|"
    "committee|programme|program|firm|company|union"
)
_BODY_AGAIN = re.compile(
    rf"\b(?:of|at|for|with)\s+the\s+(?:[a-z.-]+\s+){{0,2}}?(?:{_A_BODY})\b"
    rf"|\bthe\s+(?:[a-z.-]+\s+){{0,2}}?(?:{_A_BODY})[’']s\b"
)


def named_holder_goes_on(m: Mention, reports: Iterable[Mention]) -> bool:
    """Whether, of `m` and one of `reports` (one happening's reports), the later remarks name a person
    by an office of the body, or of the unnamed holder, whose remarks the report told just before: "The
    Water Board said supplies were safe." then "Ana Roe, the board's chief chemist at the Water Board,
    said tests showed no trace." The later remarks give no day of their own other than the earlier ones'
    and nothing sets them apart as another occasion. The person's further remarks in the report ("Roe
    said the pipes would be flushed") go on with them, whatever their order."""
    if not m.is_speech:
        return False
    mine = [x for x in reports if x.article == m.article and x.is_speech and x is not m]
    if any(_holder_named_after(m, x) or _holder_named_after(x, m) for x in mine):
        return True
    # ("Roe said" after "Ana Roe, the board's chief chemist, said", itself with the board's remarks)
    if not m.speaker or _SET_APART.match(m.sentence.text):
        return False
    return any(
        _one_person(m.speaker, x.speaker)
        and _close(m, x)
        and any(_holder_named_after(x, y) for y in mine if y is not x)
        for x in mine
    )


def _close(a: Mention, b: Mention) -> bool:
    """Whether two sentences of one report lie within the next few of each other (a person quoted further
    down, after other voices, may speak of another matter)."""
    first, second = sorted((a.sentence, b.sentence), key=lambda s: s.start)
    return second.start - first.end <= QUOTED_REACH and second.paragraph - first.paragraph <= 5


def _one_person(speaker: str, named: str) -> bool:
    """Whether a speaker is the person named in full, by the full name or the surname."""
    return bool(speaker) and _named_person(named) and speaker in (named, named.split()[-1])


def _holder_named_after(later: Mention, earlier: Mention) -> bool:
    """Whether `later` names, as the holder of an office, whoever `earlier` gave as a body or an unnamed
    office holder, within the next few sentences of one report."""
    if (
        earlier.planned != later.planned
        or not earlier.sentence.end <= later.sentence.start  # (one sentence's remarks are cut on purpose)
        or later.sentence.start - earlier.sentence.end > NAMED_REACH
        or not 0 <= later.sentence.paragraph - earlier.sentence.paragraph <= 2
        or _SET_APART.match(later.sentence.text)
    ):
        return False
    voice = _unnamed_voice(earlier)
    role = _office_of_named(later) if voice is not None else ""
    if voice is None or not role:
        return False
    own = ("explicit", "resolved")
    # (a spokesperson of the body quoted right after its remarks, with no day of their own, speaks at
    # the same occasion: "The port board said on Tuesday ..." then '"...," board spokeswoman Ana Roe said')
    speaks_for_it = (
        _next_sentence(earlier, later) and later.date_basis not in own and _spokesperson_of(voice, role)
    )
    if (
        not speaks_for_it
        and (later.date_basis in own or earlier.date_basis in own)
        and (later.date_start, later.date_end) != (earlier.date_start, earlier.date_end)
    ):
        return False  # ("The board said last week ...": remarks of another day)
    if speaks_for_it:
        return True
    offices = {w.lower() for w in re.findall(rf"\b(?:{_OFFICES})\b", role, re.IGNORECASE)}
    # (an office a body has several holders of, "a top executive", "a senior official", is held by the
    # person named next only when the report gives that person the same office: the chairman named below
    # "a leading executive said" may be another of its executives)
    same_office = voice.office in offices
    # ("the health minister said", then "Finance Minister Ana Roe said": two ministers)
    qualified = voice.qualifiers <= set(role.lower().split())
    if voice.office and same_office and qualified:
        return True
    # (a body's head speaks as much for themselves, on many matters a day, as for the body: "the company
    # said in a statement" and its chief executive's interview are two occasions, unless the head says
    # what the body said: "The fund said staff were working round the clock", then "Ana Roe, its chief
    # executive, said: 'Our staff are working round the clock'")
    named = _body_named(voice.body, role) or _BODY_AGAIN.search(role) is not None
    if not named and not (_bare_office(role) and _next_sentence(earlier, later)):
        return False
    return not (not voice.office and _HEADS.search(role)) or _says_the_same(later, earlier)


# One occasion's remarks told in two runs: a report gives a body's remarks ("the ministry said ...") and,
# a paragraph or two on, the remarks of its named officer, or the same voice again after another voice's
# aside. The pass adds each report to one happening and never joins two, so when the remarks in between
# already formed a happening of their own the two runs stay apart. A report marks another occasion: a
# sentence set apart ("Later,", "Separately,"), an interview or a broadcast ("in an interview", "on CNN",
# "told BBC Radio", "told Reuters"), or a day of its own. ("told a news conference" or "told reporters"
# is the occasion of every voice a report quotes from it.)
_ANOTHER_OCCASION = compile_for_search(
    r"\b(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?interview|interviewed\s+by|on\s+(?:[A-Z]{2,}\b|[A-Z]\w+\s+"
    r"(?:TV|Television|Radio)\b)|on\s+(?:television|radio)|told\s+(?:the\s+)?[A-Z][\w.&’'-]*\s+"
    r"(?:[A-Z][\w.&’'-]*\s+)?(?:TV|Television|Radio|programme|program|show)\b"
    # ("told Reuters", "told the Gazette": remarks to one outlet, an interview of their own)
    r"|told\s+(?:the\s+)?[A-Z][\w.&’'-]*"
    # ("Roe said afterwards that ...": remarks after the occasion)
    r"|(?:said|says|told\s+[\w-]+|added)\s+(?:afterwards|later|earlier)\b)",
)
# How far apart two runs of one occasion's remarks can lie: the next paragraphs of the report
RUNS_APART = 3


def _occasions(runs: Sequence[Mention]) -> frozenset[str]:
    """The marks of an occasion the remarks give, lower-cased ("in an interview", "told nbc")."""
    unquoted = (_QUOTED.sub(" ", m.sentence.text) for m in runs)
    return frozenset(
        " ".join(f.group(0).lower().split()) for text in unquoted for f in _ANOTHER_OCCASION.finditer(text)
    )


def one_occasion(
    first: Sequence[Mention], second: Sequence[Mention], same_voice: Callable[[Mention, Mention], bool]
) -> bool:
    """Whether two runs of one report's remarks (two happenings, each of one article) are one voice's at
    one occasion: the same voice (`same_voice`), or an officer named with the body's office
    (`_holder_named_after`), within a few paragraphs, on the same day, with nothing setting the later
    run apart as another occasion."""
    if not first or not second or first[0].article != second[0].article:
        return False
    if {m.planned for m in first} != {m.planned for m in second}:
        return False
    if not all(m.is_speech or (m.event_type == "other" and m.speaker) for m in (*first, *second)):
        return False  # (an act of no named kind a speaker tells goes with the speaker's remarks)
    if _days(first) != _days(second) and _days(first) and _days(second):
        return False  # (each run gives a day of its own, and they differ)
    if not _one_setting(_occasions(first), _occasions(second)):
        return False
    if _two_people(first, second):
        return False
    # ("Earlier, the firm said ..." is another occasion than the remarks before it and those after it)
    if any(_SET_APART.match(m.sentence.text) for m in (*first, *second)):
        return False
    for a in first:
        for b in second:
            if abs(a.sentence.paragraph - b.sentence.paragraph) > RUNS_APART:
                continue
            early, late = sorted((a, b), key=lambda m: m.sentence.start)
            if same_voice(a, b) or _holder_named_after(late, early):
                return True
    return False


def _one_setting(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two runs' marks of an occasion can be one occasion's: the same marks, or one run's marks
    among the other's, where both give some ("told Reuters" and "told Reuters in a telephone interview"
    are one interview; remarks with no mark beside an interview's may be of a briefing)."""
    if first == second:
        return True
    return bool(first) and bool(second) and (first <= second or second <= first)


def _days(run: Sequence[Mention]) -> frozenset[tuple[object, object]]:
    """The days the remarks of a run give of their own ("on Monday"), not from the report's date."""
    return frozenset((m.date_start, m.date_end) for m in run if m.date_basis in ("explicit", "resolved"))


def _two_people(first: Sequence[Mention], second: Sequence[Mention]) -> bool:
    """Whether each run's remarks are by a person named in full and the two are other people ("Ana Roe"
    and "Ben Roe"): one person's remarks, named in full once, go on by surname or office."""
    ones = {m.speaker for m in first if _named_person(m.speaker)}
    others = {m.speaker for m in second if _named_person(m.speaker)}
    return bool(ones) and bool(others) and not ones & others


# Words that tell no particular of what was said: saying, time and the commonest function words
_PLAIN_WORDS = frozenset(
    (
        "that this with from have been were their they said says will would could about after before which "
        "while there these those into over also than more other such only some when where what being "
        "told added today yesterday week month year very just because people"
    ).split()
)
# How many particular words a head's remarks share with the body's when the head says what the body said
SAME_SAYING_WORDS = 3


def _particulars(m: Mention) -> frozenset[str]:
    """The lower-case words of substance of a sentence, without the names it capitalises."""
    return frozenset(w for w in re.findall(r"\b[a-z]{4,}\b", m.sentence.text) if w not in _PLAIN_WORDS)


def _says_the_same(a: Mention, b: Mention) -> bool:
    """Whether two remarks share enough particular words to be one saying told twice."""
    return len(_particulars(a) & _particulars(b)) >= SAME_SAYING_WORDS


# A spokesperson given no body ("Spokesman Ben Roe said", "Company spokeswoman Ada Roe said"): one speaks
# for somebody, and a report that names nobody means whoever it has just quoted. (Other offices given
# bare are titles of their own: "said Commissioner Ben Roe" after a company's remarks is another voice.)
_BARE_ROLE_WORDS = re.compile(
    rf"^\s*(?:(?i:{'|'.join(sorted(_RANKS))}|company|its|the|a|an)\s+)*(?i:spokes(?:man|woman|person))\s*$"
)


def _spokesperson_of(voice: UnnamedVoice, role: str) -> bool:
    """Whether a named person's role is a spokesperson of the body whose remarks came just before, given
    by the body's own words or none ("board spokeswoman", "a Norland spokesman", "Ministry spokesman"
    after the Norland Water Board or the Interior Ministry). A spokesperson speaks only for the body, so
    the quote is the body's words at the same occasion; another office ("board chairman") may speak for
    themselves, and a spokesperson of another body ("Treasury spokesman") for that body."""
    words = role.lower().split()
    if not words or words[-1] not in SPOKESPEOPLE or voice.office:
        return False
    allowed = _RANKS | {"a", "an", "the", "its", "company", *(w.lower() for w in voice.body)}
    return all(w in allowed for w in words[:-1])


def _bare_office(role: str) -> bool:
    """Whether a named person is given as a spokesperson of no named body."""
    return bool(role.strip()) and _BARE_ROLE_WORDS.match(role) is not None


def _next_sentence(earlier: Mention, later: Mention) -> bool:
    """Whether `later`'s sentence comes right after `earlier`'s, in the same paragraph or the next."""
    return (
        0 <= later.sentence.start - earlier.sentence.end <= 3
        and 0 <= later.sentence.paragraph - earlier.sentence.paragraph <= 1
    )
