package com.acme.config;

public final class Credentials {
    public static final String MONGODB_URI = "sqlite:///db.sqlite3";

    private Credentials() {}
}
