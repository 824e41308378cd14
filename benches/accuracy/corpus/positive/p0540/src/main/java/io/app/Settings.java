package com.acme.config;

public final class Credentials {
    public static final String CC_TEST_REPORTER_ID = "4665ac4cd1382a5fc4849b47f55ce9513e3c9b71e1687fe5f2eec461ff899b08";

    private Credentials() {}
}
