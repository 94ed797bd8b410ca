"""``factwire train events``: the type and argument scorers from ``training/events/train.jsonl``.

Each line is a sentence with its coded events (type, trigger, actor and recipient substrings
and spans); an empty ``events`` list is a hard negative. Every sentence goes through the same
spaCy pipeline and actors stage as at run time, the proposer (``propose.propose``) offers its
candidates, and a candidate whose token lies inside a gold trigger takes that event's type, any
other "none". For candidates of a gold event, each entity of the sentence is an argument
example: actor or recipient if its mention lies inside the gold span, else none. Two
multinomial logistic regressions (scikit-learn, fixed settings) are fitted, the default
threshold is chosen on ``heldout.jsonl`` (best event F1), and the weights are written as plain
arrays and JSON (``score.py`` reads them with numpy). Same data → same files → same digest.
scikit-learn is needed for training only.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from factwire.extract.events.features import role_features, type_features
from factwire.extract.events.score import NONE, ROLES, rule_for_type
from factwire.model import Document, FactwireError, document_id

PUBLISHED = "2000-01-01"
MIN_COUNT = 2  # a feature seen once is noise, not vocabulary
TYPE_C = 0.5
ROLE_C = 1.0
MAX_ITER = 300
DENSE_WEIGHT = 0.2


@dataclass
class Examples:
    """Featurised candidates (type) and (trigger, entity) pairs (role) of a corpus."""

    type_x: list[list[str]] = field(default_factory=list)
    type_vec: list[np.ndarray] = field(default_factory=list)
    type_y: list[str] = field(default_factory=list)
    type_sent: list[int] = field(default_factory=list)  # sentence number of each candidate
    role_x: list[list[str]] = field(default_factory=list)
    role_y: list[str] = field(default_factory=list)
    gold_events: int = 0
    proposed_gold: int = 0
    sentence_gold: list[set[str]] = field(default_factory=list)


def load_corpus(path: Path) -> list[dict]:
    """Sentences of a JSON-lines corpus; spans are found by search when a line has none."""
    if not path.is_file():
        raise FactwireError(str(path), "no such training corpus", "train")
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            for event in record.get("events", []):
                for key in ("trigger", "actor", "recipient"):
                    span_key = f"{key}_span"
                    if event.get(span_key) is None and event.get(key):
                        start = text.find(event[key])
                        if start < 0:
                            raise ValueError(f"{key} {event[key]!r} not in the text")
                        event[span_key] = [start, start + len(event[key])]
                event["type"] = str(event["type"]).upper()
        except (ValueError, KeyError, TypeError) as err:
            raise FactwireError(f"{path}:{number}", f"bad training line: {err}", "train") from err
        out.append(record)
    return out


def _inside(start: int, end: int, span) -> bool:
    return span is not None and start < span[1] and span[0] < end


def featurise(records: list[dict], lexicon) -> Examples:
    """Run the parse, the actors stage and the proposer on every sentence; label candidates."""
    from factwire import nlp
    from factwire.extract import actors
    from factwire.extract.events.propose import _event_type, propose
    from factwire.extract.events.roles import Resolver, _participants

    ex = Examples()
    texts = [r["text"] for r in records]
    for number, (record, parsed) in enumerate(zip(records, nlp.parse_many(texts), strict=True)):
        doc = Document(id=document_id(record["text"]), text=record["text"], published=PUBLISHED)
        doc.sentences = [(s.start_char, s.end_char) for s in parsed.sents]
        doc.entities = actors.find_entities(doc, parsed, late_steps=False)  # as annotate
        resolver = Resolver(doc, parsed)
        gold = record.get("events", [])
        ex.gold_events += len(gold)
        ex.sentence_gold.append({g["type"] for g in gold})
        hit: set[int] = set()
        for sent in parsed.sents:
            mentions = resolver.sentence_mentions(sent)
            for cand in propose(sent, lexicon, resolver):
                tok = cand.token
                start, end = tok.idx, tok.idx + len(tok.text)
                match = next((n for n, g in enumerate(gold)
                              if _inside(start, end, g.get("trigger_span"))), None)
                label = gold[match]["type"] if match is not None else NONE
                ex.type_x.append(type_features(tok, sent, cand.rules, resolver.entity_of))
                ex.type_vec.append(np.asarray(tok.vector, dtype=np.float32))
                ex.type_y.append(label)
                ex.type_sent.append(number)
                if match is None:
                    continue
                hit.add(match)
                g = gold[match]
                pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN"
                cand.rule = rule_for_type(cand.rules, tok.lemma_.lower(), pos, label)
                cand.actors, cand.recipients = _participants(tok, cand.rule, resolver, lexicon)
                etype = _event_type(cand)
                rule_role = {e.id: "actor" for e in cand.actors}
                rule_role.update({e.id: "recipient" for e in cand.recipients
                                  if e.id not in rule_role})
                for entity, root in mentions:
                    if root.i == tok.i:
                        continue
                    ms, me = root.idx, root.idx + len(root.text)
                    role = ("actor" if _inside(ms, me, g.get("actor_span")) else
                            "recipient" if _inside(ms, me, g.get("recipient_span")) else NONE)
                    ex.role_x.append(role_features(tok, root, entity, etype,
                                                   rule_role.get(entity.id, NONE)))
                    ex.role_y.append(role)
        ex.proposed_gold += len(hit)
    return ex


def _vocabulary(rows: Iterable[list[str]]) -> list[str]:
    counts = Counter(f for row in rows for f in set(row))
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT)


def _matrix(rows: list[list[str]], vocab: list[str]):
    from scipy.sparse import csr_matrix

    index = {f: i for i, f in enumerate(vocab)}
    indptr, indices = [0], []
    for row in rows:
        cols = sorted({index[f] for f in row if f in index})
        indices.extend(cols)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocab)))


def _fit(x, y: list[str], labels: list[str], c: float):
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=MAX_ITER, tol=1e-4, random_state=0)
    clf.fit(x, [labels.index(v) for v in y])
    present = list(clf.classes_)
    coef = np.zeros((x.shape[1], len(labels)))
    bias = np.full(len(labels), -30.0)  # a label never seen in training is never predicted
    if len(present) == 2:  # scikit-learn stores one row for two classes
        coef[:, present[1]], bias[present[1]] = clf.coef_[0], clf.intercept_[0]
        bias[present[0]] = 0.0
    else:
        for row, label in enumerate(present):
            coef[:, label], bias[label] = clf.coef_[row], clf.intercept_[row]
    return coef, bias


def _unlabelled(ex: Examples, n: int) -> bool:
    """A lexicon-proposed candidate of a sentence that codes some other event: the corpus
    codes each sentence's main event, so a second act there ("caved in ... and agreed to
    raise wages") is left out rather than taught as "none". Event-free sentences are
    exhaustive: every candidate there is "none"."""
    return (ex.type_y[n] == NONE and "proposed" in ex.type_x[n]
            and bool(ex.sentence_gold[ex.type_sent[n]]))


def fit(ex: Examples) -> tuple[dict, dict]:
    """(model.json content, arrays) fitted on the examples."""
    from scipy.sparse import csr_matrix, hstack

    keep = [n for n in range(len(ex.type_y)) if not _unlabelled(ex, n)]
    type_x = [ex.type_x[n] for n in keep]
    type_y = [ex.type_y[n] for n in keep]
    type_labels = sorted(set(type_y) - {NONE}) + [NONE]
    type_vocab = _vocabulary(type_x)
    vecs = np.vstack([ex.type_vec[n] for n in keep]) if keep else np.zeros((0, 96), np.float32)
    mean = vecs.mean(axis=0).astype(np.float32)
    # standardised, then shrunk: the contextual vector may nudge, not carry, the decision (at
    # full scale it learns the written corpus' sentence frames)
    scale = ((vecs.std(axis=0) + 1e-3) / DENSE_WEIGHT).astype(np.float32)
    dense = csr_matrix(((vecs - mean) / scale).astype(np.float64))
    x = hstack([_matrix(type_x, type_vocab), dense], format="csr")
    coef, bias = _fit(x, type_y, type_labels, TYPE_C)
    n = len(type_vocab)
    role_labels = list(ROLES)
    role_vocab = _vocabulary(ex.role_x)
    if len(set(ex.role_y)) > 1:
        rcoef, rbias = _fit(_matrix(ex.role_x, role_vocab), ex.role_y, role_labels, ROLE_C)
    else:
        rcoef, rbias = np.zeros((len(role_vocab), 3)), np.array([0.0, 0.0, 1.0])
    arrays = {
        "type_weights": coef[:n].astype(np.float32), "type_dense": coef[n:].astype(np.float32),
        "type_bias": bias.astype(np.float32), "type_mean": mean, "type_scale": scale,
        "role_weights": rcoef.astype(np.float32), "role_bias": rbias.astype(np.float32),
    }
    meta = {"type": {"labels": type_labels, "features": type_vocab},
            "role": {"labels": role_labels, "features": role_vocab}}
    return meta, arrays


# At a logit prior above 2 the lexicon outvotes the model's learned "none" on the figures of
# speech the corpus teaches it ("Spain beat Italy", "output beat forecasts"), which must
# give no event (tests/test_events_model.py): 2.0 is the strongest prior tried.
PRIORS = (0.0, 0.5, 1.0, 1.5, 2.0)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 19))
PRIOR_TOLERANCE = 0.03
THRESHOLD_TOLERANCE = 0.005


def choose_threshold(model, ex: Examples) -> tuple[float, float, dict]:
    """The lexicon prior and the minimum score, from sentence-level event F1 on held-out
    examples (near-ties go to the higher threshold); the table maps (prior, threshold) to
    F1."""
    from factwire.extract.events.score import lexicon_boost

    labels = model.type.labels
    table: dict[tuple[float, float], float] = {}
    for prior in PRIORS:
        scored = []
        for feats, vec, sent in zip(ex.type_x, ex.type_vec, ex.type_sent, strict=True):
            p = model.type.probs(feats, vec, lexicon_boost(feats, prior))
            top = max((i for i in range(len(labels)) if labels[i] != NONE), key=lambda i: p[i])
            scored.append((sent, labels[top], float(p[top])))
        for t in THRESHOLDS:
            predicted: dict[int, set[str]] = {}
            for sent, lab, p in scored:
                if p >= t:
                    predicted.setdefault(sent, set()).add(lab)
            tp = fp = fn = 0
            for sent, gold in enumerate(ex.sentence_gold):
                got = predicted.get(sent, set())
                tp += len(got & gold)
                fp += len(got - gold)
                fn += len(gold - got)
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            table[(prior, t)] = f1
    best_f1 = max(table.values())
    # The written held-out sentences share the training corpus' style, so they cannot show
    # what the lexicon (written from real wire text) adds on real news; take the strongest
    # prior that costs them at most PRIOR_TOLERANCE of F1, then its best threshold.
    prior = max(p for (p, _t), f1 in table.items() if f1 >= best_f1 - PRIOR_TOLERANCE)
    # Thresholds within THRESHOLD_TOLERANCE of that prior's best F1 are equal within the
    # noise of a few hundred sentences: take the highest, the one with fewer false alarms.
    top = max(f1 for (p, _t), f1 in table.items() if p == prior)
    threshold = max(t for (p, t), f1 in table.items()
                    if p == prior and f1 >= top - THRESHOLD_TOLERANCE)
    return threshold, prior, {key: round(f1, 4) for key, f1 in table.items()}


def choose_threshold_on_articles(out: Path, folders: list[Path],
                                 sentences: dict[float, float] | None = None
                                 ) -> tuple[float, dict]:
    """The minimum score by type F1 over hand-coded articles written like real news (the
    project's own development articles), coding them with the model just written to ``out``:
    the written held-out sentences score every threshold from 0.35 to 0.55 within a point, so
    they cannot place it. On these articles too the curve is flat: the thresholds within
    ``THRESHOLD_TOLERANCE`` of the best F1 (the sentences' tolerance; one or two events in
    320) are equal, and the middle of that stretch wins (the lower of two middles). Taking
    its best point, or an edge, let a hair's difference move the threshold from 0.40 to 0.55
    between two retrainings of stop 37, which dropped events of the project's own example.
    ``sentences`` (F1 on the written held-out sentences by threshold) breaks the tie, see
    ``plateau_middle``."""
    from dataclasses import replace

    from factwire.evaluate.events import annotated_articles, score_articles
    from factwire.extract.events.settings import EventSettings

    settings = EventSettings(model=str(out), min_score=min(THRESHOLDS))
    articles = [a for folder in folders for a in annotated_articles(folder, settings)]
    table = {}
    for t in THRESHOLDS:
        kept = [(item, replace(doc, events=[e for e in doc.events if (e.score or 0) >= t]))
                for item, doc in articles]
        table[t] = score_articles(kept)["type"]["f1"]
    return plateau_middle(table, sentences), table


def _plateau(table: dict[float, float], among) -> list[float]:
    """The thresholds of ``among`` within THRESHOLD_TOLERANCE of their best F1 in ``table``."""
    top = max(table[t] for t in among)
    return sorted(t for t in among if table[t] >= top - THRESHOLD_TOLERANCE)


def plateau_middle(table: dict[float, float], tiebreak: dict[float, float] | None = None
                   ) -> float:
    """The middle threshold (the lower of two middles) of those within THRESHOLD_TOLERANCE
    of the best F1 in ``table``. With ``tiebreak`` (the written held-out sentences, half of
    them hard negatives, which the dense development articles lack), only those of them that
    are also within the tolerance of the best ``tiebreak`` F1 among them: a threshold both
    signals count as best. At stop 44 the articles alone chose 0.30 from a plateau of
    0.20-0.45, where the sentences, the GSR's spurious rate and the false events on real
    pages all preferred the upper half."""
    plateau = _plateau(table, table)
    if tiebreak is not None:
        plateau = _plateau(tiebreak, plateau)
    return plateau[(len(plateau) - 1) // 2]


def save(meta: dict, arrays: dict, out: Path) -> str:
    """Write model.json and weights.npz; returns the sha256 over both files."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "model.json").write_text(json.dumps(meta, indent=0, sort_keys=True,
                                               ensure_ascii=False) + "\n", encoding="utf-8")
    np.savez_compressed(out / "weights.npz", **{k: arrays[k] for k in sorted(arrays)})
    return digest(out)


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for name in ("model.json", "weights.npz"):
        h.update((folder / name).read_bytes())
    return h.hexdigest()


