"""Score event coding against the two event gold sets in ``../shared/eval/events``.

``plover-gsr-cameo`` (PLOVER 0.5b1 JSON records, one sentence each): PLOVER 0.5 names are
mapped to the current 16 types (DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE,
FIGHT→ASSAULT) and the DOCUMENT record is skipped. Each sentence runs through the whole extract
stage (``factwire.nlp`` + ``factwire.extract.annotate``) on a Document published 2000-01-01.

- ``type_accuracy``: share of gold records with a predicted event of the gold type in their
  sentence;
- ``type_macro_f1``: per type, sentence-level precision/recall of "this sentence has an event of
  type T", F1 averaged over the PLOVER types that occur in gold or predictions;
- ``actor_accuracy`` / ``recipient_accuracy``: on records whose type was found, does a
  predicted event of that type have an actor (recipient) whose country matches a gold source
  (target) code; records without gold sources (targets) are left out;
- ``spurious_rate``: share of sentences with a predicted event whose type is not in the gold.

``petrarch2-unittest-cameo`` (PETRARCH2 validation XML, CAMEO codes): each CAMEO code is mapped
to PLOVER with the crosswalk ``cameo2plover_2021.csv`` (beside the verb dictionary, else the
shared Phoenix dictionaries folder). The set's own ``dictionaries/`` folder is the
user-supplied actor dictionary (with its agents file) in every run; the set is scored with the
built-in trigger lexicon, then again with its verb dictionary (or ``--verbs-dict``) added
(``with_verbs_dict``). Reported: ``type_agreement`` (gold codings whose PLOVER type is predicted
in the sentence), ``dyad_agreement`` (same type, and actor and recipient carry the root codes
of the gold source and target), ``dyad_any_type_agreement`` (the same pair in an event of any
type), ``noevent_agreement`` (sentences marked "no events" or discarded that got none).

Hand-coded articles (a folder of ``*.json`` objects: ``id``, ``title``, ``published``, ``text``,
``events``: [{``sentence``, ``trigger``, ``type``, ``mode``, ``actor``, ``actor_country``,
``recipient``, ``recipient_country``, ``optional``}]): every article runs through the extract
stage; a predicted event matches a gold event of the same sentence whose trigger it overlaps,
else one of the same type in that sentence (one to one, best pairs first). Reported at document
level: ``detection`` (matched at all), ``type`` (matched with the gold type) and ``strict``
(type, and the actor's and recipient's countries where the gold gives them) precision, recall
and F1. Optional gold events are not missed when absent; a prediction matching one is not
counted. A matched event whose actor (or recipient) is a list, as PLOVER codes compound sides,
also finds the gold events coded one per member of that list (``list_members``): they count
for recall, the event once for precision; ``one_to_one`` keeps the figures without them. A
reciprocal event (a symmetric type, several actors, no recipient) has each actor as the
others' recipient, as PLOVER codes reciprocal events.

A training folder (``heldout.jsonl`` inside, the written corpus' held-out batches): sentence
type macro-F1, and the false-alarm rate on its event-free sentences.

Which set a folder holds is decided by its content.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from factwire.extract.events_cameo import (
    CROSSWALK_NAME,
    cameo_to_plover,
    find_crosswalk,
    load_crosswalk,
)
from factwire.model import Document, Event, document_id

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
GOLD_DATE = "2000-01-01"


def _shared_dictionaries(data: Path) -> Path:
    """The shared Phoenix dictionaries folder, found from a gold folder under shared/eval."""
    for parent in [data, *data.parents]:
        candidate = parent / "dictionaries" / "phoenix"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parents[4] / "shared" / "dictionaries" / "phoenix"


def annotate_texts(texts: Iterable[str], published: str = GOLD_DATE) -> dict[str, Document]:
    """Every distinct sentence through nlp + extract, on a Document of its own."""
    from factwire import nlp
    from factwire.extract import annotate

    unique = list(dict.fromkeys(texts))
    out: dict[str, Document] = {}
    for text, parsed in zip(unique, nlp.parse_many(unique), strict=True):
        doc = Document(id=document_id(text), text=text, published=published)
        out[text] = annotate(doc, parsed)
    return out


# --- PLOVER gold-standard records ------------------------------------------------------------


def plover_type(name: str) -> str:
    return OLD_NAMES.get(name, name)


def _codes(doc: Document, ids: list[str]) -> set[str]:
    out = set()
    for entity_id in ids:
        entity = doc.entity(entity_id)
        if entity is not None:
            out.add(entity.country or "")
            if entity.sector in {"IGO", "NGO"}:
                out.add(entity.sector)
    return out - {""}


def _code_match(predicted: set[str], gold: list[dict], igo_codes: frozenset[str]) -> bool:
    from factwire.evaluate.actors import CODE_ALIASES

    for actor in gold:
        code = CODE_ALIASES.get(actor.get("code", ""), actor.get("code", ""))
        if code in {"IGO", "NGO"}:
            if predicted & (igo_codes | {"IGO", "NGO"}):
                return True
        elif code in predicted:
            return True
    return False


def _gold_side(record: dict, role: str) -> list[dict]:
    value = record.get(role)
    return [a for a in value if isinstance(a, dict) and a.get("code")] if isinstance(
        value, list) else []


def score_plover(records: list[dict], docs: dict[str, Document],
                 igo_codes: frozenset[str] = frozenset()) -> dict:
    """The PLOVER figures from gold records and the documents factwire made of them."""
    by_sentence: dict[str, set[str]] = {}
    for r in records:
        by_sentence.setdefault(r["text"], set()).add(plover_type(r["event"]))
    type_hits = actor_n = actor_hits = recipient_n = recipient_hits = 0
    items = []
    for r in records:
        doc = docs[r["text"]]
        gold_type = plover_type(r["event"])
        same = [e for e in doc.events if e.type == gold_type]
        hit = bool(same)
        type_hits += hit
        item = {"id": r.get("id"), "gold": gold_type,
                "predicted": sorted({e.type for e in doc.events}), "type_ok": hit}
        if hit:
            for role, side, key in (("source", "actor", "actor_ok"),
                                    ("target", "recipient", "recipient_ok")):
                gold = _gold_side(r, role)
                if not gold:
                    continue
                codes = set().union(*(_codes(doc, getattr(e, side)) for e in same))
                ok = _code_match(codes, gold, igo_codes)
                item[key] = ok
                if side == "actor":
                    actor_n += 1
                    actor_hits += ok
                else:
                    recipient_n += 1
                    recipient_hits += ok
        items.append(item)
    pairs = [({e.type for e in docs[text].events}, gold_types)
             for text, gold_types in by_sentence.items()]
    spurious = sum(bool(predicted - gold) for predicted, gold in pairs)
    per_type = {t: {"precision": v["precision"], "recall": v["recall"], "f1": v["f1"],
                    "support": v["gold"]} for t, v in type_scores(pairs).items()}
    n = len(records)
    sentences = len(by_sentence)
    return {
        "set": "plover-gsr-cameo",
        "n": n,
        "sentences": sentences,
        "type_accuracy": round(type_hits / n, 4) if n else 0.0,
        "type_macro_f1": round(sum(v["f1"] for v in per_type.values()) / len(per_type), 4)
        if per_type else 0.0,
        "actor_accuracy": round(actor_hits / actor_n, 4) if actor_n else 0.0,
        "actor_n": actor_n,
        "recipient_accuracy": round(recipient_hits / recipient_n, 4) if recipient_n else 0.0,
        "recipient_n": recipient_n,
        "spurious_rate": round(spurious / sentences, 4) if sentences else 0.0,
        "events_predicted": sum(len(docs[t].events) for t in by_sentence),
        "per_type": per_type,
        "items": items,
    }


def evaluate_plover(data: Path) -> dict:
    from factwire.evaluate.actors import load_records
    from factwire.extract.actors_lexicon import lexicon

    records = load_records(data)
    docs = annotate_texts(r["text"] for r in records)
    result = score_plover(records, docs, lexicon().igo_codes)
    result["data"] = str(data)
    return result


# --- PETRARCH2 CAMEO validation records -------------------------------------------------------


DISCARDS = {"storydiscard", "sentencediscard"}  # the coder is to code nothing there


def load_petrarch(path: Path) -> list[dict]:
    """Sentences of a PETRARCH validation XML: id, text, codings, noevents (marked
    ``noevents="True"`` or discarded as sport/story noise)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise ValueError(f"{path}: not PETRARCH validation XML ({err})") from err
    out = []
    for sent in root.iter("Sentence"):
        text_el = sent.find("Text")
        if text_el is None or not (text_el.text or "").strip():
            continue
        codings = []
        noevents = False
        for ec in sent.findall("EventCoding"):
            if ec.get("noevents", "").lower() == "true" or ec.get("error") in DISCARDS:
                noevents = True
                continue
            if ec.get("eventcode"):
                codings.append({"source": ec.get("sourcecode", ""),
                                "target": ec.get("targetcode", ""),
                                "code": ec.get("eventcode", ""), "error": ec.get("error")})
        text = " ".join(text_el.text.split())
        out.append({"id": sent.get("id"), "date": sent.get("date"), "text": text,
                    "codings": codings, "noevents": noevents})
    return out


