"""The interactive map canvas: scene items drawn from a MapLayout, and the view."""
