"""Stage 2, entities: spaCy mentions of people, organisations and places, with names merged."""

from helpers.entities.extract import ACTOR_LABELS, entity_table, extract_entities, top_entities
from helpers.entities.network import comention_edges, comention_graph

__all__ = ["ACTOR_LABELS", "comention_edges", "comention_graph", "entity_table", "extract_entities", "top_entities"]
