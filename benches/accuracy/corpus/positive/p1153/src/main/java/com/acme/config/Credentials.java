package com.acme.config;

public final class Credentials {
    public static final String NEW_RELIC_INSERT_KEY = "NRII-Ly2c7W3O_OOKcB4QV-vVWlNoysiazWRi";

    private Credentials() {}
}