def _country3(code: str, aliases: dict[str, str] | None = None) -> str | None:
    """The root (country or IGO) code of a CAMEO actor code: GONMIL → GON, IGOUNO → UNO;
    None where the gold names no country ("---GOV", NGO..., IMG...)."""
    from factwire.extract.actors_phoenix import split_code

    code = code.strip().strip('"').upper()
    if not re.fullmatch(r"[A-Z]{3}\w*", code):
        return None
    root = split_code(code)[0]
    return (aliases or {}).get(root, root) if root else None


def score_petrarch(sentences: list[dict], docs: dict[str, Document],
                   crosswalk: dict[str, tuple[str, str | None]],
                   aliases: dict[str, str] | None = None) -> dict:
    """Agreement with the gold codings: ``type_agreement`` (a predicted event of the coding's
    PLOVER type in the sentence), ``dyad_agreement`` (that event's actor and recipient have the
    root codes of the gold source and target), ``noevent_agreement`` (no-event sentences left
    empty), and ``dyad_any_type_agreement`` (an event of any type between the gold source and
    target: the set's verb codes are its own, e.g. "welcome" is 041, so types may legitimately
    differ while who-did-to-whom agrees). ``aliases`` renames gold root codes to the
    gazetteer's (the set's KUW is KWT)."""
    n = type_hits = dyad_hits = pair_hits = dropped = 0
    noevent_n = noevent_ok = 0
    items = []
    for s in sentences:
        doc = docs[s["text"]]
        if s["noevents"] and not s["codings"]:
            noevent_n += 1
            noevent_ok += not doc.events
            items.append({"id": s["id"], "gold": None,
                          "predicted": [_describe(doc, e) for e in doc.events],
                          "noevent_ok": not doc.events})
            continue
        for coding in s["codings"]:
            mapped = cameo_to_plover(coding["code"], crosswalk)
            if mapped is None:
                dropped += 1
                continue
            n += 1
            etype = mapped[0]
            same = [e for e in doc.events if e.type == etype]
            type_hits += bool(same)
            src = _country3(coding["source"], aliases)
            tgt = _country3(coding["target"], aliases)
            dyad = any(_side_ok(doc, e.actor, src) and _side_ok(doc, e.recipient, tgt)
                       for e in same)
            dyad_hits += dyad
            pair = any(_side_ok(doc, e.actor, src) and _side_ok(doc, e.recipient, tgt)
                       for e in doc.events)
            pair_hits += pair
            items.append({"id": s["id"], "gold": etype, "cameo": coding["code"],
                          "source": coding["source"], "target": coding["target"],
                          "predicted": [_describe(doc, e) for e in doc.events],
                          "type_ok": bool(same), "dyad_ok": dyad, "pair_ok": pair})
    return {
        "set": "petrarch2-unittest-cameo",
        "n": n,
        "sentences": len(sentences),
        "type_agreement": round(type_hits / n, 4) if n else 0.0,
        "dyad_agreement": round(dyad_hits / n, 4) if n else 0.0,
        "dyad_any_type_agreement": round(pair_hits / n, 4) if n else 0.0,
        "noevent_n": noevent_n,
        "noevent_agreement": round(noevent_ok / noevent_n, 4) if noevent_n else 0.0,
        "codings_dropped_by_plover": dropped,
        "items": items,
    }


