"""What plain news prose reports that the drop rules of events.extract.mentions must not take away.

Four rules there drop a sentence as no happening: a sentence with no dated act, remarks with nobody named,
a standing fact, and trivia about a birthday. Each is right for what it is for, and each also caught news
told in the plainest prose of a report: a figure lost, spent or raised in the present perfect ("The agency
has lost 12 staff"), remarks of a body named only by its name ("the magazine Tally reported"), a figure
that changed ("the toll has risen from 9 to 12"), and a birthday named beside the act the sentence tells
("The judge, a week short of her 70th birthday, retired on Friday"). Each test here is a pure question
about one sentence.
"""

from __future__ import annotations

import re

from events.extract.patterns import SUBJECT_WORDS
from events.extract.triggers import rx, rx_gated

# A figure told with its amount straight after the verb: "at least 40", "more than $940m", "a $10m",
# "2 million", "£5,000"
_FIGURE_AFTER = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to|an?\s+(?=[$£€#]))\s*)?"
    r"[$£€#]?\s?\d[\d,.]*"
)
# A report's own figure in the present perfect of its main clause: what a party has lost, spent, raised or
# begun to raise by the time of writing ("The union has lost 300 members", "The city has spent $4m so far",
# "the charity has begun a $5m appeal"). The figure makes it a count of the report's days, not a state
# ("has lost its way", "has spent years" name no amount). A clause inside a relative or a condition is no
# main clause.
_PERFECT_FIGURE_CLAUSE = (
    r"(?:(?:meanwhile|however|separately|elsewhere|also|now|so\s+far),\s+)?"
    r"(?!(?:if|when|as|while|although|though|since|because|which|that|who|once|until|unless)\b)"
    + SUBJECT_WORDS
    + r"(?:,\s[^,;:“”\"]{3,70},)?\s"
    r"(?:has|have)\s+(?:already\s+|now\s+|also\s+|so\s+far\s+)?"
    r"(?:lost|spent|raised|collected|pledged|allocated|donated|released|launched|opened|begun)\s+"
    rf"{_FIGURE_AFTER}"
)
_PERFECT_FIGURE = rx_gated("^" + _PERFECT_FIGURE_CLAUSE)
# (the same clause after ", while", matched from its offset: "^" would never meet it there)
_PERFECT_FIGURE_JOINED = rx_gated(_PERFECT_FIGURE_CLAUSE)
_SET_AGAINST = re.compile(r",\s+(?:while|whereas)\s+")


# "has spent $50m lobbying since 2000", "have raised $2bn over the past decade": a total over years is how
# things stand, no count of the report's days
_OVER_YEARS = rx_gated(
    r"\b(?:since\s+(?:the\s+)?(?:(?:early|late|mid)[\s-])?\d{4}s?|for\s+(?:many\s+)?(?:years|decades)"
    r"|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?|century))\b"
)


# "has lost 40% of its market value since the spill": what the market has taken off a company's worth is
# the running tally of its shares, no act of the company's on the report's days
_MARKET_WORTH = rx_gated(
    r"\b(?:market\s+(?:value|capitali[sz]ation|worth)|stock\s+market\s+value|share\s+value)\b"
)


def perfect_figure_report(text: str) -> re.Match[str] | None:
    """A count lost, spent or raised, told in the present perfect of the main clause with its figure
    ("The league has lost at least 30 referees this season"): news of the report's days. Also finds it
    after the "and" that joins a second main clause ("Roads are shut and the council has spent $2m"), or the
    ", while" that sets one against the first ("Unions have called strikes, while the city has spent $2m")."""
    if _OVER_YEARS.search(text) or _MARKET_WORTH.search(text):
        return None
    found = _PERFECT_FIGURE.search(text)
    if found is not None:
        return found
    for joined in re.finditer(r"\s(?:and|but)\s+(?=(?:the|a|an)\s)", text):
        found = _PERFECT_FIGURE.match(text, joined.end())
        if found is not None:
            return found
    # (", while the charity has pledged $2m": a main clause set against the one before it, whatever its
    # subject opens on; a clause after "and" is read as a clause of its own, events.extract.clauses)
    for joined in _SET_AGAINST.finditer(text):
        found = _PERFECT_FIGURE_JOINED.match(text, joined.end())
        if found is not None:
            return found
    return None


# A party that has become the first, the third or the latest of its kind to do something, in the present
# perfect of the main clause: "Chile has become the first country to ratify the treaty", "the county has
# become the third to report a case". Reaching a rank among those who have done it is an act of the report's
# days; "has become clear" or "has become a symbol" rank nothing.
_RANK = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|only|newest"
    r"|\d+(?:st|nd|rd|th))"
)
# ("has become the latest to announce it will close": what was announced is the news, told as such or not
# at all, and the rank of the announcing is none)
_SAYING = r"(?:announce|say|state|claim|warn|suggest|admit|speak|comment)"
_PERFECT_MILESTONE = rx(
    r"^(?:(?:meanwhile|however|separately|elsewhere|also|now|so\s+far),\s+)?"
    r"(?!(?:if|when|as|while|although|though|since|because|which|that|who|once|until|unless)\b)"
    + SUBJECT_WORDS
    + r"(?:,\s[^,;:“”\"]{3,70},)?\s"
    r"(?:has|have)\s+(?:now\s+|also\s+|just\s+|already\s+)?become\s+(?:the|its|their)\s+"
    rf"{_RANK}\s+(?:[\w’'-]+\s+){{0,6}}?to\s+(?:be\s+(?=[a-z]+(?:ed|en|wn|t)\b)|have\s+)?(?!be\b|{_SAYING}\b)[a-z]+"
)


