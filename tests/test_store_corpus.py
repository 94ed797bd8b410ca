"""Synthetic news for the store tests: one wire article, its syndicated and edited copies, and
an unrelated article on the same topic. Written for these tests (no real outlet's text)."""

from __future__ import annotations

from factwire.model import Document, Entity, Event, Mention, Source, Trigger, document_id

WIRE = (
    "North Korea has sent a second contingent of troops to Russia's Kursk region, South "
    "Korea's intelligence service said on Tuesday, adding that about 3,000 soldiers crossed "
    "the border by train over the weekend. The National Intelligence Service told lawmakers "
    "in a closed briefing that the new units were drawn from special forces brigades and had "
    "been issued Russian uniforms and identity papers before leaving Pyongyang. "
    "Russia's defence ministry declined to comment on the report. Moscow has previously "
    "described its military cooperation with Pyongyang as a sovereign matter between two "
    "neighbours and rejected Western criticism of the partnership. "
    "Ukraine's military intelligence agency said separately that North Korean artillery crews "
    "were already operating near the front line and that several had been killed in drone "
    "strikes this month. It published photographs it said showed documents taken from the "
    "bodies, although the images could not be independently verified. "
    "Analysts in Seoul said the deployment suggested the arrangement between the two "
    "governments was deepening rather than winding down, and warned that Pyongyang could "
    "receive advanced missile and satellite technology in return. The United States and its "
    "allies imposed new sanctions on Thursday on shipping companies accused of moving "
    "North Korean munitions to Russian ports. "
    "South Korea's foreign ministry summoned the Russian ambassador on Wednesday to protest "
    "the troop transfer, the second such summons in two months, and said it would review its "
    "own policy on supplying weapons to Ukraine."
)

OTHER_TOPIC = (
    "Russian forces launched a large drone attack on the Ukrainian capital overnight, the "
    "city's mayor said, damaging apartment blocks in three districts and cutting power to "
    "thousands of homes. Air defence units shot down most of the incoming drones, according "
    "to the air force, while debris started fires near a railway depot. North Korea was not "
    "mentioned in the statement. Officials in Kyiv renewed calls for more air defence systems "
    "from Western partners, saying stocks of interceptor missiles were running low as winter "
    "approached. The Kremlin said the strikes targeted military infrastructure."
)

PUBLISHERS = [
    "Harbour Post", "Midland Courier", "Lowland Times", "Northern Gazette", "Coastal Herald",
    "Valley Tribune", "Capital Observer", "River City News", "Highland Record", "Evening Star",
]


def syndicated(body: str, i: int) -> str:
    """A copy as a syndicating site prints it: its own byline and closing line."""
    return (f"By a staff reporter of the {PUBLISHERS[i]}. {body} "
            f"This report was distributed to {PUBLISHERS[i]} readers by a wire service.")


def edited(body: str) -> str:
    """A rewrite: a sentence in most paragraphs reworded, one paragraph cut."""
    return (
        body.replace("South Korea's intelligence service said on Tuesday",
                     "Seoul's spy agency reported on Tuesday")
        .replace("Russia's defence ministry declined to comment on the report.",
                 "There was no immediate comment from the Russian defence ministry.")
        .replace("It published photographs it said showed documents taken from the bodies, "
                 "although the images could not be independently verified. ", "")
        .replace("Analysts in Seoul said", "Experts in the South Korean capital believe")
        .replace("the second such summons in two months", "its second such step since spring")
    )


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


# (entity id, name, kind, country code, sector) and (event id, type, trigger, actors,
# recipients, mode) that make_doc puts on a document wherever its text mentions them.
ENTITIES = [("e1", "North Korea", "country", "PRK", "GOV"),
            ("e2", "Russia", "country", "RUS", "GOV"),
            ("e3", "South Korea", "country", "KOR", "GOV"),
            ("e4", "United States", "country", "USA", "GOV")]
EVENTS = [("v1", "AID", "has sent a second contingent of troops", ["e1"], ["e2"], "military"),
          ("v2", "PROTEST", "summoned the Russian ambassador", ["e3"], ["e2"], None),
          ("v3", "ASSAULT", "launched a large drone attack", ["e2"], [], "aerial")]


def make_doc(text: str, publisher: str | None, published: str, *, url: str | None = None,
             entities=ENTITIES, events=EVENTS) -> Document:
    """A Document with hand-made actors and events wherever the text mentions them."""
    doc = Document(id=document_id(text), text=text, title=text[:60], published=published,
                   publisher=publisher, source=Source("text", url=url))
    for entity_id, name, kind, code, sector in entities:
        if name in text:
            doc.entities.append(Entity(entity_id, name, kind, code, sector,
                                       [Mention(span(text, name), name)]))
    for event_id, type_, trigger, actor, recipient, mode in events:
        if trigger not in text:
            continue
        start, end = span(text, trigger)
        sentence = (text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0,
                    text.find(". ", end) + 1 if ". " in text[end:] else len(text))
        doc.events.append(Event(event_id, type_, Trigger((start, end), trigger), sentence,
                                mode=mode, actor=actor, recipient=recipient,
                                status="reported"))
    return doc