def _side_ok(doc: Document, ids: list[str], code: str | None) -> bool:
    if code is None:  # gold side unknown ("---", a bare phrase): not held against us
        return True
    return code in _codes(doc, ids)


def _describe(doc: Document, event: Event) -> str:
    def names(ids):
        return ",".join(f"{doc.entity(i).name}:{doc.entity(i).country}" for i in ids
                        if doc.entity(i) is not None)
    return f"{names(event.actor)} {event.type} {names(event.recipient)}"


def set_dictionaries(data: Path) -> dict[str, Path | None]:
    """The set's own dictionaries (``dictionaries/`` beside the XML): the folder holding
    ``*actors*.txt`` (with any ``*agents*.txt``) and the ``*verbs*.txt`` file."""
    folder = (data if data.is_dir() else data.parent) / "dictionaries"
    if not folder.is_dir():
        return {"actors": None, "verbs": None}
    has_actors = any(folder.glob("*actors*.txt"))
    verbs = next(iter(sorted(folder.glob("*verbs*.txt"))), None)
    return {"actors": folder if has_actors else None, "verbs": verbs}


def dictionary_aliases(actors_dict: Path | None) -> dict[str, str]:
    """Gold code → gazetteer code where the set's dictionary gives a real country the
    gazetteer knows a non-ISO code ("KUWAIT [KUW]" while the gazetteer says KWT): the same
    actor, so its code is renamed, not held against the coder. Derived at run time."""
    from factwire.extract import actors_phoenix
    from factwire.extract.actors_lexicon import lexicon

    if actors_dict is None:
        return {}
    lex = lexicon()
    aliases: dict[str, str] = {}
    records = [r for f in actors_phoenix.actor_files(str(actors_dict))
               for r in actors_phoenix.parse_file(f)]
    for phrases, actor in records:
        for phrase in phrases:
            known = lex.known.get(phrase.title())
            if known is not None and known.kind in ("country", "demonym") and known.code:
                for dated in actor.codes:
                    if len(dated.code) == 3 and dated.code != known.code:
                        aliases.setdefault(dated.code, known.code)
                break
    return aliases


