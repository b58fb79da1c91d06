"""Read-aloud, offline: what to say for each screen, eSpeak NG to say it, and where the sound goes.

Plain Python like the rest of the core: the Qt side (kiosk.ui.read_aloud) only asks it
to start and stop. Nothing here loads eSpeak NG or an audio library until the first
text is spoken; knowing which languages have a voice only reads eSpeak NG's voice files.
"""
