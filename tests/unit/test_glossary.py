"""The same words everywhere: each language uses its chosen word for every key term."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.support.catalogs import TRANSLATED, po_messages
from tests.support.project import ROOT

TBX = "{urn:iso:std:iso:30042:ed-2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def glossary(path: Path) -> dict[str, dict[str, list[str]]]:
    """{concept id: {language: [terms, the usual one first]}} from a TBX file."""
    concepts: dict[str, dict[str, list[str]]] = {}
    for entry in ET.parse(path).getroot().iter(f"{TBX}conceptEntry"):
        languages = concepts.setdefault(entry.get("id", ""), {})
        for section in entry.iter(f"{TBX}langSec"):
            terms = [term.text.strip() for term in section.iter(f"{TBX}term") if term.text]
            languages[section.get(XML_LANG, "")] = terms
    return concepts


SOURCE = glossary(ROOT / "translations/glossary.tbx")


def test_the_source_glossary_names_the_key_terms():
    assert {"voluntary-assisted-return", "reintegration", "quota-refugee", "cultural-orientation",
            "municipality", "confidential", "appointment"} <= set(SOURCE)
    assert all(languages.get("en") for languages in SOURCE.values())


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_has_chosen_a_word_for_every_term(code):
    chosen = glossary(ROOT / f"translations/{code}/glossary.tbx")
    missing = [concept for concept in SOURCE if not chosen.get(concept, {}).get(code)]
    assert missing == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_use_the_glossarys_words(code):
    chosen = glossary(ROOT / f"translations/{code}/glossary.tbx")
    off_glossary = []
    for message in po_messages(code):
        english, translated = message.id.casefold(), message.string.casefold()
        for concept, languages in SOURCE.items():
            if not any(term.casefold() in english for term in languages["en"]):
                continue
            words = chosen.get(concept, {}).get(code, [])
            if words and not any(word.casefold() in translated for word in words):
                off_glossary.append(f"{concept}: {message.id!r} -> {message.string!r}")
    assert off_glossary == []
