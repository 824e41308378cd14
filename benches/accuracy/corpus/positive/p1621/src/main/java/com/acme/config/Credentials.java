package com.acme.config;

public final class Credentials {
    public static final String DB_PASSWORD = "Saffron2456Granite.7";

    private Credentials() {}
}