@contextmanager
def _configured(actors_dict: Path | None, verbs_dict: Path | None, crosswalk: Path):
    """Run with these dictionaries (and the crosswalk the verb dictionary needs), then put
    the user's configuration back."""
    from factwire.extract import actors, events
    from factwire.extract.events_cameo import CROSSWALK_ENV

    before = (actors._dictionary_path(), events.configured_verbs_dict(),
              os.environ.get(CROSSWALK_ENV))
    actors.configure(actors_dict)
    events.configure(verbs_dict)
    if verbs_dict is not None and find_crosswalk(verbs_dict) is None:
        os.environ[CROSSWALK_ENV] = str(crosswalk)
    try:
        yield
    finally:
        actors.configure(before[0])
        events.configure(before[1])
        if before[2] is None:
            os.environ.pop(CROSSWALK_ENV, None)
        else:
            os.environ[CROSSWALK_ENV] = before[2]


def evaluate_petrarch(data: Path, verbs_dict: str | None = None) -> dict:
    """Score with the built-in trigger lexicon, then again with the verb dictionary added
    (``verbs_dict``, else the set's own ``dictionaries/*verbs*.txt``); the set's actor
    dictionary (and agents) are used in both runs when they are there."""
    files = [data] if data.is_file() else sorted(data.glob("*.xml"))
    sentences = [s for f in files for s in load_petrarch(f)]
    own = set_dictionaries(data)
    verbs = Path(verbs_dict) if verbs_dict else own["verbs"]
    crosswalk_path = find_crosswalk(verbs) if verbs else None
    if crosswalk_path is None:
        crosswalk_path = _shared_dictionaries(data) / CROSSWALK_NAME
    crosswalk = load_crosswalk(crosswalk_path)
    actors_dict = own["actors"]
    aliases = dictionary_aliases(actors_dict)
    texts = [s["text"] for s in sentences]
    with _configured(actors_dict, None, crosswalk_path):
        docs = annotate_texts(texts)
    result = score_petrarch(sentences, docs, crosswalk, aliases)
    if verbs is not None:
        with _configured(actors_dict, verbs, crosswalk_path):
            docs = annotate_texts(texts)
        with_verbs = score_petrarch(sentences, docs, crosswalk, aliases)
        with_verbs["verbs_dict"] = str(verbs)
        result["with_verbs_dict"] = with_verbs
    result["data"] = str(data)
    result["actors_dict"] = str(actors_dict) if actors_dict else None
    result["crosswalk"] = str(crosswalk_path)
    result["code_aliases"] = aliases
    result["verbs_dict"] = None
    return result


# --- hand-coded articles -----------------------------------------------------------------------


def article_files(data: Path) -> list[Path]:
    """The hand-coded article files in ``data``: JSON objects with ``text`` and ``events``."""
    files = [data] if data.is_file() else sorted(data.glob("*.json"))
    out = []
    for path in files:
        try:
            item = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(item, dict) and "text" in item and "events" in item:
            out.append(path)
    return out


