"""A light suffix stemmer for Uzbek and Azerbaijani (Latin and Cyrillic), on folded words.

Snowball has no stemmer for either language; their case, plural and possessive suffixes are
few and regular, so reading a word as a stem plus up to three of them (`Oʻzbekistonning` →
`ozbekiston`, `Azərbaycanın` → `azarbaycan`, `hamkorliklarida` → `hamkorlik`) finds the other
forms of a word. It is only ever applied to documents detected as Uzbek or Azerbaijani.
"""
from __future__ import annotations

from functools import lru_cache

# Folded forms (ə→a, ı→i, ö→o, ü→u, ş→s, ç→c, ğ→g, apostrophes dropped), longest first.
_LATIN = """
larning larni larga larda lardan lari lar ler
ning nin nun ni nu ga ka qa na ya da ta de te dan dan tan den ten dagi daki
imiz ingiz miz niz im in un ing si sini siga sida
a e i u
""".split()
_CYRILLIC = """
ларнинг ларни ларга ларда лардан лари лар
нинг ни га ка қа да та дан тан даги
имиз ингиз миз нгиз им инг си
и
""".split()
SUFFIXES = tuple(sorted({*_LATIN, *_CYRILLIC}, key=len, reverse=True))
TURKIC_LANGUAGES = ("uz", "az")
MIN_STEM = 4
MAX_SUFFIXES = 3


@lru_cache(maxsize=100_000)
def turkic_stems(word: str) -> frozenset[str]:
    """Every reading of word as a stem plus up to MAX_SUFFIXES suffixes (word included).

    Two words are forms of one another when their sets share a stem: `azarbaycanin` reads
    as `azarbaycan` + `in` (and as `azarbayca` + `nin`), `azarbaycan` as itself.
    """
    stems = {word}
    frontier = {word}
    for _ in range(MAX_SUFFIXES):
        frontier = {w[: -len(x)] for w in frontier for x in SUFFIXES
                    if w.endswith(x) and len(w) - len(x) >= MIN_STEM}
        stems |= frontier
    return frozenset(stems)


def shortest_stem(word: str) -> str:
    """The shortest reading of word: every form of it starts with this."""
    return min(turkic_stems(word), key=len)
