"""Dated reference data (visa obligation, countries) and their loaders: no I/O beyond these files."""

from secretpro.reference.countries import country_name, is_known_country, normalize_country
from secretpro.reference.visa import VisaStatus, as_of, visa_status

__all__ = ["VisaStatus", "as_of", "country_name", "is_known_country", "normalize_country", "visa_status"]
