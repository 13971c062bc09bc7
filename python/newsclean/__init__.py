"""newsclean: turn scraped news text into the clean article.

Built from the same Rust library as the ``newsclean`` command; ``clean`` returns the same fields
as ``newsclean --format json``: title, text, paragraphs, byline, authors, wire (agency,
dateline, credits), removed (every removed line with pass, rule and reason) and stats.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional, Sequence

from . import _native

__all__ = ["clean", "clean_many", "__version__"]
__version__: str = _native.__version__


def clean(
    text: str,
    *,
    title: Optional[str] = None,
    passes: Optional[Sequence[str]] = None,
    mode: Optional[str] = None,
) -> Dict[str, Any]:
    """Clean one article.

    ``title``: the headline when known from elsewhere (a first line repeating it is the title).
    ``passes``: run only these passes, in this order (see ``newsclean --list-passes``).
    ``mode``: ``"precise"``, ``"balanced"`` (default) or ``"recall"``.

    Raises TypeError if ``text`` is not a str, ValueError for a lone surrogate, an unknown pass
    or mode.
    """
    return json.loads(
        _native.clean_json(text, title, list(passes) if passes is not None else None, mode)
    )


def clean_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    *,
    titles: Optional[Sequence[Optional[str]]] = None,
    mode: Optional[str] = None,
) -> List[Dict[str, Any]]:
    """Clean many articles in parallel (the GIL is released; all cores unless ``threads``).

    ``titles``: a headline hint per text (or None), as ``clean(title=...)``.
    Returns one result per input, in input order.
    """
    t = list(titles) if titles is not None else None
    return [json.loads(s) for s in _native.clean_many_json(list(texts), threads, mode, t)]
