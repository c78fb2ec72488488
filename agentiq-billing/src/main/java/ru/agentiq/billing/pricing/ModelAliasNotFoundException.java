package ru.agentiq.billing.pricing;

import ru.agentiq.core.NotFoundException;

/** A pricing change named a model alias (or a version) the pricing tables do not have. The message is the seed's. */
public final class ModelAliasNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** The seed's exact detail for HTTP 404. */
    public static final String MESSAGE = "Model alias not found for pricing version.";

    private final String modelAlias;
    private final String version;

    public ModelAliasNotFoundException(String modelAlias, String version) {
        super(MESSAGE);
        this.modelAlias = modelAlias;
        this.version = version;
    }

    public String modelAlias() {
        return modelAlias;
    }

    public String version() {
        return version;
    }
}
