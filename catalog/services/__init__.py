"""Services: the only place transactions are shaped. They flush, never commit; callers commit."""