def perfect_milestone(text: str) -> re.Match[str] | None:
    """A party's rank among those that have done something, told in the present perfect of the main clause
    ("The province has become the second to declare an emergency"): news of the report's days."""
    return _PERFECT_MILESTONE.search(text)


# What comes before a name that is the subject: a comma, an article, a time word, or the kind of body the
# name is of ("Earlier, the trade weekly Tally", "Meanwhile, the Greenfield cemetery")
_BODY_KINDS = (
    r"(?:magazine|newspaper|paper|weekly|daily|journal|broadcaster|network|channel|station|website|agency"
    r"|group|firm|company|charity|organi[sz]ation|body|union|institute|foundation|cemetery|hospital|studio|label"
    r"|club|band|council|bank|insurer|carrier|airline|maker|retailer|operator|regulator|watchdog)"
)
_SUBJECT_OPENS = rx(
    rf"(?:[,;:]|\b(?:the|a|an|earlier|later|meanwhile|also|today|yesterday|tonight|week|month)|\b{_BODY_KINDS})\s+$"
)
# The verbs by which a body reports ("Tally reported", "the cemetery have confirmed"); "called", "asks" or
# "urged" after a name are naming, asking or urging, no report of the body's
_BODY_REPORTS = rx(r"(?:said|says|say|reported|reports|confirmed|confirms|announced|announces|stated|wrote)")
# A body named by its name alone just before the verb of saying, not at the head of the sentence:
# "the weekly Tally reported", "Meanwhile, the Greenfield cemetery have confirmed". A name after a
# preposition ("on Monday", "in Paris") is no subject.
_NAMED_BODY_BEFORE = rx(
    r"(?<!^)(?<!\bon\s)(?<!\bin\s)(?<!\bat\s)(?<!\bby\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bfrom\s)"
    r"(?<!\bwith\s)\b(?P<body>(?-i:[A-Z][\w’'&.-]+)(?:\s+(?-i:[A-Z][\w’'&.-]+)){0,4}"
    rf"(?:\s+{_BODY_KINDS})?)\s+(?:(?:has|have)\s+)?(?:(?:also|now|already|later|then)\s+)?$"
)
# Words in capitals that name no body: the months and days, and words a sentence opens with
_NO_BODY = frozenset(
    (
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june"
        " july august september october november december earlier later meanwhile however but and he she"
        " they it"
    ).split()
)


def named_body_speaks(before_saying: str, saying: str) -> str:
    """The body named by its name alone that reports, from the words before the verb of saying and that verb
    ("Earlier, the trade weekly Tally", "reported" -> "Tally"), or "" when none is there."""
    found = _NAMED_BODY_BEFORE.search(before_saying.rstrip() + " ")
    if found is None or not _BODY_REPORTS.fullmatch(saying):
        return ""
    body = found.group("body")
    # ("the money Norland has promised", "a film called The Harbour": a name after a noun or a verb is
    # inside another clause, no subject of the sentence)
    if body.split()[0].lower() in _NO_BODY or not _SUBJECT_OPENS.search(before_saying[: found.start("body")]):
        return ""
    return body


# A figure that changed, told with where it was and where it is: "rose from 11 to 14", "has gone up from
# 300 to 450", "was revised from 90 to 120"
_FIGURE_CHANGED = rx(
    r"\b(?:rose|risen|rises|climbed|jumped|increased|grew|grown|fell|fallen|falls|dropped|decreased|revised|gone"
    r"\s+up|gone\s+down)\s+(?:[\w-]+\s+){0,3}?from\s+(?:about\s+|around\s+)?[$£€#]?\d[\d,.]*\s*\w*\s+to\s+"
    r"[$£€#]?\d"
)
# "The death toll from the cyclone has risen to 4,300": a figure that has reached a new value by the report's
# days, told in the perfect, has changed as much as one told with its old value
_FIGURE_REACHED = rx(
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:risen|climbed|jumped|increased|grown|fallen|dropped|gone\s+up"
    r"|gone\s+down|doubled)\s+(?:(?!from\b)[\w-]+\s+){0,3}?to\s+(?:about\s+|around\s+|more\s+than\s+|at\s+least\s+"
    r"|nearly\s+|almost\s+|over\s+)?[$£€#]?\d"
)


