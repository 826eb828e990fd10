"""The NLP stage: normalised text -> spaCy Doc with our span groups -> records."""

from .analyse import analyse, make_doc
from .build import build_nlp, load_nlp

__all__ = ["analyse", "build_nlp", "load_nlp", "make_doc"]
