package io.meterhub.cabinet.access;


/** The staff user lacks the module the action belongs to (or is no staff of that organization). */
public final class NoModuleException extends AccessDeniedException {
    private final StaffModule module;

    public NoModuleException(StaffModule module) {
        super("access.no_module." + module.name());
        this.module = module;
    }

    public StaffModule module() {
        return module;
    }
}
