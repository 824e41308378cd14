package com.acme.config;

public final class Credentials {
    public static final String IONIC_TOKEN = "ion_2oEEALao3ydWKiXFvAHCpbZUCGlnRGeUYUkDmgXXdb";

    private Credentials() {}
}