def _locate(text: str, sentence: str, trigger: str | None) -> tuple[tuple[int, int],
                                                                       tuple[int, int] | None]:
    """Character spans of a gold event's sentence and trigger in the article text."""
    start = text.find(sentence.strip())
    if start < 0:
        start = " ".join(text.split()).find(" ".join(sentence.split()))
        if start < 0 or " ".join(text.split()) != text:
            raise ValueError(f"sentence not found in the article text: {sentence[:60]!r}")
    sent = (start, start + len(sentence.strip()))
    if not trigger:
        return sent, None
    at = text.find(trigger, sent[0], sent[1])
    return sent, ((at, at + len(trigger)) if at >= 0 else None)


def _overlaps(a: tuple[int, int], b: tuple[int, int] | None) -> bool:
    return b is not None and a[0] < b[1] and b[0] < a[1]


def match_article(doc: Document, gold: list[dict]
                  ) -> tuple[list[tuple[Event, dict | None]], list[dict]]:
    """Pair predicted events with gold ones, one to one, and list the gold left unmatched. A
    prediction matches a gold event in the same sentence whose trigger it overlaps, or, failing
    that, one of the same type in the same sentence; the best pairs (overlap and type, then
    type, then overlap) go first."""
    located = []
    for g in gold:
        sent, trig = _locate(doc.text, g["sentence"], g.get("trigger"))
        located.append((g, sent, trig))
    pairs = []
    for pi, event in enumerate(doc.events):
        for gi, (g, sent, trig) in enumerate(located):
            if not _overlaps(tuple(event.sentence), sent) and not (
                    sent[0] <= event.trigger.span[0] < sent[1]):
                continue
            overlap = _overlaps(tuple(event.trigger.span), trig)
            same = event.type == g["type"]
            if overlap or same:
                pairs.append((-(2 * same + overlap), pi, gi))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched: dict[int, int] = {}
    for _rank, pi, gi in sorted(pairs):
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        matched[pi] = gi
    return [(e, located[matched[i]][0] if i in matched else None)
            for i, e in enumerate(doc.events)], [g for gi, (g, _s, _t) in enumerate(located)
                                                  if gi not in used_g]


def _prf(tp: int, predicted: int, gold: int, found: int | None = None) -> dict:
    """Precision ``tp / predicted`` and recall ``found / gold`` (``found`` defaults to
    ``tp``; it is larger when one predicted event with a list of actors stands for several
    gold events)."""
    found = tp if found is None else found
    p = tp / predicted if predicted else 0.0
    r = found / gold if gold else 0.0
    out = {"precision": round(p, 4), "recall": round(r, 4),
           "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "tp": tp,
           "predicted": predicted, "gold": gold}
    if found != tp:
        out["gold_found"] = found
    return out


def list_members(doc: Document, pairs: list[tuple[Event, dict | None]],
                 unmatched: list[dict]) -> list[tuple[Event, dict]]:
    """The further gold events that a matched event with a list of actors or recipients
    stands for. PLOVER codes a compound side as one event whose actor or recipient is a list
    ("The United States and France accused Russia": PLOVER_MANUAL, Compound and Reciprocal
    Actors); a gold set coded dyad by dyad has one event per member. A gold event left
    unmatched in the same sentence, with the trigger overlapping (or the same type), whose
    actor (or, with none, recipient) is a mention of a member of the list, is found by that
    event, up to one gold event per member. It counts for recall, not as a prediction."""
    out = []
    taken: Counter[int] = Counter()
    for g in unmatched:
        if g.get("optional"):
            continue
        sent, trig = _locate(doc.text, g["sentence"], g.get("trigger"))
        side = "actor" if g.get("actor") else "recipient"
        words = g.get(side)
        if not words:
            continue
        at = doc.text.find(words, sent[0], sent[1])
        if at < 0:
            continue
        for k, (event, matched) in enumerate(pairs):
            if matched is None or matched.get("optional") or not _overlaps(
                    tuple(event.sentence), sent):
                continue
            if not _overlaps(tuple(event.trigger.span), trig) and event.type != g["type"]:
                continue
            ids = event.actor + (event.recipient if side == "recipient" else [])
            if taken[k] + 1 >= len(ids):
                continue
            members = [doc.entity(i) for i in ids]
            if any(m is not None and any(_overlaps(tuple(x.span), (at, at + len(words)))
                                         for x in m.mentions) for m in members):
                taken[k] += 1
                out.append((event, g))
                break
    return out


