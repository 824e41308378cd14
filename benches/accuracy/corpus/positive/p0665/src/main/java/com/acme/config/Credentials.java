package com.acme.config;

public final class Credentials {
    public static final String DISCORD_WEBHOOK_URL = "https://discord.com/api/webhooks/8625019058826811663/xz1kcaLuefKHtlR1lxKQvckUYylE6VR40MewhbC6Nfh_vY8H4JeIUQwC2CkraOfO2J25";

    private Credentials() {}
}
