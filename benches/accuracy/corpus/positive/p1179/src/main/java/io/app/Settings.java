package com.acme.config;

public final class Credentials {
    public static final String ROLLBAR_ACCESS_TOKEN = "4947a1aa28deb8aeb3ccefbe0687050a";

    private Credentials() {}
}
