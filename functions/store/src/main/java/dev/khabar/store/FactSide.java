package dev.khabar.store;

/** Which party of a fact the entity of a fact item is: every fact is stored under its subject and its object. */
public enum FactSide { SUBJECT, OBJECT }
