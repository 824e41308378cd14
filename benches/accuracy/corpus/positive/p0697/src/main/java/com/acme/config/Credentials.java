package com.acme.config;

public final class Credentials {
    public static final String TWILIO_ACCOUNT_SID = "ACfe19e4f7da4bbb4ef6cc11f9d649683c";
    public static final String TWILIO_AUTH_TOKEN = "703b0d382769425461b973ee1c690397";

    private Credentials() {}
}
