package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** What may fill the subject and object of a fact type, and the prepositions that introduce its object. */
record ArgumentSpec(Set<EntityType> subject, Set<EntityType> object, Set<String> markers, boolean amount) {
    private static final Set<EntityType> PERSON = Set.of(EntityType.PERSON);
    private static final Set<EntityType> ORG_OR_PERSON = Set.of(EntityType.ORGANIZATION, EntityType.PERSON);
    private static final Map<FactType, ArgumentSpec> SPECS = new EnumMap<>(FactType.class);

    static {
        SPECS.put(FactType.INVESTMENT, new ArgumentSpec(ORG_OR_PERSON,
                Set.of(EntityType.ORGANIZATION, EntityType.FACILITY, EntityType.PRODUCT), Set.of("في", "in", "into"), true));
        SPECS.put(FactType.ACQUISITION, new ArgumentSpec(ORG_OR_PERSON,
                Set.of(EntityType.ORGANIZATION, EntityType.PRODUCT), Set.of("علي", "of"), true));
        SPECS.put(FactType.PARTNERSHIP, new ArgumentSpec(ORGANIZATION, ORGANIZATION,
                Set.of("مع", "بين", "with", "between"), false));
        SPECS.put(FactType.CONTRACT, new ArgumentSpec(ORGANIZATION, ORGANIZATION,
                Set.of("مع", "من", "with", "from"), true));
        SPECS.put(FactType.EMPLOYMENT_START, new ArgumentSpec(PERSON, ORGANIZATION,
                Set.of("الي", "في", "to", "at"), false));
        SPECS.put(FactType.EMPLOYMENT_END, new ArgumentSpec(PERSON, ORGANIZATION, Set.of("من", "from"), false));
        SPECS.put(FactType.PRODUCT_LAUNCH, new ArgumentSpec(ORGANIZATION, Set.of(EntityType.PRODUCT), Set.of(), false));
        SPECS.put(FactType.FOUNDED, new ArgumentSpec(PERSON, ORGANIZATION, Set.of(), false));
        SPECS.put(FactType.FUNDING_ROUND, new ArgumentSpec(ORGANIZATION, Set.of(), Set.of(), true));
        SPECS.put(FactType.ROLE, new ArgumentSpec(PERSON, ORGANIZATION, Set.of(), false));
        SPECS.put(FactType.LAYOFF, new ArgumentSpec(ORGANIZATION, Set.of(), Set.of(), false));
        SPECS.put(FactType.LOCATED_IN, new ArgumentSpec(Set.of(EntityType.ORGANIZATION, EntityType.FACILITY),
                Set.of(EntityType.LOCATION), Set.of(), false));
    }

    static ArgumentSpec of(FactType type) {
        return SPECS.get(type);
    }
}
