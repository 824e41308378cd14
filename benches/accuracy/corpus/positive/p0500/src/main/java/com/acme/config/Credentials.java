package com.acme.config;

public final class Credentials {
    public static final String CODECOV_TOKEN = "f1b334b8-d019-4c6a-938c-9d18177ea8c5";

    private Credentials() {}
}
