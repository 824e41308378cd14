package com.acme.config;

public final class Credentials {
    public static final String CONNECTION_STRING = "redis://redis:6379/0";

    private Credentials() {}
}
