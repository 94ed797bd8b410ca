"""Quotes: mark pairing (never past a paragraph), speakers, cues, media; the example."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factwire.extract.claims import find_claims
from factwire.extract.quotes import find_quotes, find_segments
from factwire.model import Document, document_id


def _doc(text: str) -> Document:
    return Document(id=document_id(text), text=text)


def test_balanced_curly_and_straight_marks_pair_up():
    text = "\u201cFirst one,\u201d she said. \"Second one here.\""
    segs = find_segments(text)
    assert [(text[s.start], text[s.end - 1]) for s in segs] == [("\u201c", "\u201d"), ('"', '"')]
    assert all(s.balanced for s in segs)


def test_unbalanced_quote_stops_at_its_paragraph():
    text = "\u201cWe will never give up, he said.\n\nThe army denied it.\n\nMore fighting followed."
    (seg,) = find_segments(text)
    assert not seg.balanced
    assert text[seg.start:seg.end] == "\u201cWe will never give up, he said."


def test_quote_reopened_in_next_paragraph_continues():
    text = ("She said: \u201cFirst paragraph.\n\n"
            "\u201cSecond paragraph ends here.\u201d\n\nNarration.")
    (seg,) = find_segments(text)
    assert seg.balanced and text[seg.end - 1] == "\u201d"
    assert "Narration" not in text[seg.start:seg.end]


def test_quote_never_runs_past_max_paragraphs():
    text = "\u201cOpen." + "\n\n\u201cReopen." * 6
    segs = find_segments(text)
    assert segs and all(text.count("\n\n", s.start, s.end) < 4 for s in segs)


def test_second_opening_mark_cuts_the_stray_one():
    text = "\u201cStray opening here and then \u201cA real quote with words,\u201d he said."
    segs = find_segments(text)
    assert any(text[s.start:s.end] == "\u201cA real quote with words,\u201d" for s in segs)


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_segments(text)]


@pytest.mark.parametrize("text, quoted", [
    # straight single marks, as plain-text copies of British papers print them
    ("'We have no money left,' said the treasurer, Ines Varga. The drivers' union "
     "said it won't strike.", ["'We have no money left,'"]),
    ("She called the plan 'reckless' and the '90s rules 'out of date'.",
     ["'reckless'", "'out of date'"]),
    # a curly single quote reopened in the next paragraph runs on, as newspapers print it
    ("The union said: \u2018Our members read it in the papers.\n\n"
     "\u2018We will ballot next week.\u2019\n\nThe board declined to comment.",
     ["\u2018Our members read it in the papers.\n\n\u2018We will ballot next week.\u2019"]),
    ("The union said: 'Our members read it in the papers.\n\n"
     "'We will ballot next week.'\n\nThe board declined to comment.",
     ["'Our members read it in the papers.\n\n'We will ballot next week.'"]),
    # no mark pairs across a paragraph that does not reopen, or around apostrophes
    ("The Smiths' house was sold.\n\nThe buyers' agent said it's done.", []),
])
def test_single_quotation_marks_pair_up(text, quoted):
    assert _quoted(text) == quoted


def test_a_straight_single_quote_gets_its_speaker(nlp):
    text = ("'Who will guarantee the fares stay low?' asked councillor Rajiv Menon. "
            "'Not the buyer.'")
    from factwire.extract import annotate

    quotes = [q for q in annotate(_doc(text), nlp(text)).quotes if q.kind == "direct"]
    assert [q.text for q in quotes][:1] == ["Who will guarantee the fares stay low?"]
    assert quotes[0].speaker_text == "Rajiv Menon"


@pytest.mark.parametrize("text, needle, speaker_text, speaker", [
    ('According to Senator Carla Boyd, "the budget is a fantasy built on hope."',
     "fantasy", "Senator Carla Boyd", "Carla Boyd"),
    ('The mill will close in May. According to the union\'s leader, Dana Whitfield, "nobody '
     'asked the workers."', "nobody", "the union's leader", "Dana Whitfield"),
])
def test_a_quote_after_according_to_is_the_named_speakers(nlp, text, needle, speaker_text,
                                                          speaker):
    """"According to X, '…'": the quote is X's, cue "according to"; a description keeps its
    words and speaks as the name in apposition."""
    from factwire.extract import annotate

    doc = annotate(_doc(text), nlp(text))
    quote = _quote(doc, needle)
    assert (quote.speaker_text, quote.cue) == (speaker_text, "according to"), \
        (quote.speaker_text, quote.cue)
    assert doc.entity(quote.speaker).name == speaker


@pytest.mark.parametrize("text, needle, speaker", [
    # "he said" after "Menon asked" in the same paragraph is Menon, though only the earlier
    # "Mr. Okafor" shows a gender
    ("Mr. Okafor, the board's chairman, defended the sale on Tuesday.\n\n"
     "\u201cWho pays for this?\u201d Menon asked. \u201cNot the buyer!\u201d he said.",
     "Not the buyer", "Menon"),
    # ... but a nearer man the text names is still preferred to an unknown subject further back
    ("Halvorsen met Lars Dahl at the port on Monday. \u201cThe berths are full,\u201d he "
     "said.", "berths", "Lars Dahl"),
])
def test_a_pronoun_speaker_is_the_last_speaker_of_its_paragraph(nlp, text, needle, speaker):
    from factwire.extract import annotate

    doc = annotate(_doc(text), nlp(text))
    quote = _quote(doc, needle)
    assert _speaker(doc, quote) == speaker


@pytest.mark.parametrize("text, needle, cue, speaker_text", [
    # archive-style '' marks: the opening mark the parser hangs on the last sentence's verb
    # does not make that verb the quote's frame
    ("Silvermoon told reporters that her nation would sue. ''We will see them in court,'' "
     "she said.", "see them", "said", "she"),
    ("The minister promised a review on Monday. ''Nobody is above the law,'' Whitlock "
     "added.", "above the law", "added", "Whitlock"),
])
def test_the_frame_after_a_quote_beats_the_previous_sentence(nlp, text, needle, cue,
                                                             speaker_text):
    quote = _quote(_with_quotes(nlp, text), needle)
    assert (quote.cue, quote.speaker_text) == (cue, speaker_text)


@pytest.mark.parametrize("text, needle, speaker_text", [
    # a label after its verb's object, the parse hanging the quote elsewhere
    ("The council passed the budget despite objections from residents who called the levy "
     "\u201ca tax on staying alive.\u201d", "staying alive", "residents"),
    ("The port cleared the deal over protests from dockers who called the sale \u201can "
     "act of vandalism\u201d last week.", "vandalism", "dockers"),
])
def test_a_label_after_the_verbs_object_is_a_mixed_quote(nlp, text, needle, speaker_text):
    quote = _quote(_with_quotes(nlp, text), needle)
    assert (quote.kind, quote.cue, quote.speaker_text) == ("mixed", "called", speaker_text)


@pytest.mark.parametrize("text, needle, speaker", [
    ("The county's parks commissioner, Miriam Adewale-Stone, testified on Tuesday that the "
     "shelter would open in May.", "shelter would open", "Miriam Adewale-Stone"),
    ("Nine councillors voted against the plan. One of them, Patrick Okwuosa, said it was "
     "'rushed and unfunded'.", "rushed", "Patrick Okwuosa"),
    # a spokeswoman's or chairman's name: the person, not the body she speaks for, even when
    # the tagger read the name as a body's
    ("The Altiplano Springs Alliance, which groups about 30 villages, said in a statement "
     "that it had not been consulted.\n\nIts spokeswoman, Marta Quispe Flores, said: "
     "\u201cOur wells are drying up.\u201d", "wells are drying", "Marta Quispe Flores"),
    # a company's officer: the person, not the company her title names
    ("Brennock Freight's chief counsel, Dana Whitcombe, told the court that the contract was "
     "void.", "contract was void", "Dana Whitcombe"),
])
def test_a_description_speaks_as_the_name_in_apposition(nlp, text, needle, speaker):
    doc = _with_quotes(nlp, text)
    assert _speaker(doc, _quote(doc, needle)) == speaker


@pytest.mark.parametrize("text, needle", [
    # a work named in apposition, a speech verb after it notwithstanding
    ("The institute's yearly survey, \u201cCold Homes 2025\u201d, released in May, found "
     "that one in five renters could not heat their flat.", "Cold Homes 2025"),
    ("Its study last spring, \u2018The Hidden Bill\u2019, estimated the cost at \u00a34bn.",
     "The Hidden Bill"),
    # what a banner or placard reads is a slogan, not speech
    ("Outside the hall, nurses held placards reading \u201cNo beds, no care\u201d.",
     "No beds, no care"),
    ("Hundreds marched behind a banner that read \"Our river is not for sale\".",
     "Our river is not for sale"),
    # quoted words that modify the noun after them
    ("The board wants a \u2018one site fits all\u2019 approach to outpatient care.",
     "one site fits all"),
])
def test_titles_slogans_and_quoted_modifiers_are_no_quotes(nlp, text, needle):
    doc = _with_quotes(nlp, text)
    found = [q for q in doc.quotes if needle in q.text]
    assert found and all(q.kind == "title" for q in found)


@pytest.mark.parametrize("text, fragment", [
    ("The harbour master said the damage was \u201cmanageable\u201d and the port would "
     "reopen on Friday.", "manageable"),
    ("Okafor told reporters the board had acted \u201cin haste\u201d.", "in haste"),
])
def test_a_word_of_the_speaker_inside_reported_speech_is_a_mixed_quote(nlp, text, fragment):
    doc = _with_quotes(nlp, text)
    quote = _quote(doc, fragment)
    assert quote.kind == "mixed" and quote.speaker_text is not None


@pytest.mark.parametrize("text, fragment, kind", [
    # a speaker's own words after "called it" / "as", no article outside the marks
    ("The mayor called it \u201cshort-sighted.\u201d", "short-sighted", "mixed"),
    ("Lindqvist described the merger as \u2018a costly mistake\u2019.",
     "a costly mistake", "mixed"),
    # a nickname after "known to fans as", capitalised or not, is a title
    ("\u201cWe will be back,\u201d said Okoth, known to fans as \u201cBaba wa Mpira\u201d "
     "since his playing days.", "Baba wa Mpira", "title"),
])
def test_a_speakers_words_after_a_calling_verb_and_a_nickname(nlp, text, fragment, kind):
    assert _quote(_with_quotes(nlp, text), fragment).kind == kind


def test_a_quote_resumed_after_a_frame_with_a_nickname_keeps_its_speaker(nlp):
    text = ("\u201cLet them appeal,\u201d said Okoth, known to fans as \u201cBaba wa "
            "Mpira\u201d since his playing days. \u201cI will be in the dugout on Sunday.\u201d")
    doc = _with_quotes(nlp, text)
    assert _quote(doc, "in the dugout").speaker_text == "Okoth"


def test_she_speaks_for_the_woman_named_not_a_role_of_unknown_sex(nlp):
    """No subject carries on: "she" is the person whose given name the census lists mark as
    a woman's, before a nearer role that says no sex."""
    doc = _with_quotes(nlp, 'The ruling angered Carla Boyd and a defence lawyer who had worked '
                            'on the case. "We will appeal," she said.')
    quote = _quote(doc, "We will appeal")
    assert doc.entity(quote.speaker).name == "Carla Boyd"


