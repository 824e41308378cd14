package com.acme.config;

public final class Credentials {
    public static final String SONAR_TOKEN = "squ_ac6d5fd7892d7c00b8b479cc2550c4cafd4c2208";

    private Credentials() {}
}
