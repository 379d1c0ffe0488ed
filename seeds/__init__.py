"""Seed data (trades taxonomy, districts, fictional demo catalogue) and the loader that reads it."""
