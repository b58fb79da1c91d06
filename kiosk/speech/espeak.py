"""eSpeak NG's C library, through ctypes: text in, 16-bit mono PCM out.

The espeakng-loader wheel carries the library and its voice data for Linux, Windows and
macOS; no binding on PyPI speaks to that library and hands back samples (pyttsx3 wants
a system eSpeak, the others run the espeak-ng program), so the few calls used are
declared here, as in espeak-ng's speak_lib.h.

The library keeps global state and is not thread-safe: one ``Espeak`` at a time, used
from one thread.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

# speak_lib.h
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_RATE = 1
_VOLUME = 2
_EE_OK = 0

_SynthCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)

# eSpeak's default is 175 words a minute; a little slower is easier to follow for
# someone listening in a second language or with little schooling.
WORDS_PER_MINUTE = 150
# eSpeak's own scale: 0 is silence, 100 its normal loudness, 200 the loudest.
NORMAL_VOLUME = 100


# Staff's share of the loudest that eSpeak's normal is: above its normal, eSpeak's loudest
# vowels clip (a Persian page peaked at 32712 of 32767 at normal), so 100 % is only a third more.
NORMAL_SHARE = 75


def loudness(percent: int) -> int:
    """eSpeak's volume for staff's share of the loudest."""
    return round(NORMAL_VOLUME * percent / NORMAL_SHARE)


class EspeakError(RuntimeError):
    """eSpeak NG could not be loaded, or refused a voice or a text."""


def bundled_paths() -> tuple[Path, Path]:
    """The library and its data, as the espeakng-loader wheel (or a bundle of it) lays them out."""
    try:
        import espeakng_loader
    except ImportError as exc:
        raise EspeakError(f"eSpeak NG is not installed ({exc})") from exc
    return Path(espeakng_loader.get_library_path()), Path(espeakng_loader.get_data_path())


class Espeak:
    def __init__(self, library: Path, data: Path) -> None:
        try:
            self._lib = ctypes.CDLL(str(library))
        except OSError as exc:
            raise EspeakError(f"cannot load {library}: {exc}") from exc
        lib = self._lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Terminate.argtypes = []
        lib.espeak_Terminate.restype = ctypes.c_int
        self.sample_rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, str(data).encode(), 0)
        if self.sample_rate <= 0:
            raise EspeakError(f"eSpeak NG found no usable data in {data}")
        self._voice: str | None = None
        self._samples = bytearray()
        self._keep_going: Callable[[], bool] = lambda: True
        # Kept on self: ctypes frees a callback that nothing in Python holds.
        self._callback = _SynthCallback(self._collect)
        lib.espeak_SetSynthCallback(self._callback)
        lib.espeak_SetParameter(_RATE, WORDS_PER_MINUTE, 0)

    def synthesise(self, text: str, voice: str, volume: int = NORMAL_VOLUME,
                   keep_going: Callable[[], bool] = lambda: True) -> bytes:
        """``text`` spoken by ``voice`` (an eSpeak voice name, e.g. "nb"), as PCM at
        ``sample_rate``; stops early, returning what it has, once ``keep_going`` is false."""
        if voice != self._voice:
            if self._lib.espeak_SetVoiceByName(voice.encode()) != _EE_OK:
                raise EspeakError(f"eSpeak NG has no voice {voice!r}")
            self._voice = voice
        self._lib.espeak_SetParameter(_VOLUME, volume, 0)
        self._samples = bytearray()
        self._keep_going = keep_going
        encoded = text.encode()
        status = self._lib.espeak_Synth(encoded, len(encoded) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8,
                                        None, None)
        if status != _EE_OK:
            raise EspeakError(f"eSpeak NG refused the text (status {status})")
        return bytes(self._samples)

    def close(self) -> None:
        """Frees the voice data (a few MiB for the larger dictionaries)."""
        self._lib.espeak_Terminate()

    def _collect(self, samples: ctypes.Array[ctypes.c_short] | None, count: int, _events: int) -> int:
        if samples and count > 0:
            self._samples += ctypes.string_at(samples, count * ctypes.sizeof(ctypes.c_short))
        # Non-zero asks eSpeak to stop synthesising.
        return 0 if self._keep_going() else 1
