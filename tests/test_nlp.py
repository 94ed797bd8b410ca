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
