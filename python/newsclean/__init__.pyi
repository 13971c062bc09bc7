from typing import Any, Dict, Iterable, List, Optional, Sequence

__version__: str

def clean(
    text: str,
    *,
    title: Optional[str] = ...,
    passes: Optional[Sequence[str]] = ...,
    mode: Optional[str] = ...,
) -> Dict[str, Any]: ...
def clean_many(
    texts: Iterable[str],
    threads: Optional[int] = ...,
    *,
    titles: Optional[Sequence[Optional[str]]] = ...,
    mode: Optional[str] = ...,
) -> List[Dict[str, Any]]: ...
