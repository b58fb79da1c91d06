"""How the kiosk looks, in one place: colours, type sizes, spacing, and the style sheet.

Widgets take every colour, size and margin from here, and their object names from
``Name``, so the style sheet and the widgets it styles cannot drift apart.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

# --- colours --------------------------------------------------------------------------------
IOM_BLUE = "#0033A0"
IOM_BLUE_PRESSED = "#00226B"
# Every pair the kiosk draws is checked in tests/unit/test_contrast.py: text 4.5:1, and 3:1
# for what is no text but must be seen (WCAG 1.4.11): borders, the default's mark, the scroll bar.
ACCENT = "#A66F00"  # dark gold: the default language's mark (IOM's gold #F2A900 is 2.0:1 on white)
BACKGROUND = "#F3F5F9"
SURFACE = "#FFFFFF"
TEXT = "#1B1F2A"
MUTED = "#5A6275"
ON_BLUE = "white"
BORDER = "#7D879B"
PRESSED_FILL = "#DDE5F5"
DANGER = "#B3261E"
SCROLL_HANDLE = "#737D92"  # the only hint that a page goes on below
BACKDROP = "rgba(10, 20, 50, 170)"
# The cannot-start message for IT: plain light on dark, nothing of the kiosk's own style.
PLAIN_BACKGROUND = "#1D1D1B"
PLAIN_TEXT = "#FFFFFF"
DIM_CARD = "rgba(0, 20, 60, 235)"

# --- sizes ----------------------------------------------------------------------------------
# WCAG 2.5.5 asks 44 px; a waiting-room screen is touched standing, often in a hurry.
MIN_TARGET = 72
SMALL_PX = 20
NOTE_PX = 22
BODY_PX = 24
TILE_TEXT_PX = 26
OFFICE_NAME_PX = 28
LEAD_PX = 30
NAME_PX = 34
COMPACT_NAME_PX = 26  # a language's own name when many share the start screen
COMPACT_GREETING_PX = 46
COMPACT_PROMPT_PX = 26
PIN_DOTS_PX = 36
TITLE_PX = 40
GREETING_PX = 64
ICON_PX = 40
TILE_ICON_PX = 72
TILE_ICON_LEAST_PX = 40  # where words need the room (tall scripts), a tile's picture gives way to here
BADGE_PX = 36
COMPACT_BADGE_PX = 24
READING_WIDTH = 980
# What any screen may ask for, so that it and the bar fit the kiosk's 800 px.
SCREEN_MIN_HEIGHT = 560
OVERLAY_MIN_WIDTH = 560
DIM_MIN_WIDTH = 900
PANEL_MIN_SIZE = (1000, 640)
PIN_KEY_MIN_WIDTH = 110
SECONDARY_MIN_WIDTH = 180
SCROLL_BAR_WIDTH = 14
MORE_BELOW_PX = 64  # the round "more below" mark at a scrolling page's foot
MORE_BELOW_INSET = 12
LISTEN_BADGE_PX = 48  # the speaker on each language button, ring included: a fingertip's width
LISTEN_BADGE_ICON_PX = 28

# --- larger text: the A+ button's steps, as percentages of every visitor text size ----------
NORMAL_TEXT = 100
TEXT_STEPS = (NORMAL_TEXT, 130, 160)


# Qt draws text of 64 px and more from the glyphs' outlines, and a variable font's outlines
# lose their weight there: bold came out regular (the page titles at 160 %). No text is larger.
LARGEST_TEXT_PX = 63


def text_px(px: int, percent: int) -> int:
    """A text size at ``percent`` of its own, at most LARGEST_TEXT_PX."""
    return min(LARGEST_TEXT_PX, round(px * percent / 100))


def grown_px(px: int, percent: int) -> int:
    """An icon, a touch target or a mark at larger text: grown half as much as the text (115 %
    at 130 %, 130 % at 160 %), so words get the room and a screen still holds a few of them."""
    return round(px * (100 + (percent - NORMAL_TEXT) / 2) / 100)


def more_below_px(percent: int) -> int:
    return grown_px(MORE_BELOW_PX, percent)


def more_below_gutter(percent: int) -> int:
    """The side margin that keeps a screen's content clear of its "more below" mark."""
    return more_below_px(percent) + MORE_BELOW_INSET * 4