def _with_quotes(nlp, text):
    from factwire.extract import annotate

    return annotate(_doc(text), nlp(text))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["\u201c", "\u201d", '"', "word", " ", "\n\n", ",", "."]),
                max_size=60))
def test_segments_never_raise_and_stay_in_bounds(parts):
    text = "".join(parts)
    for seg in find_segments(text):
        assert 0 <= seg.start < seg.end <= len(text)
        assert text.count("\n\n", seg.start, seg.end) < 4


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["\u201c", "\u201d", '"', "He said", " the army ",
                                 " attacked", "\n\n", ", ", ". ", "Officials warned that"]),
                max_size=25))
def test_find_quotes_and_claims_never_raise_on_random_marks(nlp, parts):
    text = "".join(parts)
    doc = _doc(text)
    parsed = nlp(text)
    doc.quotes = find_quotes(doc, parsed)
    doc.claims = find_claims(doc, parsed)
    for record in doc.quotes + doc.claims:
        assert 0 <= record.span[0] < record.span[1] <= len(text)


def test_unbalanced_mark_does_not_swallow_the_article(nlp):
    body = ("\u201cWe are winning, the commander said.\n\n"
            + "\n\n".join(f"Paragraph {i} reports that the town of Dorn fell." for i in range(8)))
    doc = _doc(body)
    quotes = find_quotes(doc, nlp(body))
    assert all(q.span[1] <= body.index("Paragraph 2") for q in quotes if q.kind == "direct")


