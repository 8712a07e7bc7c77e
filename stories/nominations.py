"""Citizens' nominations: the public form and its protections."""

urlpatterns = []
