package com.acme.config;

public final class Credentials {
    public static final String SPOTIFY_CLIENT_ID = "76d21544d777b494922f0bf5d7b1ce98";
    public static final String SPOTIFY_CLIENT_SECRET = "51badc956a87929be0f19e33d0fa38d7";

    private Credentials() {}
}
