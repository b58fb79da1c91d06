"""Speech without a sound card: outputs that keep what the reader gives them."""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable

from kiosk.speech.output import SAMPLE_WIDTH


class HeldRecording:
    """Keeps the PCM; "played to the end" only when a test says so (``play_out``), as a
    speaker would some seconds later. ``Recordings(hold=False)`` plays out at once."""

    def __init__(self, sample_rate: int, on_done: Callable[[], None], hold: bool,
                 finished: threading.Event) -> None:
        self.sample_rate = sample_rate
        self.pcm = bytearray()
        self.finished = finished
        self.aborted = False
        self._on_done = on_done
        self._hold = hold

    def write(self, pcm: bytes) -> None:
        self.pcm += pcm

    def finish(self) -> None:
        self.finished.set()
        if not self._hold:
            self.play_out()

    def abort(self) -> None:
        self.aborted = True

    def play_out(self) -> None:
        self._on_done()

    @property
    def seconds(self) -> float:
        return len(self.pcm) / SAMPLE_WIDTH / self.sample_rate


class Recordings:
    """An ``open_output`` for the reader: every output it opened, in order."""

    def __init__(self, hold: bool = True) -> None:
        self.hold = hold
        self.opened: list[HeldRecording] = []
        # Set once an output has been given a whole script.
        self.synthesised = threading.Event()

    def __call__(self, sample_rate: int, on_done: Callable[[], None]) -> HeldRecording:
        recording = HeldRecording(sample_rate, on_done, self.hold, self.synthesised)
        self.opened.append(recording)
        return recording

    @property
    def last(self) -> HeldRecording:
        return self.opened[-1]


def peak(pcm: bytes) -> int:
    """The loudest sample's size, 0 to 32768: silence is 0."""
    samples = array("h", bytes(pcm))
    return max((abs(sample) for sample in samples), default=0)