def type_scores(pairs: Iterable[tuple[set[str], set[str]]]) -> dict[str, dict]:
    """Precision, recall and F1 per PLOVER type from (predicted types, gold types) of each
    sentence; types that neither side has are left out."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for predicted, gold in pairs:
        tp.update(predicted & gold)
        fp.update(predicted - gold)
        fn.update(gold - predicted)
    return {t: _prf(tp[t], tp[t] + fp[t], tp[t] + fn[t]) for t in PLOVER_TYPES
            if tp[t] or fp[t] or fn[t]}


def _side_country(doc: Document, ids: list[str], code: str | None) -> bool:
    if not code:
        return True  # the gold leaves the side's country open
    return code in _codes(doc, ids)


def _sides_ok(doc: Document, event: Event, g: dict) -> bool:
    """Do the event's sides carry the gold's actor and recipient countries? A reciprocal
    event (a symmetric type with several actors and no recipient: "Peru and Chile agreed")
    has every member as the others' recipient, as PLOVER codes it (PLOVER_MANUAL, Compound and
    Reciprocal Actors), so a gold recipient among its actors is found."""
    from factwire.extract.events import current_lexicon

    reciprocal = not event.recipient and len(event.actor) >= 2 and \
        event.type in current_lexicon().symmetric
    return _side_country(doc, event.actor, g.get("actor_country")) and _side_country(
        doc, event.actor if reciprocal else event.recipient, g.get("recipient_country"))


def score_articles(articles: list[tuple[dict, Document]]) -> dict:
    """Document-level detection, type and strict (type and both countries) P/R/F1. Optional
    gold events are neither missed when absent nor counted against a prediction they match."""
    predicted = gold_n = det_tp = type_tp = strict_tp = 0
    det_found = type_found = strict_found = 0  # further gold events found by list members
    items = []
    for article, doc in articles:
        gold = article["events"]
        pairs, unmatched = match_article(doc, gold)
        gold_n += sum(not g.get("optional") for g in gold)
        for event, g in pairs:
            if g is not None and g.get("optional"):
                continue
            predicted += 1
            if g is None:
                items.append({"article": article.get("id"), "spurious": _describe(doc, event),
                              "trigger": event.trigger.text})
                continue
            det_tp += 1
            typed = event.type == g["type"]
            type_tp += typed
            strict = typed and _sides_ok(doc, event, g)
            strict_tp += strict
            items.append({"article": article.get("id"), "gold": g["type"],
                          "trigger": g.get("trigger"), "predicted": _describe(doc, event),
                          "type_ok": typed, "strict_ok": strict})
        members = list_members(doc, pairs, unmatched)
        for event, g in members:
            det_found += 1
            typed = event.type == g["type"]
            type_found += typed
            strict_found += typed and _sides_ok(doc, event, g)
            items.append({"article": article.get("id"), "gold": g["type"],
                          "trigger": g.get("trigger"), "list_member": _describe(doc, event)})
        listed = {id(g) for _e, g in members}
        items += [{"article": article.get("id"), "missed": g["type"], "trigger": g.get("trigger")}
                  for g in unmatched if not g.get("optional") and id(g) not in listed]
    return {"set": "articles", "articles": len(articles), "gold_events": gold_n,
            "predicted_events": predicted,
            "detection": _prf(det_tp, predicted, gold_n, det_tp + det_found),
            "type": _prf(type_tp, predicted, gold_n, type_tp + type_found),
            "strict": _prf(strict_tp, predicted, gold_n, strict_tp + strict_found),
            "one_to_one": {"detection": _prf(det_tp, predicted, gold_n),
                           "type": _prf(type_tp, predicted, gold_n),
                           "strict": _prf(strict_tp, predicted, gold_n)},
            "items": items}


def annotated_articles(data: Path, settings=None) -> list[tuple[dict, Document]]:
    """Each hand-coded article of ``data`` with the document factwire makes of it; with
    ``settings`` (an EventSettings) its events are coded with them, in the one pass, so that
    what a model adds (implied actors) never depends on the model installed."""
    from factwire import nlp
    from factwire.extract import annotate

    articles = []
    for path in article_files(data):
        item = json.loads(path.read_text(encoding="utf-8"))
        doc = Document(id=document_id(item["text"]), text=item["text"],
                       title=item.get("title"), published=item.get("published") or GOLD_DATE)
        parsed = nlp.parse(item["text"])
        doc = annotate(doc, parsed, settings)
        articles.append((item, doc))
    return articles


def evaluate_articles(data: Path) -> dict:
    result = score_articles(annotated_articles(data))
    result["data"] = str(data)
    return result


# --- a training folder's held-out sentences ---------------------------------------------------


def score_sentences(records: list[dict], docs: dict[str, Document]) -> dict:
    """Sentence-level type macro-F1 over the written corpus' held-out sentences, and the share
    of event-free sentences given an event (false alarms)."""
    pairs = [({e.type for e in docs[r["text"]].events}, {e["type"] for e in r.get("events", [])})
             for r in records]
    negatives = sum(not gold for _, gold in pairs)
    alarms = sum(bool(predicted) for predicted, gold in pairs if not gold)
    per_type = type_scores(pairs)
    return {"set": "heldout", "sentences": len(records), "negatives": negatives,
            "type_macro_f1": round(sum(v["f1"] for v in per_type.values()) / len(per_type), 4)
            if per_type else 0.0,
            "false_alarm_rate": round(alarms / negatives, 4) if negatives else 0.0,
            "per_type": per_type}


def evaluate_heldout(path: Path) -> dict:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    result = score_sentences(records, annotate_texts(r["text"] for r in records))
    result["data"] = str(path)
    return result


# --- the eval command ---------------------------------------------------------------------------


def evaluate(data: Path) -> dict:
    """Score the event gold in ``data``, by content: PLOVER JSON records, PETRARCH XML,
    hand-coded article JSON files, or a training folder's ``heldout.jsonl``."""
    from factwire.extract import events

    data = Path(data)
    if not data.exists():
        raise FileNotFoundError(f"{data}: no such gold data")
    if data.is_dir() and (data / "heldout.jsonl").is_file():
        return evaluate_heldout(data / "heldout.jsonl")
    if data.suffix == ".jsonl":
        return evaluate_heldout(data)
    if article_files(data):
        return evaluate_articles(data)
    has_json = data.suffix == ".json" or (data.is_dir() and any(data.glob("*.json")))
    has_xml = data.suffix == ".xml" or (data.is_dir() and any(data.glob("*.xml")))
    verbs = events.configured_verbs_dict()
    if has_json:
        result = evaluate_plover(data)
        result["verbs_dict"] = verbs
    elif has_xml:
        result = evaluate_petrarch(data, verbs)
    else:
        raise ValueError(f"{data}: neither PLOVER .json records nor PETRARCH .xml records")
    return result


