"""Where synthesised speech goes: the default sound device, or a WAV file.

The sound device is reached through sounddevice (PortAudio: ALSA/PulseAudio on Linux, WASAPI
on Windows, Core Audio on macOS), imported on first use only. A WAV file needs only the
standard library, so ``--speak-to`` works on a machine with no sound card.
"""

from __future__ import annotations

import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

SAMPLE_WIDTH = 2  # eSpeak NG gives signed 16-bit samples, one channel


class Output(Protocol):
    def write(self, pcm: bytes) -> None: ...

    def finish(self) -> None:
        """No more is coming: end when what was written has been played."""

    def abort(self) -> None:
        """Silence now."""


class OutputError(RuntimeError):
    """No sound device could be opened."""


class SoundDevice:
    """Plays PCM as it arrives; ``on_done`` is called once, from PortAudio's thread, when the
    last sample has been played or the stream was aborted."""

    def __init__(self, sample_rate: int, on_done: Callable[[], None]) -> None:
        try:
            import sounddevice
        except (ImportError, OSError) as exc:  # OSError: the PortAudio library is missing
            raise OutputError(f"no sound output: {exc}") from exc
        self._stop = sounddevice.CallbackStop
        self._pending = bytearray()
        self._lock = threading.Lock()
        self._finished = False
        try:
            self._stream = sounddevice.RawOutputStream(
                samplerate=sample_rate, channels=1, dtype="int16", callback=self._fill,
                finished_callback=on_done)
            self._stream.start()
        except Exception as exc:  # sounddevice.PortAudioError and its kin: no device, device busy
            raise OutputError(f"no sound output: {exc}") from exc

    def write(self, pcm: bytes) -> None:
        with self._lock:
            self._pending += pcm

    def finish(self) -> None:
        with self._lock:
            self._finished = True

    def abort(self) -> None:
        self._stream.abort()
        self._stream.close()

    def _fill(self, out: Any, frames: int, _time: Any, _status: Any) -> None:
        wanted = frames * SAMPLE_WIDTH
        with self._lock:
            chunk = bytes(self._pending[:wanted])
            del self._pending[:wanted]
            done = self._finished and not self._pending
        out[:len(chunk)] = chunk
        out[len(chunk):] = b"\0" * (wanted - len(chunk))
        if done:
            raise self._stop


def write_wav(path: Path, pcm: bytes, sample_rate: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(sample_rate)
        out.writeframes(pcm)
