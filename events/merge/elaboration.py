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
from collections.abc import Iterable

from events.extract.entities import may_be_a_person
from events.extract.mentions import Mention
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
_DEFINITE_VOICE = re.compile(
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
