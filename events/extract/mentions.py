"""Body sentences -> mentions: what happened (event type), who, where, how many, and when.

A mention is one sentence's report of a happening. Merging (events.merge) turns the mentions of all
articles into events. Rules here are about English news prose in general: reported speech ("X said on
Tuesday that ..."), attribution ("according to ..."), tense and modality.

This module is the orchestration: `extract_mentions` reads each sentence of an article into a draft
(`_analyse`: its type, speaker, clause and own date, or no draft when the sentence tells no happening),
then passes over the drafts together (a pronoun's speaker, a quotation that goes on, a lead's day, a poll
told over several sentences) and settles each draft's date into a `Mention` (`_settle_date`). The
questions it asks are answered below it, each module importing only those before it:

    triggers     which words name a happening, of which type; the verbs of saying
    draft        `Draft`, a sentence's reading before its date is settled
    speakers     who said it: named, titled, collective and unlisted speakers, pronoun antecedents
    clauses      a sentence's shape: clause bounds, independent clauses, asides, relative clauses
    background   whether a sentence tells a happening at all, or a state, a view, what might be
    happenings   happenings a sentence names beside its own, and dates that name a thing
    dating       a sentence's own date, and the date a draft takes from its report
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from events.extract.acts import (
    instruction_in_perfect,
    news_in_remarks,
    own_deed_ahead,
    own_people_act,
    reported_passive_act,
    told_as_its_own,
    trip_told_with_remarks,
    trip_verb,
    words_given,
)
from events.extract.background import (
    EXPECTATION,
    EXPLAINS,
    FORECAST,
    FORESEEN,
    OWN_ACT,
    PAST_TENSE,
    PERFECT,
    PLANNING,
    PRESENT_SPEECH,
    SCHEDULED_POSSIBILITY,
    UNREAL,
    act_over_topic,
    chronology_entry,
    company_history,
    definition,
    describes_only,
    explanation_or_state_of_mind,
    figurative,
    foreseen_for_a_day,
    held_since,
    history_named_by_its_year,
    in_scene,
    inside_a_quotation,
    irregular_perfect_act,
    is_hypothetical,
    lead_of_its_days,
    main_perfect_act_over_asides,
    measure_only_named,
    only_a_feeling,
    perfect_act_match,
    quoted_view,
    record_described,
    remark_marked_earlier,
    reported_act,
    result_on_the_scene,
    scene_without_verb,
    since_phrase,
    speaks_in_the_present,
    standing_state,
    tells_own_act,
    then_against_now,
    told_by_its_writer,
    toll_not_told,
    writer_narrates,
    writers_own_voice,
)
from events.extract.budget import Budget, bounded_sentences
from events.extract.clauses import (
    DAY_AFTER_NOUN,
    MIN_CLAUSE_WORDS,
    OPENING_NAME,
    OPENING_PHRASE,
    PAST_ONLY,
    RELATIVE_CLAUSE,
    SUBJECT_MAX_WORDS,
    comma_aside_spans,
    first_trigger,
    in_participle_phrase_after,
    in_relative_after,
    in_subject_relative,
    independent_clauses,
    irregular_past_tells,
    lost_subject,
    opening_participle,
    second_subject_clause,
    shifted_entity,
    title_clause,
    told_in_the_past,
    unless_in_a_relative_clause,
    what_was_said,
    with_subject,
    without_asides,
)
from events.extract.coreference import (
    PERSON_REACH,
    EarlierSentence,
    described_as,
    described_by_job,
    office_holders,
    office_speaker,
    one_name_per_speaker,
    people_named_by_form,
    person_named_before,
)
from events.extract.corpus import Article, Sentence, run_in_caption
from events.extract.dates import (
    DateMention,
    arranged_ahead,
    dates_naming_a_time,
    find_dates,
    set_for_its_day,
)
from events.extract.dating import (
    ASIDE_TIME_WORD,
    ASKS_IF,
    BYSTANDER_ACTS,
    CAME_AS,
    CAREER_STEP,
    DEMEANOUR,
    DEMEANOUR_ACT,
    EARLIER_TIME_OPENER,
    EDITORS_NOTE,
    NAMED_CLOSING,
    PARTICIPLE_ASIDE,
    REPORTING,
    SAYING_TO_DATE,
    SET_OFF_RELATIVE,
    STATE_OF_AFFAIRS,
    UNNAMED_CROWD,
    act_under_way,
    after_another,
    after_clause_dated,
    announced_ahead_in_saying,
    before_the_saying,
    closest_date,
    commits_itself,
    comparison_base,
    context_date,
    count_then_after,
    counted_back,
    counted_since_clause,
    dash_aside_spans,
    dated_asides,
    dated_clauses,
    dates_of_the_saying,
    dates_the_subject,
    deadline_ahead,
    declares_a_change,
    directed_ahead,
    earlier_than_above,
    earlier_time_clause,
    expert_says,
    future_denied,
    happening_dated_before,
    having_done,
    in_free_relative,
    in_habitual_relative,
    in_opening,
    in_reduced_relative_said,
    in_supposed_scene,
    institution_acted,
    is_lead,
    joined_act,
    lead_act,
    lead_day,
    made_thing_dated_below,
    news_said,
    offset_before_news,
    outlet_reason,
    past_deed_act,
    perfect_clause_past_date,
    plan_ahead_act,
    plan_called_off,
    plan_main_clause,
    plan_overtaken,
    plan_undone,
    planned_in_what_was_said,
    progressive_main_clause,
    quoted_date,
    quoted_on,
    release_of_document,
    running_count,
    said_in_the_lead,
    said_of_the_future,
    since_dates_the_act,
    since_when_clause,
    span_text,
    story_day,
    story_time_carried,
    struck_by_nature,
    supposed_scenes,
    told_before_its_time,
    undated_background,
    weekday_paper,
    weekdays_joined,
    whole_quote_unspoken,
)
from events.extract.draft import Draft
from events.extract.entities import (
    COLLECTIVE_SPEAKERS,
    Entity,
    Gazetteer,
    article_country,
    country_name,
    may_be_a_person,
    names_a_firms_home,
    names_a_person,
    speaks_of_the_world,
    takes_the_reports_country,
    told_of_the_world,
    where_a_reporter_is,
)
from events.extract.firms import firms_homes, home_of_business
from events.extract.happenings import (
    COUNTED_BACK_OPENING,
    HAPPENING_BEFORE_DATE,
    HAPPENING_THEN_DATE,
    announced_acts,
    bare_draft,
    bare_happening_after,
    begun_since,
    counted_from_named,
    dates_a_happening_told_of,
    dates_a_named_happening,
    fmt,
    follows_a_named_happening,
    listed_dates,
    meeting_asked_for,
    named_happenings,
    names_a_thing,
    names_a_thing_after_preposition,
    names_the_object,
    past_be,
    possessive_names_another_happening,
    possessive_subject_of_a_passive,
    year_names_another_happening,
)
from events.extract.noise import (
    according_to_reports,
    analysts_estimate,
    at_that_time,
    case_argued,
    commentary_page,
    compared_happening,
    compared_opening,
    crowd_feeling_only,
    dots_between_sentences,
    earlier_done_at,
    figure_of_a_year,
    journalist_tells,
    judgement_at,
    life_began,
    onlookers_at,
    onlookers_verb_end,
    onlookers_view,
    only_a_non_answer,
    only_a_question,
    open_question_asked,
    outlet_journalists,
    poll_finding,
    polls_in_general,
    pollster,
    routine,
    said_to_have,
    sources_foretell,
    sourcing_note,
    standing_position,
    to_the_reader,
    told_before,
    trails_off,
    unattributed_reports,
    verdict_on_a_days_happening,
    works_titles,
    writer_in_first_person,
)
from events.extract.patterns import DEADLINE_AFTER, DEADLINE_BEFORE, OFFICE_CHANGE, ScannedPattern
from events.extract.plain_reports import (
    act_beside_trivia,
    figure_changed,
    figure_reached,
    named_body_speaks,
    perfect_figure_report,
    perfect_milestone,
    speaker_after_quotation,
    speaker_before_relative_clause,
)
from events.extract.quantities import Figure, find_figures
from events.extract.reference import (
    PRONOUN_CHAIN,
    opening_pronoun,
    referent_looking_back,
    subject_pronoun_opening,
)
from events.extract.speakers import (
    BODY_MODIFIERS,
    CLOSING_VOICE,
    DOCUMENT_NOUNS,
    DOCUMENT_VOICE,
    FINITE_VERB,
    NEWS_OUTLET,
    NOT_A_NAME,
    PASSIVE_BEFORE,
    PLURAL_VOICE,
    PRONOUN_SUBJECT,
    QUOTATION_OPENS,
    QUOTE,
    a_paper,
    acting_body,
    acting_country,
    addressed,
    aged_surname,
    agent_named,
    agent_named_alone,
    an_outlet,
    answers_a_charge,
    business_named,
    business_subject,
    bystander_surnames,
    colour_speaker,
    commentary,
    commentator_speaks,
    commentator_surnames,
    country_speaks,
    court_speaks,
    document_voice,
    find_speaker,
    firm_named_before,
    known_by_hometown,
    name_line_before,
    named_in_quotation,
    named_in_the_charge,
    own_reporter,
    owner_named,
    possessive_named,
    pronoun_antecedent,
    pronoun_named,
    refused_to_say,
    relative_antecedent,
    set_apart_spans,
    someone_else_spoke,
    speaker_described,
    speaker_of_gender,
    speaker_opens_clause,
    speaker_phrase,
    speaker_relative_clauses,
    speech_in,
    state_speaks,
    the_company_named,
    writes_in_a_paper,
    written_to,
)
from events.extract.triggers import (
    OFFENSIVE,
    SPEECH,
    SUBSTANCES,
    TRIGGERS,
    Trigger,
    possible_families,
    rx,
    rx_gated,
)
from events.extract.vocabulary import (
    DAY_OF_SAYING,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    RELEASES,
    SAME_AS_THE_PRESENT,
    alternatives,
)
from events.schema import SPEECH_EVENT_TYPES as SPEECH_TYPES
from events.schema import TITLE_MAX

# "Rights groups welcomed the verdict", "Portugal condemned the coup": a reaction to a happening is remarks
# about it, not the happening.
_REACTION = rx(
    r"\b(condemn(ed|s)|welcom(ed|es)|prais(ed|es)|criti(ci[sz]ed|ci[sz]es)|hailed|slammed|deplored|regretted|applauded"
    r"|took\s+note\s+of|reacted\s+to|responded\s+to)\s+(the\s+|this\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?([\w’'-]+\s+){0,3}$"
)
# A verb of reaction: "hailed", "welcomed", "condemned"
_REACTION_VERB = rx(
    # (not the adjective of "its much-criticised chief")
    r"(?<!-)\b(condemned|welcomed|praised|criti(ci[sz]ed)|hailed|slammed|deplored|applauded|denounced|lauded|thanked"
    r"|congratulated)\b"
)
# ... as a participle after an auxiliary: "has been criticised", "have strongly condemned"
_AUXILIARY_BEFORE = rx(r"\b(has|have|had|been|be|being|is|are|was|were)\s+(\w+ly\s+)?$")
# ... or set off at the start or after a comma, when an agent, a role or a comma follows it: "The law,
# widely criticised by unions, ...", "Praised as a model, the scheme ...". Without what follows, "Norway
# welcomed the truce" (an adverb's "-ly" in the country's name) and "The mayor, 54, condemned the attack"
# would read as participles
_SET_OFF_BEFORE = rx(r"(^|,)\s*(\w+ly\s+)?$")
_PARTICIPLE_AFTER = rx(r"\s*(,|by\b|as\b|for\b)")


def _reaction_said(text: str) -> bool:
    """Whether a verb of reaction stands in the simple past ("The minister hailed the vote", "the mayor
    strongly condemned the attack"), not as a participle ("has been criticised")."""
    return any(
        _AUXILIARY_BEFORE.search(text, 0, found.start()) is None
        and (
            _SET_OFF_BEFORE.search(text, 0, found.start()) is None
            or _PARTICIPLE_AFTER.match(text, found.end()) is None
        )
        for found in _REACTION_VERB.finditer(text)
    )


# Words that make remarks a claim about others rather than a statement; nouns like "the allegations"
# only refer to somebody else's claim ("declined to comment on the allegations").
CLAIM_WORDS = rx_gated(
    r"\b(claimed(?!\s+(\S+\s+){0,2}(victims?|lives|life)\b)|claims\s+that|made\s+the\s+claim"
    r"|expanded\s+on\s+its\s+claim|alleged|alleging|accused|accusing"
    r"|asserted|identified|aware|intelligence\s+(showed|indicates|shows|has)|believed\s+to\s+be)\b"
)
# A body's results put out: "reported a record loss", "posted higher quarterly profit", "reported net
# income of $2bn" (a figure noun the verb takes as its object, not a clause of what was said)
_RESULTS_PUT_OUT = rx(
    r"(?:reported|posted)\s+(?:an?\s+|its\s+|their\s+|his\s+|her\s+)?"
    # (the words before the noun describe it: "reported on Thursday that its profit rose" is a saying)
    r"(?:(?!(?:that|on|in|at|by|for|from|with|after|before|when|while|which|who|it|its|their|this|last)\b)"
    r"[\w%$£€.,-]+\s+){0,4}?"
    r"(?:profits?|loss(?:es)?|earnings|revenues?|sales|results|net\s+income|surplus|deficit|turnover)\b"
    # ("reported losses to the police", "reported sales of the drug to the agency": told to someone, words)
    r"(?![^,;.]{0,40}\bto\s+(?:the\s+)?(?:police|authorities|regulators?|agency|ministry)\b)"
)
# "beat", whose past is its present: past after a named subject, with an object and a day gone by
_BEAT_DONE_TO = re.compile(r"^(?:[A-Z][\w’'.&-]*\s+){1,4}beat\s+(?:[A-Z]|(?:the|an?|his|her|their|its)\s)")


def _past_by_its_day(text: str, date: DateMention) -> bool:
    """ "City beat United 2-0 on Saturday": a deed told in the one form its past shares with its present,
    past by the day gone by that dates it ("The drummers beat the drums every Saturday" is no day gone by)."""
    return date.tense == "past" and date.precision == "day" and _BEAT_DONE_TO.match(text) is not None


_NEGATED = rx(
    r"\b(not|never|no|without|stopped\s+short\s+of|refrain(ed)?\s+from|declined\s+to)\s+(\w+\s+){0,6}$"
)
_TIMETABLE_PRESENT = rx(
    r"\b((re)?opens|closes|begins|starts|resumes|ends|expires|convenes|arrives|departs|meets|votes"
    r"|go(es)?\s+out|takes?\s+place|kicks?\s+off|gets?\s+under\s*way)\s+(on|at|in|next|this|later)\b"
)
# ("The chief executive steps down in three weeks", "Marin takes over next month": a change of office set
# for a day ahead is told in the timetable's present too, when someone holds the office: "Rain takes over on
# Sunday" tells the weather, `_office_changes_hands`)
_OFFICE_CHANGE_PRESENT = rx(rf"\b(?:{OFFICE_CHANGE}|stands\s+down|retires)\s+(on|at|in|next|this|later)\b")
_OFFICE_WORDS = (
    r"(?:head|chief|chair(?:man|woman|person)?|president|director|leader|manager|coach|minister|governor"
    r"|executive|editor|captain|secretary|commissioner|mayor|premier|chancellor|boss)"
)
_OFFICE_HOLDER = rx(rf"\b{_OFFICE_WORDS}\b")
# the office named after the verb: "takes over on Monday as head of the port", "as its new chief executive"
_AS_OFFICE_HOLDER = rx(rf"[^.;]*?\bas\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+\s+)?{_OFFICE_WORDS}\b")
# A plan told as what is likely or at hand: "Shops are likely to reopen on Friday", "The rebels are poised to
# sign the accord on Saturday", "Crews are ready to start pumping on Monday": with a day ahead it is as
# planned as "will" ("is likely to be costly", "are likely to stay shut" foresee a state, and no act)
_PLAN_AT_HAND = rx(
    # ("a storm tearing through, as is likely to happen in November": "as" and "what" stand for no subject)
    r"(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bthere\s)(?<!\bas\s)(?<!\bwhat\s)\b(?:is|are)\s+(?:(?:also|now|still|\w+ly)\s+)?(?:likely|poised|about|ready|on\s+(?:course|track))\s+to\s+"
    r"(?!(?:remain|stay|become|continue|keep|last|take\s+(?:years|months|weeks|time))\b)"
    r"(?!be\s+(?!(?:\w+ly\s+)?\w+(?:ed|en)\b))[a-z]+"
)


def _plan_at_hand_for_a_day(text: str, dates: Sequence[DateMention]) -> bool:
    """Whether `text` tells a plan as likely or at hand (`_PLAN_AT_HAND`) with a day, a week or a month
    ahead among `dates`: a planned happening, not the writer's guess ("Shops are likely to reopen on
    Friday"; "Prices are likely to rise next month" foresees a figure)."""
    return (
        _PLAN_AT_HAND.search(text) is not None
        and not FORECAST.search(text)
        and any(
            d.tense == "future" and d.value != "PRESENT_REF" and d.precision in ("day", "week", "month")
            for d in dates
        )
    )


# An opening that awaits a step with its day ahead, before a main clause of what it allows: "When the bypass
# is finished next month, lorries could use it", "Once the pipeline opens in May, the town will get its gas".
# The opening is told in the present (of a state reached or a timetable); one in the past ("When the dam
# burst in May, ...") tells a happening gone by, and is dated as such.
_AWAITING_OPENING = rx(
    r"^(?:(?:but|and|yet),?\s+)?(?:when|once|as\s+soon\s+as)\s+(?P<clause>[^,;:“”\"]{3,140}?),\s+"
    r"[^;:“”\"]{2,120}?\b(?:will|could|can|would|should|may|might|(?:is|are)\s+(?:due\s+)?to)\s"
)
_PRESENT_OF_A_STEP = rx(
    r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:finished|complete|completed|ready|done|in\s+place|built|installed|open"
    r"|opened|operational|repaired|restored|fixed|sealed|signed|approved|passed|over)\b"
    r"|\b(?:(?:re)?opens|begins|starts|ends|arrives|resumes|finishes|takes\s+effect|comes\s+into\s+force"
    r"|goes\s+into\s+effect|takes\s+office)\b"
)


def awaited_in_opening(text: str, mention: DateMention, offset: int = 0) -> bool:
    """Whether `mention` (in a text of which `text` starts at `offset`) dates an opening "when" clause that
    awaits a step told in the present (`_AWAITING_OPENING`): that step is planned for the mention's day."""
    opening = _AWAITING_OPENING.match(text)
    if opening is None or not (opening.start("clause") <= mention.start - offset < opening.end("clause")):
        return False
    clause = opening.group("clause")
    return _PRESENT_OF_A_STEP.search(clause) is not None and not re.search(
        r"\b(?:was|were|had|did)\b", clause, re.IGNORECASE
    )


# What a year ahead holds that is no act: a state foreseen ("next year will be a lean one for the mills"), a
# belief or a rumour ("it is likely that the region will enter next year in debt", "rumours that the mill will
# close next year"), a question
_STATE_AHEAD = rx(
    r"\b(?:rumou?rs?|speculation|fears?|hopes?|talk|worries|concerns?|doubts?)\s+that\b"
    # ("Most growers agree that few apricots will be picked next year": a view of what is to come)
    r"|\b(?:agrees?|believes?|thinks?|expects?|predicts?|fears?|doubts?|warns?|suggests?)\s+(?:that\s+)?"
    r"(?:[\w’'-]+\s+){0,6}?(?:will|would|won[’']t)\b"
    r"|\b(?:will|won[’']t|would)\s+(?:not\s+)?(?:be|become|remain|stay)\s+(?!(?:\w+ly\s+)?(?:\w+ed|\w+en|held|built|sent|set|made|paid)\b)"
    r"|\b(?:it\s+is|it[’']s)\s+(?:\w+ly\s+)?(?:un)?likely\b|\bquestion\b|\?"
)


# Words of a plan a year ahead may date: someone's plan, timetable or expectation, never a bare "will",
# which as often foretells a trend ("The virus will spread to more provinces next year") or a forecast ("is
# on track to miss its target in 2030")
_PLAN_WORDED = rx(
    r"\b(?:(?:is|are)\s+(?:not\s+)?(?:(?:also|now|still)\s+)?(?:due|set|scheduled|slated|expected|planned|poised|"
    r"ready|to\s+be)\b|plans?\s+to|aims?\s+to|intends?\s+to)"
)

# "Lena Ostrova will leave the bank at the end of the year", "Norvik will open two mills next year": "will"
# with a verb of a deed, its doer a person or body named at the sentence's start, is a plan for the year
# ahead as "is due to" is. Deed verbs only, from a short list: "Norvik will post a loss next year", "China
# will overtake Germany", "Farmers will plant less wheat" foretell, and a noun opening ("Investors") names
# no party. (An adverb may stand before the verb: "will formally step down".)
_WILL_DO = rx(
    r"\b(?:will|shall)\s+(?:(?:also|then|now|formally|[a-z]+ly)\s+)?(?:leave|step\s+down|resign|retire|tour"
    r"|open|launch|hold|host|stage|visit|sign|release|unveil|quit|close)\b"
)

# (the whole name, whatever follows it: "Lena Ostrova, the bank's head of lending, will ...")
_OPENING_WORDS = re.compile(OPENING_NAME + r")")


def _party_opens(sentence: Sentence, dates: list[DateMention], entities: list[Entity]) -> bool:
    """Whether a person or body named opens the sentence: an actor the lists know, or a name of two words or
    more ("Lena Ostrova"). A single capitalised word may be any noun that opens a sentence ("Investors",
    "Farmers"); a time is no party ("In May they will ...")."""
    if any(e.kind == "actor" and e.start == sentence.start for e in entities):
        return True
    named = _OPENING_WORDS.match(sentence.text)
    return (
        named is not None
        and len(words := named.group("name").split()) >= 2
        and words[0].lower() not in NOT_A_NAME
        and not any(sentence.start <= d.start < sentence.start + named.end("name") for d in dates)
    )


def _year_planned(text: str, mention: DateMention, offset: int = 0) -> bool:
    """Whether `mention` is a year ahead (or a part of one) that dates an act of its own sentence (`text`,
    which starts at `offset`), not a noun's ("next year's harvest") nor a state or a belief foreseen."""
    return (
        mention.precision == "year"
        and mention.tense == "future"
        # ("which will fall due for repayment in 2031.": a piece cut from a sentence has lost its subject)
        and text[:1].isupper()
        and not text.startswith(("'s", "’s"), mention.end - offset)
        and not _STATE_AHEAD.search(text)
        and not EXPECTATION.search(text)
    )


# A thing kept, in the passive progressive, for a step to come on a day ahead: "The wreck is being kept in a
# hangar for tests in March", "The engine is being held at a navy yard to await inspection next month". The
# step is planned for that day (the keeping is a standing state, the step the news)
_KEPT_FOR_A_STEP_AHEAD = rx(
    r"\b(is|are)\s+(now\s+|still\s+)?being\s+(kept|held|stored|housed|parked|guarded)\b[^.;:“”\"]{0,120}?"
    r"\b(to\s+await|awaiting|pending|for)\s+"
    r"(an?\s+|the\s+|its\s+|their\s+)?([\w-]+\s+){0,2}?$"
)
# A deadline given: "Farmers have until 14 December to apply", "The firm has been given until Friday to
# respond". The day is when the act is due, planned for it; a deadline that has passed ("had until") and one
# with no act to do by it ("have until the end of the year", a span of time) are not read (see
# patterns.DEADLINE_BEFORE)
_DEADLINE_BEFORE = rx(DEADLINE_BEFORE)
_DEADLINE_AFTER = rx(DEADLINE_AFTER)


def _office_changes_hands(text: str, entities: Sequence[Entity], offset: int) -> bool:
    """Whether a sentence tells an office changing hands on a day ahead ("Ivo Marin takes over on Monday",
    "The chief executive steps down next month"): its subject is a person the entity finder knows, a full
    name or an office-holder, or the office is named after it ("takes over on Monday as head of the port")."""
    found = _OFFICE_CHANGE_PRESENT.search(text)
    if found is None:
        return False
    subject = text[: found.start()]
    return bool(
        _OFFICE_HOLDER.search(subject)
        or _AS_OFFICE_HOLDER.match(text, found.end())
        or any(e.kind == "actor" and 0 <= e.start - offset < found.start() for e in entities)
        # (a person's full name the lists may not know, "Renata Kovac"; a lone capital opens any sentence)
        or re.fullmatch(r"(?:[A-Z][\w'’.-]+\s+)+[A-Z][\w'’-]+,?\s+", subject) is not None
    )


def _deadline_set(text: str, date: DateMention, offset: int) -> tuple[re.Match[str], re.Match[str]] | None:
    """Where a day closes a deadline given for an act, "have until <day> to <verb>": the words that give it
    and those of the act due, or None."""
    if date.precision != "day":
        return None
    given = _DEADLINE_BEFORE.search(text[: date.start - offset])
    due = _DEADLINE_AFTER.match(text, date.end - offset) if given is not None else None
    return (given, due) if given is not None and due is not None else None


_PLUPERFECT = rx(r"\bhad\s+(already\s+|been\s+)?\w+(ed|en)\b")
# Who fights: a count of them told by one side is its claim about the war ("the ministry said 300 mercenaries
# were among them"); a count of people in general is a figure reported ("officials said 1,200 people sought
# care": a statement, or the happening the count is of). `quantities` folds fighters, recruits and mercenaries
# into its kind "people", so they are picked out again here; militants, rebels and insurgents keep a kind of
# their own there
_FIGHTING_HEADS = frozenset(("fighters", "mercenaries", "recruits", "militants", "rebels", "insurgents"))
# The sides of a dispute ("the rebel spokesman", "the union", "the opposition"), whose count of people is
# their case against another side ("10,000 were starving"); a government is one only where a side is named
_SIDES = (
    r"(rebels?|opposition|unions?|party|parties|army|military|militants?|insurgents?|junta|regime|protesters?"
    r"|strikers?|separatists?|campaigners?|activists?"
    # (a crowd's own organisers, or the protest itself: "Organisers said 40,000 joined", "the march"; the
    # month, "in March", is no side)
    r"|organi[sz]ers?|protests?|(?-i:march(es)?)|rall(y|ies))"
)
# A count given as less or more than another's ("only 2,000", "fewer than 300", "as many as 40,000"): a figure
# set against another side's, a claim
_HEDGED_COUNT = rx(
    r"\b(only|merely|under|fewer\s+than|less\s+than|as\s+many\s+as|as\s+few\s+as|no\s+more\s+than)\s+"
    r"(some\s+|about\s+)?\d"
)
# ... as the speaker (the last words before the verb of saying)
_A_SIDE_SPEAKS = rx(rf"\b{_SIDES}(\s+[\w’'-]+){{0,3}}\s*$")
# ... or named by what is said ("the government said fewer than 300 came to the opposition rally")
_A_SIDE_NAMED = rx(rf"\b{_SIDES}\b")
# A count that lays the fault on another party or its act: "lost their jobs because of the firm's decision",
# "were starving because of the army blockade" ("because of smoke" blames no one)
_COUNT_BLAMES = rx(
    r"\b(because\s+of|due\s+to|as\s+a\s+result\s+of|owing\s+to|caused\s+by|blamed\s+on)\s+(the\s+|an?\s+|its\s+"
    rf"|their\s+)?([\w’'-]+\s+){{0,2}}?({_SIDES}|government|authorities|police|troops|company|firm|ministry|council"
    r"|management|[\w-]+[’']s|blockade|siege|sanctions|decision|policy|policies|closure|ban|cuts)(?!\w)"
)


def _fighting_count(figure: Figure) -> bool:
    """Whether a figure counts soldiers, fighters or the fallen, whose number one side's word is a claim."""
    if figure.kind in ("troops", "casualties"):
        return True
    return bool(figure.counts) and figure.counts.split()[-1].lower() in _FIGHTING_HEADS


# A speaker given with an age ("Jane Roe, 58,") is a member of the public quoted for colour.
_VOX_POP = rx(
    r"\b(said|says|told\s+\w+)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3},\s*\d{1,3}\s*,|[A-Z][a-z]+,\s*\d{1,3},\s*(said|says)\b"
)


# Onlookers and crowds named only as such (a family speaks for a party to the story, and stays)
_CROWD_VOICE = rx(
    r"(?:(?:some|many|other|local|several)\s+)?(?:witnesses|residents|neighbou?rs|locals|villagers|onlookers"
    r"|bystanders|fans|mourners|passengers|passers-?by)"
)


_LEGAL_PAPERS = (
    r"(complaint|lawsuit|suit|indictment|affidavit|charge\s+sheet|court\s+(papers|documents|filings?)|filing"
    r"|petition|writ)s?"
)
# The paper is what speaks: "The lawsuit says", "Mr Roe's complaint seeks damages and alleges"
_LEGAL_PAPER_SPEAKS = rx_gated(rf"^(?:[\w’'.-]+\s+){{0,3}}?{_LEGAL_PAPERS}\b(?:[^,;]|,\d){{0,80}}$")
_ACCORDING_TO_PAPERS = rx_gated(
    rf"\baccording\s+to\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:[\w-]+\s+)?{_LEGAL_PAPERS}\b"
)
# the first body paragraph (they count from 1): the lead, which tells the report's news
LEAD_PARAGRAPH = 1
# Someone quoted for what they know, not for what they did: "Jane Roe, a professor of marine science",
# "an infectious disease expert", "virologist Tom Hale"
_EXPERT = re.compile(
    r"\b(?i:professors?|experts?|scientists?|researchers?|academics?|lecturers?|economists?)\b"
    r"|\b[A-Za-z]+ologists?\b"
)
# '"Operation Harvest" began on Tuesday', '"Sea Star" is now drilling': a short name in quotation marks opens
# the sentence, which goes on in the writer's words, not a quotation left open from the sentence before
_QUOTED_NAME_OPENS = re.compile(r"[\"“‘](?:[A-Z][\w’'-]*\s?){1,4}[\"”’]\s+(?=[a-z])")
# a claim made light of, which the denial trigger reads as a denial
_MADE_LIGHT_OF = rx(r"(play\w*\s+down|downplay)")
_SPECULATION = rx(r"\b(could|might|may)\b|[“\"]\s*if\b|^if\b")
_CASE_STANDS = rx(
    r"\b(is|are)\s+(still\s+|now\s+|also\s+)?(charged|accused|suspected|wanted|held|detained|jailed|imprisoned"
    r"|on\s+trial|in\s+custody)\b"
)


# The agent of a passive: "was criticised by the opposition"
_BY_AGENT = rx(r"\s+by\s+\S")
# ", the government said." closing a sentence: what comes before is what was said
_ATTRIBUTION_CLOSES = rx(r",(?:[\"”’]|'')?\s+[^,]{1,60}\b(said|says|added|explained|noted)\b[^,]{0,40}$")
# "was widely criticised", "has been condemned" with nobody named to have done it
_PASSIVE_REMARKS = rx(
    r"\b(was|were|is|are|been|being)\s+(\w+ly\s+)?(criti(ci[sz]ed)|condemned|praised|welcomed|hailed|slammed"
    r"|ridiculed|mocked|questioned|attacked)\b(?!\s+(\w+\s+){0,3}?by\b)"
)


# A public mood that rises or turns: "Fears that ... flared", "attention was turning to the coast"
_MOOD = rx(
    r"(?:^|,\s+)(?:the\s+|public\s+|growing\s+|new\s+)?(?P<mood>fears?|concerns?|worries|hopes?|anger|frustration"
    r"|attention|optimism|pessimism|jitters|speculation|anxiety|sentiment|unease)\b[^,;]{0,90}?\b(flared|grew|mounted"
    r"|rose|eased|faded|shifted|intensified|deepened|receded|(was|were)\s+(turning|growing|mounting|rising|shifting)"
    r"|ran\s+high|turned\s+to)\b"
)


# A sentence that opens by judging the day or the scene with a copula: "It was an interesting day at the
# trial", "Every day is a lottery in the courtroom", "This is a story of ..."
_SCENE_SETTING = rx(
    r"^(?:but\s+|and\s+)?(?:it|this|that|every\s+\w+)\s+(?:is|was|'s|’s|has\s+been|had\s+been)\s+(?:a|an)\s"
)


# An age reached or a birthday: "She turned 40 on Saturday", "his 80th birthday" are trivia ("police turned
# 200 protesters back": a number then its noun is no age)
_BIRTHDAY = rx(
    r"\b(turned|turns|turning)\s+\d{1,3}(\s+years?\s+old)?(?=\s*([.,;]|$|(on|last|this|in|at|today|yesterday)\b))"
    r"|\bbirthdays?\b"
    # "marked the big 4-0", "hits the big five-oh": a round birthday in the idiom of the gossip column
    r"|\bthe\s+big\s+(?:\d-0|(?:four|five|six|seven|eight)-oh)\b"
)
_AND_THEN = rx(r"\s(and|but)\s")
# (what is "estimated", "predicted" or "conceded" in the present is the day's news, not a standing view:
# "The agency estimates that 5,000 homes are flooded")
_PRESENT_REPORT = rx(
    r"(estimates|predicts|forecasts|calculates|reckons|concedes|acknowledges|admits|asks|cautions|warns)"
)
# ... a verb of saying whose clause is a relative's or a "what" clause's, with a verb right after it
# (or in an aside set off by a dash: "Trials of the ship - which its builders say can clean ... - began")
_EMBEDDED_SAYING_BEFORE = rx(r"(?:\w|\s(?:--|[–—]|-))\s+(that|which|what|who|whom)\s+([\w’'-]+\s+){1,3}$")
_EMBEDDED_SAYING_AFTER = rx(r"\s+(was|were|is|are|will|would|had|has|could|might|may|can)\b")
# the auxiliary of the present progressive, right before a verb: "is launching", "are now evacuating"
_PROGRESSIVE_BEFORE = rx(r"\b(is|are)\s+((now|also|still|already)\s+)?$")
# the auxiliary of a saying in the present progressive, right before its verb: "is demanding", "are urging"
_SAYING_UNDER_WAY = rx(r"\b(is|are)\s+((now|also|still)\s+)?\w$")
# The perfect of a verb whose participle is not in -ed: "US authorities have taken control of the airport",
# "145 people have been chosen", "the barge has ridden the tide onto the shoal": an act done, not a standing
# fact. The table is English's irregular past participles of deeds. Left out are those of a state, a view,
# a perception, a plain coming or going and a change of measure ("has been", "has become", "has seen", "has
# known", "has gone", "has come", "has risen", "has grown"; a flight or a departure, "has fled", "has left",
# is a deed and kept), and those whose perfect news copy uses mostly for a stance
# kept or in a figure of speech ("has stuck to the line", "has cast doubt", "has clung to power", "has
# dealt a blow", "has shaken confidence", "has eaten into profits")
_PERFECT_DEED_PARTICIPLES = """arisen beaten begun blown broken brought broadcast built bought burnt burst
    caught chosen cut dug drawn driven fought found fled flown forbidden frozen given heard hidden hit held
    kept laid led left lent lost made met mislaid overrun overthrown overtaken overturned paid put quit
    rebuilt retaken rewritten rid ridden rung seized sought sold sent set shed shot shown shut sunk slain
    slit spoken sped spent spilt split spread sprung stolen struck sworn swept swum taken taught torn told
    thrown undergone undertaken upheld won wound withdrawn withheld written""".split()
_IRREGULAR_PERFECT = rx(
    r"\b(has|have)\s+(\w+ly\s+|now\s+|already\s+|just\s+)?(been\s+)?"
    rf"({alternatives(_PERFECT_DEED_PARTICIPLES)})\b"
)
# The perfect put at the time of the report by "now" or "just": "have now been relocated", "has just left"
# A line that only says who carried words quoted above it, and when: it tells nothing of its own
_ONLY_QUOTING = rx(
    r"\W*(?:(?:the|a|an)\s+)?[\w.’'& -]{1,60}?\s+(?:quotes|quoted)\s+[^,;:.“”\"]{1,50}?\s+as\s+saying"
    r"(?:\s+(?:on|late|early|last|this)?\s*\w+)?\s*[.!?]?\s*"
)
_PERFECT_NOW = rx(r"\b(has|have)\s+(now|just)\s+(been\s+)?\w+(ed|en|t)\b")


_OWN_DOING = rx(
    r"\s+(?:that\s+)?(?:it|they|we)\s+(?:is|are)\s+(?:not\s+|now\s+|still\s+|already\s+){0,2}[a-z]+ing\b"
)


# After the speech verb, an act under way in the progressive, done by the speaker or by people at work
# ("said it was shipping tents", "said crews were clearing the road"); intent, effort, thought and
# cooperation in the same form are remarks ("said it was considering", "was working closely with"), and so
# are a watch kept and help readied ("said it was monitoring the dam", "was mobilising volunteers")
_CLAUSE_BREAK = rx(r"[,;:]\s|\s(?:though|although|but|while|whereas)\s")


def _pronoun_stands_for(pronoun: str, speaker: str) -> bool:
    """Whether the pronoun opening what was said can be the speaker ("Students at the university said they",
    where the speaker found is the university, or "an official at the ministry said he", are not)."""
    plural = bool(PLURAL_VOICE.search(speaker) or _PLURAL_BODY.fullmatch(speaker))
    if pronoun == "they":
        return plural
    # ("Jane Roe said it had closed the plant" tells faithfully what she said, whatever "it" is)
    return not plural and (pronoun == "it" or may_be_a_person(speaker))


# What was said opens on a pronoun, after the day it was said on: "said on Monday it had closed", "said they"
_PRONOUN_OPENS_SAID = rx(r"\s+" + DAY_OF_SAYING + r"(?:that\s+)?(?P<pronoun>it|they|he|she)\b")
_ACT_UNDER_WAY_SAID = rx(
    r"\s+" + DAY_OF_SAYING + r"(that\s+)?(it|they|we|he|she|(the\s+|its\s+|their\s+)?"
    r"([\w-]+\s+){0,2}?(crews|teams|troops|workers|engineers|rescuers|firefighters|divers|police|officers|soldiers"
    r"|staff|volunteers|doctors|investigators|inspectors|officials))\s+(was|were|is|are)\s+"
    r"(already\s+|now\s+|also\s+|[a-z]+ly\s+){0,2}"
    r"(?!(going|trying|hoping|planning|considering|looking|seeking|working|waiting|expecting|asking|calling|urging"
    r"|thinking|talking|referring|studying|reviewing|evaluating|assessing|examining|exploring|weighing|doing|making"
    r"|getting|having|feeling|being|facing|taking|cooperating|co-operating|complying|committing|continuing|struggling"
    r"|relying|hearing|seeing|telling|saying|speaking|warning|following|watching|keeping|waiting|learning"
    r"|aiming|pushing|pressing|fighting|determining|confirming|denying|demanding|insisting|monitoring"
    r"|investigating|mobili[sz]ing|reviewing|watching|standing|awaiting)\b)"
    r"[a-z]{3,}ing\b"
    # ("said the government was providing all assistance needed": a standing pledge, as "will pay all costs"
    # is, not an act under way)
    r"(?!\s+[\"“]?(all|every|any)\b)"
)


# An act done, told before its teller: a passive ("were sent home", "has been opened") or a verb in the
# simple past ("widened", "closed"), not one of being, seeming, wanting or saying, nor a participle after
# "is" ("is committed to") or an adverb ("commonly referred to")
# (the irregular participles of deeds: "were told", "was known", "was shown" tell words, a state, a finding)
_DONE_PARTICIPLES = [
    w
    for w in IRREGULAR_PARTICIPLES
    if w not in ("told", "known", "seen", "shown", "found", "spoken", "taught", "sought")
]
_DONE = rx(
    # ("has been withdrawn from sale", "were sent home": a participle of no "-ed" form is as much a deed)
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:[a-z]{{3,}}(?:ed|en)|{alternatives(_DONE_PARTICIPLES)})"
    r"|(?<!,\s)(?<!ly\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bnot\s)"
    r"(?!(?:said|told|seemed|appeared|remained|looked|sounded|expected|hoped|wanted|needed|believed|feared|warned|estimated|suggested|claimed|noted|added"
    r"|stated|reported|concerned|worried|interested|used|supposed|based|related|involved|affected|limited"
    r"|aged|called|named|dubbed|referred|known)\b)[a-z]{3,}ed)\b"
)


