"""Mail relay package."""
