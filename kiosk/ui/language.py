"""Switching the whole kiosk to a language, in one place.

A switch sets the layout direction and ``QLocale`` on the application (so dialogs and every
later widget follow), loads Qt's own translation of its strings, and brings each registered
widget up to date: its own direction and locale, then ``retranslate``. Only what is on
screen pays at once; a widget out of sight is marked stale and catches up when it is next
shown, so a switch never rebuilds the window and costs the same with six pages or sixty.
(A registered widget holds its own direction and locale so that the application's do not
reach every hidden page at each switch.)

Urdu changes the order of the fonts (Nastaliq first). A widget the style sheet gives a font
keeps the families it resolved when it was polished, so each registered widget is polished
again, down to the next registered widget, when it catches up: once more, only what is seen.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import ExitStack
from typing import Protocol

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.i18n.languages import Languages
from kiosk.i18n.localizer import Localizer
from kiosk.ui.app import COMMON_FAMILIES
from kiosk.ui.fonts import families_for
from kiosk.ui.widgets.text_label import TextLabel

log = logging.getLogger(__name__)

QT_TRANSLATOR_NAME = "kiosk-qtbase-translator"


class Retranslatable(Protocol):
    def retranslate(self, loc: Localizer) -> None: ...


def layout_direction(rtl: bool) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def _on_screen(widget: QWidget) -> bool:
    """Shown, or would be as soon as its window is: not a hidden page or a closed overlay."""
    return widget.isVisibleTo(widget.window())


class LanguageSwitch(QObject):
    changed = Signal(object)  # Localizer

    def __init__(self, languages: Languages, code: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.languages = languages
        self.localizer = languages.localizer(code)
        self._widgets: list[QWidget] = []
        self._stale: set[int] = set()  # id() of widgets showing an earlier language
        self._unpolished: set[int] = set()  # id() of widgets in an earlier order of fonts
        self._apply_to_application(self.localizer)

    def register(self, widget: QWidget) -> None:
        """``widget`` (with a ``retranslate(loc)``) follows every switch from now on."""
        self._widgets.append(widget)
        widget.installEventFilter(self)
        key = id(widget)
        widget.destroyed.connect(lambda: self._forget(key))
        self._set_direction_and_locale(widget)
        self.refresh(widget)

    def apply(self, code: str) -> Localizer:
        """Switch to ``code``: direction, Qt's strings, and every widget's text."""
        loc = self.languages.localizer(code)
        self.localizer = loc
        self._apply_to_application(loc)
        for widget in self._widgets:
            self.refresh(widget)
        self.changed.emit(loc)
        return loc

    def refresh(self, widget: QWidget) -> None:
        """``widget``'s text is out of date (a switch, a new opening status): now if seen, else later."""
        if _on_screen(widget):
            self._stale.discard(id(widget))
            self._bring_up_to_date(widget)
        else:
            self._stale.add(id(widget))

    def catch_up(self, widget: QWidget) -> None:
        """About to be shown: bring ``widget`` up to date if a switch passed it by."""
        if id(widget) in self._stale:
            self._stale.discard(id(widget))
            self._bring_up_to_date(widget)

    def _bring_up_to_date(self, widget: QWidget) -> None:
        # Its labels measure their ink once, in the new text and fonts: between the steps each
        # would measure its old text in the new direction and fonts (22 Nastaliq measures on
        # home, into Urdu), and the new text in the old.
        own = self._own(widget)
        with ExitStack() as together:
            for label in own:
                if isinstance(label, TextLabel):
                    together.enter_context(label.changing())
            self._set_direction_and_locale(widget)
            if id(widget) in self._unpolished:
                self._unpolished.discard(id(widget))
                self._polish_again(own)
            widget.retranslate(self.localizer)  # type: ignore[attr-defined]

    def _own(self, root: QWidget) -> list[QWidget]:
        """``root`` and what it holds, down to the next registered widget (which follows the
        switch itself), parents before children."""
        registered = {id(widget) for widget in self._widgets}
        found: list[QWidget] = []
        pending = [root]
        while pending:
            widget = pending.pop()
            found.append(widget)
            children = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            pending.extend(child for child in children if id(child) not in registered)
        return found

    def _set_direction_and_locale(self, widget: QWidget) -> None:
        # Each widget reports the visitor's language to assistive technology, so a screen reader
        # picks its voice; widgets of their own language (the start screen's buttons) keep theirs.
        loc = self.localizer
        direction = layout_direction(loc.is_rtl)
        if widget.layoutDirection() != direction or not widget.testAttribute(
                Qt.WidgetAttribute.WA_SetLayoutDirection):
            widget.setLayoutDirection(direction)
        locale = QLocale(loc.code)
        if widget.locale() != locale or not widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            widget.setLocale(locale)

    @staticmethod
    def _polish_again(own: list[QWidget]) -> None:
        """A registered widget and what it holds (``_own``) polished anew: the style sheet's
        fonts resolve again from the application's (parents before children). Polished, not
        unpolished first: polish alone resolves a widget's font from its parent's again, as
        Qt's own repolish does, and unpolishing was half the cost (the screens are the same to
        the pixel, into Urdu and back, at every text size)."""
        style = own[0].style()
        for widget in own:
            style.polish(widget)

    def rehearse(self, code: str, widgets: Sequence[QWidget]) -> None:
        """``widgets``, out of sight, given ``code``'s texts and direction, and each label's ink
        measured in ``code``'s fonts; they catch up again when next shown. A visitor who then
        first picks ``code`` finds the measures made and the glyphs drawn once (38 ms into Urdu
        otherwise, and 20-30 ms more on each page they open). Nothing on screen changes: the
        application's fonts stay as they are, and no widget is polished."""
        hidden = [widget for widget in widgets if not _on_screen(widget)]
        app = QApplication.instance()
        if not hidden or code == self.localizer.code or not isinstance(app, QApplication):
            return
        loc = self.languages.localizer(code)
        families = families_for(code, list(app.property(COMMON_FAMILIES) or []))
        direction = layout_direction(loc.is_rtl)
        for widget in hidden:
            self._stale.add(id(widget))
            widget.setLayoutDirection(direction)
            widget.retranslate(loc)  # type: ignore[attr-defined]
            for label in self._own(widget):
                if isinstance(label, TextLabel):
                    label.measure_ahead(families)

    def is_stale(self, widget: QWidget) -> bool:
        return id(widget) in self._stale

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Show reaches a widget before its first paint: it is never seen in the old language.
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self.catch_up(watched)
        return False

    def _forget(self, key: int) -> None:
        self._stale.discard(key)
        self._widgets = [w for w in self._widgets if id(w) != key]

    def _apply_to_application(self, loc: Localizer) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setLayoutDirection(layout_direction(loc.is_rtl))
            _load_qt_translation(app, loc.code)
            if _use_the_languages_fonts(app, loc.code):
                self._unpolished = {id(widget) for widget in self._widgets}
        QLocale.setDefault(QLocale(loc.code))


def _use_the_languages_fonts(app: QApplication, code: str) -> bool:
    """The application's font in ``code``'s order of families; whether that changed it."""
    common = app.property(COMMON_FAMILIES) or []
    wanted = families_for(code, list(common))
    font = app.font()
    if not wanted or font.families() == wanted:
        return False
    font.setFamilies(wanted)
    app.setFont(font)
    return True


def _load_qt_translation(app: QApplication, code: str) -> None:
    # One translator for the application, owned by it: a window that is closed but
    # not yet deleted must not leave its language behind in Qt's own strings.
    translator = app.findChild(QTranslator, QT_TRANSLATOR_NAME)
    if translator is None:
        translator = QTranslator(app)
        translator.setObjectName(QT_TRANSLATOR_NAME)
    app.removeTranslator(translator)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(code), "qtbase", "_", folder):
        app.installTranslator(translator)
    else:
        log.debug("Qt has no translation of its own strings for %s", code)
