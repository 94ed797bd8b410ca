"""The spaCy stage: one model per process, paragraph lines never share a sentence."""

from __future__ import annotations

from factwire import nlp as nlp_module


def test_model_is_loaded_once_per_process(nlp):
    assert nlp_module.load() is nlp
    assert "factwire_paragraphs" in nlp.pipe_names
    assert nlp.pipe_names.index("factwire_paragraphs") < nlp.pipe_names.index("parser")


def test_a_dateline_or_headline_line_is_its_own_sentence():
    text = (
        "Ministers meet in Brussels amid gas dispute\n"
        "European Union ministers met in Brussels on Monday to discuss gas supplies, "
        "officials said.\n\n"
        "“We will not be blackmailed,” the French minister said."
    )
    sentences = [s.text.strip() for s in nlp_module.parse(text).sents]
    assert sentences[0] == "Ministers meet in Brussels amid gas dispute"
    assert sentences[1].startswith("European Union ministers met")
    assert sentences[-1].startswith("“We will not be blackmailed,”")


def test_parse_many_keeps_order():
    texts = ["Iran rejected the offer.", "Chile signed the accord.", "Peru protested."]
    docs = list(nlp_module.parse_many(texts, batch_size=2))
    assert [d.text for d in docs] == texts


def test_a_document_in_another_language_is_kept_but_not_read_with_english_models(tmp_path):
    from factwire.extract import SKIPPED_NON_ENGLISH
    from factwire.pipeline import extract

    path = tmp_path / "pt.txt"
    path.write_text("Pilotos protestam em Lisboa\n\nCentenas de motoristas de camião bloquearam "
                    "na segunda-feira as principais estradas de acesso a Lisboa, em protesto "
                    "contra o aumento do preço do gasóleo. A polícia deteve três pessoas e o "
                    "ministro das Infraestruturas, João Ferreira, disse que vai receber os "
                    "representantes do setor na quarta-feira.", encoding="utf-8")
    doc = extract(str(path))
    assert doc.language == "pt" and SKIPPED_NON_ENGLISH in doc.warnings
    assert doc.sentences and not doc.entities and not doc.events and not doc.quotes
    english = tmp_path / "en.txt"
    english.write_text("Truck drivers blocked roads into Lisbon on Monday. Police arrested "
                       "three people, the Portuguese interior ministry said.", encoding="utf-8")
    assert extract(str(english)).entities


def test_a_title_abbreviation_before_a_name_ends_no_sentence():
    """spaCy alone splits "Amb." or "Rt." into a word and a full stop and often ends the sentence
    there, cutting the name off from its title and its verb."""
    for text in ["Amb. Rebecca Thornbury said the talks would resume on Friday.",
                 "A former Speaker, Rt. Hon. Chike Obiora, died on Monday in Enugu.",
                 "Det. Supt. Laura Brennan said two men had been arrested.",
                 "The patrol was led by SGT. Mark Ellison of the county sheriff's office."]:
        assert len(list(nlp_module.parse(text).sents)) == 1, text


def test_every_title_abbreviation_of_the_role_table_is_kept_whole():
    from factwire.extract.actors_lexicon import lexicon

    kept = {w.lower() for w in nlp_module.title_abbreviations()}
    abbreviated = {word for term in lexicon().agents for word in term.split()
                   if word.endswith(".")}
    assert abbreviated and abbreviated <= kept, abbreviated - kept


def test_the_text_is_joined_once_and_equals_the_docs_own_text():
    doc = nlp_module.parse("Peru protested. Chile signed the accord on Monday.")
    assert nlp_module.text_of(doc) == doc.text
    assert nlp_module.text_of(doc) is nlp_module.text_of(doc)  # kept, not joined again


# Typeset apostrophes (U+2019) are read as straight ones: the same entities, the text kept.
CURLY_APOSTROPHE_PAIRS = [
    "On Monday, Sky News' Dermot O'Hagan asked the minister about the delays.",
    "Late on Friday, Channel Four's Aoife D'Arcy questioned the minister on the rail strike.",
    "The bank's chief economist, Siobhan O'Driscoll, said rates would fall.",
    "In a statement, the People's Liberation Army said the drills had ended.",
]


def test_curly_apostrophes_give_the_entities_of_straight_ones():
    for straight in CURLY_APOSTROPHE_PAIRS:
        curly = straight.replace("'", "\u2019")
        plain, typeset = nlp_module.parse(straight), nlp_module.parse(curly)
        assert typeset.text == curly
        assert [(e.start_char, e.end_char, e.label_) for e in typeset.ents] == \
            [(e.start_char, e.end_char, e.label_) for e in plain.ents], curly


def test_a_name_with_a_curly_apostrophe_is_one_person_after_an_outlets_possessive():
    doc = nlp_module.parse("On Monday, Sky News\u2019 Dermot O\u2019Hagan asked the minister "
                           "about the delays.")
    assert ("Dermot O\u2019Hagan", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert not [e for e in doc.ents if "News\u2019 Dermot" in e.text]
