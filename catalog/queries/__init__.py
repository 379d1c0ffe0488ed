"""List reads, scoped and audited, used by the API and the web pages alike."""
