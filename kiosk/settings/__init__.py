"""What survives a restart: staff settings, the PIN guard, anonymous daily counts.

Plain Python, no Qt. Saves are atomic; a file that cannot be read is kept aside
and the kiosk goes on with defaults.
"""