def headline(result: dict) -> str:
    if result.get("set") == "articles":
        return (f"events (articles): detection_f1={result['detection']['f1']:.3f} "
                f"precision={result['detection']['precision']:.3f} "
                f"recall={result['detection']['recall']:.3f} type_f1={result['type']['f1']:.3f} "
                f"strict_f1={result['strict']['f1']:.3f} articles={result['articles']} "
                f"gold={result['gold_events']}")
    if result.get("set") == "heldout":
        return (f"events (heldout): type_macro_f1={result['type_macro_f1']:.3f} "
                f"false_alarm_rate={result['false_alarm_rate']:.3f} "
                f"sentences={result['sentences']}")
    if result.get("set") == "petrarch2-unittest-cameo":
        line = f"events (petrarch2): {_agreement(result)} n={result['n']}"
        verbs = result.get("with_verbs_dict")
        if verbs:
            line += f" | with verbs dict: {_agreement(verbs)}"
        return line
    return (f"events: type_macro_f1={result['type_macro_f1']:.3f} "
            f"type_accuracy={result['type_accuracy']:.3f} "
            f"actor_accuracy={result['actor_accuracy']:.3f} "
            f"recipient_accuracy={result['recipient_accuracy']:.3f} "
            f"spurious_rate={result['spurious_rate']:.3f} n={result['n']}")


def _agreement(result: dict) -> str:
    return " ".join(f"{name}={result[key]:.3f}" for name, key in (
        ("dyad_agreement", "dyad_agreement"), ("type_agreement", "type_agreement"),
        ("dyad_any_type", "dyad_any_type_agreement"),
        ("noevent_agreement", "noevent_agreement")) if key in result)
