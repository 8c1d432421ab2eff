"""Developer tools run by the Makefile (translations, Qt environment check)."""