# "is known to have collapsed", "are known to have been killed", "is known to have sunk": a happening the
# writer vouches for
_KNOWN_TO_HAVE_HAPPENED = rx(
    r"\b(is|are|was|were)\s+known\s+to\s+have\s+(been\s+)?"
    rf"([a-z]{{3,}}(ed|en)|{alternatives(_DONE_PARTICIPLES)})\b"
)


# "Tests have shown that ...", "Scrutiny of the cap indicated that ...": a finding, told as remarks
_FOUND_THAT = rx(r"\b(that|shown|showed|shows|indicated|indicates|found|finds|suggested|suggests|revealed)\b")


def _done_before_attribution(text: str, speech: re.Match[str]) -> re.Match[str] | None:
    """The act a sentence tells before a closing attribution ("..., officials said."), when it is no
    quotation and no view: a passive or a verb in the simple past in what precedes the attribution's comma,
    with nothing unreal or ahead ("could", "will", "not")."""
    if (
        speech.start() < 0.5 * len(text)
        or _CLOSES_CLAUSE.match(text[speech.end() :]) is None
        or not _ATTRIBUTION_CLOSES.search(text)
    ):
        return None
    comma = text.rfind(",", 0, speech.start())
    if comma < 0 or text[:1] in "\"“‘'`" or re.search(r"[\"“”]", text[:comma]):
        return None
    told = text[:comma]
    if UNREAL.search(told) or SPEECH.search(told) or _FOUND_THAT.search(told):
        return None
    return _DONE.search(told)


# Verbs of arguing a case: what follows them is a side's argument, never an act reported as done
_ARGUING = rx(r"\b(?:argu|contend|insist|alleg|maintain)\w*")


_PLURAL_BODY = re.compile(r"[A-Z][a-z]+(ers|ors|ists|ants|ents|ians|ees|ives|ies|ials)")
_POSSIBILITY = re.compile(
    r"\b(?:could|might|(?-i:may))\s+(?:\w+ly\s+)?(?!have\b|not\b)[a-z]+\b", re.IGNORECASE
)


# What is counted cannot speak: a verb of saying right after it is a participle
_COUNTED_BEFORE = rx(
    r"\b(cases?|deaths?|infections?|fatalities)(\s+(in|of|from)\s+[A-Z][\w’'.-]*(\s+[A-Z][\w’'.-]*){0,3})?\s+$"
)


@dataclass(frozen=True)
class Mention:
    """One sentence's report of a happening, with everything needed to merge it and to show its source."""

    article: str
    outlet: str
    published: dt.date
    sentence: Sentence
    event_type: str
    family: str
    speaker: str
    speaker_country: str
    agent_country: str
    actors: tuple[str, ...]
    countries: tuple[str, ...]
    locations: tuple[str, ...]
    subject_countries: tuple[str, ...]
    figures: tuple[Figure, ...]
    date_start: dt.date
    date_end: dt.date
    precision: str
    date_text: str
    date_basis: str
    date_reason: str
    planned: bool
    undated_past: bool
    anterior: bool
    clause: str
    quote: str = ""
    entities: tuple[Entity, ...] = field(default=(), compare=False, repr=False)
    # The country the report is set in (`article_country`), for a sentence that names no country or
    # place of its own: shown as where it happened (the events table's country_basis "report"), never
    # compared and never merged on.
    home_country: str = field(default="", compare=False)
    # The short form the report itself gives its speaker, "CSO" for "Coastal Survey Office" glossed "(CSO)"
    # or written alone: a title may name the speaker so when the full name leaves too little room; the
    # actors keep the full name. Empty when the report never shortens it.
    speaker_short: str = field(default="", compare=False)

    @property
    def is_speech(self) -> bool:
        return self.event_type in SPEECH_TYPES


def extract_mentions(
    article: Article, gazetteer: Gazetteer, published: dt.date | None = None, *, budget: Budget | None = None
) -> list[Mention]:
    """The mentions of one article, dated against `published` (the article's own date by default).

    With a `budget`, reading stops between sentences (or clauses) and dating what was read stops once it
    is spent (`budget.exhausted` says so); an overlong sentence is read in pieces (events.extract.budget).
    """
    when = published or article.published
    if when is None:
        raise ValueError(f"{article.name}: a publication date is needed to resolve its dates")
    dates = weekdays_joined(
        counted_from_named(find_dates(article.text, when), article.text, when), article.text
    )
    entities = gazetteer.find(article.text)
    # the people the report names with an office, for a sentence that names them by the office alone
    holders = office_holders(article.text, entities)
    # Each sentence is given only the dates and names inside it (found by bisection): filtering every
    # date of the article for every sentence took time quadratic in the article's length.
    date_starts = [d.start for d in dates]
    entity_starts = [e.start for e in entities]
    drafts: list[Draft] = []
    last_speaker = ("", "")
    commentators: set[str] = set()
    # the last voice that spoke: `last_speaker` may instead be a person a sentence was only about ("Tom Hale
    # was charged"), whom an office ("the judge said") does not describe
    last_heard = ("", "")
    # where the sentence read before this one starts, and where the last voice was heard: a voice heard in
    # either may be the one "the baker said" means
    previous_start = sentence_start = heard_in = -1
    previous_text = sentence_text = ""
    # who spoke in the story so far, and where ("the commission" may be one no list names)
    voices_heard: list[tuple[str, str, int]] = []
    heard_at = 0
    bystanders: set[str] = set()  # the surnames of people quoted for colour
    voices: set[str] = set()  # ... and of those heard as parties to the story
    said: Draft | None = None  # the remarks of the sentence just read, if it was remarks with a speaker
    read_to = 0  # where the sentence read last ends
    narrated = told_by_its_writer(article)  # a diary, a column, a comment page: the writer's "I" is no news
    for sentence in independent_clauses(bounded_sentences(article.sentences)):
        if budget is not None and budget.spent_reading():
            break
        # "Sen. Ada Kroll (D-Ore.) | apologized to staff, saying ...": a line the scrape left with only the
        # subject's name, which segmenting set aside, goes before the verb it is the subject of
        named_line = name_line_before(article, sentence, read_to, entities, entity_starts)
        if named_line is not None:
            sentence = Sentence(
                named_line, sentence.end, article.text[named_line : sentence.end], sentence.paragraph
            )
        read_to = sentence.end
        previous_start, sentence_start = sentence_start, sentence.start
        previous_text, sentence_text = sentence_text, sentence.text
        if (
            only_a_question(sentence.text)
            or to_the_reader(sentence.text)
            or sourcing_note(sentence.text)
            or (trails_off(sentence.text) and not dots_between_sentences(article.text, sentence.end))
            or (
                (writer_in_first_person(sentence.text) or (narrated and writer_narrates(sentence.text)))
                and not inside_a_quotation(article.text, sentence.start)
            )
            # "This article was amended on 16 December": the page's history, no news
            or EDITORS_NOTE.search(sentence.text) is not None
        ):
            # "Which is NOT a codename of Windows 7?": a quiz's or a writer's question tells nothing; "For
            # updates, pls visit our facebook page" is the page speaking to its reader, and "I reported on
            # this work earlier this month" the writer speaking of themself
            continue
        said_before, said = said, None
        own_dates = dates[bisect_left(date_starts, sentence.start) : bisect_left(date_starts, sentence.end)]
        # ("won the vote, what few had imagined two years ago": the comment's date dates nothing reported)
        own_dates = [d for d in own_dates if not in_free_relative(d, sentence)]
        # ("It would be like a hurricane hitting the capital on Friday": a simile's date dates nothing)
        own_dates = [d for d in own_dates if not in_supposed_scene(d, sentence)]
        # ("bought pumps for the rainy season, which usually begins in May": a recurring time, no day of news)
        own_dates = [d for d in own_dates if not in_habitual_relative(d, sentence)]
        own_entities = entities[
            bisect_left(entity_starts, sentence.start) : bisect_left(entity_starts, sentence.end)
        ]
        if not any(
            d.precision in ("day", "week") and d.value != "PRESENT_REF" for d in own_dates
        ) and journalist_telling(sentence, own_entities):
            # "The Herald's Tom Hale in Porto says the mood has changed", "Crowds cheered as the mayor was
            # carried out, our correspondent reports": the outlet's own reporting, or its reading of the story
            # ("the biggest earner of last year", "since the spill last April" name background); a day it
            # names dates a happening it reports, which stays
            continue
        if last_speaker[0] and (not voices_heard or voices_heard[-1][:2] != last_speaker):
            voices_heard.append((*last_speaker, heard_at))
        heard_at = sentence.start
        # "The company said ...": the company named last before this sentence
        own_entities = the_company_named(
            sentence,
            own_entities,
            entities[: bisect_left(entity_starts, sentence.start)],
            article.text,
            last_speaker,
            voices_heard,
        )
        # "The country's health ministry said ...": the country named last before this sentence
        own_entities = owner_named(
            sentence, own_entities, entities[: bisect_left(entity_starts, sentence.start)]
        )
        # '"...," she said' after a man was heard last: the woman named before him speaks
        last_speaker = speaker_of_gender(sentence, last_speaker, article.text, entities, entity_starts)
        # '"...," the minister added': the one person the report names as minister, whoever spoke last
        last_speaker = office_speaker(
            sentence.text,
            holders,
            entities,
            last_speaker,
            heard=last_speaker == last_heard,
            text=article.text,
        )
        # '"...," the actor said': the last voice, if the report calls that person by that job ("Actor Tom
        # Hale"); else the job speaks as said, not whoever spoke before
        # ("the crane operator said": a job, unless a firm was named before, which it then means)
        agent = agent_named_alone(
            sentence.text, firms=firm_named_before(entities[: bisect_left(entity_starts, sentence.start)])
        )
        if agent and not (
            may_be_a_person(last_speaker[0])
            and (
                described_as(article.text, last_speaker[0], agent.split()[-1])
                or last_speaker[0].lower() == agent
            )
        ):
            # ("Governor Jane Roe declared ... The governor's office said": the one person the report names
            # with that office, when it names one, however long ago)
            held = {h.name for h in holders if h.office == agent}
            # ("Harbour band singer Mira Tolsen ... The rock singer says": a job no list holds points back to
            # the person the report last described by it)
            holder = (
                next(iter(held))
                if len(held) == 1
                else described_by_job(article.text[: sentence.start], agent)
            )
            country = next((e.country for e in entities if e.name == holder and e.country), "")
            if holder:
                last_speaker = (holder, country)
            elif (
                (" " not in agent and _job_named_before(agent, article.text[: sentence.start]))
                or (
                    _just_heard(last_speaker, last_heard, heard_in >= previous_start, previous_text)
                    and not _another_job(last_speaker[0], agent)
                )
                or _person_opens(previous_text, entities[bisect_left(entity_starts, previous_start) :])
            ):
                # ('Tom Hale, who runs a bakery, said ... "We lost everything," the local baker said': a
                # person just heard may be the one the job means, so no new person is made of the job; nor
                # of a bare job, "the engineer said", that points back to one the report called so further
                # up; a bare job named for the first time is a voice, see `_job_named_before`)
                last_speaker = ("", last_speaker[1])
            else:
                # ('"The road will reopen," the harbour master said' with nobody heard just before: the job
                # is the voice, and the one "he said" goes on to mean)
                last_speaker = (agent[:1].upper() + agent[1:], "")
        parts = _without_count_tails(sentence, dated_clauses(sentence, own_dates))
        asides = dated_asides(sentence, own_dates) if len(parts) == 1 else []
        opening = opening_participle(sentence, own_dates) if len(parts) == 1 and not asides else []
        # "Arrested in May, the suspect was charged on Monday": the opening phrase is an aside of its own date
        asides = asides or opening
        # "The government on Tuesday released 5bn naira, and the army deployed boats": two acts of one day
        cut_and_joined = joined_act(sentence, own_dates) if len(parts) == 1 and not asides else None
        if cut_and_joined is not None and _toll_after_a_dated_deed(
            sentence, cut_and_joined, own_dates, own_entities, last_speaker
        ):
            cut_and_joined = None
        # "The ministry confirmed 12 new cases, and schools in the capital closed", "Police arrested two men
        # and the court charged them on Tuesday": two subjects, each with its deed, are two happenings
        second_subject = (
            second_subject_clause(sentence, own_dates)
            if cut_and_joined is None and len(parts) == 1 and not asides
            else None
        )
        if second_subject is not None and not _two_happenings(
            sentence, second_subject, own_dates, own_entities, last_speaker
        ):
            second_subject = None  # one of the two tells no happening: the sentence is read whole, as before
        cut_and_joined = cut_and_joined or second_subject
        joined = cut_and_joined[1] if cut_and_joined is not None else None
        # (with no date, the first act is read in the whole sentence, whose attribution may close it:
        # "The riser is kinked, and oil is bleeding from a crack, a spokesman said")
        if cut_and_joined is not None and (
            any(d.value != "PRESENT_REF" for d in own_dates)
            or (second_subject is not None and not _ATTRIBUTION_CLOSES.search(second_subject[1].text))
        ):
            first = sentence.text[: cut_and_joined[0]]
            parts = [Sentence(sentence.start, sentence.start + len(first), first, sentence.paragraph)]
        # "The insurer has lost half its value since 3 May, when the dam failed": the "when" clause is
        # a happening of that date; the main clause goes on without it
        since_when = since_when_clause(sentence, own_dates) if len(parts) == 1 and joined is None else None
        # "In the six weeks since the rig exploded, oil has poured out": the clause after "since" is a
        # happening of the day counted back to; the main clause keeps its own
        counted_since = counted_since_clause(sentence, own_dates) if since_when is None else None
        # "Shares rose 4% in early trading, having fallen 6% on Monday": the participle's date is its own
        having = (
            having_done(sentence, own_dates)
            if len(parts) == 1 and joined is None and since_when is None and counted_since is None
            else None
        )
        # "The union accused the airline of hiding losses until after its board had approved the merger on 2
        # March": remarks, and the earlier act they tell of, at its own date
        earlier = (
            earlier_time_clause(sentence, own_dates)
            if len(parts) == 1
            and not asides
            and joined is None
            and since_when is None
            and counted_since is None
            and having is None
            else None
        )
        if since_when is not None:
            first = sentence.text[: since_when[0].end - sentence.start]
            parts = [Sentence(sentence.start, sentence.start + len(first), first, sentence.paragraph)]
        # "Lindqvist, who was grilled by Congress on Thursday, said ...": the aside's date is its own
        main_dates = [d for d in own_dates if not any(a.start <= d.start < a.end for a in asides)]
        if asides:
            compact, moved_dates, moved_entities, back = without_asides(
                parts[0], asides, own_dates, own_entities
            )
            draft = _analyse(compact, moved_dates, moved_entities, last_speaker)
            if draft is not None:
                own = back.get(id(draft.own_date)) if draft.own_date is not None else None
                draft = dataclasses.replace(draft, sentence=parts[0], own_date=own)
            elif opening:
                # ("Evacuated in June, families returned home on Tuesday": a main clause that tells nothing
                # read alone) the sentence is read whole, as before
                draft = _analyse(parts[0], own_dates, own_entities, last_speaker)
                asides, main_dates = [], own_dates
            elif (
                len(compact.text.split()) < 2 * MIN_CLAUSE_WORDS or not FINITE_VERB.search(compact.text)
            ) and not _aside_happenings(sentence, asides, own_dates, own_entities, last_speaker):
                # "The procedure, which began on Wednesday, involves pumping mud into the well": neither the
                # aside nor the short clause around it, in the present, tells a happening alone; the
                # sentence is read whole
                draft = _analyse(parts[0], own_dates, own_entities, last_speaker)
                asides, main_dates = [], own_dates
        elif having is not None:
            # the main clause read without the participle, and so without its date
            phrase = Sentence(
                having[1].start,
                having[1].end,
                sentence.text[having[1].start - sentence.start : having[1].end - sentence.start],
                sentence.paragraph,
            )
            compact, moved_dates, moved_entities, back = without_asides(
                parts[0], [phrase], own_dates, own_entities
            )
            compact = Sentence(
                compact.start,
                compact.end,
                re.sub(r",\s+having\s*(?=[.,]|$)", "", compact.text),
                compact.paragraph,
            )
            draft = _analyse(compact, moved_dates, moved_entities, last_speaker)
            if draft is not None:
                own = back.get(id(draft.own_date)) if draft.own_date is not None else None
                draft = dataclasses.replace(draft, sentence=parts[0], own_date=own)
        elif counted_since is not None:
            # the main clause read without the count and what it counts back to ("oil has poured out")
            since_date, since_clause = counted_since
            phrase = Sentence(
                since_date.start,
                since_clause.end,
                sentence.text[since_date.start - sentence.start : since_clause.end - sentence.start],
                sentence.paragraph,
            )
            compact, moved_dates, moved_entities, back = without_asides(
                parts[0], [phrase], own_dates, own_entities
            )
            draft = _analyse(compact, moved_dates, moved_entities, last_speaker)
            if draft is not None:
                own = back.get(id(draft.own_date)) if draft.own_date is not None else None
                draft = dataclasses.replace(draft, sentence=parts[0], own_date=own)
        else:
            draft = None
            if earlier is not None:
                draft = _remarks_before_earlier_act(
                    parts[0], earlier[1], own_dates, own_entities, last_speaker
                )
                earlier = earlier if draft is not None else None
            if draft is None:
                draft = _analyse(parts[0], own_dates, own_entities, last_speaker)
            if draft is None and second_subject is not None:
                # "Norvik closed two mills and Hallam evacuated its staff, the firms said on Sunday": the
                # first deed, read with the voice and the day that close the sentence
                draft = _first_as_attributed(sentence, second_subject, own_dates, own_entities, last_speaker)
        if second_subject is not None and draft is not None and draft.own_date is None:
            later = dates_naming_a_time(own_dates, second_subject[1].start, second_subject[1].end)
            if later and told_in_the_past(parts[0].text):
                # "Police arrested two men and the court charged them on Tuesday": the one date, in the second
                # clause, dates the first deed told in the past too, as it dated the sentence read whole
                draft = dataclasses.replace(draft, own_date=later[0])
        # "The minister, visiting the region on Wednesday, said ...": the remarks, and the trip made that day
        trip = None
        if len(parts) == 1 and not asides and joined is None:
            draft, trip = _trip_beside_remarks(sentence, draft, own_dates, own_entities, last_speaker)
        # (someone already heard as a party to the story, "Rescuer Tom Roe said", is no bystander later)
        bystanders |= bystander_surnames(sentence.text) - voices
        aged = aged_surname(sentence.text)
        if aged and aged not in voices and (draft is None or draft.event_type == "other"):
            bystanders.add(aged)
        if draft is not None and draft.speaker and draft.speaker.split()[-1] in bystanders:
            # '"We could all use a holiday, too," Mr Roe told reporters' after "said Tom Roe, 33, who
            # runs a shop": a bystander's words stay colour wherever they are quoted
            draft = None
        if draft is not None and draft.speaker:
            voices.add(draft.speaker.split()[-1])
        if (
            only_a_non_answer(sentence.text)
            or (
                standing_position(sentence.text)
                and not [d for d in own_dates if d.precision in ("day", "week")]
            )
            or (case_argued(sentence.text) and not [d for d in own_dates if d.value != "PRESENT_REF"])
            # "The 1957 pandemic spread fastest in schools": history named by its year, whatever it dates
            or history_named_by_its_year(sentence.text, when)
            # "In 2003 it paid $1bn for the field": a company's growth years before the report is its history
            or company_history(sentence.text, own_dates, when)
        ):
            # "was unavailable for comment", "had not read the filing and would not comment": nothing was
            # said; "The minister has long argued that ...", "Prosecutors say his negligence caused the
            # death": a position with no occasion. Whoever it is, they are the "he" or the "it" of what they
            # say next
            if draft is not None and draft.speaker and not PLURAL_VOICE.search(draft.speaker):
                last_speaker = last_heard = (draft.speaker, draft.speaker_country)
                heard_in = sentence.start
            said = None
            continue
        if draft is not None and draft.event_type == "statement" and only_a_feeling(sentence.text):
            # "The mayor said he was pleased with the turnout": nothing a briefing would list; whoever gave
            # the view is still the "he" of the quotation after it, not the speaker before them
            # ("said one resident": someone unnamed, after whom "he said" is no one the report names)
            if not draft.speaker:
                last_speaker = ("", "")
            elif not PLURAL_VOICE.search(draft.speaker):
                last_speaker = last_heard = (draft.speaker, draft.speaker_country)
                heard_in = sentence.start
            draft = None
        if draft is not None and draft.is_speech_type and len(parts) == 1 and refused_to_say(sentence.text):
            draft = None  # "The army did not say who ordered the strike": nothing said, nothing done
        lead = sentence.paragraph <= LEAD_PARAGRAPH
        if draft is None and (
            commentator_speaks(parts[0].text, lead=lead) or someone_else_spoke(parts[0].text)
        ):
            # '"...," said Jane Roe, an analyst at Smith & Co. But she added ...': no event, and "she" in
            # what follows is the commentator, not an earlier speaker; so too after "One resident told the
            # BBC the flood was the worst in his lifetime", whose words are colour
            last_speaker = ("", "")
            commentators |= commentator_surnames(parts[0].text, lead=lead)
        elif (
            draft is not None
            and draft.is_speech_type
            and draft.speaker
            and draft.speaker.split()[-1] in commentators
        ):
            # '"The lesson is we got lucky," said Roe.' after "said Jane Roe, a risk consultant": a
            # commentator named again is still giving a view
            draft = None
        # "The union has said in the past that it will strike", "Since the flood, farmers have accused the
        # board of ...": a remark marked as made before the report's day, or over a span of time, is
        # background (tests/data/DEV_SET.md, "Conventions for disputed classes", (b))
        recalled = draft is not None and draft.is_speech_type and remark_marked_earlier(sentence.text)
        if recalled and draft is not None:
            # "Rail unions have accused the operator of cutting corners" in a report that tells its day's
            # remarks with "said": a remark recalled from before, background to the day's; whoever made it is
            # the "he" or the "it" of what follows
            if draft.speaker and not PLURAL_VOICE.search(draft.speaker):
                last_speaker = last_heard = (draft.speaker, draft.speaker_country)
                heard_in = sentence.start
            # (what the next sentence goes on to tell is still theirs: "Early May is still the estimate")
            said = draft if draft.speaker else None
            draft = None
        if (
            (draft is None or whole_quote_unspoken(draft, sentence))
            and len(parts) == 1
            and not asides
            # (a remark recalled is its own speaker's, not the one before's)
            and not recalled
        ):
            # '"We will look to the company to pay, as they have stated."' after '"...," said Roe.': the
            # verb of saying inside the quotation is what was said; the speaker is the one before
            draft = quoted_on(said_before, sentence, own_entities) if said_before is not None else None
        if (
            draft is None
            and len(parts) == 1
            and not asides
            and not own_dates
            and in_opening(sentence, article)
            # ("The BBC's Jane Roe has met rescuers": the reporting, however near the top)
            and not own_reporter(sentence.text, own_entities, sentence.start)
            # ("Villagers are asking whether the levee will hold": a question people ask is no act of the day)
            and not open_question_asked(sentence.text)
        ):
            draft = lead_act(sentence, own_entities)
        if (
            draft is None
            and not asides
            # ("are now leaving": the "now" of the present progressive is the report's own day; "is building a
            # flood wall but it would not be finished until August": a date in a clause of its own, read
            # apart, is that clause's)
            and all(
                d.value == "PRESENT_REF"
                or _AFTER_A_CLAUSE_OF_ITS_OWN.search(sentence.text[: d.start - sentence.start])
                for d in own_dates
                if d.start < parts[0].end
            )
        ):
            draft = act_under_way(parts[0], own_entities)
        if (
            draft is None
            and len(parts) == 1
            and not asides
            # ("The mayor, facing a crisis now in its third week, closed the bridge": "now" tells how things
            # stand, and dates no deed)
            and all(d.value == "PRESENT_REF" for d in own_dates)
        ):
            # "The ministry is set to announce its budget": a plan with no day, the report's news; else "In
            # the north, crews removed the barriers": a deed told in the simple past, with no kind named
            draft = plan_ahead_act(sentence, own_entities) or past_deed_act(sentence, own_entities)
        if draft is None and len(parts) == 1 and not asides:
            # "... telling his lawyer in the 4 March 2021 recording": no act of its own, a dated one named
            bare = bare_draft(sentence, own_entities)
            drafts.extend(begun_since(bare, sentence, own_dates))
            drafts.extend(named_happenings(bare, sentence, own_dates))
            if since_when is not None:
                # "... could stay shut until August, when new locks are due to be done": the happening of
                # the when-clause, whatever the main clause tells
                drafts.extend(_happening_since_when(sentence, *since_when, own_entities, last_speaker))
            if counted_since is not None:
                drafts.extend(_happening_since_when(sentence, *counted_since, own_entities, last_speaker))
            if joined is not None:
                # "The charity is appealing for blankets and the navy has sent two ships": a first clause
                # that tells no happening leaves the second its own
                drafts.extend(_joined_alone(joined, own_dates, own_entities, last_speaker))
            last_speaker = pronoun_antecedent(sentence, own_entities, last_speaker, article.text)
            continue
        first_of_sentence = len(drafts)
        # "The court fined the club 11 weeks after the match was abandoned on 15 July": the count dates the
        # fining, and the clause it counts from is a happening of its own date
        counted_clause = (
            counted_time_clause(sentence, own_dates)
            if draft is not None and len(parts) == 1 and not asides and joined is None
            else None
        )
        main_and_clause = (
            _counted_clause_happenings(draft, sentence, counted_clause, own_dates, own_entities, last_speaker)
            if counted_clause is not None and draft is not None
            else None
        )
        counted_happening = main_and_clause[1] if main_and_clause is not None else None
        if main_and_clause is not None:
            draft = main_and_clause[0]
        # (in the first of two clauses with subjects of their own, "The well held on Friday after a new cap
        # stopped the flow, but the president warned ...", the clause it follows is read there)
        before = (
            _act_before(
                draft, sentence if joined is None else parts[0], own_entities, last_speaker, own_dates
            )
            if draft is not None and len(parts) == 1 and not asides and (joined is None or second_subject)
            else None
        )
        if before is not None and draft is not None:
            draft = _main_without(draft, before, own_dates, own_entities, last_speaker)
            if (
                before.own_date is draft.own_date
                and draft.own_date is not None
                and (before.sentence.start <= draft.own_date.start < before.sentence.end)
            ):
                draft = dataclasses.replace(draft, own_date=None)  # the date was the after-clause's
        elif draft is not None and not draft.is_speech_type and draft.event_type != "disaster":
            # "The mayor resigned on 2 June, three days before the court was due to rule": the clause a count
            # opens is another happening, measured from this one, and no part of its title (a disaster named
            # there stays: the type's reading of a disaster as the time of the title's act needs it, "Rescuers
            # pulled a boy from a mine, nine days after the landslide struck")
            draft = dataclasses.replace(draft, clause=_without_counted_clause(draft.clause))
        if draft is not None:
            said = draft if draft.is_speech_type and draft.speaker else None
            if draft.speaker and not PLURAL_VOICE.search(draft.speaker):
                # "he said" in the next sentence is one person, never "relatives" or "officials"
                last_speaker = last_heard = (draft.speaker, draft.speaker_country)
                heard_in = sentence.start
            elif not draft.speaker:
                # "Jane Roe met the governor. She said ...": the person the sentence is about
                last_speaker = pronoun_antecedent(sentence, own_entities, last_speaker, article.text)
            draft = perfect_clause_past_date(plan_called_off(plan_undone(draft)), article.published)
            announced = announced_acts(draft, main_dates) if len(parts) == 1 else []
            if (
                len(announced) == 2
                and draft.own_date is not None
                and announced[1].own_date is not None
                and before_the_saying(announced[1].own_date, draft.own_date) is not None
            ):
                # "Police said on Friday that gunmen had raided the depot on Saturday": a weekday told in the
                # past in remarks is the one before them, no act announced after them (read below as the
                # happening the remarks report)
                announced = []
            announced = announced or meeting_asked_for(draft)
            if not plan_overtaken(draft):
                drafts.extend(announced or [draft])
            reported = _reported_happening(draft, parts[0], main_dates, own_entities, last_speaker)
            past = (
                _told_of_the_past(draft, parts[0], main_dates, own_entities, last_speaker, when)
                if reported is None and len(parts) == 1 and not announced and draft in drafts
                else None
            )
            if past is not None:
                # "Officials say the bridge collapsed in 2024": remarks of the report's day, and the
                # happening they tell of, at its own date and in the speaker's words
                drafts[drafts.index(draft)] = past[0]
                drafts.extend(past[1:])
            if reported is not None and len(parts) == 1 and not announced and draft in drafts:
                if draft.is_speech_type:
                    drafts.append(reported)
                else:
                    # "The army said on Tuesday that rebels had shelled its positions on Sunday": the
                    # happening is dated when it happened, not when it was told
                    drafts[drafts.index(draft)] = dataclasses.replace(draft, own_date=reported.own_date)
        drafts.extend(_aside_happenings(sentence, asides, own_dates, own_entities, last_speaker))
        if trip is not None and draft is not None:
            drafts.append(trip)
        if since_when is not None:
            drafts.extend(_happening_since_when(sentence, *since_when, own_entities, last_speaker))
        if counted_since is not None:
            drafts.extend(_happening_since_when(sentence, *counted_since, own_entities, last_speaker))
        if earlier is not None:
            drafts.extend(_earlier_act(sentence, *earlier, own_entities, last_speaker))
        if having is not None and draft is not None:
            # "... having fallen 6% on Monday" -> "Shares of the miner had fallen 6% on Monday"
            done = _happening_since_when(sentence, *having, own_entities, last_speaker)
            subject = _SUBJECT_BEFORE_VERB.match(sentence.text)
            drafts.extend(
                dataclasses.replace(d, clause=f"{subject.group(1).strip()} had {having[1].text}")
                if subject
                else d
                for d in done
            )
        if joined is not None and draft is not None:
            # ("and the court charged them on Tuesday": a date of the second clause's own dates it alone)
            joined_dates = dates_naming_a_time(own_dates, joined.start, joined.end)
            second = _analyse(joined, joined_dates, own_entities, last_speaker)
            # ("..., and the mayor has spoken with ...": the perfect or the progressive is of the report's
            # days, not of the first clause's date)
            aux = _AND_ACT_AUX.match(joined.text) is not None
            if second is None and aux:
                second = act_under_way(joined, own_entities)  # "and the airline is flying in tents"
            if aux and (draft.is_speech_type or _ATTRIBUTION_CLOSES.search(joined.text)):
                second = None  # "..., and the scheme has paid out $90m, Roe said": what was said goes on
            if second is not None and (not second.is_speech_type or second_subject is not None):
                # its own date, else the first clause's (a deed in the perfect or progressive has neither)
                second_date = second.own_date if joined_dates else None if aux else draft.own_date
                drafts.append(dataclasses.replace(second, own_date=second_date))
        for part in parts[1:]:
            if budget is not None and budget.spent_reading():
                break
            # "two days after rebels attacked the base on Monday": the count dates the main clause, the
            # point it counts from (Monday) dates the clause that tells it
            points = [d.anchor for d in own_dates if d.anchor is not None and part.start <= d.anchor.start]
            extra = _analyse(part, own_dates + points, own_entities, last_speaker)
            # the noun the relative clause tells of, without the main clause's day ("the cap Saturday")
            head = DAY_AFTER_NOUN.sub("", sentence.text[: part.start - sentence.start])
            antecedent = relative_antecedent(head)
            if (
                extra is not None
                and extra.own_date is not None
                and (
                    _RELATIVE_PAST.match(part.text)
                    # "Cá, who won a second term in the November 2025 election": an act of its own
                    or (extra.family != "other" and _RELATIVE_OPENING.match(part.text))
                )
                and antecedent
            ):
                # "removed the barrier on Saturday that had been put up in early June": what happened
                # to the cap, told of the cap -> "The cap had been placed ..."
                clause = f"{antecedent} {_RELATIVE_OPENING.sub('', part.text).rstrip(' .')}"
                extra = dataclasses.replace(extra, clause=clause[:1].upper() + clause[1:])
                # "Typhoon Mira, ..., which battered the islands last week": what the antecedent is may
                # tell what kind of happening the clause is
                retyped = first_trigger(clause) if extra.family == "other" else None
                if retyped is not None:
                    extra = dataclasses.replace(extra, event_type=retyped.event_type, family=retyped.family)
            elif extra is None or extra.own_date is None:
                extra = _continuation(part, draft, own_dates) or _dated_time_clause(
                    part, own_dates, own_entities
                )
            elif (followed := _FOLLOWED_BY.match(extra.clause)) is not None:
                # "..., followed on Sunday by the first death": the happening is what followed, told as the
                # subject of "followed" ("The first death followed on Sunday"), and of the kind it names
                what = followed.group("what").rstrip(" .")
                then = followed.group("when").strip()
                # ("followed by heavy shelling on Tuesday": the day goes after the verb it dates)
                last = re.search(
                    r"\s+((?:on|in|at|by|last|early|late)\s+)?" + re.escape(extra.own_date.text) + "$", what
                )
                if not then and last is not None and last.start() > 0:
                    what, then = what[: last.start()], last.group().strip()
                clause = f"{what[:1].upper()}{what[1:]} followed{' ' + then if then else ''}"
                retyped = first_trigger(clause)
                extra = dataclasses.replace(extra, clause=clause)
                if retyped is not None:
                    extra = dataclasses.replace(extra, event_type=retyped.event_type, family=retyped.family)
            elif lost_subject(extra.clause):
                # "He was arrested in March 2022 and transferred ... the following month", "The vote had
                # been scheduled for December but was postponed in October": the clause shares the first
                # one's subject, which may tell what kind of happening it is
                # "The move came after the council ... added": the subject is the council's, not the move's
                came_as = CAME_AS.match(parts[0].text)
                clause = with_subject(parts[0].text[came_as.end() if came_as else 0 :].lstrip(), extra.clause)
                retyped = first_trigger(clause) if extra.family == "other" else None
                extra = dataclasses.replace(extra, clause=clause)
                if retyped is not None:
                    extra = dataclasses.replace(extra, event_type=retyped.event_type, family=retyped.family)
            elif extra.family == "other":
                # "..., which will take effect on Friday": no act of its own, the main clause's goes on
                extra = _continuation(part, draft, own_dates) or extra
            if (
                extra is not None
                and not FINITE_VERB.search(extra.clause)
                # ("and the agreement takes effect on 1 June": a subject and its verb in the present, told of
                # a day ahead, are a clause of their own)
                and not (
                    extra.own_date is not None
                    and extra.own_date.tense == "future"
                    and _PRESENT_OF_A_DAY_AHEAD.match(extra.clause)
                )
            ):
                # "found remains on the runway on Monday | and in the hangar on Tuesday": no clause of its
                # own (the verb is the first one's), so no title of its own
                continue
            if extra is not None and (draft is None or extra.own_date != draft.own_date):
                drafts.append(extra)
        if before is not None:
            drafts.append(before)
        if counted_happening is not None and not any(
            d.own_date is counted_happening.own_date for d in drafts[first_of_sentence:]
        ):
            # (an after-clause read above with the date it names is not told twice)
            drafts.append(counted_happening)
        drafts.extend(begun_since(draft or bare_draft(sentence, own_entities), sentence, own_dates))
        # ("passed the bill on 2 June, a month after the house approved it on 30 April": a time counted from
        # another happening's date restates the main clause's day, no second day of the same act)
        listable = [d for d in own_dates if not _counted_from_within(d)]
        drafts.extend(listed_dates(drafts[first_of_sentence:], sentence, listable))
        dating = {id(d.own_date) for d in drafts[first_of_sentence:] if d.own_date is not None}
        frame = draft or bare_draft(sentence, own_entities)
        named = named_happenings(frame, sentence, own_dates, dating)
        drafts.extend(named)
        if (
            draft is not None
            and draft.speaker
            and draft.own_date is None
            and not draft.is_speech_type
            and draft in drafts[first_of_sentence:]
            and any(n.event_type == draft.event_type for n in named)
            and verdict_on_a_days_happening(sentence.text)
        ):
            # "Monitors said Saturday's election was peaceful": the election is the happening named by its
            # day, read above; the monitors' verdict on it is their statement, not the election again
            drafts[drafts.index(draft, first_of_sentence)] = dataclasses.replace(
                draft, event_type="statement", family="statement"
            )
        if draft is not None and len(parts) == 1 and not asides and draft in drafts[first_of_sentence:]:
            # (after the named happening is read: "the April 20 explosion" stays a happening of its own)
            deed = _deed_of_a_dated_noun(draft, sentence, own_dates)
            if deed is not None:
                drafts[drafts.index(draft, first_of_sentence)] = deed
    drafts = _one_poll_report(drafts, article, entities, entity_starts, dates)
    drafts = document_voice(drafts)
    drafts = one_name_per_speaker(drafts, article.text, entities)
    drafts = _no_words_of_the_outlets_journalists(drafts, article, entities)
    starts = [s.start for s in article.sentences]
    drafts = [struck_by_nature(pronoun_named(d, article, starts, entities, entity_starts)) for d in drafts]
    drafts = [_pronoun_continued(d, article, starts, entities, entity_starts) for d in drafts]
    spoken = {d.sentence.start: d.speaker for d in drafts if d.is_speech_type and d.speaker}
    # (by where each starts, in order: the speaker of a sentence is then found by bisection, not by a scan
    # of every sentence that had one)
    heard = _Heard(spoken, sorted(spoken))
    drafts = [_person_named_before(d, article, starts, entities, entity_starts, heard) for d in drafts]
    drafts = [possessive_named(d, article, starts, entities, entity_starts) for d in drafts]
    drafts = [business_named(d, entities, entity_starts) for d in drafts]
    drafts = [after_another(d, article.text) for d in drafts]
    mentions = []
    for index in range(len(drafts)):
        if budget is not None and budget.spent():
            break
        mention = _settle_date(index, drafts, article, when, dates)
        if mention is not None:
            mentions.append(mention)
            if (
                said_of_the_future(drafts[index], when)
                and not future_denied(
                    drafts[index].sentence.text, drafts[index].own_date, drafts[index].sentence.start
                )
                # "said cases could reach 1 million by next year": a forecast, nothing anyone will do
                and not FORECAST.search(drafts[index].sentence.text)
                # "warned the dam could fail by Friday": a possibility, which no one plans
                # ("said the storm could make landfall as early as Friday": a timetable foreseen, planned)
                and (
                    not _POSSIBILITY.search(drafts[index].sentence.text)
                    or SCHEDULED_POSSIBILITY.search(drafts[index].sentence.text)
                )
                # "said they were expecting to see more cases this autumn": a belief about what will come
                and not EXPECTATION.search(drafts[index].sentence.text)
            ):
                # "would not seek to remain beyond his term in February": nothing is planned
                mentions.append(_what_was_announced(mention, drafts[index], article))
            elif (ahead := planned_in_what_was_said(drafts[index], dates, when)) is not None and not any(
                d.own_date is ahead for d in drafts
            ):
                # "Bako said on Monday the troops would leave on Friday": the remarks of Monday, and the
                # leaving planned for Friday
                mentions.append(_what_was_announced(mention, drafts[index], article, ahead))
            elif not drafts[index].is_speech_type and (act := directed_ahead(drafts[index], when)):
                # "The court ordered Roe to appear on 3 July": the order of the report's days, and the
                # appearance planned for 3 July
                mentions.append(_act_directed(mention, drafts[index], article, act))
    # "the news agency quotes her as saying on Sunday.": the words were the quotation above it, and the line
    # tells nothing of its own (it is read with the rest above, for the day it gives them)
    mentions = [m for m in mentions if not _ONLY_QUOTING.fullmatch(m.sentence.text)]
    if commentary_page(article.text, [s.text for s in article.sentences]):
        # a column or a blog: only what it dates is a happening; the rest is the writer's view of them; and
        # what the writer tells of their own life is no news of the story, dated or not
        starts = [s.start for s in article.sentences]
        mentions = [
            m for m in mentions if m.date_basis != "publication" and not _writers_own_life(m, article, starts)
        ]
    mentions = _in_the_reports_country(mentions, article.text, entities, entity_starts)
    shortened = short_forms(article.text, entities)
    return [
        dataclasses.replace(m, speaker_short=shortened[m.speaker]) if m.speaker in shortened else m
        for m in mentions
    ]


