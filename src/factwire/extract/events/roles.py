"""Who acted and who received: entity resolution of tokens (mentions, pronouns, "the country")
and the syntactic actor/recipient of a trigger (subject, passive agent, possessor, object,
to/with/against phrase). A dateline is metadata and never resolves to a participant.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Span, Token

from factwire.extract import actors_context, actors_lexicon
from factwire.extract._common import span_root, token_span
from factwire.extract.actors import OWNER_PRONOUNS, story_countries
from factwire.extract.actors_resolve import PersonNames, gender, likely_gender, pronoun_gender
from factwire.extract.datelines import find_dateline
from factwire.extract.events.lexicon import (
    COUNTRY_NOUNS,
    DEFINITE_ACTOR_NOUNS,
    FIRST_PERSON,
    GROUP_PRONOUNS,
    PAIR_NOUNS,
    PEOPLE_NOUNS,
    PERSON_PRONOUNS,
    PHRASE_PREPS,
    PLACE_PREPS,
    RELATIVE_WORDS,
    THING_PRONOUNS,
    Lexicon,
    TriggerRule,
    _builtin,
    people_sector,
)
from factwire.extract.events.syntax import (
    PASSIVE_SUBJECTS,
    PHRASE_BREAKS,
    SUBJECTS,
    _agent_participle,
    _anchor,
    _by_agents,
    _conjuncts,
    _is_light,
    _is_passive,
    _modifier_lemmas,
    _objects,
    _of_owner,
    _passive_subjects,
    _preps,
    _subject_tokens,
    _to_infinitive,
    _unique,
    document_phrases,
    joined_infinitive,
    set_aside_mark,
)
from factwire.model import (
    Dateline,
    Document,
    Entity,
)

# Types whose object is the thing moved or given ("sent troops"), never the recipient.
THEME_TYPES = {"AID", "MOBILIZE", "RETREAT"}


ANTECEDENT_SENTENCES = 5  # how far back a pronoun looks for its entity
PEOPLE_SENTENCES = 2  # how far back an object pronoun looks for people named without a code
OBJECT_PRONOUNS = {"them": "plural", "him": "singular", "her": "singular"}


PARTICIPANT_KINDS = {"person", "organization", "group", "country", "media"}
def _dateline(doc: Document) -> Dateline | None:
    """The document's dateline (set by the dateline step; read here when this extractor runs
    on its own)."""
    return doc.dateline or find_dateline(doc)


def dateline_spans(doc: Document) -> list[tuple[int, int]]:
    dateline = _dateline(doc)
    return [tuple(dateline.span)] if dateline else []


def context_country(doc: Document) -> str | None:
    """The document's country context: the country of its dateline (read as the actors step
    reads it: "ACCRA, Ghana (Agency) —" is Ghana, whatever the story names most), else the
    country its places and countries are named for most often (if one clearly leads), else,
    when it names none, the country its usage shows (``actors_context.usage_country``)."""
    code = actors_context.dateline_country(doc, _dateline(doc), actors_lexicon.lexicon())
    if code:
        return code
    counts: dict[str, int] = {}
    for entity in doc.entities:
        if entity.country and entity.kind in {"country", "location"}:
            counts[entity.country] = counts.get(entity.country, 0) + len(entity.mentions)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None if ranked else actors_context.usage_country(doc.text)


def actors_country(doc: Document) -> str | None:
    """The country of a person the text gives no role or country: the dateline's, else the
    country most of the document's people and bodies belong to, when one clearly leads: an
    undated column on American politics that names Ukraine most is still about Americans."""
    dated = actors_context.dateline_country(doc, _dateline(doc), actors_lexicon.lexicon())
    return dated or actors_context.people_country(doc.entities)


def _partitive_head(token: Token) -> Token | None:
    """The quantity that counts a pronoun ("dozens of them", "some of them"), or None."""
    owner = _of_owner(token)
    return owner if owner is not None and owner.pos_ in {"NOUN", "NUM", "PRON", "DET",
                                                         "ADJ"} else None


def _clause_role(token: Token) -> Token:
    """The token whose place in the clause a pronoun takes: its counting quantity, if any."""
    return _partitive_head(token) or token


def _object_pronoun(token: Token) -> bool:
    """"them", "him", "her" as an object, not a subject or a possessive ("her office"), nor
    counted by a subject ("dozens of them were arrested")."""
    return token.lower_ in OBJECT_PRONOUNS and \
        _clause_role(token).dep_ not in SUBJECTS | PASSIVE_SUBJECTS | {"poss"}


class Resolver:
    """Finds the entity a token refers to: by mention span, else by pronoun or "the country"."""

    def __init__(self, doc: Document, parsed: Doc):
        self.doc = doc
        self.parsed = parsed
        self.datelines = dateline_spans(doc)
        mentions = []
        for entity in doc.entities:
            for m in entity.mentions:
                if not self.in_dateline(m.span[0]):
                    mentions.append((m.span[0], m.span[1], entity))
        self.mentions = sorted(mentions, key=lambda x: x[0])

    @functools.cached_property
    def abroad(self) -> str | None:
        """The country a story filed from a bureau elsewhere is about, as the actors step
        found it (``actors_context.filed_from_abroad``)."""
        return story_countries(self.parsed).abroad

    @functools.cached_property
    def context(self) -> str | None:
        """The document's country context (``context_country``), worked out once."""
        return self.abroad or context_country(self.doc)

    @functools.cached_property
    def people(self) -> str | None:
        """The country of a person the text gives no role or country (``actors_country``)."""
        return self.abroad or actors_country(self.doc)

    @functools.cached_property
    def host(self) -> Entity | None:
        """The country entity the story is set in, if the text names it outside the dateline."""
        if self.context is None:
            return None
        return next((e for e in self.doc.entities
                     if e.kind == "country" and e.country == self.context
                     and any(not self.in_dateline(m.span[0]) for m in e.mentions)), None)

    def pair_of(self, head: Token) -> list[Entity]:
        """"the two countries", "both governments", "the two sides": the last two countries
        the text named before the phrase (``pair_nouns``); "the two" alone: the last two
        people or countries, whichever were named last."""
        bare = head.lower_ == "two" and head.pos_ == "NUM" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if not bare and (head.lemma_.lower() not in PAIR_NOUNS or head.tag_ != "NNS" or not any(
                c.lower_ in {"two", "both"} for c in head.children)):
            return []
        kinds = {"country", "person"} if bare else {"country"}
        named: list[Entity] = []
        for start, _end, entity in reversed(self.mentions):
            if start >= head.idx or entity.kind not in kinds or not entity.country or \
                    entity in named or (named and entity.kind != named[0].kind):
                continue
            named.append(entity)
            if len(named) == 2:
                return named[::-1]
        return []

    def in_dateline(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.datelines)

    def co_headed(self, token: Token, entity: Entity) -> list[Entity]:
        """Other countries' groups named by the same words as ``entity`` at ``token`` ("US
        and British officials", "the envoys of Norway, Sweden and Finland"): mentions that
        end on this head word and cover it, with another country."""
        end = token.idx + len(token)
        out: list[Entity] = []
        for start, stop, other in self.mentions:
            if stop == end and start <= token.idx and other is not entity and other.country \
                    and other.country != entity.country and other.kind == entity.kind \
                    and other not in out:
                out.append(other)
        return out

    def sentence_mentions(self, sent: Span) -> list[tuple[Entity, Token]]:
        """(entity, root token of the mention) for every mention in the sentence."""
        out = []
        for start, end, entity in self.mentions:
            if sent.start_char <= start < sent.end_char:
                root = span_root(self.parsed, start, end)
                if root is not None and entity.kind in PARTICIPANT_KINDS | {"location"}:
                    out.append((entity, root))
        return out

    def entity_of(self, token: Token, exclude: set[str] = frozenset()) -> Entity | None:
        """The entity mentioned by this token (its own span), resolving pronouns."""
        span = token_span(token)
        if self.in_dateline(span[0]):
            return None  # "HANOI, Vietnam (AP) —" says where the story was filed, not who acts
        entity = self.doc.entity_at(*span)
        if entity is not None:
            # a place without a country is no participant we can code; a countryless group
            # ("police", "protesters") is: a domestic event still has a doer
            if not entity.country and entity.kind not in PARTICIPANT_KINDS:
                return None
            return entity
        if token.pos_ == "PROPN":  # a short name the actor step left untagged
            return self.person_names.named(token.text)
        lower = token.lower_
        if token.pos_ == "PRON" or lower in PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS:
            if lower in FIRST_PERSON:
                return self._speaker(token)
            return self._antecedent(token, lower, exclude)
        if token.lemma_.lower() in DEFINITE_ACTOR_NOUNS and any(
            c.lower_ in {"the", "this"} for c in token.children
        ) and not any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in token.children):
            # "the country" is a country, "the government" a state or its body, never a
            # person; "the state of emergency" is neither, nor "the largest state in Brazil"
            # (a state within a country)
            kinds = {"country"} if token.lemma_.lower() in COUNTRY_NOUNS else {
                "country", "organization"}
            return self._antecedent(token, "the", exclude, kinds=kinds)
        return None

    def _speaker(self, token: Token, kinds: frozenset[str] = frozenset({"direct", "mixed"})
                 ) -> Entity | None:
        """The speaker of the quote of one of ``kinds`` around a token (reported speech keeps
        "it" free)."""
        for quote in self.doc.quotes:
            if quote.kind not in kinds:
                continue
            if quote.span[0] <= token.idx < quote.span[1] and quote.speaker:
                return self.doc.entity(quote.speaker)
        return None

    def _antecedent(self, token: Token, pronoun: str, exclude: set[str],
                    kinds: set[str] | None = None) -> Entity | None:
        """Nearest earlier mention of a fitting entity, within the last few sentences."""
        if kinds is None:
            if pronoun in PERSON_PRONOUNS:
                kinds = {"person"}
            else:  # "they" is plural: a body, a group or a country, never one person
                kinds = {"country", "organization", "group"}
        floor = self._floor(token, ANTECEDENT_SENTENCES)
        excluded = set(exclude)
        # inside a quote "he" is not the one speaking; in a paraphrase with a quoted fragment
        # ("Belize said it had deployed boats … "as long as necessary"") "it" may well be
        speaker = self._speaker(token, frozenset({"direct"}))
        if speaker is not None:
            excluded.add(speaker.id)
        # "its support of Russia": an entity inside the pronoun's own phrase is not its referent
        phrase = token.head if token.dep_ == "poss" else token
        excluded |= {e.id for t in phrase.subtree if t.i != token.i
                     for e in [self.doc.entity_at(*token_span(t))] if e}
        sex = pronoun_gender(pronoun)  # "she" is no man the text names as one
        if sex is not None:
            excluded |= {e.id for e in self.doc.entities if e.kind == "person"
                         and gender(e, self.doc.text) not in (None, sex)}
            if _object_pronoun(token):  # (a subject "he" keeps the speaker before it:
                excluded |= self._unsexed_roles(token, floor, sex)  # "its minister said he")
        people = self.people_antecedent(token)
        own_sentence = token.sent.start_char if _object_pronoun(token) else None
        # "They were released", "dozens of them were arrested": role parallelism
        undergoes = _clause_role(token).dep_ in PASSIVE_SUBJECTS
        nearest: Entity | None = None
        nearest_sentence = 0
        doer: Entity | None = None  # the subject that acted, if no one was acted upon
        for start, end, entity in reversed(self.mentions):
            if start >= token.idx or start < floor:
                continue
            if undergoes and nearest is not None and start < nearest_sentence:
                return doer or nearest  # no one acted upon in the nearest sentence
            if people is not None and start < people[0]:
                return nearest  # "Police detained three teenagers. ... charged them"
            if nearest is not None and own_sentence is not None and start < own_sentence:
                return nearest  # "France condemned it. Soldiers rounded up 40 villagers and
                # beat them": an object pronoun takes up people of its own sentence first
            # a person is a person, coded or not; a body or group needs a code to be a party
            coded = entity.country or entity.sector or entity.kind == "person"
            if entity.kind in kinds and entity.id not in excluded and coded \
                    and not self._named_as_place(start, end):
                if pronoun == "it" and not _main_subject(token) and self._thing_between(
                        end, token, self.singular_noun_chunks):
                    return nearest  # "... the deal, while Germany and Spain support it"
                if pronoun in GROUP_PRONOUNS and self._thing_between(
                        end, token, self.plural_subject_chunks):
                    return nearest  # "The suspects were detained ... Prosecutors charged them"
                if undergoes and self._is_patient(start, end):
                    return entity  # "Police detained two reporters. They were released"
                if undergoes and self._is_doer(start, end):
                    doer = doer or entity
                elif self._is_subject(start, end):
                    return entity  # a subject or possessor is the salient antecedent
                if nearest is None:
                    nearest = entity
                    nearest_sentence = self._sentence_start(start)
        return doer or nearest

    def _unsexed_roles(self, token: Token, floor: int, sex: str) -> set[str]:
        """People named only by a role ("a music lawyer", "the surgeon"), when a person the
        text marks as of the object pronoun's sex is named in reach ("Carla Wendt … a music
        lawyer … asked her"): "her" is the woman named, not a role of unknown sex."""
        persons = [e for start, _end, e in self.mentions
                   if floor <= start < token.idx and e.kind == "person"]
        if not any(likely_gender(e, self.doc.text) == sex for e in persons):
            return set()
        return {e.id for e in persons if not e.name[:1].isupper()
                and gender(e, self.doc.text) is None}

    def people_antecedent(self, token: Token) -> tuple[int, int] | None:
        """The nearest earlier people the text names without a code ("three teenagers", "a
        man"), of the pronoun's number, that an object pronoun ("them", "him", "her") takes up;
        a subject pronoun keeps the salient subject before it."""
        if not _object_pronoun(token):
            return None
        number = OBJECT_PRONOUNS[token.lower_]
        floor = self._floor(token, PEOPLE_SENTENCES)
        return next(((start, end) for start, end, plural in reversed(self.people_chunks)
                     if floor <= start and end <= token.idx and plural == (number == "plural")),
                    None)

    def people_recounted(self, token: Token) -> tuple[int, int] | None:
        """The people a number with "the" counts again ("arrested 14 vendors … charged the
        14"): the nearest earlier phrase for people with that number, or None."""
        floor = self._floor(token, PEOPLE_SENTENCES)
        for chunk in reversed(self.chunks):
            if floor <= chunk.start_char and chunk.end_char <= token.idx and \
                    people_sector(chunk.root.lemma_.lower())[0] and \
                    any(t.text == token.text for t in chunk):
                return chunk.start_char, chunk.end_char
        return None

    @functools.cached_property
    def people_chunks(self) -> list[tuple[int, int, bool]]:
        """(start, end, plural) of the noun phrases for people that are no entity ("a man",
        "about 800 people"), in order."""
        out = []
        for chunk in self.chunks:
            root = chunk.root
            if root.pos_ != "NOUN" or not people_sector(root.lemma_.lower())[0]:
                continue
            if self._mentioned(root.idx):
                continue  # an entity of the actors step (those added since are these people)
            out.append((chunk.start_char, chunk.end_char, root.tag_ == "NNS"))
        return out

    def _thing_between(self, after: int, token: Token, chunks: list[tuple[int, int]]) -> bool:
        """Is one of ``chunks``, a noun phrase that is no entity, between a candidate and the
        pronoun: the nearer antecedent, which no code can stand for? (Not the quantity that
        counts the pronoun: "dozens of them".)"""
        counter = _partitive_head(token)
        own = counter.idx if counter is not None else token.idx
        return any(after <= start and end <= own
                   and self.doc.entity_at(start, end) is None
                   for start, end in chunks)

    @functools.cached_property
    def person_names(self) -> PersonNames:
        return PersonNames(self.doc.entities)

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        """Character offset of each sentence start, in order (parsed once per document)."""
        return [s.start_char for s in self.parsed.sents]

    def _floor(self, token: Token, sentences: int) -> int:
        """Where the window of the last ``sentences`` sentences up to the token begins."""
        before = bisect.bisect_right(self.sentence_starts, token.idx)
        return self.sentence_starts[max(0, before - sentences)] if before else 0

    def _mentioned(self, offset: int) -> bool:
        """Is the character inside a mention the actors step found?"""
        i = bisect.bisect_right(self.mention_starts, offset)
        return any(start <= offset < end for start, end, _e in self.mentions[max(0, i - 8):i])

    @functools.cached_property
    def mention_starts(self) -> list[int]:
        return [start for start, _end, _e in self.mentions]

    @functools.cached_property
    def chunks(self) -> list[Span]:
        """The document's noun chunks, worked out once (spaCy finds them anew on each call)."""
        return list(self.parsed.noun_chunks)

    @functools.cached_property
    def chunk_of_root(self) -> dict[int, Span]:
        """Each noun chunk by the index of its root token."""
        return {c.root.i: c for c in self.chunks}

    @functools.cached_property
    def singular_noun_chunks(self) -> list[tuple[int, int]]:
        """(start, end) characters of the noun chunks headed by a singular common noun, not
        an apposition ("The X party, the largest partner, said it …": it describes X)."""
        return [(c.start_char, c.end_char) for c in self.chunks
                if c.root.pos_ == "NOUN" and c.root.tag_ not in {"NNS", "NNPS"}
                and c.root.dep_ != "appos"]

    @functools.cached_property
    def plural_subject_chunks(self) -> list[tuple[int, int]]:
        """(start, end) characters of the plural common-noun subjects ("The suspects were")."""
        return [(c.start_char, c.end_char) for c in self.chunks
                if c.root.tag_ == "NNS" and c.root.dep_ in SUBJECTS | PASSIVE_SUBJECTS]

    def _named_as_place(self, start: int, end: int) -> bool:
        """Is this mention where something happened ("detained in eastern Poland"), which a
        pronoun does not take up as a party?"""
        root = span_root(self.parsed, start, end)
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS

    def _is_subject(self, start: int, end: int) -> bool:
        root = span_root(self.parsed, start, end)
        return root is not None and root.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"poss"}

    def _is_doer(self, start: int, end: int) -> bool:
        """Is this mention the active subject of a verb (who acts, not who undergoes)?"""
        root = span_root(self.parsed, start, end)
        return root is not None and root.dep_ in SUBJECTS

    def _is_patient(self, start: int, end: int) -> bool:
        """Is this mention the one a verb acts upon: its object or passive subject, or the
        of-phrase of a quantity that is ("beat dozens of workers")?"""
        root = span_root(self.parsed, start, end)
        root = root if root is None else (_of_owner(root) or root)
        return root is not None and root.dep_ in {"dobj"} | PASSIVE_SUBJECTS

    def _sentence_start(self, offset: int) -> int:
        return self.sentence_starts[max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)]


