"""Small building blocks the screens and overlays share: labels, card buttons, rows, scrolling."""
