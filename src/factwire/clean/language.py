"""Language identification (py3langid): non-English documents are kept, but flagged."""

from __future__ import annotations

from functools import cache

MIN_WORDS = 8  # below this, language identification is a guess
MIN_PROBABILITY = 0.9
NON_ENGLISH = "non-english"  # the warning's prefix: "non-english: de"


def non_english_warning(language: str) -> str:
    return f"{NON_ENGLISH}: {language}"


def flagged_non_english(warnings: list[str]) -> bool:
    """Did cleaning find the text confidently in another language?"""
    return any(w.startswith(NON_ENGLISH + ":") for w in warnings)


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code and probability; (None, 0.0) when the text is too short to tell."""
    sample = text[:10000]
    if len(sample.split()) < MIN_WORDS:
        return None, 0.0
    language, probability = _identifier().classify(sample)
    return str(language), float(probability)
