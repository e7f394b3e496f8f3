package dev.khabar.core.model;

public enum EntityType { PERSON, ORGANIZATION, LOCATION, PRODUCT, FACILITY }
