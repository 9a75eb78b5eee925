"""Pure rules of the practice: cadences, birthdays, the agenda. No I/O; time comes in as ``now``."""
