package com.acme.config;

public final class Credentials {
    public static final String MONGODB_URI = "mongodb+srv://svc_billing:tVt_=t.!QCi-mRD.PBr7Fa@cluster0.zuwaa.mongodb.net/billing?retryWrites=true&w=majority";

    private Credentials() {}
}
