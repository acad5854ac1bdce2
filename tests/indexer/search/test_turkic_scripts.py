"""Uzbek and Azerbaijani: every word is found from either script, inflected forms too."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.archive import Archive

TEXTS = {
    "uz_latin.txt": "Oʻzbekiston Respublikasi Konstitutsiyasi\n\nBarcha odamlar erkin, qadr-qimmat "
                    "va huquqlarda teng boʻlib tugʻiladilar. Inson oilasi barcha aʼzolariga hos "
                    "boʻlgan teng va ajralmas huquqlarini tan olish erkinlik asosidir.",
    "uz_cyrillic.txt": "Ўзбекистон Республикаси Конституцияси\n\nБарча одамлар эркин, қадр-қиммат "
                       "ва ҳуқуқларда тенг бўлиб туғиладилар. Уларга ақл ва виждон берилган "
                       "бўлиб, бир-бирларига биродарларча муомала қилишлари зарур.",
    "az_latin.txt": "Azərbaycan Respublikasının Konstitusiyası\n\nBütün insanlar ləyaqət və "
                    "hüquqlarına görə azad və bərabər doğulurlar. Onlara şüur və vicdan "
                    "bəxş edilmişdir.",
    "ru.txt": "Конституция Республики Узбекистан\n\nВсе люди рождаются свободными и равными "
              "в своем достоинстве и правах.",
}


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    folder = tmp_path_factory.mktemp("turkic")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Archive.open(folder / "arch") as arch:
        report = arch.import_paths([folder])
        names = {i: Path(p).name for p, i in report.imported}
        languages = {names[i]: arch.document(i).row.language for i in names}
        assert languages["uz_latin.txt"] == languages["uz_cyrillic.txt"] == "uz", languages

        def search(query: str) -> list[str]:
            result = arch.search(query, limit=20)
            return [names[h.id] for h in result.hits[: result.total]] if result.all_words else []
        yield search


def test_a_cyrillic_word_finds_its_latin_spelling(found) -> None:  # type: ignore[no-untyped-def]
    assert found("ажралмас") == ["uz_latin.txt"]


def test_the_constitution_is_found_from_either_script(found) -> None:  # type: ignore[no-untyped-def]
    assert {"uz_latin.txt", "uz_cyrillic.txt"} <= set(
        found("Ўзбекистон Республикаси Конституцияси"))
    assert {"uz_latin.txt", "uz_cyrillic.txt"} <= set(
        found("Oʻzbekiston Respublikasi Konstitutsiyasi"))


def test_inflected_forms_across_scripts(found) -> None:  # type: ignore[no-untyped-def]
    assert {"uz_latin.txt", "uz_cyrillic.txt"} <= set(found("huquq"))
    assert "uz_cyrillic.txt" in found("tugʻiladilar")
    assert "uz_latin.txt" in found("туғиладилар")


def test_azerbaijani_cyrillic_finds_latin(found) -> None:  # type: ignore[no-untyped-def]
    assert "az_latin.txt" in found("Азәрбајҹан")
    assert "az_latin.txt" in found("вичдан")


def test_russian_words_are_not_read_as_uzbek(found) -> None:  # type: ignore[no-untyped-def]
    assert found("рождаются") == ["ru.txt"]
