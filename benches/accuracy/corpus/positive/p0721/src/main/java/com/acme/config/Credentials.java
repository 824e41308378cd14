package com.acme.config;

public final class Credentials {
    public static final String STREAM_API_KEY = "tn6ju1q06po2";
    public static final String STREAM_API_SECRET = "6r6sd75zq1e0ntzasfl85b413g6s1bw1i8pp2ix0vbi1fuirnsjmdw7mt9cl6d9r";

    private Credentials() {}
}
