"""Languages and their text: catalogs, CLDR data through Babel, digits. No Qt here."""
