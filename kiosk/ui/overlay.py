"""A layer over the whole window: dimmed backdrop, a card in the middle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.ui.text_label import TextLabel


class Overlay(QWidget):
    def __init__(self, parent: QWidget, object_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QWidget(self)
        self.card.setObjectName(object_name)
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        outer.addWidget(self.card)
        self.content = QVBoxLayout(self.card)
        self.content.setContentsMargins(40, 32, 40, 32)
        self.content.setSpacing(18)
        self.hide()
        parent.installEventFilter(self)

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


def title_label(parent: QWidget) -> TextLabel:
    label = TextLabel("OverlayTitle", parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def wide_button(parent: QWidget, object_name: str = "PrimaryButton") -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(object_name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button
