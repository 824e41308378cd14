package com.acme.config;

public final class Credentials {
    public static final String NPM_TOKEN = "npm_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private Credentials() {}
}
