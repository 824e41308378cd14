package com.acme.config;

public final class Credentials {
    public static final String CODEBERG_TOKEN = "dd4322126817dd49c27c258f4ee2cc9c4512781e";

    private Credentials() {}
}
