"""Content: the kiosk's source text, page structure, facts and office profile.

Plain Python, no Qt: everything here is loaded from ``resources/`` and validated
into immutable dataclasses that the UI only reads.
"""

from kiosk.content.errors import ContentError
from kiosk.content.loader import load_content
from kiosk.content.model import (
    Block,
    Bullets,
    ContactDetails,
    Content,
    Heading,
    OpeningHours,
    Page,
    Paragraph,
    SourceMessage,
)

__all__ = [
    "Block",
    "Bullets",
    "ContactDetails",
    "Content",
    "ContentError",
    "Heading",
    "OpeningHours",
    "Page",
    "Paragraph",
    "SourceMessage",
    "load_content",
]
