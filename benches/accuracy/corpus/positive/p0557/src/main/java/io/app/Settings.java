package com.acme.config;

public final class Credentials {
    public static final String HAWK_API_KEY = "hawk.KU7fN3TFIFrqZQlbDUG9.ZnpU8vN73emuDaYUAHRt";

    private Credentials() {}
}
