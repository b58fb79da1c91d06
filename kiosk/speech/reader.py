"""Reads one script at a time, on a thread of its own, so a tap never waits for the voice.

eSpeak NG is loaded on the first script and freed by ``release`` (the idle reset): the
kiosk pays for speech only while someone listens. A new script, ``stop`` or ``release``
cut the one being read short at once.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kiosk.speech.espeak import NORMAL_VOLUME, Espeak, EspeakError, bundled_paths
from kiosk.speech.output import Output, OutputError, SoundDevice
from kiosk.speech.spoken import Script
from kiosk.speech.voices import Voice

log = logging.getLogger(__name__)

# (sample rate, called when done) -> where the sound goes
OpenOutput = Callable[[int, Callable[[], None]], Output]
Engine = Callable[[], Espeak]


def bundled_engine() -> Espeak:
    return Espeak(*bundled_paths())


@dataclass(frozen=True)
class _Job:
    generation: int
    script: Script
    voice: Voice
    volume: int
    on_end: Callable[[bool], None]  # True: read to the end; False: it could not be read


_RELEASE = object()


class Reader:
    def __init__(self, voices: Mapping[str, Voice], open_output: OpenOutput = SoundDevice,
                 engine: Engine = bundled_engine) -> None:
        self.voices = dict(voices)
        self._open_output = open_output
        self._make_engine = engine
        self._engine: Espeak | None = None
        self._output: Output | None = None
        self._generation = 0
        self._lock = threading.Lock()
        self._jobs: queue.SimpleQueue[_Job | object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._reported: set[str] = set()

    def has_voice(self, code: str) -> bool:
        return code in self.voices

    @property
    def is_loaded(self) -> bool:
        """Whether eSpeak NG's data is in memory now."""
        return self._engine is not None

    def speak(self, script: Script, volume: int = NORMAL_VOLUME,
              on_end: Callable[[bool], None] = lambda _read: None) -> None:
        """Stops what is being read and reads ``script``; ``on_end`` is called from another
        thread when it has been read to the end or could not be, never after a stop."""
        voice = self.voices.get(script.code)
        if voice is None:
            raise KeyError(f"no voice for {script.code}")
        generation = self._cut_short()
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="read-aloud", daemon=True)
            self._thread.start()
        self._jobs.put(_Job(generation, script, voice, volume, on_end))

    def stop(self) -> None:
        self._cut_short()

    def release(self) -> None:
        """Stops, and frees eSpeak NG's data until the next script."""
        self._cut_short()
        if self._thread is not None:
            self._jobs.put(_RELEASE)

    def render(self, script: Script, volume: int = NORMAL_VOLUME) -> tuple[bytes, int]:
        """The whole script as PCM, here and now: for files, not for the screen. Not to be
        mixed with ``speak`` (one eSpeak NG per process)."""
        engine = self._loaded()
        voice = self.voices[script.code]
        return b"".join(engine.synthesise(line, voice.name, volume) for line in script.utterances), \
            engine.sample_rate

    def _cut_short(self) -> int:
        with self._lock:
            self._generation += 1
            output, self._output = self._output, None
        if output is not None:
            output.abort()
        return self._generation

    def _current(self, generation: int) -> bool:
        return generation == self._generation

    def _loaded(self) -> Espeak:
        if self._engine is None:
            self._engine = self._make_engine()
        return self._engine

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is _RELEASE:
                if self._engine is not None:
                    self._engine.close()
                    self._engine = None
                continue
            assert isinstance(job, _Job)
            if self._current(job.generation):
                self._read(job)

    def _read(self, job: _Job) -> None:
        def keep_going() -> bool:
            return self._current(job.generation)

        def done() -> None:
            if keep_going():
                job.on_end(True)

        try:
            engine = self._loaded()
            output = self._open_output(engine.sample_rate, done)
        except (EspeakError, OutputError, OSError) as exc:
            self._report(str(exc))
            job.on_end(False)
            return
        with self._lock:
            if not keep_going():
                output.abort()
                return
            self._output = output
        try:
            for line in job.script.utterances:
                if not keep_going():
                    return
                output.write(engine.synthesise(line, job.voice.name, job.volume, keep_going))
        except EspeakError as exc:
            self._report(str(exc))
            self._cut_short()
            job.on_end(False)
            return
        output.finish()

    def _report(self, problem: str) -> None:
        # Once each: a kiosk without a sound card would otherwise log on every tap.
        if problem not in self._reported:
            self._reported.add(problem)
            log.warning("Read-aloud: %s", problem)
