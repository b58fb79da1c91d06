"""IOM Oslo waiting-room kiosk."""

__version__ = "0.1.0"
