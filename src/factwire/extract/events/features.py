"""Features of a candidate trigger (for the type scorer) and of a (trigger, entity) pair (for the
argument scorer): plain strings, so the model's vocabulary is a readable JSON list.

Type features: the predicate's lemma, part of speech and dependency; its neighbourhood (object
head and its modifiers, particle, prepositions and their objects, negation, modal, auxiliaries,
the governing word); what kind of entity its subject and object are; which lexicon and CAMEO
dictionary rules fire and with what type; a few words of the sentence. The trigger's contextual
vector (spaCy's tok2vec output, ``token.vector``) goes in beside them as dense values.

Argument features: the dependency path between the entity's mention and the trigger, which
side of the trigger it stands on, the preposition it hangs from, voice, the entity's kind and
sector, the candidate type, and the role the syntactic rules give it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from factwire.extract.events.lexicon import TriggerRule
from factwire.extract.events.syntax import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    _is_passive,
    _modifier_lemmas,
    with_shared_subject,
)
from factwire.model import Entity

MAX_PATH = 4  # dependency steps kept in a path feature; longer paths are "long"
CONTENT_POS = {"NOUN", "VERB", "PROPN", "ADJ"}


def _low(token: Token) -> str:
    return token.lemma_.lower()


def _kind(entity: Entity | None) -> str:
    if entity is None:
        return "none"
    return entity.kind + ("" if entity.country else "-nocountry")


def type_features(token: Token, sent: Span, rules: Iterable[TriggerRule],
                  entity_of) -> list[str]:
    """Sparse features of a candidate trigger; ``entity_of(token)`` resolves a token."""
    lemma = _low(token)
    pos = token.pos_
    f = [f"lemma={lemma}", f"pos={pos}", f"lp={lemma}|{pos}", f"tag={token.tag_}",
         f"dep={token.dep_}", f"ldep={lemma}|{token.dep_}", f"head={_low(token.head)}",
         f"headpos={token.head.pos_}"]
    if token.head.i != token.i:
        f.append(f"hdep={token.dep_}|{_low(token.head)}")
    passive = pos in {"VERB", "AUX"} and _is_passive(token)
    if passive:
        f += ["passive", f"lpass={lemma}"]
    for child in with_shared_subject(token):
        dep, low = child.dep_, _low(child)
        if dep in OBJECTS:
            f += [f"obj={low}", f"lobj={lemma}|{low}", f"objk={_kind(entity_of(child))}"]
            f += [f"objmod={m}" for m in sorted(_modifier_lemmas(child))]
            f += [f"objof={_low(g)}" for p in child.children if p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
        elif dep in SUBJECTS:
            ent = entity_of(child)
            f += [f"subjk={_kind(ent)}", f"lsubjk={lemma}|{_kind(ent)}"]
            if ent is None:
                f.append(f"subj={low}")
            elif ent.sector:
                f.append(f"subjsec={ent.sector}")
        elif dep in PASSIVE_SUBJECTS:
            f += [f"psubj={low}", f"psubjk={_kind(entity_of(child))}"]
        elif dep == "prt":
            f += [f"prt={low}", f"lprt={lemma}|{low}"]
        elif dep in {"prep", "agent", "dative"}:
            f += [f"prep={low}", f"lprep={lemma}|{low}"]
            for g in child.children:
                if g.dep_ in {"pobj", "pcomp"}:
                    f += [f"pobj={low}|{_low(g)}", f"pobjk={low}|{_kind(entity_of(g))}"]
        elif dep == "neg":
            f.append("neg")
        elif dep == "aux":
            f.append(f"aux={low}")
        elif dep == "poss":
            f.append(f"possk={_kind(entity_of(child))}")
        elif dep in {"amod", "compound", "nmod"}:
            f += [f"mod={low}", f"lmod={lemma}|{low}"]
        elif dep in {"xcomp", "ccomp"}:
            f.append(f"comp={low}")
    if token.pos_ in {"NOUN", "PROPN"}:
        governor = token.head
        f.append(f"gov={_low(governor)}|{token.dep_}")
    for rule in rules:
        # "lex=T": a rule names type T, whichever list it comes from (so a verb only a
        # user's CAMEO dictionary knows is weighed like a lexicon one); "dict=T" in addition
        # says the dictionary named it
        f += [f"lex={rule.type}", f"lexl={lemma}|{rule.type}", "proposed"]
        if rule.source != "lexicon":
            f.append(f"dict={rule.type}")
        if rule.recipient_type:
            f.append(f"lexrt={rule.recipient_type[0]}")
    if not rules:
        f.append("generic")
    words = {_low(t) for t in sent if t.pos_ in CONTENT_POS and t.i != token.i}
    f += [f"w={w}" for w in sorted(words)]
    for offset in (-2, -1, 1, 2):
        i = token.i + offset
        if sent.start <= i < sent.end:
            f.append(f"n{offset}={token.doc[i].lower_}")
    if sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        f.append("question")
    return f


def dependency_path(a: Token, b: Token) -> str:
    """Dependency labels from ``a`` up to the lowest common ancestor and down to ``b``."""
    up_a = [a, *a.ancestors]
    up_b_ids = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    for n, t in enumerate(up_a):
        if t.i in up_b_ids:
            down = [b, *b.ancestors][: up_b_ids[t.i]]
            if n + len(down) > MAX_PATH:
                return "long"
            ups = [x.dep_ + ("=" + x.head.lower_ if x.dep_ == "pobj" else "") for x in up_a[:n]]
            downs = [x.dep_ for x in reversed(down)]
            return "^".join(ups) + ">" + "v".join(downs)
    return "none"


def role_features(trigger: Token, mention: Token | None, entity: Entity, etype: str,
                  rule_role: str) -> list[str]:
    """Sparse features of a (trigger, entity) pair; ``mention`` is the entity's nearest
    mention root in the sentence (None when the rules resolved it from elsewhere)."""
    f = [f"rule={rule_role}", f"trule={etype}|{rule_role}", f"kind={_kind(entity)}",
         f"sec={entity.sector or 'none'}", f"tpos={trigger.pos_}"]
    if trigger.pos_ in {"VERB", "AUX"} and _is_passive(trigger):
        f.append("passive")
    if mention is None:
        return f + ["offsentence"]
    path = dependency_path(mention, trigger)
    side = "before" if mention.i < trigger.i else "after"
    f += [f"path={path}", f"tpath={etype}|{path}", f"side={side}", f"tside={etype}|{side}",
          f"mdep={mention.dep_}", f"tmdep={etype}|{mention.dep_}",
          f"lpath={_low(trigger)}|{path}"]
    if mention.dep_ == "pobj":
        f += [f"mprep={mention.head.lower_}", f"tmprep={etype}|{mention.head.lower_}"]
    gap = abs(mention.i - trigger.i)
    f.append(f"gap={min(gap, 10) // 3}")
    return f
