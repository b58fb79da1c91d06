"""What the tests share: the project's places, catalog readers, and ways to look at the screen.

``project`` and ``catalogs`` are plain Python; ``screen`` and ``kiosk`` import Qt, so the unit
tests never load them.
"""
