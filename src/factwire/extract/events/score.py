"""The trained scorers, applied with numpy alone: P(type | candidate) over the 16 PLOVER types
and "none", and P(role | trigger, entity) over actor, recipient and none.

A model folder holds ``model.json`` (labels, feature vocabularies, dense-input scaling, the
default threshold, what it was trained on) and ``weights.npz`` (plain float32 arrays, loaded with
``allow_pickle=False``). Both are written by ``factwire train events``
(``factwire.extract.events.train``); a model is loaded once per process.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from factwire.extract.events.features import role_features, type_features
from factwire.extract.events.lexicon import TriggerRule, _builtin
from factwire.model import Entity, FactwireError

NONE = "none"
ROLES = ("actor", "recipient", NONE)
MODEL_FILES = ("model.json", "weights.npz")


@dataclass
class LinearModel:
    """A multinomial logistic regression over binary string features (plus dense inputs)."""

    labels: list[str]
    vocab: dict[str, int]
    weights: np.ndarray  # (features, labels)
    bias: np.ndarray  # (labels,)
    dense: np.ndarray | None = None  # (dense inputs, labels)
    mean: np.ndarray | None = None
    scale: np.ndarray | None = None

    def _indices(self, features: list[str]) -> list[int]:
        return sorted({self.vocab[f] for f in features if f in self.vocab})

    def probs(self, features: list[str], vector: np.ndarray | None = None,
              boost: dict[str, float] | None = None) -> np.ndarray:
        """P(label | features); ``boost`` adds to some labels' logits (a prior)."""
        z = self.bias + self.weights[self._indices(features)].sum(axis=0)
        for label, value in (boost or {}).items():
            if label in self.labels:
                z[self.labels.index(label)] += value
        if self.dense is not None and vector is not None and vector.shape[0] == len(self.mean):
            z = z + ((vector - self.mean) / self.scale) @ self.dense
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()

    def top(self, features: list[str], label: str, k: int = 3) -> list[str]:
        """The features pushing hardest towards ``label`` (for an event's evidence)."""
        col = self.labels.index(label)
        scored = sorted(((float(self.weights[i, col]), f) for f in set(features)
                         if (i := self.vocab.get(f)) is not None), reverse=True)
        return [f"{f} ({w:+.2f})" for w, f in scored[:k] if w > 0]


@dataclass
class EventModel:
    type: LinearModel
    role: LinearModel
    threshold: float
    lexicon_prior: float = 0.0  # logit added to the types the lexicon/dictionary rules name
    info: dict = field(default_factory=dict)

    def type_probs(self, features: list[str], vector: np.ndarray | None) -> np.ndarray:
        """P(type | candidate), the model's logits plus the lexicon prior: the rules' types
        are evidence with a weight chosen on held-out data, not the decision."""
        return self.type.probs(features, vector, lexicon_boost(features, self.lexicon_prior))


def lexicon_boost(features: list[str], prior: float) -> dict[str, float]:
    if not prior:
        return {}
    return {f.split("=", 1)[1]: prior for f in features
            if f.startswith(("lex=", "lexrt="))}


def shipped_model_dir() -> Path:
    return Path(str(resources.files("factwire") / "models" / "events"))


def _linear(meta: dict, arrays, prefix: str) -> LinearModel:
    dense = arrays.get(f"{prefix}_dense")
    return LinearModel(
        labels=list(meta["labels"]), vocab={f: i for i, f in enumerate(meta["features"])},
        weights=arrays[f"{prefix}_weights"], bias=arrays[f"{prefix}_bias"], dense=dense,
        mean=arrays.get(f"{prefix}_mean"), scale=arrays.get(f"{prefix}_scale"))


