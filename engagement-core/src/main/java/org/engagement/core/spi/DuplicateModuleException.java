package org.engagement.core.spi;

/** Two sector modules claim the same id; the application refuses to start rather than guess. */
public class DuplicateModuleException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DuplicateModuleException(String id, SectorModule first, SectorModule second) {
        super("Two sector modules use the id '" + id + "': " + first.getClass().getName() + " and "
                + second.getClass().getName() + ". Give each module a unique id, or build without one of them.");
    }
}
