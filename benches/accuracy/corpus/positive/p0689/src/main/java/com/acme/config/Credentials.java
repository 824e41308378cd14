package com.acme.config;

public final class Credentials {
    public static final String WEBEX_BOT_TOKEN = "gUwreFw7YYVP5ZY7HeygnIAg3rfbPVJesNy0iFpUhfc09atYfVgxA5y7B4VjzPFH_t5RR_dc34e96a-9ae1-4447-a196-623bd3412d9e";

    private Credentials() {}
}
