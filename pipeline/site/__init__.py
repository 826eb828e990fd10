"""The review site: every extracted value shown in its report, each authority's history.

`build(out, gold=None)` writes OUT/site/ from the tables of a run (`ofsted site`).
"""

from .pages import build

__all__ = ["build"]
