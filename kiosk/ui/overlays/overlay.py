"""A layer over the whole window: dimmed backdrop, a card in the middle.

Overlays follow language switches like the screens (``retranslate``); what they say
is kept as ``Say`` functions of a Localizer (kiosk/ui/overlays/say.py), so a switch while
one is open redraws it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOption, QVBoxLayout, QWidget

from kiosk.i18n.localizer import Localizer
from kiosk.ui import theme
from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel


class Overlay(QWidget):
    def __init__(self, parent: QWidget, card_name: Name) -> None:
        super().__init__(parent)
        self.setObjectName(Name.OVERLAY)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QWidget(self)
        self.card.setObjectName(card_name)
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer.addWidget(self.card)
        self.content = QVBoxLayout(self.card)
        self.content.setContentsMargins(*theme.OVERLAY_MARGINS)
        self.content.setSpacing(theme.OVERLAY_GAP)
        self._backdrop = QPixmap()
        self._behind: list[QWidget] = []
        self.hide()
        parent.installEventFilter(self)

    def retranslate(self, loc: Localizer) -> None:
        raise NotImplementedError

    def open(self) -> None:
        """Cover the window. What lay under it is shown as a picture, and the screens themselves
        are hidden meanwhile: a screen reader cannot reach them, nor press them through the
        overlay (WCAG 4.1.2: what is out of use is out of the accessibility tree too)."""
        parent = self.parentWidget()
        self.setGeometry(parent.rect())
        if not self.isVisible():
            self._backdrop = parent.grab()
            direct = parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            self._behind = [child for child in direct if child.isVisible() and not isinstance(child, Overlay)]
            for child in self._behind:
                # Hidden leaves the tree; disabled also refuses an assistive "press" (a hidden
                # button still takes a click() from an accessibility action).
                child.hide()
                child.setEnabled(False)
        self.raise_()
        self.show()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        for child in self._behind:
            child.setEnabled(True)
            child.show()
        self._behind = []
        self._backdrop = QPixmap()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._backdrop)
        # The style sheet's dimmed backdrop, once more over the picture of what lies beneath.
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


def title_label(parent: QWidget) -> TextLabel:
    label = TextLabel(Name.OVERLAY_TITLE, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def wide_button(parent: QWidget, object_name: Name = Name.PRIMARY_BUTTON) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(object_name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button