def test_quote_ids_are_unique_and_ordered(nlp):
    text = ("\u201cOne two three four,\u201d he said. The mayor said the road would reopen. "
            "\u201cFive six seven eight,\u201d she added.")
    quotes = find_quotes(_doc(text), nlp(text))
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert [q.span for q in quotes] == sorted(q.span for q in quotes)
    assert {q.kind for q in quotes} == {"direct", "indirect"}


# --- the example, end to end --------------------------------------------------------------


def _quote(doc, needle):
    found = [q for q in doc.quotes if needle in q.text]
    assert found, f"no quote contains {needle!r}: {[q.text[:40] for q in doc.quotes]}"
    return found[0]


def _speaker(doc, quote):
    ent = doc.entity(quote.speaker)
    return ent.name if ent else None


def test_example_kim_quotes(example_doc):
    for needle in ("annihilate and wipe out", "heroes and representatives"):
        assert _speaker(example_doc, _quote(example_doc, needle)) == "Kim Jong Un"
    assert _quote(example_doc, "annihilate").medium == "a statement to state media"
    assert _quote(example_doc, "heroes").cue == "praised"


def test_example_state_department_quote_whole_across_removed_headline(example_doc):
    q = _quote(example_doc, "We continue to be concerned")
    assert "must end" in q.text
    assert q.kind == "direct"
    assert q.speaker_text == "a spokesperson"
    assert "State Department" in _speaker(example_doc, q)
    assert "The Independent" in q.medium
    assert "US issues bold new demand" not in q.text


