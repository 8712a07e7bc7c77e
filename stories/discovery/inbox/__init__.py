"""The editors' inbox of citizens' nominations."""
