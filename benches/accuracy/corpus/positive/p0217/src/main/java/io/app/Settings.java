package com.acme.config;

public final class Credentials {
    public static final String AZURE_FUNCTION_KEY = "YSXWBT_SigVXg7CXulg_UQBVC3XY5ZCdBfBEuM18IKiY8tbIUXCM6F==";

    private Credentials() {}
}
