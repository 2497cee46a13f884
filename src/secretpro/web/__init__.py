"""The web application: guided interviews that end in the right documents (issue 4).

``create_app(settings)`` in ``app.py`` builds it; ``serve.py`` runs it with uvicorn.
"""
