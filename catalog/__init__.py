"""The catalogue: the database models, sessions and the services that own every transaction."""
