"""Layers over the whole window: "Still there?", the PIN pad, the staff panel, the closed dim."""