def _main_subject(token: Token) -> bool:
    """Is the token the subject of its sentence's main verb ("It also fined him")? Such an
    "it" takes up the body that acted before it, not a thing named on the way."""
    return token.dep_ in SUBJECTS and token.head.i == token.sent.root.i


def _phrase_entities(head: Token, resolver: Resolver, exclude: set[str],
                     depth: int = 3) -> list[Entity]:
    """Entities a noun phrase refers to: its head, else its possessor/compound/modifier, else an
    of/from-phrase inside it (breadth first, so "its support of Russia" gives "its")."""
    found: list[Entity] = []
    if head.lower_ in RELATIVE_WORDS and head.head.dep_ == "relcl":
        head = head.head.head  # "reporters, who were detained": the reporters
    pair = resolver.pair_of(head)
    if pair:
        return [e for e in pair if e.id not in exclude]
    for member in [head, *_conjuncts(head)]:
        entity = _first_entity(member, resolver, exclude, depth)
        if entity is not None and entity.id not in {e.id for e in found}:
            found.append(entity)
            found += [e for e in resolver.co_headed(member, entity)
                      if e.id not in exclude and e.id not in {f.id for f in found}]
    return found


def _first_entity(head: Token, resolver: Resolver, exclude: set[str], depth: int) -> Entity | None:
    frontier = [head]
    for _ in range(depth + 1):
        nxt: list[Token] = []
        for tok in frontier:
            entity = resolver.entity_of(tok, exclude)
            if entity is not None and exclude and _actors_own(tok, entity, resolver, exclude):
                entity = None  # "its troops": the actor's own, when the actor is excluded
            if entity is not None and entity.kind == "location" and _hometown(tok):
                continue  # "a Syracuse man": where he is from, no party
            if entity is not None and entity.id not in exclude:
                if not entity.country:  # "its foreign minister": whose minister
                    for poss in (c for c in tok.children if c.dep_ == "poss"):
                        owner = resolver.entity_of(poss, exclude)
                        if owner is not None and owner.country and owner.id not in exclude:
                            return owner
                return entity
            # a name in apposition before the rest ("the governor's rival, Tom Harlan": the
            # rival, not the governor who owns the word)
            for child in sorted(tok.children, key=lambda c: c.dep_ != "appos"):
                if child.dep_ in PHRASE_BREAKS or child.dep_ in {"det", "punct", "cc"}:
                    continue
                if child.dep_ == "prep" and child.lower_ not in PHRASE_PREPS:
                    continue
                nxt.append(child)
        frontier = nxt
        if not frontier:
            break
    return None


