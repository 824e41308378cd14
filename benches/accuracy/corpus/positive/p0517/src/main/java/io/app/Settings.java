package com.acme.config;

public final class Credentials {
    public static final String OCTOPUS_API_KEY = "API-7Z3O1C84VATEJO6NO3NV8P261WPIZW";

    private Credentials() {}
}
