"""Objects that watch without showing anything: idle time, the corner hold, lock-down, the clock."""