@functools.cache
def load_model(folder: str | None = None) -> EventModel | None:
    """The model in ``folder`` (default: the shipped one); None when no model is shipped."""
    path = Path(folder) if folder else shipped_model_dir()
    if not (path / "model.json").is_file():
        if folder:
            raise FactwireError(str(path), "no model.json in this event model folder", "extract")
        return None
    try:
        meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
        with np.load(path / "weights.npz", allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
        return EventModel(type=_linear(meta["type"], arrays, "type"),
                          role=_linear(meta["role"], arrays, "role"),
                          threshold=float(meta["threshold"]),
                          lexicon_prior=float(meta.get("lexicon_prior", 0.0)),
                          info=meta.get("info", {}))
    except (OSError, KeyError, ValueError) as err:
        raise FactwireError(str(path), f"unreadable event model: {err}", "extract") from err


def rule_for_type(rules: list[TriggerRule], lemma: str, pos: str, etype: str) -> TriggerRule:
    """The lexicon rule that fits the decided type (its constraints and mode words still
    help), else a bare rule of that type."""
    for rule in rules:
        if rule.type == etype or (rule.recipient_type and rule.recipient_type[0] == etype):
            return rule
    return TriggerRule(lemma, pos, etype, source="model")


class Scorer:
    """Decides a candidate's type and its participants' roles with a loaded EventModel."""

    def __init__(self, model: EventModel, min_score: float | None = None,
                 generic_min_score: float = 0.0):
        self.model = model
        self.min_score = model.threshold if min_score is None else min_score
        self.generic_min_score = generic_min_score

    def type_probs(self, token: Token, sent: Span, rules: list[TriggerRule], entity_of
                   ) -> tuple[list[str], np.ndarray]:
        features = type_features(token, sent, rules, entity_of)
        return features, self.model.type_probs(features, token.vector)

    def decide_type(self, cand, sent: Span, entity_of) -> bool:
        """Set the candidate's rule, score and evidence; False when no type scores enough."""
        features, p = self.type_probs(cand.token, sent, cand.rules, entity_of)
        labels = self.model.type.labels
        order = [i for i in np.argsort(-p) if labels[i] != NONE]
        best = int(order[0])
        etype, score = labels[best], float(p[best])
        floor = self.min_score if cand.rules else max(self.min_score, self.generic_min_score)
        if score < floor:  # (a candidate no rule proposes needs the generic floor)
            return False
        tok = cand.token
        pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN"
        cand.rule = rule_for_type(cand.rules, tok.lemma_.lower(), pos, etype)
        cand.score = score
        cand.evidence = [f"proposed by {_proposers(cand.rules)}"]
        cand.evidence += [f"{r.source}: {r.lemma} {r.pos} → {r.type}" for r in cand.rules[:2]]
        cand.evidence.append(f"type {etype} p={score:.2f} (none p={p[labels.index(NONE)]:.2f})")
        cand.evidence += self.model.type.top(features, etype)
        return True

    def decide_roles(self, cand, etype: str, sentence_mentions: list[tuple[Entity, Token]]
                     ) -> None:
        """Complete the syntactic roles with the argument scorer: a side the dependency rules
        left empty takes the sentence's entities the scorer calls actor (recipient). The rules
        keep the sides they found (on our articles they are the more precise of the two)."""
        if cand.actors and cand.recipients:
            return
        rule_role = {e.id: "actor" for e in cand.actors}
        rule_role.update({e.id: "recipient" for e in cand.recipients if e.id not in rule_role})
        nearest: dict[str, tuple[Entity, Token]] = {}
        for entity, root in sentence_mentions:
            if root.i == cand.token.i or entity.id in rule_role:
                continue  # the trigger itself ("a Russian attack" is not its own actor)
            held = nearest.get(entity.id)
            if held is None or abs(root.i - cand.token.i) < abs(held[1].i - cand.token.i):
                nearest[entity.id] = (entity, root)
        found: dict[str, list[tuple[float, Entity]]] = {"actor": [], "recipient": []}
        for entity, root in nearest.values():
            if entity.kind == "location":
                continue
            p = self.model.role.probs(role_features(cand.token, root, entity, etype, NONE))
            best = int(np.argmax(p))
            label = self.model.role.labels[best]
            if label == "recipient" and _subject_of_another_clause(root, cand.token):
                continue
            if label in found:
                found[label].append((float(p[best]), entity))
        # the likeliest one: a side the syntax missed is one entity, not every one the
        # scorer would take; a clause whose subject is a thing has its doer already ("said
        # the strike threatened output": not the speaker)
        if not cand.actors and found["actor"] and not _thing_subject(cand.token):
            cand.actors = _likeliest(found["actor"])
            cand.evidence.append("actor from the argument scorer")
        if not cand.recipients and found["recipient"]:
            cand.recipients = _likeliest(found["recipient"])
            cand.evidence.append("recipient from the argument scorer")


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _subject_of_another_clause(root: Token, trigger: Token) -> bool:
    """"Y quit on Tuesday, and President X swore in Z": X, the subject of a clause joined to
    the act's own (which has its own subject), does that clause's act and receives nothing
    of this one."""
    verb = root.head
    return root.dep_ in SUBJECT_DEPS and verb.i != trigger.i and (
        (verb.dep_ == "conj" and verb.head.i == trigger.i) or
        (trigger.dep_ == "conj" and trigger.head.i == verb.i)) and any(
        c.dep_ in SUBJECT_DEPS for c in trigger.children)


# Documents speak for whoever wrote them ("the motion, filed by X, accused the cabinet"):
# the argument scorer may name their author.
DOCUMENT_NOUNS = frozenset(_builtin()["classes"]["documents"])


def _thing_subject(token: Token) -> bool:
    """Does the verb have a common-noun subject of its own, no document and with no
    of-phrase ("the strike threatened", "the violence threatened"), which no entity codes?
    An infinitive takes its governing verb's ("improvements helped deliver a surplus")."""
    if token.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        token = token.head
    return token.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in DOCUMENT_NOUNS
        and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        for c in token.children)


def _likeliest(scored: list[tuple[float, Entity]], near: float = 0.9) -> list[Entity]:
    """The entities the scorer gives a role about as surely as its best one."""
    best = max(p for p, _e in scored)
    return [e for p, e in scored if p >= near * best]


def _proposers(rules: list[TriggerRule]) -> str:
    sources = sorted({r.source for r in rules})
    return "+".join(sources) if sources else "argument structure"