def _hometown(tok: Token) -> bool:
    """Is the place found at this token a modifier of a person noun ("a Syracuse man", "two
    Galveston teenagers"), saying where the people are from?"""
    noun = tok.head if tok.dep_ in {"compound", "amod", "nmod"} else tok
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in PEOPLE_NOUNS


def _thrower(agent: Token, lexicon: Lexicon) -> Token:
    """The one who threw or fired what an act was done by ("injured by stones thrown by the
    crowd": the crowd), else the agent itself."""
    if agent.lemma_.lower() not in lexicon.classes.get("projectiles", set()):
        return agent
    throwers = (g for part in agent.children if part.dep_ == "acl"
                for by in part.children if by.dep_ == "agent"
                for g in by.children if g.dep_ == "pobj")
    return next(throwers, agent)


def _participants(token: Token, rule: TriggerRule, resolver: Resolver,
                  lexicon: Lexicon) -> tuple[list[Entity], list[Entity]]:
    """Actor and recipient entities of a trigger, from its dependency neighbourhood."""
    actor_heads: list[Token] = []
    recipient_heads: list[Token] = []
    themes: list[Token] = []  # what the act moves: never its recipient
    if token.pos_ in {"VERB", "AUX"} or rule.stative:
        if rule.stative:
            actor_heads = _passive_subjects(token) or _subject_tokens(token)
            recipient_heads = []
        elif _is_passive(token) or _agent_participle(token):
            actor_heads = [_thrower(g, lexicon) for g in _by_agents(token)]
            authors, addressees = _document_parties(token, lexicon)
            actor_heads = actor_heads or authors
            # "was detained by police and has been charged": a passive conjunct with no
            # subject of its own is done to the one it shares
            # (a note's addressee is whom the act was made to: "its release was demanded in
            # a note handed to the embassy")
            recipient_heads = addressees or _passive_subjects(token) or (
                [token.head] if token.dep_ == "acl" else [])
        else:
            actor_heads = _subject_tokens(token)
            recipient_heads = [g for h in _objects(token)
                               for g in _undergoers(h, rule, lexicon) or [h]]
        if rule.type in THEME_TYPES and rule.mode not in lexicon.undergoer_modes:
            # "sent troops", "withdraw its troops": the theme (but "released them": the freed)
            # (a countryless group as object is what is sent: "deployed soldiers"; so are
            # forces and arms whatever their country: "deployed 1,500 soldiers to the north")
            sent = set(rule.obj).union(*(lexicon.classes[c] for c in (
                "troops", "weapons", "people_sent")))
            themes = [h for h in recipient_heads if h.dep_ == "dobj" and h.lemma_.lower() in sent]
            recipient_heads = [h for h in recipient_heads
                               if (ent := resolver.entity_of(h)) is not None and ent.country
                               and h not in themes
                               and not ({h.lemma_.lower()} | _modifier_lemmas(h)) & set(rule.obj)]
        if rule.reverse:
            givers = [o for (_p, o) in _preps(token, {"from"})]
            givers += [o for h in _objects(token) for (_p, o) in _preps(h, {"from"})]
            actor_heads, recipient_heads = givers, actor_heads
    else:
        actor_heads, recipient_heads = _noun_heads(_anchor(token), lexicon)
    active = token.pos_ in {"VERB", "AUX"} and not rule.stative and not (
        _is_passive(token) or _agent_participle(token))
    actors = (active and _dashed_apposition(token, resolver)) or [
        e for h in actor_heads for e in _phrase_entities(h, resolver, set())]
    actor_ids = {e.id for e in actors}
    recipients = [e for h in recipient_heads
                  for e in _phrase_entities(h, resolver, actor_ids)]
    if not recipients and not rule.reverse:
        recipients = _prep_recipients(_anchor(token), rule, resolver, lexicon, actor_ids)
    if not recipients and rule.comp_aux and (addressee := _addressee(token, resolver)):
        recipients = [e for e in [resolver.entity_of(addressee)] if e is not None
                      and e.id not in actor_ids]  # "said in a memo to X that … must …"
    if not recipients and (addressee := _letter_addressee(token, resolver)):
        recipients = [e for e in [resolver.entity_of(addressee)] if e is not None
                      and e.id not in actor_ids]  # "wrote to X demanding answers"
    if not recipients and token.pos_ in {"VERB", "AUX"}:
        recipients = _complement_recipients(token, rule, resolver, lexicon, actor_ids)
    if rule.type == "REQUEST":
        recipients = _holders_asked(token, resolver, lexicon, actor_ids) or recipients
    theme_ids = {e.id for h in themes for e in _phrase_entities(h, resolver, set())}
    recipients = [e for e in _unique(recipients) if e.id not in actor_ids | theme_ids]
    if rule.type not in lexicon.place_recipient_types:  # a place is no one to accuse or meet
        recipients = [e for e in recipients if e.kind != "location"]
    elif rule.type not in lexicon.home_place_recipient_types:  # "sent units to the Batken
        homes = {a.country for a in actors}  # region": where it happens at home
        recipients = [e for e in recipients if not (
            e.kind == "location" and homes == {e.country} and e.country)]
    if rule.guest_acts and actors and recipients:  # the host receives the visit
        return recipients, _unique(actors)
    return _unique(actors), recipients