# --- spacing: (left, top, right, bottom) margins and the gaps between things ------------------
Margins = tuple[int, int, int, int]
NO_MARGINS: Margins = (0, 0, 0, 0)
START_MARGINS: Margins = (48, 40, 48, 40)
COMPACT_START_MARGINS: Margins = (32, 20, 32, 20)
HOME_MARGINS: Margins = (48, 36, 48, 36)
PAGE_MARGINS: Margins = (40, 32, 40, 48)
CARD_MARGINS: Margins = (28, 20, 28, 20)
BUTTON_FACE_MARGINS: Margins = (20, 16, 20, 16)
COMPACT_BUTTON_FACE_MARGINS: Margins = (8, 4, 8, 4)
BAR_MARGINS: Margins = (16, 8, 16, 8)
OVERLAY_MARGINS: Margins = (40, 32, 40, 32)
BULLET_INDENT: Margins = (12, 0, 0, 0)
LINE_GAP = 6  # between the lines of one thing: a button's face, list items
HEADER_GAP = 8  # between the lines above the start screen's buttons
HOME_HEADER_GAP = 10
BLOCK_GAP = 20  # between a page's blocks
GRID_GAP = 24  # between buttons in a grid
COMPACT_GRID_GAP = 14  # between the language buttons when many languages share the screen
SECTION_GAP = 24  # before the start screen's buttons
HOME_SECTION_GAP = 18
KEY_GAP = 12  # between keys and small buttons
PANEL_GAP = 14
OVERLAY_GAP = 18
BULLET_GAP = 14
COLUMN_GAP = 40  # between a card's label and value columns
ROW_GAP = 14
BADGE_INSET = (14, 12)  # the default language's mark, from its button's corner
COMPACT_BADGE_INSET = (6, 6)


class Name(StrEnum):
    """Object names the style sheet matches."""

    KIOSK_WINDOW = "KioskWindow"
    START_SCREEN = "StartScreen"
    HOME_SCREEN = "HomeScreen"
    HOME_BODY = "HomeBody"
    PAGE_SCREEN = "PageScreen"
    PAGE_BODY = "PageBody"
    OFFICE_NAME = "OfficeName"
    AGENCY = "Agency"
    STATUS_LINE = "StatusLine"
    GREETING = "Greeting"
    PROMPT = "Prompt"
    PAGE_TITLE = "PageTitle"
    HEADING = "Heading"
    PARAGRAPH = "Paragraph"
    BULLET = "Bullet"
    BULLET_TEXT = "BulletText"
    VALUE = "Value"
    LABEL = "Label"
    CARD = "Card"
    LANGUAGE_BUTTON = "LanguageButton"
    LANGUAGE_NAME = "LanguageName"
    LANGUAGE_GREETING = "LanguageGreeting"
    TILE = "Tile"
    TILE_TEXT = "TileText"
    NAV_BAR = "NavBar"
    NAV_BUTTON = "NavButton"
    OVERLAY = "Overlay"
    OVERLAY_CARD = "OverlayCard"
    OVERLAY_TITLE = "OverlayTitle"
    PANEL_CARD = "PanelCard"
    PANEL_BODY = "PanelBody"
    STATUS = "Status"
    PIN_DOTS = "PinDots"
    PIN_KEY = "PinKey"
    PRIMARY_BUTTON = "PrimaryButton"
    SECONDARY_BUTTON = "SecondaryButton"
    DANGER_BUTTON = "DangerButton"
    CHOICE = "Choice"
    DIM_CARD = "DimCard"
    DIM_TEXT = "DimText"
    UNREVIEWED = "Unreviewed"
    MORE_BELOW = "MoreBelow"
    LISTEN_BADGE = "ListenBadge"


