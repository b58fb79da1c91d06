"""The Qt side: widgets that show plain data from the core. They never open files."""
