"""The English source is plain enough for a visitor who reads little, and a second language."""

from __future__ import annotations

import pytest
import textstat

from kiosk.content import Bullets, Paragraph
from kiosk.i18n.language import describe
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.marks import plain

MAX_GRADE = 7.0
FULL_NAME = "International Organization for Migration"


def reading_text(content, page) -> str:
    """A page's paragraphs and list items as a visitor reads them: numbers and names filled in,
    each list item a sentence, and the organisation's long name counted as the one word it is."""
    english = Localizer(describe("en", 1.0), {}, content)
    sentences = []
    for block in page.blocks:
        texts = [block.text] if isinstance(block, Paragraph) else list(block.items) \
            if isinstance(block, Bullets) else []
        for text in texts:
            shown = plain(english.text(text)).replace(FULL_NAME, "IOM")
            sentences.append(shown if shown.endswith((".", "?", "!")) else f"{shown}.")
    return " ".join(sentences)


def test_every_page_reads_at_grade_seven_or_below(content):
    grades = {page.id: textstat.flesch_kincaid_grade(reading_text(content, page)) for page in content.pages
              if reading_text(content, page)}
    assert set(grades) >= {"office", "return", "integration", "confidential", "about"}
    too_hard = {page: round(grade, 1) for page, grade in grades.items() if grade > MAX_GRADE}
    assert too_hard == {}


@pytest.mark.parametrize("idiom", ["just come by", "drop in", "feel free", "at the heart of", "get in touch"])
def test_no_idioms(content, idiom):
    texts = [text for _context, text in content.message_keys()]
    assert [text for text in texts if idiom in text.lower()] == []


def test_the_grade_check_can_fail():
    hard = ("IOM offers cultural orientation courses to quota refugees, who are resettled in Norway, "
            "before they travel to Norway.")
    assert textstat.flesch_kincaid_grade(hard) > MAX_GRADE