def figure_changed(text: str) -> bool:
    """Whether a sentence tells a figure moving from one value to another ("the count of the missing has
    risen from 9 to 12"): a change is news of its day, never a standing fact."""
    return _FIGURE_CHANGED.search(text) is not None or figure_reached(text)


# "... has risen to 120 in the past 18 months", "... each year has fallen to 2,000": a change over months,
# or a yearly rate, is no news of the report's days either
_OVER_MONTHS_OR_A_RATE = rx(
    r"\b(?:(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:months|years|decades)"
    r"|(?:a|per|each|every)\s+year(?!\s+(?:ago|after|earlier|later|before|since)\b))\b"
)
# a perfect before the figure's: the sentence's main verb is another deed's ("Norvik has cut its workforce
# and its debt has risen to 4 billion")
_PERFECT_BEFORE = rx(r"\b(?:has|have)\b")
# "... has risen to 52 percent, up from 41 percent in March": the old value told after the new, a change
# from-to as `_FIGURE_CHANGED` reads it
_UP_FROM = rx(r"\b(?:up|down)\s+from\b")


def figure_reached(text: str) -> bool:
    """Whether a sentence's main verb tells, in the perfect, the new value a figure has reached ("the toll
    has risen to 3,150"), not over years or months: the report's days' news."""
    # ("The town has grown to 12,000 over the past century": a change over years is a standing fact)
    found = _FIGURE_REACHED.search(text)
    return (
        found is not None
        and not _PERFECT_BEFORE.search(text, 0, found.start())
        and not _UP_FROM.search(text, found.end())
        and not _OVER_YEARS.search(text)
        and not _OVER_MONTHS_OR_A_RATE.search(text)
    )


def act_beside_trivia(text: str, trivia: re.Match[str], acts: list[re.Match[str]]) -> bool:
    """Whether an act the sentence tells lies outside the stretch between commas that holds the trivia
    ("The actor, a week shy of his 60th birthday, collapsed on stage": the collapse stays; "She turned 40
    on Saturday" holds nothing else)."""
    start = max(text.rfind(",", 0, trivia.start()), text.rfind(";", 0, trivia.start())) + 1
    ends = [i for i in (text.find(",", trivia.end()), text.find(";", trivia.end())) if i >= 0]
    end = min(ends) if ends else len(text)
    return any(not (start <= act.start() < end) for act in acts)


# A name, then a relative clause about it left open up to the verb of saying: "Jane Roe, who chaired the
# inquiry said ..." (the closing comma missing, as copy often has it)
_NAME_THEN_WHO = rx(r"^(?P<name>(?-i:[A-Z])[^,;:“”\"]{1,60}?),\s+who\s+[^,;:“”\"]+?\s*$")


def speaker_before_relative_clause(before_saying: str, names: set[str]) -> str:
    """The person or body named at the head of the sentence whose relative clause runs up to the verb of
    saying ("Jane Roe, who chaired the inquiry said ..." -> "Jane Roe"), when the name is one of `names`
    (the sentence's named actors) or is written as a name; "" otherwise."""
    found = _NAME_THEN_WHO.match(before_saying)
    if found is None:
        return ""
    name = found.group("name")
    known = next((n for n in sorted(names, key=len, reverse=True) if name.endswith(n)), "")
    # ("Reverend Jane Roe", a name no list holds: two or more words in capitals are one; "Officials" is not)
    return known or (name if _PROPER_NAME.fullmatch(name) else "")


_PROPER_NAME = rx(r"(?-i:[A-Z][\w’'.-]+)(?:\s+(?-i:[A-Z][\w’'.-]+)){1,4}")

# A quotation closed, then its speaker's name and who they are set off by commas, up to the verb of saying:
# '"We will appeal," Jane Roe, deputy head of the commission, said'. The name is the speaker; what the
# commas hold describes them. Someone described as one of a kind ("a lawyer specialising in energy", "an
# analyst at a bank", "a shopkeeper") or by a relative clause ("who lives by the river") is an outside
# voice, comment or colour, and is left to the rules of those; a body's spokesman or official speaks for it.
_QUOTE_THEN_NAME_AND_ROLE = rx(
    r"[”\"]\s+(?P<name>(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){1,3}),\s+"
    r"(?P<role>(?!(?:who|whose|which)\b)(?:(?-i:[a-z])(?<!\ba)(?<!\ban)|the\s|an?\s+(?=(?:senior\s+|chief\s+)?(?:spokes\w+|official"
    r"|representative|minister|member\s+of)\b)|(?-i:[A-Z][a-z]*\s+(?-i:[a-z])))[^,;:“”\"]{2,90}?),\s*$"
)


def speaker_after_quotation(before_saying: str) -> str:
    """The speaker named after the quotation they spoke, with who they are set off by commas, from the words
    before the verb of saying ('"...," Jane Roe, head of the port authority,' -> "Jane Roe"); "" when the
    words are not so."""
    found = _QUOTE_THEN_NAME_AND_ROLE.search(before_saying)
    if found is None or found.group("name").split()[0].lower() in _NO_BODY:
        return ""
    return found.group("name")