# A body's short form: a single word of two to six letters, all capitals or capitals with points ("NATO",
# "U.N."); glossed in brackets, also a capital then lower case, as some papers write initialisms ("Nato")
_SHORT_FORM = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,5}")
_GLOSSED_FORM = re.compile(r"[A-Z](?:[A-Z]{1,5}|[a-z]{1,5})|(?:[A-Z]\.){2,5}")
# Initials glossed in brackets right after a name: "the Coastal Survey Office (CSO)"
_GLOSSED = re.compile(r"\s*\((?P<short>[^()\s]{2,10})\)")


# What a part of a sentence may open with before the pronoun it shares with the sentence's first clause
_PART_OPENING = re.compile(r"[\s,;:–—-]*(?:(?:and|but|then|later|before|after)\s+)*", re.IGNORECASE)


def _pronoun_continued(
    draft: Draft, article: Article, starts: list[int], entities: list[Entity], entity_starts: list[int]
) -> Draft:
    """A clause of an act whose subject is the pronoun that opens its sentence, named as the subject of the
    sentence before the run of sentences that open with that same pronoun: "Apex is a driller. It has
    bought fields before. In 2003 it paid ..." -> "Apex paid ..."; "Berg, 51, sat still. He was arrested in
    May and transferred in June" -> "Berg was transferred in June" (events.extract.reference says when the
    subject agrees; a title names who acted). As it was when nothing agrees."""
    # ("Three years later it struck a deal": a phrase of time may stand before it)
    found = subject_pronoun_opening(draft.clause)
    if found is None or draft.is_speech_type or not starts:
        return draft
    pronoun = found.group("pronoun").lower()
    index = bisect_right(starts, draft.sentence.start) - 1
    whole = article.sentences[index]
    if index < 1 or opening_pronoun(whole.text) != pronoun:
        return draft
    if draft.sentence.start > whole.start:
        # a later part of the sentence: its pronoun, or the subject it lost, is the one opening the sentence
        # ("He was arrested in May | and transferred ...", "She fell ill | but she recovered ..."), unless
        # another person is named before it ("He met Roe, and he ...")
        part = article.text[draft.sentence.start : draft.sentence.end]
        lead = _PART_OPENING.match(part)
        rest = part[lead.end() if lead is not None else 0 :]
        own = re.match(rf"(?i:{pronoun})\s", rest) is not None
        if not own and re.search(rf"\b(?i:{pronoun})\b", rest[:40]):
            return draft
        between = entities[
            bisect_left(entity_starts, whole.start) : bisect_left(entity_starts, draft.sentence.start)
        ]
        if any(names_a_person(e) if pronoun in ("he", "she") else e.kind == "actor" for e in between):
            return draft
    before: list[str] = []
    after = whole
    for earlier in reversed(article.sentences[max(0, index - PRONOUN_CHAIN - 1) : index]):
        if earlier.paragraph != after.paragraph and earlier.end < after.start - 200:
            break
        before.append(earlier.text)
        after = earlier
    people = {e.name for e in entities[: bisect_left(entity_starts, whole.start)] if names_a_person(e)}
    named = referent_looking_back(pronoun, before, people, text=article.text)
    if not named:
        return draft
    at = found.start("pronoun")
    # ("In 2003 it paid" -> "In 2003 Apex paid"; a name keeps its capital, "the" opens lower inside)
    name = named if at == 0 or not named.startswith("The ") else "the " + named[4:]
    return dataclasses.replace(
        draft, clause=f"{draft.clause[:at]}{name} {draft.clause[found.end('pronoun') :].lstrip()}"
    )


# What may open a sentence before its subject: "However, Jane Roe will not attend"
_BEFALLEN = re.compile(
    r",?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b"
)
# ("Korn's Jane Roe is urging ...": who she plays or works for, before her name)
_CONNECTIVE_OPENS = re.compile(
    r"(?:(?:However|But|And|Yet|Still|Meanwhile|Now|Later|Earlier|Instead),?\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
)


def _person_opens(previous: str, entities: Sequence[Entity]) -> bool:
    """Whether the sentence before opens on a person named there ("However, Ada Lund will not attend. The
    singer said ..."): the one a job after "the" may mean, so the job names nobody new."""
    opener = _CONNECTIVE_OPENS.match(previous)
    rest = previous[opener.end() if opener is not None else 0 :]
    # (a name the lists hold, or one of a person's form, "Tom Hale", "Mr Hale")
    named = {e.text for e in entities[:6] if names_a_person(e) and e.text} | people_named_by_form(rest[:60])
    # (not one acted on, "Tom Hale was hurt when a crane fell": a victim, whom a job names no more than
    # anyone else)
    return any(name and rest.startswith(name) and not _BEFALLEN.match(rest, len(name)) for name in named)


def _job_named_before(job: str, before: str) -> bool:
    """Whether the report names the bare job `job` ("farmer") before the sentence where "the farmer said":
    then "the" points back to whoever was called so ("Tom Hale, who farms near the river, is a farmer ...
    the farmer said"), whom no new voice may stand for; a job the report names for the first time is the
    voice itself, the one a briefing names ("The coach said the team would rest three players")."""
    return re.search(rf"\b{re.escape(job)}(?:s|es)?\b", before, re.IGNORECASE) is not None


def _another_job(voice: str, job: str) -> bool:
    """Whether the voice just heard is no person a job may mean: a bare job of another name ("Farmer" before
    "the striker said") or a paper ("The report"); the new job is then a voice of its own."""
    if a_paper(voice):
        return True
    return " " not in voice and voice[:1].isupper() and agent_named(voice.lower()) and voice.lower() != job


def _just_heard(
    last_speaker: tuple[str, str], last_heard: tuple[str, str], heard_lately: bool, previous: str
) -> bool:
    """Whether a person was quoted in the sentence before (or earlier in this one): `last_heard`, when
    `heard_lately`, or `last_speaker` when the sentence before has a verb of saying ("Tom Hale said the
    shop was gone", which no event may have been kept of)."""
    if last_heard[0] and heard_lately and may_be_a_person(last_heard[0]):
        return True
    return bool(last_speaker[0]) and may_be_a_person(last_speaker[0]) and speech_in(previous) is not None


def _person_named_before(
    draft: Draft,
    article: Article,
    starts: list[int],
    entities: list[Entity],
    entity_starts: list[int],
    heard: _Heard,
) -> Draft:
    """A clause that opens its sentence with "he" or "she" the sentence before could not name, named as the
    person of the nearest sentence further back who is its subject or speaker, when nobody else who could
    be meant is named between (`person_named_before`): "Roe, the port's director, denied it. Her lawyer,
    Tom Hale, said ... Prosecutors accuse Roe of fraud. She will appear ..." -> "Roe will appear ...".
    `heard` gives the speaker read for each sentence, by where it starts, with those starts in order. As it
    was otherwise, when the sentence is within a quotation (whose "she" may be anybody the speaker means),
    or when remarks were read as another's (their title names the speaker already)."""
    found = subject_pronoun_opening(draft.clause)
    # (remarks whose speaker is read already: their title names the speaker, "Jane Roe announced ...")
    if found is None or found.start("pronoun") != 0 or not starts or (draft.is_speech_type and draft.speaker):
        return draft
    pronoun = found.group("pronoun").lower()
    index = bisect_right(starts, draft.sentence.start) - 1
    whole = article.sentences[index]
    if (
        index < 1
        or pronoun not in ("he", "she")
        or whole.start != draft.sentence.start
        or opening_pronoun(whole.text) != pronoun
        or _QUOTATION_MARK.search(whole.text)
    ):
        return draft
    # (the clause's pronoun is the one that opens the sentence, not the subject of what it said: "He said
    # he was not aligned ..." read as "he was not aligned ...")
    opening = subject_pronoun_opening(" ".join(whole.text.split()))
    said = " ".join(draft.clause[found.end("pronoun") :].split()[:2])
    if opening is None or not opening.string[opening.end("pronoun") :].lstrip().startswith(said):
        return draft
    people = {e.name for e in entities[: bisect_left(entity_starts, whole.start)] if names_a_person(e)}
    earlier = []
    for sentence in reversed(article.sentences[max(0, index - PERSON_REACH) : index]):
        named = entities[
            bisect_left(entity_starts, sentence.start) : bisect_left(entity_starts, sentence.end)
        ]
        listed = {e.name for e in named if names_a_person(e)} | people_named_by_form(sentence.text)
        earlier.append(
            EarlierSentence(
                sentence.text,
                tuple({_whole_name(name, people) for name in listed}),
                _speaker_within(heard, sentence.start, sentence.end),
            )
        )
    named_as = person_named_before(pronoun, earlier, people, article.text)
    if not named_as:
        return draft
    return dataclasses.replace(draft, clause=f"{named_as} {draft.clause[found.end('pronoun') :].lstrip()}")


_QUOTATION_MARK = re.compile(r"[\"“”]|``|''")


@dataclass(frozen=True)
class _Heard:
    """The speaker read for each sentence, by where it starts (`spoken`), with those starts in order
    (`starts`), so that a sentence's speaker is found by bisection, not by a scan of every one."""

    spoken: dict[int, str]
    starts: list[int]


def _speaker_within(heard: _Heard, start: int, end: int) -> str:
    """The speaker read for the first sentence that starts between `start` and `end`; "" if none."""
    at = bisect_left(heard.starts, start)
    return heard.spoken[heard.starts[at]] if at < len(heard.starts) and heard.starts[at] < end else ""


def _whole_name(name: str, people: set[str]) -> str:
    """A surname alone ("Roe") as the one whole name of `people` it ends ("Jane Roe"); else as it is."""
    whole = [p for p in people if " " in p and p.split()[-1] == name]
    return whole[0] if " " not in name and len(whole) == 1 else name


def _stands_for(short: str, name: str) -> bool:
    """Whether `short` is initials of the name, or of the name past words that open it ("CSO" for
    "Coastal Survey Office" or "Ruritanian Coastal Survey Office"; "Dfid" for "Department for International
    Development"): its letters open words of it in order, the first its first word, and leave out at most
    one of its capitalised words ("CDC" for a "Centre for Disease Control and Prevention")."""
    letters = short.replace(".", "").upper()
    words = name.split()
    for at, first in enumerate(words):
        if not first[:1].isupper() or first[0] != letters[:1]:
            continue
        openings = "".join(word[0] for word in words[at:] if word[:1].isalpha()).upper()
        capitals = sum(word[:1].isupper() for word in words[at:])
        rest = iter(openings[1:])
        if len(letters) >= max(2, capitals - 1) and all(letter in rest for letter in letters[1:]):
            return True
    return False


def short_forms(text: str, entities: Sequence[Entity]) -> dict[str, str]:
    """Body names of three words or more the report also writes short: initials glossed in brackets after
    the name ("the Coastal Survey Office (CSO) said"), or initials written on their own that stand for it
    ("the CSO said", or a short form the lists know for the body). A name the report never shortens has
    none."""
    alone = [e for e in entities if e.kind == "actor" and _SHORT_FORM.fullmatch(e.text)]
    forms: dict[str, str] = {}
    for entity in entities:
        if entity.kind != "actor" or len(entity.name.split()) < 3 or entity.name in forms:
            continue
        glossed = _GLOSSED.match(text, entity.end)
        # (the words the report wrote before the brackets, "Coastal Survey Office", hold the initials;
        # the canonical name may open with a country, "Ruritanian Coastal Survey Office")
        if (
            glossed is not None
            and _GLOSSED_FORM.fullmatch(glossed["short"])
            and _stands_for(glossed["short"], entity.text)
        ):
            forms[entity.name] = glossed["short"]
            continue
        short = next(
            (
                e.text
                for e in alone
                if e.name in (e.text, entity.name)
                and e.text != entity.name
                and _stands_for(e.text, entity.name)
            ),
            "",
        )
        if short:
            forms[entity.name] = short
    return forms


# The writer as the subject "I": "Last winter I lost a week to a fever", "when I moved house" ("I" before a
# word in lower case, so that "World War I" is no writer; "though my own view differs, the board voted ..."
# tells of others in the main clause)
_FIRST_PERSON = re.compile(r"(?<![\w’'])I(?:['’](?:m|ve|d|ll)\b|\s+[a-z])")


def _writers_own_life(mention: Mention, article: Article, starts: Sequence[int]) -> bool:
    """Whether the article sentence that holds the mention (`starts`: where the article's sentences start)
    has the writer as "I", with no quotation mark in it: on a comment page or in a column, the writer's own
    experience ("In the spring I lost my job and had to sell the car"), not a happening of the story."""
    at = bisect_right(starts, mention.sentence.start) - 1
    if at < 0:
        return False
    text = article.sentences[at].text
    return _FIRST_PERSON.search(text) is not None and _ANY_QUOTATION.search(text) is None


_ANY_QUOTATION = re.compile(r"``|''|[\"“”]")


# Kinds of happening that take lives: a toll told right after one, with no date of its own, is its toll.
TOLL_TAKERS = frozenset({"disaster", "attack", "offensive"})


# a clause opened by a named actor: "the Red Cross has ...", "Acme Corp is ..."
_NAMED_ACTOR_FIRST = rx(
    r"(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*\s+(?:is|are|has|have|was|were|\w+ed)\b"
)


def _joined_alone(
    joined: Sentence, dates: list[DateMention], entities: list[Entity], last_speaker: tuple[str, str]
) -> list[Draft]:
    """The happening a clause joined by "and" or "but" tells when the clause before it tells none, dated
    by its own date alone (the first clause, no happening, lends it none)."""
    own = dates_naming_a_time(dates, joined.start, joined.end)
    second = _analyse(joined, own, entities, last_speaker)
    aux = _AND_ACT_AUX.match(joined.text) is not None
    if second is None and aux:
        second = act_under_way(joined, entities)  # "and the airline is flying in tents"
    if second is None or second.is_speech_type or _ATTRIBUTION_CLOSES.search(joined.text):
        # ("..., and the toll has reached 40, the mayor said": what was said, read whole as before)
        return []
    if second.family == "other" and not _NAMED_ACTOR_FIRST.match(joined.text):
        # ("... and the smell of smoke has begun to fill the streets": a scene, no one's deed; "the
        # coastal towns but has ...": no clause of its own at all)
        return []
    return [dataclasses.replace(second, own_date=second.own_date if own else None)]


# A clause opened by a name, in the past, whose verb takes a thing of its own ("Hallam evacuated its staff"),
# not one that points back to the first clause's ("echoed that call", "followed suit", "did the same")
_NAMED_DEED = re.compile(
    r"(?P<who>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+(?:also\s+)?(?:[a-z]+ed|shut|cut|sent|sold)\s+"
    r"(?!(?:that|this|these|those|it|them|suit|so|too|likewise|the\s+same|such)\b)[a-z]"
)
_NAMED_OPENING = re.compile(OPENING_NAME + r")\s")


def _another_name_acts(first: str, joined: str) -> bool:
    """Whether the joined clause opens with a name, not the first clause's, whose past verb acts on a thing
    of its own: two parties each with a deed ("Norvik shut two mills and Hallam evacuated its staff")."""
    deed = _NAMED_DEED.match(joined)
    opening = _NAMED_OPENING.match(first)
    return (
        deed is not None
        and opening is not None
        and deed.group("who").split()[0].lower() not in NOT_A_NAME
        # ("Norvik ... and Norvik Mining evacuated ...": a name that starts the other is the same party)
        and not _same_party(opening.group("name").split(), deed.group("who").split())
    )


def _same_party(first: list[str], second: list[str]) -> bool:
    """Whether one name's words open the other's: "Norvik" and "Norvik Mining" are one party."""
    shorter = min(len(first), len(second))
    return first[:shorter] == second[:shorter]