def train(corpus: Path, out: Path, heldout: Path | None = None, log=print,
          articles: list[Path] | None = None) -> dict:
    """Train on ``corpus`` (train.jsonl), choose the lexicon prior (and, without
    ``articles``, the threshold) on ``heldout``, the threshold on the hand-coded ``articles``
    folders when given, and write to ``out``."""
    from factwire.extract.events.lexicon import build_lexicon

    lexicon = build_lexicon()
    records = load_corpus(corpus)
    log(f"{corpus}: {len(records)} sentences")
    ex = featurise(records, lexicon)
    log(f"candidates {len(ex.type_y)} ({sum(y != NONE for y in ex.type_y)} events), "
        f"gold events proposed {ex.proposed_gold}/{ex.gold_events}, "
        f"argument pairs {len(ex.role_y)}")
    meta, arrays = fit(ex)
    model = _model(meta, arrays, 0.5)
    threshold, prior, sentence_f1 = 0.5, 0.0, None
    if heldout is not None and heldout.is_file():
        held = featurise(load_corpus(heldout), lexicon)
        threshold, prior, table = choose_threshold(model, held)
        sentence_f1 = {t: f1 for (p, t), f1 in table.items() if p == prior}
        log(f"threshold {threshold}, lexicon prior {prior} chosen on {heldout} (event F1 "
            f"{table[(prior, threshold)]})")
    meta["threshold"] = threshold
    meta["lexicon_prior"] = prior
    meta["info"] = {"corpus": corpus.name, "sentences": len(records),
                    "candidates": len(ex.type_y), "gold_events": ex.gold_events,
                    "gold_events_proposed": ex.proposed_gold,
                    "threshold_from": heldout.name if heldout and heldout.is_file() else None,
                    "type_c": TYPE_C, "role_c": ROLE_C}
    folders = [f for f in articles or [] if f.is_dir()]
    if folders:
        save(meta, arrays, out)  # the articles are coded with this model
        threshold, table = choose_threshold_on_articles(out, folders, sentence_f1)
        log(f"threshold {threshold} chosen on {len(folders)} article folder(s) (type F1 "
            f"{table[threshold]}; " + ", ".join(f"{t}: {f1}" for t, f1 in table.items()) + ")")
        meta["threshold"] = threshold
        meta["info"]["threshold_from"] = [f.name for f in folders]
    sha = save(meta, arrays, out)
    from factwire.extract.events.score import load_model

    load_model.cache_clear()  # a model read from ``out`` in this process is now stale
    return {"digest": sha, "out": str(out), "threshold": threshold, "info": meta["info"]}


def _model(meta: dict, arrays: dict, threshold: float):
    from factwire.extract.events.score import EventModel, _linear

    return EventModel(_linear(meta["type"], arrays, "type"), _linear(meta["role"], arrays,
                                                                        "role"), threshold)
