"""Every setting of the event coder in one object, passed in rather than read mid-pipeline.

``EventSettings`` names the CAMEO verb dictionary (optional, read through the CAMEO→PLOVER
crosswalk), the trained model folder (default: the one shipped in ``factwire/models/events``)
and the minimum score an event needs (default: the threshold stored with the model; higher
for a predicate only its argument structure proposes). The CLI
builds one; ``configure()`` sets the process default, and also exports the dictionary path as
``$FACTWIRE_VERBS_DICT`` so worker processes started afterwards build the same settings in
``EventSettings.from_env()``. Nothing below this module reads the environment.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from factwire.extract.events.lexicon import Lexicon, build_lexicon
from factwire.model import FactwireError

VERBS_DICT_ENV = "FACTWIRE_VERBS_DICT"
MODEL_ENV = "FACTWIRE_EVENTS_MODEL"
MIN_SCORE_ENV = "FACTWIRE_EVENTS_MIN_SCORE"


@dataclass(frozen=True)
class EventSettings:
    """What the event coder uses: dictionary, model and threshold."""

    verbs_dict: str | None = None  # a Phoenix CAMEO.2.0.txt-format verb dictionary
    model: str | None = None  # a trained model folder; None: the shipped model
    min_score: float | None = None  # None: the threshold chosen at training time
    use_model: bool = True  # False: lexicon rules alone decide (used to build training data)
    # A predicate that no lexicon or dictionary rule proposes (proposed by its argument
    # structure alone) needs this score: on the development news pages none of the 10 such
    # events was right (7 no event, 2 borderline, 1 of another type; "few leaders stand up
    # to X" → AGREE), while the written development articles lose little (README, Events ›
    # Stop 37).
    generic_min_score: float = 0.60

    @classmethod
    def from_env(cls) -> EventSettings:
        """The settings a worker process inherits through its environment."""
        raw = os.environ.get(MIN_SCORE_ENV)
        try:
            min_score = float(raw) if raw else None
        except ValueError as err:
            raise FactwireError(MIN_SCORE_ENV, f"not a number: {raw!r}", "extract") from err
        return cls(verbs_dict=os.environ.get(VERBS_DICT_ENV) or None,
                   model=os.environ.get(MODEL_ENV) or None, min_score=min_score)

    def lexicon(self) -> Lexicon:
        return _lexicon_for(self.verbs_dict)


_default: dict[str, EventSettings | None] = {"settings": None}


def configure(verbs_dict: str | os.PathLike | None = None, *, model: str | os.PathLike | None
              = None, min_score: float | None = None) -> EventSettings:
    """Set the process-wide default settings (and export them for worker processes).

    ``verbs_dict``: a CAMEO verb dictionary; its codes are mapped to PLOVER with
    ``cameo2plover_2021.csv`` found in its folder. ``None`` goes back to the built-in lexicon.
    """
    if verbs_dict is not None and not Path(verbs_dict).is_file():
        raise FactwireError(str(verbs_dict), "no such CAMEO verb dictionary", "extract")
    if model is not None and not Path(model).is_dir():
        raise FactwireError(str(model), "no such event model folder", "extract")
    if min_score is not None and not 0.0 <= min_score <= 1.0:
        raise FactwireError(str(min_score), "min score must be within 0-1", "extract")
    settings = EventSettings(str(verbs_dict) if verbs_dict else None,
                             str(model) if model else None, min_score)
    # all defaults: go back to what the environment says (as a fresh process would)
    _default["settings"] = settings if settings != EventSettings() else None
    for name, value in ((VERBS_DICT_ENV, settings.verbs_dict), (MODEL_ENV, settings.model),
                        (MIN_SCORE_ENV, None if min_score is None else str(min_score))):
        if value:
            os.environ[name] = value
        else:
            os.environ.pop(name, None)
    return settings


def current_settings() -> EventSettings:
    """The process default: what ``configure()`` set, else what the environment carries."""
    return _default["settings"] or EventSettings.from_env()


def configured_verbs_dict() -> str | None:
    """The user-supplied CAMEO verb dictionary in force."""
    return current_settings().verbs_dict


def current_lexicon() -> Lexicon:
    return current_settings().lexicon()


@functools.cache
def _lexicon_for(verbs_dict: str | None) -> Lexicon:
    if not verbs_dict:
        return build_lexicon()
    from factwire.extract.events_cameo import load_verb_rules

    return build_lexicon(load_verb_rules(Path(verbs_dict)))
