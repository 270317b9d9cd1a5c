"""Start-up: the frozen program's entry (argument dispatch), the checks run before Qt loads, and
the self-test of an installation."""
