"""Score actor coding against PLOVER gold-standard records (``events/plover-gsr-cameo``).

For each gold source and target actor: is there a predicted entity in that sentence with a
mention overlapping the gold ``actorText`` and the same country code (and the same sector
where the gold gives one)? Gold codes are compared after a few normalisations that only
rename, never guess:

- non-ISO spellings in the gold (``JAP``, ``ITL``) are read as their ISO codes;
- a gold ``IGO``/``NGO`` code (PLOVER 0.5 lumps international bodies) matches an entity coded
  with an IGO code (UNO, NATO, EUR, ...) or with sector IGO/NGO; ``IMG`` (international
  militant group) matches an entity with no country and sector REB;
- gold sectors are compared on their first three letters (``CVLalb`` → CVL); ``***`` means
  none; CAMEO's ``JRN`` (journalists) is factwire's MED, ``CIV`` is CVL.

The record whose event is ``DOCUMENT`` is skipped; every ``*.json`` file in the folder is read,
so the same command scores the held-out part.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from pathlib import Path

from factwire.model import Document, Entity, document_id

CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA"}
SECTOR_ALIASES = {"JRN": "MED", "CIV": "CVL"}
INTERNATIONAL = {"IGO", "NGO"}


def load_records(data: Path) -> list[dict]:
    """Every gold record of the folder (or file), without the DOCUMENT record."""
    files = [data] if data.is_file() else sorted(data.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"{data}: no PLOVER gold-standard .json files")
    records = []
    for path in files:
        try:
            items = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}: not a JSON array of PLOVER records ({err})") from err
        records += [r for r in items if r.get("event") != "DOCUMENT" and r.get("text")]
    return records


def gold_actors(record: dict) -> list[tuple[str, dict]]:
    out = []
    for role in ("source", "target"):
        value = record.get(role)
        if isinstance(value, list):
            out += [(role, a) for a in value if isinstance(a, dict) and a.get("code")]
    return out


def locate(actor_text: str, text: str) -> list[tuple[int, int]]:
    """Character spans of the gold actor text in the sentence (exact, then loose)."""
    needle = actor_text.strip().strip("()").strip()
    if not needle:
        return []
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
    if not spans:
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text, re.I)]
    if not spans and ("..." in needle or ".." in needle):
        parts = [p.strip() for p in re.split(r"\.\.+", needle) if p.strip()]
        found = [locate(p, text) for p in parts]
        if all(found):
            spans = [(found[0][0][0], found[-1][0][1])]
    if not spans:
        spans = _fuzzy(needle, text)
    return spans


def _fuzzy(needle: str, text: str) -> list[tuple[int, int]]:
    """Best window of as many words as the needle, if similar enough ("Ghanians")."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    n = len(needle.split())
    best, best_span = 0.0, None
    for i in range(len(words) - n + 1):
        span = (words[i][0], words[i + n - 1][1])
        ratio = difflib.SequenceMatcher(None, needle.lower(), text[span[0]:span[1]].lower()).ratio()
        if ratio > best:
            best, best_span = ratio, span
    return [best_span] if best >= 0.8 and best_span else []


def _norm_sector(sector: str | None) -> str | None:
    if not sector or sector.startswith("*"):
        return None
    return SECTOR_ALIASES.get(sector[:3].upper(), sector[:3].upper())


def country_matches(entity: Entity, gold_code: str, igo_codes: frozenset[str]) -> bool:
    code = CODE_ALIASES.get(gold_code, gold_code)
    if code in INTERNATIONAL:
        return entity.country in igo_codes or entity.sector in INTERNATIONAL
    if code == "IMG":
        return entity.country in (None, "IMG") and entity.sector == "REB"
    return entity.country == code


def _overlaps(entity: Entity, spans: list[tuple[int, int]]) -> bool:
    return any(m.span[0] < end and start < m.span[1]
               for m in entity.mentions for start, end in spans)


def score_record(record: dict, entities: list[Entity], igo_codes: frozenset[str]) -> list[dict]:
    text = record["text"]
    out = []
    for role, actor in gold_actors(record):
        gold_sector = _norm_sector(actor.get("sector"))
        spans = locate(actor.get("actorText", ""), text)
        overlapping = [e for e in entities if _overlaps(e, spans)]
        country_ok = [e for e in overlapping if country_matches(e, actor["code"], igo_codes)]
        sector_ok = [e for e in country_ok if gold_sector is None or e.sector == gold_sector]
        if not spans:
            error = "gold-text-not-found"
        elif not overlapping:
            error = "no-entity"
        elif not country_ok:
            error = "no-country" if all(e.country is None for e in overlapping) else "wrong-country"
        elif not sector_ok:
            error = "no-sector" if all(e.sector is None for e in country_ok) else "wrong-sector"
        else:
            error = None
        predicted = [(e.name, e.country, e.sector) for e in overlapping]
        out.append({
            "id": record.get("id"), "role": role, "actor_text": actor.get("actorText"),
            "gold_code": actor["code"], "gold_sector": actor.get("sector"),
            "predicted": predicted, "country_ok": bool(country_ok), "sector_ok": bool(sector_ok),
            "error": error,
        })
    return out


def evaluate(data: Path) -> dict:
    """Country and country+sector accuracy of actor coding on PLOVER gold records."""
    from factwire import nlp
    from factwire.extract.actors import find_entities
    from factwire.extract.actors_lexicon import lexicon

    records = load_records(Path(data))
    igo_codes = lexicon().igo_codes
    texts = list(dict.fromkeys(r["text"] for r in records))
    parses = dict(zip(texts, nlp.parse_many(texts), strict=True))
    items: list[dict] = []
    for record in records:
        text = record["text"]
        doc = Document(id=document_id(text), text=text, published=record.get("date"))
        entities = find_entities(doc, parses[text])
        items += score_record(record, entities, igo_codes)
    n = len(items)
    country = sum(i["country_ok"] for i in items)
    both = sum(i["sector_ok"] for i in items)
    errors = Counter(i["error"] for i in items if i["error"])
    sector_errors = Counter(i["error"] for i in items if i["country_ok"] and not i["sector_ok"])
    return {
        "data": str(data),
        "n": n,
        "records": len(records),
        "country_accuracy": round(country / n, 4) if n else 0.0,
        "country_sector_accuracy": round(both / n, 4) if n else 0.0,
        "errors": dict(errors.most_common()),
        "sector_errors": dict(sector_errors.most_common()),
        "gold_codes_missed": dict(Counter(
            i["gold_code"] for i in items if not i["country_ok"]).most_common(15)),
        "items": items,
    }


def headline(result: dict) -> str:
    return (f"actors: country={result['country_accuracy']:.3f} "
            f"country+sector={result['country_sector_accuracy']:.3f} n={result['n']}")
