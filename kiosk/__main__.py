import sys

from kiosk import collector

# Before the rest of the kiosk is imported: its imports are most of what the start makes.
collector.hold()

from kiosk.cli import main  # noqa: E402

sys.exit(main())