def test_example_trump_quotes(example_doc):
    for needle in ("There was no reason for Putin", "stringing me along"):
        assert _speaker(example_doc, _quote(example_doc, needle)) == "Donald Trump"
    assert _quote(example_doc, "stringing me along").cue == "added"


@pytest.mark.parametrize("needle", ["annihilate", "We continue", "There was no reason"])
def test_example_quote_spans_point_at_their_text(example_doc, needle):
    q = _quote(example_doc, needle)
    assert needle in example_doc.text[q.span[0]:q.span[1]]


@pytest.mark.parametrize("text, needle, speaker_text, speaker", [
    # a surname glued by a hyphen is one word of the speaker's name, linked to the full name
    ("Sarah Whitfield-Jones leads the nurses' union at the city hospital.\n\n"
     "\u201cWe have had no reply from the trust,\u201d Whitfield-Jones said on Thursday.",
     "no reply", "Whitfield-Jones", "Sarah Whitfield-Jones"),
    # "Adeyemi said": the actor step tags no mention there, and the speaker is still that person
    ("Ngozi Adeyemi-Okafor chairs the port authority.\n\n"
     "Adeyemi said the cranes would be repaired by March.",
     "cranes", "Adeyemi", "Ngozi Adeyemi-Okafor"),
])
def test_short_and_hyphenated_speaker_names_link_to_the_full_name(nlp, text, needle,
                                                                  speaker_text, speaker):
    from factwire.extract import annotate

    doc = annotate(_doc(text), nlp(text))
    quote = _quote(doc, needle)
    assert quote.speaker_text == speaker_text
    assert _speaker(doc, quote) == speaker


def test_an_age_as_speaker_is_the_person_named_before_it(nlp):
    """'"…," the 58-year-old said': the speaker's words are the whole age, and the speaker
    the person the sentence before named."""
    from factwire.extract import annotate

    text = ("Coach Marta Ibarra announced her retirement on Sunday after 22 seasons. "
            "\u201cIt is time for someone younger,\u201d the 58-year-old said.")
    doc = annotate(_doc(text), nlp(text))
    quote = _quote(doc, "someone younger")
    assert quote.speaker_text == "the 58-year-old"
    names = {e.id: e.name for e in doc.entities}
    assert names.get(quote.speaker) == "Marta Ibarra", (quote.speaker, names)


def test_it_speaks_for_a_body_never_for_people_named_in_the_plural(nlp):
    doc = _with_quotes(nlp, "Harrow Records met protesters outside its offices on Friday. The "
                            "protesters left after an hour.\n\n\"We will not change the "
                            "contract,\" it said in a statement.")
    names = {e.id: e.name for e in doc.entities}
    assert [(q.speaker_text, names.get(q.speaker)) for q in doc.quotes] == \
        [("it", "Harrow Records")]


def test_two_typeset_apostrophes_close_a_quote_as_two_straight_ones_do(nlp):
    for close in ("''", "\u2019\u2019"):
        doc = _with_quotes(nlp, f"\u201cWe were never consulted,{close} Tom Reyes, chief "
                                "executive of the port authority, told reporters on Monday.")
        assert [(q.text, q.speaker_text) for q in doc.quotes] == \
            [("We were never consulted", "Tom Reyes")], close


@pytest.mark.parametrize("text, quoted, speaker_text, first", [
    ("\u201cWe will not give up,\u201d said Ana Ruiz and Tomas Bell, the two organisers of "
     "the march in Quito.", "not give up", "Ana Ruiz and Tomas Bell", "Ana Ruiz"),
    ("The farmer's widow and her lawyer said in a statement: \u201cWe want the truth.\u201d",
     "want the truth", "The farmer's widow and her lawyer", None),
])
def test_a_quote_of_two_speakers_names_both(nlp, text, quoted, speaker_text, first):
    """"said X and Y": the words are both speakers'; the speaker as written is the whole
    coordination, the entity the first named."""
    from factwire.extract import annotate

    doc = annotate(_doc(text), nlp(text))
    quote = _quote(doc, quoted)
    assert quote.speaker_text == speaker_text
    if first:
        assert doc.entity(quote.speaker).name == first


def test_a_speaker_and_a_second_verb_stay_one_speaker(nlp):
    """The twin: "X said … and added" joins verbs, not speakers."""
    from factwire.extract import annotate

    text = ("\u201cThe bridge will open in May,\u201d said Ana Ruiz, the transport minister "
            "of Ecuador, and she added that tolls would stay low.")
    doc = annotate(_doc(text), nlp(text))
    assert _quote(doc, "bridge will open").speaker_text == "Ana Ruiz"