@cache
def style_sheet(percent: int = NORMAL_TEXT) -> str:
    """The kiosk's style sheet with every text size at ``percent`` of its own, and touch targets
    and marks grown half as much. The application has the 100 % one; a visitor's screens take a
    larger one while the visitor has asked for larger text."""
    def t(px: int) -> int:
        return text_px(px, percent)

    target = grown_px(MIN_TARGET, percent)
    return f"""
QWidget {{ color: {TEXT}; }}
#{N.KIOSK_WINDOW}, #{N.START_SCREEN}, #{N.HOME_SCREEN}, #{N.PAGE_SCREEN} {{ background: {BACKGROUND}; }}
QScrollArea, #{N.PAGE_BODY}, #{N.HOME_BODY} {{ background: {BACKGROUND}; border: none; }}
#{N.OFFICE_NAME} {{ font-size: {t(OFFICE_NAME_PX)}px; font-weight: 700; color: {IOM_BLUE}; }}
#{N.AGENCY} {{ font-size: {t(SMALL_PX)}px; color: {MUTED}; }}
#{N.UNREVIEWED} {{ font-size: {t(SMALL_PX)}px; color: {MUTED}; }}
#{N.MORE_BELOW} {{ background: {IOM_BLUE}; border-radius: {more_below_px(percent) // 2}px; }}
#{N.STATUS_LINE} {{ font-size: {t(BODY_PX)}px; font-weight: 600; color: {TEXT}; }}
#{N.DIM_TEXT} {{ font-size: {t(TITLE_PX)}px; font-weight: 600; color: {ON_BLUE}; }}
#{N.GREETING} {{ font-size: {t(GREETING_PX)}px; font-weight: 700; color: {IOM_BLUE}; }}
#{N.PROMPT} {{ font-size: {t(LEAD_PX)}px; color: {TEXT}; }}
#{N.PAGE_TITLE} {{ font-size: {t(TITLE_PX)}px; font-weight: 700; color: {IOM_BLUE}; }}
#{N.HEADING} {{ font-size: {t(LEAD_PX)}px; font-weight: 700; color: {IOM_BLUE}; padding-top: 12px; }}
#{N.PARAGRAPH}, #{N.BULLET_TEXT}, #{N.BULLET}, #{N.VALUE} {{ font-size: {t(BODY_PX)}px; }}
#{N.LABEL} {{ font-size: {t(SMALL_PX)}px; color: {MUTED}; font-weight: 600; }}
#{N.CARD} {{ background: {SURFACE}; border-radius: 16px; }}
#{N.LANGUAGE_NAME} {{ font-size: {t(NAME_PX)}px; font-weight: 700; color: {IOM_BLUE}; }}
#{N.LANGUAGE_GREETING} {{ font-size: {t(NOTE_PX)}px; color: {MUTED}; }}
#{N.LANGUAGE_NAME}[compact="true"] {{ font-size: {t(COMPACT_NAME_PX)}px; }}
#{N.GREETING}[compact="true"] {{ font-size: {t(COMPACT_GREETING_PX)}px; }}
#{N.PROMPT}[compact="true"] {{ font-size: {t(COMPACT_PROMPT_PX)}px; }}
#{N.LANGUAGE_GREETING}[compact="true"] {{ font-size: {t(SMALL_PX)}px; }}
#{N.TILE_TEXT} {{ font-size: {t(TILE_TEXT_PX)}px; font-weight: 600; color: {IOM_BLUE}; }}

QPushButton#{N.LANGUAGE_BUTTON}, QPushButton#{N.TILE} {{
    background: {SURFACE}; border: 2px solid {BORDER}; border-radius: 20px;
    min-height: {target}px;
}}
QPushButton#{N.LANGUAGE_BUTTON}[default="true"] {{ border: 4px solid {ACCENT}; }}
QPushButton#{N.LANGUAGE_BUTTON}:pressed, QPushButton#{N.TILE}:pressed {{
    background: {PRESSED_FILL}; border: 4px solid {IOM_BLUE};
}}
#{N.NAV_BAR} {{ background: {IOM_BLUE}; }}
QToolButton#{N.NAV_BUTTON} {{
    color: {ON_BLUE}; background: transparent; border: none; border-radius: 12px;
    font-size: {t(BODY_PX)}px; font-weight: 600; padding: 6px 18px;
    min-height: {target}px; min-width: {target}px;
}}
QToolButton#{N.NAV_BUTTON}[textSize="true"] {{ font-size: {t(LEAD_PX)}px; font-weight: 700; }}
QToolButton#{N.NAV_BUTTON}:pressed {{ background: {IOM_BLUE_PRESSED}; }}
QToolButton#{N.NAV_BUTTON}[reading="true"] {{ background: {SURFACE}; color: {IOM_BLUE}; }}
QToolButton#{N.LISTEN_BADGE} {{
    background: {SURFACE}; border: 2px solid {IOM_BLUE}; border-radius: {LISTEN_BADGE_PX // 2}px;
    padding: 0;
}}
QToolButton#{N.LISTEN_BADGE}[reading="true"] {{ background: {IOM_BLUE}; }}
QToolButton#{N.LISTEN_BADGE}:pressed {{ background: {PRESSED_FILL}; }}
#{N.OVERLAY} {{ background: {BACKDROP}; }}
#{N.OVERLAY_CARD}, #{N.PANEL_CARD} {{ background: {SURFACE}; border-radius: 24px; }}
#{N.OVERLAY_CARD} {{ min-width: {OVERLAY_MIN_WIDTH}px; }}
#{N.PANEL_CARD} {{ min-width: {PANEL_MIN_SIZE[0]}px; min-height: {PANEL_MIN_SIZE[1]}px; }}
#{N.PANEL_BODY} {{ background: {SURFACE}; }}
#{N.OVERLAY_TITLE} {{ font-size: {t(TITLE_PX)}px; font-weight: 700; color: {IOM_BLUE}; }}
#{N.STATUS} {{ font-size: {t(NOTE_PX)}px; color: {IOM_BLUE}; font-weight: 600; }}
#{N.PIN_DOTS} {{ font-size: {t(PIN_DOTS_PX)}px; color: {TEXT}; min-height: 60px; }}
QPushButton#{N.PIN_KEY} {{
    font-size: {t(NAME_PX)}px; font-weight: 600; color: {IOM_BLUE}; background: {BACKGROUND};
    border: 2px solid {BORDER}; border-radius: 16px; min-width: {PIN_KEY_MIN_WIDTH}px;
    min-height: {target}px;
}}
QPushButton#{N.SECONDARY_BUTTON} {{ min-width: {SECONDARY_MIN_WIDTH}px; }}
QPushButton#{N.PRIMARY_BUTTON}, QPushButton#{N.SECONDARY_BUTTON}, QPushButton#{N.DANGER_BUTTON},
QPushButton#{N.CHOICE} {{
    font-size: {t(BODY_PX)}px; font-weight: 600; border-radius: 14px; padding: 8px 24px;
    min-height: {target}px;
}}
QPushButton#{N.PRIMARY_BUTTON} {{ background: {IOM_BLUE}; color: {ON_BLUE}; border: none; }}
QPushButton#{N.SECONDARY_BUTTON}, QPushButton#{N.CHOICE} {{
    background: {SURFACE}; color: {IOM_BLUE}; border: 2px solid {IOM_BLUE};
}}
QPushButton#{N.CHOICE}:checked {{ background: {IOM_BLUE}; color: {ON_BLUE}; }}
QPushButton#{N.DANGER_BUTTON} {{ background: {DANGER}; color: {ON_BLUE}; border: none; }}
QPushButton#{N.PIN_KEY}:pressed, QPushButton#{N.SECONDARY_BUTTON}:pressed, QPushButton#{N.CHOICE}:pressed {{
    background: {PRESSED_FILL};
}}
QPushButton#{N.PRIMARY_BUTTON}:pressed {{ background: {IOM_BLUE_PRESSED}; }}
QScrollBar:vertical {{ background: transparent; width: {SCROLL_BAR_WIDTH}px; margin: 4px; }}
QScrollBar::handle:vertical {{ background: {SCROLL_HANDLE}; border-radius: 5px; min-height: 60px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
"""


