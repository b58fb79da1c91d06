"""Reading one language's gettext catalog into a plain lookup table.

The compiled ``.mo`` is used when it is at least as new as its ``.po``; otherwise
the ``.po`` itself is read, so a fresh checkout or a translator's edit shows at
once. Fuzzy and empty entries are not translations: their English stands.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kiosk.i18n.mo_file import MessageKey, parse_mo

DOMAIN = "kiosk"

__all__ = ["DOMAIN", "CatalogError", "MessageKey", "catalog_files", "has_catalog", "load_messages"]


class CatalogError(Exception):
    """A catalog file that cannot be read; the language is left out."""


def catalog_files(language_dir: Path) -> tuple[Path, Path]:
    folder = language_dir / "LC_MESSAGES"
    return folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"


def has_catalog(language_dir: Path) -> bool:
    return any(path.is_file() for path in catalog_files(language_dir))


def load_messages(language_dir: Path) -> Mapping[MessageKey, str]:
    """The translated entries of the catalog in ``language_dir``."""
    po, mo = catalog_files(language_dir)
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        return _read_compiled(mo)
    return _read_source(po)


def _read_compiled(path: Path) -> dict[MessageKey, str]:
    try:
        messages = parse_mo(path.read_bytes())
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CatalogError(f"{path}: cannot be read ({type(exc).__name__}: {exc})") from exc
    # Compilation already left out fuzzy entries.
    return {key: text for key, text in messages.items() if text}


def _read_source(path: Path) -> dict[MessageKey, str]:
    # Imported only here: with compiled catalogs, the usual case, start-up skips it.
    from babel.messages.pofile import PoFileError, read_po

    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, abort_invalid=True)
    except PoFileError as exc:
        raise CatalogError(f"{path}: {exc}") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CatalogError(f"{path}: cannot be read ({type(exc).__name__}: {exc})") from exc
    return {
        (message.context, message.id): message.string
        for message in catalog
        if message.id and isinstance(message.id, str) and isinstance(message.string, str)
        and message.string and not message.fuzzy
    }