def _addressee(verb: Token, resolver: Resolver) -> Token | None:
    """Whom a verb of saying addresses by name: its object ("told the governor that …"), or
    the object of "to" after it or after the memo or note it is said in ("said in a memo to
    the governor that …")."""
    heads = [verb] + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj"]
    named = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.pos_ != "PRON"]
    named += [o for h in heads for p in h.children if p.dep_ in {"prep", "dative"}
              and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return next((t for t in named if resolver.entity_of(t) is not None), None)


LETTER_VERBS = frozenset(_builtin()["letter_verbs"])  # "wrote to X demanding answers"
LETTER_CLAUSES = frozenset({"advcl", "xcomp", "conj"})


def _letter_addressee(verb: Token, resolver: Resolver) -> Token | None:
    """"Two senators wrote to the Pentagon demanding answers", "sent a letter to the IMF
    urging a delay", "wrote to the commission to demand a recount": an act done in a letter
    or message is addressed to whom the letter goes; None when the act is no clause of a
    verb of writing or sending (``letter_verbs``)."""
    head = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in LETTER_CLAUSES or \
            head.i == verb.i or head.lemma_.lower() not in LETTER_VERBS:
        return None
    letters = [d for d in head.children if d.dep_ == "dobj"]  # "sent a letter to X": "to"
    # may hang on the letter
    return next((a for h in (head, *letters) if (a := _addressee(h, resolver)) is not None),
                None)


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _dashed_apposition(verb: Token, resolver: Resolver) -> list[Entity]:
    """"Two Gulf monarchies with embassies in Tehran – Qatar and Oman – also condemned …":
    the names set off by dashes just before the verb are its subject, whatever the parser
    made of them and whatever else the subject's phrase names."""
    doc, start = verb.doc, verb.sent.start
    close = verb.i - 1
    while close > start and doc[close].dep_ in {"advmod", "neg", "aux", "auxpass"}:
        close -= 1
    if close <= start or doc[close].text not in DASHES:
        return []
    opening = close - 1
    while opening > start and doc[opening].text not in DASHES:
        opening -= 1
    if opening <= start or doc[opening].text not in DASHES:
        return []
    inside = doc[opening + 1:close]
    if any(t.pos_ in {"VERB", "AUX"} or t.tag_ in {"WDT", "WP", "WP$"} for t in inside):
        return []  # "Russia – which invaded Ukraine – condemned": a clause, no apposition
    found: list[Entity] = []
    for token in inside:
        entity = resolver.entity_of(token)
        if entity is not None and entity.kind != "location" and \
                entity.id not in {e.id for e in found}:
            found.append(entity)
    return found


def _document_parties(verb: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Who made a verbal act told in the passive, and to whom, from the document it was made
    in ("was rejected in a statement from the foreign ministry", "condemned in a communique
    issued by the junta", "demanded in a note handed to the embassy"): the from-, by- or
    of-phrase of the document or of a participle on it; the to-phrase of either."""
    phrases = document_phrases(verb, {"in", "through", "via"}, lexicon.classes["documents"])
    holders = [h for _document, hs in phrases for h in hs]
    return ([o for h in holders for _p, o in _preps(h, {"from", "by", "of"})],
            [o for h in holders for _p, o in _preps(h, {"to"})])


def _undergoers(obj: Token, rule: TriggerRule, lexicon: Lexicon) -> list[Token]:
    """"ordered the release of X": when a verb's object is the rule's noun of an act done to
    people (``suffered_nouns``), those its of-phrase names undergo it."""
    lemma = obj.lemma_.lower()
    if lemma not in rule.obj or lemma not in lexicon.classes["suffered_nouns"]:
        return []
    return [o for (_p, o) in _preps(obj, {"of"})]


def _holders_asked(token: Token, resolver: Resolver, lexicon: Lexicon,
                   actor_ids: set[str]) -> list[Entity]:
    """"demanded the release of 23 fishermen detained by Cameroonian gendarmes": a demand for
    someone's release is made of whoever holds them, not of them (``release_nouns``)."""
    nouns = _objects(token) + [o for _p, o in _preps(token, {"for"})]
    return [e for noun in nouns if noun.lemma_.lower() in lexicon.classes["release_nouns"]
            for _p, people in _preps(noun, {"of"})
            for held in people.children if _agent_participle(held)
            for agent in held.children if agent.dep_ == "agent"
            for g in agent.children if g.dep_ == "pobj"
            for e in _phrase_entities(g, resolver, actor_ids)]


def _actors_own(head: Token, entity: Entity, resolver: Resolver,
                actor_ids: AbstractSet[str]) -> bool:
    """"Syria offered its troops to Lebanon", "withdraw their force from Chad": what the actor
    calls its own, of its own country, is what it acts with, not whom it acts on ("its
    European partners" are others)."""
    while head.dep_ in {"compound", "amod"} and head.head.i != head.i:  # "its peacekeeping"
        head = head.head
    return any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS
               and (owner := resolver.entity_of(c)) is not None and owner.id in actor_ids
               and entity.country in (None, owner.country)
               for c in head.children)


def _complement_recipients(token: Token, rule: TriggerRule, resolver: Resolver,
                           lexicon: Lexicon, exclude: set[str]) -> list[Entity]:
    """The recipient of an action stated through its complement: "insisted that Chile
    withdraw ..." (the complement's own subject), "threatened to close the port of Haifa"
    (whom the threatened step would hit)."""
    for comp in token.children:
        if comp.dep_ not in {"xcomp", "ccomp"} or comp.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in comp.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
        found = [e for s in subjects for e in _phrase_entities(s, resolver, exclude)]
        if found:
            return found
        joined = [j for j in comp.children if joined_infinitive(j)]  # "to shoot and kill X"
        found = [] if _creates(comp, lexicon) else [
            e for v in (comp, *joined) for o in _objects(v)
            for e in _phrase_entities(o, resolver, exclude)]
        if found:
            return found
        found = _prep_recipients(comp, rule, resolver, lexicon, exclude)
        if found:
            return found
        found = _complement_recipients(comp, rule, resolver, lexicon, exclude)
        if found:
            return found
        for cond in comp.children:  # "... a strike unless Israel rescinded ...": the one pressed
            if cond.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"unless", "if"}
                                           for m in cond.children):
                found = [e for c in cond.children if c.dep_ in SUBJECTS
                         for e in _phrase_entities(c, resolver, exclude)]
                if found:
                    return found
    return []


