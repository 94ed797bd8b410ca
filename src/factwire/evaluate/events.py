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

Which set a folder holds is decided by its content (``*.json`` or ``*.xml``).
"""

from __future__ import annotations

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
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    spurious = 0
    for text, gold_types in by_sentence.items():
        predicted = {e.type for e in docs[text].events}
        for t in predicted & gold_types:
            tp[t] += 1
        for t in predicted - gold_types:
            fp[t] += 1
        for t in gold_types - predicted:
            fn[t] += 1
        spurious += bool(predicted - gold_types)
    per_type = {}
    for t in PLOVER_TYPES:
        if not (tp[t] or fp[t] or fn[t]):
            continue
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        rec = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
        per_type[t] = {"precision": round(p, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                       "support": tp[t] + fn[t]}
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


# --- the eval command ---------------------------------------------------------------------------


def evaluate(data: Path) -> dict:
    """Score the event gold set in ``data`` (PLOVER JSON or PETRARCH XML, by content)."""
    from factwire.extract import events

    data = Path(data)
    if not data.exists():
        raise FileNotFoundError(f"{data}: no such gold data")
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
