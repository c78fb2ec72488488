package ru.agentiq.core.linking;

import ru.agentiq.core.interaction.WireValue;

/** How a link was established: by a buyer identifier, or by circumstantial evidence only. */
public enum LinkType implements WireValue {
    /** An order id or customer id matched: the two interactions are known to belong to the same buyer. */
    DETERMINISTIC("deterministic"),
    /** Product, time, name and wording suggest the same buyer; never proof. */
    PROBABILISTIC("probabilistic");

    private final String wire;

    LinkType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static LinkType fromWire(String value) {
        return WireValue.parse(LinkType.class, value, "link_type");
    }
}