def _creates(verb: Token, lexicon: Lexicon) -> bool:
    """Does the verb make or mend its object ("agreed to set up a joint commission", "invited
    architects to design the new parliament")? What a step creates is no one it is done to."""
    return verb.lemma_.lower() in lexicon.classes["creation_verbs"]


# a verb lends its subject to the act its prepositional object names only through these
# ("took part in talks"), not through a cause or a topic ("protested over the detention of")
LENDING_PREPOSITIONS = frozenset({"in", "into"})


def _noun_heads(token: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Nominalisation: possessor or by-phrase acts; of-phrase (or the governing verb's object)
    receives; a light verb ("imposed sanctions on") lends its subject."""
    of_objs = [o for (_p, o) in _preps(token, {"of"})]
    owners = [c for c in token.children if c.dep_ == "poss"]
    suffered: list[Token] = []
    if token.lemma_.lower() in lexicon.classes["suffered_nouns"] and not of_objs:
        owners, suffered = [], owners  # "the blogger's detention": the one held
    actor_heads = owners + [o for (_p, o) in _preps(token, {"by"})]
    # "Palestinian riots", "US sanctions": a modifier naming an actor, when nothing else does
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}
                 and c.pos_ in {"ADJ", "PROPN"}]
    if token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"}:
        actor_heads += [c for c in token.head.children if c.dep_ == "poss"]
    recipient_heads: list[Token] = suffered
    if actor_heads:
        recipient_heads = of_objs or suffered
    elif of_objs:
        # "the deployment of troops": of-phrase is what is moved; entity there is an actor
        # only for "support/aid of X" readings, so it is kept as recipient.
        recipient_heads = of_objs
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:  # "banking or secondary sanctions"
        first = first.head
    receiver = _receiving_verb(first)
    if receiver is not None and not owners:
        # "drew condemnation from Argentina", "came under attack from soldiers"
        givers = [o for h in (token, receiver) for (_p, o) in _preps(h, {"from", "by"})]
        return givers or modifiers, _subject_tokens(receiver)
    head = first.head
    lends = True  # "sent a note over the detention of …": a cause takes no subject
    if first.dep_ in {"pobj"} and head.dep_ == "prep":
        lends = head.lower_ in LENDING_PREPOSITIONS
        head = head.head
    if first.dep_ in {"dobj", "pobj", "nsubjpass", "attr"} and head.pos_ in {"VERB", "AUX"}:
        if _is_light(head, lexicon) and not actor_heads and lends and \
                not _names_a_harm(head, token, lexicon):
            actor_heads = _by_agents(head) if _is_passive(head) else _subject_tokens(head)
        elif _is_passive(head) and not recipient_heads:
            # "she must be punished ... with fines": the passive subject is the target
            recipient_heads = _passive_subjects(head)
    if not actor_heads and not recipient_heads:
        light = [head] if first.dep_ in {"dobj", "nsubjpass"} and head.pos_ in {
            "VERB", "AUX"} and _is_light(head, lexicon) else []
        sides = _between(token, *light)
        if sides:
            return sides[:1], sides[1:]
    return actor_heads or modifiers, recipient_heads


NAMING_VERBS = frozenset(_builtin()["naming_verbs"])


def _names_a_harm(verb: Token, noun: Token, lexicon: Lexicon) -> bool:
    """Does a verb of naming take a harm done to someone as its object ("called her brother's
    killing an act of terror")? It judges the act, it does not do it: no light verb."""
    return verb.lemma_.lower() in NAMING_VERBS and \
        noun.lemma_.lower() in lexicon.classes["suffered_nouns"]


RECEIVING_VERBS = {key: frozenset(verbs)
                   for key, verbs in _builtin()["receiving_verbs"].items()}


def _receiving_verb(noun: Token) -> Token | None:
    """The verb of receiving whose subject undergoes the act ``noun`` names ("faced
    criticism", "came under attack", "met with protests"), or None."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS["object"]:
        return head
    if noun.dep_ == "pobj" and head.lower_ in ("under", "with"):
        verb = head.head
        if verb.lemma_.lower() in RECEIVING_VERBS[head.lower_]:
            return verb
    return None


def _between(*holders: Token) -> list[Token]:
    """The parties of "talks between X and Y" or "talks were held between X and Y": the
    first acts, the others are its counterparts."""
    for holder in holders:
        for _p, first in _preps(holder, {"between"}):
            return [first, *_conjuncts(first)]
    return []


def _prep_recipients(token: Token, rule: TriggerRule, resolver: Resolver, lexicon: Lexicon,
                     exclude: set[str]) -> list[Entity]:
    preps = set(lexicon.recipient_preps)
    if rule.type in lexicon.place_recipient_types:
        preps |= lexicon.place_preps
    if token.pos_ == "NOUN" or rule.reverse:
        preps.discard("of")
    if lexicon.from_is_origin(rule.type, rule.mode):
        preps.discard("from")
    holders = [token] + _objects(token)
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubjpass"} and (
        _is_light(token.head, lexicon)
    ):
        holders.append(token.head)  # "imposed sanctions on Iran"
    found: list[Entity] = []
    for holder in holders:
        for _prep, obj in _preps(holder, preps):
            if not set_aside_mark(obj.head):  # ("instead of sending troops": none gets them)
                found.extend(_phrase_entities(obj, resolver, exclude))
    if not found:
        # purpose clause: "sent troops to assist Russia", "began a hunger strike to protest X"
        for holder in holders:
            for child in holder.children:
                if child.dep_ in {"advcl", "xcomp"} and _to_infinitive(child):
                    for obj in [] if _creates(child, lexicon) else _objects(child):
                        found.extend(_phrase_entities(obj, resolver, exclude))
                    for _prep, obj in _preps(child, {"against", "on", "to", "with", "from"}):
                        found.extend(_phrase_entities(obj, resolver, exclude))
                    if not found:  # "to help protect Jordan"
                        found = _complement_recipients(child, rule, resolver, lexicon, exclude)
    if not found and token.dep_ in {"advcl", "acl"} and token.tag_ == "VBG":
        # "posted a letter sent to the mayor, blaming ...": the letter's addressee
        for obj in _objects(token.head):
            for sub in obj.subtree:
                if sub.lower_ == "to" and sub.dep_ in {"prep", "dative"}:
                    for pobj in sub.children:
                        if pobj.dep_ == "pobj":
                            found.extend(_phrase_entities(pobj, resolver, exclude))
    return found

