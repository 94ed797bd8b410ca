"""Datelines: the place (and agency) a wire story was filed from, read as metadata; and the
credit lines that close one ("Reporting by X; Editing by Y"), whose names are staff, not actors.

"BRUSSELS (Continental Press) —", "HANOI, Vietnam (AP) —", "KYIV, Ukraine, March 3 (Reuters) -",
"LONDON —": the opening words of a paragraph near the top of the text. A dateline is no actor
and no speaker; the actors step keeps every mention inside its span out of the entities, and
uses its place (and the country named after it) as the document's country context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factwire.model import Dateline, Document

MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
         r"(?:,\s*\d{4})?")
UPPER_PLACE = r"[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,3}"
TITLE_PLACE = r"[A-Z][a-z.'’\-]+(?:\s+[A-Z][a-z.'’\-]+){0,3}"
REGION = r"[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,3}"
DASH = r"(?:—|–|--|-)"
LONG_DASHES = {"—", "–", "--"}
DATELINE_RE = re.compile(
    rf"(?P<place>{UPPER_PLACE}|{TITLE_PLACE})"
    rf"(?:,\s*(?P<region>(?!{MONTH}){REGION}))?"
    rf"(?:,\s*(?P<date>{MONTH}))?"
    rf"\s*(?:\((?P<agency>[^()\n]{{1,40}})\))?"
    rf"\s*(?P<dash>{DASH})\s"
)
SEARCH_CHARS = 600  # a dateline opens one of the first paragraphs
CREDIT_RE = re.compile(
    r"^[ \t(]*(?:(?:Additional |Further )?[Rr]eporting|Editing|Writing|Compiled|Written|"
    r"Graphics?|Research)(?: and \w+)? by [A-Z][^\n]{0,200}$", re.M)  # by a name


@dataclass(frozen=True)
class ParsedDateline:
    """A dateline with the region or country written after the place ("HANOI, Vietnam")."""

    span: tuple[int, int]
    place: str
    region: str | None
    agency: str | None


def _place_name(raw: str) -> str:
    words = raw.split()
    return " ".join(w if len(w) <= 3 and "." in w else w.capitalize() for w in words)


def _known_place(name: str) -> bool:
    """A town of the place gazetteer ("Mombasa", "Porto Alegre"): what makes a title-case
    opening such as "Mombasa – Hundreds of workers..." a dateline rather than a heading."""
    from factwire.extract.actors_lexicon import lexicon  # the gazetteer loads once, on demand
    return name in lexicon().places


def parse(text: str) -> ParsedDateline | None:
    """The dateline opening a paragraph in the first ``SEARCH_CHARS`` characters, if any."""
    starts = [0] + [m.end() for m in re.finditer(r"\n", text[:SEARCH_CHARS])]
    for start in starts:
        m = DATELINE_RE.match(text, start)
        if not m:
            continue
        place = m.group("place")
        upper = place.isupper() and len(re.sub(r"[^A-Z]", "", place)) >= 3
        if not upper and not m.group("agency") and not (
                m.group("dash") in LONG_DASHES and _known_place(place)):
            continue  # title case needs an agency, or a long dash after a gazetteer town
        if m.group("dash") == "-" and not (m.group("agency") or m.group("date")) and not (
                upper and _known_place(_place_name(place))):
            continue  # a bare hyphen is too common a separator to trust alone, but after a
            # gazetteer town in capitals ("LONDON - ") it is how many outlets file
        agency = m.group("agency").strip() if m.group("agency") else None
        region = m.group("region")
        return ParsedDateline((m.start(), m.end("dash")), _place_name(place), region, agency)
    return None


def find_dateline(doc: Document) -> Dateline | None:
    """``doc``'s dateline as the model's record (span, place, agency), or None."""
    found = parse(doc.text)
    return Dateline(found.span, found.place, found.agency) if found else None


# Picture agencies and stock libraries a photographer's credit ends with.
PHOTO_AGENCIES = (r"Getty Images|AFP|Reuters|AP|EPA|EPA-EFE|Bloomberg|Shutterstock|Alamy|PA|"
                  r"PA Images|PA Wire|Associated Press|Xinhua|Anadolu|Sipa|Sipa USA|Rex|"
                  r"Rex Features|Corbis|NurPhoto|SOPA Images|LightRocket|Zuma Press|"
                  r"ZUMA Wire|The Washington Post|The New York Times|Redux|Polaris|iStock|"
                  r"AAP|Kyodo|Yonhap|TASS|Sputnik|dpa|ANSA|Imago|Abaca|WireImage|"
                  r"Contributor|Pool|Handout")
_AGENCY_TAIL = rf"(?:{PHOTO_AGENCIES})(?:\s?(?:/|via)\s?(?:{PHOTO_AGENCIES}))*"
# A photo credit: "(AP Photo/Daniel Reyes)", "(Reuters Photo/A. Name)", "Photo by A. Name",
# "(A. Name/AFP/Getty Images)", "Photograph: A. Name/EPA".
PHOTO_CREDIT_RE = re.compile(
    r"\((?:[A-Z][\w.&-]*\s?){1,3}Photos?\s?/\s?[^()\n]{1,80}\)"
    r"|\((?:Photo|Photograph|Picture)s? (?:by|courtesy of) [^()\n]{1,80}\)"
    r"|\b(?:Photo|Photograph|Picture)s? (?:by|courtesy of) [A-Z][^\n.;)]{0,60}"
    r"|\((?:Photo|Photograph|Picture|Image)s?\s*:\s*[^()\n]{1,80}\)"
    rf"|\((?:[A-Z][\w.'’-]*\s){{1,3}}?[A-Z][\w.'’-]*\s?/\s?{_AGENCY_TAIL}\)"
    rf"|\b(?:Photo|Photograph|Picture|Image)s?\s*:\s*(?:[A-Z][\w.'’-]*\s){{0,3}}"
    rf"[A-Z][\w.'’-]*\s?/\s?{_AGENCY_TAIL}\b")


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the credit lines of a wire story ("Reporting by A in Kyiv; Editing by B")
    and of photo credits ("(AP Photo/Daniel Reyes)")."""
    return [(m.start(), m.end()) for rx in (CREDIT_RE, PHOTO_CREDIT_RE)
            for m in rx.finditer(text)]
