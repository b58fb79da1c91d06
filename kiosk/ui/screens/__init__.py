"""What a visitor walks through: the start screen, home, the pages and their blocks, the bar."""
