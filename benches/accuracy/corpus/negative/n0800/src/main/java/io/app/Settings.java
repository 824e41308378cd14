package com.acme.config;

public final class Credentials {
    public static final String CONNECTION_STRING = "sqlite:///db.sqlite3";

    private Credentials() {}
}