N = Name
STYLE_SHEET = style_sheet()
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


@cache
def step_style_sheet(percent: int) -> str:
    """What a larger text step changes of the application's style sheet, and nothing else: each
    rule with only the declarations whose value differs at ``percent``. Set on a visitor's screen
    over the application's sheet, it wins where it speaks, and the rest comes from the
    application's: half the rules to match, an A+ step about 1.5 ms sooner."""
    normal, larger = (_RULE.findall(sheet) for sheet in (STYLE_SHEET, style_sheet(percent)))
    rules = []
    for (selector, declared), (same_selector, grown) in zip(normal, larger, strict=True):
        if selector != same_selector:
            raise ValueError(f"style_sheet({percent}) differs in its rules: {selector!r}")
        before = set(_declarations(declared))
        changed = [declaration for declaration in _declarations(grown) if declaration not in before]
        if changed:
            rules.append(f"{selector.strip()} {{ {'; '.join(changed)}; }}")
    return "\n".join(rules)


def _declarations(block: str) -> list[str]:
    return [part.strip() for part in block.split(";") if part.strip()]


# Set on its own widget: the kiosk's style sheet may be what failed to load.
CANNOT_START_STYLE = (f"QLabel {{ background: {PLAIN_BACKGROUND}; color: {PLAIN_TEXT}; "
                      f"font-size: {NOTE_PX}px; }}")
CANNOT_START_MARGIN = 48


def closed_dim_style(percent: int) -> str:
    """The closed-office dimming: how dark is the installer's choice (0-95 %)."""
    alpha = round(255 * percent / 100)
    return (f"#{N.OVERLAY} {{ background: rgba(0, 0, 0, {alpha}); }}"
            f"#{N.DIM_CARD} {{ background: {DIM_CARD}; border-radius: 24px; min-width: {DIM_MIN_WIDTH}px; }}")