def _two_happenings(
    sentence: Sentence,
    cut: tuple[int, Sentence],
    dates: list[DateMention],
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> bool:
    """Whether each of two clauses with subjects of their own tells a happening when read alone (the second
    one may be remarks of its own speaker: "Mexico confirmed 25 deaths, and officials said the outbreak was
    waning"): then the sentence tells two, each read apart."""
    at, joined = cut
    own = dates_naming_a_time(dates, joined.start, joined.end)
    second = _analyse(joined, own, entities, last_speaker)
    if (
        second is None
        # ("..., and the speaker echoed that call": a deed of no named kind leans on the first clause for
        # what it is; the sentence read whole tells it better)
        or (
            second.family == "other"
            and not second.is_speech_type
            # (but "Norvik shut two mills and Hallam evacuated its staff": a body or person named anew does a
            # deed of its own to a thing of its own, a second happening)
            and not _another_name_acts(sentence.text[:at], joined.text)
        )
        # ("..., and the mayor said ..." is its own remarks; "..., and the rig sank, the mayor said" goes on
        # with what was said)
        or (second.is_speech_type and _ATTRIBUTION_CLOSES.search(joined.text))
    ):
        return False
    opening = _analyse(_first_clause(sentence, at), dates, entities, last_speaker) or _first_as_attributed(
        sentence, cut, dates, entities, last_speaker
    )
    return opening is not None and not _toll_of_the_deed(opening, second, own)


# What a first clause in the simple past may still tell that is no deed of the voice's day: a state ("was the
# largest employer"), a life's background ("was born in"), the pluperfect ("had closed"), a record ("never")
_NO_DEED_OF_ITS_DAY = rx(r"\b(?:born|had|never|(?:was|were)\s+(?!\w+ed\b))")


def _first_as_attributed(
    sentence: Sentence,
    cut: tuple[int, Sentence],
    dates: list[DateMention],
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> Draft | None:
    """The first of two clauses with subjects of their own, read with the attribution that closes the second
    ("Norvik closed two mills and Hallam evacuated its staff, the firms said on Sunday" -> "Norvik closed two
    mills, the firms said on Sunday"): the voice at the end tells both deeds, and its date dates the first as
    it dates the second. None when no attribution closes the sentence or the first clause so read tells no
    happening."""
    at, joined = cut
    first = _first_clause(sentence, at)
    said = _ATTRIBUTION_CLOSES.search(joined.text)
    # (what the attribution tells must be the saying, not a second deed: "..., the mayor said" only)
    if said is None or not dates_naming_a_time(dates, joined.start + said.start(), joined.end):
        return None
    if not told_in_the_past(first.text) or _NO_DEED_OF_ITS_DAY.search(first.text):
        return None
    middle = Sentence(
        sentence.start + at,
        joined.start + said.start(),
        sentence.text[at : joined.start + said.start() - sentence.start],
        sentence.paragraph,
    )
    compact, moved_dates, moved_entities, back = without_asides(sentence, [middle], dates, entities)
    draft = _analyse(compact, moved_dates, moved_entities, last_speaker)
    if draft is None:
        return None
    own = back.get(id(draft.own_date)) if draft.own_date is not None else None
    # (the deed is the clause's, not the voice's: typed and titled as the clause alone tells it)
    clause = first.text.strip().rstrip(" ,.;")
    kind = first_trigger(clause)
    return dataclasses.replace(
        draft,
        sentence=first,
        own_date=own,
        clause=clause,
        event_type=kind.event_type if kind is not None else "other",
        family=kind.family if kind is not None else "other",
    )


def _toll_of_the_deed(opening: Draft, second: Draft, second_dates: list[DateMention]) -> bool:
    """Whether the second of two joined clauses is the toll of the happening the first tells ("The cyclone
    has devastated the coast, and hundreds are feared dead"): a toll after the disaster, attack or deed of
    no named kind that took it, with no date of its own, is that happening's toll, one event, not a second."""
    return (
        second.event_type == "casualties"
        and (opening.event_type in TOLL_TAKERS or opening.family == "other")
        and not second_dates
    )


def _toll_after_a_dated_deed(
    sentence: Sentence,
    cut: tuple[int, Sentence],
    dates: list[DateMention],
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> bool:
    """Whether the act `joined_act` joins to a dated deed is the deed's own toll ("Rebels shelled the port on
    Sunday, and at least nine people were killed"): the killing is what the shelling did that day, one
    happening, read in the whole sentence."""
    at, joined = cut
    own = dates_naming_a_time(dates, joined.start, joined.end)
    second = _analyse(joined, own, entities, last_speaker)
    if second is None or second.event_type != "casualties":
        return False
    opening = _analyse(_first_clause(sentence, at), dates, entities, last_speaker)
    return opening is not None and _toll_of_the_deed(opening, second, own)


def _first_clause(sentence: Sentence, at: int) -> Sentence:
    """The sentence up to where a joined clause is cut off (`at`, counted within the sentence)."""
    return Sentence(sentence.start, sentence.start + at, sentence.text[:at], sentence.paragraph)


def _in_the_reports_country(
    mentions: list[Mention], text: str, entities: Sequence[Entity], entity_starts: list[int]
) -> list[Mention]:
    """The mentions whose sentence names no country or place of its own ("The Coast Guard said it would
    ...") given the country the report is set in as `home_country`; its background too ("The rig exploded
    on April 20", "In 2006 a pipeline leaked"), which on unseen reports is mostly the same country's."""
    firms = firms_homes(text, entities)
    home = article_country(text, entities)
    if firms:
        # ("Norvik's shares fell": a firm's own business is of the firm's home, wherever the report is set)
        mentions = [
            dataclasses.replace(m, home_country=firm_home)
            if not m.countries
            # (a state's people speaking of a firm's dividend speak where they are: "the president urged
            # the company to suspend its dividend")
            and not m.speaker_country
            and (firm_home := home_of_business(m.sentence.text, m.event_type, m.actors, firms))
            else m
            for m in mentions
        ]
    if not home:
        return mentions
    world = told_of_the_world(text)
    return [
        dataclasses.replace(m, home_country=home)
        if not m.countries
        and not m.home_country
        and not speaks_of_the_world(m.sentence.text)
        and takes_the_reports_country(
            # ("the Dutch company": a firm's home says nothing of where the news is)
            [
                e
                for e in entities[
                    bisect_left(entity_starts, m.sentence.start) : bisect_left(entity_starts, m.sentence.end)
                ]
                if not names_a_firms_home(text, e) and not where_a_reporter_is(text, e)
            ],
            told_of_the_world=world,
        )
        else m
        for m in mentions
    ]


def _one_poll_report(
    drafts: list[Draft],
    article: Article,
    entities: list[Entity],
    entity_starts: list[int],
    dates: list[DateMention],
) -> list[Draft]:
    """An opinion poll reported as one claim of whoever ran it, at the first sentence that names it
    ("Dutch voters think ..., according to a Kantar poll"); its figures, told sentence after sentence
    ("54 percent of voters favor ...", "Earlier this month 41 percent agreed"), are no happenings, and
    "voters" in them is no election."""
    # (each sentence is asked once: most reports tell no poll, and the search for one named by who ran it
    # then the search for any read every sentence twice)
    findings = [s for s in article.sentences if poll_finding(s.text, s.text, poll_told=False)]
    first = next((s for s in findings if pollster(s.text)), None)
    if first is None:
        first = next(iter(findings), None)
    if first is None:
        return drafts
    own = entities[bisect_left(entity_starts, first.start) : bisect_left(entity_starts, first.end)]
    # '"Most Danes say ..., according to the Harbour Institute": the speaker read from the sentence
    told = next((d for d in drafts if d.sentence.start == first.start and d.speaker), None)
    when = told.own_date if told is not None else None
    asked = _POLL_DATED.search(first.text)
    if when is None and asked is not None:
        # "2,000 voters surveyed yesterday said ...": nobody named speaks, the date of the asking is there
        when = next(
            (d for d in dates if first.start + asked.start() <= d.start < first.start + asked.end()), None
        )
    kept = [
        d
        for d in drafts
        if d is not told
        and not (
            d.event_type in _POLL_LOOKALIKES
            and poll_finding(d.clause or d.sentence.text, d.sentence.text, d.sentence.start > first.start)
        )
    ]
    if when is None and polls_in_general(first.text):
        # "Polls have shown most voters think ...": the writer sums up opinion; no poll is released
        return kept
    report = dataclasses.replace(
        told or bare_draft(first, own),
        event_type="claim",
        family="claim",
        speaker=pollster(first.text) or (told.speaker if told is not None else ""),
        clause=first.text,
        # "a poll released on Tuesday" dates the report; "say NWG handled the April 20 blowout badly" names
        # what was asked about
        own_date=when if when is not None and asked is not None else None,
        # (a poll is the day's news, not a standing position or a fact of the past)
        present_habitual=False,
        undated_past=False,
        generic=False,
    )
    at = next((i for i, d in enumerate(kept) if d.sentence.start > first.start), len(kept))
    return [*kept[:at], report, *kept[at:]]


# "a poll released on Tuesday", "2,000 voters surveyed yesterday": when the people were asked
_POLL_DATED = rx(
    r"\b(poll|survey)\b[^.;]{0,40}\b(released|published|conducted|taken|carried\s+out)\b"
    r"|\b(surveyed|polled|questioned|interviewed)\s+(on\s+)?(yesterday|today|last\s+week|this\s+week|on\s+\w+day"
    r"|\w+day|last\s+\w+day)\b"
)
# What a poll's figures are taken for: remarks, an election ("voters"), an act of no type, a reaction
_POLL_LOOKALIKES = frozenset(("statement", "claim", "election", "other", "attack", "policy", "denial"))


# A coordinate clause with a subject of its own, up to a date: "... but it would not be finished until"
_AFTER_A_CLAUSE_OF_ITS_OWN = rx(
    r"(,\s+|\s)(but|and|while|although|though)\s+(it|they|he|she|this|that)\s+[^,;]*$"
    # ("is delaying action on the bill until after Congress returns in mid September": the day is the
    # until-clause's, whose own verb it dates; the act under way is the report's day's)
    r"|\s(until|till)\s+((some\s*time|shortly|well|long)\s+)?(after|when|once|before)\s+[^,;:“”\"]*$"
)


def _what_was_announced(
    said: Mention, draft: Draft, article: Article, ahead: DateMention | None = None
) -> Mention:
    """ "Okafor said they would send a joint letter to the board on Tuesday": what the remarks announce is a
    planned happening with its own date (`ahead`, else the remarks' own), of the kind its words name."""
    own = ahead or draft.own_date
    assert own is not None  # said_of_the_future holds only for dated remarks
    verb = REPORTING.search(draft.sentence.text)
    quoted = quoted_date(draft)
    # ("told the minister she would resign on Friday": the words said, past who was told)
    words = what_was_said(draft.sentence.text, verb) if verb is not None and quoted is None else ""
    told = (
        draft.sentence.text[quoted[0] : quoted[1]].strip(' ,."“”')
        if quoted is not None
        else words or draft.sentence.text[verb.end() :].strip(" ,")
        if verb is not None
        else draft.clause
    )
    closing = draft.own_date is not None and re.fullmatch(
        r"[\s,]*(on\s+)?" + re.escape(draft.own_date.text) + r"[\s.]*", told
    )
    if not re.search(r"\w", told) or closing:
        # "The dam will fail by Friday, engineers warned.", "..., the minister said on Wednesday.": the
        # words told come first
        told = draft.clause
    told = state_speaks(
        re.sub(r"^that\s+", "", told, flags=re.IGNORECASE), said.speaker, said.speaker_country
    )
    clause = told[:1].upper() + told[1:]
    return _planned(said, own, article, clause, first_trigger(told), untyped=("other", "other"))


def _act_directed(order: Mention, draft: Draft, article: Article, act: str) -> Mention:
    """ "The court ordered Roe to appear on 3 July": the act ordered, planned for its own day, of the kind its
    words name."""
    own = draft.own_date
    assert own is not None  # directed_ahead holds only for a dated draft
    return _planned(order, own, article, act, first_trigger(act), untyped=(order.event_type, order.family))


def _planned(
    source: Mention,
    own: DateMention,
    article: Article,
    clause: str,
    trigger: Trigger | None,
    untyped: tuple[str, str],
) -> Mention:
    """What a remark announces or an order directs, as a planned happening on its own day, of the kind its
    words name (`trigger`; `untyped`, the type and family, when they name none)."""
    return dataclasses.replace(
        source,
        event_type=trigger.event_type if trigger is not None else untyped[0],
        family=trigger.family if trigger is not None else untyped[1],
        date_start=own.date_start,
        date_end=own.date_end,
        precision=own.precision,
        date_text=own.text,
        date_basis="explicit" if own.explicit else "resolved",
        date_reason=outlet_reason(own.reason, article),
        planned=True,
        undated_past=False,
        clause=clause,
    )


# "The agreement takes effect", "The new rules come into force", "The talks resume": a subject, then a verb
# in the present of a thing set for a day
_PRESENT_OF_A_DAY_AHEAD = rx(
    r"^(?:the|an?|its|their|his|her|(?-i:[A-Z])[\w’'.-]*)\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?:takes?|comes?|goes|go|begins?|starts?|opens?|closes?|ends?|expires?|resumes?|meets?|runs?|opens?)\s"
)
_AND_ACT_AUX = rx(r"^(?:[\w’'-]+\s+){1,4}?(?:is|are|has|have)\s")


# ", having gained 3% on Monday": a perfect participle after the main clause, a happening of its own that
# came before it
# the subject opening a sentence, up to its verb in the past: "Shares of the miner | rose"
_SUBJECT_BEFORE_VERB = re.compile(
    r"^((?:[\w’'.%-]+\s+){1,6}?)(?=(?-i:[a-z]{3,}ed|rose|fell|won|lost|made|held|sold|paid)\b)"
)


_AFTER_OR_BEFORE = rx(r"\s*(?:after|before)\s")


_AFTER_OR_BEFORE_WORD = rx(r"\s(?:after|before)\s")
_OPENING_PHRASE = rx(r"(?:on|in|at|by|from|since|until|during|early|late|last|this)\b")


def _without_counted_clause(clause: str) -> str:
    """A title without the after- or before-clause a count opens after a comma ("The mayor resigned, three
    days before the court ruled" -> "The mayor resigned"); as it is when it has none ("served two years
    before his release", "for two years after the war")."""
    for word in _AFTER_OR_BEFORE_WORD.finditer(clause):
        counted = count_then_after(clause[: word.start()])
        kept = clause[: counted.start()].rstrip() if counted is not None else ""
        # ("On 16 April, four days before the rig exploded, a manager flew ashore": a phrase that opens the
        # sentence, not a clause after its main one)
        if kept.endswith(",") and not _OPENING_PHRASE.match(kept) and "," not in clause[word.end() :]:
            return kept.rstrip(" ,")
    return clause


def _without_count_tails(sentence: Sentence, parts: list[Sentence]) -> list[Sentence]:
    """`parts` with the count that opens the next part's after- or before-clause taken off the part it ends:
    "Shares fell on Friday, a day | after the bank reported a loss" tells the fall "on Friday", and the day
    counts the clause after it from the fall, no part of the fall's words."""
    out: list[Sentence] = []
    for part in parts:
        tail = count_then_after(part.text)
        if (
            tail is not None
            and part.text[: tail.start()].rstrip().endswith(",")
            and _AFTER_OR_BEFORE.match(sentence.text, part.end - sentence.start)
        ):
            kept = part.text[: tail.start()].rstrip(" ,")
            part = Sentence(part.start, part.start + len(kept), kept, part.paragraph)
        out.append(part)
    return out


# "after the team lost the final on 19 April": a part opened by "after" or "before", then a subject and a verb
_TIME_CLAUSE_OPENS = rx(r"(?:after|before)\s+")
_COORDINATED = rx(r"\b(?:and|or|but|then)\b")
_SUBJECT = r"(?:(?:the|a|an|its|his|her|their)\s+|(?-i:[A-Z])[\w’'-]*\s+)"
_SUBJECT_WORDS = r"(?:(?!(?:who|which|that|and|or|but|then)\b)[\w’'-]+\s+)"
_SUBJECT_THEN_IRREGULAR = rx(
    rf"^{_SUBJECT}{_SUBJECT_WORDS}{{0,5}}?(?P<verb>{alternatives(IRREGULAR_PAST)})\b"
)


# "before the vote was held on 3 May", "after it was built", "after ballots were found": a subject of any
# words (a pronoun, a bare plural), then a passive whose participle is irregular; after "was" or "were" the
# participle is no simple past, so an agent ("was cut by the council") is still this passive
_SUBJECT_THEN_PASSIVE = rx(
    rf"^{_SUBJECT_WORDS}{{1,6}}?(?:was|were)\s+(?:\w+ly\s+)?{alternatives(IRREGULAR_PARTICIPLES)}\b"
)


def _dated_time_clause(part: Sentence, dates: list[DateMention], entities: list[Entity]) -> Draft | None:
    """A part cut off at "after" or "before" that holds a date, a subject and a verb of its own: a happening
    of that date, of whatever kind ("..., two weeks | after the team lost the final on 19 April"); None for a
    noun ("after three weeks of talks on 2 May"), remarks, or a part with no date of its own."""
    opener = _TIME_CLAUSE_OPENS.match(part.text)
    if opener is None:
        return None
    rest = part.text[opener.end() :]
    start = part.start + opener.end()
    own = [d for d in dates if d.start >= start and d.end <= part.end and d.value != "PRESENT_REF"]
    irregular = _SUBJECT_THEN_IRREGULAR.match(rest)
    if (
        not own
        or SPEECH.search(rest)
        or not (
            _own_subject_and_verb(rest)
            or _SUBJECT_THEN_PASSIVE.match(rest) is not None
            or (
                irregular is not None
                and irregular_past_tells(irregular.group("verb"), rest[irregular.end() :])
            )
        )
    ):
        return None
    if len(_ANOTHER_VERB.findall(rest[: own[0].start - start])) > 1:
        return None  # "after a witness who saw the crash on 1 March withdrew her account": the seeing's date
    # ("after the team lost the final on 19 April": the date is the event's, not its title's words)
    words = rest[: own[0].start - start]
    words = re.sub(r"\s+(?:on|in|at)\s*$", "", words) + rest[own[0].end - start :]
    clause = words.rstrip(" .,")
    told = Sentence(start, part.end, rest, part.paragraph)
    return dataclasses.replace(
        bare_draft(told, entities), own_date=own[0], clause=clause[:1].upper() + clause[1:]
    )


# "eleven weeks after the match was abandoned on 15 July": a count, "after" or "before", then a clause whose
# own date the count measures from (one date mention, the count's, with that date for its anchor)
_COUNT_OPENS_TIME_CLAUSE = rx(r"^(?P<count>.*?)\s+(?P<word>after|before)\s")


def counted_time_clause(sentence: Sentence, dates: list[DateMention]) -> tuple[DateMention, Sentence] | None:
    """The date that counts from a dated time clause inside its own words ("The court fined the club 11 weeks
    after the match was abandoned on 15 July": '11 weeks after ... 15 July', counted from 15 July), and the
    clause from "after" or "before" to the end of that date's clause; None when the sentence has no such
    count, or the count's words are a stretch ("for two years after ...")."""
    for date in dates:
        anchor = date.anchor
        if anchor is None or not _counted_from_within(date) or anchor.value == "PRESENT_REF":
            continue
        words = sentence.text[date.start - sentence.start : anchor.start - sentence.start]
        opens = _COUNT_OPENS_TIME_CLAUSE.match(words)
        # ("banned for two years after ...": the text before the count tells whether it is a stretch)
        before = sentence.text[: date.start - sentence.start]
        if opens is None or count_then_after(before + opens.group("count")) is None:
            continue
        # ("Investors who bought shares two weeks after ...": the count is in a relative clause)
        if _RELATIVE.search(before):
            continue
        at = date.start - sentence.start + opens.start("word")
        # (the clause runs to the end of the anchor's date, then on to a comma or the sentence's end)
        tail = re.split(
            r"\s*(?:[,;:“”\"(]|\s[-–—]+\s)", sentence.text[anchor.end - sentence.start :], maxsplit=1
        )[0]
        # ("A report published two months after the dam was breached on 3 March blamed the builders", "...
        # abandoned on 3 May and banned him": a verb after the date is the main clause's, which the count sits
        # inside, no time clause of the sentence's end; "after the April 20 explosion that killed 11 workers":
        # a verb of a relative clause after the date is the time clause's own)
        if FINITE_VERB.search(_RELATIVE.split(tail, maxsplit=1)[0]) or _COORDINATED.match(tail.strip()):
            continue
        end = anchor.end - sentence.start + len(tail.rstrip(" ."))
        return date, Sentence(
            sentence.start + at, sentence.start + end, sentence.text[at:end], sentence.paragraph
        )
    return None


_RELATIVE = rx(r"\b(?:who|whom|whose|which|that)\b")
_ENDS_OPEN = rx(r"\b(?:to|of|for|in|into|within|with|by|at|on|from|the|an?|its|his|her|their)$")


def _counted_clause_happenings(
    draft: Draft,
    sentence: Sentence,
    counted: tuple[DateMention, Sentence],
    dates: list[DateMention],
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> tuple[Draft, Draft] | None:
    """The two happenings of "The court fined the club 11 weeks after the match was abandoned on 15 July":
    the main clause's, at the counted date, told without the count ("The court fined the club"), and the time
    clause's, at its own date ("The match was abandoned"). None when the time clause tells no happening of its
    own (a noun: "two weeks after the vote on 3 May"), or the words before the count are no clause of their
    own ("was sentenced to five years after ...")."""
    date, part = counted
    anchor = date.anchor
    if anchor is None:
        return None
    second = _dated_time_clause(part, [anchor], entities)
    if second is None:
        return None
    second = dataclasses.replace(second, sentence=sentence)
    # ("The roof collapsed": the clause's own words may tell what kind of happening it is)
    retyped = first_trigger(second.clause)
    if retyped is not None and retyped.event_type not in SPEECH_TYPES:
        second = dataclasses.replace(second, event_type=retyped.event_type, family=retyped.family)
    # ("The board met on 26 April, a week before the ship was sold on 3 May": the main clause's own date,
    # which the count restates, dates it; "The club's 1990 signing was sold two years after ...": a date the
    # sentence is not dated by is a modifier, the count dates it)
    earlier = [d for d in dates if d.end <= date.start and d.value != "PRESENT_REF"]
    if earlier and draft.own_date is not date:
        return draft, second
    if draft.is_speech_type:
        # ("On Friday, 11 weeks after the well was capped on 15 July, the admiral announced ...": remarks told
        # apart from the time clause keep their words; "The union called a strike a month before ...": a
        # statement's words are not cut, no split)
        return (draft, second) if part.text not in (draft.clause or sentence.text) else None
    words = sentence.text[: date.start - sentence.start].rstrip(" ,")
    # ("nearly five months after": the adverb before the count goes with it)
    words = re.sub(
        r"[\s,]+(?:about|some|nearly|almost|roughly|around|just|only|barely|more\s+than|less\s+than)$",
        "",
        words,
    )
    # ("The minister resigned": a subject and its verb are a clause, however short; "was sentenced to five
    # years after ...": a count after a preposition is a term, no time counted back)
    if len(words.split()) < 2 or not FINITE_VERB.search(words) or _ENDS_OPEN.search(words):
        return None
    main_part = Sentence(sentence.start, sentence.start + len(words), words, sentence.paragraph)
    main = _analyse(main_part, [], entities, last_speaker) or past_deed_act(main_part, entities)
    if main is None:
        # ("The team won the cup": a deed of no named kind, still the main clause's own)
        main = dataclasses.replace(bare_draft(main_part, entities), clause=words)
    return dataclasses.replace(main, sentence=sentence, own_date=date), second


# A relative pronoun or a verb in the past between a clause's verb and a date (or a second one between its
# opening and the date): the date may be that other verb's ("lost the contract it won on 3 March", "a
# witness who saw the crash on 1 March withdrew")
_ANOTHER_VERB = rx(rf"\b(?:who|which|that|whom|whose|{alternatives(IRREGULAR_PAST)}|[a-z]{{3,}}ed)\b")


def _told_by_another_verb(between: str) -> bool:
    """Whether the words from a clause's verb to a date hold another verb or a relative clause's opening."""
    return _ANOTHER_VERB.search(between) is not None


def _counted_from_within(date: DateMention) -> bool:
    """ "a month after the house approved it on 30 April": a time counted from a date inside its own words."""
    anchor = date.anchor
    return anchor is not None and date.start <= anchor.start and anchor.end <= date.end


def _remarks_before_earlier_act(
    sentence: Sentence,
    clause: Sentence,
    dates: list[DateMention],
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> Draft | None:
    """The remarks of a sentence read without the time clause in the past perfect that closes it (see
    `earlier_time_clause`), with no date of their own; None when the main clause is no remarks."""
    opening = EARLIER_TIME_OPENER.search(sentence.text[: clause.start - sentence.start])
    if opening is None:
        return None
    phrase = Sentence(
        sentence.start + opening.start(),
        clause.end,
        sentence.text[opening.start() : clause.end - sentence.start],
        sentence.paragraph,
    )
    compact, moved_dates, moved_entities, _back = without_asides(sentence, [phrase], dates, entities)
    draft = _analyse(compact, moved_dates, moved_entities, last_speaker)
    if draft is None or not draft.is_speech_type or draft.own_date is not None:
        return None
    return dataclasses.replace(draft, sentence=sentence)


def _earlier_act(
    sentence: Sentence,
    date: DateMention,
    clause: Sentence,
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> list[Draft]:
    """The act a time clause in the past perfect tells (see `earlier_time_clause`), read with its date."""
    if SPEECH.search(clause.text):
        return []  # ("after the minister had said ..."): remarks, and only their own sentence tells of them
    # ("until after the president, on a tour of the region, had visited the country on 16 April"): the kind
    # the whole sentence read with the date gives, which is that of the trigger nearest the date, else the
    # clause's own
    whole = _analyse(sentence, [date], entities, last_speaker)
    draft = (
        whole
        if whole is not None and not whole.is_speech_type and whole.own_date is date
        else _analyse(clause, [date], entities, last_speaker)
    )
    if draft is not None and draft.is_speech_type:
        return []
    if draft is None:
        draft = bare_draft(clause, entities)
    text = clause.text[:1].upper() + clause.text[1:]
    return [dataclasses.replace(draft, sentence=sentence, own_date=date, clause=text)]


def _happening_since_when(
    sentence: Sentence,
    date: DateMention,
    clause: Sentence,
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> list[Draft]:
    """The happening a "since ..., when" clause tells, dated by the "since" date."""
    draft = _analyse(clause, [], entities, last_speaker)
    if (draft is not None and draft.is_speech_type) or SPEECH.search(clause.text):
        return []  # "since Monday, when he said ...": remarks, and only their own sentence tells of them
    if draft is None:
        # "when its plane crashed near Lyon": no named kind of act, still a happening of that day
        draft = bare_draft(clause, entities)
    text = clause.text[:1].upper() + clause.text[1:]
    return [dataclasses.replace(draft, sentence=sentence, own_date=date, clause=text)]


# "... on Thursday after parliament passed the law", "... as fans marked the anniversary": a clause with
# a subject and a verb in the past of its own, opened by "after" or "as"
_PAST_VERB = (
    r"(?:\w{3,}ed|froze|drew|broke|fell|sent|took|made|gave|won|lost|held|met|led|fled|began|came|went|sank|rose"
    r"|struck|fought|left|sold|paid|shot|stormed|seized|flew)"
)
# "by" then who did it marks a participle ("talks mediated by the envoy"); "by" then an amount is how much
# a verb of its own changed ("after profits dropped by a third", "fell by 5 percent")
_BY_WHO_DID_IT = (
    r"\s+by\b(?!\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|up\s+to"
    r"|as\s+much\s+as)\s+)?(?:[$£€]?\d|(?:a|one)\s+(?:third|quarter|fifth|tenth|half)|half|two-thirds))"
)
_ACT_BEFORE = rx(
    r"(?<!such)(?<!well)(?<!so)\s+(after|as)\s+(?=(?:(?:the|a|an|its|his|her|their)\s+|[A-Z][\w’'-]*\s+|[a-z]+\s+)"
    rf"(?:(?!(?:who|which|that|being|having|to)\b)[\w’'-]+\s+){{0,7}}?(?P<verb>{_PAST_VERB})\b(?P<passive>{_BY_WHO_DID_IT})?)"
)
# A word right after a determiner or an adverb of the kind is an adjective, not a verb: "the elected mayor",
# "a disgraced banker", "the newly elected president"
_NOT_AFTER_A_MODIFIER = (
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)"
    r"(?<!\bnewly\s)(?<!\brecently\s)(?<!\bdemocratically\s)(?<!\bpopularly\s)(?<!\bduly\s)"
)
# The past forms that are never participles (`PAST_ONLY`: "sank", "ran", "began"), and those that may be,
# which a preposition after them makes a participle's ("injuries suffered in the cup", "a group made up of")
_PAST_OR_PARTICIPLE = (
    rf"(?:[a-z]{{3,}}ed|{alternatives(frozenset(IRREGULAR_PAST) - PAST_ONLY)})\b"
    r"(?!\s+(?:by|in|at|on|for|with|from|during|of|under|up|out|off|as)\b)"
)
# A finite verb right after a participle's agent: "after the tanker owned by a shipping firm | ran aground"
# (the participle and its agent tell which tanker; the clause's own verb comes after them), never a
# capitalised word ("the United Nations") nor an adjective ("the elected mayor"); and a passive's auxiliary
# before the participle: "after the bank | was robbed by three men" (a clause, not a participle)
_VERB_AFTER_AGENT = rx(
    rf"^\s+by\s+(?:(?!(?:who|which|that|and|or|to)\b)[\w’'.-]+\s+){{1,5}}?{_NOT_AFTER_A_MODIFIER}"
    rf"(?-i:{alternatives(PAST_ONLY)}\b(?!\s+by\b)|{_PAST_OR_PARTICIPLE})"
)
_PASSIVE_AUXILIARY = rx(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?\w+\s*$")


def _finding(text: str, tests: re.Match[str] | None) -> str:
    """What tests showed, from the words after their verb ("that" left out), capitalised; "" when it opens
    with a pronoun ("it was working"), which only the tests' words make clear."""
    found = text[tests.end() :].strip(" .") if tests is not None else ""
    if not found or _PRONOUN_OPENS.match(found):
        return ""
    return found[:1].upper() + found[1:]


_PRONOUN_OPENS = rx(r"(it|they|he|she|this|that|these|those|there)\b")


def _act_before(
    draft: Draft,
    sentence: Sentence,
    entities: list[Entity],
    last_speaker: tuple[str, str],
    dates: Sequence[DateMention] = (),
) -> Draft | None:
    """ "The protests began on Thursday after parliament passed the law": the happening the main clause
    follows is one of its own, of the main clause's day (it came first, at most that day); None when the
    sentence tells no such clause, the clause holds a date of its own, or it names no kind of happening."""
    main = draft.own_date
    if (
        draft.is_speech_type
        or main is None
        or main.tense == "future"
        or main.precision not in ("day", "week", "month")
    ):
        return None
    found = _ACT_BEFORE.search(sentence.text)
    if found is None:
        return None
    if (
        found.group("passive")
        and not _PASSIVE_AUXILIARY.search(sentence.text, 0, found.start("passive"))
        and not _VERB_AFTER_AGENT.match(sentence.text[found.start("passive") :].split(",")[0])
    ):
        return None  # "after three weeks of talks mediated by the AU": a participle, no clause
    rest = sentence.text[found.end() :]
    piece = re.split(r"\s*(?:[,;:“”\"(]|\s-\s)", rest, maxsplit=1)[0]
    # "Dudley is in charge after Hayward returned to Britain last week": the sentence's only date is the
    # after-clause's, and the main clause, in the present, has none
    theirs = (
        after_clause_dated(main, sentence, found.end(), len(piece))
        and found.group(1).lower() == "after"
        and len([d for d in dates if d.value != "PRESENT_REF"]) == 1
        and _PRESENT_MAIN.search(sentence.text[: found.start()]) is not None
    )
    if main.end - sentence.start > found.start() and not theirs:
        return None  # the main clause's date must be its own, before the clause
    if len(piece.split()) < MIN_CLAUSE_WORDS or _RELATIVE_OPENING.match(piece):
        return None
    part = Sentence(
        sentence.start + found.end(), sentence.start + found.end() + len(piece), piece, sentence.paragraph
    )
    told = _analyse(part, [], entities, last_speaker)
    after = found.group(1).lower() == "after"
    # "after the team lost the final on 19 April": an irregular past with its own subject is a clause too
    # ("caught fire after an explosion and sank": a verb after "and" is the main clause's second one; "was
    # put into quarantine after a singer fell ill": one with no date of its own is told with the main one);
    # so is a participle and its agent let through above, with a verb of the clause's own after them, or a
    # passive's auxiliary before them: "after the tanker owned by a shipping firm ran aground"
    own_clause = (
        bool(found.group("passive"))
        or _own_subject_and_verb(piece)
        or (
            any(
                point is not None and part.start <= point.start and point.end <= part.end
                for d in dates
                for point in (d, d.anchor)
            )
            and irregular_past_tells(found.group("verb"), sentence.text[found.end("verb") :])
            and _COORDINATED.search(sentence.text, found.end(), found.start("verb")) is None
        )
    )
    own_verb = after and own_clause
    if told is None and own_verb:
        # "after test results on the man were confirmed": a happening of no named kind, still its own
        told = bare_draft(part, entities)
    if (
        told is None
        # ("..., as Dutch engineers announced they had mapped the fault": remarks of the same moment, and
        # news of their own; what someone said before an act is told with the act)
        or (told.is_speech_type and (after or not told.speaker))
        or (told.family == "other" and not own_verb)
    ):
        return None
    clause = piece.rstrip(" .")
    # "two days after rebels attacked the base on Monday": the clause's own day, the point counted from
    own = next(
        (
            point
            for d in dates
            for point in (d, d.anchor)
            if point is not None and part.start <= point.start and point.end <= part.end
        ),
        None,
    )
    if own is not None and _told_by_another_verb(
        sentence.text[found.end("verb") : own.start - sentence.start]
    ):
        own = None  # "after the firm lost the contract it won on 3 March": the date of the winning
    if theirs:
        own = main
    # "began arriving last week, about a month after the plant exploded": counted back from the main date
    counted = counted_back(main, sentence, found.start()) if own is None else None
    return dataclasses.replace(
        told,
        own_date=own or counted or main,
        anterior=own is None and counted is None,
        clause=clause[:1].upper() + clause[1:],
        speaker=told.speaker if told.is_speech_type else "",
        speaker_country=told.speaker_country if told.is_speech_type else "",
    )


# a main clause in the present: "is in charge", "are now in control", "remains"
_PRESENT_MAIN = rx(r"\b(is|are|remains|remain)\b")


# "test results on the man were confirmed", "the talks collapsed": a subject of its own (no participle
# first) and a verb in the past, not a participle with its agent ("talks mediated by the AU")
_SUBJECT_AND_VERB = re.compile(
    r"^(?![a-z]+ing\b)[\w’'-]+\s+(?:[\w’'-]+\s+){0,6}?"
    rf"(?:(?:was|were|had\s+been|has\s+been)\s+[a-z]{{3,}}ed\b|{_NOT_AFTER_A_MODIFIER}[a-z]{{3,}}ed\b(?!{_BY_WHO_DID_IT}))"
)


def _own_subject_and_verb(clause: str) -> bool:
    """Whether a clause after "after" tells a happening of its own, whatever its kind: "after test
    results on the man were confirmed" does, "after three weeks of talks" and "after arriving" do not."""
    return _SUBJECT_AND_VERB.match(clause) is not None


def _main_without(
    draft: Draft,
    before: Draft,
    dates: list[DateMention],
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> Draft:
    """The main clause read without the clause it follows, so that the kind of happening it tells is its
    own ("The US suspended the dialogue in November after the government froze talks" is no freezing)."""
    sentence = draft.sentence
    opening = re.search(r"\s+\w+\s+$", sentence.text[: before.sentence.start - sentence.start])
    cut = before.sentence.start - (len(opening.group()) if opening else 0)
    main = Sentence(
        sentence.start,
        cut,
        sentence.text[: cut - sentence.start],
        sentence.paragraph,
    )
    alone = _analyse(main, dates, entities, last_speaker)
    if alone is None or alone.own_date is not draft.own_date:
        return draft
    # ("The storm weakened on Tuesday, a day after the levee failed": the count belongs to the clause it
    # measures back to, and would leave the main clause's title hanging on "a day")
    counted = count_then_after(alone.clause)
    if counted is not None and opening is not None and opening.group().strip().lower() == "after":
        alone = dataclasses.replace(alone, clause=alone.clause[: counted.start()].rstrip(" ,"))
    return dataclasses.replace(alone, sentence=sentence)


_RELATIVE_OPENING = rx(r"^[,;\s]*(which|that|who)\s+")
_RELATIVE_PAST = rx(r"^[,;\s]*(which|that|who)\s+(had|has|have|was|were)\s")
_ASIDE_PRONOUN = rx(r"^(who|which)\s+")
_ASIDE_OPENING = rx(
    r"^(?:(?:in|at|during|from|on|after|under|near|close\s+to)\s+)?(?:whom|which|whose|where|since)\s+"
)
# an election a person won, lost or was elected in: "won a second term", "elected for a second term"
_RACE_RUN = rx(r"\b(election|vote|race|primary|term|runoff)\b")


# "the April 20 explosion that killed 11 workers", "Saturday's storm, which flattened the harbour": the noun a
# day names, then a relative clause with a verb in the simple past (what the happening did, on its day)
_DEED_OF_THE_DATED_NOUN = rx(
    r"(?P<noun>(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s*,?\s+(?:that|which)\s+"
    r"(?P<deed>(?:\w+ly\s+)?(?!(?:had|has|have|was|were|is|are|will|would|could|may|might)\b)[a-z]+ed\b[^,;:.()]*)"
)
_OPENS_THE_NOUN = rx(r"\b(?:the|a|an)\s+$")


def _deed_of_a_dated_noun(draft: Draft, sentence: Sentence, dates: list[DateMention]) -> Draft | None:
    """An undated draft whose kind is told by a relative clause of a noun a day names takes that day:
    "Since the April 20 explosion, which killed 11 workers, ..." -> the explosion killed 11 workers, on 20
    April (the main clause has no date of its own, and the killing is the explosion's). None otherwise."""
    if draft.own_date is not None or draft.event_type == "other" or draft.is_speech_type:
        return None
    text = sentence.text
    # ("a month after Saturday's storm, which killed 12": the killing is of the point counted from)
    for date in (d.anchor if d.anchor is not None else d for d in dates):
        if date.precision != "day" or not dates_a_named_happening(date, text, sentence.start):
            continue
        found = _DEED_OF_THE_DATED_NOUN.match(text, date.end - sentence.start)
        if found is None:
            continue
        # ("the plant was shut": the main clause tells an act of the draft's kind itself, which the day of the
        # noun does not date; else the draft's kind is the happening's, or what it did)
        main = first_trigger(text[: date.start - sentence.start] + text[found.end() :])
        told = f"{date.text}{found.group('noun')} {found.group('deed').strip()}"
        kinds = {
            t.event_type for t in (first_trigger(found.group("deed")), first_trigger(told)) if t is not None
        }
        if (main is not None and main.event_type == draft.event_type) or draft.event_type not in kinds:
            continue
        opening = _OPENS_THE_NOUN.search(text[: date.start - sentence.start])
        clause = f"The {told}" if opening else told
        return dataclasses.replace(draft, own_date=date, clause=clause[:1].upper() + clause[1:])
    return None


_SAID_THAT = rx(r"\s*,?\s*(that\s+)?")


def _reported_happening(
    draft: Draft,
    sentence: Sentence,
    dates: list[DateMention],
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> Draft | None:
    """ "In a statement on Monday, the minister said a review team had spoken to the union on Sunday night":
    the remarks are dated when made, and the happening they report, dated earlier in what was said, is one
    of its own at its date; None when the sentence is not so."""
    speech = REPORTING.search(sentence.text)
    if speech is None:
        return None
    # the saying's date: the one right after its verb ("said on Monday"), or a speech's own date before it
    # ("In a statement on Monday, the minister said")
    said = next(
        (
            d
            for d in dates
            if sentence.start + speech.end() <= d.start < sentence.end
            # ("told reporters on Monday", "told The Daily Post on Monday": to whom, then when)
            and SAYING_TO_DATE.match(sentence.text[speech.end() : d.start - sentence.start])
        ),
        None,
    )
    begin = speech.end() if said is None else said.end - sentence.start
    if said is None and draft.is_speech_type and draft.own_date is not None:
        said = draft.own_date if draft.own_date.end - sentence.start <= speech.start() else None
    if said is None:
        return None
    that = _SAID_THAT.match(sentence.text, begin)
    begin = that.end() if that else begin
    told = [
        d
        for d in dates
        if d.start - sentence.start >= begin
        and d.end <= sentence.end
        and d.value != "PRESENT_REF"
        and d.precision in ("day", "week", "month")
        and (d.date_end < said.date_start or before_the_saying(d, said) is not None)
    ]
    if not told or not FINITE_VERB.search(sentence.text[begin : told[0].start - sentence.start]):
        return None
    what = Sentence(sentence.start + begin, sentence.end, sentence.text[begin:], sentence.paragraph)
    happening = _analyse(what, dates, entities, last_speaker)
    if happening is None or happening.is_speech_type or happening.own_date is not told[0]:
        return None
    earlier = before_the_saying(told[0], said)
    if earlier is not None:
        happening = dataclasses.replace(happening, own_date=earlier)
    if not draft.is_speech_type and draft.event_type != happening.event_type:
        return None  # the sentence's act is not the one told
    return happening


# (a month or a year told in the past is long before any remark reported as news)
_LONG_BEFORE = ("month", "year", "quarter", "season")


def _told_of_the_past(
    draft: Draft,
    sentence: Sentence,
    dates: list[DateMention],
    entities: list[Entity],
    last_speaker: tuple[str, str],
    published: dt.date,
) -> tuple[Draft, ...] | None:
    """Remarks dated only by what they tell of an earlier time ("Officials say the bridge collapsed in
    2024", "the minister said the plant was sold in March 2019"): the remarks are the report's (or the
    context's) day, and the happening told is kept apart at its own date, attributed to the speaker, never
    as a fact. None when the sentence is not so."""
    own = draft.own_date
    if not (draft.is_speech_type and draft.speaker) or own is None or own.date_end >= published:
        return None
    text = sentence.text
    speech = speech_in(text)
    if speech is None:
        return None
    at = own.start - sentence.start
    # "People exposed to the virus in 2003 were held there, a government spokesman said": the attribution
    # closes the sentence and what was said, with its date, stands before its comma
    closing = CLOSING_VOICE.search(text[: speech.start()]) or NAMED_CLOSING.search(text[: speech.start()])
    if at < speech.end() and not (closing and at < closing.start() and own.precision in _LONG_BEFORE):
        return None  # "On Monday, officials said ...": the date is the saying's
    present = PRESENT_SPEECH.fullmatch(speech.group()) is not None
    if not (present or own.precision in _LONG_BEFORE):
        return None  # "said the bridge collapsed on Monday": the saying may be of that day, left as it is
    if at < speech.end() and closing is not None:
        begin, finish = 0, closing.start()
    else:
        that = _SAID_THAT.match(text, speech.end())
        begin, finish = (that.end() if that else speech.end()), len(text)
    if not PAST_TENSE.search(text[begin:at]) or _QUOTE_OPENS.match(text, begin) or text[:1] in '"“':
        return None  # no past act told before the date, or a quotation whose dates are the speaker's own
    what = Sentence(sentence.start + begin, sentence.start + finish, text[begin:finish], sentence.paragraph)
    remarks = dataclasses.replace(draft, own_date=None)
    happening = _analyse(what, dates, entities, last_speaker)
    if happening is None or happening.is_speech_type or happening.own_date is not own:
        return (remarks,)
    voice = draft.speaker
    if (
        voice.split()[0].lower() in COLLECTIVE_SPEAKERS
        or voice.split()[0].lower() in BODY_MODIFIERS
        or DOCUMENT_VOICE.fullmatch(voice)
    ):
        voice = voice[:1].lower() + voice[1:]  # "Officials" -> "according to officials"
    # (the whole of what was told when the happening's clause is only a piece of it: "he travelled to Tokyo,
    # then to Beijing and landed in Chengdu on Saturday")
    told = (
        what.text[: len(happening.clause)]
        if what.text.lower().startswith(happening.clause.lower())
        # ("Amara Diallo was elected ..." read from "Under Amara Diallo, who was elected ...": a clause put
        # back together from a relative clause is the happening, whatever else the words told)
        else happening.clause
        if happening.clause.lower() not in what.text.lower()
        else what.text
    )
    told = told.strip().rstrip(".")
    if told and told.split()[0].lower() in NOT_A_NAME:
        told = told[:1].lower() + told[1:]
    return remarks, dataclasses.replace(
        happening,
        speaker=draft.speaker,
        speaker_country=draft.speaker_country,
        clause=f"According to {voice}, {told}",
    )


_QUOTE_OPENS = re.compile(r"\s*[:,]?\s*[\"“]")


def _aside_happenings(
    sentence: Sentence,
    asides: list[Sentence],
    dates: list[DateMention],
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> list[Draft]:
    """Each dated aside as a happening of its own, told of the noun it tells of: "Lindqvist, who was grilled
    by Congress on Thursday" -> "Tom Lindqvist was grilled by Congress ..."."""
    out: list[Draft] = []
    for aside in asides:
        head = DAY_AFTER_NOUN.sub("", sentence.text[: aside.start - sentence.start].rstrip(" ,"))
        antecedent = relative_antecedent(head)
        if (
            not aside.text.lower().startswith("who")
            and len(head.split()) <= SUBJECT_MAX_WORDS + 4
            and not FINITE_VERB.search(head)
            and not OPENING_PHRASE.match(head)
        ):
            # "The war between the army and the militia, which erupted ...": the aside follows the subject,
            # all of it (a person's "who" tells of the nearest name: "the lawyer of Jorge Mendes, who")
            antecedent = head[:1].upper() + head[1:]
        pronoun = _ASIDE_PRONOUN.match(aside.text) or ASIDE_TIME_WORD.match(aside.text)
        lead: str | None = None
        if not head and aside.start == sentence.start and opening_participle(sentence, dates) == [aside]:
            # "Arrested in May, the suspect was charged on Monday" -> "The suspect was arrested in May"
            main = sentence.text[aside.end - sentence.start + 1 :]
            subject = _main_subject(main)
            if subject is None:
                continue
            # ("the ferry finally sailed": an adverb before the verb is no part of the subject)
            subject = re.sub(r"\s+\w+ly$", "", subject)
            # ("..., the two men were charged", "..., Mr Jones was convicted": the main clause's own verb
            # tells the number, else the noun does)
            be = re.match(rf"\W*{re.escape(subject)}\s+(?:\w+ly\s+)?(was|is|has|were|are|have)\b", main, re.I)
            if be is None:
                lead = f"{subject} {past_be(subject)} "
            else:
                lead = f"{subject} {'were' if be.group(1).lower() in ('were', 'are', 'have') else 'was'} "
            pronoun, antecedent = None, None
        if lead is None and not head and pronoun:
            # "After striking down the ban on Tuesday, the judge ...": the phrase that opens the sentence
            # tells of the main clause's subject, named before it ("The judge, after striking down ...")
            subject = _main_subject(sentence.text[aside.end - sentence.start :])
            pronoun, antecedent = None, None
            if subject is not None:
                lead = f"{subject}, "
                phrase = aside.text[:1].lower() + aside.text[1:]
                where = Sentence(aside.start - len(lead), aside.end, lead + phrase, aside.paragraph)
                draft = _analyse(where, dates, entities, last_speaker)
                if draft is not None and draft.own_date is not None:
                    out.append(dataclasses.replace(draft, sentence=aside, speaker="", speaker_country=""))
                    continue
        if lead is not None:
            pass
        elif pronoun and antecedent:
            lead = f"{antecedent} "  # "who was grilled by Congress" -> "Tom Lindqvist was grilled ..."
        elif " by " in aside.text[:40] and not _ASIDE_OPENING.match(aside.text) and antecedent:
            lead = f"{antecedent} was "  # ", caused by an explosion" -> "The disaster was caused by ..."
        elif (whose := re.match(r"whose\s+", aside.text, re.IGNORECASE)) and antecedent:
            # "Park, whose handling of the strike drew protests" -> "Park's handling of the strike drew ..."
            pronoun = whose
            lead = f"{antecedent}' " if antecedent.endswith("s") else f"{antecedent}'s "
        else:  # ", where an outbreak was declared", ", in which 11 workers died": a clause of its own
            pronoun = _ASIDE_OPENING.match(aside.text)
            lead = ""
        rest = aside.start + (pronoun.end() if pronoun else 0)
        words = sentence.text[rest - sentence.start : aside.end - sentence.start]
        if lead and pronoun is None:
            words = words[:1].lower() + words[1:]  # ("Arrested in May" -> "The suspect was arrested in May")
        told = lead + words
        # the words after the pronoun keep their places, so that the dates and names found there still fit
        where = Sentence(rest - len(lead), aside.end, told, aside.paragraph)
        draft = _analyse(where, dates, entities, last_speaker)
        if draft is None or draft.own_date is None:
            continue
        clause = " ".join(told.rstrip(" .").split())
        out.append(
            dataclasses.replace(
                draft, sentence=aside, clause=clause[:1].upper() + clause[1:], speaker="", speaker_country=""
            )
        )
    return out


# the subject of a main clause, up to its verb (a day told beside it left out): "the judge | on Thursday
# refused", "Police | arrested"
_SUBJECT_THEN_VERB = re.compile(
    r"^[\s,]*(?P<subject>(?:[\w’'.-]+\s+){1,5}?)(?:on\s+(?-i:[A-Z])\w+day\s+)?"
    # (a past that is also a noun is none before the verb: "the tax cut was approved")
    rf"(?!(?:{alternatives(SAME_AS_THE_PRESENT)})\s+(?:\w+ly\s+)?(?:has|have|had|was|were|will)\b)"
    rf"(?=(?:(?-i:[a-z]{{3,}}ed)|{alternatives(IRREGULAR_PAST)}|has|have|had|was|were|will)\b)"
)


_NOUN_LIKE_PAST_AT_END = rx(rf"\b(?:{alternatives(SAME_AS_THE_PRESENT)})\s+$")


def _main_subject(main: str) -> str | None:
    """The subject of the main clause `main` opens with, capitalised ("the judge on Thursday refused ..." ->
    "The judge"); None when no verb in the past closes it within a few words."""
    found = _SUBJECT_THEN_VERB.match(main)
    # (the noun of "the tax cut" before its verb is no verb: see `_SUBJECT_THEN_VERB`)
    if found is None or FINITE_VERB.search(_NOUN_LIKE_PAST_AT_END.sub("", found.group("subject"))):
        return None
    subject = found.group("subject").strip()
    return subject[:1].upper() + subject[1:]


# a subject that names a body by what it is ("the ministry", "The interior minister"), not by its name
_THE_BODY = rx(r"(the|a|an|its|his|her|their)\s")


def _trip_beside_remarks(
    sentence: Sentence,
    draft: Draft | None,
    dates: list[DateMention],
    entities: list[Entity],
    last_speaker: tuple[str, str],
) -> tuple[Draft | None, Draft | None]:
    """The remarks of a sentence that also tells the speaker's trip ("The minister, visiting the region on
    Wednesday, said the damage was severe"), and the trip as a happening of its own ("The minister visited
    the region on Wednesday"), of its own date or else of the remarks' (said on it); the draft as it was and
    None when the sentence is not so. The remarks are read without the trip's words, which would otherwise
    make the whole sentence a visit and lose what was said (what the sentence tells without them, remarks or
    an act, is its main happening, and the trip the second)."""
    found = trip_told_with_remarks(sentence.text)
    if found is None:
        return draft, None
    start, end = sentence.start + found.start("place"), sentence.start + found.end("place")
    on_trip = [d for d in dates if start <= d.start and d.end <= end and d.value != "PRESENT_REF"]
    if any(d.tense == "future" for d in on_trip):
        return draft, None  # "visiting the region next week": a trip to come, told with the remarks
    main = draft
    if draft is None or not draft.is_speech_type:
        cut = "cut" if found.groupdict().get("cut") else "trip"
        phrase = Sentence(
            sentence.start + found.start(cut),
            sentence.start + found.end(cut),
            found.group(cut),
            sentence.paragraph,
        )
        compact, moved_dates, moved_entities, back = without_asides(sentence, [phrase], dates, entities)
        main = _analyse(compact, moved_dates, moved_entities, last_speaker)
        if main is not None:
            own = back.get(id(main.own_date)) if main.own_date is not None else None
            main = dataclasses.replace(main, sentence=sentence, own_date=own)
    # who went: the subject's name ("Obama, on his fourth visit to the coast, said he would press BP": not
    # whoever the words said are read as given by), or the speaker found for a title or a "who"
    subject = found.group("subject")
    speaker = main.speaker if main is not None else ""
    named = re.search(r"(?-i:[A-Z])\w", subject) and not _THE_BODY.match(subject)
    visitor = speaker if speaker and (not named or speaker.split()[-1] in subject) else subject
    if speaker and subject.lower().startswith(("the ", "a ", "an ")) and speaker.lower() in subject.lower():
        # an office told as written ("The interior minister", read as the speaker "Interior minister"): the
        # subject as the sentence gives it reads as a headline, its shortened form does not
        visitor = subject
    lead = f"{visitor[:1].upper()}{visitor[1:]} {trip_verb(found.group('trip'))} "
    # ("on his fourth visit to the coast since the spill began": the count of visits is no part of where)
    place = re.sub(r"\s+since\s.*$", "", found.group("place"))
    end = start + len(place)
    trip = dataclasses.replace(
        bare_draft(Sentence(start - len(lead), end, lead + place, sentence.paragraph), entities),
        sentence=Sentence(
            sentence.start + found.start("trip"),
            end,
            sentence.text[found.start("trip") : end - sentence.start],
            sentence.paragraph,
        ),
        clause=" ".join(f"{lead}{place}".split()),
    )
    if main is None or not main.speaker:
        # "The interior minister, visiting the region on Tuesday, said ...", with nobody named to have said
        # it: the sentence's happening read from the trip's words is the trip, and is told as one
        if draft is None or draft.is_speech_type or draft.own_date is None or draft.own_date not in on_trip:
            return draft, None
        return dataclasses.replace(trip, own_date=draft.own_date), None
    said_on = main.own_date
    if said_on is not None and not (
        said_on.start < sentence.start + found.end()
        or SAYING_TO_DATE.match(sentence.text[found.end() : said_on.start - sentence.start])
    ):
        said_on = None  # "said he would press BP at a meeting on Wednesday": the date of what was said
    if main.own_date is None and on_trip:
        main = dataclasses.replace(main, own_date=on_trip[0])  # what was said on the trip, that day
    return main, dataclasses.replace(trip, own_date=on_trip[0] if on_trip else said_on)


_CONTINUING = rx(r"^[,;\s]*(which|that|who|and|but|while|whereas|before|after|when|as)\b")


# A clause that is only a prepositional phrase, its verb left out: "(and) to 900 tonnes by late May"
_GAPPED = rx(r"^(to|at|from|by|in|for|on)\s")
_CLOSING_ATTRIBUTION = rx(r",\s+[^,]{1,60}\b(said|says|told|added|announced)\b[^,]*$")


def _continuation(part: Sentence, main: Draft | None, dates: list[DateMention]) -> Draft | None:
    """A dated clause with no act of its own that goes on about the main clause's happening ("..., which
    will take effect on Wednesday"): the same kind of happening at its own date, planned if ahead."""
    if main is None or main.is_speech_type or not _CONTINUING.match(part.text):
        return None
    own = [d for d in dates if d.start >= part.start and d.end <= part.end and d.value != "PRESENT_REF"]
    if not own:
        return None
    text = _CONTINUING.sub("", part.text).strip()
    gapped = _GAPPED.match(text)
    if gapped and not FINITE_VERB.search(text[: own[0].start - part.start]):
        # "raising output to 600 tonnes by the start of May | and to 900 tonnes by late May": the verb
        # is the first clause's, said once for both; the clause is the first one's up to that phrase
        at = main.clause.find(f" {gapped.group(1).lower()} ")
        if at > 0:
            text = f"{main.clause[:at]} {_CLOSING_ATTRIBUTION.sub('', text)}"
    # "... cancelled a trip | that was already cancelled in March": a "that" with no comma before it tells of
    # the noun it follows, not of what the main clause did
    antecedent = (
        relative_antecedent(
            main.sentence.text[: max(0, part.start - main.sentence.start)] or main.sentence.text
        )
        if re.match(r"that\s", part.text)
        else None
    )
    if antecedent and not FINITE_VERB.search(antecedent):
        text = f"{antecedent} {_RELATIVE_OPENING.sub('', part.text)}"
    elif _RELATIVE_OPENING.match(part.text):
        # "which will take effect on Wednesday" -> "<what the main clause did>: will take effect ..."
        head = main.clause.split(",")[0]
        text = f"{head}: {text}"
    elif lost_subject(text):
        text = with_subject(main.sentence.text, text)  # "... and seized Bukavu in February"
    text = text.rstrip(" .")
    clause = text[:1].upper() + text[1:]
    draft = dataclasses.replace(main, sentence=part, own_date=own[0], clause=clause)
    retyped = first_trigger(clause) if main.family == "other" else None
    if retyped is not None:  # "The vote ... was postponed in October": an election's happening
        draft = dataclasses.replace(draft, event_type=retyped.event_type, family=retyped.family)
    return draft


_TOLL_RELATIVE = rx(r"\b(that|which|who)\s+(\w+\s+)?(killed|claimed|died)\b")


# Titles before a surname: "Ms Roe" is the "Jane Roe" named earlier
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+")


def _no_words_of_the_outlets_journalists(
    drafts: list[Draft], article: Article, entities: Sequence[Entity]
) -> list[Draft]:
    """Remarks whose speaker the article names as its outlet's journalist ("BBC business editor Jane Roe",
    then "Roe said the deal looked shaky", "Ms Roe added ..."): the reporting, or the reporter's reading of
    the story, not words of a party to it, wherever in the article they stand. A journalist's own act (held
    at a checkpoint, given an award) is no remark and stays."""
    staff = outlet_journalists(
        article.text, [(e.start, e.end) for e in entities if e.role == NEWS_OUTLET], article.outlet
    )
    if not staff:
        return drafts
    names = {name for *_, name in staff if name}
    surnames = {name.split()[-1] for name in names}

    def journalists(draft: Draft) -> bool:
        speaker = draft.speaker
        if not draft.is_speech_type or not speaker:
            return False
        bare = _TITLE.sub("", speaker)
        if speaker in names or (" " not in bare and bare in surnames):
            return True
        # "BBC business editor Jane Roe reported that ...": the speaker read as the outlet or the post
        start, end = draft.sentence.start, draft.sentence.end
        return any(start <= at < end and speaker in article.text[at:until] for at, until, _ in staff)

    dropped = [draft for draft in drafts if journalists(draft)]
    kept = [draft for draft in drafts if all(draft is not gone for gone in dropped)]
    # "The firm confirmed ...", right after: the speaker carried on from the journalist's sentence is the
    # journalist's post, read as the outlet, which the sentence does not name; who spoke is unknown
    posts = {draft.speaker for draft in dropped}
    return [
        dataclasses.replace(draft, speaker="")
        if draft.speaker in posts and draft.speaker not in draft.sentence.text
        else draft
        for draft in kept
    ]


def journalist_telling(sentence: Sentence, entities: Sequence[Entity]) -> bool:
    """Whether the sentence is the outlet's own journalist telling in the present (`journalist_tells`), unless
    a caption run into it carries a lead of its own ("The Herald's Tom Hale says it may take days The
    port reopened ..."), which the sentence would lose."""
    outlets = [
        (e.start - sentence.start, e.end - sentence.start)
        for e in entities
        if e.role == NEWS_OUTLET and sentence.start <= e.start < sentence.end
    ]
    return journalist_tells(sentence.text, outlets) and not run_in_caption(sentence.text)


# "this year", "so far this month": a stretch of time that holds the report's own day ("later this month"
# points ahead to a planned happening, which the plan's mention is dated by)
_STRETCH_OF_NOW = rx(r"(?:so\s+far\s+)?this\s+(?:year|month|quarter|season)")


def _years_back(date: DateMention) -> bool:
    """Whether a date names only a year, or a past month with its year ("in 2015", "in October 2005"): the
    dates by which a happening compared with the story's is named; a month told without its year or a day
    ("in March", "on 3 March") may be the story's own days."""
    return date.precision == "year" or (
        date.precision == "month"
        and date.tense == "past"
        and re.search(r"\b(?:1[89]|20)\d\d\b", date.text) is not None
    )


# "... a strike on June 3 that closed ...": a relative pronoun right after a date, opening a clause whose
# verb follows within a few words (an adverb or an auxiliary between)
# (its verb in the past: "that removed", "which was set", not "that is still")
_RELATIVE_OPENS_AFTER_DATE = rx(
    r"\s*,?\s*(?:that|which)\s+(?=(?:\w+ly\s+)?(?:(?:was|were)\s+)?(?-i:[a-z]{3,}ed|"
    + alternatives(IRREGULAR_PAST)
    + r")\b)"
)
# how far after the relative pronoun's verb the act's words may start: the verb and a short object
# ("that closed the port", about four words), not a clause further on
_RELATIVE_VERB_ROOM = 25
_NOUN_THEN_ITS_DATE = rx(r"\s+(?:on|in|at)?\s*")


def act_of_relative_after_date(date: DateMention, text: str, offset: int, span: tuple[int, int]) -> bool:
    """Whether the act is the happening a relative clause opened right after the date tells of (its verb, or
    the dated noun itself): the date is that happening's day, and so the act's."""
    found = _RELATIVE_OPENS_AFTER_DATE.match(text, date.end - offset)
    return found is not None and (
        span[0] == date.start - offset
        or found.end() <= span[0] <= found.end() + _RELATIVE_VERB_ROOM
        # (or the act's words run from the noun over its date into the clause's verb)
        or (span[0] < date.start - offset and span[1] > found.end())
        # ("a brief walkout on June 3 that halted three lines": or the happening's noun right before the date)
        or _NOUN_THEN_ITS_DATE.fullmatch(text, span[1], date.start - offset) is not None
    )


# "On Friday, ...", "Late on Tuesday ...", "Last week ...": a date phrase that opens the sentence, before its
# subject (the date's own words, "Friday night", are in the mention)
_OPENS_WITH_DATE = rx(r"^\s*(?:(?:early|late|earlier|later)\s+)?(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")
# (then a comma, or the subject: a name, or a determiner: "On Friday the board's head said"; not a noun in
# lower case, which the date's phrase may run into: "In May sales of the guide rose, its publisher said on
# Friday" is said on the Friday)
_AFTER_OPENING_DATE = rx(r"^\s*(?:,|(?=(?-i:[A-Z])|(?:the|a|an|its|his|her|their|this|that)\s))")


def opening_date_of_the_saying(date: DateMention, text: str, offset: int, speech: re.Match[str]) -> bool:
    """Whether a date opens the sentence, its phrase set off before the subject, and the verb of saying
    comes after it with no stop of a clause between: the date of the saying, not of what was said."""
    at, end = date.start - offset, date.end - offset
    return (
        end <= speech.start()
        and _OPENS_WITH_DATE.match(text[:at]) is not None
        and _AFTER_OPENING_DATE.match(text[end:]) is not None
        and ";" not in text[end : speech.start()]
    )


# a count over a stretch of years or months, or a total of all time, is how things stand, not the count of
# the report's day ("in its 40-year history", "to date", "in total", "an all-time total")
_COUNTED_OVER_A_STRETCH = rx(
    r"\b(?:since|over\s+the\s+(?:past|last)|for\s+(?:years|decades|months)|history|to\s+date|in\s+total"
    r"|all-time|\d+-(?:year|decade)|(?:years|decades)\s+of)\b"
)
# who gives the count: a name ("the Red Cross") or a body ("the health ministry", "the water board"); a
# common noun ("the maker", "a study") names nobody to say it, and a source dated by a year ("a report
# published last year") is no word of the report's day
_SOURCE_OF_A_COUNT = rx(r"\baccording\s+to\s+(?P<source>[^,;:.]+)")
_SOURCE_BODY = rx(
    r"\b(?:ministry|department|government|authority|authorities|agency|police|army|military|council"
    r"|commission|board|committee|officials|institute|organi[sz]ation|union|company|service|office)\b"
)
_SOURCE_DATED_BY_A_YEAR = rx(r"\b(?:(?:last|previous)\s+year|years?\s+ago|(?:19|20)\d\d)\b")


def _named_source(text: str) -> bool:
    """Whether each "according to" of a sentence names a body or a name of the report's day."""
    sources = [m.group("source") for m in _SOURCE_OF_A_COUNT.finditer(text)]
    return bool(sources) and all(
        (any(c.isupper() for c in source) or _SOURCE_BODY.search(source))
        and not _SOURCE_DATED_BY_A_YEAR.search(source)
        for source in sources
    )


def count_by_its_source(text: str, figures: Sequence[Figure]) -> bool:
    """Whether a sentence whose only voice is "according to" a named source tells, in the present perfect
    of its main clause, an act with a count of things after the verb ("The virus has been found in 2,300
    people, according to the ministry"): the count as it stands on the report's day, not a fact of the
    background ("has been flooded three times" counts no things, and "is 6% funded" tells no act)."""
    voices = [m.group().lower() for m in SPEECH.finditer(text)]
    if (
        _COUNTED_OVER_A_STRETCH.search(text)
        or not voices
        or not all(v.startswith("according") for v in voices)
        or not _named_source(text)
    ):
        return False
    found = perfect_act_match(QUOTE.sub("", text))
    return found is not None and any(
        f.start >= found.end() and f.kind not in ("share", "times") for f in figures
    )


def _analyse(
    sentence: Sentence, dates: list[DateMention], entities: list[Entity], last_speaker: tuple[str, str]
) -> Draft | None:
    text = sentence.text
    # "Jane Roe, who arrived when Dr Hale called for help, said ...": a verb of saying inside a relative
    # aside or an opening time clause is not the sentence's; the main clause's is
    set_apart = set_apart_spans(text)
    speech = speech_in(text)
    if (
        speech is not None
        and _RESULTS_PUT_OUT.match(text, speech.start())
        # (with a day of their own: "reported profits of $2bn in the first quarter of the year" dates the
        # figures' period, not the putting out, which stays the speaker's statement of the report's day)
        and any(d.precision == "day" and d.value != "PRESENT_REF" for d in dates)
    ):
        # ("The bank reported a record loss on Friday", "The insurer reported higher quarterly profit on
        # Tuesday"): a body's results put out on a day are a deed of that day, told by no one's words
        speech = None
    finds = _DOCUMENT_FINDS.match(text) if speech is None else None
    if finds is not None:
        # ("The report found a third of the wells leaking": what a document found is what it says)
        speech = _FINDING_VERB.match(text, finds.end())
    if speech is None:
        # ("Mayor Jane Roe agreed with the governor.", "The union sided with the nurses": siding with
        # another's words is a remark of one's own, as news copy tells it before the quotation that follows)
        speech = _sides_with(text)
    vouching = unvouched = ""
    if (
        speech is not None
        and _EMBEDDED_SAYING_BEFORE.search(text[: speech.start()])
        and _EMBEDDED_SAYING_AFTER.match(text, speech.end())
    ):
        # "Detectives held what they said was a long interview", "a barge that officials say will double the
        # catch": a saying set inside a clause of the sentence vouches for a word of it; the main clause's
        # act is the news; the title leaves the vouching out ("held a long interview")
        before = _EMBEDDED_SAYING_BEFORE.search(text[: speech.start()])
        after = _EMBEDDED_SAYING_AFTER.match(text, speech.end())
        assert before is not None and after is not None
        vouching = text[before.start(1) : after.end()]
        unvouched = "" if before.group(1).lower() == "what" else f"{before.group(1)} {after.group(1)}"
        vouching += " " if not unvouched else ""
        speech = None
    if speech is not None and _COUNTED_BEFORE.search(text[: speech.start()]):
        speech = None  # "two cases in the northern province confirmed on Friday": a participle, nobody speaks
    own_act_clause = ""
    if (
        is_hypothetical(text)
        and not speech
        # ("The new dome could be ready on Tuesday": when a thing foreseen comes, planned for its day)
        and not foreseen_for_a_day(text, [d for d in dates if sentence.start <= d.start < sentence.end])
    ):
        return None
    if text[:1] in '"“‘' and not speech and not _QUOTED_NAME_OPENS.match(text):
        return None  # the middle of a quotation that runs over several sentences: its speaker comes later
    if speech and text[:1] in '"“' and not re.search(r"[\"”]", text[1 : speech.start()]):
        # '"If I lived there, I could claim compensation.': the verb is inside a quotation that goes on in
        # the next sentence, whose speaker comes later
        return None
    # "The attack came a day after delegations met": the opening refers back; the news is after it
    came_as = CAME_AS.match(text)
    news_from = came_as.end() if came_as else 0
    families = possible_families(text.lower())
    found = [
        (t, m)
        for t in TRIGGERS
        if t.family in families
        for m in t.finditer(text, families)
        if m.start() >= news_from
        and not _NEGATED.search(text[max(0, m.start() - 80) : m.start()])
        and not _REACTION.search(text[max(0, m.start() - 60) : m.start()])
        and not (t.family == "capture" and _captures_people(text, m, sentence.start, entities))
        and not (
            t.family == "capture"
            and _SUBSTANCE_BEFORE_PASSIVE.search(text, max(0, m.start() - 90), m.start())
        )
    ]
    # "With the election over, the president named a cabinet": an opening absolute phrase sets the scene;
    # what it names is not the act the sentence reports
    absolute = _ABSOLUTE_OPENING.match(text)
    if absolute is not None:
        found = [(t, m) for t, m in found if m.start() >= absolute.end()]
    # "Three years after the flood that drowned 40 people, the bridge reopened": the happening the opening
    # counts back to is background of its own (events.extract.happenings); its toll types no act of the day
    counted_back = COUNTED_BACK_OPENING.match(text)
    if counted_back is not None:
        found = [(t, m) for t, m in found if m.start() >= counted_back.end()]
    # "Costa, who lost the 2022 election by a narrow margin, called for ...": a step of the person's career,
    # dated by its year or month only, in an aside that tells who they are; neither its act nor its date is
    # the news
    career = [
        (m.start(), m.end())
        for m in SET_OFF_RELATIVE.finditer(text)
        # ("who was elected to a second term in 2021" is an election, a happening of its own)
        if CAREER_STEP.search(m.group()) and not _RACE_RUN.search(m.group())
    ]
    in_career = [d for d in dates if any(a <= d.start - sentence.start < b for a, b in career)]
    if in_career and all(d.precision in ("year", "month") for d in in_career):
        found = [(t, m) for t, m in found if not any(a <= m.start() < b for a, b in career)]
        dates = [d for d in dates if d not in in_career]
    if speech is not None:
        # "The professor said the samples showed no damage": what tests showed, in someone's words, is what
        # they said ("Tests showed that ...": the verb of the result is no saying)
        found = [
            (t, m) for t, m in found if t.family != "test result" or m.start() <= speech.start() < m.end()
        ]
    telling_who: list[tuple[int, int]] = []
    if speech is not None:
        # "said Jane Roe, a lawyer who is leading the lawsuits against the company": who the speaker is,
        # not something that happened
        described = speaker_described(text)
        found = [(t, m) for t, m in found if not any(a <= m.start() < b for a, b in described)]
        # "Jane Roe, a lawyer who takes office on Friday, also said ...": the date of the relative clause
        # that tells who the speaker is dates that clause's verb, not the saying
        telling_who = speaker_relative_clauses(text)
        dates = [d for d in dates if not any(a <= d.start - sentence.start < b for a, b in telling_who)]
        # "Officials said if the drought lasts into the autumn the river could run dry": the condition's
        # date is when it might hold, neither the day of the saying nor of anything done
        supposed = [
            (m.start(), m.end())
            for m in _CONDITIONAL_CLAUSE.finditer(text, speech.end())
            if not ASKS_IF.search(text[: m.start()])
        ]
        dates = [d for d in dates if not any(a <= d.start - sentence.start < b for a, b in supposed)]
        # "Haiti's envoy said the damage could cost billions", "..., according to the election commission":
        # a word of a happening in the title of who speaks is no act of the sentence (a court's officers
        # excepted: what a judge or a prosecutor says in the case is a step of it)
        named_by = speaker_phrase(text, speech)
        if named_by is not None:
            found = [
                (t, m)
                for t, m in found
                if t.event_type == "legal" or not named_by[0] <= m.start() < m.end() <= named_by[1]
            ]
    # "released an investigation into the explosion", "a lawsuit over the spill": the happening is what the
    # inquiry or the case is about, not the sentence's act
    found = [
        (t, m)
        for t, m in found
        if not (
            t.event_type in ("disaster", "attack")
            and _INQUIRY_INTO.search(text[max(0, m.start() - 60) : m.start()])
        )
    ]
    found = act_over_topic(text, found) if found else found
    # "Last month's explosion at the rig continues to result in leaks": a happening named as the cause of
    # what goes on is no happening of the sentence
    goes_on = [
        (t, m)
        for t, m in found
        if t.event_type in ("disaster", "attack") and _GOES_ON_AFTER.match(text, m.end())
    ]
    found = [pair for pair in found if pair not in goes_on]
    if goes_on and not found and speech is None:
        return None  # ... and the sentence tells only what goes on: a state, dated or not
    # "Farmers have filed claims so far, and the scheme has paid out about $90 million": a running total of
    # payments, told as it stands, is no payment made that day
    found = [
        (t, m)
        for t, m in found
        if not (
            t.family == "corporate" and m.group().lower().startswith("paid") and _RUNNING_TOTAL.search(text)
        )
    ]
    if speech is not None:
        # "The union said the curfew will hurt small shops": a measure named in what is said is its topic; it
        # is the sentence's act only where a verb imposes, lifts or extends it
        found = [
            (t, m) for t, m in found if not (t.family == "policy" and measure_only_named(text, m, speech))
        ]
    # "a documentary, The Night They Killed the River,": the words of a work's title tell of no act
    titles_of_works = works_titles(text) if found else []
    found = [(t, m) for t, m in found if not any(a <= m.start() < b for a, b in titles_of_works)]
    # "efforts to pass climate legislation", "a bid to seize the town": an aim, not an act
    found = [(t, m) for t, m in found if not _AIM_BEFORE.search(text[max(0, m.start() - 40) : m.start()])]
    # ... and what the act is done to stop yields to the act, when the sentence names the act's kind ("BP's
    # next move to stop the leak involves ..." keeps the leak, which the rules of an untyped act then read)
    purposes = [(t, m) for t, m in found if _PURPOSE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])]
    # (the act it yields to is told in the sentence itself, not in a dash aside: "is drilling a second well
    # to halt the leak -- which began when the platform exploded -- but ..." keeps the leak, not the blast)
    asides = dash_aside_spans(text) if purposes else []
    if purposes and any(
        pair not in purposes and not any(a <= pair[1].start() < b for a, b in asides) for pair in found
    ):
        found = [pair for pair in found if pair not in purposes]
    # "fears of new sanctions", "speculation about a rate cut": what is feared or guessed has not happened
    found = [(t, m) for t, m in found if not _FEARED_BEFORE.search(text[max(0, m.start() - 40) : m.start()])]
    # "Wednesday's decline was attributed to the bank's rate rise": a market's move and what it is put down
    # to; the move is the sentence's news, its cause is named, not reported
    move_cause = _MARKET_MOVE_CAUSE.match(text)
    if move_cause is not None:
        found = [(t, m) for t, m in found if m.start() < move_cause.end()]
    # "attacked the plan as a waste of money", "killed the bill in committee": words and votes, not violence
    found = [(t, m) for t, m in found if not figurative(t, text, m)]
    # "the toll will be similar", "may have been killed", "the night the singer died": a toll foreseen or
    # guessed, or a death that only tells when something else happened, is no toll of the sentence
    found = [(t, m) for t, m in found if not (t.event_type == "casualties" and toll_not_told(text, m))]
    # "Shares closed up 5% after the carrier agreed to sell ...": what the main clause tells comes first;
    # a happening in an "after"/"since" clause is its cause or background
    sentence_dates = [
        d for d in dates if d.start >= sentence.start and d.end <= sentence.end and d.value != "PRESENT_REF"
    ]
    # ... unless the clause holds the sentence's date ("which took up arms after the rebels seized power in
    # March 2013"): then the dated happening is the one it tells
    clauses = [(m.start(), m.end()) for m in _SUBORDINATE_CLAUSE.finditer(text, news_from)]
    # "Jan Roe, arrested on Monday, was charged on Wednesday with fraud": an aside dated beside a dated
    # main clause is still the aside
    clauses += [(m.start(), m.end()) for m in PARTICIPLE_ASIDE.finditer(text, news_from)]
    main_dated = any(not any(a <= d.start - sentence.start < b for a, b in clauses) for d in sentence_dates)
    subordinate = [
        (a, b)
        for a, b in clauses
        if main_dated or not any(a <= d.start - sentence.start < b for d in sentence_dates)
    ]
    # "The krone could rally if the opposition wins the vote": a condition is no happening at all
    conditions = [
        (m.start(), m.end())
        for m in (_CONDITIONAL_CLAUSE.finditer(text) if found else ())
        if not ASKS_IF.search(text[: m.start()])
    ]
    # ("It would be like a hurricane hitting the capital": a simile's happening is none)
    conditions += supposed_scenes(text) if found else []
    found = [(t, m) for t, m in found if not any(a <= m.start() < b for a, b in conditions)]
    if not sentence_dates:
        # "blamed the board for the explosion that killed 14 workers": a disaster the story goes back to,
        # named with its toll in a relative clause and no day, is a reference, not a happening of the report
        found = [
            (t, m) for t, m in found if not (t.family == "disaster toll" and _TOLL_RELATIVE.search(m.group()))
        ]
    found.sort(key=lambda pair: any(a <= pair[1].start() < b for a, b in subordinate))
    if (
        speech is None
        and found
        and not sentence_dates
        and all(any(a <= m.start() < b for a, b in clauses) for _, m in found)
        and _PICTURED.search(text)
    ):
        # "Gas that escaped from a broken main after an explosion drifts over the rooftops": a photo's
        # caption, whose only happenings are named in its clauses, shows a scene; it reports no act
        found = []
    if (
        speech is not None
        and found
        and all(any(a <= m.start() < b for a, b in subordinate) for _, m in found)
    ):
        # "She said the union wanted answers from the builder, who ran the site when it fell", "In announcing
        # the strike, Okafor said he would step down": the clause that names a happening only
        # describes someone or sets the scene; the remarks are the news
        found = []
    elif (
        found
        and all(
            t.event_type == "casualties" and any(a <= m.start() < b for a, b in subordinate) for t, m in found
        )
    ) or (speech is None and main_perfect_act_over_asides(text, found, subordinate)):
        found = []
    elif (
        found
        and not sentence_dates
        and all(
            any(a <= m.start() < b and _SINCE_OPENING.match(text, a) for a, b in clauses) for _, m in found
        )
    ):
        # "Norvik has seen its shares drop since the leak began": what a since-clause names is where a state
        # of affairs starts, earlier than the report and not dated by it
        found = []
    # A dated sentence in the past tense reports something that happened even when no trigger names it
    # ("Eleven sailors were lifted to safety on Wednesday"): an event of type "other".
    # ("Moran, who faces criticism over last year's floods, flew to Tarsk on Wednesday": a date in a relative
    # aside about the subject tells of the subject; the main clause's own date is the act's)
    described = comma_aside_spans(text)
    # ("The bridge, closed on 4 May for repairs, reopened yesterday", "the coach -- hired in March -- was
    # sacked": so does a participle phrase or a dash aside set apart)
    described += [(m.start(), m.end()) for m in PARTICIPLE_ASIDE.finditer(text)] + dash_aside_spans(text)
    dated_act = next(
        (
            d
            for d in sorted(
                sentence_dates,
                key=lambda d: (
                    # ("Notes from the interview on 2 March were read out at the hearing on Wednesday": a
                    # date in the subject names the noun's happening; the verb's own date is the act's)
                    dates_the_subject(d, text, sentence.start, sentence_dates),
                    any(a <= d.start - sentence.start < b for a, b in described),
                    # ("ate the fuel that seeped out last spring, researchers reported on Friday": the
                    # relative clause's date is its own verb's; another dates the sentence's act)
                    in_relative_after(d, text, sentence.start, 0),
                ),
            )
            # ("A traveller who flew home last week was found to have the virus": a date that closes a
            # relative clause of the subject dates the noun's deed, not the main clause told after it)
            if not in_subject_relative(d, text, sentence.start, len(text))
            and (
                (d.precision in ("day", "week", "month") and d.tense != "future")
                # "was evicted earlier this year", "resigned last year": a past year counted from the report
                or (d.precision == "year" and d.tense == "past" and _YEAR_BEFORE_NOW.search(d.text))
                # "In 2006, the pipeline leaked 200,000 gallons": a past year opening it sets its act
                or (
                    d.precision == "year"
                    and d.tense == "past"
                    and _OPENING_YEAR.fullmatch(text[: d.start - sentence.start])
                    and PAST_TENSE.search(text[d.end - sentence.start :]) is not None
                )
            )
        ),
        None,
    )
    # "The city hopes to seal the breach by mid-August", "He will appear in court on Monday": a planned act
    planned_act = next(
        (d for d in sentence_dates if d.precision in ("day", "week", "month") and d.tense == "future"), None
    )
    if (
        planned_act is None
        and PLANNING.search(text)
        and not FORECAST.search(text)
        and not PAST_TENSE.search(QUOTE.sub("", text))
    ):
        # "will begin testing the valve this morning", "will visit the town tonight": today, ahead (a word for
        # today, not a full date: "A boy wears a mask in Bogota May 4, 2009" is a caption)
        planned_act = next(
            (
                d
                for d in sentence_dates
                if d.precision == "day"
                and d.tense == "present"
                and d.value != "PRESENT_REF"
                and not d.explicit
            ),
            None,
        )
        dated_act = planned_act or dated_act
    if (
        planned_act is None
        and dated_act is None
        and speech is None
        and (
            _PLAN_WORDED.search(text)
            # (a named party's deed: "The blight will spread to more provinces next year" foretells a trend)
            or (_WILL_DO.search(QUOTE.sub("", text)) and _party_opens(sentence, sentence_dates, entities))
        )
    ):
        # "The singers will tour Europe next year", "The cabinet is expected to rule on the dam in early
        # 2031": a plan dated only by its year ahead (or a part of it) is planned for that year, when words
        # of a plan tell it ("More towns are running dry by 2040" tells a trend; a speaker's words are
        # dated as remarks)
        planned_act = next((d for d in sentence_dates if _year_planned(text, d, sentence.start)), None)
    if (
        dated_act is None
        and planned_act is not None
        # "will appear in court on Monday", "by Friday the crews will have sealed the breach"; a timetable's
        # present ahead of its day, "The first notices go out on Friday", "The bridge opens on Monday"; an
        # arrangement in the present progressive, "The church is holding a vigil Sunday"
        and len(text.split()) >= 6
        and (
            (
                (
                    PLANNING.search(text)
                    or _PLAN_AT_HAND.search(text)
                    or _TIMETABLE_PRESENT.search(text)
                    or _office_changes_hands(text, entities, sentence.start)
                    or arranged_ahead(text, planned_act, sentence.start)
                    # "The court set a hearing for Friday": what is set for a day is planned for it
                    or set_for_its_day(text, planned_act, sentence.start)
                    or _KEPT_FOR_A_STEP_AHEAD.search(text[: planned_act.start - sentence.start]) is not None
                    # "The storm could make landfall as early as Friday": when a thing foreseen comes
                    or foreseen_for_a_day(text, [planned_act])
                )
                # ("the toll is expected to rise to 500 by Friday" foresees a figure; nobody plans it)
                and not FORECAST.search(text)
            )
            # "When the bypass is finished next month, lorries could use it": what the opening awaits is
            # planned for its day, whatever the main clause foresees after it
            or awaited_in_opening(text, planned_act, sentence.start)
        )
    ):
        dated_act = planned_act
    # ("Farmers have until 14 December to apply": the deadline's day, told in the present, is ahead)
    deadline_words = None
    deadline = None
    for d in sentence_dates:
        deadline_words = _deadline_set(text, d, sentence.start)
        if deadline_words is not None:
            deadline = d
            break
    if deadline is not None and (dated_act is None or dated_act is deadline):
        dated_act = planned_act = deadline
    planned = dated_act is not None and dated_act is planned_act
    taken = _place_taken(text, sentence.start, entities)
    taken = taken if taken is not None and taken.start() >= news_from else None
    # "The charity has released £50,000", "the ship has been ordered to stay at sea": an undated act in the
    # present perfect happened by the time of writing
    perfect_act = (
        None
        if speech or dated_act or found
        else perfect_act_match(text) or irregular_perfect_act(text) or instruction_in_perfect(text)
    )
    if perfect_act is None and not (speech or dated_act or found):
        # ("The union has lost 300 members", "the charity has begun a $5m appeal": a figure lost, spent or
        # raised by the time of writing is a count of the report's days, whatever the verb)
        perfect_act = perfect_figure_report(text) or perfect_milestone(text)
    # "His rescue comes six days after the army called off the search": what it counts from is an act,
    # dated by the count from the news the opening refers to
    counted_act = (
        PAST_TENSE.search(text, news_from)
        if came_as is not None and offset_before_news(came_as) and not (speech or dated_act or found)
        else None
    )
    # "The agency gave the storm a 40 percent chance of strengthening by Friday": a deadline ahead in a
    # sentence told in the past is what was foreseen; the telling is an act of the report's days
    foretold = (
        PAST_TENSE.search(QUOTE.sub("", text))
        if not (speech or dated_act or found or planned)
        and deadline_ahead(sentence_dates, text, sentence.start) is not None
        and len(text.split()) >= 6
        else None
    )
    if (
        not found
        and taken is None
        and not speech
        and not planned
        and perfect_act is None
        and counted_act is None
        # ('This week\'s answer is "DOUBLE-EDGED CHALICE"': the words of a quotation tell no tense)
        # ("The agency gave the storm a 40 percent chance of strengthening by Friday": a deadline ahead in a
        # sentence told in the past is what was foreseen; the telling is an act of the report's days)
        and not (
            dated_act
            and (PAST_TENSE.search(QUOTE.sub("", text)) or _past_by_its_day(text, dated_act))
            and len(text.split()) >= 6
        )
        # ("May 26 - Engineers begin pumping mud": a timeline's entry tells its day's act in the present)
        and not (dated_act and chronology_entry(text))
        and foretold is None
    ):
        return None
    local = [
        shifted_entity(e, -sentence.start)
        for e in entities
        if e.start >= sentence.start and e.end <= sentence.end
    ]
    # "the ship sailing around with PCB (polychlorinated biphenyls)": an acronym glossed in lower-case
    # words is a term explained, neither who speaks nor who acts
    local = [
        e for e in local if not (e.kind == "actor" and e.text.isupper() and _GLOSS_AFTER.match(text, e.end))
    ]
    # nobody named inside such an aside is the subject of the main clause's verb
    subjects = [e for e in local if not any(a <= e.start < b for a, b in set_apart)] if speech else local
    # ("The man who ran the EU's relief effort, Jan Roe, said ...": nor is anyone named in a relative clause
    # that tells who the speaker is)
    subjects = [e for e in subjects if not any(a <= e.start < b for a, b in telling_who)]
    subjects = [e for e in subjects if not addressed(text, e)]
    speaker, speaker_country, pronoun = find_speaker(text, speech, subjects, last_speaker)
    # (a document `find_speaker` already read as the voice, '"...," the report said', is that document too)
    document = (
        _DOCUMENT_SPEAKS.search(text[: speech.start()])
        if speech is not None and (not speaker or DOCUMENT_VOICE.fullmatch(speaker))
        else None
    )
    if document is not None:
        # "..., the report said", "The study found ...": the document speaks
        # (`document_voice` gives it to the body that put it out, when the story has said so)
        phrase = re.sub(r"^(?:a|an)\s+", "the ", document.group("doc"), flags=re.IGNORECASE)
        speaker, speaker_country = phrase[:1].upper() + phrase[1:], ""
    joined_saying = (
        _BODY_OPENS_JOINED_SAYING.match(text[: speech.start()])
        if speech is not None and not speaker
        else None
    )
    if joined_saying is not None:
        speaker, speaker_country = joined_saying.group("body").capitalize(), ""
    if speech is not None and speech.start() == 0 and not speaker and text[:1].islower():
        return None  # "apologized to NWG, saying ...": a sentence cut from its subject by the scrape
    figures_all = find_figures(text)
    trigger, trigger_match = found[0] if found else (None, None)
    if taken is not None and (trigger is None or trigger.family in ("capture", "other", "casualties")):
        # "M23 captured Goma", "the fall of El Fasher to the RSF": a town taken is an offensive's gain
        trigger, trigger_match = OFFENSIVE, taken
    if (
        trigger is not None
        and trigger_match is not None
        and trigger.family == "suspension"
        and business_subject(text[: trigger_match.start()], local)
    ):
        # "The airline suspended operations at the port", "Norvik Plc halted production": a business stops its
        # own work, no public measure
        trigger = dataclasses.replace(trigger, event_type="other")
    if trigger is not None and trigger.event_type == "recruitment" and speech:
        trigger, trigger_match = None, None  # "Zelenskyy said Russia was recruiting ..." is his claim
    if trigger is not None and trigger.event_type == "denial" and not (speech or speaker):
        trigger = None
    if (
        trigger is not None
        and trigger_match is not None
        and trigger.event_type == "denial"
        and _MADE_LIGHT_OF.match(trigger_match.group())
        and _EXPERT.search(text[: trigger_match.start()])
    ):
        # "Scientists at the university played down reports of a new strain": experts who make light of a
        # claim put a view of their own on the record; a party that plays down what is said of it denies it
        trigger, trigger_match = None, None
    if (
        speech is not None
        and trigger is not None
        and trigger_match is not None
        and trigger.family == "diplomacy"
        and _MEETING.fullmatch(trigger_match.group())
        and not _between_states(text, local)
    ):
        # '"He was travelling to see his daughter," she said': a trip at home in someone's words is no
        # diplomacy and no act of its own; the words are the news
        trigger, trigger_match = None, None
    if (
        trigger is not None
        and trigger_match is not None
        and trigger.event_type in ("legal", "arrest")
        and not sentence_dates
        and _CASE_STANDS.search(text[: trigger_match.end()])
    ):
        # "Dr Roe is charged with manslaughter", "He is still held in Evin prison": where a case stands,
        # told as background, not a step taken in it
        return None
    if BYSTANDER_ACTS.match(text) and not speech:
        return None  # "Jane Roe, a Danish cyclist, reached the village on Friday": colour
    earlier = earlier_done_at(text) if not sentence_dates else -1
    if earlier >= 0 and (speech is None or speech.start() >= earlier):
        return None  # "A federal court had struck down the earlier rules": before the story's time, undated
    if not sentence_dates and (unattributed_reports(text) or told_before(text) or at_that_time(text)):
        # "Recent reports have suggested the damage was overstated": hearsay with no source; "As previously
        # reported by The Post, ...": told before, background to the day's news; "At the time, the agency
        # said the ferry was safe": a time the report has told of, not its own day
        return None
    if not sentence_dates and (
        according_to_reports(text)
        or sources_foretell(text)
        or open_question_asked(text)
        or said_to_have(text)
    ):
        # "The firm sold its stake, according to reports", "The singer is said to have raised $2m": hearsay
        # nobody owns; "Police sources said the inquiry would widen": a guess passed on; "Villagers are asking
        # whether the levee will hold": a mood of the story. None is a happening of a day
        return None
    if not speech and not sentence_dates and _SCENE_SETTING.match(text):
        return (
            None  # "It was a long day at the trial", "Every day is a struggle in the camp": a reporter's view
        )
    if not speech and not found and standing_state(text):
        return None  # "The charity's page has more than 50,000 followers": how things stand, no happening
    if not speech and scene_without_verb(text):
        return None  # "The pile of burned cages sitting six feet high behind the sheds": a picture's caption
    if not speech and definition(text):
        return None  # "So-called bird flu is a strain of the H5N1 virus": background that explains a word
    if not speech and not found and held_since(text):
        return None  # "The team have flown the Hawk since 1979": a state that holds, no act of the day
    trivia = _BIRTHDAY.search(text) if not speech else None
    if trivia is not None and not act_beside_trivia(text, trivia, [m for _, m in found]):
        # "She turned 40 on Saturday": trivia, not news; ("The actor, a week shy of his 60th birthday,
        # collapsed on stage": the age is an aside to the act the sentence tells)
        return None
    if record_described(text):
        return None  # "In the video, the minister tells aides ...": what a record holds, told as it plays
    if not speech and then_against_now(text):
        return None  # "Only 20 years ago the port handled 100 ships a year": then set against now, no act
    according = speech is not None and speech.group().lower().startswith("according")
    if (not speech or according) and not sentence_dates and routine(text):
        return None  # "According to the harbour master, 12 tugs are on duty at any one time": a routine
    if (
        not speech
        and writers_own_voice(text, found, sentence_dates)
        # ("Shops are likely to reopen on Friday": what is likely with its day is planned for it)
        and not _plan_at_hand_for_a_day(text, sentence_dates)
    ):
        return None  # "Attention was turning to the coast", "The cost may reach $2bn": framing, no happening
    if compared_happening(text) and sentence_dates and all(d.precision == "year" for d in sentence_dates):
        return None  # "A similar attack in 2015 killed 30 people": another happening, to compare with
    if (
        not speech
        and not found
        and sentence_dates
        and all(d.precision == "year" and d.tense == "past" for d in sentence_dates)
        and figure_of_a_year(text)
    ):
        return None  # "In 2009, the fishery was worth $630 million": a past year's statistic, background
    if compared_opening(text) and sentence_dates and all(_years_back(d) for d in sentence_dates):
        return None  # "The last major strike at the port was in May 1984": so, dated by its month and year
    if (
        not speech
        and life_began(text)
        and sentence_dates
        and all(d.precision == "year" for d in sentence_dates)
    ):
        return None  # "Norland, founded four years ago, runs a plant in Ohio": trivia, as a birth date is
    if (
        (not speech and onlookers_view(text))
        # ("Analysts at Norbank put the cost at $4bn", "..., analysts said": their own figures and views)
        or analysts_estimate(text)
        # ("Residents fear the plant will never reopen, said the mayor": a crowd's mood, no happening)
        or crowd_feeling_only(text)
        # ("Investment analysts expect that the bank might cut rates": "expect", their view, read as a saying)
        or (speech is not None and 0 <= onlookers_at(text) <= speech.start() < onlookers_verb_end(text))
        # ("While many nations are praising the plan, others are raising questions": the praise opens it)
        or (speech is not None and 0 <= speech.start() < onlookers_at(text))
        or own_reporter(text, entities, sentence.start)
        or (speech is not None and writes_in_a_paper(text, speech, entities, sentence.start))
    ):
        # "Some City analysts doubted whether the firm could survive", "The BBC's Jane Roe visited a
        # hospital and spoke of seeing bodies": comment on the story and the outlet's own reporting
        return None
    judged = judgement_at(text)
    if speech is not None and 0 <= speech.start() < judged and not sentence_dates:
        # "While the agency has said gaps must be closed, it is apparent that ...": the writer's judgement
        # is the main clause; the saying is in the clause that opens it
        return None
    if not speech and not sentence_dates and DEMEANOUR.search(text) and not DEMEANOUR_ACT.search(text):
        return None  # "Roe, 51, sat impassively as the verdict was read out": how someone looked, colour
    if (
        not speech
        and not sentence_dates
        and found
        and all(any(a <= m.start() < b for a, b in clauses) for _, m in found)
        and describes_only(text, clauses)
    ):
        # "The other design has more safeguards against a failure of the kind that destroyed the dam":
        # the happening is named in a clause that describes; the sentence tells how things are
        return None
    # "<what happened on Wednesday>, the coastguard said.": the attribution closes a report of an act
    attributed = (
        speech is not None
        # "..., the ministry said." or "..., the ministry said, raising the risk of ...": the saying closes
        and (speech.start() > 0.6 * len(text) or _CLOSES_CLAUSE.match(text[speech.end() :]) is not None)
        and "," in text[: speech.start()]
        and dated_act is not None
        and dated_act.end - sentence.start < speech.start()  # dated in what was said, not in the saying
    )
    # "The agency opened a field hospital last week and said its staff were overwhelmed": the act comes
    # first and is news of its own; the remarks after "and said" only go on about it
    then_said = (
        re.search(r"\S(\s+and\s+)$", text[: speech.start()])
        if speech is not None
        and dated_act is not None
        and dated_act.end - sentence.start < speech.start()
        and PAST_TENSE.search(text[: dated_act.start - sentence.start])
        # "congratulated Gurung in a message on Saturday and said": remarks throughout
        and not _SPEECH_ACT.search(text[: speech.start()])
        else None
    )
    attributed = (attributed or then_said is not None) and not (
        speech is not None and quoted_view(text[: speech.start()])
    )
    if (
        speech is not None
        and commentary(text, speech, lead=sentence.paragraph <= LEAD_PARAGRAPH)
        and (
            trigger_match is None
            or trigger_match.start() > speech.start()
            # ('"Prices will double," said Jane Roe, an analyst': the quotation is the speaker's words)
            or QUOTATION_OPENS.match(text[: speech.start()]) is not None
        )
    ):
        return None  # an analyst's or a correspondent's view of the story, not a happening in it
    if (trigger is None or trigger_match is None) and (not speech or attributed) and dated_act is not None:
        event_type = family = "other"
        span = (dated_act.start - sentence.start, dated_act.end - sentence.start)
    elif (trigger is None or trigger_match is None) and perfect_act is not None:
        # ("Pupils have been told to stay away from school": an order given, a measure)
        event_type = family = "policy" if instruction_in_perfect(text) is not None else "other"
        span = perfect_act.span()
    elif (trigger is None or trigger_match is None) and counted_act is not None:
        event_type = family = "other"
        span = counted_act.span()
    elif (trigger is None or trigger_match is None) and foretold is not None:
        event_type = family = "other"
        span = foretold.span()
    elif trigger is None or trigger_match is None:
        if not speech:
            return None
        claimish = (
            CLAIM_WORDS.search(text)
            or any(_fighting_count(f) for f in figures_all)
            or any(t.event_type == "recruitment" for t, _ in found)
        ) and not answers_a_charge(text)  # ('"...," she said of Dell's claims': a reply is no claim)
        # (a count of people in general, with nobody named to give it, stays as a claim would: "By Monday
        # there were 54 reported cases, including four people ..." is kept for the happening it counts)
        people_counted = (
            not claimish and any(f.kind == "people" for f in figures_all) and not answers_a_charge(text)
        )
        event_type = family = "claim" if claimish or people_counted else "statement"
        if not speaker:
            # ("Earlier, the weekly Tally reported ...": a body named by its name alone, which no list knows;
            # "Jane Roe, who chaired the inquiry said ...": a name whose relative clause runs to the saying)
            speaker = named_body_speaks(
                text[: speech.start()], speech.group()
            ) or speaker_before_relative_clause(
                text[: speech.start()], {e.name for e in local if e.kind == "actor"}
            )
        body = bool(speaker) and speaker not in {e.name for e in local if e.kind == "actor"}
        # ('"We will appeal," Jane Roe, head of the commission, said': the name after the quotation is the
        # speaker, though the commas round who they are set it apart from the sentence's subjects)
        quoted_speaker = speaker_after_quotation(text[: speech.start()])
        speaker = speaker or quoted_speaker
        if not speaker and PRONOUN_SUBJECT.search(text[: speech.start()]):
            return None  # "But she added ...", with no "she" known: remarks whose speaker is lost
        if not speaker and (
            (
                PASSIVE_BEFORE.search(text[: speech.start()])
                and not _BY_AGENT.match(text, speech.end())
                and speech.group().lower() != "demanding"
            )
            or _PASSIVE_REMARKS.search(text)
        ):
            # "The remark was widely criticised given that ...": a reaction by nobody named
            return None
        if EXPLAINS.search(text) and _ATTRIBUTION_CLOSES.search(text):
            # "The new estimates come from pressure data taken on the sea floor, the government said": how a
            # figure was made, not news
            return None
        holders = _HOLDERS_SPEAK.search(text[: speech.start()]) if not speaker else None
        if holders is not None and not any(e.kind == "actor" for e in subjects):
            # ("Two senators, Ana Roe and Tom Ley, have said ...": the office-holders speak, as the report
            # names them)
            speaker = holders.group("who")[:1].upper() + holders.group("who")[1:]
        if (
            people_counted
            and (
                speaker
                or any(e.kind == "actor" for e in subjects)
                or _VOICE_OF_NO_BODY.search(text[: speech.start()])
                or _BODY_SPEAKS.search(text[: speech.start()])
            )
            # ("The union said 900 people lost their jobs because of the merger": a side's case, a claim)
            and not _A_SIDE_SPEAKS.search(text[: speech.start()])
            and not _A_SIDE_NAMED.search(text, speech.end())
            and not _COUNT_BLAMES.search(text)
            and not _HEDGED_COUNT.search(text)
        ):
            # "Hospital officials said 2,300 people were waiting for beds": a count a speaker gives is the
            # speaker's statement, not a claim about another party's acts
            event_type = family = "statement"
        if (
            event_type == "statement"
            and not any(e.kind == "actor" for e in subjects)
            and not pronoun
            and not body
            and not quoted_speaker
            # ("A spokesman said ...": a body's voice spoke, though the report names no body)
            and not _VOICE_OF_NO_BODY.search(text[: speech.start()])
            # ("Late Wednesday, the company said ...", "The county coroner's office has ruled out ...": the
            # subject is a body, named by what it is)
            and not _BODY_SPEAKS.search(text[: speech.start()])
            # ("Regional mayors expressed anger", "The firm's freight unit has won an order, it said"): nor
            # are office-holders or a body's part named by what they are
            and not _HOLDERS_SPEAK.search(text[: speech.start()])
            and not _PART_THEN_IT_SAID.search(text[: speech.start()])
        ):
            return None  # remarks with nobody named to have made them
        if _VOX_POP.search(text) or colour_speaker(text, local) or known_by_hometown(text, speech, local):
            return None  # "said Jane Roe, 58, a shopkeeper": a bystander's words are colour, no event
        if event_type == "statement" and _CROWD_VOICE.fullmatch(speaker):
            # "Witnesses have reported voices calling out from the mud", "Residents said the streets were
            # quiet": what onlookers tell of a scene is colour; an act they report ("witnesses said soldiers
            # opened fire") has its own type and stays
            return None
        if (
            speech.group().lower().startswith("according")
            # ("the appeal for this year is 6% funded": a year names the period a fact is of, not a day)
            and not [d for d in sentence_dates if d.precision not in ("year", "quarter", "season")]
            and all(m.group().lower().startswith("according") for m in SPEECH.finditer(text))
            and not count_by_its_source(text, figures_all)
        ):
            # "The appeal is only 6% funded, according to the UN": a fact given its source, with no day or
            # act of its own, is background to the story, not something said that day
            return None
        if not sentence_dates and _EXPERT.search(text) and _SPECULATION.search(text):
            # '"It could take years to recover," said Jane Roe, a professor of marine science': an expert's
            # view of what may come is comment on the story, not a happening in it
            return None
        if _LEGAL_PAPER_SPEAKS.search(text[: speech.start()]) or _ACCORDING_TO_PAPERS.search(text):
            # "Mr Marsh's complaint ... alleges that", "according to an affidavit": what a court paper says
            # is part of the case, not remarks
            event_type = family = "legal"
        span = (speech.start(), speech.end())
        # ("Governor Tom Hale said the state has begun building a sea wall": the speaker's own body, named as
        # the subject of what was said, acts as "it" would; read as "said it has begun")
        own_body_text = told_as_its_own(text, speech)
        said_text = own_body_text or text
        own_act = OWN_ACT.match(said_text, speech.end())
        if (
            own_act is None
            and own_body_text is None
            and _ANNOUNCED.fullmatch(speech.group())
            and (saying := _SAYING_AFTER.search(text, speech.end())) is not None
            # ("The union criticised the ministry, saying it had ignored warnings": a party named before the
            # participle may be whom "it" stands for; only days and months may be named there)
            and not _NAMED_BEFORE_SAYING.search(text, speech.end(), saying.start())
        ):
            # ("The carrier announced a deal on Monday, saying it had bought two airliners": the participle
            # speaks for the subject of the sentence, and the act it tells is the speaker's own)
            own_act = OWN_ACT.match(text, saying.end())
        # ("Defence lawyers argued that the pilot had served the town well": a case argued is remarks,
        # whatever act it tells of)
        arguing = _ARGUING.search(speech.group()) is not None
        # ("Officials say they have traced 40 people": a count of people makes remarks a claim, about others'
        # acts; the speaker's own act that the count is of is no claim, and is read as the act below)
        remarks_of_its_own = event_type == "statement" or (
            event_type == "claim"
            and not CLAIM_WORDS.search(text)
            and not any(t.event_type == "recruitment" for t, _ in found)
        )
        if (
            remarks_of_its_own
            and speaker
            and not arguing
            and own_act
            and not UNREAL.search(own_act.group())
            # "Rescuers said she had survived": "she" is not the rescuers
            and not (own_act.group(2).lower() in ("he", "she") and _PLURAL_BODY.fullmatch(speaker))
        ):
            # "NWG says it has started to siphon oil": the speaker reports its own act, the act is the news
            event_type = family = "other"
            own_act_clause = f"{speaker} {text[own_act.end(2) :].strip().rstrip('.')}"
            if own_body_text is not None:
                # (the body, not the one who speaks for it, did it: "Tom Hale says the state has begun ...")
                told = what_was_said(text, speech)
                verb = "say" if PLURAL_VOICE.search(speaker) or _PLURAL_BODY.fullmatch(speaker) else "says"
                own_act_clause = f"{speaker} {verb} {told}" if told else ""
        elif (
            event_type == "statement"
            and speaker
            and not arguing
            # ("The agency said its engineers had replaced the valve": the speaker's own people acting)
            and (
                reported := reported_act(text, speech)
                or own_people_act(text, speech.end())
                # ("The company said the bridge was reopened": a thing done, told in the passive)
                or reported_passive_act(text, speech)
            )
            is not None
            # ("Ukrainska Pravda says one of the captives had paid $3,480": an outlet's story stays its claim)
            and not an_outlet(speaker, local)
            # ("In a statement on Monday, she said the team had met on Sunday": the saying and the act dated
            # apart are two happenings, read apart elsewhere)
            and len(sentence_dates) <= 1
        ):
            # "The agency said its engineers had replaced the valve": an act done, told through the one who
            # reports it; the act is the news, and its title keeps who told of it (a claim stays a claim)
            event_type = family = "other"
            told = what_was_said(text, speech)
            verb = "say" if PLURAL_VOICE.search(speaker) or _PLURAL_BODY.fullmatch(speaker) else "says"
            own_act_clause = f"{speaker} {verb} {told}" if told else ""
            # dated by its own words ("had held a call on Sunday night"), not by the saying
            stop = re.compile(r"[,;]|$").search(text, reported.end())
            span = (reported.start(), stop.start() if stop else len(text))
        elif (
            remarks_of_its_own
            and speaker
            and (ahead := own_deed_ahead(said_text, speech)) is not None
            and not UNREAL.search(said_text, ahead.end())
            and not an_outlet(speaker, local)
            # ("said on Monday it would reopen the bridge on 3 June": an act ahead with its own date is
            # read apart from its announcement, the two dated apart)
            and not any(
                d.start - sentence.start >= speech.end()
                and (
                    d.tense == "future"
                    # ("said it would publish the figures this week": a stretch holding the report's day that
                    # closes the clause to come is the day of the act announced, dated apart from the saying)
                    # (only a week: a month so closing it is not yet read apart as a plan, and is left be)
                    or (
                        d.precision == "week"
                        and announced_ahead_in_saying(d, text, sentence.start, speech.start())
                    )
                )
                for d in sentence_dates
            )
        ):
            # "The carrier said it would sell its regional arm": the speaker announces its own act to come;
            # the act announced is the news, its title keeping who made it known
            event_type = family = "other"
            told = what_was_said(text, speech)
            verb = "say" if PLURAL_VOICE.search(speaker) or _PLURAL_BODY.fullmatch(speaker) else "says"
            own_act_clause = f"{speaker} {verb} {told}" if told else ""
        elif (
            remarks_of_its_own
            and speaker
            and not arguing
            and _ACT_UNDER_WAY_SAID.match(said_text, speech.end()) is not None
            # ("say they are pumping out the tunnels and hope to restore power by Friday": what is said runs
            # on to a plan or a hope, remarks about where the work stands)
            and not UNREAL.search(text, speech.end())
            and not an_outlet(speaker, local)
        ):
            # "The charity said it was shipping tents", "Officials said crews were clearing the road": an act
            # under way as it is told, reported by the one who does it or runs it; the act is the news
            event_type = family = "other"
            told = what_was_said(text, speech)
            verb = "say" if PLURAL_VOICE.search(speaker) or _PLURAL_BODY.fullmatch(speaker) else "says"
            own_act_clause = f"{speaker} {verb} {told}" if told else ""
        elif (
            event_type == "statement"
            and speaker
            and not arguing
            # (a dated one is read above, "attributed"; a day that closes the attribution dates the
            # saying: "The moratorium posed uncertainties, Moody's said on Tuesday" is a view)
            and not sentence_dates
            and (done := _done_before_attribution(text, speech)) is not None
            and not an_outlet(speaker, local)
        ):
            # "Boat crews hired for the clean-up were sent home, the association's head said", "The
            # regional crisis room has been opened, the minister said": an act told first, its teller
            # named after it; the act is the news, as it is when the act is dated ("attributed", above)
            event_type = family = "other"
            span = done.span()
    else:
        event_type, family = trigger.event_type, trigger.family
        span = (trigger_match.start(), trigger_match.end())
        aside = trigger_match.group().rfind(", ")
        if aside > 0:
            # "Kestrel school, in north Dorset, will be closed": the trigger runs over an aside; its verb,
            # after the aside, is where the clause of the act is
            span = (trigger_match.start() + aside + 2, trigger_match.end())
        if (
            family == "diplomacy"
            and _MEETING.fullmatch(trigger_match.group())
            and (not _between_states(text, local) or _PLACE_VISITED.match(text, trigger_match.end()))
        ):
            # "The governor visited a steel plant", "the minister met carmakers' executives": a visit or a
            # meeting at home is no diplomacy, which takes two states or an international body
            event_type = family = "other"
    if (
        speech is not None
        and trigger_match is not None
        and event_type not in SPEECH_TYPES
        and trigger_match.start() >= speech.end()
        and _REPORTED_BY_OUTLET.fullmatch(speech.group())
        and an_outlet(speaker, local)
    ):
        # "The Harbour Gazette reported on Tuesday the ministry will join the appeal": another
        # outlet's story is its claim, never the happening stated as fact
        event_type = family = "claim"
        span = (speech.start(), speech.end())
    if (
        speech is not None
        and trigger_match is not None
        and event_type not in SPEECH_TYPES
        and event_type != "legal"
        and trigger_match.start() >= speech.end()
        and court_speaks(text, speech)
    ):
        # "The presiding judge said the evidence showed the militia leader had ordered the attacks": the deeds
        # a court tells of are the case it hears; its words are a step of the case
        event_type = family = "legal"
    if (
        speech is not None
        and trigger_match is not None
        and event_type not in SPEECH_TYPES
        and speaker
        and not own_act_clause
        and trigger_match.start() >= speech.end()
        # (the deed in the clause said, not in one joined after it: "said they acted at once, though ...")
        and not _CLAUSE_BREAK.search(text, speech.end(), trigger_match.start())
        and (opening := _PRONOUN_OPENS_SAID.match(text, speech.end())) is not None
        and _pronoun_stands_for(opening.group("pronoun").lower(), speaker)
    ):
        # "California said it now had 11 confirmed cases": the deed types the event, and its title keeps who
        # told of it, whom the pronoun that opens what was said stands for
        told = what_was_said(text, speech)
        verb = "say" if PLURAL_VOICE.search(speaker) or _PLURAL_BODY.fullmatch(speaker) else "says"
        own_act_clause = f"{speaker} {verb} {told}" if told else ""
    if event_type == "other" and not speech and UNNAMED_CROWD.match(text):
        return None  # "More people wore masks on Saturday", "Other family members visited": colour
    if (
        event_type == "other"
        and not speech
        and explanation_or_state_of_mind(text)
        # ("The bridge is known to have collapsed on Monday": what is known to have happened is told as a
        # fact, the knowing only vouches for it; "is known to cause floods" explains)
        and not _KNOWN_TO_HAVE_HAPPENED.search(text)
    ):
        return None  # "The figure is based on sensors", "For example, a search yielded ...": no happening
    mood = None if speech else _MOOD.search(text)
    if mood is not None and not any(
        m.start() >= mood.end() and any(a <= m.start() < b for a, b in clauses) for _, m in found
    ):
        # "Fears that currents were spreading the oil flared on Tuesday", "With the well still leaking,
        # attention was turning to the coast", "Hopes rose that the talks would resume": a mood told as the
        # sentence's act is colour; a happening it names is its background or its object (what made it rise,
        # "after tar balls turned up", is a happening of its own)
        return None
    own_dates = sentence_dates
    if event_type in SPEECH_TYPES:
        # "said it was not related to the 2023 rupture": a date naming a thing is not when it was said
        own_dates = [
            d
            for d in sentence_dates
            # ("said during a March 3 hearing": the occasion of the words dates them)
            if d in dates_of_the_saying([d], text, sentence.start)
            or not (
                names_a_thing(d, text, sentence.start)
                or dates_a_named_happening(d, text, sentence.start)
                # ("the worst since the Rhine flood in Germany in 1995, one expert said")
                or HAPPENING_BEFORE_DATE.search(text[: d.start - sentence.start])
                # ('..., said Roe, in a reference to the minister's boast of victory in May 2003'): what
                # the words refer to is dated, not the saying (a day, "referring to the work early Sunday",
                # is the news the words were said on)
                or (
                    d.precision not in ("day", "week")
                    and _REFERRED_TO_BEFORE.search(text[: d.start - sentence.start]) is not None
                )
            )
        ]
        # "urged residents to get vaccinated before winter, its spokesman said on Tuesday": a date that
        # follows a verb of saying is when the words were said; the others belong to what was said
        own_dates = dates_of_the_saying(own_dates, text, sentence.start) or own_dates
        if speech is not None and len(own_dates) > 1:
            # "On Friday, the head of the county's road board, Ines Brook, said the bridge could reopen by
            # Monday": a date that opens the sentence dates its main verb, the saying; the dates
            # after the verb are of what was said, however long the subject that parts them from it
            # (only when every other date comes after the verb: "In 2005 the firm was fined, and on Tuesday
            # its chief said ..." is said on the Tuesday)
            own_dates = [
                d
                for d in own_dates
                if opening_date_of_the_saying(d, text, sentence.start, speech)
                and all(o is d or o.start - sentence.start >= speech.end() for o in own_dates)
            ] or own_dates
        if speech and PRESENT_SPEECH.fullmatch(speech.group()):
            # "He went to India in 2001 and says he has been told ...": a remark in the present tense
            # is today's; the date of an earlier act joined by "and" does not date it
            at = sentence.start + speech.start()
            own_dates = [
                d
                for d in own_dates
                if d.end > at or not _AND_THEN.search(text[d.end - sentence.start : speech.start()])
            ]
    else:
        # "won 163 seats in Saturday's elections, the commission said on Tuesday": the act is told of the
        # thing the date names, when another date in the sentence says when it happened
        # ("opened hearings on May 3 plant explosion": the date names the explosion, even if the only one)
        # ("Notes from the interview on 2 March were read out at the hearing Wednesday": a date in the
        # subject names the noun's happening, when the verb has a date of its own)
        verb_dated = [
            d for d in sentence_dates if not dates_the_subject(d, text, sentence.start, sentence_dates)
        ]
        unnamed = [d for d in verb_dated if not bare_happening_after(d, text, sentence.start)]
        acted = [d for d in unnamed if not names_a_thing_after_preposition(d, text, sentence.start)]
        own_dates = acted or unnamed
        # "has pleaded not guilty in the patient's June 2024 death", "accuses the firm of failing to prevent
        # the March 3 explosion": a date inside a noun phrase after the act's verb names that thing, never
        # the act, even when it is the sentence's only date
        own_dates = [d for d in own_dates if not names_the_object(d, text, sentence.start, span, event_type)]
        # "Rescuers pulled a woman from the rubble of last Tuesday's earthquake", "Buildings weakened by last
        # week's quake collapsed": a date that owns a happening's noun names that happening (a draft of its
        # own); the act, of no date of its own, is of its report's day
        own_dates = [
            d for d in own_dates if not possessive_names_another_happening(d, text, sentence.start, span)
        ]
        # "A lower court's June 3 order was overturned": the date the possessive subject holds is its order's;
        # the overturning, of no date of its own, is of its report's day
        own_dates = [d for d in own_dates if not possessive_subject_of_a_passive(d, text, sentence.start)]
        # "Bacteria ate most of the gas that leaked from the well last year, scientists reported on
        # Thursday": a relative clause after the act's verb dates its own verb, not the act
        own_dates = [d for d in own_dates if not in_relative_after(d, text, sentence.start, span[1])]
        # "A driver who fled on Friday was charged": nor does one that closes a relative clause of the subject
        own_dates = [d for d in own_dates if not in_subject_relative(d, text, sentence.start, span[0])]
        # "imposed a ban on Monday following the spill at the well in April": a happening named after the
        # act, on "after" or "following", is dated by that date (a draft of its own); the act takes the
        # sentence's other date. (Alone, the date stays: "the well ruptured after an explosion in April" is
        # of that time, and the report's day would make a past act the day's news.)
        own_dates = [
            d for d in own_dates if not follows_a_named_happening(d, text, sentence.start, span[1])
        ] or own_dates
        # "is charged with supplying the pills, leading to her death in May 2018": a month of a stated year
        # (or a year) that closes a phrase of what the act is about or led to dates that happening (named as
        # one of its own), never the act, which takes its report's dating
        own_dates = [
            d
            for d in own_dates
            if not dates_a_happening_told_of(d, text, sentence.start, span[0], event_type)
        ]
        # "has been unstable since independence from France in 1960": a period's start is not the act's day
        # (but "since the flood struck on 12 January" dates the flood, a clause with its own verb)
        # ("since a two-day strike on June 3 that closed the port": when the act is the relative
        # clause's right after the date, the happening after "since" is its subject, and the date its day)
        own_dates = [
            d
            for d in own_dates
            if not since_phrase(text[: d.start - sentence.start])
            or act_of_relative_after_date(d, text, sentence.start, span)
        ]
        # "rose to $85,000, a $12,000 rise on the day before": the day compared with, not the act's
        own_dates = [d for d in own_dates if not comparison_base(text[: d.start - sentence.start])]
        # "has agreed to pay $2bn into the scheme this year": the date is of the payment promised, not of the
        # agreeing (unless nothing else could date the sentence: "plans to cut jobs this year")
        own_dates = [d for d in own_dates if not _COMMITTED_TO.search(text[: d.start - sentence.start])]
        # "Workers who cleaned up after the 1989 spill sued the company": a year that names a happening by
        # its noun ("the 1989 spill", "the 2019 floods") dates that happening, not another act the sentence
        # tells (the happening is the act only when its noun is what the sentence is about)
        own_dates = [d for d in own_dates if not year_names_another_happening(d, text, sentence.start, span)]
        if PERFECT.search(text):
            # "The smoke from the plant's explosion in May has already caused 400 complaints": the date
            # names the explosion; an act told in the present perfect is of the report's own days
            # ("has surpassed the Rhine flood in Germany in 1995": after the verb itself too)
            own_dates = [
                d
                for d in own_dates
                if not _LEAD_OF_HAPPENING_THEN_DATE.search(text[: d.start - sentence.start])
            ]
    own = closest_date(
        own_dates,
        sentence.start + span[0],
        text,
        sentence.start,
        # an act's own verb phrase dates it, unless a saying is dated ("said on Monday the agency would
        # order checks on Thursday": the announcement and what it announces are read apart, below)
        sentence.start + span[1]
        if event_type not in SPEECH_TYPES and not dates_of_the_saying(own_dates, text, sentence.start)
        else None,
    )
    if deadline is not None and dated_act is deadline:
        own = deadline  # (the deadline's day, which the rules of a span's ends leave out, dates the act due)
        if deadline_words is not None and not own_act_clause:
            given, due = deadline_words
            # ("Farmers have a deadline to apply": the title leaves its dates out, and "until" with them)
            own_act_clause = f"{text[: given.start('until')]}a deadline {text[due.start('to') :]}".rstrip(
                " ."
            )
    if own is not None and event_type in SPEECH_TYPES and speech is not None:
        own = unless_in_a_relative_clause(own, text, sentence.start, speech.end())
        # "Roe, a surgeon who was elected in 2021, told reporters ...": nor by one that tells who spoke
        subject = text[: speech.start()]
        if own is not None and RELATIVE_CLAUSE.search(subject) is not None:
            own = unless_in_a_relative_clause(own, subject, sentence.start, 0)
        if own is not None and in_subject_relative(own, text, sentence.start, len(text), speech.end()):
            own = None  # "said a driver who fled on Friday was charged": what was said tells the flight's day
        if own is not None and in_participle_phrase_after(own, text, sentence.start, speech.end()):
            own = None  # "..., said Roe, who led a study of samples taken in June": the samples' month
        if own is not None and in_reduced_relative_said(own, text, sentence.start, speech.end()):
            own = None  # "said the deal signed on Monday amounted to a giveaway": the signing's day
        if own is not None and any(
            a <= own.start - sentence.start < b for a, b in comma_aside_spans(subject + ",")
        ):
            own = None  # "Solvane, which was founded in 1962, said it would appeal": the aside's year
        if (
            own is not None
            and PRESENT_SPEECH.fullmatch(speech.group())
            and own.start - sentence.start >= speech.end()
            # (a day ahead, "says the cap could be in place on Monday", dates the plan the words tell)
            and own.tense != "future"
            # (a day or a month is of a deed the words tell, "says the cap it placed on 3 June is holding",
            # "say his negligence led to the death in June 2009", which the mention is the only report of;
            # "this week" or "last week" frames what is said)
            and own.precision == "week"
            # ("says the procedure will take all week": what is foreseen, a plan the words tell)
            and not FORESEEN.search(text, speech.end(), own.start - sentence.start)
            and not dates_of_the_saying([own], text, sentence.start)
        ):
            # "The opposition leader says the ruling this week shows the courts are independent": a saying
            # in the present is the report's own news; a date after its verb, inside what is said, is of
            # what the words tell ("says on Tuesday" would date the saying, and is kept)
            own = None
        if (
            own is not None
            and own.start - sentence.start >= speech.end()
            and _STRETCH_OF_NOW.fullmatch(own.text)
            and not text.startswith(("'s", "’s"), own.end - sentence.start)
            and not dates_of_the_saying([own], text, sentence.start)
        ):
            # "The firm announced that its shareholders will receive no dividends this year": a stretch that
            # holds the report's own day, inside what is said, tells when what is said holds, not when it
            # was said (the saying takes its context's day, not the whole year)
            own = None
        if (
            own is not None
            and own.start - sentence.start > speech.end()
            and _DEADLINE_HOPED.search(text, speech.end(), own.start - sentence.start)
        ):
            # "The utility says it is holding more water back and hopes to fix it by August": the day ahead
            # is the plan's, told as its own planned happening; the saying is of the report's day
            own = None
    if event_type not in SPEECH_TYPES and trigger_match is not None:
        # "since the dam burst on May 3", "since the 3 May collapse that killed nine": the act the
        # since-clause tells is dated by it, before any date later in the sentence
        since_own = next(
            (d for d in sentence_dates if since_dates_the_act(d, text, sentence.start, span)), None
        )
        own = since_own or own
    if event_type == "other" and speech is None and trigger_match is None and words_given(text):
        # "The minister will address the nation on Tuesday", "The president spoke of his anger": the deed,
        # dated as a deed, is words given on the record, remarks
        event_type = family = "statement"
    if (finds is not None or document is not None) and event_type not in SPEECH_TYPES:
        # "The study found that storms had damaged the reefs", "..., the report said": what a document
        # tells is what it says, whatever happening it names
        event_type = family = "statement"
    released = release_of_document(text, sentence_dates, sentence.start)
    if released is not None:
        # "The inquiry report released on Tuesday concluded that the fire in March was deliberate": the
        # release is the sentence's happening, on its day; what the document found is what it says
        # ("In a report released on Tuesday, the agency said ...": the release verb of the opening phrase is
        # no act of its own either)
        own = released
        if event_type not in SPEECH_TYPES:
            event_type = family = "statement"
            if speech is None and not own_act_clause:
                # (no verb of saying: the document's own sentence, as written, tells what it found)
                own_act_clause = _told_of(text, title_clause(text, speech, span))
    if family == "disaster toll" and own is None:
        event_type = family = "casualties"  # the toll of the day, not a disaster of the story's past
    figures = [f for f in figures_all if not any(_overlaps(f, d, sentence.start) for d in sentence_dates)]
    quote_match = QUOTE.search(text)
    # ('Roe hailed the vote as a step that "has changed the town": a reaction told in the simple past is
    # a past saying, as "said" is; the perfect is the speaker's own, inside the words quoted)
    past_speech = bool(REPORTING.search(text)) or _reaction_said(text)
    # "NWG says it has started to siphon oil": today's news of a recent act, not a standing position
    says = PRESENT_SPEECH.search(text)
    # ("The council says 800 people have now been rehoused": "now" puts the act at the time of the report)
    recent = bool(
        says
        and speech
        and (PERFECT.search(text, says.end()) or _PERFECT_NOW.search(text, says.end()))
        and not QUOTE.search(text)
    )
    # "Doctors say they are not treating the death as suspicious": what the speakers are doing as they
    # speak is the day's news, not a standing view
    recent = recent or bool(says and speech and _OWN_DOING.match(text, says.end()))
    # "The army has defended its handling of the airport": remarks in the present perfect are recent news
    said_now = bool(
        speech
        and _JUST_SAID.search(text[max(0, speech.start() - 30) : speech.start()])
        # ("has described how the water rose" tells of something; "has described the flood as the worst in
        # a century" judges it, a remark of now)
        and not (_TELLING_OF.match(speech.group()) and not _DESCRIBED_AS.match(text, speech.end()))
        # ("Holder has vowed to hold those responsible accountable": a standing commitment, made when only
        # another report can say)
        and not _COMMITMENT_SPEECH.match(speech.group())
    )
    recent = recent or said_now
    # "The government is dispatching troops to the coast": an act under way, the news of the report's day
    under_way = speech is None and own is None and progressive_main_clause(sentence, entities) is not None
    return Draft(
        sentence=sentence,
        event_type=event_type,
        family=family,
        speaker=speaker,
        speaker_country=speaker_country,
        agent_country=acting_country(text, span, local, figures_all),
        entities=local,
        own_date=own,
        figures=figures,
        # "North Korea has sent troops": some time before publication, not on it
        # ("The panel is investigating the blast, which has killed 11": the perfect is the aside's; the act
        # under way is today's)
        # ("The toll has risen to 4,300": a figure the perfect gives its new value is the report's days'
        # news, see `figure_reached`)
        undated_past=bool(PERFECT.search(text))
        and own is None
        and not past_speech
        and not under_way
        and not figure_reached(text),
        anterior=bool(_PLUPERFECT.search(text)),
        # ("The agency estimates that ..." is the day's report, in the present of news copy)
        generic=own is None
        and not PAST_TENSE.search(text)
        and not _IRREGULAR_PERFECT.search(text)
        # ("The county has become the third to declare an emergency": a rank reached, no standing fact)
        and not perfect_milestone(text)
        and not (speech is not None and _PRESENT_REPORT.fullmatch(speech.group()))
        # ("The administration is demanding new tests", "Unions are calling for a strike": a saying under way
        # in the present progressive is the day's, as an act under way is)
        and not (speech is not None and _SAYING_UNDER_WAY.search(text[: speech.start() + 1]))
        # ("The government is dispatching troops to the coast": an act under way, today's)
        and not under_way
        # ("Norway is set to lift the ban on imports": a plan with no day, the report's news)
        and not (speech is None and own is None and plan_main_clause(sentence, entities) is not None)
        # ("The airport will remain closed", "the schools will stay open": a place kept open or shut is a
        # decision the report announces, no standing fact)
        and not (family == "reopening" and _KEPT_AHEAD.search(text) is not None)
        # ("An agency that investigates accidents -- the safety board -- is launching a probe": a named kind
        # of happening under way, whatever the subject's length, is today's too)
        and not (
            trigger_match is not None
            and trigger_match.group()[:1].islower()
            and trigger_match.group().split()[0].lower().endswith("ing")
            and _PROGRESSIVE_BEFORE.search(text[: trigger_match.start()]) is not None
        ),
        clause=(
            # ("Tests showed that a crew member on the flight from Lima did not have the virus": a finding
            # too long to head with its tests is told by what was found)
            (_finding(text, trigger_match) if family == "test result" and len(text) > TITLE_MAX else "")
            or own_act_clause
            or (speaker_opens_clause(text, speech, speaker) if event_type in SPEECH_TYPES else "")
            or (
                text[: then_said.start(1)]
                if then_said and not found
                else state_speaks(_told_of(text, title_clause(text, speech, span)), speaker, speaker_country)
            )
        ).replace(vouching or "\0", unvouched),
        quote=quote_match.group(1).strip(" ,.") if quote_match else "",
        # '"I don't think anyone is in charge," said Sen. Roe': a present tense in the quotation is not
        # the saying's
        present_habitual=speaks_in_the_present(text, speech) and own is None and not recent,
        recent=recent,
        said_now=said_now,
        before_news=offset_before_news(came_as),
        own_act=speech is not None and tells_own_act(told_as_its_own(text, speech) or text, speech),
    )


# A participle of saying that closes the first clause of remarks and tells what the speaker said: ",
# saying", ", adding" (not "without saying")
_SAYING_AFTER = re.compile(r",\s+(?:saying|adding)\b(?=\s+(?:that\s+)?(?:it|they|we)\s)", re.IGNORECASE)
# The verbs of saying that only make known what was said, with no party of their own to stand for "it"
_ANNOUNCED = re.compile(r"announced|announces|said|says|confirmed|confirms|reported|reports", re.IGNORECASE)
# A name, not a day's or a month's, between the verb of saying and the participle
_NAMED_BEFORE_SAYING = re.compile(
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b)[A-Z][\w'’-]*"
)


# A document that speaks as a subject: "The report found", "..., the study said", "Its review also concluded"
_DOCUMENT_SPEAKS = rx(
    r"(?:^|,\s*|\b(?:but|and|yet)\s+)(?P<doc>(?:the|this|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?"
    # ("The report, which was published on Tuesday, says": an aside may tell of it)
    # ("..., the statement said": a paper put out that day speaks as well)
    rf"(?:{DOCUMENT_NOUNS}|statements?|letters?))(?:,\s[^,;“”\"]{{3,100}},)?\s+(?:(?:also|further|has|have|had)\s+)*$"
)
# ... and the verbs by which it tells what it found, with no verb of saying
_DOCUMENT_FINDS = rx(
    r"^(?:(?:but|and|yet|however,?)\s+)?(?P<doc>(?:the|this|its|their)\s+(?:[\w-]+\s+){0,3}?"
    rf"{DOCUMENT_NOUNS})\s+(?:(?:also|further|has|have|had)\s+)*"
    r"(?=(?:found|finds|concluded|concludes|shows|showed|estimated|estimates|recommended|recommends)\b)"
)
# The verb of a main clause that sides with another ("Roe agreed with Hale", "the union sided with the
# nurses"), after a subject of a few words and no comma: not "an agreement with" nor "agreed with the
# employers on a new contract", a deal reached, which the triggers read as such
_SIDES_WITH = re.compile(
    r"^(?:[^,;:“”\"\s]+\s+){1,8}?(?:(?:also|quickly|fully|strongly)\s+)?"
    r"(?P<verb>agreed|agrees|disagreed|disagrees|sided|sides)\s+with\s+(?![^;:“”\"]*\s+on\s)[^;:“”\"]{2,80}$",
    re.IGNORECASE,
)


def _sides_with(text: str) -> re.Match[str] | None:
    """The verb of "Roe agreed with Hale." as a verb of saying, or None; a crowd's siding ("Most residents
    agreed with the closure", "Many fans sided with the coach") is colour, like its other words."""
    found = _SIDES_WITH.match(text.strip())
    if found is None:
        return None
    subject = text.strip()[: found.start("verb")].strip()
    if UNNAMED_CROWD.match(subject) or _CROWD_VOICE.search(subject):
        return None
    return _ONE_WORD.match(text, found.start("verb"))


# A word, from where it starts: the match that stands for the verb found by a pattern of the whole sentence
_ONE_WORD = re.compile(r"\w+")
_FINDING_VERB = re.compile(
    r"(?:found|finds|concluded|concludes|shows|showed|estimated|estimates|recommended|recommends)\b"
)


# ", who arrived when Dr Hale called for help,", "When the minister called, ...": stretches set apart from
# the main clause
# "With the vote over,", "With the storm behind them,", "With the strike in its third week,": a with-phrase
# that opens the sentence and ends at its comma, before the subject and verb of the main clause
_ABSOLUTE_OPENING = rx(
    r"^\s*with\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s[^,;:]{2,70},\s+(?=[a-z]+\s)"
)


# "Aid workers have described scenes of devastation": telling what was seen, colour rather than the news
_COMMITMENT_SPEECH = rx(r"(vowed|pledged|promised|sworn)\b")
_DESCRIBED_AS = rx(r"\s+(?!how\b|what\b|why\b)[^,;:“”\"]{1,60}?\s+as\s+(?:an?|the|one)\b")
_TELLING_OF = rx(r"(described|recounted|recalled|spoken|talked)\b")
_JUST_SAID = rx(r"\b(has|have)\s+(also\s+|now\s+|again\s+|meanwhile\s+|publicly\s+|formally\s+)?$")


_TAKING = ScannedPattern(  # (a sentence that names no capture, seizure or taking is not searched)
    r"\b(captur(ed|es|ing)|seiz(ed|es|ing)|took|takes|overr(a|u)n|fall\s+of|capture\s+of|seizure\s+of)\s+"
    r"(control\s+of\s+)?(the\s+(eastern\s+|northern\s+|southern\s+|western\s+)?(city|town|village|port|capital|regional"
    r"\s+capital)\s+of\s+)?"
)


_SPEECH_ACT = rx(
    r"\b(congratulat\w+|thank(ed|s)|apologi[sz]ed|condolences|message|letter|tweet(ed)?|posted|wrote)\b"
)
_SUBORDINATE_CLAUSE = rx(
    # ("..., while noting delays in the delivery of ballot papers": a circumstance beside the main clause;
    # "..., while officials say troops were sent" is a second main clause)
    r"\b(after|since|because|following|although|though|whereas|until|till|unless|while\s+\w+ing\b)\s[^,;]*"
    r"|,\s+((in|during|under)\s+which|which|who|whose|where)\s[^,;]*"
    # "the explosion that killed nine workers", "a crisis in which 3,000 people were killed"
    # (lower case: "the WHO has confirmed" is the agency)
    r"|\b(?-i:that|which|who)\s+(has\s+|have\s+|had\s+|was\s+|were\s+)?(already\s+)?(been\s+)?\w+(ed|en)\b[^,;]*|\b(in|during)\s+which\s[^,;]*|\bwhere\s[^,;]*"
    # "photographs of relatives killed in the fighting": the people a thing shows, not a new toll
    r"|\bof\s+(the\s+|their\s+|his\s+|her\s+)?[a-z]+\s+(killed|wounded|injured|lost)\s+(in|during|by)\b[^,;]*"
    # "In announcing the delay, ...", "..., referring to a contract used to hire boats"
    r"|^(in|on|by|while|when|after|before)\s+\w+ing\b[^,;]*|,\s+referring\s+to\b[^;]*"
    # "Describing the moment the bridge gave way, she said ...": an opening participle phrase sets the scene
    # of the main clause ("During" and "According" lead to no act; "Announcing the deployment of the ship,
    # the minister said ..." tells the act announced)
    r"|^(?!(during|according|including|regarding|concerning|notwithstanding|announc|confirm|reveal|unveil"
    r"|declar|launch|order|sign|approv)\w*\b)[a-z]{3,}ing\s[^,;]*(?=,)"
    # "But with the ban on drilling extended for six months, lawmakers are adamant ...": a circumstance
    r"|^((but|and)\s+)?with\s[^,;]*(?=,)"
    # "As water began spilling over the levee, the mayor said ...": an opening clause of time sets the
    # scene of the main one
    r"|^((but|and)\s+)?(as|while|once)\s[^,;]*(?=,)"
)
_SINCE_OPENING = rx(r"since\s")
_CONDITIONAL_CLAUSE = rx_gated(r"\b(if|unless|in\s+case)\s[^,;]*")
_MEETING = rx(
    r"(?<!be\s)met\s+with|meet\s+with|visit(ed|s)?|travel(s|led|ling)?\s+to|discuss(ed|es|ing)?|(will|to)\s+meet"
    r"|press\s+conference\s+with"
)
# Words that make a meeting international whoever is named: its people, its forums, its business
_INTERNATIONAL = rx(
    r"\b(envoys?|ambassadors?|embass(y|ies)|foreign\s+(minister|secretary|ministry|office|affairs)|summit|delegations?"
    r"|bilateral|diplomat(s|ic)?|secretary\s+of\s+state|state\s+visit|counterparts?|heads?\s+of\s+state"
    r"|peace|ceasefire|cease-fire|U\.?N\.?|EU|E\.U\.|NATO|ASEAN|African\s+Union|Security\s+Council"
    r"|governments|nations|countries|member\s+states|foreign\s+leaders)\b"
)


def _between_states(text: str, local: list[Entity]) -> bool:
    """Two states, or an international body, take part: two countries named, a body the gazetteer holds with
    no country of its own (the UN, the EU), or the words of diplomacy."""
    countries = {e.country for e in local if e.country}
    bodies = any(e.kind == "actor" and not e.country and e.source == "gazetteer" for e in local)
    return len(countries) >= 2 or bodies or _INTERNATIONAL.search(text) is not None


def _told_of(text: str, clause: str) -> str:
    """A clause that opens a relative clause names what it tells of: "who won a second term" after
    "Jorge Mendes, " -> "Jorge Mendes won a second term"."""
    at = text.lower().find(clause.lower())
    # "who"/"which" as the sentence writes them: "WHO is deploying a mission" is the World Health Organization
    relative = re.match(r"(who|which)\s+", text[at:]) if at > 0 else None
    antecedent = relative_antecedent(text[:at]) if relative and at > 0 else None
    if antecedent is None or relative is None:
        return clause
    # "Okafor, who is facing criticism over shortages, visited the hospital": the relative clause set off by
    # commas describes its noun; the verb after its closing comma is the noun's own, and the act
    main = next(
        (
            found
            for found in re.finditer(r",\s+(?P<verb>[a-z]+)\b", clause)
            if FINITE_VERB.fullmatch(found.group("verb"))
        ),
        None,
    )
    told = f"{antecedent} {clause[main.start('verb') :] if main else clause[relative.end() :]}"
    return told[:1].upper() + told[1:]


def _place_taken(text: str, offset: int, entities: list[Entity]) -> re.Match[str] | None:
    """ "captured Goma", "seized the town of Kalemie", "the fall of El Fasher": a place that changes hands."""
    places: set[int] | None = None  # (gathered only for a sentence with a verb of taking)
    for found in _TAKING.finditer(text):
        if places is None:
            places = {e.start - offset for e in entities if e.kind == "place" and e.start >= offset}
        if found.end() in places and not _NEGATED.search(text[max(0, found.start() - 80) : found.start()]):
            return found
    return None


# "a third of the escaping gas is now being captured", "how much is being captured": a substance
# collected, told in the passive with the substance (or its amount) before the verb; nobody is taken
_SUBSTANCE_BEFORE_PASSIVE = re.compile(
    rf"(?:\b{SUBSTANCES}|\bbarrels|\bgallons|\bhow\s+much)\b[^.;:]{{0,60}}?\b(?:is|are|was|were|been|being|be)\s+"
    r"(?:(?:now|still|already|also|not|only|largely|mostly|partly|\w+ly)\s+){0,2}(?:being\s+)?$",
    re.IGNORECASE,
)


def _captures_people(text: str, found: re.Match[str], offset: int, entities: list[Entity]) -> bool:
    """ "captured Chinese soldiers", "captured two North Koreans": people of a nationality are taken
    prisoner, which the sentence reports about them, not a capture of its own; any country's people
    (the gazetteer's demonyms), not a list of some."""
    if not found.group().lower().startswith("captur"):
        return False
    gap = re.match(r"\s+", text[found.end() :])
    at = found.end() + (gap.end() if gap else 0) + offset
    return any(e.kind == "country" and e.start == at for e in entities)


def _overlaps(figure: Figure, date: DateMention, offset: int) -> bool:
    return figure.start + offset < date.end and date.start < figure.end + offset


# A time phrase that opens a sentence: "Last month", "Earlier this year", "On Tuesday", "In March", "Two weeks
# ago", "Yesterday"
_TIME_LEAD = (
    r"(?:(?:last|this|earlier\s+this|later\s+this|earlier\s+that|later\s+that|late\s+last|early\s+last)\s+"
    r"(?:week|weekend|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|\w+day)"
    r"|(?:on|late|early|late\s+on|early\s+on)\s+\w+day"
    r"|in\s+(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|\d{4})"
    r"|(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago"
    r"|yesterday|earlier|later)"
)
_GLOSS_AFTER = re.compile(r"\s*\([a-z][\w -]*\)")
_REPORTED_BY_OUTLET = rx(r"reported|reports|according\s+to")
# "a spokesman", "the official", "a senior spokeswoman": one voice of a body, before its verb
# The subject before a verb of saying that is a body named by what it is, at the clause's opening or after an
# opening phrase: "Late Wednesday, the company", "The county coroner's office", "His administration"
_BODY_SPEAKS = rx(
    # ("Last month the government said", "Two weeks ago the agency warned": a time phrase may open the
    # clause without a comma)
    # ('"Not all of it reached the shore," the agency said in its report': after the quotation it closes)
    rf"(^|,\s+|[,.!?][”\"’]\s+|^{_TIME_LEAD}\s+)(the|his|her|its|their)\s+([\w’'.-]+\s+){{0,4}}?"
    r"(administration|government|company|ministry|department|agency|office|commission|committee|council|court|coroner|police|army|military|authorities|board|panel"
    r"|regulator|watchdog|hospital|school|university|union|charity|foundation|firm|group|family"
    # ("The London-based insurer said", "the oil major on Friday said": a company named by what it trades
    # in, as wire copy names it again after its name; not "the bank", whose words are often its analysts'
    # note, commentary)
    r"|insurer|carrier|airline|retailer|producer|maker|manufacturer|operator|supplier|miner"
    r"|conglomerate|giant|major)\s+"
    # ("The administration is demanding new tests": the saying under way; "The government on Tuesday
    # pledged", "the ministry today said": the day between the body and its verb, as wire copy puts it)
    r"((today|yesterday|tonight|on\s+\w+day|late\s+\w+day|earlier\s+today)\s+)?"
    r"((has|have|had|is|are|was|were)\s+)?((also|now|already|later|then)\s+)?$"
)
# Office-holders or a body's part, named by what they are, as the subject of a verb of saying: "Regional
# mayors expressed anger", "The province's departments of health and forests announced", "Its freight unit
# said" (a crowd, "residents", and commentators, "analysts", "experts", are not here: their words are colour)
_HOLDERS_OR_PARTS = (
    r"(officials|mayors|governors|ministers|lawmakers|legislators|senators|councillors|councilors|prosecutors"
    r"|investigators|regulators|diplomats|envoys|commanders|departments|ministries|agencies|unit|units"
    # ("Hotel managers asked guests to leave": those who run a business act for it; managers of funds, or of a
    # whole trade, comment on it)
    r"|(?<!fund\s)(?<!asset\s)(?<!money\s)(?<!hedge\s)(?<!portfolio\s)(?<!investment\s)(?<!industry\s)managers"
    r"|division|divisions|subsidiary|arm"
    # ("Norvik shut two mills and Hallam evacuated its staff, the companies said": bodies of one kind, named
    # by their plural, speak as one of them does, "the company said"; only bodies told of before, "the",
    # "their": "Many companies said", "Oil companies said" are a trade's colour, nobody's voice)
    r"|(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s))"
    r"(?:companies|firms|governments|airlines|insurers|operators|carriers|charities|unions|hospitals|councils)"
    # ("Other commission members said": members of a body that holds office, not "members of the public")
    r"|(commission|committee|board|council|panel|cabinet|parliamentary|congressional)\s+members)"
)
_HOLDERS_SPEAK = rx(
    rf"(^|,\s+|^{_TIME_LEAD},?\s+)(?P<who>((the|his|her|its|their)\s+)?([\w’'.-]+\s+){{0,4}}?{_HOLDERS_OR_PARTS}"
    # ("The province's departments of health and of forests announced": what the office is of)
    r"(\s+of\s+[\w’'.-]+(\s+(and\s+)?(of\s+)?[\w’'.-]+){0,3})?)"
    # ("Two senators, Ana Roe (Ohio) and Tom Ley (Utah), have said": who they are, set apart by commas;
    # never a relative clause, "The officials, who asked not to be named, said": no one is named)
    r"(,\s(?!(who|which|that|whose)\b)[^,;:“”\"]{3,80},)?\s+"
    r"((today|yesterday|on\s+\w+day)\s+)?((has|have|had|is|are|was|were)\s+)?((also|now|already|later|then|jointly)\s+)?$"
)
# ... that opens a sentence whose saying closes it as "it said": "The firm's freight unit has won an order,
# it said on Monday"
_PART_THEN_IT_SAID = rx(
    rf"^(the|its|their)\s+([\w’'.-]+\s+){{0,4}}?{_HOLDERS_OR_PARTS}\s+((has|have|had|was|were)\s+)?[a-z]{{3,}}"
    r"[^;:“”\"]*,\s+it\s+$"
)
# "The firm risks a penalty if the claim is upheld, but said it would not change its plans": the body that
# opens the sentence is the subject of the clause of saying joined to its first, and the one who speaks
_BODY_OPENS_JOINED_SAYING = rx(
    r"^(?P<body>the\s+([\w’'.-]+\s+){0,3}?(administration|government|company|ministry|department|agency"
    r"|commission|committee|council|regulator|watchdog|firm|group|charity|union|board|authorities|police|army"
    r"|military))\s+(?!(who|which|that|has|have|had|is|are|was|were|said|says)\b)[a-z][^;:“”\"]{0,160},\s+(but|and|yet)\s+"
    r"((also|later|then)\s+)?$"
)
# A place kept as it is, from now on: "will remain closed", "are to stay open"
_KEPT_AHEAD = rx(r"\b(will|is\s+to|are\s+to)\s+(now\s+|still\s+)?(remain|stay)\s+(open|closed|shut)\b")
# A clause that tells what came next as the agent of "followed": "followed on Sunday by the first death"
_FOLLOWED_BY = rx(r"^followed\s+(?P<when>(?:(?!\bby\b)[^,;])*?)\s*\bby\s+(?P<what>[^;]+)$")
# (and "one aide", "one official", the one voice of several: "No reply came from the ministry, though one aide
# stressed ...")
_VOICE_OF_NO_BODY = rx(
    r"\b(?:a|an|the|one)\s+(?:[a-z]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|official|aide|press\s+officer)"
    # ("An official from the mayor's office said", "a press officer in the capital said": where the voice
    # works, after it)
    r"(?:\s+(?:from|at|for|of|in|with)\s+[^,;:“”\"]{2,60}?)?\s*$"
)
# a plan in what was said, up to its deadline: "and hope to close the breach entirely by"
_DEADLINE_HOPED = rx(
    r"(\b(hopes?|hoped|plans?|planned|aims?|aimed|expects?|expected|intends?|intended|wants?|wanted)\s+to\s+[^,;.]*"
    # ("..., Roe says, and a final pressure test is due on Friday": a happening ahead, after the saying)
    r"|\b(is|are)\s+(now\s+)?(due|scheduled|expected|set|planned)\b[^,;.]*)"
    r"\b(by|before|until|in|on|for)\s+(early\s+|mid-?|late\s+|the\s+end\s+of\s+)?$"
)
_REFERRED_TO_BEFORE = rx(
    r"\b(?:in\s+(?:an?\s+)?(?:\w+\s+)?(?:reference|allusion|nod)\s+to|referring\s+to|referencing|alluding\s+to"
    r"|recalling|echoing)\s[^;:“”\"]*$"
)
# ... and the word before such a phrase, whatever it is: "surpassed <the Rhine flood in Germany in>"
_LEAD_OF_HAPPENING_THEN_DATE = re.compile(r"\b(?P<lead>[a-z]+)\s+" + HAPPENING_THEN_DATE)


_CLOSES_CLAUSE = rx(r"^\s*(on\s+\w+day|\w+day|yesterday|today|in\s+a\s+statement)?\s*(,\s+\w+ing\b|\.|$)")


# A year counted back from the report itself, not from the story's time ("the previous year")
# "In 2006, ...", "And in 2002 ...": a year that opens the sentence
_OPENING_YEAR = rx(r"\s*((and|but)\s+)?in\s+")
_YEAR_BEFORE_NOW = rx(r"\b(last|earlier\s+this)\s+year\b|\byears?\s+ago\b")
# What is feared or guessed, before the trigger that names it: "fears of new sanctions"
_GOES_ON_AFTER = rx(r"\s+(continues|continue|is\s+still|are\s+still)\s+to\s")
_RUNNING_TOTAL = rx(r"\b(so\s+far|to\s+date|thus\s+far|in\s+total|in\s+all)\b")


_FEARED_BEFORE = rx(
    r"\b(fears?|feared|concerns?|worries|worry|speculation|rumou?rs?|expectations?|prospects?|threat|risk|spectre)"
    r"\s+(of|about|over|that|for)\s+((an?|the|any|another|new|more|further|fresh|possible|wider|tougher)\s+)?"
    r"([\w-]+\s+){0,2}$"
)
# A market's move as the subject, and the verb that puts it down to a cause
_MARKET_MOVE_CAUSE = rx_gated(
    r"^([\w’'-]+\s+){0,6}?(decline|declines|fall|falls|drop|drops|rise|rises|gain|gains|rally|sell-?off|slump"
    r"|slide|losses|jump|surge|plunge|rebound|swing)\s+((in|of)\s+[^,;]{1,60}?\s+)?(was|were|has\s+been|had\s+been)"
    r"\s+(\w+ly\s+)?(attributed\s+to|blamed\s+on|put\s+down\s+to|linked\s+to|driven\s+by|fu?eled\s+by"
    r"|fuelled\s+by|triggered\s+by|sparked\s+by|caused\s+by)\s"
)
# (an attempt, "two attempts to unseat it", is a happening of its kind, if a failed one)
_AIM_BEFORE = rx(
    r"\b(efforts?|push|drive|way|chance|hopes?|hoped|wants?|wanted|seeks?|sought|threatened|threatens|vowed"
    r"|vows)\s+to\s+$"
    # ("offered to send rescue teams", "offered on Monday to resign": an offer, not yet the act)
    r"|\b(offers?|offered|offering)(\s+[\w,]+){0,3}?\s+to\s+$"
    # "safeguards against a gas main failure", "to prevent another flood": what is guarded against has
    # not happened
    r"|\b(safeguards?|protection|protects?|protecting|insurance|guards?|guarding|defen[cs]es?|precautions?)\s+"
    r"against\s+((an?|the|any|another|future|further)\s+)?([\w-]+\s+){0,2}$"
    r"|\b(prevent|preventing|avert|averting|avoid|avoiding)\s+((an?|the|any|another|future|further)\s+)?([\w-]+\s+){0,2}$"
    # "the bloc should weigh its own moratorium", "is weighing a ban": a measure weighed is not one taken
    r"|\b(consider|considers|considering|weigh|weighs|weighing|mull|mulls|mulling)\s+"
    r"((an?|the|its|their|his|her|its\s+own|their\s+own|whether\s+to\s+\w+(\s+(an?|the))?)\s+)?([\w-]+\s+){0,2}$"
    # "renewed their calls for the rail minister to step down", "urged the president to impose
    # sanctions": an act called for is not done
    r"|\b(calls?|calling|called)\s+(on|for)\s+([\w’'.-]+\s+){1,4}?to\s+([a-z]+\s+)?$"
    r"|\b(urg(e|es|ed|ing)|demand(s|ed|ing)?|press(es|ed|ing)|pressure[ds]?|pressuring)\s+([\w’'.-]+\s+){1,4}?to\s+"
    r"([a-z]+\s+)?$"
)
# "imposed a curfew on Friday to end the riots", "sent troops in order to contain the outbreak": what an act
# is done to stop is its purpose, not the happening the sentence reports ("agreed to end the strike", "will
# end the strike": the ending is the act, agreed or to come)
_PURPOSE_BEFORE = rx(
    r"\b(?!(agree|agrees|agreed|agreeing|vote|votes|voted|voting|decide|decides|decided|deciding|is|are|was|were|be"
    r"|been|will|would|shall|set|due|about|going|has|have|had|need|needs|needed)\b)[\w’'-]+,?\s+(in\s+order\s+|so\s+as\s+)?"
    r"to\s+(help\s+)?(contain|stop|halt|stem|curb|end|quell|fight|combat|tackle|plug|cap|seal)\s+((an?|the|its|their"
    r"|his|her|any|further|this|that)\s+)?([\w-]+\s+){0,2}$"
)
# "visited the ruins of the town hall", "toured the flood zone": a visit to a place, not to a state's people
_PLACE_VISITED = rx(
    r"\s+(the\s+)?(ruins|site|scene|area|zone|camps?|hospitals?|towns?|city|region|villages?|wreckage|rubble"
    r"|damaged|devastated|flooded|affected|destroyed|stricken|quake|disaster|worst-hit|hardest-hit)\b"
)
_INQUIRY_INTO = rx(
    r"\b(investigations?|inquir(y|ies)|probes?|reports?|study|studies|review|hearings?|lawsuits?|suits?|claims"
    # ("to mark the tenth anniversary of the cyclone", "a memorial to the victims of the blast": a happening
    # of the past remembered)
    r"|questions|documentary|book|film|anniversar(y|ies)|commemorations?|memorials?|remembrance)\s+"
    r"(into|on|of|about|over|from|concerning)\s+(the\s+|an?\s+|its\s+|their\s+)?$"
    # ("to find out why the tanker sank": the happening is what is to be explained; "the spot where the
    # ferry capsized": a place named by it; "when the next storm hits": one to come)
    r"|\b(why|what\s+caused)\s+(the\s+|an?\s+|its\s+|their\s+)?([\w’'-]+\s+){0,3}$"
    r"|\b(spot|site|place|point|location)\s+where\s+(the\s+|an?\s+|its\s+|their\s+)?([\w’'-]+\s+){0,3}$"
    r"|\bthe\s+next\s+$"
)


# What a picture shows, in the present of a caption: "swirls through the currents", "wear masks in Tokyo"
_PICTURED = rx(
    r"\b(swirls?|floats?|drifts?|sits?|stands?|lies|rests?|wears?|walks?|waits?|looks?|holds?|gathers?|burns?"
    r"|covers?|washes|passes|queues?|sorts?|cleans?|inspects?|surveys?|plays?|prays?|mourns?|weeps?)\s+"
    r"(through|in|on|at|near|along|across|over|into|past|outside|inside|beside|under|around|off|by|up|down"
    r"|masks|a\s+mask|the\s+(water|beach|shore|surface|debris|rubble|wreckage))\b"
)


def initials_of(name: str) -> str:
    """ "Health Protection Agency" -> "HPA", "Bank of England" -> "BE": the capitals that open its words."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _without_glossed_initials(actors: Iterable[str]) -> tuple[str, ...]:
    """The actors without initials that stand for another of them ("The Health Protection Agency (HPA)
    said": one body, named once)."""
    named = list(actors)
    full = {initials_of(a) for a in named if len(a.split()) > 1}
    return tuple(a for a in named if not (a.isupper() and len(a) > 1 and a.isalpha() and a in full))


# verbs of a reply in the present (`_REPLY_VERB_NOW`), which a release may also name (`_SAYS_NEAR`)
_REPLY_VERBS = r"insists?|denies|deny|stresses|rejects?|concedes?|admits?"
# A reply in the present, by a verb that answers a charge or a doubt: "Ministry officials insist the dam is
# safe", "the firm denies the claims", "one aide stresses that ...". A reply is made to the story's news of
# the day, where "X says the country is neutral" may be a standing position
_REPLY_VERB_NOW = rx(
    rf"\b({_REPLY_VERBS})\s+"
    r"(?=(that|the|a|an|it|its|he|his|she|her|they|their|there|this|these|any|all|no)\b)"
)


# ("continues to insist", "still denies": a standing position, held before the day's news)
_SAYS_BEFORE_REPLY = rx(
    # ("Still, the governor insists ...": "still" that opens the sentence with its comma is a conjunction, and
    # holds nothing over time)
    r"\b(says|say|said|claims|maintains|argues|believes|(?<!^)(?<!^[\"“‘'])still(?!,)|continues\s+to"
    r"|continue\s+to)\b"
)
# the writer's adverb right before the reply's verb: "awkwardly insists"
_WRITERS_ADVERB_BEFORE = re.compile(r"\b[a-z]{3,}ly\s+$")
# who tells a view of a field, not a party's reply: "a physicist", "an analyst", "the columnist"
_ONE_OF_A_FIELD = rx(r"\b(?!(insists?|persists?|assists?|resists?|exists?)\b)[a-z]{3,}ists?\b")


def _replies_now(draft: Draft) -> bool:
    """Whether undated remarks in the present reply, by a verb of insisting or denying, to the report's news
    ("Ministry officials insist the dam is safe"), as the speaker's first words before any quotation; an
    expert's insisting is a view of the story, commentary, and is not a reply."""
    text = draft.sentence.text
    found = _REPLY_VERB_NOW.search(text)
    return (
        bool(draft.speaker)
        and draft.present_habitual
        and found is not None
        and not _QUOTATION_MARK.search(text, 0, found.start())
        # ("The republic says it is neutral and insists it sends no arms", "the firm continues to insist":
        # the reply joined to a standing position is part of it)
        and not _SAYS_BEFORE_REPLY.search(text[: found.start()])
        # ("Roe awkwardly insists that ...": the writer's word for how it was said makes it the writer's view)
        and not _WRITERS_ADVERB_BEFORE.search(text[: found.start()])
        and not _EXPERT.search(text)
        # (who insists, not anyone named later: "Officials insist the protesters were warned")
        and not _ONE_OF_A_FIELD.search(text[: found.start()])
    )


# The release remarks in the present were given in, named beside the verb of saying: "In a statement, the
# ministry says ...", "..., the firm says in an emailed statement", "In a court filing, the union says ...".
# A book, a column, an interview or a letter is no release: what is said there is a view that holds from day
# to day (features quote old letters in the present). (The papers are those `RELEASES` names; up to two words
# may qualify one, as in `triggers.py`'s attack made in words.)
_RELEASE_NAMED = rx(
    rf"\bin\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternatives(RELEASES)})\b"
)
_SAYS_NEAR = rx(rf"\b(says|say|confirms?|adds|{_REPLY_VERBS})\b")
# ("The group, which in a letter last year urged a ban, says ...": a release inside a relative aside is the
# aside's, not the saying's)
_RELATIVE_ASIDE_OPEN = rx(r",\s+(?:which|who)\b[^,;]*$")


def _said_in_a_release(draft: Draft) -> bool:
    """Whether undated remarks of a named speaker in the present name the release they were given in
    ("In a statement, the ministry says it has closed the road"): a statement issued is an act of the
    report's days, not a view that holds from day to day."""
    text = draft.sentence.text
    release = _RELEASE_NAMED.search(text)
    if not (draft.speaker and draft.present_habitual and release is not None):
        return False
    said = _SAYS_NEAR.search(text)
    # the release goes with the saying: opening the sentence before it, or right after it
    if said is None or _RELATIVE_ASIDE_OPEN.search(text, 0, release.start()):
        return False
    return (
        release.end() <= said.start() and not _QUOTATION_MARK.search(text, 0, release.start())
    ) or 0 <= release.start() - said.end() <= 40


def _settle_date(
    index: int,
    drafts: list[Draft],
    article: Article,
    published: dt.date,
    dates: Sequence[DateMention] = (),
) -> Mention | None:
    """Date a draft: its own date; else the same speaker's or the paragraph's date in this article;
    else the publication date. Undated habitual speech ("China says it is neutral") is no event."""
    draft = drafts[index]
    reason: str
    # '"Her remarks this morning were false," they said': the speakers' own today, in their words
    quoted_today = (
        draft.own_date is not None
        and draft.is_speech_type
        and quoted_date(draft) is not None
        and _SPEAKERS_TODAY.fullmatch(draft.own_date.text) is not None
    )
    if draft.own_date is not None and (
        said_of_the_future(draft, published) or (draft.is_speech_type and quoted_date(draft) is not None)
    ):
        # "Okafor said she would not serve past the end of her term in March 2027": what was said is
        # ahead, the saying is not; it is dated as remarks without a date of their own
        draft = dataclasses.replace(draft, own_date=None)
    if not draft.is_speech_type and directed_ahead(draft, published) is not None:
        # "The court ordered Roe to appear on 3 July": the appearance is ahead, the order is not; it is dated
        # as an act without a date of its own
        draft = dataclasses.replace(draft, own_date=None)
    if draft.own_date is None and draft.is_speech_type:
        paper = weekday_paper(draft, published)
        if paper is not None:
            draft = dataclasses.replace(draft, own_date=paper)
    if draft.own_date is not None:
        d = draft.own_date
        start, end, precision, text = d.date_start, d.date_end, d.precision, d.text
        basis = "explicit" if d.explicit else "resolved"
        reason = outlet_reason(d.reason, article)
        planned = d.tense == "future" or d.date_start > published
    else:
        if (
            draft.event_type in ("statement", "claim")
            and (draft.present_habitual or (draft.undated_past and not draft.recent))
            and not said_in_the_lead(draft, article)
            # ("The league says the strike is over": a change declared is news of the report's days)
            and not declares_a_change(draft)
            and not expert_says(draft)
            and not commits_itself(draft)
            and not news_said(draft)
            and not _replies_now(draft)
            and not _said_in_a_release(draft)
            # ("The virus has been found in 2,300 people, according to the ministry": a count as it stands)
            and not count_by_its_source(draft.sentence.text, draft.figures)
        ):
            return None
        # ("The explosion killed 11 workers" told of a blast dated above: that day, before any scene or
        # paragraph date a later sentence sets)
        happening = happening_dated_before(draft, dates, article.text)
        # ("issued an order ..." then "after that May 26 order": the day a later sentence names the thing by)
        made = made_thing_dated_below(draft, dates, article.text) if happening is None else None
        context = (
            context_date(index, drafts, article.text, published)
            if happening is None and made is None
            else None
        )
        if context is None and quoted_today:
            context = story_day(drafts, published)
        planned = False
        if happening is not None:
            start, end, precision, text = happening.date_start, happening.date_end, "day", happening.text
            basis = "context"
            reason = (
                f"no date of its own; it tells a deed of a happening the article dated before by "
                f"'{happening.text}' → {fmt(start)}"
            )
        elif made is not None:
            thing, named = made
            start, end, precision, text = thing.date_start, thing.date_end, "day", thing.text
            basis = "context"
            reason = f"no date of its own; {named} → {fmt(start)}"
        elif context is not None:
            source, why = context
            given = source.own_date
            assert given is not None  # context_date only returns dated drafts
            start, end, precision, text = given.date_start, given.date_end, given.precision, given.text
            basis = "context"
            reason = f"no date of its own; {why} '{given.text}' → {span_text(start, end, precision)}"
        else:
            if (
                draft.generic
                and not said_in_the_lead(draft, article)
                and not declares_a_change(draft)
                and not expert_says(draft)
                and not news_said(draft)
                # ("The ministry says it is sending a plane": a named speaker's own act under way is news)
                and not (draft.speaker and news_in_remarks(draft.sentence.text))
                # ("Ministry officials insist the dam is safe": a reply, see `_replies_now`)
                and not _replies_now(draft)
                # ("In a statement, the board says it never gags its staff": see `_said_in_a_release`)
                and not _said_in_a_release(draft)
                # ("The toll has risen from 9 to 12": a figure that changed is the day's news)
                and not figure_changed(draft.sentence.text)
            ):
                return None  # "Both armies allow foreigners to enlist": a standing fact, not a happening
            # (the day before publication a report's lead tells of; or, in a look back over past days, the
            # day its narrative was last set, not the day the piece was printed)
            # ("The ministry had asked the court to ...": told in the past perfect, it is of no later day
            # than the one the sentence above sets, and of neither the lead's day nor the printing's)
            lead = (
                earlier_than_above(index, drafts, article, published)
                if told_before_its_time(draft, article)
                else lead_day(index, drafts, article, published, dates)
                or story_time_carried(index, drafts, article, published)
            )
            if lead is not None:
                given, why = lead
                start = end = given.date_start
                precision, text, basis = "day", given.text, "context"
                reason = f"no date of its own, told in the past; {why} '{given.text}' → {fmt(start)}"
            else:
                start = end = published
                precision, text, basis = "day", "", "publication"
                reason = (
                    "no date in the sentence or its context; the article's publication date, "
                    f"{fmt(published)}"
                )
        if draft.date_left:
            # ("'next week' is when the plan called off was to happen; the calling off is recent news"): the
            # date the sentence states comes first, then the date it takes instead, with no claim that the
            # sentence has no date
            for opening in (
                "no date in the sentence or its context; ",
                "no date of its own, told in the past; ",
                "no date of its own; ",
            ):
                reason = reason.removeprefix(opening)
            reason = f"{draft.date_left}; {reason}"
        if draft.before_news and precision == "day":
            # "The seizure came a day after Washington announced sanctions": a day before the news's day
            start, end = start - draft.before_news, end - draft.before_news
            reason += f"; {draft.before_news.days} day(s) before the news it led to"
    event_type, family = draft.event_type, draft.family
    if family == "disaster toll" and (precision not in ("day", "week") or end < published - TOLL_NEWS_WINDOW):
        # "the refinery explosion that killed 14 on 3 January", told weeks later: the disaster the story goes
        # back to;
        # "floods killed 12 people on Sunday": the toll of the report's days, its news
        event_type = "disaster"
    elif family == "disaster toll":
        event_type = family = "casualties"
    # news outlets report events; they are parties only when they are the ones speaking
    names = [e for e in draft.entities if e.role != NEWS_OUTLET or e.name == draft.speaker]
    # ("Haiti says ...", "Britain said ...": a country speaking is its government, an actor as much as "the
    # Haitian government said" is; a country the speaker was only inferred from is no actor)
    # ("The report said ...", "the email said": a paper that speaks is no party to the story; the title still
    # says it spoke)
    speaker_entities = (
        [draft.speaker]
        if draft.speaker
        and not a_paper(draft.speaker)
        and (
            draft.speaker not in _country_names(names)
            or country_speaks(draft.sentence.text, names, draft.speaker)
        )
        else []
    )
    # ("Kenya's health ministry has ordered schools shut", "The army retook the town": a body of state known
    # by its kind, no name of its own, opening the sentence as the doer of its act)
    body = (
        ""
        if draft.speaker or any(e.kind == "actor" for e in names)
        else acting_body(draft.sentence.text, names, draft.sentence.start)
    )
    return Mention(
        article=article.name,
        outlet=article.outlet,
        published=published,
        sentence=draft.sentence,
        event_type=event_type,
        family=family,
        speaker=draft.speaker,
        speaker_country=draft.speaker_country,
        agent_country=draft.agent_country,
        actors=_without_glossed_initials(
            dict.fromkeys(
                speaker_entities
                + ([body] if body else [])
                + [
                    e.name
                    for e in names
                    if e.kind == "actor"
                    and (
                        e.name == draft.speaker
                        # (one named in a scene-setting clause or in what was said neither acts nor speaks)
                        # (nor does the accuser a reply answers, nor whom a letter is written to)
                        or not (
                            in_scene(draft.sentence.text, e)
                            or named_in_quotation(draft.sentence.text, e)
                            or named_in_the_charge(draft.sentence.text, e)
                            or written_to(draft.sentence.text, e)
                        )
                    )
                ]
            )
        ),
        # ("the British oil giant said": the firm's home is neither a state acting nor where it happened)
        countries=tuple(
            dict.fromkeys(
                e.country
                for e in names
                if e.country
                and not names_a_firms_home(draft.sentence.text, e)
                # ("our correspondent in the capital, Lome, says": where the reporter is, not the news)
                and not where_a_reporter_is(draft.sentence.text, e)
            )
        ),
        locations=tuple(
            dict.fromkeys(
                e.name for e in names if e.kind == "place" and not where_a_reporter_is(draft.sentence.text, e)
            )
        ),
        subject_countries=_subject_countries(draft),
        figures=tuple(draft.figures),
        date_start=start,
        date_end=end,
        precision=precision,
        date_text=text,
        date_basis=basis,
        date_reason=reason,
        planned=planned,
        # "Dr Hale has been found guilty" opening a report is the report's news, dated by it; further down,
        # the same tense tells of something earlier that only another report can date. A lead of no named
        # kind ("shares have recovered since the summer") is a state of affairs, not news of the day.
        undated_past=(
            basis == "publication"
            and (undated_background(draft, article, published, dates) or told_before_its_time(draft, article))
        )
        or (
            draft.undated_past
            and basis == "publication"
            and not (
                is_lead(draft.sentence, article)
                # ("NWG shares have closed up 7%" leads on a market move; "shares have recovered since the
                # summer" is a state of affairs, not news of the day)
                and (draft.event_type != "other" or not STATE_OF_AFFAIRS.search(draft.sentence.text))
            )
            # "The ministry says it has asked ...": the speaker's news of its own act, today's ("South Korea
            # estimates that 11,000 soldiers have been deployed" tells of others' act, which others date)
            and not (draft.recent and draft.own_act)
            # "The army has defended its handling of the airport", "The senator's brothers have confirmed
            # they will not attend": remarks told in the present perfect are the report's news, not
            # something said at a time only another report can date
            and not (draft.said_now and draft.is_speech_type)
            and not running_count(draft)
            and not institution_acted(draft)
            # "Two polling stations have been closed" below a lead of the day's news ("... on Monday", or
            # no time word): news copy tells the rest of that news with none; a result on the scene told in
            # the passive is of its days
            and not (
                not draft.is_speech_type
                and result_on_the_scene(draft.sentence.text)
                and lead_of_its_days(article, published, dates)
            )
        ),
        anterior=draft.anterior,
        clause=draft.clause,
        quote=draft.quote,
        entities=tuple(draft.entities),
    )


# A commitment already made, then the infinitive of what it commits to: "has agreed to pay ... "
_COMMITTED_TO = rx(
    r"\b(has|have|had)\s+(already\s+)?(agreed|promised|pledged|vowed|undertaken|committed|offered|decided)"
    r"\s+(itself\s+)?to\s+[a-z]+\b[^,;:.“”\"]{0,60}$"
)


_SPEAKERS_TODAY = rx(r"today|tonight|this\s+(morning|afternoon|evening)")


# A disaster's toll dated within the week before the report is the report's news (casualties); dated
# earlier, it tells the disaster the story goes back to
TOLL_NEWS_WINDOW = dt.timedelta(days=7)


def _country_names(entities: list[Entity]) -> set[str]:
    return {country_name(e.country) for e in entities if e.kind == "country"}


def _subject_countries(draft: Draft) -> tuple[str, ...]:
    """Countries of the people a figure counts ("two Chinese nationals" -> CHN): different nationals,
    different happenings."""
    out: list[str] = []
    for figure in draft.figures:
        for entity in draft.entities:
            if entity.kind == "country" and figure.start <= entity.start and entity.end <= figure.end:
                out.append(entity.country)
    return tuple(dict.fromkeys(out))
