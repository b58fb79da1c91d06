"""Colours, sizes and the style sheet: one place to tune how the kiosk looks."""

from __future__ import annotations

IOM_BLUE = "#0033A0"
IOM_BLUE_PRESSED = "#00226B"
ACCENT = "#F2A900"
BACKGROUND = "#F3F5F9"
SURFACE = "#FFFFFF"
TEXT = "#1B1F2A"
MUTED = "#5A6275"

# WCAG 2.5.5 asks 44 px; a waiting-room screen is touched standing, often in a hurry.
MIN_TARGET = 72
BODY_PX = 24
TITLE_PX = 40
GREETING_PX = 64
ICON_PX = 40
TILE_ICON_PX = 72
READING_WIDTH = 980

STYLE_SHEET = f"""
QWidget {{ color: {TEXT}; }}
#KioskWindow, #StartScreen, #HomeScreen, #PageScreen {{ background: {BACKGROUND}; }}
QScrollArea, #PageBody {{ background: {BACKGROUND}; border: none; }}
#OfficeName {{ font-size: 28px; font-weight: 700; color: {IOM_BLUE}; }}
#Agency {{ font-size: 20px; color: {MUTED}; }}
#StatusLine {{ font-size: 24px; font-weight: 600; color: {TEXT}; }}
#DimText {{ font-size: 40px; font-weight: 600; color: white; }}
#Greeting {{ font-size: {GREETING_PX}px; font-weight: 700; color: {IOM_BLUE}; }}
#Prompt {{ font-size: 30px; color: {TEXT}; }}
#PageTitle {{ font-size: {TITLE_PX}px; font-weight: 700; color: {IOM_BLUE}; }}
#Heading {{ font-size: 30px; font-weight: 700; color: {IOM_BLUE}; padding-top: 12px; }}
#Paragraph, #BulletText, #Bullet, #Value {{ font-size: {BODY_PX}px; }}
#Label {{ font-size: 20px; color: {MUTED}; font-weight: 600; }}
#Card {{ background: {SURFACE}; border-radius: 16px; }}
#LanguageName {{ font-size: 34px; font-weight: 700; color: {IOM_BLUE}; }}
#LanguageGreeting {{ font-size: 22px; color: {MUTED}; }}
#TileText {{ font-size: 26px; font-weight: 600; color: {IOM_BLUE}; }}

QPushButton#LanguageButton, QPushButton#Tile {{
    background: {SURFACE}; border: 2px solid #D5DBE7; border-radius: 20px;
    min-height: {MIN_TARGET}px;
}}
QPushButton#LanguageButton[default="true"] {{ border: 4px solid {ACCENT}; }}
QPushButton#LanguageButton:pressed, QPushButton#Tile:pressed {{
    background: #DDE5F5; border-color: {IOM_BLUE};
}}
#NavBar {{ background: {IOM_BLUE}; }}
QToolButton#NavButton {{
    color: white; background: transparent; border: none; border-radius: 12px;
    font-size: 24px; font-weight: 600; padding: 6px 18px;
    min-height: {MIN_TARGET}px; min-width: {MIN_TARGET}px;
}}
QToolButton#NavButton:pressed {{ background: {IOM_BLUE_PRESSED}; }}
#Overlay {{ background: rgba(10, 20, 50, 170); }}
#OverlayCard, #PanelCard {{ background: {SURFACE}; border-radius: 24px; }}
#OverlayCard {{ min-width: 560px; }}
#PanelCard {{ min-width: 1000px; min-height: 640px; }}
#PanelBody {{ background: {SURFACE}; }}
#OverlayTitle {{ font-size: 40px; font-weight: 700; color: {IOM_BLUE}; }}
#Status {{ font-size: 22px; color: {IOM_BLUE}; font-weight: 600; }}
#PinDots {{ font-size: 36px; color: {TEXT}; min-height: 60px; }}
QPushButton#PinKey {{
    font-size: 34px; font-weight: 600; color: {IOM_BLUE}; background: {BACKGROUND};
    border: 2px solid #D5DBE7; border-radius: 16px; min-width: 110px; min-height: {MIN_TARGET}px;
}}
QPushButton#SecondaryButton {{ min-width: 180px; }}
QPushButton#PrimaryButton, QPushButton#SecondaryButton, QPushButton#DangerButton, QPushButton#Choice {{
    font-size: 24px; font-weight: 600; border-radius: 14px; padding: 8px 24px;
    min-height: {MIN_TARGET}px;
}}
QPushButton#PrimaryButton {{ background: {IOM_BLUE}; color: white; border: none; }}
QPushButton#SecondaryButton, QPushButton#Choice {{
    background: {SURFACE}; color: {IOM_BLUE}; border: 2px solid {IOM_BLUE};
}}
QPushButton#Choice:checked {{ background: {IOM_BLUE}; color: white; }}
QPushButton#DangerButton {{ background: #B3261E; color: white; border: none; }}
QPushButton#PinKey:pressed, QPushButton#SecondaryButton:pressed, QPushButton#Choice:pressed {{
    background: #DDE5F5;
}}
QPushButton#PrimaryButton:pressed {{ background: {IOM_BLUE_PRESSED}; }}
QScrollBar:vertical {{ background: transparent; width: 14px; margin: 4px; }}
QScrollBar::handle:vertical {{ background: #B8C1D6; border-radius: 5px; min-height: 60px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
"""
